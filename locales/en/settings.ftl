# The Settings dialog (behind the gear on the New Tab), its error messages, and the messages of
# importing and exporting your data. The work days' names are weekday-* (home.ftl).

-brand = Desk Break

## The dialog

settings-title = Settings
settings-close = Close

## Nudges

settings-nudges-legend = Nudges
# A number field's label; the field and its unit (settings-unit-minutes) follow it.
settings-nudge-interval-label = Nudge after sitting for
settings-away-label = Away time that ends a stretch
# The unit after a number field, with the range allowed: "minutes (30–180)".
settings-unit-minutes = minutes ({ $min }–{ $max })
# The quick-move nudge: "Quick-move nudge after [30] minutes of sitting (20–60) [ ] Off".
settings-quick-nudge-label = Quick-move nudge after
settings-quick-nudge-unit = minutes of sitting ({ $min }–{ $max })
settings-quick-nudge-off = Off
settings-quick-notify = Also show a notification for the quick move
# "Work hours from [09:00] to [18:00]": two labels, each before its time field.
settings-work-hours-from = Work hours from
settings-work-hours-to = to
settings-work-days = Work days
# $when is a time and day (date-time-day in home.ftl: "14:05, Wed 25 Nov").
settings-paused-until = Nudges are paused until { $when }.
settings-nudges-on = Nudges are on.
settings-pause-hour = Pause nudges for 1 hour
settings-pause-tomorrow = Pause until tomorrow
settings-resume = Resume nudges

## Streak

settings-streak-legend = Streak
settings-daily-goal-label = Daily goal
# The unit after the daily goal's field, with the range allowed: "breaks a day (1–12)".
settings-unit-breaks-a-day = breaks a day ({ $min }–{ $max })
settings-work-days-only = Work days only (days off never break the streak)

## Routine and look

settings-look-legend = Routine and look
settings-sound = Sound cue at each exercise
settings-theme-label = Theme
settings-theme-system = Follow the system
settings-theme-light = Light
settings-theme-dark = Dark
# The group of focus areas, as a screen reader names it.
settings-focus-areas = Focus areas
# The same group's visible heading.
settings-focus-hint = Focus areas (suggestions favour these)
settings-focus-back = Back
settings-focus-neck = Neck
settings-focus-shoulders = Shoulders
settings-focus-wrists = Wrists
settings-focus-eyes = Eyes
settings-focus-hips = Hips
settings-focus-posture = Posture
settings-focus-energy = Energy
settings-focus-calm = Calm
settings-language-label = Language
# The language menu's first choice: follow the browser's language. $language is that language's
# own name ("Deutsch"), as the page resolves it. The other choices are each language's own name.
settings-language-browser = Browser default ({ $language })

## Your data

settings-data-legend = Your data
settings-data-hint = Everything stays in this browser. Export a copy, or import one (breaks merge by id).
settings-export = Export data
settings-import = Import data
settings-exported = Exported all your data.
# $error is the browser's technical reason, in English.
settings-export-failed = Export failed: { $error }
settings-import-unreadable = That file couldn't be read. Nothing was imported.

## Refused settings (shown in the dialog's message line)

settings-error-nudge-interval = The nudge interval must be between { $min } and { $max } minutes.
settings-error-away-time = The away time must be between { $min } and { $max } minutes.
settings-error-work-hour = Work hours must be a time of day between 00:00 and 23:59.
settings-error-empty-work-hours = Work hours must not start and end at the same time.
settings-error-no-work-days = Keep at least one work day.
settings-error-daily-goal = The daily goal must be between { $min } and { $max } breaks.
settings-error-quick-nudge = The quick-move nudge must come after { $min } to { $max } minutes, or be off.

## What an import did. The page shows the sentences that apply, one after the other.
## "DeskBreak" (written as one word in some of these) and "Desk Break" are the product's name.

import-no-breaks = This file has no breaks to import.
import-nothing-new = Nothing new to import: every break in the file was already here.
import-added = Imported { $added ->
    [one] { $added } break
   *[other] { $added } breaks
    }.
