//! Export to and import from a JSON file.
//!
//! An import file is untrusted input: it is checked completely before anything is written, and a
//! file with any problem is refused as a whole with a message naming the first problem, so a
//! refused import changes nothing. Import merges by break id against every stored key (a break
//! from a newer version included), so importing a file twice adds nothing the second time and a
//! stored break is never replaced. Settings merge field by field: a field the file does not name
//! stays as the user has it. Routines of the user's own merge by id too: one already stored stays
//! as it is, and the message says so.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};

use crate::clock::{Moment, UtcMs};
use crate::custom_routine::{
    check_routine_value, parse_stored_routine, routine_key, validate, CustomRoutine, ReadRoutine,
    RoutineProblem,
};
use crate::l10n::{Arg, Messages};
use crate::record::{parse_record_value, BreakRecord, Parsed};
use crate::settings::{Settings, SettingsPatch, SETTINGS_SCHEMA};
use crate::store::{
    health, read_settings, setting_field_in, update, Health, Plan, Store, StoreError, SETTINGS_KEY,
};

/// The marker that tells our export files from any other JSON.
pub const EXPORT_FORMAT: &str = "deskbreak-export";
/// The version of the export file layout (the records inside carry their own `"v"`).
pub const EXPORT_VERSION: u64 = 1;
/// Limits against hostile or mistaken files. A decade of breaks is well under both.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
pub const MAX_IMPORT_BREAKS: usize = 100_000;
/// Far more routines of one's own than anyone makes by hand.
pub const MAX_IMPORT_ROUTINES: usize = 1_000;

/// The export file: pretty-printed, records in their stored form (with `"v"`), oldest first.
///
/// Breaks from a newer version (kept untouched in storage) are not exported: this version
/// cannot vouch for them, and an import here would refuse them. Without settings (`None`), the
/// file changes no setting when imported. Routines of the user's own go in `"routines"`, in their
/// stored form.
pub fn export(
    settings: Option<&Settings>,
    records: &[BreakRecord],
    routines: &[CustomRoutine],
    now: Moment,
) -> String {
    let mut sorted: Vec<&BreakRecord> = records.iter().collect();
    sorted.sort_by(|a, b| (a.start_ms, &a.id).cmp(&(b.start_ms, &b.id)));
    let file = json!({
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": now.utc_ms,
        "settings": settings.and_then(|s| serde_json::to_value(s).ok()).unwrap_or(Value::Null),
        "breaks": sorted.iter().map(|r| r.to_stored_value()).collect::<Vec<_>>(),
        "routines": routines.iter().map(CustomRoutine::to_stored_value).collect::<Vec<_>>(),
    });
    // `{:#}` is serde_json's pretty printer; unlike `to_string_pretty` it cannot fail.
    format!("{file:#}")
}

/// A file that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportFile {
    pub exported_at: Option<UtcMs>,
    /// The settings fields the file names (`None` when it has no settings); the others stay.
    pub settings: Option<SettingsPatch>,
    /// Every break, migrated to the current schema.
    pub breaks: Vec<BreakRecord>,
    /// Routines of the user's own, checked by shape; [`ImportFile::check_exercises`] checks their
    /// exercises against the library before the import.
    pub routines: Vec<CustomRoutine>,
}

impl ImportFile {
    /// Refuses the file if a routine names an exercise the library does not know (`knows`).
    pub fn check_exercises(&self, knows: impl Fn(&str) -> bool) -> Result<(), ImportError> {
        for (index, r) in self.routines.iter().enumerate() {
            validate(&r.id, &r.name, &r.exercises, &knows)
                .map_err(|e| ImportError::BadRoutine { index, reason: RoutineProblem::Invalid(e) })?;
        }
        Ok(())
    }
}

/// Why a file was refused. Every message ends by saying nothing changed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("This file is too large to be a DeskBreak export ({bytes} bytes; the limit is 5 MB). Nothing was changed.")]
    TooLarge { bytes: usize },
    #[error("This file isn't JSON, so it can't be a DeskBreak export ({detail}). Nothing was changed.")]
    NotJson { detail: String },
    #[error("This file isn't a DeskBreak export. Nothing was changed.")]
    NotAnExport,
    #[error("This export was made by a newer version of DeskBreak (format {0}). Update the extension, then import it again. Nothing was changed.")]
    NewerVersion(u64),
    #[error("This export's format version isn't one DeskBreak knows. Nothing was changed.")]
    UnsupportedVersion,
    #[error("This export's list of breaks is missing or damaged. Nothing was changed.")]
    NoBreakList,
    #[error("This file holds {0} breaks, more than the {MAX_IMPORT_BREAKS} an export can have. Nothing was changed.")]
    TooManyBreaks(usize),
    /// `index` counts from 0 in the file's `breaks` list; the message counts from 1.
    #[error("Break number {} in this file can't be imported: {reason}. Nothing was changed.", .index + 1)]
    BadBreak { index: usize, reason: String },
    #[error("Break number {} in this file can't be imported: it was saved by a newer version of DeskBreak (v{version}). Nothing was changed.", .index + 1)]
    NewerBreak { index: usize, version: u32 },
    #[error("The settings in this file aren't valid ({0}). Nothing was changed.")]
    BadSettings(SettingsProblem),
    #[error("This export's list of routines is damaged. Nothing was changed.")]
    NoRoutineList,
    #[error("This file holds {0} routines, more than the {MAX_IMPORT_ROUTINES} an export can have. Nothing was changed.")]
    TooManyRoutines(usize),
    /// `index` counts from 0 in the file's `routines` list; the message counts from 1.
    #[error("Routine number {} in this file can't be imported: {reason} Nothing was changed.", .index + 1)]
    BadRoutine { index: usize, reason: RoutineProblem },
}

