//! One pack in the catalog: its title, tagline, positions, place, length and one key pose of its
//! first move, so a pack can be chosen without opening it. A routine of your own also offers
//! "Change".

use deskbreak_catalog::locale;
use deskbreak_core::catalog::Place;
use deskbreak_core::pack::Pack;
use leptos::prelude::*;

use crate::i18n::{m, t, tf, Arg};
use crate::state::{self, Choice};
use crate::ui::figure::FigureView;

/// "8 exercises · sitting, standing · at a desk · about 9 min of movement".
pub fn card_facts(pack: &Pack, minutes: u32) -> String {
    let positions: Vec<String> = pack.positions.iter().map(|p| p.label_in(m())).collect();
    let (positions, place) = (positions.join(&t("list-separator")), Place::of(pack).label(m()));
    tf(
        "catalog-card-facts",
        &[
            ("exercises", pack.exercises.len().into()),
            ("positions", Arg::Str(&positions)),
            ("place", Arg::Str(&place)),
            ("minutes", minutes.into()),
        ],
    )
}

#[component]
pub fn CatalogCard(
    pack: &'static Pack,
    #[prop(into)] on_pick: Callback<()>,
    /// For a routine of your own: opens it in the editor.
    #[prop(optional, into)]
    on_change: Option<Callback<()>>,
) -> impl IntoView {
    let choice = state::get::<Choice>();
    let id = &pack.id;
    let current = move || choice.pack().id == pack.id;
    let minutes = deskbreak_catalog::catalog().estimated_minutes(pack);
    // The first move's clearest pose, still: a figure in the catalog never animates.
    let pose = pack.exercises.first().and_then(|name| {
        let figure = deskbreak_catalog::figure(name, false)?;
        let label = tf("catalog-card-pose", &[("exercise", Arg::Str(locale::exercise_name(name)))]);
        Some(view! { <FigureView figure pose=RwSignal::new(*figure.still()) label /> })
    });
    let shown = locale::pack(pack);
    // Named by its title alone; the tagline and facts are its description.
    let (title_id, about_id) = (format!("catalog-title-{id}"), format!("catalog-about-{id}"));
    let (labelledby, describedby) = (title_id.clone(), about_id.clone());
    view! {
        <li>
            <button
                class="catalog-item"
                aria-labelledby=labelledby
                aria-describedby=describedby
                aria-current=move || if current() { Some("true") } else { None }
                on:click=move |_| {
                    choice.browse(pack);
                    on_pick.run(());
                }
            >
                <span class="catalog-pose" aria-hidden="true">{pose}</span>
                <span class="catalog-text">
                    <span class="catalog-title" id=title_id>{shown.title.clone()}</span>
                    <span class="catalog-about" id=about_id>
                        <span class="catalog-tagline">{shown.tagline.clone()}</span>
                        // A space, so the description reads "…floor. sitting, standing…".
                        " "
                        <span class="catalog-meta">{card_facts(pack, minutes)}</span>
                    </span>
                </span>
            </button>
            {on_change.map(|change| view! {
                <button
                    class="link-button catalog-change"
                    aria-label=tf("catalog-change-label", &[("routine", Arg::Str(&pack.title))])
                    on:click=move |_| change.run(())
                >
                    {t("catalog-change")}
                </button>
            })}
        </li>
    }
}
