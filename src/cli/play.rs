//! `nuage play`: a whole game in the terminal, hot-seat between humans or against built-in
//! players. Each human side sees only what it knows; a hand-over screen separates the teams.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::str::FromStr;

use crate::i18n::{Lang, labelled, number, percent, tr, tr_args};
use crate::policy::{Policy, PolicyKind};
use crate::sim::history::Entry;
use crate::sim::{Game, Order, Phase, Side, View, Viewer, describe, orders, pressure, visibility};

/// Who plays a side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Player {
    Human,
    Computer(PolicyKind),
}

impl FromStr for Player {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s == "human" {
            return Ok(Player::Human);
        }
        s.parse().map(Player::Computer).map_err(|_| {
            format!("unknown player `{s}`: choose human, passive, random, greedy, ai:easy, ai:medium or ai:hard")
        })
    }
}

pub struct Options {
    pub seed: u64,
    pub players: [Player; 2],
    pub lang: Lang,
    pub save_to: PathBuf,
}

pub fn run(level: &Path, load: Option<&Path>, options: &Options) -> ExitCode {
    let Some(scenario) = super::load_level(level) else { return ExitCode::from(1) };
    let lang = options.lang;
    let mut game = match load {
        None => Game::new(scenario, options.seed),
        Some(path) => {
            let loaded = crate::files::read_text(path, crate::saves::MAX_SAVE_BYTES)
                .and_then(|text| Game::load(scenario, &text).map_err(|e| e.to_string()));
            match loaded {
                Ok(game) => game,
                Err(reason) => {
                    eprintln!(
                        "{}",
                        tr_args(
                            lang,
                            "play-load-failed",
                            &[("file", path.display().to_string().into()), ("reason", reason.into())]
                        )
                    );
                    return ExitCode::from(1);
                }
            }
        }
    };
    let mut computers = Side::BOTH.map(|side| match options.players[side.index()] {
        Player::Computer(kind) => Some(Policy::new(&game.scenario, kind, side, options.seed)),
        Player::Human => None,
    });
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let humans = options.players.iter().filter(|p| **p == Player::Human).count();
    // How far into the log each side has read; with no human at the keyboard (a demo), the
    // room watches what the public may know: the secrets come out in the debrief.
    let mut read = [0usize; 2];
    let mut watched = 0usize;
    say(&format!("{}\n{}\n", game.scenario.title.get(lang), game.scenario.summary.get(lang)));
    say(&tr_args(lang, "play-seed", &[("seed", options.seed.to_string().into())]));
    say(&tr(lang, "play-help"));
    while let Phase::Orders(side) = game.world.phase {
        if let Some(policy) = &mut computers[side.index()] {
            if !crate::policy::play_phase(&mut game, policy) {
                let n = crate::policy::MAX_ORDERS_PER_PHASE as u32;
                say(&tr_args(lang, "play-bounded", &[("n", n.into())]));
            }
            if humans == 0 {
                let (scn, world) = (&game.scenario, &game.world);
                let log = crate::sim::visibility::seen_log(scn, world, &game.history.log, Viewer::Public);
                for (_, seen) in log.filter(|(i, _)| *i >= watched) {
                    say(&format!("[{}] {}", seen.turn + 1, describe::happening(scn, world, &seen.happening, lang)));
                }
                watched = game.history.log.len();
            }
        } else {
            if humans > 1 {
                say(&format!(
                    "\n\n{}",
                    tr_args(lang, "play-hand-over", &[("side", describe::side(&game.scenario, side, lang).into())])
                ));
                if read_line(&mut input).is_none() {
                    return ExitCode::SUCCESS;
                }
                // Clear the screen so the other team's secrets are not left on it.
                print!("\x1b[2J\x1b[H");
            }
            show_news(&game, side, &mut read[side.index()], lang);
            match human_phase(&mut game, side, &mut input, options) {
                Flow::Continue => {}
                Flow::Quit => return ExitCode::SUCCESS,
            }
            // What this side did itself needs no retelling next time.
            read[side.index()] = game.history.log.len();
        }
        game.end_phase(side).expect("the side in phase can end it");
    }
    show_ending(&game, lang);
    ExitCode::SUCCESS
}

