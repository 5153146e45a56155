//! The game on the table: the core's `Game`, who plays each side and the computers' policies,
//! the hot-seat hand-over, which reports and goals each side has seen, the lesson's guide, and
//! the panels' texts worked out once per change of the game.

use std::sync::{Arc, Mutex};

use bevy::prelude::Resource;

use super::catalogue::Seat;
use crate::i18n::Lang;
use crate::policy::Policy;
use crate::sim::{Game, Phase, PlaceId, Side, Viewer};

#[derive(Resource, Default)]
pub struct Playing {
    pub game: Option<Game>,
    /// Who plays each side of this game.
    pub seats: [Seat; 2],
    pub computers: [Option<Policy>; 2],
    /// Played team by team: who plays each team of each side, in the level's order (a team
    /// held by a computer while the rest of its side are people); empty otherwise.
    pub team_seats: [Vec<Seat>; 2],
    /// The computers of the teams a computer holds, likewise.
    team_computers: [Vec<Option<Policy>>; 2],
    /// In hot-seat, the side that has not yet confirmed it holds the keyboard.
    pub hand_over: Option<Side>,
    /// The last turn whose report each side has dismissed.
    pub reported: [u32; 2],
    /// Each side has seen its goals before its first orders.
    pub briefed: [bool; 2],
    /// Where the guide of a lesson level stands; `None` when there is none or it was closed.
    /// For each side a person plays: in hot-seat both are guided, each through its own steps.
    pub guide: [Option<super::lesson::Guide>; 2],
    /// When the phase on screen began, for a workshop's timer.
    pub phase_clock: Option<super::timer::PhaseClock>,
    /// A workshop session's pace, when the game is one (`sim::plan`): it wins over the
    /// settings' timer.
    pub session_phase_seconds: Option<u32>,
    /// With no person at the table (a demonstration), how long each computer phase's outcome
    /// stays on the board before the next phase is played; zero plays on at once (tests, tools).
    pub watch_pace: std::time::Duration,
    /// In a demonstration, when the next phase may be played.
    pub next_phase_at: Option<std::time::Instant>,
    /// Games started or loaded in this session, to tell one game's state from another's.
    pub started_games: u64,
    /// The seed this game was started with (its computers' and its autosaves' name).
    pub seed: u64,
    /// A computer's phase being worked out off the main thread, when it takes longer than a
    /// frame's wait (`think`).
    pub thinking: Option<Thinking>,
    /// A workshop's facilitator runs this game from a console of its own (`game::console`):
    /// the main window, on the projector, shows only what the public may know, and the sides
    /// give their orders at the console, handing its keyboard over in turn.
    pub facilitated: bool,
    /// The facilitator has stopped the phase's clock.
    pub clock_stopped: bool,
    /// When the phase's time is up, the phase of a side people play ends by itself; otherwise
    /// the clock shows "time's up" and the facilitator decides.
    pub at_zero_ends: bool,
    /// Why the facilitator's last act was refused, shown at the console until the next act.
    pub refused: Option<crate::sim::facilitator::Refused>,
    /// The actions panel as last worked out, and for which state of the game: checking every
    /// order is done once per change, not once per frame.
    menu: Cached<Vec<super::play::ActionRow>>,
    /// The log as last put in words, likewise.
    log: Cached<Vec<LogLine>>,
    /// What the side on screen may know (`sim::View`), likewise: the panels read it, not the world.
    seen: Cached<crate::sim::View>,
    /// The debrief's texts, likewise.
    debrief: Cached<super::debrief::DebriefText>,
    /// A recorded game played back (`nuage --replay`): its steps, and the next to play.
    pub replay: Option<(Vec<crate::sim::record::Step>, usize)>,
}

/// How long a demonstration shows each computer phase's outcome before the next: a turn in
/// about eight seconds, a Marseille game in five minutes.
pub const WATCH_PACE: std::time::Duration = std::time::Duration::from_secs(4);

