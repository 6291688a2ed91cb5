//! The core's plural rules and number grouping, for every shipped language, against the browser's
//! own `Intl.PluralRules` and `Intl.NumberFormat` (the core writes them out so that the worker,
//! the page and native tests share one answer, and this is where that answer is checked):
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p deskbreak-browser --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use deskbreak_core::l10n::{number, plural, Lang};
use js_sys::{Array, Function, Intl, Object};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn locales(lang: Lang) -> Array {
    Array::of1(&JsValue::from_str(lang.code()))
}

/// 0–250 and the millions, where Spanish, French and Portuguese have "many".
fn samples() -> impl Iterator<Item = i64> {
    (0..=250).chain([1000, 1001, 1_000_000, 1_000_001, 2_000_000, 10_000_000])
}

#[wasm_bindgen_test]
fn plural_categories_agree_with_intl() {
    for lang in Lang::ALL {
        let rules = Intl::PluralRules::new(&locales(lang), &Object::new());
        for n in samples() {
            let browser = rules.select(n as f64).as_string().unwrap_or_default();
            let core = plural::category(lang, n).as_str();
            assert_eq!(core, browser, "{} {n}", lang.code());
        }
    }
}

#[wasm_bindgen_test]
fn number_grouping_agrees_with_intl() {
    for lang in Lang::ALL {
        let format: Function = Intl::NumberFormat::new(&locales(lang), &Object::new()).format();
        for n in [0, 5, 42, 999, 1234, 12_345, 123_456, 1_234_567] {
            let browser =
                format.call1(&JsValue::NULL, &JsValue::from_f64(n as f64)).ok().and_then(|v| v.as_string());
            assert_eq!(Some(number::format(lang, n)), browser, "{} {n}", lang.code());
        }
    }
}
