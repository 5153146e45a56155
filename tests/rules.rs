//! The rules that make knowledge, redundancy and choices matter, pinned on a small fixture
//! level (`tests/fixtures/rules.ron`) whose answers are worked out by hand, and the balance
//! harness's instruments on the same level.

use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;

use nuage::balance;
use nuage::i18n::Lang;
use nuage::policy::PolicyKind;
use nuage::sim::condition::{self, Context};
use nuage::sim::rules::{Cmp, Condition, PlaceRef};
use nuage::sim::{ActionId, Game, Order, PlaceId, Refusal, Scenario, Side, StockKind, Target, describe, pressure};

fn fixture() -> Arc<Scenario> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules.ron");
    Arc::new(nuage::level::load(&path).unwrap_or_else(|e| panic!("the fixture loads: {e}")))
}

fn action(scn: &Scenario, key: &str) -> ActionId {
    ActionId(scn.actions.iter().position(|a| a.key == key).unwrap_or_else(|| panic!("no action {key}")) as u16)
}

fn place(scn: &Scenario, key: &str) -> PlaceId {
    PlaceId(scn.places.iter().position(|p| p.key == key).unwrap_or_else(|| panic!("no place {key}")) as u16)
}

fn order(scn: &Scenario, side: Side, key: &str, target: Target) -> Order {
    Order { side, action: action(scn, key), target }
}

fn trust(game: &Game) -> f64 {
    game.world.indicators[0]
}

/// Ends both phases: one turn resolves.
fn next_turn(game: &mut Game) {
    game.end_phase(Side::Builder).unwrap();
    game.end_phase(Side::Collective).unwrap();
}

#[test]
fn a_hidden_crisis_costs_nothing_until_it_is_revealed() {
    let scn = fixture();
    let mut game = Game::new(scn.clone(), 1);
    let spring = place(&scn, "spring");
    let known = Condition::Known(PlaceRef::Id(spring), StockKind::Water);
    assert!(!condition::holds(&scn, &game.world, &known, &Context::default()));
    // The spring is over-drawn (120 of 100) from the start, but nobody knows.
    next_turn(&mut game);
    assert_eq!(trust(&game), 50.0, "a hidden critical stock must not cost trust");

    game.end_phase(Side::Builder).unwrap();
    game.submit(&order(&scn, Side::Collective, "survey", Target::Place(spring))).unwrap();
    assert!(condition::holds(&scn, &game.world, &known, &Context::default()));
    game.end_phase(Side::Collective).unwrap();
    assert_eq!(trust(&game), 45.0, "once known, the same crisis costs trust every turn");
    next_turn(&mut game);
    assert_eq!(trust(&game), 40.0);
}

#[test]
fn known_reads_through_a_supplier_and_is_false_where_there_is_no_such_stock() {
    let scn = fixture();
    let game = Game::new(scn.clone(), 1);
    // The yard draws its water from the pond, which was never hidden.
    let at_yard = Context { place: Some(place(&scn, "yard")), project: None };
    assert!(condition::holds(&scn, &game.world, &Condition::Known(PlaceRef::Target, StockKind::Water), &at_yard));
    let far = Condition::Known(PlaceRef::Id(place(&scn, "far")), StockKind::Water);
    assert!(!condition::holds(&scn, &game.world, &far, &Context::default()));
}

