//! Evaluating a level's conditions against the world.

use super::ids::*;
use super::pressure;
use super::rules::{Condition, PlaceRef};
use super::scenario::{Scenario, StockKind};
use super::world::{ProjectStatus, World};

/// What a condition or effect is about: the acting side's target place and project.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    pub place: Option<PlaceId>,
    pub project: Option<ProjectId>,
}

impl Context {
    pub fn place(&self, at: PlaceRef) -> Option<PlaceId> {
        match at {
            PlaceRef::Id(p) => Some(p),
            PlaceRef::Target => self.place,
        }
    }

    /// The place whose stock of `kind` a rule at `at` reads or changes: the place itself, or its
    /// water or power supplier.
    pub fn stock_place(&self, scn: &Scenario, at: PlaceRef, kind: StockKind) -> Option<PlaceId> {
        self.place(at).and_then(|p| pressure::supplier(scn, p, kind))
    }
}

/// Projects carrying a tag in a given status.
pub fn count_projects(scn: &Scenario, world: &World, tag: &str, status: ProjectStatus) -> u32 {
    world
        .projects
        .iter()
        .filter(|p| p.status == status)
        .filter(|p| scn.action(p.action).project.as_ref().is_some_and(|d| d.tags.iter().any(|t| t == tag)))
        .count() as u32
}

pub fn holds(scn: &Scenario, world: &World, cond: &Condition, ctx: &Context) -> bool {
    holds_reading(scn, world, cond, ctx, &Direct)
}

/// The world-wide figures a condition may read: each one is a pass over every stock.
trait Totals {
    fn max_pressure(&self, scn: &Scenario, world: &World, kind: StockKind) -> f64;
    fn demand(&self, world: &World, user: UserId, kind: StockKind) -> f64;
}

/// Worked out anew at each reading.
struct Direct;

impl Totals for Direct {
    fn max_pressure(&self, scn: &Scenario, world: &World, kind: StockKind) -> f64 {
        pressure::max_of_kind(scn, world, kind)
    }
    fn demand(&self, world: &World, user: UserId, kind: StockKind) -> f64 {
        pressure::demand_of(world, user, kind)
    }
}

/// Conditions read many at a time on one world that does not change meanwhile (every news card
/// at a draw, every consequence at a turn's end): the world-wide figures are worked out once
/// for all of them. A level of a thousand cards over a thousand places read each of them a
/// thousand times a draw.
pub struct Batch<'a> {
    scn: &'a Scenario,
    world: &'a World,
    max: std::cell::RefCell<[Option<f64>; 5]>,
    demand: std::cell::RefCell<std::collections::BTreeMap<(UserId, StockKind), f64>>,
}

impl<'a> Batch<'a> {
    pub fn new(scn: &'a Scenario, world: &'a World) -> Batch<'a> {
        Batch { scn, world, max: Default::default(), demand: Default::default() }
    }

    /// Whether every condition of `conds` holds (as `first_failing` is `None`).
    pub fn all_hold(&self, conds: &[Condition], ctx: &Context) -> bool {
        conds.iter().all(|c| holds_reading(self.scn, self.world, c, ctx, self))
    }
}

impl Totals for Batch<'_> {
    fn max_pressure(&self, scn: &Scenario, world: &World, kind: StockKind) -> f64 {
        *self.max.borrow_mut()[kind.index()].get_or_insert_with(|| pressure::max_of_kind(scn, world, kind))
    }
    fn demand(&self, world: &World, user: UserId, kind: StockKind) -> f64 {
        *self.demand.borrow_mut().entry((user, kind)).or_insert_with(|| pressure::demand_of(world, user, kind))
    }
}

fn holds_reading(scn: &Scenario, world: &World, cond: &Condition, ctx: &Context, totals: &dyn Totals) -> bool {
    let holds = |c: &Condition| holds_reading(scn, world, c, ctx, totals);
    match cond {
        Condition::Always => true,
        Condition::Indicator(i, cmp, v) => cmp.holds(world.indicators[i.index()], *v),
        Condition::Resource(side, r, cmp, v) => cmp.holds(world.side(*side).resources[r.index()], *v),
        Condition::Pressure(at, kind, cmp, v) => {
            ctx.stock_place(scn, *at, *kind).is_some_and(|p| cmp.holds(pressure::at(scn, world, p, *kind), *v))
        }
        Condition::MaxPressure(kind, cmp, v) => cmp.holds(totals.max_pressure(scn, world, *kind), *v),
        Condition::Demand(user, kind, cmp, v) => cmp.holds(totals.demand(world, *user, *kind), *v),
        Condition::Flag(f) => world.flags[f.index()],
        Condition::Completed(tag, cmp, n) => {
            cmp.holds(count_projects(scn, world, tag, ProjectStatus::Completed) as f64, *n as f64)
        }
        Condition::UnderWay(tag, cmp, n) => {
            cmp.holds(count_projects(scn, world, tag, ProjectStatus::Active) as f64, *n as f64)
        }
        Condition::Season(s) => scn.calendar.season(world.turn) == *s,
        Condition::Turn(cmp, n) => cmp.holds(world.turn as f64, *n as f64),
        Condition::TargetTagged(tag) => ctx.place.is_some_and(|p| scn.place(p).has_tag(tag)),
        Condition::Known(at, kind) => {
            ctx.stock_place(scn, *at, *kind).and_then(|p| world.stock(p, *kind)).is_some_and(|s| !s.hidden)
        }
        Condition::Booked(at, kind, cmp, v) => ctx
            .stock_place(scn, *at, *kind)
            .and_then(|p| world.stock(p, *kind))
            .is_some_and(|s| cmp.holds(pressure::booked(scn, world, s), *v)),
        Condition::Marked(mark) => ctx.project.and_then(|p| world.project(p)).is_some_and(|p| p.marks.contains(mark)),
        Condition::All(cs) => cs.iter().all(holds),
        Condition::Any(cs) => cs.iter().any(holds),
        Condition::Not(c) => !holds(c),
    }
}

/// Index of the first condition of a list that does not hold.
pub fn first_failing(scn: &Scenario, world: &World, conds: &[Condition], ctx: &Context) -> Option<usize> {
    conds.iter().position(|c| !holds(scn, world, c, ctx))
}
