//! Computer players for either side, at three difficulties. They know only their side's view
//! of the game (`sim::View`: no hidden figure, no secret of the other side, not its purse),
//! and reach the world only through the core's public interface (legal orders, `apply`,
//! `end_phase`). They decide by looking ahead in worlds they could believe in: every legal
//! order is tried, the most promising are played out for several turns in several such worlds,
//! and the best is kept if it beats doing nothing. Nothing is tied to one level.

pub mod evaluate;

use std::fmt;
use std::str::FromStr;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::sim::{Factor, Order, Phase, Reason, Scenario, Side, View, World, orders, resolve};
use evaluate::Valuation;

/// How hard a computer player tries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub const ALL: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard];

    /// The search of this difficulty for `side`. Easy and medium search alike for both sides.
    /// Hard spends its budget where it pays for each side (measured, design/ai.md): builders
    /// weigh more believable worlds over a shorter horizon (the sooner their projects pay, the
    /// better a guess about three turns serves them), the collective looks six turns ahead
    /// (its campaigns take that long to tell).
    fn search(self, side: Side) -> Search {
        match self {
            Difficulty::Easy => Search {
                first_turns: 1,
                first_samples: 1,
                keep: 3,
                samples: 1,
                horizon: 1,
                warnings: true,
                blunder: 0.15,
            },
            Difficulty::Medium => Search {
                first_turns: 2,
                first_samples: 2,
                keep: 4,
                samples: 2,
                horizon: 4,
                warnings: false,
                blunder: 0.0,
            },
            Difficulty::Hard if side == Side::Builder => Search {
                first_turns: 2,
                first_samples: 8,
                keep: 4,
                samples: 8,
                horizon: 3,
                warnings: false,
                blunder: 0.0,
            },
            Difficulty::Hard => Search {
                first_turns: 2,
                first_samples: 4,
                keep: 4,
                samples: 8,
                horizon: 6,
                warnings: false,
                blunder: 0.0,
            },
        }
    }
}

impl FromStr for Difficulty {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "easy" => Ok(Difficulty::Easy),
            "medium" => Ok(Difficulty::Medium),
            "hard" => Ok(Difficulty::Hard),
            _ => Err(format!("unknown difficulty `{s}`: choose easy, medium or hard")),
        }
    }
}

impl fmt::Display for Difficulty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        })
    }
}

/// The shape of the look-ahead.
struct Search {
    /// Turns the first look at every legal order lasts. Two turns let an order that pays off
    /// only after the other side's reply (an alliance, a legal training) reach the play-outs.
    first_turns: u32,
    /// Draws of chance in the first look.
    first_samples: usize,
    /// Candidates kept after the first look.
    keep: usize,
    /// Draws of chance each kept candidate is played out under.
    samples: usize,
    /// Turns each play-out lasts.
    horizon: u32,
    /// Whether endings' warnings are weighed (see `Valuation::new`).
    warnings: bool,
    /// Chance of playing one of the kept candidates at random instead of the best.
    blunder: f64,
}

/// The work one decision may cost, in turns played out times the level's size (its places and
/// cards, what a turn's resolution walks through). Marseille's hardest decisions cost about
/// two thirds of it, so it never binds there; on a level of thousands of targetable places
/// it keeps a decision near a tenth of a second on this project's 2-core machine (`nuage
/// bench`, design/reliability.md) instead of the minute an unbounded search took.
const WORK_BUDGET: f64 = 100_000.0;

/// What a decision may look at within [`WORK_BUDGET`]: the draws of chance of the first look and
/// of the play-outs, how far the play-outs go, and how many candidates the first look weighs.
struct Budget {
    first_samples: usize,
    samples: usize,
    horizon: u32,
    candidates: usize,
}

impl Budget {
    /// The search's own shape where it fits. On a level too large for it, half the budget goes
    /// to the play-outs of the kept candidates (fewer draws, down to one, then shorter play-outs,
    /// down to a turn), the rest to the first look (fewer candidates, never fewer than it keeps).
    fn of(scn: &Scenario, search: &Search, candidates: usize) -> Budget {
        let size = level_size(scn);
        let plays = (search.keep + 1) as f64;
        let affordable = |turns: f64| ((WORK_BUDGET / 2.0) / (size * plays * turns)).floor().max(1.0);
        let horizon = search.horizon.max(1).min(affordable(1.0) as u32);
        let samples = search.samples.max(1).min(affordable(horizon as f64) as usize);
        let first_samples = search.first_samples.clamp(1, samples);
        let left = (WORK_BUDGET - size * plays * (horizon as usize * samples) as f64).max(0.0);
        let per_candidate = size * (first_samples as u32 * search.first_turns.max(1)) as f64;
        let room = ((left / per_candidate).floor() as usize).max(search.keep).min(candidates);
        Budget { first_samples, samples, horizon, candidates: room }
    }
}

/// An order must beat doing nothing by this much to be worth an action point.
const MIN_GAIN: f64 = 0.3;
/// Factors shown in a reason.
const REASON_FACTORS: usize = 2;

