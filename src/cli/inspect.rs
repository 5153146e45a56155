//! `nuage view` and `nuage decide`: a saved game as one seat sees it, and the orders a player
//! would give from there, as JSON (stable key order) for tests, modders and checks from outside.
//! Both read the game only through `sim::View`.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use serde_json::{Map, Value, json};

use crate::i18n::Lang;
use crate::policy::{Policy, PolicyKind};
use crate::sim::world::ProjectStatus;
use crate::sim::{
    Game, Order, Phase, PlaceId, Scenario, Side, Target, View, Viewer, describe, orders, pressure, progress,
};

/// Which seat `view` shows.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum SeatArg {
    Builder,
    Collective,
    Public,
}

impl SeatArg {
    fn viewer(self) -> Viewer {
        match self {
            SeatArg::Builder => Viewer::Side(Side::Builder),
            SeatArg::Collective => Viewer::Side(Side::Collective),
            SeatArg::Public => Viewer::Public,
        }
    }
}

/// Loads a level and a save of it, or says why not.
fn load(level: &Path, save: &Path) -> Result<Game, ExitCode> {
    let scenario: Arc<Scenario> = super::load_level(level).ok_or(ExitCode::from(1))?;
    let text = crate::files::read_text(save, crate::saves::MAX_SAVE_BYTES).map_err(|why| {
        eprintln!("{}: cannot read the save: {why}", save.display());
        ExitCode::from(1)
    })?;
    Game::load(scenario, &text).map_err(|why| {
        eprintln!("{}: {why}", save.display());
        ExitCode::from(1)
    })
}

/// `nuage view`: prints what the seat may know.
pub fn view(level: &Path, save: &Path, seat: SeatArg, lang: Lang) -> ExitCode {
    let game = match load(level, save) {
        Ok(game) => game,
        Err(code) => return code,
    };
    let view = View::of(&game, seat.viewer());
    print_json(&as_json(&game.scenario, &view, lang));
    ExitCode::SUCCESS
}

/// `nuage decide`: the orders `player` would give in this phase, with its reasons, in the
/// game's terms. An ended game, or a phase with nothing to do, gives an empty list.
pub fn decide(level: &Path, save: &Path, player: PolicyKind, seed: u64, lang: Lang) -> ExitCode {
    let mut game = match load(level, save) {
        Ok(game) => game,
        Err(code) => return code,
    };
    let Phase::Orders(side) = game.world.phase else {
        print_json(&json!({ "side": Value::Null, "player": player.to_string(), "orders": [] }));
        return ExitCode::SUCCESS;
    };
    let mut policy = Policy::new(&game.scenario, player, side, seed);
    let mut given = Vec::new();
    for _ in 0..crate::policy::MAX_ORDERS_PER_PHASE {
        let Some(decision) = policy.decide(&game) else { break };
        let scn = game.scenario.clone();
        let described = json!({
            "action": scn.action(decision.order.action).key,
            "target": target_json(&scn, &game.world, decision.order.target),
            "text": describe::order(&scn, &game.world, &decision.order, lang),
            "reason": decision.reason.as_ref().map(|r| reason_text(&scn, &r.factors, lang)),
        });
        if game.give(&decision.order).is_err() {
            break;
        }
        given.push(described);
    }
    print_json(&json!({ "side": side.key(), "player": player.to_string(), "orders": given }));
    ExitCode::SUCCESS
}

fn print_json(value: &Value) {
    println!("{}", serde_json::to_string_pretty(value).expect("plain values"));
}

fn reason_text(scn: &Scenario, factors: &[(crate::sim::Factor, f64)], lang: Lang) -> String {
    let parts: Vec<String> =
        factors.iter().map(|(f, w)| format!("{} {:+.1}", describe::factor(scn, f, lang), w)).collect();
    parts.join(", ")
}

