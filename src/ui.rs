//! The page's components, one per file.

pub mod app;
pub mod catalog_browser;
pub mod checkin;
pub mod completion;
pub mod heatmap;
pub mod home;
pub mod notices;
pub mod pack_card;
pub mod player_view;
pub mod settings_panel;
pub mod sitting_banner;
pub mod streak_panel;
pub mod top_bar;

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
