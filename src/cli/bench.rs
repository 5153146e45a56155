//! `nuage bench`: time per turn and per whole game of a level with the built-in players.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use crate::policy::{self, PolicyKind};

pub fn run(level: &Path, games: u32) -> ExitCode {
    let Some(scenario) = super::load_level(level) else { return ExitCode::from(1) };
    if cfg!(debug_assertions) {
        println!("note: a debug build; run `cargo run --release -- bench` for real figures");
    }
    let started = Instant::now();
    let loaded = crate::level::load(level).map(|_| started.elapsed());
    if let Ok(time) = loaded {
        println!("load and validate {}: {:.2} ms", level.display(), time.as_secs_f64() * 1e3);
    }
    println!("{:<20} {:>8} {:>14} {:>14}", "builder/collective", "games", "ms per game", "µs per turn");
    for (builder, collective) in [
        (PolicyKind::Passive, PolicyKind::Passive),
        (PolicyKind::Random, PolicyKind::Random),
        (PolicyKind::Greedy, PolicyKind::Greedy),
    ] {
        let mut turns = 0u64;
        let started = Instant::now();
        for seed in 0..games as u64 {
            let game = policy::play(scenario.clone(), seed, builder, collective);
            turns += game.history.snapshots.len() as u64;
        }
        let elapsed = started.elapsed().as_secs_f64();
        println!(
            "{:<20} {:>8} {:>14.3} {:>14.1}",
            format!("{builder}/{collective}"),
            games,
            elapsed * 1e3 / games as f64,
            elapsed * 1e6 / turns.max(1) as f64
        );
    }
    ExitCode::SUCCESS
}
