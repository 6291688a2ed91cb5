# The guided routine (the player) and the completion screen after it.

## The player

# Above the exercise for a quick move; $pack is the pack's title.
player-quick-eyebrow = 快速动作 · { $pack }
# "3 of 16 · 7 min left": $index and $count count exercises, $time is a duration.
player-progress = { $index }/{ $count } · 还剩 { $time }
player-progress-label = 练习进度
player-time-left-label = 本动作剩余时间
player-paused = 已暂停
# Beside the position on a per-side move: the left side comes first, then the switch.
player-side-left = 左侧
player-side-right = 换边
player-previous = 上一个
player-pause = 暂停
player-resume = 继续
player-next = 下一个
player-end = 结束练习
player-keys = 快捷键：空格 暂停 · ← 上一个 · → 下一个 · Esc 结束
# Read out once per step: "Exercise 3 of 16: Chin Tucks", with ", left side" for a per-side move.
player-announce = 第 { $index } 个动作，共 { $count } 个：{ $name }
player-announce-side = 第 { $index } 个动作，共 { $count } 个：{ $name }，{ $side }

## The completion screen

done-saved = 休息完成——做得好！
done-saving = 正在保存这次休息…
done-not-saved = 休息完成，但没有保存
done-finished = 练习完成
done-ended = 练习已结束
done-counts = 这次休息计入你的连续记录。
# $time is how long quick moves ran today, such as "3 min 20 s".
done-quick-counts = 这个快速动作按分钟计入你的连续记录：今天已做快速动作 { $time }。
# $moved is a duration such as "40 s".
done-not-counted = 这次不计入：一次休息需要做到练习结束，并且至少活动一分钟（你活动了 { $moved }）。
# The streak rule, under the verdict.
streak-rule = 做完一整组练习算作一次休息，计入每日目标；快速动作按分钟计算：每做 { $minutes } 分钟快速动作算作一次休息。
done-back = 回到我的新标签页
done-time-moved = 活动时长
done-exercises = 完成的动作
# "5 of 16".
done-exercises-count = { $done }/{ $total }

## A break that could not be saved

# $error is the storage error (store-* in notices.ftl). Note the space before it.
not-saved-lead = 这次休息还没有计入：它没能保存。{ $error }
not-saved-hint-full = 先导出这一次休息来保留它，等有空间后再保存一次（或以后再导入该文件）。
not-saved-hint = 稍后再试着保存一次——或者导出这一次休息，以后再导入。
not-saved-retry = 再次保存这次休息
not-saved-export = 导出这次休息
