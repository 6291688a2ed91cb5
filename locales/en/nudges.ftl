# What the page and the worker both show: the nudge notification and the New Tab's sitting
# banner. $duration is a duration such as "1 h 35 min" (see duration-* below).

sitting-for = You've been sitting for { $duration }
# $pack is the pack's title, $minutes its length.
nudge-message = Today's pack: { $pack } · about { $minutes } min. Click to start it.
nudge-message-no-pack = Click to start a break.
quick-nudge-message = A quick move from { $pack } · about { $minutes } min, right where you are. Click to start it.
snooze = Snooze 15 min
nudge-start = Start
nudge-quick = Quick move
# The New Tab's buttons: "Start · 9 min", "Quick · 2 min".
start-full = Start · { $minutes } min
start-quick = Quick · { $minutes } min
# The banner's words after its headline (note the dashes and spaces at both ends).
banner-invitation = { " " }— a short routine may ease your back and refresh your focus.{ " " }
banner-quick-invitation = { " " }— time for a quick move: about two minutes of today's pack, right where you are.{ " " }
banner-start = Start a break
# $time is a time of day such as "14:05".
next-nudge-at = Next nudge at { $time }.

## Durations and lists, used everywhere

duration-min = { $m } min
duration-h = { $h } h
duration-h-min = { $h } h { $m } min
duration-s = { $s } s
duration-min-s = { $m } min { $s } s
# "A, B and C": $head is "A, B" (joined with list-separator), $last is "C".
list-and = { $head } and { $last }
list-separator = ,{ " " }
# The toolbar badge: minutes of the current stretch, four characters at most ("5m", "1h30").
badge-min = { $m }m
badge-h-min = { $h }h{ $mm }
