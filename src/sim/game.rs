//! A whole game: the scenario, the world and its history, with saving and loading.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::happening::Happening;
use super::history::{History, Snapshot};
use super::order::{Order, Refusal};
use super::record::Step;
use super::scenario::{Scenario, Side};
use super::world::World;
use super::{orders, resolve};

/// Bumped whenever the saved shape changes; older saves are refused with a message.
pub const SAVE_FORMAT: u32 = 1;

#[derive(Clone, Debug)]
pub struct Game {
    pub scenario: Arc<Scenario>,
    pub world: World,
    pub history: History,
    /// The last few turn starts, for the facilitator's take-back (`sim::facilitator`); not
    /// saved: a game loaded at a turn's start keeps that start.
    pub(super) turn_starts: Vec<super::facilitator::TurnStart>,
}

/// What goes into a save file: a copy of the game that can be written out as text elsewhere
/// (the window's autosave does it on a thread of its own).
#[derive(Serialize, Deserialize)]
pub struct SavedGame {
    format: u32,
    level: String,
    fingerprint: u64,
    world: World,
    history: History,
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("the save is damaged or not a save ({0})")]
    Corrupt(String),
    #[error("the save was written by another version of the game (format {found}, this one reads {expected})")]
    Format { found: u32, expected: u32 },
    #[error("the save belongs to level `{found}`, not `{expected}`")]
    OtherLevel { found: String, expected: String },
    #[error("the level `{level}` has changed since this game was saved")]
    LevelChanged { level: String },
}

impl SavedGame {
    /// The save's text; the same game always gives the same bytes.
    pub fn text(&self) -> String {
        ron::to_string(self).expect("a game always serializes")
    }
}

impl Game {
    /// A new game at the start of its first turn, the first news drawn.
    pub fn new(scenario: Arc<Scenario>, seed: u64) -> Game {
        let mut world = World::new(&scenario, seed);
        let happenings = resolve::begin_turn(&scenario, &mut world);
        let mut history = History::default();
        history.record.seed = Some(seed);
        history.record(0, &happenings);
        history.snapshots.push(Snapshot::of(&scenario, &world));
        let mut game = Game { scenario, world, history, turn_starts: Vec::new() };
        game.keep_turn_start();
        game
    }

    pub fn check(&self, order: &Order) -> Result<(), Refusal> {
        self.room_in_the_record()?;
        orders::check(&self.scenario, &self.world, order)
    }

    pub fn submit(&mut self, order: &Order) -> Result<Vec<Happening>, Refusal> {
        self.room_in_the_record()?;
        let happenings = orders::apply(&self.scenario, &mut self.world, order)?;
        self.history.record(self.world.turn, &happenings);
        self.note_step(Step::Submit(*order, None));
        Ok(happenings)
    }

    /// Gives an order with the reason a computer player chose it, recorded just before it.
    pub fn submit_explained(&mut self, reason: super::happening::Reason) -> Result<Vec<Happening>, Refusal> {
        // Applied first, so that a refused order leaves no reason behind.
        self.room_in_the_record()?;
        let happenings = orders::apply(&self.scenario, &mut self.world, &reason.order)?;
        self.note_step(Step::Submit(reason.order, Some(reason.clone())));
        self.history.record(self.world.turn, &[Happening::Reasoned(reason)]);
        self.history.record(self.world.turn, &happenings);
        Ok(happenings)
    }

    /// The order's side's view, and the order in that view's terms; refused as an unknown
    /// target when it aims at a project the side does not know of.
    fn as_seen(&self, order: &Order) -> Result<(super::View, Order), Refusal> {
        let view = super::View::without_log(&self.scenario, &self.world, &self.history, order.side);
        let seen = view.local_order(*order).ok_or(Refusal::UnknownTarget)?;
        Ok((view, seen))
    }

    /// Whether the order's side, knowing only its view, would see it refused, and why: the
    /// refusal a screen may show.
    pub fn check_as_seen(&self, order: &Order) -> Result<(), Refusal> {
        self.room_in_the_record()?;
        let (view, seen) = self.as_seen(order)?;
        orders::check(&self.scenario, &view.world, &seen)
    }