enum Flow {
    Continue,
    Quit,
}

fn say(text: &str) {
    println!("{text}");
    let _ = std::io::stdout().flush();
}

fn read_line(input: &mut impl BufRead) -> Option<String> {
    let mut line = String::new();
    match input.read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line.trim().to_owned()),
    }
}

/// Everything that happened since this side last looked, as far as it may know.
fn show_news(game: &Game, side: Side, read: &mut usize, lang: Lang) {
    let scn = &game.scenario;
    let new: Vec<Entry> = visibility::seen_log(scn, &game.world, &game.history.log, side)
        .filter(|(i, _)| *i >= *read)
        .map(|(_, e)| e)
        .collect();
    *read = game.history.log.len();
    if !new.is_empty() {
        say(&format!("\n== {} ==", tr(lang, "play-since-last-time")));
        for entry in new {
            say(&format!("  {}", describe::happening(scn, &game.world, &entry.happening, lang)));
        }
    }
}

/// The state a side needs to decide, from its view: date, resources, pressures it can see,
/// projects.
fn show_status(game: &Game, side: Side, lang: Lang) {
    let scn = &game.scenario;
    let view = View::without_log(scn, &game.world, &game.history, side);
    let world = &view.world;
    let (year, month) = scn.calendar.date(world.turn);
    let season = scn.calendar.seasons[scn.calendar.season(world.turn).index()].name.get(lang);
    say(&format!(
        "\n== {} — {} {}/{}, {year}-{month:02}, {season} ==",
        describe::side(scn, side, lang),
        tr(lang, "cli-turn"),
        world.turn + 1,
        world.turns(scn)
    ));
    let state = world.side(side);
    let purse: Vec<String> = scn
        .side(side)
        .resources
        .iter()
        .zip(&state.resources)
        .map(|(r, v)| format!("{} {}", r.name.get(lang), number(lang, *v)))
        .collect();
    say(&format!(
        "{} | {}",
        labelled(lang, &tr(lang, "play-resources"), &purse.join(", ")),
        labelled(lang, &tr(lang, "play-action-points"), &state.action_points.to_string())
    ));
    let indicators: Vec<String> = scn
        .indicators
        .iter()
        .zip(&world.indicators)
        .map(|(i, v)| format!("{} {}", i.name.get(lang), number(lang, *v)))
        .collect();
    say(&indicators.join(" | "));
    for (p, place) in scn.places.iter().enumerate() {
        for (s, stock) in world.stocks[p].iter().enumerate() {
            let id = crate::sim::PlaceId(p as u16);
            let value = if view.knows_stock(id, s) {
                let pressure = pressure::of_stock(scn, world, stock);
                format!(
                    "{} ({})",
                    percent(lang, pressure * 100.0),
                    describe::level(pressure::level(scn, stock.kind, pressure), lang)
                )
            } else {
                tr(lang, "play-hidden")
            };
            say(&format!("  {} — {}", place.name.get(lang), labelled(lang, &describe::kind(stock.kind, lang), &value)));
        }
    }
    // The view holds only the projects this side knows of.
    for project in world.projects.iter().filter(|p| p.status == crate::sim::world::ProjectStatus::Active) {
        let def = scn.action(project.action).project.as_ref().expect("projects have a definition");
        let step = &def.milestones[project.milestone];
        let left = tr_args(lang, "play-turns-left", &[("turns", project.remaining.into())]);
        let what = labelled(lang, &describe::project(scn, world, project.id, lang), step.name.get(lang));
        say(&format!("  [{}] {what} ({left})", tr(lang, "play-project")));
    }
}

