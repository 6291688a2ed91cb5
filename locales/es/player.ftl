# The guided routine (the player) and the completion screen after it.

## The player

# Above the exercise for a quick move; $pack is the pack's title.
player-quick-eyebrow = Movimiento rápido · { $pack }
# "3 of 16 · 7 min left": $index and $count count exercises, $time is a duration.
player-progress = { $index } de { $count } · quedan { $time }
player-progress-label = Progreso de la rutina
player-time-left-label = Tiempo restante de este ejercicio
player-paused = En pausa
# Beside the position on a per-side move: the left side comes first, then the switch.
player-side-left = lado izquierdo
player-side-right = cambia de lado
player-previous = Anterior
player-pause = Pausar
player-resume = Reanudar
player-next = Siguiente
player-end = Terminar rutina
player-keys = Teclas: Espacio pausar · ← anterior · → siguiente · Esc terminar
# Read out once per step: "Exercise 3 of 16: Chin Tucks", with ", left side" for a per-side move.
player-announce = Ejercicio { $index } de { $count }: { $name }
player-announce-side = Ejercicio { $index } de { $count }: { $name }, { $side }

## The completion screen

done-saved = Pausa hecha: ¡buen trabajo!
done-saving = Guardando tu pausa…
done-not-saved = Pausa hecha, pero sin guardar
done-finished = Rutina completada
done-ended = Rutina terminada
done-counts = Esta pausa cuenta para tu racha.
# $time is how long quick moves ran today, such as "3 min 20 s".
done-quick-counts = Este movimiento rápido cuenta para tu racha según sus minutos: { $time } de movimientos rápidos hoy.
# $moved is a duration such as "40 s".
done-not-counted = Esta no cuenta: una pausa necesita al menos un minuto de movimiento hasta el final de la rutina (te moviste { $moved }).
# The streak rule, under the verdict.
streak-rule = Una rutina completa cuenta como una pausa para tu objetivo diario; los movimientos rápidos cuentan por sus minutos: cada { $minutes } minutos de movimientos rápidos cuentan como una pausa.
done-back = Volver a mi nueva pestaña
done-time-moved = Tiempo en movimiento
done-exercises = Ejercicios hechos
# "5 of 16".
done-exercises-count = { $done } de { $total }

## A break that could not be saved

# $error is the storage error (store-* in notices.ftl). Note the space before it.
not-saved-lead = Esta pausa aún no cuenta: no se pudo guardar. { $error }
not-saved-hint-full = Exporta solo esta pausa para conservarla y vuelve a guardarla cuando haya espacio (o importa el archivo más tarde).
not-saved-hint = Vuelve a intentar guardarla en un momento, o exporta solo esta pausa e impórtala más tarde.
not-saved-retry = Volver a guardar esta pausa
not-saved-export = Exportar esta pausa
