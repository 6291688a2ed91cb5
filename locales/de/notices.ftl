# Notices: what the page tells the user about storage, and errors it shows. They stand at the top
# of the page (each with Dismiss) or on the completion screen.

-brand = Desk Break

notice-dismiss = Ausblenden

## Errors of the page's own actions. $error is the reason, one of the messages below or the
## browser's own words.

error-load = Deine gespeicherten Daten konnten nicht gelesen werden: { $error }
error-snooze = Die Erinnerung konnte nicht verschoben werden: { $error }
error-checkin-not-saved = Dein Check-in konnte nicht gespeichert werden: { $error }
error-export = Export fehlgeschlagen: { $error }

## Storage errors. $detail is what the browser said, in its own words.

store-full = Der Speicher ist voll ({ $detail }). Bereits Gespeichertes ist nicht verloren, aber diese Änderung wurde nicht gespeichert; exportiere deine Daten, um eine Kopie zu behalten.
store-unavailable = Der Speicher ist gerade nicht verfügbar: { $detail }. Es ist nichts verloren gegangen; bitte versuch es noch einmal.
store-failed = Speicherfehler: { $detail }.
# $reason is one of the record-* reasons below.
store-invalid-break = Speicherfehler: Diese Pause ist ungültig ({ $reason }), deshalb wurde sie nicht gespeichert.
store-newer-break = Speicherfehler: Eine Pause mit derselben ID wurde von einer neueren Version von { -brand } gespeichert und bleibt unverändert erhalten.
store-newer-routine = Speicherfehler: Eine Routine mit derselben ID wurde von einer neueren Version von { -brand } gespeichert und bleibt unverändert erhalten.

## Why a break is invalid (inside store-invalid-break's parentheses).

record-id-empty = { $field ->
        [pack-id] ihre Programm-ID
       *[id] ihre ID
    } ist leer
record-id-too-long = { $field ->
        [pack-id] ihre Programm-ID
       *[id] ihre ID
    } ist länger als { $max } Zeichen
record-id-control = { $field ->
        [pack-id] ihre Programm-ID
       *[id] ihre ID
    } enthält Steuerzeichen
record-time-out-of-range = ihre { $which ->
        [end] Endzeit
       *[start] Startzeit
    } liegt außerhalb der Jahre 1970–9999
record-ends-before-start = sie endet, bevor sie beginnt
record-more-done-than-total = bei ihr sind { $done } von { $total } Übungen erledigt
record-checkin-out-of-range = ihr Check-in { $which ->
        [after] nachher
       *[before] vorher
    } ist { $value }, nicht 1–5
record-offset-out-of-range = ihr UTC-Versatz von { $minutes } Minuten liegt jenseits von ±18 Stunden
# $stored and $expected are dates written as 2026-03-01.
record-local-date-mismatch = ihr lokales Datum { $stored } passt nicht zu ihrer Endzeit ({ $expected })

## What loading found, reported once the page has read storage.

problem-records-set-aside = { $count ->
        [one] { $count } gespeicherte Pause konnte nicht gelesen werden und wurde beiseitegelegt; deine anderen Pausen sind sicher.
       *[other] { $count } gespeicherte Pausen konnten nicht gelesen werden und wurden beiseitegelegt; deine anderen Pausen sind sicher.
    }
problem-newer-records = { $count ->
        [one] { $count } Pause aus einer neueren Version von { -brand } bleibt gespeichert, wird hier aber nicht gezählt.
       *[other] { $count } Pausen aus einer neueren Version von { -brand } bleiben gespeichert, werden hier aber nicht gezählt.
    }
problem-routines-set-aside = { $count ->
        [one] { $count } eigene Routine konnte nicht gelesen werden und wurde beiseitegelegt; alles andere ist sicher.
       *[other] { $count } eigene Routinen konnten nicht gelesen werden und wurden beiseitegelegt; alles andere ist sicher.
    }
problem-settings-reset = Deine Einstellungen konnten nicht gelesen werden, daher gelten die Standardwerte; der alte Wert wurde beiseitegelegt.
# $fields lists problem-field-* names below, joined by list-separator.
problem-settings-repaired = Einige Einstellungen waren ungültig und stehen wieder auf ihren Standardwerten: { $fields }.
problem-sitting-reset = Der gespeicherte Stand des Sitz-Timers konnte nicht gelesen werden, daher startet er jetzt neu; der alte Wert wurde beiseitegelegt.
problem-days-set-aside = { $count ->
        [one] Die Zusammenfassung von Sitzen und Erinnerungen für { $count } Tag konnte nicht gelesen werden und wurde beiseitegelegt; deine Pausen sind sicher.
       *[other] Die Zusammenfassungen von Sitzen und Erinnerungen für { $count } Tage konnten nicht gelesen werden und wurden beiseitegelegt; deine Pausen sind sicher.
    }
problem-tidy-failed = Der Speicher konnte gerade nicht aufgeräumt werden; deine Daten sind unverändert da, und beim nächsten Mal wird es erneut versucht.

## Settings fields, as problem-settings-repaired names them.

problem-field-nudge-interval-min = Erinnerungsintervall
problem-field-away-min = Abwesenheitszeit
problem-field-work-start = Beginn der Arbeitszeit
problem-field-work-end = Ende der Arbeitszeit
problem-field-work-days = Arbeitstage
problem-field-daily-goal = Tagesziel
problem-field-work-days-only = nur an Arbeitstagen
problem-field-theme = Design
problem-field-sound = Ton
problem-field-focus = Schwerpunkte
problem-field-nudges-paused-until = Erinnerungspause
problem-field-quick-nudge-min = Erinnerung an kurze Runde
problem-field-quick-notify = Benachrichtigung für kurze Runde
problem-field-language = Sprache

## A change of settings that was not stored.

store-settings-newer = Deine Einstellungen wurden von einer neueren Version von { -brand } gespeichert; daher bleiben sie unverändert und können hier nicht geändert werden.
# $error is one of the store-* errors above.
store-settings-not-saved = Die Einstellungen konnten nicht gespeichert werden: { $error }
