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

#[test]
fn when_a_stock_runs_short_the_last_served_go_without_first() {
    let scenario = common::load("marseille.ron");
    let mut world = nuage::sim::World::new(&scenario, 1);
    let canal = scenario.places.iter().position(|p| p.key == "canal").unwrap();
    let stock = &mut world.stocks[canal][0];
    // Half the water the canal's users ask for in a cool half-year (turn 0).
    stock.capacity = stock.total_demand() / 2.0;
    let served = pressure::served(&scenario, &world, &world.stocks[canal][0]);
    let share = |key: &str| {
        let user = scenario.users.iter().position(|u| u.key == key).unwrap();
        served.iter().find(|(u, _)| u.index() == user).unwrap().1
    };
    for (_, s) in &served {
        assert!((0.0..=1.0).contains(s));
    }
    assert_eq!(share("industry"), 1.0, "served first");
    assert!(share("residents") < 0.5, "residents come last: {}", share("residents"));
    let total: f64 = served.iter().map(|(u, s)| s * world.stocks[canal][0].demand[u.index()]).sum();
    assert!((total - world.stocks[canal][0].capacity).abs() < 1e-6, "everything available is handed out");
}
