//! One seat's view of a game: everything that seat may know, and nothing else. Screens,
//! exports and computer players read a game through a view; only the debrief, once the game
//! has ended, reads the whole world.
//!
//! A view holds a [`World`] of its own, the world as the seat knows it, so that every rule-derived
//! answer (legal orders and refusals, odds, progress towards the endings, conditions with their
//! current values) is worked out by the same rules on what the seat knows:
//! - a stock the seat may not see stands at the figures the level publishes for it (its starting
//!   figures), moved by every change whose cause the seat knows (a public project's step: the
//!   rules are public, so the seat can work the change out), and is marked unknown;
//! - the other side's purse, income and action points stand at the level's starting values;
//! - the other side's unrevealed secret projects are absent, and the projects left are numbered
//!   anew, so that not even a gap in the numbers gives one away;
//! - flags, action uses and project marks are what the seat's own log says of them: a flag set
//!   by a secret order stays unset until the secret comes out;
//! - the world's generator is replaced: a view never carries the game's future draws.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::condition::{self, Context};
use super::game::Game;
use super::happening::{Cause, Happening, Quantity, Reason};
use super::history::{Entry, History};
use super::ids::*;
use super::order::{Order, Target};
use super::pressure;
use super::rules::{Condition, PlaceRef};
use super::scenario::{Scenario, Side, StockKind};
use super::visibility::{self, Viewer};
use super::world::{Level, Project, World};

/// What one seat may know of a game now.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub viewer: Viewer,
    /// The world as the viewer knows it (see the module's doc).
    pub world: World,
    /// Per place, per stock: whether the viewer knows its figures. Where it does not, `world`
    /// holds the level's published figures.
    pub known: Vec<Vec<bool>>,
    /// Whether the viewer knows each side's purse (resources, income, action points).
    pub purse_known: [bool; 2],
    /// The game's id of each project of `world.projects`, in order.
    pub project_ids: Vec<ProjectId>,
    /// The log as the viewer may read it: entries it may not know of left out, causes it may not
    /// know masked, projects numbered as in `world`.
    pub log: Vec<Entry>,
}

impl View {
    /// The view of `viewer` on a game, with its log.
    pub fn of(game: &Game, viewer: impl Into<Viewer>) -> View {
        let viewer = viewer.into();
        let mut view = Self::without_log(&game.scenario, &game.world, &game.history, viewer);
        view.log = visibility::seen_log(&game.scenario, &game.world, &game.history.log, viewer)
            .map(|(_, e)| e)
            .filter_map(|mut e| view.renumber(&mut e.happening).then_some(e))
            .collect();
        view
    }

    /// The view without its log: what a computer player needs, at the cost of one pass over
    /// the history.
    pub fn without_log(scn: &Scenario, world: &World, history: &History, viewer: impl Into<Viewer>) -> View {
        let viewer = viewer.into();
        let mut known_world = world.clone();
        known_world.rng = ChaCha8Rng::seed_from_u64(0);
        let known = mask_stocks(scn, world, viewer, &mut known_world);
        let purse_known = Side::BOTH.map(|s| viewer.is(s));
        for side in Side::BOTH.into_iter().filter(|s| !viewer.is(*s)) {
            let def = scn.side(side);
            let state = known_world.side_mut(side);
            state.resources = def.resources.iter().map(|r| r.initial).collect();
            state.extra_income = vec![0.0; def.resources.len()];
            state.action_points = def.action_points;
            state.team_points = if world.teams { scn.team_points(side) } else { Vec::new() };
        }
        let project_ids: Vec<ProjectId> =
            world.projects.iter().filter(|p| visibility::sees_project(world, viewer, p.id)).map(|p| p.id).collect();
        let mut view = View { viewer, world: known_world, known, purse_known, project_ids, log: Vec::new() };
        let undone = view.recall(scn, world, history);
        relevel(scn, &mut view.world, &view.known);
        for (p, s) in undone {
            let stock = &view.world.stocks[p][s];
            let level = pressure::level(scn, stock.kind, pressure::of_stock(scn, &view.world, stock));
            view.world.stocks[p][s].level = level;
        }
        view
    }

