//! One test per class of hostile input that used to crash, hang or mislead (issues 12 and 19),
//! each on the fixture valley: a save with impossible contents, a level whose lists pass the id
//! width, a level that lets a player act for ever, an id that names a path, and text that
//! carries a terminal's escape sequences.

use std::sync::Arc;

use nuage::policy::{Policy, PolicyKind};
use nuage::sim::{Game, Side};

/// The same game with another world or history, as a tampered save would hold.
trait Tampered {
    fn with_world(&self, world: nuage::sim::World) -> Game;
    fn with_history(&self, history: nuage::sim::history::History) -> Game;
}

impl Tampered for Game {
    fn with_world(&self, world: nuage::sim::World) -> Game {
        let mut game = self.clone();
        game.world = world;
        game
    }
    fn with_history(&self, history: nuage::sim::history::History) -> Game {
        let mut game = self.clone();
        game.history = history;
        game
    }
}

fn valley_text() -> String {
    std::fs::read_to_string("tests/fixtures/valley.ron").expect("the fixture is there")
}

fn valley() -> Arc<nuage::sim::Scenario> {
    Arc::new(nuage::level::parse("valley.ron", &valley_text()).expect("the fixture loads"))
}

/// The valley with `n` more flags, each named `name` in both languages.
fn valley_with_flags(n: usize, name: &str) -> String {
    let flags: Vec<String> =
        (0..n).map(|i| format!("(key: \"f{i}\", name: (en: \"{name}\", fr: \"{name}\"))")).collect();
    valley_text().replace(
        "flags: [(key: \"banned\", name: (en: \"campus banned\", fr: \"campus interdit\"))],",
        &format!(
            "flags: [(key: \"banned\", name: (en: \"campus banned\", fr: \"campus interdit\")), {}],",
            flags.join(", ")
        ),
    )
}

#[test]
fn a_save_with_impossible_contents_is_refused_with_its_reason() {
    let scn = valley();
    let mut game = Game::new(scn.clone(), 1);
    game.end_phase(Side::Builder).unwrap();
    game.end_phase(Side::Collective).unwrap();
    let good = game.save();
    assert!(Game::load(scn.clone(), &good).is_ok());
    // A resource that is not a number.
    let mut world = game.world.clone();
    world.sides[0].resources[0] = f64::NAN;
    let broken = game.with_world(world).save();
    let why = Game::load(scn.clone(), &broken).expect_err("a NaN resource is refused").to_string();
    assert!(why.contains("not a finite number"), "{why}");
    // A turn far past the end of the game.
    let mut world = game.world.clone();
    world.turn = 4_000_000;
    let broken = game.with_world(world).save();
    let why = Game::load(scn.clone(), &broken).expect_err("a turn past the game is refused").to_string();
    assert!(why.contains("past the level's"), "{why}");
    // A game still being played after its last turn ("turn 7/6").
    let mut world = game.world.clone();
    world.turn = scn.calendar.turns;
    let broken = game.with_world(world).save();
    let why = Game::load(scn.clone(), &broken).expect_err("play past the last turn is refused").to_string();
    assert!(why.contains("still being played at turn"), "{why}");
    // A log entry naming a place that does not exist.
    let mut history = game.history.clone();
    history.log.push(nuage::sim::history::Entry {
        turn: game.world.turn,
        happening: nuage::sim::Happening::Revealed {
            place: nuage::sim::PlaceId(999),
            kind: nuage::sim::StockKind::Water,
            cause: nuage::sim::Cause::Drift,
        },
    });
    let broken = game.with_history(history).save();
    let why = Game::load(scn, &broken).expect_err("an unknown place in the log is refused").to_string();
    assert!(why.contains("a place the level lacks"), "{why}");
}

#[test]
fn a_list_past_the_cap_is_refused_before_any_id_wraps() {
    let text = valley_with_flags(10_001, "f");
    let error = nuage::level::parse("many.ron", &text).expect_err("too many flags").to_string();
    assert!(error.contains("a level may hold at most 10000 in one list"), "{error}");
    assert!(error.contains("many.ron:"), "the error is located: {error}");
}

