//! How a computer player values a world for its side, broken into factors so that a choice
//! can be explained ("weighing the progress of the builders' projects -4, awareness +2").

use crate::sim::condition::{self, Context};
use crate::sim::scenario::{Scenario, Side, Winner};
use crate::sim::world::{ProjectStatus, World};
use crate::sim::{EndingId, Factor, ResourceId, score};

/// Value of winning (or, negated, losing) the game outright.
const WIN: f64 = 1000.0;
/// An ending where nobody wins is bad for both sides, less than a loss.
const NOBODY: f64 = -800.0;
/// A whole project's progress: projects pay only once complete.
const PROGRESS: f64 = 12.0;
/// An ending's warning holding: the author's hint that it is near.
const WARNING: f64 = 6.0;
/// Holding enough of a resource for one typical action. Weighed 3, the players hoarded; 1.5,
/// they spent on anything (design/balance.md).
const RESOURCE: f64 = 2.2;

/// The factors a side weighs, in a fixed order, with how to measure each.
pub struct Valuation {
    side: Side,
    factors: Vec<Factor>,
    /// For each resource of the side: the mean cost of the actions that use it.
    typical_cost: Vec<f64>,
}

impl Valuation {
    /// `warnings`: whether endings' warnings count, the level author's hints that an ending is
    /// near. A player looking one turn ahead needs them; one looking further does better
    /// without, as they make builders stop short of their own ending (design/ai.md).
    pub fn new(scn: &Scenario, side: Side, warnings: bool) -> Valuation {
        let mut factors = Vec::new();
        for s in Side::BOTH {
            factors.extend((0..scn.scores[s.index()].len()).map(|i| Factor::Score(s, i as u16)));
            factors.push(Factor::Progress(s));
        }
        let resources = scn.side(side).resources.len();
        factors.extend((0..resources).map(|r| Factor::Resource(side, ResourceId(r as u16))));
        for (i, ending) in scn.endings.iter().enumerate() {
            factors.push(Factor::Ending(EndingId(i as u16)));
            if warnings && ending.warning.is_some() && ending.winner != Winner::ByScore {
                factors.push(Factor::Warning(EndingId(i as u16)));
            }
        }
        let typical_cost = (0..resources)
            .map(|r| {
                let costs: Vec<f64> = scn
                    .actions_of(side)
                    .filter_map(|(_, a)| a.cost.iter().find(|(id, _)| id.index() == r).map(|(_, c)| *c))
                    .collect();
                if costs.is_empty() { f64::INFINITY } else { costs.iter().sum::<f64>() / costs.len() as f64 }
            })
            .collect();
        Valuation { side, factors, typical_cost }
    }

    pub fn factors(&self) -> &[Factor] {
        &self.factors
    }

    /// The weighted contribution of each factor, in the order of [`Valuation::factors`].
    pub fn parts(&self, scn: &Scenario, world: &World) -> Vec<f64> {
        let me = self.side;
        let sign = |s: Side| if s == me { 1.0 } else { -1.0 };
        self.factors
            .iter()
            .map(|factor| match *factor {
                Factor::Score(s, i) => sign(s) * score::term(scn, world, &scn.scores[s.index()][i as usize]),
                Factor::Progress(s) => sign(s) * PROGRESS * progress(scn, world, s),
                Factor::Resource(s, r) => {
                    let have = world.side(s).resources[r.index()];
                    let cost = self.typical_cost[r.index()];
                    if cost.is_finite() && cost > 0.0 { RESOURCE * (have / cost).min(3.0) } else { 0.0 }
                }
                Factor::Ending(e) => match &world.outcome {
                    Some(o) if o.ending == e => match o.winner {
                        Some(w) => sign(w) * WIN,
                        None => NOBODY,
                    },
                    _ => 0.0,
                },
                Factor::Warning(e) => {
                    let ending = &scn.endings[e.index()];
                    let holds = world.outcome.is_none()
                        && ending
                            .warning
                            .as_ref()
                            .is_some_and(|(c, _)| condition::holds(scn, world, c, &Context::default()));
                    let stake = match ending.winner {
                        Winner::Side(w) => sign(w) * WARNING,
                        _ => -WARNING,
                    };
                    if holds { stake } else { 0.0 }
                }
            })
            .collect()
    }
}

/// Share of its value a stalled project keeps: it may never move again.
const STALLED: f64 = 0.25;

/// How far a side's projects under way have come, summed (1.0 = one whole project). A project
/// whose current step cannot progress now (a saturated grid, an export ban) counts for less.
pub fn progress(scn: &Scenario, world: &World, side: Side) -> f64 {
    world
        .projects
        .iter()
        .filter(|p| p.side == side && p.status == ProjectStatus::Active)
        .filter_map(|p| {
            let def = scn.action(p.action).project.as_ref()?;
            let milestone = &def.milestones[p.milestone];
            let step = milestone.turns.max(1) as f64;
            let done = p.milestone as f64 + 1.0 - (p.remaining as f64 / step).min(1.0);
            let ctx = Context { place: p.place, project: Some(p.id) };
            let moving = p.blocked == 0 && condition::first_failing(scn, world, &milestone.requires, &ctx).is_none();
            Some(done / def.milestones.len() as f64 * if moving { 1.0 } else { STALLED })
        })
        .sum()
}
