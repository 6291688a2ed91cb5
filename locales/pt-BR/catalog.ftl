# "Browse all packs": the catalog of packs with its filters, and "Make your own", the editor of a
# routine of your own with the exercise library to pick from.

## The catalog

# The catalog's name, as a screen reader announces it.
catalog-nav-label = Todos os pacotes
catalog-own-title = Suas rotinas
catalog-make-own = Criar sua rotina
catalog-none-match = Nenhum pacote corresponde a estes filtros.
# How many packs the filters let through (never 0: catalog-none-match says that).
catalog-shown = { $count ->
    [one] { $count } pacote exibido
   *[other] { $count } pacotes exibidos
    }
# A pack's facts on its card: "8 exercises · sitting, standing · at a desk · about 9 min of
# movement". $exercises is the number of exercises (always several); $positions lists
# position-* names (home.ftl), separated by list-separator; $place is catalog-place-*; $minutes
# the pack's length.
catalog-card-facts = { $exercises } exercícios · { $positions } · { $place } · cerca de { $minutes } min de movimento
catalog-place-desk = na mesa
catalog-place-anywhere = em qualquer lugar
# The card's figure, for a screen reader: $exercise is the first exercise's name.
catalog-card-pose = { $exercise }, o primeiro movimento
# A button on the card of a routine of your own, to open it in the editor.
catalog-change = Alterar
# The same button as a screen reader names it: $routine is the routine's name, as the user wrote it.
catalog-change-label = Alterar { $routine }

## The catalog's filters: two groups of choices

catalog-filter-position = Posição
catalog-filter-place = Lugar
catalog-filter-any = Qualquer
catalog-filter-sitting = Sentado
catalog-filter-standing = Em pé
catalog-filter-floor = No chão
catalog-filter-desk = Na mesa
catalog-filter-anywhere = Em qualquer lugar

## Make your own routine

routine-editor-new-title = Criar sua própria rotina
routine-editor-change-title = Alterar sua rotina
# The routine's name field.
routine-editor-name = Nome
routine-editor-name-hint = Até { $max } caracteres.
routine-editor-moves-title = Seus movimentos
# Under "Your moves": "3 exercises · about 4 min of movement · at most 30". $max is the most a
# routine holds.
routine-editor-summary = { $count ->
    [0] { $count } exercícios
    [one] { $count } exercício
   *[other] { $count } exercícios
    } · cerca de { $minutes } min de movimento · no máximo { $max }
routine-editor-save = Salvar rotina
routine-editor-cancel = Cancelar
routine-editor-delete = Excluir esta rotina

## The routine's moves, in order, each with buttons. $exercise is an exercise's name.

routine-steps-empty = Nenhum exercício ainda: adicione alguns da biblioteca abaixo.
routine-step-up = Subir
routine-step-down = Descer
routine-step-remove = Remover
routine-step-up-label = Mover { $exercise } para cima
routine-step-down-label = Mover { $exercise } para baixo
routine-step-remove-label = Remover { $exercise }
# Announced to a screen reader after a change.
routine-step-removed = Exercício removido: { $exercise }.
# $position is the exercise's new place in the routine, from 1; $count the number of exercises.
routine-step-moved = { $exercise } agora está na posição { $position } de { $count }.

## The exercise library to pick from. $exercise is an exercise's name.

routine-picker-title = Biblioteca de exercícios
routine-picker-add = Adicionar
routine-picker-add-label = Adicionar { $exercise }

## Why a routine was refused (on Save, or in an import file)

routine-error-no-name = Dê um nome à sua rotina.
# $length is the name's length; $max the most allowed.
routine-error-name-too-long = O nome tem { $length } caracteres; use no máximo { $max }.
routine-error-name-control = O nome não pode conter caracteres de controle, como quebras de linha ou tabulações.
routine-error-no-exercises = Escolha pelo menos um exercício.
# $max is the most a routine holds; $count how many this one has.
routine-error-too-many = Uma rotina comporta no máximo { $max } exercícios; esta tem { $count }. Remova alguns.
# $exercise is the name the routine gives, which the library does not have.
routine-error-unknown-exercise = “{ $exercise }” não é um exercício da biblioteca.
routine-error-bad-id = O id da rotina não é válido.

## A routine of your own, shown like a pack: its tagline, facts and "About this routine"

# $count is the number of exercises in it.
routine-pack-tagline = Sua própria rotina de { $count ->
    [one] { $count } movimento
   *[other] { $count } movimentos
    }.
# Where it is done ("Where" on the pack's card).
routine-pack-where = onde você preferir
routine-pack-when = Sempre que quiser fazer os movimentos escolhidos por você.
routine-pack-why = Ficar sentado sem se mexer por longos períodos deixa o corpo rígido; movimentos curtos e regulares podem aliviar essa rigidez.
routine-pack-about = Você montou esta rotina com exercícios da biblioteca.
# Shown in the "Before you start" box, with the cautions of its exercises.
routine-pack-stop = Pare qualquer movimento que cause dor e pule os que recomendaram que você evite.
# A caution of one exercise, named by it: "Stop if you feel dizzy (Neck Tilts)." $caution is the
# exercise's caution sentence without its final stop; $stop that stop ("." or "!"; "。" in
# Japanese); $exercise the exercise's name.
routine-pack-caution = { $caution } ({ $exercise }){ $stop }
