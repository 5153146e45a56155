//! Save files on disk: written atomically (a temporary file, then a rename), listed with what
//! each holds, and a damaged or foreign one reported as unusable without touching the others.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::sim::{Game, Scenario};

/// Writes a save so that a crash mid-write never leaves a half-written file.
pub fn write(game: &Game, path: &Path) -> std::io::Result<()> {
    write_atomically(path, game.save().as_bytes())
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

/// One save file and whether it can be resumed.
pub struct Slot {
    pub name: String,
    pub path: PathBuf,
    /// The game, ready to resume, or why not.
    pub game: Result<Game, String>,
}

/// Every `.ron` save of a folder, sorted by name, each loaded against the level it names.
pub fn list(dir: &Path, levels: &[Arc<Scenario>]) -> Vec<Slot> {
    clean_leftovers(dir);
    let Ok(files) = crate::level::files_in(dir) else { return Vec::new() };
    files
        .into_iter()
        .map(|path| {
            let name = path.file_stem().map_or(String::new(), |s| s.to_string_lossy().into_owned());
            let game = crate::files::read_text(&path, MAX_SAVE_BYTES).and_then(|text| {
                let level = saved_level(&text).ok_or_else(|| "not a Nuage save".to_owned())?;
                let scenario = levels
                    .iter()
                    .find(|s| s.id == level)
                    .ok_or_else(|| format!("the level `{level}` is not installed"))?;
                Game::load(scenario.clone(), &text).map_err(|e| e.to_string())
            });
            Slot { name, path, game }
        })
        .collect()
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
