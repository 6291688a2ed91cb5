# The New Tab's home screen: the top bar, today's pack, the welcome card, the health notice, the
# check-in, the streak panel and its heatmap. The next tab's static preview says the same words
# (today-eyebrow, pack-length, topbar-streak).

-brand = Desk Break

## The top bar

topbar-brand = { -brand }
# The compact streak beside the name.
topbar-streak = Racha: { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
# The gear button's name, for screen readers.
topbar-settings = Configuración

## Today's pack

# $part is one of part-of-day-* below.
today-eyebrow = Rutina de hoy · { $part }
eyebrow-your-routine = Tu rutina
eyebrow-another-pack = Otra rutina
# A small note on a pack this language shows in English.
pack-in-english = Esta rutina se muestra en inglés.
pack-another = Otra rutina
pack-browse = Ver todas las rutinas
pack-back-to-today = Volver a la rutina de hoy

# The facts under the title.
fact-length = Duración
fact-quick = Movimiento rápido
fact-positions = Posiciones
fact-where = Dónde
fact-best-time = Mejor momento
# "16 exercises · about 9 min of movement": the minutes add up the exercises only.
pack-length = { $count ->
        [one] { $count } ejercicio
       *[other] { $count } ejercicios
    } · unos { $minutes } min de movimiento
# "about 2 min · Shoulder Rolls, Chin Tucks and Neck Rotations, sitting": $moves is a list
# (list-and), $position one of position-* below.
quick-text = unos { $minutes } min · { $moves }, { $position }

# The two ways to start: the verb, then its length beside it (note the space before the dot).
start-verb = Empezar
quick-verb = Rápido
start-length = { " " }· { $minutes } min

# The pack's sections.
section-when = Cuándo hacer esta rutina
# $count is the number of exercises.
section-exercises = Ejercicios ({ $count })
section-why = Por qué pasa esto
section-about = Sobre esta rutina
section-who = Para quién es
section-faq = Preguntas frecuentes
# An exercise's facts in the list: "sitting · 30 s", "sitting · 30 s per side".
exercise-facts = { $position } · { $seconds } s
exercise-facts-per-side = { $position } · { $seconds } s por lado

## Positions, places and times of day

position-sitting = sentado
position-standing = de pie
position-floor = en el suelo
# A pack's "Where".
where-desk = escritorio
where-anywhere = en cualquier lugar
where-standing-desk = escritorio de pie
# The parts of the day (05–11, 11–14, 14–18, 18–05) and a pack's best time.
part-of-day-morning = mañana
part-of-day-mid = mediodía
part-of-day-afternoon = tarde
part-of-day-evening = noche
time-of-day-any = cualquier momento

## The demo

demo-watch = Ver la demo
demo-video = Ver el video de Wakeout de esta rutina
# After the video link (note the space at the start).
demo-video-hint = { " " }(se abre en una pestaña nueva)
# The demo's name for screen readers; $pack is the pack's title.
demo-label = Demo de { $pack }
demo-close = Cerrar la demo
demo-pause = Pausar la demo
# Under the figure, after the move's name: " · 2 of 12", " · left side · 2 of 12".
demo-count = { " " }· { $index } de { $count }
demo-count-side = { " " }· { $side ->
        [right] lado derecho
       *[left] lado izquierdo
    } · { $index } de { $count }
# A figure's name for screen readers: the move's name and what it does.
figure-label = { $name }: { $action }

## Before you start

safety-title = Antes de empezar
health-title = Consulta primero con un profesional de la salud
health-lead = Estos movimientos son para la rigidez cotidiana de estar sentado. Pide consejo antes de empezar si tienes:
health-sign-pain = dolor intenso, que va a peor o que se extiende, por ejemplo por un brazo o una pierna;
health-sign-numbness = entumecimiento, hormigueo o debilidad en un brazo o una pierna;
health-sign-urgent = entumecimiento alrededor de la ingle o las nalgas, o problemas nuevos con la vejiga o el intestino: busca atención urgente;
health-sign-fever = fiebre, una pérdida de peso que no puedes explicar o antecedentes de cáncer;
health-sign-injury = una lesión, una caída o una operación recientes;
health-sign-pregnancy = un embarazo u osteoporosis: pregunta qué movimientos te convienen.
health-closing = Muévete dentro de lo que te resulte cómodo. Detente si un movimiento te provoca dolor agudo, mareo o dolor en el pecho.

## The check-in (on the pack card and the completion screen)

checkin-question-back = ¿Cómo notas la espalda ahora mismo?
checkin-question-neck-shoulders = ¿Cómo notas el cuello y los hombros ahora mismo?
checkin-question-eyes = ¿Cómo notas los ojos ahora mismo?
checkin-question-wrists = ¿Cómo notas las muñecas y las manos ahora mismo?
checkin-question-hips = ¿Cómo notas las caderas ahora mismo?
checkin-question-energy = ¿Cómo está tu energía ahora mismo?
checkin-question-tension = ¿Cuánta tensión sientes ahora mismo?
# The words for 1 and 5 on the scale.
checkin-sore = con molestias
checkin-strained = cansados
checkin-drained = sin energía
checkin-tense = con tensión
checkin-fine = bien
checkin-alert = alerta
checkin-relaxed = en calma
checkin-optional = (opcional)
# The name of the button 1 or 5: "1, sore".
checkin-end-value = { $value }, { $word }
checkin-ends = 1 = { $low }, 5 = { $high }

## The welcome card (the first tab after install)

welcome-title = Te damos la bienvenida a { -brand }
welcome-what = Cada pestaña nueva te sugiere una rutina corta de ejercicios de escritorio; con un clic empiezas una rutina guiada, y tus pausas van sumando una racha.
welcome-private = Funciona sin conexión y de forma privada: todo se queda en este navegador y no se envía nada a ninguna parte.
# $when is welcome-nudge-when or welcome-nudge-when-quick.
welcome-when = Te avisará { $when }.
# $full and $quick are durations (duration-*), $days is welcome-days-* or a list of weekdays,
# $start and $end times such as "09:00".
welcome-nudge-when = tras { $full } sin levantarte, { $days } de { $start } a { $end }
welcome-nudge-when-quick = con un movimiento rápido tras { $quick } y con la rutina completa tras { $full } sin levantarte, { $days } de { $start } a { $end }
welcome-days-every-day = todos los días
# A run of three or more weekdays: "Mon–Fri".
welcome-days-range = { $first }–{ $last }
welcome-adjust = Ajustar avisos
welcome-got-it = Entendido

## The streak panel

streak-title = Racha de pausas
streak-current = Racha actual
streak-best = Mejor racha
streak-today = Hoy
streak-all-time = En total
streak-time-moved = Tiempo en movimiento
streak-days = { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
# "1 of 3 breaks": breaks toward the goal today, of the daily goal.
streak-today-progress = { $count } de { $goal ->
        [one] { $goal } pausa
       *[other] { $goal } pausas
    }
streak-breaks = { $count ->
        [one] { $count } pausa
       *[other] { $count } pausas
    }
# $time is a duration such as "3 min 20 s".
streak-quick-today = Movimientos rápidos hoy: { $time } (cada { $minutes } min cuentan como una pausa)
streak-goal-met = Objetivo de hoy cumplido.
streak-week = Tu semana

## The heatmap

heatmap-title = Últimas 12 semanas
# A day's date: "Today, Wed 11 Mar 2026".
heatmap-today = Hoy, { $date }
heatmap-breaks = { $count ->
        [0] ninguna pausa
        [one] { $count } pausa
       *[other] { $count } pausas
    }
# $breaks is heatmap-breaks.
heatmap-goal-met = { $breaks }, objetivo cumplido
heatmap-day-off = { $breaks }, día libre
# A day's name for screen readers: "Today, Wed 11 Mar 2026: 2 breaks, goal met".
heatmap-cell = { $date }: { $count }
heatmap-fewer = Menos
heatmap-more = Más
heatmap-key-today = Hoy
heatmap-key-day-off = Día libre

## Dates

weekday-mon = lun
weekday-tue = mar
weekday-wed = mié
weekday-thu = jue
weekday-fri = vie
weekday-sat = sáb
weekday-sun = dom
month-jan = ene
month-feb = feb
month-mar = mar
month-apr = abr
month-may = may
month-jun = jun
month-jul = jul
month-aug = ago
month-sep = sept
month-oct = oct
month-nov = nov
month-dec = dic
# "Wed 25 Nov 2026": $weekday and $month are the short names above, $day a number, $year the
# year as written (never grouped like a number).
date-day = { $weekday } { $day } { $month } { $year }
# "14:05, Wed 25 Nov".
date-time-day = { $time }, { $weekday } { $day } { $month }
