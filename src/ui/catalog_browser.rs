//! The whole catalog, to pick any pack: filters, then a card per pack, with the number shown
//! announced as it changes.

use deskbreak_core::catalog::PackFilter;
use leptos::prelude::*;

use crate::ui::catalog_card::CatalogCard;
use crate::ui::catalog_filters::CatalogFilters;
use crate::wording::plural;

#[component]
pub fn CatalogBrowser(#[prop(into)] on_pick: Callback<()>) -> impl IntoView {
    let catalog = deskbreak_catalog::catalog();
    let filter = RwSignal::new(PackFilter::default());
    let shown = Memo::new(move |_| catalog.filtered(filter.get()));
    let cards = move || {
        shown
            .get()
            .into_iter()
            .map(|i| view! { <CatalogCard pack=&catalog.packs[i] on_pick=on_pick /> })
            .collect_view()
    };
    let count = move || {
        let n = shown.with(Vec::len) as u32;
        if n == 0 {
            "No pack matches these filters.".to_string()
        } else {
            format!("{} shown", plural(n, "pack", "packs"))
        }
    };
    view! {
        <nav id="catalog" class="catalog" aria-label="All packs">
            <CatalogFilters filter />
            <p class="catalog-count" role="status">{count}</p>
            <ul>{cards}</ul>
        </nav>
    }
}
