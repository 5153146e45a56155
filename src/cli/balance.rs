//! `nuage balance`: many games of a level, in parallel, summed up for a level designer.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};

use crate::balance::{self, Report};
use crate::policy::PolicyKind;

pub struct Options {
    pub games: usize,
    pub builder: PolicyKind,
    pub collective: PolicyKind,
    pub jobs: usize,
    pub json: bool,
    /// Actions taken out of the level for the run.
    pub without: Vec<String>,
    /// Play the level's workshop session of this many minutes instead of the whole game.
    pub session: Option<u32>,
    /// Play in teams, when the level has any.
    pub teams: bool,
    /// With `teams`: each team in its turn.
    pub team_by_team: bool,
}

pub fn run(level: &Path, options: &Options) -> ExitCode {
    let Some(scenario) = super::load_level(level) else { return ExitCode::from(1) };
    let scenario = match balance::without(&scenario, &options.without) {
        Ok(reduced) => std::sync::Arc::new(reduced),
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let opening = match options.session {
        None => None,
        Some(minutes) => {
            let Some(index) = crate::opening::find(&scenario, minutes) else {
                let have: Vec<String> = scenario.sessions.iter().map(|s| s.minutes.to_string()).collect();
                eprintln!(
                    "error: {} has no session of {minutes} minutes{}",
                    level.display(),
                    if have.is_empty() { String::new() } else { format!(" (it has {})", have.join(", ")) }
                );
                return ExitCode::from(2);
            };
            match crate::opening::opening(scenario.clone(), index) {
                Ok(game) => Some((index, game)),
                Err(message) => {
                    eprintln!("error: {}: {message}", level.display());
                    return ExitCode::from(1);
                }
            }
        }
    };
    // indicatif draws nothing when standard error is not a terminal.
    let bar = ProgressBar::new(options.games as u64);
    bar.set_style(ProgressStyle::with_template("{bar:40} {pos}/{len} games, {eta} left").expect("a valid template"));
    let started = Instant::now();
    let session = opening.as_ref().map(|(index, game)| (*index, game));
    let start = balance::Start { session, teams: options.teams, team_by_team: options.team_by_team };
    let players = [options.builder, options.collective];
    let report =
        balance::run_with(scenario, options.games, players, options.jobs, start, &|done| bar.set_position(done as u64));
    bar.finish_and_clear();
    let report = Report { without: options.without.clone(), ..report };
    let seconds = started.elapsed().as_secs_f64();
    if options.json {
        println!("{}", serde_json::to_string_pretty(&report).expect("plain values"));
    } else {
        print_report(&report, options.jobs, seconds);
    }
    ExitCode::SUCCESS
}

fn percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}

fn print_report(r: &Report, jobs: usize, seconds: f64) {
    println!(
        "{}: {} games, {} (builders) vs {} (collective), {jobs} jobs, {seconds:.1} s ({:.1} games/s)",
        r.level,
        r.games,
        r.builder,
        r.collective,
        r.games as f64 / seconds.max(1e-9)
    );
    let decisive = r.wins.builder + r.wins.collective;
    let builder_of_decisive = if decisive > 0.0 { r.wins.builder / decisive } else { 0.0 };
    println!(
        "wins: builders {}, collective {}, nobody {} (of games with a winner: builders {})",
        percent(r.wins.builder),
        percent(r.wins.collective),
        percent(r.wins.nobody),
        percent(builder_of_decisive)
    );
    println!("endings:");
    for e in &r.endings {
        println!("  {:<24} {:>7}  ({})", e.key, percent(e.share), e.games);
    }
    let ends: Vec<String> = r.end_turns.iter().map(|(t, n)| format!("{t}:{n}")).collect();
    println!("game length: mean {:.1} turns; games ending at each turn: {}", r.mean_end_turn, ends.join(" "));
    for (side, list) in [("builders", &r.top_actions.builder), ("collective", &r.top_actions.collective)] {
        let items: Vec<String> = list.iter().map(|(k, n)| format!("{k} {n:.1}")).collect();
        println!("most used by the {side} (per game): {}", items.join(", "));
    }
    if !r.without.is_empty() {
        println!("played without: {}", r.without.join(", "));
    }
    println!("pressures (share of games strained / critical at some turn, mean peak):");
    for (kind, p) in &r.pressures {
        println!(
            "  {kind:<11} strained {:>7}  critical {:>7}  mean peak {:.2}",
            percent(p.strained_share),
            percent(p.critical_share),
            p.mean_peak
        );
    }
    println!("actions (share of the side's orders, games used in, side's wins when used):");
    for side in ["builder", "collective"] {
        for (key, a) in r.actions.iter().filter(|(_, a)| a.side == side) {
            println!(
                "  {side:<10} {key:<24} {:<5} {:>7}  used {:>7}  wins {:>7}",
                a.map.unwrap_or("-"),
                percent(a.share),
                percent(a.used_in_games),
                percent(a.win_share_when_used)
            );
        }
    }
    println!("mean trajectories (every 4 turns):");
    print!("  {:>4}", "turn");
    for s in &r.series {
        print!(" {:>12}", s.trim_end_matches(" pressure"));
    }
    println!();
    for (t, row) in r.trajectory.iter().enumerate().step_by(4) {
        print!("  {:>4}", t + 1);
        for v in row {
            print!(" {v:>12.2}");
        }
        println!();
    }
}
