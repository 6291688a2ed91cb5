//! The pack format: the markdown layout of the client's pack pages, parsed with pulldown-cmark.
//!
//! This runs at build time only (feature `markdown`): `crates/catalog/build.rs` parses every file
//! in `content/` and fails the build with the file and line of the first problem.

use std::fmt;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::catalog::Catalog;
use crate::checkin::CheckinArea;
use crate::pack::{Exercise, Faq, Goal, Pack, Position, TimeOfDay};

/// A problem in a content file, with the 1-based line it was found on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for FormatError {}

/// One list item: an optional leading `**strong**` part and the text after it.
#[derive(Debug, Default, Clone)]
struct Item {
    strong: Option<String>,
    rest: String,
    line: usize,
}

#[derive(Debug, Clone)]
enum Block {
    Heading { level: u8, text: String, line: usize },
    Paragraph { text: String, line: usize },
    Quote { strong: Option<String>, rest: String, line: usize },
    List { ordered: bool, items: Vec<Item>, line: usize },
    Rule { line: usize },
}

impl Block {
    fn line(&self) -> usize {
        match self {
            Block::Heading { line, .. }
            | Block::Paragraph { line, .. }
            | Block::Quote { line, .. }
            | Block::List { line, .. }
            | Block::Rule { line } => *line,
        }
    }

    fn describe(&self) -> String {
        match self {
            Block::Heading { text, .. } => format!("heading \"{text}\""),
            Block::Paragraph { .. } => "a paragraph".into(),
            Block::Quote { .. } => "a quote".into(),
            Block::List { .. } => "a list".into(),
            Block::Rule { .. } => "a horizontal rule".into(),
        }
    }
}

/// Flattens the markdown into the few block kinds the format uses, with line numbers.
fn blocks(text: &str) -> Vec<Block> {
    let mut reader = BlockReader::new(text);
    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        let line = reader.line_of(range.start);
        match event {
            Event::Start(tag) => reader.start(tag, line),
            Event::End(tag) => reader.end(tag),
            Event::Text(t) | Event::Code(t) => reader.text(&t),
            Event::SoftBreak | Event::HardBreak => reader.buf.push(' '),
            Event::Rule => reader.out.push(Block::Rule { line }),
            _ => {}
        }
    }
    reader.out
}

/// What [`blocks`] holds while it walks the markdown's events.
#[derive(Default)]
struct BlockReader {
    /// Where each line starts, so a block's line is a binary search rather than a rescan of
    /// all the text before it (which made a file with many blocks quadratic).
    line_starts: Vec<usize>,
    out: Vec<Block>,
    buf: String,
    /// The strong part that opens the current block: a field name.
    strong: Option<String>,
    in_strong: bool,
    strong_buf: String,
    items: Vec<Item>,
    list_depth: usize,
    quote_depth: usize,
    start_line: usize,
    list_line: usize,
    ordered: bool,
    item_line: usize,
}

impl BlockReader {
    fn new(text: &str) -> Self {
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Self { line_starts, ..Self::default() }
    }

    fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }

    /// A new block (or item) begins: what was gathered before belongs to the last one.
    fn begin(&mut self, line: usize) {
        self.buf.clear();
        self.strong = None;
        self.start_line = line;
    }

    fn start(&mut self, tag: Tag, line: usize) {
        match tag {
            // Paragraphs inside lists and quotes belong to their item or quote.
            Tag::Heading { .. } | Tag::Paragraph if self.list_depth == 0 && self.quote_depth == 0 => {
                self.begin(line)
            }
            Tag::BlockQuote(_) => {
                self.quote_depth += 1;
                self.begin(line);
            }
            Tag::List(first) => {
                self.list_depth += 1;
                if self.list_depth == 1 {
                    self.items.clear();
                    self.ordered = first.is_some();
                    self.list_line = line;
                }
            }
            Tag::Item => {
                self.begin(self.start_line);
                self.item_line = line;
            }
            Tag::Strong => {
                self.in_strong = true;
                self.strong_buf.clear();
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            // A heading inside a list item or a quote is part of its text, as a paragraph is.
            TagEnd::Heading(_) if self.list_depth > 0 || self.quote_depth > 0 => self.buf.push(' '),
            TagEnd::Heading(level) => {
                let level = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    _ => 4,
                };
                self.out.push(Block::Heading {
                    level,
                    text: self.buf.trim().to_string(),
                    line: self.start_line,
                });
                self.buf.clear();
            }
            TagEnd::Paragraph => self.end_paragraph(),
            TagEnd::BlockQuote(_) => {
                self.quote_depth = self.quote_depth.saturating_sub(1);
                let quote = Block::Quote {
                    strong: self.strong.take(),
                    rest: clean(&self.buf),
                    line: self.start_line,
                };
                self.out.push(quote);
                self.buf.clear();
            }
            TagEnd::List(_) => {
                self.list_depth = self.list_depth.saturating_sub(1);
                if self.list_depth == 0 {
                    let items = std::mem::take(&mut self.items);
                    self.out.push(Block::List { ordered: self.ordered, items, line: self.list_line });
                }
            }
            TagEnd::Item => {
                self.items.push(Item {
                    strong: self.strong.take(),
                    rest: clean(&self.buf),
                    line: self.item_line,
                });
                self.buf.clear();
            }
            TagEnd::Strong => {
                self.in_strong = false;
                // Only a strong part that opens the block is a field name; later ones stay text.
                if self.strong.is_none() && self.buf.trim().is_empty() {
                    self.strong = Some(self.strong_buf.trim().to_string());
                } else {
                    self.buf.push_str(&self.strong_buf);
                }
            }
            _ => {}
        }
    }

    fn end_paragraph(&mut self) {
        if self.list_depth == 0 && self.quote_depth == 0 {
            let mut text = self.buf.trim().to_string();
            if let Some(s) = self.strong.take() {
                text = format!("{s}{text}");
            }
            self.out.push(Block::Paragraph { text, line: self.start_line });
            self.buf.clear();
        } else if self.list_depth == 0 {
            // Paragraph breaks inside a quote become spaces.
            self.buf.push(' ');
        }
    }

    fn text(&mut self, t: &str) {
        if self.in_strong {
            self.strong_buf.push_str(t);
        } else {
            self.buf.push_str(t);
        }
    }
}

fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads a content file as text: a leading byte-order mark (which some editors write) is dropped,
/// and control characters other than tab and line ends are refused, so a stray NUL or escape
/// sequence never reaches the catalog and the page.
fn plain_text<'t>(file: &str, text: &'t str) -> Result<&'t str, FormatError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(at) = text.find(|c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) {
        let c = text[at..].chars().next().unwrap_or_default();
        return Err(FormatError {
            file: file.to_string(),
            line: text[..at].matches('\n').count() + 1,
            message: format!(
                "control character U+{:04X} in the text; content files are plain text",
                u32::from(c)
            ),
        });
    }
    Ok(text)
}

/// A cursor over the blocks that produces errors pointing at the right line.
struct Cursor<'a> {
    file: &'a str,
    blocks: Vec<Block>,
    at: usize,
    last_line: usize,
}

impl<'a> Cursor<'a> {
    fn new(file: &'a str, text: &str) -> Self {
        let blocks = blocks(text);
        let last_line = text.lines().count().max(1);
        Cursor { file, blocks, at: 0, last_line }
    }

    fn err(&self, line: usize, message: impl Into<String>) -> FormatError {
        FormatError { file: self.file.to_string(), line, message: message.into() }
    }

    fn here(&self) -> usize {
        self.blocks.get(self.at).map(Block::line).unwrap_or(self.last_line)
    }

    fn peek(&self) -> Option<&Block> {
        self.blocks.get(self.at)
    }

    fn next(&mut self) -> Option<Block> {
        let b = self.blocks.get(self.at).cloned();
        self.at += 1;
        b
    }

    fn heading(&mut self, level: u8, expected: Option<&str>) -> Result<(String, usize), FormatError> {
        let line = self.here();
        match self.next() {
            Some(Block::Heading { level: l, text, line }) if l == level => match expected {
                Some(e) if e != text => {
                    Err(self.err(line, format!("expected section \"{e}\", found \"{text}\"")))
                }
                _ => Ok((text, line)),
            },
            Some(other) => Err(self.err(
                other.line(),
                match expected {
                    Some(e) => format!("expected section \"{e}\", found {}", other.describe()),
                    None => format!("expected a level-{level} heading, found {}", other.describe()),
                },
            )),
            None => Err(self.err(line, format!("missing section \"{}\"", expected.unwrap_or("heading")))),
        }
    }

