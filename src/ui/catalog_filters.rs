//! The catalog's filters: position (sitting, standing, floor) and place (desk, anywhere), as two
//! radio groups. Native radios: reachable with Tab and the arrow keys, and announced by name.

use deskbreak_core::catalog::{PackFilter, Place};
use deskbreak_core::pack::Position;
use leptos::prelude::*;

use crate::i18n::t;

/// One radio group of the filters. `None` is "any"; each choice is named by its message's key.
fn group<T: Copy + PartialEq + Send + Sync + 'static>(
    legend: &'static str,
    name: &'static str,
    choices: Vec<(Option<T>, &'static str)>,
    current: Signal<Option<T>>,
    pick: impl Fn(Option<T>) + Copy + 'static,
) -> impl IntoView {
    let radios = choices
        .into_iter()
        .map(|(value, label)| {
            view! {
                <label class="chip">
                    <input
                        type="radio"
                        name=name
                        prop:checked=move || current.get() == value
                        on:change=move |_| pick(value)
                    />
                    {t(label)}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="catalog-filter">
            <legend>{t(legend)}</legend>
            <div class="chips">{radios}</div>
        </fieldset>
    }
}

#[component]
pub fn CatalogFilters(filter: RwSignal<PackFilter>) -> impl IntoView {
    let position = Signal::derive(move || filter.get().position);
    let place = Signal::derive(move || filter.get().place);
    let positions = vec![
        (None, "catalog-filter-any"),
        (Some(Position::Sitting), "catalog-filter-sitting"),
        (Some(Position::Standing), "catalog-filter-standing"),
        (Some(Position::Floor), "catalog-filter-floor"),
    ];
    let places = vec![
        (None, "catalog-filter-any"),
        (Some(Place::Desk), "catalog-filter-desk"),
        (Some(Place::Anywhere), "catalog-filter-anywhere"),
    ];
    let (by_position, by_place) = ("catalog-filter-position", "catalog-filter-place");
    view! {
        <div class="catalog-filters">
            {group(by_position, "catalog-position", positions, position, move |p| filter.update(|f| f.position = p))}
            {group(by_place, "catalog-place", places, place, move |p| filter.update(|f| f.place = p))}
        </div>
    }
}
