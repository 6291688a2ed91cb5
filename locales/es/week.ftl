# "Your week", opened from the streak panel: minutes moved per day, breaks and the longest sitting
# per day, what became of the nudges, and the check-in trend.

week-title = Tu semana

## The chart of minutes moved

week-chart-title = Minutos en movimiento por día
# Under the last bar, and in the table's last row.
week-today = Hoy
# The chart for a screen reader, one day after another: "Thu 26 Mar: 12 min". $day is
# date-day-month; $minutes the minutes moved that day.
week-chart-day = { $day }: { $minutes } min
# Between two days of the chart's description.
week-chart-day-separator = ;{ " " }
# The whole description: $days is the days, each week-chart-day; $total the week's minutes.
week-chart-description = { $days }. Total: { $total } min.

## The table of breaks and sitting

week-table-caption = Pausas y tiempo sentado por día
week-table-day = Día
# Breaks of the full pack.
week-table-full = Completas
# Quick moves.
week-table-quick = Rápidos
week-table-longest = Mayor tiempo sentado
# A day the sitting timer kept no record of (never shown as zero).
week-no-data = sin datos
week-under-a-minute = menos de 1 min

## Nudges and the check-in trend

week-nudges-title = Avisos de esta semana
week-nudges = Atendidos: { $answered }; pospuestos: { $snoozed }; ignorados: { $ignored }.
week-no-nudges = No hubo avisos esta semana.
week-no-data-yet = Aún no hay datos: a partir de ahora, el contador de tiempo sentado registra los avisos y los periodos que pasas sentado.
week-feelings-title = Cómo te sentiste
# $days is 30; $before and $after are averages of 1–5 ratings with one decimal (week-decimal:
# "2.8"); $pairs the breaks counted (five or more).
week-trend = En los últimos { $days } días, tus propias valoraciones fueron de { $before } de media antes de una pausa y de { $after } después ({ $pairs } pausas con ambas valoraciones).
# Before there are enough breaks: $needed is 5, $days 30, $pairs the breaks with both ratings so far.
week-trend-waiting = Tu tendencia de valoraciones aparecerá cuando { $needed } pausas de los últimos { $days } días tengan una valoración previa y otra posterior ({ $pairs } hasta ahora).
week-trend-note = Son tus propias valoraciones en una escala del 1 al 5, sobre cómo te sentías antes y después; no son una medida médica.
# A number with one decimal: $whole and $tenths are its two parts ("2.8" is 2 and 8).
week-decimal = { $whole },{ $tenths }

## Dates

# A day of the week without its year: "Thu 26 Mar". $weekday and $month are the short names
# weekday-* and month-* (home.ftl); $day the day of the month.
date-day-month = { $weekday } { $day } { $month }