#[test]
fn a_player_that_could_act_for_ever_is_stopped_and_says_so() {
    // The validator refuses such an action; a scenario changed in memory stands for one that
    // slipped through: gathering costs nothing and takes no action point.
    let mut scn = (*valley()).clone();
    let gather = scn.actions.iter().position(|a| a.key == "gather").unwrap();
    scn.actions[gather].cost.clear();
    scn.actions[gather].action_points = 0;
    let scn = Arc::new(scn);
    let mut game = Game::new(scn.clone(), 3);
    game.end_phase(Side::Builder).unwrap();
    let mut player = Policy::new(&scn, PolicyKind::Random, Side::Collective, 3);
    let stopped_by_itself = nuage::policy::play_phase(&mut game, &mut player);
    assert!(!stopped_by_itself, "the bound stopped it");
    let orders =
        game.history.log.iter().filter(|e| matches!(e.happening, nuage::sim::Happening::OrderGiven { .. })).count();
    assert!(orders <= nuage::policy::MAX_ORDERS_PER_PHASE, "{orders} orders");
    // And the game goes on.
    game.end_phase(Side::Collective).unwrap();
}

#[test]
fn a_level_id_that_names_a_path_is_refused_where_it_stands() {
    for id in ["../../pwned/evil", "a/b", "C:evil", "valley\u{1b}]0;x"] {
        let text = valley_text().replace("id: \"valley\"", &format!("id: {id:?}"));
        let error = nuage::level::parse("evil.ron", &text).expect_err("an id that is not a key").to_string();
        assert!(error.contains("is not a key"), "{id}: {error}");
        assert!(error.contains("evil.ron:5:"), "located at the id's line: {error}");
    }
}

#[test]
fn a_levels_text_reaches_screens_without_control_characters() {
    // An escape sequence that would retitle a terminal and clear it, in a user's name.
    let text = valley_text().replace("name: (en: \"campus\"", "name: (en: \"cam\\u{1b}]0;pwned\\u{7}\\u{1b}[2Jpus\"");
    let scn = nuage::level::parse("escape.ron", &text).expect("the level loads");
    let name = &scn.users[0].name.en;
    assert!(name.chars().all(|c| !c.is_control()), "{name:?}");
    assert!(name.starts_with("cam") && name.ends_with("pus"), "{name:?}");
}

#[test]
fn a_level_with_thousands_of_problems_reports_the_first_and_counts_the_rest() {
    // 9,000 flags with empty names: two problems each.
    let text = valley_with_flags(9_000, "");
    let error = nuage::level::parse("many.ron", &text).expect_err("empty names");
    let nuage::level::LevelError::Invalid(diagnostics) = &error else { panic!("{error}") };
    assert_eq!(diagnostics.len(), nuage::level::MAX_REPORTED + 1);
    let said = error.to_string();
    assert!(
        said.contains(&format!("and {} more problems", 18_000 - nuage::level::MAX_REPORTED)),
        "{}",
        &said[said.len() - 300..]
    );
}

#[test]
fn a_diagnostic_on_a_line_of_megabytes_holds_an_excerpt_not_the_line() {
    // One line of 3 MB: a description, then an unknown user on the same line.
    let long = "x".repeat(3_000_000);
    let text = valley_text().replace(
        "(key: \"campus\", name: (en: \"campus\", fr: \"campus\"), priority: 0),",
        &format!("(key: \"campus\", name: (en: \"{long}\", fr: \"\"), priority: 0),"),
    );
    let error = nuage::level::parse("long.ron", &text).expect_err("an empty French name");
    let nuage::level::LevelError::Invalid(diagnostics) = &error else { panic!("{error}") };
    for d in diagnostics {
        assert!(d.line_text.len() < 1_000 && d.snippet.len() < 1_000, "{} bytes kept", d.line_text.len());
    }
    assert!(error.to_string().len() < 20_000);
}

