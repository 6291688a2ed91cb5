# The Settings dialog (behind the gear on the New Tab), its error messages, and the messages of
# importing and exporting your data. The work days' names are weekday-* (home.ftl).

-brand = Desk Break

## The dialog

settings-title = 設定
settings-close = 閉じる

## Nudges

settings-nudges-legend = お知らせ
# A number field's label; the field and its unit (settings-unit-minutes) follow it.
# Japanese: "お知らせまでの座り時間 [90] 分（30〜180）".
settings-nudge-interval-label = お知らせまでの座り時間
settings-away-label = 座り時間をリセットする離席時間
# The unit after a number field, with the range allowed: "minutes (30–180)".
settings-unit-minutes = 分（{ $min }〜{ $max }）
# The quick-move nudge: "Quick-move nudge after [30] minutes of sitting (20–60) [ ] Off".
settings-quick-nudge-label = クイック運動のお知らせまでの座り時間
settings-quick-nudge-unit = 分（{ $min }〜{ $max }）
settings-quick-nudge-off = オフ
settings-quick-notify = クイック運動の通知も表示する
# "Work hours from [09:00] to [18:00]": two labels, each before its time field.
# Japanese: "勤務時間 [09:00] 〜 [18:00]".
settings-work-hours-from = 勤務時間
settings-work-hours-to = 〜
settings-work-days = 勤務日
# $when is a time and day (date-time-day in home.ftl: "14:05, Wed 25 Nov").
settings-paused-until = { $when }までお知らせを一時停止しています。
settings-nudges-on = お知らせはオンです。
settings-pause-hour = お知らせを1時間停止
settings-pause-tomorrow = 明日まで停止
settings-resume = お知らせを再開

## Streak

settings-streak-legend = 連続記録
settings-daily-goal-label = 1日の目標
# The unit after the daily goal's field, with the range allowed: "breaks a day (1–12)".
settings-unit-breaks-a-day = 回（{ $min }〜{ $max }）
settings-work-days-only = 勤務日のみ（休日は連続記録が途切れません）

## Routine and look

settings-look-legend = ルーティンと外観
settings-sound = 動きごとに合図の音を鳴らす
settings-theme-label = テーマ
settings-theme-system = システムに合わせる
settings-theme-light = ライト
settings-theme-dark = ダーク
# The group of focus areas, as a screen reader names it.
settings-focus-areas = 重点部位
# The same group's visible heading.
settings-focus-hint = 重点部位（これらを優先して提案します）
settings-focus-back = 背中
settings-focus-neck = 首
settings-focus-shoulders = 肩
settings-focus-wrists = 手首
settings-focus-eyes = 目
settings-focus-hips = 股関節
settings-focus-posture = 姿勢
settings-focus-energy = 元気
settings-focus-calm = リラックス
settings-language-label = 言語
# The language menu's first choice: follow the browser's language. $language is that language's
# own name ("Deutsch"), as the page resolves it. The other choices are each language's own name.
settings-language-browser = ブラウザーの設定（{ $language }）

## Your data

settings-data-legend = データ
settings-data-hint = データはすべてこのブラウザー内にあります。コピーをエクスポートしたり、インポートしたりできます（休憩はIDごとに統合されます）。
settings-export = データをエクスポート
settings-import = データをインポート
settings-exported = すべてのデータをエクスポートしました。
# $error is the browser's technical reason, in English.
settings-export-failed = エクスポートに失敗しました：{ $error }
settings-import-unreadable = そのファイルを読み込めませんでした。何もインポートされていません。

## Refused settings (shown in the dialog's message line)

settings-error-nudge-interval = お知らせの間隔は{ $min }〜{ $max }分の範囲で指定してください。
settings-error-away-time = 離席時間は{ $min }〜{ $max }分の範囲で指定してください。
settings-error-work-hour = 勤務時間は00:00〜23:59の時刻で指定してください。
settings-error-empty-work-hours = 勤務時間の開始と終了を同じ時刻にすることはできません。
settings-error-no-work-days = 勤務日を1日以上残してください。
settings-error-daily-goal = 1日の目標は{ $min }〜{ $max }回の範囲で指定してください。
settings-error-quick-nudge = クイック運動のお知らせは{ $min }〜{ $max }分の範囲で指定するか、オフにしてください。

## What an import did. The page shows the sentences that apply, one after the other.
## "DeskBreak" (written as one word in some of these) and "Desk Break" are the product's name.