/// A computer's phase worked out on a thread of its own, on a copy of the game: the window
/// never waits on it longer than a frame's worth.
pub struct Thinking {
    pub side: Side,
    /// The team it plays for, when a computer holds one team of a side played team by team.
    team: Option<u8>,
    /// Which game it thinks about (`Playing::started_games`): the answer for a game left since
    /// is dropped.
    game: u64,
    /// The policy, the game after its phase's orders, and whether it stayed within the bound.
    answer: super::background::Task<(Policy, Game, bool)>,
}

/// A log entry in words, and the place it is about.
pub type LogLine = (String, Option<PlaceId>);

/// Values worked out from the game, each with the state of the game (and the seat) it was
/// worked out for, the latest last.
type Cached<T> = Mutex<Vec<(Key, Arc<T>)>>;

/// How many seats' values a cache keeps: a facilitated game draws the public's view on the
/// projector and a side's or the facilitator's at the console in the same frame.
const CACHED_SEATS: usize = 4;

/// The value kept in `cell` when it was made for `key`; otherwise a new one, kept in place of
/// the oldest.
fn cached<T>(cell: &Cached<T>, key: Key, make: impl FnOnce() -> T) -> Arc<T> {
    let mut kept = cell.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, value)) = kept.iter().find(|(k, _)| *k == key) {
        return value.clone();
    }
    let value = Arc::new(make());
    if kept.len() == CACHED_SEATS {
        kept.remove(0);
    }
    kept.push((key, value.clone()));
    value
}

/// What the panels drawn from the game depend on: the language, the side, the turn, how long
/// the log is (every order given lengthens it) and which game it is.
#[derive(Clone, Copy, PartialEq)]
struct Key {
    lang: Lang,
    viewer: Viewer,
    turn: u32,
    log: usize,
    game: u64,
}

impl Playing {
    /// A table for the window: a game between computers plays at `WATCH_PACE`, so that a room
    /// can follow it.
    pub fn watched() -> Playing {
        Playing { watch_pace: WATCH_PACE, ..Playing::default() }
    }

    /// Whether the computers wait before playing the next phase, and how long is left.
    pub fn watch_wait(&self, now: std::time::Instant) -> Option<std::time::Duration> {
        let at = self.next_phase_at?;
        (self.people() == [false, false] && at > now).then(|| at - now)
    }

    /// How long each side's phase lasts on the timer, in seconds; 0 for no timer.
    pub fn phase_seconds(&self, settings: &super::Settings) -> u32 {
        self.session_phase_seconds.unwrap_or(settings.phase_minutes * 60)
    }

    /// What the screens change in the table's state (the game itself changes through `Go`
    /// messages): the play screen marks `Playing` changed only when this changes, so that
    /// the board's systems run on change rather than on every frame.
    pub fn screen_stamp(&self) -> impl PartialEq + use<> {
        (
            self.started_games,
            self.hand_over,
            self.reported,
            self.briefed,
            self.guide,
            self.phase_clock,
            self.clock_stopped,
            self.at_zero_ends,
        )
    }

    /// Puts a new game on the table, played by `seats`; computers' policies are seeded with
    /// `seed`. Each side sees its goals before its first orders.
    pub fn start(&mut self, game: Game, seats: [Seat; 2], seed: u64) {
        self.take(game, seats, seed);
        self.briefed = [false, false];
        self.hand_over = self.hands_over_to(Side::Builder).then_some(Side::Builder);
    }

    /// Resumes a saved game: its reports so far count as read, and nobody is asked to take
    /// the keyboard.
    pub fn resume(&mut self, game: Game, seats: [Seat; 2], seed: u64) {
        self.take(game, seats, seed);
        // At a facilitator's console the side in phase is still asked to take the keyboard:
        // the console's own face holds every secret.
        self.hand_over = None;
        if self.facilitated {
            self.hand_over_if_asked();
        }
        // A game taken up again: its players have read their goals (the Goals button shows them).
        self.briefed = [true, true];
    }

