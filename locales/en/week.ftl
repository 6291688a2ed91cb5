# "Your week", opened from the streak panel: minutes moved per day, breaks and the longest sitting
# per day, what became of the nudges, and the check-in trend.

week-title = Your week

## The chart of minutes moved

week-chart-title = Minutes moved per day
# Under the last bar, and in the table's last row.
week-today = Today
# The chart for a screen reader, one day after another: "Thu 26 Mar: 12 min". $day is
# date-day-month; $minutes the minutes moved that day.
week-chart-day = { $day }: { $minutes } min
# Between two days of the chart's description.
week-chart-day-separator = ;{ " " }
# The whole description: $days is the days, each week-chart-day; $total the week's minutes.
week-chart-description = { $days }. Total { $total } min.

## The table of breaks and sitting

week-table-caption = Breaks and sitting per day
week-table-day = Day
# Breaks of the full pack.
week-table-full = Full
# Quick moves.
week-table-quick = Quick
week-table-longest = Longest sitting
# A day the sitting timer kept no record of (never shown as zero).
week-no-data = no data
week-under-a-minute = under 1 min

## Nudges and the check-in trend

week-nudges-title = Nudges this week
week-nudges = { $answered } answered, { $snoozed } snoozed, { $ignored } ignored.
week-no-nudges = No nudges this week.
week-no-data-yet = No data yet: the sitting timer records nudges and sitting stretches from now on.
week-feelings-title = How you felt
# $days is 30; $before and $after are averages of 1–5 ratings with one decimal (week-decimal:
# "2.8"); $pairs the breaks counted (five or more).
week-trend = Over the last { $days } days your own ratings averaged { $before } before a break and { $after } after ({ $pairs } breaks with both check-ins).
# Before there are enough breaks: $needed is 5, $days 30, $pairs the breaks with both ratings so far.
week-trend-waiting = Your check-in trend appears once { $needed } breaks in the last { $days } days have both a before and an after rating ({ $pairs } so far).
week-trend-note = These are your own ratings on a 1–5 scale, how you felt before and after; not a medical measure.
# A number with one decimal: $whole and $tenths are its two parts ("2.8" is 2 and 8).
week-decimal = { $whole }.{ $tenths }

## Dates

# A day of the week without its year: "Thu 26 Mar". $weekday and $month are the short names
# weekday-* and month-* (home.ftl); $day the day of the month.
date-day-month = { $weekday } { $day } { $month }
