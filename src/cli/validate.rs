//! `nuage validate`: check level files and report every problem with its place in the file.

use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::json;

use crate::sim::{Scenario, Side};

pub fn run(files: &[PathBuf], as_json: bool) -> ExitCode {
    let mut failed = false;
    let mut summaries = Vec::new();
    for path in files {
        match crate::level::load(path) {
            Ok(scenario) => {
                if as_json {
                    summaries.push(summary(path, &scenario));
                } else {
                    println!("{}: ok", path.display());
                }
            }
            Err(e) => {
                failed = true;
                eprintln!("{e}");
            }
        }
    }
    if as_json {
        println!("{}", serde_json::to_string_pretty(&summaries).expect("JSON of plain values"));
    }
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

/// The counts a modder checks at a glance.
pub fn summary(path: &std::path::Path, s: &Scenario) -> serde_json::Value {
    let actions = |side| s.actions.iter().filter(|a| a.side == side).count();
    let on_map = |map| s.places.iter().filter(|p| p.map == map).count();
    json!({
        "file": path.display().to_string(),
        "id": s.id,
        "title": { "en": s.title.en, "fr": s.title.fr },
        "zones": on_map(crate::sim::scenario::MapKind::Port),
        "nodes": on_map(crate::sim::scenario::MapKind::World),
        "links": s.links.len(),
        "cables": s.links.iter().filter(|l| l.kind == crate::sim::scenario::LinkKind::Cable).count(),
        "actions": { "builder": actions(Side::Builder), "collective": actions(Side::Collective) },
        "teams": { "builder": s.side(Side::Builder).teams.len(), "collective": s.side(Side::Collective).teams.len() },
        "events": s.events.len(),
        "endings": s.endings.len(),
        "sources": s.sources.len(),
        "turns": s.calendar.turns,
    })
}