    fn take(&mut self, game: Game, seats: [Seat; 2], seed: u64) {
        let scenario = game.scenario.clone();
        self.seats = seats;
        self.seed = seed;
        self.computers = Side::BOTH.map(|side| match seats[side.index()] {
            Seat::Computer(kind) => Some(Policy::new(&scenario, kind, side, seed)),
            Seat::Human => None,
        });
        self.reported = [game.world.turn; 2];
        // A session's pace, found again from where it ends when a saved session is resumed.
        self.session_phase_seconds = game
            .world
            .session_end
            .and_then(|end| scenario.sessions.iter().find(|s| s.first_turn + s.turns == end).map(|s| s.phase_seconds));
        self.game = Some(game);
        self.team_seats = [Vec::new(), Vec::new()];
        self.team_computers = [Vec::new(), Vec::new()];
        self.replay = None;
        self.thinking = None;
        self.phase_clock = None;
        self.next_phase_at = None;
        self.started_games += 1;
        self.guide = super::lesson::begin(self);
    }

    /// The side in phase is played by the computer (thinking now or about to), or by the
    /// record of a replay with steps left.
    pub fn computer_in_phase(&self) -> bool {
        let Some(game) = self.game.as_ref() else { return false };
        let Phase::Orders(side) = game.world.phase else { return false };
        let replaying = self.replay.as_ref().is_some_and(|(steps, next)| *next < steps.len());
        // A computer's policy sits at the keyboard: the side's, or the team's whose turn it is.
        let team = game.world.team_at.filter(|_| !self.team_seats[side.index()].is_empty());
        let policy = match team {
            Some(t) => self.team_computers[side.index()].get(t as usize).is_some_and(Option::is_some),
            None => self.computers[side.index()].is_some(),
        };
        self.thinking.is_some() || policy || replaying
    }

    /// Who holds the keyboard for `side` now: the team whose turn it is when the game is played
    /// team by team, otherwise the side's seat.
    pub fn seat_at_keyboard(&self, side: Side) -> Seat {
        let team = self.game.as_ref().and_then(|g| g.world.team_at.filter(|_| g.world.phase == Phase::Orders(side)));
        match team.and_then(|t| self.team_seats[side.index()].get(t as usize)) {
            Some(seat) => *seat,
            None => self.seats[side.index()],
        }
    }

    /// The teams a computer holds, as `seat_teams` takes them.
    pub fn team_players(&self) -> Vec<(Side, usize, crate::policy::PolicyKind)> {
        Side::BOTH
            .into_iter()
            .flat_map(|side| {
                self.team_seats[side.index()].iter().enumerate().filter_map(move |(t, seat)| match seat {
                    Seat::Computer(kind) if *seat != self.seats[side.index()] => Some((side, t, *kind)),
                    _ => None,
                })
            })
            .collect()
    }

    /// Seats each team of a game played team by team: `computers` lists the teams (side, index
    /// in the level's order) a computer of `kind` holds; the others sit as their side does.
    pub fn seat_teams(&mut self, computers: &[(Side, usize, crate::policy::PolicyKind)]) {
        let Some(game) = self.game.as_ref() else { return };
        if !game.world.team_by_team {
            return;
        }
        let scenario = game.scenario.clone();
        for side in Side::BOTH {
            let teams = scenario.side(side).teams.len();
            let seats: Vec<Seat> = (0..teams)
                .map(|t| {
                    computers
                        .iter()
                        .find(|(s, i, _)| *s == side && *i == t)
                        .map_or(self.seats[side.index()], |(_, _, kind)| Seat::Computer(*kind))
                })
                .collect();
            self.team_computers[side.index()] = seats
                .iter()
                .enumerate()
                .map(|(t, seat)| match seat {
                    Seat::Computer(kind) => Some(Policy::new(&scenario, *kind, side, self.seed ^ (t as u64 + 1) << 32)),
                    Seat::Human => None,
                })
                .collect();
            self.team_seats[side.index()] = seats;
        }
        self.hand_over = None;
        self.hand_over_if_asked();
    }

