//! The balance harness: many games of one level over different seeds, in parallel, summed up
//! for a level designer (win rates, endings, pressures over time, game lengths, favourite moves),
//! with instruments that say whether a system matters: how often each kind of stock was strained
//! or critical, and what each action is worth to its side.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Serialize;

use crate::policy::{self, PolicyKind};
use crate::sim::happening::Happening;
use crate::sim::history::Snapshot;
use crate::sim::scenario::{MapKind, TargetSpec};
use crate::sim::world::Level;
use crate::sim::{Scenario, Side, StockKind, pressure};

/// What one game leaves for the report.
struct GameSummary {
    ending: usize,
    winner: Option<Side>,
    turns: u32,
    /// Per turn: the highest pressure of each kind, then each indicator.
    trajectory: Vec<Vec<f64>>,
    /// Orders given, per side, by action index.
    orders: [BTreeMap<usize, u32>; 2],
    /// Per kind of stock: the highest level any stock of that kind reached, and the highest
    /// pressure; `None` where the level has no stock of that kind.
    peaks: [Option<(Level, f64)>; 5],
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
    /// Per kind of stock (`land`, `water`, ...): how often and how hard it pressed.
    pub pressures: BTreeMap<String, PressureStats>,
    /// Per action key: what share of its side's orders it was, and how its side fared with it.
    pub actions: BTreeMap<String, ActionStats>,
    /// Actions taken out of the level for this run (`--without`).
    pub without: Vec<String>,
}

/// How one kind of stock pressed over a batch of games.
#[derive(Debug, Serialize)]
pub struct PressureStats {
    /// Share of games in which some stock of this kind was critical at the start of a turn.
    pub critical_share: f64,
    /// Share of games in which some stock of this kind was at least strained.
    pub strained_share: f64,
    /// Mean over games of the highest pressure any stock of this kind reached.
    pub mean_peak: f64,
}

/// How one action was used over a batch of games.
#[derive(Debug, Serialize)]
pub struct ActionStats {
    pub side: &'static str,
    /// The map of the places it aims at: `port`, `world`, or null (no place, or both maps).
    pub map: Option<&'static str>,
    /// Its share of all the orders its side gave.
    pub share: f64,
    /// Share of games in which its side ordered it at least once.
    pub used_in_games: f64,
    /// Its side's win share over the games in which it was used (0 when never used).
    pub win_share_when_used: f64,
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

/// Plays `games` games over seeds `0..games` on `jobs` threads, each from the start or, for a
/// workshop session, from its opening (the session's index and the game its opening left).
/// `progress` is called after each game with the number done. The result does not depend on
/// `jobs`.
pub fn run(
    scenario: Arc<Scenario>,
    games: usize,
    builder: PolicyKind,
    collective: PolicyKind,
    jobs: usize,
    session: Option<(usize, &crate::sim::Game)>,
    progress: &(dyn Fn(usize) + Sync),
) -> Report {
    run_with(
        scenario,
        games,
        [builder, collective],
        jobs,
        Start { session, teams: false, team_by_team: false },
        progress,
    )
}

/// How each game of a run starts: from the level's start or a session's opening, played by
/// sides or in teams.
#[derive(Clone, Copy)]
pub struct Start<'a> {
    pub session: Option<(usize, &'a crate::sim::Game)>,
    /// Played in teams (`Game::play_in_teams`), when the level has any.
    pub teams: bool,
    /// With `teams`: each team in its turn (`Game::play_team_by_team`).
    pub team_by_team: bool,
}

impl Start<'_> {
    /// Puts a game into teams as this start asks.
    fn enter_teams(&self, game: &mut crate::sim::Game) {
        match (self.teams, self.team_by_team) {
            (true, true) => game.play_team_by_team(),
            (true, false) => game.play_in_teams(),
            _ => {}
        }
    }
}