    /// Gives an order as its side sees the game, the way people and computer players give
    /// theirs: refused only for what the side may know; an order whose requirement fails for a
    /// reason the side could not know is paid for and comes to nothing (`orders::apply_as_seen`).
    pub fn give(&mut self, order: &Order) -> Result<Vec<Happening>, Refusal> {
        self.room_in_the_record()?;
        let (view, seen) = self.as_seen(order)?;
        let happenings = orders::apply_as_seen(&self.scenario, &mut self.world, &view.world, &seen, order)?;
        self.history.record(self.world.turn, &happenings);
        self.note_step(Step::Give(*order, None));
        Ok(happenings)
    }

    /// [`Game::give`], with the reason a computer player chose the order, recorded just before it.
    pub fn give_explained(&mut self, reason: super::happening::Reason) -> Result<Vec<Happening>, Refusal> {
        self.room_in_the_record()?;
        let (view, seen) = self.as_seen(&reason.order)?;
        let happenings = orders::apply_as_seen(&self.scenario, &mut self.world, &view.world, &seen, &reason.order)?;
        self.note_step(Step::Give(reason.order, Some(reason.clone())));
        self.history.record(self.world.turn, &[Happening::Reasoned(reason)]);
        self.history.record(self.world.turn, &happenings);
        Ok(happenings)
    }

    /// Ends a side's phase; ending the collective's resolves the turn and draws the next news.
    pub fn end_phase(&mut self, side: Side) -> Result<Vec<Happening>, Refusal> {
        let turn = self.world.turn;
        let happenings = resolve::end_phase(&self.scenario, &mut self.world, side)?;
        // Entries up to the resolution belong to the turn that ends; the rest to the next one.
        let split =
            happenings.iter().position(|h| matches!(h, Happening::TurnStarted { .. })).unwrap_or(happenings.len());
        self.history.record(turn, &happenings[..split]);
        self.history.record(self.world.turn, &happenings[split..]);
        self.note_step(Step::EndPhase(side));
        if side == Side::Collective {
            self.history.snapshots.push(Snapshot::of(&self.scenario, &self.world));
            if self.world.phase != super::world::Phase::Ended {
                self.end_if_the_record_is_full();
                self.keep_turn_start();
            }
        }
        Ok(happenings)
    }

    /// Refuses any order once the log holds [`bounds::MAX_LOG_ENTRIES_AT_ALL`] entries.
    fn room_in_the_record(&self) -> Result<(), Refusal> {
        if self.history.log.len() >= super::bounds::MAX_LOG_ENTRIES_AT_ALL {
            return Err(Refusal::RecordFull);
        }
        Ok(())
    }

    /// Past [`bounds::MAX_LOG_ENTRIES`](super::bounds::MAX_LOG_ENTRIES), the turn that starts is
    /// the last: the score decides at its end, so that the game stays one its save can hold.
    fn end_if_the_record_is_full(&mut self) {
        let next = self.world.turn + 1;
        if self.history.log.len() > super::bounds::MAX_LOG_ENTRIES && self.world.turns(&self.scenario) > next {
            self.world.session_end = Some(next);
            let happening = Happening::RecordFull;
            self.history.record(self.world.turn, std::slice::from_ref(&happening));
        }
    }

    pub fn legal_orders(&self, side: Side) -> Vec<Order> {
        orders::legal_orders(&self.scenario, &self.world, side)
    }

    /// Makes this game a workshop session whose last turn is the one before `end` (counted from
    /// 0): the scored endings are weighed there. Its draws from now on come from `seed`, so
    /// that sessions sharing an opening differ in their luck.
    pub fn begin_session(&mut self, end: u32, seed: u64) {
        use rand::SeedableRng;
        self.world.session_end = Some(end.clamp(self.world.turn + 1, self.scenario.calendar.turns));
        self.world.rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        self.note_step(Step::BeginSession { end, seed });
    }

    /// Plays this game in teams, when its level has any: from now on each team gives the orders
    /// of its own actions, from its own share of its side's action points.
    pub fn play_in_teams(&mut self) {
        if self.enter_teams() {
            self.note_step(Step::Teams);
        }
    }

    /// Plays in teams from now on; false for a level without teams.
    fn enter_teams(&mut self) -> bool {
        if Side::BOTH.iter().all(|s| self.scenario.side(*s).teams.is_empty()) {
            return false;
        }
        self.world.teams = true;
        for side in Side::BOTH {
            // Each team starts with its whole share; the side's own points still bound them all.
            self.world.side_mut(side).team_points = self.scenario.team_points(side);
        }
        true
    }

