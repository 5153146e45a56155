//! The record a debrief needs: every quantity at the start of every turn, and everything
//! that happened (orders, events, changes with their causes) in order.

use serde::{Deserialize, Serialize};

use super::happening::Happening;
use super::pressure;
use super::scenario::Scenario;
use super::world::World;

/// The world's numbers at the start of a turn (after its news).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub turn: u32,
    /// Per place, per stock: capacity, total demand and pressure this season.
    pub stocks: Vec<Vec<(f64, f64, f64)>>,
    pub indicators: Vec<f64>,
    pub resources: [Vec<f64>; 2],
    /// Progress towards each ending, 0 to 1 (`sim::progress`); 1 for the ending reached.
    #[serde(default)]
    pub progress: Vec<f64>,
}

impl Snapshot {
    pub fn of(scn: &Scenario, world: &World) -> Snapshot {
        let stocks = world
            .stocks
            .iter()
            .map(|place| {
                place.iter().map(|s| (s.capacity, s.total_demand(), pressure::of_stock(scn, world, s))).collect()
            })
            .collect();
        Snapshot {
            turn: world.turn,
            stocks,
            indicators: world.indicators.clone(),
            resources: [world.sides[0].resources.clone(), world.sides[1].resources.clone()],
            progress: super::progress::of_endings(scn, world),
        }
    }
}

impl Snapshot {
    /// The highest pressure of a kind at this snapshot; `None` where no place has such a stock.
    pub fn max_pressure(&self, scn: &Scenario, kind: super::scenario::StockKind) -> Option<f64> {
        scn.places
            .iter()
            .zip(&self.stocks)
            .flat_map(|(place, values)| place.stocks.iter().zip(values))
            .filter(|(def, _)| def.kind == kind)
            .map(|(_, (_, _, pressure))| *pressure)
            .reduce(f64::max)
    }
}

/// One happening and the turn it happened in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub turn: u32,
    pub happening: Happening,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct History {
    pub snapshots: Vec<Snapshot>,
    pub log: Vec<Entry>,
    /// The facilitator's notes, turn by turn (`sim::facilitator`).
    #[serde(default)]
    pub notes: Vec<super::facilitator::Note>,
    /// Every call that changed the game, to play it again (`sim::record`); empty in saves
    /// written before records were kept.
    #[serde(default)]
    pub record: super::record::Record,
    /// How long each phase people played took at the table, for a workshop's report: noted by
    /// the window from its phase clock (wall-clock time, not part of the rules or the record).
    #[serde(default)]
    pub timings: Vec<PhaseTime>,
}

/// The time a side's people took over one phase, its pauses left out.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PhaseTime {
    pub turn: u32,
    pub side: super::scenario::Side,
    pub seconds: u32,
}

/// The longest phase a timing records: a day, far past any session.
pub const MAX_PHASE_SECONDS: u32 = 86_400;

impl History {
    /// Notes how long a phase took at the table; a phase timed twice (taken back and played
    /// again) keeps its last time.
    pub fn note_phase_time(&mut self, turn: u32, side: super::scenario::Side, seconds: f64) {
        let seconds = if seconds.is_finite() { seconds.clamp(0.0, MAX_PHASE_SECONDS as f64).round() as u32 } else { 0 };
        self.timings.retain(|t| (t.turn, t.side) != (turn, side));
        self.timings.push(PhaseTime { turn, side, seconds });
    }

    pub fn record(&mut self, turn: u32, happenings: &[Happening]) {
        self.log.extend(happenings.iter().cloned().map(|happening| Entry { turn, happening }));
    }

    /// The entries from `turn` on. The log is written in turn order, so this is a binary
    /// search, not a walk through the whole game.
    pub fn since(&self, turn: u32) -> &[Entry] {
        &self.log[self.log.partition_point(|e| e.turn < turn)..]
    }
}
