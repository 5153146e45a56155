//! The odds shown before an action is chosen are those the draw will use, on the fixture valley
//! (its answers worked out by hand from the level).

mod common;

use nuage::sim::{ActionId, Game, IndicatorId};

fn valley() -> Game {
    Game::new(common::fixture("valley.ron"), 3)
}

fn action(game: &Game, key: &str) -> ActionId {
    common::action(&game.scenario, key)
}

#[test]
fn odds_follow_the_indicators_that_move_them() {
    let mut game = valley();
    let anger = IndicatorId(0);
    game.world.indicators[anger.index()] = 10.0;
    // Speak at the hearing: 0.1 + 0.005 per point of anger.
    let hearing = nuage::sim::odds::of_action(&game.scenario, &game.world, action(&game, "hearing"));
    assert_eq!(hearing.len(), 1);
    assert!((hearing[0].chance - 0.15).abs() < 1e-9, "{}", hearing[0].chance);
    assert_eq!(hearing[0].raised_by, vec![anger]);
    assert!(hearing[0].lowered_by.is_empty());
    game.world.indicators[anger.index()] = 50.0;
    let hearing = nuage::sim::odds::of_action(&game.scenario, &game.world, action(&game, "hearing"));
    assert!((hearing[0].chance - 0.35).abs() < 1e-9);
    // A ban: 0.008 per point of anger, never above 1.
    game.world.indicators[anger.index()] = 200.0;
    let ban = nuage::sim::odds::of_action(&game.scenario, &game.world, action(&game, "ban"));
    assert_eq!(ban[0].chance, 1.0);
    // An action without a draw has no odds to show.
    assert!(nuage::sim::odds::of_action(&game.scenario, &game.world, action(&game, "gather")).is_empty());
}

#[test]
fn two_projects_of_one_kind_at_one_place_are_told_apart() {
    use nuage::i18n::Lang;
    use nuage::sim::{Order, PlaceId, Side, Target};
    let mut game = valley();
    let plain = PlaceId(game.scenario.places.iter().position(|p| p.key == "plain").unwrap() as u16);
    game.world.side_mut(Side::Builder).resources[0] = 200.0;
    game.world.side_mut(Side::Builder).action_points = 2;
    let order = Order { side: Side::Builder, action: action(&game, "campus"), target: Target::Place(plain) };
    game.submit(&order).expect("a first campus");
    let one = nuage::sim::describe::project(&game.scenario, &game.world, game.world.projects[0].id, Lang::En);
    assert_eq!(one, "Campus (Plain)", "alone, a project needs no number");
    game.submit(&order).expect("a second campus");
    let names: Vec<String> = game
        .world
        .projects
        .iter()
        .map(|p| nuage::sim::describe::project(&game.scenario, &game.world, p.id, Lang::En))
        .collect();
    assert_eq!(names, vec!["Campus 1 (Plain)", "Campus 2 (Plain)"]);
}

#[test]
fn an_indicator_says_which_way_helps_whom() {
    use nuage::i18n::Lang;
    let game = valley();
    let anger = nuage::sim::describe::indicator_stakes(&game.scenario, IndicatorId(0), Lang::En);
    assert_eq!(anger, "A rise counts for: Farmers");
    let prestige = nuage::sim::describe::indicator_stakes(&game.scenario, IndicatorId(1), Lang::Fr);
    assert_eq!(prestige, "Une hausse compte pour : Opérateur");
}

