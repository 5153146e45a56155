//! The shell's state is four resources, each with the screens that need it: the settings
//! (`settings::Settings`), the levels and the next game's set-up (`Catalogue`), the game on the
//! table (`Playing`) and what the screens show (`ViewState`). Here, what spans them: starting,
//! opening and resuming a game, exporting its debrief, and the four borrowed together for the
//! play screen.

use bevy::ecs::change_detection::DetectChangesMut;
use bevy::ecs::system::SystemParam;
use bevy::prelude::ResMut;

pub use super::catalogue::{Catalogue, LevelEntry, Seat};
pub use super::playing::Playing;
pub use super::settings::Settings;
pub use super::view_state::ViewState;
use crate::i18n::Lang;
use crate::sim::Game;

/// The four resources, borrowed for one frame by a screen that needs them all (the play screen
/// and its pause menu): from a system's resources (`ShellMut::shell`) or from a test's owned
/// `Parts` (`Parts::shell`).
pub struct Shell<'a> {
    pub settings: &'a mut Settings,
    pub catalogue: &'a mut Catalogue,
    pub playing: &'a mut Playing,
    pub view: &'a mut ViewState,
}

/// The four resources as a system asks for them.
#[derive(SystemParam)]
pub struct ShellMut<'w> {
    pub settings: ResMut<'w, Settings>,
    pub catalogue: ResMut<'w, Catalogue>,
    pub playing: ResMut<'w, Playing>,
    pub view: ResMut<'w, ViewState>,
}

impl ShellMut<'_> {
    /// The four, for one frame's screen, lent without marking them changed: the screen's
    /// system marks each once it has run, only if what others follow of it changed
    /// (`play::PlayScreen`), so that what follows them runs on change, not on every frame.
    pub fn shell(&mut self) -> Shell<'_> {
        Shell {
            settings: self.settings.bypass_change_detection(),
            catalogue: self.catalogue.bypass_change_detection(),
            playing: self.playing.bypass_change_detection(),
            view: self.view.bypass_change_detection(),
        }
    }
}

/// The four resources owned together, as a headless test holds them.
pub struct Parts {
    pub settings: Settings,
    pub catalogue: Catalogue,
    pub playing: Playing,
    pub view: ViewState,
}

impl Parts {
    /// First-run settings in `lang`, the levels of `levels/`, no game yet.
    pub fn new(lang: Lang) -> Parts {
        Parts {
            settings: Settings::new(lang),
            catalogue: Catalogue::of_dir(std::path::Path::new("levels")),
            playing: Playing::default(),
            view: ViewState::default(),
        }
    }

    pub fn shell(&mut self) -> Shell<'_> {
        Shell {
            settings: &mut self.settings,
            catalogue: &mut self.catalogue,
            playing: &mut self.playing,
            view: &mut self.view,
        }
    }

    /// Starts a game of the chosen level with the chosen seats.
    pub fn start(&mut self) -> bool {
        start(&mut self.catalogue, &mut self.playing, &mut self.view)
    }

    /// Puts each part into the app as a resource.
    pub fn insert_into(self, app: &mut bevy::prelude::App) {
        app.insert_resource(self.settings)
            .insert_resource(self.catalogue)
            .insert_resource(self.playing)
            .insert_resource(self.view);
    }
}

/// Starts a game of the chosen level with the chosen seats; the next game gets another seed.
/// False when the chosen level did not load.
pub fn start(catalogue: &mut Catalogue, playing: &mut Playing, view: &mut ViewState) -> bool {
    let Some(scenario) = catalogue.chosen_scenario() else { return false };
    let seed = catalogue.take_seed();
    // A workshop session starts from its opening, the same for every room; a level without a
    // session of that length is played whole.
    let session = catalogue.minutes.and_then(|m| crate::opening::find(&scenario, m));
    let game = match session.map(|i| crate::opening::start(scenario.clone(), i, seed)) {
        Some(Ok(game)) => game,
        Some(Err(why)) => {
            bevy::log::warn!("the session could not be prepared, the whole game is played: {why}");
            Game::new(scenario, seed)
        }
        None => Game::new(scenario, seed),
    };
    let mut game = game;
    match (catalogue.teams, catalogue.team_by_team) {
        (true, true) => game.play_team_by_team(),
        (true, false) => game.play_in_teams(),
        _ => {}
    }
    playing.facilitated = catalogue.facilitated;
    playing.start(game, catalogue.seats, seed);
    playing.seat_teams(&catalogue.team_players);
    view.new_game();
    true
}

/// Chooses a level loaded elsewhere (the command line), the seats and the seed, and starts the
/// game; the level joins the list if it is not one of `levels/`.
pub fn open(catalogue: &mut Catalogue, playing: &mut Playing, view: &mut ViewState, open: super::OpenGame) -> bool {
    catalogue.choose_loaded(open.path, open.scenario);
    if let Some(replay) = open.replay {
        playing.facilitated = false;
        playing.start_replay(replay);
        view.new_game();
        return true;
    }
    catalogue.seats = open.seats;
    catalogue.seed = open.seed;
    catalogue.minutes = open.minutes;
    catalogue.facilitated = open.facilitated;
    catalogue.teams = open.teams || open.team_by_team;
    catalogue.team_by_team = open.team_by_team;
    catalogue.team_players = open.team_players;
    start(catalogue, playing, view)
}

/// Resumes a loaded game; the seats stay as chosen, computers are made anew for it.
pub fn resume(catalogue: &Catalogue, playing: &mut Playing, view: &mut ViewState, game: Game) {
    playing.facilitated = catalogue.facilitated;
    playing.resume(game, catalogue.seats, catalogue.seed);
    playing.seat_teams(&catalogue.team_players);
    view.new_game();
}

/// Exports the debrief of the game and says where, or why it could not, on the debrief.
pub fn export_debrief(catalogue: &Catalogue, playing: &Playing, view: &mut ViewState, lang: Lang) {
    let (Some(game), Some(text)) = (playing.game.as_ref(), playing.debrief_text(lang)) else { return };
    let notice = match super::export::write(&catalogue.exports_dir, game, &text, lang) {
        Ok(path) => crate::i18n::tr_args(lang, "ui-exported", &[("path", path.display().to_string().into())]),
        Err(e) => crate::i18n::tr_args(lang, "ui-export-failed", &[("error", e.to_string().into())]),
    };
    view.export_notice = Some(notice);
}
