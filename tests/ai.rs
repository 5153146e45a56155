//! The computer opponents: legal, deterministic, level-independent, and better than chance.

mod common;

use std::path::PathBuf;
use std::sync::Arc;

use nuage::ai::Difficulty;
use nuage::policy::{self, Policy, PolicyKind};
use nuage::sim::{Game, Happening, Phase, Scenario, Side};
use proptest::prelude::*;

fn fixture(name: &str) -> Arc<Scenario> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    Arc::new(nuage::level::load(&path).unwrap_or_else(|e| panic!("{e}")))
}

/// Plays a game where every order a player gives is first checked as its side sees the game;
/// panics on one refused there.
fn play_checked(scenario: Arc<Scenario>, seed: u64, kinds: [PolicyKind; 2]) -> Game {
    let mut game = Game::new(scenario.clone(), seed);
    let mut players = [
        Policy::new(&scenario, kinds[0], Side::Builder, seed),
        Policy::new(&scenario, kinds[1], Side::Collective, seed),
    ];
    while let Phase::Orders(side) = game.world.phase {
        while let Some(decision) = players[side.index()].decide(&game) {
            let key = &scenario.action(decision.order.action).key;
            assert_eq!(
                game.check_as_seen(&decision.order),
                Ok(()),
                "{:?} gave a refused order: {key}",
                kinds[side.index()]
            );
            match decision.reason {
                Some(reason) => game.give_explained(reason).unwrap(),
                None => game.give(&decision.order).unwrap(),
            };
        }
        game.end_phase(side).unwrap();
    }
    game
}

fn ai(d: Difficulty) -> PolicyKind {
    PolicyKind::Ai(d)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn computer_players_only_give_legal_orders_and_finish_every_level(
        seed in any::<u64>(),
        level in prop::sample::select(vec!["marseille.ron", "tutorial.ron", "valley.ron"]),
        builder in prop::sample::select(vec![Difficulty::Easy, Difficulty::Medium]),
        collective in prop::sample::select(vec![Difficulty::Easy, Difficulty::Medium]),
    ) {
        let scenario = if level == "valley.ron" { fixture(level) } else { common::load(level) };
        let game = play_checked(scenario, seed, [ai(builder), ai(collective)]);
        prop_assert!(game.world.outcome.is_some());
    }
}

#[test]
fn hard_players_finish_the_bundled_levels_with_legal_orders() {
    for level in ["marseille.ron", "tutorial.ron"] {
        let game = play_checked(common::load(level), 11, [ai(Difficulty::Hard), ai(Difficulty::Hard)]);
        assert!(game.world.outcome.is_some(), "{level}");
    }
}

#[test]
fn the_same_seed_gives_the_same_game_between_computer_players() {
    let scenario = common::load("marseille.ron");
    let run = |seed| policy::play(scenario.clone(), seed, ai(Difficulty::Medium), ai(Difficulty::Hard)).save();
    assert_eq!(run(3), run(3));
    assert_ne!(run(3), run(4));
}

#[test]
fn a_level_made_only_for_the_tests_is_played_to_an_ending_at_every_difficulty() {
    let scenario = fixture("valley.ron");
    for d in Difficulty::ALL {
        for seed in 0..4 {
            let game = play_checked(scenario.clone(), seed, [ai(d), ai(d)]);
            assert!(game.world.outcome.is_some(), "{d} seed {seed}");
        }
    }
}

#[test]
fn every_computer_order_comes_with_a_reason_in_both_languages() {
    use nuage::i18n::Lang;
    let scenario = common::load("marseille.ron");
    let game = policy::play(scenario.clone(), 2, ai(Difficulty::Medium), ai(Difficulty::Medium));
    let log = &game.history.log;
    let mut reasons = 0;
    for (i, entry) in log.iter().enumerate() {
        if let Happening::OrderGiven { order, .. } = &entry.happening {
            let previous = i.checked_sub(1).map(|j| &log[j].happening);
            let Some(Happening::Reasoned(reason)) = previous else { panic!("order {i} has no reason before it") };
            assert_eq!(reason.order, *order);
            assert!(!reason.factors.is_empty(), "a reason names what was weighed");
            reasons += 1;
            for lang in Lang::ALL {
                let text = nuage::sim::describe::happening(&scenario, &game.world, &log[i - 1].happening, lang);
                assert!(!text.contains('[') && text.len() > 20, "{text}");
            }
        }
    }
    assert!(reasons > 10, "{reasons} orders");
}

