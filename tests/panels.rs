//! The game's panels, tested headless with egui_kittest: what a person reads and clicks.
#![cfg(feature = "gui")]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nuage::game::Session;
use nuage::i18n::Lang;
use nuage::sim::Side;

fn marseille_session(lang: Lang) -> Session {
    let mut session = Session::new(lang);
    session.chosen =
        session.levels.iter().position(|l| l.path.ends_with("marseille.ron")).expect("levels/ holds marseille.ron");
    assert!(session.start());
    session
}

#[test]
fn the_language_switch_changes_the_labels() {
    let mut harness = Harness::builder().with_size([1280.0, 720.0]).build_ui_state(
        |ui, session: &mut Session| {
            nuage::game::title::panel(ui, session);
        },
        Session::new(Lang::En),
    );
    harness.run();
    assert!(harness.query_by_label("New game").is_some());
    harness.get_by_label("Français").click();
    harness.run();
    assert!(harness.query_by_label("Nouvelle partie").is_some(), "the title is in French now");
    assert!(harness.query_by_label("New game").is_none());
    assert_eq!(harness.state().lang, Lang::Fr);
}

#[test]
fn a_refused_action_shows_its_reason_and_a_possible_one_can_be_taken() {
    let mut harness = Harness::builder().with_size([1280.0, 2000.0]).build_ui_state(
        |ui, session: &mut Session| nuage::game::play::actions_panel(ui, session, Side::Builder),
        marseille_session(Lang::En),
    );
    harness.run();
    // The silo costs 260 M€ and the builders start with 150.
    assert!(harness.query_by_label_contains("Not enough capital (M€): this costs 260, you have 150.").is_some());
    // Tenants need a data centre first: the requirement is spelled out with its current value.
    assert!(harness.query_all_by_label_contains("completed projects").next().is_some());
    // A legal order is a button; clicking it gives the order.
    harness.get_by_label("Pinède cable ducts").click();
    harness.run();
    let game = harness.state().game.as_ref().unwrap();
    assert_eq!(game.world.projects.len(), 1, "the cable landing started");
}
