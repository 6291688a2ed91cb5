# The Settings dialog (behind the gear on the New Tab), its error messages, and the messages of
# importing and exporting your data. The work days' names are weekday-* (home.ftl).

-brand = Desk Break

## The dialog

settings-title = الإعدادات
settings-close = أغلق

## Nudges

settings-nudges-legend = التنبيهات
# A number field's label; the field and its unit (settings-unit-minutes) follow it.
settings-nudge-interval-label = التنبيه بعد الجلوس مدة
settings-away-label = مدة الابتعاد التي تُنهي فترة الجلوس
# The unit after a number field, with the range allowed: "minutes (30–180)".
settings-unit-minutes = دقيقة ({ $min }–{ $max })
# The quick-move nudge: "Quick-move nudge after [30] minutes of sitting (20–60) [ ] Off".
settings-quick-nudge-label = تنبيه الحركة السريعة بعد
settings-quick-nudge-unit = دقيقة من الجلوس ({ $min }–{ $max })
settings-quick-nudge-off = إيقاف
settings-quick-notify = اعرض إشعارًا للحركة السريعة أيضًا
# "Work hours from [09:00] to [18:00]": two labels, each before its time field.
settings-work-hours-from = ساعات العمل من
settings-work-hours-to = إلى
settings-work-days = أيام العمل
# $when is a time and day (date-time-day in home.ftl: "14:05, Wed 25 Nov").
settings-paused-until = التنبيهات متوقفة مؤقتًا حتى { $when }.
settings-nudges-on = التنبيهات مفعّلة.
settings-pause-hour = أوقف التنبيهات ساعة واحدة
settings-pause-tomorrow = أوقفها حتى الغد
settings-resume = استأنف التنبيهات

## Streak

settings-streak-legend = السلسلة
settings-daily-goal-label = الهدف اليومي
# The unit after the daily goal's field, with the range allowed: "breaks a day (1–12)".
settings-unit-breaks-a-day = استراحة في اليوم ({ $min }–{ $max })
settings-work-days-only = أيام العمل فقط (أيام العطلة لا تقطع السلسلة أبدًا)

## Routine and look

settings-look-legend = الروتين والمظهر
settings-sound = إشارة صوتية عند كل تمرين
settings-theme-label = المظهر
settings-theme-system = حسب النظام
settings-theme-light = فاتح
settings-theme-dark = داكن
# The group of focus areas, as a screen reader names it.
settings-focus-areas = مناطق التركيز
# The same group's visible heading.
settings-focus-hint = مناطق التركيز (تحظى بالأولوية في الاقتراحات)
settings-focus-back = الظهر
settings-focus-neck = الرقبة
settings-focus-shoulders = الكتفان
settings-focus-wrists = الرسغان
settings-focus-eyes = العينان
settings-focus-hips = الوركان
settings-focus-posture = القوام
settings-focus-energy = النشاط
settings-focus-calm = الهدوء
settings-language-label = اللغة
# The language menu's first choice: follow the browser's language. $language is that language's
# own name ("Deutsch"), as the page resolves it. The other choices are each language's own name.
settings-language-browser = لغة المتصفح ({ $language })

## Your data

settings-data-legend = بياناتك
settings-data-hint = يبقى كل شيء في هذا المتصفح. صدّر نسخة، أو استورد نسخة (تُدمج الاستراحات حسب المعرّف).
settings-export = صدّر البيانات
settings-import = استورد البيانات
settings-exported = صُدّرت كل بياناتك.
# $error is the browser's technical reason, in English.
settings-export-failed = فشل التصدير: { $error }
settings-import-unreadable = تعذّرت قراءة هذا الملف. لم يُستورد أي شيء.

## Refused settings (shown in the dialog's message line)

settings-error-nudge-interval = يجب أن يكون الفاصل بين التنبيهات بين { $min } و{ $max ->
        [zero] { $max } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $max } دقائق
        [many] { $max } دقيقة
       *[other] { $max } دقيقة
    }.
settings-error-away-time = يجب أن تكون مدة الابتعاد بين { $min } و{ $max ->
        [zero] { $max } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $max } دقائق
        [many] { $max } دقيقة
       *[other] { $max } دقيقة
    }.
settings-error-work-hour = يجب أن تكون ساعات العمل وقتًا من اليوم بين 00:00 و23:59.
settings-error-empty-work-hours = يجب ألّا تبدأ ساعات العمل وتنتهي في الوقت نفسه.
settings-error-no-work-days = أبقِ يوم عمل واحدًا على الأقل.
settings-error-daily-goal = يجب أن يكون الهدف اليومي بين { $min } و{ $max ->
        [zero] { $max } استراحة
        [one] استراحة واحدة
        [two] استراحتين
        [few] { $max } استراحات
        [many] { $max } استراحة
       *[other] { $max } استراحة
    }.