/// Share of `games` games the computer player at `d` wins against `random`, half on each side.
fn wins_against_random(d: Difficulty, games: u64) -> f64 {
    let scenario = common::load("marseille.ron");
    let mut wins = 0;
    for seed in 0..games {
        let side = if seed % 2 == 0 { Side::Builder } else { Side::Collective };
        let kinds = match side {
            Side::Builder => (ai(d), PolicyKind::Random),
            Side::Collective => (PolicyKind::Random, ai(d)),
        };
        let game = policy::play(scenario.clone(), seed, kinds.0, kinds.1);
        if game.world.outcome.as_ref().unwrap().winner == Some(side) {
            wins += 1;
        }
    }
    wins as f64 / games as f64
}

// Against `random` (these 100 games, seeds 0-99, sides alternating). The players decide from
// their side's view (design/ai.md): random builders take more games from a collective that no
// longer sees the hidden figures and the builders' secrets (design/balance.md). Held a few
// points below what they reach, so that a regression is caught without the bound riding on
// one seed.
#[test]
fn easy_beats_random_in_most_games() {
    let share = wins_against_random(Difficulty::Easy, 100);
    assert!(share >= 0.6, "easy won {share}");
}

#[test]
fn medium_beats_random_in_most_games() {
    let share = wins_against_random(Difficulty::Medium, 100);
    assert!(share >= 0.75, "medium won {share}");
}

#[test]
fn hard_beats_random_in_most_games() {
    let share = wins_against_random(Difficulty::Hard, 100);
    assert!(share >= 0.78, "hard won {share}");
}

/// The builders' share of the decisive games of `games` games of Marseille.
fn builders_share(builder: PolicyKind, collective: PolicyKind, games: usize) -> f64 {
    let report = nuage::balance::run(common::load("marseille.ron"), games, builder, collective, 2, None, &|_| {});
    report.wins.builder / (report.wins.builder + report.wins.collective)
}

// Hard is really harder than medium, on each side: against a medium opponent it takes a larger
// share of the decisive games than medium does (200 games, seeds 0-199: builders 86% against
// 66%, collective 53% against 34%). Held to 10 points for the builders, 8 for the collective.
#[test]
fn hard_takes_more_decisive_games_than_medium_on_either_side() {
    let (medium, hard) = (ai(Difficulty::Medium), ai(Difficulty::Hard));
    let even = builders_share(medium, medium, 200);
    let hard_builders = builders_share(hard, medium, 200);
    let hard_collective = 1.0 - builders_share(medium, hard, 200);
    assert!(hard_builders >= even + 0.10, "hard builders {hard_builders:.2}, medium {even:.2}");
    assert!(hard_collective >= (1.0 - even) + 0.08, "hard collective {hard_collective:.2}, medium {:.2}", 1.0 - even);
}

// Hard against easy (60 games, seeds 1000-1059): hard builders win most games; a hard
// collective wins more than it loses, though far from the 85% (design/balance.md).
#[test]
fn hard_wins_more_games_than_easy_on_either_side() {
    let scenario = common::load("marseille.ron");
    for side in Side::BOTH {
        let (b, c) = match side {
            Side::Builder => (ai(Difficulty::Hard), ai(Difficulty::Easy)),
            Side::Collective => (ai(Difficulty::Easy), ai(Difficulty::Hard)),
        };
        let winners: Vec<Option<Side>> = (0..60)
            .map(|seed| policy::play(scenario.clone(), 1000 + seed, b, c).world.outcome.unwrap().winner)
            .collect();
        let wins = winners.iter().filter(|w| **w == Some(side)).count();
        let losses = winners.iter().filter(|w| **w == Some(side.other())).count();
        eprintln!("hard as {side:?}: {wins} wins, {losses} losses of 60");
        let floor = if side == Side::Builder { 42 } else { losses + 1 };
        assert!(wins >= floor, "hard as {side:?} won {wins} of 60 and lost {losses}");
    }
}

#[test]
fn a_refused_explained_order_leaves_no_reason_in_the_log() {
    let scenario = common::load("marseille.ron");
    let mut game = Game::new(scenario.clone(), 5);
    let mut builder = Policy::new(&scenario, ai(Difficulty::Medium), Side::Builder, 5);
    let reason = builder.decide(&game).and_then(|d| d.reason).expect("an opening order");
    game.end_phase(Side::Builder).unwrap();
    let before = game.history.log.len();
    assert!(game.submit_explained(reason).is_err(), "the builders' phase is over");
    assert_eq!(game.history.log.len(), before);
}
