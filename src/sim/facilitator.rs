//! What a workshop's facilitator may do to a game, beside the two sides: take back a turn
//! played by mistake, call a card of the level for the next turn, end the game by the score
//! after this turn for a session running late, and keep notes on each turn for the debrief.
//!
//! Each act is recorded in the log where it happened, with the facilitator as its cause
//! ([`Happening::Facilitated`]), so that the report says what the room saw. Notes are kept in
//! the history beside the log, seen by the facilitator's seat only, and survive a take-back.

use serde::{Deserialize, Serialize};

use super::game::Game;
use super::happening::Happening;
use super::ids::EventId;
use super::world::{Phase, World};

/// The most notes a game keeps, and the longest a note may be (in characters): a save is
/// passed around and read back, so what it holds is bounded.
pub const MAX_NOTES: usize = 2_000;
pub const MAX_NOTE_CHARS: usize = 4_000;
/// The most cards called for one turn.
pub const MAX_CALLED: usize = 16;

/// How many turn starts a game keeps to go back to: a room takes back a turn played by
/// mistake, not the whole game.
const KEPT_STARTS: usize = 4;

/// One of the facilitator's acts, as the log records it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Facilitation {
    /// The game was set back to the start of `turn`; what had been played since is undone.
    TookBack { turn: u32 },
    /// A card of the level will be played at the start of the next turn.
    Called(EventId),
    /// The game ends by the score when this turn resolves.
    EndsAfterThisTurn,
}

/// A note the facilitator typed during a turn, for the debrief and the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub turn: u32,
    pub text: String,
}

/// The game as it stood at the start of a turn, after its news: what a take-back restores.
#[derive(Clone, Debug)]
pub(super) struct TurnStart {
    world: World,
    log_len: usize,
    snapshots: usize,
}

/// Why the facilitator's act was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("there is no earlier turn start kept to go back to")]
    NothingToTakeBack,
    #[error("the game is over")]
    GameOver,
    #[error("the level has no such card")]
    UnknownCard,
    #[error("as many cards are called for the next turn as may be")]
    TooManyCalled,
    #[error("this turn is already the game's last")]
    AlreadyLast,
    #[error("the note is empty, too long, or one too many")]
    Note,
}

impl TurnStart {
    pub(super) fn of(game: &Game) -> TurnStart {
        TurnStart {
            world: game.world.clone(),
            log_len: game.history.log.len(),
            snapshots: game.history.snapshots.len(),
        }
    }
}

impl Game {
    /// Keeps the game as it stands now as a turn start to go back to (the start of a game or
    /// of a turn, or a game just loaded at a turn's start).
    pub(super) fn keep_turn_start(&mut self) {
        if self.turn_starts.len() == KEPT_STARTS {
            self.turn_starts.remove(0);
        }
        self.turn_starts.push(TurnStart::of(self));
    }

    /// The turn a take-back would go back to: the start of this turn once anything was done in
    /// it, otherwise the start of the turn before; `None` when no such start is kept.
    pub fn take_back_to(&self) -> Option<u32> {
        self.take_back_index().map(|i| self.turn_starts[i].world.turn)
    }

    fn take_back_index(&self) -> Option<usize> {
        let last = self.turn_starts.len().checked_sub(1)?;
        if self.history.log.len() > self.turn_starts[last].log_len { Some(last) } else { last.checked_sub(1) }
    }

    /// Sets the game back to the start of a turn ([`Game::take_back_to`]): the world, its
    /// draws to come and its log are as they were then, so the same orders give the same game
    /// again. The take-back itself stays in the log, and the notes stay.
    pub fn take_back(&mut self) -> Result<u32, Refused> {
        let index = self.take_back_index().ok_or(Refused::NothingToTakeBack)?;
        self.turn_starts.truncate(index + 1);
        let start = &self.turn_starts[index];
        self.world = start.world.clone();
        self.history.log.truncate(start.log_len);
        self.history.snapshots.truncate(start.snapshots);
        // The phases taken back are timed again when they are played again.
        let turn = self.world.turn;
        self.history.timings.retain(|t| t.turn < turn);
        self.history.record(turn, &[Happening::Facilitated(Facilitation::TookBack { turn })]);
        // The record of the take-back belongs to this start: taking back again without playing
        // goes one turn further.
        self.turn_starts[index].log_len = self.history.log.len();
        self.note_step(super::record::Step::TakeBack);
        Ok(turn)
    }

    /// Calls a card of the level for the start of the next turn, whatever its conditions and
    /// draw weight: the room needs it. Called cards are played in the order called.
    pub fn call_card(&mut self, event: EventId) -> Result<(), Refused> {
        if self.world.phase == Phase::Ended {
            return Err(Refused::GameOver);
        }
        if event.index() >= self.scenario.events.len() {
            return Err(Refused::UnknownCard);
        }
        if self.world.called.len() >= MAX_CALLED {
            return Err(Refused::TooManyCalled);
        }
        self.world.called.push(event);
        self.history.record(self.world.turn, &[Happening::Facilitated(Facilitation::Called(event))]);
        self.note_step(super::record::Step::Call(event));
        Ok(())
    }

    /// Makes this turn the game's last: when it resolves, the game ends by the score (if
    /// nothing ended it before), as a session does at its last turn.
    pub fn end_after_this_turn(&mut self) -> Result<(), Refused> {
        if self.world.phase == Phase::Ended {
            return Err(Refused::GameOver);
        }
        let end = self.world.turn + 1;
        if self.world.turns(&self.scenario) <= end {
            return Err(Refused::AlreadyLast);
        }
        self.world.session_end = Some(end);
        self.history.record(self.world.turn, &[Happening::Facilitated(Facilitation::EndsAfterThisTurn)]);
        self.note_step(super::record::Step::EndAfterThisTurn);
        Ok(())
    }

    /// Keeps the facilitator's note on this turn (trimmed; an empty one is refused).
    pub fn note(&mut self, text: &str) -> Result<(), Refused> {
        // Typed by a person, but saves are passed around: no control character but line ends.
        let text: String = text.trim().chars().filter(|c| !c.is_control() || *c == '\n').collect();
        if text.is_empty() || text.chars().count() > MAX_NOTE_CHARS || self.history.notes.len() >= MAX_NOTES {
            return Err(Refused::Note);
        }
        self.note_step(super::record::Step::Note(text.clone()));
        self.history.notes.push(Note { turn: self.world.turn, text });
        Ok(())
    }
}
