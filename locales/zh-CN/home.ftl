# The New Tab's home screen: the top bar, today's pack, the welcome card, the health notice, the
# check-in, the streak panel and its heatmap. The next tab's static preview says the same words
# (today-eyebrow, pack-length, topbar-streak).

-brand = Desk Break

## The top bar

topbar-brand = { -brand }
# The compact streak beside the name.
topbar-streak = 连续 { $days } 天
# The gear button's name, for screen readers.
topbar-settings = 设置

## Today's pack

# $part is one of part-of-day-* below.
today-eyebrow = 今日练习组 · { $part }
eyebrow-your-routine = 你的练习
eyebrow-another-pack = 另一组练习
# A small note on a pack this language shows in English.
pack-in-english = 这组练习以英文显示。
pack-another = 换一组
pack-browse = 浏览全部练习组
pack-back-to-today = 回到今日练习组

# The facts under the title.
fact-length = 时长
fact-quick = 快速动作
fact-positions = 姿势
fact-where = 地点
fact-best-time = 最佳时间
# "16 exercises · about 9 min of movement": the minutes add up the exercises only.
pack-length = { $count } 个动作 · 约 { $minutes } 分钟活动
# "about 2 min · Shoulder Rolls, Chin Tucks and Neck Rotations, sitting": $moves is a list
# (list-and), $position one of position-* below.
quick-text = 约 { $minutes } 分钟 · { $moves }，{ $position }

# The two ways to start: the verb, then its length beside it (note the space before the dot).
start-verb = 开始
quick-verb = 快速
start-length = { " " }· { $minutes } 分钟

# The pack's sections.
section-when = 什么时候做这一组
# $count is the number of exercises.
section-exercises = 动作（{ $count }）
section-why = 为什么会这样
section-about = 关于这套练习
section-who = 适合谁
section-faq = 常见问题
# An exercise's facts in the list: "sitting · 30 s", "sitting · 30 s per side".
exercise-facts = { $position } · { $seconds } 秒
exercise-facts-per-side = { $position } · 每侧 { $seconds } 秒

## Positions, places and times of day

position-sitting = 坐姿
position-standing = 站姿
position-floor = 地面
# A pack's "Where".
where-desk = 办公桌
where-anywhere = 随处可做
where-standing-desk = 站立办公桌
# The parts of the day (05–11, 11–14, 14–18, 18–05) and a pack's best time.
part-of-day-morning = 上午
part-of-day-mid = 中午
part-of-day-afternoon = 下午
part-of-day-evening = 晚上
time-of-day-any = 任何时间

## The demo

demo-watch = 观看演示
demo-video = 观看 Wakeout 的这套练习视频
# After the video link (note the space at the start).
demo-video-hint = （在新标签页中打开）
# The demo's name for screen readers; $pack is the pack's title.
demo-label = 演示：{ $pack }
demo-close = 关闭演示
demo-pause = 暂停演示
# Under the figure, after the move's name: " · 2 of 12", " · left side · 2 of 12".
demo-count = { " " }· { $index }/{ $count }
demo-count-side = { " " }· { $side ->
        [right] 右侧
       *[left] 左侧
    } · { $index }/{ $count }
# A figure's name for screen readers: the move's name and what it does.
figure-label = { $name }：{ $action }

## Before you start

safety-title = 开始之前
health-title = 请先咨询医疗专业人员
health-lead = 这些动作针对的是久坐带来的日常僵硬。如果你有以下情况，请在开始前先征求专业意见：
health-sign-pain = 疼痛剧烈、不断加重或向外扩散，例如沿手臂或腿向下扩散；
health-sign-numbness = 手臂或腿麻木、刺麻或无力；
health-sign-urgent = 腹股沟或臀部周围麻木，或新出现膀胱或排便问题：请紧急就医；
health-sign-fever = 发烧、无法解释的体重下降，或有癌症病史；
health-sign-injury = 近期受过伤、摔倒过或做过手术；
health-sign-pregnancy = 怀孕，或患有骨质疏松：请询问哪些动作适合你。
health-closing = 在舒适范围内活动。如果某个动作带来锐痛、头晕或胸痛，请停止。

