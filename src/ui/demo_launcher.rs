//! The pack card's **Watch the demo** button, and the pack's own video link beside it.
//! The demo's code runs only once the button is pressed.

use leptos::prelude::*;

use crate::i18n::t;
use crate::state::{self, Choice};
use crate::ui::pack_demo::PackDemo;

#[component]
pub fn DemoLauncher() -> impl IntoView {
    let choice = state::get::<Choice>();
    let open = RwSignal::new(false);
    let pack = move || choice.pack();
    // Close demo removes the focused button with the demo: focus goes back to the one that opened it.
    let button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.get();
        if was_open == Some(true) && !is_open {
            if let Some(b) = button.get_untracked() {
                let _ = b.focus();
            }
        }
        is_open
    });
    let video = move || {
        pack().demo_video_url.clone().map(|url| {
            view! {
                <span>
                    <a class="demo-video" href=url target="_blank" rel="noopener noreferrer">
                        {t("demo-video")}
                    </a>
                    <span class="hint">{t("demo-video-hint")}</span>
                </span>
            }
        })
    };
    view! {
        <div class="demo-launcher">
            <button
                class="secondary"
                node_ref=button
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {t("demo-watch")}
            </button>
            {video}
        </div>
        // Reading the pack here restarts the demo when another pack is shown.
        {move || open.get().then(|| view! { <PackDemo pack=pack() open /> })}
    }
}
