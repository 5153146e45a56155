//! Property tests over random sequences of orders, legal and not.

mod common;

use nuage::sim::orders::{apply, check, legal_orders};
use nuage::sim::{ActionId, Game, Order, Phase, PlaceId, ProjectId, Side, Target, World, pressure};
use proptest::prelude::*;

/// Every number of the world is finite and nothing that cannot be negative is.
fn assert_sane(game: &Game) {
    let w = &game.world;
    for stock in w.stocks.iter().flatten() {
        assert!(stock.capacity.is_finite() && stock.capacity >= 0.0, "capacity {}", stock.capacity);
        for d in &stock.demand {
            assert!(d.is_finite() && *d >= 0.0, "demand {d}");
        }
        let p = pressure::of_stock(&game.scenario, w, stock);
        assert!(p.is_finite() && p >= 0.0, "pressure {p}");
    }
    for (value, def) in w.indicators.iter().zip(&game.scenario.indicators) {
        assert!(value.is_finite() && *value >= def.min && *value <= def.max, "{} = {value}", def.key);
    }
    for side in &w.sides {
        for r in &side.resources {
            assert!(r.is_finite() && *r >= 0.0, "resource {r}");
        }
    }
}

/// An order built from raw numbers: often illegal, sometimes not.
fn arbitrary_order(world: &World, n_actions: usize, n_places: usize, raw: (u8, u16, u16, u8)) -> Order {
    let side = if raw.0.is_multiple_of(2) { Side::Builder } else { Side::Collective };
    let action = ActionId(raw.1 % (n_actions as u16 + 2));
    let target = match raw.3 % 3 {
        0 => Target::None,
        1 => Target::Place(PlaceId(raw.2 % (n_places as u16 + 2))),
        _ => Target::Project(ProjectId(raw.2 % (world.projects.len() as u16 + 2))),
    };
    Order { side, action, target }
}

fn play(level: &str, seed: u64, choices: &[u16], probes: &[(u8, u16, u16, u8)]) {
    let scenario = common::load(level);
    let mut game = Game::new(scenario.clone(), seed);
    let mut step = 0;
    while let Phase::Orders(side) = game.world.phase {
        // Probe: an arbitrary order is accepted by `check` exactly when `apply` carries it out,
        // and a refused one leaves the world as it was.
        let raw = probes[step % probes.len()];
        let probe = arbitrary_order(&game.world, scenario.actions.len(), scenario.places.len(), raw);
        let mut copy = game.world.clone();
        let checked = check(&scenario, &game.world, &probe);
        let applied = apply(&scenario, &mut copy, &probe);
        assert_eq!(checked.is_ok(), applied.is_ok(), "{probe:?}: {checked:?} vs {applied:?}");
        if applied.is_err() {
            assert_eq!(copy, game.world, "a refused order changed the world");
        }

        let legal = legal_orders(&scenario, &game.world, side);
        let choice = choices[step % choices.len()] as usize % (legal.len() + 1);
        step += 1;
        if choice < legal.len() {
            game.submit(&legal[choice]).expect("a legal order applies");
        } else {
            game.end_phase(side).expect("the side in phase can end it");
        }
        assert_sane(&game);
        assert!(step < 10_000, "the game does not end");
    }
    let outcome = game.world.outcome.as_ref().expect("a finished game has an outcome");
    assert!(outcome.turn < scenario.calendar.turns);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn random_legal_play_keeps_the_world_sane_and_always_ends(
        seed in any::<u64>(),
        choices in prop::collection::vec(any::<u16>(), 1..64),
        probes in prop::collection::vec(any::<(u8, u16, u16, u8)>(), 1..16),
        level in prop::sample::select(vec!["marseille.ron", "tutorial.ron"]),
    ) {
        play(level, seed, &choices, &probes);
    }
}
