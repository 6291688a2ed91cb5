# Notices: what the page tells the user about storage, and errors it shows. They stand at the top
# of the page (each with Dismiss) or on the completion screen.

-brand = Desk Break

notice-dismiss = Dismiss

## Errors of the page's own actions. $error is the reason, one of the messages below or the
## browser's own words.

error-load = Your saved data couldn't be read: { $error }
error-snooze = Couldn't snooze the nudge: { $error }
error-checkin-not-saved = Your check-in couldn't be saved: { $error }
error-export = Export failed: { $error }

## Storage errors. $detail is what the browser said, in its own words.

store-full = Storage is full ({ $detail }). Nothing already saved was lost, but this change wasn't saved; export your data to keep a copy.
store-unavailable = Storage isn't available right now: { $detail }. Nothing was lost; please try again.
store-failed = Storage failed: { $detail }.
# $reason is one of the record-* reasons below.
store-invalid-break = Storage failed: this break is invalid ({ $reason }), so it wasn't saved.
store-newer-break = Storage failed: a break with the same id was saved by a newer version of { -brand } and is kept as it is.
store-newer-routine = Storage failed: a routine with the same id was saved by a newer version of { -brand } and is kept as it is.

## Why a break is invalid (inside store-invalid-break's parentheses).

record-id-empty = its { $field ->
        [pack-id] pack id
       *[id] id
    } is empty
record-id-too-long = its { $field ->
        [pack-id] pack id
       *[id] id
    } is longer than { $max } characters
record-id-control = its { $field ->
        [pack-id] pack id
       *[id] id
    } contains control characters
record-time-out-of-range = its { $which ->
        [end] end
       *[start] start
    } time is outside the years 1970–9999
record-ends-before-start = it ends before it starts
record-more-done-than-total = it has { $done } exercises done out of { $total }
record-checkin-out-of-range = its check-in { $which ->
        [after] after
       *[before] before
    } is { $value }, not 1–5
record-offset-out-of-range = its UTC offset of { $minutes } minutes is beyond ±18 hours
# $stored and $expected are dates written as 2026-03-01.
record-local-date-mismatch = its local date { $stored } doesn't match its end time ({ $expected })

## What loading found, reported once the page has read storage.

problem-records-set-aside = { $count ->
        [one] { $count } saved break couldn't be read and was set aside; your other breaks are safe.
       *[other] { $count } saved breaks couldn't be read and were set aside; your other breaks are safe.
    }
problem-newer-records = { $count ->
        [one] { $count } break from a newer version of { -brand } is kept as saved but not counted here.
       *[other] { $count } breaks from a newer version of { -brand } are kept as saved but not counted here.
    }
problem-routines-set-aside = { $count ->
        [one] { $count } routine of your own couldn't be read and was set aside; everything else is safe.
       *[other] { $count } routines of your own couldn't be read and were set aside; everything else is safe.
    }
problem-settings-reset = Your settings couldn't be read, so the defaults are in use; the old value was set aside.
# $fields lists problem-field-* names below, joined by list-separator.
problem-settings-repaired = Some settings were invalid and are back to their defaults: { $fields }.
problem-sitting-reset = The sitting timer's saved state couldn't be read, so it starts again now; the old value was set aside.
problem-days-set-aside = { $count ->
        [one] { $count } day's summary of sitting and nudges couldn't be read and was set aside; your breaks are safe.
       *[other] { $count } days' summaries of sitting and nudges couldn't be read and were set aside; your breaks are safe.
    }
problem-tidy-failed = Storage couldn't be tidied up just now; your data is where it was, and this is retried next time.

## Settings fields, as problem-settings-repaired names them.

problem-field-nudge-interval-min = nudge interval
problem-field-away-min = away time
problem-field-work-start = start of work hours
problem-field-work-end = end of work hours
problem-field-work-days = work days
problem-field-daily-goal = daily goal
problem-field-work-days-only = work days only
problem-field-theme = theme
problem-field-sound = sound
problem-field-focus = focus areas
problem-field-nudges-paused-until = nudge pause
problem-field-quick-nudge-min = quick-move nudge
problem-field-quick-notify = quick-move notification
problem-field-language = language

## A change of settings that was not stored.

store-settings-newer = Your settings were saved by a newer version of { -brand }, so they are kept as they are and can't be changed here.
# $error is one of the store-* errors above.
store-settings-not-saved = Settings couldn't be saved: { $error }
