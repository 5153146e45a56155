//! The board headless: a Bevy app with `MinimalPlugins`, the states, the flow and the board
//! plugins, no window and no renderer. It builds the maps of a small fixture level as entities
//! and checks that the core's changes reach the right entities' components.
#![cfg(feature = "gui")]

use std::sync::Arc;

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use nuage::game::board::{
    BoardPlugin, Hatch, LandmarkMark, LinkMark, MapRoot, PlaceLook, PlaceMark, ProjectMark, Selected,
};
use nuage::game::flow::FlowPlugin;
use nuage::game::session::{Parts, Seat};
use nuage::game::{Playing, Screen, Settings, ViewState};
use nuage::i18n::Lang;
use nuage::sim::scenario::MapKind;
use nuage::sim::world::Level;
use nuage::sim::{Order, PlaceId, Side, StockKind, Target};

fn valley() -> Arc<nuage::sim::Scenario> {
    Arc::new(nuage::level::load(std::path::Path::new("tests/fixtures/valley.ron")).expect("the fixture loads"))
}

/// A game of the valley on the play screen, two people at the keyboard, the board built.
fn app() -> App {
    app_of(valley())
}

fn app_of(scenario: Arc<nuage::sim::Scenario>) -> App {
    app_seated(scenario, [Seat::Human, Seat::Human])
}

fn app_seated(scenario: Arc<nuage::sim::Scenario>, seats: [Seat; 2]) -> App {
    app_from(parts_of(scenario, seats))
}

/// A game started with these seats, not yet in an app.
fn parts_of(scenario: Arc<nuage::sim::Scenario>, seats: [Seat; 2]) -> Parts {
    let mut parts = Parts::new(Lang::En);
    parts.catalogue.choose_loaded("valley.ron".into(), scenario);
    parts.catalogue.seats = seats;
    parts.catalogue.seed = 1;
    parts.settings.reduce_motion = false;
    assert!(parts.start());
    parts.playing.hand_over = None;
    parts
}

/// An app on the play screen with `parts`' game, its board built.
fn app_from(parts: Parts) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin, AssetPlugin::default()))
        .init_asset::<Mesh>()
        .init_asset::<ColorMaterial>()
        .init_asset::<Font>()
        .add_message::<bevy::window::RequestRedraw>();
    parts.insert_into(&mut app);
    app.add_plugins(FlowPlugin).add_plugins(BoardPlugin);
    app.world_mut().resource_mut::<NextState<Screen>>().set(Screen::Play);
    app.update();
    app.update();
    app
}

fn place(app: &App, key: &str) -> PlaceId {
    let scn = &app.world().resource::<Playing>().game.as_ref().unwrap().scenario;
    PlaceId(scn.places.iter().position(|p| p.key == key).expect("a place of the fixture") as u16)
}

fn look(app: &mut App, id: PlaceId) -> PlaceLook {
    let mut q = app.world_mut().query::<(&PlaceMark, &PlaceLook)>();
    let found: Vec<PlaceLook> = q.iter(app.world()).filter(|(m, _)| m.0 == id).map(|(_, l)| *l).collect();
    assert_eq!(found.len(), 1, "one shape per place");
    found[0]
}

