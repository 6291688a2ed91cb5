# "Browse all packs": the catalog of packs with its filters, and "Make your own", the editor of a
# routine of your own with the exercise library to pick from.

## The catalog

# The catalog's name, as a screen reader announces it.
catalog-nav-label = 全部练习组
catalog-own-title = 你的练习
catalog-make-own = 创建自己的练习
catalog-none-match = 没有符合这些筛选条件的练习组。
# How many packs the filters let through (never 0: catalog-none-match says that).
catalog-shown = 显示 { $count } 个练习组
# A pack's facts on its card: "8 exercises · sitting, standing · at a desk · about 9 min of
# movement". $exercises is the number of exercises (always several); $positions lists
# position-* names (home.ftl), separated by list-separator; $place is catalog-place-*; $minutes
# the pack's length.
catalog-card-facts = { $exercises } 个动作 · { $positions } · { $place } · 约 { $minutes } 分钟活动
catalog-place-desk = 在办公桌前
catalog-place-anywhere = 随处可做
# The card's figure, for a screen reader: $exercise is the first exercise's name.
catalog-card-pose = { $exercise }，第一个动作
# A button on the card of a routine of your own, to open it in the editor.
catalog-change = 修改
# The same button as a screen reader names it: $routine is the routine's name, as the user wrote it.
catalog-change-label = 修改“{ $routine }”

## The catalog's filters: two groups of choices

catalog-filter-position = 姿势
catalog-filter-place = 地点
catalog-filter-any = 不限
catalog-filter-sitting = 坐姿
catalog-filter-standing = 站姿
catalog-filter-floor = 地面
catalog-filter-desk = 办公桌前
catalog-filter-anywhere = 随处可做

## Make your own routine

routine-editor-new-title = 创建自己的练习
routine-editor-change-title = 修改你的练习
# The routine's name field.
routine-editor-name = 名称
routine-editor-name-hint = 最多 { $max } 个字符。
routine-editor-moves-title = 你的动作
# Under "Your moves": "3 exercises · about 4 min of movement · at most 30". $max is the most a
# routine holds.
routine-editor-summary = { $count } 个动作 · 约 { $minutes } 分钟活动 · 最多 { $max } 个
routine-editor-save = 保存练习
routine-editor-cancel = 取消
routine-editor-delete = 删除这套练习

## The routine's moves, in order, each with buttons. $exercise is an exercise's name.

routine-steps-empty = 还没有动作：从下面的动作库里添加一些吧。
routine-step-up = 上移
routine-step-down = 下移
routine-step-remove = 移除
routine-step-up-label = 上移“{ $exercise }”
routine-step-down-label = 下移“{ $exercise }”
routine-step-remove-label = 移除“{ $exercise }”
# Announced to a screen reader after a change.
routine-step-removed = 已移除“{ $exercise }”。
# $position is the exercise's new place in the routine, from 1; $count the number of exercises.
routine-step-moved = “{ $exercise }”现在是第 { $position } 个，共 { $count } 个。

## The exercise library to pick from. $exercise is an exercise's name.

routine-picker-title = 动作库
routine-picker-add = 添加
routine-picker-add-label = 添加“{ $exercise }”

## Why a routine was refused (on Save, or in an import file)

routine-error-no-name = 给你的练习起个名字吧。
# $length is the name's length; $max the most allowed.
routine-error-name-too-long = 名称有 { $length } 个字符；请控制在 { $max } 个字符以内。
routine-error-name-control = 名称不能包含换行符、制表符等控制字符。
routine-error-no-exercises = 请至少选择一个动作。
# $max is the most a routine holds; $count how many this one has.
routine-error-too-many = 一套练习最多包含 { $max } 个动作；这套有 { $count } 个。请移除一些。
# $exercise is the name the routine gives, which the library does not have.
routine-error-unknown-exercise = “{ $exercise }”不是动作库中的动作。
routine-error-bad-id = 这套练习的 ID 无效。

## A routine of your own, shown like a pack: its tagline, facts and "About this routine"

# $count is the number of exercises in it.
routine-pack-tagline = 你自己编排的练习，共 { $count } 个动作。
# Where it is done ("Where" on the pack's card).
routine-pack-where = 由你决定
routine-pack-when = 想做自己挑选的这些动作时，随时都可以。
routine-pack-why = 长时间一动不动地坐着会让身体变得僵硬；简短而规律的活动或许能缓解这种僵硬。
routine-pack-about = 这套练习是你从动作库中挑选动作组合而成的。
# Shown in the "Before you start" box, with the cautions of its exercises.
routine-pack-stop = 任何让你感到疼痛的动作都请停止；曾被告知要避免的动作，请跳过。
# A caution of one exercise, named by it: "Stop if you feel dizzy (Neck Tilts)." $caution is the
# exercise's caution sentence without its final stop; $stop that stop ("." or "!"; "。" in
# Japanese and Chinese); $exercise the exercise's name.
routine-pack-caution = { $caution }（{ $exercise }）{ $stop }