/// A computer player for one side.
pub struct Ai {
    side: Side,
    search: Search,
    valuation: Valuation,
    rng: ChaCha8Rng,
}

/// A candidate's mean value over its play-outs, factor by factor.
struct Outlook {
    parts: Vec<f64>,
    total: f64,
}

impl Ai {
    pub fn new(scn: &Scenario, side: Side, difficulty: Difficulty, seed: u64) -> Ai {
        let stream = seed ^ 0xa1a1_5eed_0000_0000 ^ (side.index() as u64 + 1).wrapping_mul(0x2545_f491_4f6c_dd1d);
        let search = difficulty.search(side);
        Ai {
            side,
            valuation: Valuation::new(scn, side, search.warnings),
            search,
            rng: ChaCha8Rng::seed_from_u64(stream),
        }
    }

    /// The next order and why, in the view's terms, or `None` to end the phase. The player
    /// knows only its view: it plays out every candidate in several worlds it could believe in
    /// (`View::plausible_world`), one per draw of chance, the same worlds for every candidate.
    pub fn decide(&mut self, scn: &Scenario, view: &View) -> Option<Reason> {
        let world = &view.world;
        if world.phase != Phase::Orders(self.side) {
            return None;
        }
        let candidates = orders::legal_orders(scn, world, self.side);
        if candidates.is_empty() {
            return None;
        }
        let budget = Budget::of(scn, &self.search, candidates.len());
        let candidates = thin(candidates, budget.candidates, &mut self.rng);
        let seeds: Vec<u64> = (0..budget.samples).map(|_| self.rng.random()).collect();
        let worlds: Vec<World> = seeds.iter().map(|seed| view.plausible_world(scn, *seed)).collect();
        // A first look at every order, a turn or two ahead under one or two draws.
        let first_worlds = &worlds[..budget.first_samples.clamp(1, worlds.len())];
        let first_turns = self.search.first_turns;
        let mut first: Vec<(f64, Order)> = candidates
            .iter()
            .filter_map(|o| self.outlook(scn, first_worlds, Some(o), first_turns).map(|v| (v.total, *o)))
            .collect();
        first.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        first.truncate(self.search.keep);
        // The kept ones, played out further under every draw, against doing nothing.
        let horizon = budget.horizon;
        let pass = self.outlook(scn, &worlds, None, horizon)?;
        let mut kept: Vec<(Order, Outlook)> =
            first.iter().filter_map(|(_, o)| self.outlook(scn, &worlds, Some(o), horizon).map(|v| (*o, v))).collect();
        kept.sort_by(|a, b| b.1.total.total_cmp(&a.1.total).then(a.0.cmp(&b.0)));
        let pick = if self.search.blunder > 0.0 && self.rng.random::<f64>() < self.search.blunder {
            self.rng.random_range(0..kept.len())
        } else {
            0
        };
        let (order, outlook) = kept.into_iter().nth(pick)?;
        if outlook.total < pass.total + MIN_GAIN {
            return None;
        }
        Some(Reason { order, factors: self.explain(&outlook, &pass) })
    }

    /// The mean value of playing `order` (or nothing) then `horizon` turns without orders, over
    /// the believable worlds given (each with its own draws of chance).
    fn outlook(&self, scn: &Scenario, worlds: &[World], order: Option<&Order>, horizon: u32) -> Option<Outlook> {
        let mut parts = vec![0.0; self.valuation.factors().len()];
        for world in worlds {
            let mut copy = world.clone();
            if let Some(order) = order {
                orders::apply(scn, &mut copy, order).ok()?;
            }
            play_out(scn, &mut copy, horizon, self.side);
            for (sum, part) in parts.iter_mut().zip(self.valuation.parts(scn, &copy)) {
                *sum += part / worlds.len() as f64;
            }
        }
        let total = parts.iter().sum();
        Some(Outlook { parts, total })
    }

    /// The factors that most favour the choice over doing nothing.
    fn explain(&self, chosen: &Outlook, pass: &Outlook) -> Vec<(Factor, f64)> {
        let mut gains: Vec<(Factor, f64)> = self
            .valuation
            .factors()
            .iter()
            .zip(chosen.parts.iter().zip(&pass.parts))
            .map(|(f, (c, p))| (*f, c - p))
            .filter(|(_, d)| d.abs() > 0.05)
            .collect();
        gains.sort_by(|a, b| b.1.total_cmp(&a.1));
        gains.truncate(REASON_FACTORS);
        gains
    }
}

/// At most `room` of the candidates, taken in turn from each action (a random target of
/// each, then another), so that a level with thousands of targets keeps every kind of order in
/// a search. The candidates as they are, and no draw made, when they fit.
pub fn thin(candidates: Vec<Order>, room: usize, rng: &mut ChaCha8Rng) -> Vec<Order> {
    if candidates.len() <= room {
        return candidates;
    }
    let mut by_action: Vec<Vec<Order>> = Vec::new();
    for order in candidates {
        match by_action.last_mut() {
            Some(group) if group[0].action == order.action => group.push(order),
            _ => by_action.push(vec![order]),
        }
    }
    let mut kept = Vec::with_capacity(room);
    while kept.len() < room {
        for group in by_action.iter_mut().filter(|g| !g.is_empty()) {
            if kept.len() == room {
                break;
            }
            let at = rng.random_range(0..group.len());
            kept.push(group.swap_remove(at));
        }
    }
    kept.sort();
    kept
}

