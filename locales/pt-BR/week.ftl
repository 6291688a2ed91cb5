# "Your week", opened from the streak panel: minutes moved per day, breaks and the longest sitting
# per day, what became of the nudges, and the check-in trend.

week-title = Sua semana

## The chart of minutes moved

week-chart-title = Minutos em movimento por dia
# Under the last bar, and in the table's last row.
week-today = Hoje
# The chart for a screen reader, one day after another: "Thu 26 Mar: 12 min". $day is
# date-day-month; $minutes the minutes moved that day.
week-chart-day = { $day }: { $minutes } min
# Between two days of the chart's description.
week-chart-day-separator = ;{ " " }
# The whole description: $days is the days, each week-chart-day; $total the week's minutes.
week-chart-description = { $days }. Total: { $total } min.

## The table of breaks and sitting

week-table-caption = Pausas e tempo sentado por dia
week-table-day = Dia
# Breaks of the full pack.
week-table-full = Completo
# Quick moves.
week-table-quick = Rápido
week-table-longest = Maior tempo sentado
# A day the sitting timer kept no record of (never shown as zero).
week-no-data = sem dados
week-under-a-minute = menos de 1 min

## Nudges and the check-in trend

week-nudges-title = Lembretes nesta semana
week-nudges = Atendidos: { $answered }; adiados: { $snoozed }; ignorados: { $ignored }.
week-no-nudges = Nenhum lembrete nesta semana.
week-no-data-yet = Ainda sem dados: o contador de tempo sentado registra os lembretes e os períodos sentado a partir de agora.
week-feelings-title = Como você se sentiu
# $days is 30; $before and $after are averages of 1–5 ratings with one decimal (week-decimal:
# "2.8"); $pairs the breaks counted (five or more).
week-trend = Nos últimos { $days } dias, suas próprias avaliações tiveram média de { $before } antes de uma pausa e { $after } depois ({ $pairs } pausas com os dois check-ins).
# Before there are enough breaks: $needed is 5, $days 30, $pairs the breaks with both ratings so far.
week-trend-waiting = Sua tendência de check-in aparece quando { $needed } pausas dos últimos { $days } dias tiverem uma avaliação de antes e uma de depois ({ $pairs } até agora).
week-trend-note = Estas são suas próprias avaliações numa escala de 1 a 5, de como você se sentiu antes e depois; não são uma medida médica.
# A number with one decimal: $whole and $tenths are its two parts ("2.8" is 2 and 8).
week-decimal = { $whole },{ $tenths }

## Dates

# A day of the week without its year: "Thu 26 Mar". $weekday and $month are the short names
# weekday-* and month-* (home.ftl); $day the day of the month.
date-day-month = { $weekday }, { $day } de { $month }
