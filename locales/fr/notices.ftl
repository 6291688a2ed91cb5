# Notices: what the page tells the user about storage, and errors it shows. They stand at the top
# of the page (each with Dismiss) or on the completion screen.

-brand = Desk Break

notice-dismiss = Fermer

## Errors of the page's own actions. $error is the reason, one of the messages below or the
## browser's own words.

error-load = Impossible de lire vos données enregistrées : { $error }
error-snooze = Impossible de reporter le rappel : { $error }
error-checkin-not-saved = Votre ressenti n'a pas pu être enregistré : { $error }
error-export = Échec de l'export : { $error }

## Storage errors. $detail is what the browser said, in its own words.

store-full = Le stockage est plein ({ $detail }). Rien de ce qui était déjà enregistré n'a été perdu, mais cette modification n'a pas été enregistrée ; exportez vos données pour en garder une copie.
store-unavailable = Le stockage n'est pas disponible pour le moment : { $detail }. Rien n'a été perdu ; veuillez réessayer.
store-failed = Échec du stockage : { $detail }.
# $reason is one of the record-* reasons below.
store-invalid-break = Échec du stockage : cette pause n'est pas valide ({ $reason }), elle n'a donc pas été enregistrée.
store-newer-break = Échec du stockage : une pause avec le même identifiant a été enregistrée par une version plus récente de { -brand } et reste telle quelle.
store-newer-routine = Échec du stockage : une routine avec le même identifiant a été enregistrée par une version plus récente de { -brand } et reste telle quelle.

## Why a break is invalid (inside store-invalid-break's parentheses).

record-id-empty = son { $field ->
        [pack-id] identifiant de programme
       *[id] identifiant
    } est vide
record-id-too-long = son { $field ->
        [pack-id] identifiant de programme
       *[id] identifiant
    } dépasse { $max } caractères
record-id-control = son { $field ->
        [pack-id] identifiant de programme
       *[id] identifiant
    } contient des caractères de contrôle
record-time-out-of-range = son heure de { $which ->
        [end] fin
       *[start] début
    } est hors des années 1970–9999
record-ends-before-start = elle se termine avant de commencer
record-more-done-than-total = elle compte { $done ->
        [one] { $done } exercice fait
       *[other] { $done } exercices faits
    } sur { $total }
record-checkin-out-of-range = son ressenti { $which ->
        [after] après
       *[before] avant
    } la pause vaut { $value }, au lieu d'une valeur de 1 à 5
record-offset-out-of-range = son décalage UTC de { $minutes } minutes dépasse ±18 heures
# $stored and $expected are dates written as 2026-03-01.
record-local-date-mismatch = sa date locale { $stored } ne correspond pas à son heure de fin ({ $expected })

## What loading found, reported once the page has read storage.

problem-records-set-aside = { $count ->
        [one] { $count } pause enregistrée n'a pas pu être lue et a été mise de côté ; vos autres pauses sont en sécurité.
       *[other] { $count } pauses enregistrées n'ont pas pu être lues et ont été mises de côté ; vos autres pauses sont en sécurité.
    }
problem-newer-records = { $count ->
        [one] { $count } pause venant d'une version plus récente de { -brand } est conservée telle quelle, mais n'est pas comptée ici.
       *[other] { $count } pauses venant d'une version plus récente de { -brand } sont conservées telles quelles, mais ne sont pas comptées ici.
    }
problem-routines-set-aside = { $count ->
        [one] { $count } routine personnelle n'a pas pu être lue et a été mise de côté ; tout le reste est en sécurité.
       *[other] { $count } routines personnelles n'ont pas pu être lues et ont été mises de côté ; tout le reste est en sécurité.
    }
problem-settings-reset = Vos paramètres n'ont pas pu être lus, les valeurs par défaut sont donc utilisées ; l'ancienne valeur a été mise de côté.
# $fields lists problem-field-* names below, joined by list-separator.
problem-settings-repaired = Certains paramètres n'étaient pas valides et ont repris leur valeur par défaut : { $fields }.
problem-sitting-reset = L'état enregistré du minuteur de position assise n'a pas pu être lu, il repart donc de zéro maintenant ; l'ancienne valeur a été mise de côté.
problem-days-set-aside = { $count ->
        [one] { $count } résumé journalier (position assise et rappels) n'a pas pu être lu et a été mis de côté ; vos pauses sont en sécurité.
       *[other] { $count } résumés journaliers (position assise et rappels) n'ont pas pu être lus et ont été mis de côté ; vos pauses sont en sécurité.
    }
problem-tidy-failed = Le stockage n'a pas pu être nettoyé pour l'instant ; vos données sont restées où elles étaient, et une nouvelle tentative aura lieu la prochaine fois.

## Settings fields, as problem-settings-repaired names them.

problem-field-nudge-interval-min = intervalle des rappels
problem-field-away-min = temps d'absence
problem-field-work-start = début des heures de travail
problem-field-work-end = fin des heures de travail
problem-field-work-days = jours de travail
problem-field-daily-goal = objectif quotidien
problem-field-work-days-only = jours de travail uniquement
problem-field-theme = thème
problem-field-sound = son
problem-field-focus = zones ciblées
problem-field-nudges-paused-until = suspension des rappels
problem-field-quick-nudge-min = rappel de mouvement rapide
problem-field-quick-notify = notification de mouvement rapide
problem-field-language = langue

## A change of settings that was not stored.

store-settings-newer = Vos paramètres ont été enregistrés par une version plus récente de { -brand } ; ils restent donc tels quels et ne peuvent pas être modifiés ici.
# $error is one of the store-* errors above.
store-settings-not-saved = Impossible d'enregistrer les paramètres : { $error }
