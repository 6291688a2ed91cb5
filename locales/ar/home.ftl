# The New Tab's home screen: the top bar, today's pack, the welcome card, the health notice, the
# check-in, the streak panel and its heatmap. The next tab's static preview says the same words
# (today-eyebrow, pack-length, topbar-streak).

-brand = Desk Break

## The top bar

topbar-brand = { -brand }
# The compact streak beside the name.
topbar-streak = السلسلة: { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
# The gear button's name, for screen readers.
topbar-settings = الإعدادات

## Today's pack

# $part is one of part-of-day-* below.
today-eyebrow = مجموعة اليوم · { $part }
eyebrow-your-routine = روتينك
eyebrow-another-pack = مجموعة أخرى
# A small note on a pack this language shows in English.
pack-in-english = تُعرض هذه المجموعة بالإنجليزية.
pack-another = مجموعة أخرى
pack-browse = تصفّح كل المجموعات
pack-back-to-today = العودة إلى مجموعة اليوم

# The facts under the title.
fact-length = المدة
fact-quick = حركة سريعة
fact-positions = الوضعيات
fact-where = المكان
fact-best-time = أفضل وقت
# "16 exercises · about 9 min of movement": the minutes add up the exercises only.
pack-length = { $count ->
        [zero] { $count } تمرين
        [one] تمرين واحد
        [two] تمرينان
        [few] { $count } تمارين
        [many] { $count } تمرينًا
       *[other] { $count } تمرين
    } · { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } من الحركة تقريبًا
# "about 2 min · Shoulder Rolls, Chin Tucks and Neck Rotations, sitting": $moves is a list
# (list-and), $position one of position-* below.
quick-text = { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } تقريبًا · { $moves }، { $position }

# The two ways to start: the verb, then its length beside it (note the space before the dot).
start-verb = ابدأ
quick-verb = حركة سريعة
start-length = { " " }· { $minutes } د

# The pack's sections.
section-when = متى تستعين بهذه المجموعة
# $count is the number of exercises.
section-exercises = التمارين ({ $count })
section-why = لماذا يحدث هذا
section-about = عن هذا الروتين
section-who = لمن هذه المجموعة
section-faq = أسئلة شائعة
# An exercise's facts in the list: "sitting · 30 s", "sitting · 30 s per side".
exercise-facts = { $position } · { $seconds } ث
exercise-facts-per-side = { $position } · { $seconds } ث لكل جانب

## Positions, places and times of day

position-sitting = جلوسًا
position-standing = وقوفًا
position-floor = على الأرض
# A pack's "Where".
where-desk = المكتب
where-anywhere = في أي مكان
where-standing-desk = مكتب الوقوف
# The parts of the day (05–11, 11–14, 14–18, 18–05) and a pack's best time.
part-of-day-morning = الصباح
part-of-day-mid = منتصف النهار
part-of-day-afternoon = بعد الظهر
part-of-day-evening = المساء
time-of-day-any = أي وقت

## The demo

demo-watch = شاهد العرض
demo-video = شاهد فيديو Wakeout لهذا الروتين
# After the video link (note the space at the start).
demo-video-hint = { " " }(يُفتح في علامة تبويب جديدة)
# The demo's name for screen readers; $pack is the pack's title.
demo-label = عرض توضيحي: { $pack }
demo-close = أغلق العرض
demo-pause = أوقف العرض مؤقتًا
# Under the figure, after the move's name: " · 2 of 12", " · left side · 2 of 12".
demo-count = { " " }· { $index } من { $count }
demo-count-side = { " " }· { $side ->
        [right] الجانب الأيمن
       *[left] الجانب الأيسر
    } · { $index } من { $count }
# A figure's name for screen readers: the move's name and what it does.
figure-label = { $name }: { $action }

## Before you start

safety-title = قبل أن تبدأ
health-title = استشر مختصًا صحيًا أولًا
health-lead = هذه الحركات مخصّصة للتيبّس اليومي الناتج عن الجلوس. اطلب المشورة قبل أن تبدأ إذا كان لديك:
health-sign-pain = ألم شديد، أو يزداد سوءًا، أو ينتشر، مثلًا إلى أسفل إحدى الذراعين أو الساقين؛
health-sign-numbness = خدر أو وخز أو ضعف في إحدى الذراعين أو الساقين؛
health-sign-urgent = خدر حول المنطقة الأُربية (أصل الفخذين) أو الأرداف، أو مشكلة جديدة في المثانة أو الأمعاء: اطلب رعاية عاجلة؛
health-sign-fever = حمّى، أو فقدان وزن لا تجد له تفسيرًا، أو إصابة سابقة بالسرطان؛
health-sign-injury = إصابة أو سقوط أو جراحة في الآونة الأخيرة؛
health-sign-pregnancy = حمل، أو هشاشة العظام: اسأل عن الحركات التي تناسبك.
health-closing = تحرّك في حدود راحتك. توقّف إذا سبّبت لك حركةٌ ألمًا حادًّا أو دوارًا أو ألمًا في الصدر.

## The check-in (on the pack card and the completion screen)

checkin-question-back = كيف تشعر بظهرك الآن؟
checkin-question-neck-shoulders = كيف تشعر برقبتك وكتفيك الآن؟
checkin-question-eyes = كيف تشعر بعينيك الآن؟
checkin-question-wrists = كيف تشعر برسغيك ويديك الآن؟
checkin-question-hips = كيف تشعر بوركيك الآن؟
checkin-question-energy = كيف هو مستوى نشاطك الآن؟
checkin-question-tension = ما مدى توتّرك الآن؟
# The words for 1 and 5 on the scale.
# Arabic: nouns (or "بخير"), so they need no gender agreement with the body part.
checkin-sore = ألم
checkin-strained = إجهاد
checkin-drained = إرهاق
checkin-tense = توتّر
checkin-fine = بخير
checkin-alert = نشاط
checkin-relaxed = استرخاء
checkin-optional = (اختياري)
# The name of the button 1 or 5: "1, sore".
checkin-end-value = { $value }، { $word }
checkin-ends = 1 = { $low }، 5 = { $high }

## The welcome card (the first tab after install)

welcome-title = مرحبًا بك في { -brand }
welcome-what = تقترح عليك كل علامة تبويب جديدة مجموعة قصيرة من تمارين المكتب؛ نقرة واحدة تبدأ روتينًا موجّهًا، واستراحاتك تبني سلسلة.
welcome-private = يعمل دون اتصال بالإنترنت وبخصوصية: يبقى كل شيء في هذا المتصفح، ولا يُرسَل أي شيء إلى أي مكان.
# $when is welcome-nudge-when or welcome-nudge-when-quick.
welcome-when = سينبّهك { $when }.
# $full and $quick are durations (duration-*), $days is welcome-days-* or a list of weekdays,
# $start and $end times such as "09:00".
welcome-nudge-when = حين تمضي على جلوسك { $full }، { $days } من { $start } إلى { $end }
welcome-nudge-when-quick = بحركة سريعة حين تمضي على جلوسك { $quick }، وبالمجموعة كاملة حين تمضي { $full }، { $days } من { $start } إلى { $end }
welcome-days-every-day = كل يوم
# A run of three or more weekdays: "Mon–Fri".
welcome-days-range = { $first }–{ $last }
welcome-adjust = اضبط التنبيهات
welcome-got-it = فهمت

## The streak panel

streak-title = سلسلة الاستراحات
streak-current = السلسلة الحالية
streak-best = أطول سلسلة
streak-today = اليوم
streak-all-time = منذ البداية
streak-time-moved = وقت الحركة
streak-days = { $count ->
        [zero] { $count } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
# "1 of 3 breaks": breaks toward the goal today, of the daily goal.
streak-today-progress = { $count } من { $goal ->
        [zero] { $goal } استراحة
        [one] استراحة واحدة
        [two] استراحتين
        [few] { $goal } استراحات
        [many] { $goal } استراحة
       *[other] { $goal } استراحة
    }
streak-breaks = { $count ->
        [zero] { $count } استراحة
        [one] استراحة واحدة
        [two] استراحتان
        [few] { $count } استراحات
        [many] { $count } استراحة
       *[other] { $count } استراحة
    }
# $time is a duration such as "3 min 20 s".
streak-quick-today = الحركات السريعة اليوم: { $time } (كل { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } منها تُحتسب استراحة واحدة)
streak-goal-met = تحقّق هدف اليوم.
streak-week = أسبوعك

## The heatmap

heatmap-title = آخر 12 أسبوعًا
# A day's date: "Today, Wed 11 Mar 2026".
heatmap-today = اليوم، { $date }
heatmap-breaks = { $count ->
        [0] لا استراحات
        [zero] لا استراحات
        [one] استراحة واحدة
        [two] استراحتان
        [few] { $count } استراحات
        [many] { $count } استراحة
       *[other] { $count } استراحة
    }
# $breaks is heatmap-breaks.
heatmap-goal-met = { $breaks }، تحقّق الهدف
heatmap-day-off = { $breaks }، يوم عطلة
# A day's name for screen readers: "Today, Wed 11 Mar 2026: 2 breaks, goal met".
heatmap-cell = { $date }: { $count }
heatmap-fewer = أقل
heatmap-more = أكثر
heatmap-key-today = اليوم
heatmap-key-day-off = يوم عطلة

## Dates
# Arabic has no customary short weekday names: the full names are used, as in CLDR.

weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد
month-jan = يناير
month-feb = فبراير
month-mar = مارس
month-apr = أبريل
month-may = مايو
month-jun = يونيو
month-jul = يوليو
month-aug = أغسطس
month-sep = سبتمبر
month-oct = أكتوبر
month-nov = نوفمبر
month-dec = ديسمبر
# "Wed 25 Nov 2026": $weekday and $month are the short names above, $day a number, $year the
# year as written (never grouped like a number).
date-day = { $weekday } { $day } { $month } { $year }
# "14:05, Wed 25 Nov".
date-time-day = { $time }، { $weekday } { $day } { $month }