    /// Flags, uses of the actions and projects as the viewer's log tells them; returns the
    /// stocks (place, stock) whose figures a secret's hidden effect was taken back from.
    fn recall(&mut self, scn: &Scenario, world: &World, history: &History) -> Vec<(usize, usize)> {
        let mut undone = Vec::new();
        let viewer = self.viewer;
        let known = &mut self.world;
        known.flags.iter_mut().for_each(|f| *f = false);
        for (action, uses) in known.uses.iter_mut().enumerate() {
            if !viewer.is(scn.actions[action].side) {
                *uses = 0;
            }
        }
        known.projects = self.project_ids.iter().map(|id| world.projects[id.index()].clone()).collect();
        for (i, project) in known.projects.iter_mut().enumerate() {
            project.id = ProjectId(i as u16);
            project.marks.clear();
        }
        for entry in &history.log {
            match &entry.happening {
                // A figure the viewer does not know, moved by something it knows of (a public
                // project's step, a public order): the level's rules are public, so the viewer
                // can work the change out and add it to the published figure.
                Happening::Changed { quantity, delta, cause }
                    if visibility::sees_cause(scn, world, viewer, cause, entry.turn) =>
                {
                    estimate(known, &self.known, quantity, *delta);
                }
                // A secret's effect on a figure the viewer sees, kept out of sight until the
                // secret comes out: the figure stands where it was for the viewer.
                Happening::Changed { quantity, delta, cause }
                    if visibility::waits_for_reveal(scn, world, cause)
                        && visibility::sees_quantity(world, viewer, quantity) =>
                {
                    undone.extend(undo(known, quantity, *delta));
                }
                Happening::Flag { flag, on, cause }
                    if visibility::sees_cause(scn, world, viewer, cause, entry.turn) =>
                {
                    known.flags[flag.index()] = *on;
                }
                Happening::OrderGiven { order, .. }
                    if !viewer.is(order.side) && visibility::sees(scn, world, viewer, entry) =>
                {
                    known.uses[order.action.index()] += 1;
                }
                Happening::ProjectMarked { project, mark, cause } => {
                    let local = self.project_ids.binary_search(project).ok();
                    if let Some(local) = local.filter(|_| visibility::sees_cause(scn, world, viewer, cause, entry.turn))
                    {
                        known.projects[local].marks.insert(mark.clone());
                    }
                }
                _ => {}
            }
        }
        undone
    }

    /// Whether the viewer knows the figures of the `stock`-th stock of `place`.
    pub fn knows_stock(&self, place: PlaceId, stock: usize) -> bool {
        self.known.get(place.index()).and_then(|s| s.get(stock)).copied().unwrap_or(false)
    }

    /// Whether the viewer knows the figures of the stock of `kind` at `place` (true where there
    /// is none: nothing is hidden there).
    pub fn knows(&self, place: PlaceId, kind: super::scenario::StockKind) -> bool {
        match self.world.stocks.get(place.index()).and_then(|s| s.iter().position(|s| s.kind == kind)) {
            Some(s) => self.knows_stock(place, s),
            None => true,
        }
    }

    /// The worst level among the stocks of `place` whose figures the viewer knows, with its
    /// pressure; `None` when it knows none there (or the place is not in this level).
    pub fn worst_known_at(&self, scn: &Scenario, place: PlaceId) -> Option<(Level, f64)> {
        let stocks = self.world.stocks.get(place.index())?;
        stocks
            .iter()
            .enumerate()
            .filter(|(s, _)| self.knows_stock(place, *s))
            .map(|(_, stock)| {
                let p = pressure::of_stock(scn, &self.world, stock);
                (pressure::level(scn, stock.kind, p), p)
            })
            .max_by(|a, b| a.1.total_cmp(&b.1))
    }

    /// The place whose stock of `kind` is the most pressed among those whose figures the viewer
    /// knows, with that pressure.
    pub fn most_pressed_known(&self, scn: &Scenario, kind: StockKind) -> Option<(PlaceId, f64)> {
        (0..self.world.stocks.len())
            .map(|p| PlaceId(p as u16))
            .filter_map(|p| {
                let s = self.world.stocks[p.index()].iter().position(|s| s.kind == kind)?;
                self.knows_stock(p, s)
                    .then(|| (p, pressure::of_stock(scn, &self.world, &self.world.stocks[p.index()][s])))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1))
    }

    /// The projects the viewer knows of, each with the game's number for it.
    pub fn projects(&self) -> impl Iterator<Item = (ProjectId, &Project)> {
        self.project_ids.iter().copied().zip(&self.world.projects)
    }

    /// A project of the game as the viewer knows it; `None` when it does not know of it.
    pub fn project(&self, id: ProjectId) -> Option<&Project> {
        self.local_project(id).and_then(|local| self.world.projects.get(local.index()))
    }

