//! "Before you start": every caution sentence of a pack, then the general health notice. Shown
//! on the pack card, and in the player when a routine was opened from the nudge.

use deskbreak_catalog::locale;
use deskbreak_core::pack::Pack;
use leptos::prelude::*;

use crate::i18n::t;
use crate::ui::health_notice::HealthNotice;

/// `ids` name the two headings (the card and the player each hold one pair). The cautions are
/// the active language's (those of a pack it shows in English are marked as English).
#[component]
pub fn SafetyBox(
    #[prop(into)] pack: Signal<Option<&'static Pack>>,
    ids: (&'static str, &'static str),
) -> impl IntoView {
    let cautions = move || {
        pack.get().map(|p| {
            let lang = locale::in_english(&p.id).then_some("en");
            locale::pack(p)
                .safety_sentences()
                .into_iter()
                .map(|s| view! { <li lang=lang>{s.to_string()}</li> })
                .collect_view()
        })
    };
    view! {
        <aside class="safety" aria-labelledby=ids.0>
            <h2 id=ids.0>{t("safety-title")}</h2>
            <ul class="cautions">{cautions}</ul>
        </aside>
        <HealthNotice id=ids.1 />
    }
}