#[test]
fn reserved_capacity_blocks_connections_but_not_supply() {
    let scn = fixture();
    let mut game = Game::new(scn.clone(), 1);
    let line = place(&scn, "line");
    let plug = order(&scn, Side::Builder, "plug", Target::None);
    let book = order(&scn, Side::Builder, "book", Target::None);
    // 50 of 100 drawn: plugging in is allowed.
    assert_eq!(game.check(&plug), Ok(()));
    game.submit(&book).unwrap();
    game.submit(&book).unwrap();
    // 50 drawn + 60 reserved: booked at 1.1, drawn at 0.5.
    let stock = game.world.stock(line, StockKind::Power).unwrap().clone();
    assert_eq!(stock.reserved, 60.0);
    assert!((pressure::booked(&scn, &game.world, &stock) - 1.1).abs() < 1e-9);
    assert!((pressure::at(&scn, &game.world, line, StockKind::Power) - 0.5).abs() < 1e-9);
    assert_eq!(game.check(&plug), Err(Refusal::Requirement(0)));
    let booked = Condition::Booked(PlaceRef::Id(line), StockKind::Power, Cmp::AtLeast, 1.0);
    assert!(condition::holds(&scn, &game.world, &booked, &Context::default()));
    // The panels say how full the line is booked, and how much is held in reserve.
    assert_eq!(
        describe::booking(&scn, &game.world, &stock, Lang::En).as_deref(),
        Some("booked 110% (60 held in reserve)")
    );
    let fr = describe::booking(&scn, &game.world, &stock, Lang::Fr).unwrap();
    assert!(fr.contains("110\u{a0}%") && fr.contains("60 en réserve"), "{fr}");
    // The refusal names booked capacity and its value, in percent, in both languages.
    let ctx = Context::default();
    for (lang, value) in [(Lang::En, "(now 110%)"), (Lang::Fr, "110\u{a0}%")] {
        let words = describe::condition(&scn, &game.world, &scn.action(action(&scn, "plug")).requires[0], &ctx, lang);
        assert!(words.contains(value), "{lang:?}: {words}");
        assert!(words.contains(scn.place(line).name.get(lang)), "{lang:?}: {words}");
    }
}

#[test]
fn a_mark_chooses_what_a_project_draws_when_it_completes() {
    let scn = fixture();
    let yard = place(&scn, "yard");
    let pond = place(&scn, "pond");
    let line = place(&scn, "line");
    let hall = order(&scn, Side::Builder, "hall", Target::Place(yard));
    let run = |choose_dry: bool| {
        let mut game = Game::new(scn.clone(), 1);
        game.submit(&hall).unwrap();
        let project = Target::Project(game.world.projects[0].id);
        if choose_dry {
            game.submit(&order(&scn, Side::Builder, "dry", project)).unwrap();
            // A second mark of the same kind is refused: the choice is made.
            assert_eq!(game.check(&order(&scn, Side::Builder, "dry", project)), Err(Refusal::Requirement(0)));
            assert_eq!(game.world.projects[0].marks.iter().collect::<Vec<_>>(), ["dry"]);
        }
        next_turn(&mut game);
        next_turn(&mut game);
        let water = game.world.stock(pond, StockKind::Water).unwrap().demand[0];
        let power = game.world.stock(line, StockKind::Power).unwrap().demand[0];
        (water, power)
    };
    assert_eq!(run(false), (10.0, 0.0), "without a mark the hall is cooled with water");
    assert_eq!(run(true), (0.0, 10.0), "marked dry, it draws power instead");
}

#[test]
fn a_mark_can_only_aim_at_a_project_at_a_step_that_accepts_it() {
    let scn = fixture();
    let mut game = Game::new(scn.clone(), 1);
    game.submit(&order(&scn, Side::Builder, "hall", Target::Place(place(&scn, "yard")))).unwrap();
    let project = Target::Project(game.world.projects[0].id);
    next_turn(&mut game);
    // The design step is over: the hall is at its opening step.
    let late = order(&scn, Side::Builder, "dry", project);
    assert!(matches!(game.check(&late), Err(Refusal::NotContestable { .. })));
}

