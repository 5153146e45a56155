//! Reading files that people pass around, within bounds: only regular files, and never more
//! than a limit, counted while reading (a device or a growing file says nothing true about its
//! size beforehand).

use std::io::Read;
use std::path::Path;

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("it is not a regular file (a folder, a device or a pipe)")]
    NotAFile,
    #[error("it is larger than {limit} bytes")]
    TooLarge { limit: u64 },
}

/// The bytes of a regular file of at most `limit` bytes.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    // Checked on the path first: opening a pipe for reading would wait for a writer.
    if !std::fs::metadata(path)?.is_file() {
        return Err(ReadError::NotAFile);
    }
    let file = std::fs::File::open(path)?;
    // The file may have been swapped between the check and the opening.
    if !file.metadata()?.is_file() {
        return Err(ReadError::NotAFile);
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { limit });
    }
    Ok(bytes)
}

/// The text of a regular UTF-8 file of at most `limit` bytes.
pub fn read_text(path: &Path, limit: u64) -> Result<String, String> {
    let bytes = read_bounded(path, limit).map_err(|e| e.to_string())?;
    String::from_utf8(bytes)
        .map_err(|e| format!("it is not UTF-8 text (bad byte at offset {})", e.utf8_error().valid_up_to()))
}

/// The longest file name made from outside text, before its suffix.
const MAX_STEM: usize = 64;

/// A file name made from text that came from outside (a level's id, a name a player typed):
/// letters, digits, `-` and `_` kept, anything else turned into `_`, at most 64 characters,
/// never empty. Whatever the text, the name cannot climb out of a folder.
pub fn safe_stem(text: &str) -> String {
    let stem: String = text
        .trim()
        .chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_') { c } else { '_' })
        .take(MAX_STEM)
        .collect();
    if stem.is_empty() { "_".to_owned() } else { stem }
}

/// `dir` joined with `name`, which must be a single plain file name: no separator, no `..`,
/// no root. Checked after joining, so that no name can land a file outside `dir`.
pub fn inside(dir: &Path, name: &str) -> std::io::Result<std::path::PathBuf> {
    use std::path::Component;
    let path = dir.join(name);
    let plain = Path::new(name).components().collect::<Vec<_>>();
    let single = matches!(plain.as_slice(), [Component::Normal(_)]);
    if !single || path.parent() != Some(dir) {
        return Err(std::io::Error::other(format!("`{name}` is not a plain file name")));
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_outside_text_stay_inside_their_folder() {
        assert_eq!(safe_stem("../../pwned/evil"), "______pwned_evil");
        assert_eq!(safe_stem(""), "_");
        assert_eq!(safe_stem(&"x".repeat(500)).len(), MAX_STEM);
        assert_eq!(safe_stem("marseille-2030_b"), "marseille-2030_b");
        let dir = Path::new("/tmp/exports");
        assert_eq!(inside(dir, "a.md").unwrap(), dir.join("a.md"));
        for bad in ["../a.md", "sub/a.md", "/etc/passwd", "..", ""] {
            assert!(inside(dir, bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn devices_folders_and_big_files_are_refused_and_small_ones_read() {
        let dir = std::env::temp_dir().join(format!("nuage-files-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert!(matches!(read_bounded(&dir, 10), Err(ReadError::NotAFile)));
        // A device reports no size and never ends: it is refused before any byte is read.
        if Path::new("/dev/zero").exists() {
            assert!(matches!(read_bounded(Path::new("/dev/zero"), 10), Err(ReadError::NotAFile)));
        }
        let big = dir.join("big");
        std::fs::write(&big, vec![b'x'; 11]).unwrap();
        assert!(matches!(read_bounded(&big, 10), Err(ReadError::TooLarge { limit: 10 })));
        let small = dir.join("small");
        std::fs::write(&small, b"ok").unwrap();
        assert_eq!(read_bounded(&small, 10).unwrap(), b"ok");
        assert!(read_text(&big, 100).is_ok());
        std::fs::write(&small, [0xff, 0xfe]).unwrap();
        assert!(read_text(&small, 10).unwrap_err().contains("UTF-8"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
