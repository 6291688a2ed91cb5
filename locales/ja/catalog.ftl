# "Browse all packs": the catalog of packs with its filters, and "Make your own", the editor of a
# routine of your own with the exercise library to pick from.

## The catalog

# The catalog's name, as a screen reader announces it.
catalog-nav-label = すべてのパック
catalog-own-title = あなたのルーティン
catalog-make-own = 自分で作る
catalog-none-match = 条件に合うパックがありません。
# How many packs the filters let through (never 0: catalog-none-match says that).
catalog-shown = パック{ $count }件を表示中
# A pack's facts on its card: "8 exercises · sitting, standing · at a desk · about 9 min of
# movement". $exercises is the number of exercises (always several); $positions lists
# position-* names (home.ftl), separated by list-separator; $place is catalog-place-*; $minutes
# the pack's length.
catalog-card-facts = { $exercises }の動き・{ $positions }・{ $place }・動く時間は約{ $minutes }分
catalog-place-desk = デスクで
catalog-place-anywhere = どこでも
# The card's figure, for a screen reader: $exercise is the first exercise's name.
catalog-card-pose = 最初の動き：{ $exercise }
# A button on the card of a routine of your own, to open it in the editor.
catalog-change = 変更
# The same button as a screen reader names it: $routine is the routine's name, as the user wrote it.
catalog-change-label = 「{ $routine }」を変更

## The catalog's filters: two groups of choices

catalog-filter-position = 姿勢
catalog-filter-place = 場所
catalog-filter-any = すべて
catalog-filter-sitting = 座って
catalog-filter-standing = 立って
catalog-filter-floor = 床で
catalog-filter-desk = デスクで
catalog-filter-anywhere = どこでも

## Make your own routine

routine-editor-new-title = ルーティンを作成
routine-editor-change-title = ルーティンを変更
# The routine's name field.
routine-editor-name = 名前
routine-editor-name-hint = { $max }文字まで。
routine-editor-moves-title = 選んだ動き
# Under "Your moves": "3 exercises · about 4 min of movement · at most 30". $max is the most a
# routine holds.
routine-editor-summary = { $count }の動き・動く時間は約{ $minutes }分・最大{ $max }
routine-editor-save = ルーティンを保存
routine-editor-cancel = キャンセル
routine-editor-delete = このルーティンを削除

## The routine's moves, in order, each with buttons. $exercise is an exercise's name.

routine-steps-empty = まだ動きがありません。下の動きのライブラリーから追加してください。
routine-step-up = 上へ
routine-step-down = 下へ
routine-step-remove = 外す
routine-step-up-label = { $exercise }を上へ移動
routine-step-down-label = { $exercise }を下へ移動
routine-step-remove-label = { $exercise }を外す
# Announced to a screen reader after a change.
routine-step-removed = { $exercise }を外しました。
# $position is the exercise's new place in the routine, from 1; $count the number of exercises.
routine-step-moved = { $exercise }は{ $position }番目になりました（全{ $count }）。

## The exercise library to pick from. $exercise is an exercise's name.

routine-picker-title = 動きのライブラリー
routine-picker-add = 追加
routine-picker-add-label = { $exercise }を追加

## Why a routine was refused (on Save, or in an import file)

routine-error-no-name = ルーティンに名前を付けてください。
# $length is the name's length; $max the most allowed.
routine-error-name-too-long = 名前が{ $length }文字あります。{ $max }文字以内にしてください。
routine-error-name-control = 名前には改行やタブなどの制御文字を使えません。
routine-error-no-exercises = 動きを1つ以上選んでください。
# $max is the most a routine holds; $count how many this one has.
routine-error-too-many = 1つのルーティンに入れられる動きは{ $max }個までですが、このルーティンには{ $count }個あります。いくつか外してください。
# $exercise is the name the routine gives, which the library does not have.
routine-error-unknown-exercise = 「{ $exercise }」は動きのライブラリーにありません。
routine-error-bad-id = ルーティンのIDが無効です。

## A routine of your own, shown like a pack: its tagline, facts and "About this routine"

# $count is the number of exercises in it.
routine-pack-tagline = 自分で選んだ{ $count }の動きのルーティンです。
# Where it is done ("Where" on the pack's card).
routine-pack-where = お好きな場所
routine-pack-when = 自分で選んだ動きをしたいときに、いつでも。
routine-pack-why = 長い時間じっと座っていると体がこわばります。短い動きを定期的に行うと、こわばりがやわらぐかもしれません。
routine-pack-about = このルーティンは、あなたが動きのライブラリーから組み立てたものです。
# Shown in the "Before you start" box, with the cautions of its exercises.
routine-pack-stop = 痛みが出る動きは中止し、避けるように言われている動きは飛ばしてください。
# A caution of one exercise, named by it: "Stop if you feel dizzy (Neck Tilts)." $caution is the
# exercise's caution sentence without its final stop; $stop that stop ("." or "!"; "。" in
# Japanese); $exercise the exercise's name.
routine-pack-caution = { $caution }（{ $exercise }）{ $stop }