import-no-breaks = このファイルにはインポートできる休憩がありません。
import-nothing-new = 新しくインポートするものはありません。ファイル内の休憩はすべて登録済みです。
import-added = 休憩{ $added }件をインポートしました。
# Some breaks were new ($added), some were stored already ($present).
import-added-some-present = 休憩{ $added }件をインポートしました（{ $present }件は登録済みでした）。
import-kept-newer = ファイル内の休憩{ $count }件は新しいバージョンの{ -brand }でも保存されていたため、新しい方を残しました。
import-replaced-damaged = 読み込めなかった保存済みの休憩{ $count }件を別に保管し、ファイルから復元しました。
import-routines-added = 自作のルーティン{ $count }件を追加しました。
import-routines-present = 自作のルーティン{ $count }件は登録済みでした。
import-routines-kept = ファイル内のルーティン{ $count }件は、お手元のルーティンとバージョンが異なるため、お手元のものを残しました。
import-settings-kept-newer = 現在の設定は新しいバージョンの{ -brand }で保存されたものなので、そのまま残しました。
# $fields lists the settings changed, each problem-field-* (notices.ftl), separated by
# list-separator.
import-settings-changed = 変更した設定：{ $fields }。
import-settings-matched = 設定はすでにファイルの内容と同じでした。
# Between two sentences of the import's message (a space; nothing in Japanese or Chinese).
import-sentence-separator = { "" }

## Why an import file was refused. Every message ends by saying nothing changed.

import-too-large = このファイルはDeskBreakのエクスポートとしては大きすぎます（{ $bytes }バイト。上限は5 MB）。何も変更されていません。
# $detail is the JSON parser's technical reason, in English.
import-not-json = このファイルはJSONではないため、DeskBreakのエクスポートではありません（{ $detail }）。何も変更されていません。
import-not-an-export = このファイルはDeskBreakのエクスポートではありません。何も変更されていません。
# $version is the file's format number.
import-newer-version = このエクスポートは新しいバージョンのDeskBreakで作成されています（形式{ $version }）。拡張機能を更新してから、もう一度インポートしてください。何も変更されていません。
import-unsupported-version = このエクスポートの形式のバージョンは、DeskBreakが認識できないものです。何も変更されていません。
import-no-break-list = このエクスポートの休憩の一覧が見つからないか、破損しています。何も変更されていません。
import-too-many-breaks = このファイルには休憩が{ $count }件含まれており、エクスポートの上限の{ $max }件を超えています。何も変更されていません。
# $number counts the file's breaks from 1; $reason is a technical reason, in English.
import-bad-break = このファイルの{ $number }番目の休憩はインポートできません：{ $reason }。何も変更されていません。
# $version is the version the break was saved by.
import-newer-break = このファイルの{ $number }番目の休憩はインポートできません：新しいバージョンのDeskBreak（v{ $version }）で保存されています。何も変更されていません。
import-settings-not-object = このファイルの設定は無効です（オブジェクトではありません）。何も変更されていません。
# $schema is the settings' version number.
import-settings-newer = このファイルの設定は無効です（新しいバージョンのものです：スキーマ{ $schema }）。何も変更されていません。
# $schema is what the file has where a version number belongs, as it is.
import-settings-unknown-schema = このファイルの設定は無効です（不明なスキーマ{ $schema }）。何も変更されていません。
# $fields are the names of the settings as stored ("work_end"), as they are.
import-settings-bad-fields = このファイルの設定は無効です（不正な項目：{ $fields }）。何も変更されていません。
# The file's settings are valid alone, but not together with the user's own: $fields as above.
import-settings-clash = このファイルの設定は無効です（現在の設定と組み合わせると不正な項目：{ $fields }）。何も変更されていません。
# $reason is a technical reason, in English.
import-settings-damaged = このファイルの設定は無効です（{ $reason }）。何も変更されていません。
import-no-routine-list = このエクスポートのルーティンの一覧が破損しています。何も変更されていません。
import-too-many-routines = このファイルにはルーティンが{ $count }件含まれており、エクスポートの上限の{ $max }件を超えています。何も変更されていません。
# $number counts the file's routines from 1; $reason is one of the routine-error-* sentences
# (catalog.ftl), or a technical reason in English.
import-bad-routine = このファイルの{ $number }番目のルーティンはインポートできません：{ $reason }何も変更されていません。
import-newer-routine = このファイルの{ $number }番目のルーティンはインポートできません：新しいバージョンの{ -brand }（v{ $version }）で保存されています。何も変更されていません。
# The import could not be written; $error is the storage's own message.
import-store-failed = 何もインポートされませんでした：{ $error }
