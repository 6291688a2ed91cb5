//! The general health notice (the core's `health_notice`): shown before every routine, next to
//! the pack's own "Before you start" box, and in Settings.

use deskbreak_core::health_notice::health_notice;
use leptos::prelude::*;

use crate::i18n::m;

/// `id` names the heading (the page and the settings dialog each hold one); `level` is 2 on the
/// pack card and 3 inside the settings dialog, under its own heading.
#[component]
pub fn HealthNotice(id: &'static str, #[prop(default = 2)] level: u8) -> impl IntoView {
    let n = health_notice(m());
    let heading = if level == 3 {
        view! { <h3 id=id>{n.title}</h3> }.into_any()
    } else {
        view! { <h2 id=id>{n.title}</h2> }.into_any()
    };
    view! {
        <section class="health-notice" aria-labelledby=id>
            {heading}
            <p>{n.lead}</p>
            <ul>{n.signs.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            <p>{n.closing}</p>
        </section>
    }
}