## The check-in (on the pack card and the completion screen)

checkin-question-back = 你的背部现在感觉如何？
checkin-question-neck-shoulders = 你的肩颈现在感觉如何？
checkin-question-eyes = 你的眼睛现在感觉如何？
checkin-question-wrists = 你的手腕和手现在感觉如何？
checkin-question-hips = 你的髋部现在感觉如何？
checkin-question-energy = 你现在精力如何？
checkin-question-tension = 你现在有多紧张？
# The words for 1 and 5 on the scale.
checkin-sore = 酸痛
checkin-strained = 疲劳
checkin-drained = 疲惫
checkin-tense = 紧张
checkin-fine = 舒服
checkin-alert = 精力充沛
checkin-relaxed = 放松
checkin-optional = （可选）
# The name of the button 1 or 5: "1, sore".
checkin-end-value = { $value }，{ $word }
checkin-ends = 1 = { $low }，5 = { $high }

## The welcome card (the first tab after install)

welcome-title = 欢迎使用 { -brand }
welcome-what = 每个新标签页都会推荐一组简短的办公桌练习；点一下就能开始有引导的练习，你的每次休息都会累积成连续记录。
welcome-private = 它可以离线使用，保护你的隐私：所有数据都保存在这个浏览器里，不会发送到任何地方。
# $when is welcome-nudge-when or welcome-nudge-when-quick.
welcome-when = 它会{ $when }。
# $full and $quick are durations (duration-*), $days is welcome-days-* or a list of weekdays,
# $start and $end times such as "09:00".
# Read inside welcome-when: "它会在周一至周五 09:00–18:00，你久坐 1 小时 30 分钟后提醒你。"
welcome-nudge-when = 在{ $days } { $start }–{ $end }，你久坐 { $full } 后提醒你
welcome-nudge-when-quick = 在{ $days } { $start }–{ $end }，你久坐 { $quick } 后提醒你做个快速动作，久坐 { $full } 后提醒你做一整组练习
welcome-days-every-day = 每天
# A run of three or more weekdays: "Mon–Fri".
welcome-days-range = { $first }至{ $last }
welcome-adjust = 调整提醒
welcome-got-it = 知道了

## The streak panel

streak-title = 连续休息
streak-current = 当前连续
streak-best = 最长连续
streak-today = 今天
streak-all-time = 累计
streak-time-moved = 活动时长
streak-days = { $count } 天
# "1 of 3 breaks": breaks toward the goal today, of the daily goal.
streak-today-progress = { $count }/{ $goal } 次休息
streak-breaks = { $count } 次休息
# $time is a duration such as "3 min 20 s".
streak-quick-today = 今日快速动作：{ $time }（每 { $minutes } 分钟算作一次休息）
streak-goal-met = 今日目标已达成。
streak-week = 你的这一周

## The heatmap

heatmap-title = 最近 12 周
# A day's date: "Today, Wed 11 Mar 2026".
heatmap-today = 今天，{ $date }
heatmap-breaks = { $count ->
        [0] 没有休息
       *[other] { $count } 次休息
    }
# $breaks is heatmap-breaks.
heatmap-goal-met = { $breaks }，已达成目标
heatmap-day-off = { $breaks }，非工作日
# A day's name for screen readers: "Today, Wed 11 Mar 2026: 2 breaks, goal met".
heatmap-cell = { $date }：{ $count }
heatmap-fewer = 较少
heatmap-more = 较多
heatmap-key-today = 今天
heatmap-key-day-off = 非工作日

## Dates

weekday-mon = 周一
weekday-tue = 周二
weekday-wed = 周三
weekday-thu = 周四
weekday-fri = 周五
weekday-sat = 周六
weekday-sun = 周日
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
# Chinese order: "2026年11月25日 周三".
date-day = { $year }年{ $month }{ $day }日 { $weekday }
# "14:05, Wed 25 Nov".
# Chinese order: "11月25日 周三 14:05".
date-time-day = { $month }{ $day }日 { $weekday } { $time }
