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
    // A step may wait for the world: here, the collective's inquiry step made to need a data
    // centre under way, which the builders bring. (The tutorial's own step no longer waits:
    // against a computer that builds late it stalled the guide for turns.)
    let inquiry = scn
        .lesson
        .iter()
        .find(|s| {
            s.side == Side::Collective
                && matches!(s.show, nuage::sim::lesson::Show::Action(_))
                && s.say.en.contains("inquiry")
        })
        .expect("an inquiry step");
    assert!(inquiry.when.is_none(), "the tutorial's inquiry step does not wait on the builders");
    let mut step = inquiry.clone();
    step.when = Some(nuage::sim::rules::Condition::UnderWay("datacentre".into(), nuage::sim::rules::Cmp::AtLeast, 1));
    let step = &step;
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

#[test]
fn the_tutorials_moratorium_is_within_reach_of_a_collective_that_follows_the_guide() {
    // The guide asks for meetings until awareness 20 and mobilization 15, then the moratorium.
    // Against easy computer builders, a collective that does just that can ask for it before
    // the last turn, on every seed tried.
    use nuage::policy::{Policy, PolicyKind, play_phase};
    use nuage::sim::Phase;
    let scn = common::load("tutorial.ron");
    let (meeting, moratorium) = (common::action(&scn, "meeting"), common::action(&scn, "moratorium"));
    let investigate = common::action(&scn, "investigate");
    let spring = PlaceId(scn.places.iter().position(|p| p.key == "spring").unwrap() as u16);
    for seed in 0..20 {
        let mut game = nuage::sim::Game::new(scn.clone(), seed);
        let mut builders = Policy::new(&scn, PolicyKind::Ai(nuage::ai::Difficulty::Easy), Side::Builder, seed);
        let ask = Order { side: Side::Collective, action: moratorium, target: Target::None };
        let mut reached = None;
        while let Phase::Orders(side) = game.world.phase {
            match side {
                Side::Builder => {
                    play_phase(&mut game, &mut builders);
                }
                Side::Collective => {
                    if game.check(&ask).is_ok() {
                        reached = Some(game.world.turn);
                        break;
                    }
                    // The guide's order: investigate the gallery first (it gives the knowledge a
                    // moratorium costs), then meetings.
                    if game.world.turn == 0 {
                        let look = Order { side, action: investigate, target: Target::Place(spring) };
                        game.give(&look).expect("the gallery can be investigated");
                    }
                    let meet = Order { side, action: meeting, target: Target::None };
                    while game.give(&meet).is_ok() {}
                }
            }
            game.end_phase(side).expect("the phase ends");
        }
        let turn = reached.unwrap_or_else(|| panic!("seed {seed}: the moratorium was never within reach"));
        assert!(turn + 1 < scn.calendar.turns, "seed {seed}: only at the last turn ({})", turn + 1);
    }
}
