//! How far the world is from each ending, as a number from 0 to 1 worked out from the ending's
//! condition (any level, no scenario names here): what a goals screen and the debrief show,
//! and what `nuage simulate --format json` prints per turn. An ending that happened stands at 1.

use super::condition::{self, Context, count_projects};
use super::ids::*;
use super::pressure;
use super::rules::{Cmp, Condition};
use super::scenario::Scenario;
use super::world::{ProjectStatus, World};

/// Progress towards every ending of the level, in level order.
pub fn of_endings(scn: &Scenario, world: &World) -> Vec<f64> {
    (0..scn.endings.len()).map(|e| of_ending(scn, world, EndingId(e as u16))).collect()
}

/// How near a warning that fully holds puts its ending: near, not there.
const WARNED: f64 = 0.9;

/// Progress towards one ending: 1 once it has happened; for an ending weighed only at the last
/// turn, the share of the calendar gone by; otherwise its condition's progress, or its warning's
/// (scaled to `WARNED`) when that is further along: a vote decided by a draw is a yes/no
/// condition, and the warning says how near the vote is.
pub fn of_ending(scn: &Scenario, world: &World, ending: EndingId) -> f64 {
    if let Some(outcome) = &world.outcome {
        return if outcome.ending == ending { 1.0 } else { 0.0 };
    }
    let def = &scn.endings[ending.index()];
    let calendar = ((world.turn + 1) as f64 / world.turns(scn).max(1) as f64).min(1.0);
    let ctx = Context::default();
    let condition = of_condition(scn, world, &def.condition, &ctx);
    if def.last_turn_only {
        return calendar.min(condition);
    }
    let warned = def.warning.as_ref().map_or(0.0, |(w, _)| WARNED * of_condition(scn, world, w, &ctx));
    condition.max(warned)
}

/// How far a condition is from holding, from 0 to 1 (1 when it holds). Numbers move from where
/// the level starts them towards the threshold; yes/no conditions are 0 or 1; `All` is its
/// furthest part (every part is needed), leaving out the season it waits for; `Any` its best.
pub fn of_condition(scn: &Scenario, world: &World, cond: &Condition, ctx: &Context) -> f64 {
    if condition::holds(scn, world, cond, ctx) {
        return 1.0;
    }
    let fraction = match cond {
        Condition::Indicator(i, cmp, v) => {
            towards(scn.indicators[i.index()].initial, world.indicators[i.index()], *cmp, *v)
        }
        Condition::Resource(side, r, cmp, v) => {
            let start = scn.side(*side).resources[r.index()].initial;
            towards(start, world.side(*side).resources[r.index()], *cmp, *v)
        }
        Condition::Pressure(at, kind, cmp, v) => {
            let now = ctx.stock_place(scn, *at, *kind);
            now.map_or(0.0, |p| ratio(pressure::at(scn, world, p, *kind), *cmp, *v))
        }
        Condition::MaxPressure(kind, cmp, v) => ratio(pressure::max_of_kind(scn, world, *kind), *cmp, *v),
        Condition::Demand(user, kind, cmp, v) => ratio(pressure::demand_of(world, *user, *kind), *cmp, *v),
        Condition::Completed(tag, cmp, n) | Condition::UnderWay(tag, cmp, n) => {
            let status =
                if matches!(cond, Condition::Completed(..)) { ProjectStatus::Completed } else { ProjectStatus::Active };
            ratio(count_projects(scn, world, tag, status) as f64, *cmp, *n as f64)
        }
        Condition::Turn(cmp, n) => ratio(world.turn as f64, *cmp, *n as f64),
        Condition::All(parts) => {
            // A season is when an ending can strike, not how near it is.
            let distance = parts.iter().filter(|c| !matches!(c, Condition::Season(_)));
            distance.map(|c| of_condition(scn, world, c, ctx)).reduce(f64::min).unwrap_or(0.0)
        }
        Condition::Any(parts) => parts.iter().map(|c| of_condition(scn, world, c, ctx)).fold(0.0, f64::max),
        // Yes/no conditions that do not hold.
        _ => 0.0,
    };
    // Only a condition that holds stands at 1.
    fraction.clamp(0.0, 0.99)
}

/// From `start` towards `target`: the share of the way covered (a hub rank falling from 44
/// towards 6 is halfway at 25).
fn towards(start: f64, now: f64, cmp: Cmp, target: f64) -> f64 {
    let (gap, covered) = match cmp {
        Cmp::AtLeast => (target - start, now - start),
        Cmp::Below => (start - target, start - now),
    };
    if gap <= 0.0 { 0.0 } else { covered / gap }
}

/// A quantity that starts from nothing (a pressure, a count): how near it is to its threshold.
fn ratio(now: f64, cmp: Cmp, target: f64) -> f64 {
    match cmp {
        Cmp::AtLeast if target > 0.0 => now / target,
        Cmp::Below if now > 0.0 => target / now,
        _ => 0.0,
    }
}

/// For an ending that holds once a flag is set, where an action's draw sets the flag (a
/// council's vote): the best chance that draw has now, over the actions that make it, on
/// `world` as the reader knows it. `None` for an ending no draw decides. The goals show it
/// beside the progress, so that "Moratorium 90%" does not read as nine chances in ten while the
/// vote itself stands at 0%.
pub fn draw_odds(scn: &Scenario, world: &World, ending: EndingId) -> Option<f64> {
    let mut flags = Vec::new();
    required_flags(&scn.endings[ending.index()].condition, &mut flags);
    let mut best: Option<f64> = None;
    for def in &scn.actions {
        for draw in drawn_flags(&def.effects) {
            if flags.contains(&draw.flag) {
                let chance = super::odds::chance(world, draw.base, draw.per_indicator);
                best = Some(best.map_or(chance, |b: f64| b.max(chance)));
            }
        }
    }
    best
}

/// The flags a condition needs set.
fn required_flags(cond: &Condition, out: &mut Vec<FlagId>) {
    match cond {
        Condition::Flag(f) => out.push(*f),
        Condition::All(parts) => parts.iter().for_each(|c| required_flags(c, out)),
        _ => {}
    }
}

/// A draw that sets a flag when it succeeds.
struct FlagDraw<'a> {
    flag: FlagId,
    base: f64,
    per_indicator: &'a [(IndicatorId, f64)],
}

/// The draws among `effects` (and under their conditions) that set a flag on success.
fn drawn_flags(effects: &[super::rules::Effect]) -> Vec<FlagDraw<'_>> {
    use super::rules::Effect;
    let mut out = Vec::new();
    for effect in effects {
        match effect {
            Effect::Chance { base, per_indicator, then, .. } => {
                for e in then {
                    if let Effect::SetFlag(flag) = e {
                        out.push(FlagDraw { flag: *flag, base: *base, per_indicator: per_indicator.as_slice() });
                    }
                }
            }
            Effect::If(_, inner) => out.extend(drawn_flags(inner)),
            _ => {}
        }
    }
    out
}