    /// Paragraphs up to the next heading or rule, joined with blank lines.
    fn paragraphs(&mut self, section: &str) -> Result<String, FormatError> {
        let line = self.here();
        let mut parts = Vec::new();
        while let Some(Block::Paragraph { text, .. }) = self.peek() {
            parts.push(text.clone());
            self.at += 1;
        }
        if parts.is_empty() {
            return Err(self.err(line, format!("section \"{section}\" needs at least one paragraph")));
        }
        Ok(parts.join("\n\n"))
    }

    fn list(&mut self, ordered: bool, what: &str) -> Result<(Vec<Item>, usize), FormatError> {
        let line = self.here();
        match self.next() {
            Some(Block::List { ordered: o, items, line }) if o == ordered => Ok((items, line)),
            Some(other) => {
                Err(self.err(other.line(), format!("expected {what}, found {}", other.describe())))
            }
            None => Err(self.err(line, format!("expected {what}"))),
        }
    }
}

fn nonempty(c: &Cursor, line: usize, what: &str, text: String) -> Result<String, FormatError> {
    if text.trim().is_empty() {
        Err(c.err(line, format!("{what} is empty")))
    } else {
        Ok(text)
    }
}

fn check_url(c: &Cursor, line: usize, url: &str) -> Result<String, FormatError> {
    if url.starts_with("https://") && !url.contains(char::is_whitespace) && url.len() > "https://".len() {
        Ok(url.to_string())
    } else {
        Err(c.err(line, format!("\"{url}\" is not an https:// URL")))
    }
}

/// Parses one pack file. `id` is the file stem; `file` names the file in error messages.
pub fn parse_pack(id: &str, file: &str, text: &str) -> Result<Pack, FormatError> {
    let text = plain_text(file, text)?;
    let mut c = Cursor::new(file, text);
    let (title, _) = c.heading(1, None)?;
    let title = nonempty(&c, 1, "the title", title)?;
    let tagline = tagline(&mut c)?;
    let fields = PackFields::parse(&mut c)?;

    c.heading(2, Some("When to reach for this pack"))?;
    let when_to_reach = c.paragraphs("When to reach for this pack")?;
    c.heading(2, Some("Why this happens"))?;
    let why_this_happens = c.paragraphs("Why this happens")?;
    c.heading(2, Some("About this routine"))?;
    let about = c.paragraphs("About this routine")?;
    let exercises = exercises(&mut c, fields.count)?;
    let goals = goals(&mut c)?;
    let faq = faq(&mut c)?;
    let footer = footer(&mut c)?;

    Ok(Pack {
        id: id.to_string(),
        title,
        tagline,
        canonical_url: fields.canonical_url,
        demo_video_url: fields.demo_video_url,
        exercise_count: fields.count.0,
        positions: fields.positions,
        location: fields.location,
        time_of_day: fields.time_of_day,
        when_to_reach,
        why_this_happens,
        about,
        exercises,
        goals,
        faq,
        footer,
        checkin: fields.checkin,
        safety: Vec::new(),
    })
}

/// The "> " quote after the title.
fn tagline(c: &mut Cursor) -> Result<String, FormatError> {
    match c.next() {
        Some(Block::Quote { strong, rest, line }) => {
            let text = format!("{}{}", strong.unwrap_or_default(), rest);
            nonempty(c, line, "the tagline", text)
        }
        other => {
            let line = other.as_ref().map(Block::line).unwrap_or(c.last_line);
            Err(c.err(line, "expected the tagline as a \"> \" quote after the title"))
        }
    }
}

/// The field list ("- **Exercise count:** 16").
struct PackFields {
    canonical_url: Option<String>,
    demo_video_url: Option<String>,
    /// The count, and its line (the list's length is checked against it).
    count: (usize, usize),
    positions: Vec<Position>,
    location: String,
    time_of_day: TimeOfDay,
    checkin: Option<CheckinArea>,
}

