//! Checking an order (with the reason it is refused) and applying it.

use super::condition::{self, Context};
use super::effects::Apply;
use super::happening::{Cause, Happening};
use super::ids::*;
use super::order::{Order, Refusal, Target};
use super::scenario::{ActionDef, Scenario, Side, TargetSpec};
use super::world::{Phase, Project, ProjectStatus, World};

/// The context an order's conditions and effects see.
pub fn context(world: &World, target: Target) -> Context {
    match target {
        Target::None => Context::default(),
        Target::Place(p) => Context { place: Some(p), project: None },
        Target::Project(id) => Context { place: world.project(id).and_then(|p| p.place), project: Some(id) },
    }
}

/// Whether the order can be given now, and if not, why.
pub fn check(scn: &Scenario, world: &World, order: &Order) -> Result<(), Refusal> {
    let action = check_turn_and_side(scn, world, order)?;
    check_target(scn, world, order.side, &action.target, order.target)?;
    check_means(scn, world, order, action)
}

/// The phase, the action's existence and its side.
fn check_turn_and_side<'a>(scn: &'a Scenario, world: &World, order: &Order) -> Result<&'a ActionDef, Refusal> {
    match world.phase {
        Phase::Ended => return Err(Refusal::GameOver),
        Phase::Orders(side) if side != order.side => {
            return Err(Refusal::NotYourTurn { side: order.side, phase: world.phase });
        }
        Phase::Orders(_) => {}
    }
    let action = scn.actions.get(order.action.index()).ok_or(Refusal::UnknownAction)?;
    if action.side != order.side {
        return Err(Refusal::WrongSide { action_side: action.side });
    }
    Ok(action)
}

/// Uses left, action points, cost and requirements: what the side has, not what it aims at
/// (requirements read the target's place, when there is one).
fn check_means(scn: &Scenario, world: &World, order: &Order, action: &ActionDef) -> Result<(), Refusal> {
    if let Some(max) = action.max_uses
        && world.uses[order.action.index()] >= max
    {
        return Err(Refusal::UsedUp { max });
    }
    if action.project.is_some() && world.projects.len() >= super::bounds::MAX_PROJECTS {
        return Err(Refusal::TooManyProjects { max: super::bounds::MAX_PROJECTS as u32 });
    }
    let side = world.side(order.side);
    if side.action_points < action.action_points {
        return Err(Refusal::NoActionPoints { need: action.action_points, have: side.action_points });
    }
    // Played team by team: only the team at the keyboard gives orders.
    if let (Some(now), Some(team)) = (world.team_at, scn.team_of(order.action))
        && team as u8 != now
    {
        return Err(Refusal::NotThisTeamsTurn { team: team as u8, now });
    }
    // Played in teams: the team that owns the action pays from its own share.
    if world.teams
        && let Some(team) = scn.team_of(order.action)
    {
        let have = side.team_points.get(team).copied().unwrap_or(0);
        if have < action.action_points {
            return Err(Refusal::TeamActionPoints { team: team as u8, need: action.action_points, have });
        }
    }
    for (r, need) in &action.cost {
        let have = side.resources[r.index()];
        if have < *need {
            return Err(Refusal::CannotAfford { resource: *r, need: *need, have });
        }
    }
    let ctx = context(world, order.target);
    if let Some(i) = condition::first_failing(scn, world, &action.requires, &ctx) {
        return Err(Refusal::Requirement(i as u16));
    }
    Ok(())
}

/// What a side can do with one action now: its legal orders, or the order and refusal that
/// best say why there is none (`None` when there is nothing to aim at at all).
#[derive(Clone, Debug, PartialEq)]
pub struct ActionOptions {
    pub legal: Vec<Order>,
    pub blocked: Option<(Order, Refusal)>,
}

/// The legal orders of an action, or its most telling refusal: what the side lacks (uses,
/// action points, resources, a requirement) comes before what is wrong with a target, so that
/// a contest with no knowledge says so rather than naming the first project it cannot contest.
pub fn action_options(scn: &Scenario, world: &World, side: Side, action: ActionId) -> ActionOptions {
    let spec = &scn.action(action).target;
    let candidates: Vec<Order> =
        candidate_targets(scn, world, side, spec).into_iter().map(|target| Order { side, action, target }).collect();
    let mut legal = Vec::new();
    // What the side lacks for a target it could aim at; for any target; what is wrong with a target.
    let (mut lacks_here, mut lacks, mut aim): (Option<(Order, Refusal)>, _, _) = (None, None, None);
    for order in candidates {
        let def = match check_turn_and_side(scn, world, &order) {
            Ok(def) => def,
            Err(r) => return ActionOptions { legal: Vec::new(), blocked: Some((order, r)) },
        };
        let means = check_means(scn, world, &order, def);
        match (check_target(scn, world, side, &def.target, order.target), means) {
            (Ok(()), Ok(())) => legal.push(order),
            (Ok(()), Err(r)) => {
                lacks_here.get_or_insert((order, r));
            }
            (Err(r), means) => {
                if let Err(lack) = means {
                    lacks.get_or_insert((order, lack));
                }
                aim.get_or_insert((order, r));
            }
        }
    }
    let blocked = if legal.is_empty() { lacks_here.or(lacks).or(aim) } else { None };
    ActionOptions { legal, blocked }
}

