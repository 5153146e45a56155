//! The typed conditions and effects a level combines: the vocabulary of scenario rules.

use serde::{Deserialize, Serialize};

use super::ids::*;
use super::scenario::{Side, StockKind};

/// Where an effect or condition applies: a named place, or the place an order targets.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum PlaceRef {
    Id(PlaceId),
    /// The place targeted by the order, or the place of the project, or the critical stock's place.
    Target,
}

/// How two numbers compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cmp {
    AtLeast,
    Below,
}

impl Cmp {
    pub fn holds(self, value: f64, than: f64) -> bool {
        match self {
            Cmp::AtLeast => value >= than,
            Cmp::Below => value < than,
        }
    }
}

/// A yes/no question about the world.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    Always,
    Indicator(IndicatorId, Cmp, f64),
    Resource(Side, ResourceId, Cmp, f64),
    /// The pressure of one stock (demand / capacity, season included).
    Pressure(PlaceRef, StockKind, Cmp, f64),
    /// The highest pressure among all stocks of a kind.
    MaxPressure(StockKind, Cmp, f64),
    /// Total demand of a user over all stocks of a kind (data-centre megawatts).
    Demand(UserId, StockKind, Cmp, f64),
    Flag(FlagId),
    /// Projects completed carrying a tag.
    Completed(String, Cmp, u32),
    /// Projects of a tag under way (started, not finished, not cancelled).
    UnderWay(String, Cmp, u32),
    Season(SeasonId),
    Turn(Cmp, u32),
    /// The targeted place carries a tag.
    TargetTagged(String),
    /// The stock of a kind at a place (or its supplier) is known to the collective and the
    /// public: it was never hidden, or has been revealed. The builders always know.
    Known(PlaceRef, StockKind),
    /// Booked pressure of a stock: demand plus capacity reserved but not drawn (a data
    /// centre's second grid link), over capacity. Connection queues read this; load shedding
    /// reads `Pressure`.
    Booked(PlaceRef, StockKind, Cmp, f64),
    /// The project in context carries a mark set by an earlier order (a cooling choice).
    Marked(String),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

/// A change to the world.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Effect {
    Indicator(IndicatorId, f64),
    Resource(Side, ResourceId, f64),
    /// Change a side's income of a resource for the rest of the game (a tenant signs).
    Income(Side, ResourceId, f64),
    /// Change a user's demand on a stock. Water and power demand go to the place's supplier.
    Demand(PlaceRef, StockKind, UserId, f64),
    Capacity(PlaceRef, StockKind, f64),
    /// Reserve capacity of a stock without drawing it (a redundant grid link): it counts in
    /// the booked pressure, not in the pressure.
    Reserve(PlaceRef, StockKind, f64),
    /// Mark the project in context (a choice made for that building).
    Mark(String),
    SetFlag(FlagId),
    ClearFlag(FlagId),
    /// Make a hidden stock visible to everybody.
    Reveal(PlaceRef, StockKind),
    /// Reveal every hidden stock of a kind.
    RevealKind(StockKind),
    /// Make a side's secret orders so far known to the other side.
    RevealSecrets(Side),
    /// Add turns to the targeted project's current milestone.
    Delay(u32),
    /// Stop the targeted project from progressing for some turns (an occupation).
    Block(u32),
    /// Cancel the targeted project (a permit annulled).
    Cancel,
    /// Delay every project carrying a tag (an export control stalls construction).
    DelayTagged(String, u32),
    /// A draw: `base` plus, for each indicator, its value times a factor; clamped to 0..1.
    Chance {
        base: f64,
        per_indicator: Vec<(IndicatorId, f64)>,
        then: Vec<Effect>,
        otherwise: Vec<Effect>,
    },
    /// Apply effects only when a condition holds.
    If(Condition, Vec<Effect>),
}

/// One term of a side's score for an ending decided by score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ScoreTerm {
    Indicator(IndicatorId, f64),
    Demand(UserId, StockKind, f64),
    Flag(FlagId, f64),
    Completed(String, f64),
}
