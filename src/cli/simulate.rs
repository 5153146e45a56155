//! `nuage simulate`: one whole game with built-in players, printed turn by turn.

use std::path::Path;
use std::process::ExitCode;

use serde_json::json;

use crate::i18n::{Lang, labelled, number, tr};
use crate::policy::{self, PolicyKind};
use crate::sim::condition::Context;
use crate::sim::history::Snapshot;
use crate::sim::scenario::Winner;
use crate::sim::{Game, Scenario, Side, StockKind, describe};

use super::Format;

pub struct Options {
    pub seed: u64,
    pub builder: PolicyKind,
    pub collective: PolicyKind,
    pub format: Format,
    pub lang: Lang,
    pub log: bool,
    /// Where to write the game's record (`sim::record`), if anywhere.
    pub replay_to: Option<std::path::PathBuf>,
}

pub fn run(level: &Path, options: &Options) -> ExitCode {
    let Some(scenario) = super::load_level(level) else { return ExitCode::from(1) };
    let game = policy::play(scenario, options.seed, options.builder, options.collective);
    if let Some(path) = &options.replay_to {
        let text = game.replay_text().expect("a new game keeps its record");
        if let Err(why) = crate::saves::write_atomically(path, text.as_bytes()) {
            eprintln!("cannot write {}: {why}", path.display());
            return ExitCode::from(1);
        }
        eprintln!("the game's record: {}", path.display());
    }
    let table = Table::of(&game, options.lang);
    match options.format {
        Format::Table => print_table(&game, &table, options),
        Format::Csv => {
            println!("{}", table.header.join(","));
            for row in &table.rows {
                println!("{}", row.join(","));
            }
        }
        Format::Json => {
            println!("{}", serde_json::to_string_pretty(&as_json(&game, &table, options)).expect("plain values"))
        }
    }
    ExitCode::SUCCESS
}

/// `nuage simulate --stop-at TURN --save-to FILE`: plays to the start of that turn's orders
/// (of `side`) and writes the game there as a save. A game that ends before says so and writes
/// nothing.
pub fn stop_at(level: &Path, options: &Options, turn: u32, side: Side, save_to: &Path) -> ExitCode {
    let Some(scenario) = super::load_level(level) else { return ExitCode::from(1) };
    let at = |w: &crate::sim::World| w.turn + 1 >= turn && w.phase == crate::sim::Phase::Orders(side);
    let game = policy::play_until(scenario, options.seed, options.builder, options.collective, at);
    if !at(&game.world) {
        eprintln!("the game ended at turn {} before turn {turn}: nothing written", game.world.turn + 1);
        return ExitCode::from(1);
    }
    match crate::saves::write(&game, save_to) {
        Ok(()) => {
            println!("turn {}, {} to give orders: saved to {}", game.world.turn + 1, side.key(), save_to.display());
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("cannot write {}: {why}", save_to.display());
            ExitCode::from(1)
        }
    }
}

/// One row per turn: date, headline pressures (highest per kind), indicators, both sides' resources.
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn of(game: &Game, lang: Lang) -> Table {
        let scn = &game.scenario;
        let mut header = vec![tr(lang, "cli-turn"), tr(lang, "cli-date")];
        header.extend(StockKind::ALL.iter().map(|k| describe::kind(*k, lang)));
        header.extend(scn.indicators.iter().map(|i| i.name.get(lang).to_owned()));
        for side in Side::BOTH {
            header.extend(scn.side(side).resources.iter().map(|r| r.name.get(lang).to_owned()));
        }
        let mut rows: Vec<Vec<String>> = game.history.snapshots.iter().map(|s| row(scn, s, lang)).collect();
        // The last snapshot is the world after the final resolution, not the start of a turn.
        if game.world.is_over()
            && let Some(last) = rows.last_mut()
        {
            last[0] = tr(lang, "cli-end");
        }
        Table { header, rows }
    }
}

