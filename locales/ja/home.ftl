# The New Tab's home screen: the top bar, today's pack, the welcome card, the health notice, the
# check-in, the streak panel and its heatmap. The next tab's static preview says the same words
# (today-eyebrow, pack-length, topbar-streak).

-brand = Desk Break

## The top bar

topbar-brand = { -brand }
# The compact streak beside the name.
topbar-streak = 連続{ $days }日
# The gear button's name, for screen readers.
topbar-settings = 設定

## Today's pack

# $part is one of part-of-day-* below.
today-eyebrow = 今日のパック・{ $part }
eyebrow-your-routine = あなたのルーティン
eyebrow-another-pack = 別のパック
# A small note on a pack this language shows in English.
pack-in-english = このパックは英語で表示しています。
pack-another = 別のパック
pack-browse = すべてのパックを見る
pack-back-to-today = 今日のパックに戻る

# The facts under the title.
fact-length = 長さ
fact-quick = クイック運動
fact-positions = 姿勢
fact-where = 場所
fact-best-time = おすすめの時間帯
# "16 exercises · about 9 min of movement": the minutes add up the exercises only.
pack-length = { $count }の動き・動く時間は約{ $minutes }分
# "about 2 min · Shoulder Rolls, Chin Tucks and Neck Rotations, sitting": $moves is a list
# (list-and), $position one of position-* below.
quick-text = 約{ $minutes }分・{ $moves }（{ $position }）

# The two ways to start: the verb, then its length beside it (note the space before the dot).
start-verb = 開始
quick-verb = クイック
start-length = ・{ $minutes }分

# The pack's sections.
section-when = このパックがおすすめのとき
# $count is the number of exercises.
section-exercises = 動きの一覧（{ $count }）
section-why = こうなる理由
section-about = このルーティンについて
section-who = こんな人におすすめ
section-faq = よくある質問
# An exercise's facts in the list: "sitting · 30 s", "sitting · 30 s per side".
exercise-facts = { $position }・{ $seconds }秒
exercise-facts-per-side = { $position }・片側{ $seconds }秒

## Positions, places and times of day

position-sitting = 座って
position-standing = 立って
position-floor = 床で
# A pack's "Where".
where-desk = デスク
where-anywhere = どこでも
where-standing-desk = スタンディングデスク
# The parts of the day (05–11, 11–14, 14–18, 18–05) and a pack's best time.
part-of-day-morning = 朝
part-of-day-mid = 昼
part-of-day-afternoon = 午後
part-of-day-evening = 夜
time-of-day-any = いつでも

## The demo

demo-watch = デモを見る
demo-video = このルーティンのWakeoutの動画を見る
# After the video link (note the space at the start).
demo-video-hint = （新しいタブで開きます）
# The demo's name for screen readers; $pack is the pack's title.
demo-label = 「{ $pack }」のデモ
demo-close = デモを閉じる
demo-pause = デモを一時停止
# Under the figure, after the move's name: " · 2 of 12", " · left side · 2 of 12".
demo-count = ・{ $index }/{ $count }
demo-count-side = ・{ $side ->
        [right] 右側
       *[left] 左側
    }・{ $index }/{ $count }
# A figure's name for screen readers: the move's name and what it does.
figure-label = { $name }：{ $action }

## Before you start

safety-title = 始める前に
health-title = まず医療の専門家に相談してください
health-lead = これらの動きは、座りっぱなしによる日常的なこわばりのためのものです。次にあてはまる場合は、始める前にアドバイスを受けてください：
health-sign-pain = 強い痛み、悪化している痛み、または広がる痛み（たとえば腕や脚へ広がる痛み）がある
health-sign-numbness = 腕や脚にしびれ、ピリピリ感、または脱力がある
health-sign-urgent = 股間やお尻のまわりにしびれがある、または排尿や排便に新たな問題がある：至急医療機関を受診してください。
health-sign-fever = 発熱や原因のわからない体重減少がある、またはがんの既往歴がある
health-sign-injury = 最近けが、転倒、または手術をした
health-sign-pregnancy = 妊娠中である、または骨粗しょう症がある：どの動きが自分に合うか尋ねてください。
health-closing = 無理のない範囲で動いてください。動きによって鋭い痛み、めまい、または胸の痛みが出たら中止してください。

## The check-in (on the pack card and the completion screen)