/// The fields as they are read, each once at most.
#[derive(Default)]
struct FieldsSoFar {
    canonical_url: Option<String>,
    demo_video_url: Option<String>,
    count: Option<(usize, usize)>,
    positions: Option<Vec<Position>>,
    location: Option<String>,
    time_of_day: Option<TimeOfDay>,
    checkin: Option<CheckinArea>,
}

impl PackFields {
    fn parse(c: &mut Cursor) -> Result<Self, FormatError> {
        let (items, fields_line) = c.list(false, "the field list (\"- **Exercise count:** …\")")?;
        let mut f = FieldsSoFar::default();
        for item in &items {
            let Some(key) = item.strong.as_deref() else {
                return Err(c.err(item.line, "a field must look like \"- **Name:** value\""));
            };
            let key = key.trim_end_matches(':').trim();
            let value = item.rest.trim();
            if value.is_empty() {
                return Err(c.err(item.line, format!("field \"{key}\" has no value")));
            }
            f.read(c, item.line, key, value)?;
        }
        let missing = |name: &str| c.err(fields_line, format!("missing field \"{name}\""));
        Ok(PackFields {
            count: f.count.ok_or_else(|| missing("Exercise count"))?,
            positions: f.positions.ok_or_else(|| missing("Positions"))?,
            location: f.location.ok_or_else(|| missing("Where"))?,
            time_of_day: f.time_of_day.ok_or_else(|| missing("Time of day"))?,
            canonical_url: f.canonical_url,
            demo_video_url: f.demo_video_url,
            checkin: f.checkin,
        })
    }
}

impl FieldsSoFar {
    fn read(&mut self, c: &Cursor, line: usize, key: &str, value: &str) -> Result<(), FormatError> {
        match key {
            "Canonical URL" => self.canonical_url = Some(check_url(c, line, value)?),
            "30-second demo video" => self.demo_video_url = Some(check_url(c, line, value)?),
            "Exercise count" => {
                let n = value
                    .parse::<usize>()
                    .map_err(|_| c.err(line, format!("exercise count \"{value}\" is not a number")))?;
                self.count = Some((n, line));
            }
            "Positions" => {
                let positions = value.split(',').map(|p| {
                    Position::parse(p).ok_or_else(|| {
                        c.err(line, format!("unknown position \"{}\" (sitting, standing or floor)", p.trim()))
                    })
                });
                self.positions = Some(positions.collect::<Result<_, _>>()?);
            }
            "Where" => self.location = Some(value.to_string()),
            "Time of day" => {
                self.time_of_day = Some(TimeOfDay::parse(value).ok_or_else(|| {
                    c.err(
                        line,
                        format!("unknown time of day \"{value}\" (morning, mid, afternoon, evening or any)"),
                    )
                })?)
            }
            "Check-in" => {
                self.checkin = Some(CheckinArea::parse(value).ok_or_else(|| {
                    let known: Vec<&str> = CheckinArea::ALL.iter().map(|a| a.key()).collect();
                    c.err(line, format!("unknown check-in area \"{value}\" ({})", known.join(", ")))
                })?)
            }
            other => return Err(c.err(line, format!("unknown field \"{other}\""))),
        }
        Ok(())
    }
}

/// "## Exercises": a numbered list as long as the field list's count says.
fn exercises(c: &mut Cursor, (count, count_line): (usize, usize)) -> Result<Vec<String>, FormatError> {
    c.heading(2, Some("Exercises"))?;
    let (items, list_line) = c.list(true, "a numbered list of exercises")?;
    let mut exercises = Vec::new();
    for item in items {
        let name = item.strong.clone().unwrap_or_else(|| item.rest.clone());
        exercises.push(nonempty(c, item.line, "an exercise name", name.trim().to_string())?);
    }
    if exercises.len() != count {
        let message =
            format!("exercise count says {count} but the list at line {list_line} has {}", exercises.len());
        return Err(c.err(count_line, message));
    }
    Ok(exercises)
}

