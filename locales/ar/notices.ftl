# Notices: what the page tells the user about storage, and errors it shows. They stand at the top
# of the page (each with Dismiss) or on the completion screen.

-brand = Desk Break

notice-dismiss = أغلق

## Errors of the page's own actions. $error is the reason, one of the messages below or the
## browser's own words.

error-load = تعذّرت قراءة بياناتك المحفوظة: { $error }
error-snooze = تعذّر تأجيل التنبيه: { $error }
error-checkin-not-saved = تعذّر حفظ تقييم حالتك: { $error }
error-export = فشل التصدير: { $error }

## Storage errors. $detail is what the browser said, in its own words.

store-full = مساحة التخزين ممتلئة ({ $detail }). لم يُفقد أي شيء محفوظ مسبقًا، لكن هذا التغيير لم يُحفظ؛ صدّر بياناتك لتحتفظ بنسخة منها.
store-unavailable = التخزين غير متاح الآن: { $detail }. لم يُفقد شيء؛ حاول مجددًا من فضلك.
store-failed = فشل التخزين: { $detail }.
# $reason is one of the record-* reasons below.
store-invalid-break = فشل التخزين: هذه الاستراحة غير صالحة ({ $reason })، لذا لم تُحفظ.
store-newer-break = فشل التخزين: توجد استراحة بالمعرّف نفسه حفظها إصدار أحدث من { -brand }، وتبقى كما هي.
store-newer-routine = فشل التخزين: يوجد روتين بالمعرّف نفسه حفظه إصدار أحدث من { -brand }، ويبقى كما هو.

## Why a break is invalid (inside store-invalid-break's parentheses).

record-id-empty = { $field ->
        [pack-id] معرّف المجموعة
       *[id] المعرّف
    } فارغ
record-id-too-long = { $field ->
        [pack-id] معرّف المجموعة
       *[id] المعرّف
    } أطول من { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }
record-id-control = { $field ->
        [pack-id] معرّف المجموعة
       *[id] المعرّف
    } يحتوي على محارف تحكّم
record-time-out-of-range = وقت { $which ->
        [end] الانتهاء
       *[start] البدء
    } خارج نطاق السنوات 1970–9999
record-ends-before-start = تنتهي قبل أن تبدأ
record-more-done-than-total = عدد التمارين المنجزة فيها { $done } من أصل { $total }
record-checkin-out-of-range = تقييم الحالة { $which ->
        [after] بعد
       *[before] قبل
    } الروتين قيمته { $value }، وليست بين 1 و5
