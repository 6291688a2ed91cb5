# What the page and the worker both show: the nudge notification and the New Tab's sitting
# banner. $duration is a duration such as "1 h 35 min" (see duration-* below).

sitting-for = Você está sem se levantar há { $duration }
# $pack is the pack's title, $minutes its length.
nudge-message = Pacote de hoje: { $pack } · cerca de { $minutes } min. Clique para começar.
nudge-message-no-pack = Clique para começar uma pausa.
quick-nudge-message = Um movimento rápido de { $pack } · cerca de { $minutes } min, aí mesmo onde você está. Clique para começar.
snooze = Adiar 15 min
nudge-start = Começar
nudge-quick = Movimento rápido
# The New Tab's buttons: "Start · 9 min", "Quick · 2 min".
start-full = Começar · { $minutes } min
start-quick = Rápido · { $minutes } min
# The banner's words after its headline (note the dashes and spaces at both ends).
banner-invitation = { " " }— uma rotina curta pode aliviar suas costas e renovar seu foco.{ " " }
banner-quick-invitation = { " " }— hora de um movimento rápido: cerca de dois minutos do pacote de hoje, aí mesmo onde você está.{ " " }
banner-start = Fazer uma pausa
# $time is a time of day such as "14:05".
next-nudge-at = Próximo lembrete às { $time }.

## Durations and lists, used everywhere

duration-min = { $m } min
duration-h = { $h } h
duration-h-min = { $h } h { $m } min
duration-s = { $s } s
duration-min-s = { $m } min { $s } s
# "A, B and C": $head is "A, B" (joined with list-separator), $last is "C".
list-and = { $head } e { $last }
list-separator = ,{ " " }
# The toolbar badge: minutes of the current stretch, four characters at most ("5m", "1h30").
badge-min = { $m }m
badge-h-min = { $h }h{ $mm }
