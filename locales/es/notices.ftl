# Notices: what the page tells the user about storage, and errors it shows. They stand at the top
# of the page (each with Dismiss) or on the completion screen.

-brand = Desk Break

notice-dismiss = Cerrar

## Errors of the page's own actions. $error is the reason, one of the messages below or the
## browser's own words.

error-load = No se pudieron leer tus datos guardados: { $error }
error-snooze = No se pudo posponer el aviso: { $error }
error-checkin-not-saved = No se pudo guardar tu valoración: { $error }
error-export = No se pudo exportar: { $error }

## Storage errors. $detail is what the browser said, in its own words.

store-full = El almacenamiento está lleno ({ $detail }). No se perdió nada de lo que ya estaba guardado, pero este cambio no se guardó; exporta tus datos para conservar una copia.
store-unavailable = El almacenamiento no está disponible en este momento: { $detail }. No se perdió nada; inténtalo de nuevo.
store-failed = Error de almacenamiento: { $detail }.
# $reason is one of the record-* reasons below.
store-invalid-break = Error de almacenamiento: esta pausa no es válida ({ $reason }), así que no se guardó.
store-newer-break = Error de almacenamiento: una versión más reciente de { -brand } guardó una pausa con el mismo id, y se conserva tal como está.
store-newer-routine = Error de almacenamiento: una versión más reciente de { -brand } guardó una rutina con el mismo id, y se conserva tal como está.

## Why a break is invalid (inside store-invalid-break's parentheses).

record-id-empty = su { $field ->
        [pack-id] id de rutina
       *[id] id
    } está vacío
record-id-too-long = su { $field ->
        [pack-id] id de rutina
       *[id] id
    } tiene más de { $max } caracteres
record-id-control = su { $field ->
        [pack-id] id de rutina
       *[id] id
    } contiene caracteres de control
record-time-out-of-range = su hora de { $which ->
        [end] fin
       *[start] inicio
    } está fuera de los años 1970–9999
record-ends-before-start = termina antes de empezar
record-more-done-than-total = tiene { $done } ejercicios hechos de { $total }
record-checkin-out-of-range = su valoración { $which ->
        [after] posterior
       *[before] previa
    } es { $value }, no de 1 a 5
record-offset-out-of-range = su desfase UTC de { $minutes } minutos supera las ±18 horas
# $stored and $expected are dates written as 2026-03-01.
record-local-date-mismatch = su fecha local { $stored } no coincide con su hora de fin ({ $expected })

## What loading found, reported once the page has read storage.

problem-records-set-aside = { $count ->
        [one] { $count } pausa guardada no se pudo leer y se apartó; tus otras pausas están a salvo.
       *[other] { $count } pausas guardadas no se pudieron leer y se apartaron; tus otras pausas están a salvo.
    }
problem-newer-records = { $count ->
        [one] { $count } pausa de una versión más reciente de { -brand } se conserva tal como se guardó, pero aquí no cuenta.
       *[other] { $count } pausas de una versión más reciente de { -brand } se conservan tal como se guardaron, pero aquí no cuentan.
    }
problem-routines-set-aside = { $count ->
        [one] { $count } rutina tuya no se pudo leer y se apartó; todo lo demás está a salvo.
       *[other] { $count } rutinas tuyas no se pudieron leer y se apartaron; todo lo demás está a salvo.
    }
problem-settings-reset = No se pudo leer tu configuración, así que se usan los valores predeterminados; el valor anterior se apartó.
# $fields lists problem-field-* names below, joined by list-separator.
problem-settings-repaired = Algunos ajustes no eran válidos y volvieron a sus valores predeterminados: { $fields }.
problem-sitting-reset = No se pudo leer el estado guardado del contador de tiempo sentado, así que vuelve a empezar ahora; el valor anterior se apartó.
problem-days-set-aside = { $count ->
        [one] No se pudo leer el resumen de { $count } día de tiempo sentado y avisos, y se apartó; tus pausas están a salvo.
       *[other] No se pudieron leer los resúmenes de { $count } días de tiempo sentado y avisos, y se apartaron; tus pausas están a salvo.
    }
problem-tidy-failed = No se pudo ordenar el almacenamiento en este momento; tus datos siguen donde estaban y se volverá a intentar la próxima vez.

## Settings fields, as problem-settings-repaired names them.

problem-field-nudge-interval-min = intervalo de avisos
problem-field-away-min = tiempo de ausencia
problem-field-work-start = inicio del horario laboral
problem-field-work-end = fin del horario laboral
problem-field-work-days = días laborables
problem-field-daily-goal = objetivo diario
problem-field-work-days-only = solo días laborables
problem-field-theme = tema
problem-field-sound = sonido
problem-field-focus = zonas de enfoque
problem-field-nudges-paused-until = avisos en pausa
problem-field-quick-nudge-min = aviso de movimiento rápido
problem-field-quick-notify = notificación de movimiento rápido
problem-field-language = idioma

## A change of settings that was not stored.

store-settings-newer = Una versión más reciente de { -brand } guardó tu configuración, así que se conserva tal como está y no se puede cambiar aquí.
# $error is one of the store-* errors above.
store-settings-not-saved = No se pudo guardar la configuración: { $error }
