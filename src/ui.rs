//! The page's components, one per file.

pub mod app;
pub mod catalog_browser;
pub mod catalog_card;
pub mod catalog_filters;
pub mod catalog_unavailable;
pub mod check_field;
pub mod checkin;
pub mod completion;
#[cfg(feature = "sheet")]
pub mod contact_sheet;
pub mod demo_launcher;
pub mod exercise_picker;
pub mod figure;
pub mod health_notice;
pub mod heatmap;
pub mod home;
pub mod notices;
pub mod number_field;
pub mod pack_card;
pub mod pack_demo;
pub mod player_figure;
pub mod player_view;
pub mod quick_nudge_field;
pub mod routine_editor;
pub mod routine_steps;
pub mod safety_box;
pub mod settings_data;
pub mod settings_language;
pub mod settings_look;
pub mod settings_nudges;
pub mod settings_panel;
pub mod settings_streak;
pub mod sitting_banner;
pub mod start_buttons;
pub mod streak_panel;
pub mod top_bar;
pub mod week_chart;
pub mod week_table;
pub mod week_view;
pub mod welcome_card;

/// Saves `text` as a JSON file the user downloads (export).
pub fn download(name: &str, text: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let a: web_sys::HtmlAnchorElement =
        leptos::prelude::document().create_element("a").map_err(|e| format!("{e:?}"))?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
