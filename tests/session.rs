//! Workshop sessions (`sim::plan`, `opening`): a session starts from the same opening every
//! time, ends by score at its last turn, saves and loads; a running order fits its minutes.

mod common;

use std::sync::Arc;

use nuage::policy::{PolicyKind, play_on};
use nuage::sim::Game;
use nuage::sim::plan::plan;
use nuage::sim::scenario::{OpeningDef, Scenario, SessionDef, Winner};

/// The valley fixture with a session of 60 minutes: turns 5 to 8, opened by `players`.
fn valley_with_session(players: &str) -> Arc<Scenario> {
    let mut scn = (*common::fixture("valley.ron")).clone();
    let opening = OpeningDef { builder: players.into(), collective: players.into(), seed: 4 };
    scn.sessions = vec![SessionDef { minutes: 60, first_turn: 4, turns: 4, phase_seconds: 120, opening }];
    Arc::new(scn)
}

#[test]
fn a_session_starts_at_its_first_turn_in_the_same_state_every_time() {
    let scn = valley_with_session("random");
    let a = nuage::opening::start(scn.clone(), 0, 7).expect("the opening reaches the session");
    let b = nuage::opening::start(scn.clone(), 0, 7).expect("again");
    assert_eq!(a.world.turn, 4, "at the session's first turn");
    assert_eq!(a.save(), b.save(), "the same opening, the same seed: the same game");
    // Another room's session: the same state, other draws to come.
    let c = nuage::opening::start(scn, 0, 8).expect("another seed");
    assert_eq!(a.world.stocks, c.world.stocks);
    assert_eq!(a.world.indicators, c.world.indicators);
    assert_ne!(a.save(), c.save(), "each session draws its own luck");
}

#[test]
fn a_session_ends_by_score_at_its_last_turn_and_its_save_loads() {
    // Nobody builds: the river holds, and only the score can end the game early.
    let scn = valley_with_session("passive");
    let game = nuage::opening::start(scn.clone(), 0, 3).expect("the opening");
    assert_eq!(game.world.turns(&scn), 8);
    let saved = game.save();
    let loaded = Game::load(scn.clone(), &saved).expect("a session's save loads");
    assert_eq!(loaded.world.session_end, Some(8));
    let mut whole = loaded.clone();
    whole.world.session_end = None;
    let done = play_on(loaded, 3, PolicyKind::Passive, PolicyKind::Passive, |_| false);
    let outcome = done.world.outcome.as_ref().expect("the session ends");
    assert_eq!(outcome.turn, 7, "at the session's last turn, not the calendar's (12)");
    assert_eq!(scn.endings[outcome.ending.index()].winner, Winner::ByScore, "by score");
    // The same game, not a session, goes on past that turn.
    let done = play_on(whole, 3, PolicyKind::Passive, PolicyKind::Passive, |_| false);
    assert!(done.world.outcome.as_ref().expect("it ends").turn > 7);
    // A save from before sessions existed (no `session_end`) still loads, as the whole game.
    let whole = Game::new(common::fixture("valley.ron"), 1).save().replace(",session_end:None", "");
    assert!(!whole.contains("session_end"));
    let old = Game::load(common::fixture("valley.ron"), &whole).expect("an older save loads");
    assert_eq!(old.world.session_end, None);
}

#[test]
fn a_running_order_fits_its_minutes_and_never_squeezes_the_debrief() {
    let scn = valley_with_session("passive");
    let p = plan(&scn, 60);
    assert_eq!((p.first_turn, p.turns, p.phase_seconds, p.session), (4, 4, 120, Some(0)));
    assert_eq!(p.briefing_minutes + p.play_minutes + p.debrief_minutes, 60);
    assert!(p.debrief_minutes >= 15);
    for minutes in [45, 90, 120, 180] {
        let p = plan(&common::load("marseille.ron"), minutes);
        assert!(p.session.is_some(), "Marseille has a {minutes}-minute session");
        assert_eq!(p.briefing_minutes + p.play_minutes + p.debrief_minutes, minutes);
        let least = if minutes >= 90 { (minutes / 4).max(25) } else { minutes.div_ceil(4) };
        assert!(p.debrief_minutes >= least, "{minutes}: debrief {}", p.debrief_minutes);
        assert!(p.briefing_minutes >= 5);
    }
    // A length the level does not plan for is worked out from the calendar.
    let p = plan(&scn, 45);
    assert_eq!((p.first_turn, p.session), (0, None));
    assert!(p.briefing_minutes + p.play_minutes + p.debrief_minutes <= 45 && p.debrief_minutes >= 12);
}

#[test]
fn marseilles_ninety_minute_session_plays_the_years_that_matter_and_ends_in_time() {
    let scn = common::load("marseille.ron");
    let index = nuage::opening::find(&scn, 90).expect("a 90-minute session");
    let opening = nuage::opening::opening(scn.clone(), index).expect("its opening");
    let session = &scn.sessions[index];
    assert!((8..=10).contains(&session.turns));
    let (year, _) = scn.calendar.date(session.first_turn);
    assert!((2020..=2023).contains(&year), "it starts in {year}");
    let report = nuage::balance::run(
        scn.clone(),
        40,
        PolicyKind::Ai(nuage::ai::Difficulty::Medium),
        PolicyKind::Ai(nuage::ai::Difficulty::Medium),
        2,
        Some((index, &opening)),
        &|_| {},
    );
    let last = session.first_turn + session.turns;
    assert!(report.end_turns.keys().all(|t| *t <= last), "every game over by its last turn: {:?}", report.end_turns);
}