#[test]
fn an_action_says_what_it_does_in_both_languages() {
    use nuage::i18n::Lang;
    let game = valley();
    let scn = &game.scenario;
    let hearing = &scn.action(action(&game, "hearing")).effects;
    let en = nuage::sim::describe::effects(scn, &game.world, hearing, Lang::En);
    assert_eq!(en[0], "delays the project by one turn");
    assert!(en[1].starts_with("on a successful draw: cancels the project"), "{}", en[1]);
    let fr = nuage::sim::describe::effects(scn, &game.world, hearing, Lang::Fr);
    assert_eq!(fr[0], "retarde le projet d’un tour");
    // A campus's steps: demand lands on the target, extraction on the mine, prestige rises.
    let campus = scn.action(action(&game, "campus")).project.as_ref().unwrap();
    let done = nuage::sim::describe::effects(scn, &game.world, &campus.milestones[1].on_complete, Lang::En);
    assert!(done.iter().any(|l| l == "water demand, campus: +25 (the target)"), "{done:?}");
    assert!(done.iter().any(|l| l == "prestige +15"), "{done:?}");
    let gather =
        nuage::sim::describe::effects(scn, &game.world, &scn.action(action(&game, "gather")).effects, Lang::Fr);
    assert_eq!(gather, vec!["colère +6"]);
}

#[test]
fn a_card_says_an_effect_depends_on_a_condition_and_leaves_the_condition_to_the_hover() {
    use nuage::i18n::Lang;
    let game = Game::new(common::fixture("rules.ron"), 1);
    let scn = &game.scenario;
    let hall = scn.action(action(&game, "hall")).project.as_ref().expect("a project");
    let opening = &hall.milestones[1].on_complete;
    let full = nuage::sim::describe::effects(scn, &game.world, opening, Lang::En);
    let brief = nuage::sim::describe::effects_brief(scn, &game.world, opening, Lang::En);
    assert_eq!(full.len(), brief.len());
    assert!(full[0].starts_with("if "), "{}", full[0]);
    assert!(brief[0].ends_with(", on a condition") && !brief[0].contains("if "), "{}", brief[0]);
    assert!(brief[0].len() < full[0].len());
    let fr = nuage::sim::describe::effects_brief(scn, &game.world, opening, Lang::Fr);
    assert!(fr[0].ends_with(", sous condition"), "{}", fr[0]);
}

#[test]
fn of_two_alternative_draws_only_the_one_that_applies_shows() {
    use nuage::sim::StockKind;
    let scenario = common::load("marseille.ron");
    let mut game = Game::new(scenario.clone(), 1);
    let challenge = common::action(&scenario, "legal_challenge");
    // Two draws under complementary conditions: is a real water or heat figure public?
    let hidden = nuage::sim::odds::of_action(&scenario, &game.world, challenge);
    assert_eq!(hidden.len(), 1, "one chip, not two");
    let galerie = nuage::sim::PlaceId(scenario.places.iter().position(|p| p.key == "galerie").unwrap() as u16);
    game.world.stock_mut(galerie, StockKind::Water).unwrap().hidden = false;
    let known = nuage::sim::odds::of_action(&scenario, &game.world, challenge);
    assert_eq!(known.len(), 1);
    assert!((known[0].chance - hidden[0].chance - 0.15).abs() < 1e-9, "a file with the real figures: +15 points");
}

#[test]
fn an_ending_a_draw_decides_shows_the_draws_odds_now() {
    let scenario = common::load("marseille.ron");
    let mut game = Game::new(scenario.clone(), 1);
    let ending = |key: &str| nuage::sim::EndingId(scenario.endings.iter().position(|e| e.key == key).unwrap() as u16);
    // The moratorium: a flag that the collective's push sets on a draw.
    let odds = nuage::sim::progress::draw_odds(&scenario, &game.world, ending("moratorium"));
    assert_eq!(odds, Some(0.0), "at the start the push stands no chance");
    let awareness = scenario.indicators.iter().position(|i| i.key == "awareness").unwrap();
    game.world.indicators[awareness] = 100.0;
    let odds = nuage::sim::progress::draw_odds(&scenario, &game.world, ending("moratorium")).unwrap();
    assert!(odds > 0.1, "{odds}");
    // The world hub is reached by building, not drawn.
    assert_eq!(nuage::sim::progress::draw_odds(&scenario, &game.world, ending("world_hub")), None);
}
