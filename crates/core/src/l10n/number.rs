//! Whole numbers as each language writes them: "1,234", "1.234", "1 234". The interface counts
//! minutes, breaks and days, so whole numbers are all it formats. The browser tier checks these
//! against the browser's `Intl.NumberFormat`.

use super::Lang;

/// `n` with the language's digit grouping.
pub fn format(lang: Lang, n: i64) -> String {
    let (sep, min_digits) = match lang {
        Lang::En | Lang::Ja | Lang::ZhCn | Lang::Ar => (",", 4),
        Lang::De | Lang::PtBr => (".", 4),
        // Spanish groups only from five digits: "1234", "12.345".
        Lang::Es => (".", 5),
        // French groups with a narrow no-break space.
        Lang::Fr => ("\u{202f}", 4),
    };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + 4);
    if n < 0 {
        out.push('-');
    }
    if digits.len() < min_digits {
        out.push_str(&digits);
        return out;
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_its_own_way() {
        let cases: [(Lang, [&str; 4]); 8] = [
            (Lang::En, ["5", "1,234", "12,345", "1,234,567"]),
            (Lang::De, ["5", "1.234", "12.345", "1.234.567"]),
            (Lang::Fr, ["5", "1\u{202f}234", "12\u{202f}345", "1\u{202f}234\u{202f}567"]),
            (Lang::Es, ["5", "1234", "12.345", "1.234.567"]),
            (Lang::PtBr, ["5", "1.234", "12.345", "1.234.567"]),
            (Lang::Ja, ["5", "1,234", "12,345", "1,234,567"]),
            (Lang::ZhCn, ["5", "1,234", "12,345", "1,234,567"]),
            (Lang::Ar, ["5", "1,234", "12,345", "1,234,567"]),
        ];
        for (lang, want) in cases {
            let got: Vec<String> = [5, 1234, 12345, 1_234_567].iter().map(|&n| format(lang, n)).collect();
            assert_eq!(got, want, "{lang:?}");
        }
        assert_eq!(format(Lang::En, -1234), "-1,234");
    }
}