/// Why a file's settings were refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SettingsProblem {
    #[error("not an object")]
    NotAnObject,
    #[error("they come from a newer version (schema {0})")]
    Newer(u64),
    /// What the file has where the schema number belongs, as JSON.
    #[error("unknown schema {0}")]
    UnknownSchema(String),
    /// The stored names of the invalid fields.
    #[error("bad fields: {}", .0.join(", "))]
    BadFields(Vec<String>),
    /// Fields valid alone that make the user's settings invalid.
    #[error("together with yours, bad fields: {}", .0.join(", "))]
    Clash(Vec<String>),
    /// A technical reason.
    #[error("{0}")]
    Damaged(String),
}

impl ImportError {
    /// The message the page shows, in the user's language. (`Display` is the English one, for
    /// logs and the callers that have no messages at hand.)
    pub fn message_in(&self, m: &Messages) -> String {
        let number = |index: &usize| Arg::from(index + 1);
        match self {
            Self::TooLarge { bytes } => m.format("import-too-large", &[("bytes", (*bytes).into())]),
            Self::NotJson { detail } => m.format("import-not-json", &[("detail", detail.into())]),
            Self::NotAnExport => m.get("import-not-an-export"),
            Self::NewerVersion(v) => m.format("import-newer-version", &[("version", wide(*v))]),
            Self::UnsupportedVersion => m.get("import-unsupported-version"),
            Self::NoBreakList => m.get("import-no-break-list"),
            Self::TooManyBreaks(count) => m.format(
                "import-too-many-breaks",
                &[("count", (*count).into()), ("max", MAX_IMPORT_BREAKS.into())],
            ),
            Self::BadBreak { index, reason } => {
                m.format("import-bad-break", &[("number", number(index)), ("reason", reason.into())])
            }
            Self::NewerBreak { index, version } => {
                m.format("import-newer-break", &[("number", number(index)), ("version", (*version).into())])
            }
            Self::BadSettings(problem) => problem.message_in(m),
            Self::NoRoutineList => m.get("import-no-routine-list"),
            Self::TooManyRoutines(count) => m.format(
                "import-too-many-routines",
                &[("count", (*count).into()), ("max", MAX_IMPORT_ROUTINES.into())],
            ),
            Self::BadRoutine { index, reason: RoutineProblem::Newer(version) } => {
                m.format("import-newer-routine", &[("number", number(index)), ("version", wide(*version))])
            }
            Self::BadRoutine { index, reason } => {
                let reason = match reason {
                    RoutineProblem::Invalid(e) => e.message_in(m),
                    other => other.to_string(),
                };
                m.format("import-bad-routine", &[("number", number(index)), ("reason", Arg::Str(&reason))])
            }
        }
    }
}

impl SettingsProblem {
    /// The whole refusal, in the user's language.
    fn message_in(&self, m: &Messages) -> String {
        let fields = |f: &[String]| f.join(&m.get("list-separator"));
        match self {
            Self::NotAnObject => m.get("import-settings-not-object"),
            Self::Newer(schema) => m.format("import-settings-newer", &[("schema", wide(*schema))]),
            Self::UnknownSchema(schema) => {
                m.format("import-settings-unknown-schema", &[("schema", schema.into())])
            }
            Self::BadFields(f) => m.format("import-settings-bad-fields", &[("fields", Arg::Str(&fields(f)))]),
            Self::Clash(f) => m.format("import-settings-clash", &[("fields", Arg::Str(&fields(f)))]),
            Self::Damaged(reason) => m.format("import-settings-damaged", &[("reason", reason.into())]),
        }
    }
}

/// A version number, as a message's number.
fn wide(n: u64) -> Arg<'static> {
    Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
}

/// Checks a whole import file. Settings are taken only if every field they name is valid, else the
/// file is refused: a half-valid file is damaged, and silently dropping parts of it would surprise.
pub fn parse_import(text: &str) -> Result<ImportFile, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| ImportError::NotJson { detail: e.to_string() })?;
    let Value::Object(mut file) = value else {
        return Err(ImportError::NotAnExport);
    };
    if file.get("format").and_then(Value::as_str) != Some(EXPORT_FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    match file.get("version").and_then(Value::as_u64) {
        Some(EXPORT_VERSION) => {}
        Some(v) if v > EXPORT_VERSION => return Err(ImportError::NewerVersion(v)),
        _ => return Err(ImportError::UnsupportedVersion),
    }
    let exported_at = file.get("exported_at").and_then(Value::as_i64);

    let settings = match file.remove("settings") {
        None | Some(Value::Null) => None,
        Some(value) => Some(parse_settings(&value)?),
    };

    let Some(Value::Array(entries)) = file.remove("breaks") else {
        return Err(ImportError::NoBreakList);
    };
    if entries.len() > MAX_IMPORT_BREAKS {
        return Err(ImportError::TooManyBreaks(entries.len()));
    }
    let mut breaks = Vec::with_capacity(entries.len());
    for (index, entry) in entries.into_iter().enumerate() {
        match parse_record_value(entry).0 {
            Parsed::Current(record) => breaks.push(record),
            Parsed::Future { version } => return Err(ImportError::NewerBreak { index, version }),
            Parsed::Corrupt { reason } => return Err(ImportError::BadBreak { index, reason }),
        }
    }
    let routines = parse_routines(file.remove("routines"))?;
    Ok(ImportFile { exported_at, settings, breaks, routines })
}

