//! The facilitator's acts on a game (`sim::facilitator`): a take-back followed by the same
//! orders gives the same game, a called card is played at the next turn with its cause in the
//! log, ending after this turn gives the score's ending there, notes are kept and saved, and
//! the facilitator's seat sees every secret.

mod common;

use nuage::policy::{Policy, PolicyKind, play_phase};
use nuage::sim::facilitator::{Facilitation, Refused};
use nuage::sim::scenario::Winner;
use nuage::sim::{Game, Happening, Phase, Side, View, Viewer};

fn valley(seed: u64) -> Game {
    Game::new(common::fixture("valley.ron"), seed)
}

/// Plays both phases of the turn with random players seeded by `seed`.
fn play_turn(game: &mut Game, seed: u64) {
    for side in Side::BOTH {
        let mut player = Policy::new(&game.scenario, PolicyKind::Random, side, seed);
        play_phase(game, &mut player);
        game.end_phase(side).expect("the side is in phase");
    }
}

/// The game's log without the facilitator's own entries.
fn played(game: &Game) -> Vec<nuage::sim::history::Entry> {
    game.history.log.iter().filter(|e| !matches!(e.happening, Happening::Facilitated(_))).cloned().collect()
}

#[test]
fn a_turn_taken_back_and_played_again_alike_gives_the_same_game() {
    let mut game = valley(5);
    play_turn(&mut game, 1);
    play_turn(&mut game, 2);
    let start_of_third = game.clone();
    assert_eq!(game.take_back_to(), Some(1), "nothing done in turn 3 yet: back to turn 2's start");
    // Half of turn 3 played by mistake.
    let mut player = Policy::new(&game.scenario, PolicyKind::Random, Side::Builder, 9);
    play_phase(&mut game, &mut player);
    game.end_phase(Side::Builder).unwrap();
    assert_eq!(game.take_back_to(), Some(2));
    game.note("The builders played too fast.").unwrap();
    assert_eq!(game.take_back(), Ok(2));
    assert_eq!(game.world, start_of_third.world, "the world and its draws to come are as they were");
    assert_eq!(played(&game), played(&start_of_third), "what was played since is undone");
    assert_eq!(game.history.notes.len(), 1, "the notes stay");
    assert!(matches!(
        game.history.log.last().map(|e| &e.happening),
        Some(Happening::Facilitated(Facilitation::TookBack { turn: 2 }))
    ));
    // The same orders from there give the same game as without the mistake.
    let mut again = game.clone();
    let mut straight = start_of_third;
    play_turn(&mut again, 3);
    play_turn(&mut straight, 3);
    assert_eq!(again.world, straight.world);
    assert_eq!(played(&again), played(&straight));
    assert_eq!(again.history.snapshots, straight.history.snapshots);
    // Taking back again without playing goes one turn further, then two, until none is kept.
    let mut back = game.clone();
    assert_eq!(back.take_back(), Ok(1));
    assert_eq!(back.take_back(), Ok(0));
    assert_eq!(back.take_back(), Err(Refused::NothingToTakeBack));
    assert_eq!(back.world.turn, 0);
}

#[test]
fn a_called_card_is_played_at_the_next_turn_with_the_facilitator_as_its_cause() {
    let mut game = valley(5);
    let rain = game.scenario.events.iter().position(|e| e.key == "rain").unwrap();
    let rain = nuage::sim::EventId(rain as u16);
    game.call_card(rain).unwrap();
    assert!(matches!(
        game.history.log.last().map(|e| &e.happening),
        Some(Happening::Facilitated(Facilitation::Called(e))) if *e == rain
    ));
    play_turn(&mut game, 1);
    let turn = game.world.turn;
    let called: Vec<_> = game.history.since(turn).iter().map(|e| &e.happening).collect();
    let at = called.iter().position(|h| matches!(h, Happening::Called(e) if *e == rain)).expect("played this turn");
    assert!(
        matches!(called[at + 1], Happening::Changed { cause: nuage::sim::Cause::Event(e), .. } if *e == rain),
        "its effects follow it, caused by the card"
    );
    assert!(game.world.called.is_empty(), "played once");
    // Every seat reads it.
    for viewer in [Viewer::Public, Viewer::Side(Side::Builder), Viewer::Side(Side::Collective)] {
        assert!(View::of(&game, viewer).log.iter().any(|e| matches!(e.happening, Happening::Called(_))));
    }
    let words = nuage::sim::describe::happening(&game.scenario, &game.world, called[at], nuage::i18n::Lang::En);
    assert!(words.contains("facilitator") && words.contains("Rain"), "{words}");
    assert_eq!(game.call_card(nuage::sim::EventId(99)), Err(Refused::UnknownCard));
}

#[test]
fn ending_after_this_turn_gives_the_scores_ending_at_this_turn() {
    let mut game = valley(5);
    play_turn(&mut game, 1);
    game.end_after_this_turn().unwrap();
    play_turn(&mut game, 2);
    let outcome = game.world.outcome.as_ref().expect("the game ended");
    assert_eq!(outcome.turn, 1);
    assert_eq!(game.world.phase, Phase::Ended);
    assert_eq!(game.scenario.endings[outcome.ending.index()].winner, Winner::ByScore);
    assert_eq!(game.end_after_this_turn(), Err(Refused::GameOver));
}

