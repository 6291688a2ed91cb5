//! The languages the extension ships, and how a browser's language tag picks one.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "de")]
    De,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "pt-BR")]
    PtBr,
    #[serde(rename = "ja")]
    Ja,
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "ar")]
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 8] =
        [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::PtBr, Lang::Ja, Lang::ZhCn, Lang::Ar];

    /// The BCP 47 tag: the asset's and the folders' name, and the page's `lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
            Lang::Ja => "ja",
            Lang::ZhCn => "zh-CN",
            Lang::Ar => "ar",
        }
    }

    /// The folder name Chrome expects under `_locales/`.
    pub fn chrome_locale(self) -> &'static str {
        match self {
            Lang::PtBr => "pt_BR",
            Lang::ZhCn => "zh_CN",
            other => other.code(),
        }
    }

    /// The language's own name, as the language menu lists it for a reader of that language.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::PtBr => "Português (Brasil)",
            Lang::Ja => "日本語",
            Lang::ZhCn => "简体中文",
            Lang::Ar => "العربية",
        }
    }

    pub fn rtl(self) -> bool {
        self == Lang::Ar
    }

    /// `dir` for the page: "rtl" or "ltr".
    pub fn dir(self) -> &'static str {
        if self.rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Exactly a shipped tag ("pt-BR"), as stored in settings.
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language for a browser's tag ("de-AT", "pt", "zh-Hans-CN", "en-GB"): the shipped one
    /// with its primary language. Chinese other than simplified has no translation yet, and
    /// neither has any other language: `None`, and the caller falls back to English.
    pub fn from_browser(tag: &str) -> Option<Lang> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = tag.split('-');
        let primary = parts.next()?;
        let rest: Vec<&str> = parts.collect();
        match primary {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            "fr" => Some(Lang::Fr),
            "es" => Some(Lang::Es),
            "pt" => Some(Lang::PtBr),
            "ja" => Some(Lang::Ja),
            "ar" => Some(Lang::Ar),
            "zh" => {
                let traditional = rest.iter().any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                (!traditional).then_some(Lang::ZhCn)
            }
            _ => None,
        }
    }

    /// The language to show: the one chosen in Settings, else the browser's first shipped one,
    /// else English.
    /// Only languages this build ships count.
    pub fn resolve<'a>(chosen: Option<Lang>, browser: impl IntoIterator<Item = &'a str>) -> Lang {
        let shipped = |l: &Lang| super::SHIPPED.contains(l);
        chosen
            .filter(shipped)
            .or_else(|| browser.into_iter().filter_map(Lang::from_browser).find(shipped))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_pick_the_shipped_language() {
        assert_eq!(Lang::from_browser("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_browser("pt"), Some(Lang::PtBr));
        assert_eq!(Lang::from_browser("pt-PT"), Some(Lang::PtBr));
        assert_eq!(Lang::from_browser("zh-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_browser("zh_Hans"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_browser("zh-TW"), None);
        assert_eq!(Lang::from_browser("ar-EG"), Some(Lang::Ar));
        assert_eq!(Lang::from_browser("ko"), None);
        assert_eq!(Lang::from_browser(""), None);
    }

    #[test]
    fn settings_win_then_the_browser_then_english() {
        assert_eq!(Lang::resolve(Some(Lang::Fr), ["de"]), Lang::Fr);
        assert_eq!(Lang::resolve(None, ["ko", "ja-JP"]), Lang::Ja);
        assert_eq!(Lang::resolve(None, ["ko"]), Lang::En);
        assert_eq!(Lang::resolve(Some(Lang::En), ["de"]), Lang::En);
    }

    /// Every language this build knows ships, complete (the build checks each one).
    #[test]
    fn all_eight_languages_ship() {
        assert_eq!(super::super::SHIPPED, &Lang::ALL);
    }

    #[test]
    fn codes_round_trip_and_name_the_folders() {
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.code()), Some(l));
            let json = serde_json::to_string(&l).unwrap();
            assert_eq!(json, format!("\"{}\"", l.code()));
        }
        assert_eq!(Lang::PtBr.chrome_locale(), "pt_BR");
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::De.dir(), "ltr");
    }
}
