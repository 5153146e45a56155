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
    let out = nuage(&["simulate", "--level", "levels/tutorial.ron", "--seed", "3", "--builder", "random", "--collective", "passive"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    assert!(table.contains("Ending:") && table.contains("Why:"), "{table}");

    let out = nuage(&["simulate", "--level", "levels/tutorial.ron", "--seed", "3", "--format", "csv"]);
    let csv = text(&out.stdout);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("turn,date,"), "{csv}");
    assert!(lines.len() >= 3 && lines.iter().all(|l| l.split(',').count() == lines[0].split(',').count()));

    let out = nuage(&["simulate", "--level", "levels/marseille.ron", "--seed", "3", "--format", "json", "--lang", "fr"]);
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
