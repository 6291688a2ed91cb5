//! The moves of the routine being made, in order, each with buttons to move it up or down and to
//! remove it. Buttons, so the keyboard reaches them; after a move the focus follows the exercise,
//! and a live region says where it went.

use deskbreak_catalog::locale::exercise_name;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{t, tf, Arg};

/// What the buttons of one row do.
#[derive(Clone, Copy)]
enum Edit {
    Up,
    Down,
    Remove,
}

fn button_id(edit: Edit, i: usize) -> String {
    let kind = match edit {
        Edit::Up => "up",
        Edit::Down => "down",
        Edit::Remove => "remove",
    };
    format!("routine-step-{kind}-{i}")
}

/// Focuses a row's button once the list has been drawn again.
fn focus_later(id: String) {
    request_animation_frame(move || {
        let button = document().get_element_by_id(&id);
        if let Some(b) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = b.focus();
        }
    });
}

/// Applies an edit to row `i`; returns what to announce and which button takes the focus.
fn apply(list: &mut Vec<String>, edit: Edit, i: usize) -> Option<(String, String)> {
    let name = exercise_name(list.get(i)?).to_string();
    let exercise = ("exercise", Arg::Str(&name));
    let (to, focus) = match edit {
        Edit::Up if i > 0 => (i - 1, if i == 1 { Edit::Down } else { Edit::Up }),
        Edit::Down if i + 1 < list.len() => (i + 1, if i + 2 == list.len() { Edit::Up } else { Edit::Down }),
        Edit::Remove => {
            list.remove(i);
            let next = i.min(list.len().saturating_sub(1));
            let id = if list.is_empty() { "routine-name".to_string() } else { button_id(Edit::Remove, next) };
            return Some((tf("routine-step-removed", &[exercise]), id));
        }
        Edit::Up | Edit::Down => return None,
    };
    list.swap(i, to);
    let said =
        tf("routine-step-moved", &[exercise, ("position", (to + 1).into()), ("count", list.len().into())]);
    Some((said, button_id(focus, to)))
}

#[component]
pub fn RoutineSteps(steps: RwSignal<Vec<String>>) -> impl IntoView {
    let said = RwSignal::new(String::new());
    let edit = move |edit: Edit, i: usize| {
        let mut done = None;
        steps.update(|list| done = apply(list, edit, i));
        if let Some((message, focus)) = done {
            said.set(message);
            focus_later(focus);
        }
    };
    let rows = move || {
        let list = steps.get();
        let last = list.len().saturating_sub(1);
        list.into_iter()
            .enumerate()
            .map(|(i, key)| {
                let name = exercise_name(&key);
                let label = |key: &str| tf(key, &[("exercise", Arg::Str(name))]);
                view! {
                    <li class="step-row">
                        <span class="step-name">{name.to_string()}</span>
                        <button id=button_id(Edit::Up, i) class="secondary small" disabled=i == 0
                            aria-label=label("routine-step-up-label") on:click=move |_| edit(Edit::Up, i)>
                            {t("routine-step-up")}
                        </button>
                        <button id=button_id(Edit::Down, i) class="secondary small" disabled=i == last
                            aria-label=label("routine-step-down-label") on:click=move |_| edit(Edit::Down, i)>
                            {t("routine-step-down")}
                        </button>
                        <button id=button_id(Edit::Remove, i) class="secondary small"
                            aria-label=label("routine-step-remove-label") on:click=move |_| edit(Edit::Remove, i)>
                            {t("routine-step-remove")}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show
            when=move || steps.with(|s| !s.is_empty())
            fallback=|| view! { <p class="hint">{t("routine-steps-empty")}</p> }
        >
            <ol class="routine-steps">{rows}</ol>
        </Show>
        <p class="sr-only" role="status">{move || said.get()}</p>
    }
}
