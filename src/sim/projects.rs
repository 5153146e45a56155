//! What a project under way is waiting on, and which of the other side's actions can contest
//! its current step: views derived from the rules, shown by every shell.

use super::condition::{self, Context};
use super::ids::*;
use super::rules::Condition;
use super::scenario::{Scenario, TargetSpec};
use super::world::World;

/// The requirement of the current step that holds the project up, with the context it is read
/// in; `None` when nothing does (or the project is unknown).
pub fn waiting_on<'a>(scn: &'a Scenario, world: &World, project: ProjectId) -> Option<(&'a Condition, Context)> {
    let p = world.project(project)?;
    let step = &scn.action(p.action).project.as_ref()?.milestones[p.milestone];
    let ctx = Context { place: p.place, project: Some(project) };
    condition::first_failing(scn, world, &step.requires, &ctx).map(|i| (&step.requires[i], ctx))
}

/// The other side's actions that can contest the project's current step, in level order.
pub fn contested_by(scn: &Scenario, world: &World, project: ProjectId) -> Vec<ActionId> {
    let Some(p) = world.project(project) else { return Vec::new() };
    let Some(def) = scn.action(p.action).project.as_ref() else { return Vec::new() };
    let step = &def.milestones[p.milestone];
    scn.actions_of(p.side.other())
        .filter(|(_, a)| matches!(&a.target, TargetSpec::Project { contest } if step.contestable.contains(contest)))
        .map(|(id, _)| id)
        .collect()
}
