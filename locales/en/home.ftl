# The New Tab's home screen: the top bar, today's pack, the welcome card, the health notice, the
# check-in, the streak panel and its heatmap. The next tab's static preview says the same words
# (today-eyebrow, pack-length, topbar-streak).

-brand = Desk Break

## The top bar

topbar-brand = { -brand }
# The compact streak beside the name.
topbar-streak = Streak: { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
# The gear button's name, for screen readers.
topbar-settings = Settings

## Today's pack

# $part is one of part-of-day-* below.
today-eyebrow = Today's pack · { $part }
eyebrow-your-routine = Your routine
eyebrow-another-pack = Another pack
# A small note on a pack this language shows in English.
pack-in-english = This pack is shown in English.
pack-another = Another pack
pack-browse = Browse all packs
pack-back-to-today = Back to today's pack

# The facts under the title.
fact-length = Length
fact-quick = Quick move
fact-positions = Positions
fact-where = Where
fact-best-time = Best time
# "16 exercises · about 9 min of movement": the minutes add up the exercises only.
pack-length = { $count ->
        [one] { $count } exercise
       *[other] { $count } exercises
    } · about { $minutes } min of movement
# "about 2 min · Shoulder Rolls, Chin Tucks and Neck Rotations, sitting": $moves is a list
# (list-and), $position one of position-* below.
quick-text = about { $minutes } min · { $moves }, { $position }

# The two ways to start: the verb, then its length beside it (note the space before the dot).
start-verb = Start
quick-verb = Quick
start-length = { " " }· { $minutes } min

# The pack's sections.
section-when = When to reach for this pack
# $count is the number of exercises.
section-exercises = Exercises ({ $count })
section-why = Why this happens
section-about = About this routine
section-who = Who this is for
section-faq = Frequently asked
# An exercise's facts in the list: "sitting · 30 s", "sitting · 30 s per side".
exercise-facts = { $position } · { $seconds } s
exercise-facts-per-side = { $position } · { $seconds } s per side

## Positions, places and times of day

position-sitting = sitting
position-standing = standing
position-floor = floor
# A pack's "Where".
where-desk = desk
where-anywhere = anywhere
where-standing-desk = standing desk
# The parts of the day (05–11, 11–14, 14–18, 18–05) and a pack's best time.
part-of-day-morning = morning
part-of-day-mid = mid
part-of-day-afternoon = afternoon
part-of-day-evening = evening
time-of-day-any = any time

## The demo

demo-watch = Watch the demo
demo-video = Watch Wakeout's video of this routine
# After the video link (note the space at the start).
demo-video-hint = { " " }(opens in a new tab)
# The demo's name for screen readers; $pack is the pack's title.
demo-label = Demo of { $pack }
demo-close = Close demo
demo-pause = Pause demo
# Under the figure, after the move's name: " · 2 of 12", " · left side · 2 of 12".
demo-count = { " " }· { $index } of { $count }
demo-count-side = { " " }· { $side ->
        [right] right side
       *[left] left side
    } · { $index } of { $count }
# A figure's name for screen readers: the move's name and what it does.
figure-label = { $name }: { $action }

## Before you start

safety-title = Before you start
health-title = Check with a health professional first
health-lead = These moves are for everyday stiffness from sitting. Get advice before you start if you have:
health-sign-pain = pain that is severe, getting worse or spreading, for example down an arm or leg;
health-sign-numbness = numbness, tingling or weakness in an arm or leg;
health-sign-urgent = numbness around the groin or buttocks, or new trouble with your bladder or bowels: get urgent care;
health-sign-fever = a fever, weight loss you can't explain, or a history of cancer;
health-sign-injury = a recent injury, fall or surgery;
health-sign-pregnancy = a pregnancy, or osteoporosis: ask which moves suit you.
health-closing = Move within comfort. Stop if a move brings sharp pain, dizziness or chest pain.

## The check-in (on the pack card and the completion screen)

checkin-question-back = How does your back feel right now?
checkin-question-neck-shoulders = How do your neck and shoulders feel right now?
checkin-question-eyes = How do your eyes feel right now?
checkin-question-wrists = How do your wrists and hands feel right now?
checkin-question-hips = How do your hips feel right now?
checkin-question-energy = How is your energy right now?
checkin-question-tension = How tense do you feel right now?
# The words for 1 and 5 on the scale.
checkin-sore = sore
checkin-strained = strained
checkin-drained = drained
checkin-tense = tense
checkin-fine = fine
checkin-alert = alert
checkin-relaxed = relaxed
checkin-optional = (optional)
# The name of the button 1 or 5: "1, sore".
checkin-end-value = { $value }, { $word }
checkin-ends = 1 = { $low }, 5 = { $high }

## The welcome card (the first tab after install)

welcome-title = Welcome to { -brand }
welcome-what = Every new tab suggests a short pack of desk exercises; one click starts a guided routine, and your breaks build a streak.
welcome-private = It works offline and privately: everything stays in this browser, and nothing is sent anywhere.
# $when is welcome-nudge-when or welcome-nudge-when-quick.
welcome-when = It will nudge you { $when }.
# $full and $quick are durations (duration-*), $days is welcome-days-* or a list of weekdays,
# $start and $end times such as "09:00".
welcome-nudge-when = after { $full } of sitting, { $days } { $start }–{ $end }
welcome-nudge-when-quick = with a quick move after { $quick } and the full pack after { $full } of sitting, { $days } { $start }–{ $end }
welcome-days-every-day = every day
# A run of three or more weekdays: "Mon–Fri".
welcome-days-range = { $first }–{ $last }
welcome-adjust = Adjust nudges
welcome-got-it = Got it

## The streak panel

streak-title = Break streak
streak-current = Current streak
streak-best = Best streak
streak-today = Today
streak-all-time = All time
streak-time-moved = Time moved
streak-days = { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
# "1 of 3 breaks": breaks toward the goal today, of the daily goal.
streak-today-progress = { $count } of { $goal ->
        [one] { $goal } break
       *[other] { $goal } breaks
    }
streak-breaks = { $count ->
        [one] { $count } break
       *[other] { $count } breaks
    }
# $time is a duration such as "3 min 20 s".
streak-quick-today = Quick moves today: { $time } (every { $minutes } min count as one break)
streak-goal-met = Today's goal is met.
streak-week = Your week

## The heatmap

heatmap-title = Last 12 weeks
# A day's date: "Today, Wed 11 Mar 2026".
heatmap-today = Today, { $date }
heatmap-breaks = { $count ->
        [0] no breaks
        [one] { $count } break
       *[other] { $count } breaks
    }
# $breaks is heatmap-breaks.
heatmap-goal-met = { $breaks }, goal met
heatmap-day-off = { $breaks }, day off
# A day's name for screen readers: "Today, Wed 11 Mar 2026: 2 breaks, goal met".
heatmap-cell = { $date }: { $count }
heatmap-fewer = Fewer
heatmap-more = More
heatmap-key-today = Today
heatmap-key-day-off = Day off

## Dates

weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
month-jan = Jan
month-feb = Feb
month-mar = Mar
month-apr = Apr
month-may = May
month-jun = Jun
month-jul = Jul
month-aug = Aug
month-sep = Sep
month-oct = Oct
month-nov = Nov
month-dec = Dec
# "Wed 25 Nov 2026": $weekday and $month are the short names above, $day a number, $year the
# year as written (never grouped like a number).
date-day = { $weekday } { $day } { $month } { $year }
# "14:05, Wed 25 Nov".
date-time-day = { $time }, { $weekday } { $day } { $month }
