//! Compiles one Fluent file into the core's message parts (`l10n::Part`), with the real Fluent
//! parser, so translators get Fluent's own syntax and errors and the wasm gets no parser.
//! Terms (`-brand`) and message references are put in at build time; variables and selections
//! stay for run time.

use std::collections::BTreeMap;

use crate::l10n::Part;
use crate::pack_format::FormatError;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};

/// A compiled message and the line that defines it.
#[derive(Clone, Debug)]
pub struct Compiled {
    pub parts: Vec<Part>,
    pub line: usize,
    /// The variables it uses.
    pub vars: Vec<String>,
}

fn line_at(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

/// The line that defines `id` (`id =` or `-id =` at the start of a line).
fn line_of_id(text: &str, id: &str) -> usize {
    text.lines()
        .position(|l| l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map_or(1, |i| i + 1)
}

pub fn compile(file: &str, text: &str) -> Result<BTreeMap<String, Compiled>, FormatError> {
    let err = |line: usize, message: String| FormatError { file: file.to_string(), line, message };
    let resource = fluent_syntax::parser::parse(text).map_err(|(_, errors)| {
        let e = &errors[0];
        err(line_at(text, e.pos.start), format!("Fluent syntax: {:?}", e.kind))
    })?;
    let mut terms = BTreeMap::new();
    let mut messages = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Term(t) => {
                terms.insert(t.id.name.to_string(), &t.value);
            }
            Entry::Message(m) => {
                let line = line_of_id(text, m.id.name);
                if !m.attributes.is_empty() {
                    return Err(err(
                        line,
                        format!("\"{}\": use a key of its own instead of an attribute", m.id.name),
                    ));
                }
                let Some(value) = &m.value else {
                    return Err(err(line, format!("\"{}\" has no value", m.id.name)));
                };
                if messages.insert(m.id.name.to_string(), (value, line)).is_some() {
                    return Err(err(line, format!("\"{}\" is defined twice", m.id.name)));
                }
            }
            Entry::Junk { content } => {
                let at = content.as_ptr() as usize - text.as_ptr() as usize;
                return Err(err(
                    line_at(text, at),
                    format!("not Fluent: {}", content.lines().next().unwrap_or("")),
                ));
            }
            _ => {}
        }
    }
    let scope = Scope { terms: &terms, messages: &messages };
    let mut out = BTreeMap::new();
    for (key, (pattern, line)) in &messages {
        let mut vars = Vec::new();
        let parts =
            scope.pattern(pattern, &mut vars, 0).map_err(|m| err(*line, format!("\"{key}\": {m}")))?;
        out.insert(key.clone(), Compiled { parts: merge(parts), line: *line, vars });
    }
    Ok(out)
}

struct Scope<'a, 's> {
    terms: &'a BTreeMap<String, &'a Pattern<&'s str>>,
    messages: &'a BTreeMap<String, (&'a Pattern<&'s str>, usize)>,
}

impl Scope<'_, '_> {
    fn pattern(&self, p: &Pattern<&str>, vars: &mut Vec<String>, depth: u8) -> Result<Vec<Part>, String> {
        if depth > 8 {
            return Err("references nest too deep (a cycle?)".into());
        }
        let mut parts = Vec::new();
        for element in &p.elements {
            match element {
                PatternElement::TextElement { value } => parts.push(Part::Text((*value).to_string())),
                PatternElement::Placeable { expression } => {
                    parts.extend(self.expression(expression, vars, depth)?)
                }
            }
        }
        Ok(parts)
    }

    fn expression(
        &self,
        e: &Expression<&str>,
        vars: &mut Vec<String>,
        depth: u8,
    ) -> Result<Vec<Part>, String> {
        match e {
            Expression::Inline(inline) => self.inline(inline, vars, depth),
            Expression::Select { selector, variants } => {
                let InlineExpression::VariableReference { id } = selector else {
                    return Err("a selection must select on a variable".into());
                };
                note(vars, id.name);
                let mut compiled = Vec::new();
                let mut default = 0;
                for (i, v) in variants.iter().enumerate() {
                    let key = match &v.key {
                        VariantKey::Identifier { name } => (*name).to_string(),
                        VariantKey::NumberLiteral { value } => (*value).to_string(),
                    };
                    if v.default {
                        default = i;
                    }
                    compiled.push((key, merge(self.pattern(&v.value, vars, depth + 1)?)));
                }
                Ok(vec![Part::Select { var: id.name.to_string(), variants: compiled, default }])
            }
        }
    }

    fn inline(
        &self,
        e: &InlineExpression<&str>,
        vars: &mut Vec<String>,
        depth: u8,
    ) -> Result<Vec<Part>, String> {
        match e {
            InlineExpression::StringLiteral { value } => Ok(vec![Part::Text(unescape(value))]),
            InlineExpression::NumberLiteral { value } => Ok(vec![Part::Text((*value).to_string())]),
            InlineExpression::VariableReference { id } => {
                note(vars, id.name);
                Ok(vec![Part::Var(id.name.to_string())])
            }
            InlineExpression::TermReference { id, attribute: None, arguments: None } => {
                let term = self.terms.get(id.name).ok_or_else(|| format!("no term \"-{}\"", id.name))?;
                self.pattern(term, vars, depth + 1)
            }
            InlineExpression::MessageReference { id, attribute: None } => {
                let (m, _) =
                    self.messages.get(id.name).ok_or_else(|| format!("no message \"{}\"", id.name))?;
                self.pattern(m, vars, depth + 1)
            }
            InlineExpression::Placeable { expression } => self.expression(expression, vars, depth),
            _ => Err("functions, attributes and term arguments are not supported".into()),
        }
    }
}

