//! The page's components, one per file.

pub mod app;
pub mod catalog_browser;
pub mod catalog_card;
pub mod catalog_filters;
pub mod catalog_unavailable;
pub mod checkin;
pub mod completion;
#[cfg(feature = "sheet")]
pub mod contact_sheet;
pub mod demo_launcher;
pub mod figure;
pub mod health_notice;
pub mod heatmap;
pub mod home;
pub mod notices;
pub mod pack_card;
pub mod pack_demo;
pub mod player_figure;
pub mod player_view;
pub mod safety_box;
pub mod settings_panel;
pub mod sitting_banner;
pub mod streak_panel;
pub mod top_bar;
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

/// "1 h 5 min", "12 min", "40 s": durations as the page shows them.
pub fn format_duration_ms(ms: i64) -> String {
    let s = (ms.max(0) + 999) / 1000;
    if s < 60 {
        return format!("{s} s");
    }
    let m = (s + 30) / 60;
    if m < 60 {
        format!("{m} min")
    } else if m % 60 == 0 {
        format!("{} h", m / 60)
    } else {
        format!("{} h {} min", m / 60, m % 60)
    }
}

/// "0:25", "12:03": a countdown clock.
pub fn format_clock_ms(ms: i64) -> String {
    let s = (ms.max(0) + 999) / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

/// "1 break", "3 breaks".
pub fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(format_duration_ms(0), "0 s");
        assert_eq!(format_duration_ms(36_000), "36 s");
        assert_eq!(format_duration_ms(59_001), "1 min");
        assert_eq!(format_duration_ms(12 * 60_000), "12 min");
        assert_eq!(format_duration_ms(60 * 60_000), "1 h");
        assert_eq!(format_duration_ms(95 * 60_000), "1 h 35 min");
        assert_eq!(format_duration_ms(-5), "0 s");
    }

    #[test]
    fn countdown_rounds_up_so_zero_means_done() {
        assert_eq!(format_clock_ms(25_000), "0:25");
        assert_eq!(format_clock_ms(24_001), "0:25");
        assert_eq!(format_clock_ms(0), "0:00");
        assert_eq!(format_clock_ms(723_000), "12:03");
    }

    #[test]
    fn plurals() {
        assert_eq!(plural(1, "day", "days"), "1 day");
        assert_eq!(plural(0, "day", "days"), "0 days");
        assert_eq!(plural(3, "break", "breaks"), "3 breaks");
    }
}
