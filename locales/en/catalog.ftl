# "Browse all packs": the catalog of packs with its filters, and "Make your own", the editor of a
# routine of your own with the exercise library to pick from.

## The catalog

# The catalog's name, as a screen reader announces it.
catalog-nav-label = All packs
catalog-own-title = Your routines
catalog-make-own = Make your own
catalog-none-match = No pack matches these filters.
# How many packs the filters let through (never 0: catalog-none-match says that).
catalog-shown = { $count ->
    [one] { $count } pack
   *[other] { $count } packs
    } shown
# A pack's facts on its card: "8 exercises · sitting, standing · at a desk · about 9 min of
# movement". $exercises is the number of exercises (always several); $positions lists
# position-* names (home.ftl), separated by list-separator; $place is catalog-place-*; $minutes
# the pack's length.
catalog-card-facts = { $exercises } exercises · { $positions } · { $place } · about { $minutes } min of movement
catalog-place-desk = at a desk
catalog-place-anywhere = anywhere
# The card's figure, for a screen reader: $exercise is the first exercise's name.
catalog-card-pose = { $exercise }, the first move
# A button on the card of a routine of your own, to open it in the editor.
catalog-change = Change
# The same button as a screen reader names it: $routine is the routine's name, as the user wrote it.
catalog-change-label = Change { $routine }

## The catalog's filters: two groups of choices

catalog-filter-position = Position
catalog-filter-place = Place
catalog-filter-any = Any
catalog-filter-sitting = Sitting
catalog-filter-standing = Standing
catalog-filter-floor = Floor
catalog-filter-desk = At a desk
catalog-filter-anywhere = Anywhere

## Make your own routine

routine-editor-new-title = Make your own routine
routine-editor-change-title = Change your routine
# The routine's name field.
routine-editor-name = Name
routine-editor-name-hint = Up to { $max } characters.
routine-editor-moves-title = Your moves
# Under "Your moves": "3 exercises · about 4 min of movement · at most 30". $max is the most a
# routine holds.
routine-editor-summary = { $count ->
    [one] { $count } exercise
   *[other] { $count } exercises
    } · about { $minutes } min of movement · at most { $max }
routine-editor-save = Save routine
routine-editor-cancel = Cancel
routine-editor-delete = Delete this routine

## The routine's moves, in order, each with buttons. $exercise is an exercise's name.

routine-steps-empty = No exercises yet: add some from the library below.
routine-step-up = Up
routine-step-down = Down
routine-step-remove = Remove
routine-step-up-label = Move { $exercise } up
routine-step-down-label = Move { $exercise } down
routine-step-remove-label = Remove { $exercise }
# Announced to a screen reader after a change.
routine-step-removed = { $exercise } removed.
# $position is the exercise's new place in the routine, from 1; $count the number of exercises.
routine-step-moved = { $exercise } is now { $position } of { $count }.

## The exercise library to pick from. $exercise is an exercise's name.

routine-picker-title = Exercise library
routine-picker-add = Add
routine-picker-add-label = Add { $exercise }

## Why a routine was refused (on Save, or in an import file)

routine-error-no-name = Give your routine a name.
# $length is the name's length; $max the most allowed.
routine-error-name-too-long = The name is { $length } characters long; keep it to { $max } or fewer.
routine-error-name-control = The name can't contain control characters such as line breaks or tabs.
routine-error-no-exercises = Pick at least one exercise.
# $max is the most a routine holds; $count how many this one has.
routine-error-too-many = A routine holds at most { $max } exercises; this one has { $count }. Remove some.
# $exercise is the name the routine gives, which the library does not have.
routine-error-unknown-exercise = "{ $exercise }" isn't an exercise in the library.
routine-error-bad-id = The routine's id isn't valid.

## A routine of your own, shown like a pack: its tagline, facts and "About this routine"

# $count is the number of exercises in it.
routine-pack-tagline = Your own routine of { $count ->
    [one] { $count } move
   *[other] { $count } moves
    }.
# Where it is done ("Where" on the pack's card).
routine-pack-where = wherever you choose
routine-pack-when = Whenever you want the moves you picked yourself.
routine-pack-why = Sitting still for long stretches stiffens the body; short, regular movement may ease it.
routine-pack-about = You put this routine together from the exercise library.
# Shown in the "Before you start" box, with the cautions of its exercises.
routine-pack-stop = Stop any move that hurts, and skip one you have been told to avoid.
# A caution of one exercise, named by it: "Stop if you feel dizzy (Neck Tilts)." $caution is the
# exercise's caution sentence without its final stop; $stop that stop ("." or "!"; "。" in
# Japanese); $exercise the exercise's name.
routine-pack-caution = { $caution } ({ $exercise }){ $stop }