    /// Puts a recorded game on the table, to be played back phase by phase at the pace of a
    /// demonstration; nobody sits at it.
    /// A workshop session's opening is played at once: the room watches from its first turn.
    pub fn start_replay(&mut self, replay: crate::sim::record::Replay) {
        use crate::sim::record::Step;
        let seed = replay.game.history.record.seed.unwrap_or_default();
        let watchers = [Seat::Computer(crate::policy::PolicyKind::Passive); 2];
        let (mut game, steps) = (replay.game, replay.steps);
        let opening = steps.iter().position(|s| matches!(s, Step::BeginSession { .. })).map_or(0, |at| at + 1);
        let mut played = 0;
        while played < opening && game.play_step(&steps[played]).is_ok() {
            played += 1;
        }
        self.start(game, watchers, seed);
        self.computers = [None, None];
        self.briefed = [true, true];
        self.replay = Some((steps, played));
    }

    /// Plays the record's steps up to and including the next phase's end. `Some(Ok(()))` when
    /// a phase was played back, `Some(Err(why))` when the record stopped fitting the game
    /// (the replay then stops), `None` when no replay has steps left.
    fn play_back(&mut self) -> Option<Result<(), String>> {
        let (steps, next) = self.replay.as_mut()?;
        let game = self.game.as_mut()?;
        if *next >= steps.len() {
            return None;
        }
        while let Some(step) = steps.get(*next) {
            *next += 1;
            if let Err(why) = game.play_step(step) {
                *next = steps.len();
                return Some(Err(why));
            }
            if matches!(step, crate::sim::record::Step::EndPhase(_)) {
                break;
            }
        }
        Some(Ok(()))
    }

    /// People play both sides at one keyboard.
    pub fn hot_seat(&self) -> bool {
        self.seats.iter().all(|s| *s == Seat::Human)
    }

    /// Whether `side`'s people are asked to take the keyboard before anything of theirs shows:
    /// in hot-seat, at a facilitator's console (whose own view holds every secret), and to each
    /// team of people in a game played team by team (each team's objective is its own).
    pub fn hands_over_to(&self, side: Side) -> bool {
        let team_by_team = self.game.as_ref().is_some_and(|g| g.world.team_at.is_some());
        if team_by_team {
            return self.seat_at_keyboard(side) == Seat::Human;
        }
        self.hot_seat() || (self.facilitated && self.seats[side.index()] == Seat::Human)
    }

    /// The sides a person plays.
    pub fn people(&self) -> [bool; 2] {
        Side::BOTH.map(|s| self.seats[s.index()] == Seat::Human || self.team_seats[s.index()].contains(&Seat::Human))
    }

    /// The side in phase has finished its orders; in hot-seat, the next team is asked to take
    /// the keyboard before anything of theirs shows.
    /// Played team by team, the team at the keyboard hands it to the next team of its side;
    /// the phase ends after the last.
    pub fn end_phase(&mut self) {
        let Some(game) = self.game.as_mut() else { return };
        let Phase::Orders(side) = game.world.phase else { return };
        let turn = game.world.turn;
        if game.end_team(side).is_err() {
            return;
        }
        // Once the side's phase is over (after its last team), the time it took, for the
        // session's report: the clock runs for a timed phase once its people hold the keyboard,
        // and stands still while stopped or paused.
        if (game.world.turn, game.world.phase) != (turn, Phase::Orders(side))
            && let Some(clock) = self.phase_clock.filter(|c| c.turn == turn && c.side == side)
        {
            game.history.note_phase_time(clock.turn, side, clock.seen - clock.started);
        }
        self.hand_over_if_asked();
    }

    /// Asks the side now in phase to take the keyboard, where it must be asked
    /// (`hands_over_to`).
    pub fn hand_over_if_asked(&mut self) {
        let Some(game) = self.game.as_ref() else { return };
        if let Phase::Orders(next) = game.world.phase
            && self.hands_over_to(next)
        {
            self.hand_over = Some(next);
        }
    }

