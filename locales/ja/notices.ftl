# Notices: what the page tells the user about storage, and errors it shows. They stand at the top
# of the page (each with Dismiss) or on the completion screen.

-brand = Desk Break

notice-dismiss = 閉じる

## Errors of the page's own actions. $error is the reason, one of the messages below or the
## browser's own words.

error-load = 保存したデータを読み込めませんでした：{ $error }
error-snooze = お知らせをスヌーズできませんでした：{ $error }
error-checkin-not-saved = チェックインを保存できませんでした：{ $error }
error-export = エクスポートに失敗しました：{ $error }

## Storage errors. $detail is what the browser said, in its own words.

store-full = ストレージがいっぱいです（{ $detail }）。保存済みのものは失われていませんが、この変更は保存されませんでした。データをエクスポートしてコピーを残してください。
store-unavailable = 現在ストレージを利用できません：{ $detail }。失われたものはありません。もう一度お試しください。
store-failed = ストレージのエラー：{ $detail }。
# $reason is one of the record-* reasons below.
store-invalid-break = ストレージのエラー：この休憩は無効なため（{ $reason }）、保存されませんでした。
store-newer-break = ストレージのエラー：同じIDの休憩が新しいバージョンの{ -brand }で保存されているため、そのまま残しています。
store-newer-routine = ストレージのエラー：同じIDのルーティンが新しいバージョンの{ -brand }で保存されているため、そのまま残しています。

## Why a break is invalid (inside store-invalid-break's parentheses).

record-id-empty = { $field ->
        [pack-id] パックID
       *[id] ID
    }が空です
record-id-too-long = { $field ->
        [pack-id] パックID
       *[id] ID
    }が{ $max }文字を超えています
record-id-control = { $field ->
        [pack-id] パックID
       *[id] ID
    }に制御文字が含まれています
record-time-out-of-range = { $which ->
        [end] 終了
       *[start] 開始
    }時刻が1970〜9999年の範囲外です
record-ends-before-start = 開始より前に終了しています
record-more-done-than-total = 全{ $total }個の動きのうち{ $done }個を完了したことになっています
record-checkin-out-of-range = { $which ->
        [after] 運動後
       *[before] 運動前
    }のチェックインが{ $value }で、1〜5の範囲外です
record-offset-out-of-range = UTCオフセットが{ $minutes }分で、±18時間を超えています
# $stored and $expected are dates written as 2026-03-01.
record-local-date-mismatch = ローカル日付 { $stored } が終了時刻（{ $expected }）と一致しません

## What loading found, reported once the page has read storage.

problem-records-set-aside = 保存された休憩{ $count }件を読み込めなかったため、別に保管しました。ほかの休憩は無事です。
problem-newer-records = 新しいバージョンの{ -brand }で記録された休憩{ $count }件は、保存したまま残していますが、ここではカウントしません。
problem-routines-set-aside = 自作のルーティン{ $count }件を読み込めなかったため、別に保管しました。ほかのデータはすべて無事です。
problem-settings-reset = 設定を読み込めなかったため、初期設定を使用しています。以前の値は別に保管しました。
# $fields lists problem-field-* names below, joined by list-separator.
problem-settings-repaired = 一部の設定が無効だったため、初期設定に戻しました：{ $fields }。
problem-sitting-reset = 座り時間タイマーの保存状態を読み込めなかったため、今から計測し直します。以前の値は別に保管しました。
problem-days-set-aside = 座った時間とお知らせの日ごとの記録{ $count }日分を読み込めなかったため、別に保管しました。休憩の記録は無事です。
problem-tidy-failed = 今はストレージを整理できませんでした。データはそのまま残っており、次回もう一度試します。

## Settings fields, as problem-settings-repaired names them.

problem-field-nudge-interval-min = お知らせの間隔
problem-field-away-min = 離席時間
problem-field-work-start = 勤務の開始時刻
problem-field-work-end = 勤務の終了時刻
problem-field-work-days = 勤務日
problem-field-daily-goal = 1日の目標
problem-field-work-days-only = 勤務日のみ
problem-field-theme = テーマ
problem-field-sound = サウンド
problem-field-focus = 重点部位
problem-field-nudges-paused-until = お知らせの一時停止
problem-field-quick-nudge-min = クイック運動のお知らせ
problem-field-quick-notify = クイック運動の通知
problem-field-language = 言語

## A change of settings that was not stored.

store-settings-newer = 設定は新しいバージョンの{ -brand }で保存されているため、そのまま残しており、ここでは変更できません。
# $error is one of the store-* errors above.
store-settings-not-saved = 設定を保存できませんでした：{ $error }
