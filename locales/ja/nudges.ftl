# What the page and the worker both show: the nudge notification and the New Tab's sitting
# banner. $duration is a duration such as "1 h 35 min" (see duration-* below).

sitting-for = { $duration }座り続けています
# $pack is the pack's title, $minutes its length.
nudge-message = 今日のパック：{ $pack }・約{ $minutes }分。クリックして始めましょう。
nudge-message-no-pack = クリックして休憩を始めましょう。
quick-nudge-message = その場でできる「{ $pack }」のクイック運動・約{ $minutes }分。クリックして始めましょう。
snooze = 15分スヌーズ
nudge-start = 開始
nudge-quick = クイック運動
# The New Tab's buttons: "Start · 9 min", "Quick · 2 min".
start-full = 開始・{ $minutes }分
start-quick = クイック・{ $minutes }分
# The banner's words after its headline (note the dashes and spaces at both ends).
# Japanese: the headline has no final punctuation, so these start with "。" and need no spaces.
banner-invitation = 。短いルーティンで背中が楽になり、集中力もリフレッシュできるかもしれません。
banner-quick-invitation = 。クイック運動の時間です。今日のパックから約2分の動きを、その場でどうぞ。
banner-start = 休憩を始める
# $time is a time of day such as "14:05".
next-nudge-at = 次のお知らせは{ $time }です。

## Durations and lists, used everywhere

duration-min = { $m }分
duration-h = { $h }時間
duration-h-min = { $h }時間{ $m }分
duration-s = { $s }秒
duration-min-s = { $m }分{ $s }秒
# "A, B and C": $head is "A, B" (joined with list-separator), $last is "C".
list-and = { $head }、{ $last }
list-separator = 、
# The toolbar badge: minutes of the current stretch, four characters at most ("5m", "1h30").
badge-min = { $m }分
badge-h-min = { $h }:{ $mm }
