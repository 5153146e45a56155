//! The balance harness: the same games whatever the number of threads, and a report that adds up.

mod common;

use nuage::balance;
use nuage::policy::PolicyKind;

#[test]
fn the_report_does_not_depend_on_the_number_of_threads_and_adds_up() {
    let scenario = common::load("marseille.ron");
    let run = |jobs| {
        let report = balance::run(scenario.clone(), 12, PolicyKind::Random, PolicyKind::Greedy, jobs, None, &|_| {});
        serde_json::to_string(&report).unwrap()
    };
    let one = run(1);
    assert_eq!(one, run(2));

    let report = balance::run(scenario.clone(), 12, PolicyKind::Random, PolicyKind::Greedy, 2, None, &|_| {});
    let wins = report.wins.builder + report.wins.collective + report.wins.nobody;
    assert!((wins - 1.0).abs() < 1e-9, "win shares sum to {wins}");
    assert_eq!(report.endings.iter().map(|e| e.games).sum::<usize>(), 12);
    assert_eq!(report.end_turns.values().sum::<usize>(), 12);
    assert_eq!(report.trajectory[0].len(), report.series.len());
    assert!(!report.top_actions.builder.is_empty() && !report.top_actions.collective.is_empty());
}

#[test]
fn the_progress_callback_sees_every_game() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let scenario = common::load("tutorial.ron");
    let calls = AtomicUsize::new(0);
    let highest = AtomicUsize::new(0);
    balance::run(scenario, 9, PolicyKind::Random, PolicyKind::Random, 2, None, &|done| {
        calls.fetch_add(1, Ordering::Relaxed);
        highest.fetch_max(done, Ordering::Relaxed);
    });
    assert_eq!((calls.into_inner(), highest.into_inner()), (9, 9));
}
