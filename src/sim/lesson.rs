//! A guided game: the level's prompts, each for one side, each waiting for the player to read
//! it, to give an order, to end the turn, or for a condition of the world. The core says when a
//! step is done; the shell shows the prompt and points at what it talks about.

use serde::{Deserialize, Serialize};

use super::condition::{self, Context};
use super::happening::Happening;
use super::history::History;
use super::rules::Condition;
use super::scenario::{MapKind, Side, Text};
use super::{ActionId, PlaceId, Scenario, World};

/// One prompt of a lesson.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LessonStep {
    pub side: Side,
    pub say: Text,
    pub until: Until,
    pub show: Show,
    /// The step comes into force only once this holds (an order needs a target that only the
    /// other side can bring); until then the guide says what it waits for.
    #[serde(default)]
    pub when: Option<Condition>,
}

/// What a step waits for.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Until {
    /// The player says they have read it.
    Read,
    /// The side gives an order of this action.
    Order(ActionId),
    /// The side ends its phase.
    EndTurn,
    /// The world comes to hold this.
    Condition(Condition),
}

/// What a step points at on screen.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Show {
    Nothing,
    Actions,
    Action(ActionId),
    Place(PlaceId),
    Goals,
    Log,
    EndTurn,
    Map(MapKind),
}

/// Whether the world lets `step` be done now (its `when` holds, or it has none).
pub fn ready(scn: &Scenario, world: &World, step: &LessonStep) -> bool {
    step.when.as_ref().is_none_or(|c| condition::holds(scn, world, c, &Context::default()))
}

/// Whether `step`, begun when the log was `since` entries long, is done. `Read` is done only
/// when the player says so: the core cannot know. A step not yet in force is not done.
pub fn done(scn: &Scenario, world: &World, history: &History, step: &LessonStep, since: usize) -> bool {
    if !ready(scn, world, step) {
        return false;
    }
    let after = history.log.get(since..).unwrap_or(&[]);
    match &step.until {
        Until::Read => false,
        Until::Order(action) => after.iter().any(|e| {
            matches!(&e.happening, Happening::OrderGiven { order, .. } if order.action == *action && order.side == step.side)
        }),
        Until::EndTurn => after.iter().any(|e| matches!(e.happening, Happening::PhaseEnded(s) if s == step.side)),
        Until::Condition(cond) => condition::holds(scn, world, cond, &Context::default()),
    }
}

/// The next step for a person playing `sides` (true for a side a person plays), from `from` on.
/// The first step from `from` on that speaks to `side`: each side follows its own steps, at
/// its own pace (in hot-seat both sides are guided at once).
pub fn next_of_side(scn: &Scenario, side: super::Side, from: usize) -> Option<usize> {
    (from..scn.lesson.len()).find(|i| scn.lesson[*i].side == side)
}

pub fn next_for(scn: &Scenario, people: [bool; 2], from: usize) -> Option<usize> {
    (from..scn.lesson.len()).find(|i| people[scn.lesson[*i].side.index()])
}