#[test]
fn notes_and_called_cards_are_saved_and_older_saves_still_load() {
    let mut game = valley(5);
    game.note("  Room is quiet; ask the collective what it knows.  ").unwrap();
    game.call_card(nuage::sim::EventId(1)).unwrap();
    assert_eq!(game.note("   "), Err(Refused::Note));
    assert_eq!(game.note(&"x".repeat(nuage::sim::facilitator::MAX_NOTE_CHARS + 1)), Err(Refused::Note));
    let loaded = Game::load(game.scenario.clone(), &game.save()).expect("it loads");
    assert_eq!(loaded.history.notes, game.history.notes);
    assert_eq!(loaded.history.notes[0].text, "Room is quiet; ask the collective what it knows.");
    assert_eq!(loaded.world.called, game.world.called);
    assert_eq!(loaded.take_back_to(), None, "a game loaded at its first start has none before");
    // A save from before the facilitator existed has neither.
    let old = valley(5).save().replace(",called:[]", "").replace(",notes:[]", "");
    assert!(!old.contains("called") && !old.contains("notes"));
    let old = Game::load(common::fixture("valley.ron"), &old).expect("an older save loads");
    assert!(old.history.notes.is_empty() && old.world.called.is_empty());
    // A save past the bounds is refused, not trusted.
    let mut many = game.clone();
    many.world.called = vec![nuage::sim::EventId(0); 100];
    assert!(Game::load(game.scenario.clone(), &many.save()).is_err());
}

#[test]
fn a_game_loaded_at_a_turns_start_can_be_taken_back_to_it() {
    let mut game = valley(5);
    play_turn(&mut game, 1);
    let loaded = Game::load(game.scenario.clone(), &game.save()).unwrap();
    let mut played = loaded.clone();
    play_turn(&mut played, 2);
    assert_eq!(played.take_back_to(), Some(1), "the start it was loaded at");
    played.take_back().unwrap();
    assert_eq!(played.world, loaded.world);
}

#[test]
fn the_facilitators_seat_sees_every_secret() {
    let scn = common::fixture("secrets.ron");
    let mut game = Game::new(scn, 2);
    for turn in 0..4 {
        play_turn(&mut game, turn);
    }
    let facilitator = View::of(&game, Viewer::Facilitator);
    let mut world = game.world.clone();
    world.rng = facilitator.world.rng.clone();
    assert_eq!(facilitator.world, world, "the world as it is");
    assert!(facilitator.known.iter().flatten().all(|k| *k));
    assert_eq!(facilitator.purse_known, [true, true]);
    assert_eq!(facilitator.log.len(), game.history.log.len(), "every entry");
}

/// The valley with discussion prompts: after turns 2 to 3, and after the rain card.
fn valley_with_prompts(prompts: &str) -> Result<std::sync::Arc<nuage::sim::Scenario>, String> {
    let text = std::fs::read_to_string("tests/fixtures/valley.ron").unwrap();
    let end = text.rfind(')').unwrap();
    let text = format!("{}    prompts: [{prompts}],\n)\n", &text[..end]);
    nuage::level::parse("valley-prompts.ron", &text).map(std::sync::Arc::new).map_err(|e| e.to_string())
}

#[test]
fn the_levels_prompts_come_after_their_turns_and_once_with_their_card() {
    let scn = valley_with_prompts(
        r#"(turns: (2, 3), text: (en: "Who decides?", fr: "Qui décide ?")),
           (event: "rain", text: (en: "Who needs the rain?", fr: "Qui a besoin de la pluie ?"))"#,
    )
    .expect("the prompts are valid");
    let mut game = Game::new(scn.clone(), 5);
    let shown = |g: &Game| g.prompts_after().iter().map(|t| t.en.clone()).collect::<Vec<_>>();
    assert!(shown(&game).is_empty(), "nothing before the first turn is played");
    let rain = nuage::sim::EventId(scn.events.iter().position(|e| e.key == "rain").unwrap() as u16);
    game.call_card(rain).unwrap();
    play_turn(&mut game, 1);
    assert!(shown(&game).contains(&"Who needs the rain?".to_owned()), "with the card");
    play_turn(&mut game, 2);
    play_turn(&mut game, 3);
    let after_third = shown(&game);
    assert!(after_third.contains(&"Who decides?".to_owned()), "after turn 3 (counted from 0: 2)");
    // The rain of the first call does not come back (another rain drawn since may).
    let rains = game
        .history
        .since(game.world.turn)
        .iter()
        .filter(|e| matches!(e.happening, Happening::News(ev) | Happening::Called(ev) if ev == rain));
    assert_eq!(after_third.contains(&"Who needs the rain?".to_owned()), rains.count() > 0);
}

#[test]
fn a_prompt_that_does_not_fit_its_level_is_refused_where_it_stands() {
    for (prompt, expected) in [
        (r#"(turns: (3, 99), text: (en: "Q", fr: "Q"))"#, "not a range inside the level's"),
        (r#"(event: "rian", text: (en: "Q", fr: "Q"))"#, "unknown event `rian`"),
        (r#"(text: (en: "Q", fr: "Q"))"#, "one of the two"),
        (r#"(turns: (1, 2), event: "rain", text: (en: "Q", fr: "Q"))"#, "one of the two"),
    ] {
        let why = valley_with_prompts(prompt).expect_err(expected);
        assert!(why.contains(expected) && why.contains("valley-prompts.ron:"), "{expected}: {why}");
    }
}
