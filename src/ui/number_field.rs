//! A whole-number setting with its range, as the core defines it: the input's bounds, the
//! unit's text and the core's validation all come from the same constant.

use deskbreak_core::settings::{SettingChange, Settings};
use leptos::prelude::*;

use crate::i18n::{tf, Arg};
use crate::ui::settings_panel::Form;

fn number(text: &str) -> i64 {
    // Anything that is not a whole number is out of range by definition.
    text.trim().parse::<i64>().unwrap_or(i64::MIN)
}

#[component]
pub fn NumberField(
    label: String,
    id: &'static str,
    /// The core's range, both ends allowed.
    range: (i64, i64),
    /// The unit's message, given the range: "minutes (30–180)", "breaks a day (1–12)".
    unit: &'static str,
    get: fn(&Settings) -> i64,
    make: fn(i64) -> SettingChange,
) -> impl IntoView {
    let form = expect_context::<Form>();
    let value = form.value(get);
    let (min, max) = range;
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="number"
                min=min
                max=max
                step="1"
                prop:value=move || value.get().to_string()
                on:change=move |ev| form.change(make(number(&event_target_value(&ev))))
            />
            <span class="unit">{tf(unit, &[("min", Arg::Num(min)), ("max", Arg::Num(max))])}</span>
        </div>
    }
}

/// A core range of any unsigned width, as the field takes it.
pub fn range<T: Into<i64>>((min, max): (T, T)) -> (i64, i64) {
    (min.into(), max.into())
}