/// A target named by keys: a place's key, or a project's number with its action and place.
fn target_json(scn: &Scenario, world: &crate::sim::World, target: Target) -> Value {
    match target {
        Target::None => Value::Null,
        Target::Place(p) => json!({ "place": scn.place(p).key }),
        Target::Project(id) => {
            let project = world.project(id);
            json!({
                "project": id.0,
                "action": project.map(|p| scn.action(p.action).key.clone()),
                "place": project.and_then(|p| p.place).map(|p| scn.place(p).key.clone()),
            })
        }
    }
}

/// The view as JSON: every figure the seat does not know is `null`.
pub fn as_json(scn: &Scenario, view: &View, lang: Lang) -> Value {
    let world = &view.world;
    let keyed = |pairs: Vec<(String, Value)>| Value::Object(pairs.into_iter().collect::<Map<String, Value>>());
    let indicators =
        keyed(scn.indicators.iter().zip(&world.indicators).map(|(d, v)| (d.key.clone(), json!(v))).collect());
    let flags: Vec<&str> =
        scn.flags.iter().zip(&world.flags).filter(|(_, on)| **on).map(|(d, _)| d.key.as_str()).collect();
    let purses = keyed(
        Side::BOTH
            .iter()
            .map(|side| {
                let purse = view.purse_known[side.index()].then(|| {
                    let def = scn.side(*side);
                    keyed(
                        def.resources
                            .iter()
                            .zip(&world.side(*side).resources)
                            .map(|(r, v)| (r.key.clone(), json!(v)))
                            .collect(),
                    )
                });
                (side.key().to_owned(), purse.unwrap_or(Value::Null))
            })
            .collect(),
    );
    let mut stocks = Vec::new();
    for (p, row) in world.stocks.iter().enumerate() {
        for (s, stock) in row.iter().enumerate() {
            let known = view.knows_stock(PlaceId(p as u16), s);
            let figure = |v: f64| if known { json!(v) } else { Value::Null };
            stocks.push(json!({
                "place": scn.places[p].key,
                "kind": stock.kind.key(),
                "known": known,
                "capacity": figure(stock.capacity),
                "demand": figure(stock.total_demand()),
                "pressure": figure(pressure::of_stock(scn, world, stock)),
            }));
        }
    }
    let projects: Vec<Value> = world
        .projects
        .iter()
        .map(|p| {
            let status = match p.status {
                ProjectStatus::Active => "active",
                ProjectStatus::Completed => "completed",
                ProjectStatus::Cancelled => "cancelled",
            };
            json!({
                "id": p.id.0,
                "side": p.side.key(),
                "action": scn.action(p.action).key,
                "place": p.place.map(|pl| scn.place(pl).key.clone()),
                "status": status,
                "step": p.milestone,
                "remaining": p.remaining,
                "marks": p.marks,
            })
        })
        .collect();
    let progress = keyed(
        scn.endings.iter().zip(progress::of_endings(scn, world)).map(|(e, v)| (e.key.clone(), json!(v))).collect(),
    );
    let legal: Vec<Value> = match (view.viewer, world.phase) {
        (Viewer::Side(me), Phase::Orders(side)) if me == side => orders::legal_orders(scn, world, side)
            .iter()
            .map(
                |o: &Order| json!({ "action": scn.action(o.action).key, "text": describe::order(scn, world, o, lang) }),
            )
            .collect(),
        _ => Vec::new(),
    };
    let log: Vec<Value> = view
        .log
        .iter()
        .map(|e| json!({ "turn": e.turn + 1, "text": describe::happening(scn, world, &e.happening, lang) }))
        .collect();
    let phase = match world.phase {
        Phase::Orders(side) => side.key(),
        Phase::Ended => "ended",
    };
    json!({
        "level": scn.id,
        "seat": view.viewer.key(),
        "turn": world.turn + 1,
        "phase": phase,
        "indicators": indicators,
        "flags": flags,
        "resources": purses,
        "stocks": stocks,
        "projects": projects,
        "progress": progress,
        "legal_orders": legal,
        "log": log,
    })
}