#[test]
fn the_board_is_built_of_entities_one_per_place_and_route_on_its_map() {
    let mut app = app();
    let scn = app.world().resource::<Playing>().game.as_ref().unwrap().scenario.clone();
    let mut roots = app.world_mut().query::<(&MapRoot, &Visibility)>();
    let roots: Vec<(MapKind, Visibility)> = roots.iter(app.world()).map(|(r, v)| (r.0, *v)).collect();
    assert_eq!(roots.len(), 2, "one root per map");
    // The port is on screen, the world is not.
    assert!(roots.contains(&(MapKind::Port, Visibility::Inherited)));
    assert!(roots.contains(&(MapKind::World, Visibility::Hidden)));
    let mut places = app.world_mut().query_filtered::<&PlaceMark, With<PlaceLook>>();
    let mut ids: Vec<u16> = places.iter(app.world()).map(|m| m.0.0).collect();
    ids.sort_unstable();
    assert_eq!(ids, (0..scn.places.len() as u16).collect::<Vec<_>>(), "every place has its shape");
    // Every shape is a mesh with triangles in it (a polygon filled, a point as a dot).
    let mut q = app.world_mut().query_filtered::<&Mesh2d, With<PlaceLook>>();
    let meshes = app.world().resource::<Assets<Mesh>>();
    for mesh in q.iter(app.world()) {
        let m = meshes.get(&mesh.0).expect("the mesh is stored");
        assert!(m.indices().is_some_and(|i| i.len() >= 3));
    }
    let mut links = app.world_mut().query::<&LinkMark>();
    assert_eq!(links.iter(app.world()).count(), 2 * scn.links.len(), "a line and an arrow per route");
    let mut landmarks = app.world_mut().query::<&LandmarkMark>();
    assert_eq!(landmarks.iter(app.world()).count(), scn.landmarks.len());
    // Switching maps swaps which root is shown, without rebuilding anything.
    let before = places.iter(app.world()).count();
    app.world_mut().resource_mut::<ViewState>().map = MapKind::World;
    app.update();
    let mut roots = app.world_mut().query::<(&MapRoot, &Visibility)>();
    assert!(roots.iter(app.world()).any(|(r, v)| r.0 == MapKind::World && *v == Visibility::Inherited));
    assert_eq!(places.iter(app.world()).count(), before);
}

#[test]
fn an_order_and_a_selection_change_the_right_entities() {
    let mut app = app();
    let plain = place(&app, "plain");
    let river = place(&app, "river");
    assert!(!look(&mut app, plain).selected);
    // Selecting a place marks it, and only it, and shows its thick outline.
    app.world_mut().resource_mut::<ViewState>().selected = Some(plain);
    app.update();
    assert!(look(&mut app, plain).selected);
    assert!(!look(&mut app, river).selected);
    let mut selected = app.world_mut().query::<(&Selected, &Visibility)>();
    let shown: Vec<PlaceId> =
        selected.iter(app.world()).filter(|(_, v)| **v != Visibility::Hidden).map(|(s, _)| s.0).collect();
    assert_eq!(shown, vec![plain]);
    // A campus ordered on the plain: a project mark appears, growing in, and nowhere else.
    let mut projects = app.world_mut().query::<&ProjectMark>();
    assert_eq!(projects.iter(app.world()).count(), 0);
    {
        let mut playing = app.world_mut().resource_mut::<Playing>();
        let game = playing.game.as_mut().unwrap();
        let campus = nuage::sim::ActionId(game.scenario.actions.iter().position(|a| a.key == "campus").unwrap() as u16);
        // The operator starts with 50 and the campus costs 60: a good year first.
        game.world.side_mut(Side::Builder).resources[0] = 100.0;
        let order = Order { side: Side::Builder, action: campus, target: Target::Place(plain) };
        game.submit(&order).expect("the campus can be ordered");
    }
    app.update();
    let marks: Vec<ProjectMark> = projects.iter(app.world()).copied().collect();
    assert_eq!(marks.len(), 1);
    assert!(!marks[0].done);
    let mut growing = app.world_mut().query_filtered::<(), (With<ProjectMark>, With<nuage::game::board::Growing>)>();
    assert_eq!(growing.iter(app.world()).count(), 1, "a new project grows in");
}

