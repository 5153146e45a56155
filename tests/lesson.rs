//! The tutorial's guide: its steps load, each waits for what it says, and the core says when
//! it is done.

mod common;

use nuage::sim::lesson::{self, Until};
use nuage::sim::{ActionId, Game, Order, PlaceId, Side, Target};

fn tutorial() -> Game {
    Game::new(common::load("tutorial.ron"), 4)
}

fn action(game: &Game, key: &str) -> ActionId {
    common::action(&game.scenario, key)
}

#[test]
fn the_tutorial_guides_both_sides_and_its_steps_finish_when_their_order_is_given() {
    let mut game = tutorial();
    let scn = game.scenario.clone();
    for side in Side::BOTH {
        let steps = scn.lesson.iter().filter(|s| s.side == side).count();
        assert!(steps >= 6, "{side:?} has {steps} steps");
    }
    // A person playing the collective starts at its first step, skipping the builders'.
    let first = lesson::next_for(&scn, [false, true], 0).unwrap();
    assert_eq!(scn.lesson[first].side, Side::Collective);
    assert!(matches!(scn.lesson[first].until, Until::Read));
    assert!(!lesson::done(&scn, &game.world, &game.history, &scn.lesson[first], 0), "reading is the player's to say");
    // The builders' first order step: done once they order a build, not before.
    let build = lesson::next_for(&scn, [true, false], 0)
        .and_then(|i| {
            (i..scn.lesson.len())
                .find(|j| matches!(scn.lesson[*j].until, Until::Order(_)) && scn.lesson[*j].side == Side::Builder)
        })
        .unwrap();
    let since = game.history.log.len();
    assert!(!lesson::done(&scn, &game.world, &game.history, &scn.lesson[build], since));
    let docks = PlaceId(scn.places.iter().position(|p| p.key == "docks").unwrap() as u16);
    game.submit(&Order { side: Side::Builder, action: action(&game, "build"), target: Target::Place(docks) }).unwrap();
    assert!(lesson::done(&scn, &game.world, &game.history, &scn.lesson[build], since));
    // An end-of-turn step is done by that side's ending its phase, not the other's.
    let end = (0..scn.lesson.len())
        .find(|i| matches!(scn.lesson[*i].until, Until::EndTurn) && scn.lesson[*i].side == Side::Collective)
        .unwrap();
    let since = game.history.log.len();
    game.end_phase(Side::Builder).unwrap();
    assert!(!lesson::done(&scn, &game.world, &game.history, &scn.lesson[end], since));
    game.end_phase(Side::Collective).unwrap();
    assert!(lesson::done(&scn, &game.world, &game.history, &scn.lesson[end], since));
}

#[test]
fn a_step_that_needs_the_other_side_waits_for_it_and_says_so() {
    let mut game = tutorial();
    let scn = game.scenario.clone();
    // The collective's inquiry step needs a data centre under way: the builders bring it.
    let inquiry = action(&game, "inquiry");
    let step = scn
        .lesson
        .iter()
        .find(|s| s.side == Side::Collective && matches!(s.until, Until::Order(a) if a == inquiry))
        .expect("an inquiry step");
    assert!(step.when.is_some(), "the inquiry step waits for a project");
    assert!(!lesson::ready(&scn, &game.world, step), "no project yet");
    let text = nuage::sim::describe::condition(
        &scn,
        &game.world,
        step.when.as_ref().unwrap(),
        &nuage::sim::condition::Context::default(),
        nuage::i18n::Lang::En,
    );
    assert!(text.contains("now 0"), "the guide says what it waits for: {text}");
    let docks = PlaceId(scn.places.iter().position(|p| p.key == "docks").unwrap() as u16);
    game.submit(&Order { side: Side::Builder, action: action(&game, "build"), target: Target::Place(docks) }).unwrap();
    assert!(lesson::ready(&scn, &game.world, step), "a hall is under way");
}
