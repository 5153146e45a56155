//! Save files on disk: written atomically (a temporary file, then a rename), listed with what
//! each holds, and a damaged or foreign one reported as unusable without touching the others.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::sim::{Game, Scenario};

/// Writes a save so that a crash mid-write never leaves a half-written file.
pub fn write(game: &Game, path: &Path) -> std::io::Result<()> {
    write_save(path, &game.save())
}

/// Writes a save's text, unless it is larger than a save may be read back
/// ([`MAX_SAVE_BYTES`]): a file the game would then refuse is never written, and the one
/// already there stays. The game's bounds keep every game the rules can produce well inside
/// it (`sim::bounds`); this is the last guard.
pub fn write_save(path: &Path, text: &str) -> std::io::Result<()> {
    if text.len() as u64 > MAX_SAVE_BYTES {
        return Err(std::io::Error::other(format!(
            "the game's record ({} MiB) is larger than a save may be ({} MiB): {} was not written",
            text.len() >> 20,
            MAX_SAVE_BYTES >> 20,
            path.display()
        )));
    }
    write_atomically(path, text.as_bytes())
}

/// Writes a file through a temporary one and a rename, creating its folder if need be. The
/// bytes and the rename are synced to disk: a kill or a power cut leaves the old file or the
/// new one, whole. A folder, or a path with no file name, is refused before anything is written.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    if path.is_dir() {
        return Err(std::io::Error::other(format!("{} is a folder, not a file", path.display())));
    }
    // Only a regular file is replaced: a pipe, a device or a link in its place stays as it is.
    if let Ok(meta) = std::fs::symlink_metadata(path)
        && !meta.is_file()
    {
        return Err(std::io::Error::other(format!(
            "{} is not a regular file (a pipe, a device or a link): choose another name",
            path.display()
        )));
    }
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Err(std::io::Error::other(format!("{} names no file", path.display())));
    };
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
    if let Some(dir) = dir {
        std::fs::create_dir_all(dir)?;
    }
    let temp = path.with_file_name(temp_name(&name));
    let written = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
        return written;
    }
    // The rename itself is made durable by syncing the folder that holds it.
    if let Ok(folder) = std::fs::File::open(dir.unwrap_or(Path::new("."))) {
        let _ = folder.sync_all();
    }
    Ok(())
}

/// The temporary file a save of `name` goes through.
fn temp_name(name: &str) -> String {
    format!(".{name}.tmp")
}

/// Removes the temporary files that saves killed halfway left in `dir`.
pub fn clean_leftovers(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') && name.ends_with(".tmp") && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Where the desktop game keeps its saves: `~/.local/share/nuage/saves` on Linux.
pub fn default_dir() -> PathBuf {
    directories::ProjectDirs::from("org", "Nuage", "nuage")
        .map_or_else(|| PathBuf::from("saves"), |d| d.data_dir().join("saves"))
}

/// A save is the game's text: its history grows with the turns, to a few megabytes at most.
pub const MAX_SAVE_BYTES: u64 = 64 * 1024 * 1024;

/// One save file, as the list shows it: what its head says, or why it cannot be resumed.
pub struct Slot {
    pub name: String,
    pub path: PathBuf,
    pub summary: Result<Summary, String>,
}

/// What the head of a save says: the level it is of (installed, and unchanged since) and the
/// turn it stopped at. The rest is read and checked whole only when the player resumes it.
#[derive(Clone)]
pub struct Summary {
    pub scenario: Arc<Scenario>,
    pub turn: u32,
}

/// How much of a save the list reads: its head holds the format, the level, the level's
/// fingerprint and the turn, in its first hundred bytes.
const HEAD_BYTES: u64 = 4096;

/// Every `.ron` save of a folder, sorted by name, each summed up from its head alone: a
/// folder of large saves is listed in the time it takes to open them.
pub fn list(dir: &Path, levels: &[Arc<Scenario>]) -> Vec<Slot> {
    clean_leftovers(dir);
    let Ok(files) = crate::level::files_in(dir) else { return Vec::new() };
    files
        .into_iter()
        .map(|path| {
            let name = path.file_stem().map_or(String::new(), |s| s.to_string_lossy().into_owned());
            let summary = summarize(&path, levels);
            Slot { name, path, summary }
        })
        .collect()
}

/// What a save's head says, checked against the levels installed.
fn summarize(path: &Path, levels: &[Arc<Scenario>]) -> Result<Summary, String> {
    let size = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    if size > MAX_SAVE_BYTES {
        return Err(crate::files::ReadError::TooLarge { limit: MAX_SAVE_BYTES }.to_string());
    }
    let head = read_head(path)?;
    let expected = crate::sim::game::SAVE_FORMAT;
    if let Some(found) = field(&head, "format:").filter(|f| *f != u64::from(expected)) {
        let found = u32::try_from(found).unwrap_or(u32::MAX);
        return Err(crate::sim::LoadError::Format { found, expected }.to_string());
    }
    let damaged = |why: &str| crate::sim::LoadError::Corrupt(why.to_owned()).to_string();
    let level = saved_level(&head).ok_or_else(|| damaged("no level named at its head"))?;
    let scenario =
        levels.iter().find(|s| s.id == level).ok_or_else(|| format!("the level `{level}` is not installed"))?;
    if field(&head, "fingerprint:").is_some_and(|f| f != scenario.fingerprint) {
        return Err(crate::sim::LoadError::LevelChanged { level }.to_string());
    }
    let turn = field(&head, "turn:").ok_or_else(|| damaged("no turn at its head"))?;
    let turn = u32::try_from(turn).map_err(|_| damaged("its turn is out of range"))?;
    Ok(Summary { scenario: scenario.clone(), turn })
}

/// The first bytes of a regular file, as text up to the last whole character.
fn read_head(path: &Path) -> Result<String, String> {
    use std::io::Read;
    if !std::fs::metadata(path).map_err(|e| e.to_string())?.is_file() {
        return Err(crate::files::ReadError::NotAFile.to_string());
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path).and_then(|f| f.take(HEAD_BYTES).read_to_end(&mut bytes)).map_err(|e| e.to_string())?;
    Ok(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let whole = e.utf8_error().valid_up_to();
            String::from_utf8_lossy(&e.into_bytes()[..whole]).into_owned()
        }
    })
}

