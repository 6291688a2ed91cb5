# "Browse all packs": the catalog of packs with its filters, and "Make your own", the editor of a
# routine of your own with the exercise library to pick from.

## The catalog

# The catalog's name, as a screen reader announces it.
catalog-nav-label = Todas las rutinas
catalog-own-title = Tus rutinas
catalog-make-own = Crea la tuya
catalog-none-match = Ninguna rutina coincide con estos filtros.
# How many packs the filters let through (never 0: catalog-none-match says that).
catalog-shown = { $count ->
    [one] Se muestra { $count } rutina
   *[other] Se muestran { $count } rutinas
    }
# A pack's facts on its card: "8 exercises · sitting, standing · at a desk · about 9 min of
# movement". $exercises is the number of exercises (always several); $positions lists
# position-* names (home.ftl), separated by list-separator; $place is catalog-place-*; $minutes
# the pack's length.
catalog-card-facts = { $exercises } ejercicios · { $positions } · { $place } · unos { $minutes } min de movimiento
catalog-place-desk = en el escritorio
catalog-place-anywhere = en cualquier lugar
# The card's figure, for a screen reader: $exercise is the first exercise's name.
catalog-card-pose = { $exercise }, el primer movimiento
# A button on the card of a routine of your own, to open it in the editor.
catalog-change = Editar
# The same button as a screen reader names it: $routine is the routine's name, as the user wrote it.
catalog-change-label = Editar { $routine }

## The catalog's filters: two groups of choices

catalog-filter-position = Posición
catalog-filter-place = Lugar
catalog-filter-any = Cualquiera
catalog-filter-sitting = Sentado
catalog-filter-standing = De pie
catalog-filter-floor = En el suelo
catalog-filter-desk = En el escritorio
catalog-filter-anywhere = En cualquier lugar

## Make your own routine

routine-editor-new-title = Crea tu propia rutina
routine-editor-change-title = Edita tu rutina
# The routine's name field.
routine-editor-name = Nombre
routine-editor-name-hint = Hasta { $max } caracteres.
routine-editor-moves-title = Tus movimientos
# Under "Your moves": "3 exercises · about 4 min of movement · at most 30". $max is the most a
# routine holds.
routine-editor-summary = { $count ->
    [one] { $count } ejercicio
   *[other] { $count } ejercicios
    } · unos { $minutes } min de movimiento · { $max } como máximo
routine-editor-save = Guardar rutina
routine-editor-cancel = Cancelar
routine-editor-delete = Eliminar esta rutina

## The routine's moves, in order, each with buttons. $exercise is an exercise's name.

routine-steps-empty = Aún no hay ejercicios: añade algunos de la biblioteca de abajo.
routine-step-up = Subir
routine-step-down = Bajar
routine-step-remove = Quitar
routine-step-up-label = Subir { $exercise }
routine-step-down-label = Bajar { $exercise }
routine-step-remove-label = Quitar { $exercise }
# Announced to a screen reader after a change.
routine-step-removed = Se quitó { $exercise }.
# $position is the exercise's new place in the routine, from 1; $count the number of exercises.
routine-step-moved = { $exercise } está ahora en el puesto { $position } de { $count }.

## The exercise library to pick from. $exercise is an exercise's name.

routine-picker-title = Biblioteca de ejercicios
routine-picker-add = Añadir
routine-picker-add-label = Añadir { $exercise }

## Why a routine was refused (on Save, or in an import file)

routine-error-no-name = Ponle un nombre a tu rutina.
# $length is the name's length; $max the most allowed.
routine-error-name-too-long = El nombre tiene { $length } caracteres; no uses más de { $max }.
routine-error-name-control = El nombre no puede contener caracteres de control, como saltos de línea o tabulaciones.
routine-error-no-exercises = Elige al menos un ejercicio.
# $max is the most a routine holds; $count how many this one has.
routine-error-too-many = Una rutina admite como máximo { $max } ejercicios; esta tiene { $count }. Quita algunos.
# $exercise is the name the routine gives, which the library does not have.
routine-error-unknown-exercise = «{ $exercise }» no es un ejercicio de la biblioteca.
routine-error-bad-id = El id de la rutina no es válido.

## A routine of your own, shown like a pack: its tagline, facts and "About this routine"

# $count is the number of exercises in it.
routine-pack-tagline = Tu propia rutina de { $count ->
    [one] { $count } movimiento
   *[other] { $count } movimientos
    }.
# Where it is done ("Where" on the pack's card).
routine-pack-where = donde tú elijas
routine-pack-when = Cuando quieras hacer los movimientos que elegiste tú.
routine-pack-why = Pasar largos ratos sentado sin moverte produce rigidez en el cuerpo; moverte de forma breve y regular puede aliviarla.
routine-pack-about = Creaste esta rutina a partir de la biblioteca de ejercicios.
# Shown in the "Before you start" box, with the cautions of its exercises.
routine-pack-stop = Detén cualquier movimiento que te duela y sáltate los que te hayan dicho que evites.
# A caution of one exercise, named by it: "Stop if you feel dizzy (Neck Tilts)." $caution is the
# exercise's caution sentence without its final stop; $stop that stop ("." or "!"; "。" in
# Japanese); $exercise the exercise's name.
routine-pack-caution = { $caution } ({ $exercise }){ $stop }