    /// Whether `cond` holds as far as the viewer can tell: `Some` when the figures it reads are
    /// known to the viewer (or the answer does not hang on them: one known branch of an `Any`
    /// that holds), `None` when it depends on a figure the viewer does not know.
    pub fn holds_as_known(&self, scn: &Scenario, cond: &Condition, ctx: &Context) -> Option<bool> {
        let known_at =
            |at: PlaceRef, kind: StockKind| ctx.stock_place(scn, at, kind).is_none_or(|p| self.knows(p, kind));
        let all_known = |kind: StockKind| (0..self.world.stocks.len()).all(|p| self.knows(PlaceId(p as u16), kind));
        let knowable = match cond {
            Condition::Pressure(at, kind, ..) | Condition::Booked(at, kind, ..) => known_at(*at, *kind),
            Condition::MaxPressure(kind, ..) | Condition::Demand(_, kind, ..) => all_known(*kind),
            Condition::Resource(side, ..) => self.purse_known[side.index()],
            // Kleene's logic: one known failing part settles an `All`, one known holding part
            // an `Any`; otherwise an unknown part leaves the answer unknown.
            Condition::All(parts) => return settle(parts.iter().map(|c| self.holds_as_known(scn, c, ctx)), false),
            Condition::Any(parts) => return settle(parts.iter().map(|c| self.holds_as_known(scn, c, ctx)), true),
            Condition::Not(inner) => return self.holds_as_known(scn, inner, ctx).map(|h| !h),
            _ => true,
        };
        knowable.then(|| condition::holds(scn, &self.world, cond, ctx))
    }

    /// The view's number for a project of the game; `None` when the viewer does not know of it.
    pub fn local_project(&self, id: ProjectId) -> Option<ProjectId> {
        self.project_ids.binary_search(&id).ok().map(|i| ProjectId(i as u16))
    }

    /// The game's number for a project of the view.
    pub fn game_project(&self, local: ProjectId) -> Option<ProjectId> {
        self.project_ids.get(local.index()).copied()
    }

    /// An order given in the view's terms, in the game's.
    pub fn game_order(&self, order: Order) -> Option<Order> {
        let target = match order.target {
            Target::Project(p) => Target::Project(self.game_project(p)?),
            other => other,
        };
        Some(Order { target, ..order })
    }

    /// An order of the game in the view's terms; `None` when it aims at a project the viewer
    /// does not know of.
    pub fn local_order(&self, order: Order) -> Option<Order> {
        let target = match order.target {
            Target::Project(p) => Target::Project(self.local_project(p)?),
            other => other,
        };
        Some(Order { target, ..order })
    }

    /// Renumbers the projects a happening names into the view's numbers; false when one of them
    /// is unknown to the viewer (the entry is then left out).
    fn renumber(&self, happening: &mut Happening) -> bool {
        let local = |p: &mut ProjectId| self.local_project(*p).map(|l| *p = l).is_some();
        let cause_ok = |c: &mut Cause| match c {
            Cause::Milestone { project, .. } => local(project),
            _ => true,
        };
        match happening {
            Happening::OrderGiven { order, .. }
            | Happening::CameToNothing { order }
            | Happening::Reasoned(Reason { order, .. }) => self.local_order(*order).map(|o| *order = o).is_some(),
            Happening::Changed { cause, .. }
            | Happening::Flag { cause, .. }
            | Happening::Revealed { cause, .. }
            | Happening::SecretsRevealed { cause, .. }
            | Happening::Draw { cause, .. } => cause_ok(cause),
            Happening::ProjectStarted(p)
            | Happening::ProjectCompleted(p)
            | Happening::MilestoneReached { project: p, .. } => local(p),
            Happening::ProjectWaiting { project, .. } => local(project),
            Happening::ProjectDelayed { project, cause, .. }
            | Happening::ProjectBlocked { project, cause, .. }
            | Happening::ProjectCancelled { project, cause }
            | Happening::ProjectMarked { project, cause, .. } => local(project) && cause_ok(cause),
            _ => true,
        }
    }

    /// A world the viewer could believe in, drawn from `seed`: the view's world with every
    /// figure it does not know drawn around the published one (infrastructure tends to draw more
    /// than it declares, rarely less). Computer players search over several of these.
    pub fn plausible_world(&self, scn: &Scenario, seed: u64) -> World {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut world = self.world.clone();
        for (p, stocks) in world.stocks.iter_mut().enumerate() {
            for (s, stock) in stocks.iter_mut().enumerate() {
                if self.known[p][s] {
                    continue;
                }
                let factor = rng.random_range(UNKNOWN_LOW..UNKNOWN_HIGH);
                stock.demand.iter_mut().for_each(|d| *d *= factor);
            }
        }
        relevel(scn, &mut world, &self.known);
        world.rng = ChaCha8Rng::seed_from_u64(rng.random());
        world
    }
}

