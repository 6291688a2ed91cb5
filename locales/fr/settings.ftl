# The Settings dialog (behind the gear on the New Tab), its error messages, and the messages of
# importing and exporting your data. The work days' names are weekday-* (home.ftl).

-brand = Desk Break

## The dialog

settings-title = Paramètres
settings-close = Fermer

## Nudges

settings-nudges-legend = Rappels
# A number field's label; the field and its unit (settings-unit-minutes) follow it.
settings-nudge-interval-label = Rappel après une position assise de
settings-away-label = Temps d'absence qui met fin à une période assise
# The unit after a number field, with the range allowed: "minutes (30–180)".
settings-unit-minutes = minutes ({ $min }–{ $max })
# The quick-move nudge: "Quick-move nudge after [30] minutes of sitting (20–60) [ ] Off".
settings-quick-nudge-label = Rappel de mouvement rapide après
settings-quick-nudge-unit = minutes en position assise ({ $min }–{ $max })
settings-quick-nudge-off = Désactivé
settings-quick-notify = Afficher aussi une notification pour le mouvement rapide
# "Work hours from [09:00] to [18:00]": two labels, each before its time field.
settings-work-hours-from = Heures de travail de
settings-work-hours-to = à
settings-work-days = Jours de travail
# $when is a time and day (date-time-day in home.ftl: "14:05, Wed 25 Nov").
settings-paused-until = Les rappels sont suspendus jusqu'à { $when }.
settings-nudges-on = Les rappels sont activés.
settings-pause-hour = Suspendre les rappels pendant 1 heure
settings-pause-tomorrow = Suspendre jusqu'à demain
settings-resume = Réactiver les rappels

## Streak

