//! Settings, behind the gear: a modal `<dialog>` (focus trap and Esc for free), one section per
//! file. Every value is validated by the core; refused input shows a message and is never stored.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::t;
use crate::persist;
use crate::state::{self, SettingsDialog, Stored};
use crate::ui::health_notice::HealthNotice;
use crate::ui::settings_data::DataSettings;
use crate::ui::settings_look::LookSettings;
use crate::ui::settings_nudges::NudgeSettings;
use crate::ui::settings_streak::StreakSettings;
use deskbreak_core::settings::{SettingChange, Settings};

/// The form's message line, and a signal that makes every control show what is stored again.
#[derive(Clone, Copy)]
pub struct Form {
    stored: Stored,
    pub error: RwSignal<Option<String>>,
    reshow: Trigger,
}

impl Form {
    /// Applies a change; on refusal, puts the message in the form's error line.
    pub fn change(&self, c: SettingChange) {
        let form = *self;
        spawn_local(async move {
            match persist::change_setting(form.stored, c).await {
                Ok(()) => form.error.set(None),
                Err(message) => {
                    form.error.set(Some(message));
                    // The control already shows the refused input (an unticked box, a number):
                    // every control shows what is stored again.
                    form.reshow.notify();
                }
            }
        });
    }

    /// The stored settings, read again after a refusal. Reactive.
    pub fn settings(&self) -> Settings {
        self.reshow.track();
        self.stored.settings.get()
    }

    /// One value of the stored settings: a change stored from another field (or another tab)
    /// does not reset what the user is typing in this one. Reactive.
    pub fn value<T: PartialEq + Clone + Send + Sync + 'static>(&self, get: fn(&Settings) -> T) -> Signal<T> {
        let settings = self.stored.settings;
        let memo = Memo::new(move |_| settings.with(get));
        let reshow = self.reshow;
        Signal::derive(move || {
            reshow.track();
            memo.get()
        })
    }
}

#[component]
pub fn SettingsPanel() -> impl IntoView {
    let open = state::get::<SettingsDialog>().0;
    let form = Form { stored: state::get(), error: RwSignal::new(None), reshow: Trigger::new() };
    provide_context(form);
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let open = open.get();
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });
    view! {
        <dialog node_ref=dialog class="settings" aria-labelledby="settings-title" on:close=move |_| open.set(false)>
            <form method="dialog" class="settings-form" on:submit=|ev| ev.prevent_default()>
                <header class="settings-head">
                    <h2 id="settings-title">{t("settings-title")}</h2>
                    <button type="button" class="link-button" on:click=move |_| open.set(false)>
                        {t("settings-close")}
                    </button>
                </header>
                <p class="field-error" role="alert">{move || form.error.get()}</p>
                <NudgeSettings />
                <StreakSettings />
                <LookSettings />
                <HealthNotice id="settings-health-title" level=3 />
                <DataSettings />
            </form>
        </dialog>
    }
}
