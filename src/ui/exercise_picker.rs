//! The exercise library to pick from when making your own routine: each move's still figure,
//! name, position and length, and a button that adds it to the end of the routine.

use deskbreak_catalog::locale;
use leptos::prelude::*;

use crate::i18n::{t, tf, Arg};
use crate::ui::figure::FigureView;
use crate::wording::exercise_facts;

#[component]
pub fn ExercisePicker(#[prop(into)] on_add: Callback<&'static str>) -> impl IntoView {
    let library = &deskbreak_catalog::catalog().library;
    let items = library
        .iter()
        .map(|e| {
            // The English name is the routine's key; the shown one is the language's.
            let (key, name): (&'static str, &'static str) = (&e.name, locale::exercise_name(&e.name));
            let pose = deskbreak_catalog::figure(key, false)
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
                        aria-label=tf("routine-picker-add-label", &[("exercise", Arg::Str(name))])
                        on:click=move |_| on_add.run(key)
                    >
                        {t("routine-picker-add")}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="picker" aria-labelledby="picker-title">
            <h3 id="picker-title">{t("routine-picker-title")}</h3>
            <ul class="picker-list">{items}</ul>
        </section>
    }
}
