//! Today's pack: everything a user needs to decide, and the big Start button.
//!
//! The pack is chosen, started and recorded by its English self (ids, exercise keys, facts); what
//! the card shows is the active language's text of it (`locale::pack`), and a pack the language
//! shows in English says so.

use deskbreak_catalog::locale;
use deskbreak_core::custom_routine::ROUTINE_PACK_PREFIX;
use deskbreak_core::pack::Pack;
use leptos::prelude::*;

use crate::i18n::{m, t, tf};
use crate::state::{self, Choice, Clock, Flow};
use crate::ui::catalog_browser::CatalogBrowser;
use crate::ui::checkin::CheckIn;
use crate::ui::demo_launcher::DemoLauncher;
use crate::ui::safety_box::SafetyBox;
use crate::ui::start_buttons::{QuickButton, StartButton};
use crate::wording::{exercise_facts, length_text, quick_text, today_eyebrow};

#[component]
pub fn PackCard() -> impl IntoView {
    let (choice, clock, flow) = (state::get::<Choice>(), state::get::<Clock>(), state::get::<Flow>());
    let browsing = RwSignal::new(false);
    let pack = move || choice.pack();
    // The words the card shows, in the active language.
    let shown = move || locale::pack(pack());

    let eyebrow = move || {
        if choice.showing_today() {
            today_eyebrow(clock.part())
        } else if pack().id.starts_with(ROUTINE_PACK_PREFIX) {
            t("eyebrow-your-routine")
        } else {
            t("eyebrow-another-pack")
        }
    };
    // A pack this language shows in English says so, and marks its words as English.
    let english = move || locale::in_english(&pack().id).then_some("en");
    let in_english =
        move || english().map(|_| view! { <p class="hint pack-note">{t("pack-in-english")}</p> });

    view! {
        <article class="pack card" aria-labelledby="pack-title">
            <p class="eyebrow">{eyebrow}</p>
            <h1 id="pack-title" lang=english>{move || shown().title.clone()}</h1>
            {in_english}
            <p class="tagline" lang=english>{move || shown().tagline.clone()}</p>
            <DemoLauncher />
            <PackFacts />
            <div class="actions">
                <StartButton pack=Signal::derive(pack) />
                <QuickButton pack=Signal::derive(pack) />
                <button class="secondary" on:click=move |_| choice.another()>{t("pack-another")}</button>
                <button
                    class="secondary"
                    aria-expanded=move || browsing.get().to_string()
                    aria-controls="catalog"
                    on:click=move |_| browsing.update(|b| *b = !*b)
                >
                    {t("pack-browse")}
                </button>
                <Show when=move || !choice.showing_today()>
                    <button class="link-button" on:click=move |_| choice.back_to_today()>{t("pack-back-to-today")}</button>
                </Show>
            </div>
            <Show when=move || browsing.get()>
                <CatalogBrowser on_pick=move |_| browsing.set(false) />
            </Show>
            // Every caution of the pack, then the general red flags: read before the routine starts.
            <SafetyBox pack=Signal::derive(move || Some(pack())) ids=("safety-title", "health-notice-title") />
            <CheckIn
                area=Signal::derive(move || pack().checkin_area())
                value=flow.checkin_before
                on_pick=move |v| flow.checkin_before.set(v)
            />
            {move || pack_body(shown(), english())}
        </article>
    }
}

/// Positions, where, time of day, exercise count and minutes.
#[component]
fn PackFacts() -> impl IntoView {
    let choice = state::get::<Choice>();
    let pack = move || choice.pack();
    let positions = move || {
        let labels: Vec<String> = pack().positions.iter().map(|p| p.label_in(m())).collect();
        labels.join(&t("list-separator"))
    };
    let length = move || length_text(pack());
    view! {
        <dl class="facts">
            <div>
                <dt>{t("fact-length")}</dt>
                <dd id="pack-length">{length}</dd>
            </div>
            <div>
                <dt>{t("fact-quick")}</dt>
                <dd id="quick-moves">{move || quick_text(pack())}</dd>
            </div>
            <div>
                <dt>{t("fact-positions")}</dt>
                <dd>{positions}</dd>
            </div>
            <div>
                <dt>{t("fact-where")}</dt>
                <dd>{move || pack().location_in(m())}</dd>
            </div>
            <div>
                <dt>{t("fact-best-time")}</dt>
                <dd>{move || pack().time_of_day.label_in(m())}</dd>
            </div>
        </dl>
    }
}

/// The rest of the pack page, in the order of the pack format, in the words of `pack` (the
/// active language's text of the pack; its exercise keys are the English names). `lang` marks
/// the pack's own words when the language shows it in English.
fn pack_body(pack: &'static Pack, lang: Option<&'static str>) -> impl IntoView {
    let catalog = deskbreak_catalog::catalog();
    let exercises = pack
        .exercises
        .iter()
        .map(|name| {
            let detail = catalog.exercise(name).map(exercise_facts).unwrap_or_default();
            view! {
                <li>
                    <span class="exercise-name">{locale::exercise_name(name).to_string()}</span>
                    <span class="exercise-detail">{detail}</span>
                </li>
            }
        })
        .collect_view();
    let goals = pack
        .goals
        .iter()
        .map(|g| {
            view! {
                <li>
                    <strong>{g.name.clone()}</strong>
                    " — "
                    {g.reason.clone()}
                </li>
            }
        })
        .collect_view();
    let faq = pack
        .faq
        .iter()
        .map(|f| {
            view! {
                <details lang=lang>
                    <summary>{f.question.clone()}</summary>
                    <p>{f.answer.clone()}</p>
                </details>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="when-title">
            <h2 id="when-title">{t("section-when")}</h2>
            <p lang=lang>{pack.when_to_reach.clone()}</p>
        </section>
        <section aria-labelledby="exercises-title">
            <h2 id="exercises-title">
                {tf("section-exercises", &[("count", pack.exercises.len().into())])}
            </h2>
            <ol class="exercise-list">{exercises}</ol>
        </section>
        <section aria-labelledby="why-title">
            <h2 id="why-title">{t("section-why")}</h2>
            <p lang=lang>{pack.why_this_happens.clone()}</p>
        </section>
        <section aria-labelledby="about-title">
            <h2 id="about-title">{t("section-about")}</h2>
            <p lang=lang>{pack.about.clone()}</p>
        </section>
        // A routine of your own has no goals or questions: no empty headings.
        {(!pack.goals.is_empty()).then(|| view! {
            <section aria-labelledby="who-title">
                <h2 id="who-title">{t("section-who")}</h2>
                <ul class="goals" lang=lang>{goals}</ul>
            </section>
        })}
        {(!pack.faq.is_empty()).then(|| view! {
            <section aria-labelledby="faq-title">
                <h2 id="faq-title">{t("section-faq")}</h2>
                {faq}
            </section>
        })}
        // The attribution stays as the English pack has it, in every language.
        {pack.footer.clone().map(|f| view! { <p class="footer-note" lang="en">{f}</p> })}
    }
}
