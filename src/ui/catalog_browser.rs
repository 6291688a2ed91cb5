//! The whole catalog, to pick any pack: filters, then a card per pack, with the number shown
//! announced as it changes. Your own routines come first, with "Make your own", which opens the
//! routine editor in place of the list.

use deskbreak_core::catalog::PackFilter;
use deskbreak_core::custom_routine::CustomRoutine;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{t, tf};
use crate::state::{self, pack_of, Stored};
use crate::ui::catalog_card::CatalogCard;
use crate::ui::catalog_filters::CatalogFilters;
use crate::ui::routine_editor::RoutineEditor;

/// Your own routines that pass the filters, each with "Change".
#[component]
fn OwnRoutines(
    filter: RwSignal<PackFilter>,
    edit: RwSignal<Option<Option<CustomRoutine>>>,
    on_pick: Callback<()>,
) -> impl IntoView {
    let stored = state::get::<Stored>();
    let cards = move || {
        let routines = stored.routines.get();
        let f = filter.get();
        routines
            .into_iter()
            .filter(|r| f.matches(pack_of(r)))
            .map(|r| {
                let pack = pack_of(&r);
                let on_change = Callback::new(move |_| edit.set(Some(Some(r.clone()))));
                view! { <CatalogCard pack on_pick on_change /> }
            })
            .collect_view()
    };
    view! {
        <section class="own-routines" aria-labelledby="own-title">
            <div class="own-head">
                <h2 id="own-title">{t("catalog-own-title")}</h2>
                <button id="make-own" class="secondary" on:click=move |_| edit.set(Some(None))>
                    {t("catalog-make-own")}
                </button>
            </div>
            <Show when=move || stored.routines.with(|r| !r.is_empty())>
                <ul>{cards}</ul>
            </Show>
        </section>
    }
}

#[component]
pub fn CatalogBrowser(#[prop(into)] on_pick: Callback<()>) -> impl IntoView {
    let catalog = deskbreak_catalog::catalog();
    let filter = RwSignal::new(PackFilter::default());
    let edit = RwSignal::new(None::<Option<CustomRoutine>>);
    let shown = Memo::new(move |_| catalog.filtered(filter.get()));
    let cards = move || {
        shown
            .get()
            .into_iter()
            .map(|i| view! { <CatalogCard pack=&catalog.packs[i] on_pick=on_pick /> })
            .collect_view()
    };
    let count = move || {
        let n = shown.with(Vec::len);
        if n == 0 {
            t("catalog-none-match")
        } else {
            tf("catalog-shown", &[("count", n.into())])
        }
    };
    let close_editor = move |saved: bool| {
        edit.set(None);
        if saved {
            on_pick.run(());
        } else {
            // Back where the user was: the list, with the focus on "Make your own".
            request_animation_frame(|| {
                let button = document().get_element_by_id("make-own");
                if let Some(b) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = b.focus();
                }
            });
        }
    };
    let browse = move || {
        view! {
            <CatalogFilters filter />
            <OwnRoutines filter edit on_pick />
            <p class="catalog-count" role="status">{count}</p>
            <ul>{cards}</ul>
        }
    };
    view! {
        <nav id="catalog" class="catalog" aria-label=t("catalog-nav-label")>
            {move || match edit.get() {
                Some(existing) => view! { <RoutineEditor existing on_close=close_editor /> }.into_any(),
                None => browse().into_any(),
            }}
        </nav>
    }
}