# Some breaks were new ($added), some were stored already ($present).
import-added-some-present = Imported { $added ->
    [one] { $added } break
   *[other] { $added } breaks
    }; { $present ->
    [one] { $present } was
   *[other] { $present } were
    } already here.
import-kept-newer = { $count ->
    [one] { $count } break in the file is
   *[other] { $count } breaks in the file are
    } also saved by a newer version of { -brand }; the newer one was kept.
import-replaced-damaged = { $count ->
    [one] { $count } saved break that couldn't be read was
   *[other] { $count } saved breaks that couldn't be read were
    } set aside and restored from the file.
import-routines-added = Added { $count ->
    [one] { $count } routine
   *[other] { $count } routines
    } of your own.
import-routines-present = { $count ->
    [one] { $count } routine of your own was
   *[other] { $count } routines of your own were
    } already here.
import-routines-kept = { $count ->
    [one] { $count } routine in the file is
   *[other] { $count } routines in the file are
    } a different version of one you have; yours was kept.
import-settings-kept-newer = Your settings come from a newer version of { -brand } and were kept as they are.
# $fields lists the settings changed, each problem-field-* (notices.ftl), separated by
# list-separator.
import-settings-changed = Settings changed: { $fields }.
import-settings-matched = Your settings already matched the file's.
# Between two sentences of the import's message (a space; nothing in Japanese or Chinese).
import-sentence-separator = { " " }

## Why an import file was refused. Every message ends by saying nothing changed.

import-too-large = This file is too large to be a DeskBreak export ({ $bytes } bytes; the limit is 5 MB). Nothing was changed.
# $detail is the JSON parser's technical reason, in English.
import-not-json = This file isn't JSON, so it can't be a DeskBreak export ({ $detail }). Nothing was changed.
import-not-an-export = This file isn't a DeskBreak export. Nothing was changed.
# $version is the file's format number.
import-newer-version = This export was made by a newer version of DeskBreak (format { $version }). Update the extension, then import it again. Nothing was changed.
import-unsupported-version = This export's format version isn't one DeskBreak knows. Nothing was changed.
import-no-break-list = This export's list of breaks is missing or damaged. Nothing was changed.
import-too-many-breaks = This file holds { $count } breaks, more than the { $max } an export can have. Nothing was changed.
# $number counts the file's breaks from 1; $reason is a technical reason, in English.
import-bad-break = Break number { $number } in this file can't be imported: { $reason }. Nothing was changed.
# $version is the version the break was saved by.
import-newer-break = Break number { $number } in this file can't be imported: it was saved by a newer version of DeskBreak (v{ $version }). Nothing was changed.
import-settings-not-object = The settings in this file aren't valid (not an object). Nothing was changed.
# $schema is the settings' version number.
import-settings-newer = The settings in this file aren't valid (they come from a newer version (schema { $schema })). Nothing was changed.
# $schema is what the file has where a version number belongs, as it is.
import-settings-unknown-schema = The settings in this file aren't valid (unknown schema { $schema }). Nothing was changed.
# $fields are the names of the settings as stored ("work_end"), as they are.
import-settings-bad-fields = The settings in this file aren't valid (bad fields: { $fields }). Nothing was changed.
# The file's settings are valid alone, but not together with the user's own: $fields as above.
import-settings-clash = The settings in this file aren't valid (together with yours, bad fields: { $fields }). Nothing was changed.
# $reason is a technical reason, in English.
import-settings-damaged = The settings in this file aren't valid ({ $reason }). Nothing was changed.
import-no-routine-list = This export's list of routines is damaged. Nothing was changed.
import-too-many-routines = This file holds { $count } routines, more than the { $max } an export can have. Nothing was changed.
# $number counts the file's routines from 1; $reason is one of the routine-error-* sentences
# (catalog.ftl), or a technical reason in English.
import-bad-routine = Routine number { $number } in this file can't be imported: { $reason } Nothing was changed.
import-newer-routine = Routine number { $number } in this file can't be imported: it was saved by a newer version of { -brand } (v{ $version }). Nothing was changed.
# The import could not be written; $error is the storage's own message.
import-store-failed = Nothing was imported: { $error }
