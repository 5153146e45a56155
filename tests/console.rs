//! A facilitated game (`game::console`, `game::public`): the projector's window shows the
//! public's view and no secret; the console shows the facilitator every secret, asks each side
//! to take the keyboard before showing its own, and its acts go through the flow; the console's
//! window opens with a facilitated game and closes after it.
#![cfg(feature = "gui")]

mod common;

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nuage::game::console::{self, Act, ConsoleView, Tab};
use nuage::game::session::{Parts, Seat};
use nuage::game::{Go, Playing, Screen};
use nuage::i18n::Lang;
use nuage::sim::{ActionId, Game, Order, PlaceId, Side, Target};

/// The secrets fixture after two turns in which the owner laid a secret pipe (now drawing on
/// the hidden spring: 110% where the public believes 60%), built a public hall and got a
/// secret waiver; on the table of a facilitated game played by people.
fn facilitated_secrets() -> Parts {
    let scenario = common::fixture("secrets.ron");
    let mut game = Game::new(scenario.clone(), 1);
    let act = |key: &str| ActionId(scenario.actions.iter().position(|a| a.key == key).unwrap() as u16);
    let yard = Target::Place(PlaceId(1));
    for (key, target) in [("pipe", yard), ("hall", yard), ("waiver", Target::None)] {
        game.give(&Order { side: Side::Builder, action: act(key), target }).unwrap();
    }
    for _ in 0..2 {
        game.end_phase(Side::Builder).unwrap();
        game.end_phase(Side::Collective).unwrap();
    }
    let mut parts = Parts::new(Lang::En);
    parts.playing.facilitated = true;
    parts.playing.start(game, [Seat::Human, Seat::Human], 1);
    parts
}

/// Words that would give the owner's secrets or purse away.
const SECRETS: [&str; 5] = ["Pipe", "pipe", "waiver", "money", "110"];

#[test]
fn the_projectors_window_shows_the_public_view_and_no_secret() {
    let mut harness = Harness::builder().with_size([1920.0, 1080.0]).build_ui_state(
        |ui, parts: &mut Parts| {
            nuage::game::play::show(ui, parts.shell(), &mut Default::default());
        },
        facilitated_secrets(),
    );
    harness.run();
    // The public's figures, large: the turn, whose phase, the indicators.
    assert!(harness.query_by_label_contains("Turn 3/8").is_some());
    assert!(harness.query_by_label_contains("Playing now: Owner").is_some());
    assert!(harness.query_by_label_contains("trust 50").is_some());
    // No hand-over screen on the projector: the sides take the console's keyboard.
    assert!(harness.query_by_label_contains("Hand the keyboard").is_none());
    for secret in SECRETS {
        assert!(harness.query_by_label_contains(secret).is_none(), "the projector shows “{secret}”");
    }
    assert_eq!(harness.state().playing.viewer(), nuage::sim::Viewer::Public, "the board is the public's");
}

fn console_harness(parts: Parts) -> Harness<'static, (Parts, ConsoleView, Option<Go>)> {
    Harness::builder().with_size([1280.0, 1000.0]).build_ui_state(
        |ui, (parts, console, asked): &mut (Parts, ConsoleView, Option<Go>)| {
            let Parts { settings, playing, view, .. } = parts;
            if let Some(go) = console::panel(ui, settings, playing, view, console) {
                *asked = Some(go);
            }
        },
        (parts, ConsoleView::default(), None),
    )
}

#[test]
fn the_console_shows_every_secret_and_a_side_its_own_view_only_once_it_holds_the_keyboard() {
    let mut harness = console_harness(facilitated_secrets());
    harness.run();
    // A phase of people: their keyboard comes forward, behind the hand-over.
    assert_eq!(harness.state().1.tab, Tab::Keyboard);
    assert!(harness.query_by_label_contains("Hand the keyboard to the Owner").is_some());
    assert!(harness.query_by_label_contains("money").is_none(), "nothing of the side's before it holds the keyboard");
    harness.get_by_label("We are ready").click();
    harness.run();
    assert!(harness.query_all_by_label_contains("money").next().is_some(), "the owner's purse, at its keyboard");
    assert!(harness.query_all_by_label_contains("Lay a pipe").next().is_some(), "and its actions");
    // The facilitator's face: every side's purse and secrets, and the figures the public
    // does not know, with what the public believes.
    harness.get_by_label("Facilitator: everything").click();
    harness.run();
    assert!(harness.query_by_label_contains("Secret, still kept: Pipe").is_some());
    assert!(harness.query_by_label_contains("really 110%").is_some());
    assert!(harness.query_by_label_contains("the public believes 60%").is_some());
    assert!(harness.query_by_label_contains("time 10").is_some(), "the neighbours’ purse too (6, and 2 a turn)");
}

#[test]
fn the_consoles_buttons_ask_for_the_facilitators_acts() {
    let mut harness = console_harness(facilitated_secrets());
    harness.run();
    harness.get_by_label("Facilitator: everything").click();
    harness.run();
    harness.get_by_label("Take back to the start of turn 2").click();
    harness.run();
    assert_eq!(harness.state().2, Some(Go::Facilitate(Act::TakeBack)));
    harness.get_by_label("End after this turn").click();
    harness.run();
    assert_eq!(harness.state().2, Some(Go::Facilitate(Act::EndAfterThisTurn)));
    harness.get_by_label("One more minute").click();
    harness.run();
    // No clock without a session or a timer: the button waits for one.
    assert_eq!(harness.state().2, Some(Go::Facilitate(Act::EndAfterThisTurn)));
    harness.get_by_label("End this phase now").click();
    harness.run();
    assert_eq!(harness.state().2, Some(Go::EndPhase));
}

