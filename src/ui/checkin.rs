//! The optional one-tap check-in about the pack's area: 1 to 5, with the ends named in plain
//! words ("1, sore" … "5, fine"). Tapping the chosen value again clears it.

use deskbreak_core::checkin::CheckinArea;
use leptos::prelude::*;

use crate::i18n::{m, t, tf, Arg};

#[component]
pub fn CheckIn(
    #[prop(into)] area: Signal<CheckinArea>,
    #[prop(into)] value: Signal<Option<u8>>,
    #[prop(into)] on_pick: Callback<Option<u8>>,
) -> impl IntoView {
    let buttons = (1u8..=5)
        .map(|v| {
            let name = move || {
                let (low, high) = area.get().scale_ends(m());
                let word = match v {
                    1 => low,
                    5 => high,
                    _ => return v.to_string(),
                };
                tf("checkin-end-value", &[("value", u32::from(v).into()), ("word", Arg::Str(&word))])
            };
            view! {
                <button
                    class="checkin-value"
                    aria-pressed=move || (value.get() == Some(v)).to_string()
                    aria-label=name
                    on:click=move |_| on_pick.run(if value.get_untracked() == Some(v) { None } else { Some(v) })
                >
                    {v}
                </button>
            }
        })
        .collect_view();
    let question = move || area.get().question(m());
    let ends = move || {
        let (low, high) = area.get().scale_ends(m());
        tf("checkin-ends", &[("low", Arg::Str(&low)), ("high", Arg::Str(&high))])
    };
    view! {
        <div class="checkin" role="group" aria-label=question>
            <span class="checkin-question">{question}</span>
            <span class="checkin-optional">{t("checkin-optional")}</span>
            <div class="checkin-values">{buttons}</div>
            <span class="checkin-ends" aria-hidden="true">{ends}</span>
        </div>
    }
}