/// How many candidates a search that plays each out for `turns` turns may weigh on this level
/// within [`WORK_BUDGET`] (the greedy policy's one-turn look).
pub fn room_for(scn: &Scenario, turns: u32) -> usize {
    (WORK_BUDGET / (level_size(scn) * turns.max(1) as f64)).floor().max(1.0) as usize
}

/// What one turn's resolution walks through on this level, the unit of [`WORK_BUDGET`].
fn level_size(scn: &Scenario) -> f64 {
    (scn.places.len() + scn.events.len() + 1) as f64
}

/// Plays `turns` turns ahead with a cheap default: each phase, the opponent starts the first
/// project it can, and gives no other order; the deciding side gives none after the order it is
/// weighing, so that putting things off never looks free.
fn play_out(scn: &Scenario, world: &mut World, turns: u32, me: Side) {
    let mut resolved = 0;
    while let Phase::Orders(side) = world.phase {
        if side != me {
            start_a_project(scn, world, side);
        }
        if resolve::end_phase(scn, world, side).is_err() {
            break;
        }
        if side == Side::Collective {
            resolved += 1;
            if resolved >= turns {
                break;
            }
        }
    }
}

/// Applies the first legal order that starts a project, if any.
fn start_a_project(scn: &Scenario, world: &mut World, side: Side) {
    for (action, def) in scn.actions_of(side).filter(|(_, d)| d.project.is_some()) {
        for target in orders::candidate_targets(scn, world, side, &def.target) {
            let order = Order { side, action, target };
            if orders::apply(scn, world, &order).is_ok() {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn busy() -> Scenario {
        crate::level::parse("busy.ron", &crate::level::stress::busy_turns()).expect("the busy level loads")
    }

    fn bundled(name: &str) -> Scenario {
        crate::level::load(std::path::Path::new(&format!("levels/{name}.ron"))).expect("a bundled level loads")
    }

    /// The work a budget lets a decision do, in the unit of [`WORK_BUDGET`].
    fn work(scn: &Scenario, search: &Search, budget: &Budget) -> f64 {
        let first = budget.candidates * budget.first_samples * search.first_turns as usize;
        let later = (search.keep + 1) * budget.samples * budget.horizon as usize;
        level_size(scn) * (first + later) as f64
    }

    #[test]
    fn the_budget_leaves_the_bundled_levels_search_whole() {
        for name in ["marseille", "tutorial"] {
            let scn = bundled(name);
            for difficulty in Difficulty::ALL {
                for side in Side::BOTH {
                    let search = difficulty.search(side);
                    // More candidates than either level offers (51 at most in Marseille).
                    let budget = Budget::of(&scn, &search, 64);
                    assert_eq!(
                        (budget.first_samples, budget.samples, budget.horizon, budget.candidates),
                        (search.first_samples, search.samples, search.horizon, 64),
                        "{name}, {difficulty} {side:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_decision_on_a_level_of_thousands_of_targets_stays_within_the_budget() {
        let scn = busy();
        for difficulty in Difficulty::ALL {
            for side in Side::BOTH {
                let search = difficulty.search(side);
                let budget = Budget::of(&scn, &search, 2_000);
                assert!(budget.candidates >= search.keep && budget.candidates < 2_000, "{difficulty} {side:?}");
                assert!(work(&scn, &search, &budget) <= WORK_BUDGET, "{difficulty} {side:?}");
            }
        }
        assert!(room_for(&scn, 1) < 2_000 && room_for(&bundled("marseille"), 1) > 200);
    }

    #[test]
    fn thinning_keeps_every_action_and_draws_the_same_each_time() {
        let scn = busy();
        let game = crate::sim::Game::new(std::sync::Arc::new(scn.clone()), 1);
        let legal = orders::legal_orders(&scn, &game.world, Side::Builder);
        let actions: std::collections::BTreeSet<_> = legal.iter().map(|o| o.action).collect();
        assert!(legal.len() > 2_000 && actions.len() >= 2, "{} orders", legal.len());
        let thinned = thin(legal.clone(), 30, &mut ChaCha8Rng::seed_from_u64(5));
        assert_eq!(thinned.len(), 30);
        assert!(thinned.iter().all(|o| legal.contains(o)));
        assert_eq!(thinned.iter().map(|o| o.action).collect::<std::collections::BTreeSet<_>>(), actions);
        assert_eq!(thinned, thin(legal.clone(), 30, &mut ChaCha8Rng::seed_from_u64(5)));
        assert_eq!(thin(legal.clone(), 5_000, &mut ChaCha8Rng::seed_from_u64(5)), legal);
    }
}
