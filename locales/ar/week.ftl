# "Your week", opened from the streak panel: minutes moved per day, breaks and the longest sitting
# per day, what became of the nudges, and the check-in trend.

week-title = أسبوعك

## The chart of minutes moved

week-chart-title = دقائق الحركة في كل يوم
# Under the last bar, and in the table's last row.
week-today = اليوم
# The chart for a screen reader, one day after another: "Thu 26 Mar: 12 min". $day is
# date-day-month; $minutes the minutes moved that day.
week-chart-day = { $day }: { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
# Between two days of the chart's description.
week-chart-day-separator = ؛{ " " }
# The whole description: $days is the days, each week-chart-day; $total the week's minutes.
week-chart-description = { $days }. المجموع: { $total ->
        [zero] { $total } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $total } دقائق
        [many] { $total } دقيقة
       *[other] { $total } دقيقة
    }.

## The table of breaks and sitting

week-table-caption = الاستراحات والجلوس في كل يوم
week-table-day = اليوم
# Breaks of the full pack.
week-table-full = المجموعة كاملة
# Quick moves.
week-table-quick = حركة سريعة
week-table-longest = أطول فترة جلوس
# A day the sitting timer kept no record of (never shown as zero).
week-no-data = لا بيانات
week-under-a-minute = أقل من دقيقة

## Nudges and the check-in trend

week-nudges-title = التنبيهات هذا الأسبوع
week-nudges = استجبت لـ{ $answered }، وأجّلت { $snoozed }، وتجاهلت { $ignored }.
week-no-nudges = لا تنبيهات هذا الأسبوع.
week-no-data-yet = لا بيانات بعد: يسجّل مؤقّت الجلوس التنبيهات وفترات الجلوس من الآن فصاعدًا.
week-feelings-title = كيف شعرت
# $days is 30; $before and $after are averages of 1–5 ratings with one decimal (week-decimal:
# "2.8"); $pairs the breaks counted (five or more).
week-trend = خلال آخر { $days ->
        [zero] { $days } يوم
        [one] يوم
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } كان متوسط تقييماتك لحالتك { $before } قبل الاستراحة و{ $after } بعدها (عدد الاستراحات التي قيّمت حالتك قبلها وبعدها: { $pairs }).
# Before there are enough breaks: $needed is 5, $days 30, $pairs the breaks with both ratings so far.
week-trend-waiting = يظهر اتجاه تقييماتك لحالتك حين يصبح لديك خلال آخر { $days ->
        [zero] { $days } يوم
        [one] يوم
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } { $needed ->
        [zero] { $needed } استراحة
        [one] استراحة واحدة
        [two] استراحتان
        [few] { $needed } استراحات
        [many] { $needed } استراحة
       *[other] { $needed } استراحة
    } لكل منها تقييم قبلها وتقييم بعدها (حتى الآن: { $pairs }).
week-trend-note = هذه تقييماتك أنت على مقياس من 1 إلى 5 لشعورك قبل الاستراحة وبعدها، وليست مقياسًا طبيًا.
# A number with one decimal: $whole and $tenths are its two parts ("2.8" is 2 and 8).
week-decimal = { $whole }.{ $tenths }

## Dates

# A day of the week without its year: "Thu 26 Mar". $weekday and $month are the short names
# weekday-* and month-* (home.ftl); $day the day of the month.
date-day-month = { $weekday } { $day } { $month }
