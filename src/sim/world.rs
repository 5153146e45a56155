//! The dynamic state of one game: everything that changes, with the seeded generator inside.
//! Cheap to clone (no history), so that computer players can look ahead on copies.

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::ids::*;
use super::scenario::{Scenario, Side, StockKind};

/// Whose turn it is to give orders, or whether the game is over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    Orders(Side),
    Ended,
}

/// How hard a stock is pressed, read from the level's thresholds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    Calm,
    Strained,
    Critical,
}

/// One quantity at one place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StockState {
    pub kind: StockKind,
    pub capacity: f64,
    /// Demand of every user of the scenario, indexed by [`UserId`].
    pub demand: Vec<f64>,
    pub hidden: bool,
    /// The level read at the last resolution, to notice crossings.
    pub level: Level,
    /// Capacity booked but not drawn (redundant links): counts in the booked pressure only.
    #[serde(default)]
    pub reserved: f64,
    /// Whether seasons scale this stock (a river's flow in summer; not a yearly allocation).
    #[serde(default = "yes")]
    pub seasonal: bool,
}

fn yes() -> bool {
    true
}

impl StockState {
    pub fn total_demand(&self) -> f64 {
        self.demand.iter().sum()
    }
}

/// One side's holdings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SideState {
    pub resources: Vec<f64>,
    /// Income gained or lost during play, added to the level's base income.
    pub extra_income: Vec<f64>,
    pub action_points: u32,
    /// Secret orders of this side given before this turn are known to the other side.
    pub secrets_revealed_before: u32,
    /// In a game played in teams, each team's action points left this turn, in the level's
    /// order; empty otherwise.
    #[serde(default)]
    pub team_points: Vec<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProjectStatus {
    Active,
    Completed,
    Cancelled,
}

/// A multi-turn project under way.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub id: ProjectId,
    pub action: ActionId,
    pub side: Side,
    pub place: Option<PlaceId>,
    pub started: u32,
    /// Index of the current milestone.
    pub milestone: usize,
    /// Turns of progress the current milestone still needs.
    pub remaining: u32,
    /// Turns during which nothing progresses (an occupation).
    pub blocked: u32,
    pub status: ProjectStatus,
    pub secret: bool,
    /// Choices made for this project by later orders (`Mark` effects). A set, looked up by name:
    /// a level with thousands of marks made each lookup a walk through all of them. (Saved as a
    /// list, as when it was one: saves written before load alike.)
    #[serde(default)]
    pub marks: std::collections::BTreeSet<String>,
}

/// The ending a game reached, with both sides' scores for the record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub ending: EndingId,
    pub winner: Option<Side>,
    pub turn: u32,
    pub scores: [f64; 2],
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct World {
    pub turn: u32,
    pub phase: Phase,
    /// Per place, parallel to the place's stock definitions.
    pub stocks: Vec<Vec<StockState>>,
    pub indicators: Vec<f64>,
    pub sides: [SideState; 2],
    pub flags: Vec<bool>,
    pub projects: Vec<Project>,
    /// Times each action has been ordered.
    pub uses: Vec<u32>,
    /// Per event: fired at least once.
    pub fired: Vec<bool>,
    /// Per event: whether its conditions held at the last check (`When` events fire on the rise).
    pub held: Vec<bool>,
    pub outcome: Option<Outcome>,
    pub rng: ChaCha8Rng,
    /// A workshop session plays the turns before this one only: the scored endings are
    /// weighed at its last turn instead of the calendar's. `None`: the whole calendar.
    #[serde(default)]
    pub session_end: Option<u32>,
    /// Cards the facilitator called, played at the start of the next turn in this order.
    #[serde(default)]
    pub called: Vec<super::ids::EventId>,
    /// The game is played in teams (`Game::play_in_teams`): each team gives the orders of its
    /// own actions from its share of its side's action points.
    #[serde(default)]
    pub teams: bool,
    /// Played team by team (`Game::play_team_by_team`): each side's teams give their orders in
    /// turn, in the level's order, each with the keyboard to itself.
    #[serde(default)]
    pub team_by_team: bool,
    /// Played team by team: the team of the side in phase whose turn it is.
    #[serde(default)]
    pub team_at: Option<u8>,
}

impl World {
    /// How many turns this game lasts: the calendar's, or a session's end.
    pub fn turns(&self, scn: &Scenario) -> u32 {
        self.session_end.map_or(scn.calendar.turns, |end| end.min(scn.calendar.turns))
    }

    /// The state before the first turn's news are drawn.
    pub fn new(scn: &Scenario, seed: u64) -> World {
        let users = scn.users.len();
        let stocks = scn
            .places
            .iter()
            .map(|p| {
                p.stocks
                    .iter()
                    .map(|s| {
                        let mut demand = vec![0.0; users];
                        for (u, d) in &s.demand {
                            demand[u.index()] += d;
                        }
                        StockState {
                            kind: s.kind,
                            capacity: s.capacity,
                            demand,
                            hidden: s.hidden,
                            level: Level::Calm,
                            reserved: 0.0,
                            seasonal: s.seasonal,
                        }
                    })
                    .collect()
            })
            .collect();
        let side = |s: Side| {
            let def = scn.side(s);
            SideState {
                resources: def.resources.iter().map(|r| r.initial).collect(),
                extra_income: vec![0.0; def.resources.len()],
                action_points: def.action_points,
                secrets_revealed_before: 0,
                team_points: Vec::new(),
            }
        };
        let mut world = World {
            turn: 0,
            phase: Phase::Orders(Side::Builder),
            stocks,
            indicators: scn.indicators.iter().map(|i| i.initial).collect(),
            sides: [side(Side::Builder), side(Side::Collective)],
            flags: vec![false; scn.flags.len()],
            projects: Vec::new(),
            uses: vec![0; scn.actions.len()],
            fired: vec![false; scn.events.len()],
            held: vec![false; scn.events.len()],
            outcome: None,
            rng: ChaCha8Rng::seed_from_u64(seed),
            session_end: None,
            called: Vec::new(),
            teams: false,
            team_by_team: false,
            team_at: None,
        };
        // Each stock starts at the level its figures give, so that the first turn's report
        // tells what changed in that turn, not that a stock strained from the start "is now
        // strained" (Talavera's basin, at 89% before anyone moves).
        for p in 0..world.stocks.len() {
            for s in 0..world.stocks[p].len() {
                let stock = &world.stocks[p][s];
                let level = super::pressure::level(scn, stock.kind, super::pressure::of_stock(scn, &world, stock));
                world.stocks[p][s].level = level;
            }
        }
        world
    }

    pub fn side(&self, side: Side) -> &SideState {
        &self.sides[side.index()]
    }

    pub fn side_mut(&mut self, side: Side) -> &mut SideState {
        &mut self.sides[side.index()]
    }

    /// The stock of a kind at a place, if the place has one.
    pub fn stock(&self, place: PlaceId, kind: StockKind) -> Option<&StockState> {
        self.stocks[place.index()].iter().find(|s| s.kind == kind)
    }

    pub fn stock_mut(&mut self, place: PlaceId, kind: StockKind) -> Option<&mut StockState> {
        self.stocks[place.index()].iter_mut().find(|s| s.kind == kind)
    }

    pub fn project(&self, id: ProjectId) -> Option<&Project> {
        self.projects.get(id.index())
    }

    pub fn is_over(&self) -> bool {
        self.phase == Phase::Ended
    }
}
