//! `nuage bench`: how fast the core plays, how long computer players think, and how many games
//! the balance harness plays per second. Build with `--release` for real figures.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::ai::Difficulty;
use crate::policy::{self, Policy, PolicyKind};
use crate::sim::{Game, Phase, Scenario, Side};

pub fn run(level: &Path, games: u32) -> ExitCode {
    let Some(scenario) = super::load_level(level) else { return ExitCode::from(1) };
    if cfg!(debug_assertions) {
        println!("note: a debug build; run `cargo run --release -- bench` for real figures");
    }
    let started = Instant::now();
    if crate::level::load(level).is_ok() {
        println!("load and validate {}: {:.2} ms", level.display(), started.elapsed().as_secs_f64() * 1e3);
    }
    validation();
    busy_turns();
    whole_games(&scenario, games);
    decisions(&scenario, (games / 10).max(2), None);
    harness(&scenario, games as usize);
    ExitCode::SUCCESS
}

/// Writes every stress level into `dir`, one file each (`stress-1.ron`...), and says which is
/// which.
pub fn write_stress_levels(dir: &Path) -> ExitCode {
    let mut levels = crate::level::stress::levels();
    levels.push(("busy to play: 2,000 sites, 1,000 cards", crate::level::stress::busy_turns()));
    levels.push(("large on the board: 300 places 900,000 units wide", crate::level::stress::large_places()));
    for (i, (name, text)) in levels.iter().enumerate() {
        let path = dir.join(format!("stress-{}.ron", i + 1));
        if let Err(e) = crate::saves::write_atomically(&path, text.as_bytes()) {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::from(1);
        }
        println!("{}: {name}", path.display());
    }
    ExitCode::SUCCESS
}

/// Times the validation of levels grown to the size limit in hostile shapes
/// (`level::stress`): each must stay near linear in the file's size.
fn validation() {
    println!("\n{:<34} {:>10} {:>12} {:>10}", "validate, at the limits", "KiB", "ms", "problems");
    for (name, text) in crate::level::stress::levels() {
        let started = Instant::now();
        let problems = match crate::level::parse(name, &text) {
            Ok(_) => 0,
            Err(crate::level::LevelError::Invalid(d)) => d.len(),
            Err(_) => 1,
        };
        let ms = started.elapsed().as_secs_f64() * 1e3;
        println!("{name:<34} {:>10} {ms:>12.1} {problems:>10}", text.len() / 1024);
    }
}

/// Times the turns of a level heavy to play (`level::stress::busy_turns`): random players, a
/// whole game.
fn busy_turns() {
    let Ok(scenario) = crate::level::parse("busy.ron", &crate::level::stress::busy_turns()) else { return };
    let scenario = Arc::new(scenario);
    let started = Instant::now();
    let game = policy::play(scenario.clone(), 1, PolicyKind::Random, PolicyKind::Random);
    let turns = game.history.snapshots.len().max(1);
    let ms = started.elapsed().as_secs_f64() * 1e3;
    println!(
        "\nbusy level (2,000 places, 1,000 cards, 100 news a turn, 1,000 consequences): {turns} turns, {:.1} ms per turn",
        ms / turns as f64
    );
    println!("its first {BUSY_TURNS} turns, between computer players of each difficulty:");
    decisions(&scenario, 1, Some(BUSY_TURNS));
    let started = Instant::now();
    let game = policy::play(scenario.clone(), 1, PolicyKind::Greedy, PolicyKind::Greedy);
    let turns = game.history.snapshots.len().max(1);
    println!(
        "greedy against greedy, a whole game: {turns} turns, {:.1} ms per turn",
        started.elapsed().as_secs_f64() * 1e3 / turns as f64
    );
}

/// Turns of the busy level the computer players' decisions are timed over.
const BUSY_TURNS: u32 = 3;

fn whole_games(scenario: &Arc<Scenario>, games: u32) {
    println!("\n{:<24} {:>8} {:>14} {:>14}", "builder/collective", "games", "ms per game", "µs per turn");
    for kind in PolicyKind::BUILT_IN {
        let mut turns = 0u64;
        let started = Instant::now();
        for seed in 0..games as u64 {
            let game = policy::play(scenario.clone(), seed, kind, kind);
            turns += game.history.snapshots.len() as u64;
        }
        let elapsed = started.elapsed().as_secs_f64();
        println!(
            "{:<24} {:>8} {:>14.3} {:>14.1}",
            format!("{kind}/{kind}"),
            games,
            elapsed * 1e3 / games as f64,
            elapsed * 1e6 / turns.max(1) as f64
        );
    }
}

/// Times every decision of computer players of one difficulty playing each other, over whole
/// games or their first `turns`.
fn decisions(scenario: &Arc<Scenario>, games: u32, turns: Option<u32>) {
    println!(
        "\n{:<12} {:>10} {:>16} {:>16} {:>14}",
        "difficulty", "decisions", "mean ms/decision", "max ms/decision", "ms per game"
    );
    for difficulty in Difficulty::ALL {
        let kind = PolicyKind::Ai(difficulty);
        let (mut count, mut total, mut longest) = (0u32, Duration::ZERO, Duration::ZERO);
        let started = Instant::now();
        for seed in 0..games as u64 {
            let mut game = Game::new(scenario.clone(), seed);
            let mut players =
                [Policy::new(scenario, kind, Side::Builder, seed), Policy::new(scenario, kind, Side::Collective, seed)];
            while let Phase::Orders(side) = game.world.phase {
                if turns.is_some_and(|t| game.world.turn >= t) {
                    break;
                }
                for _ in 0..crate::policy::MAX_ORDERS_PER_PHASE {
                    let t = Instant::now();
                    let decision = players[side.index()].decide(&game);
                    let spent = t.elapsed();
                    count += 1;
                    total += spent;
                    longest = longest.max(spent);
                    let Some(decision) = decision else { break };
                    if game.give(&decision.order).is_err() {
                        break;
                    }
                }
                game.end_phase(side).expect("the side in phase can end it");
            }
        }
        println!(
            "{:<12} {:>10} {:>16.3} {:>16.3} {:>14.1}",
            difficulty.to_string(),
            count,
            total.as_secs_f64() * 1e3 / count.max(1) as f64,
            longest.as_secs_f64() * 1e3,
            started.elapsed().as_secs_f64() * 1e3 / games as f64
        );
    }
}

fn harness(scenario: &Arc<Scenario>, games: usize) {
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let medium = PolicyKind::Ai(Difficulty::Medium);
    let started = Instant::now();
    crate::balance::run(scenario.clone(), games, medium, medium, jobs, None, &|_| {});
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "\nbalance harness, ai:medium vs ai:medium: {games} games on {jobs} threads in {seconds:.2} s ({:.1} games/s; 1,000 games ≈ {:.0} s)",
        games as f64 / seconds,
        1000.0 * seconds / games as f64
    );
}