#[test]
fn a_season_of_a_million_months_is_one_problem() {
    let months = vec!["1"; 1_000_000].join(", ");
    let text = valley_text().replace("months: [5, 6, 7, 8, 9, 10]", &format!("months: [{months}]"));
    let error = nuage::level::parse("months.ron", &text).expect_err("too many months").to_string();
    assert!(error.contains("at most the 12 months"), "{}", &error[..error.len().min(2_000)]);
    assert!(error.len() < 20_000);
}

#[test]
fn an_outline_of_thousands_of_teeth_and_a_label_at_nan_are_refused_where_they_stand() {
    // A comb: 3,000 points, no crossing, far more than any map needs.
    let teeth: Vec<String> =
        (0..1_500).flat_map(|i| [format!("({}, 0)", i * 2), format!("({}, 50)", i * 2 + 1)]).collect();
    let text = valley_text().replace(
        "shape: Polygon([(0, 0), (100, 0), (100, 10), (0, 10)]),",
        &format!("shape: Polygon([{}, (3000, -10), (0, -10)]),", teeth.join(", ")),
    );
    let error = nuage::level::parse("comb.ron", &text).expect_err("too many points").to_string();
    assert!(error.contains("an outline may have at most 2000"), "{}", &error[..error.len().min(2_000)]);
    assert!(error.contains("comb.ron:35:"), "located at the shape: {}", &error[..error.len().min(2_000)]);
    let text = valley_text().replace(
        "shape: Polygon([(0, 0), (100, 0), (100, 10), (0, 10)]),",
        "shape: Polygon([(0, 0), (100, 0), (100, 10), (0, 10)]), label: (NaN, 5),",
    );
    let error = nuage::level::parse("label.ron", &text).expect_err("a label at NaN").to_string();
    assert!(error.contains("label.ron:35:"), "{error}");
}

#[test]
fn a_level_that_could_make_an_unsavable_game_is_refused_where_it_says_so() {
    let cases = [
        // 1,001 action points a turn.
        ("action_points: 1,", "action_points: 1001,", "at most 1000"),
        // A resource effect of 1e308, and a chance whose base is not a number.
        (
            "effects: [Indicator(\"anger\", -5), Indicator(\"prestige\", 2)]",
            "effects: [Resource(Builder, \"money\", 1e308)]",
            "more than a game holds",
        ),
        ("Chance(base: 0.0,", "Chance(base: NaN,", "expected a finite number"),
        // A step of 200,000 turns.
        ("turns: 2, contestable: [\"hearing\"]", "turns: 200000, contestable: [\"hearing\"]", "at most 100000"),
    ];
    for (from, to, said) in cases {
        let text = valley_text();
        assert!(text.contains(from), "{from}");
        let error = nuage::level::parse("bounds.ron", &text.replacen(from, to, 1)).expect_err(to).to_string();
        assert!(error.contains(said), "{to}: {error}");
        assert!(error.contains("bounds.ron:"), "located: {error}");
    }
}

#[test]
fn a_level_that_would_record_more_than_a_save_holds_is_refused_at_its_length() {
    // 400 more places of one stock each, over 1,000 turns: 1.2 million figures.
    let places: Vec<String> = (0..400)
        .map(|i| format!("(key: \"p{i}\", map: World, name: (en: \"p\", fr: \"p\"), description: (en: \"p\", fr: \"p\"), shape: Point(({i}, 0)), stocks: [(kind: Water, unit: (en: \"u\", fr: \"u\"), capacity: 100, sources: [\"guess\"])]),"))
        .collect();
    let text = valley_text()
        .replace("turns: 12,", "turns: 1000,")
        .replace("    places: [\n", &format!("    places: [\n{}\n", places.join("\n")));
    let error = nuage::level::parse("record.ron", &text).expect_err("too much to record").to_string();
    assert!(error.contains("record.ron:8:") && error.contains("a save holds at most"), "{error}");
    // The same places over the valley's own 12 turns record little.
    assert!(nuage::level::parse("record.ron", &text.replace("turns: 1000,", "turns: 12,")).is_ok());
}