    /// Plays this game team by team, when its level has teams: each side's teams give their
    /// orders in the level's order, each in its turn at the keyboard (and from its own share).
    pub fn play_team_by_team(&mut self) {
        if !self.enter_teams() {
            return;
        }
        self.world.team_by_team = true;
        resolve::first_team(&self.scenario, &mut self.world);
        self.note_step(Step::TeamByTeam);
    }

    /// Played team by team: the team at the keyboard is done and the next of its side takes
    /// its turn; after the side's last team (or without teams), the phase ends
    /// ([`Game::end_phase`]).
    pub fn end_team(&mut self, side: Side) -> Result<Vec<Happening>, Refusal> {
        match self.pass_to_next_team(side) {
            Some(happening) => Ok(vec![happening]),
            None => self.end_phase(side),
        }
    }

    /// Played team by team: hands the keyboard to the next team of `side`, when there is one
    /// (the happening that says so); `None`, and nothing changed, after the side's last team.
    pub fn pass_to_next_team(&mut self, side: Side) -> Option<Happening> {
        let happening = resolve::next_team(&self.scenario, &mut self.world, side)?;
        self.history.record(self.world.turn, std::slice::from_ref(&happening));
        self.note_step(Step::EndTeam(side));
        Some(happening)
    }

    /// The level's discussion prompts for the turn just played (the one before this), in the
    /// level's order: those of its range of turns, and those of a card played in it.
    pub fn prompts_after(&self) -> Vec<&super::scenario::Text> {
        use super::scenario::PromptWhen;
        let Some(played) = self.world.turn.checked_sub(1) else { return Vec::new() };
        // A card's prompt comes once, with the card: the consequences the turn played set off,
        // and the cards drawn or called at the start of this one.
        let cards: Vec<super::EventId> = self
            .history
            .since(played)
            .iter()
            .filter_map(|e| match e.happening {
                Happening::Triggered(ev) => Some(ev),
                Happening::News(ev) | Happening::Called(ev) if e.turn == self.world.turn => Some(ev),
                _ => None,
            })
            .collect();
        self.scenario
            .prompts
            .iter()
            .filter(|p| match p.when {
                PromptWhen::Turns(from, to) => (from..=to).contains(&played),
                PromptWhen::Event(ev) => cards.contains(&ev),
            })
            .map(|p| &p.text)
            .collect()
    }

    /// The whole game as text; the same game always gives the same bytes.
    pub fn save(&self) -> String {
        self.to_save().text()
    }

    /// A copy of what a save holds, to be written out as text later.
    pub fn to_save(&self) -> SavedGame {
        SavedGame {
            format: SAVE_FORMAT,
            level: self.scenario.id.clone(),
            fingerprint: self.scenario.fingerprint,
            world: self.world.clone(),
            history: self.history.clone(),
        }
    }

    /// Restores a saved game of this scenario; anything else is refused with the reason.
    pub fn load(scenario: Arc<Scenario>, text: &str) -> Result<Game, LoadError> {
        if let Some(found) = saved_format(text)
            && found != SAVE_FORMAT
        {
            return Err(LoadError::Format { found, expected: SAVE_FORMAT });
        }
        let saved: SavedGame = ron::from_str(text).map_err(|e| LoadError::Corrupt(e.to_string()))?;
        if saved.level != scenario.id {
            return Err(LoadError::OtherLevel { found: saved.level, expected: scenario.id.clone() });
        }
        if saved.fingerprint != scenario.fingerprint {
            return Err(LoadError::LevelChanged { level: saved.level });
        }
        // Checked whole before use: a save is a file people pass around.
        super::check::world(&scenario, &saved.world)
            .and_then(|()| super::check::history(&scenario, &saved.world, &saved.history))
            .map_err(|why| LoadError::Corrupt(format!("its contents do not match the level: {why}")))?;
        let mut game = Game { scenario, world: saved.world, history: saved.history, turn_starts: Vec::new() };
        // Autosaves are written at a turn's start: the facilitator can go back to it.
        if game.world.phase == super::world::Phase::Orders(Side::Builder)
            && !game.history.since(game.world.turn).iter().any(|e| e.happening.is_play())
        {
            game.keep_turn_start();
        }
        Ok(game)
    }
}

/// The format number at the head of a save, read without trusting the rest.
fn saved_format(text: &str) -> Option<u32> {
    let after = text.split_once("format:")?.1.trim_start();
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}