    /// Carries out what the facilitator asked for at the console. A refusal (nothing left to
    /// take back, an empty note) changes nothing and is kept in `refused` for the console.
    pub fn facilitate(&mut self, act: &super::console::Act) {
        self.refused = self.try_facilitate(act).err();
    }

    fn try_facilitate(&mut self, act: &super::console::Act) -> Result<(), crate::sim::facilitator::Refused> {
        use super::console::Act;
        let game = self.game.as_mut().ok_or(crate::sim::facilitator::Refused::GameOver)?;
        match act {
            Act::TakeBack => {
                let turn = game.take_back()?;
                // A computer thinking about the game as it was gives no answer to this one.
                self.thinking = None;
                self.phase_clock = None;
                self.next_phase_at = None;
                // The turn's report was read when the turn first began.
                self.reported = [turn; 2];
                self.hand_over_if_asked();
            }
            Act::Call(card) => game.call_card(*card)?,
            Act::EndAfterThisTurn => game.end_after_this_turn()?,
            Act::Note(text) => game.note(text)?,
            Act::StopClock(stopped) => self.clock_stopped = *stopped,
            Act::MoreTime => {
                if let Some(clock) = self.phase_clock.as_mut() {
                    clock.started += 60.0;
                }
            }
            Act::AtZeroEnds(ends) => self.at_zero_ends = *ends,
        }
        Ok(())
    }

    /// Lets the computer in phase think off the main thread and, once it has, gives its orders
    /// and ends its phase; waits at most a frame's worth for it. Returns `Some(within)` when a
    /// phase was played (false when a computer was stopped at the most orders a phase may
    /// have), `None` while it still thinks or when no computer is in phase.
    pub fn think(&mut self) -> Option<bool> {
        if let Some(played) = self.play_back() {
            if let Err(why) = played {
                bevy::log::warn!("the replay stops: {why}");
            }
            return Some(true);
        }
        if self.thinking.is_none() {
            let game = self.game.as_ref()?;
            let Phase::Orders(side) = game.world.phase else { return None };
            // A team a computer holds, among teams of people: it plays its own turn only.
            let team = game.world.team_at.filter(|_| !self.team_seats[side.index()].is_empty());
            let mut policy = match team {
                Some(t) => self.team_computers[side.index()].get_mut(t as usize)?.take()?,
                None => self.computers[side.index()].take()?,
            };
            let mut copy = game.clone();
            let answer = super::background::Task::start(move || {
                let within = if team.is_some() {
                    crate::policy::play_team(&mut copy, &mut policy)
                } else {
                    crate::policy::play_phase(&mut copy, &mut policy)
                };
                (policy, copy, within)
            });
            self.thinking = Some(Thinking { side, team, game: self.started_games, answer });
        }
        let (policy, mut game, within) = match self.thinking.as_ref()?.answer.poll() {
            super::background::Poll::Done(answer) => answer,
            super::background::Poll::Running => return None,
            super::background::Poll::Lost => {
                // The thread died (a bug): the phase ends without its orders and the game goes
                // on, with a new player in the computer's seat.
                let Thinking { side, team, .. } = self.thinking.take()?;
                let game = self.game.as_mut()?;
                let seat = team.and_then(|t| self.team_seats[side.index()].get(t as usize).copied());
                if let Seat::Computer(kind) = seat.unwrap_or(self.seats[side.index()]) {
                    let policy = Some(Policy::new(&game.scenario, kind, side, game.world.turn as u64));
                    match team.and_then(|t| self.team_computers[side.index()].get_mut(t as usize)) {
                        Some(slot) => *slot = policy,
                        None => self.computers[side.index()] = policy,
                    }
                }
                let _ = if team.is_some() { game.end_team(side) } else { game.end_phase(side) };
                self.hand_over_if_asked();
                return None;
            }
        };
        let Thinking { side, team, game: id, .. } = self.thinking.take()?;
        if id != self.started_games {
            return None;
        }
        match team {
            Some(t) => {
                if let Some(slot) = self.team_computers[side.index()].get_mut(t as usize) {
                    *slot = Some(policy);
                }
                let _ = game.end_team(side);
            }
            None => {
                self.computers[side.index()] = Some(policy);
                let _ = game.end_phase(side);
            }
        }
        self.game = Some(game);
        self.hand_over_if_asked();
        Some(within)
    }

