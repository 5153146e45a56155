//! What was done to a game, call by call, from its start: the seed it was dealt and every order,
//! phase end, session and teams start and act of the facilitator, in order. The core is
//! deterministic, so these steps played again on the same level give the same game, entry for
//! entry: a replay file is a game's record (`nuage --replay FILE`), a few kilobytes where a
//! save holds every figure.

use serde::{Deserialize, Serialize};

use super::EventId;
use super::game::{Game, LoadError};
use super::happening::Reason;
use super::order::Order;
use super::scenario::{Scenario, Side};

/// One call that changed the game.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Step {
    /// An order given as its side sees the game (`Game::give`), with a computer's reason when
    /// it had one.
    Give(Order, Option<Reason>),
    /// An order given on the whole world (`Game::submit`: tools and tests), likewise.
    Submit(Order, Option<Reason>),
    EndPhase(Side),
    /// A workshop session begins: its end and the seed of its draws (`Game::begin_session`).
    BeginSession {
        end: u32,
        seed: u64,
    },
    /// The game is played in teams from here (`Game::play_in_teams`).
    Teams,
    /// The game is played team by team from here (`Game::play_team_by_team`).
    TeamByTeam,
    /// The team at the keyboard hands it on (`Game::end_team`).
    EndTeam(Side),
    TakeBack,
    Call(EventId),
    EndAfterThisTurn,
    Note(String),
}

/// A game's record: its seed, then its steps. A game saved by a version that kept no record
/// has no seed: it cannot be played again.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub seed: Option<u64>,
    pub steps: Vec<Step>,
}

/// The replay file's format: its first field, checked before anything else is read.
pub const REPLAY_FORMAT: u32 = 1;

/// What a replay file holds: which level, as it was, and the record.
#[derive(Serialize, Deserialize)]
struct ReplayFile {
    format: u32,
    level: String,
    fingerprint: u64,
    record: Record,
}

/// A replay read back: the game as it stood before its first step, and the steps to play.
pub struct Replay {
    pub game: Game,
    pub steps: Vec<Step>,
}

impl Game {
    /// The replay file of this game; `None` for a game loaded from a save that kept no record.
    pub fn replay_text(&self) -> Option<String> {
        self.history.record.seed?;
        let file = ReplayFile {
            format: REPLAY_FORMAT,
            level: self.scenario.id.clone(),
            fingerprint: self.scenario.fingerprint,
            record: self.history.record.clone(),
        };
        Some(ron::to_string(&file).expect("a record always serializes"))
    }

    /// Reads a replay file of this level: the game at its start, and its steps.
    pub fn read_replay(scenario: std::sync::Arc<Scenario>, text: &str) -> Result<Replay, LoadError> {
        let file: ReplayFile = ron::from_str(text).map_err(|e| LoadError::Corrupt(e.to_string()))?;
        if file.format != REPLAY_FORMAT {
            return Err(LoadError::Format { found: file.format, expected: REPLAY_FORMAT });
        }
        if file.level != scenario.id {
            return Err(LoadError::OtherLevel { found: file.level, expected: scenario.id.clone() });
        }
        if file.fingerprint != scenario.fingerprint {
            return Err(LoadError::LevelChanged { level: file.level });
        }
        let seed = file.record.seed.ok_or_else(|| LoadError::Corrupt("the record has no seed".into()))?;
        super::check::record(&scenario, &file.record).map_err(LoadError::Corrupt)?;
        Ok(Replay { game: Game::new(scenario, seed), steps: file.record.steps })
    }

    /// Plays one step of a record. A step the game refuses means the record is not this
    /// game's (edited, or of another version of the rules): the reason is returned and the
    /// game is left as the refusal leaves it.
    pub fn play_step(&mut self, step: &Step) -> Result<(), String> {
        let refused = |e: &dyn std::fmt::Display| e.to_string();
        // An order's refusal is put in words by the shells, per language; a record's reader
        // needs only which it was.
        let order_refused = |e: super::order::Refusal| format!("the order was refused ({e:?})");
        match step {
            Step::Give(order, None) => self.give(order).map(drop).map_err(order_refused),
            Step::Give(order, Some(reason)) => {
                Self::same_order(order, reason)?;
                self.give_explained(reason.clone()).map(drop).map_err(order_refused)
            }
            Step::Submit(order, None) => self.submit(order).map(drop).map_err(order_refused),
            Step::Submit(order, Some(reason)) => {
                Self::same_order(order, reason)?;
                self.submit_explained(reason.clone()).map(drop).map_err(order_refused)
            }
            Step::EndPhase(side) => self.end_phase(*side).map(drop).map_err(order_refused),
            Step::BeginSession { end, seed } => {
                self.begin_session(*end, *seed);
                Ok(())
            }
            Step::Teams => {
                self.play_in_teams();
                Ok(())
            }
            Step::TeamByTeam => {
                self.play_team_by_team();
                Ok(())
            }
            Step::EndTeam(side) => self.end_team(*side).map(drop).map_err(order_refused),
            Step::TakeBack => self.take_back().map(drop).map_err(|e| refused(&e)),
            Step::Call(event) => self.call_card(*event).map_err(|e| refused(&e)),
            Step::EndAfterThisTurn => self.end_after_this_turn().map_err(|e| refused(&e)),
            Step::Note(text) => self.note(text).map_err(|e| refused(&e)),
        }
    }

    fn same_order(order: &Order, reason: &Reason) -> Result<(), String> {
        (reason.order == *order).then_some(()).ok_or_else(|| "a reason given for another order".to_owned())
    }

    /// Keeps a step in the game's record.
    pub(super) fn note_step(&mut self, step: Step) {
        self.history.record.steps.push(step);
    }
}

/// The most steps a record may hold: no more than a game's log may (every step but a note
/// writes an entry).
pub const MAX_STEPS: usize = 5_000_000;
