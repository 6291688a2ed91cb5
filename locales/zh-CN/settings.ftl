# The Settings dialog (behind the gear on the New Tab), its error messages, and the messages of
# importing and exporting your data. The work days' names are weekday-* (home.ftl).

-brand = Desk Break

## The dialog

settings-title = 设置
settings-close = 关闭

## Nudges

settings-nudges-legend = 提醒
# A number field's label; the field and its unit (settings-unit-minutes) follow it.
settings-nudge-interval-label = 久坐多久后提醒
settings-away-label = 离开多久即结束这段久坐
# The unit after a number field, with the range allowed: "minutes (30–180)".
settings-unit-minutes = 分钟（{ $min }–{ $max }）
# The quick-move nudge: "Quick-move nudge after [30] minutes of sitting (20–60) [ ] Off".
# Chinese reads: "快速动作提醒：久坐 [30] 分钟后（20–60） [ ] 关闭".
settings-quick-nudge-label = 快速动作提醒：久坐
settings-quick-nudge-unit = 分钟后（{ $min }–{ $max }）
settings-quick-nudge-off = 关闭
settings-quick-notify = 快速动作也显示通知
# "Work hours from [09:00] to [18:00]": two labels, each before its time field.
settings-work-hours-from = 工作时间从
settings-work-hours-to = 到
settings-work-days = 工作日
# $when is a time and day (date-time-day in home.ftl: "14:05, Wed 25 Nov").
settings-paused-until = 提醒已暂停，直到 { $when }。
settings-nudges-on = 提醒已开启。
settings-pause-hour = 暂停提醒 1 小时
settings-pause-tomorrow = 暂停到明天
settings-resume = 恢复提醒

## Streak

settings-streak-legend = 连续休息
settings-daily-goal-label = 每日目标
# The unit after the daily goal's field, with the range allowed: "breaks a day (1–12)".
settings-unit-breaks-a-day = 次休息/天（{ $min }–{ $max }）
settings-work-days-only = 仅限工作日（非工作日不会中断连续记录）

## Routine and look

settings-look-legend = 练习与外观
settings-sound = 每个动作开始时播放提示音
settings-theme-label = 主题
settings-theme-system = 跟随系统
settings-theme-light = 浅色
settings-theme-dark = 深色
# The group of focus areas, as a screen reader names it.
settings-focus-areas = 重点部位
# The same group's visible heading.
settings-focus-hint = 重点部位（推荐练习时会优先考虑）
settings-focus-back = 背部
settings-focus-neck = 颈部
settings-focus-shoulders = 肩部
settings-focus-wrists = 手腕
settings-focus-eyes = 眼睛
settings-focus-hips = 髋部
settings-focus-posture = 体态
settings-focus-energy = 精力
settings-focus-calm = 平静
settings-language-label = 语言
# The language menu's first choice: follow the browser's language. $language is that language's
# own name ("Deutsch"), as the page resolves it. The other choices are each language's own name.
settings-language-browser = 浏览器默认（{ $language }）

## Your data

settings-data-legend = 你的数据
settings-data-hint = 所有数据都保存在这个浏览器里。你可以导出一份副本，也可以导入一份（休息记录按 ID 合并）。
settings-export = 导出数据
settings-import = 导入数据
settings-exported = 已导出你的全部数据。
# $error is the browser's technical reason, in English.
settings-export-failed = 导出失败：{ $error }
settings-import-unreadable = 无法读取这个文件，没有导入任何内容。

## Refused settings (shown in the dialog's message line)

settings-error-nudge-interval = 提醒间隔必须在 { $min } 到 { $max } 分钟之间。
settings-error-away-time = 离开时间必须在 { $min } 到 { $max } 分钟之间。
settings-error-work-hour = 工作时间必须是 00:00 到 23:59 之间的时刻。
settings-error-empty-work-hours = 工作时间的开始和结束不能是同一时刻。
settings-error-no-work-days = 请至少保留一个工作日。
settings-error-daily-goal = 每日目标必须在 { $min } 到 { $max } 次休息之间。
settings-error-quick-nudge = 快速动作提醒必须设在久坐 { $min } 到 { $max } 分钟后，或者关闭。

## What an import did. The page shows the sentences that apply, one after the other.
## "DeskBreak" (written as one word in some of these) and "Desk Break" are the product's name.

