//! The optional one-tap check-in: 1 (bad) to 5 (great). Tapping the chosen value again clears it.

use leptos::prelude::*;

#[component]
pub fn CheckIn(
    question: &'static str,
    #[prop(into)] value: Signal<Option<u8>>,
    #[prop(into)] on_pick: Callback<Option<u8>>,
) -> impl IntoView {
    let buttons = (1u8..=5)
        .map(|v| {
            let label = match v {
                1 => "1, bad",
                5 => "5, great",
                _ => "",
            };
            let name = if label.is_empty() { v.to_string() } else { label.to_string() };
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
    view! {
        <div class="checkin" role="group" aria-label=question>
            <span class="checkin-question">{question}</span>
            <span class="checkin-optional">"(optional)"</span>
            <div class="checkin-values">{buttons}</div>
        </div>
    }
}
