//! A yes/no setting as a labelled checkbox: what it shows and what it changes both come from
//! the core's settings, like [`NumberField`](crate::ui::number_field::NumberField).

use deskbreak_core::settings::{SettingChange, Settings};
use leptos::prelude::*;

use crate::ui::settings_panel::Form;

#[component]
pub fn CheckField(
    label: String,
    get: fn(&Settings) -> bool,
    make: fn(bool) -> SettingChange,
) -> impl IntoView {
    let form = expect_context::<Form>();
    let value = form.value(get);
    view! {
        <label class="check">
            <input
                type="checkbox"
                prop:checked=move || value.get()
                on:change=move |ev| form.change(make(event_target_checked(&ev)))
            />
            {label}
        </label>
    }
}