/// "## Who this is for": "- **Goal** — reason".
fn goals(c: &mut Cursor) -> Result<Vec<Goal>, FormatError> {
    c.heading(2, Some("Who this is for"))?;
    let (items, _) = c.list(false, "a list of goals (\"- **Goal** — reason\")")?;
    let mut goals = Vec::new();
    for item in items {
        let name = item
            .strong
            .clone()
            .ok_or_else(|| c.err(item.line, "a goal must look like \"- **Goal** — reason\""))?;
        let reason = item.rest.trim().trim_start_matches(['—', '–', '-', ':']).trim().to_string();
        let reason = nonempty(c, item.line, "the goal's reason", reason)?;
        goals.push(Goal { name, reason });
    }
    Ok(goals)
}

/// "## Frequently asked": at least one "### Question" and its answer.
fn faq(c: &mut Cursor) -> Result<Vec<Faq>, FormatError> {
    c.heading(2, Some("Frequently asked"))?;
    let mut faq = Vec::new();
    while let Some(Block::Heading { level: 3, .. }) = c.peek() {
        let (question, _) = c.heading(3, None)?;
        let answer = c.paragraphs(&question)?;
        faq.push(Faq { question, answer });
    }
    if faq.is_empty() {
        return Err(c.err(c.here(), "\"Frequently asked\" needs at least one \"### Question\""));
    }
    Ok(faq)
}

/// An optional footer after a rule, and nothing else after it.
fn footer(c: &mut Cursor) -> Result<Option<String>, FormatError> {
    let footer = match c.next() {
        None => None,
        Some(Block::Rule { .. }) => {
            let mut parts = Vec::new();
            while let Some(Block::Paragraph { text, .. }) = c.peek() {
                parts.push(text.clone());
                c.at += 1;
            }
            Some(parts.join("\n\n")).filter(|s| !s.is_empty())
        }
        Some(other) => {
            return Err(c.err(other.line(), format!("unexpected {} after the FAQ", other.describe())))
        }
    };
    if let Some(extra) = c.peek() {
        return Err(c.err(extra.line(), format!("unexpected {} at the end of the pack", extra.describe())));
    }
    Ok(footer)
}

/// Parses the exercise library: `# Exercise library`, then one `## Name` section per exercise.
pub fn parse_library(file: &str, text: &str) -> Result<Vec<Exercise>, FormatError> {
    let entries = library_entries(file, text)?;
    if let Some(e) = entries.iter().find(|e| e.source.is_some()) {
        return Err(FormatError {
            file: file.to_string(),
            line: e.line,
            message: "\"Source\" belongs in a translation (content/l10n/), not in the English library".into(),
        });
    }
    Ok(entries.into_iter().map(|e| e.exercise).collect())
}

/// One entry of a library file: the exercise, the `Source` a translation names (the English
/// exercise's name, and its line), and the heading's line.
pub struct LibraryEntry {
    pub exercise: Exercise,
    pub source: Option<(String, usize)>,
    pub line: usize,
}

