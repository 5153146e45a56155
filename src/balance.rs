//! The balance harness: many games of one level over different seeds, in parallel, summed up
//! for a level designer (win rates, endings, pressures over time, game lengths, favourite moves).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Serialize;

use crate::policy::{self, PolicyKind};
use crate::sim::happening::Happening;
use crate::sim::history::Snapshot;
use crate::sim::{Scenario, Side, StockKind};

/// What one game leaves for the report.
struct GameSummary {
    ending: usize,
    winner: Option<Side>,
    turns: u32,
    /// Per turn: the highest pressure of each kind, then each indicator.
    trajectory: Vec<Vec<f64>>,
    /// Orders given, per side, by action index.
    orders: [BTreeMap<usize, u32>; 2],
}

/// The report of a batch of games.
#[derive(Debug, Serialize)]
pub struct Report {
    pub level: String,
    pub games: usize,
    pub builder: String,
    pub collective: String,
    /// Share of all games won by each side, and by nobody.
    pub wins: Wins,
    pub endings: Vec<EndingShare>,
    /// Names of the series in `trajectory`: five pressures, then the indicators.
    pub series: Vec<String>,
    /// Per turn, the mean over the games still running of each series.
    pub trajectory: Vec<Vec<f64>>,
    /// How many games ended at each turn (1-based).
    pub end_turns: BTreeMap<u32, usize>,
    pub mean_end_turn: f64,
    /// The five actions each side used most, with how many times per game.
    pub top_actions: TopActions,
}

#[derive(Debug, Serialize)]
pub struct Wins {
    pub builder: f64,
    pub collective: f64,
    pub nobody: f64,
}

#[derive(Debug, Serialize)]
pub struct EndingShare {
    pub key: String,
    pub share: f64,
    pub games: usize,
}

#[derive(Debug, Serialize)]
pub struct TopActions {
    pub builder: Vec<(String, f64)>,
    pub collective: Vec<(String, f64)>,
}

/// Plays `games` games over seeds `0..games` on `jobs` threads. `progress` is called after each
/// game with the number done. The result does not depend on `jobs`.
pub fn run(
    scenario: Arc<Scenario>,
    games: usize,
    builder: PolicyKind,
    collective: PolicyKind,
    jobs: usize,
    progress: &(dyn Fn(usize) + Sync),
) -> Report {
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let mut results: Vec<(usize, GameSummary)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..jobs.max(1))
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let seed = next.fetch_add(1, Ordering::Relaxed);
                        if seed >= games {
                            break;
                        }
                        mine.push((seed, play_one(scenario.clone(), seed as u64, builder, collective)));
                        progress(done.fetch_add(1, Ordering::Relaxed) + 1);
                    }
                    mine
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().expect("a balance worker panicked")).collect()
    });
    results.sort_by_key(|(seed, _)| *seed);
    let summaries: Vec<GameSummary> = results.into_iter().map(|(_, s)| s).collect();
    report(&scenario, &summaries, builder, collective)
}

fn play_one(scenario: Arc<Scenario>, seed: u64, builder: PolicyKind, collective: PolicyKind) -> GameSummary {
    let game = policy::play(scenario, seed, builder, collective);
    let scn = &game.scenario;
    let outcome = game.world.outcome.as_ref().expect("games end");
    let mut orders: [BTreeMap<usize, u32>; 2] = [BTreeMap::new(), BTreeMap::new()];
    for entry in &game.history.log {
        if let Happening::OrderGiven { order, .. } = &entry.happening {
            *orders[order.side.index()].entry(order.action.index()).or_default() += 1;
        }
    }
    GameSummary {
        ending: outcome.ending.index(),
        winner: outcome.winner,
        turns: outcome.turn + 1,
        trajectory: game.history.snapshots.iter().map(|s| series_of(scn, s)).collect(),
        orders,
    }
}

/// The highest pressure of each kind, then every indicator, at one snapshot.
fn series_of(scn: &Scenario, snap: &Snapshot) -> Vec<f64> {
    let mut values: Vec<f64> = StockKind::ALL.iter().map(|kind| snap.max_pressure(scn, *kind).unwrap_or(0.0)).collect();
    values.extend(&snap.indicators);
    values
}

fn report(scn: &Scenario, games: &[GameSummary], builder: PolicyKind, collective: PolicyKind) -> Report {
    let n = games.len().max(1) as f64;
    let share = |count: usize| count as f64 / n;
    let wins = Wins {
        builder: share(games.iter().filter(|g| g.winner == Some(Side::Builder)).count()),
        collective: share(games.iter().filter(|g| g.winner == Some(Side::Collective)).count()),
        nobody: share(games.iter().filter(|g| g.winner.is_none()).count()),
    };
    let endings = scn
        .endings
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let count = games.iter().filter(|g| g.ending == i).count();
            EndingShare { key: e.key.clone(), share: share(count), games: count }
        })
        .collect();
    let mut series: Vec<String> = StockKind::ALL.iter().map(|k| format!("{} pressure", k.key())).collect();
    series.extend(scn.indicators.iter().map(|i| i.key.clone()));
    let longest = games.iter().map(|g| g.trajectory.len()).max().unwrap_or(0);
    let trajectory = (0..longest)
        .map(|t| {
            let running: Vec<&Vec<f64>> = games.iter().filter_map(|g| g.trajectory.get(t)).collect();
            (0..series.len()).map(|s| running.iter().map(|v| v[s]).sum::<f64>() / running.len() as f64).collect()
        })
        .collect();
    let mut end_turns = BTreeMap::new();
    for g in games {
        *end_turns.entry(g.turns).or_insert(0) += 1;
    }
    let top = |side: Side| {
        let mut totals: BTreeMap<usize, u32> = BTreeMap::new();
        for g in games {
            for (a, c) in &g.orders[side.index()] {
                *totals.entry(*a).or_default() += c;
            }
        }
        let mut list: Vec<(String, f64)> =
            totals.into_iter().map(|(a, c)| (scn.actions[a].key.clone(), c as f64 / n)).collect();
        list.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        list.truncate(5);
        list
    };
    Report {
        level: scn.id.clone(),
        games: games.len(),
        builder: builder.to_string(),
        collective: collective.to_string(),
        wins,
        endings,
        series,
        trajectory,
        mean_end_turn: games.iter().map(|g| g.turns as f64).sum::<f64>() / n,
        end_turns,
        top_actions: TopActions { builder: top(Side::Builder), collective: top(Side::Collective) },
    }
}