fn note(vars: &mut Vec<String>, name: &str) {
    if !vars.iter().any(|v| v == name) {
        vars.push(name.to_string());
    }
}

/// Fluent's string-literal escapes: `\"`, `\\`, `\uXXXX`.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some('U') => {
                let hex: String = chars.by_ref().take(6).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// Adjacent text pieces as one.
fn merge(parts: Vec<Part>) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::with_capacity(parts.len());
    for p in parts {
        match (out.last_mut(), p) {
            (Some(Part::Text(a)), Part::Text(b)) => a.push_str(&b),
            (_, p) => out.push(p),
        }
    }
    out
}

/// Every message of one language, by key, with the file that defines it.
pub type Keyed = BTreeMap<String, (String, Compiled)>;

/// Compiles every `.ftl` file in `dir`. `name` gives a file's name in messages
/// (`locales/de/page.ftl`). A key defined in two files is an error.
pub fn read_dir(
    dir: &std::path::Path,
    name: impl Fn(&std::path::Path) -> String,
) -> Result<Keyed, FormatError> {
    let err = |message: String| FormatError { file: name(dir), line: 1, message };
    let entries = std::fs::read_dir(dir).map_err(|e| err(format!("cannot read: {e}")))?;
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut out = Keyed::new();
    for path in files {
        let file = name(&path);
        let text = std::fs::read_to_string(&path).map_err(|e| err(format!("{file}: cannot read: {e}")))?;
        for (key, c) in compile(&file, &text)? {
            if let Some((other, _)) = out.get(&key) {
                return Err(FormatError {
                    file: file.clone(),
                    line: c.line,
                    message: format!("\"{key}\" is already defined in {other}"),
                });
            }
            out.insert(key, (file.clone(), c));
        }
    }
    Ok(out)
}

/// Checks one language against English: the same keys, in the files of the same names, and no
/// variable English does not give. `dir` names the language's folder in messages.
pub fn check(english: &Keyed, dir: &str, other: &Keyed) -> Result<(), FormatError> {
    let base = |file: &str| file.rsplit('/').next().unwrap_or(file).to_string();
    for (key, (file, c)) in other {
        let fail = |message: String| FormatError { file: file.clone(), line: c.line, message };
        let Some((en_file, en)) = english.get(key) else {
            return Err(fail(format!("\"{key}\" is not an English message (a stale key?)")));
        };
        if base(file) != base(en_file) {
            return Err(fail(format!("\"{key}\" belongs in {}, as in {en_file}", base(en_file))));
        }
        if let Some(var) = c.vars.iter().find(|v| !en.vars.contains(v)) {
            return Err(fail(format!("\"{key}\" uses ${var}, which {en_file} does not give it")));
        }
    }
    if let Some((key, (en_file, en))) = english.iter().find(|(k, _)| !other.contains_key(*k)) {
        return Err(FormatError {
            file: format!("{dir}/{}", base(en_file)),
            line: 1,
            message: format!("missing \"{key}\" ({en_file}:{} has it)", en.line),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keyed(file: &str, text: &str) -> Keyed {
        compile(file, text).unwrap().into_iter().map(|(k, c)| (k, (file.to_string(), c))).collect()
    }

    #[test]
    fn fluent_compiles_to_parts_with_terms_put_in() {
        let k = keyed("en/a.ftl", "-brand = Desk Break\nhi = Hello { $name } from { -brand }\nn = { $n ->\n    [one] one break\n   *[other] { $n } breaks\n}\n");
        let m = crate::l10n::Messages {
            lang: crate::l10n::Lang::En,
            map: k.iter().map(|(key, (_, c))| (key.clone(), c.parts.clone())).collect(),
        };
        assert_eq!(m.format("hi", &[("name", "Ana".into())]), "Hello Ana from Desk Break");
        assert_eq!(m.format("n", &[("n", 1i64.into())]), "one break");
        assert_eq!(m.format("n", &[("n", 3i64.into())]), "3 breaks");
        assert!(!k.contains_key("-brand"), "terms are not messages");
    }

    #[test]
    fn a_language_is_checked_key_for_key_against_english() {
        let en = keyed("locales/en/a.ftl", "a = A\nb = B { $n }\n");
        let ok = keyed("locales/de/a.ftl", "a = Ä\nb = { $n } B\n");
        assert!(check(&en, "locales/de", &ok).is_ok());
        let cases = [
            (keyed("locales/de/a.ftl", "a = Ä\n"), "locales/de/a.ftl", 1, "missing \"b\""),
            (keyed("locales/de/a.ftl", "a = Ä\nb = B\nc = C\n"), "locales/de/a.ftl", 3, "stale key"),
            (keyed("locales/de/a.ftl", "a = Ä\nb = B { $m }\n"), "locales/de/a.ftl", 2, "uses $m"),
            (keyed("locales/de/x.ftl", "a = Ä\nb = B\n"), "locales/de/x.ftl", 1, "belongs in a.ftl"),
        ];
        for (other, file, line, message) in cases {
            let e = check(&en, "locales/de", &other).expect_err(message);
            assert_eq!((e.file.as_str(), e.line), (file, line), "{e}");
            assert!(e.message.contains(message), "{e}");
        }
        let e = compile("locales/de/a.ftl", "a = Ä\nb = { $n ->\n  [one] x\n}\n").expect_err("no default");
        assert_eq!(e.line, 4, "{e}: where the parser found the select to end without a default");
    }
}
