//! Settings that persist between sessions (language, projector mode), in the user's config
//! folder, written atomically so an interrupted write never leaves a broken file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub lang: Lang,
    pub projector: bool,
}

/// Where the settings live: `~/.config/nuage/settings.ron` on Linux.
pub fn path() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Nuage", "nuage").map(|d| d.config_dir().join("settings.ron"))
}

/// The saved settings, or `None` when there are none or they cannot be read (then the defaults
/// apply and the file is left as it was until the player changes a setting).
pub fn load(path: &Path) -> Option<Settings> {
    let text = std::fs::read_to_string(path).ok()?;
    ron::from_str(&text).ok()
}

pub fn save(path: &Path, settings: &Settings) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let text = ron::to_string(settings).map_err(std::io::Error::other)?;
    let temp = path.with_extension("ron.tmp");
    std::fs::write(&temp, text)?;
    std::fs::rename(&temp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_survive_a_save_and_a_broken_file_gives_none() {
        let dir = std::env::temp_dir().join(format!("nuage-settings-{}", std::process::id()));
        let path = dir.join("settings.ron");
        let settings = Settings { lang: Lang::Fr, projector: true };
        save(&path, &settings).unwrap();
        assert_eq!(load(&path), Some(settings));
        std::fs::write(&path, "(lang: Klingon").unwrap();
        assert_eq!(load(&path), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
