//! Nothing lost: the game saves itself at the start of every turn, in a folder of the saves
//! folder, the last few turns of each game kept, each written atomically on a thread of its
//! own. A game that reaches its ending takes its autosaves away; one that was interrupted (a
//! crash, a closed lid) is offered on the title screen, with who sat where.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use bevy::prelude::*;

use super::catalogue::Seat;
use super::{Catalogue, Playing, Screen, ViewState};
use crate::policy::PolicyKind;
use crate::sim::{Phase, Scenario, Side};

/// Turns of one game kept: the last is what a crash loses least of, the ones before it what a
/// damaged last file falls back on.
pub const KEEP: usize = 3;

/// The folder autosaves go to.
pub fn dir(saves_dir: &Path) -> PathBuf {
    saves_dir.join("autosave")
}

/// The start of the names of one game's autosaves: its level and its seed name it.
fn prefix(level: &str, seed: u64) -> String {
    format!("{}-{seed}-t", crate::files::safe_stem(level))
}

/// The turn and the game an autosave was last written for.
#[derive(Resource, Default)]
pub struct Autosaved {
    last: Option<(u64, u32)>,
    /// The game whose autosaves were taken away at its ending.
    cleared: Option<u64>,
}

/// A game interrupted before its ending, as the title screen offers it.
#[derive(Clone)]
pub struct Interrupted {
    /// The game as its latest readable autosave holds it, read and checked whole once.
    pub game: Arc<crate::sim::Game>,
    pub seats: [Seat; 2],
    /// A facilitator ran it from the console: it is taken up the same way, the projector
    /// showing only the public's view.
    pub facilitated: bool,
    /// Played team by team: the teams a computer held.
    pub team_players: Vec<(Side, usize, PolicyKind)>,
    /// The facilitator had each phase end when its time was up.
    pub at_zero_ends: bool,
    /// The game's seed, from the file's name: the game taken up goes on saving under it.
    pub seed: u64,
    /// Newer autosaves passed over because they could not be read (damaged, or of a level that
    /// has changed since), by file name: the title says so.
    pub skipped: Vec<String>,
}

/// The seed in an autosave's name (`level-SEED-tTURN`).
fn seed_of(name: &str) -> Option<u64> {
    let (game, _turn) = name.rsplit_once("-t")?;
    game.rsplit_once('-')?.1.parse().ok()
}

/// Saves the game at the start of each turn (the builders' phase before any order), and takes
/// a game's autosaves away once it has ended.
pub fn autosave(playing: Res<Playing>, catalogue: Res<Catalogue>, mut autosaved: ResMut<Autosaved>) {
    let Some(game) = playing.game.as_ref() else { return };
    let key = (playing.started_games, game.world.turn);
    let folder = dir(&catalogue.saves_dir);
    let prefix = prefix(&game.scenario.id, playing.seed);
    if game.world.outcome.is_some() {
        if autosaved.cleared != Some(playing.started_games) {
            autosaved.cleared = Some(playing.started_games);
            std::thread::spawn(move || prune(&folder, &prefix, 0));
        }
        return;
    }
    // The first look at a turn is at its start: this runs whenever the table changes.
    if game.world.phase != Phase::Orders(Side::Builder) || autosaved.last == Some(key) {
        return;
    }
    autosaved.last = Some(key);
    // Copied here, written out as text on the thread: the frame pays for a copy, not for the
    // serialization of a long game's record.
    let saved = game.to_save();
    let seats = seats_text(playing.seats, playing.facilitated, playing.at_zero_ends, &playing.team_players());
    let path = folder.join(format!("{prefix}{:04}.ron", game.world.turn));
    std::thread::spawn(move || {
        let written = crate::saves::write_save(&path, &saved.text())
            .and_then(|()| crate::saves::write_atomically(&path.with_extension("seats"), seats.as_bytes()));
        match written {
            Ok(()) => prune(&folder, &prefix, KEEP),
            Err(e) => warn!("the autosave {} was not written: {e}", path.display()),
        }
    });
}

/// Removes the autosaves of one game but its `keep` latest.
fn prune(folder: &Path, prefix: &str, keep: usize) {
    let Ok(files) = crate::level::files_in(folder) else { return };
    let mine: Vec<PathBuf> =
        files.into_iter().filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix))).collect();
    for old in mine.iter().rev().skip(keep) {
        let _ = std::fs::remove_file(old);
        let _ = std::fs::remove_file(old.with_extension("seats"));
    }
}

/// Who sat where, a line a side, a third line when a facilitator ran the game (empty
/// otherwise), then a line per team a computer held in a game played team by team
/// (`team builder 1 ai:medium`), and `at-zero-ends` when the facilitator asked for a phase to
/// end at zero.
fn seats_text(seats: [Seat; 2], facilitated: bool, at_zero_ends: bool, teams: &[(Side, usize, PolicyKind)]) -> String {
    let name = |seat: Seat| match seat {
        Seat::Human => "human".to_owned(),
        Seat::Computer(kind) => kind.to_string(),
    };
    let mode = if facilitated { FACILITATED } else { "\n" };
    let teams: String = teams.iter().map(|(side, t, kind)| format!("team {} {t} {kind}\n", side.key())).collect();
    let at_zero = if at_zero_ends { AT_ZERO_ENDS } else { "" };
    format!("{}\n{}\n{mode}{teams}{at_zero}", name(seats[0]), name(seats[1]))
}

