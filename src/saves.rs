//! Save files on disk: written atomically (a temporary file, then a rename), listed with what
//! each holds, and a damaged or foreign one reported as unusable without touching the others.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::sim::{Game, Scenario};

/// Writes a save so that a crash mid-write never leaves a half-written file.
pub fn write(game: &Game, path: &Path) -> std::io::Result<()> {
    write_atomically(path, game.save().as_bytes())
}

/// Writes a file through a temporary one and a rename, creating its folder if need be.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let name = path.file_name().map_or("file".into(), |n| n.to_string_lossy().into_owned());
    let temp = path.with_file_name(format!(".{name}.tmp"));
    std::fs::write(&temp, bytes)?;
    std::fs::rename(&temp, path)
}

/// Where the desktop game keeps its saves: `~/.local/share/nuage/saves` on Linux.
pub fn default_dir() -> PathBuf {
    directories::ProjectDirs::from("org", "Nuage", "nuage")
        .map_or_else(|| PathBuf::from("saves"), |d| d.data_dir().join("saves"))
}

/// One save file and whether it can be resumed.
pub struct Slot {
    pub name: String,
    pub path: PathBuf,
    /// The game, ready to resume, or why not.
    pub game: Result<Game, String>,
}

/// Every `.ron` save of a folder, sorted by name, each loaded against the level it names.
pub fn list(dir: &Path, levels: &[Arc<Scenario>]) -> Vec<Slot> {
    let Ok(files) = crate::level::files_in(dir) else { return Vec::new() };
    files
        .into_iter()
        .map(|path| {
            let name = path.file_stem().map_or(String::new(), |s| s.to_string_lossy().into_owned());
            let game = std::fs::read_to_string(&path).map_err(|e| e.to_string()).and_then(|text| {
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
    let clean: String = name.trim().chars().filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' ')).collect();
    (!clean.is_empty()).then(|| dir.join(format!("{clean}.ron")))
}
