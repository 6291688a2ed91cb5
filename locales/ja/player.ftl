# The guided routine (the player) and the completion screen after it.

## The player

# Above the exercise for a quick move; $pack is the pack's title.
player-quick-eyebrow = クイック運動・{ $pack }
# "3 of 16 · 7 min left": $index and $count count exercises, $time is a duration.
player-progress = { $index }/{ $count }・残り{ $time }
player-progress-label = ルーティンの進み具合
player-time-left-label = この動きの残り時間
player-paused = 一時停止中
# Beside the position on a per-side move: the left side comes first, then the switch.
player-side-left = 左側
player-side-right = 反対側へ
player-previous = 前へ
player-pause = 一時停止
player-resume = 再開
player-next = 次へ
player-end = ルーティンを終了
player-keys = キー：Space 一時停止・← 前へ・→ 次へ・Esc 終了
# Read out once per step: "Exercise 3 of 16: Chin Tucks", with ", left side" for a per-side move.
player-announce = { $index }番目の動き（全{ $count }）：{ $name }
player-announce-side = { $index }番目の動き（全{ $count }）：{ $name }、{ $side }

## The completion screen

done-saved = 休憩完了。おつかれさまでした！
done-saving = 休憩を保存しています…
done-not-saved = 休憩は完了しましたが、保存されていません
done-finished = ルーティン完了
done-ended = ルーティン終了
done-counts = この休憩は連続記録にカウントされます。
# $time is how long quick moves ran today, such as "3 min 20 s".
done-quick-counts = このクイック運動は、時間に応じて連続記録にカウントされます。今日のクイック運動は{ $time }です。
# $moved is a duration such as "40 s".
done-not-counted = 今回はカウントされません。休憩として数えるには、ルーティンを最後まで進め、その間に1分以上体を動かす必要があります（今回動いたのは{ $moved }）。
# The streak rule, under the verdict.
streak-rule = パック全体は、1日の目標に向けて休憩1回としてカウントされます。クイック運動は時間でカウントされ、クイック運動{ $minutes }分ごとに休憩1回になります。
done-back = 新しいタブに戻る
done-time-moved = 動いた時間
done-exercises = できた動き
# "5 of 16".
done-exercises-count = { $done }/{ $total }

## A break that could not be saved

# $error is the storage error (store-* in notices.ftl). Note the space before it.
not-saved-lead = 保存できなかったため、この休憩はまだカウントされていません。{ $error }
not-saved-hint-full = この休憩をエクスポートして残しておき、空き容量ができたらもう一度保存してください（または後でファイルをインポートしてください）。
not-saved-hint = 少し待ってからもう一度保存してみてください。または、この休憩をエクスポートして後でインポートしてください。
not-saved-retry = この休憩をもう一度保存
not-saved-export = この休憩をエクスポート
