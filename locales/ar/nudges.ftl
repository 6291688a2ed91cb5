# What the page and the worker both show: the nudge notification and the New Tab's sitting
# banner. $duration is a duration such as "1 h 35 min" (see duration-* below).
# Arabic: the durations below use the nominative forms (دقيقتان، ساعتان), so the sentences that
# hold a duration keep it in a nominative position ("مضى على جلوسك …", "المتبقي …").

sitting-for = مضى على جلوسك { $duration }
# $pack is the pack's title, $minutes its length.
nudge-message = مجموعة اليوم: { $pack } · { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } تقريبًا. انقر لتبدأها.
nudge-message-no-pack = انقر لتبدأ استراحة.
quick-nudge-message = حركة سريعة من { $pack } · { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } تقريبًا، وأنت في مكانك. انقر لتبدأها.
snooze = أجّل 15 دقيقة
nudge-start = ابدأ
nudge-quick = حركة سريعة
# The New Tab's buttons: "Start · 9 min", "Quick · 2 min".
start-full = ابدأ · { $minutes } د
start-quick = حركة سريعة · { $minutes } د
# The banner's words after its headline (note the dashes and spaces at both ends).
banner-invitation = { " " }— قد يريح روتين قصير ظهرك ويجدّد تركيزك.{ " " }
banner-quick-invitation = { " " }— حان وقت حركة سريعة: نحو دقيقتين من مجموعة اليوم، وأنت في مكانك.{ " " }
banner-start = ابدأ استراحة
# $time is a time of day such as "14:05".
next-nudge-at = التنبيه التالي الساعة { $time }.

## Durations and lists, used everywhere

duration-min = { $m ->
        [zero] { $m } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $m } دقائق
        [many] { $m } دقيقة
       *[other] { $m } دقيقة
    }
duration-h = { $h ->
        [zero] { $h } ساعة
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $h } ساعات
        [many] { $h } ساعة
       *[other] { $h } ساعة
    }
duration-h-min = { $h ->
        [zero] { $h } ساعة
        [one] ساعة
        [two] ساعتان
        [few] { $h } ساعات
        [many] { $h } ساعة
       *[other] { $h } ساعة
    } و{ $m ->
        [zero] { $m } دقيقة
        [one] دقيقة
        [two] دقيقتان
        [few] { $m } دقائق
        [many] { $m } دقيقة
       *[other] { $m } دقيقة
    }
duration-s = { $s ->
        [zero] { $s } ثانية
        [one] ثانية واحدة
        [two] ثانيتان
        [few] { $s } ثوانٍ
        [many] { $s } ثانية
       *[other] { $s } ثانية
    }
duration-min-s = { $m ->
        [zero] { $m } دقيقة
        [one] دقيقة
        [two] دقيقتان
        [few] { $m } دقائق
        [many] { $m } دقيقة
       *[other] { $m } دقيقة
    } و{ $s ->
        [zero] { $s } ثانية
        [one] ثانية
        [two] ثانيتان
        [few] { $s } ثوانٍ
        [many] { $s } ثانية
       *[other] { $s } ثانية
    }
# "A, B and C": $head is "A, B" (joined with list-separator), $last is "C".
list-and = { $head } و{ $last }
list-separator = ،{ " " }
# The toolbar badge: minutes of the current stretch, four characters at most ("5m", "1h30").
badge-min = { $m }د
badge-h-min = { $h }س{ $mm }
