//! Orders a side gives, and the reasons one can be refused.

use serde::{Deserialize, Serialize};

use super::ids::*;
use super::scenario::Side;
use super::world::Phase;

/// What an order aims at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Target {
    None,
    Place(PlaceId),
    Project(ProjectId),
}

/// One side's decision to take one action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Order {
    pub side: Side,
    pub action: ActionId,
    pub target: Target,
}

/// Why an order cannot be carried out; the shell turns it into words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Refusal {
    GameOver,
    NotYourTurn {
        side: Side,
        phase: Phase,
    },
    UnknownAction,
    WrongSide {
        action_side: Side,
    },
    NoActionPoints {
        need: u32,
        have: u32,
    },
    /// Played in teams: the team that owns the action has spent its share this turn.
    TeamActionPoints {
        team: u8,
        need: u32,
        have: u32,
    },
    /// Played team by team: another team of the side holds the keyboard now.
    NotThisTeamsTurn {
        team: u8,
        now: u8,
    },
    CannotAfford {
        resource: ResourceId,
        need: f64,
        have: f64,
    },
    /// The action's requirement at this index does not hold.
    Requirement(u16),
    UsedUp {
        max: u32,
    },
    /// The game holds the most projects a game may (`bounds::MAX_PROJECTS`).
    TooManyProjects {
        max: u32,
    },
    /// The game's log holds all a save can (`bounds::MAX_LOG_ENTRIES_AT_ALL`): no more orders.
    RecordFull,
    NeedsTarget,
    NoTargetExpected,
    UnknownTarget,
    WrongMap,
    /// The place carries none of the tags the action needs.
    WrongKindOfPlace,
    ProjectNotUnderWay,
    /// The project's current step cannot be contested this way.
    NotContestable {
        contest: String,
    },
}
