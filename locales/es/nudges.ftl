# What the page and the worker both show: the nudge notification and the New Tab's sitting
# banner. $duration is a duration such as "1 h 35 min" (see duration-* below).

sitting-for = Llevas { $duration } sin levantarte
# $pack is the pack's title, $minutes its length.
nudge-message = Rutina de hoy: { $pack } · unos { $minutes } min. Haz clic para empezarla.
nudge-message-no-pack = Haz clic para empezar una pausa.
quick-nudge-message = Un movimiento rápido de { $pack } · unos { $minutes } min, ahí mismo donde estás. Haz clic para empezarlo.
snooze = Posponer 15 min
nudge-start = Empezar
nudge-quick = Movimiento rápido
# The New Tab's buttons: "Start · 9 min", "Quick · 2 min".
start-full = Empezar · { $minutes } min
start-quick = Rápido · { $minutes } min
# The banner's words after its headline (note the dashes and spaces at both ends).
banner-invitation = { " " }— una rutina corta puede aliviarte la espalda y renovar tu concentración.{ " " }
banner-quick-invitation = { " " }— es hora de un movimiento rápido: unos dos minutos de la rutina de hoy, ahí mismo donde estás.{ " " }
banner-start = Empezar una pausa
# $time is a time of day such as "14:05".
next-nudge-at = Próximo aviso: { $time }.

## Durations and lists, used everywhere

duration-min = { $m } min
duration-h = { $h } h
duration-h-min = { $h } h { $m } min
duration-s = { $s } s
duration-min-s = { $m } min { $s } s
# "A, B and C": $head is "A, B" (joined with list-separator), $last is "C".
list-and = { $head } y { $last }
list-separator = ,{ " " }
# The toolbar badge: minutes of the current stretch, four characters at most ("5m", "1h30").
badge-min = { $m }m
badge-h-min = { $h }h{ $mm }