/// The entries of a library file, English or translated: `parse_library` and the translation
/// checks (`crate::l10n_format`) read the same layout.
pub fn library_entries(file: &str, text: &str) -> Result<Vec<LibraryEntry>, FormatError> {
    let text = plain_text(file, text)?;
    let mut c = Cursor::new(file, text);
    c.heading(1, Some("Exercise library"))?;
    let mut out: Vec<LibraryEntry> = Vec::new();
    while c.peek().is_some() {
        let (name, line) = c.heading(2, None)?;
        if out.iter().any(|e| e.exercise.name == name) {
            return Err(c.err(line, format!("exercise \"{name}\" is defined twice")));
        }
        let (fields, fields_line) = c.list(false, "the field list (\"- **Position:** …\")")?;
        let (mut position, mut duration_s, mut per_side, mut source) = (None, None, None, None);
        for item in &fields {
            let key = item.strong.as_deref().unwrap_or("").trim_end_matches(':').trim();
            let value = item.rest.trim();
            match key {
                "Position" => {
                    position = Some(Position::parse(value).ok_or_else(|| {
                        c.err(item.line, format!("unknown position \"{value}\" (sitting, standing or floor)"))
                    })?)
                }
                "Duration" => {
                    let secs = value
                        .trim_end_matches('s')
                        .trim()
                        .parse::<u32>()
                        .ok()
                        .filter(|s| (5..=300).contains(s))
                        .ok_or_else(|| {
                            c.err(item.line, format!("duration \"{value}\" must look like \"30 s\" (5–300)"))
                        })?;
                    duration_s = Some(secs);
                }
                "Per side" => {
                    per_side = Some(match value {
                        "yes" => true,
                        "no" => false,
                        _ => {
                            return Err(
                                c.err(item.line, format!("\"Per side\" must be yes or no, not \"{value}\""))
                            )
                        }
                    })
                }
                // The figure's notation is read by `figure::notation::figure_sources`, line by line.
                "Figure" => {}
                "Source" => source = Some((value.to_string(), item.line)),
                "" => return Err(c.err(item.line, "a field must look like \"- **Name:** value\"")),
                other => return Err(c.err(item.line, format!("unknown field \"{other}\""))),
            }
        }
        let missing = |f: &str| c.err(fields_line, format!("\"{name}\" is missing \"{f}\""));
        let position = position.ok_or_else(|| missing("Position"))?;
        let duration_s = duration_s.ok_or_else(|| missing("Duration"))?;
        let per_side = per_side.ok_or_else(|| missing("Per side"))?;

        let (items, steps_line) = c.list(true, "numbered steps")?;
        if !(2..=4).contains(&items.len()) {
            return Err(c.err(steps_line, format!("\"{name}\" has {} steps; it needs 2 to 4", items.len())));
        }
        let steps =
            items.into_iter().map(|i| format!("{}{}", i.strong.unwrap_or_default(), i.rest)).collect();

        let cue = match c.next() {
            Some(Block::Quote { strong: Some(s), rest, line }) if s.trim_end_matches(':') == "Cue" => {
                nonempty(&c, line, "the cue", rest)?
            }
            other => {
                let line = other.as_ref().map(Block::line).unwrap_or(c.last_line);
                return Err(c.err(line, format!("\"{name}\" needs a \"> **Cue:** …\" line after its steps")));
            }
        };
        out.push(LibraryEntry {
            exercise: Exercise { name, position, duration_s, per_side, steps, cue },
            source,
            line,
        });
    }
    Ok(out)
}

