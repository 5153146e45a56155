//! The session: the levels found, the game being played, who plays each side, the language.

use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::Resource;
use bevy_egui::egui;

use crate::i18n::Lang;
use crate::policy::{Policy, PolicyKind};
use crate::sim::{Game, Phase, Scenario, Side};

/// A level file and what loading it gave.
pub struct LevelEntry {
    pub path: PathBuf,
    pub scenario: Result<Arc<Scenario>, String>,
}

/// Who plays a side.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Seat {
    Human,
    Computer(PolicyKind),
}

#[derive(Resource)]
pub struct Session {
    pub lang: Lang,
    pub projector: bool,
    /// Size of text and controls chosen by the player (1.0 = as designed).
    pub ui_scale: f32,
    /// No animations on the board.
    pub reduce_motion: bool,
    /// What went wrong with the settings file or the icons' files, told on the title screen
    /// until dismissed.
    pub settings_notice: Option<String>,
    /// Minutes for each side's phase (a workshop's timer); 0 for none.
    pub phase_minutes: u32,
    /// When the phase on screen began, for the timer.
    pub phase_clock: Option<super::timer::PhaseClock>,
    pub levels: Vec<LevelEntry>,
    /// Where the levels were looked for.
    pub levels_dir: PathBuf,
    pub chosen: usize,
    pub seats: [Seat; 2],
    pub game: Option<Game>,
    pub computers: [Option<Policy>; 2],
    /// In hot-seat, the side that has not yet confirmed it holds the keyboard.
    pub hand_over: Option<Side>,
    pub seed: u64,
    pub map: crate::sim::scenario::MapKind,
    /// Zoom and pan of the port map and of the world map.
    pub cameras: [super::board::View; 2],
    /// The place last clicked on the map: actions aimed at it are offered first.
    pub selected: Option<crate::sim::PlaceId>,
    /// Where the guide of a lesson level stands; `None` when there is none or it was closed.
    pub guide: Option<super::lesson::Guide>,
    /// Each side has seen its goals before its first orders.
    pub briefed: [bool; 2],
    /// The goals window was asked for from the bottom bar.
    pub goals_open: bool,
    /// The pause menu is open.
    pub paused: bool,
    pub saves_dir: PathBuf,
    /// Where the debrief is exported, and the outcome of the last export.
    pub exports_dir: PathBuf,
    pub export_notice: Option<String>,
    pub slot_name: String,
    /// The outcome of the last save, shown in the pause menu.
    pub notice: Option<String>,
    /// The save slots as last read; `None` to read the folder again.
    pub slots: Option<Vec<crate::saves::Slot>>,
    /// The encyclopedia window is open, and what it is filtered by.
    pub sources_open: bool,
    pub sources_filter: String,
    /// The last turn whose report each side has dismissed.
    pub reported: [u32; 2],
    /// Games started or loaded in this session, to tell one game's state from another's.
    pub started_games: u64,
    /// The actions panel as last worked out, and for which state of the game: checking every
    /// order is done once per change, not once per frame.
    menu: std::sync::Mutex<Option<(MenuKey, Arc<Vec<super::play::ActionRow>>)>>,
    /// The log as last put in words, likewise.
    log: std::sync::Mutex<Option<(MenuKey, Arc<Vec<LogLine>>)>>,
    /// The debrief's texts, likewise.
    debrief: std::sync::Mutex<Option<(MenuKey, Arc<super::debrief::DebriefText>)>>,
}

/// A log entry in words, and the place it is about.
type LogLine = (String, Option<crate::sim::PlaceId>);

/// The value kept in `cell` when it was made for `key`; otherwise a new one, kept.
fn cached<T>(cell: &std::sync::Mutex<Option<(MenuKey, Arc<T>)>>, key: MenuKey, make: impl FnOnce() -> T) -> Arc<T> {
    let mut kept = cell.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    match kept.as_ref() {
        Some((k, value)) if *k == key => value.clone(),
        _ => {
            let value = Arc::new(make());
            *kept = Some((key, value.clone()));
            value
        }
    }
}

/// What the actions panel depends on: the language, the turn, the phase and how long the log is
/// (every order given lengthens it).
#[derive(Clone, Copy, PartialEq)]
struct MenuKey {
    lang: Lang,
    side: Side,
    turn: u32,
    log: usize,
    game: u64,
}

