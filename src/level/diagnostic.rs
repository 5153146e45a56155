//! Level errors for people: file, line, column, the offending text, and a suggestion.

use std::fmt;

use super::locate::Locations;

/// A problem found while validating, located by its path in the file.
#[derive(Clone, Debug)]
pub struct Problem {
    pub path: String,
    pub message: String,
    pub help: Option<String>,
}

/// A problem placed in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// The text at fault (the value, or the start of the line for syntax errors), at most
    /// `SNIPPET_CHARS` characters of it.
    pub snippet: String,
    /// The line, or for a long one an excerpt of it around the column, cut ends marked `…`:
    /// a diagnostic never holds a copy of a whole long line (a coastline is one line of
    /// thousands of characters; a hostile file, one line of megabytes).
    pub line_text: String,
    /// Where the column falls in `line_text`.
    pub shown_column: usize,
    pub help: Option<String>,
}

/// The most characters of the text at fault a diagnostic keeps.
const SNIPPET_CHARS: usize = 120;

impl Diagnostic {
    /// Places a problem at the byte offset `start`, underlining up to `end`.
    pub fn at(file: &str, text: &str, start: usize, end: usize, message: String, help: Option<String>) -> Diagnostic {
        let start = start.min(text.len());
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = text[..start].matches('\n').count() + 1;
        let column = text[line_start..start].chars().count() + 1;
        let end = end.clamp(start, line_end);
        let (line_text, shown_column) = excerpt(&text[line_start..line_end], column);
        Diagnostic {
            file: file.to_owned(),
            line,
            column,
            message,
            snippet: text[start..end].chars().take(SNIPPET_CHARS).collect(),
            line_text,
            shown_column,
            help,
        }
    }

    /// Places a validation problem using the scanned locations of the file.
    pub fn locate(file: &str, text: &str, locations: &Locations, problem: Problem) -> Diagnostic {
        let (start, end) = locations.find(&problem.path).unwrap_or((0, 0));
        let mut message = problem.message;
        if !problem.path.is_empty() {
            message = format!("{message} (in `{}`)", problem.path.trim_end_matches("#key"));
        }
        Diagnostic::at(file, text, start, end, message, problem.help)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)?;
        let number = self.line.to_string();
        let pad = " ".repeat(number.len());
        let (shown, column) = (&self.line_text, self.shown_column);
        writeln!(f, " {number} | {shown}")?;
        let lead: String = shown.chars().take(column - 1).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
        let room = shown.chars().count().saturating_sub(column - 1);
        let marks = "^".repeat(self.snippet.chars().count().clamp(1, 80).min(room.max(1)));
        writeln!(f, " {pad} | {lead}{marks}")?;
        if let Some(help) = &self.help {
            writeln!(f, " {pad} = help: {help}")?;
        }
        Ok(())
    }
}

/// Lines longer than this are shown as an excerpt around the column (a coastline is one line
/// of thousands of characters).
const SHOWN_CHARS: usize = 100;

/// The part of `line` shown, and where `column` falls in it: the whole line when short, else
/// `SHOWN_CHARS` characters from a little before the column, cut ends marked with `…`.
fn excerpt(line: &str, column: usize) -> (String, usize) {
    // Counted only as far as needed: a line of megabytes is not walked to its end.
    let count = line.chars().take(column + SHOWN_CHARS * 2).count();
    if count <= SHOWN_CHARS {
        return (line.to_owned(), column);
    }
    let from = column.saturating_sub(1).saturating_sub(SHOWN_CHARS / 4).min(count - SHOWN_CHARS);
    let mut shown: String = line.chars().skip(from).take(SHOWN_CHARS).collect();
    let mut column = column - from;
    if from > 0 {
        shown.insert(0, '…');
        column += 1;
    }
    if from + SHOWN_CHARS < count {
        shown.push('…');
    }
    (shown, column)
}

