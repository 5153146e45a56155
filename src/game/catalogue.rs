//! The catalogue: the levels found and how each loaded, the next game's set-up (which level,
//! who plays each side, the seed), and the folders saves and exports go to. The choice screen
//! edits it; starting a game reads it. The levels load off the main thread, several at once,
//! and join the list as they arrive: the window opens at once, whatever the folder holds.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};

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
    /// The workshop session of this many minutes, when the level has one; `None`: the whole game.
    pub minutes: Option<u32>,
    /// The next game is run by a facilitator from a console window of its own, the main
    /// window showing the public's view (`game::console`).
    pub facilitated: bool,
    /// The next game is played in teams, when its level has any (`Game::play_in_teams`).
    pub teams: bool,
    /// With `teams`: each team in its turn at the keyboard (`Game::play_team_by_team`), rather
    /// than all the teams of a side at one screen.
    pub team_by_team: bool,
    /// Played team by team: the teams a computer holds (side, index in the level's order, who).
    pub team_players: Vec<(crate::sim::Side, usize, crate::policy::PolicyKind)>,
    pub saves_dir: PathBuf,
    pub exports_dir: PathBuf,
    /// The levels still loading, when some are.
    pub arriving: Option<Arriving>,
    /// The player (or the command line) chose the level: arrivals no longer change the choice.
    chosen_by_hand: bool,
}

/// Levels loading on threads of their own, sent back one by one as each is ready.
pub struct Arriving {
    /// In a mutex only to be shared as a resource is; taken with `get_mut`, never locked.
    from: Mutex<mpsc::Receiver<LevelEntry>>,
    /// Files found in the folder, and how many of them have arrived.
    pub expected: usize,
    pub arrived: usize,
}

/// Threads that load levels at once: enough to use a laptop's cores, few enough to leave the
/// window a core.
const LOADERS: usize = 4;

impl Catalogue {
    /// The levels of `levels/`, loading off the main thread; a new seed from the clock.
    pub fn bundled() -> Catalogue {
        Catalogue::loading(Path::new("levels"))
    }

    /// The levels of `dir`, all loaded before it returns (tests, tools).
    pub fn of_dir(dir: &Path) -> Catalogue {
        let mut catalogue = Catalogue::loading(dir);
        catalogue.wait_for_levels();
        catalogue
    }

    /// The levels of `dir`, starting to load on threads of their own; `receive` takes them in.
    /// Each load is bounded by the format's limits (a level's size, its lists, its outlines:
    /// `nuage bench` times the largest the limits allow), so no thread runs on for ever.
    pub fn loading(dir: &Path) -> Catalogue {
        let files = crate::level::files_in(dir).unwrap_or_default();
        let expected = files.len();
        let arriving = (expected > 0).then(|| {
            let queue = Arc::new(Mutex::new(files.into_iter().collect::<VecDeque<PathBuf>>()));
            let (to, from) = mpsc::channel();
            for _ in 0..LOADERS.min(expected) {
                let (queue, to) = (queue.clone(), to.clone());
                let spawned = std::thread::Builder::new().name("level loader".into()).spawn(move || {
                    while let Some(path) = queue.lock().ok().and_then(|mut q| q.pop_front()) {
                        let scenario = crate::level::load(&path).map(Arc::new).map_err(|e| e.to_string());
                        if to.send(LevelEntry { path, scenario }).is_err() {
                            return;
                        }
                    }
                });
                if let Err(e) = spawned {
                    bevy::log::warn!("no thread to load levels on: {e}");
                }
            }
            Arriving { from: Mutex::new(from), expected, arrived: 0 }
        });
        Catalogue {
            levels: Vec::new(),
            levels_dir: dir.to_owned(),
            chosen: 0,
            seats: [Seat::Human, Seat::Computer(PolicyKind::Ai(crate::ai::Difficulty::Medium))],
            // A new game each time the window opens; the seed is recorded in saves.
            seed: crate::seed::from_clock(),
            minutes: None,
            facilitated: false,
            teams: false,
            team_by_team: false,
            team_players: Vec::new(),
            saves_dir: crate::saves::default_dir(),
            exports_dir: super::export::default_dir(),
            arriving,
            chosen_by_hand: false,
        }
    }