impl Session {
    pub fn new(lang: Lang) -> Session {
        let dir = PathBuf::from("levels");
        let levels: Vec<LevelEntry> = crate::level::files_in(&dir)
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
        Session {
            levels_dir: dir,
            lang,
            projector: false,
            ui_scale: 1.0,
            reduce_motion: false,
            settings_notice: None,
            phase_minutes: 0,
            phase_clock: None,
            levels,
            chosen,
            seats: [Seat::Human, Seat::Computer(PolicyKind::Ai(crate::ai::Difficulty::Medium))],
            game: None,
            computers: [None, None],
            hand_over: None,
            // A new game each time the window opens; the seed is recorded in saves.
            seed: crate::seed::from_clock(),
            map: crate::sim::scenario::MapKind::Port,
            cameras: Default::default(),
            selected: None,
            guide: None,
            briefed: [false, false],
            goals_open: false,
            paused: false,
            saves_dir: crate::saves::default_dir(),
            exports_dir: super::export::default_dir(),
            export_notice: None,
            slot_name: crate::i18n::tr(lang, "ui-default-slot"),
            notice: None,
            slots: None,
            sources_open: false,
            sources_filter: String::new(),
            reported: [0, 0],
            started_games: 0,
            menu: std::sync::Mutex::new(None),
            log: std::sync::Mutex::new(None),
            debrief: std::sync::Mutex::new(None),
        }
    }

    /// What the panels drawn from the game depend on, now.
    fn menu_key(&self, side: Side) -> Option<MenuKey> {
        let game = self.game.as_ref()?;
        Some(MenuKey {
            lang: self.lang,
            side,
            turn: game.world.turn,
            log: game.history.log.len(),
            game: self.started_games,
        })
    }

    /// The actions of `side` as the actions panel shows them, worked out again only when the
    /// game has changed.
    pub fn action_menu(&self, side: Side) -> Option<Arc<Vec<super::play::ActionRow>>> {
        let key = self.menu_key(side)?;
        let game = self.game.as_ref()?;
        Some(cached(&self.menu, key, || super::play::action_rows(game, side, self.lang)))
    }

    /// The debrief's texts, put in words again only when the game or the language changes.
    pub fn debrief_text(&self) -> Option<Arc<super::debrief::DebriefText>> {
        // The debrief shows everything to everyone: the key's side does not matter.
        let key = self.menu_key(Side::Builder)?;
        let game = self.game.as_ref()?;
        Some(cached(&self.debrief, key, || super::debrief::texts(game, self.lang)))
    }

    /// Changes the language; the save name follows it while it is still the default one.
    pub fn set_lang(&mut self, lang: Lang) {
        if self.slot_name == crate::i18n::tr(self.lang, "ui-default-slot") {
            self.slot_name = crate::i18n::tr(lang, "ui-default-slot");
        }
        self.lang = lang;
    }

    /// Exports the debrief of the game and says where, or why it could not.
    pub fn export_debrief(&mut self) {
        let (Some(game), Some(text)) = (self.game.as_ref(), self.debrief_text()) else { return };
        let notice = match super::export::write(&self.exports_dir, game, &text, self.lang) {
            Ok(path) => crate::i18n::tr_args(self.lang, "ui-exported", &[("path", path.display().to_string().into())]),
            Err(e) => crate::i18n::tr_args(self.lang, "ui-export-failed", &[("error", e.to_string().into())]),
        };
        self.export_notice = Some(notice);
    }

    /// The log lines `side` sees, put in words again only when the game has changed.
    pub fn log_lines(&self, side: Side) -> Option<Arc<Vec<LogLine>>> {
        let key = self.menu_key(side)?;
        let game = self.game.as_ref()?;
        Some(cached(&self.log, key, || super::side_panel::log_lines(game, side, self.lang)))
    }

    /// Resumes a loaded game; the seats stay as chosen, computers are made anew for it.
    pub fn resume(&mut self, game: Game) {
        let scenario = game.scenario.clone();
        self.computers = Side::BOTH.map(|side| match self.seats[side.index()] {
            Seat::Computer(kind) => Some(Policy::new(&scenario, kind, side, self.seed)),
            Seat::Human => None,
        });
        self.reported = [game.world.turn; 2];
        self.game = Some(game);
        self.started_games += 1;
        self.paused = false;
        self.slots = None;
        self.hand_over = None;
        self.guide = super::lesson::begin(self);
    }

