//! The desktop game's screen flow and turn flow, headless: a Bevy app with `MinimalPlugins`, the
//! states and the flow plugin, no window and no egui. Screens' requests go in as messages; the
//! screen shown and the game's state come out.
#![cfg(feature = "gui")]

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use nuage::ai::Difficulty;
use nuage::game::flow::FlowPlugin;
use nuage::game::session::{Parts, Seat};
use nuage::game::{Catalogue, Go, Playing, Screen};
use nuage::i18n::Lang;
use nuage::policy::PolicyKind;
use nuage::sim::{Phase, Side, orders};

fn app(seats: [Seat; 2]) -> App {
    let mut parts = Parts::new(Lang::En);
    assert!(parts.catalogue.choose_file("marseille.ron"), "levels/ holds marseille.ron");
    parts.catalogue.seats = seats;
    parts.catalogue.seed = 5;
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    parts.insert_into(&mut app);
    app.add_plugins(FlowPlugin);
    app.update();
    app
}

/// Asks as a screen would, then lets two frames pass: one to carry it out, one for the new
/// screen to take over.
fn ask(app: &mut App, go: Go) {
    app.world_mut().write_message(go);
    app.update();
    app.update();
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

fn playing(app: &App) -> &Playing {
    app.world().resource::<Playing>()
}

fn phase(app: &App) -> Phase {
    playing(app).game.as_ref().expect("a game is on").world.phase
}

const COMPUTER: Seat = Seat::Computer(PolicyKind::Ai(Difficulty::Easy));

/// Runs frames until the computers have played what they can (they think off the main thread),
/// at most a minute's worth.
fn let_computers_play(app: &mut App) {
    for _ in 0..2000 {
        let busy = app.world().resource::<Playing>().computer_in_phase();
        let over = playing(app).game.as_ref().is_some_and(|g| g.world.outcome.is_some());
        if !busy && (!over || screen(app) == Screen::Debrief) {
            return;
        }
        app.update();
    }
    panic!("the computers did not finish");
}

#[test]
fn the_screens_follow_title_choice_play_and_back() {
    let mut app = app([Seat::Human, COMPUTER]);
    assert_eq!(screen(&app), Screen::Title);
    ask(&mut app, Go::To(Screen::Choose));
    assert_eq!(screen(&app), Screen::Choose);
    ask(&mut app, Go::To(Screen::Title));
    assert_eq!(screen(&app), Screen::Title);
    ask(&mut app, Go::To(Screen::Choose));
    ask(&mut app, Go::Start);
    assert_eq!(screen(&app), Screen::Play);
    assert_eq!(phase(&app), Phase::Orders(Side::Builder));
    assert!(app.should_exit().is_none());
    ask(&mut app, Go::Quit);
    assert_eq!(app.should_exit(), Some(AppExit::Success));
}

#[test]
fn a_level_that_does_not_load_cannot_be_started() {
    let mut app = app([Seat::Human, COMPUTER]);
    app.world_mut().resource_mut::<Catalogue>().chosen = usize::MAX;
    ask(&mut app, Go::To(Screen::Choose));
    ask(&mut app, Go::Start);
    assert_eq!(screen(&app), Screen::Choose, "the choice stays on screen");
    assert!(playing(&app).game.is_none());
}

#[test]
fn in_hot_seat_orders_go_in_and_each_team_takes_the_keyboard_in_turn() {
    let mut app = app([Seat::Human, Seat::Human]);
    ask(&mut app, Go::Start);
    assert_eq!(playing(&app).hand_over, Some(Side::Builder), "the builders are asked to take the keyboard");
    app.world_mut().resource_mut::<Playing>().hand_over = None;

    let (order, before) = {
        let game = playing(&app).game.as_ref().unwrap();
        let order = orders::legal_orders(&game.scenario, &game.world, Side::Builder)[0];
        (order, game.world.side(Side::Builder).resources.clone())
    };
    ask(&mut app, Go::Give(order));
    let game = playing(&app).game.as_ref().unwrap();
    assert!(
        game.world.side(Side::Builder).resources != before || !game.world.projects.is_empty(),
        "the order was carried out"
    );

    ask(&mut app, Go::EndPhase);
    assert_eq!(phase(&app), Phase::Orders(Side::Collective));
    assert_eq!(playing(&app).hand_over, Some(Side::Collective));
    app.world_mut().resource_mut::<Playing>().hand_over = None;
    ask(&mut app, Go::EndPhase);
    let game = playing(&app).game.as_ref().unwrap();
    assert_eq!(game.world.turn, 1, "both sides done: the turn resolved");
    assert_eq!(game.world.phase, Phase::Orders(Side::Builder));
    assert_eq!(screen(&app), Screen::Play);
}

#[test]
fn against_the_computer_the_turn_comes_back_to_the_person() {
    let mut app = app([Seat::Human, COMPUTER]);
    ask(&mut app, Go::Start);
    ask(&mut app, Go::EndPhase);
    let_computers_play(&mut app);
    let game = playing(&app).game.as_ref().unwrap();
    assert_eq!(game.world.turn, 1, "the computer collective played its phase");
    assert_eq!(game.world.phase, Phase::Orders(Side::Builder));
    assert_eq!(playing(&app).hand_over, None, "no hand-over screen against the computer");
}

#[test]
fn an_order_refused_by_the_core_changes_nothing() {
    let mut app = app([Seat::Human, COMPUTER]);
    ask(&mut app, Go::Start);
    let (order, before) = {
        let game = playing(&app).game.as_ref().unwrap();
        // A builders' action, given in the collective's name during the builders' phase.
        let order = orders::legal_orders(&game.scenario, &game.world, Side::Builder)[0];
        let order = nuage::sim::Order { side: Side::Collective, ..order };
        assert!(game.check(&order).is_err());
        (order, game.save())
    };
    ask(&mut app, Go::Give(order));
    assert_eq!(playing(&app).game.as_ref().unwrap().save(), before);
}

#[test]
fn a_demo_game_plays_itself_to_the_debrief() {
    let mut app = app([COMPUTER, COMPUTER]);
    ask(&mut app, Go::Start);
    let_computers_play(&mut app);
    assert_eq!(screen(&app), Screen::Debrief);
    assert!(playing(&app).game.as_ref().unwrap().world.outcome.is_some());
    ask(&mut app, Go::To(Screen::Title));
    assert_eq!(screen(&app), Screen::Title);
}

#[test]
fn a_computer_thinks_off_the_main_thread_and_a_frame_never_waits_long_for_it() {
    // Hard computers on both sides: a frame plays what they answer within its wait, and the
    // app goes on updating while they think.
    let hard = Seat::Computer(PolicyKind::Ai(Difficulty::Hard));
    let mut app = app([hard, hard]);
    ask(&mut app, Go::Start);
    let mut longest = std::time::Duration::ZERO;
    for _ in 0..5000 {
        if screen(&app) == Screen::Debrief {
            break;
        }
        let t = std::time::Instant::now();
        app.update();
        longest = longest.max(t.elapsed());
    }
    assert_eq!(screen(&app), Screen::Debrief, "the computers played to the end");
    // A frame waits at most about its budget for the computers (30 ms, and the phase it waits
    // on): measured 39 ms here, where a whole game played in one frame takes some 350 ms.
    assert!(longest < std::time::Duration::from_millis(250), "a frame took {longest:?}");
}

#[test]
fn a_workshop_session_starts_at_its_first_turn_on_its_own_timer_with_the_goals_first() {
    let mut app = app([Seat::Human, Seat::Human]);
    app.world_mut().resource_mut::<Catalogue>().minutes = Some(90);
    ask(&mut app, Go::Start);
    assert_eq!(screen(&app), Screen::Play);
    let playing = app.world().resource::<Playing>();
    let game = playing.game.as_ref().expect("a game");
    let session = game.scenario.sessions.iter().find(|s| s.minutes == 90).expect("Marseille's 90 minutes");
    assert_eq!(game.world.turn, session.first_turn, "the opening is played");
    assert_eq!(game.world.session_end, Some(session.first_turn + session.turns));
    let settings = app.world().resource::<nuage::game::Settings>();
    assert_eq!(playing.phase_seconds(settings), session.phase_seconds, "the session's pace, not the settings'");
    assert!(
        nuage::game::goals::showing(playing, app.world().resource::<nuage::game::ViewState>(), Side::Builder),
        "each side reads its goals before its first orders of the session"
    );
}

#[test]
fn the_game_saves_itself_each_turn_and_an_interrupted_one_is_taken_up_again() {
    let dir = std::env::temp_dir().join(format!("nuage-autosave-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let computer = Seat::Computer(PolicyKind::Ai(Difficulty::Easy));
    let mut first = app([Seat::Human, computer]);
    first.world_mut().resource_mut::<Catalogue>().saves_dir = dir.clone();
    first.add_plugins(nuage::game::autosave::plugin);
    ask(&mut first, Go::Start);
    // Five turns: the builders end their phase, the computer plays the collective's.
    for _ in 0..5 {
        ask(&mut first, Go::EndPhase);
        for _ in 0..200 {
            first.update();
            let playing = first.world().resource::<Playing>();
            if !playing.computer_in_phase() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
    let turn = first.world().resource::<Playing>().game.as_ref().unwrap().world.turn;
    assert_eq!(turn, 5);
    // The files are written off the main thread.
    let folder = nuage::game::autosave::dir(&dir);
    let names = || -> Vec<String> {
        let mut n: Vec<String> = std::fs::read_dir(&folder)
            .map_or(vec![], |d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect());
        n.sort();
        n.retain(|n| n.ends_with(".ron"));
        n
    };
    for _ in 0..200 {
        if names().last().is_some_and(|n| n.ends_with("t0005.ron")) && names().len() == nuage::game::autosave::KEEP {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let kept = names();
    assert_eq!(kept.len(), nuage::game::autosave::KEEP, "the last turns only: {kept:?}");
    assert!(kept.last().unwrap().ends_with("t0005.ron"), "{kept:?}");
    // The window closes without warning; a new one offers the game where it stopped.
    drop(first);
    let mut app = app([Seat::Human, Seat::Human]);
    app.world_mut().resource_mut::<Catalogue>().saves_dir = dir.clone();
    let levels = app.world().resource::<Catalogue>().loaded();
    let found = nuage::game::autosave::interrupted(&dir, &levels).expect("the interrupted game is offered");
    assert_eq!(found.seats, [Seat::Human, computer], "with who sat where");
    app.world_mut().resource_mut::<nuage::game::ViewState>().interrupted = Some(found);
    ask(&mut app, Go::ResumeInterrupted);
    assert_eq!(screen(&app), Screen::Play);
    let playing = app.world().resource::<Playing>();
    assert_eq!(playing.game.as_ref().unwrap().world.turn, 5);
    assert_eq!(playing.seats, [Seat::Human, computer]);
    assert_eq!(playing.seed, 5, "it goes on saving under its own name");
    // A damaged latest autosave gives way to the one before.
    std::fs::write(
        folder.join(kept.last().unwrap()),
        "(format:1, level:\"marseille\", fingerprint:1, world:(turn:5, oops",
    )
    .unwrap();
    let found = nuage::game::autosave::interrupted(&dir, &levels).expect("the turn before");
    assert_eq!(found.game.world.turn, 4);
    assert_eq!(found.skipped, [kept.last().unwrap().trim_end_matches(".ron")], "and it says which was passed over");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn in_hot_seat_the_tutorial_guides_each_side_through_its_own_steps() {
    let mut parts = Parts::new(Lang::En);
    assert!(parts.catalogue.choose_file("tutorial.ron"));
    parts.catalogue.seats = [Seat::Human, Seat::Human];
    assert!(parts.start());
    let playing = &mut parts.playing;
    let scn = playing.game.as_ref().unwrap().scenario.clone();
    for side in Side::BOTH {
        let guide = playing.guide[side.index()].expect("each side a person plays is guided");
        assert_eq!(scn.lesson[guide.step].side, side);
    }
    // The builders play first: their guide shows from their first phase, not after the
    // collective's steps.
    let shown = nuage::game::lesson::showing(playing, Side::Builder);
    assert!(!matches!(shown, nuage::sim::lesson::Show::Nothing), "{shown:?}");
    // Against a computer, only the person's side is guided.
    let mut parts = Parts::new(Lang::En);
    assert!(parts.catalogue.choose_file("tutorial.ron"));
    parts.catalogue.seats = [COMPUTER, Seat::Human];
    assert!(parts.start());
    assert!(parts.playing.guide[Side::Builder.index()].is_none());
    assert!(parts.playing.guide[Side::Collective.index()].is_some());
}

#[test]
fn a_demonstration_leaves_each_phase_on_the_board_before_the_next() {
    let mut app = app([COMPUTER, COMPUTER]);
    app.world_mut().resource_mut::<Playing>().watch_pace = std::time::Duration::from_millis(400);
    ask(&mut app, Go::Start);
    let phase = |app: &App| playing(app).game.as_ref().unwrap().world.phase;
    // The first phase is played as soon as the computer has thought.
    for _ in 0..400 {
        app.update();
        if phase(&app) != Phase::Orders(Side::Builder) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert_eq!(phase(&app), Phase::Orders(Side::Collective));
    let played = std::time::Instant::now();
    // The collective's phase waits for the pace, however many frames pass.
    for _ in 0..20 {
        app.update();
    }
    if played.elapsed() < std::time::Duration::from_millis(350) {
        assert_eq!(phase(&app), Phase::Orders(Side::Collective), "the room has time to see the builders' phase");
    }
    std::thread::sleep(std::time::Duration::from_millis(450));
    for _ in 0..400 {
        app.update();
        if phase(&app) != Phase::Orders(Side::Collective) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert_ne!(phase(&app), Phase::Orders(Side::Collective), "then the game goes on");
}
