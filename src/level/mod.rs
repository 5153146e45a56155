//! Level files: RON text parsed into raw types, then validated into the core's scenario.

pub mod diagnostic;
pub mod geometry;
pub mod locate;
pub mod raw;
pub mod stress;
pub mod validate;

use std::path::{Path, PathBuf};

pub use diagnostic::{Diagnostic, LevelError};

use crate::sim::Scenario;

/// Larger files are refused before parsing: a level is text, a few hundred kilobytes at most.
pub const MAX_LEVEL_BYTES: u64 = 4 * 1024 * 1024;

/// Reads and validates a level file.
pub fn load(path: &Path) -> Result<Scenario, LevelError> {
    let file = path.display().to_string();
    let bytes = crate::files::read_bounded(path, MAX_LEVEL_BYTES).map_err(|e| match e {
        crate::files::ReadError::TooLarge { limit } => {
            LevelError::TooLarge { file: file.clone(), size: limit + 1, limit }
        }
        other => LevelError::Unreadable { file: file.clone(), reason: other.to_string() },
    })?;
    let text = String::from_utf8(bytes).map_err(|e| LevelError::Unreadable {
        file: file.clone(),
        reason: format!("it is not UTF-8 text (bad byte at offset {})", e.utf8_error().valid_up_to()),
    })?;
    parse(&file, &text)
}

/// Parses and validates level text; `file` names it in messages.
pub fn parse(file: &str, text: &str) -> Result<Scenario, LevelError> {
    if text.len() as u64 > MAX_LEVEL_BYTES {
        return Err(LevelError::TooLarge { file: file.to_owned(), size: text.len() as u64, limit: MAX_LEVEL_BYTES });
    }
    let options = ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let raw: raw::Level = options.from_str(text).map_err(|e| LevelError::Invalid(vec![syntax(file, text, &e)]))?;
    validate::validate(&raw, fingerprint(text.as_bytes())).map_err(|problems| {
        // The first problems, located; the rest counted. Locating one costs a pass over the
        // text up to it: thousands of them were quadratic, and nobody reads past the first.
        let locations = locate::Locations::scan(text);
        let more = problems.len().saturating_sub(MAX_REPORTED);
        let mut shown: Vec<Diagnostic> =
            problems.into_iter().take(MAX_REPORTED).map(|p| Diagnostic::locate(file, text, &locations, p)).collect();
        if more > 0 {
            let message =
                format!("… and {more} more problem{} not shown: mend these first", if more == 1 { "" } else { "s" });
            shown.push(Diagnostic::at(file, text, 0, 0, message, None));
        }
        LevelError::Invalid(shown)
    })
}

/// The most problems of a level reported one by one.
pub const MAX_REPORTED: usize = 50;

/// A parse error from RON, placed at its position.
fn syntax(file: &str, text: &str, error: &ron::error::SpannedError) -> Diagnostic {
    let offset = offset_of(text, error.span.start.line, error.span.start.col);
    let end = offset_of(text, error.span.end.line, error.span.end.col).max(offset);
    let help = match &error.code {
        ron::Error::NoSuchStructField { found, expected, .. } => diagnostic::suggest(found, expected.iter().copied()),
        ron::Error::NoSuchEnumVariant { found, expected, .. } => diagnostic::suggest(found, expected.iter().copied())
            .or_else(|| Some(format!("one of: {}", expected.join(", ")))),
        _ => None,
    };
    Diagnostic::at(file, text, offset, end, error.code.to_string(), help)
}

/// Byte offset of a 1-based line and column (in characters).
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let rest = &text[line_start.min(text.len())..];
    line_start + rest.char_indices().nth(col.saturating_sub(1)).map_or(rest.len(), |(i, _)| i)
}

/// FNV-1a over the file's bytes: cheap, stable across platforms and versions.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| (hash ^ *b as u64).wrapping_mul(0x0100_0000_01b3))
}

/// Every `.ron` file of a folder, sorted by name.
pub fn files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    Ok(files)
}
