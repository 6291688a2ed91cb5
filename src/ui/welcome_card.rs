//! The first run explains itself: on the first new tab after install (one tab only, claimed
//! atomically in storage), a dismissible card says what Desk Break does, that it is offline and
//! private, and when it will nudge, with one button to adjust that. It sits beside today's pack,
//! never above it, and never comes back.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{t, tf};
use crate::persist;
use crate::state::{self, SettingsDialog, Stored};
use crate::wording::nudge_summary;

#[component]
pub fn WelcomeCard() -> impl IntoView {
    let stored = state::get::<Stored>();
    let settings_open = state::get::<SettingsDialog>().0;
    let shown = RwSignal::new(false);
    // Once storage has been read, this tab asks to be the one that welcomes.
    Effect::new(move |claimed: Option<bool>| {
        if claimed == Some(true) || !stored.loaded.get() {
            return claimed.unwrap_or(false);
        }
        spawn_local(async move { shown.set(persist::claim_welcome(stored).await) });
        true
    });
    let when = move || {
        let when = stored.settings.with(nudge_summary);
        tf("welcome-when", &[("when", (&when).into())])
    };
    view! {
        <Show when=move || shown.get()>
            <section class="welcome card" aria-labelledby="welcome-title">
                <h2 id="welcome-title">{t("welcome-title")}</h2>
                <ul>
                    <li>{t("welcome-what")}</li>
                    <li>{t("welcome-private")}</li>
                    <li>{when}</li>
                </ul>
                <div class="actions">
                    <button class="secondary" on:click=move |_| settings_open.set(true)>{t("welcome-adjust")}</button>
                    <button class="secondary" on:click=move |_| shown.set(false)>{t("welcome-got-it")}</button>
                </div>
            </section>
        </Show>
    }
}
