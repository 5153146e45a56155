//! Every bundled level validates and plays to an ending under every pair of built-in players.

mod common;

use std::collections::BTreeSet;

use nuage::policy::{self, PolicyKind};

#[test]
fn there_are_bundled_levels_and_each_one_validates() {
    let files = common::level_files();
    let names: Vec<String> = files.iter().map(|f| f.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert!(names.contains(&"marseille.ron".to_owned()) && names.contains(&"tutorial.ron".to_owned()), "{names:?}");
    for file in files {
        nuage::level::load(&file).unwrap_or_else(|e| panic!("{}:\n{e}", file.display()));
    }
}

#[test]
fn every_level_ends_by_its_last_turn_under_every_pair_of_players() {
    for file in common::level_files() {
        let scenario = std::sync::Arc::new(nuage::level::load(&file).unwrap());
        for builder in PolicyKind::BUILT_IN {
            for collective in PolicyKind::BUILT_IN {
                for seed in 0..3 {
                    let game = policy::play(scenario.clone(), seed, builder, collective);
                    let outcome =
                        game.world.outcome.as_ref().unwrap_or_else(|| {
                            panic!("{} {builder}/{collective} seed {seed}: no ending", file.display())
                        });
                    assert!(outcome.turn < scenario.calendar.turns, "ended after the last turn");
                    assert_eq!(
                        game.history.snapshots.len() as u32,
                        outcome.turn + 2,
                        "one snapshot per turn plus the final one"
                    );
                }
            }
        }
    }
}

#[test]
fn marseille_reaches_more_than_one_ending_across_seeds_and_players() {
    let scenario = common::load("marseille.ron");
    let mut endings = BTreeSet::new();
    for (builder, collective) in [
        (PolicyKind::Random, PolicyKind::Random),
        (PolicyKind::Greedy, PolicyKind::Greedy),
        (PolicyKind::Greedy, PolicyKind::Passive),
    ] {
        for seed in 0..12 {
            let game = policy::play(scenario.clone(), seed, builder, collective);
            let outcome = game.world.outcome.expect("the game ended");
            endings.insert((outcome.ending, outcome.winner));
        }
    }
    assert!(endings.len() > 1, "only {endings:?} reached");
}

#[test]
fn marseille_has_the_content_the_scenario_promises() {
    let s = common::load("marseille.ron");
    use nuage::sim::Side;
    use nuage::sim::scenario::{LinkKind, MapKind};
    let zones = s.places.iter().filter(|p| p.map == MapKind::Port).count();
    let nodes = s.places.iter().filter(|p| p.map == MapKind::World).count();
    let cables = s.links.iter().filter(|l| l.kind == LinkKind::Cable).count();
    assert!(zones >= 12 && nodes >= 12 && cables >= 5, "{zones} zones, {nodes} nodes, {cables} cables");
    assert!(s.actions_of(Side::Builder).count() >= 12 && s.actions_of(Side::Collective).count() >= 12);
    assert!(s.events.len() >= 20 && s.endings.len() >= 5);
    // Sources actually cited somewhere in the level, not just listed.
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/levels/marseille.ron")).unwrap();
    let cited = s.sources.iter().filter(|src| text.matches(&format!("\"{}\"", src.key)).count() > 1).count();
    assert!(cited >= 40, "only {cited} sources are cited");
    assert_eq!((s.calendar.start_year, s.calendar.turns), (2015, 40), "2015 to 2035 in half-years");
}

#[test]
fn a_source_reads_in_each_language_and_one_written_once_reads_the_same_in_both() {
    use nuage::i18n::Lang;
    let text = std::fs::read_to_string("tests/fixtures/valley.ron").expect("the fixture");
    // As levels wrote sources before they were translated: one text for both languages.
    let once = nuage::level::parse("valley.ron", &text).expect("the fixture loads");
    let guess = &once.sources[0];
    assert_eq!(guess.text.get(Lang::En), "Invented for the tests.");
    assert_eq!(guess.text.get(Lang::Fr), "Invented for the tests.");
    // One for each language.
    let translated = text.replace(
        "text: \"Invented for the tests.\"",
        "text: (en: \"Invented for the tests.\", fr: \"Inventé pour les tests.\")",
    );
    assert_ne!(translated, text, "the fixture's source was found");
    let both = nuage::level::parse("valley.ron", &translated).expect("a translated source loads");
    assert_eq!(both.sources[0].text.get(Lang::En), "Invented for the tests.");
    assert_eq!(both.sources[0].text.get(Lang::Fr), "Inventé pour les tests.");
}
