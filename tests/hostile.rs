//! One test per class of hostile input that used to crash, hang or mislead (issue 12), each on
//! the fixture valley: a save with impossible contents, a level whose lists pass the id width,
//! and a level that lets a player act for ever.

use std::sync::Arc;

use nuage::policy::{Policy, PolicyKind};
use nuage::sim::{Game, Side};

fn valley_text() -> String {
    std::fs::read_to_string("tests/fixtures/valley.ron").expect("the fixture is there")
}

fn valley() -> Arc<nuage::sim::Scenario> {
    Arc::new(nuage::level::parse("valley.ron", &valley_text()).expect("the fixture loads"))
}

#[test]
fn a_save_with_impossible_contents_is_refused_with_its_reason() {
    let scn = valley();
    let mut game = Game::new(scn.clone(), 1);
    game.end_phase(Side::Builder).unwrap();
    game.end_phase(Side::Collective).unwrap();
    let good = game.save();
    assert!(Game::load(scn.clone(), &good).is_ok());
    // A resource that is not a number.
    let mut world = game.world.clone();
    world.sides[0].resources[0] = f64::NAN;
    let broken = Game { scenario: scn.clone(), world, history: game.history.clone() }.save();
    let why = Game::load(scn.clone(), &broken).expect_err("a NaN resource is refused").to_string();
    assert!(why.contains("not a finite number"), "{why}");
    // A turn far past the end of the game.
    let mut world = game.world.clone();
    world.turn = 4_000_000;
    let broken = Game { scenario: scn.clone(), world, history: game.history.clone() }.save();
    let why = Game::load(scn.clone(), &broken).expect_err("a turn past the game is refused").to_string();
    assert!(why.contains("past the level's"), "{why}");
    // A log entry naming a place that does not exist.
    let mut history = game.history.clone();
    history.log.push(nuage::sim::history::Entry {
        turn: game.world.turn,
        happening: nuage::sim::Happening::Revealed {
            place: nuage::sim::PlaceId(999),
            kind: nuage::sim::StockKind::Water,
            cause: nuage::sim::Cause::Drift,
        },
    });
    let broken = Game { scenario: scn.clone(), world: game.world.clone(), history }.save();
    let why = Game::load(scn, &broken).expect_err("an unknown place in the log is refused").to_string();
    assert!(why.contains("a place the level lacks"), "{why}");
}

#[test]
fn a_list_past_the_cap_is_refused_before_any_id_wraps() {
    let flags: Vec<String> = (0..10_001).map(|i| format!("(key: \"f{i}\", name: (en: \"f\", fr: \"f\"))")).collect();
    let text = valley_text().replace(
        "flags: [(key: \"banned\", name: (en: \"campus banned\", fr: \"campus interdit\"))],",
        &format!(
            "flags: [(key: \"banned\", name: (en: \"campus banned\", fr: \"campus interdit\")), {}],",
            flags.join(", ")
        ),
    );
    let error = nuage::level::parse("many.ron", &text).expect_err("too many flags").to_string();
    assert!(error.contains("a level may hold at most 10000 in one list"), "{error}");
    assert!(error.contains("many.ron:"), "the error is located: {error}");
}

#[test]
fn a_player_that_could_act_for_ever_is_stopped_and_says_so() {
    // The validator refuses such an action; a scenario changed in memory stands for one that
    // slipped through: gathering costs nothing and takes no action point.
    let mut scn = (*valley()).clone();
    let gather = scn.actions.iter().position(|a| a.key == "gather").unwrap();
    scn.actions[gather].cost.clear();
    scn.actions[gather].action_points = 0;
    let scn = Arc::new(scn);
    let mut game = Game::new(scn.clone(), 3);
    game.end_phase(Side::Builder).unwrap();
    let mut player = Policy::new(&scn, PolicyKind::Random, Side::Collective, 3);
    let stopped_by_itself = nuage::policy::play_phase(&mut game, &mut player);
    assert!(!stopped_by_itself, "the bound stopped it");
    let orders =
        game.history.log.iter().filter(|e| matches!(e.happening, nuage::sim::Happening::OrderGiven { .. })).count();
    assert!(orders <= nuage::policy::MAX_ORDERS_PER_PHASE, "{orders} orders");
    // And the game goes on.
    game.end_phase(Side::Collective).unwrap();
}
