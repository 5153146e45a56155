//! A workshop session's start (`sim::plan`): the turns before its first are played by the
//! level's opening players on the level's seed, the same way every time, so that every room
//! playing a session meets the same state at its first turn.

use std::sync::Arc;

use crate::policy::{PolicyKind, play_until};
use crate::sim::{Game, Scenario};

/// Seeds tried after the level's, in order, when an opening ends the game before the session
/// begins: the first that reaches the session's first turn is kept (the same one every time).
const RETRIES: u64 = 16;

/// The game of the level's session `index` at the start of its first turn, its draws from then
/// on seeded with `seed`.
pub fn start(scenario: Arc<Scenario>, index: usize, seed: u64) -> Result<Game, String> {
    let mut game = opening(scenario, index)?;
    session_from(&mut game, index, seed);
    Ok(game)
}

/// Makes the opening of session `index` (from [`opening`]) the session itself, drawing from `seed`.
pub fn session_from(game: &mut Game, index: usize, seed: u64) {
    if let Some(session) = game.scenario.sessions.get(index) {
        let end = session.first_turn + session.turns;
        game.begin_session(end, seed);
    }
}

/// The game at the start of session `index`'s first turn, as its opening leaves it: the same
/// every time.
pub fn opening(scenario: Arc<Scenario>, index: usize) -> Result<Game, String> {
    let session = scenario.sessions.get(index).ok_or_else(|| format!("the level has no session {index}"))?.clone();
    let player = |name: &str| name.parse::<PolicyKind>();
    let builder = player(&session.opening.builder)?;
    let collective = player(&session.opening.collective)?;
    for attempt in 0..RETRIES {
        let opening_seed = session.opening.seed.wrapping_add(attempt);
        let game = play_until(scenario.clone(), opening_seed, builder, collective, |w| w.turn >= session.first_turn);
        if game.world.outcome.is_none() && game.world.turn == session.first_turn {
            return Ok(game);
        }
    }
    Err(format!(
        "the opening of the {}-minute session ended the game before turn {} on {RETRIES} seeds: start it earlier",
        session.minutes,
        session.first_turn + 1
    ))
}

/// The level's session of `minutes`, if it has one.
pub fn find(scenario: &Scenario, minutes: u32) -> Option<usize> {
    scenario.sessions.iter().position(|s| s.minutes == minutes)
}
