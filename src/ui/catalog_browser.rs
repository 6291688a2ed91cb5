//! The whole catalog, to pick any pack.

use leptos::prelude::*;

use crate::state::use_app;

#[component]
pub fn CatalogBrowser(#[prop(into)] on_pick: Callback<()>) -> impl IntoView {
    let state = use_app();
    let catalog = state.catalog();
    let items = catalog
        .packs
        .iter()
        .map(|p| {
            let id = p.id.clone();
            let minutes = catalog.estimated_minutes(p);
            let current = {
                let id = id.clone();
                move || state.shown_pack().id == id
            };
            view! {
                <li>
                    <button
                        class="catalog-item"
                        aria-current=move || if current() { Some("true") } else { None }
                        on:click=move |_| {
                            state.browsed.set(Some(id.clone()));
                            on_pick.run(());
                        }
                    >
                        <span class="catalog-title">{p.title.clone()}</span>
                        <span class="catalog-meta">
                            {format!("{} exercises · about {minutes} min of movement", p.exercises.len())}
                        </span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav id="catalog" class="catalog" aria-label="All packs">
            <ul>{items}</ul>
        </nav>
    }
}
