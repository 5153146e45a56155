//! Same level, seed and orders give the same bytes; saving mid-game changes nothing.

mod common;

use nuage::policy::{Policy, PolicyKind};
use nuage::sim::{Game, Phase, Side};

/// Plays `turns` turns (or to the end) with random players on both sides.
fn play_turns(game: &mut Game, players: &mut [Policy; 2], turns: u32) {
    let stop = game.world.turn + turns;
    while let Phase::Orders(side) = game.world.phase {
        if game.world.turn >= stop {
            break;
        }
        while let Some(order) = players[side.index()].next_order(game) {
            game.give(&order).expect("players give orders their view allows");
        }
        game.end_phase(side).unwrap();
    }
}

fn players(seed: u64) -> [Policy; 2] {
    let scn = common::load("marseille.ron");
    [
        Policy::new(&scn, PolicyKind::Random, Side::Builder, seed),
        Policy::new(&scn, PolicyKind::Random, Side::Collective, seed),
    ]
}

#[test]
fn the_same_seed_gives_byte_identical_games_and_another_seed_a_different_one() {
    let scenario = common::load("marseille.ron");
    let run = |seed| {
        let mut game = Game::new(scenario.clone(), seed);
        play_turns(&mut game, &mut players(seed), 100);
        game.save()
    };
    assert_eq!(run(7), run(7));
    assert_ne!(run(7), run(8));
}

#[test]
fn saving_and_loading_mid_game_then_continuing_equals_never_stopping() {
    let scenario = common::load("marseille.ron");
    let mut straight = Game::new(scenario.clone(), 42);
    let mut straight_players = players(42);
    play_turns(&mut straight, &mut straight_players, 100);

    let mut first = Game::new(scenario.clone(), 42);
    let mut split_players = players(42);
    play_turns(&mut first, &mut split_players, 11);
    let text = first.save();
    drop(first);
    let mut resumed = Game::load(scenario, &text).expect("own save loads");
    play_turns(&mut resumed, &mut split_players, 100);

    assert!(straight.world.is_over());
    assert_eq!(straight.save(), resumed.save());
}

#[test]
fn damaged_foreign_and_outdated_saves_are_refused_with_a_reason() {
    use nuage::sim::LoadError;
    let marseille = common::load("marseille.ron");
    let tutorial = common::load("tutorial.ron");
    let save = Game::new(marseille.clone(), 1).save();

    let cut = &save[..save.len() / 2];
    assert!(matches!(Game::load(marseille.clone(), cut), Err(LoadError::Corrupt(_))));
    assert!(matches!(Game::load(marseille.clone(), "not a save at all"), Err(LoadError::Corrupt(_))));
    assert!(matches!(Game::load(tutorial, &save), Err(LoadError::OtherLevel { .. })));
    let future = save.replacen("format:1", "format:99", 1);
    assert!(
        matches!(Game::load(marseille.clone(), &future), Err(LoadError::Format { found: 99, .. })),
        "{}",
        &future[..40]
    );
    let mut other = (*marseille).clone();
    other.fingerprint ^= 1;
    assert!(matches!(Game::load(std::sync::Arc::new(other), &save), Err(LoadError::LevelChanged { .. })));
}