/// Combines the answers of a condition's parts: `decisive` (false for `All`, true for `Any`)
/// if any part is known to give it, the other answer if every part is known to give that one,
/// otherwise unknown.
fn settle(answers: impl Iterator<Item = Option<bool>>, decisive: bool) -> Option<bool> {
    let mut all_known = true;
    for answer in answers {
        match answer {
            Some(a) if a == decisive => return Some(decisive),
            Some(_) => {}
            None => all_known = false,
        }
    }
    all_known.then_some(!decisive)
}

/// Adds a change the viewer can work out to a figure it does not know (never below zero, as
/// the rules keep figures).
fn estimate(world: &mut World, known: &[Vec<bool>], quantity: &Quantity, delta: f64) {
    let (place, kind) = match quantity {
        Quantity::Demand(p, k, _) | Quantity::Capacity(p, k) | Quantity::Reserved(p, k) => (*p, *k),
        _ => return,
    };
    let Some(s) = world.stocks[place.index()].iter().position(|s| s.kind == kind) else { return };
    if known[place.index()][s] {
        return;
    }
    let stock = &mut world.stocks[place.index()][s];
    let figure = match quantity {
        Quantity::Demand(_, _, user) => &mut stock.demand[user.index()],
        Quantity::Capacity(..) => &mut stock.capacity,
        _ => &mut stock.reserved,
    };
    *figure = (*figure + delta).max(0.0);
}

/// Takes back a change the viewer may not know of yet from a figure it sees; returns the
/// stock changed, if a stock's figure was.
fn undo(world: &mut World, quantity: &Quantity, delta: f64) -> Option<(usize, usize)> {
    match quantity {
        Quantity::Indicator(i) => {
            world.indicators[i.index()] -= delta;
            None
        }
        Quantity::Demand(p, k, _) | Quantity::Capacity(p, k) | Quantity::Reserved(p, k) => {
            let s = world.stocks[p.index()].iter().position(|s| s.kind == *k)?;
            let stock = &mut world.stocks[p.index()][s];
            let figure = match quantity {
                Quantity::Demand(_, _, user) => &mut stock.demand[user.index()],
                Quantity::Capacity(..) => &mut stock.capacity,
                _ => &mut stock.reserved,
            };
            *figure = (*figure - delta).max(0.0);
            Some((p.index(), s))
        }
        // Another side's purse is not known at all (it stands at the level's figures).
        Quantity::Resource(..) | Quantity::Income(..) => None,
    }
}

/// How far below and above its published figure an unknown demand is drawn.
const UNKNOWN_LOW: f64 = 0.9;
const UNKNOWN_HIGH: f64 = 1.3;

/// Puts the published figures in place of every stock `viewer` may not see (their levels are
/// read again once the changes it knows of are added); returns which stocks it knows.
fn mask_stocks(scn: &Scenario, world: &World, viewer: Viewer, known_world: &mut World) -> Vec<Vec<bool>> {
    let users = scn.users.len();
    let mut known = Vec::with_capacity(world.stocks.len());
    for (p, stocks) in world.stocks.iter().enumerate() {
        let place = PlaceId(p as u16);
        let mut row = Vec::with_capacity(stocks.len());
        for (s, stock) in stocks.iter().enumerate() {
            let seen = visibility::sees_stock(world, viewer, place, stock.kind);
            row.push(seen);
            if seen {
                continue;
            }
            let def = &scn.place(place).stocks[s];
            let mut demand = vec![0.0; users];
            for (u, d) in &def.demand {
                demand[u.index()] += d;
            }
            let masked = &mut known_world.stocks[p][s];
            masked.capacity = def.capacity;
            masked.demand = demand;
            masked.reserved = 0.0;
        }
        known.push(row);
    }
    known
}

/// Reads again the level of every stock whose figures were put in place of unknown ones.
fn relevel(scn: &Scenario, world: &mut World, known: &[Vec<bool>]) {
    for (p, row) in known.iter().enumerate() {
        for (s, _) in row.iter().enumerate().filter(|(_, k)| !**k) {
            let stock = &world.stocks[p][s];
            let level = pressure::level(scn, stock.kind, pressure::of_stock(scn, world, stock));
            world.stocks[p][s].level = level;
        }
    }
}
