# What the page and the worker both show: the nudge notification and the New Tab's sitting
# banner. $duration is a duration such as "1 h 35 min" (see duration-* below).

sitting-for = 你已经坐了 { $duration }
# $pack is the pack's title, $minutes its length.
nudge-message = 今日练习组：{ $pack } · 约 { $minutes } 分钟。点击开始。
nudge-message-no-pack = 点击开始休息。
quick-nudge-message = 来自“{ $pack }”的快速动作 · 约 { $minutes } 分钟，原地就能做。点击开始。
snooze = 推迟 15 分钟
nudge-start = 开始
nudge-quick = 快速动作
# The New Tab's buttons: "Start · 9 min", "Quick · 2 min".
start-full = 开始 · { $minutes } 分钟
start-quick = 快速 · { $minutes } 分钟
# The banner's words after its headline (note the dashes and spaces at both ends).
# Chinese needs no spaces around these words.
banner-invitation = ——做一套简短的练习，或许能让背部舒服一些，也让你重新集中注意力。
banner-quick-invitation = ——该做个快速动作了：就在原地，花大约两分钟做做今日练习组里的动作。
banner-start = 开始休息
# $time is a time of day such as "14:05".
next-nudge-at = 下次提醒时间：{ $time }。

## Durations and lists, used everywhere

duration-min = { $m } 分钟
duration-h = { $h } 小时
duration-h-min = { $h } 小时 { $m } 分钟
duration-s = { $s } 秒
duration-min-s = { $m } 分 { $s } 秒
# "A, B and C": $head is "A, B" (joined with list-separator), $last is "C".
list-and = { $head }和{ $last }
list-separator = 、
# The toolbar badge: minutes of the current stretch, four characters at most ("5m", "1h30").
badge-min = { $m }分
badge-h-min = { $h }:{ $mm }