/// The file's routines by shape (an older export has none).
fn parse_routines(value: Option<Value>) -> Result<Vec<CustomRoutine>, ImportError> {
    let entries = match value {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(entries)) => entries,
        Some(_) => return Err(ImportError::NoRoutineList),
    };
    if entries.len() > MAX_IMPORT_ROUTINES {
        return Err(ImportError::TooManyRoutines(entries.len()));
    }
    let mut routines = Vec::with_capacity(entries.len());
    for (index, entry) in entries.into_iter().enumerate() {
        let routine =
            check_routine_value(entry).map_err(|reason| ImportError::BadRoutine { index, reason })?;
        routines.push(routine);
    }
    Ok(routines)
}

fn parse_settings(value: &Value) -> Result<SettingsPatch, ImportError> {
    let refuse = |problem| Err(ImportError::BadSettings(problem));
    if !value.is_object() {
        return refuse(SettingsProblem::NotAnObject);
    }
    if let Some(schema) = value.get("schema") {
        match schema.as_u64() {
            Some(s) if s == u64::from(SETTINGS_SCHEMA) => {}
            Some(s) if s > u64::from(SETTINGS_SCHEMA) => return refuse(SettingsProblem::Newer(s)),
            _ => return refuse(SettingsProblem::UnknownSchema(schema.to_string())),
        }
    }
    SettingsPatch::from_value(value).map_err(|bad| ImportError::BadSettings(SettingsProblem::BadFields(bad)))
}

/// What an import did, for the message the user reads.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ImportReport {
    /// Breaks of the file (each id once) that were not stored yet, now saved.
    pub added: usize,
    /// Breaks of the file already stored (or repeated in the file): the stored copy stays.
    pub already_present: usize,
    /// Breaks of the file whose id holds a break from a newer version: that one is kept.
    pub kept_newer: usize,
    /// Breaks of the file whose stored copy was damaged: set aside and replaced by the file's.
    pub replaced_damaged: usize,
    /// Whether the file had settings at all.
    pub had_settings: bool,
    /// Settings fields the import changed.
    pub settings_changed: Vec<String>,
    /// The stored settings come from a newer version and were kept as they are.
    pub settings_kept_newer: bool,
    /// Routines of the file not stored yet (or stored damaged), now saved.
    pub routines_added: usize,
    /// Routines of the file stored already, as they are in the file.
    pub routines_already_present: usize,
    /// Routines of the file whose id holds a different one (yours, changed since, or a newer
    /// version's): the stored one is kept.
    pub routines_kept: usize,
}

impl ImportReport {
    /// A summary for the user, true to what storage now holds, in the user's language.
    pub fn message_in(&self, m: &Messages) -> String {
        let count = |key: &str, n: usize| m.format(key, &[("count", n.into())]);
        let routines_in_file = self.routines_added + self.routines_already_present + self.routines_kept;
        let mut parts = vec![match (self.added, self.already_present) {
            (0, 0) if self.kept_newer == 0 && routines_in_file > 0 => String::new(),
            (0, 0) if self.kept_newer == 0 => m.get("import-no-breaks"),
            (0, _) => m.get("import-nothing-new"),
            (n, 0) => m.format("import-added", &[("added", n.into())]),
            (n, p) => m.format("import-added-some-present", &[("added", n.into()), ("present", p.into())]),
        }];
        for (key, n) in [
            ("import-kept-newer", self.kept_newer),
            ("import-replaced-damaged", self.replaced_damaged),
            ("import-routines-added", self.routines_added),
            ("import-routines-present", self.routines_already_present),
            ("import-routines-kept", self.routines_kept),
        ] {
            if n > 0 {
                parts.push(count(key, n));
            }
        }
        if self.settings_kept_newer {
            parts.push(m.get("import-settings-kept-newer"));
        } else if !self.settings_changed.is_empty() {
            let names: Vec<String> = self.settings_changed.iter().map(|f| setting_field_in(m, f)).collect();
            let fields = names.join(&m.get("list-separator"));
            parts.push(m.format("import-settings-changed", &[("fields", Arg::Str(&fields))]));
        } else if self.had_settings
            && self.added + self.already_present + self.kept_newer + routines_in_file == 0
        {
            // A settings-only file: say what it did. With breaks, unchanged settings go unsaid.
            parts.push(m.get("import-settings-matched"));
        }
        parts.retain(|p| !p.is_empty());
        parts.join(&m.get("import-sentence-separator"))
    }
}

/// Plans an import against everything stored now. Pure: [`import`] runs it under the lock.
///
/// Breaks merge by id: a stored readable or newer break stays whatever the file says; a damaged
/// one is replaced (the write rule sets it aside first). The settings patch merges into the
/// stored settings field by field. `Err` when the merged settings would be invalid.
pub fn plan_import(
    all: &BTreeMap<String, String>,
    file: &ImportFile,
) -> Result<(Plan, ImportReport), ImportError> {
    let mut plan = Plan::default();
    let mut report = ImportReport { had_settings: file.settings.is_some(), ..ImportReport::default() };
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for record in &file.breaks {
        if !seen.insert(record.id.as_str()) {
            report.already_present += 1;
            continue;
        }
        let key = record.key();
        match all.get(&key).map(|raw| health(&key, raw)) {
            None => report.added += 1,
            Some(Health::Readable) => {
                report.already_present += 1;
                continue;
            }
            Some(Health::Newer | Health::Protected) => {
                report.kept_newer += 1;
                continue;
            }
            Some(Health::Unreadable) => {
                report.added += 1;
                report.replaced_damaged += 1;
            }
        }
        plan.set.push((key, record.to_stored_json()));
    }
    plan_routines(all, file, &mut plan, &mut report);
    if let Some(patch) = &file.settings {
        let stored = read_settings(all.get(SETTINGS_KEY).map(String::as_str));
        let (merged, changed) = stored
            .settings()
            .merged(patch)
            .map_err(|bad| ImportError::BadSettings(SettingsProblem::Clash(bad)))?;
        if !changed.is_empty() {
            let json = serde_json::to_string(&merged)
                .map_err(|e| ImportError::BadSettings(SettingsProblem::Damaged(e.to_string())))?;
            plan.set.push((SETTINGS_KEY.to_string(), json));
        }
        report.settings_changed = changed;
    }
    Ok((plan, report))
}

