//! Pressure: demand over capacity, with the season's factors, and how it reads as a level.

use super::ids::*;
use super::scenario::{Scenario, StockKind};
use super::world::{Level, StockState, World};

/// Highest pressure reported, so that an empty stock with demand stays a finite number.
pub const MAX_PRESSURE: f64 = 10.0;

/// Whether seasons change a kind of stock unless the level says otherwise: flows (water, power,
/// heat) vary with the weather; land and extraction do not.
pub fn seasonal(kind: StockKind) -> bool {
    matches!(kind, StockKind::Water | StockKind::Power | StockKind::Heat)
}

/// A user's demand on a stock this season.
fn seasonal_demand(season: &super::scenario::SeasonDef, stock: &StockState, user: usize) -> f64 {
    let factor = if stock.seasonal { season.demand_factor(UserId(user as u16)) } else { 1.0 };
    stock.demand[user] * factor
}

/// Demand and capacity of a stock in the current season.
pub fn effective(scn: &Scenario, world: &World, stock: &StockState) -> (f64, f64) {
    let season = &scn.calendar.seasons[scn.calendar.season(world.turn).index()];
    let demand: f64 = (0..stock.demand.len()).map(|u| seasonal_demand(season, stock, u)).sum();
    let factor = if stock.seasonal { season.capacity_factor(stock.kind) } else { 1.0 };
    (demand, stock.capacity * factor)
}

/// (Demand + reserved) / capacity this season: how full the stock is booked, finite.
pub fn booked(scn: &Scenario, world: &World, stock: &StockState) -> f64 {
    let (demand, capacity) = effective(scn, world, stock);
    let demand = demand + stock.reserved;
    if capacity <= 0.0 {
        return if demand > 0.0 { MAX_PRESSURE } else { 0.0 };
    }
    (demand / capacity).clamp(0.0, MAX_PRESSURE)
}

/// Demand / capacity this season, finite and never negative.
pub fn of_stock(scn: &Scenario, world: &World, stock: &StockState) -> f64 {
    let (demand, capacity) = effective(scn, world, stock);
    if capacity <= 0.0 {
        return if demand > 0.0 { MAX_PRESSURE } else { 0.0 };
    }
    (demand / capacity).clamp(0.0, MAX_PRESSURE)
}

/// Pressure of a kind at a place; zero where the place has no such stock.
pub fn at(scn: &Scenario, world: &World, place: PlaceId, kind: StockKind) -> f64 {
    world.stock(place, kind).map_or(0.0, |s| of_stock(scn, world, s))
}

pub fn level(scn: &Scenario, kind: StockKind, pressure: f64) -> Level {
    let (strained, critical) = scn.pressure.thresholds(kind);
    if pressure >= critical {
        Level::Critical
    } else if pressure >= strained {
        Level::Strained
    } else {
        Level::Calm
    }
}

/// The highest pressure among every stock of a kind.
pub fn max_of_kind(scn: &Scenario, world: &World, kind: StockKind) -> f64 {
    world.stocks.iter().flatten().filter(|s| s.kind == kind).map(|s| of_stock(scn, world, s)).fold(0.0, f64::max)
}

/// Total demand of one user over every stock of a kind.
pub fn demand_of(world: &World, user: UserId, kind: StockKind) -> f64 {
    world.stocks.iter().flatten().filter(|s| s.kind == kind).map(|s| s.demand[user.index()]).sum()
}

/// Where a place's demand of a kind is drawn: the place itself, or its water or power supplier.
pub fn supplier(scn: &Scenario, place: PlaceId, kind: StockKind) -> Option<PlaceId> {
    let def = scn.place(place);
    if def.stock(kind).is_some() {
        return Some(place);
    }
    let next = match kind {
        StockKind::Water => def.water_from,
        StockKind::Power => def.power_from,
        _ => None,
    }?;
    scn.place(next).stock(kind).map(|_| next)
}

/// Each user's share of a stock actually served, users served in order of priority:
/// when a stock runs short, the last in line go without.
pub fn served(scn: &Scenario, world: &World, stock: &StockState) -> Vec<(UserId, f64)> {
    let season = &scn.calendar.seasons[scn.calendar.season(world.turn).index()];
    let (_, mut left) = effective(scn, world, stock);
    let mut order: Vec<usize> = (0..stock.demand.len()).filter(|&u| stock.demand[u] > 0.0).collect();
    order.sort_by_key(|&u| (scn.users[u].priority, u));
    order
        .into_iter()
        .map(|u| {
            let want = seasonal_demand(season, stock, u);
            let got = want.min(left.max(0.0));
            left -= got;
            (UserId(u as u16), if want > 0.0 { got / want } else { 1.0 })
        })
        .collect()
}