fn check_target(scn: &Scenario, world: &World, side: Side, spec: &TargetSpec, target: Target) -> Result<(), Refusal> {
    match (spec, target) {
        (TargetSpec::None, Target::None) => Ok(()),
        (TargetSpec::None, _) => Err(Refusal::NoTargetExpected),
        (_, Target::None) => Err(Refusal::NeedsTarget),
        (TargetSpec::Place { .. }, Target::Place(p)) => {
            let place = scn.places.get(p.index()).ok_or(Refusal::UnknownTarget)?;
            if !spec.map_fits(place) {
                return Err(Refusal::WrongMap);
            }
            if !spec.kind_fits(place) {
                return Err(Refusal::WrongKindOfPlace);
            }
            Ok(())
        }
        (TargetSpec::Project { contest }, Target::Project(id)) => {
            let project = world.project(id).ok_or(Refusal::UnknownTarget)?;
            // The other side's unrevealed secret project does not exist for this side: it is
            // refused as any unknown target is, before anything else about it is said.
            if !super::visibility::sees_project(world, side, id) {
                return Err(Refusal::UnknownTarget);
            }
            if project.status != ProjectStatus::Active {
                return Err(Refusal::ProjectNotUnderWay);
            }
            let def = scn.action(project.action).project.as_ref().ok_or(Refusal::UnknownTarget)?;
            if !def.milestones[project.milestone].contestable.contains(contest) {
                return Err(Refusal::NotContestable { contest: contest.clone() });
            }
            Ok(())
        }
        (_, _) => Err(Refusal::UnknownTarget),
    }
}

/// Carry out an order its side gave in good faith, knowing only `known` (its view's world, with
/// the order in the view's terms as `seen`): refused as that world refuses it, so that a
/// refusal tells nothing the side may not know; and where only the real world refuses it, for a
/// requirement the side could not know failed, the order is paid for and comes to nothing.
pub fn apply_as_seen(
    scn: &Scenario,
    world: &mut World,
    known: &World,
    seen: &Order,
    order: &Order,
) -> Result<Vec<Happening>, Refusal> {
    check(scn, known, seen)?;
    match check(scn, world, order) {
        Err(Refusal::Requirement(_)) => Ok(come_to_nothing(scn, world, order)),
        _ => apply(scn, world, order),
    }
}

/// An order given and paid for that does nothing (see [`apply_as_seen`]).
fn come_to_nothing(scn: &Scenario, world: &mut World, order: &Order) -> Vec<Happening> {
    let action = scn.action(order.action);
    let mut out = vec![Happening::OrderGiven { order: *order, secret: action.secret }];
    pay(scn, world, order, &mut out);
    out.push(Happening::CameToNothing { order: *order });
    out
}

/// Takes an order's action points, cost and use.
fn pay(scn: &Scenario, world: &mut World, order: &Order, out: &mut Vec<Happening>) {
    let action = scn.action(order.action);
    let cause = Cause::Order { side: order.side, action: order.action };
    let team = if world.teams { scn.team_of(order.action) } else { None };
    let side = world.side_mut(order.side);
    side.action_points -= action.action_points;
    if let Some(points) = team.and_then(|t| side.team_points.get_mut(t)) {
        *points = points.saturating_sub(action.action_points);
    }
    for (r, cost) in &action.cost {
        side.resources[r.index()] -= cost;
        out.push(Happening::Changed {
            quantity: super::happening::Quantity::Resource(order.side, *r),
            delta: -cost,
            cause: cause.clone(),
        });
    }
    world.uses[order.action.index()] += 1;
}

/// Carry out an order: pay, apply its effects, start its project. Refused orders change nothing.
pub fn apply(scn: &Scenario, world: &mut World, order: &Order) -> Result<Vec<Happening>, Refusal> {
    check(scn, world, order)?;
    let action = scn.action(order.action);
    let mut out = vec![Happening::OrderGiven { order: *order, secret: action.secret }];
    let cause = Cause::Order { side: order.side, action: order.action };
    pay(scn, world, order, &mut out);
    let ctx = context(world, order.target);
    Apply { scn, ctx, cause }.all(world, &action.effects, &mut out);
    if let Some(def) = &action.project {
        let id = ProjectId(world.projects.len() as u16);
        world.projects.push(Project {
            id,
            action: order.action,
            side: order.side,
            place: ctx.place,
            started: world.turn,
            milestone: 0,
            remaining: def.milestones[0].turns,
            blocked: 0,
            status: ProjectStatus::Active,
            secret: action.secret,
            marks: Default::default(),
        });
        out.push(Happening::ProjectStarted(id));
    }
    Ok(out)
}

/// Every target of the right kind an action of `side` could aim at, legal or not: never a
/// project that side does not know of.
pub fn candidate_targets(scn: &Scenario, world: &World, side: Side, spec: &TargetSpec) -> Vec<Target> {
    match spec {
        TargetSpec::None => vec![Target::None],
        // Only places of the right map and kind: a refusal then explains what is really missing.
        TargetSpec::Place { .. } => scn
            .places
            .iter()
            .enumerate()
            .filter(|(_, p)| spec.accepts(p))
            .map(|(i, _)| Target::Place(PlaceId(i as u16)))
            .collect(),
        TargetSpec::Project { .. } => {
            let known = |p: &&Project| super::visibility::sees_project(world, side, p.id);
            world
                .projects
                .iter()
                .filter(|p| p.status == ProjectStatus::Active)
                .filter(known)
                .map(|p| Target::Project(p.id))
                .collect()
        }
    }
}

/// Every order the side could give right now, in a stable order.
pub fn legal_orders(scn: &Scenario, world: &World, side: Side) -> Vec<Order> {
    let mut orders = Vec::new();
    for (action, def) in scn.actions_of(side) {
        for target in candidate_targets(scn, world, side, &def.target) {
            let order = Order { side, action, target };
            if check(scn, world, &order).is_ok() {
                orders.push(order);
            }
        }
    }
    orders
}