/// Merges the file's routines by id: a stored routine is never replaced, a damaged one is (the
/// write rule sets it aside first).
fn plan_routines(
    all: &BTreeMap<String, String>,
    file: &ImportFile,
    plan: &mut Plan,
    report: &mut ImportReport,
) {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for routine in &file.routines {
        let key = routine_key(&routine.id);
        if !seen.insert(routine.id.as_str()) {
            report.routines_already_present += 1;
            continue;
        }
        let stored = all.get(&key);
        match stored.map(|raw| (health(&key, raw), parse_stored_routine(raw))) {
            None | Some((Health::Unreadable, _)) => {
                report.routines_added += 1;
                plan.set.push((key, routine.to_stored_json()));
            }
            Some((Health::Readable, ReadRoutine::Current(r))) if r == *routine => {
                report.routines_already_present += 1;
            }
            Some(_) => report.routines_kept += 1,
        }
    }
}

/// Why an import did not happen. Nothing changed in either case.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportFailure {
    #[error("{0}")]
    Refused(#[from] ImportError),
    #[error("Nothing was imported: {0}")]
    Store(#[from] StoreError),
}

impl ImportFailure {
    /// The message the page shows, in the user's language; `store_error` words a storage
    /// failure (the store's own message).
    pub fn message_in(&self, m: &Messages, store_error: impl Fn(&StoreError) -> String) -> String {
        match self {
            Self::Refused(e) => e.message_in(m),
            Self::Store(e) => m.format("import-store-failed", &[("error", Arg::Str(&store_error(e)))]),
        }
    }
}

/// Imports a checked file: plans it under the store's lock against what is stored now and
/// writes it in a single `set`, so storage takes all of it or none of it.
pub async fn import<S: Store>(store: &S, file: &ImportFile) -> Result<ImportReport, ImportFailure> {
    let (planned, written) = update(store, |all| match plan_import(all, file) {
        Ok((plan, report)) => (plan, Ok(report)),
        Err(e) => (Plan::default(), Err(e)),
    })
    .await?;
    let mut report = planned?;
    if written.kept.iter().any(|k| k == SETTINGS_KEY) {
        report.settings_kept_newer = true;
        report.settings_changed.clear();
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::field_label;
    use crate::store::plural;

    impl ImportReport {
        /// The summary as it read in English before the messages existed: the oracle the Fluent
        /// English is checked against, word for word.
        pub fn message(&self) -> String {
            let routines_in_file = self.routines_added + self.routines_already_present + self.routines_kept;
            let mut parts = vec![match (self.added, self.already_present) {
                (0, 0) if self.kept_newer == 0 && routines_in_file > 0 => String::new(),
                (0, 0) if self.kept_newer == 0 => "This file has no breaks to import.".to_string(),
                (0, _) => "Nothing new to import: every break in the file was already here.".to_string(),
                (n, 0) => format!("Imported {}.", plural(n, "break", "breaks")),
                (n, p) => {
                    format!(
                        "Imported {}; {} already here.",
                        plural(n, "break", "breaks"),
                        plural(p, "was", "were")
                    )
                }
            }];
            if self.kept_newer > 0 {
                parts.push(format!(
                    "{} in the file {} also saved by a newer version of Desk Break; the newer one was kept.",
                    plural(self.kept_newer, "break", "breaks"),
                    if self.kept_newer == 1 { "is" } else { "are" }
                ));
            }
            if self.replaced_damaged > 0 {
                parts.push(format!(
                    "{} that couldn't be read {} set aside and restored from the file.",
                    plural(self.replaced_damaged, "saved break", "saved breaks"),
                    if self.replaced_damaged == 1 { "was" } else { "were" }
                ));
            }
            parts.extend(self.routines_message());
            if self.settings_kept_newer {
                parts.push(
                    "Your settings come from a newer version of Desk Break and were kept as they are.".into(),
                );
            } else if !self.settings_changed.is_empty() {
                let labels: Vec<&str> = self.settings_changed.iter().map(|f| field_label(f)).collect();
                parts.push(format!("Settings changed: {}.", labels.join(", ")));
            } else if self.had_settings
                && self.added + self.already_present + self.kept_newer + routines_in_file == 0
            {
                // A settings-only file: say what it did. With breaks, unchanged settings go unsaid.
                parts.push("Your settings already matched the file's.".into());
            }
            parts.retain(|p| !p.is_empty());
            parts.join(" ")
        }

        /// What happened to the file's routines, one sentence each kind.
        fn routines_message(&self) -> Vec<String> {
            let mut parts = Vec::new();
            if self.routines_added > 0 {
                parts.push(format!(
                    "Added {} of your own.",
                    plural(self.routines_added, "routine", "routines")
                ));
            }
            if self.routines_already_present > 0 {
                parts.push(format!(
                    "{} of your own {} already here.",
                    plural(self.routines_already_present, "routine", "routines"),
                    if self.routines_already_present == 1 { "was" } else { "were" }
                ));
            }
            if self.routines_kept > 0 {
                parts.push(format!(
                    "{} in the file {} a different version of one you have; yours was kept.",
                    plural(self.routines_kept, "routine", "routines"),
                    if self.routines_kept == 1 { "is" } else { "are" }
                ));
            }
            parts
        }
    }
    use crate::record::tests::{d, rec_at};
    use crate::record::RECORD_SCHEMA;
    use crate::settings::Theme;
    use crate::store::tests::{block_on, proptest_config};
    use crate::store::{load, save_break, save_settings, MemoryStore};
    use crate::streak::summarize;
    use proptest::prelude::*;

    fn now() -> Moment {
        Moment::new(1_773_000_000_000, 60)
    }

    fn sample() -> (Settings, Vec<BreakRecord>) {
        let settings =
            Settings { daily_goal: 2, theme: Theme::Dark, work_days_only: true, ..Settings::default() };
        let mut records = vec![
            rec_at("a", d(2026, 3, 6), 9, 60),
            rec_at("b", d(2026, 3, 6), 15, 60),
            rec_at("c", d(2026, 3, 9), 9, 120),
            rec_at("e", d(2026, 3, 9), 11, -300),
            rec_at("f", d(2026, 3, 10), 11, 0),
        ];
        records[0].checkin_before = Some(2);
        records[0].checkin_after = Some(4);
        (settings, records)
    }

    fn refused(text: &str) -> ImportError {
        parse_import(text).expect_err("should be refused")
    }

    fn file_with(breaks: Vec<Value>) -> String {
        json!({"format": EXPORT_FORMAT, "version": 1, "exported_at": 0, "breaks": breaks}).to_string()
    }

    #[test]
    fn export_has_the_documented_shape() {
        let (settings, records) = sample();
        let text = export(Some(&settings), &records, &[], now());
        assert!(text.contains('\n'), "pretty-printed");
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["format"], "deskbreak-export");
        assert_eq!(v["version"], 1);
        assert_eq!(v["exported_at"], now().utc_ms);
        assert_eq!(v["settings"]["daily_goal"], 2);
        assert_eq!(v["breaks"].as_array().unwrap().len(), 5);
        assert_eq!(v["breaks"][0]["v"], RECORD_SCHEMA);
    }

    #[test]
    fn round_trip_export_clear_import_gives_the_same_summary() {
        let (settings, records) = sample();
        let store = MemoryStore::new();
        for r in &records {
            block_on(save_break(&store, r)).unwrap();
        }
        block_on(save_settings(&store, &settings)).unwrap();
        let today = d(2026, 3, 10);
        let before = block_on(load(&store)).unwrap();
        let summary_before = summarize(&before.records, &before.settings, today);
        let text = export(Some(&before.settings), &before.records, &[], now());

        let fresh = MemoryStore::new();
        let file = parse_import(&text).unwrap();
        assert_eq!(file.exported_at, Some(now().utc_ms));
        let report = block_on(import(&fresh, &file)).unwrap();
        assert_eq!(
            report.message(),
            "Imported 5 breaks. Settings changed: daily goal, work days only, theme."
        );
        let after = block_on(load(&fresh)).unwrap();
        assert_eq!(after.settings, settings);
        assert_eq!(after.records, before.records);
        assert_eq!(summarize(&after.records, &after.settings, today), summary_before);
        assert_eq!(fresh.snapshot(), store.snapshot());
    }

    #[test]
    fn importing_the_same_file_twice_adds_nothing_the_second_time() {
        let (settings, records) = sample();
        let text = export(Some(&settings), &records, &[], now());
        let store = MemoryStore::new();
        block_on(save_break(&store, &records[0])).unwrap();

        let file = parse_import(&text).unwrap();
        let report = block_on(import(&store, &file)).unwrap();
        assert_eq!((report.added, report.already_present), (4, 1));
        let once = store.snapshot();

        let report = block_on(import(&store, &file)).unwrap();
        assert_eq!((report.added, report.already_present), (0, 5));
        assert_eq!(report.message(), "Nothing new to import: every break in the file was already here.");
        assert_eq!(store.snapshot(), once);
    }

    #[test]
    fn a_stored_break_is_not_overwritten_by_the_file() {
        let (settings, records) = sample();
        let mut edited = records.clone();
        edited[0].checkin_after = Some(1);
        let stored: BTreeMap<String, String> =
            records.iter().map(|r| (r.key(), r.to_stored_json())).collect();
        let file = parse_import(&export(Some(&settings), &edited, &[], now())).unwrap();
        let (plan, report) = plan_import(&stored, &file).unwrap();
        assert_eq!(report.added, 0);
        assert!(plan.set.iter().all(|(k, _)| k == SETTINGS_KEY));
        // Duplicates within the file count once.
        let mut twice = records.clone();
        twice.extend(records.clone());
        let file = parse_import(&export(Some(&settings), &twice, &[], now())).unwrap();
        let (_, report) = plan_import(&BTreeMap::new(), &file).unwrap();
        assert_eq!((report.added, report.already_present), (5, 5));
    }

    #[test]
    fn an_import_never_overwrites_a_break_from_a_newer_version() {
        let mine = rec_at("same", d(2026, 3, 10), 9, 0);
        let mut future = mine.to_stored_value();
        future["v"] = Value::from(RECORD_SCHEMA + 1);
        future["mood"] = Value::from("great");
        let future = future.to_string();
        let store = MemoryStore::with_items([(mine.key(), future.clone())]);
        let file = parse_import(&export(None, std::slice::from_ref(&mine), &[], now())).unwrap();
        let report = block_on(import(&store, &file)).unwrap();
        assert_eq!((report.added, report.kept_newer), (0, 1));
        assert_eq!(
            report.message(),
            "Nothing new to import: every break in the file was already here. 1 break in the file is also saved by a \
             newer version of Desk Break; the newer one was kept."
        );
        assert_eq!(store.snapshot().get(&mine.key()), Some(&future));
    }

    #[test]
    fn a_damaged_stored_break_is_set_aside_and_restored_from_the_file() {
        let mine = rec_at("dmg", d(2026, 3, 10), 9, 0);
        let store = MemoryStore::with_items([(mine.key(), "{damaged".to_string())]);
        let file = parse_import(&export(None, std::slice::from_ref(&mine), &[], now())).unwrap();
        let report = block_on(import(&store, &file)).unwrap();
        assert_eq!((report.added, report.replaced_damaged), (1, 1));
        let all = store.snapshot();
        assert_eq!(all.get("aside:break:dmg").map(String::as_str), Some("{damaged"));
        assert_eq!(all.get(&mine.key()), Some(&mine.to_stored_json()));
    }

    #[test]
    fn partial_settings_merge_field_by_field_and_say_what_changed() {
        let mine = Settings {
            nudge_interval_min: 45,
            daily_goal: 3,
            theme: Theme::Dark,
            focus: vec![crate::settings::Focus::Back],
            ..Settings::default()
        };
        let store = MemoryStore::new();
        block_on(save_settings(&store, &mine)).unwrap();
        let text = r#"{"format":"deskbreak-export","version":1,"breaks":[],"settings":{"daily_goal":2}}"#;
        let report = block_on(import(&store, &parse_import(text).unwrap())).unwrap();
        assert_eq!(report.message(), "This file has no breaks to import. Settings changed: daily goal.");
        let after = block_on(load(&store)).unwrap().settings;
        assert_eq!(after, Settings { daily_goal: 2, ..mine });
    }

    #[test]
    fn partial_settings_that_clash_with_yours_are_refused() {
        let store = MemoryStore::new();
        block_on(save_settings(&store, &Settings::default())).unwrap();
        let before = store.snapshot();
        // Work hours would start and end at 18:00.
        let text = r#"{"format":"deskbreak-export","version":1,"breaks":[],"settings":{"work_start":1080}}"#;
        let e = block_on(import(&store, &parse_import(text).unwrap())).unwrap_err();
        assert!(e.to_string().contains("bad fields: work_end"), "{e}");
        assert_eq!(store.snapshot(), before);
    }

    #[test]
    fn not_json_is_refused_with_a_clear_message() {
        let e = refused("hello, I am a spreadsheet");
        assert!(matches!(e, ImportError::NotJson { .. }));
        assert!(e.to_string().starts_with("This file isn't JSON"), "{e}");
        assert!(e.to_string().ends_with("Nothing was changed."));
        assert!(matches!(refused(""), ImportError::NotJson { .. }));
    }

    #[test]
    fn wrong_format_or_version_is_refused() {
        assert_eq!(refused("[]"), ImportError::NotAnExport);
        assert_eq!(refused("{\"breaks\": []}"), ImportError::NotAnExport);
        assert_eq!(
            refused("{\"format\": \"other-app\", \"version\": 1, \"breaks\": []}"),
            ImportError::NotAnExport
        );
        assert_eq!(
            refused("{\"format\": \"deskbreak-export\", \"version\": 2, \"breaks\": []}"),
            ImportError::NewerVersion(2)
        );
        assert!(refused("{\"format\": \"deskbreak-export\", \"version\": 2}")
            .to_string()
            .contains("newer version"));
        assert_eq!(
            refused("{\"format\": \"deskbreak-export\", \"version\": \"1\", \"breaks\": []}"),
            ImportError::UnsupportedVersion
        );
        assert_eq!(
            refused("{\"format\": \"deskbreak-export\", \"version\": 1, \"breaks\": {}}"),
            ImportError::NoBreakList
        );
    }

    #[test]
    fn huge_files_are_refused() {
        let padding = " ".repeat(MAX_IMPORT_BYTES);
        let text = format!("{}{padding}", file_with(vec![]));
        assert!(matches!(refused(&text), ImportError::TooLarge { .. }));

        let many = format!(
            "{{\"format\":\"deskbreak-export\",\"version\":1,\"breaks\":[{}0]}}",
            "0,".repeat(MAX_IMPORT_BREAKS)
        );
        assert!(many.len() < MAX_IMPORT_BYTES);
        assert_eq!(refused(&many), ImportError::TooManyBreaks(MAX_IMPORT_BREAKS + 1));

        let mut long = rec_at("a", d(2026, 3, 10), 9, 0);
        long.id = "x".repeat(201);
        let e = refused(&file_with(vec![long.to_stored_value()]));
        assert!(e.to_string().contains("longer than 200"), "{e}");
        let mut long = rec_at("a", d(2026, 3, 10), 9, 0);
        long.pack_id = "p".repeat(5000);
        assert!(matches!(
            refused(&file_with(vec![long.to_stored_value()])),
            ImportError::BadBreak { index: 0, .. }
        ));
    }

    #[test]
    fn a_single_bad_break_refuses_the_whole_file_and_names_it() {
        let (settings, records) = sample();
        let mut breaks: Vec<Value> = records.iter().map(BreakRecord::to_stored_value).collect();
        breaks[3]["exercises_done"] = Value::from(100);
        breaks.push(json!({"garbage": true}));
        let store = MemoryStore::new();
        block_on(save_settings(&store, &settings)).unwrap();
        let before = store.snapshot();

        let e = refused(&file_with(breaks));
        assert!(matches!(e, ImportError::BadBreak { index: 3, .. }));
        assert!(
            e.to_string()
                .starts_with("Break number 4 in this file can't be imported: it has 100 exercises done"),
            "{e}"
        );
        assert_eq!(store.snapshot(), before);
    }

    #[test]
    fn future_breaks_in_a_file_are_refused() {
        let mut v = rec_at("a", d(2026, 3, 10), 9, 0).to_stored_value();
        v["v"] = Value::from(RECORD_SCHEMA + 1);
        let e = refused(&file_with(vec![v]));
        assert!(
            e.to_string().contains(&format!("newer version of DeskBreak (v{})", RECORD_SCHEMA + 1)),
            "{e}"
        );
    }

    #[test]
    fn old_breaks_in_a_file_are_migrated() {
        let v1 = json!({
            "v": 1, "id": "old", "pack_id": "p", "start_ms": 0, "end_ms": 90_000,
            "local_date": "1970-01-01", "offset_min": 0, "exercises_done": 2, "exercises_total": 3,
            "checkin": {"before": 1, "after": 2}
        });
        let file = parse_import(&file_with(vec![v1])).unwrap();
        assert_eq!(file.breaks[0].moved_s, 90);
        assert_eq!(file.breaks[0].checkin_after, Some(2));
        assert_eq!(file.settings, None);
    }

    #[test]
    fn settings_are_imported_only_when_fully_valid() {
        let with_settings = |s: Value| {
            json!({"format": EXPORT_FORMAT, "version": 1, "settings": s, "breaks": []}).to_string()
        };
        let good = serde_json::to_value(Settings { daily_goal: 5, ..Settings::default() }).unwrap();
        assert_eq!(
            parse_import(&with_settings(good.clone())).unwrap().settings,
            Some(SettingsPatch::all_of(&Settings { daily_goal: 5, ..Settings::default() }))
        );
        let mut bad = good.clone();
        bad["nudge_interval_min"] = Value::from(5);
        let e = refused(&with_settings(bad));
        assert_eq!(
            e,
            ImportError::BadSettings(SettingsProblem::BadFields(vec!["nudge_interval_min".into()]))
        );
        assert!(matches!(refused(&with_settings(json!(7))), ImportError::BadSettings(_)));
        let mut newer = good;
        newer["schema"] = Value::from(2);
        assert!(refused(&with_settings(newer)).to_string().contains("newer version"));
    }

    #[test]
    fn the_quick_nudge_settings_travel_in_an_import_and_are_checked() {
        let patch = |s: Value| SettingsPatch::from_value(&s);
        let off = patch(json!({ "quick_nudge_min": null, "quick_notify": true })).unwrap();
        assert_eq!(off.fields().collect::<Vec<_>>(), ["quick_notify", "quick_nudge_min"]);
        let (merged, changed) = Settings::default().merged(&off).unwrap();
        assert_eq!((merged.quick_nudge_min, merged.quick_notify), (None, true));
        assert_eq!(changed, ["quick_nudge_min", "quick_notify"]);
        assert_eq!(patch(json!({ "quick_nudge_min": 10 })), Err(vec!["quick_nudge_min".to_string()]));
        // An export of today's settings carries both fields, and reads back the same.
        let all = SettingsPatch::all_of(&Settings { quick_nudge_min: Some(45), ..Settings::default() });
        assert_eq!(Settings::default().merged(&all).unwrap().0.quick_nudge_min, Some(45));
    }

    #[test]
    fn a_quota_failure_during_import_changes_nothing() {
        let (settings, records) = sample();
        let existing = rec_at("z", d(2026, 3, 1), 9, 0);
        let store = MemoryStore::new().with_quota(600);
        block_on(save_break(&store, &existing)).unwrap();
        let before = store.snapshot();
        let file = parse_import(&export(Some(&settings), &records, &[], now())).unwrap();
        let e = block_on(import(&store, &file)).unwrap_err();
        assert!(matches!(e, ImportFailure::Store(StoreError::QuotaExceeded(_))));
        assert_eq!(store.snapshot(), before);
    }

    #[test]
    fn deeply_nested_json_is_refused_without_overflowing_the_stack() {
        let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(matches!(refused(&text), ImportError::NotJson { .. }));
    }

    fn routine(id: &str, name: &str) -> CustomRoutine {
        validate(id, name, &["Neck Tilts".to_string()], |_| true).unwrap()
    }

    #[test]
    fn routines_are_exported_and_merged_by_id_with_a_clear_message() {
        let (mine, theirs) = (routine("r1", "Mine"), routine("r2", "Theirs"));
        let text = export(None, &[], &[mine.clone(), theirs.clone()], now());
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["routines"][0], mine.to_stored_value());

        let changed = routine("r1", "Mine, changed since");
        let store = MemoryStore::new();
        block_on(crate::store::save_routine(&store, &changed)).unwrap();
        let file = parse_import(&text).unwrap();
        let report = block_on(import(&store, &file)).unwrap();
        assert_eq!(
            report.message(),
            "Added 1 routine of your own. 1 routine in the file is a different version of one you have; yours was kept."
        );
        let loaded = block_on(load(&store)).unwrap();
        assert_eq!(loaded.routines, vec![changed, theirs]);

        let again =
            block_on(import(&store, &parse_import(&export(None, &[], &loaded.routines, now())).unwrap()));
        assert_eq!(again.unwrap().message(), "2 routines of your own were already here.");
    }

    #[test]
    fn a_damaged_stored_routine_is_set_aside_and_restored_from_the_file() {
        let mine = routine("r1", "Mine");
        let store = MemoryStore::with_items([("routine:r1", "{broken")]);
        let file = parse_import(&export(None, &[], std::slice::from_ref(&mine), now())).unwrap();
        assert_eq!(block_on(import(&store, &file)).unwrap().routines_added, 1);
        assert_eq!(store.snapshot().get("aside:routine:r1").map(String::as_str), Some("{broken"));
        assert_eq!(block_on(load(&store)).unwrap().routines, vec![mine]);
    }

    #[test]
    fn a_bad_routine_refuses_the_whole_file_and_names_it() {
        let file = |routines: Value| {
            json!({"format": EXPORT_FORMAT, "version": 1, "breaks": [], "routines": routines}).to_string()
        };
        let ok = routine("r1", "Mine").to_stored_value();
        assert_eq!(
            refused(&file(json!([ok, {"v": 1, "id": "r2", "name": "", "exercises": ["Neck Tilts"]}])))
                .to_string(),
            "Routine number 2 in this file can't be imported: Give your routine a name. Nothing was changed."
        );
        assert_eq!(refused(&file(json!({"r1": ok}))), ImportError::NoRoutineList);
        assert!(refused(&file(json!([{"v": 9}]))).to_string().contains("newer version"));
        let unknown = parse_import(&file(json!([ok]))).unwrap().check_exercises(|n| n == "Chin Tucks");
        assert_eq!(
            unknown.unwrap_err().to_string(),
            "Routine number 1 in this file can't be imported: \"Neck Tilts\" isn't an exercise in the library. Nothing was changed."
        );
    }

    /// Every refusal reads the same from the messages as the English `Display`.
    #[cfg(feature = "markdown")]
    #[test]
    fn the_refusals_read_word_for_word_as_the_english() {
        let m = crate::l10n::testing::english();
        let errors = [
            ImportError::TooLarge { bytes: 512 },
            ImportError::NotJson { detail: "expected value at line 1 column 1".into() },
            ImportError::NotAnExport,
            ImportError::NewerVersion(2),
            ImportError::UnsupportedVersion,
            ImportError::NoBreakList,
            ImportError::BadBreak { index: 3, reason: "it has 100 exercises done".into() },
            ImportError::NewerBreak { index: 0, version: 9 },
            ImportError::BadSettings(SettingsProblem::NotAnObject),
            ImportError::BadSettings(SettingsProblem::Newer(2)),
            ImportError::BadSettings(SettingsProblem::UnknownSchema("\"x\"".into())),
            ImportError::BadSettings(SettingsProblem::BadFields(vec!["theme".into(), "sound".into()])),
            ImportError::BadSettings(SettingsProblem::Clash(vec!["work_end".into()])),
            ImportError::BadSettings(SettingsProblem::Damaged("oops".into())),
            ImportError::NoRoutineList,
            ImportError::BadRoutine { index: 1, reason: RoutineProblem::Newer(4) },
            ImportError::BadRoutine { index: 0, reason: RoutineProblem::Damaged("it has no version".into()) },
            ImportError::BadRoutine {
                index: 0,
                reason: RoutineProblem::Invalid(crate::custom_routine::RoutineError::NameTooLong(61)),
            },
        ];
        for e in errors {
            assert_eq!(e.message_in(m), e.to_string());
            assert!(e.message_in(m).ends_with("Nothing was changed."));
        }
        // Numbers are the language's: the limit reads with its thousands grouped.
        assert_eq!(
            ImportError::TooManyBreaks(100_001).message_in(m),
            "This file holds 100,001 breaks, more than the 100,000 an export can have. Nothing was changed."
        );
        assert_eq!(
            ImportError::TooManyRoutines(1_001).message_in(m),
            "This file holds 1,001 routines, more than the 1,000 an export can have. Nothing was changed."
        );
    }

    /// Every summary reads the same from the messages as the English one.
    #[cfg(feature = "markdown")]
    #[test]
    fn the_summaries_read_word_for_word_as_the_english() {
        let m = crate::l10n::testing::english();
        let reports = [
            ImportReport::default(),
            ImportReport { added: 1, ..ImportReport::default() },
            ImportReport { added: 3, already_present: 1, ..ImportReport::default() },
            ImportReport {
                added: 1,
                already_present: 2,
                kept_newer: 1,
                replaced_damaged: 1,
                ..ImportReport::default()
            },
            ImportReport {
                already_present: 1,
                kept_newer: 2,
                replaced_damaged: 2,
                ..ImportReport::default()
            },
            ImportReport {
                routines_added: 1,
                routines_already_present: 2,
                routines_kept: 1,
                ..ImportReport::default()
            },
            ImportReport {
                routines_added: 2,
                routines_already_present: 1,
                routines_kept: 2,
                ..ImportReport::default()
            },
            ImportReport { had_settings: true, ..ImportReport::default() },
            ImportReport {
                added: 2,
                had_settings: true,
                settings_changed: vec!["daily_goal".into(), "theme".into(), "language".into()],
                ..ImportReport::default()
            },
            ImportReport { had_settings: true, settings_kept_newer: true, ..ImportReport::default() },
        ];
        for r in reports {
            assert_eq!(r.message_in(m), r.message(), "{r:?}");
        }
        let failure = ImportFailure::Store(StoreError::Other("disk".into()));
        assert_eq!(failure.message_in(m, |e| e.to_string()), failure.to_string());
    }

    proptest! {
        #![proptest_config(proptest_config(256))]

        #[test]
        fn arbitrary_text_never_panics(text in ".{0,400}") {
            let _ = parse_import(&text);
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            let _ = parse_import(&String::from_utf8_lossy(&bytes));
        }

        #[test]
        fn export_like_files_with_arbitrary_breaks_never_panic(
            entries in prop::collection::vec(
                prop_oneof![
                    Just(Value::Null),
                    any::<i64>().prop_map(Value::from),
                    ".{0,20}".prop_map(Value::from),
                    (any::<i64>(), any::<i64>(), any::<i32>(), 0u32..4).prop_map(|(s, e, o, v)| json!({
                        "v": v, "id": "x", "pack_id": "p", "start_ms": s, "end_ms": e,
                        "local_date": "2026-03-10", "offset_min": o, "exercises_done": 1,
                        "exercises_total": 1, "moved_s": 60, "checkin_before": null,
                        "checkin_after": null, "checkin": {"before": 9}
                    })),
                ],
                0..8,
            )
        ) {
            let _ = parse_import(&file_with(entries));
        }
    }
}
