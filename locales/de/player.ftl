# The guided routine (the player) and the completion screen after it.

## The player

# Above the exercise for a quick move; $pack is the pack's title.
player-quick-eyebrow = Kurze Runde · { $pack }
# "3 of 16 · 7 min left": $index and $count count exercises, $time is a duration.
player-progress = { $index } von { $count } · noch { $time }
player-progress-label = Fortschritt der Routine
player-time-left-label = Verbleibende Zeit für diese Übung
player-paused = Pausiert
# Beside the position on a per-side move: the left side comes first, then the switch.
player-side-left = linke Seite
player-side-right = Seite wechseln
player-previous = Zurück
player-pause = Pause
player-resume = Fortsetzen
player-next = Weiter
player-end = Routine beenden
player-keys = Tasten: Leertaste Pause · ← zurück · → weiter · Esc beenden
# Read out once per step: "Exercise 3 of 16: Chin Tucks", with ", left side" for a per-side move.
player-announce = Übung { $index } von { $count }: { $name }
player-announce-side = Übung { $index } von { $count }: { $name }, { $side }

## The completion screen

done-saved = Pause geschafft – gut gemacht!
done-saving = Deine Pause wird gespeichert …
done-not-saved = Pause geschafft, aber nicht gespeichert
done-finished = Routine abgeschlossen
done-ended = Routine beendet
done-counts = Diese Pause zählt für deine Serie.
# $time is how long quick moves ran today, such as "3 min 20 s".
done-quick-counts = Diese kurze Runde zählt mit ihren Minuten für deine Serie: heute { $time } in kurzen Runden.
# $moved is a duration such as "40 s".
done-not-counted = Diese Pause zählt nicht: Dafür braucht es bis zum Ende der Routine mindestens eine Minute Bewegung (du hast dich { $moved } bewegt).
# The streak rule, under the verdict.
streak-rule = Ein ganzes Programm zählt als eine Pause für dein Tagesziel; kurze Runden zählen nach Minuten: Je { $minutes } Minuten kurze Runden zählen als eine Pause.
done-back = Zurück zu meinem neuen Tab
done-time-moved = Bewegungszeit
done-exercises = Erledigte Übungen
# "5 of 16".
done-exercises-count = { $done } von { $total }

## A break that could not be saved

# $error is the storage error (store-* in notices.ftl). Note the space before it.
not-saved-lead = Diese Pause zählt noch nicht: Sie konnte nicht gespeichert werden. { $error }
not-saved-hint-full = Exportiere diese eine Pause, um sie zu behalten, und speichere sie erneut, sobald wieder Platz ist (oder importiere die Datei später).
not-saved-hint = Versuch gleich noch einmal, sie zu speichern – oder exportiere diese eine Pause und importiere sie später.
not-saved-retry = Pause erneut speichern
not-saved-export = Pause exportieren