settings-streak-legend = Série
settings-daily-goal-label = Objectif quotidien
# The unit after the daily goal's field, with the range allowed: "breaks a day (1–12)".
settings-unit-breaks-a-day = pauses par jour ({ $min }–{ $max })
settings-work-days-only = Jours de travail uniquement (les jours de repos n'interrompent jamais la série)

## Routine and look

settings-look-legend = Routine et apparence
settings-sound = Signal sonore à chaque exercice
settings-theme-label = Thème
settings-theme-system = Suivre le système
settings-theme-light = Clair
settings-theme-dark = Sombre
# The group of focus areas, as a screen reader names it.
settings-focus-areas = Zones ciblées
# The same group's visible heading.
settings-focus-hint = Zones ciblées (les suggestions les privilégient)
settings-focus-back = Dos
settings-focus-neck = Nuque
settings-focus-shoulders = Épaules
settings-focus-wrists = Poignets
settings-focus-eyes = Yeux
settings-focus-hips = Hanches
settings-focus-posture = Posture
settings-focus-energy = Énergie
settings-focus-calm = Calme
settings-language-label = Langue
# The language menu's first choice: follow the browser's language. $language is that language's
# own name ("Deutsch"), as the page resolves it. The other choices are each language's own name.
settings-language-browser = Langue du navigateur ({ $language })

## Your data

settings-data-legend = Vos données
settings-data-hint = Tout reste dans ce navigateur. Exportez-en une copie, ou importez-en une (les pauses sont fusionnées selon leur identifiant).
settings-export = Exporter les données
settings-import = Importer des données
settings-exported = Toutes vos données ont été exportées.
# $error is the browser's technical reason, in English.
settings-export-failed = Échec de l'export : { $error }
settings-import-unreadable = Impossible de lire ce fichier. Rien n'a été importé.

## Refused settings (shown in the dialog's message line)

settings-error-nudge-interval = L'intervalle des rappels doit être compris entre { $min } et { $max } minutes.
settings-error-away-time = Le temps d'absence doit être compris entre { $min } et { $max } minutes.
settings-error-work-hour = Les heures de travail doivent être des heures de la journée comprises entre 00:00 et 23:59.
settings-error-empty-work-hours = Les heures de travail ne doivent pas commencer et finir à la même heure.
settings-error-no-work-days = Gardez au moins un jour de travail.
settings-error-daily-goal = L'objectif quotidien doit être compris entre { $min } et { $max } pauses.
settings-error-quick-nudge = Le rappel de mouvement rapide doit intervenir au bout de { $min } à { $max } minutes, ou être désactivé.

## What an import did. The page shows the sentences that apply, one after the other.
## "DeskBreak" (written as one word in some of these) and "Desk Break" are the product's name.

import-no-breaks = Ce fichier ne contient aucune pause à importer.
import-nothing-new = Rien de nouveau à importer : toutes les pauses du fichier étaient déjà présentes.
import-added = { $added ->
        [one] { $added } pause importée.
       *[other] { $added } pauses importées.
    }
# Some breaks were new ($added), some were stored already ($present).
import-added-some-present = { $added ->
        [one] { $added } pause importée
       *[other] { $added } pauses importées
    } ; { $present ->
        [one] { $present } était déjà présente.
       *[other] { $present } étaient déjà présentes.
    }
import-kept-newer = { $count ->
        [one] { $count } pause du fichier a aussi été enregistrée par une version plus récente de { -brand } ; c'est la plus récente qui a été conservée.
       *[other] { $count } pauses du fichier ont aussi été enregistrées par une version plus récente de { -brand } ; ce sont les plus récentes qui ont été conservées.
    }
import-replaced-damaged = { $count ->
        [one] { $count } pause enregistrée qui ne pouvait pas être lue a été mise de côté et restaurée à partir du fichier.
       *[other] { $count } pauses enregistrées qui ne pouvaient pas être lues ont été mises de côté et restaurées à partir du fichier.
    }
import-routines-added = { $count ->
        [one] { $count } routine personnelle ajoutée.
       *[other] { $count } routines personnelles ajoutées.
    }
import-routines-present = { $count ->
        [one] { $count } routine personnelle était déjà présente.
       *[other] { $count } routines personnelles étaient déjà présentes.
    }
import-routines-kept = { $count ->
        [one] { $count } routine du fichier est une autre version d'une routine que vous avez déjà ; la vôtre a été conservée.
       *[other] { $count } routines du fichier sont d'autres versions de routines que vous avez déjà ; les vôtres ont été conservées.
    }
import-settings-kept-newer = Vos paramètres proviennent d'une version plus récente de { -brand } et ont été conservés tels quels.
# $fields lists the settings changed, each problem-field-* (notices.ftl), separated by
# list-separator.
import-settings-changed = Paramètres modifiés : { $fields }.
import-settings-matched = Vos paramètres correspondaient déjà à ceux du fichier.
# Between two sentences of the import's message (a space; nothing in Japanese or Chinese).
import-sentence-separator = { " " }

## Why an import file was refused. Every message ends by saying nothing changed.

import-too-large = Ce fichier est trop volumineux pour être un export DeskBreak ({ $bytes ->
        [many] { $bytes } d'octets
       *[other] { $bytes } octets
    } ; la limite est de 5 Mo). Rien n'a été modifié.
# $detail is the JSON parser's technical reason, in English.
import-not-json = Ce fichier n'est pas au format JSON, il ne peut donc pas s'agir d'un export DeskBreak ({ $detail }). Rien n'a été modifié.
import-not-an-export = Ce fichier n'est pas un export DeskBreak. Rien n'a été modifié.
# $version is the file's format number.
import-newer-version = Cet export a été créé par une version plus récente de DeskBreak (format { $version }). Mettez l'extension à jour, puis importez-le de nouveau. Rien n'a été modifié.
import-unsupported-version = DeskBreak ne connaît pas la version de format de cet export. Rien n'a été modifié.
import-no-break-list = La liste des pauses de cet export est absente ou endommagée. Rien n'a été modifié.
import-too-many-breaks = Ce fichier contient { $count ->
        [many] { $count } de pauses
       *[other] { $count } pauses
    }, soit plus que les { $max } qu'un export peut contenir. Rien n'a été modifié.
# $number counts the file's breaks from 1; $reason is a technical reason, in English.
import-bad-break = La pause numéro { $number } de ce fichier ne peut pas être importée : { $reason }. Rien n'a été modifié.
# $version is the version the break was saved by.
import-newer-break = La pause numéro { $number } de ce fichier ne peut pas être importée : elle a été enregistrée par une version plus récente de DeskBreak (v{ $version }). Rien n'a été modifié.
import-settings-not-object = Les paramètres de ce fichier ne sont pas valides (ce n'est pas un objet). Rien n'a été modifié.
# $schema is the settings' version number.
import-settings-newer = Les paramètres de ce fichier ne sont pas valides (ils proviennent d'une version plus récente : schéma { $schema }). Rien n'a été modifié.
# $schema is what the file has where a version number belongs, as it is.
import-settings-unknown-schema = Les paramètres de ce fichier ne sont pas valides (schéma inconnu : { $schema }). Rien n'a été modifié.
# $fields are the names of the settings as stored ("work_end"), as they are.
import-settings-bad-fields = Les paramètres de ce fichier ne sont pas valides (champs incorrects : { $fields }). Rien n'a été modifié.
# The file's settings are valid alone, but not together with the user's own: $fields as above.
import-settings-clash = Les paramètres de ce fichier ne sont pas valides (combinés aux vôtres, champs incorrects : { $fields }). Rien n'a été modifié.
# $reason is a technical reason, in English.
import-settings-damaged = Les paramètres de ce fichier ne sont pas valides ({ $reason }). Rien n'a été modifié.
import-no-routine-list = La liste des routines de cet export est endommagée. Rien n'a été modifié.
import-too-many-routines = Ce fichier contient { $count ->
        [many] { $count } de routines
       *[other] { $count } routines
    }, soit plus que les { $max } qu'un export peut contenir. Rien n'a été modifié.
# $number counts the file's routines from 1; $reason is one of the routine-error-* sentences
# (catalog.ftl), or a technical reason in English.
import-bad-routine = La routine numéro { $number } de ce fichier ne peut pas être importée : { $reason } Rien n'a été modifié.
import-newer-routine = La routine numéro { $number } de ce fichier ne peut pas être importée : elle a été enregistrée par une version plus récente de { -brand } (v{ $version }). Rien n'a été modifié.
# The import could not be written; $error is the storage's own message.
import-store-failed = Rien n'a été importé : { $error }
