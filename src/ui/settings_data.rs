//! Settings: export all data, or import an export file (breaks merge by id).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

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
            Err(e) => (false, format!("Export failed: {e}")),
            Ok(()) => (true, "Exported all your data.".into()),
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
                None => Err("That file couldn't be read. Nothing was imported.".into()),
            };
            message.set(Some(match result {
                Ok(m) => (true, m),
                Err(m) => (false, m),
            }));
        });
    };
    view! {
        <fieldset>
            <legend>"Your data"</legend>
            <p class="hint">"Everything stays in this browser. Export a copy, or import one (breaks merge by id)."</p>
            <div class="actions">
                <button type="button" class="secondary" on:click=export>"Export data"</button>
                <label class="button secondary file-button">
                    "Import data"
                    <input type="file" accept="application/json,.json" class="sr-only" on:change=import />
                </label>
            </div>
            {move || message.get().map(|(ok, m)| view! {
                <p class=if ok { "transfer-ok" } else { "field-error" } role=if ok { "status" } else { "alert" }>{m}</p>
            })}
        </fieldset>
    }
}
