//! The 12-week calendar heatmap: an SVG of weeks (columns) by weekdays (rows, Monday on top).
//! Every day carries its count as a title (hover) and an accessible name (screen readers).

use deskbreak_core::streak::DayCell;
use leptos::prelude::*;

// Whole pixels: formatting floats would pull float printing into the wasm.
const CELL: u32 = 13;
const GAP: u32 = 3;

fn level(cell: &DayCell) -> &'static str {
    match (cell.count, cell.met) {
        (0, _) if cell.off_day => "heat-off",
        (0, _) => "heat-0",
        (_, false) => "heat-1",
        (1, true) => "heat-2",
        _ => "heat-3",
    }
}

fn describe(cell: &DayCell) -> String {
    let date = deskbreak_core::clock::format_day(cell.date);
    let count = match cell.count {
        0 => "no breaks".to_string(),
        1 => "1 break".to_string(),
        n => format!("{n} breaks"),
    };
    let extra = if cell.met {
        ", goal met"
    } else if cell.off_day {
        ", day off"
    } else {
        ""
    };
    format!("{date}: {count}{extra}")
}

#[component]
pub fn Heatmap(#[prop(into)] days: Signal<Vec<DayCell>>) -> impl IntoView {
    let width = 12 * (CELL + GAP);
    let height = 7 * (CELL + GAP);
    let cells = move || {
        days.get()
            .iter()
            .enumerate()
            .map(|(i, cell)| {
                let x = (i / 7) as u32 * (CELL + GAP);
                let y = (i % 7) as u32 * (CELL + GAP);
                let label = describe(cell);
                let title = label.clone();
                view! {
                    <rect
                        x=x
                        y=y
                        width=CELL
                        height=CELL
                        rx="2"
                        class=level(cell)
                        role="img"
                        aria-label=label
                    >
                        <title>{title}</title>
                    </rect>
                }
            })
            .collect_view()
    };
    view! {
        <figure class="heatmap">
            <svg
                viewBox=format!("0 0 {width} {height}")
                role="group"
                aria-label="Breaks over the last 12 weeks"
                width=width
                height=height
            >
                {cells}
            </svg>
            <figcaption>"Last 12 weeks"</figcaption>
        </figure>
    }
}
