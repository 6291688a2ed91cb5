# The guided routine (the player) and the completion screen after it.

## The player

# Above the exercise for a quick move; $pack is the pack's title.
player-quick-eyebrow = حركة سريعة · { $pack }
# "3 of 16 · 7 min left": $index and $count count exercises, $time is a duration.
player-progress = { $index } من { $count } · المتبقي { $time }
player-progress-label = تقدّم الروتين
player-time-left-label = الوقت المتبقي في هذا التمرين
player-paused = متوقف مؤقتًا
# Beside the position on a per-side move: the left side comes first, then the switch.
player-side-left = الجانب الأيسر
player-side-right = بدّل الجانب
player-previous = السابق
player-pause = أوقف مؤقتًا
player-resume = تابِع
player-next = التالي
player-end = أنهِ الروتين
player-keys = المفاتيح: المسافة للإيقاف المؤقت · ← للسابق · → للتالي · Esc للإنهاء
# Read out once per step: "Exercise 3 of 16: Chin Tucks", with ", left side" for a per-side move.
player-announce = التمرين { $index } من { $count }: { $name }
player-announce-side = التمرين { $index } من { $count }: { $name }، { $side }

## The completion screen

done-saved = انتهت الاستراحة — أحسنت!
done-saving = جارٍ حفظ استراحتك…
done-not-saved = انتهت الاستراحة، لكنها لم تُحفظ
done-finished = اكتمل الروتين
done-ended = أنهيت الروتين
done-counts = تُحتسب هذه الاستراحة ضمن سلسلتك.
# $time is how long quick moves ran today, such as "3 min 20 s".
done-quick-counts = تُحتسب هذه الحركة السريعة ضمن سلسلتك بحسب دقائقها: مجموع حركاتك السريعة اليوم { $time }.
# $moved is a duration such as "40 s".
done-not-counted = هذه لا تُحتسب: تحتاج الاستراحة إلى دقيقة من الحركة على الأقل مع الوصول إلى نهاية الروتين (مدة حركتك { $moved }).
# The streak rule, under the verdict.
streak-rule = تُحتسب المجموعة الكاملة استراحة واحدة ضمن هدفك اليومي؛ أما الحركات السريعة فتُحتسب بدقائقها: كل { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } من الحركات السريعة تُحتسب استراحة واحدة.
done-back = العودة إلى علامة التبويب الجديدة
done-time-moved = وقت الحركة
done-exercises = التمارين المنجزة
# "5 of 16".
done-exercises-count = { $done } من { $total }

## A break that could not be saved

# $error is the storage error (store-* in notices.ftl). Note the space before it.
not-saved-lead = لم تُحتسب هذه الاستراحة بعد: تعذّر حفظها. { $error }
not-saved-hint-full = صدّر هذه الاستراحة وحدها لتحتفظ بها، ثم احفظها مجددًا حين تتوفر مساحة (أو استورد الملف لاحقًا).
not-saved-hint = حاول حفظها مجددًا بعد قليل — أو صدّر هذه الاستراحة وحدها واستوردها لاحقًا.
not-saved-retry = احفظ هذه الاستراحة مجددًا
not-saved-export = صدّر هذه الاستراحة
