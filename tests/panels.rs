//! The game's panels, tested headless with egui_kittest: what a person reads and clicks.
#![cfg(feature = "gui")]

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nuage::game::session::Parts;
use nuage::i18n::Lang;
use nuage::sim::{Order, Side, Target};

/// The shell's resources with a game of Marseille started, in `lang`.
fn marseille_session(lang: Lang) -> Parts {
    let mut parts = Parts::new(lang);
    assert!(parts.catalogue.choose_file("marseille.ron"), "levels/ holds marseille.ron");
    assert!(parts.start());
    parts
}

/// The fields of a CSV line, quotes understood.
fn csv_fields(line: &str) -> Vec<String> {
    let (mut fields, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(std::mem::take(&mut field)),
            (c, _) => field.push(c),
        }
    }
    fields.push(field);
    fields
}

/// A folder of this test run's own, emptied.
fn empty_temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("nuage-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn the_language_switch_changes_the_labels() {
    let mut harness = Harness::builder().with_size([1280.0, 720.0]).build_ui_state(
        |ui, parts: &mut Parts| {
            nuage::game::title::panel(ui, &mut parts.settings, &mut parts.view.settings_notice, None);
        },
        Parts::new(Lang::En),
    );
    harness.run();
    assert!(harness.query_by_label("New game").is_some());
    harness.get_by_label("Français").click();
    harness.run();
    assert!(harness.query_by_label("Nouvelle partie").is_some(), "the title is in French now");
    assert!(harness.query_by_label("New game").is_none());
    assert_eq!(harness.state().settings.lang, Lang::Fr);
    // The default save name follows the language; one the player typed stays.
    assert_eq!(harness.state().view.slot_name(Lang::Fr), nuage::i18n::tr(Lang::Fr, "ui-default-slot"));
    assert_ne!(nuage::i18n::tr(Lang::Fr, "ui-default-slot"), nuage::i18n::tr(Lang::En, "ui-default-slot"));
    harness.state_mut().view.slot_name = Some("atelier du 12".into());
    harness.get_by_label("English").click();
    harness.run();
    assert_eq!(harness.state().view.slot_name(Lang::En), "atelier du 12");
}

