//! What each side may see: the builders' secret moves stay hidden from the collective until
//! revealed, and so do hidden stocks (real water draw, upstream extraction).

use super::happening::{Cause, Happening, Quantity};
use super::history::Entry;
use super::ids::*;
use super::pressure;
use super::scenario::{Scenario, Side, StockKind};
use super::world::{Level, World};

/// Whether `viewer` knows about the stock of `kind` at `place`.
pub fn sees_stock(world: &World, viewer: Side, place: PlaceId, kind: StockKind) -> bool {
    // Hidden quantities are the builders' private knowledge.
    viewer == Side::Builder || world.stock(place, kind).is_none_or(|s| !s.hidden)
}

/// The worst level among the stocks of a place that `viewer` can see, with its pressure;
/// `None` when it sees none.
pub fn worst_seen_at(scn: &Scenario, world: &World, viewer: Side, place: PlaceId) -> Option<(Level, f64)> {
    world.stocks[place.index()]
        .iter()
        .filter(|s| sees_stock(world, viewer, place, s.kind))
        .map(|s| {
            let p = pressure::of_stock(scn, world, s);
            (pressure::level(scn, s.kind, p), p)
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
}

/// The place whose stock of `kind` is the most pressed among those `viewer` can see.
pub fn most_pressed_seen(scn: &Scenario, world: &World, viewer: Side, kind: StockKind) -> Option<(PlaceId, f64)> {
    (0..world.stocks.len())
        .map(|p| PlaceId(p as u16))
        .filter(|p| sees_stock(world, viewer, *p, kind))
        .filter_map(|p| world.stock(p, kind).map(|s| (p, pressure::of_stock(scn, world, s))))
        .max_by(|a, b| a.1.total_cmp(&b.1))
}

/// Whether an order of `side`'s secret action given in `turn` is known to `viewer`.
fn sees_secret(world: &World, viewer: Side, side: Side, turn: u32) -> bool {
    viewer == side || turn < world.side(side).secrets_revealed_before
}

/// Whether `viewer` knows about a project (a secret one is known once revealed).
pub fn sees_project(world: &World, viewer: Side, project: ProjectId) -> bool {
    world.project(project).is_none_or(|p| !p.secret || sees_secret(world, viewer, p.side, p.started))
}

fn sees_cause(scn: &Scenario, world: &World, viewer: Side, cause: &Cause, turn: u32) -> bool {
    match cause {
        Cause::Order { side, action } => !scn.action(*action).secret || sees_secret(world, viewer, *side, turn),
        Cause::Milestone { project, .. } => sees_project(world, viewer, *project),
        Cause::Pressure { place, kind } => sees_stock(world, viewer, *place, *kind),
        _ => true,
    }
}

fn sees_quantity(world: &World, viewer: Side, quantity: &Quantity) -> bool {
    match quantity {
        Quantity::Demand(place, kind, _) | Quantity::Capacity(place, kind) | Quantity::Reserved(place, kind) => {
            sees_stock(world, viewer, *place, *kind)
        }
        // Each side's purse is its own business.
        Quantity::Resource(side, _) | Quantity::Income(side, _) => *side == viewer,
        Quantity::Indicator(_) => true,
    }
}

/// Whether `viewer` may see a log entry now.
pub fn sees(scn: &Scenario, world: &World, viewer: Side, entry: &Entry) -> bool {
    let turn = entry.turn;
    match &entry.happening {
        Happening::OrderGiven { order, secret } => !secret || sees_secret(world, viewer, order.side, turn),
        Happening::Reasoned(reason) => {
            let order = &reason.order;
            !scn.action(order.action).secret || sees_secret(world, viewer, order.side, turn)
        }
        Happening::Changed { quantity, cause, .. } => {
            sees_quantity(world, viewer, quantity) && sees_cause(scn, world, viewer, cause, turn)
        }
        Happening::Flag { cause, .. } | Happening::Draw { cause, .. } => sees_cause(scn, world, viewer, cause, turn),
        Happening::Revealed { .. } | Happening::SecretsRevealed { .. } => true,
        Happening::ProjectStarted(p)
        | Happening::ProjectCompleted(p)
        | Happening::MilestoneReached { project: p, .. } => sees_project(world, viewer, *p),
        Happening::ProjectWaiting { project, .. }
        | Happening::ProjectDelayed { project, .. }
        | Happening::ProjectBlocked { project, .. }
        | Happening::ProjectCancelled { project, .. }
        | Happening::ProjectMarked { project, .. } => sees_project(world, viewer, *project),
        Happening::LevelChanged { place, kind, .. } => sees_stock(world, viewer, *place, *kind),
        _ => true,
    }
}
