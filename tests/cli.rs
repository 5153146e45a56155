//! The command line as a user meets it: exit codes, messages, output formats.

use std::process::{Command, Output};

fn nuage(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nuage"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", "en_GB.UTF-8")
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn validate_accepts_the_bundled_levels_and_summarizes_them_as_json() {
    let out = nuage(&["validate", "levels/marseille.ron", "levels/tutorial.ron"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = nuage(&["validate", "--json", "levels/marseille.ron"]);
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary[0]["id"], "marseille");
    assert_eq!(summary[0]["turns"], 40);
    assert!(summary[0]["zones"].as_u64().unwrap() >= 12);
    assert!(summary[0]["actions"]["collective"].as_u64().unwrap() >= 12);
    assert_eq!(summary[0]["teams"], serde_json::json!({"builder": 2, "collective": 2}));
    let out = nuage(&["validate", "--json", "levels/tutorial.ron"]);
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary[0]["teams"], serde_json::json!({"builder": 0, "collective": 0}), "a level without teams");
}

#[test]
fn validate_reports_errors_with_file_line_and_column_and_exits_1() {
    let out = nuage(&["validate", "levels/tutorial.ron", "tests/broken/unknown_place.ron"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("tests/broken/unknown_place.ron:29:25: unknown place `mourepianne`"), "{err}");
    assert!(err.contains("did you mean `mourepiane`?"), "{err}");
}

#[test]
fn simulate_prints_a_table_csv_or_json_and_the_ending_with_its_cause() {
    let out = nuage(&[
        "simulate",
        "--level",
        "levels/tutorial.ron",
        "--seed",
        "3",
        "--builder",
        "random",
        "--collective",
        "passive",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    // Decided by score: the scores say why, as on the debrief screen.
    assert!(table.contains("Ending: Three years on") && table.contains("Scores:"), "{table}");
    assert!(!table.contains("Why:"), "{table}");
    let out = nuage(&[
        "simulate",
        "--level",
        "levels/marseille.ron",
        "--seed",
        "2",
        "--builder",
        "greedy",
        "--collective",
        "random",
    ]);
    let table = text(&out.stdout);
    assert!(
        table.contains("Ending: World hub") && table.contains("Why: Marseille's world hub rank below 6"),
        "{table}"
    );

    let out = nuage(&["simulate", "--level", "levels/tutorial.ron", "--seed", "3", "--format", "csv"]);
    let csv = text(&out.stdout);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("turn,date,"), "{csv}");
    assert!(lines.len() >= 3 && lines.iter().all(|l| l.split(',').count() == lines[0].split(',').count()));

    let out =
        nuage(&["simulate", "--level", "levels/marseille.ron", "--seed", "3", "--format", "json", "--lang", "fr"]);
    let game: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(game["level"], "marseille");
    assert!(game["ending"]["key"].is_string() && game["ending"]["reason"].is_string());
    assert!(game["turns"].as_array().unwrap().len() >= 2);
    assert!(game["turns"][0]["tour"].is_string(), "French column names: {}", game["turns"][0]);
}

#[test]
fn wrong_arguments_and_missing_files_give_a_short_reason_and_no_backtrace() {
    for args in [
        vec!["simulate", "--level", "levels/tutorial.ron", "--seed", "many"],
        vec!["simulate", "--level", "levels/tutorial.ron", "--builder", "clever"],
        vec!["simulate", "--level", "nowhere.ron"],
        vec!["validate", "nowhere.ron"],
        vec!["dance"],
    ] {
        let out = nuage(&args);
        assert!(!out.status.success(), "{args:?} should fail");
        let err = text(&out.stderr);
        assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE"), "{args:?}: {err}");
        assert!(!err.trim().is_empty(), "{args:?} says why");
    }
    let err = text(&nuage(&["validate", "nowhere.ron"]).stderr);
    assert!(err.contains("cannot read the level file nowhere.ron"), "{err}");
    let err = text(&nuage(&["simulate", "--level", "levels/tutorial.ron", "--builder", "clever"]).stderr);
    assert!(err.contains("unknown player `clever`"), "{err}");
}

/// Runs `nuage play` with the given lines typed in.
fn play_with_input(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .arg("play")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_terminal_game_takes_orders_shows_refusals_and_reaches_an_ending() {
    // Build at the docks, then try to build again without the money: refused with the reason.
    let mut input = String::from("1\n1\n1\n1\nzz\ne\n");
    input.push_str(&"e\n".repeat(10));
    let out = play_with_input(
        &["--level", "levels/tutorial.ron", "--seed", "2", "--collective", "passive", "--lang", "en"],
        &input,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    assert!(shown.contains("Project started: Data-centre hall (The docks)"), "{shown}");
    assert!(shown.contains("Not enough capital (M€): this costs 80, you have 40."), "{shown}");
    assert!(shown.contains("Type a number from the list"), "an unknown command is answered:\n{shown}");
    assert!(shown.contains("== Ending:"), "{shown}");
    assert!(shown.contains("To discuss:"), "{shown}");
}

#[test]
fn hot_seat_hides_the_builders_secret_moves_from_the_collective() {
    // Builders lobby in secret (action 10 in the list), then hand over; the collective must not read it.
    let input = "\n10\ne\n\ne\nq\n";
    let out = play_with_input(
        &["--level", "levels/marseille.ron", "--seed", "3", "--collective", "human", "--lang", "en"],
        input,
    );
    let shown = text(&out.stdout);
    let (builders, rest) = shown.split_once("Hand the keyboard to the Collective").expect("a hand-over screen");
    let collective = rest.split("Hand the keyboard to the Builders").next().unwrap();
    assert!(builders.contains("> Builders: Lobby for"), "the builders lobbied:\n{builders}");
    assert!(!collective.contains("Lobby for “major"), "the collective saw a secret order:\n{collective}");
}

#[test]
fn a_saved_terminal_game_resumes_and_a_corrupt_save_is_refused() {
    let dir = std::env::temp_dir().join(format!("nuage-play-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let save = dir.join("game.ron");
    let save_arg = save.to_str().unwrap();
    let out = play_with_input(
        &[
            "--level",
            "levels/tutorial.ron",
            "--seed",
            "5",
            "--collective",
            "passive",
            "--save-to",
            save_arg,
            "--lang",
            "en",
        ],
        "2\ns\nq\n",
    );
    assert!(text(&out.stdout).contains("Game saved to"), "{}", text(&out.stdout));
    let out = play_with_input(
        &["--level", "levels/tutorial.ron", "--load", save_arg, "--collective", "passive", "--lang", "en"],
        "q\n",
    );
    assert!(out.status.success());
    assert!(
        text(&out.stdout).contains("capital (M€) 110"),
        "the resumed game kept the PR campaign's cost:\n{}",
        text(&out.stdout)
    );
    std::fs::write(&save, "(format:1, garbage").unwrap();
    let out = play_with_input(&["--level", "levels/tutorial.ron", "--load", save_arg, "--lang", "en"], "q\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("Cannot resume"), "{}", text(&out.stderr));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn balance_reports_as_json_and_simulate_accepts_computer_players() {
    let out = nuage(&[
        "balance",
        "--level",
        "levels/tutorial.ron",
        "--games",
        "6",
        "--builder",
        "ai:easy",
        "--collective",
        "random",
        "--json",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["games"], 6);
    assert_eq!(report["builder"], "ai:easy");
    let out = nuage(&["balance", "--level", "levels/tutorial.ron", "--games", "4"]);
    assert!(text(&out.stdout).contains("wins: builders"), "{}", text(&out.stdout));

    let out = nuage(&[
        "simulate",
        "--level",
        "levels/tutorial.ron",
        "--seed",
        "1",
        "--builder",
        "ai:hard",
        "--collective",
        "ai:easy",
        "--log",
    ]);
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("Computer player:"), "{}", text(&out.stdout));
    let out = nuage(&["simulate", "--level", "levels/tutorial.ron", "--builder", "ai:genius"]);
    assert!(text(&out.stderr).contains("unknown difficulty `genius`"), "{}", text(&out.stderr));
}

#[test]
fn the_window_can_be_opened_on_a_level_and_says_so_without_a_display() {
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_nuage"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("LANG", "en_GB.UTF-8")
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .expect("the binary runs")
    };
    // A good level, no display: the game says how to play instead, and why.
    let out = run(&["--level", "levels/tutorial.ron", "--builder", "ai:easy", "--seed", "4"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("No display here") && err.contains("nuage play"), "{err}");
    // A broken level is refused before any window, with its place.
    let out = run(&["--level", "tests/broken/unknown_place.ron"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("tests/broken/unknown_place.ron:29:25"), "{}", text(&out.stderr));
    // The seats and the seed only make sense with a level.
    let out = run(&["--builder", "human"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
}

#[test]
fn a_terminal_game_saves_into_the_saves_folder_by_default() {
    use std::io::Write;
    let home = std::env::temp_dir().join(format!("nuage-home-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .args(["play", "--level", "levels/tutorial.ron", "--seed", "5", "--collective", "passive", "--lang", "en"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join("data"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"2\ns\nq\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let saved = home.join("data").join("nuage").join("saves").join("terminal.ron");
    assert!(saved.exists(), "no save in the saves folder:\n{}", text(&out.stdout));
    assert!(text(&out.stdout).contains(saved.to_str().unwrap()), "the game says where it saved");
    // Nothing was left in the folder the game was started from.
    assert!(!std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("nuage-save.ron").exists());
    std::fs::remove_dir_all(&home).unwrap();
}

#[test]
fn simulate_stops_at_a_turn_and_view_and_decide_read_that_save_as_one_seat() {
    let dir = std::env::temp_dir().join(format!("nuage-view-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let save = dir.join("turn3.ron");
    let save_arg = save.to_str().unwrap();
    let out = nuage(&[
        "simulate",
        "--level",
        "levels/marseille.ron",
        "--seed",
        "4",
        "--builder",
        "random",
        "--collective",
        "random",
        "--stop-at",
        "3",
        "--stop-side",
        "collective",
        "--save-to",
        save_arg,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let view = |seat: &str| {
        let out = nuage(&["view", "--level", "levels/marseille.ron", "--load", save_arg, "--seat", seat, "--json"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("JSON")
    };
    let (builder, collective, public) = (view("builder"), view("collective"), view("public"));
    assert_eq!(collective["turn"], 3);
    assert_eq!(collective["phase"], "collective");
    // The hidden extraction figures: known to the builders, null for the others.
    let taiwan = |v: &serde_json::Value| {
        v["stocks"].as_array().unwrap().iter().find(|s| s["place"] == "taiwan").cloned().expect("Taiwan's stock")
    };
    assert_eq!(taiwan(&builder)["known"], true);
    assert!(taiwan(&builder)["pressure"].is_number());
    assert_eq!(taiwan(&collective)["known"], false);
    assert!(taiwan(&collective)["pressure"].is_null() && taiwan(&public)["pressure"].is_null());
    // Each purse is its own side's business.
    assert!(collective["resources"]["builder"].is_null() && collective["resources"]["collective"].is_object());
    assert!(public["resources"]["builder"].is_null() && public["resources"]["collective"].is_null());
    assert!(!collective["legal_orders"].as_array().unwrap().is_empty(), "the collective is to move");
    assert!(builder["legal_orders"].as_array().unwrap().is_empty(), "the builders are not");
    // The same key order every time: the output is stable.
    assert_eq!(view("collective"), collective);
    let out =
        nuage(&["decide", "--level", "levels/marseille.ron", "--load", save_arg, "--player", "ai:easy", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let decided: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(decided["side"], "collective");
    for order in decided["orders"].as_array().unwrap() {
        assert!(order["action"].is_string() && order["reason"].is_string(), "{order}");
    }
    // A save of another level is refused with the reason, not a panic.
    let out = nuage(&["view", "--level", "levels/tutorial.ron", "--load", save_arg, "--seat", "public"]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("belongs to level `marseille`"), "{}", text(&out.stderr));
    let _ = std::fs::remove_dir_all(&dir);
}