#[test]
fn an_override_lets_a_project_go_on_under_a_ban() {
    let scn = fixture();
    let hall = order(&scn, Side::Builder, "hall", Target::Place(place(&scn, "yard")));
    let run = |override_it: bool| {
        let mut game = Game::new(scn.clone(), 1);
        game.submit(&hall).unwrap();
        if override_it {
            game.submit(&order(&scn, Side::Builder, "override", Target::None)).unwrap();
        }
        game.end_phase(Side::Builder).unwrap();
        game.submit(&order(&scn, Side::Collective, "ban", Target::None)).unwrap();
        game.end_phase(Side::Collective).unwrap();
        game.world.projects[0].milestone
    };
    assert_eq!(run(false), 0, "the ban holds the design step");
    assert_eq!(run(true), 1, "the override lets it through");
}

#[test]
fn a_stock_that_is_not_seasonal_ignores_the_seasons_factors() {
    let scn = fixture();
    let mut game = Game::new(scn.clone(), 1);
    next_turn(&mut game);
    // Turn 1 is the hot half-year: water capacity × 0.5 where seasons apply.
    assert_eq!(scn.calendar.season(game.world.turn).index(), 1);
    let spring = pressure::at(&scn, &game.world, place(&scn, "spring"), StockKind::Water);
    let pond = pressure::at(&scn, &game.world, place(&scn, "pond"), StockKind::Water);
    assert!((spring - 1.2).abs() < 1e-9, "spring {spring}");
    assert!((pond - 0.8).abs() < 1e-9, "pond {pond}: 40 of 50");
}

#[test]
fn the_harness_reports_pressures_and_actions_on_a_level_whose_answer_is_known() {
    let scn = fixture();
    let report = balance::run(scn.clone(), 6, PolicyKind::Passive, PolicyKind::Passive, 2, None, &|_| {});
    // Nobody acts: the spring is critical at every turn of every game (1.2), land stays at 0.5,
    // and the line at 0.5 is never even strained.
    let water = &report.pressures["water"];
    assert_eq!((water.critical_share, water.strained_share), (1.0, 1.0));
    assert!((water.mean_peak - 1.2).abs() < 1e-9, "{}", water.mean_peak);
    let land = &report.pressures["land"];
    assert_eq!((land.critical_share, land.strained_share), (0.0, 0.0));
    assert!((land.mean_peak - 0.5).abs() < 1e-9);
    let power = &report.pressures["power"];
    assert_eq!(power.strained_share, 0.0);
    // No stock of these kinds: nothing pressed.
    assert_eq!(report.pressures["heat"].mean_peak, 0.0);
    // Every action is listed with its side and its map, none used.
    let visit = &report.actions["visit"];
    assert_eq!((visit.side, visit.map, visit.share, visit.used_in_games), ("collective", Some("world"), 0.0, 0.0));
    assert_eq!(report.actions["hall"].map, Some("port"));
    assert_eq!(report.actions["survey"].map, Some("port"));
    assert_eq!(report.actions["book"].map, None);

    // With players who act, each side's shares add up to one.
    let report = balance::run(scn.clone(), 8, PolicyKind::Random, PolicyKind::Random, 2, None, &|_| {});
    for side in ["builder", "collective"] {
        let total: f64 = report.actions.values().filter(|a| a.side == side).map(|a| a.share).sum();
        assert!((total - 1.0).abs() < 1e-9, "{side}: {total}");
    }
    let survey = &report.actions["survey"];
    assert!(survey.used_in_games > 0.0 && survey.win_share_when_used <= 1.0);
}

#[test]
fn a_level_can_be_measured_without_some_of_its_actions() {
    let scn = fixture();
    let reduced = balance::without(&scn, &["survey".to_owned()]).unwrap();
    assert!(reduced.actions.iter().all(|a| a.key != "survey"));
    assert_eq!(reduced.actions.len(), scn.actions.len() - 1);
    let report = balance::run(Arc::new(reduced), 4, PolicyKind::Random, PolicyKind::Random, 1, None, &|_| {});
    assert!(!report.actions.contains_key("survey"));
    let error = balance::without(&scn, &["survy".to_owned()]).unwrap_err();
    assert!(error.contains("`survy`") && error.contains("`survey`"), "{error}");
}

