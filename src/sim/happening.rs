//! What the core reports: every change, with its cause, so the shell can answer "why?".

use serde::{Deserialize, Serialize};

use super::ids::*;
use super::order::Order;
use super::scenario::{Side, StockKind};
use super::world::Level;

/// Why something changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Cause {
    Order {
        side: Side,
        action: ActionId,
    },
    Event(EventId),
    Milestone {
        project: ProjectId,
        milestone: u16,
    },
    /// A stock in a critical state pushing back.
    Pressure {
        place: PlaceId,
        kind: StockKind,
    },
    Income(Side),
    /// An indicator drifting back towards its baseline.
    Drift,
    /// Something the viewer may not know of (a secret order, a hidden project): the cause as a
    /// view shows it. Never recorded by the simulation itself.
    Unknown,
}

/// A number of the world that can change.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Quantity {
    Indicator(IndicatorId),
    Resource(Side, ResourceId),
    Income(Side, ResourceId),
    Demand(PlaceId, StockKind, UserId),
    Capacity(PlaceId, StockKind),
    /// Capacity reserved but not drawn.
    Reserved(PlaceId, StockKind),
}

/// Why a project did not progress this turn.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum WaitReason {
    /// Blocked for this many more turns (an occupation).
    Blocked(u32),
    /// The milestone's requirement at this index does not hold (grid saturated...).
    Requirement(u16),
}

/// Something a computer player weighed when choosing an order.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Factor {
    /// One term of a side's score (its index in the level's score list).
    Score(Side, u16),
    /// How far a side's projects under way have come.
    Progress(Side),
    /// Resources in hand, for later orders.
    Resource(Side, ResourceId),
    /// The chance of an ending being reached.
    Ending(EndingId),
    /// The chance of an ending's warning holding.
    Warning(EndingId),
}

/// Why a computer player chose an order: the factors that made it better than doing nothing,
/// with how much each weighed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    pub order: Order,
    pub factors: Vec<(Factor, f64)>,
}

/// One thing that happened, in the order it happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Happening {
    TurnStarted {
        turn: u32,
    },
    News(EventId),
    /// A card the facilitator called, played at the start of this turn.
    Called(EventId),
    /// Something the facilitator did to the game (`sim::facilitator`).
    Facilitated(super::facilitator::Facilitation),
    /// Played team by team: a team has given its orders and hands the keyboard to the next.
    TeamDone {
        side: Side,
        team: u8,
    },
    /// The game's log passed what a save may hold (`bounds::MAX_LOG_ENTRIES`): the score
    /// decides at the end of the turn that starts.
    RecordFull,
    /// A consequence that fired because its conditions came to hold.
    Triggered(EventId),
    OrderGiven {
        order: Order,
        secret: bool,
    },
    /// A computer player's reason for the order that follows.
    Reasoned(Reason),
    /// The order just given was paid for but did nothing: its side could not know that a
    /// requirement of it did not hold (a status the other side obtained in secret, a hidden
    /// figure). Seen like the order itself.
    CameToNothing {
        order: Order,
    },
    PhaseEnded(Side),
    Changed {
        quantity: Quantity,
        delta: f64,
        cause: Cause,
    },
    Flag {
        flag: FlagId,
        on: bool,
        cause: Cause,
    },
    Revealed {
        place: PlaceId,
        kind: StockKind,
        cause: Cause,
    },
    SecretsRevealed {
        side: Side,
        cause: Cause,
    },
    /// A draw was made: its probability and whether it succeeded.
    Draw {
        chance: f64,
        success: bool,
        cause: Cause,
    },
    ProjectStarted(ProjectId),
    ProjectWaiting {
        project: ProjectId,
        reason: WaitReason,
    },
    ProjectDelayed {
        project: ProjectId,
        turns: u32,
        cause: Cause,
    },
    ProjectBlocked {
        project: ProjectId,
        turns: u32,
        cause: Cause,
    },
    ProjectCancelled {
        project: ProjectId,
        cause: Cause,
    },
    /// A choice was recorded on a project (a cooling system chosen).
    ProjectMarked {
        project: ProjectId,
        mark: String,
        cause: Cause,
    },
    MilestoneReached {
        project: ProjectId,
        milestone: u16,
    },
    ProjectCompleted(ProjectId),
    LevelChanged {
        place: PlaceId,
        kind: StockKind,
        from: Level,
        to: Level,
        pressure: f64,
    },
    /// An ending's warning condition holds.
    Warning(EndingId),
    Ended {
        ending: EndingId,
        winner: Option<Side>,
    },
}

impl Happening {
    /// Whether this is something a side did (an order, the end of a phase): a turn where none
    /// happened yet is still at its start.
    pub fn is_play(&self) -> bool {
        matches!(
            self,
            Happening::OrderGiven { .. }
                | Happening::PhaseEnded(_)
                | Happening::Reasoned(_)
                | Happening::CameToNothing { .. }
        )
    }
}