fn human_phase(game: &mut Game, side: Side, input: &mut impl BufRead, options: &Options) -> Flow {
    let lang = options.lang;
    loop {
        show_status(game, side, lang);
        // The menu is worked out from what this side may know: no card lights up on the other
        // side's secret, no target is a project it does not know of.
        let view = View::without_log(&game.scenario, &game.world, &game.history, side);
        let actions: Vec<_> = game.scenario.actions_of(side).map(|(id, _)| id).collect();
        for (n, action) in actions.iter().enumerate() {
            let def = game.scenario.action(*action);
            let cost = describe::cost(&game.scenario, *action, lang);
            let options = orders::action_options(&game.scenario, &view.world, side, *action);
            let why_not = match (options.legal.is_empty(), options.blocked) {
                (false, _) => String::new(),
                (true, Some((o, r))) => format!(" — {}", describe::refusal(&game.scenario, &view.world, &o, &r, lang)),
                (true, None) => format!(" — {}", tr(lang, "play-no-target")),
            };
            say(&format!("  {:>2}. {} [{}]{why_not}", n + 1, def.name.get(lang), cost));
        }
        say(&tr(lang, "play-prompt"));
        let Some(line) = read_line(input) else { return Flow::Quit };
        match line.as_str() {
            "e" | "" => return Flow::Continue,
            "q" => return Flow::Quit,
            "s" => {
                match crate::saves::write(game, &options.save_to) {
                    Ok(()) => {
                        say(&tr_args(lang, "play-saved", &[("file", options.save_to.display().to_string().into())]))
                    }
                    Err(e) => say(&tr_args(lang, "play-save-failed", &[("reason", e.to_string().into())])),
                }
                continue;
            }
            _ => {}
        }
        let Some(action) = line.parse::<usize>().ok().and_then(|n| n.checked_sub(1)).and_then(|i| actions.get(i))
        else {
            say(&tr(lang, "play-what"));
            continue;
        };
        let def = game.scenario.action(*action);
        let targets = orders::candidate_targets(&game.scenario, &view.world, side, &def.target);
        let order = if targets.len() == 1 {
            Order { side, action: *action, target: targets[0] }
        } else {
            let legal: Vec<_> = targets
                .into_iter()
                .map(|t| Order { side, action: *action, target: t })
                .filter(|o| orders::check(&game.scenario, &view.world, o).is_ok())
                .collect();
            for (n, o) in legal.iter().enumerate() {
                say(&format!("    {:>2}. {}", n + 1, describe::target(&game.scenario, &view.world, o.target, lang)));
            }
            if legal.is_empty() {
                say(&tr(lang, "play-no-target"));
                continue;
            }
            say(&tr(lang, "play-target-prompt"));
            let Some(pick) = read_line(input) else { return Flow::Quit };
            match pick.parse::<usize>().ok().and_then(|n| n.checked_sub(1)).and_then(|i| legal.get(i)) {
                Some(o) => *o,
                None => continue,
            }
        };
        let Some(order) = view.game_order(order) else { continue };
        match game.give(&order) {
            Ok(happenings) => {
                for h in &happenings {
                    say(&format!("  > {}", describe::happening(&game.scenario, &game.world, h, lang)));
                }
            }
            Err(refusal) => {
                say(&format!("  ! {}", describe::refusal(&game.scenario, &game.world, &order, &refusal, lang)))
            }
        }
    }
}

fn show_ending(game: &Game, lang: Lang) {
    let scn = &game.scenario;
    let Some(outcome) = &game.world.outcome else { return };
    let ending = &scn.endings[outcome.ending.index()];
    say(&format!(
        "\n== {} ==\n{}",
        labelled(lang, &tr(lang, "cli-ending"), ending.name.get(lang)),
        ending.text.get(lang)
    ));
    for fact in describe::ending_facts(scn, &game.world, lang) {
        say(&fact);
    }
    if !scn.questions.is_empty() {
        say(&format!("\n{}", tr(lang, "play-questions")));
        for q in &scn.questions {
            say(&format!("  - {}", q.get(lang)));
        }
    }
}
