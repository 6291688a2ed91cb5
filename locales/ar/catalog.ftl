# "Browse all packs": the catalog of packs with its filters, and "Make your own", the editor of a
# routine of your own with the exercise library to pick from.

## The catalog

# The catalog's name, as a screen reader announces it.
catalog-nav-label = كل المجموعات
catalog-own-title = روتيناتك
catalog-make-own = أنشئ روتينك
catalog-none-match = لا توجد مجموعة تطابق عوامل التصفية هذه.
# How many packs the filters let through (never 0: catalog-none-match says that).
catalog-shown = { $count ->
        [zero] تُعرض { $count } مجموعة
        [one] تُعرض مجموعة واحدة
        [two] تُعرض مجموعتان
        [few] تُعرض { $count } مجموعات
        [many] تُعرض { $count } مجموعة
       *[other] تُعرض { $count } مجموعة
    }
# A pack's facts on its card: "8 exercises · sitting, standing · at a desk · about 9 min of
# movement". $exercises is the number of exercises (always several); $positions lists
# position-* names (home.ftl), separated by list-separator; $place is catalog-place-*; $minutes
# the pack's length.
catalog-card-facts = { $exercises ->
        [zero] { $exercises } تمرين
        [one] تمرين واحد
        [two] تمرينان
        [few] { $exercises } تمارين
        [many] { $exercises } تمرينًا
       *[other] { $exercises } تمرين
    } · { $positions } · { $place } · { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } من الحركة تقريبًا
catalog-place-desk = عند المكتب
catalog-place-anywhere = في أي مكان
# The card's figure, for a screen reader: $exercise is the first exercise's name.
catalog-card-pose = { $exercise }، الحركة الأولى
# A button on the card of a routine of your own, to open it in the editor.
catalog-change = عدّل
# The same button as a screen reader names it: $routine is the routine's name, as the user wrote it.
catalog-change-label = عدّل { $routine }

## The catalog's filters: two groups of choices

catalog-filter-position = الوضعية
catalog-filter-place = المكان
catalog-filter-any = الكل
catalog-filter-sitting = جلوسًا
catalog-filter-standing = وقوفًا
catalog-filter-floor = على الأرض
catalog-filter-desk = عند المكتب
catalog-filter-anywhere = في أي مكان

## Make your own routine

routine-editor-new-title = أنشئ روتينك الخاص
routine-editor-change-title = عدّل روتينك
# The routine's name field.
routine-editor-name = الاسم
routine-editor-name-hint = { $max ->
        [zero] { $max } حرف على الأكثر.
        [one] حرف واحد على الأكثر.
        [two] حرفان على الأكثر.
        [few] { $max } أحرف على الأكثر.
        [many] { $max } حرفًا على الأكثر.
       *[other] { $max } حرف على الأكثر.
    }
routine-editor-moves-title = حركاتك
# Under "Your moves": "3 exercises · about 4 min of movement · at most 30". $max is the most a
# routine holds.
routine-editor-summary = { $count ->
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
    } من الحركة تقريبًا · الحد الأقصى { $max }
routine-editor-save = احفظ الروتين
routine-editor-cancel = ألغِ
routine-editor-delete = احذف هذا الروتين

## The routine's moves, in order, each with buttons. $exercise is an exercise's name.

routine-steps-empty = لا تمارين بعد: أضف بعضها من المكتبة أدناه.
routine-step-up = لأعلى
routine-step-down = لأسفل
routine-step-remove = أزِل
routine-step-up-label = انقل { $exercise } لأعلى
routine-step-down-label = انقل { $exercise } لأسفل
routine-step-remove-label = أزِل { $exercise }
# Announced to a screen reader after a change.
routine-step-removed = أُزيل تمرين { $exercise }.
# $position is the exercise's new place in the routine, from 1; $count the number of exercises.
routine-step-moved = أصبح تمرين { $exercise } الآن في الموضع { $position } من { $count }.

## The exercise library to pick from. $exercise is an exercise's name.

routine-picker-title = مكتبة التمارين
routine-picker-add = أضف
routine-picker-add-label = أضف { $exercise }

## Why a routine was refused (on Save, or in an import file)

routine-error-no-name = أعطِ روتينك اسمًا.
# $length is the name's length; $max the most allowed.
routine-error-name-too-long = طول الاسم { $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }؛ اجعله { $max ->
        [zero] { $max } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } أو أقل.
routine-error-name-control = لا يمكن أن يحتوي الاسم على محارف تحكّم مثل فواصل الأسطر أو علامات الجدولة.
routine-error-no-exercises = اختر تمرينًا واحدًا على الأقل.
# $max is the most a routine holds; $count how many this one has.
routine-error-too-many = يضمّ الروتين { $max ->
        [zero] { $max } تمرين
        [one] تمرينًا واحدًا
        [two] تمرينين
        [few] { $max } تمارين
        [many] { $max } تمرينًا
       *[other] { $max } تمرين
    } على الأكثر، وفي هذا الروتين { $count }. أزِل بعضها.
# $exercise is the name the routine gives, which the library does not have.
routine-error-unknown-exercise = «{ $exercise }» ليس تمرينًا في المكتبة.
routine-error-bad-id = معرّف الروتين غير صالح.

## A routine of your own, shown like a pack: its tagline, facts and "About this routine"

# $count is the number of exercises in it.
routine-pack-tagline = روتينك الخاص من { $count ->
        [zero] { $count } حركة
        [one] حركة واحدة
        [two] حركتين
        [few] { $count } حركات
        [many] { $count } حركة
       *[other] { $count } حركة
    }.
# Where it is done ("Where" on the pack's card).
routine-pack-where = حيثما تختار
routine-pack-when = كلما أردت الحركات التي اخترتها بنفسك.
routine-pack-why = الجلوس بلا حركة لفترات طويلة يُيبّس الجسم؛ والحركة القصيرة المنتظمة قد تخفّف ذلك.
routine-pack-about = جمعتَ هذا الروتين بنفسك من مكتبة التمارين.
# Shown in the "Before you start" box, with the cautions of its exercises.
routine-pack-stop = توقّف عن أي حركة تؤلمك، وتخطَّ أي حركة قيل لك أن تتجنّبها.
# A caution of one exercise, named by it: "Stop if you feel dizzy (Neck Tilts)." $caution is the
# exercise's caution sentence without its final stop; $stop that stop ("." or "!"; "。" in
# Japanese); $exercise the exercise's name.
routine-pack-caution = { $caution } ({ $exercise }){ $stop }
