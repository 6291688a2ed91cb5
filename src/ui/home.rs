//! The home screen: the sitting banner, today's pack, and beside it the first-run welcome and the streak.

use leptos::prelude::*;

use crate::ui::pack_card::PackCard;
use crate::ui::sitting_banner::SittingBanner;
use crate::ui::streak_panel::StreakPanel;
use crate::ui::welcome_card::WelcomeCard;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <SittingBanner />
        <div class="layout">
            <PackCard />
            <div class="side">
                <WelcomeCard />
                <StreakPanel />
            </div>
        </div>
    }
}