/// The number after the first `name` in a save's head.
fn field(head: &str, name: &str) -> Option<u64> {
    let after = head.split_once(name)?.1.trim_start();
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The whole game of a listed save, read and checked against its level: what resuming it takes.
pub fn open(slot: &Slot) -> Result<Game, String> {
    let summary = slot.summary.as_ref().map_err(Clone::clone)?;
    let text = crate::files::read_text(&slot.path, MAX_SAVE_BYTES)?;
    Game::load(summary.scenario.clone(), &text).map_err(|e| e.to_string())
}

/// The level id a save names, read without trusting the rest of the file.
fn saved_level(text: &str) -> Option<String> {
    let after = text.split_once("level:")?.1.trim_start().strip_prefix('"')?;
    Some(after.split_once('"')?.0.to_owned())
}

/// A file name for a slot typed by a player: letters, digits, dashes and spaces only.
pub fn slot_path(dir: &Path, name: &str) -> Option<PathBuf> {
    let clean: String =
        name.trim().chars().filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' ')).take(64).collect();
    let clean = clean.trim();
    if clean.is_empty() {
        return None;
    }
    crate::files::inside(dir, &format!("{clean}.ron")).ok()
}

#[cfg(test)]
mod write_tests {
    use super::*;

    #[test]
    fn a_folder_is_not_overwritten_and_leftovers_are_cleaned() {
        let dir = std::env::temp_dir().join(format!("nuage-saves-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        // Saving onto a folder is refused and leaves nothing behind (it used to leave `.sub.tmp`).
        assert!(write_atomically(&dir.join("sub"), b"x").is_err());
        // A pipe where the save would go is left as it is, not replaced by a file.
        #[cfg(unix)]
        {
            let pipe = dir.join("pipe.ron");
            let made = std::process::Command::new("mkfifo").arg(&pipe).status();
            if made.is_ok_and(|s| s.success()) {
                assert!(write_atomically(&pipe, b"x").is_err());
                use std::os::unix::fs::FileTypeExt;
                assert!(std::fs::symlink_metadata(&pipe).unwrap().file_type().is_fifo());
            }
        }
        assert!(!dir.join(".sub.tmp").exists());
        write_atomically(&dir.join("slot.ron"), b"game").unwrap();
        assert_eq!(std::fs::read(dir.join("slot.ron")).unwrap(), b"game");
        // A save killed halfway leaves its temporary file; listing the folder removes it.
        std::fs::write(dir.join(".other.ron.tmp"), b"half").unwrap();
        clean_leftovers(&dir);
        assert!(!dir.join(".other.ron.tmp").exists());
        assert!(dir.join("slot.ron").exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

#[cfg(test)]
mod list_tests {
    use super::*;

    fn valley() -> Arc<Scenario> {
        Arc::new(crate::level::load(Path::new("tests/fixtures/valley.ron")).expect("the fixture loads"))
    }

    #[test]
    fn the_list_reads_a_saves_head_and_resuming_reads_it_whole() {
        let dir = std::env::temp_dir().join(format!("nuage-list-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let scenario = valley();
        let mut game = Game::new(scenario.clone(), 3);
        game.end_phase(crate::sim::Side::Builder).unwrap();
        game.end_phase(crate::sim::Side::Collective).unwrap();
        let text = game.save();
        std::fs::write(dir.join("a-good.ron"), &text).unwrap();
        // Damaged past its head: listed as resumable from the head, refused whole on opening.
        let cut = &text[..text.len() / 2];
        std::fs::write(dir.join("b-cut.ron"), cut).unwrap();
        std::fs::write(dir.join("c-other.ron"), text.replace("level:\"valley\"", "level:\"elsewhere\"")).unwrap();
        std::fs::write(dir.join("d-changed.ron"), text.replacen("fingerprint:", "fingerprint:1", 1)).unwrap();
        std::fs::write(dir.join("e-format.ron"), text.replacen("format:1", "format:9", 1)).unwrap();
        // Larger than any save may be: refused from its size, without reading it.
        let big = std::fs::File::create(dir.join("f-big.ron")).unwrap();
        big.set_len(MAX_SAVE_BYTES + 1).unwrap();
        let slots = list(&dir, &[scenario]);
        let summary = |i: usize| slots[i].summary.as_ref().map(|s| s.turn);
        assert_eq!(summary(0), Ok(1), "the turn, from the head");
        assert!(open(&slots[0]).is_ok());
        assert_eq!(summary(1), Ok(1));
        assert!(open(&slots[1]).is_err(), "a save damaged past its head is refused on opening");
        assert!(summary(2).unwrap_err().contains("not installed"));
        assert!(summary(3).unwrap_err().contains("has changed"));
        assert!(summary(4).unwrap_err().contains("format 9"));
        assert!(summary(5).unwrap_err().contains("larger than"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
