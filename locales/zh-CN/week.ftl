# "Your week", opened from the streak panel: minutes moved per day, breaks and the longest sitting
# per day, what became of the nudges, and the check-in trend.

week-title = 你的这一周

## The chart of minutes moved

week-chart-title = 每天活动分钟数
# Under the last bar, and in the table's last row.
week-today = 今天
# The chart for a screen reader, one day after another: "Thu 26 Mar: 12 min". $day is
# date-day-month; $minutes the minutes moved that day.
week-chart-day = { $day }：{ $minutes } 分钟
# Between two days of the chart's description.
week-chart-day-separator = ；
# The whole description: $days is the days, each week-chart-day; $total the week's minutes.
week-chart-description = { $days }。共 { $total } 分钟。

## The table of breaks and sitting

week-table-caption = 每天的休息与久坐
week-table-day = 日期
# Breaks of the full pack.
week-table-full = 整组
# Quick moves.
week-table-quick = 快速
week-table-longest = 最长久坐
# A day the sitting timer kept no record of (never shown as zero).
week-no-data = 无数据
week-under-a-minute = 不到 1 分钟

## Nudges and the check-in trend

week-nudges-title = 本周提醒
week-nudges = 响应 { $answered } 次，推迟 { $snoozed } 次，忽略 { $ignored } 次。
week-no-nudges = 本周没有提醒。
week-no-data-yet = 暂无数据：久坐计时器会从现在起记录提醒和每段久坐。
week-feelings-title = 你的感受
# $days is 30; $before and $after are averages of 1–5 ratings with one decimal (week-decimal:
# "2.8"); $pairs the breaks counted (five or more).
week-trend = 在过去 { $days } 天里，你自己的评分在休息前平均为 { $before }，休息后平均为 { $after }（{ $pairs } 次休息同时有前后两次感受记录）。
# Before there are enough breaks: $needed is 5, $days 30, $pairs the breaks with both ratings so far.
week-trend-waiting = 当过去 { $days } 天里有 { $needed } 次休息同时有休息前和休息后的评分时，这里会显示你的感受趋势（目前有 { $pairs } 次）。
week-trend-note = 这些是你自己按 1–5 分给出的评分，反映你休息前后的感受；并非医学指标。
# A number with one decimal: $whole and $tenths are its two parts ("2.8" is 2 and 8).
week-decimal = { $whole }.{ $tenths }

## Dates

# A day of the week without its year: "Thu 26 Mar". $weekday and $month are the short names
# weekday-* and month-* (home.ftl); $day the day of the month.
# Chinese order: "3月26日 周四".
date-day-month = { $month }{ $day }日 { $weekday }
