//! Both languages have every message, and nothing the game says falls back on a missing key.

mod common;

use std::collections::BTreeSet;

use nuage::i18n::Lang;
use nuage::policy::{self, PolicyKind};
use nuage::sim::{describe, orders};

fn message_ids(locale: &str) -> BTreeSet<String> {
    let path = format!("{}/assets/locales/{locale}/main.ftl", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// A `[message-id]` marker: what `tr` shows for a missing key.
fn has_missing_marker(text: &str) -> bool {
    text.split('[').skip(1).any(|rest| {
        rest.split_once(']')
            .is_some_and(|(id, _)| !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
    })
}

#[test]
fn english_and_french_define_the_same_messages() {
    let en = message_ids("en-US");
    let fr = message_ids("fr-FR");
    assert!(en.len() > 50, "{} messages", en.len());
    assert_eq!(en.symmetric_difference(&fr).collect::<Vec<_>>(), Vec::<&String>::new());
}

#[test]
fn a_whole_game_log_and_every_refusal_read_in_both_languages() {
    let scenario = common::load("marseille.ron");
    let game = policy::play(scenario.clone(), 5, PolicyKind::Random, PolicyKind::Random);
    for lang in Lang::ALL {
        for entry in &game.history.log {
            let line = describe::happening(&scenario, &game.world, &entry.happening, lang);
            assert!(!line.is_empty() && !has_missing_marker(&line), "{lang:?}: {line}");
        }
    }
    // Refusals of every action, for both sides, at the start of a game.
    let fresh = nuage::sim::Game::new(scenario.clone(), 1);
    let mut seen = 0;
    for (action, def) in scenario.actions.iter().enumerate() {
        for side in nuage::sim::Side::BOTH {
            for target in orders::candidate_targets(&scenario, &fresh.world, side, &def.target).into_iter().take(3) {
                let order = nuage::sim::Order { side, action: nuage::sim::ActionId(action as u16), target };
                if let Err(refusal) = fresh.check(&order) {
                    seen += 1;
                    let en = describe::refusal(&scenario, &fresh.world, &order, &refusal, Lang::En);
                    let fr = describe::refusal(&scenario, &fresh.world, &order, &refusal, Lang::Fr);
                    assert!(!has_missing_marker(&en) && !has_missing_marker(&fr), "{en} / {fr}");
                    assert_ne!(en, fr, "the French refusal is translated");
                }
            }
        }
    }
    assert!(seen > 10);
}

#[test]
fn a_refusal_names_what_is_missing_and_the_current_value() {
    let scenario = common::load("marseille.ron");
    let game = nuage::sim::Game::new(scenario.clone(), 1);
    let moratorium = scenario.actions.iter().position(|a| a.key == "push_moratorium").unwrap();
    let order = nuage::sim::Order {
        side: nuage::sim::Side::Collective,
        action: nuage::sim::ActionId(moratorium as u16),
        target: nuage::sim::Target::None,
    };
    // It is the builders' phase first.
    let refusal = game.check(&order).unwrap_err();
    assert_eq!(
        describe::refusal(&scenario, &game.world, &order, &refusal, Lang::En),
        "It is not the turn of the Collective now."
    );
    let mut game = game;
    game.end_phase(nuage::sim::Side::Builder).unwrap();
    let refusal = game.check(&order).unwrap_err();
    let text = describe::refusal(&scenario, &game.world, &order, &refusal, Lang::Fr);
    // The resource's name is set apart, so the sentence reads well whatever it is called.
    assert!(text.starts_with("Ressource insuffisante (alliances)"), "{text}");
}

#[test]
fn numbers_in_messages_follow_the_language() {
    use nuage::i18n::{Lang, tr_args};
    let args = [("have", 328.14.into()), ("need", 400.0.into()), ("resource", "capital".into())];
    let fr = tr_args(Lang::Fr, "refusal-cannot-afford", &args);
    let en = tr_args(Lang::En, "refusal-cannot-afford", &args);
    assert!(fr.contains("328,1") && !fr.contains("328.1"), "{fr}");
    assert!(en.contains("328.1"), "{en}");
}

#[test]
fn counts_take_the_plural_of_each_language() {
    use nuage::i18n::{Lang, tr_args};
    let say = |lang, n: u32| tr_args(lang, "play-turns-left", &[("turns", n.into())]);
    assert!(say(Lang::En, 1).contains("1 turn ") && say(Lang::En, 2).contains("2 turns"), "{}", say(Lang::En, 1));
    assert!(say(Lang::Fr, 1).contains("1 tour ") && say(Lang::Fr, 3).contains("3 tours"), "{}", say(Lang::Fr, 1));
}

#[test]
fn large_numbers_set_their_thousands_apart_as_each_language_does() {
    use nuage::i18n::{Lang, number, tr_args};
    assert_eq!(number(Lang::En, 1500.0), "1500", "four digits stay whole");
    assert_eq!(number(Lang::Fr, 2026.0), "2026");
    assert_eq!(number(Lang::En, 25_000.0), "25,000");
    assert_eq!(number(Lang::Fr, 25_000.0), "25\u{a0}000");
    assert_eq!(number(Lang::En, -1_234_567.25), "-1,234,567.3");
    assert_eq!(number(Lang::Fr, 572_000.04), "572\u{a0}000");
    assert_eq!(number(Lang::Fr, 12_345.5), "12\u{a0}345,5");
    // In messages too, whole or not.
    let args = |have: f64| [("have", have.into()), ("need", 400_000.0.into()), ("resource", "capital".into())];
    let fr = tr_args(Lang::Fr, "refusal-cannot-afford", &args(12_000.0));
    assert!(fr.contains("400\u{a0}000") && fr.contains("12\u{a0}000"), "{fr}");
    let en = tr_args(Lang::En, "refusal-cannot-afford", &args(12_000.5));
    assert!(en.contains("400,000") && en.contains("12,000.5"), "{en}");
}

#[test]
fn a_flag_that_must_not_be_set_reads_as_without_it() {
    use nuage::i18n::Lang;
    let scn = std::sync::Arc::new(nuage::level::load(std::path::Path::new("levels/marseille.ron")).unwrap());
    let game = nuage::sim::Game::new(scn.clone(), 1);
    let ending = scn.endings.iter().find(|e| e.key == "moratorium").expect("Marseille's moratorium ending");
    let say = |lang| nuage::sim::describe::condition(&scn, &game.world, &ending.condition, &Default::default(), lang);
    let (en, fr) = (say(Lang::En), say(Lang::Fr));
    assert!(en.contains("without “project of major national interest” status") && !en.contains("not ("), "{en}");
    assert!(fr.contains("sans le statut de « projet d’intérêt national majeur »") && !fr.contains("non ("), "{fr}");
}

#[test]
fn a_status_in_force_is_named_as_such_and_pressures_read_in_percent() {
    use nuage::sim::rules::{Cmp, Condition};
    use nuage::sim::{Game, Order, Refusal, StockKind, Target};
    let scenario = common::load("marseille.ron");
    let game = Game::new(scenario.clone(), 1);
    // "Answer the public inquiry" needs the major-national-interest status not to be in force.
    let inquiry = common::action(&scenario, "inquiry_response");
    assert!(matches!(scenario.action(inquiry).requires[0], Condition::Not(_)));
    let order = Order { side: nuage::sim::Side::Collective, action: inquiry, target: Target::None };
    let en = describe::refusal(&scenario, &game.world, &order, &Refusal::Requirement(0), Lang::En);
    assert!(en.starts_with("Not possible with ") && !en.contains("needs without"), "{en}");
    let fr = describe::refusal(&scenario, &game.world, &order, &Refusal::Requirement(0), Lang::Fr);
    assert!(fr.starts_with("Impossible avec le statut"), "{fr}");
    // A pressure of 0.96 beside a threshold of 1 reads 96% and 100%, not "1 (now 1)".
    let power = Condition::MaxPressure(StockKind::Power, Cmp::AtLeast, 1.0);
    let text = describe::condition(&scenario, &game.world, &power, &Default::default(), Lang::En);
    assert!(text.contains("at least 100% (now "), "{text}");
    assert!(text.ends_with("%)"), "{text}");
}