#[test]
fn a_place_pushed_to_critical_turns_critical_is_hatched_and_pulses() {
    let mut app = app();
    let river = place(&app, "river");
    assert_eq!(look(&mut app, river).level, Some(Level::Calm));
    {
        let mut playing = app.world_mut().resource_mut::<Playing>();
        let game = playing.game.as_mut().unwrap();
        let stock = game.world.stocks[river.index()].iter_mut().find(|s| s.kind == StockKind::Water).unwrap();
        // The farms draw twice the river: critical by any threshold. A new turn's key makes the
        // board look again, as a resolution would.
        stock.demand[1] = 200.0;
        game.world.turn += 1;
    }
    app.update();
    // A new turn comes with its report: while the person has not read it, the board waits, so
    // that the change plays out where it can be seen.
    assert_eq!(look(&mut app, river).level, Some(Level::Calm));
    let turn = app.world().resource::<Playing>().game.as_ref().unwrap().world.turn;
    app.world_mut().resource_mut::<Playing>().reported = [turn; 2];
    app.update();
    let now = look(&mut app, river);
    assert_eq!(now.level, Some(Level::Critical));
    let mut hatches = app.world_mut().query::<(&Hatch, &Visibility)>();
    let hatched: Vec<PlaceId> =
        hatches.iter(app.world()).filter(|(_, v)| **v != Visibility::Hidden).map(|(h, _)| h.0).collect();
    assert_eq!(hatched, vec![river], "only the critical place is hatched");
    let mut pulsing = app.world_mut().query_filtered::<&PlaceMark, With<nuage::game::board::Pulsing>>();
    let pulsing: Vec<PlaceId> = pulsing.iter(app.world()).map(|m| m.0).collect();
    assert_eq!(pulsing, vec![river]);
}

#[test]
fn reduce_motion_shows_the_change_without_animating_it() {
    let mut app = app();
    app.world_mut().resource_mut::<Settings>().reduce_motion = true;
    let river = place(&app, "river");
    {
        let mut playing = app.world_mut().resource_mut::<Playing>();
        let game = playing.game.as_mut().unwrap();
        let stock = game.world.stocks[river.index()].iter_mut().find(|s| s.kind == StockKind::Water).unwrap();
        stock.demand[1] = 200.0;
        game.world.turn += 1;
        let turn = game.world.turn;
        playing.reported = [turn; 2];
    }
    app.update();
    assert_eq!(look(&mut app, river).level, Some(Level::Critical));
    let mut pulsing = app.world_mut().query_filtered::<(), With<nuage::game::board::Pulsing>>();
    assert_eq!(pulsing.iter(app.world()).count(), 0);
}

#[test]
fn point_places_on_one_spot_are_moved_apart_with_a_line_to_the_spot() {
    use nuage::game::board::{Leader, Nudge};
    use nuage::sim::scenario::Shape;
    let mut scn = (*valley()).clone();
    // Two point places of one map on the very same spot.
    let points: Vec<usize> =
        (0..scn.places.len()).filter(|i| matches!(scn.places[*i].shape, Shape::Point(_))).collect();
    let (a, b) = points
        .iter()
        .flat_map(|&i| points.iter().map(move |&j| (i, j)))
        .find(|&(i, j)| i < j && scn.places[i].map == scn.places[j].map)
        .expect("two point places on one map");
    scn.places[b].shape = scn.places[a].shape.clone();
    let map = scn.places[a].map;
    let mut app = app_of(Arc::new(scn));
    app.world_mut().resource_mut::<ViewState>().map = map;
    app.update();
    app.update();
    let mut dots = app.world_mut().query::<(&PlaceMark, &Nudge, Has<PlaceLook>)>();
    let mut nudge_of = |app: &App, id: usize| -> Vec<Vec2> {
        dots.iter(app.world()).filter(|(m, _, is_dot)| *is_dot && m.0.index() == id).map(|(_, n, _)| n.by).collect()
    };
    let (na, nb) = (nudge_of(&app, a), nudge_of(&app, b));
    assert_eq!((na.len(), nb.len()), (1, 1), "one dot each");
    assert!(na[0].distance(nb[0]) >= 39.0, "moved apart on screen: {:?} and {:?}", na[0], nb[0]);
    // The place's name and icon move with its dot.
    let mut marks = app.world_mut().query::<&Nudge>();
    let with_a: Vec<Vec2> = marks.iter(app.world()).filter(|n| n.place.index() == a).map(|n| n.by).collect();
    assert!(with_a.len() >= 2, "the dot and the name at least: {with_a:?}");
    assert!(with_a.iter().all(|n| *n == na[0]), "{with_a:?}");
    let mut leaders = app.world_mut().query::<(&Leader, &Visibility)>();
    let shown = leaders
        .iter(app.world())
        .filter(|(l, v)| [a, b].contains(&l.place.index()) && **v != Visibility::Hidden)
        .count();
    assert_eq!(shown, 2, "each moved place is joined to its spot by a line");
}

