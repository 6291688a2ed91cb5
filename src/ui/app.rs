//! The app: provides the state, loads storage, and shows the screen of the moment.

use deskbreak_browser::{now, PageStore};
use gloo_timers::callback::Interval;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::persist;
use crate::state::{AppState, Screen};
use crate::ui::completion::Completion;
use crate::ui::home::Home;
use crate::ui::notices::Notices;
use crate::ui::player_view::{start_routine_from_nudge, PlayerView};
use crate::ui::settings_panel::SettingsPanel;
use crate::ui::top_bar::TopBar;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(PageStore::detect(), now());
    provide_context(state);

    // The date, part of the day and sitting time move on while a tab stays open.
    Interval::new(15_000, move || state.now.set(now())).forget();

    persist::follow_changes(state);
    spawn_local(async move {
        persist::reload(state).await;
        // A nudge's Start button opens `index.html#start=<pack>`: begin that routine at once.
        let hash = window().location().hash().unwrap_or_default();
        if let Some(id) = hash.strip_prefix("#start=") {
            let id = id.to_string();
            let _ = window()
                .history()
                .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("index.html")));
            if state.catalog().pack(&id).is_some() {
                start_routine_from_nudge(state, &id);
            }
        }
    });

    // Once storage is read, the app shows the pack the user's settings pick: the shell goes.
    Effect::new(move |_| {
        if state.loaded.get() {
            if let Some(shell) = document().get_element_by_id("shell") {
                shell.remove();
            }
        }
    });
    // Keep the shell's preview of today's pack current for the next tab (preview.js).
    Effect::new(move |_| {
        if state.loaded.get() && state.showing_today() {
            persist::save_preview(state);
        }
    });

    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <TopBar />
        <Notices />
        <main id="main" tabindex="-1">
            {move || match (state.loaded.get(), state.screen.get()) {
                (false, _) => ().into_any(),
                (true, Screen::Home) => view! { <Home /> }.into_any(),
                (true, Screen::Player) => view! { <PlayerView /> }.into_any(),
                (true, Screen::Done) => view! { <Completion /> }.into_any(),
            }}
        </main>
        <SettingsPanel />
    }
}