settings-error-quick-nudge = يجب أن يأتي تنبيه الحركة السريعة بعد مدة بين { $min } و{ $max ->
        [zero] { $max } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $max } دقائق
        [many] { $max } دقيقة
       *[other] { $max } دقيقة
    }، أو أن يكون متوقفًا.

## What an import did. The page shows the sentences that apply, one after the other.
## "DeskBreak" (written as one word in some of these) and "Desk Break" are the product's name.

import-no-breaks = لا يحتوي هذا الملف على استراحات لاستيرادها.
import-nothing-new = لا جديد للاستيراد: كل استراحة في الملف موجودة هنا مسبقًا.
import-added = { $added ->
        [zero] استُوردت { $added } استراحة.
        [one] استُوردت استراحة واحدة.
        [two] استُوردت استراحتان.
        [few] استُوردت { $added } استراحات.
        [many] استُوردت { $added } استراحة.
       *[other] استُوردت { $added } استراحة.
    }
# Some breaks were new ($added), some were stored already ($present).
import-added-some-present = { $added ->
        [zero] استُوردت { $added } استراحة
        [one] استُوردت استراحة واحدة
        [two] استُوردت استراحتان
        [few] استُوردت { $added } استراحات
        [many] استُوردت { $added } استراحة
       *[other] استُوردت { $added } استراحة
    }؛ { $present ->
        [zero] وكانت { $present } استراحة موجودة هنا مسبقًا.
        [one] وكانت استراحة واحدة موجودة هنا مسبقًا.
        [two] وكانت استراحتان موجودتين هنا مسبقًا.
        [few] وكانت { $present } استراحات موجودة هنا مسبقًا.
        [many] وكانت { $present } استراحة موجودة هنا مسبقًا.
       *[other] وكانت { $present } استراحة موجودة هنا مسبقًا.
    }
import-kept-newer = { $count ->
        [zero] في الملف { $count } استراحة محفوظة أيضًا بإصدار أحدث من { -brand }؛ احتُفظ بالنسخ الأحدث.
        [one] في الملف استراحة واحدة محفوظة أيضًا بإصدار أحدث من { -brand }؛ احتُفظ بالنسخة الأحدث.
        [two] في الملف استراحتان محفوظتان أيضًا بإصدار أحدث من { -brand }؛ احتُفظ بالنسختين الأحدث.
        [few] في الملف { $count } استراحات محفوظة أيضًا بإصدار أحدث من { -brand }؛ احتُفظ بالنسخ الأحدث.
        [many] في الملف { $count } استراحة محفوظة أيضًا بإصدار أحدث من { -brand }؛ احتُفظ بالنسخ الأحدث.
       *[other] في الملف { $count } استراحة محفوظة أيضًا بإصدار أحدث من { -brand }؛ احتُفظ بالنسخ الأحدث.
    }
import-replaced-damaged = { $count ->
        [zero] وُضعت { $count } استراحة محفوظة تعذّرت قراءتها جانبًا، واستُعيدت من الملف.
        [one] وُضعت استراحة محفوظة واحدة تعذّرت قراءتها جانبًا، واستُعيدت من الملف.
        [two] وُضعت استراحتان محفوظتان تعذّرت قراءتهما جانبًا، واستُعيدتا من الملف.
        [few] وُضعت { $count } استراحات محفوظة تعذّرت قراءتها جانبًا، واستُعيدت من الملف.
        [many] وُضعت { $count } استراحة محفوظة تعذّرت قراءتها جانبًا، واستُعيدت من الملف.
       *[other] وُضعت { $count } استراحة محفوظة تعذّرت قراءتها جانبًا، واستُعيدت من الملف.
    }
import-routines-added = { $count ->
        [zero] أُضيف { $count } روتين من إنشائك.
        [one] أُضيف روتين واحد من إنشائك.
        [two] أُضيف روتينان من إنشائك.
        [few] أُضيفت { $count } روتينات من إنشائك.
        [many] أُضيف { $count } روتينًا من إنشائك.
       *[other] أُضيف { $count } روتين من إنشائك.
    }
import-routines-present = { $count ->
        [zero] كان { $count } روتين من إنشائك موجودًا هنا مسبقًا.
        [one] كان روتين واحد من إنشائك موجودًا هنا مسبقًا.
        [two] كان روتينان من إنشائك موجودين هنا مسبقًا.
        [few] كانت { $count } روتينات من إنشائك موجودة هنا مسبقًا.
        [many] كان { $count } روتينًا من إنشائك موجودًا هنا مسبقًا.
       *[other] كان { $count } روتين من إنشائك موجودًا هنا مسبقًا.
    }
import-routines-kept = { $count ->
        [zero] في الملف { $count } روتين تختلف عن نسخك منها؛ احتُفظ بنسخك.
        [one] في الملف روتين واحد يختلف عن نسختك منه؛ احتُفظ بنسختك.
        [two] في الملف روتينان يختلفان عن نسختيك منهما؛ احتُفظ بنسختيك.
        [few] في الملف { $count } روتينات تختلف عن نسخك منها؛ احتُفظ بنسخك.
        [many] في الملف { $count } روتينًا تختلف عن نسخك منها؛ احتُفظ بنسخك.
       *[other] في الملف { $count } روتين تختلف عن نسخك منها؛ احتُفظ بنسخك.
    }
