# "Your week", opened from the streak panel: minutes moved per day, breaks and the longest sitting
# per day, what became of the nudges, and the check-in trend.

week-title = Deine Woche

## The chart of minutes moved

week-chart-title = Bewegungsminuten pro Tag
# Under the last bar, and in the table's last row.
week-today = Heute
# The chart for a screen reader, one day after another: "Thu 26 Mar: 12 min". $day is
# date-day-month; $minutes the minutes moved that day.
week-chart-day = { $day }: { $minutes } Min.
# Between two days of the chart's description.
week-chart-day-separator = ;{ " " }
# The whole description: $days is the days, each week-chart-day; $total the week's minutes.
week-chart-description = { $days }. Insgesamt { $total } Min.

## The table of breaks and sitting

week-table-caption = Pausen und Sitzen pro Tag
week-table-day = Tag
# Breaks of the full pack.
week-table-full = Komplett
# Quick moves.
week-table-quick = Kurz
week-table-longest = Längste Sitzphase
# A day the sitting timer kept no record of (never shown as zero).
week-no-data = keine Daten
week-under-a-minute = unter 1 Min.

## Nudges and the check-in trend

week-nudges-title = Erinnerungen diese Woche
week-nudges = { $answered } angenommen, { $snoozed } verschoben, { $ignored } ignoriert.
week-no-nudges = Diese Woche keine Erinnerungen.
week-no-data-yet = Noch keine Daten: Der Sitz-Timer zeichnet ab jetzt Erinnerungen und Sitzphasen auf.
week-feelings-title = Wie du dich gefühlt hast
# $days is 30; $before and $after are averages of 1–5 ratings with one decimal (week-decimal:
# "2.8"); $pairs the breaks counted (five or more).
week-trend = In den letzten { $days } Tagen lagen deine eigenen Bewertungen im Schnitt bei { $before } vor einer Pause und bei { $after } danach ({ $pairs } Pausen mit beiden Check-ins).
# Before there are enough breaks: $needed is 5, $days 30, $pairs the breaks with both ratings so far.
week-trend-waiting = Dein Check-in-Trend erscheint, sobald { $needed } Pausen in den letzten { $days } Tagen sowohl eine Bewertung vorher als auch nachher haben (bisher { $pairs }).
week-trend-note = Das sind deine eigenen Bewertungen auf einer Skala von 1–5, wie du dich vorher und nachher gefühlt hast; keine medizinische Messung.
# A number with one decimal: $whole and $tenths are its two parts ("2.8" is 2 and 8).
week-decimal = { $whole },{ $tenths }

## Dates

# A day of the week without its year: "Thu 26 Mar". $weekday and $month are the short names
# weekday-* and month-* (home.ftl); $day the day of the month.
date-day-month = { $weekday }, { $day }. { $month }
