//! Settings: export all data, or import an export file (breaks merge by id).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{t, tf, Arg};
use crate::persist;
use crate::state::{self, Clock, Notices, Stored};

#[component]
pub fn DataSettings() -> impl IntoView {
    let (stored, clock, notices) = (state::get::<Stored>(), state::get::<Clock>(), state::get::<Notices>());
    let message = RwSignal::new(None::<(bool, String)>);
    let export = move |_| {
        let text = persist::export_text(stored);
        let date = clock.now_untracked().local_date();
        message.set(Some(match crate::ui::download(&format!("deskbreak-{date}.json"), &text) {
            Err(e) => (false, tf("settings-export-failed", &[("error", Arg::Str(&e))])),
            Ok(()) => (true, t("settings-exported")),
        }));
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        spawn_local(async move {
            let text = JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
            let result = match text {
                Some(text) => persist::import_text(stored, clock, notices, &text).await,
                None => Err(t("settings-import-unreadable")),
            };
            message.set(Some(match result {
                Ok(m) => (true, m),
                Err(m) => (false, m),
            }));
        });
    };
    view! {
        <fieldset>
            <legend>{t("settings-data-legend")}</legend>
            <p class="hint">{t("settings-data-hint")}</p>
            <div class="actions">
                <button type="button" class="secondary" on:click=export>{t("settings-export")}</button>
                <label class="button secondary file-button">
                    {t("settings-import")}
                    <input type="file" accept="application/json,.json" class="sr-only" on:change=import />
                </label>
            </div>
            {move || message.get().map(|(ok, m)| view! {
                <p class=if ok { "transfer-ok" } else { "field-error" } role=if ok { "status" } else { "alert" }>{m}</p>
            })}
        </fieldset>
    }
}