#[test]
fn a_game_started_away_from_the_play_screen_never_meets_the_old_games_board() {
    // A valley game's board is up; the players go back to the title and start a game of a
    // level with fewer places, which is on the table before its board is built.
    let mut app = app();
    let valley_places = valley().places.len();
    app.world_mut().resource_mut::<NextState<Screen>>().set(Screen::Title);
    app.update();
    let small =
        Arc::new(nuage::level::load(std::path::Path::new("tests/fixtures/secrets.ron")).expect("the fixture loads"));
    assert!(small.places.len() < valley_places, "the new level must have fewer places for the test to bite");
    let game = nuage::sim::Game::new(small.clone(), 2);
    app.world_mut().resource_mut::<Playing>().start(game, [Seat::Human, Seat::Human], 2);
    app.world_mut().resource_mut::<Playing>().hand_over = None;
    // Frames on the title with the new game on the table and the old board still there.
    app.update();
    app.update();
    app.world_mut().resource_mut::<NextState<Screen>>().set(Screen::Play);
    app.update();
    app.update();
    let mut places = app.world_mut().query_filtered::<&PlaceMark, With<PlaceLook>>();
    let count = places.iter(app.world()).count();
    assert_eq!(count, small.places.len(), "the board was rebuilt for the new game");
}

#[test]
fn in_hot_seat_the_board_turns_to_the_incoming_sides_eyes_before_its_report_is_read() {
    // The secrets fixture: the spring's figures are the owner's secret.
    let scenario =
        Arc::new(nuage::level::load(std::path::Path::new("tests/fixtures/secrets.ron")).expect("the fixture loads"));
    let mut app = app_of(scenario);
    let spring = place(&app, "spring");
    assert!(look(&mut app, spring).level.is_some(), "the owner sees the spring's pressure");
    let pass = |app: &mut App| {
        let mut playing = app.world_mut().resource_mut::<Playing>();
        playing.end_phase();
        playing.hand_over = None;
    };
    // Owner, then neighbours, end their phases: turn 2 begins with the owner, who reads its
    // report and plays; then the neighbours take the keyboard with their report unread.
    pass(&mut app);
    app.update();
    assert!(look(&mut app, spring).level.is_none(), "the neighbours do not see it");
    pass(&mut app);
    app.world_mut().resource_mut::<Playing>().reported[Side::Builder.index()] = 1;
    app.update();
    assert!(look(&mut app, spring).level.is_some());
    pass(&mut app);
    assert!(app.world().resource::<Playing>().report_pending(Side::Collective));
    app.update();
    assert!(look(&mut app, spring).level.is_none(), "the owner's figures showed behind the neighbours' report");
}

#[test]
fn with_no_person_at_the_table_the_board_shows_only_what_the_public_may_know() {
    let scenario =
        Arc::new(nuage::level::load(std::path::Path::new("tests/fixtures/secrets.ron")).expect("the fixture loads"));
    let computer = Seat::Computer(nuage::policy::PolicyKind::Ai(nuage::ai::Difficulty::Easy));
    let mut parts = parts_of(scenario, [computer, computer]);
    // Each side's secret project, begun by hand so that the test does not wait on a computer's
    // choice; the computers are then kept from playing on.
    parts.playing.computers = [None, None];
    let game = parts.playing.game.as_mut().unwrap();
    let action = |key: &str| {
        nuage::sim::ActionId(game.scenario.actions.iter().position(|a| a.key == key).expect("an action") as u16)
    };
    let (pipe, network) = (action("pipe"), action("network"));
    let yard = PlaceId(game.scenario.places.iter().position(|p| p.key == "yard").unwrap() as u16);
    let order = Order { side: Side::Builder, action: pipe, target: Target::Place(yard) };
    game.give(&order).expect("the owner may lay its pipe");
    game.end_phase(Side::Builder).expect("the owner's phase ends");
    let order = Order { side: Side::Collective, action: network, target: Target::Place(yard) };
    game.give(&order).expect("the neighbours may organize");
    let mut app = app_from(parts);
    let spring = place(&app, "spring");
    assert!(look(&mut app, spring).level.is_none(), "the public does not see the owner's hidden figures");
    let mut marks = app.world_mut().query::<&ProjectMark>();
    assert_eq!(marks.iter(app.world()).count(), 0, "nor either side's secret project");
}