import-settings-kept-newer = إعداداتك من إصدار أحدث من { -brand }، لذا بقيت كما هي.
# $fields lists the settings changed, each problem-field-* (notices.ftl), separated by
# list-separator.
import-settings-changed = الإعدادات التي تغيّرت: { $fields }.
import-settings-matched = كانت إعداداتك مطابقة لإعدادات الملف مسبقًا.
# Between two sentences of the import's message (a space; nothing in Japanese or Chinese).
import-sentence-separator = { " " }

## Why an import file was refused. Every message ends by saying nothing changed.

import-too-large = هذا الملف أكبر من أن يكون ملف تصدير من DeskBreak ({ $bytes } بايت؛ والحد الأقصى 5 ميغابايت). لم يتغيّر شيء.
# $detail is the JSON parser's technical reason, in English.
import-not-json = هذا الملف ليس بصيغة JSON، لذا لا يمكن أن يكون ملف تصدير من DeskBreak ({ $detail }). لم يتغيّر شيء.
import-not-an-export = هذا الملف ليس ملف تصدير من DeskBreak. لم يتغيّر شيء.
# $version is the file's format number.
import-newer-version = أُنشئ ملف التصدير هذا بإصدار أحدث من DeskBreak (الصيغة { $version }). حدّث الإضافة، ثم استورده مجددًا. لم يتغيّر شيء.
import-unsupported-version = إصدار صيغة ملف التصدير هذا لا يعرفه DeskBreak. لم يتغيّر شيء.
import-no-break-list = قائمة الاستراحات في ملف التصدير هذا مفقودة أو تالفة. لم يتغيّر شيء.
import-too-many-breaks = يحتوي هذا الملف على { $count ->
        [zero] { $count } استراحة
        [one] استراحة واحدة
        [two] استراحتين
        [few] { $count } استراحات
        [many] { $count } استراحة
       *[other] { $count } استراحة
    }، أي أكثر من { $max }، وهو أقصى ما يمكن أن يحتويه ملف تصدير. لم يتغيّر شيء.
# $number counts the file's breaks from 1; $reason is a technical reason, in English.
import-bad-break = لا يمكن استيراد الاستراحة رقم { $number } في هذا الملف: { $reason }. لم يتغيّر شيء.
# $version is the version the break was saved by.
import-newer-break = لا يمكن استيراد الاستراحة رقم { $number } في هذا الملف: حفظها إصدار أحدث من DeskBreak (v{ $version }). لم يتغيّر شيء.
import-settings-not-object = الإعدادات في هذا الملف غير صالحة (ليست كائنًا). لم يتغيّر شيء.
# $schema is the settings' version number.
import-settings-newer = الإعدادات في هذا الملف غير صالحة (مصدرها إصدار أحدث، المخطط { $schema }). لم يتغيّر شيء.
# $schema is what the file has where a version number belongs, as it is.
import-settings-unknown-schema = الإعدادات في هذا الملف غير صالحة (مخطط غير معروف: { $schema }). لم يتغيّر شيء.
# $fields are the names of the settings as stored ("work_end"), as they are.
import-settings-bad-fields = الإعدادات في هذا الملف غير صالحة (حقول غير صالحة: { $fields }). لم يتغيّر شيء.
# The file's settings are valid alone, but not together with the user's own: $fields as above.
import-settings-clash = الإعدادات في هذا الملف غير صالحة (حقول غير صالحة عند جمعها مع إعداداتك: { $fields }). لم يتغيّر شيء.
# $reason is a technical reason, in English.
import-settings-damaged = الإعدادات في هذا الملف غير صالحة ({ $reason }). لم يتغيّر شيء.
import-no-routine-list = قائمة الروتينات في ملف التصدير هذا تالفة. لم يتغيّر شيء.
import-too-many-routines = يحتوي هذا الملف على { $count ->
        [zero] { $count } روتين
        [one] روتين واحد
        [two] روتينين
        [few] { $count } روتينات
        [many] { $count } روتينًا
       *[other] { $count } روتين
    }، أي أكثر من { $max }، وهو أقصى ما يمكن أن يحتويه ملف تصدير. لم يتغيّر شيء.
# $number counts the file's routines from 1; $reason is one of the routine-error-* sentences
# (catalog.ftl), or a technical reason in English.
import-bad-routine = لا يمكن استيراد الروتين رقم { $number } في هذا الملف: { $reason } لم يتغيّر شيء.
import-newer-routine = لا يمكن استيراد الروتين رقم { $number } في هذا الملف: حفظه إصدار أحدث من { -brand } (v{ $version }). لم يتغيّر شيء.
# The import could not be written; $error is the storage's own message.
import-store-failed = لم يُستورد أي شيء: { $error }
