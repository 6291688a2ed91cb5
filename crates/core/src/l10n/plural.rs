//! CLDR plural categories for whole numbers, for the eight shipped languages: what Fluent's
//! `{ $n -> [one] … *[other] … }` selects on. Written out rather than linking a rule engine for
//! every locale (the rules for whole numbers in these languages are a few lines); the browser
//! tier checks them against the browser's own `Intl.PluralRules`.

use super::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Zero => "zero",
            Self::One => "one",
            Self::Two => "two",
            Self::Few => "few",
            Self::Many => "many",
            Self::Other => "other",
        }
    }
}

/// The category of a whole number `n` in `lang` (CLDR 44+, integers: `v = 0`).
pub fn category(lang: Lang, n: i64) -> PluralCategory {
    use PluralCategory::*;
    let i = n.unsigned_abs();
    let million = i != 0 && i % 1_000_000 == 0;
    match lang {
        Lang::En | Lang::De => {
            if i == 1 {
                One
            } else {
                Other
            }
        }
        // "many" is for exact millions ("1 millón de …").
        Lang::Es => match i {
            1 => One,
            _ if million => Many,
            _ => Other,
        },
        // French and Portuguese count 0 and 1 as "one".
        Lang::Fr | Lang::PtBr => match i {
            0 | 1 => One,
            _ if million => Many,
            _ => Other,
        },
        Lang::Ja | Lang::ZhCn => Other,
        Lang::Ar => match (i, i % 100) {
            (0, _) => Zero,
            (1, _) => One,
            (2, _) => Two,
            (_, 3..=10) => Few,
            (_, 11..=99) => Many,
            _ => Other,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PluralCategory::*;

    fn cats(lang: Lang, ns: &[i64]) -> Vec<PluralCategory> {
        ns.iter().map(|&n| category(lang, n)).collect()
    }

    #[test]
    fn english_and_german_have_one_and_other() {
        for l in [Lang::En, Lang::De] {
            assert_eq!(cats(l, &[0, 1, 2, 5, 21, 101]), [Other, One, Other, Other, Other, Other]);
        }
    }

    #[test]
    fn french_and_portuguese_count_zero_as_one() {
        for l in [Lang::Fr, Lang::PtBr] {
            assert_eq!(cats(l, &[0, 1, 2, 1_000_000, 1_000_001]), [One, One, Other, Many, Other]);
        }
    }

    #[test]
    fn spanish_has_many_for_millions_only() {
        assert_eq!(cats(Lang::Es, &[0, 1, 2, 1_000_000, 2_000_000]), [Other, One, Other, Many, Many]);
    }

    #[test]
    fn japanese_and_chinese_do_not_inflect() {
        for l in [Lang::Ja, Lang::ZhCn] {
            assert_eq!(cats(l, &[0, 1, 2, 11]), [Other; 4]);
        }
    }

    #[test]
    fn arabic_has_all_six() {
        assert_eq!(
            cats(Lang::Ar, &[0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 1000]),
            [Zero, One, Two, Few, Few, Many, Many, Other, Other, Other, Few, Many, Other]
        );
    }
}