/// Checks that every exercise a pack names has a library entry, and that ids are unique.
/// `pack_files` pairs each pack with its file name and source text, to point at the right line.
pub fn check_catalog(catalog: &Catalog, sources: &[(String, String)]) -> Result<(), FormatError> {
    for (i, pack) in catalog.packs.iter().enumerate() {
        let (file, text) = sources.get(i).map(|(f, t)| (f.as_str(), t.as_str())).unwrap_or(("?", ""));
        if catalog.packs[..i].iter().any(|p| p.id == pack.id) {
            return Err(FormatError {
                file: file.into(),
                line: 1,
                message: format!("duplicate pack id \"{}\"", pack.id),
            });
        }
        for name in &pack.exercises {
            if catalog.exercise(name).is_none() {
                let needle = format!("**{name}**");
                let line = text.lines().position(|l| l.contains(&needle)).map(|l| l + 1).unwrap_or(1);
                return Err(FormatError {
                    file: file.into(),
                    line,
                    message: format!("exercise \"{name}\" has no entry in the exercise library"),
                });
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_inside_a_list_item_is_its_text_and_keeps_the_item_line() {
        // Found by the markdown-soup property test: the heading had line 0.
        let out = blocks("- **Exercise count:** 2\n\t# ");
        assert!(out.iter().all(|b| b.line() >= 1), "{out:?}");
        assert!(matches!(&out[..], [Block::List { items, .. }] if items[0].line == 1));
    }

    const SEED: &str = include_str!("../../../content/packs/back-pain.md");

    #[test]
    fn seed_parses_to_exactly_its_fields() {
        let p = parse_pack("back-pain", "back-pain.md", SEED).expect("seed parses");
        assert_eq!(p.title, "Back Pain");
        assert_eq!(
            p.tagline,
            "Generalized back tightness from a long sitting day — both upper and lower back ache."
        );
        assert_eq!(
            p.canonical_url.as_deref(),
            Some("https://wakeout.app/exercises/exercises-for-back-pain-at-desk")
        );
        assert_eq!(p.demo_video_url.as_deref(), Some("https://wakeout-assets.b-cdn.net/demos/backPain.mp4"));
        assert_eq!(p.exercise_count, 16);
        assert_eq!(p.positions, vec![Position::Sitting]);
        assert_eq!(p.location, "desk");
        assert_eq!(p.time_of_day, TimeOfDay::Part(crate::clock::PartOfDay::Mid));
        assert_eq!(p.when_to_reach, p.tagline);
        assert!(p.why_this_happens.starts_with("Generalized back pain from sitting is rarely one problem."));
        assert!(p.why_this_happens.ends_with("not just the spot that hurts."));
        assert!(p.about.starts_with("Best for general desk-induced back stiffness"));
        assert_eq!(
            p.safety_advice(),
            "Skip this if pain radiates down a leg, involves numbness, tingling, or weakness, or follows a fall or lifting injury — those patterns point to disc or nerve involvement and warrant evaluation. Not a substitute for medical care if pain is acute, severe, or persistent."
        );
        let expected = [
            "Arm Up Bows",
            "Back Bend",
            "Chair Thrusts",
            "Cross Leg Twist",
            "Elbow Bow Twists",
            "Elbow Up Twists",
            "Elongated Fold",
            "Floor Birds",
            "Floor Support",
            "Forward Fold",
            "Hug Twists",
            "Lumbar Crunches",
            "Seated Rinse",
            "Slow Upperbody Circles",
            "Thoratic Extension",
            "Trunk Stretch",
        ];
        assert_eq!(p.exercises, expected);
        assert_eq!(p.goals.len(), 2);
        assert_eq!(p.goals[0].name, "Strengthen Back");
        assert!(p.goals[0].reason.starts_with("Pack directly targets lower and upper back muscles"));
        assert_eq!(p.goals[1].name, "Loosen Neck & Shoulders");
        assert!(p.goals[1].reason.starts_with("Addresses neck mobility"));
        assert_eq!(p.faq.len(), 4);
        assert_eq!(p.faq[0].question, "Why does my whole back hurt from sitting at a desk all day?");
        assert_eq!(p.faq[1].question, "Should I stretch my back when it's already hurting?");
        assert_eq!(
            p.faq[2].question,
            "What's the difference between this pack and lower back tension release?"
        );
        assert_eq!(p.faq[3].question, "How often should I do this through a workday?");
        assert!(p.faq[3].answer.starts_with("A short round every 90 minutes"));
        assert!(p
            .footer
            .as_deref()
            .unwrap_or("")
            .starts_with("Wakeout — desk exercises that break the sit habit."));
    }

    fn err(text: &str) -> FormatError {
        parse_pack("x", "x.md", text).expect_err("should fail")
    }

    #[test]
    fn the_check_in_area_is_read_or_follows_the_focus() {
        let seed = parse_pack("back-pain", "back-pain.md", SEED).unwrap();
        assert_eq!(seed.checkin, None);
        assert_eq!(seed.checkin_area(), CheckinArea::Back, "Back Pain falls back to its focus");
        let text = SEED.replace("- **Time of day:** mid", "- **Time of day:** mid\n- **Check-in:** hips");
        assert_eq!(parse_pack("x", "x.md", &text).unwrap().checkin, Some(CheckinArea::Hips));
        let e = err(&SEED.replace("- **Time of day:** mid", "- **Time of day:** mid\n- **Check-in:** knees"));
        assert_eq!(e.line, 11);
        assert!(e.message.starts_with("unknown check-in area \"knees\" (back, neck-shoulders, eyes"), "{e}");
    }

    #[test]
    fn wrong_count_points_at_the_count_line() {
        let text = SEED.replace("**Exercise count:** 16", "**Exercise count:** 15");
        let e = err(&text);
        assert_eq!(e.line, 7);
        assert!(e.message.contains("says 15 but the list"), "{e}");
        assert!(e.to_string().starts_with("x.md:7: "));
    }

    #[test]
    fn malformed_packs_give_file_and_line() {
        let e = err(&SEED.replace("## Why this happens", "## Why it happens"));
        assert_eq!(
            (e.line, e.message.as_str()),
            (16, "expected section \"Why this happens\", found \"Why it happens\"")
        );
        let e = err(&SEED.replace("- **Time of day:** mid", "- **Time of day:** noonish"));
        assert_eq!(e.line, 10);
        let e = err(&SEED.replace("- **Where:** desk\n", ""));
        assert!(e.message.contains("missing field \"Where\""), "{e}");
        let e = err(&SEED.replace("> Generalized", "Generalized"));
        assert_eq!(e.line, 3);
        let e = err(&SEED.replace("https://wakeout-assets", "ftp://wakeout-assets"));
        assert_eq!(e.line, 6);
        let e = err(&SEED.replace("- **Strengthen Back** — ", "- Strengthen Back — "));
        assert!(e.message.contains("goal"), "{e}");
        let e = err("");
        assert_eq!(e.line, 1);
        let cut = &SEED[..SEED.find("## Frequently asked").unwrap()];
        let e = err(cut);
        assert!(e.message.contains("Frequently asked"), "{e}");
    }

    #[test]
    fn optional_urls_may_be_absent() {
        let text = SEED
            .replace(
                "- **Canonical URL:** https://wakeout.app/exercises/exercises-for-back-pain-at-desk\n",
                "",
            )
            .replace("- **30-second demo video:** https://wakeout-assets.b-cdn.net/demos/backPain.mp4\n", "");
        let p = parse_pack("x", "x.md", &text).unwrap();
        assert_eq!((p.canonical_url, p.demo_video_url), (None, None));
    }

    const LIB: &str = "# Exercise library\n\n## Neck Roll\n\n- **Position:** sitting\n- **Duration:** 30 s\n- **Per side:** yes\n\n1. Drop your chin.\n2. Roll slowly.\n\n> **Cue:** Never force it.\n";

    #[test]
    fn library_parses_and_reports_lines() {
        let lib = parse_library("ex.md", LIB).unwrap();
        assert_eq!(lib.len(), 1);
        assert_eq!(lib[0].name, "Neck Roll");
        assert!(lib[0].per_side);
        assert_eq!(lib[0].total_seconds(), 60);
        assert_eq!(lib[0].steps, vec!["Drop your chin.", "Roll slowly."]);
        assert_eq!(lib[0].cue, "Never force it.");
        let e = parse_library("ex.md", &LIB.replace("30 s", "soon")).unwrap_err();
        assert_eq!(e.line, 6);
        let e = parse_library("ex.md", &LIB.replace("2. Roll slowly.\n", "")).unwrap_err();
        assert_eq!(e.line, 9);
        let e = parse_library("ex.md", &LIB.replace("> **Cue:** Never force it.\n", "")).unwrap_err();
        assert!(e.message.contains("Cue"));
    }

    #[test]
    fn a_byte_order_mark_is_ignored_and_control_characters_are_refused() {
        let p = parse_pack("x", "x.md", &format!("\u{feff}{SEED}")).expect("a BOM is not content");
        assert_eq!(p.title, "Back Pain");
        assert!(parse_pack("x", "x.md", &SEED.replace('\n', "\r\n")).is_ok());
        let e = err(&SEED.replace("- **Where:** desk", "- **Where:** de\u{0}sk"));
        assert_eq!((e.line, e.message.contains("U+0000")), (9, true), "{e}");
        let e = parse_library("ex.md", &LIB.replace("Roll slowly", "Roll \u{1b}[31mslowly")).unwrap_err();
        assert_eq!((e.line, e.message.contains("U+001B")), (10, true), "{e}");
    }

    #[test]
    fn unknown_exercise_is_reported_at_its_line() {
        let pack = parse_pack("back-pain", "back-pain.md", SEED).unwrap();
        let catalog = Catalog { packs: vec![pack], library: parse_library("ex.md", LIB).unwrap() };
        let e = check_catalog(&catalog, &[("back-pain.md".into(), SEED.into())]).unwrap_err();
        assert_eq!(e.line, 26);
        assert!(e.message.contains("\"Arm Up Bows\" has no entry"));
    }
}
