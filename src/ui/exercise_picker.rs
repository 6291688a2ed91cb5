//! The exercise library to pick from when making your own routine: each move's still figure,
//! name, position and length, and a button that adds it to the end of the routine.

use deskbreak_core::pack::Exercise;
use leptos::prelude::*;

use crate::ui::figure::FigureView;

/// "sitting · 30 s per side".
pub fn exercise_facts(e: &Exercise) -> String {
    let side = if e.per_side { " per side" } else { "" };
    format!("{} · {} s{side}", e.position, e.duration_s)
}

#[component]
pub fn ExercisePicker(#[prop(into)] on_add: Callback<&'static str>) -> impl IntoView {
    let library = &deskbreak_catalog::catalog().library;
    let items = library
        .iter()
        .map(|e| {
            let name: &'static str = &e.name;
            let pose = deskbreak_catalog::figure(name, false)
                .map(|figure| view! { <FigureView figure pose=RwSignal::new(*figure.still()) label=name.to_string() /> });
            view! {
                <li class="picker-item">
                    <span class="catalog-pose" aria-hidden="true">{pose}</span>
                    <span class="picker-text">
                        <span class="picker-name">{name}</span>
                        <span class="catalog-meta">{exercise_facts(e)}</span>
                    </span>
                    <button
                        class="secondary small"
                        aria-label=format!("Add {name}")
                        on:click=move |_| on_add.run(name)
                    >
                        "Add"
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="picker" aria-labelledby="picker-title">
            <h3 id="picker-title">"Exercise library"</h3>
            <ul class="picker-list">{items}</ul>
        </section>
    }
}
