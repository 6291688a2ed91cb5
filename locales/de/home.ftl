# The New Tab's home screen: the top bar, today's pack, the welcome card, the health notice, the
# check-in, the streak panel and its heatmap. The next tab's static preview says the same words
# (today-eyebrow, pack-length, topbar-streak).

-brand = Desk Break

## The top bar

topbar-brand = { -brand }
# The compact streak beside the name.
topbar-streak = Serie: { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
# The gear button's name, for screen readers.
topbar-settings = Einstellungen

## Today's pack

# $part is one of part-of-day-* below.
today-eyebrow = Heutiges Programm · { $part }
eyebrow-your-routine = Deine Routine
eyebrow-another-pack = Anderes Programm
# A small note on a pack this language shows in English.
pack-in-english = Dieses Programm wird auf Englisch angezeigt.
pack-another = Anderes Programm
pack-browse = Alle Programme ansehen
pack-back-to-today = Zurück zum heutigen Programm

# The facts under the title.
fact-length = Dauer
fact-quick = Kurze Runde
fact-positions = Positionen
fact-where = Ort
fact-best-time = Beste Zeit
# "16 exercises · about 9 min of movement": the minutes add up the exercises only.
pack-length = { $count ->
        [one] { $count } Übung
       *[other] { $count } Übungen
    } · etwa { $minutes } Min. Bewegung
# "about 2 min · Shoulder Rolls, Chin Tucks and Neck Rotations, sitting": $moves is a list
# (list-and), $position one of position-* below.
quick-text = etwa { $minutes } Min. · { $moves }, { $position }

# The two ways to start: the verb, then its length beside it (note the space before the dot).
start-verb = Start
quick-verb = Kurz
start-length = { " " }· { $minutes } Min.

# The pack's sections.
section-when = Wann dieses Programm passt
# $count is the number of exercises.
section-exercises = Übungen ({ $count })
section-why = Warum das passiert
section-about = Über diese Routine
section-who = Für wen es gedacht ist
section-faq = Häufige Fragen
# An exercise's facts in the list: "sitting · 30 s", "sitting · 30 s per side".
exercise-facts = { $position } · { $seconds } Sek.
exercise-facts-per-side = { $position } · { $seconds } Sek. pro Seite

## Positions, places and times of day

position-sitting = im Sitzen
position-standing = im Stehen
position-floor = am Boden
# A pack's "Where".
where-desk = am Schreibtisch
where-anywhere = überall
where-standing-desk = am Stehschreibtisch
# The parts of the day (05–11, 11–14, 14–18, 18–05) and a pack's best time.
part-of-day-morning = morgens
part-of-day-mid = mittags
part-of-day-afternoon = nachmittags
part-of-day-evening = abends
time-of-day-any = jederzeit

## The demo

demo-watch = Demo ansehen
demo-video = Wakeouts Video zu dieser Routine ansehen
# After the video link (note the space at the start).
demo-video-hint = { " " }(öffnet sich in einem neuen Tab)
# The demo's name for screen readers; $pack is the pack's title.
demo-label = Demo zu { $pack }
demo-close = Demo schließen
demo-pause = Demo pausieren
# Under the figure, after the move's name: " · 2 of 12", " · left side · 2 of 12".
demo-count = { " " }· { $index } von { $count }
demo-count-side = { " " }· { $side ->
        [right] rechte Seite
       *[left] linke Seite
    } · { $index } von { $count }
# A figure's name for screen readers: the move's name and what it does.
figure-label = { $name }: { $action }

## Before you start

safety-title = Bevor du anfängst
health-title = Frag zuerst medizinisches Fachpersonal
health-lead = Diese Übungen sind für die alltägliche Steifheit vom Sitzen gedacht. Hol dir Rat, bevor du anfängst, bei:
health-sign-pain = Schmerzen, die stark sind, schlimmer werden oder ausstrahlen, zum Beispiel in einen Arm oder ein Bein;
health-sign-numbness = Taubheitsgefühl, Kribbeln oder Schwäche in einem Arm oder Bein;
health-sign-urgent = Taubheitsgefühl im Schritt- oder Gesäßbereich oder neuen Problemen mit Blase oder Darm: Hol dir dringend ärztliche Hilfe;
health-sign-fever = Fieber, unerklärlichem Gewichtsverlust oder einer Krebserkrankung in der Vorgeschichte;
health-sign-injury = einer Verletzung, einem Sturz oder einer Operation vor Kurzem;
health-sign-pregnancy = einer Schwangerschaft oder Osteoporose: Frag nach, welche Übungen zu dir passen.
health-closing = Beweg dich nur so weit, wie es angenehm ist. Hör auf, wenn eine Übung stechende Schmerzen, Schwindel oder Schmerzen in der Brust auslöst.

## The check-in (on the pack card and the completion screen)

checkin-question-back = Wie fühlt sich dein Rücken gerade an?
checkin-question-neck-shoulders = Wie fühlen sich Nacken und Schultern gerade an?
checkin-question-eyes = Wie fühlen sich deine Augen gerade an?
checkin-question-wrists = Wie fühlen sich deine Handgelenke und Hände gerade an?
checkin-question-hips = Wie fühlen sich deine Hüften gerade an?
checkin-question-energy = Wie viel Energie hast du gerade?
checkin-question-tension = Wie angespannt fühlst du dich gerade?
# The words for 1 and 5 on the scale.
checkin-sore = schmerzt
checkin-strained = überanstrengt
checkin-drained = erschöpft
checkin-tense = angespannt
checkin-fine = gut
checkin-alert = wach
checkin-relaxed = entspannt
checkin-optional = (optional)
# The name of the button 1 or 5: "1, sore".
checkin-end-value = { $value }, { $word }
checkin-ends = 1 = { $low }, 5 = { $high }

## The welcome card (the first tab after install)

welcome-title = Willkommen bei { -brand }
welcome-what = Jeder neue Tab schlägt ein kurzes Programm mit Schreibtischübungen vor; ein Klick startet eine geführte Routine, und deine Pausen bauen eine Serie auf.
welcome-private = Es funktioniert offline und privat: Alles bleibt in diesem Browser, und nichts wird irgendwohin gesendet.
# $when is welcome-nudge-when or welcome-nudge-when-quick.
welcome-when = Es erinnert dich { $when }.
# $full and $quick are durations (duration-*), $days is welcome-days-* or a list of weekdays,
# $start and $end times such as "09:00".
welcome-nudge-when = nach { $full } Sitzen, { $days } von { $start } bis { $end }
welcome-nudge-when-quick = nach { $quick } Sitzen an eine kurze Runde und nach { $full } an das ganze Programm, { $days } von { $start } bis { $end }
welcome-days-every-day = jeden Tag
# A run of three or more weekdays: "Mon–Fri".
welcome-days-range = { $first }–{ $last }
welcome-adjust = Erinnerungen anpassen
welcome-got-it = Alles klar

## The streak panel

streak-title = Pausenserie
streak-current = Aktuelle Serie
streak-best = Längste Serie
streak-today = Heute
streak-all-time = Insgesamt
streak-time-moved = Bewegungszeit
streak-days = { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
# "1 of 3 breaks": breaks toward the goal today, of the daily goal.
streak-today-progress = { $count } von { $goal ->
        [one] { $goal } Pause
       *[other] { $goal } Pausen
    }
streak-breaks = { $count ->
        [one] { $count } Pause
       *[other] { $count } Pausen
    }
# $time is a duration such as "3 min 20 s".
streak-quick-today = Kurze Runden heute: { $time } (je { $minutes } Min. zählen als eine Pause)
streak-goal-met = Das Tagesziel ist erreicht.
streak-week = Deine Woche

## The heatmap

heatmap-title = Letzte 12 Wochen
# A day's date: "Today, Wed 11 Mar 2026".
heatmap-today = Heute, { $date }
heatmap-breaks = { $count ->
        [0] keine Pausen
        [one] { $count } Pause
       *[other] { $count } Pausen
    }
# $breaks is heatmap-breaks.
heatmap-goal-met = { $breaks }, Ziel erreicht
heatmap-day-off = { $breaks }, freier Tag
# A day's name for screen readers: "Today, Wed 11 Mar 2026: 2 breaks, goal met".
heatmap-cell = { $date }: { $count }
heatmap-fewer = Weniger
heatmap-more = Mehr
heatmap-key-today = Heute
heatmap-key-day-off = Freier Tag

## Dates

weekday-mon = Mo
weekday-tue = Di
weekday-wed = Mi
weekday-thu = Do
weekday-fri = Fr
weekday-sat = Sa
weekday-sun = So
month-jan = Jan
month-feb = Feb
month-mar = Mär
month-apr = Apr
month-may = Mai
month-jun = Jun
month-jul = Jul
month-aug = Aug
month-sep = Sep
month-oct = Okt
month-nov = Nov
month-dec = Dez
# "Wed 25 Nov 2026": $weekday and $month are the short names above, $day a number, $year the
# year as written (never grouped like a number).
date-day = { $weekday }, { $day }. { $month } { $year }
# "14:05, Wed 25 Nov".
date-time-day = { $weekday }, { $day }. { $month }, { $time }