checkin-question-back = 今、背中の具合はどうですか？
checkin-question-neck-shoulders = 今、首と肩の具合はどうですか？
checkin-question-eyes = 今、目の具合はどうですか？
checkin-question-wrists = 今、手首と手の具合はどうですか？
checkin-question-hips = 今、股関節の具合はどうですか？
checkin-question-energy = 今、元気はどのくらいありますか？
checkin-question-tension = 今、どのくらい緊張していますか？
# The words for 1 and 5 on the scale.
checkin-sore = 痛い
checkin-strained = 疲れている
checkin-drained = ぐったり
checkin-tense = 緊張している
checkin-fine = 快調
checkin-alert = すっきり
checkin-relaxed = リラックス
checkin-optional = （任意）
# The name of the button 1 or 5: "1, sore".
checkin-end-value = { $value }、{ $word }
checkin-ends = 1＝{ $low }、5＝{ $high }

## The welcome card (the first tab after install)

welcome-title = { -brand }へようこそ
welcome-what = 新しいタブを開くたびに、短いデスク運動のパックを提案します。ワンクリックでガイド付きのルーティンが始まり、休憩を重ねると連続記録が伸びていきます。
welcome-private = オフラインで、プライバシーを守って動作します。データはすべてこのブラウザー内にあり、どこにも送信されません。
# $when is welcome-nudge-when or welcome-nudge-when-quick.
welcome-when = { $when }にお知らせします。
# $full and $quick are durations (duration-*), $days is welcome-days-* or a list of weekdays,
# $start and $end times such as "09:00".
welcome-nudge-when = { $days } { $start }〜{ $end }の間、{ $full }座り続けたとき
welcome-nudge-when-quick = { $days } { $start }〜{ $end }の間、{ $quick }座り続けたとき（クイック運動）と{ $full }座り続けたとき（パック全体）
welcome-days-every-day = 毎日
# A run of three or more weekdays: "Mon–Fri".
welcome-days-range = { $first }〜{ $last }
welcome-adjust = お知らせを調整
welcome-got-it = わかりました

## The streak panel

streak-title = 休憩の連続記録
streak-current = 現在の連続記録
streak-best = 最長記録
streak-today = 今日
streak-all-time = 累計
streak-time-moved = 動いた時間
streak-days = { $count }日
# "1 of 3 breaks": breaks toward the goal today, of the daily goal.
streak-today-progress = 目標{ $goal }回中{ $count }回
streak-breaks = 休憩{ $count }回
# $time is a duration such as "3 min 20 s".
streak-quick-today = 今日のクイック運動：{ $time }（{ $minutes }分ごとに休憩1回としてカウント）
streak-goal-met = 今日の目標を達成しました。
streak-week = 今週の記録

## The heatmap

heatmap-title = 直近12週間
# A day's date: "Today, Wed 11 Mar 2026".
heatmap-today = 今日、{ $date }
heatmap-breaks = { $count ->
        [0] 休憩なし
       *[other] 休憩{ $count }回
    }
# $breaks is heatmap-breaks.
heatmap-goal-met = { $breaks }、目標達成
heatmap-day-off = { $breaks }、休日
# A day's name for screen readers: "Today, Wed 11 Mar 2026: 2 breaks, goal met".
heatmap-cell = { $date }：{ $count }
heatmap-fewer = 少ない
heatmap-more = 多い
heatmap-key-today = 今日
heatmap-key-day-off = 休日

## Dates

weekday-mon = 月
weekday-tue = 火
weekday-wed = 水
weekday-thu = 木
weekday-fri = 金
weekday-sat = 土
weekday-sun = 日
month-jan = 1月
month-feb = 2月
month-mar = 3月
month-apr = 4月
month-may = 5月
month-jun = 6月
month-jul = 7月
month-aug = 8月
month-sep = 9月
month-oct = 10月
month-nov = 11月
month-dec = 12月
# "Wed 25 Nov 2026": $weekday and $month are the short names above, $day a number, $year the
# year as written (never grouped like a number).
# Japanese: "2026年11月25日（水）".
date-day = { $year }年{ $month }{ $day }日（{ $weekday }）
# "14:05, Wed 25 Nov".
# Japanese: "11月25日（水）14:05".
date-time-day = { $month }{ $day }日（{ $weekday }）{ $time }
