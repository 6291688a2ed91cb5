# What the page and the worker both show: the nudge notification and the New Tab's sitting
# banner. $duration is a duration such as "1 h 35 min" (see duration-* below).

sitting-for = Déjà { $duration } en position assise
# $pack is the pack's title, $minutes its length.
nudge-message = Programme du jour : { $pack } · environ { $minutes } min. Cliquez pour le lancer.
nudge-message-no-pack = Cliquez pour commencer une pause.
quick-nudge-message = Un mouvement rapide tiré de { $pack } · environ { $minutes } min, là où vous êtes. Cliquez pour le lancer.
snooze = Reporter de 15 min
nudge-start = Commencer
nudge-quick = Mouvement rapide
# The New Tab's buttons: "Start · 9 min", "Quick · 2 min".
start-full = Commencer · { $minutes } min
start-quick = Rapide · { $minutes } min
# The banner's words after its headline (note the dashes and spaces at both ends).
banner-invitation = { " " }— une courte routine peut soulager votre dos et raviver votre concentration.{ " " }
banner-quick-invitation = { " " }— place à un mouvement rapide : environ deux minutes du programme du jour, là où vous êtes.{ " " }
banner-start = Faire une pause
# $time is a time of day such as "14:05".
next-nudge-at = Prochain rappel à { $time }.

## Durations and lists, used everywhere

duration-min = { $m } min
duration-h = { $h } h
duration-h-min = { $h } h { $m } min
duration-s = { $s } s
duration-min-s = { $m } min { $s } s
# "A, B and C": $head is "A, B" (joined with list-separator), $last is "C".
list-and = { $head } et { $last }
list-separator = ,{ " " }
# The toolbar badge: minutes of the current stretch, four characters at most ("5m", "1h30").
badge-min = { $m }mn
badge-h-min = { $h }h{ $mm }
