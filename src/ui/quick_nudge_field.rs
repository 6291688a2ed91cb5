//! Settings: the quiet quick-move nudge. Its minutes (the core's range), an "Off" choice, and
//! whether it also shows an OS notification (off by default: the badge and the New Tab's banner
//! are the quiet nudge).

use deskbreak_core::settings::{SettingChange, QUICK_NUDGE_DEFAULT_MIN, QUICK_NUDGE_RANGE};
use leptos::prelude::*;

use crate::i18n::{t, tf, Arg};
use crate::ui::settings_panel::Form;

#[component]
pub fn QuickNudgeField() -> impl IntoView {
    let form = expect_context::<Form>();
    let minutes = form.value(|s| s.quick_nudge_min);
    let notify = form.value(|s| s.quick_notify);
    let (min, max) = QUICK_NUDGE_RANGE;
    let off = move || minutes.get().is_none();
    // The last minutes shown, so turning the nudge back on restores them.
    let remembered = RwSignal::new(minutes.get_untracked().unwrap_or(QUICK_NUDGE_DEFAULT_MIN));
    let set_minutes = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev).trim().parse::<i64>().unwrap_or(i64::MIN);
        if let Ok(m) = u16::try_from(v) {
            remembered.set(m);
        }
        form.change(SettingChange::QuickNudge(Some(v)));
    };
    let set_off = move |ev: leptos::ev::Event| {
        let on = !event_target_checked(&ev);
        form.change(SettingChange::QuickNudge(on.then(|| i64::from(remembered.get_untracked()))));
    };
    view! {
        <div class="field">
            <label for="quick-nudge">{t("settings-quick-nudge-label")}</label>
            <input
                id="quick-nudge"
                type="number"
                min=min
                max=max
                step="1"
                prop:disabled=off
                prop:value=move || minutes.get().unwrap_or(remembered.get()).to_string()
                on:change=set_minutes
            />
            <span class="unit">
                {tf("settings-quick-nudge-unit", &[("min", Arg::Num(min.into())), ("max", Arg::Num(max.into()))])}
            </span>
            <label class="chip">
                <input type="checkbox" prop:checked=off on:change=set_off />
                {t("settings-quick-nudge-off")}
            </label>
        </div>
        <div class="field">
            <label class="chip">
                <input
                    type="checkbox"
                    prop:checked=move || notify.get()
                    prop:disabled=off
                    on:change=move |ev| form.change(SettingChange::QuickNotify(event_target_checked(&ev)))
                />
                {t("settings-quick-notify")}
            </label>
        </div>
    }
}