const AT_ZERO_ENDS: &str = "at-zero-ends\n";

/// Whether the facilitator had the phases end when their time was up.
fn at_zero_ends_from(text: &str) -> bool {
    text.lines().skip(3).any(|l| l.trim() == AT_ZERO_ENDS.trim())
}

/// The teams a computer holds, from a `.seats` file's team lines (others are passed over).
fn team_seats_from(text: &str) -> Vec<(Side, usize, PolicyKind)> {
    text.lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            (words.next()? == "team").then_some(())?;
            let side = Side::BOTH.into_iter().find(|s| Some(s.key()) == words.next())?;
            let team = words.next()?.parse().ok()?;
            Some((side, team, words.next()?.parse().ok()?))
        })
        .collect()
}

const FACILITATED: &str = "facilitated\n";

/// The seats, and whether a facilitator ran the game (files written before say nothing of it).
fn seats_from(text: &str) -> Option<([Seat; 2], bool)> {
    let mut lines = text.lines().map(|l| match l.trim() {
        "human" => Some(Seat::Human),
        other => other.parse::<PolicyKind>().ok().map(Seat::Computer),
    });
    let seats = [lines.next()??, lines.next()??];
    Some((seats, text.lines().nth(2).is_some_and(|l| l.trim() == FACILITATED.trim())))
}

/// The latest autosave that can be resumed, of any game: each file is summed up from its head
/// (`saves::list`); a damaged latest one gives way to the one before.
pub fn interrupted(saves_dir: &Path, levels: &[Arc<Scenario>]) -> Option<Interrupted> {
    let folder = dir(saves_dir);
    let mut slots: Vec<(std::time::SystemTime, crate::saves::Slot)> = crate::saves::list(&folder, levels)
        .into_iter()
        .map(|s| (std::fs::metadata(&s.path).and_then(|m| m.modified()).unwrap_or(std::time::UNIX_EPOCH), s))
        .collect();
    slots.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.name.cmp(&a.1.name)));
    let mut skipped = Vec::new();
    for (_, slot) in slots {
        let Some(seed) = seed_of(&slot.name) else { continue };
        // Read and checked whole now: a damaged file is passed over for the turn before, and
        // the title says which.
        let game = match (&slot.summary, crate::saves::open(&slot)) {
            (Ok(_), Ok(game)) => game,
            _ => {
                skipped.push(slot.name.clone());
                continue;
            }
        };
        let text = std::fs::read_to_string(slot.path.with_extension("seats")).unwrap_or_default();
        let (seats, facilitated) = seats_from(&text).unwrap_or(([Seat::Human, Seat::Human], false));
        let team_players = team_seats_from(&text);
        let at_zero_ends = at_zero_ends_from(&text);
        return Some(Interrupted {
            game: Arc::new(game),
            seats,
            facilitated,
            team_players,
            at_zero_ends,
            seed,
            skipped,
        });
    }
    None
}

/// Looks once for an interrupted game, on the title, once the levels have all arrived.
pub fn look_for_interrupted(
    catalogue: Res<Catalogue>,
    mut view: ResMut<ViewState>,
    mut looked: Local<bool>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    if *looked || catalogue.arriving.is_some() {
        return;
    }
    *looked = true;
    view.interrupted = interrupted(&catalogue.saves_dir, &catalogue.loaded());
    if view.interrupted.is_some() {
        // The title offers it now, not at the next movement of the mouse.
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// The systems: autosaving while a game is on, looking for an interrupted one on the title.
pub fn plugin(app: &mut App) {
    app.init_resource::<Autosaved>()
        .add_systems(Update, autosave.run_if(in_state(Screen::Play).and_then(resource_changed::<Playing>)))
        .add_systems(Update, look_for_interrupted.run_if(in_state(Screen::Title)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seats_file_says_who_sat_where_and_whether_a_facilitator_ran_the_game() {
        let seats = [Seat::Human, Seat::Computer(PolicyKind::Ai(crate::ai::Difficulty::Hard))];
        assert_eq!(seats_from(&seats_text(seats, true, false, &[])), Some((seats, true)));
        assert_eq!(seats_from(&seats_text(seats, false, false, &[])), Some((seats, false)));
        let teams = [(Side::Builder, 1, PolicyKind::Ai(crate::ai::Difficulty::Medium))];
        let text = seats_text(seats, true, true, &teams);
        assert_eq!((seats_from(&text), team_seats_from(&text)), (Some((seats, true)), teams.to_vec()));
        assert!(at_zero_ends_from(&text) && !at_zero_ends_from(&seats_text(seats, true, false, &teams)));
        // Written before facilitated games existed: two lines.
        assert_eq!(seats_from("human\nai:hard\n"), Some((seats, false)));
        assert_eq!(seats_from("human\n"), None);
    }
}
