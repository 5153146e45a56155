//! Built-in players, driven only through the core's public interface (legal orders, `check`,
//! `apply`) and deciding only from their side's view (`sim::View`): `passive`, `random` and
//! `greedy`, and the computer opponents of `crate::ai`. The CLI, tests and benchmarks play with
//! them.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::ai::evaluate::progress;
use crate::ai::{Ai, Difficulty};
use crate::sim::resolve;
use crate::sim::{Game, Order, Phase, Reason, Scenario, Side, View, World, orders, score};

/// Which built-in player.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PolicyKind {
    /// A computer opponent that looks ahead (see [`crate::ai`]).
    Ai(Difficulty),
    /// Gives no order: the baseline a scenario's drift plays out against.
    Passive,
    /// Any legal order, at random, until its action points run out.
    Random,
    /// The order whose result after this turn's resolution most improves its score lead.
    Greedy,
}

impl PolicyKind {
    /// The players that need no search: the baselines.
    pub const BUILT_IN: [PolicyKind; 3] = [PolicyKind::Passive, PolicyKind::Random, PolicyKind::Greedy];
}

impl FromStr for PolicyKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "passive" => Ok(PolicyKind::Passive),
            "random" => Ok(PolicyKind::Random),
            "greedy" => Ok(PolicyKind::Greedy),
            _ => match s.strip_prefix("ai:") {
                Some(level) => level.parse().map(PolicyKind::Ai),
                None => {
                    Err(format!("unknown player `{s}`: choose passive, random, greedy, ai:easy, ai:medium or ai:hard"))
                }
            },
        }
    }
}

impl fmt::Display for PolicyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PolicyKind::Passive => f.write_str("passive"),
            PolicyKind::Random => f.write_str("random"),
            PolicyKind::Greedy => f.write_str("greedy"),
            PolicyKind::Ai(d) => write!(f, "ai:{d}"),
        }
    }
}

/// A player's choice: an order, and for computer opponents the reason for it.
pub struct Decision {
    pub order: Order,
    pub reason: Option<Reason>,
}

/// A built-in player for one side, with its own generator (the world's stays untouched).
pub struct Policy {
    kind: PolicyKind,
    side: Side,
    rng: ChaCha8Rng,
    ai: Option<Ai>,
}

impl Policy {
    pub fn new(scn: &Scenario, kind: PolicyKind, side: Side, seed: u64) -> Policy {
        let stream = seed ^ (0x9e37_79b9_7f4a_7c15_u64.wrapping_mul(side.index() as u64 + 1));
        let ai = match kind {
            PolicyKind::Ai(difficulty) => Some(Ai::new(scn, side, difficulty, seed)),
            _ => None,
        };
        Policy { kind, side, rng: ChaCha8Rng::seed_from_u64(stream), ai }
    }

    /// The next order to give in `game`, or `None` to end the phase.
    pub fn next_order(&mut self, game: &Game) -> Option<Order> {
        self.decide(game).map(|d| d.order)
    }

    /// The next order in `game`, with the reason where the player can give one. The player
    /// decides from its side's view alone; the order comes back in the game's terms.
    pub fn decide(&mut self, game: &Game) -> Option<Decision> {
        let view = View::without_log(&game.scenario, &game.world, &game.history, self.side);
        let decision = self.decide_in_view(&game.scenario, &view)?;
        let order = view.game_order(decision.order)?;
        let reason = decision.reason.map(|r| Reason { order, ..r });
        Some(Decision { order, reason })
    }

    /// The next order as the player sees it, in the view's terms (projects numbered as the view
    /// numbers them).
    pub fn decide_in_view(&mut self, scn: &Scenario, view: &View) -> Option<Decision> {
        let world = &view.world;
        let plain = |order: Option<Order>| order.map(|order| Decision { order, reason: None });
        match self.kind {
            PolicyKind::Passive => None,
            PolicyKind::Random => {
                let legal = orders::legal_orders(scn, world, self.side);
                plain((!legal.is_empty()).then(|| legal[self.rng.random_range(0..legal.len())]))
            }
            PolicyKind::Greedy => {
                let seed: u64 = self.rng.random();
                plain(self.best_order(scn, &view.plausible_world(scn, seed)))
            }
            PolicyKind::Ai(_) => {
                let reason = self.ai.as_mut()?.decide(scn, view)?;
                Some(Decision { order: reason.order, reason: Some(reason) })
            }
        }
    }

