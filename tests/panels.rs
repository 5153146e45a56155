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
    assert!(
        harness
            .query_all_by_label_contains("completed projects like “Port data centre” at least 1 (now 0)")
            .next()
            .is_some()
    );
    // A legal order is a button; clicking it gives the order.
    harness.get_by_label("Pinède cable ducts").click();
    harness.run();
    let game = harness.state().game.as_ref().unwrap();
    assert_eq!(game.world.projects.len(), 1, "the cable landing started");
}

#[test]
fn the_save_list_shows_a_damaged_slot_as_unusable_and_the_others_as_loadable() {
    let dir = std::env::temp_dir().join(format!("nuage-slots-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut session = marseille_session(Lang::En);
    session.saves_dir = dir.clone();
    nuage::saves::write(session.game.as_ref().unwrap(), &dir.join("good.ron")).unwrap();
    std::fs::write(dir.join("broken.ron"), "(format:1, level:\"marseille\", world: oops").unwrap();
    std::fs::write(dir.join("alien.ron"), "(format:1, level:\"atlantis\")").unwrap();

    let mut harness = Harness::builder().with_size([1280.0, 720.0]).build_ui_state(
        |ui, session: &mut Session| {
            nuage::game::pause::panel(ui, session);
        },
        session,
    );
    harness.run();
    assert!(harness.query_by_label_contains("broken: cannot be used (the save is damaged").is_some());
    assert!(harness.query_by_label_contains("alien: cannot be used (the level `atlantis` is not installed)").is_some());
    assert!(harness.query_by_label_contains("good — The cloud was under our feet, turn 1").is_some());

    // Saving under a new name adds a slot, written whole.
    harness.state_mut().slot_name = "second".into();
    harness.get_by_label("Save").click();
    harness.run();
    assert!(dir.join("second.ron").exists() && !dir.join(".second.ron.tmp").exists());
    assert!(harness.query_by_label_contains("second — The cloud was under our feet").is_some());
    std::fs::remove_dir_all(&dir).unwrap();
}
