//! The 12-week calendar heatmap: weeks in columns, weekdays in rows (Monday on top), month names
//! over the weeks, Mon, Wed and Fri beside the rows, today's cell ringed, and a legend.
//!
//! It is an HTML table with the grid role rather than an SVG, so that a right-to-left page mirrors
//! it like any other table. The whole grid is one Tab stop (a roving tab index): the arrow keys
//! move between days, Home and End go to the first day and to today. The hovered or focused day's
//! date and count show in the line under the grid; screen readers hear the same as the cell's name.

use chrono::NaiveDate;
use deskbreak_core::clock::{format_day_in, month_short, weekday_short};
use deskbreak_core::heatmap::{month_spans, step, weekday_shown, Step};
use deskbreak_core::streak::DayCell;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{m, t, tf, Arg};

/// Which day holds the tab stop and which day the caption describes.
#[derive(Clone, Copy)]
struct Cursor {
    /// The day that takes the Tab stop; past the end means today.
    active: RwSignal<usize>,
    hovered: RwSignal<Option<usize>>,
    focused: RwSignal<Option<usize>>,
    len: Memo<usize>,
}

impl Cursor {
    fn tab_stop(&self) -> usize {
        self.active.get().min(self.len.get().saturating_sub(1))
    }

    /// The day the caption describes: the hovered one, else the focused one, else today.
    fn described(&self) -> usize {
        self.hovered.get().or(self.focused.get()).unwrap_or(self.len.get().saturating_sub(1))
    }
}

fn level(cell: &DayCell) -> &'static str {
    match (cell.count, cell.met) {
        (0, _) if cell.off_day => "heat-off",
        (0, _) => "heat-0",
        (_, false) => "heat-1",
        (1, true) => "heat-2",
        _ => "heat-3",
    }
}

/// A day's date and what happened on it: ("Today, Wed 11 Mar 2026", "2 breaks, goal met").
fn day_parts(cell: &DayCell, today: bool) -> (String, String) {
    let date = format_day_in(m(), cell.date);
    let date = if today { tf("heatmap-today", &[("date", Arg::Str(&date))]) } else { date };
    let breaks = tf("heatmap-breaks", &[("count", cell.count.into())]);
    let count = if cell.met {
        tf("heatmap-goal-met", &[("breaks", Arg::Str(&breaks))])
    } else if cell.off_day {
        tf("heatmap-day-off", &[("breaks", Arg::Str(&breaks))])
    } else {
        breaks
    };
    (date, count)
}

/// "Today, Wed 11 Mar 2026: 2 breaks, goal met": the cell's name for screen readers.
fn describe(cell: &DayCell, today: bool) -> String {
    let (date, count) = day_parts(cell, today);
    tf("heatmap-cell", &[("date", Arg::Str(&date)), ("count", Arg::Str(&count))])
}

fn cell_id(i: usize) -> String {
    format!("heat-day-{i}")
}

fn focus_day(i: usize) {
    let cell = document().get_element_by_id(&cell_id(i));
    if let Some(cell) = cell.and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = cell.focus();
    }
}

/// Whether the key event happened in a right-to-left part of the page.
fn is_rtl(ev: &web_sys::KeyboardEvent) -> bool {
    let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let marked = target.and_then(|el| el.closest("[dir]").ok().flatten());
    marked.is_some_and(|el| el.get_attribute("dir").as_deref() == Some("rtl"))
}

fn month_row(days: &[DayCell]) -> impl IntoView {
    let dates: Vec<NaiveDate> = days.iter().map(|c| c.date).collect();
    let months = month_spans(&dates).into_iter().map(|span| {
        view! {
            <th colspan=span.weeks>
                <span class:sr-only=!span.shown>{month_short(m(), span.month0 as usize)}</span>
            </th>
        }
    });
    view! { <tr><td></td>{months.collect_view()}</tr> }
}

fn day_cell(i: usize, cell: &DayCell, today: bool, cursor: Cursor) -> impl IntoView {
    view! {
        <td
            id=cell_id(i)
            class=level(cell)
            class:today=today
            aria-current=today.then_some("date")
            aria-label=describe(cell, today)
            tabindex=move || if cursor.tab_stop() == i { "0" } else { "-1" }
            on:focus=move |_| {
                cursor.active.set(i);
                cursor.focused.set(Some(i));
            }
            on:blur=move |_| cursor.focused.set(None)
            on:mouseenter=move |_| cursor.hovered.set(Some(i))
        ></td>
    }
}

fn day_row(row: usize, days: &[DayCell], cursor: Cursor) -> impl IntoView {
    let today = days.len().saturating_sub(1);
    let cells = (0..days.len().div_ceil(7)).map(|week| {
        let i = week * 7 + row;
        match days.get(i) {
            Some(cell) => day_cell(i, cell, i == today, cursor).into_any(),
            // This week's days still to come.
            None => view! { <td class="heat-none"></td> }.into_any(),
        }
    });
    view! {
        <tr>
            <th scope="row">
                <span class:sr-only=!weekday_shown(row)>{weekday_short(m(), row)}</span>
            </th>
            {cells.collect_view()}
        </tr>
    }
}

fn legend(days_off: Signal<bool>) -> impl IntoView {
    let swatch = |class: &'static str| view! { <i class=format!("heat-swatch {class}")></i> };
    view! {
        <div class="heat-legend" aria-hidden="true">
            <span class="heat-key">
                {t("heatmap-fewer")} {swatch("heat-0")} {swatch("heat-1")} {swatch("heat-2")} {swatch("heat-3")}
                {t("heatmap-more")}
            </span>
            <span class="heat-key">{swatch("heat-0 today")} {t("heatmap-key-today")}</span>
            <Show when=move || days_off.get()>
                <span class="heat-key">{swatch("heat-off")} {t("heatmap-key-day-off")}</span>
            </Show>
        </div>
    }
}

#[component]
pub fn Heatmap(#[prop(into)] days: Signal<Vec<DayCell>>) -> impl IntoView {
    let len = Memo::new(move |_| days.with(Vec::len));
    let cursor = Cursor {
        active: RwSignal::new(usize::MAX),
        hovered: RwSignal::new(None),
        focused: RwSignal::new(None),
        len,
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let Some(to) = Step::from_key(&ev.key(), is_rtl(&ev)) else { return };
        ev.prevent_default();
        let next = step(cursor.tab_stop(), len.get(), to);
        cursor.active.set(next);
        focus_day(next);
    };
    let caption = move || {
        let i = cursor.described();
        let (date, count) =
            days.with(|d| d.get(i).map(|cell| day_parts(cell, i + 1 == d.len())).unwrap_or_default());
        view! { <span>{date}</span> <span>{count}</span> }
    };
    let days_off = Signal::derive(move || days.with(|d| d.iter().any(|c| c.off_day)));
    view! {
        <figure class="heatmap">
            <figcaption id="heatmap-title">{t("heatmap-title")}</figcaption>
            <table
                class="heat-grid"
                role="grid"
                aria-labelledby="heatmap-title"
                on:keydown=on_key
                on:mouseleave=move |_| cursor.hovered.set(None)
            >
                <thead>{move || days.with(|d| month_row(d))}</thead>
                <tbody>{move || days.with(|d| (0..7).map(|row| day_row(row, d, cursor)).collect_view())}</tbody>
            </table>
            // Two lines, date then count, so its height never changes as the pointer moves.
            <p class="heat-caption" data-testid="heatmap-day" aria-hidden="true">{caption}</p>
            {legend(days_off)}
        </figure>
    }
}
