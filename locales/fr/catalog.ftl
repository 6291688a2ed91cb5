# "Browse all packs": the catalog of packs with its filters, and "Make your own", the editor of a
# routine of your own with the exercise library to pick from.

## The catalog

# The catalog's name, as a screen reader announces it.
catalog-nav-label = Tous les programmes
catalog-own-title = Vos routines
catalog-make-own = Créer votre routine
catalog-none-match = Aucun programme ne correspond à ces filtres.
# How many packs the filters let through (never 0: catalog-none-match says that).
catalog-shown = { $count ->
        [one] { $count } programme affiché
       *[other] { $count } programmes affichés
    }
# A pack's facts on its card: "8 exercises · sitting, standing · at a desk · about 9 min of
# movement". $exercises is the number of exercises (always several); $positions lists
# position-* names (home.ftl), separated by list-separator; $place is catalog-place-*; $minutes
# the pack's length.
catalog-card-facts = { $exercises } exercices · { $positions } · { $place } · environ { $minutes } min de mouvement
catalog-place-desk = au bureau
catalog-place-anywhere = partout
# The card's figure, for a screen reader: $exercise is the first exercise's name.
catalog-card-pose = { $exercise }, le premier mouvement
# A button on the card of a routine of your own, to open it in the editor.
catalog-change = Modifier
# The same button as a screen reader names it: $routine is the routine's name, as the user wrote it.
catalog-change-label = Modifier { $routine }

## The catalog's filters: two groups of choices

catalog-filter-position = Position
catalog-filter-place = Lieu
catalog-filter-any = Indifférent
catalog-filter-sitting = Assis
catalog-filter-standing = Debout
catalog-filter-floor = Au sol
catalog-filter-desk = Au bureau
catalog-filter-anywhere = Partout

## Make your own routine

routine-editor-new-title = Créer votre routine
routine-editor-change-title = Modifier votre routine
# The routine's name field.
routine-editor-name = Nom
routine-editor-name-hint = { $max } caractères maximum.
routine-editor-moves-title = Vos mouvements
# Under "Your moves": "3 exercises · about 4 min of movement · at most 30". $max is the most a
# routine holds.
routine-editor-summary = { $count ->
        [one] { $count } exercice
       *[other] { $count } exercices
    } · environ { $minutes } min de mouvement · { $max } maximum
routine-editor-save = Enregistrer la routine
routine-editor-cancel = Annuler
routine-editor-delete = Supprimer cette routine

## The routine's moves, in order, each with buttons. $exercise is an exercise's name.

routine-steps-empty = Aucun exercice pour l'instant : ajoutez-en depuis la bibliothèque ci-dessous.
routine-step-up = Monter
routine-step-down = Descendre
routine-step-remove = Retirer
routine-step-up-label = Monter { $exercise }
routine-step-down-label = Descendre { $exercise }
routine-step-remove-label = Retirer { $exercise }
# Announced to a screen reader after a change.
routine-step-removed = Exercice retiré : { $exercise }.
# $position is the exercise's new place in the routine, from 1; $count the number of exercises.
routine-step-moved = { $exercise } : désormais { $position } sur { $count }.

## The exercise library to pick from. $exercise is an exercise's name.

routine-picker-title = Bibliothèque d'exercices
routine-picker-add = Ajouter
routine-picker-add-label = Ajouter { $exercise }

## Why a routine was refused (on Save, or in an import file)

routine-error-no-name = Donnez un nom à votre routine.
# $length is the name's length; $max the most allowed.
routine-error-name-too-long = Le nom compte { $length } caractères ; limitez-le à { $max } au maximum.
routine-error-name-control = Le nom ne peut pas contenir de caractères de contrôle, comme des retours à la ligne ou des tabulations.
routine-error-no-exercises = Choisissez au moins un exercice.
# $max is the most a routine holds; $count how many this one has.
routine-error-too-many = Une routine contient au maximum { $max } exercices ; celle-ci en compte { $count }. Retirez-en quelques-uns.
# $exercise is the name the routine gives, which the library does not have.
routine-error-unknown-exercise = « { $exercise } » n'est pas un exercice de la bibliothèque.
routine-error-bad-id = L'identifiant de la routine n'est pas valide.

## A routine of your own, shown like a pack: its tagline, facts and "About this routine"

# $count is the number of exercises in it.
routine-pack-tagline = Votre propre routine de { $count ->
        [one] { $count } mouvement
       *[other] { $count } mouvements
    }.
# Where it is done ("Where" on the pack's card).
routine-pack-where = où vous voulez
routine-pack-when = Quand vous avez envie des mouvements que vous avez choisis vous-même.
routine-pack-why = Rester assis sans bouger pendant de longues périodes raidit le corps ; des mouvements courts et réguliers peuvent soulager cette raideur.
routine-pack-about = Vous avez composé cette routine à partir de la bibliothèque d'exercices.
# Shown in the "Before you start" box, with the cautions of its exercises.
routine-pack-stop = Arrêtez tout mouvement qui fait mal, et sautez ceux qu'on vous a conseillé d'éviter.
# A caution of one exercise, named by it: "Stop if you feel dizzy (Neck Tilts)." $caution is the
# exercise's caution sentence without its final stop; $stop that stop ("." or "!"; "。" in
# Japanese); $exercise the exercise's name.
routine-pack-caution = { $caution } ({ $exercise }){ $stop }
