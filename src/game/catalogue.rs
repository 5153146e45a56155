//! The catalogue: the levels found and how each loaded, the next game's set-up (which level,
//! who plays each side, the seed), and the folders saves and exports go to. The choice screen
//! edits it; starting a game reads it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use bevy::prelude::Resource;

use crate::policy::PolicyKind;
use crate::sim::Scenario;

/// A level file and what loading it gave.
pub struct LevelEntry {
    pub path: PathBuf,
    pub scenario: Result<Arc<Scenario>, String>,
}

/// Who plays a side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Seat {
    #[default]
    Human,
    Computer(PolicyKind),
}

#[derive(Resource)]
pub struct Catalogue {
    pub levels: Vec<LevelEntry>,
    /// Where the levels were looked for.
    pub levels_dir: PathBuf,
    /// The level the next game is of, an index into `levels`.
    pub chosen: usize,
    /// Who plays each side in the next game.
    pub seats: [Seat; 2],
    /// The next game's seed; each game started moves it on.
    pub seed: u64,
    pub saves_dir: PathBuf,
    pub exports_dir: PathBuf,
}

impl Catalogue {
    /// The levels of `levels/`, each loaded within a few seconds; a new seed from the clock.
    pub fn bundled() -> Catalogue {
        Catalogue::of_dir(Path::new("levels"))
    }

    /// The levels of `dir`.
    pub fn of_dir(dir: &Path) -> Catalogue {
        let levels: Vec<LevelEntry> = crate::level::files_in(dir)
            .unwrap_or_default()
            .into_iter()
            .map(|path| {
                // A few seconds at most per file: a level that takes longer is listed with
                // that reason, and the title screen opens anyway.
                let budget = std::time::Duration::from_secs(5);
                let scenario = crate::level::load_within(&path, budget).map(Arc::new).map_err(|e| e.to_string());
                LevelEntry { path, scenario }
            })
            .collect();
        // The first level that loads is the default; a broken one never is.
        let chosen = levels.iter().position(|l| l.scenario.is_ok()).unwrap_or(0);
        Catalogue {
            levels,
            levels_dir: dir.to_owned(),
            chosen,
            seats: [Seat::Human, Seat::Computer(PolicyKind::Ai(crate::ai::Difficulty::Medium))],
            // A new game each time the window opens; the seed is recorded in saves.
            seed: crate::seed::from_clock(),
            saves_dir: crate::saves::default_dir(),
            exports_dir: super::export::default_dir(),
        }
    }

    /// Chooses the level whose file is called `name`; false when there is none.
    pub fn choose_file(&mut self, name: &str) -> bool {
        match self.levels.iter().position(|l| l.path.ends_with(name)) {
            Some(i) => {
                self.chosen = i;
                true
            }
            None => false,
        }
    }

    /// Chooses a level loaded elsewhere (the command line, a test): it replaces the entry of the
    /// same file, or joins the list.
    pub fn choose_loaded(&mut self, path: PathBuf, scenario: Arc<Scenario>) {
        let same = |l: &LevelEntry| {
            std::fs::canonicalize(&l.path).ok().zip(std::fs::canonicalize(&path).ok()).is_some_and(|(a, b)| a == b)
        };
        let listed = self.levels.iter().position(same);
        let entry = LevelEntry { path, scenario: Ok(scenario) };
        self.chosen = match listed {
            Some(i) => {
                self.levels[i] = entry;
                i
            }
            None => {
                self.levels.push(entry);
                self.levels.len() - 1
            }
        };
    }

    /// The chosen level, when it loaded.
    pub fn chosen_scenario(&self) -> Option<Arc<Scenario>> {
        self.levels.get(self.chosen)?.scenario.as_ref().ok().cloned()
    }

    /// The levels that loaded, for reading saves against.
    pub fn loaded(&self) -> Vec<Arc<Scenario>> {
        self.levels.iter().filter_map(|l| l.scenario.as_ref().ok().cloned()).collect()
    }

    /// The seed for a game starting now; the next one gets another.
    pub fn take_seed(&mut self) -> u64 {
        let seed = self.seed;
        self.seed = self.seed.wrapping_add(1);
        seed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valley() -> Arc<Scenario> {
        Arc::new(crate::level::load(Path::new("tests/fixtures/valley.ron")).expect("the fixture loads"))
    }

    #[test]
    fn a_level_loaded_again_replaces_its_entry_and_each_game_takes_a_new_seed() {
        let mut catalogue = Catalogue::of_dir(Path::new("tests/no-such-folder"));
        assert!(catalogue.levels.is_empty() && catalogue.chosen_scenario().is_none());
        let path = PathBuf::from("tests/fixtures/valley.ron");
        catalogue.choose_loaded(path.clone(), valley());
        catalogue.choose_loaded(PathBuf::from("tests/fixtures/../fixtures/valley.ron"), valley());
        assert_eq!(catalogue.levels.len(), 1, "the same file, by another path, is not listed twice");
        assert_eq!(catalogue.chosen, 0);
        assert!(catalogue.chosen_scenario().is_some());
        assert!(!catalogue.choose_file("marseille.ron"));
        assert!(catalogue.choose_file("valley.ron"));
        catalogue.seed = 41;
        assert_eq!((catalogue.take_seed(), catalogue.take_seed()), (41, 42));
    }
}
