//! Today's pack: everything a user needs to decide, and the big Start button.

use deskbreak_core::custom_routine::ROUTINE_PACK_PREFIX;
use deskbreak_core::pack::Pack;
use leptos::prelude::*;

use crate::state::{self, Choice, Clock, Flow};
use crate::ui::catalog_browser::CatalogBrowser;
use crate::ui::checkin::CheckIn;
use crate::ui::demo_launcher::DemoLauncher;
use crate::ui::exercise_picker::exercise_facts;
use crate::ui::safety_box::SafetyBox;
use crate::ui::start_buttons::{QuickButton, StartButton};
use crate::wording::{length_text, quick_text, today_eyebrow};

#[component]
pub fn PackCard() -> impl IntoView {
    let (choice, clock, flow) = (state::get::<Choice>(), state::get::<Clock>(), state::get::<Flow>());
    let browsing = RwSignal::new(false);
    let pack = move || choice.pack();

    let eyebrow = move || {
        if choice.showing_today() {
            today_eyebrow(clock.part())
        } else if pack().id.starts_with(ROUTINE_PACK_PREFIX) {
            "Your routine".to_string()
        } else {
            "Another pack".to_string()
        }
    };

    view! {
        <article class="pack card" aria-labelledby="pack-title">
            <p class="eyebrow">{eyebrow}</p>
            <h1 id="pack-title">{move || pack().title.clone()}</h1>
            <p class="tagline">{move || pack().tagline.clone()}</p>
            <DemoLauncher />
            <PackFacts />
            <div class="actions">
                <StartButton pack=Signal::derive(pack) />
                <QuickButton pack=Signal::derive(pack) />
                <button class="secondary" on:click=move |_| choice.another()>"Another pack"</button>
                <button
                    class="secondary"
                    aria-expanded=move || browsing.get().to_string()
                    aria-controls="catalog"
                    on:click=move |_| browsing.update(|b| *b = !*b)
                >
                    "Browse all packs"
                </button>
                <Show when=move || !choice.showing_today()>
                    <button class="link-button" on:click=move |_| choice.back_to_today()>"Back to today's pack"</button>
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
            {move || pack_body(pack())}
        </article>
    }
}

/// Positions, where, time of day, exercise count and minutes.
#[component]
fn PackFacts() -> impl IntoView {
    let choice = state::get::<Choice>();
    let pack = move || choice.pack();
    let positions = move || pack().positions.iter().map(|p| p.label()).collect::<Vec<_>>().join(", ");
    let length = move || length_text(pack());
    view! {
        <dl class="facts">
            <div>
                <dt>"Length"</dt>
                <dd id="pack-length">{length}</dd>
            </div>
            <div>
                <dt>"Quick move"</dt>
                <dd id="quick-moves">{move || quick_text(pack())}</dd>
            </div>
            <div>
                <dt>"Positions"</dt>
                <dd>{positions}</dd>
            </div>
            <div>
                <dt>"Where"</dt>
                <dd>{move || pack().location.clone()}</dd>
            </div>
            <div>
                <dt>"Best time"</dt>
                <dd>{move || pack().time_of_day.label()}</dd>
            </div>
        </dl>
    }
}

/// The rest of the pack page, in the order of the pack format.
fn pack_body(pack: &'static Pack) -> impl IntoView {
    let catalog = deskbreak_catalog::catalog();
    let exercises = pack
        .exercises
        .iter()
        .map(|name| {
            let detail = catalog.exercise(name).map(exercise_facts).unwrap_or_default();
            view! {
                <li>
                    <span class="exercise-name">{name.clone()}</span>
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
                <details>
                    <summary>{f.question.clone()}</summary>
                    <p>{f.answer.clone()}</p>
                </details>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="when-title">
            <h2 id="when-title">"When to reach for this pack"</h2>
            <p>{pack.when_to_reach.clone()}</p>
        </section>
        <section aria-labelledby="exercises-title">
            <h2 id="exercises-title">
                {format!("Exercises ({})", pack.exercises.len())}
            </h2>
            <ol class="exercise-list">{exercises}</ol>
        </section>
        <section aria-labelledby="why-title">
            <h2 id="why-title">"Why this happens"</h2>
            <p>{pack.why_this_happens.clone()}</p>
        </section>
        <section aria-labelledby="about-title">
            <h2 id="about-title">"About this routine"</h2>
            <p>{pack.about.clone()}</p>
        </section>
        // A routine of your own has no goals or questions: no empty headings.
        {(!pack.goals.is_empty()).then(|| view! {
            <section aria-labelledby="who-title">
                <h2 id="who-title">"Who this is for"</h2>
                <ul class="goals">{goals}</ul>
            </section>
        })}
        {(!pack.faq.is_empty()).then(|| view! {
            <section aria-labelledby="faq-title">
                <h2 id="faq-title">"Frequently asked"</h2>
                {faq}
            </section>
        })}
        {pack.footer.clone().map(|f| view! { <p class="footer-note">{f}</p> })}
    }
}