    /// The order whose outlook after this turn is best, in one world the player believes in;
    /// every candidate faces the same draws of chance.
    /// On a level too large to weigh every order, a share of each action's targets is weighed
    /// (`ai::thin`).
    fn best_order(&mut self, scn: &Scenario, world: &World) -> Option<Order> {
        let baseline = lookahead(scn, world.clone(), self.side);
        let mut best: Option<(f64, Order)> = None;
        let legal = orders::legal_orders(scn, world, self.side);
        for order in crate::ai::thin(legal, crate::ai::room_for(scn, 1), &mut self.rng) {
            let mut after = world.clone();
            if orders::apply(scn, &mut after, &order).is_err() {
                continue;
            }
            let value = lookahead(scn, after, self.side);
            if value > baseline + MIN_GAIN && best.as_ref().is_none_or(|(v, _)| value > *v) {
                best = Some((value, order));
            }
        }
        best.map(|(_, order)| order)
    }
}

/// An order must improve the outlook by this much to be worth an action point.
const MIN_GAIN: f64 = 0.25;

/// Weight of a whole project's progress in the greedy outlook: projects pay off only when
/// complete, so a one-turn horizon would otherwise never start one.
const PROGRESS_WEIGHT: f64 = 12.0;

/// The side's lead once the current turn resolves with no further orders.
fn lookahead(scn: &Scenario, mut world: World, side: Side) -> f64 {
    while let Phase::Orders(s) = world.phase {
        if resolve::end_phase(scn, &mut world, s).is_err() {
            break;
        }
        if s == Side::Collective {
            break;
        }
    }
    if let Some(outcome) = &world.outcome {
        return match outcome.winner {
            Some(w) if w == side => 1e6,
            Some(_) => -1e6,
            None => -1e3,
        };
    }
    let lead = score::of(scn, &world, side) - score::of(scn, &world, side.other());
    lead + PROGRESS_WEIGHT * (progress(scn, &world, side) - progress(scn, &world, side.other()))
}

/// The most orders a computer player gives in one phase, whatever the level allows: the
/// validator refuses free unlimited actions, and this holds even if it did not.
pub const MAX_ORDERS_PER_PHASE: usize = 200;

/// Gives a player's orders for the current phase, with their reasons, until it stops; returns
/// false when it was stopped at [`MAX_ORDERS_PER_PHASE`] (the caller reports it). In a game
/// played team by team, it plays each team of the side in turn and leaves the phase's end to
/// the caller, as for a side without teams.
pub fn play_phase(game: &mut Game, player: &mut Policy) -> bool {
    let mut within = true;
    loop {
        within &= play_team(game, player);
        let Phase::Orders(side) = game.world.phase else { return within };
        if game.pass_to_next_team(side).is_none() {
            return within;
        }
    }
}

/// Gives a player's orders until it stops, as [`play_phase`] does, for the team at the keyboard
/// only when the game is played team by team (the rules refuse the others' cards).
pub fn play_team(game: &mut Game, player: &mut Policy) -> bool {
    for _ in 0..MAX_ORDERS_PER_PHASE {
        let Some(decision) = player.decide(game) else { return true };
        let given = match decision.reason {
            Some(reason) => game.give_explained(reason),
            None => game.give(&decision.order),
        };
        if given.is_err() {
            return true;
        }
    }
    false
}

/// Plays a whole game with one policy per side; returns the finished game.
pub fn play(scenario: Arc<Scenario>, seed: u64, builder: PolicyKind, collective: PolicyKind) -> Game {
    play_until(scenario, seed, builder, collective, |_| false)
}

/// Plays a game with one policy per side until `stop` holds at the start of a phase, before
/// that phase's orders, or to its end.
pub fn play_until(
    scenario: Arc<Scenario>,
    seed: u64,
    builder: PolicyKind,
    collective: PolicyKind,
    stop: impl Fn(&World) -> bool,
) -> Game {
    play_on(Game::new(scenario, seed), seed, builder, collective, stop)
}

/// Plays a game already under way (a workshop session's opening) on, as [`play_until`] does.
pub fn play_on(
    mut game: Game,
    seed: u64,
    builder: PolicyKind,
    collective: PolicyKind,
    stop: impl Fn(&World) -> bool,
) -> Game {
    let mut players = [
        Policy::new(&game.scenario, builder, Side::Builder, seed),
        Policy::new(&game.scenario, collective, Side::Collective, seed),
    ];
    while let Phase::Orders(side) = game.world.phase {
        if stop(&game.world) {
            break;
        }
        // A player stopped at the bound just ends its phase: the game goes on.
        let _ = play_phase(&mut game, &mut players[side.index()]);
        game.end_phase(side).expect("the side in phase can always end it");
    }
    game
}