#[test]
fn the_board_lives_on_the_play_screen_and_is_built_anew_on_coming_back() {
    let mut app = app();
    let roots = |app: &mut App| app.world_mut().query::<&MapRoot>().iter(app.world()).count();
    assert_eq!(roots(&mut app), 2, "both maps on the play screen");
    app.world_mut().resource_mut::<NextState<Screen>>().set(Screen::Debrief);
    app.update();
    assert_eq!(roots(&mut app), 0, "leaving the play screen takes the maps away");
    let places = app.world_mut().query::<&PlaceMark>().iter(app.world()).count();
    assert_eq!(places, 0, "and all they carry");
    app.world_mut().resource_mut::<NextState<Screen>>().set(Screen::Play);
    app.update();
    app.update();
    assert_eq!(roots(&mut app), 2, "built again on coming back");
}

#[test]
fn a_frame_where_nothing_happens_marks_neither_the_game_nor_the_view_changed() {
    // The board's systems run when the game or the view changed (Bevy's change detection);
    // a system that borrowed them mutably on every frame would keep them running for nothing.
    let mut app = app();
    app.update();
    let last_changed = |app: &App| {
        (
            app.world().resource_ref::<Playing>().last_changed(),
            app.world().resource_ref::<nuage::game::ViewState>().last_changed(),
        )
    };
    let before = last_changed(&app);
    app.update();
    assert_eq!(last_changed(&app), before, "an idle frame");
    app.world_mut().resource_mut::<Playing>().end_phase();
    app.update();
    let before = last_changed(&app);
    app.update();
    assert_eq!(last_changed(&app), before, "idle again once the change is taken in");
}

#[test]
fn a_tap_with_no_hover_before_it_selects_the_place_it_lifts_from() {
    // On a touch screen the press is aimed with the hover of the frame before the finger came
    // down: it reaches nothing, and no click follows. The release, aimed where the finger is,
    // must select the place as a click would; after a press on the board, the click does.
    use bevy::camera::NormalizedRenderTarget;
    use bevy::picking::backend::HitData;
    use bevy::picking::events::{Pointer, Press, Release};
    use bevy::picking::pointer::{Location, PointerButton, PointerId};
    let mut app = app();
    let river = place(&app, "river");
    let shape = {
        let mut q = app.world_mut().query::<(Entity, &PlaceMark, &PlaceLook)>();
        q.iter(app.world()).find(|(_, m, _)| m.0 == river).map(|(e, _, _)| e).expect("the river's shape")
    };
    let location = Location { target: NormalizedRenderTarget::None { width: 100, height: 100 }, position: Vec2::ZERO };
    let hit = HitData::new(Entity::PLACEHOLDER, 0.0, None, None);
    let release = Release { button: PointerButton::Primary, hit: hit.clone() };
    app.world_mut().trigger(Pointer::new(PointerId::Touch(0), location.clone(), release.clone(), shape));
    app.update();
    assert_eq!(app.world().resource::<ViewState>().selected, Some(river), "the tap selected the river");
    // A press on the board first: its release leaves the choice to the click (none here).
    app.world_mut().resource_mut::<ViewState>().selected = None;
    let press = Press { button: PointerButton::Primary, hit, count: 1 };
    app.world_mut().trigger(Pointer::new(PointerId::Mouse, location.clone(), press, shape));
    app.world_mut().trigger(Pointer::new(PointerId::Mouse, location, release, shape));
    app.update();
    assert_eq!(app.world().resource::<ViewState>().selected, None, "a pressed release is not a tap");
}
