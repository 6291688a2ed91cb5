//! The app: provides the state, loads storage, and shows the screen of the moment.

use deskbreak_browser::{now, PageStore};
use deskbreak_core::worker_step::routine_to_start;
use gloo_timers::callback::Interval;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{self, t, I18n};
use crate::routine::Routine;
use crate::state::{self, Clock, Flow, Notices, ScreenKind, Stored};
use crate::ui::completion::Completion;
use crate::ui::home::Home;
use crate::ui::notices::Notices as NoticeList;
use crate::ui::player_view::PlayerView;
use crate::ui::settings_panel::SettingsPanel;
use crate::ui::top_bar::TopBar;
use crate::{persist, shell};

#[component]
pub fn App() -> impl IntoView {
    state::provide(PageStore::detect(), now());
    let (clock, stored, notices, flow) =
        (state::get::<Clock>(), state::get::<Stored>(), state::get::<Notices>(), state::get::<Flow>());
    let i18n = state::get::<I18n>();
    i18n::follow(stored, i18n);
    let routine = Routine::get();

    // The date, part of the day and sitting time move on while a tab stays open.
    Interval::new(15_000, move || clock.refresh()).forget();

    persist::follow_changes(stored, clock, notices);
    spawn_local(async move {
        persist::reload(stored, clock, notices).await;
        // A nudge's Start button opens `index.html#start=<pack>` (or `#quick=<pack>` for the
        // quick move): begin that routine at once.
        let hash = window().location().hash().unwrap_or_default();
        if let Some((id, kind)) = routine_to_start(&hash) {
            let _ = window()
                .history()
                .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("index.html")));
            routine.start_from_nudge(id, kind);
        }
    });

    // Once storage is read, the app shows the pack the user's settings pick: the shell goes.
    Effect::new(move |_| {
        if stored.loaded.get() {
            if let Some(shell) = document().get_element_by_id("shell") {
                shell.remove();
            }
        }
    });
    // The next tabs' shell: a preview of every part of the coming week, made again whenever
    // what it shows could change (settings, breaks, the part of the day).
    Effect::new(move |_| {
        if stored.loaded.get() {
            let _ = (clock.today(), clock.part(), i18n.lang.get());
            stored
                .settings
                .with(|s| stored.records.with(|r| shell::save_previews(clock.now_untracked(), s, r)));
        }
    });

    // Every screen is made again in a new language; the state lives in the contexts above.
    move || {
        i18n.lang.track();
        view! {
            <a class="skip-link" href="#main">{t("skip-to-content")}</a>
            <TopBar />
            <NoticeList />
            <main id="main" tabindex="-1">
                {move || match (stored.loaded.get(), flow.kind()) {
                    (false, _) => ().into_any(),
                    (true, ScreenKind::Home) => view! { <Home /> }.into_any(),
                    (true, ScreenKind::Player) => view! { <PlayerView /> }.into_any(),
                    (true, ScreenKind::Done) => view! { <Completion /> }.into_any(),
                }}
            </main>
            <SettingsPanel />
        }
    }
}