fn row(scn: &Scenario, snap: &Snapshot, lang: Lang) -> Vec<String> {
    let (year, month) = scn.calendar.date(snap.turn);
    let mut row = vec![(snap.turn + 1).to_string(), format!("{year}-{month:02}")];
    for kind in StockKind::ALL {
        let highest = snap.max_pressure(scn, kind);
        row.push(highest.map_or("-".into(), |p| format!("{}%", number(lang, p * 100.0))));
    }
    row.extend(snap.indicators.iter().map(|v| number(lang, *v)));
    for side in 0..2 {
        row.extend(snap.resources[side].iter().map(|v| number(lang, *v)));
    }
    row
}

fn print_table(game: &Game, table: &Table, options: &Options) {
    let lang = options.lang;
    let scn = &game.scenario;
    if options.log {
        for entry in &game.history.log {
            println!("[{}] {}", entry.turn + 1, describe::happening(scn, &game.world, &entry.happening, lang));
        }
        println!();
    }
    let widths: Vec<usize> = (0..table.header.len())
        .map(|c| {
            table.rows.iter().map(|r| r[c].chars().count()).chain([table.header[c].chars().count()]).max().unwrap_or(0)
        })
        .collect();
    let line =
        |cells: &[String]| cells.iter().zip(&widths).map(|(c, w)| format!("{c:>w$}")).collect::<Vec<_>>().join("  ");
    println!("{}", line(&table.header));
    for row in &table.rows {
        println!("{}", line(row));
    }
    let Some(outcome) = &game.world.outcome else { return };
    let ending = &scn.endings[outcome.ending.index()];
    println!();
    let ending_line = format!("{} ({})", ending.name.get(lang), ending.text.get(lang));
    println!("{}", labelled(lang, &tr(lang, "cli-ending"), &ending_line));
    for fact in describe::ending_facts(scn, &game.world, lang) {
        println!("{fact}");
    }
}

/// Why the ending was reached: its condition in words, or the scores when decided by score.
fn reason(game: &Game, lang: Lang) -> String {
    let scn = &game.scenario;
    let Some(outcome) = &game.world.outcome else { return String::new() };
    let ending = &scn.endings[outcome.ending.index()];
    match ending.winner {
        Winner::ByScore => scores(game, lang),
        _ => describe::condition(scn, &game.world, &ending.condition, &Context::default(), lang),
    }
}

fn scores(game: &Game, lang: Lang) -> String {
    let scores = game.world.outcome.as_ref().map_or([0.0, 0.0], |o| o.scores);
    describe::scores(&game.scenario, scores, lang)
}

fn as_json(game: &Game, table: &Table, options: &Options) -> serde_json::Value {
    let scn = &game.scenario;
    let lang = options.lang;
    let turns: Vec<serde_json::Value> = table
        .rows
        .iter()
        .zip(&game.history.snapshots)
        .map(|(row, snap)| {
            let mut turn: serde_json::Map<String, serde_json::Value> =
                table.header.iter().cloned().zip(row.iter().map(|c| json!(c))).collect();
            let progress = scn.endings.iter().zip(&snap.progress).map(|(e, p)| (e.key.clone(), json!(p))).collect();
            turn.insert("progress".into(), serde_json::Value::Object(progress));
            serde_json::Value::Object(turn)
        })
        .collect();
    let ending = game.world.outcome.as_ref().map(|o| {
        let def = &scn.endings[o.ending.index()];
        json!({
            "key": def.key,
            "name": def.name.get(lang),
            "winner": o.winner.map(Side::key),
            "turn": o.turn + 1,
            "scores": { "builder": o.scores[0], "collective": o.scores[1] },
            "reason": reason(game, lang),
        })
    });
    json!({
        "level": scn.id,
        "seed": options.seed,
        "builder": options.builder.to_string(),
        "collective": options.collective.to_string(),
        "turns": turns,
        "ending": ending,
    })
}
