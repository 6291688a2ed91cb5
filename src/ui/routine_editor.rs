//! "Make your own": name a routine, pick its moves from the library and put them in order. It is
//! drawn only when opened from Browse all packs, so the New Tab's first paint does not pay for it.
//! The core checks it on Save (1–30 known moves, a name of 1–60 characters); a refusal is shown
//! here, and nothing is stored.

use deskbreak_core::custom_routine::{CustomRoutine, MAX_ROUTINE_EXERCISES, MAX_ROUTINE_NAME_CHARS};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{t, tf};
use crate::persist;
use crate::state::{self, pack_of, Choice, Stored};
use crate::ui::exercise_picker::ExercisePicker;
use crate::ui::routine_steps::RoutineSteps;

/// "3 exercises · about 4 min of movement · at most 30".
fn summary(steps: &[String]) -> String {
    let catalog = deskbreak_catalog::catalog();
    let seconds: u32 = steps.iter().filter_map(|n| catalog.exercise(n)).map(|e| e.total_seconds()).sum();
    tf(
        "routine-editor-summary",
        &[
            ("count", steps.len().into()),
            ("minutes", seconds.div_ceil(60).max(1).into()),
            ("max", MAX_ROUTINE_EXERCISES.into()),
        ],
    )
}

/// The editor. `existing` is the routine being changed (`None` makes a new one); `on_close`
/// runs after Cancel or Delete with `false`, and after a save with `true`, once the saved
/// routine is the pack shown.
#[component]
pub fn RoutineEditor(
    existing: Option<CustomRoutine>,
    #[prop(into)] on_close: Callback<bool>,
) -> impl IntoView {
    let (stored, choice) = (state::get::<Stored>(), state::get::<Choice>());
    let is_new = existing.is_none();
    let (id, name, steps) = match existing {
        Some(r) => (r.id, RwSignal::new(r.name), RwSignal::new(r.exercises)),
        None => (persist::new_routine_id(), RwSignal::new(String::new()), RwSignal::new(Vec::new())),
    };
    let error = RwSignal::new(None::<String>);
    // The button that opened the editor is gone: the focus starts on the name.
    let name_field = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(field) = name_field.get() {
            let _ = field.focus();
        }
    });
    let busy = RwSignal::new(false);
    let save_id = id.clone();
    let save = move |_| {
        let id = save_id.clone();
        busy.set(true);
        spawn_local(async move {
            let result = persist::save_routine(stored, id, name.get_untracked(), steps.get_untracked()).await;
            busy.set(false);
            match result {
                Ok(routine) => {
                    choice.browse(pack_of(&routine));
                    on_close.run(true);
                }
                Err(message) => error.set(Some(message)),
            }
        });
    };
    let delete = move |_| {
        let id = id.clone();
        spawn_local(async move {
            match persist::delete_routine(stored, id).await {
                Ok(()) => on_close.run(false),
                Err(message) => error.set(Some(message)),
            }
        });
    };
    view! {
        <section class="routine-editor" aria-labelledby="editor-title">
            <h2 id="editor-title">{t(if is_new { "routine-editor-new-title" } else { "routine-editor-change-title" })}</h2>
            <label class="field-label" for="routine-name">{t("routine-editor-name")}</label>
            <input node_ref=name_field id="routine-name" class="text-field" type="text" autocomplete="off" aria-describedby="routine-name-hint routine-error"
                prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
            <p id="routine-name-hint" class="catalog-meta">
                {tf("routine-editor-name-hint", &[("max", MAX_ROUTINE_NAME_CHARS.into())])}
            </p>
            <h3 id="steps-title">{t("routine-editor-moves-title")}</h3>
            <p class="catalog-meta">{move || steps.with(|s| summary(s))}</p>
            <RoutineSteps steps />
            <p id="routine-error" class="field-error" role="alert">{move || error.get()}</p>
            <div class="actions">
                <button class="start" disabled=move || busy.get() on:click=save>{t("routine-editor-save")}</button>
                <button class="secondary" on:click=move |_| on_close.run(false)>{t("routine-editor-cancel")}</button>
                {(!is_new).then(|| view! {
                    <button class="link-button" on:click=delete>{t("routine-editor-delete")}</button>
                })}
            </div>
            <ExercisePicker on_add=move |n: &'static str| {
                error.set(None);
                steps.update(|s| s.push(n.to_string()));
            } />
        </section>
    }
}
