# The New Tab's home screen: the top bar, today's pack, the welcome card, the health notice, the
# check-in, the streak panel and its heatmap. The next tab's static preview says the same words
# (today-eyebrow, pack-length, topbar-streak).

-brand = Desk Break

## The top bar

topbar-brand = { -brand }
# The compact streak beside the name.
topbar-streak = Série : { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
# The gear button's name, for screen readers.
topbar-settings = Paramètres

## Today's pack

# $part is one of part-of-day-* below.
today-eyebrow = Programme du jour · { $part }
eyebrow-your-routine = Votre routine
eyebrow-another-pack = Autre programme
# A small note on a pack this language shows in English.
pack-in-english = Ce programme est affiché en anglais.
pack-another = Autre programme
pack-browse = Voir tous les programmes
pack-back-to-today = Retour au programme du jour

# The facts under the title.
fact-length = Durée
fact-quick = Mouvement rapide
fact-positions = Positions
fact-where = Où
fact-best-time = Moment idéal
# "16 exercises · about 9 min of movement": the minutes add up the exercises only.
pack-length = { $count ->
        [one] { $count } exercice
       *[other] { $count } exercices
    } · environ { $minutes } min de mouvement
# "about 2 min · Shoulder Rolls, Chin Tucks and Neck Rotations, sitting": $moves is a list
# (list-and), $position one of position-* below.
quick-text = environ { $minutes } min · { $moves }, { $position }

# The two ways to start: the verb, then its length beside it (note the space before the dot).
start-verb = Commencer
quick-verb = Rapide
start-length = { " " }· { $minutes } min

# The pack's sections.
section-when = Quand choisir ce programme
# $count is the number of exercises.
section-exercises = Exercices ({ $count })
section-why = Pourquoi cela arrive
section-about = À propos de cette routine
section-who = À qui s'adresse ce programme
section-faq = Questions fréquentes
# An exercise's facts in the list: "sitting · 30 s", "sitting · 30 s per side".
exercise-facts = { $position } · { $seconds } s
exercise-facts-per-side = { $position } · { $seconds } s par côté

## Positions, places and times of day

position-sitting = assis
position-standing = debout
position-floor = au sol
# A pack's "Where".
where-desk = au bureau
where-anywhere = partout
where-standing-desk = au bureau debout
# The parts of the day (05–11, 11–14, 14–18, 18–05) and a pack's best time.
part-of-day-morning = matin
part-of-day-mid = midi
part-of-day-afternoon = après-midi
part-of-day-evening = soir
time-of-day-any = à tout moment

## The demo

demo-watch = Voir la démo
demo-video = Voir la vidéo Wakeout de cette routine
# After the video link (note the space at the start).
demo-video-hint = { " " }(s'ouvre dans un nouvel onglet)
# The demo's name for screen readers; $pack is the pack's title.
demo-label = Démo de { $pack }
demo-close = Fermer la démo
demo-pause = Mettre la démo en pause
# Under the figure, after the move's name: " · 2 of 12", " · left side · 2 of 12".
demo-count = { " " }· { $index } sur { $count }
demo-count-side = { " " }· { $side ->
        [right] côté droit
       *[left] côté gauche
    } · { $index } sur { $count }
# A figure's name for screen readers: the move's name and what it does.
figure-label = { $name } : { $action }

## Before you start

safety-title = Avant de commencer
health-title = Consultez d'abord un professionnel de santé
health-lead = Ces mouvements visent les raideurs du quotidien dues à la position assise. Demandez conseil avant de commencer si vous avez :
health-sign-pain = une douleur intense, qui s'aggrave ou qui s'étend, par exemple dans un bras ou une jambe ;
health-sign-numbness = un engourdissement, des fourmillements ou une faiblesse dans un bras ou une jambe ;
health-sign-urgent = un engourdissement autour de l'aine ou des fesses, ou de nouveaux troubles de la vessie ou des intestins : consultez en urgence ;
health-sign-fever = de la fièvre, une perte de poids inexpliquée ou des antécédents de cancer ;
health-sign-injury = une blessure, une chute ou une opération récentes ;
health-sign-pregnancy = une grossesse, ou de l'ostéoporose : demandez quels mouvements vous conviennent.
health-closing = Bougez dans les limites de votre confort. Arrêtez si un mouvement provoque une douleur vive, des vertiges ou une douleur dans la poitrine.

## The check-in (on the pack card and the completion screen)

checkin-question-back = Comment va votre dos en ce moment ?
checkin-question-neck-shoulders = Comment vont votre nuque et vos épaules en ce moment ?
checkin-question-eyes = Comment vont vos yeux en ce moment ?
checkin-question-wrists = Comment vont vos poignets et vos mains en ce moment ?
checkin-question-hips = Comment vont vos hanches en ce moment ?
checkin-question-energy = Quel est votre niveau d'énergie en ce moment ?
checkin-question-tension = Quel est votre niveau de tension en ce moment ?
# The words for 1 and 5 on the scale.
checkin-sore = mal
checkin-strained = fatigués
checkin-drained = à plat
checkin-tense = tendu
checkin-fine = bien
checkin-alert = en forme
checkin-relaxed = détendu
checkin-optional = (facultatif)
# The name of the button 1 or 5: "1, sore".
checkin-end-value = { $value }, { $word }
checkin-ends = 1 = { $low }, 5 = { $high }

## The welcome card (the first tab after install)

welcome-title = Bienvenue dans { -brand }
welcome-what = Chaque nouvel onglet vous propose un court programme d'exercices au bureau ; un clic lance une routine guidée, et vos pauses forment une série.
welcome-private = L'extension fonctionne hors ligne et en toute confidentialité : tout reste dans ce navigateur, et rien n'est envoyé nulle part.
# $when is welcome-nudge-when or welcome-nudge-when-quick.
welcome-when = Elle vous fera signe { $when }.
# $full and $quick are durations (duration-*), $days is welcome-days-* or a list of weekdays,
# $start and $end times such as "09:00".
welcome-nudge-when = après { $full } en position assise, { $days } de { $start } à { $end }
welcome-nudge-when-quick = pour un mouvement rapide après { $quick } et pour le programme complet après { $full } en position assise, { $days } de { $start } à { $end }
welcome-days-every-day = tous les jours
# A run of three or more weekdays: "Mon–Fri".
welcome-days-range = { $first }–{ $last }
welcome-adjust = Régler les rappels
welcome-got-it = Compris

## The streak panel

streak-title = Série de pauses
streak-current = Série en cours
streak-best = Meilleure série
streak-today = Aujourd'hui
streak-all-time = Depuis le début
streak-time-moved = Temps en mouvement
streak-days = { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
# "1 of 3 breaks": breaks toward the goal today, of the daily goal.
streak-today-progress = { $count } sur { $goal ->
        [one] { $goal } pause
       *[other] { $goal } pauses
    }
streak-breaks = { $count ->
        [one] { $count } pause
       *[other] { $count } pauses
    }
# $time is a duration such as "3 min 20 s".
streak-quick-today = Mouvements rapides aujourd'hui : { $time } (chaque tranche de { $minutes } min compte pour une pause)
streak-goal-met = Objectif du jour atteint.
streak-week = Votre semaine

## The heatmap

heatmap-title = 12 dernières semaines
# A day's date: "Today, Wed 11 Mar 2026".
heatmap-today = Aujourd'hui, { $date }
heatmap-breaks = { $count ->
        [0] aucune pause
        [one] { $count } pause
       *[other] { $count } pauses
    }
# $breaks is heatmap-breaks.
heatmap-goal-met = { $breaks }, objectif atteint
heatmap-day-off = { $breaks }, jour de repos
# A day's name for screen readers: "Today, Wed 11 Mar 2026: 2 breaks, goal met".
heatmap-cell = { $date } : { $count }
heatmap-fewer = Moins
heatmap-more = Plus
heatmap-key-today = Aujourd'hui
heatmap-key-day-off = Jour de repos

## Dates

weekday-mon = lun.
weekday-tue = mar.
weekday-wed = mer.
weekday-thu = jeu.
weekday-fri = ven.
weekday-sat = sam.
weekday-sun = dim.
month-jan = janv.
month-feb = févr.
month-mar = mars
month-apr = avr.
month-may = mai
month-jun = juin
month-jul = juil.
month-aug = août
month-sep = sept.
month-oct = oct.
month-nov = nov.
month-dec = déc.
# "Wed 25 Nov 2026": $weekday and $month are the short names above, $day a number, $year the
# year as written (never grouped like a number). French writes the first of the month "1er".
date-day = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
# "14:05, Wed 25 Nov".
date-time-day = { $time }, { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month }
