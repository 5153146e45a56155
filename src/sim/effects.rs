//! Applying a level's effects to the world, recording each change with its cause.

use rand::RngExt;

use super::condition::{self, Context};
use super::happening::{Cause, Happening, Quantity};
use super::ids::*;
use super::rules::{Effect, PlaceRef};
use super::scenario::{Scenario, StockKind};
use super::world::{ProjectStatus, World};

/// Everything an effect needs besides the world: what it targets and why it happens.
pub struct Apply<'a> {
    pub scn: &'a Scenario,
    pub ctx: Context,
    pub cause: Cause,
}

impl Apply<'_> {
    pub fn all(&self, world: &mut World, effects: &[Effect], out: &mut Vec<Happening>) {
        for effect in effects {
            self.one(world, effect, out);
        }
    }

    fn changed(&self, out: &mut Vec<Happening>, quantity: Quantity, delta: f64) {
        if delta != 0.0 {
            out.push(Happening::Changed { quantity, delta, cause: self.cause.clone() });
        }
    }

    /// The place whose stock of `kind` an effect at `at` lands on.
    fn stock_place(&self, at: PlaceRef, kind: StockKind) -> Option<PlaceId> {
        self.ctx.stock_place(self.scn, at, kind)
    }

    fn one(&self, world: &mut World, effect: &Effect, out: &mut Vec<Happening>) {
        let scn = self.scn;
        match effect {
            Effect::Indicator(i, delta) => {
                let def = &scn.indicators[i.index()];
                let value = &mut world.indicators[i.index()];
                let sum = *value + delta;
                let new = if sum.is_nan() { *value } else { sum.clamp(def.min, def.max) };
                let applied = new - *value;
                *value = new;
                self.changed(out, Quantity::Indicator(*i), applied);
            }
            Effect::Resource(side, r, delta) => {
                let applied = add_at_least_zero(&mut world.side_mut(*side).resources[r.index()], *delta);
                self.changed(out, Quantity::Resource(*side, *r), applied);
            }
            Effect::Income(side, r, delta) => {
                let income = &mut world.side_mut(*side).extra_income[r.index()];
                let new = super::bounds::add_signed(*income, *delta);
                let applied = new - *income;
                *income = new;
                self.changed(out, Quantity::Income(*side, *r), applied);
            }
            Effect::Demand(at, kind, user, delta) => {
                let Some(place) = self.stock_place(*at, *kind) else { return };
                let Some(stock) = world.stock_mut(place, *kind) else { return };
                let applied = add_at_least_zero(&mut stock.demand[user.index()], *delta);
                self.changed(out, Quantity::Demand(place, *kind, *user), applied);
            }
            Effect::Capacity(at, kind, delta) => {
                let Some(place) = self.stock_place(*at, *kind) else { return };
                let Some(stock) = world.stock_mut(place, *kind) else { return };
                let applied = add_at_least_zero(&mut stock.capacity, *delta);
                self.changed(out, Quantity::Capacity(place, *kind), applied);
            }
            Effect::Reserve(at, kind, delta) => {
                let Some(place) = self.stock_place(*at, *kind) else { return };
                let Some(stock) = world.stock_mut(place, *kind) else { return };
                let applied = add_at_least_zero(&mut stock.reserved, *delta);
                self.changed(out, Quantity::Reserved(place, *kind), applied);
            }
            Effect::Mark(mark) => {
                if let Some(p) = self.active_project(world) {
                    let marks = &mut world.projects[p.index()].marks;
                    if marks.insert(mark.clone()) {
                        out.push(Happening::ProjectMarked {
                            project: p,
                            mark: mark.clone(),
                            cause: self.cause.clone(),
                        });
                    }
                }
            }
            Effect::SetFlag(f) | Effect::ClearFlag(f) => {
                let on = matches!(effect, Effect::SetFlag(_));
                if world.flags[f.index()] != on {
                    world.flags[f.index()] = on;
                    out.push(Happening::Flag { flag: *f, on, cause: self.cause.clone() });
                }
            }
            Effect::Reveal(at, kind) => {
                if let Some(place) = self.stock_place(*at, *kind) {
                    self.reveal(world, place, *kind, out);
                }
            }
            Effect::RevealKind(kind) => {
                for p in 0..world.stocks.len() {
                    self.reveal(world, PlaceId(p as u16), *kind, out);
                }
            }
            Effect::RevealSecrets(side) => {
                let turn = world.turn + 1;
                let state = world.side_mut(*side);
                if state.secrets_revealed_before < turn {
                    state.secrets_revealed_before = turn;
                    out.push(Happening::SecretsRevealed { side: *side, cause: self.cause.clone() });
                }
            }
            Effect::Delay(turns) => {
                if let Some(p) = self.active_project(world) {
                    let project = &mut world.projects[p.index()];
                    project.remaining = super::bounds::add_turns(project.remaining, *turns);
                    out.push(Happening::ProjectDelayed { project: p, turns: *turns, cause: self.cause.clone() });
                }
            }
            Effect::Block(turns) => {
                if let Some(p) = self.active_project(world) {
                    let project = &mut world.projects[p.index()];
                    project.blocked = project.blocked.max((*turns).min(super::bounds::MAX_TURNS_LEFT));
                    out.push(Happening::ProjectBlocked { project: p, turns: *turns, cause: self.cause.clone() });
                }
            }
            Effect::Cancel => {
                if let Some(p) = self.active_project(world) {
                    world.projects[p.index()].status = ProjectStatus::Cancelled;
                    out.push(Happening::ProjectCancelled { project: p, cause: self.cause.clone() });
                }
            }
            Effect::DelayTagged(tag, turns) => {
                for i in 0..world.projects.len() {
                    let project = &world.projects[i];
                    let tagged = scn.action(project.action).project.as_ref().is_some_and(|d| d.tags.contains(tag));
                    if project.status == ProjectStatus::Active && tagged {
                        let remaining = &mut world.projects[i].remaining;
                        *remaining = super::bounds::add_turns(*remaining, *turns);
                        let project = ProjectId(i as u16);
                        out.push(Happening::ProjectDelayed { project, turns: *turns, cause: self.cause.clone() });
                    }
                }
            }
            Effect::Chance { base, per_indicator, then, otherwise } => {
                let chance = super::odds::chance(world, *base, per_indicator);
                let success = world.rng.random::<f64>() < chance;
                out.push(Happening::Draw { chance, success, cause: self.cause.clone() });
                self.all(world, if success { then } else { otherwise }, out);
            }
            Effect::If(cond, effects) => {
                if condition::holds(scn, world, cond, &self.ctx) {
                    self.all(world, effects, out);
                }
            }
        }
    }

    fn reveal(&self, world: &mut World, place: PlaceId, kind: StockKind, out: &mut Vec<Happening>) {
        if let Some(stock) = world.stock_mut(place, kind).filter(|s| s.hidden) {
            stock.hidden = false;
            out.push(Happening::Revealed { place, kind, cause: self.cause.clone() });
        }
    }

    fn active_project(&self, world: &World) -> Option<ProjectId> {
        self.ctx.project.filter(|p| world.project(*p).is_some_and(|p| p.status == ProjectStatus::Active))
    }
}

/// Adds `delta` to a quantity that cannot go below zero; returns what was actually added.
fn add_at_least_zero(value: &mut f64, delta: f64) -> f64 {
    let new = super::bounds::add_amount(*value, delta);
    let applied = new - *value;
    *value = new;
    applied
}
