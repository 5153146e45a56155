//! The odds of an action's draws as the world stands: what a player is shown before choosing
//! it, computed by the same rule that makes the draw.

use super::condition::{self, Context};
use super::rules::Effect;
use super::{ActionId, IndicatorId, Scenario, World};

/// One draw an action makes: its chance now, and the indicators that move it (up when their
/// factor is positive).
#[derive(Clone, Debug, PartialEq)]
pub struct Odds {
    pub chance: f64,
    pub raised_by: Vec<IndicatorId>,
    pub lowered_by: Vec<IndicatorId>,
}

/// The chance of a draw: `base` plus each indicator times its factor, between 0 and 1.
pub fn chance(world: &World, base: f64, per_indicator: &[(IndicatorId, f64)]) -> f64 {
    per_indicator.iter().fold(base, |acc, (i, factor)| acc + factor * world.indicators[i.index()]).clamp(0.0, 1.0)
}

/// Every draw the action's own effects would make now, in the order written (draws nested in a
/// draw's outcome are left out: their odds depend on the first). A draw under an `If` counts
/// only where its condition holds now: two alternative draws show as the one that applies.
pub fn of_action(scn: &Scenario, world: &World, action: ActionId) -> Vec<Odds> {
    of_order(scn, world, action, &Context::default())
}

/// [`of_action`] for an order aimed at the target of `ctx`, whose conditions may read it.
pub fn of_order(scn: &Scenario, world: &World, action: ActionId, ctx: &Context) -> Vec<Odds> {
    let mut out = Vec::new();
    collect(scn, world, ctx, &scn.action(action).effects, &mut out);
    out
}

fn collect(scn: &Scenario, world: &World, ctx: &Context, effects: &[Effect], out: &mut Vec<Odds>) {
    for effect in effects {
        match effect {
            Effect::Chance { base, per_indicator, .. } => out.push(Odds {
                chance: chance(world, *base, per_indicator),
                raised_by: per_indicator.iter().filter(|(_, f)| *f > 0.0).map(|(i, _)| *i).collect(),
                lowered_by: per_indicator.iter().filter(|(_, f)| *f < 0.0).map(|(i, _)| *i).collect(),
            }),
            Effect::If(cond, inner) if condition::holds(scn, world, cond, ctx) => collect(scn, world, ctx, inner, out),
            _ => {}
        }
    }
}
