//! A corpus of broken level files, each with the error it must give and where.

use std::path::PathBuf;

use nuage::level::{LevelError, load};

/// (file in tests/broken, a fragment of the message, line, column)
const CASES: &[(&str, &str, usize, usize)] = &[
    ("unknown_place.ron", "unknown place `mourepianne`", 29, 25),
    ("syntax_error.ron", "Expected struct `Calendar`", 6, 15),
    ("unknown_field.ron", "Unexpected field named `capacty`", 36, 64),
    ("missing_french.ron", "the French text is empty", 15, 56),
    ("no_certain_ending.ron", "no ending is certain at the last turn", 46, 14),
    ("target_without_place.ron", "`Target` is used where there is no target place", 44, 73),
    ("bad_thresholds.ron", "0 < strained < critical", 12, 47),
    ("unsourced_stock.ron", "this figure cites no source", 36, 114),
    ("duplicate_key.ron", "the key `docks` is used twice", 33, 18),
    ("month_out_of_range.ron", "a month is a number from 1 to 12", 6, 192),
    ("unknown_mark.ron", "no effect sets the mark `drry`", 63, 20),
    ("free_unlimited_action.ron", "this action is free and unlimited", 46, 25),
    ("too_much_news.ron", "at most 100 news cards a turn", 6, 95),
    ("unknown_lesson_action.ron", "unknown action `meeet`", 52, 40),
    ("crossing_outline.ron", "this outline crosses itself: its edge from point 0 and its edge from point 2", 29, 29),
    ("flat_backdrop.ron", "this outline encloses no area", 25, 42),
    ("flat_backdrop.ron", "this point is not a usable coordinate", 28, 37),
    ("untranslated_source.ron", "the French text is empty (in `sources[0].text.fr`)", 79, 72),
    ("source_not_text.ron", "Expected a text, or one in each language", 79, 36),
    ("session_outside.ron", "turns 9 to 14 are past the level's 12 turns", 81, 45),
    ("session_too_long.ron", "that is past 30 minutes: play fewer turns or shorter phases", 81, 45),
    ("session_unknown_player.ron", "unknown player `ai:expert`", 81, 67),
    ("effects_show_not_secret.ron", "only a secret action's effects can wait for the secret to come out", 37, 52),
];

fn broken(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/broken").join(name)
}

#[test]
fn each_broken_level_gives_its_error_at_its_place() {
    for (file, fragment, line, column) in CASES {
        let error = load(&broken(file)).err().unwrap_or_else(|| panic!("{file} should be refused"));
        let LevelError::Invalid(diagnostics) = &error else { panic!("{file}: {error}") };
        let found = diagnostics.iter().find(|d| d.message.contains(fragment));
        let d = found.unwrap_or_else(|| panic!("{file}: no diagnostic mentions `{fragment}`:\n{error}"));
        assert_eq!((d.line, d.column), (*line, *column), "{file}: {}", d);
        assert!(d.to_string().contains(&format!("{file}:{line}:{column}")), "{d}");
    }
}

#[test]
fn a_typo_in_an_id_comes_with_a_suggestion_and_all_problems_come_at_once() {
    let error = load(&broken("unknown_place.ron")).unwrap_err();
    let text = error.to_string();
    assert!(text.contains("did you mean `mourepiane`?"), "{text}");
    assert!(text.contains("unknown user `residnets`"), "a second problem of the same file is reported too:\n{text}");
}

#[test]
fn the_new_rules_are_located_too_with_a_suggestion() {
    let text = load(&broken("unknown_mark.ron")).unwrap_err().to_string();
    assert!(text.contains("did you mean `dry`?"), "{text}");
    assert!(
        text.contains("unknown_mark.ron:53:48: `yard` has no heat stock"),
        "a reservation on a missing stock:\n{text}"
    );
}

#[test]
fn every_file_of_the_corpus_has_a_case() {
    let mut files: Vec<String> =
        std::fs::read_dir(broken("")).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    files.sort();
    let mut named: Vec<String> = CASES.iter().map(|c| c.0.to_owned()).collect();
    named.sort();
    named.dedup();
    assert_eq!(files, named);
}

#[test]
fn missing_and_oversized_files_are_refused_without_a_panic() {
    assert!(matches!(load(&broken("does_not_exist.ron")), Err(LevelError::Unreadable { .. })));
    let big = std::env::temp_dir().join(format!("nuage-big-{}.ron", std::process::id()));
    std::fs::write(&big, vec![b' '; (nuage::level::MAX_LEVEL_BYTES + 1) as usize]).unwrap();
    let result = load(&big);
    std::fs::remove_file(&big).unwrap();
    assert!(matches!(result, Err(LevelError::TooLarge { .. })));
}
