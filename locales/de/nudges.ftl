# What the page and the worker both show: the nudge notification and the New Tab's sitting
# banner. $duration is a duration such as "1 h 35 min" (see duration-* below).

sitting-for = Du sitzt seit { $duration }
# $pack is the pack's title, $minutes its length.
nudge-message = Heutiges Programm: { $pack } · etwa { $minutes } Min. Klick zum Starten.
nudge-message-no-pack = Klick, um eine Pause zu starten.
quick-nudge-message = Eine kurze Runde aus { $pack } · etwa { $minutes } Min., direkt an deinem Platz. Klick zum Starten.
snooze = 15 Min. später
nudge-start = Starten
nudge-quick = Kurze Runde
# The New Tab's buttons: "Start · 9 min", "Quick · 2 min".
start-full = Start · { $minutes } Min.
start-quick = Kurz · { $minutes } Min.
# The banner's words after its headline (note the dashes and spaces at both ends).
banner-invitation = { " " }– eine kurze Routine kann deinen Rücken entlasten und deine Konzentration auffrischen.{ " " }
banner-quick-invitation = { " " }– Zeit für eine kurze Runde: etwa zwei Minuten aus dem heutigen Programm, direkt an deinem Platz.{ " " }
banner-start = Pause starten
# $time is a time of day such as "14:05".
next-nudge-at = Nächste Erinnerung um { $time }.

## Durations and lists, used everywhere

duration-min = { $m } Min.
duration-h = { $h } Std.
duration-h-min = { $h } Std. { $m } Min.
duration-s = { $s } Sek.
duration-min-s = { $m } Min. { $s } Sek.
# "A, B and C": $head is "A, B" (joined with list-separator), $last is "C".
list-and = { $head } und { $last }
list-separator = ,{ " " }
# The toolbar badge: minutes of the current stretch, four characters at most ("5m", "1h30").
badge-min = { $m }m
badge-h-min = { $h }h{ $mm }
