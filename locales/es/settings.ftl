# The Settings dialog (behind the gear on the New Tab), its error messages, and the messages of
# importing and exporting your data. The work days' names are weekday-* (home.ftl).

-brand = Desk Break

## The dialog

settings-title = Configuración
settings-close = Cerrar

## Nudges

settings-nudges-legend = Avisos
# A number field's label; the field and its unit (settings-unit-minutes) follow it.
settings-nudge-interval-label = Avisar tras estar sentado
settings-away-label = Tiempo de ausencia que cierra un periodo sentado
# The unit after a number field, with the range allowed: "minutes (30–180)".
settings-unit-minutes = minutos ({ $min }–{ $max })
# The quick-move nudge: "Quick-move nudge after [30] minutes of sitting (20–60) [ ] Off".
settings-quick-nudge-label = Aviso de movimiento rápido tras
settings-quick-nudge-unit = minutos sin levantarte ({ $min }–{ $max })
settings-quick-nudge-off = Desactivado
settings-quick-notify = Mostrar también una notificación para el movimiento rápido
# "Work hours from [09:00] to [18:00]": two labels, each before its time field.
settings-work-hours-from = Horario laboral de
settings-work-hours-to = a
settings-work-days = Días laborables
# $when is a time and day (date-time-day in home.ftl: "14:05, Wed 25 Nov").
settings-paused-until = Los avisos están en pausa hasta las { $when }.
settings-nudges-on = Los avisos están activados.
settings-pause-hour = Pausar avisos 1 hora
settings-pause-tomorrow = Pausar hasta mañana
settings-resume = Reanudar avisos

## Streak

settings-streak-legend = Racha
settings-daily-goal-label = Objetivo diario
# The unit after the daily goal's field, with the range allowed: "breaks a day (1–12)".
settings-unit-breaks-a-day = pausas al día ({ $min }–{ $max })
settings-work-days-only = Solo días laborables (los días libres nunca rompen la racha)

## Routine and look

settings-look-legend = Rutina y aspecto
settings-sound = Señal sonora en cada ejercicio
settings-theme-label = Tema
settings-theme-system = Según el sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
# The group of focus areas, as a screen reader names it.
settings-focus-areas = Zonas de enfoque
# The same group's visible heading.
settings-focus-hint = Zonas de enfoque (las sugerencias les dan prioridad)
settings-focus-back = Espalda
settings-focus-neck = Cuello
settings-focus-shoulders = Hombros
settings-focus-wrists = Muñecas
settings-focus-eyes = Ojos
settings-focus-hips = Caderas
settings-focus-posture = Postura
settings-focus-energy = Energía
settings-focus-calm = Calma
settings-language-label = Idioma
# The language menu's first choice: follow the browser's language. $language is that language's
# own name ("Deutsch"), as the page resolves it. The other choices are each language's own name.
settings-language-browser = Idioma del navegador ({ $language })

## Your data

settings-data-legend = Tus datos
settings-data-hint = Todo se queda en este navegador. Exporta una copia o importa una (las pausas se combinan por id).
settings-export = Exportar datos
settings-import = Importar datos
settings-exported = Se exportaron todos tus datos.
# $error is the browser's technical reason, in English.
settings-export-failed = No se pudo exportar: { $error }
settings-import-unreadable = No se pudo leer ese archivo. No se importó nada.

## Refused settings (shown in the dialog's message line)

settings-error-nudge-interval = El intervalo de avisos debe estar entre { $min } y { $max } minutos.
settings-error-away-time = El tiempo de ausencia debe estar entre { $min } y { $max } minutos.
settings-error-work-hour = El horario laboral debe ser una hora del día entre las 00:00 y las 23:59.
settings-error-empty-work-hours = El horario laboral no puede empezar y terminar a la misma hora.
settings-error-no-work-days = Deja al menos un día laborable.
settings-error-daily-goal = El objetivo diario debe estar entre { $min } y { $max } pausas.
settings-error-quick-nudge = El aviso de movimiento rápido debe llegar tras un tiempo de entre { $min } y { $max } minutos, o estar desactivado.

## What an import did. The page shows the sentences that apply, one after the other.
## "DeskBreak" (written as one word in some of these) and "Desk Break" are the product's name.

import-no-breaks = Este archivo no tiene pausas para importar.
import-nothing-new = No hay nada nuevo que importar: todas las pausas del archivo ya estaban aquí.
import-added = { $added ->
    [one] Se importó { $added } pausa.
   *[other] Se importaron { $added } pausas.
    }
# Some breaks were new ($added), some were stored already ($present).
import-added-some-present = { $added ->
    [one] Se importó { $added } pausa
   *[other] Se importaron { $added } pausas
    }; { $present ->
    [one] { $present } ya estaba aquí.
   *[other] { $present } ya estaban aquí.
    }
