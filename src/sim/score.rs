//! Each side's score, for endings decided by score at the last turn.

use super::condition::count_projects;
use super::pressure;
use super::rules::ScoreTerm;
use super::scenario::{Scenario, Side};
use super::world::{ProjectStatus, World};

/// One weighted term of a score.
pub fn term(scn: &Scenario, world: &World, term: &ScoreTerm) -> f64 {
    match term {
        ScoreTerm::Indicator(i, w) => w * world.indicators[i.index()],
        ScoreTerm::Demand(user, kind, w) => w * pressure::demand_of(world, *user, *kind),
        ScoreTerm::Flag(f, w) => {
            if world.flags[f.index()] {
                *w
            } else {
                0.0
            }
        }
        ScoreTerm::Completed(tag, w) => w * count_projects(scn, world, tag, ProjectStatus::Completed) as f64,
    }
}

/// The weighted sum of the level's score terms for a side.
pub fn of(scn: &Scenario, world: &World, side: Side) -> f64 {
    scn.scores[side.index()].iter().map(|t| term(scn, world, t)).sum()
}

/// The side with the higher score; nobody on a tie.
pub fn winner(scores: [f64; 2]) -> Option<Side> {
    if scores[0] > scores[1] {
        Some(Side::Builder)
    } else if scores[1] > scores[0] {
        Some(Side::Collective)
    } else {
        None
    }
}
