//! The home screen: the sitting banner, today's pack and the streak.

use leptos::prelude::*;

use crate::ui::pack_card::PackCard;
use crate::ui::sitting_banner::SittingBanner;
use crate::ui::streak_panel::StreakPanel;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <SittingBanner />
        <div class="layout">
            <PackCard />
            <StreakPanel />
        </div>
    }
}