    /// Lets computer players give their orders and end their phases until a human must act, on
    /// this thread (the tour and the tests). False when a computer was stopped at the most
    /// orders a phase may have.
    pub fn advance_computers(&mut self) -> bool {
        let mut within = true;
        let Some(game) = self.game.as_mut() else { return within };
        while let Phase::Orders(side) = game.world.phase {
            let Some(policy) = self.computers[side.index()].as_mut() else { break };
            within &= crate::policy::play_phase(game, policy);
            let _ = game.end_phase(side);
        }
        within
    }

    /// Whose eyes the board shows: the side to move when a person plays it, otherwise the first
    /// side a person plays; with no person at the table (two computers, a demo), the public's.
    /// A facilitated game's board is the projector's: the public's, always.
    pub fn viewer(&self) -> Viewer {
        let Some(game) = self.game.as_ref() else { return Viewer::Public };
        if self.facilitated {
            return Viewer::Public;
        }
        if let Phase::Orders(side) = game.world.phase
            && self.seat_at_keyboard(side) == Seat::Human
        {
            return side.into();
        }
        Side::BOTH.into_iter().find(|s| self.people()[s.index()]).map_or(Viewer::Public, Viewer::Side)
    }

    /// `side` has a report on the turn before still to read.
    pub fn report_pending(&self, side: Side) -> bool {
        self.game.as_ref().is_some_and(|g| g.world.turn > 0 && self.reported[side.index()] < g.world.turn)
    }

    fn key(&self, viewer: impl Into<Viewer>, lang: Lang) -> Option<Key> {
        let game = self.game.as_ref()?;
        Some(Key {
            lang,
            viewer: viewer.into(),
            turn: game.world.turn,
            log: game.history.log.len(),
            game: self.started_games,
        })
    }

    /// The actions of `side` as the actions panel shows them, worked out again only when the
    /// game has changed.
    pub fn action_menu(&self, side: Side, lang: Lang) -> Option<Arc<Vec<super::play::ActionRow>>> {
        let key = self.key(side, lang)?;
        let game = self.game.as_ref()?;
        let known = self.view(side)?;
        Some(cached(&self.menu, key, || super::play::action_rows(&game.scenario, &known, side, lang)))
    }

    /// What `side` may know of the game, worked out again only when the game has changed.
    pub fn view(&self, viewer: impl Into<Viewer>) -> Option<Arc<crate::sim::View>> {
        let viewer = viewer.into();
        // The view does not depend on the language: any one serves as the key's.
        let key = self.key(viewer, Lang::En)?;
        let game = self.game.as_ref()?;
        Some(cached(&self.seen, key, || {
            crate::sim::View::without_log(&game.scenario, &game.world, &game.history, viewer)
        }))
    }

    /// The log lines `side` sees, put in words again only when the game has changed.
    pub fn log_lines(&self, viewer: impl Into<Viewer>, lang: Lang) -> Option<Arc<Vec<LogLine>>> {
        let viewer = viewer.into();
        let key = self.key(viewer, lang)?;
        let game = self.game.as_ref()?;
        Some(cached(&self.log, key, || super::side_panel::log_lines(game, viewer, lang)))
    }

