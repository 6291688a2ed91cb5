# The guided routine (the player) and the completion screen after it.

## The player

# Above the exercise for a quick move; $pack is the pack's title.
player-quick-eyebrow = Mouvement rapide · { $pack }
# "3 of 16 · 7 min left": $index and $count count exercises, $time is a duration.
player-progress = { $index } sur { $count } · encore { $time }
player-progress-label = Progression de la routine
player-time-left-label = Temps restant pour cet exercice
player-paused = En pause
# Beside the position on a per-side move: the left side comes first, then the switch.
player-side-left = côté gauche
player-side-right = changez de côté
player-previous = Précédent
player-pause = Pause
player-resume = Reprendre
player-next = Suivant
player-end = Arrêter la routine
player-keys = Touches : Espace pause · ← précédent · → suivant · Échap arrêter
# Read out once per step: "Exercise 3 of 16: Chin Tucks", with ", left side" for a per-side move.
player-announce = Exercice { $index } sur { $count } : { $name }
player-announce-side = Exercice { $index } sur { $count } : { $name }, { $side }

## The completion screen

done-saved = Pause terminée — bravo !
done-saving = Enregistrement de votre pause…
done-not-saved = Pause terminée, mais non enregistrée
done-finished = Routine terminée
done-ended = Routine arrêtée
done-counts = Cette pause compte pour votre série.
# $time is how long quick moves ran today, such as "3 min 20 s".
done-quick-counts = Ce mouvement rapide compte pour votre série selon sa durée : { $time } de mouvements rapides aujourd'hui.
# $moved is a duration such as "40 s".
done-not-counted = Celle-ci ne compte pas : une pause doit aller jusqu'à la fin de la routine avec au moins une minute de mouvement (vous avez bougé { $moved }).
# The streak rule, under the verdict.
streak-rule = Un programme complet compte pour une pause dans votre objectif quotidien ; les mouvements rapides comptent selon leur durée : chaque tranche de { $minutes } minutes de mouvements rapides compte pour une pause.
done-back = Retour à mon nouvel onglet
done-time-moved = Temps en mouvement
done-exercises = Exercices faits
# "5 of 16".
done-exercises-count = { $done } sur { $total }

## A break that could not be saved

# $error is the storage error (store-* in notices.ftl). Note the space before it.
not-saved-lead = Cette pause n'est pas encore comptée : elle n'a pas pu être enregistrée. { $error }
not-saved-hint-full = Exportez cette pause pour la conserver, puis enregistrez-la de nouveau quand il y aura de la place (ou importez le fichier plus tard).
not-saved-hint = Réessayez de l'enregistrer dans un instant — ou exportez cette pause et importez-la plus tard.
not-saved-retry = Réenregistrer cette pause
not-saved-export = Exporter cette pause
