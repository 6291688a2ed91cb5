//! Every exercise's key poses on one page (`index.html#moves`), drawn by the same renderer as
//! the player: `make sheet` photographs it, and an author adding a move checks its figure here.

use leptos::prelude::*;

use crate::ui::figure::{figure_label, FigureView};

#[component]
pub fn ContactSheet() -> impl IntoView {
    let catalog = deskbreak_catalog::catalog();
    let entries = catalog
        .library
        .iter()
        .filter_map(|exercise| {
            let figure = deskbreak_catalog::figure(&exercise.name, false)?;
            let label = figure_label(exercise);
            let keys = figure
                .keys
                .iter()
                .map(|key| view! { <FigureView figure pose=RwSignal::new(key.pose) label=label.clone() /> })
                .collect_view();
            let side = if exercise.per_side { " (left side)" } else { "" };
            Some(view! {
                <li class="sheet-entry">
                    <h2>{exercise.name.clone()} <span class="hint">{side}</span></h2>
                    <div class="sheet-keys">{keys}</div>
                </li>
            })
        })
        .collect_view();
    view! {
        <main class="contact-sheet">
            <h1>"Every move"</h1>
            <ol class="sheet">{entries}</ol>
        </main>
    }
}