    /// Chooses a level loaded elsewhere (the command line), the seats and the seed, and starts
    /// the game; the level joins the list if it is not one of `levels/`.
    pub fn open(&mut self, open: super::OpenGame) -> bool {
        let same = |l: &LevelEntry| {
            std::fs::canonicalize(&l.path).ok().zip(std::fs::canonicalize(&open.path).ok()).is_some_and(|(a, b)| a == b)
        };
        let entry = LevelEntry { path: open.path.clone(), scenario: Ok(open.scenario) };
        self.chosen = match self.levels.iter().position(same) {
            Some(i) => {
                self.levels[i] = entry;
                i
            }
            None => {
                self.levels.push(entry);
                self.levels.len() - 1
            }
        };
        self.seats = open.seats;
        self.seed = open.seed;
        self.start()
    }

    /// Starts a game of the chosen level with the chosen seats; the next game gets another seed.
    pub fn start(&mut self) -> bool {
        let Some(Ok(scenario)) = self.levels.get(self.chosen).map(|l| l.scenario.clone()) else { return false };
        let game = Game::new(scenario.clone(), self.seed);
        self.computers = Side::BOTH.map(|side| match self.seats[side.index()] {
            Seat::Computer(kind) => Some(Policy::new(&scenario, kind, side, self.seed)),
            Seat::Human => None,
        });
        self.game = Some(game);
        self.hand_over = self.hot_seat().then_some(Side::Builder);
        self.reported = [0, 0];
        self.briefed = [false, false];
        self.goals_open = false;
        self.guide = super::lesson::begin(self);
        self.selected = None;
        self.paused = false;
        self.export_notice = None;
        self.seed = self.seed.wrapping_add(1);
        self.started_games += 1;
        true
    }

    /// The side in phase has finished its orders; in hot-seat, the next team is asked to take
    /// the keyboard before anything of theirs shows.
    pub fn end_phase(&mut self) {
        let hot_seat = self.hot_seat();
        let Some(game) = self.game.as_mut() else { return };
        let Phase::Orders(side) = game.world.phase else { return };
        if game.end_phase(side).is_ok()
            && hot_seat
            && let Phase::Orders(next) = game.world.phase
        {
            self.hand_over = Some(next);
        }
    }

    pub fn hot_seat(&self) -> bool {
        self.seats.iter().all(|s| *s == Seat::Human)
    }

    /// Lets computer players give their orders and end their phases until a human must act.
    pub fn advance_computers(&mut self) {
        let Some(game) = self.game.as_mut() else { return };
        while let Phase::Orders(side) = game.world.phase {
            let Some(policy) = self.computers[side.index()].as_mut() else { return };
            if !crate::policy::play_phase(game, policy) {
                let n = crate::policy::MAX_ORDERS_PER_PHASE as u32;
                self.notice = Some(crate::i18n::tr_args(self.lang, "play-bounded", &[("n", n.into())]));
            }
            let _ = game.end_phase(side);
        }
    }

    /// How much text and controls are enlarged: projector mode times the player's scale.
    pub fn board_scale(&self) -> f32 {
        (if self.projector { 1.6 } else { 1.15 }) * self.ui_scale
    }

    /// Larger text and stronger contrast for a projector, set on the egui context.
    pub fn apply_style(&self, ctx: &egui::Context) {
        let scale = self.board_scale();
        if (ctx.zoom_factor() - scale).abs() > f32::EPSILON {
            ctx.set_zoom_factor(scale);
        }
        if ctx.style_of(ctx.theme()).visuals.dark_mode == self.projector {
            ctx.set_visuals(visuals(self.projector));
        }
    }

    /// The colour behind the panels, painted by clearing the window rather than by egui.
    pub fn panel_colour(&self) -> egui::Color32 {
        standard_visuals(self.projector).panel_fill
    }
}

fn standard_visuals(projector: bool) -> egui::Visuals {
    if projector { egui::Visuals::light() } else { egui::Visuals::dark() }
}

/// egui's look for the mode, with see-through panels: the window is cleared to the panels'
/// colour before anything is drawn (`panel_colour`), so egui does not paint every panel's
/// pixels a second time. Its shader converts colours to and from sRGB at every pixel, which a
/// software rasterizer (projector laptops, Mesa's lavapipe) pays dearly for: about a third of a
/// frame of the play screen.
pub fn visuals(projector: bool) -> egui::Visuals {
    let mut visuals = standard_visuals(projector);
    visuals.panel_fill = egui::Color32::TRANSPARENT;
    visuals
}
