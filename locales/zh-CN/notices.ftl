# Notices: what the page tells the user about storage, and errors it shows. They stand at the top
# of the page (each with Dismiss) or on the completion screen.

-brand = Desk Break

notice-dismiss = 关闭

## Errors of the page's own actions. $error is the reason, one of the messages below or the
## browser's own words.

error-load = 无法读取你保存的数据：{ $error }
error-snooze = 无法推迟提醒：{ $error }
error-checkin-not-saved = 你的感受记录没能保存：{ $error }
error-export = 导出失败：{ $error }

## Storage errors. $detail is what the browser said, in its own words.

store-full = 存储空间已满（{ $detail }）。已保存的内容都没有丢失，但这次更改没有保存；请导出你的数据，留一份副本。
store-unavailable = 存储暂时不可用：{ $detail }。没有丢失任何内容；请再试一次。
store-failed = 存储失败：{ $detail }。
# $reason is one of the record-* reasons below.
store-invalid-break = 存储失败：这次休息无效（{ $reason }），所以没有保存。
store-newer-break = 存储失败：更新版本的 { -brand } 已保存了一条 ID 相同的休息记录，它会保持原样。
store-newer-routine = 存储失败：更新版本的 { -brand } 已保存了一套 ID 相同的练习，它会保持原样。

## Why a break is invalid (inside store-invalid-break's parentheses).

record-id-empty = 它的{ $field ->
        [pack-id] 练习组 ID
       *[id] ID
    }为空
record-id-too-long = 它的{ $field ->
        [pack-id] 练习组 ID
       *[id] ID
    }超过 { $max } 个字符
record-id-control = 它的{ $field ->
        [pack-id] 练习组 ID
       *[id] ID
    }包含控制字符
record-time-out-of-range = 它的{ $which ->
        [end] 结束
       *[start] 开始
    }时间不在 1970–9999 年之间
record-ends-before-start = 它的结束时间早于开始时间
record-more-done-than-total = 它记录完成了 { $done } 个动作，但总共只有 { $total } 个
record-checkin-out-of-range = 它的练习{ $which ->
        [after] 后
       *[before] 前
    }感受记录为 { $value }，不在 1–5 之间
record-offset-out-of-range = 它的 UTC 偏移为 { $minutes } 分钟，超出了 ±18 小时
# $stored and $expected are dates written as 2026-03-01.
record-local-date-mismatch = 它的本地日期 { $stored } 与结束时间（{ $expected }）不符

## What loading found, reported once the page has read storage.

problem-records-set-aside = 有 { $count } 条已保存的休息记录无法读取，已被单独存放；你的其他休息记录都安全。
problem-newer-records = 有 { $count } 条来自更新版本 { -brand } 的休息记录按原样保存，但不在这里计入。
problem-routines-set-aside = 有 { $count } 套你自己的练习无法读取，已被单独存放；其他内容都安全。
problem-settings-reset = 无法读取你的设置，现在使用默认设置；旧的值已被单独存放。
# $fields lists problem-field-* names below, joined by list-separator.
problem-settings-repaired = 部分设置无效，已恢复为默认值：{ $fields }。
problem-sitting-reset = 无法读取久坐计时器保存的状态，所以现在重新开始计时；旧的值已被单独存放。
problem-days-set-aside = 有 { $count } 天的久坐与提醒汇总无法读取，已被单独存放；你的休息记录都安全。
problem-tidy-failed = 刚才没能整理存储；你的数据仍在原处，下次会再试。

## Settings fields, as problem-settings-repaired names them.

problem-field-nudge-interval-min = 提醒间隔
problem-field-away-min = 离开时间
problem-field-work-start = 工作开始时间
problem-field-work-end = 工作结束时间
problem-field-work-days = 工作日
problem-field-daily-goal = 每日目标
problem-field-work-days-only = 仅限工作日
problem-field-theme = 主题
problem-field-sound = 声音
problem-field-focus = 重点部位
problem-field-nudges-paused-until = 提醒暂停
problem-field-quick-nudge-min = 快速动作提醒
problem-field-quick-notify = 快速动作通知
problem-field-language = 语言

## A change of settings that was not stored.

store-settings-newer = 你的设置是由更新版本的 { -brand } 保存的，因此会保持原样，无法在这里更改。
# $error is one of the store-* errors above.
store-settings-not-saved = 无法保存设置：{ $error }