import-no-breaks = 这个文件里没有可导入的休息记录。
import-nothing-new = 没有新内容可导入：文件中的每条休息记录都已经在这里了。
import-added = 已导入 { $added } 条休息记录。
# Some breaks were new ($added), some were stored already ($present).
import-added-some-present = 已导入 { $added } 条休息记录；另有 { $present } 条已经在这里了。
import-kept-newer = 文件中有 { $count } 条休息记录也由更新版本的 { -brand } 保存过；已保留更新版本的记录。
import-replaced-damaged = 有 { $count } 条已保存但无法读取的休息记录已被单独存放，并已从文件中恢复。
import-routines-added = 已添加 { $count } 套你自己的练习。
import-routines-present = 有 { $count } 套你自己的练习已经在这里了。
import-routines-kept = 文件中有 { $count } 套练习与你已有的练习版本不同；已保留你的版本。
import-settings-kept-newer = 你的设置来自更新版本的 { -brand }，已保持原样。
# $fields lists the settings changed, each problem-field-* (notices.ftl), separated by
# list-separator.
import-settings-changed = 已更改的设置：{ $fields }。
import-settings-matched = 你的设置与文件中的一致。
# Between two sentences of the import's message (a space; nothing in Japanese or Chinese).
import-sentence-separator = { "" }

## Why an import file was refused. Every message ends by saying nothing changed.

import-too-large = 这个文件太大，不可能是 DeskBreak 的导出文件（{ $bytes } 字节；上限为 5 MB）。没有做任何更改。
# $detail is the JSON parser's technical reason, in English.
import-not-json = 这个文件不是 JSON，所以不可能是 DeskBreak 的导出文件（{ $detail }）。没有做任何更改。
import-not-an-export = 这个文件不是 DeskBreak 的导出文件。没有做任何更改。
# $version is the file's format number.
import-newer-version = 这份导出文件由更新版本的 DeskBreak 创建（格式 { $version }）。请先更新扩展程序，然后再导入一次。没有做任何更改。
import-unsupported-version = DeskBreak 无法识别这份导出文件的格式版本。没有做任何更改。
import-no-break-list = 这份导出文件中的休息记录列表缺失或已损坏。没有做任何更改。
import-too-many-breaks = 这个文件包含 { $count } 条休息记录，超过了一份导出文件最多 { $max } 条的上限。没有做任何更改。
# $number counts the file's breaks from 1; $reason is a technical reason, in English.
import-bad-break = 这个文件中的第 { $number } 条休息记录无法导入：{ $reason }。没有做任何更改。
# $version is the version the break was saved by.
import-newer-break = 这个文件中的第 { $number } 条休息记录无法导入：它由更新版本的 DeskBreak（v{ $version }）保存。没有做任何更改。
import-settings-not-object = 这个文件中的设置无效（不是对象）。没有做任何更改。
# $schema is the settings' version number.
import-settings-newer = 这个文件中的设置无效（它们来自更新的版本：架构版本 { $schema }）。没有做任何更改。
# $schema is what the file has where a version number belongs, as it is.
import-settings-unknown-schema = 这个文件中的设置无效（未知的架构版本 { $schema }）。没有做任何更改。
# $fields are the names of the settings as stored ("work_end"), as they are.
import-settings-bad-fields = 这个文件中的设置无效（有误的字段：{ $fields }）。没有做任何更改。
# The file's settings are valid alone, but not together with the user's own: $fields as above.
import-settings-clash = 这个文件中的设置无效（与你的设置合在一起时，有误的字段：{ $fields }）。没有做任何更改。
# $reason is a technical reason, in English.
import-settings-damaged = 这个文件中的设置无效（{ $reason }）。没有做任何更改。
import-no-routine-list = 这份导出文件中的练习列表已损坏。没有做任何更改。
import-too-many-routines = 这个文件包含 { $count } 套练习，超过了一份导出文件最多 { $max } 套的上限。没有做任何更改。
# $number counts the file's routines from 1; $reason is one of the routine-error-* sentences
# (catalog.ftl), or a technical reason in English. Either ends with its own full stop.
import-bad-routine = 这个文件中的第 { $number } 套练习无法导入：{ $reason }没有做任何更改。
import-newer-routine = 这个文件中的第 { $number } 套练习无法导入：它由更新版本的 { -brand }（v{ $version }）保存。没有做任何更改。
# The import could not be written; $error is the storage's own message.
import-store-failed = 没有导入任何内容：{ $error }