record-offset-out-of-range = فرق التوقيت عن UTC فيها { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، وهو يتجاوز ±18 ساعة
# $stored and $expected are dates written as 2026-03-01.
record-local-date-mismatch = تاريخها المحلي { $stored } لا يطابق وقت انتهائها ({ $expected })

## What loading found, reported once the page has read storage.

problem-records-set-aside = { $count ->
        [zero] تعذّرت قراءة { $count } استراحة محفوظة فوُضعت جانبًا؛ استراحاتك الأخرى في أمان.
        [one] تعذّرت قراءة استراحة محفوظة واحدة فوُضعت جانبًا؛ استراحاتك الأخرى في أمان.
        [two] تعذّرت قراءة استراحتين محفوظتين فوُضعتا جانبًا؛ استراحاتك الأخرى في أمان.
        [few] تعذّرت قراءة { $count } استراحات محفوظة فوُضعت جانبًا؛ استراحاتك الأخرى في أمان.
        [many] تعذّرت قراءة { $count } استراحة محفوظة فوُضعت جانبًا؛ استراحاتك الأخرى في أمان.
       *[other] تعذّرت قراءة { $count } استراحة محفوظة فوُضعت جانبًا؛ استراحاتك الأخرى في أمان.
    }
problem-newer-records = { $count ->
        [zero] { $count } استراحة من إصدار أحدث من { -brand } محفوظة كما هي، لكنها لا تُحتسب هنا.
        [one] استراحة واحدة من إصدار أحدث من { -brand } محفوظة كما هي، لكنها لا تُحتسب هنا.
        [two] استراحتان من إصدار أحدث من { -brand } محفوظتان كما هما، لكنهما لا تُحتسبان هنا.
        [few] { $count } استراحات من إصدار أحدث من { -brand } محفوظة كما هي، لكنها لا تُحتسب هنا.
        [many] { $count } استراحة من إصدار أحدث من { -brand } محفوظة كما هي، لكنها لا تُحتسب هنا.
       *[other] { $count } استراحة من إصدار أحدث من { -brand } محفوظة كما هي، لكنها لا تُحتسب هنا.
    }
problem-routines-set-aside = { $count ->
        [zero] تعذّرت قراءة { $count } روتين من إنشائك فوُضعت جانبًا؛ كل ما عدا ذلك في أمان.
        [one] تعذّرت قراءة روتين واحد من إنشائك فوُضع جانبًا؛ كل ما عدا ذلك في أمان.
        [two] تعذّرت قراءة روتينين من إنشائك فوُضعا جانبًا؛ كل ما عدا ذلك في أمان.
        [few] تعذّرت قراءة { $count } روتينات من إنشائك فوُضعت جانبًا؛ كل ما عدا ذلك في أمان.
        [many] تعذّرت قراءة { $count } روتينًا من إنشائك فوُضعت جانبًا؛ كل ما عدا ذلك في أمان.
       *[other] تعذّرت قراءة { $count } روتين من إنشائك فوُضعت جانبًا؛ كل ما عدا ذلك في أمان.
    }
problem-settings-reset = تعذّرت قراءة إعداداتك، لذا تُستخدم الإعدادات الافتراضية؛ ووُضعت القيمة القديمة جانبًا.
# $fields lists problem-field-* names below, joined by list-separator.
problem-settings-repaired = كانت بعض الإعدادات غير صالحة فأُعيدت إلى قيمها الافتراضية: { $fields }.
problem-sitting-reset = تعذّرت قراءة الحالة المحفوظة لمؤقّت الجلوس، لذا يبدأ من جديد الآن؛ ووُضعت القيمة القديمة جانبًا.
problem-days-set-aside = { $count ->
        [zero] تعذّرت قراءة ملخّصات { $count } يوم للجلوس والتنبيهات فوُضعت جانبًا؛ استراحاتك في أمان.
        [one] تعذّرت قراءة ملخّص يوم واحد للجلوس والتنبيهات فوُضع جانبًا؛ استراحاتك في أمان.
        [two] تعذّرت قراءة ملخّصَي يومين للجلوس والتنبيهات فوُضعا جانبًا؛ استراحاتك في أمان.
        [few] تعذّرت قراءة ملخّصات { $count } أيام للجلوس والتنبيهات فوُضعت جانبًا؛ استراحاتك في أمان.
        [many] تعذّرت قراءة ملخّصات { $count } يومًا للجلوس والتنبيهات فوُضعت جانبًا؛ استراحاتك في أمان.
       *[other] تعذّرت قراءة ملخّصات { $count } يوم للجلوس والتنبيهات فوُضعت جانبًا؛ استراحاتك في أمان.
    }
problem-tidy-failed = تعذّر ترتيب التخزين الآن؛ بياناتك في مكانها، وستُعاد المحاولة في المرة القادمة.

## Settings fields, as problem-settings-repaired names them.

problem-field-nudge-interval-min = الفاصل بين التنبيهات
problem-field-away-min = مدة الابتعاد
problem-field-work-start = بداية ساعات العمل
problem-field-work-end = نهاية ساعات العمل
problem-field-work-days = أيام العمل
problem-field-daily-goal = الهدف اليومي
problem-field-work-days-only = أيام العمل فقط
problem-field-theme = المظهر
problem-field-sound = الصوت
problem-field-focus = مناطق التركيز
problem-field-nudges-paused-until = إيقاف التنبيهات مؤقتًا
problem-field-quick-nudge-min = تنبيه الحركة السريعة
problem-field-quick-notify = إشعار الحركة السريعة
problem-field-language = اللغة

## A change of settings that was not stored.

store-settings-newer = حُفظت إعداداتك بإصدار أحدث من { -brand }، لذا تبقى كما هي ولا يمكن تغييرها هنا.
# $error is one of the store-* errors above.
store-settings-not-saved = تعذّر حفظ الإعدادات: { $error }