    /// Takes in the levels that have arrived, waiting at most `wait` for the first of them;
    /// true when some did.
    pub fn receive(&mut self, wait: std::time::Duration) -> bool {
        let Some(arriving) = self.arriving.as_mut() else { return false };
        let mut came = Vec::new();
        let mut gone = false;
        let Ok(from) = arriving.from.get_mut() else {
            self.arriving = None;
            return false;
        };
        match from.recv_timeout(wait) {
            Ok(entry) => came.push(entry),
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => gone = true,
        }
        loop {
            match from.try_recv() {
                Ok(entry) => came.push(entry),
                Err(mpsc::TryRecvError::Empty) => break,
                Err(mpsc::TryRecvError::Disconnected) => {
                    gone = true;
                    break;
                }
            }
        }
        arriving.arrived += came.len();
        // Every file sent, or no loader left to send the rest (a thread that could not start).
        if gone || arriving.arrived >= arriving.expected {
            self.arriving = None;
        }
        let any = !came.is_empty();
        for entry in came {
            self.add(entry);
        }
        any
    }

    /// Waits until every level has arrived.
    pub fn wait_for_levels(&mut self) {
        while self.arriving.is_some() {
            self.receive(std::time::Duration::from_secs(1));
        }
    }

    /// A level joins the list, in the order of file names. Until the player chooses, the first
    /// level that loaded is the choice; a broken one never is.
    fn add(&mut self, entry: LevelEntry) {
        // A file opened from the command line is listed already.
        if self.levels.iter().any(|l| same_file(&l.path, &entry.path)) {
            return;
        }
        let at = self.levels.partition_point(|l| l.path < entry.path);
        if at <= self.chosen && !self.levels.is_empty() {
            self.chosen += 1;
        }
        self.levels.insert(at, entry);
        if !self.chosen_by_hand {
            self.chosen = self.levels.iter().position(|l| l.scenario.is_ok()).unwrap_or(0);
        }
    }

    /// The player chose the level at `index` of the list.
    pub fn choose(&mut self, index: usize) {
        self.chosen = index;
        self.chosen_by_hand = true;
    }

    /// Chooses the level whose file is called `name`; false when there is none.
    pub fn choose_file(&mut self, name: &str) -> bool {
        match self.levels.iter().position(|l| l.path.ends_with(name)) {
            Some(i) => {
                self.choose(i);
                true
            }
            None => false,
        }
    }

    /// Chooses a level loaded elsewhere (the command line, a test): it replaces the entry of the
    /// same file, or joins the list.
    pub fn choose_loaded(&mut self, path: PathBuf, scenario: Arc<Scenario>) {
        let listed = self.levels.iter().position(|l| same_file(&l.path, &path));
        let entry = LevelEntry { path, scenario: Ok(scenario) };
        self.chosen_by_hand = true;
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

/// Takes in the levels that arrived since the last frame. While some are loading, a frame waits
/// for them a little and asks for the next, so the list fills without input and without
/// spinning.
pub fn receive_levels(
    mut catalogue: bevy::prelude::ResMut<Catalogue>,
    mut redraw: bevy::prelude::MessageWriter<bevy::window::RequestRedraw>,
) {
    if catalogue.arriving.is_none() {
        return;
    }
    catalogue.receive(super::background::FRAME_WAIT / 2);
    redraw.write(bevy::window::RequestRedraw);
}

/// Whether two paths name the same file.
fn same_file(a: &Path, b: &Path) -> bool {
    std::fs::canonicalize(a).ok().zip(std::fs::canonicalize(b).ok()).is_some_and(|(a, b)| a == b)
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

    #[test]
    fn levels_arrive_off_the_main_thread_in_file_order_and_the_players_choice_stays() {
        let dir = std::env::temp_dir().join(format!("nuage-catalogue-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let broken = std::fs::read_dir("tests/broken").unwrap().next().unwrap().unwrap().path();
        std::fs::copy(&broken, dir.join("a-broken.ron")).unwrap();
        std::fs::copy("tests/fixtures/valley.ron", dir.join("b-valley.ron")).unwrap();
        std::fs::copy("tests/fixtures/secrets.ron", dir.join("c-secrets.ron")).unwrap();
        let mut catalogue = Catalogue::loading(&dir);
        assert_eq!(catalogue.arriving.as_ref().map(|a| a.expected), Some(3));
        catalogue.wait_for_levels();
        let names: Vec<_> = catalogue.levels.iter().map(|l| l.path.file_name().unwrap().to_owned()).collect();
        assert_eq!(names, ["a-broken.ron", "b-valley.ron", "c-secrets.ron"]);
        assert!(catalogue.levels[0].scenario.is_err(), "listed with its error");
        assert_eq!(catalogue.chosen, 1, "the first level that loads, never a broken one");

        // A level opened from the command line before its folder has arrived stays chosen, once.
        let mut catalogue = Catalogue::loading(&dir);
        catalogue.choose_loaded(dir.join("c-secrets.ron"), valley());
        catalogue.wait_for_levels();
        assert_eq!(catalogue.levels.len(), 3, "not listed twice");
        assert!(catalogue.levels[catalogue.chosen].path.ends_with("c-secrets.ron"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
