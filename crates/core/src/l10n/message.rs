//! The interface's messages, compiled from Fluent at build time into [`Part`]s, and filled in at
//! run time: text, variables, and selections on a plural category or a word. No Fluent parser
//! ships: `build.rs` parses the `.ftl` files with `fluent-syntax` and writes these parts.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{number, plural, Lang};

/// One piece of a compiled message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Part {
    /// Literal text.
    #[serde(rename = "t")]
    Text(String),
    /// `{ $name }`: a number is formatted for the language, a word is put in as it is.
    #[serde(rename = "v")]
    Var(String),
    /// `{ $name -> [one] … [2] … *[other] … }`: the variant whose key is the number itself, else
    /// its plural category, else the word; else the default.
    #[serde(rename = "s")]
    Select { var: String, variants: Vec<(String, Vec<Part>)>, default: usize },
}

/// A value for a message's variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    Num(i64),
    Str(&'a str),
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(i64::from(n))
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

/// Every message of one language, by key.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Messages {
    pub lang: Lang,
    pub map: BTreeMap<String, Vec<Part>>,
}

impl Messages {
    /// The message `key` with no variables. A key the build did not write reads as itself, so a
    /// slip shows as a visible key rather than as nothing.
    pub fn get(&self, key: &str) -> String {
        self.format(key, &[])
    }

    /// The message `key` with its variables filled in.
    pub fn format(&self, key: &str, args: &[(&str, Arg)]) -> String {
        match self.map.get(key) {
            Some(parts) => {
                let mut out = String::new();
                self.write(&mut out, parts, args);
                out
            }
            None => key.to_string(),
        }
    }

    pub fn has(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }

    fn write(&self, out: &mut String, parts: &[Part], args: &[(&str, Arg)]) {
        for part in parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Var(name) => match arg(args, name) {
                    Some(Arg::Num(n)) => out.push_str(&number::format(self.lang, n)),
                    Some(Arg::Str(s)) => out.push_str(s),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Part::Select { var, variants, default } => {
                    let chosen = choose(self.lang, arg(args, var), variants).or(variants.get(*default));
                    if let Some((_, parts)) = chosen {
                        self.write(out, parts, args);
                    }
                }
            }
        }
    }
}

fn arg<'a>(args: &[(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a)
}

fn choose<'v>(
    lang: Lang,
    value: Option<Arg>,
    variants: &'v [(String, Vec<Part>)],
) -> Option<&'v (String, Vec<Part>)> {
    let find = |key: &str| variants.iter().find(|(k, _)| k == key);
    match value? {
        Arg::Num(n) => find(&n.to_string()).or_else(|| find(plural::category(lang, n).as_str())),
        Arg::Str(s) => find(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Part {
        Part::Text(s.into())
    }

    fn breaks(lang: Lang, one: &str, other: &str) -> Messages {
        let select = Part::Select {
            var: "n".into(),
            variants: vec![
                ("0".into(), vec![t("no breaks")]),
                ("one".into(), vec![Part::Var("n".into()), t(one)]),
                ("other".into(), vec![Part::Var("n".into()), t(other)]),
            ],
            default: 2,
        };
        Messages { lang, map: BTreeMap::from([("breaks".to_string(), vec![select])]) }
    }

    #[test]
    fn exact_numbers_then_plural_categories_then_the_default() {
        let m = breaks(Lang::En, " break", " breaks");
        let f = |n: i64| m.format("breaks", &[("n", n.into())]);
        assert_eq!([f(0), f(1), f(2), f(1234)], ["no breaks", "1 break", "2 breaks", "1,234 breaks"]);
        // French puts 0 in "one", but the exact [0] comes first.
        let fr = breaks(Lang::Fr, " pause", " pauses");
        assert_eq!(fr.format("breaks", &[("n", 0i64.into())]), "no breaks");
        assert_eq!(fr.format("breaks", &[("n", 1i64.into())]), "1 pause");
        // Japanese has only "other".
        let ja = breaks(Lang::Ja, "回", "回");
        assert_eq!(ja.format("breaks", &[("n", 1i64.into())]), "1回");
    }

    #[test]
    fn words_select_and_missing_pieces_stay_visible() {
        let side = Part::Select {
            var: "side".into(),
            variants: vec![("left".into(), vec![t("links")]), ("right".into(), vec![t("rechts")])],
            default: 1,
        };
        let m = Messages {
            lang: Lang::De,
            map: BTreeMap::from([
                ("side".to_string(), vec![side]),
                ("hi".to_string(), vec![t("Hallo "), Part::Var("name".into())]),
            ]),
        };
        assert_eq!(m.format("side", &[("side", "left".into())]), "links");
        assert_eq!(m.format("side", &[("side", "up".into())]), "rechts");
        assert_eq!(m.format("side", &[]), "rechts");
        assert_eq!(m.get("hi"), "Hallo {name}");
        assert_eq!(m.get("nope"), "nope");
    }

    #[test]
    fn compiled_parts_round_trip_as_json() {
        let m = breaks(Lang::Ar, " استراحة", " استراحات");
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(serde_json::from_str::<Messages>(&json).unwrap(), m);
    }
}
