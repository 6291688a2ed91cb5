# The Settings dialog (behind the gear on the New Tab), its error messages, and the messages of
# importing and exporting your data. The work days' names are weekday-* (home.ftl).

-brand = Desk Break

## The dialog

settings-title = Einstellungen
settings-close = Schließen

## Nudges

settings-nudges-legend = Erinnerungen
# A number field's label; the field and its unit (settings-unit-minutes) follow it.
settings-nudge-interval-label = Erinnerung nach einer Sitzdauer von
settings-away-label = Abwesenheitszeit, die eine Sitzphase beendet
# The unit after a number field, with the range allowed: "minutes (30–180)".
settings-unit-minutes = Minuten ({ $min }–{ $max })
# The quick-move nudge: "Quick-move nudge after [30] minutes of sitting (20–60) [ ] Off".
settings-quick-nudge-label = Erinnerung an kurze Runde nach
settings-quick-nudge-unit = Minuten Sitzen ({ $min }–{ $max })
settings-quick-nudge-off = Aus
settings-quick-notify = Auch für die kurze Runde eine Benachrichtigung anzeigen
# "Work hours from [09:00] to [18:00]": two labels, each before its time field.
settings-work-hours-from = Arbeitszeit von
settings-work-hours-to = bis
settings-work-days = Arbeitstage
# $when is a time and day (date-time-day in home.ftl: "14:05, Wed 25 Nov").
settings-paused-until = Erinnerungen sind pausiert bis { $when }.
settings-nudges-on = Erinnerungen sind eingeschaltet.
settings-pause-hour = Erinnerungen 1 Stunde pausieren
settings-pause-tomorrow = Bis morgen pausieren
settings-resume = Erinnerungen fortsetzen

## Streak

settings-streak-legend = Serie
settings-daily-goal-label = Tagesziel
# The unit after the daily goal's field, with the range allowed: "breaks a day (1–12)".
settings-unit-breaks-a-day = Pausen pro Tag ({ $min }–{ $max })
settings-work-days-only = Nur Arbeitstage (freie Tage unterbrechen die Serie nie)

## Routine and look

settings-look-legend = Routine und Darstellung
settings-sound = Tonsignal bei jeder Übung
settings-theme-label = Design
settings-theme-system = Wie im System
settings-theme-light = Hell
settings-theme-dark = Dunkel
# The group of focus areas, as a screen reader names it.
settings-focus-areas = Schwerpunkte
# The same group's visible heading.
settings-focus-hint = Schwerpunkte (Vorschläge bevorzugen diese)
settings-focus-back = Rücken
settings-focus-neck = Nacken
settings-focus-shoulders = Schultern
settings-focus-wrists = Handgelenke
settings-focus-eyes = Augen
settings-focus-hips = Hüften
settings-focus-posture = Haltung
settings-focus-energy = Energie
settings-focus-calm = Ruhe
settings-language-label = Sprache
# The language menu's first choice: follow the browser's language. $language is that language's
# own name ("Deutsch"), as the page resolves it. The other choices are each language's own name.
settings-language-browser = Wie im Browser ({ $language })

## Your data

settings-data-legend = Deine Daten
settings-data-hint = Alles bleibt in diesem Browser. Exportiere eine Kopie oder importiere eine (Pausen werden anhand ihrer ID zusammengeführt).
settings-export = Daten exportieren
settings-import = Daten importieren
settings-exported = Alle deine Daten wurden exportiert.
# $error is the browser's technical reason, in English.
settings-export-failed = Export fehlgeschlagen: { $error }
settings-import-unreadable = Diese Datei konnte nicht gelesen werden. Es wurde nichts importiert.

## Refused settings (shown in the dialog's message line)

settings-error-nudge-interval = Das Erinnerungsintervall muss zwischen { $min } und { $max } Minuten liegen.
settings-error-away-time = Die Abwesenheitszeit muss zwischen { $min } und { $max } Minuten liegen.
settings-error-work-hour = Beginn und Ende der Arbeitszeit müssen Uhrzeiten zwischen 00:00 und 23:59 sein.
settings-error-empty-work-hours = Die Arbeitszeit darf nicht zur selben Uhrzeit beginnen und enden.
settings-error-no-work-days = Lass mindestens einen Arbeitstag ausgewählt.
settings-error-daily-goal = Das Tagesziel muss zwischen { $min } und { $max } Pausen liegen.
settings-error-quick-nudge = Die Erinnerung an die kurze Runde muss nach { $min } bis { $max } Minuten kommen oder ausgeschaltet sein.

## What an import did. The page shows the sentences that apply, one after the other.
## "DeskBreak" (written as one word in some of these) and "Desk Break" are the product's name.

import-no-breaks = Diese Datei enthält keine Pausen zum Importieren.
import-nothing-new = Nichts Neues zu importieren: Jede Pause in der Datei war schon vorhanden.
import-added = { $added ->
        [one] { $added } Pause
       *[other] { $added } Pausen
    } importiert.
# Some breaks were new ($added), some were stored already ($present).
import-added-some-present = { $added ->
        [one] { $added } Pause
       *[other] { $added } Pausen
    } importiert; { $present ->
        [one] { $present } war
       *[other] { $present } waren
    } schon vorhanden.
