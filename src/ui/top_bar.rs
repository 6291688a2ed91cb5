//! The bar at the top: the name, a compact streak, and the settings gear.

use leptos::prelude::*;

use crate::i18n::t;
use crate::state::{self, SettingsDialog, Stored};
use crate::wording::streak_text;

#[component]
pub fn TopBar() -> impl IntoView {
    let stored = state::get::<Stored>();
    let settings_open = state::get::<SettingsDialog>().0;
    let streak = move || stored.streak().current;
    view! {
        <header class="topbar">
            <span class="brand">{t("topbar-brand")}</span>
            <span class="topbar-streak" aria-hidden="true">
                {move || streak_text(streak())}
            </span>
            <button
                class="icon-button gear"
                aria-label=t("topbar-settings")
                aria-haspopup="dialog"
                on:click=move |_| settings_open.set(true)
            >
                <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
                    <path
                        fill="currentColor"
                        d="M19.4 13a7.7 7.7 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.6 7.6 0 0 0-1.7-1L15 3.3h-4l-.4 2.6a7.6 7.6 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.7 7.7 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.6 7.6 0 0 0 1.7 1l.4 2.6h4l.4-2.6a7.6 7.6 0 0 0 1.7-1l2.5 1 2-3.5zM13 15.5A3.5 3.5 0 1 1 13 8.5a3.5 3.5 0 0 1 0 7z"
                    />
                </svg>
            </button>
        </header>
    }
}
