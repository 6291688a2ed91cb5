# "Your week", opened from the streak panel: minutes moved per day, breaks and the longest sitting
# per day, what became of the nudges, and the check-in trend.

week-title = 今週の記録

## The chart of minutes moved

week-chart-title = 日ごとの動いた時間（分）
# Under the last bar, and in the table's last row.
week-today = 今日
# The chart for a screen reader, one day after another: "Thu 26 Mar: 12 min". $day is
# date-day-month; $minutes the minutes moved that day.
week-chart-day = { $day }：{ $minutes }分
# Between two days of the chart's description.
week-chart-day-separator = 、
# The whole description: $days is the days, each week-chart-day; $total the week's minutes.
week-chart-description = { $days }。合計{ $total }分。

## The table of breaks and sitting

week-table-caption = 日ごとの休憩と座り時間
week-table-day = 日付
# Breaks of the full pack.
week-table-full = パック全体
# Quick moves.
week-table-quick = クイック
week-table-longest = 最長の座り時間
# A day the sitting timer kept no record of (never shown as zero).
week-no-data = データなし
week-under-a-minute = 1分未満

## Nudges and the check-in trend

week-nudges-title = 今週のお知らせ
week-nudges = 応答{ $answered }回、スヌーズ{ $snoozed }回、無視{ $ignored }回。
week-no-nudges = 今週はお知らせがありませんでした。
week-no-data-yet = まだデータがありません。座り時間タイマーが、これからのお知らせと座り続けた時間を記録します。
week-feelings-title = あなたの感じ方
# $days is 30; $before and $after are averages of 1–5 ratings with one decimal (week-decimal:
# "2.8"); $pairs the breaks counted (five or more).
week-trend = 直近{ $days }日間のあなた自身の評価の平均は、休憩前が{ $before }、休憩後が{ $after }でした（前後両方のチェックインがある休憩{ $pairs }回）。
# Before there are enough breaks: $needed is 5, $days 30, $pairs the breaks with both ratings so far.
week-trend-waiting = 直近{ $days }日間に、休憩前と休憩後の両方の評価がある休憩が{ $needed }回になると、チェックインの傾向が表示されます（現在{ $pairs }回）。
week-trend-note = これは、休憩の前後にどう感じたかを1〜5で表したあなた自身の評価です。医学的な測定ではありません。
# A number with one decimal: $whole and $tenths are its two parts ("2.8" is 2 and 8).
week-decimal = { $whole }.{ $tenths }

## Dates

# A day of the week without its year: "Thu 26 Mar". $weekday and $month are the short names
# weekday-* and month-* (home.ftl); $day the day of the month.
# Japanese: "3月26日（木）".
date-day-month = { $month }{ $day }日（{ $weekday }）