    /// The debrief's texts, put in words again only when the game or the language changes.
    pub fn debrief_text(&self, lang: Lang) -> Option<Arc<super::debrief::DebriefText>> {
        // The debrief shows everything to everyone: the key's side does not matter.
        let key = self.key(Side::Builder, lang)?;
        let game = self.game.as_ref()?;
        Some(cached(&self.debrief, key, || super::debrief::texts(game, lang)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::PolicyKind;

    fn game() -> Game {
        let path = std::path::Path::new("tests/fixtures/valley.ron");
        Game::new(Arc::new(crate::level::load(path).expect("the fixture loads")), 3)
    }

    #[test]
    fn hot_seat_asks_each_team_for_the_keyboard_and_a_loaded_game_does_not() {
        let mut playing = Playing::default();
        playing.start(game(), [Seat::Human, Seat::Human], 3);
        assert!(playing.hot_seat());
        assert_eq!(playing.hand_over, Some(Side::Builder));
        assert_eq!(playing.viewer(), Viewer::Side(Side::Builder));
        playing.hand_over = None;
        playing.end_phase();
        assert_eq!(playing.hand_over, Some(Side::Collective), "the next team is asked");
        assert_eq!(playing.viewer(), Viewer::Side(Side::Collective));
        let started = playing.started_games;
        playing.resume(game(), [Seat::Human, Seat::Human], 3);
        assert_eq!(playing.hand_over, None);
        assert_eq!(playing.started_games, started + 1, "a loaded game is another game");
    }

    #[test]
    fn the_time_a_phase_took_at_the_table_is_noted_when_it_ends() {
        let mut playing = Playing::default();
        playing.start(game(), [Seat::Human, Seat::Human], 3);
        playing.hand_over = None;
        playing.phase_clock =
            Some(super::super::timer::PhaseClock { turn: 0, side: Side::Builder, started: 10.0, seen: 85.0 });
        playing.end_phase();
        let timings = &playing.game.as_ref().unwrap().history.timings;
        assert_eq!(timings.len(), 1);
        assert_eq!((timings[0].turn, timings[0].side, timings[0].seconds), (0, Side::Builder, 75));
    }

    #[test]
    fn a_replay_plays_its_record_back_a_phase_at_a_time_to_the_same_game() {
        let recorded = crate::policy::play(game().scenario.clone(), 3, PolicyKind::Random, PolicyKind::Random);
        let replay = Game::read_replay(recorded.scenario.clone(), &recorded.replay_text().unwrap()).unwrap();
        let mut playing = Playing::default();
        playing.start_replay(replay);
        assert_eq!(playing.people(), [false, false], "nobody sits at a replay");
        assert_eq!(playing.hand_over, None);
        let mut phases = 0;
        while playing.computer_in_phase() {
            let before = playing.game.as_ref().unwrap().world.phase;
            assert_eq!(playing.think(), Some(true));
            assert_ne!(playing.game.as_ref().unwrap().world.phase, before, "one phase at a time");
            phases += 1;
        }
        assert_eq!(
            phases,
            recorded.history.log.iter().filter(|e| matches!(e.happening, crate::sim::Happening::PhaseEnded(_))).count()
        );
        assert_eq!(playing.game.as_ref().unwrap().save(), recorded.save());
    }

    #[test]
    fn computers_play_until_a_person_must_act_and_the_panels_follow_the_game() {
        let mut playing = Playing::default();
        let computer = Seat::Computer(PolicyKind::Ai(crate::ai::Difficulty::Easy));
        playing.start(game(), [computer, Seat::Human], 3);
        assert_eq!(playing.viewer(), Viewer::Side(Side::Collective), "the board shows the person's side");
        let before = playing.log_lines(Side::Collective, Lang::En).expect("a game is on");
        assert!(playing.advance_computers());
        let game = playing.game.as_ref().unwrap();
        assert_eq!(game.world.phase, Phase::Orders(Side::Collective));
        let after = playing.log_lines(Side::Collective, Lang::En).unwrap();
        assert!(!Arc::ptr_eq(&before, &after), "the log is put in words again once the game moved");
        assert!(Arc::ptr_eq(&after, &playing.log_lines(Side::Collective, Lang::En).unwrap()), "and not at every frame");
    }
}
