# The guided routine (the player) and the completion screen after it.

## The player

# Above the exercise for a quick move; $pack is the pack's title.
player-quick-eyebrow = Quick move · { $pack }
# "3 of 16 · 7 min left": $index and $count count exercises, $time is a duration.
player-progress = { $index } of { $count } · { $time } left
player-progress-label = Routine progress
player-time-left-label = Time left in this exercise
player-paused = Paused
# Beside the position on a per-side move: the left side comes first, then the switch.
player-side-left = left side
player-side-right = switch sides
player-previous = Previous
player-pause = Pause
player-resume = Resume
player-next = Next
player-end = End routine
player-keys = Keys: Space pause · ← previous · → next · Esc end
# Read out once per step: "Exercise 3 of 16: Chin Tucks", with ", left side" for a per-side move.
player-announce = Exercise { $index } of { $count }: { $name }
player-announce-side = Exercise { $index } of { $count }: { $name }, { $side }

## The completion screen

done-saved = Break done — nice work!
done-saving = Saving your break…
done-not-saved = Break done, but not saved
done-finished = Routine finished
done-ended = Routine ended
done-counts = This break counts toward your streak.
# $time is how long quick moves ran today, such as "3 min 20 s".
done-quick-counts = This quick move counts toward your streak by its minutes: { $time } of quick moves today.
# $moved is a duration such as "40 s".
done-not-counted = This one doesn't count: a break needs at least a minute of movement to the end of the routine (you moved { $moved }).
# The streak rule, under the verdict.
streak-rule = A full pack counts as one break toward your daily goal; quick moves count by their minutes: every { $minutes } minutes of quick moves count as one break.
done-back = Back to my new tab
done-time-moved = Time moved
done-exercises = Exercises done
# "5 of 16".
done-exercises-count = { $done } of { $total }

## A break that could not be saved

# $error is the storage error (store-* in notices.ftl). Note the space before it.
not-saved-lead = This break isn't counted yet: it couldn't be saved. { $error }
not-saved-hint-full = Export this one break to keep it, then save it again once there is room (or import the file later).
not-saved-hint = Try saving it again in a moment — or export this one break and import it later.
not-saved-retry = Save this break again
not-saved-export = Export this break