/// [`run`], with the way each game starts.
pub fn run_with(
    scenario: Arc<Scenario>,
    games: usize,
    [builder, collective]: [PolicyKind; 2],
    jobs: usize,
    start: Start<'_>,
    progress: &(dyn Fn(usize) + Sync),
) -> Report {
    let session = start.session;
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
                        let game = match session {
                            // Each game of a session starts from the same opening, with its own draws.
                            Some((index, opening)) => {
                                let mut game = opening.clone();
                                crate::opening::session_from(&mut game, index, seed as u64);
                                start.enter_teams(&mut game);
                                policy::play_on(game, seed as u64, builder, collective, |_| false)
                            }
                            None if start.teams => {
                                let mut game = crate::sim::Game::new(scenario.clone(), seed as u64);
                                start.enter_teams(&mut game);
                                policy::play_on(game, seed as u64, builder, collective, |_| false)
                            }
                            None => policy::play(scenario.clone(), seed as u64, builder, collective),
                        };
                        mine.push((seed, summarize(game)));
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

fn summarize(game: crate::sim::Game) -> GameSummary {
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
        peaks: StockKind::ALL.map(|kind| peak_of(scn, &game.history.snapshots, kind)),
    }
}

/// The highest pressure of a kind over a game's snapshots, with the level it reads as.
fn peak_of(scn: &Scenario, snapshots: &[Snapshot], kind: StockKind) -> Option<(Level, f64)> {
    let peak = snapshots.iter().filter_map(|s| s.max_pressure(scn, kind)).reduce(f64::max)?;
    Some((pressure::level(scn, kind, peak), peak))
}

/// The map an action's places lie on, when they all lie on one.
fn map_of(scn: &Scenario, spec: &TargetSpec) -> Option<&'static str> {
    let mut maps = scn.places.iter().filter(|p| spec.accepts(p)).map(|p| p.map);
    let first = maps.next()?;
    maps.all(|m| m == first).then_some(match first {
        MapKind::Port => "port",
        MapKind::World => "world",
    })
}

/// The level without some of its actions, for measuring what they are worth. Unknown keys are
/// refused with the nearest known key.
pub fn without(scn: &Scenario, keys: &[String]) -> Result<Scenario, String> {
    for key in keys {
        if !scn.actions.iter().any(|a| &a.key == key) {
            let known = scn.actions.iter().map(|a| a.key.as_str());
            let near = crate::level::diagnostic::closest(key, known)
                .map_or_else(String::new, |k| format!("; the closest is `{k}`"));
            return Err(format!("level `{}` has no action `{key}`{near}", scn.id));
        }
    }
    let mut reduced = scn.clone();
    // Nothing in a scenario refers to an action by index, so dropping one renumbers safely.
    reduced.actions.retain(|a| !keys.contains(&a.key));
    Ok(reduced)
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
    let pressures = StockKind::ALL
        .iter()
        .map(|kind| {
            let peaks: Vec<(Level, f64)> = games.iter().filter_map(|g| g.peaks[kind.index()]).collect();
            let at_least = |level: Level| share(peaks.iter().filter(|(l, _)| *l >= level).count());
            let stats = PressureStats {
                critical_share: at_least(Level::Critical),
                strained_share: at_least(Level::Strained),
                // Folded from +0.0: an empty `sum` of floats is -0.0, which would print as "-0.00".
                mean_peak: peaks.iter().fold(0.0, |acc, (_, p)| acc + p) / peaks.len().max(1) as f64,
            };
            (kind.key().to_owned(), stats)
        })
        .collect();
    let actions = scn
        .actions
        .iter()
        .enumerate()
        .map(|(a, def)| {
            let side = def.side.index();
            let given: u32 = games.iter().filter_map(|g| g.orders[side].get(&a)).sum();
            let all: u32 = games.iter().flat_map(|g| g.orders[side].values()).sum();
            let used: Vec<&GameSummary> = games.iter().filter(|g| g.orders[side].contains_key(&a)).collect();
            let won = used.iter().filter(|g| g.winner == Some(def.side)).count();
            let stats = ActionStats {
                side: def.side.key(),
                map: map_of(scn, &def.target),
                share: if all > 0 { given as f64 / all as f64 } else { 0.0 },
                used_in_games: share(used.len()),
                win_share_when_used: if used.is_empty() { 0.0 } else { won as f64 / used.len() as f64 },
            };
            (def.key.clone(), stats)
        })
        .collect();
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
        pressures,
        actions,
        without: Vec::new(),
    }
}
