//! A game's record played again gives the same game (`sim::record`): the computers' orders
//! with their reasons, a session's start, teams, and the facilitator's acts included; a replay
//! of another level, of a level since changed, or with a step out of range is refused with its
//! reason, and a save from before records were kept still loads.

mod common;

use std::sync::Arc;

use nuage::policy::{Policy, PolicyKind, play_phase};
use nuage::sim::{Game, Phase, Side};

/// Plays every step of a replay file of `scn` and returns the game it gives.
fn replayed(scn: &Arc<nuage::sim::Scenario>, text: &str) -> Game {
    let replay = Game::read_replay(scn.clone(), text).unwrap_or_else(|e| panic!("the replay reads: {e}"));
    let mut game = replay.game;
    for (n, step) in replay.steps.iter().enumerate() {
        game.play_step(step).unwrap_or_else(|e| panic!("step {n} ({step:?}): {e}"));
    }
    game
}

/// Computers of `kind` play `turns` turns of `game` (or to its end).
fn play_turns(game: &mut Game, kind: PolicyKind, turns: u32) {
    let scn = game.scenario.clone();
    let mut players = [Policy::new(&scn, kind, Side::Builder, 3), Policy::new(&scn, kind, Side::Collective, 3)];
    let last = game.world.turn + turns;
    while let Phase::Orders(side) = game.world.phase {
        if game.world.turn >= last {
            break;
        }
        play_phase(game, &mut players[side.index()]);
        game.end_phase(side).unwrap();
    }
}

#[test]
fn a_record_played_again_gives_the_same_game_facilitators_acts_included() {
    let scn = common::fixture("valley.ron");
    let mut game = Game::new(scn.clone(), 7);
    game.begin_session(10, 99);
    play_turns(&mut game, PolicyKind::Ai(nuage::ai::Difficulty::Easy), 3);
    game.note("the room asks about the river").unwrap();
    game.call_card(nuage::sim::EventId(0)).unwrap();
    play_turns(&mut game, PolicyKind::Random, 2);
    game.take_back().unwrap();
    play_turns(&mut game, PolicyKind::Ai(nuage::ai::Difficulty::Medium), 2);
    game.end_after_this_turn().unwrap();
    play_turns(&mut game, PolicyKind::Greedy, 5);
    assert!(game.world.outcome.is_some(), "the game reached its ending");
    let text = game.replay_text().expect("a new game keeps its record");
    assert!(text.len() < game.save().len() / 2, "a record is much smaller than a save");
    assert_eq!(replayed(&scn, &text).save(), game.save(), "the same game, byte for byte");
}

#[test]
fn a_session_of_marseille_played_in_teams_replays_from_its_opening() {
    let scn = common::load("marseille.ron");
    let index = nuage::opening::find(&scn, 45).expect("Marseille has a 45-minute session");
    let mut game = nuage::opening::start(scn.clone(), index, 11).expect("the session opens");
    game.play_in_teams();
    play_turns(&mut game, PolicyKind::Ai(nuage::ai::Difficulty::Easy), 2);
    let text = game.replay_text().expect("a record");
    assert_eq!(replayed(&scn, &text).save(), game.save());
}

#[test]
fn a_replay_that_is_not_this_games_is_refused_with_its_reason() {
    let scn = common::fixture("valley.ron");
    let mut game = Game::new(scn.clone(), 1);
    play_turns(&mut game, PolicyKind::Random, 2);
    let text = game.replay_text().unwrap();
    // Another level.
    let other = common::fixture("rules.ron");
    assert!(Game::read_replay(other, &text).is_err());
    // A step naming an action the level lacks: refused before anything is played.
    let tampered = text.replacen("action:(", "action:(500", 1);
    assert_ne!(tampered, text, "the record names an action");
    let error = Game::read_replay(scn.clone(), &tampered).err().expect("refused").to_string();
    assert!(error.contains("step"), "{error}");
    // Not a replay at all.
    assert!(Game::read_replay(scn.clone(), "(format: 1").is_err());
}

#[test]
fn a_save_from_before_records_loads_and_has_no_replay() {
    let scn = common::fixture("valley.ron");
    let mut game = Game::new(scn.clone(), 1);
    play_turns(&mut game, PolicyKind::Random, 1);
    let save = game.save();
    let at = save.find(",record:").expect("the save holds the record");
    let old = format!("{}{}", &save[..at], &save[save.rfind("))").unwrap()..]);
    let loaded = Game::load(scn, &old).unwrap_or_else(|e| panic!("an older save loads: {e}"));
    assert!(loaded.replay_text().is_none());
}