import-kept-newer = { $count ->
    [one] { $count } pausa del archivo también está guardada por una versión más reciente de { -brand }; se conservó la más reciente.
   *[other] { $count } pausas del archivo también están guardadas por una versión más reciente de { -brand }; se conservaron las más recientes.
    }
import-replaced-damaged = { $count ->
    [one] { $count } pausa guardada que no se podía leer se apartó y se restauró desde el archivo.
   *[other] { $count } pausas guardadas que no se podían leer se apartaron y se restauraron desde el archivo.
    }
import-routines-added = { $count ->
    [one] Se añadió { $count } rutina tuya.
   *[other] Se añadieron { $count } rutinas tuyas.
    }
import-routines-present = { $count ->
    [one] { $count } rutina tuya ya estaba aquí.
   *[other] { $count } rutinas tuyas ya estaban aquí.
    }
import-routines-kept = { $count ->
    [one] { $count } rutina del archivo es una versión distinta de una que ya tienes; se conservó la tuya.
   *[other] { $count } rutinas del archivo son versiones distintas de otras que ya tienes; se conservaron las tuyas.
    }
import-settings-kept-newer = Tu configuración procede de una versión más reciente de { -brand } y se conservó tal como está.
# $fields lists the settings changed, each problem-field-* (notices.ftl), separated by
# list-separator.
import-settings-changed = Ajustes modificados: { $fields }.
import-settings-matched = Tu configuración ya coincidía con la del archivo.
# Between two sentences of the import's message (a space; nothing in Japanese or Chinese).
import-sentence-separator = { " " }

## Why an import file was refused. Every message ends by saying nothing changed.

import-too-large = Este archivo es demasiado grande para ser una exportación de DeskBreak ({ $bytes } bytes; el límite es de 5 MB). No se cambió nada.
# $detail is the JSON parser's technical reason, in English.
import-not-json = Este archivo no es JSON, así que no puede ser una exportación de DeskBreak ({ $detail }). No se cambió nada.
import-not-an-export = Este archivo no es una exportación de DeskBreak. No se cambió nada.
# $version is the file's format number.
import-newer-version = Esta exportación se hizo con una versión más reciente de DeskBreak (formato { $version }). Actualiza la extensión y vuelve a importarla. No se cambió nada.
import-unsupported-version = DeskBreak no reconoce la versión de formato de esta exportación. No se cambió nada.
import-no-break-list = Falta la lista de pausas de esta exportación o está dañada. No se cambió nada.
import-too-many-breaks = Este archivo contiene { $count } pausas, más de las { $max } que puede tener una exportación. No se cambió nada.
# $number counts the file's breaks from 1; $reason is a technical reason, in English.
import-bad-break = La pausa número { $number } de este archivo no se puede importar: { $reason }. No se cambió nada.
# $version is the version the break was saved by.
import-newer-break = La pausa número { $number } de este archivo no se puede importar: la guardó una versión más reciente de DeskBreak (v{ $version }). No se cambió nada.
import-settings-not-object = La configuración de este archivo no es válida (no es un objeto). No se cambió nada.
# $schema is the settings' version number.
import-settings-newer = La configuración de este archivo no es válida (procede de una versión más reciente: esquema { $schema }). No se cambió nada.
# $schema is what the file has where a version number belongs, as it is.
import-settings-unknown-schema = La configuración de este archivo no es válida (esquema desconocido: { $schema }). No se cambió nada.
# $fields are the names of the settings as stored ("work_end"), as they are.
import-settings-bad-fields = La configuración de este archivo no es válida (campos incorrectos: { $fields }). No se cambió nada.
# The file's settings are valid alone, but not together with the user's own: $fields as above.
import-settings-clash = La configuración de este archivo no es válida (junto con la tuya, campos incorrectos: { $fields }). No se cambió nada.
# $reason is a technical reason, in English.
import-settings-damaged = La configuración de este archivo no es válida ({ $reason }). No se cambió nada.
import-no-routine-list = La lista de rutinas de esta exportación está dañada. No se cambió nada.
import-too-many-routines = Este archivo contiene { $count } rutinas, más de las { $max } que puede tener una exportación. No se cambió nada.
# $number counts the file's routines from 1; $reason is one of the routine-error-* sentences
# (catalog.ftl), or a technical reason in English.
import-bad-routine = La rutina número { $number } de este archivo no se puede importar: { $reason } No se cambió nada.
import-newer-routine = La rutina número { $number } de este archivo no se puede importar: la guardó una versión más reciente de { -brand } (v{ $version }). No se cambió nada.
# The import could not be written; $error is the storage's own message.
import-store-failed = No se importó nada: { $error }