#[test]
fn a_refused_action_shows_its_reason_and_a_possible_one_can_be_taken() {
    let mut harness = Harness::builder().with_size([1280.0, 2000.0]).build_ui_state(
        |ui, (parts, clicked): &mut (Parts, Option<Order>)| {
            if let Some(order) = nuage::game::play::actions_panel(ui, &parts.playing, None, Side::Builder, Lang::En) {
                *clicked = Some(order);
            }
        },
        (marseille_session(Lang::En), None),
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
    // A legal order is a button; clicking it gives that order, which the core accepts.
    harness.get_by_label("Pinède cable ducts").click();
    harness.run();
    let (parts, clicked) = harness.state();
    let order = clicked.expect("the click gave an order");
    let game = parts.playing.game.as_ref().unwrap();
    assert_eq!(game.check(&order), Ok(()));
    let describe = nuage::sim::describe::order(&game.scenario, &game.world, &order, Lang::En);
    assert!(describe.contains("Pinède cable ducts"), "{describe}");
}

#[test]
fn the_save_list_shows_a_damaged_slot_as_unusable_and_the_others_as_loadable() {
    let (dir, session) = session_with_a_good_save("slots");
    std::fs::write(dir.join("broken.ron"), "(format:1, level:\"marseille\", world: oops").unwrap();
    std::fs::write(dir.join("alien.ron"), "(format:1, level:\"atlantis\")").unwrap();
    let mut harness = pause_menu(session);
    run_until_shown(&mut harness, "good — ");
    assert!(harness.query_by_label_contains("broken: cannot be used (the save is damaged").is_some());
    assert!(harness.query_by_label_contains("alien: cannot be used (the level `atlantis` is not installed)").is_some());
    assert!(harness.query_by_label_contains("good — The cloud was under our feet, turn 1").is_some());

    // Saving under a new name adds a slot, written whole.
    harness.state_mut().view.slot_name = Some("second".into());
    harness.get_by_label("Save").click();
    run_until_shown(&mut harness, "second — ");
    assert!(dir.join("second.ron").exists() && !dir.join(".second.ron.tmp").exists());
    assert!(harness.query_by_label_contains("second — The cloud was under our feet").is_some());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A Marseille session whose saves folder (emptied, returned) holds one good save, `good.ron`.
fn session_with_a_good_save(name: &str) -> (std::path::PathBuf, Parts) {
    let dir = empty_temp_dir(name);
    let mut session = marseille_session(Lang::En);
    session.catalogue.saves_dir = dir.clone();
    nuage::saves::write(session.playing.game.as_ref().unwrap(), &dir.join("good.ron")).unwrap();
    (dir, session)
}

/// The pause menu of `session`, in a window of 1280 × 720.
fn pause_menu(session: Parts) -> Harness<'static, Parts> {
    Harness::builder().with_size([1280.0, 720.0]).build_ui_state(
        |ui, parts: &mut Parts| {
            nuage::game::pause::panel(ui, parts.shell());
        },
        session,
    )
}

/// Runs the harness until a label containing `text` shows: the saves folder is read off the
/// main thread, and a frame waits for it only a little.
fn run_until_shown<S>(harness: &mut Harness<'_, S>, text: &str) {
    for _ in 0..600 {
        // A step, not `run`: the spinner shown while reading asks for frames without end.
        harness.step();
        if harness.query_by_label_contains(text).is_some() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("`{text}` never showed");
}

#[test]
fn a_folder_of_large_saves_is_listed_from_their_heads_without_reading_them() {
    // Saves past the read limit (sparse files: no disk space) beside a good one: the list
    // marks them from their size and shows the good one at once, where reading them whole
    // took seconds.
    let (dir, session) = session_with_a_good_save("big-slots");
    for i in 0..4 {
        let big = std::fs::File::create(dir.join(format!("big{i}.ron"))).unwrap();
        big.set_len(nuage::saves::MAX_SAVE_BYTES + 1).unwrap();
    }
    let mut harness = pause_menu(session);
    let started = std::time::Instant::now();
    run_until_shown(&mut harness, "good — ");
    assert!(started.elapsed() < std::time::Duration::from_secs(2), "{:?}", started.elapsed());
    assert!(harness.query_by_label_contains("big3: cannot be used (it is larger than").is_some());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A game of Marseille played by the built-in players up to `turns` turns.
fn game_after(turns: u32, seed: u64) -> nuage::sim::Game {
    use nuage::policy::{Policy, PolicyKind, play_phase};
    use nuage::sim::{Game, Phase};
    let scenario = std::sync::Arc::new(nuage::level::load(std::path::Path::new("levels/marseille.ron")).unwrap());
    let mut game = Game::new(scenario.clone(), seed);
    let mut players = [
        Policy::new(&scenario, PolicyKind::Random, Side::Builder, seed),
        Policy::new(&scenario, PolicyKind::Random, Side::Collective, seed),
    ];
    while let Phase::Orders(side) = game.world.phase {
        if game.world.turn >= turns {
            break;
        }
        play_phase(&mut game, &mut players[side.index()]);
        game.end_phase(side).unwrap();
    }
    game
}

#[test]
fn the_turn_report_groups_what_changed_by_pressure_and_keeps_secrets() {
    use nuage::game::report::sections;
    let game = game_after(12, 3);
    let (scn, world, log) = (&game.scenario, &game.world, &game.history.log);
    for side in Side::BOTH {
        let report = sections(scn, world, log, side, world.turn, Lang::En);
        assert!(report.iter().any(|s| s.title.starts_with("Pressure: ")), "{side:?}: no pressure section");
    }
    let french = sections(scn, world, log, Side::Builder, world.turn, Lang::Fr);
    assert!(french.iter().any(|s| s.title.starts_with("Pression\u{a0}: ")));

    // On the secrets fixture the owner lays a secret pipe and gets a secret waiver that moves
    // a public indicator: the neighbours' report says the indicator moved, not why.
    let scenario = common::fixture("secrets.ron");
    let mut game = nuage::sim::Game::new(scenario.clone(), 1);
    let act = |key: &str| nuage::sim::ActionId(scenario.actions.iter().position(|a| a.key == key).unwrap() as u16);
    let yard = Target::Place(nuage::sim::PlaceId(1));
    for (key, target) in [("pipe", yard), ("hall", yard), ("waiver", Target::None)] {
        game.give(&Order { side: Side::Builder, action: act(key), target }).unwrap();
    }
    game.end_phase(Side::Builder).unwrap();
    game.end_phase(Side::Collective).unwrap();
    let (scn, world, log) = (&game.scenario, &game.world, &game.history.log);
    let lines = |side: Side| -> Vec<String> {
        sections(scn, world, log, side, world.turn, Lang::En).into_iter().flat_map(|s| s.lines).collect()
    };
    let neighbours = lines(Side::Collective);
    assert!(neighbours.iter().any(|l| l.contains("for reasons you do not know")), "{neighbours:?}");
    for line in &neighbours {
        assert!(!line.contains("waiver") && !line.contains("Pipe") && !line.contains("pipe"), "a secret in: {line}");
    }
    let owner = lines(Side::Builder);
    assert!(owner.iter().any(|l| l.contains("Get a waiver")), "the owner knows why: {owner:?}");
}

#[test]
fn the_debrief_reveals_secret_moves_and_hidden_figures() {
    // Random builders lobby in secret sooner or later; find a game where they did.
    let game = (0..20)
        .map(|seed| game_after(40, seed))
        .find(|g| {
            g.history.log.iter().any(|e| matches!(e.happening, nuage::sim::Happening::OrderGiven { secret: true, .. }))
        })
        .expect("some game has a secret order");
    let lines = nuage::game::debrief::revelations(&game, Lang::En);
    let secret_orders = game
        .history
        .log
        .iter()
        .filter(|e| matches!(e.happening, nuage::sim::Happening::OrderGiven { secret: true, .. }))
        .count();
    let about_orders = lines.iter().filter(|l| l.starts_with('[')).count();
    assert_eq!(about_orders, secret_orders, "one line per secret order");
    assert!(lines.iter().all(|l| l.contains("came out in turn") || l.contains("never came out")), "{lines:?}");
    // Marseille hides the real water and extraction figures upstream from the collective.
    assert!(lines.iter().any(|l| l.contains("Atacama") && l.contains('%')), "{lines:?}");
}

#[test]
fn french_puts_a_space_before_a_colon() {
    assert_eq!(nuage::i18n::labelled(Lang::Fr, "Camp gagnant", "Collectif"), "Camp gagnant\u{a0}: Collectif");
    assert_eq!(nuage::i18n::labelled(Lang::En, "Winner", "Collective"), "Winner: Collective");
}

#[test]
fn the_side_panel_lists_projects_with_their_contests_and_log_entries_show_their_place() {
    use nuage::game::side_panel::{self, Pick};
    let mut session = marseille_session(Lang::En);
    {
        let game = session.playing.game.as_mut().unwrap();
        // The first order that starts a project on a place: a port data centre.
        let order = nuage::sim::orders::legal_orders(&game.scenario, &game.world, Side::Builder)
            .into_iter()
            .find(|o| {
                game.scenario.action(o.action).project.is_some() && matches!(o.target, nuage::sim::Target::Place(_))
            })
            .expect("the builders can start a project on a place");
        game.submit(&order).unwrap();
        // Two phases later the project is at its permit, which the collective can contest.
        game.end_phase(Side::Builder).unwrap();
        game.end_phase(Side::Collective).unwrap();
    }
    let mut harness = Harness::builder().with_size([420.0, 1400.0]).build_ui_state(
        |ui, (parts, pick): &mut (Parts, Option<String>)| {
            if let Some(p) = side_panel::show(ui, &parts.playing, parts.view.selected, Side::Builder, Lang::En) {
                *pick = Some(match p {
                    Pick::Place(place) => format!("place {}", place.index()),
                    Pick::Source(key) => format!("source {key}"),
                });
            }
        },
        (session, None),
    );
    harness.run();
    assert!(harness.query_by_label("Projects under way").is_some());
    assert!(harness.query_by_label_contains("Builders: Port data centre").is_some());
    assert!(harness.query_by_label_contains("can be contested by").is_some(), "the permit step names its contests");
    // The log entry of the project's start shows its place when clicked.
    harness.get_by_label_contains("Project started").click();
    harness.run();
    let picked = harness.state().1.clone().expect("the click picked something");
    assert!(picked.starts_with("place "), "{picked}");
    // That place's details list its figures' sources by what they are, not by their keys,
    // and a click opens the source.
    let place = picked.trim_start_matches("place ").parse::<u16>().unwrap();
    harness.state_mut().0.view.selected = Some(nuage::sim::PlaceId(place));
    harness.state_mut().1 = None;
    harness.run();
    let scn = harness.state().0.playing.game.as_ref().unwrap().scenario.clone();
    let sourced = scn.places[place as usize].stocks.iter().flat_map(|s| s.sources.iter()).next().copied();
    let source = &scn.sources[sourced.expect("the place's figures cite a source").index()];
    assert!(harness.query_by_label_contains(&format!("[{}]", source.key)).is_none(), "a raw key is shown");
    let start: String = source.text.en.chars().take(28).collect();
    harness.get_by_label_contains(&start).click();
    harness.run();
    assert_eq!(harness.state().1.clone(), Some(format!("source {}", source.key)));
}

#[test]
fn the_exported_debrief_holds_the_ending_the_tables_the_timeline_and_the_sources() {
    let game = game_after(40, 3);
    let outcome = game.world.outcome.as_ref().expect("the game has ended");
    let ending = game.scenario.endings[outcome.ending.index()].name.get(Lang::En).to_owned();
    let text = nuage::game::debrief::texts(&game, Lang::En);
    let md = nuage::game::export::markdown(&game, &text, Lang::En);
    let title = game.scenario.title.get(Lang::En).to_owned();
    assert!(md.starts_with(&format!("# {title} — debrief")), "{}", &md[..80]);
    assert!(md.contains(&format!("## {ending}")));
    assert!(
        md.contains("| Kind | Start | Lowest | Highest | End |") && md.contains("| electricity | "),
        "pressure table"
    );
    assert!(md.contains("| public awareness | "), "indicator table");
    assert!(md.contains("## Questions to discuss"));
    // Every timeline line and every source of the level, with its address.
    assert!(text.timeline.iter().all(|(line, _)| md.contains(line.as_str())));
    for source in &game.scenario.sources {
        assert!(md.contains(&format!("[{}] {}", source.key, source.text.en)), "{}", source.key);
    }
    assert!(md.contains("<https://laquadrature.net/"));
    let french = nuage::game::export::markdown(&game, &nuage::game::debrief::texts(&game, Lang::Fr), Lang::Fr);
    assert!(
        french.contains("## Questions à discuter") && french.contains("| Type | Début | Minimum | Maximum | Fin |")
    );
    // A draw's outcome sits under its order.
    assert!(text.timeline.iter().any(|(line, detail)| *detail && line.contains("odds")), "a draw's outcome");
    // A computer's reason sits under the order it explains (a game between computers).
    let computers = nuage::policy::play(
        game.scenario.clone(),
        3,
        nuage::policy::PolicyKind::Ai(nuage::ai::Difficulty::Easy),
        nuage::policy::PolicyKind::Ai(nuage::ai::Difficulty::Easy),
    );
    let timeline = nuage::game::debrief::texts(&computers, Lang::En).timeline;
    let reasons = timeline.iter().enumerate().filter(|(_, (line, _))| line.contains("Computer player: "));
    let mut any = false;
    for (i, (_, detail)) in reasons {
        any = true;
        assert!(
            *detail && i > 0 && !timeline[i - 1].1,
            "a reason right under its order: {:?}",
            &timeline[i.saturating_sub(1)..=i]
        );
    }
    assert!(any, "the computers gave reasons");
    // An ending that is not the score's says the scores did not decide it.
    for g in [&game, &computers] {
        let outcome = g.world.outcome.as_ref().unwrap();
        let by_score = g.scenario.endings[outcome.ending.index()].winner == nuage::sim::scenario::Winner::ByScore;
        let facts = nuage::sim::describe::ending_facts(&g.scenario, &g.world, Lang::En).join("\n");
        assert_eq!(facts.contains("whatever the scores"), !by_score, "{facts}");
    }
    assert!(french.contains("Camp gagnant\u{a0}: "), "French colon spacing");
}

#[test]
fn the_debrief_button_exports_without_overwriting_and_says_where() {
    let dir = empty_temp_dir("debriefs");
    let mut session = marseille_session(Lang::En);
    session.playing.game = Some(game_after(40, 3));
    session.catalogue.exports_dir = dir.clone();
    let mut harness = Harness::builder().with_size([1280.0, 720.0]).build_ui_state(
        |ui, p: &mut Parts| {
            nuage::game::debrief::panel(ui, &p.catalogue, &p.playing, &mut p.view, Lang::En);
        },
        session,
    );
    harness.run();
    // The ending's sources are named by what they are about, not by their keys.
    let game = harness.state().playing.game.clone().unwrap();
    let ending = &game.scenario.endings[game.world.outcome.as_ref().expect("the game ended").ending.index()];
    if let Some(first) = ending.sources.first() {
        let key = &game.scenario.sources[first.index()].key;
        assert!(harness.query_by_label_contains(&format!("[{key}")).is_none(), "a raw source key is shown");
        assert!(harness.query_by_label_contains("Source").is_some(), "the ending's source is named");
    }
    for n in 1..=2 {
        harness.get_by_label("Export the debrief").click();
        harness.run();
        let path = dir.join(format!("marseille-debrief-{n}.md"));
        let written = std::fs::read_to_string(&path).expect("the debrief was written");
        assert!(written.starts_with("# The cloud was under our feet"));
        // Beside it, every figure turn by turn: a row a turn record, a column a figure.
        let csv = std::fs::read_to_string(path.with_extension("csv")).expect("the figures were written");
        let mut lines = csv.lines();
        let header = csv_fields(lines.next().unwrap());
        assert_eq!(header[..2], ["turn", "date"]);
        assert!(header.iter().any(|h| h == "water — Canal de Marseille"), "{header:?}");
        assert_eq!(lines.clone().count(), game.history.snapshots.len());
        assert!(lines.all(|l| csv_fields(l).len() == header.len()), "every row has every column");
        let notice = harness.state().view.export_notice.clone().unwrap();
        assert!(notice.contains(&path.display().to_string()), "{notice}");
        assert!(harness.query_by_label_contains("Debrief saved in").is_some(), "the screen says where");
    }
    // A folder that cannot be made is reported, not a crash.
    harness.state_mut().catalogue.exports_dir = dir.join("marseille-debrief-1.md").join("below-a-file");
    harness.get_by_label("Export the debrief").click();
    harness.run();
    assert!(harness.state().view.export_notice.as_ref().unwrap().starts_with("The debrief could not be saved"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_workshop_timer_shows_in_the_top_bar_only_when_set() {
    let mut session = marseille_session(Lang::En);
    session.settings.phase_minutes = 3;
    session.playing.phase_clock = Some(nuage::game::timer::PhaseClock::tick(None, 0, Side::Builder, 0.0, false));
    let mut harness = Harness::builder().with_size([1280.0, 200.0]).build_ui_state(
        |ui, p: &mut Parts| {
            nuage::game::play::top_bar(ui, &p.settings, &p.playing, Side::Builder);
        },
        session,
    );
    harness.run();
    // The harness's clock has barely moved: three minutes left, or a second less.
    assert!(
        harness.query_by_label("Time left 3:00").is_some() || harness.query_by_label("Time left 2:59").is_some(),
        "three minutes left"
    );
    harness.state_mut().settings.phase_minutes = 0;
    harness.run();
    assert!(harness.query_by_label_contains("Time left").is_none());
}

#[test]
fn the_top_bar_says_how_each_side_wins_and_what_to_watch_in_both_languages() {
    for (lang, win, watch) in [(Lang::En, "To win:", "Watch:"), (Lang::Fr, "Pour gagner :", "À surveiller :")] {
        let session = marseille_session(lang);
        let mut harness = Harness::builder().with_size([1920.0, 240.0]).build_ui_state(
            |ui, p: &mut Parts| {
                nuage::game::play::top_bar(ui, &p.settings, &p.playing, Side::Builder);
            },
            session,
        );
        harness.run();
        assert!(harness.query_by_label(win).is_some() && harness.query_by_label(watch).is_some(), "{lang:?}");
        // The builders' own ending is offered, with how far along it is; to watch, the nearest
        // ending that is not theirs, as the core measures it.
        let game = harness.state().playing.game.as_ref().unwrap();
        let (scn, world) = (game.scenario.clone(), game.world.clone());
        let hub = scn.endings.iter().find(|e| e.key == "world_hub").unwrap().name.get(lang).to_owned();
        assert!(harness.query_by_label_contains(&hub).is_some(), "{lang:?}: {hub}");
        let progress = nuage::sim::progress::of_endings(&scn, &world);
        let builders = nuage::sim::scenario::Winner::Side(Side::Builder);
        let nearest = (0..scn.endings.len())
            .filter(|&i| ![builders, nuage::sim::scenario::Winner::ByScore].contains(&scn.endings[i].winner))
            .max_by(|&a, &b| progress[a].total_cmp(&progress[b]))
            .unwrap();
        let name = scn.endings[nearest].name.get(lang);
        assert!(harness.query_by_label_contains(name).is_some(), "{lang:?}: {name}");
    }
}

#[test]
fn the_hand_over_screen_goes_on_with_enter_as_it_says() {
    use nuage::game::session::Seat;
    let mut session = Parts::new(Lang::En);
    assert!(session.catalogue.choose_file("marseille.ron"));
    session.catalogue.seats = [Seat::Human, Seat::Human];
    assert!(session.start());
    assert_eq!(session.playing.hand_over, Some(Side::Builder), "hot-seat asks the builders first");
    let mut harness = Harness::builder().with_size([1280.0, 720.0]).build_ui_state(
        |ui, parts: &mut Parts| {
            nuage::game::play::show(ui, parts.shell(), &mut Default::default());
        },
        session,
    );
    harness.run();
    assert!(harness.query_by_label_contains("press Enter").is_some(), "the hand-over screen shows");
    assert_eq!(harness.state().playing.hand_over, Some(Side::Builder), "nothing happens without a key");
    harness.key_press(bevy_egui::egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().playing.hand_over, None, "Enter hands over");
}

#[test]
fn a_turn_report_shows_no_change_too_small_to_read_and_no_news_already_reported() {
    use nuage::game::report::sections;
    use nuage::sim::Happening;
    let game = game_after(40, 5);
    let (scn, world, log) = (&game.scenario, &game.world, &game.history.log);
    // Words of every change too small to read ("+0"), to look for in the reports.
    let tiny: Vec<String> = log
        .iter()
        .filter(|e| matches!(e.happening, Happening::Changed { delta, .. } if delta.abs() < 0.05))
        .map(|e| nuage::sim::describe::happening(scn, world, &e.happening, Lang::En))
        .collect();
    assert!(!tiny.is_empty(), "the game has small drifts to leave out");
    let words = |e: &nuage::sim::history::Entry| nuage::sim::describe::happening(scn, world, &e.happening, Lang::En);
    for turn in 2..world.turn {
        let lines: Vec<String> =
            sections(scn, world, log, Side::Collective, turn, Lang::En).into_iter().flat_map(|s| s.lines).collect();
        for line in &lines {
            assert!(!tiny.contains(line), "turn {turn}: {line}");
        }
        // Each card is reported once: in the report of the turn it was drawn at.
        for entry in log.iter().filter(|e| matches!(e.happening, Happening::News(_)) && e.turn + 1 == turn) {
            let text = words(entry);
            let drawn_now = log.iter().filter(|e| matches!(e.happening, Happening::News(_)) && e.turn == turn);
            let expected = drawn_now.filter(|e| words(e) == text).count();
            let shown = lines.iter().filter(|l| **l == text).count();
            assert_eq!(shown, expected, "turn {turn}: {text}");
        }
    }
}

#[test]
fn the_goals_panel_says_how_each_side_wins_and_loses_in_both_languages() {
    let scn = std::sync::Arc::new(
        nuage::level::load(std::path::Path::new("tests/fixtures/valley.ron")).expect("the fixture loads"),
    );
    let game = nuage::sim::Game::new(scn, 2);
    for (lang, win, lose, nobody, score) in [
        (Lang::En, "You win if", "You lose if", "Everyone loses if", "the higher score wins"),
        (Lang::Fr, "Vous gagnez si", "Vous perdez si", "Tout le monde perd si", "le meilleur score gagne"),
    ] {
        let mut harness = Harness::builder().with_size([800.0, 900.0]).build_ui(|ui| {
            let view = nuage::sim::View::of(&game, Side::Collective);
            nuage::game::goals::panel(ui, &game.scenario, &view, Side::Collective, lang);
        });
        harness.run();
        for text in [win, lose, nobody] {
            assert!(harness.query_by_label(text).is_some(), "{lang:?}: {text}");
        }
        assert!(harness.query_by_label_contains(score).is_some());
        // The farmers win by the ban and lose to two campuses; the dry river ends it for all.
        let ban = if lang == Lang::En { "Ban" } else { "Interdiction" };
        let campuses = if lang == Lang::En { "Two campuses" } else { "Deux campus" };
        assert!(harness.query_by_label(ban).is_some());
        assert!(harness.query_by_label(campuses).is_some());
        // The ban is a vote's: its odds now stand beside the bar that says how near it is.
        let drawn = if lang == Lang::En { "A draw decides it" } else { "Un tirage en décide" };
        assert!(harness.query_by_label_contains(drawn).is_some(), "{lang:?}: the ban's odds");
        // Each condition in words with its value now: no raw keys.
        assert!(harness.query_by_label_contains("cond-").is_none());
        assert!(harness.query_by_label_contains("score-").is_none());
    }
}

#[test]
fn the_goals_window_starts_the_game_once_and_afterwards_goes_back_to_it() {
    let session = marseille_session(Lang::En);
    let side = Side::Builder;
    let mut harness = Harness::builder().with_size([1280.0, 900.0]).build_ui_state(
        |ui, p: &mut Parts| nuage::game::goals::window(ui.ctx(), &mut p.playing, &mut p.view, side, Lang::En),
        session,
    );
    harness.run();
    // The window's scroll area grows to its height over a few frames, with no repaint asked at
    // once (so `run` stops early); a person clicks once the window stands still.
    harness.run_steps(30);
    harness.get_by_label("Let's go").click();
    harness.run();
    assert!(harness.state().playing.briefed[side.index()], "the side has read its goals");
    assert!(harness.query_by_label("Let's go").is_none(), "the window closed");
    // Asked for again from the bottom bar, the window only goes back to the game.
    harness.state_mut().view.goals_open = true;
    harness.run();
    assert!(harness.query_by_label("Let's go").is_none());
    harness.get_by_label("Back to the game").click();
    harness.run();
    assert!(!harness.state().view.goals_open);
}

#[test]
fn the_encyclopedia_reads_the_sources_in_the_players_language() {
    let scn = std::sync::Arc::new(nuage::level::load(std::path::Path::new("levels/marseille.ron")).unwrap());
    let fos = scn.sources.iter().find(|s| s.key == "elec-fos").expect("Marseille cites Fos");
    assert_ne!(fos.text.en, fos.text.fr, "Marseille's sources are translated");
    for (lang, filter, shown) in [(Lang::Fr, "Fos", &fos.text.fr), (Lang::En, "Fos", &fos.text.en)] {
        let mut harness = Harness::builder().with_size([600.0, 900.0]).build_ui_state(
            |ui, filter: &mut String| nuage::game::encyclopedia::panel(ui, &scn, filter, lang),
            filter.to_owned(),
        );
        harness.run();
        assert!(harness.query_by_label(shown).is_some(), "{lang:?}: {shown}");
    }
    // The search looks in the language shown: a French word finds the French text only.
    let mut harness = Harness::builder().with_size([600.0, 900.0]).build_ui_state(
        |ui, filter: &mut String| nuage::game::encyclopedia::panel(ui, &scn, filter, Lang::Fr),
        "décarbonation".to_owned(),
    );
    harness.run();
    assert!(harness.query_by_label(&fos.text.fr).is_some());
    assert!(harness.query_by_label(&fos.text.en).is_none());
}

#[test]
fn a_card_with_many_targets_folds_the_rest_and_puts_the_selected_place_first() {
    let mut session = marseille_session(Lang::En);
    let scn = session.playing.game.as_ref().unwrap().scenario.clone();
    let investigate = scn.actions.iter().find(|a| a.key == "investigate").expect("the collective investigates");
    let name = investigate.name.get(Lang::En).to_owned();
    let targets = scn.places.len();
    assert!(targets > 8, "any place is a target");
    // The last place of the level, which would sit at the end of the list.
    let last = nuage::sim::PlaceId((targets - 1) as u16);
    let last_name = scn.place(last).name.get(Lang::En).to_owned();
    session.playing.game.as_mut().unwrap().end_phase(Side::Builder).unwrap();
    let mut harness = Harness::builder().with_size([600.0, 4000.0]).build_ui_state(
        |ui, (parts, clicked): &mut (Parts, Option<Order>)| {
            if let Some(order) =
                nuage::game::play::actions_panel(ui, &parts.playing, parts.view.selected, Side::Collective, Lang::En)
            {
                *clicked = Some(order);
            }
        },
        (session, None),
    );
    harness.run();
    assert!(harness.query_by_label(&name).is_some());
    let folded = format!("{} other places", targets - 6);
    assert!(harness.query_by_label(&folded).is_some(), "the rest is folded: {folded}");
    assert!(harness.query_by_label("or click a place on the map").is_some());
    assert!(harness.query_by_label(&last_name).is_none(), "a folded target is not shown");
    // Selected on the map, the last place comes first, in sight.
    harness.state_mut().0.view.selected = Some(last);
    harness.run();
    harness.get_by_label(&last_name).click();
    harness.run();
    let order = harness.state().1.expect("the selected place's button gave an order");
    assert_eq!(order.target, nuage::sim::Target::Place(last));
    // Unfolded, every target is there.
    harness.state_mut().0.view.selected = None;
    harness.run();
    harness.get_by_label(&folded).click();
    harness.run();
    assert!(harness.query_by_label(&last_name).is_some(), "unfolded, the last place shows");
}

#[test]
fn every_card_fits_a_narrow_actions_panel_in_both_languages() {
    use egui_kittest::kittest::NodeT;
    use nuage::game::session::Seat;
    const COLUMN: f32 = 300.0;
    for lang in [Lang::En, Lang::Fr] {
        for side in Side::BOTH {
            let mut parts = Parts::new(lang);
            assert!(parts.catalogue.choose_file("marseille.ron"));
            parts.catalogue.seats = [Seat::Human, Seat::Human];
            assert!(parts.start());
            if side == Side::Collective {
                parts.playing.game.as_mut().unwrap().end_phase(Side::Builder).unwrap();
            }
            let mut harness = Harness::builder().with_size([1000.0, 8000.0]).build_ui_state(
                |ui, (p, used): &mut (Parts, f32)| {
                    ui.set_max_width(COLUMN);
                    let shown = ui.scope(|ui| {
                        nuage::game::play::actions_panel(ui, &p.playing, None, side, lang);
                    });
                    *used = shown.response.rect.width();
                },
                (parts, 0.0),
            );
            harness.run();
            // Nothing reaches past the column: a chip or a label that did would widen the
            // panel at the board's expense.
            let used = harness.state().1;
            assert!(used <= COLUMN + 0.5, "{lang:?} {side:?}: the cards take {used} of {COLUMN}");
            for node in harness.query_all_by(|_| true) {
                // Runs of wrapped text end with their space; the label they belong to is checked.
                if node.accesskit_node().role() == bevy_egui::egui::accesskit::Role::TextRun {
                    continue;
                }
                let Some(r) = node.accesskit_node().bounding_box() else { continue };
                assert!(
                    r.x1 <= COLUMN as f64 + 1.0,
                    "{lang:?} {side:?}: {:?} ends at {}",
                    node.accesskit_node().value(),
                    r.x1
                );
            }
        }
    }
}

#[test]
fn a_computers_order_shows_once_in_the_log_with_its_reason_and_secret_cards_say_so() {
    use nuage::policy::{Policy, PolicyKind};
    let scenario = common::load("marseille.ron");
    let mut game = nuage::sim::Game::new(scenario.clone(), 2);
    let mut builder = Policy::new(&scenario, PolicyKind::Ai(nuage::ai::Difficulty::Easy), Side::Builder, 2);
    nuage::policy::play_phase(&mut game, &mut builder);
    let lines = nuage::game::side_panel::log_lines(&game, Side::Builder.into(), Lang::En);
    let reasons: Vec<&nuage::sim::Reason> = game
        .history
        .log
        .iter()
        .filter_map(|e| match &e.happening {
            nuage::sim::Happening::Reasoned(r) => Some(r),
            _ => None,
        })
        .collect();
    assert!(!reasons.is_empty(), "the computer gave orders");
    // Each order once: as many lines name it as it was given (a computer may give one twice).
    for reason in &reasons {
        let order = nuage::sim::describe::order(&scenario, &game.world, &reason.order, Lang::En);
        let shown = lines.iter().filter(|(l, _)| l.contains(&order)).count();
        let given = reasons.iter().filter(|r| r.order == reason.order).count();
        assert_eq!(shown, given, "{order} in {lines:?}");
    }
    // The builders' secret cards carry the mark; public ones do not.
    let view = nuage::sim::View::of(&game, Side::Builder);
    let rows = nuage::game::play::action_rows(&game.scenario, &view, Side::Builder, Lang::En);
    for row in &rows {
        assert_eq!(row.secret.is_some(), scenario.action(row.action).secret, "{}", row.name);
    }
    assert!(rows.iter().any(|r| r.secret.is_some()));
}

#[test]
fn a_card_that_cannot_be_played_shows_no_odds() {
    // The moratorium voted: its card is refused, and has no chance left to show.
    let scenario = common::load("marseille.ron");
    let mut game = nuage::sim::Game::new(scenario.clone(), 1);
    let flag = scenario.flags.iter().position(|f| f.key == "moratorium").unwrap();
    game.world.flags[flag] = true;
    // Voted in public: the log says so, and a side knows its flags from its log.
    let voted = nuage::sim::Happening::Flag {
        flag: nuage::sim::FlagId(flag as u16),
        on: true,
        cause: nuage::sim::Cause::Event(nuage::sim::EventId(0)),
    };
    game.history.record(0, &[voted]);
    game.end_phase(Side::Builder).unwrap();
    let view = nuage::sim::View::of(&game, Side::Collective);
    let rows = nuage::game::play::action_rows(&game.scenario, &view, Side::Collective, Lang::En);
    let push = rows.iter().find(|r| scenario.action(r.action).key == "push_moratorium").unwrap();
    assert!(push.orders.is_empty(), "refused");
    assert!(push.odds.is_empty(), "{:?}", push.odds);
}

#[test]
fn each_target_of_a_card_says_what_it_brings_there_as_the_side_knows_it() {
    // The link with a struggle: an alliance from a first contact with Talavera's struggle,
    // perhaps one from Atacama, whose strain the collective cannot see, and none from Taiwan's.
    let scenario = common::load("marseille.ron");
    let mut game = nuage::sim::Game::new(scenario.clone(), 1);
    game.end_phase(Side::Builder).unwrap();
    let view = nuage::sim::View::of(&game, Side::Collective);
    let rows = nuage::game::play::action_rows(&scenario, &view, Side::Collective, Lang::En);
    let link = rows.iter().find(|r| scenario.action(r.action).key == "internationalist_link").unwrap();
    let at = |key: &str| {
        let place = nuage::sim::PlaceId(scenario.places.iter().position(|p| p.key == key).unwrap() as u16);
        let choice = link.orders.iter().find(|c| c.order.target == Target::Place(place));
        choice.unwrap_or_else(|| panic!("{key} is a target")).here.clone()
    };
    let talavera = at("talavera");
    assert!(talavera.contains("alliances") && !talavera.contains("perhaps"), "{talavera}");
    let atacama = at("atacama");
    assert!(atacama.contains("perhaps") && atacama.contains("alliances"), "{atacama}");
    // Every target gets what applies everywhere (the reveal, the awareness).
    assert!(atacama.contains("awareness"), "{atacama}");
}

#[test]
fn played_team_by_team_the_panel_shows_the_team_at_the_keyboard_its_cards_and_its_own_objective() {
    let mut parts = Parts::new(Lang::En);
    assert!(parts.catalogue.choose_file("marseille.ron"));
    parts.catalogue.teams = true;
    parts.catalogue.team_by_team = true;
    assert!(parts.start());
    let panel = |parts: Parts| {
        let mut harness = Harness::builder().with_size([1280.0, 3000.0]).build_ui_state(
            |ui, parts: &mut Parts| {
                nuage::game::play::actions_panel(ui, &parts.playing, None, Side::Builder, Lang::En);
            },
            parts,
        );
        harness.run();
        harness
    };
    let harness = panel(parts);
    // The operator's turn: its cards and its objective, not the State's.
    assert!(harness.query_by_label_contains("Build a data-centre phase in the port").is_some());
    assert!(harness.query_by_label_contains("Your team's own objective").is_some());
    assert!(harness.query_by_label_contains("The operator and its tenants").is_some());
    assert!(harness.query_by_label_contains("The State, the region and the investors").is_none());
    let mut parts = harness.into_state();
    parts.playing.hand_over = None;
    parts.playing.end_phase();
    let harness = panel(parts);
    assert!(harness.query_by_label_contains("The State, the region and the investors").is_some());
    assert!(
        harness.query_by_label_contains("Build a data-centre phase in the port").is_none(),
        "the operator's cards are gone"
    );
}
