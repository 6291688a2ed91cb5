# "Browse all packs": the catalog of packs with its filters, and "Make your own", the editor of a
# routine of your own with the exercise library to pick from.

## The catalog

# The catalog's name, as a screen reader announces it.
catalog-nav-label = Alle Programme
catalog-own-title = Deine Routinen
catalog-make-own = Eigene Routine erstellen
catalog-none-match = Kein Programm passt zu diesen Filtern.
# How many packs the filters let through (never 0: catalog-none-match says that).
catalog-shown = { $count ->
        [one] { $count } Programm
       *[other] { $count } Programme
    } angezeigt
# A pack's facts on its card: "8 exercises · sitting, standing · at a desk · about 9 min of
# movement". $exercises is the number of exercises (always several); $positions lists
# position-* names (home.ftl), separated by list-separator; $place is catalog-place-*; $minutes
# the pack's length.
catalog-card-facts = { $exercises } Übungen · { $positions } · { $place } · etwa { $minutes } Min. Bewegung
catalog-place-desk = am Schreibtisch
catalog-place-anywhere = überall
# The card's figure, for a screen reader: $exercise is the first exercise's name.
catalog-card-pose = { $exercise }, die erste Übung
# A button on the card of a routine of your own, to open it in the editor.
catalog-change = Ändern
# The same button as a screen reader names it: $routine is the routine's name, as the user wrote it.
catalog-change-label = { $routine } ändern

## The catalog's filters: two groups of choices

catalog-filter-position = Position
catalog-filter-place = Ort
catalog-filter-any = Alle
catalog-filter-sitting = Im Sitzen
catalog-filter-standing = Im Stehen
catalog-filter-floor = Am Boden
catalog-filter-desk = Am Schreibtisch
catalog-filter-anywhere = Überall

## Make your own routine

routine-editor-new-title = Eigene Routine erstellen
routine-editor-change-title = Deine Routine ändern
# The routine's name field.
routine-editor-name = Name
routine-editor-name-hint = Bis zu { $max } Zeichen.
routine-editor-moves-title = Deine Übungen
# Under "Your moves": "3 exercises · about 4 min of movement · at most 30". $max is the most a
# routine holds.
routine-editor-summary = { $count ->
        [one] { $count } Übung
       *[other] { $count } Übungen
    } · etwa { $minutes } Min. Bewegung · höchstens { $max }
routine-editor-save = Routine speichern
routine-editor-cancel = Abbrechen
routine-editor-delete = Diese Routine löschen

## The routine's moves, in order, each with buttons. $exercise is an exercise's name.

routine-steps-empty = Noch keine Übungen: Füge unten welche aus der Übungsbibliothek hinzu.
routine-step-up = Nach oben
routine-step-down = Nach unten
routine-step-remove = Entfernen
routine-step-up-label = { $exercise } nach oben verschieben
routine-step-down-label = { $exercise } nach unten verschieben
routine-step-remove-label = { $exercise } entfernen
# Announced to a screen reader after a change.
routine-step-removed = { $exercise } entfernt.
# $position is the exercise's new place in the routine, from 1; $count the number of exercises.
routine-step-moved = { $exercise } ist jetzt Nummer { $position } von { $count }.

## The exercise library to pick from. $exercise is an exercise's name.

routine-picker-title = Übungsbibliothek
routine-picker-add = Hinzufügen
routine-picker-add-label = { $exercise } hinzufügen

## Why a routine was refused (on Save, or in an import file)

routine-error-no-name = Gib deiner Routine einen Namen.
# $length is the name's length; $max the most allowed.
routine-error-name-too-long = Der Name ist { $length } Zeichen lang; er darf höchstens { $max } Zeichen haben.
routine-error-name-control = Der Name darf keine Steuerzeichen wie Zeilenumbrüche oder Tabulatoren enthalten.
routine-error-no-exercises = Wähl mindestens eine Übung aus.
# $max is the most a routine holds; $count how many this one has.
routine-error-too-many = Eine Routine umfasst höchstens { $max } Übungen; diese hat { $count }. Entferne einige.
# $exercise is the name the routine gives, which the library does not have.
routine-error-unknown-exercise = „{ $exercise }“ ist keine Übung aus der Bibliothek.
routine-error-bad-id = Die ID der Routine ist ungültig.

## A routine of your own, shown like a pack: its tagline, facts and "About this routine"

# $count is the number of exercises in it.
routine-pack-tagline = Deine eigene Routine mit { $count ->
        [one] { $count } Übung
       *[other] { $count } Übungen
    }.
# Where it is done ("Where" on the pack's card).
routine-pack-where = wo du willst
routine-pack-when = Wann immer du die Übungen machen willst, die du selbst ausgewählt hast.
routine-pack-why = Langes Stillsitzen macht den Körper steif; kurze, regelmäßige Bewegung kann das lindern.
routine-pack-about = Du hast diese Routine aus der Übungsbibliothek zusammengestellt.
# Shown in the "Before you start" box, with the cautions of its exercises.
routine-pack-stop = Hör mit jeder Übung auf, die wehtut, und lass jede aus, von der man dir abgeraten hat.
# A caution of one exercise, named by it: "Stop if you feel dizzy (Neck Tilts)." $caution is the
# exercise's caution sentence without its final stop; $stop that stop ("." or "!"; "。" in
# Japanese); $exercise the exercise's name.
routine-pack-caution = { $caution } ({ $exercise }){ $stop }