#[test]
fn a_game_whose_log_outgrows_what_a_save_holds_ends_by_score_and_its_save_loads() {
    // A hundred news cards a turn, each moving an indicator up and down 700 times: 70,000
    // entries a turn.
    let effects = vec!["Indicator(\"prestige\", 1), Indicator(\"prestige\", -1)"; 350].join(", ");
    let cards: Vec<String> = (0..100)
        .map(|i| format!("(key: \"n{i}\", trigger: Draw(1.0), name: (en: \"n\", fr: \"n\"), text: (en: \"n\", fr: \"n\"), effects: [{effects}], sources: [\"guess\"]),"))
        .collect();
    let text = valley_text()
        .replace("news_per_turn: 1,", "news_per_turn: 100,")
        .replace("    events: [\n", &format!("    events: [\n{}\n", cards.join("\n")));
    let scn = Arc::new(nuage::level::parse("loud.ron", &text).unwrap_or_else(|e| panic!("{e}")));
    let mut game = Game::new(scn.clone(), 1);
    while let nuage::sim::Phase::Orders(side) = game.world.phase {
        game.end_phase(side).unwrap();
    }
    let full = game.history.log.iter().position(|e| e.happening == nuage::sim::Happening::RecordFull);
    let full = full.expect("the record filled up and the log says so");
    assert!(full > nuage::sim::bounds::MAX_LOG_ENTRIES, "said at the end of the turn that passed the bound");
    let outcome = game.world.outcome.as_ref().expect("the game ended");
    assert!(outcome.turn < scn.calendar.turns - 1, "before the calendar's end: turn {}", outcome.turn);
    let saved = game.save();
    assert!((saved.len() as u64) < nuage::saves::MAX_SAVE_BYTES, "{} bytes", saved.len());
    assert!(Game::load(scn, &saved).is_ok());
}

#[test]
fn orders_that_would_fill_the_record_in_one_phase_are_refused_past_its_bound() {
    // A charm that costs no action point, moves an indicator 700 times, and that the builders
    // can afford a million times over.
    let effects = vec!["Indicator(\"prestige\", 1), Indicator(\"prestige\", -1)"; 350].join(", ");
    let text = valley_text().replace("initial: 50, income: 20", "initial: 1000000, income: 20").replace(
        "cost: {\"money\": 15}, effects: [Indicator(\"anger\", -5), Indicator(\"prestige\", 2)]",
        &format!("cost: {{\"money\": 1}}, action_points: 0, effects: [{effects}]"),
    );
    let scn = Arc::new(nuage::level::parse("free.ron", &text).unwrap_or_else(|e| panic!("{e}")));
    let charm = nuage::sim::ActionId(scn.actions.iter().position(|a| a.key == "charm").unwrap() as u16);
    let order = nuage::sim::Order { side: Side::Builder, action: charm, target: nuage::sim::Target::None };
    let mut game = Game::new(scn.clone(), 1);
    let mut given = 0;
    let refusal = loop {
        match game.submit(&order) {
            Ok(_) => given += 1,
            Err(why) => break why,
        }
        assert!(given < 1_000, "the orders were never refused");
    };
    assert_eq!(refusal, nuage::sim::Refusal::RecordFull);
    assert!(game.history.log.len() < nuage::sim::bounds::MAX_LOG_ENTRIES_AT_ALL + 1_000);
    // The game goes on to its scored end, and saves and loads.
    while let nuage::sim::Phase::Orders(side) = game.world.phase {
        game.end_phase(side).unwrap();
    }
    assert!(game.world.outcome.is_some());
    let saved = game.save();
    assert!((saved.len() as u64) < nuage::saves::MAX_SAVE_BYTES, "{} bytes", saved.len());
    assert!(Game::load(scn, &saved).is_ok());
}