/// A headless app with the flow and the console's window keeping, on Marseille.
fn app(facilitated: bool) -> App {
    let mut parts = Parts::new(Lang::En);
    assert!(parts.catalogue.choose_file("marseille.ron"));
    parts.catalogue.seats = [Seat::Human, Seat::Human];
    parts.catalogue.seed = 5;
    parts.catalogue.facilitated = facilitated;
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    parts.insert_into(&mut app);
    app.add_plugins(nuage::game::flow::FlowPlugin);
    app.add_plugins(console::plugin);
    app.update();
    app
}

fn playing(app: &App) -> &Playing {
    app.world().resource::<Playing>()
}

fn ask(app: &mut App, go: Go) {
    app.world_mut().write_message(go);
    app.update();
    app.update();
}

fn console_titles(app: &mut App) -> Vec<String> {
    let mut query = app.world_mut().query_filtered::<&Window, With<console::ConsoleWindow>>();
    query.iter(app.world()).map(|w| w.title.clone()).collect()
}

#[test]
fn a_facilitated_game_opens_the_consoles_window_and_closes_it_after() {
    let mut app = app(true);
    assert!(console_titles(&mut app).is_empty(), "no console on the title");
    ask(&mut app, Go::Start);
    assert_eq!(*app.world().resource::<State<Screen>>().get(), Screen::Play);
    assert_eq!(console_titles(&mut app), ["Nuage — facilitator"]);
    let mut cameras = app.world_mut().query_filtered::<&bevy::camera::RenderTarget, With<console::ConsoleCamera>>();
    assert_eq!(cameras.iter(app.world()).count(), 1, "a camera draws the console into its window");
    ask(&mut app, Go::To(Screen::Title));
    app.update();
    assert!(console_titles(&mut app).is_empty(), "gone with its game");
    // A game nobody facilitates has none.
    let mut app = self::app(false);
    ask(&mut app, Go::Start);
    assert!(console_titles(&mut app).is_empty());
}

#[test]
fn the_facilitators_acts_go_through_the_flow() {
    let mut app = app(true);
    ask(&mut app, Go::Start);
    assert_eq!(playing(&app).hand_over, Some(Side::Builder));
    app.world_mut().resource_mut::<Playing>().hand_over = None;
    ask(&mut app, Go::EndPhase);
    assert_eq!(playing(&app).hand_over, Some(Side::Collective), "the next side is asked to take the keyboard");
    let before = playing(&app).game.as_ref().unwrap().world.clone();
    ask(&mut app, Go::Facilitate(Act::Note("The builders rushed.".into())));
    ask(&mut app, Go::Facilitate(Act::TakeBack));
    let game = playing(&app).game.as_ref().unwrap();
    assert_eq!(game.world.phase, nuage::sim::Phase::Orders(Side::Builder), "back to the turn's start");
    assert_ne!(game.world, before);
    assert_eq!(game.history.notes.len(), 1);
    assert_eq!(playing(&app).hand_over, Some(Side::Builder), "and the builders take the keyboard again");
    assert_eq!(playing(&app).refused, None);
    ask(&mut app, Go::Facilitate(Act::TakeBack));
    assert_eq!(
        playing(&app).refused,
        Some(nuage::sim::facilitator::Refused::NothingToTakeBack),
        "the first turn has nothing before it"
    );
    ask(&mut app, Go::Facilitate(Act::StopClock(true)));
    assert!(playing(&app).clock_stopped);
    ask(&mut app, Go::Facilitate(Act::AtZeroEnds(true)));
    assert!(playing(&app).at_zero_ends);
    assert_eq!(playing(&app).refused, None, "a successful act clears the last refusal");
}

#[test]
fn a_facilitated_debrief_is_a_guided_sequence_ending_on_what_really_happened_and_what_we_can_do() {
    let scenario = common::load("marseille.ron");
    let game = nuage::policy::play(scenario, 4, nuage::policy::PolicyKind::Random, nuage::policy::PolicyKind::Random);
    assert!(game.world.outcome.is_some());
    let mut parts = Parts::new(Lang::En);
    parts.playing.facilitated = true;
    parts.playing.resume(game, [Seat::Human, Seat::Human], 4);
    let mut harness = Harness::builder().with_size([1280.0, 900.0]).build_ui_state(
        |ui, p: &mut Parts| {
            nuage::game::debrief::panel(ui, &p.catalogue, &p.playing, &mut p.view, Lang::En);
        },
        parts,
    );
    harness.run();
    // It opens on the first step, the room's feelings, not on the whole debrief at once.
    assert!(harness.query_by_label_contains("Each team in a word").is_some());
    assert!(harness.query_by_label("Timeline").is_none());
    harness.get_by_label("Next step").click();
    harness.run();
    assert!(harness.query_by_label_contains("Follow the charts and the timeline").is_some());
    harness.get_by_label("4. What really happened").click();
    harness.run();
    assert!(harness.query_all_by_label_contains("The chatbot moment").next().is_some(), "the real events, dated");
    assert!(harness.query_all_by_label_contains("2022-").next().is_some());
    harness.get_by_label("5. What can we do here?").click();
    harness.run();
    assert!(harness.query_by_label("Next step").is_none(), "the last step");
    harness.get_by_label("Everything").click();
    harness.run();
    assert!(harness.query_by_label("Timeline").is_some(), "the whole debrief, as before");
}