#[test]
fn balance_refuses_an_unknown_action_in_one_line_naming_the_closest() {
    let out = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .args(["balance", "--level", "levels/marseille.ron", "--games", "2", "--without", "internationalist_lnk"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("the closest is `internationalist_link`"), "{err}");
}

#[test]
fn balance_json_has_the_instruments() {
    let out = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .args(["balance", "--level", "tests/fixtures/rules.ron", "--games", "3", "--builder", "passive"])
        .args(["--collective", "passive", "--json", "--without", "visit"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["pressures"]["water"]["critical_share"], 1.0);
    assert_eq!(report["actions"]["hall"]["side"], "builder");
    assert!(report["actions"]["visit"].is_null());
    assert_eq!(report["without"][0], "visit");
    assert!(report["wins"]["builder"].is_number(), "the existing fields stay");
}

#[test]
fn the_new_words_read_in_both_languages() {
    let scn = fixture();
    let mut game = Game::new(scn.clone(), 1);
    let yard = place(&scn, "yard");
    game.submit(&order(&scn, Side::Builder, "hall", Target::Place(yard))).unwrap();
    let project = Target::Project(game.world.projects[0].id);
    game.submit(&order(&scn, Side::Builder, "dry", project)).unwrap();
    game.submit(&order(&scn, Side::Builder, "book", Target::None)).unwrap();
    let marked = &scn.action(action(&scn, "hall")).project.as_ref().unwrap().milestones[1].on_complete[0];
    let nuage::sim::rules::Effect::If(cond, _) = marked else { panic!("the fixture's first effect is an If") };
    let ctx = Context { place: Some(yard), project: Some(game.world.projects[0].id) };
    let known = Condition::Known(PlaceRef::Id(place(&scn, "spring")), StockKind::Water);
    for lang in Lang::ALL {
        let mut lines: Vec<String> =
            game.history.log.iter().map(|e| describe::happening(&scn, &game.world, &e.happening, lang)).collect();
        lines.push(describe::condition(&scn, &game.world, cond, &ctx, lang));
        lines.push(describe::condition(&scn, &game.world, &known, &ctx, lang));
        let text = lines.join("\n");
        let choice = scn.action(action(&scn, "dry")).name.get(lang);
        assert!(text.contains(choice), "{lang:?} names the choice: {text}");
        assert!(!text.contains("{") && !text.contains("cond-") && !text.contains("quantity-"), "{lang:?}: {text}");
    }
}

#[test]
fn an_action_with_no_legal_order_says_what_the_side_lacks_before_what_is_wrong_with_a_target() {
    use nuage::sim::orders;
    let scn = fixture();
    let mut game = Game::new(scn.clone(), 1);
    game.submit(&order(&scn, Side::Builder, "hall", Target::Place(place(&scn, "yard")))).unwrap();
    let hall = Target::Project(game.world.projects[0].id);
    game.end_phase(Side::Builder).unwrap();
    let object = action(&scn, "object");
    // At the design step, the hall can be objected to, but 5 time is more than the 4 there is.
    let options = orders::action_options(&scn, &game.world, Side::Collective, object);
    assert!(options.legal.is_empty());
    assert!(matches!(options.blocked, Some((o, Refusal::CannotAfford { .. })) if o.target == hall), "{options:?}");
    game.end_phase(Side::Collective).unwrap();
    game.end_phase(Side::Builder).unwrap();
    // The hall is at its opening step now and time is 6: only the target is wrong.
    let options = orders::action_options(&scn, &game.world, Side::Collective, object);
    assert!(matches!(options.blocked, Some((_, Refusal::NotContestable { .. }))), "{options:?}");
    // With neither the time nor a step to object to, the lack of time is what is said.
    game.world.side_mut(Side::Collective).resources[0] = 1.0;
    let options = orders::action_options(&scn, &game.world, Side::Collective, object);
    assert!(matches!(options.blocked, Some((_, Refusal::CannotAfford { .. }))), "{options:?}");
    // An action with a legal order has no refusal, and its legal orders are the core's.
    let options = orders::action_options(&scn, &game.world, Side::Collective, action(&scn, "survey"));
    assert!(options.blocked.is_none());
    let legal = game.legal_orders(Side::Collective);
    assert!(options.legal.iter().all(|o| legal.contains(o)) && !options.legal.is_empty());
}

#[test]
fn the_core_says_what_a_project_waits_on_who_can_contest_it_and_what_was_hidden() {
    use nuage::sim::projects;
    use nuage::sim::revelations::{self, Revelation};
    let scn = fixture();
    let mut game = Game::new(scn.clone(), 1);
    game.submit(&order(&scn, Side::Builder, "hall", Target::Place(place(&scn, "yard")))).unwrap();
    let hall = game.world.projects[0].id;
    // At its design step only the neighbours' objection can contest it (not the owner's own choice).
    assert_eq!(projects::contested_by(&scn, &game.world, hall), vec![action(&scn, "object")]);
    assert!(projects::waiting_on(&scn, &game.world, hall).is_none());
    game.end_phase(Side::Builder).unwrap();
    game.submit(&order(&scn, Side::Collective, "ban", Target::None)).unwrap();
    let (requirement, _) = projects::waiting_on(&scn, &game.world, hall).expect("the ban holds the design step");
    assert!(matches!(requirement, nuage::sim::rules::Condition::Any(_)));
    // The spring was hidden; surveyed in turn 0, it shows as revealed then; the mine's stock-less
    // place has nothing to reveal.
    game.submit(&order(&scn, Side::Collective, "survey", Target::Place(place(&scn, "spring")))).unwrap();
    let found = revelations::of_game(&game.world, &game.history);
    assert_eq!(
        found,
        vec![Revelation::HiddenStock { place: place(&scn, "spring"), kind: StockKind::Water, revealed: Some(0) }]
    );
}

#[test]
fn progress_towards_each_ending_is_worked_out_from_its_conditions() {
    use nuage::sim::{EndingId, progress};
    let scn = fixture();
    let mut game = Game::new(scn.clone(), 1);
    let (lost, end) = (EndingId(0), EndingId(1));
    let at = |game: &Game, e| progress::of_ending(&scn, &game.world, e);
    // Trust starts at 50; the ending needs it below 20, its warning below 35.
    assert_eq!(at(&game, lost), 0.0);
    // The scored ending at the last turn: the share of the six turns begun.
    assert!((at(&game, end) - 1.0 / 6.0).abs() < 1e-9);
    game.world.indicators[0] = 40.0;
    // A third of the way to 20, two thirds of the way to the warning's 35 (weighed 0.9): 0.6.
    assert!((at(&game, lost) - 0.6).abs() < 1e-9, "{}", at(&game, lost));
    game.world.indicators[0] = 30.0;
    assert!((at(&game, lost) - 0.9).abs() < 1e-9, "the warning holds: near, not there");
    game.world.indicators[0] = 19.0;
    assert_eq!(at(&game, lost), 1.0);
    // A yes/no condition: 0 or 1; an All needs its furthest part.
    let ban = nuage::sim::rules::Condition::All(vec![
        nuage::sim::rules::Condition::Flag(nuage::sim::FlagId(0)),
        nuage::sim::rules::Condition::Indicator(nuage::sim::IndicatorId(0), Cmp::Below, 45.0),
    ]);
    assert_eq!(progress::of_condition(&scn, &game.world, &ban, &Context::default()), 0.0);
}

#[test]
fn simulate_prints_each_turns_progress_and_the_ending_reached_stands_at_one() {
    let out = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .args(["simulate", "--level", "tests/fixtures/rules.ron", "--seed", "2", "--builder", "passive"])
        .args(["--collective", "passive", "--format", "json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let game: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let turns = game["turns"].as_array().unwrap();
    assert_eq!(turns[0]["progress"]["trust_lost"], 0.0);
    let first = turns[0]["progress"]["end"].as_f64().unwrap();
    assert!((first - 1.0 / 6.0).abs() < 1e-9, "{first}");
    assert_eq!(game["ending"]["key"], "end");
    assert_eq!(turns.last().unwrap()["progress"]["end"], 1.0);
}

#[test]
fn a_step_that_cannot_be_contested_names_the_way_in_words_not_by_its_key() {
    let scn = fixture();
    let mut game = Game::new(scn.clone(), 1);
    game.submit(&order(&scn, Side::Builder, "hall", Target::Place(place(&scn, "yard")))).unwrap();
    let hall = Target::Project(game.world.projects[0].id);
    next_turn(&mut game);
    game.end_phase(Side::Builder).unwrap();
    // The hall is at its opening step: objecting to its design is no longer possible.
    let object = order(&scn, Side::Collective, "object", hall);
    let refusal = game.check(&object).unwrap_err();
    for lang in Lang::ALL {
        let words = describe::refusal(&scn, &game.world, &object, &refusal, lang);
        let name = scn.action(action(&scn, "object")).name.get(lang);
        assert!(words.contains(name) && !words.contains("(design)"), "{lang:?}: {words}");
    }
}

#[test]
fn stocks_start_at_their_level_so_the_first_report_tells_only_what_changed() {
    use nuage::sim::Happening;
    use nuage::sim::world::Level;
    let scn = fixture();
    let mut game = Game::new(scn.clone(), 4);
    let world = &game.world;
    let mut start = std::collections::BTreeMap::new();
    for (p, stocks) in world.stocks.iter().enumerate() {
        for s in stocks {
            let figures = pressure::level(&scn, s.kind, pressure::of_stock(&scn, world, s));
            assert_eq!(s.level, figures, "{:?} of place {p} starts at another level than its figures give", s.kind);
            start.insert((p, s.kind), s.level);
        }
    }
    assert!(start.values().any(|l| *l != Level::Calm), "the fixture has a stock under pressure from the start");
    // Nobody moves: each level announced in the first turn moved from where its stock started.
    game.end_phase(Side::Builder).unwrap();
    game.end_phase(Side::Collective).unwrap();
    for entry in &game.history.log {
        if let Happening::LevelChanged { place, kind, from, to, .. } = entry.happening {
            assert_ne!(from, to);
            assert_eq!(Some(&from), start.get(&(place.index(), kind)), "{kind:?} of place {}", place.index());
        }
    }
}

#[test]
fn conditions_read_in_a_batch_answer_as_read_one_by_one() {
    // World-wide figures are worked out once for a batch: the answers must not change, at each
    // threshold around the figures of a game in progress.
    let scn = fixture();
    // Into the third turn, played by the greedy players: some figures have moved.
    let game = nuage::policy::play_until(scn.clone(), 3, PolicyKind::Greedy, PolicyKind::Greedy, |w| w.turn >= 2);
    let world = &game.world;
    let batch = condition::Batch::new(&scn, world);
    let ctx = Context::default();
    for kind in StockKind::ALL {
        for threshold in [0.0, 0.3, 0.6, 0.9, 1.2] {
            for cmp in [Cmp::AtLeast, Cmp::Below] {
                let max = Condition::MaxPressure(kind, cmp, threshold);
                let demand = Condition::Demand(nuage::sim::UserId(0), kind, cmp, threshold * 50.0);
                let both = Condition::Any(vec![max.clone(), Condition::Not(Box::new(demand.clone()))]);
                for cond in [max, demand, both] {
                    let alone = condition::holds(&scn, world, &cond, &ctx);
                    assert_eq!(batch.all_hold(std::slice::from_ref(&cond), &ctx), alone, "{cond:?}");
                }
            }
        }
    }
}