/// Why a level cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum LevelError {
    #[error("cannot read the level file {file}: {reason}")]
    Unreadable { file: String, reason: String },
    #[error("{file} is {size} bytes or more; a level may be at most {limit} bytes. Is this really a level file?")]
    TooLarge { file: String, size: u64, limit: u64 },
    #[error("{}", render(.0))]
    Invalid(Vec<Diagnostic>),
}

fn render(diagnostics: &[Diagnostic]) -> String {
    let mut text: String = diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n");
    // Past the problems reported one by one, the last line already counts the rest.
    if !diagnostics.last().is_some_and(|d| d.message.starts_with("… and ")) {
        let count = diagnostics.len();
        text.push_str(&format!("\n{count} problem{} found.", if count == 1 { "" } else { "s" }));
    }
    text
}

/// The known name closest to `wanted`, if it is close enough to be a likely typo.
pub fn suggest<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let length = wanted.chars().count();
    let limit = (length / 3).max(2);
    known
        .into_iter()
        // Names whose lengths differ by more than the limit cannot be within it: skipped without
        // the quadratic comparison (a 100,000-character id costs nothing).
        .filter(|k| k.chars().count().abs_diff(length) <= limit && length <= MAX_COMPARED)
        .map(|k| (edit_distance(wanted, k), k))
        .filter(|(d, _)| *d <= limit)
        .min()
        .map(|(_, k)| format!("did you mean `{k}`?"))
}

/// The known name nearest to `wanted`, however far (for a command line, where some name
/// must be offered).
pub fn closest<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    // Only the start of an absurdly long name is compared: names are short.
    let wanted: String = wanted.chars().take(MAX_COMPARED).collect();
    known
        .into_iter()
        .map(|k| (edit_distance(&wanted, &k.chars().take(MAX_COMPARED).collect::<String>()), k))
        .min()
        .map(|(_, k)| k)
}

/// Names longer than this are not compared character by character.
const MAX_COMPARED: usize = 200;

#[cfg(test)]
mod suggestion_tests {
    #[test]
    fn a_huge_name_gets_no_suggestion_at_once_and_a_typo_gets_one() {
        let huge = "x".repeat(100_000);
        assert_eq!(super::suggest(&huge, ["canal", "galerie"]), None);
        assert!(super::closest(&huge, ["canal", "galerie"]).is_some());
        assert_eq!(super::suggest("canl", ["canal", "galerie"]).as_deref(), Some("did you mean `canal`?"));
    }
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(suggest("mourepianne", ["mourepiane", "joliette"]), Some("did you mean `mourepiane`?".into()));
        assert_eq!(suggest("zzz", ["mourepiane", "joliette"]), None);
    }

    #[test]
    fn a_long_line_is_shown_around_the_column_with_the_marks_under_the_fault() {
        let line = format!("{}BAD{}", "x".repeat(5000), "y".repeat(5000));
        let d = Diagnostic::at("f.ron", &line, 5000, 5003, "oops".into(), None);
        assert_eq!(d.column, 5001);
        let shown = d.to_string();
        let lines: Vec<&str> = shown.lines().collect();
        assert!(lines[1].chars().count() < 120, "{}", lines[1]);
        let text_at = lines[1].find("BAD").expect("the fault is shown");
        let marks_at = lines[2].find('^').expect("marks");
        assert_eq!(lines[1][..text_at].chars().count(), lines[2][..marks_at].chars().count());
        assert!(lines[2].ends_with("^^^"));
    }

    #[test]
    fn places_an_offset_on_its_line_and_column() {
        let text = "first\n  second \"bad\"\n";
        let d = Diagnostic::at("f.ron", text, 15, 20, "oops".into(), None);
        assert_eq!((d.line, d.column, d.snippet.as_str()), (2, 10, "\"bad\""));
        assert!(d.to_string().starts_with("f.ron:2:10: oops"));
    }
}