import-kept-newer = { $count ->
        [one] { $count } Pause in der Datei wurde auch von einer neueren Version von { -brand } gespeichert; die neuere wurde behalten.
       *[other] { $count } Pausen in der Datei wurden auch von einer neueren Version von { -brand } gespeichert; die neueren wurden behalten.
    }
import-replaced-damaged = { $count ->
        [one] { $count } gespeicherte Pause, die nicht gelesen werden konnte, wurde beiseitegelegt und aus der Datei wiederhergestellt.
       *[other] { $count } gespeicherte Pausen, die nicht gelesen werden konnten, wurden beiseitegelegt und aus der Datei wiederhergestellt.
    }
import-routines-added = { $count ->
        [one] { $count } eigene Routine
       *[other] { $count } eigene Routinen
    } hinzugefügt.
import-routines-present = { $count ->
        [one] { $count } eigene Routine war
       *[other] { $count } eigene Routinen waren
    } schon vorhanden.
import-routines-kept = { $count ->
        [one] { $count } Routine in der Datei ist eine andere Fassung einer deiner Routinen; deine wurde behalten.
       *[other] { $count } Routinen in der Datei sind andere Fassungen von Routinen, die du hast; deine wurden behalten.
    }
import-settings-kept-newer = Deine Einstellungen stammen von einer neueren Version von { -brand } und wurden unverändert behalten.
# $fields lists the settings changed, each problem-field-* (notices.ftl), separated by
# list-separator.
import-settings-changed = Geänderte Einstellungen: { $fields }.
import-settings-matched = Deine Einstellungen stimmten bereits mit denen der Datei überein.
# Between two sentences of the import's message (a space; nothing in Japanese or Chinese).
import-sentence-separator = { " " }

## Why an import file was refused. Every message ends by saying nothing changed.

import-too-large = Diese Datei ist zu groß für einen DeskBreak-Export ({ $bytes } Bytes; die Grenze liegt bei 5 MB). Es wurde nichts geändert.
# $detail is the JSON parser's technical reason, in English.
import-not-json = Diese Datei ist kein JSON und kann daher kein DeskBreak-Export sein ({ $detail }). Es wurde nichts geändert.
import-not-an-export = Diese Datei ist kein DeskBreak-Export. Es wurde nichts geändert.
# $version is the file's format number.
import-newer-version = Dieser Export wurde mit einer neueren Version von DeskBreak erstellt (Format { $version }). Aktualisiere die Erweiterung und importiere ihn dann erneut. Es wurde nichts geändert.
import-unsupported-version = Die Formatversion dieses Exports ist DeskBreak nicht bekannt. Es wurde nichts geändert.
import-no-break-list = Die Liste der Pausen in diesem Export fehlt oder ist beschädigt. Es wurde nichts geändert.
import-too-many-breaks = Diese Datei enthält { $count } Pausen, mehr als die { $max }, die ein Export haben kann. Es wurde nichts geändert.
# $number counts the file's breaks from 1; $reason is a technical reason, in English.
import-bad-break = Pause Nummer { $number } in dieser Datei kann nicht importiert werden: { $reason }. Es wurde nichts geändert.
# $version is the version the break was saved by.
import-newer-break = Pause Nummer { $number } in dieser Datei kann nicht importiert werden: Sie wurde von einer neueren Version von DeskBreak gespeichert (v{ $version }). Es wurde nichts geändert.
import-settings-not-object = Die Einstellungen in dieser Datei sind ungültig (kein Objekt). Es wurde nichts geändert.
# $schema is the settings' version number.
import-settings-newer = Die Einstellungen in dieser Datei sind ungültig (sie stammen aus einer neueren Version (Schema { $schema })). Es wurde nichts geändert.
# $schema is what the file has where a version number belongs, as it is.
import-settings-unknown-schema = Die Einstellungen in dieser Datei sind ungültig (unbekanntes Schema { $schema }). Es wurde nichts geändert.
# $fields are the names of the settings as stored ("work_end"), as they are.
import-settings-bad-fields = Die Einstellungen in dieser Datei sind ungültig (fehlerhafte Felder: { $fields }). Es wurde nichts geändert.
# The file's settings are valid alone, but not together with the user's own: $fields as above.
import-settings-clash = Die Einstellungen in dieser Datei sind ungültig (im Zusammenspiel mit deinen Einstellungen fehlerhafte Felder: { $fields }). Es wurde nichts geändert.
# $reason is a technical reason, in English.
import-settings-damaged = Die Einstellungen in dieser Datei sind ungültig ({ $reason }). Es wurde nichts geändert.
import-no-routine-list = Die Liste der Routinen in diesem Export ist beschädigt. Es wurde nichts geändert.
import-too-many-routines = Diese Datei enthält { $count } Routinen, mehr als die { $max }, die ein Export haben kann. Es wurde nichts geändert.
# $number counts the file's routines from 1; $reason is one of the routine-error-* sentences
# (catalog.ftl), or a technical reason in English.
import-bad-routine = Routine Nummer { $number } in dieser Datei kann nicht importiert werden: { $reason } Es wurde nichts geändert.
import-newer-routine = Routine Nummer { $number } in dieser Datei kann nicht importiert werden: Sie wurde von einer neueren Version von { -brand } gespeichert (v{ $version }). Es wurde nichts geändert.
# The import could not be written; $error is the storage's own message.
import-store-failed = Es wurde nichts importiert: { $error }
