//! The turn cycle: news, both sides' orders, then resolution (projects, drift, income,
//! pressures pushing back, triggered consequences, endings) and the next turn's news.

use rand::RngExt;

use super::condition::{self, Context};
use super::effects::Apply;
use super::happening::{Cause, Happening, Quantity, WaitReason};
use super::ids::*;
use super::order::Refusal;
use super::pressure;
use super::scenario::{Scenario, Side, Trigger, Winner};
use super::score;
use super::world::{Outcome, Phase, ProjectStatus, World};

/// Draws and applies the news of the current turn; called for turn 0 when a game starts.
pub fn begin_turn(scn: &Scenario, world: &mut World) -> Vec<Happening> {
    let mut out = vec![Happening::TurnStarted { turn: world.turn }];
    for side in Side::BOTH {
        world.side_mut(side).action_points = scn.side(side).action_points;
        if world.teams {
            world.side_mut(side).team_points = scn.team_points(side);
        }
    }
    world.phase = Phase::Orders(Side::Builder);
    first_team(scn, world);
    for (i, event) in scn.events.iter().enumerate() {
        if matches!(event.trigger, Trigger::AtTurn(t) if t == world.turn) {
            fire(scn, world, EventId(i as u16), Happening::News(EventId(i as u16)), &mut out);
        }
    }
    for event in std::mem::take(&mut world.called) {
        fire(scn, world, event, Happening::Called(event), &mut out);
    }
    for _ in 0..scn.calendar.news_per_turn {
        let Some(event) = draw_news(scn, world) else { break };
        fire(scn, world, event, Happening::News(event), &mut out);
    }
    out
}

/// A card eligible to be drawn now, picked by weight with the world's generator.
fn draw_news(scn: &Scenario, world: &mut World) -> Option<EventId> {
    let batch = condition::Batch::new(scn, world);
    let eligible: Vec<(usize, f64)> = scn
        .events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| match e.trigger {
            Trigger::Draw { weight } if weight > 0.0 => Some((i, weight)),
            _ => None,
        })
        .filter(|(i, _)| !(scn.events[*i].once && world.fired[*i]))
        .filter(|(i, _)| batch.all_hold(&scn.events[*i].conditions, &Context::default()))
        .collect();
    drop(batch);
    let total: f64 = eligible.iter().map(|(_, w)| w).sum();
    if total <= 0.0 {
        return None;
    }
    let mut pick = world.rng.random::<f64>() * total;
    for (i, w) in &eligible {
        if pick < *w {
            return Some(EventId(*i as u16));
        }
        pick -= w;
    }
    eligible.last().map(|(i, _)| EventId(*i as u16))
}

fn fire(scn: &Scenario, world: &mut World, event: EventId, announce: Happening, out: &mut Vec<Happening>) {
    world.fired[event.index()] = true;
    out.push(announce);
    let apply = Apply { scn, ctx: Context::default(), cause: Cause::Event(event) };
    apply.all(world, &scn.events[event.index()].effects, out);
}

/// Played team by team: the phase that begins starts with the side's first team (none for a
/// side without teams).
pub fn first_team(scn: &Scenario, world: &mut World) {
    world.team_at = match world.phase {
        Phase::Orders(side) if world.team_by_team && !scn.side(side).teams.is_empty() => Some(0),
        _ => None,
    };
}

/// Played team by team: the team at the keyboard has given its orders and, when its side has
/// another team after it, hands it the keyboard. `None`, and nothing changed, when there is no
/// next team (the side's last, or a game not played team by team): the phase's end is then
/// [`end_phase`].
pub fn next_team(scn: &Scenario, world: &mut World, side: Side) -> Option<Happening> {
    match (world.phase, world.team_at) {
        (Phase::Orders(s), Some(now)) if s == side && (now as usize + 1) < scn.side(side).teams.len() => {
            world.team_at = Some(now + 1);
            Some(Happening::TeamDone { side, team: now })
        }
        _ => None,
    }
}

/// A side says it has given all its orders. After the collective, the turn resolves.
pub fn end_phase(scn: &Scenario, world: &mut World, side: Side) -> Result<Vec<Happening>, Refusal> {
    match world.phase {
        Phase::Ended => Err(Refusal::GameOver),
        Phase::Orders(s) if s != side => Err(Refusal::NotYourTurn { side, phase: world.phase }),
        Phase::Orders(Side::Builder) => {
            world.phase = Phase::Orders(Side::Collective);
            first_team(scn, world);
            Ok(vec![Happening::PhaseEnded(Side::Builder)])
        }
        Phase::Orders(Side::Collective) => {
            let mut out = vec![Happening::PhaseEnded(Side::Collective)];
            resolve(scn, world, &mut out);
            Ok(out)
        }
    }
}

fn resolve(scn: &Scenario, world: &mut World, out: &mut Vec<Happening>) {
    advance_projects(scn, world, out);
    drift_indicators(scn, world, out);
    earn_income(scn, world, out);
    push_back(scn, world, out);
    trigger_consequences(scn, world, out);
    if let Some(outcome) = reach_ending(scn, world, out) {
        out.push(Happening::Ended { ending: outcome.ending, winner: outcome.winner });
        world.outcome = Some(outcome);
        world.phase = Phase::Ended;
        return;
    }
    world.turn += 1;
    out.extend(begin_turn(scn, world));
}

fn advance_projects(scn: &Scenario, world: &mut World, out: &mut Vec<Happening>) {
    for i in 0..world.projects.len() {
        let project = world.projects[i].clone();
        if project.status != ProjectStatus::Active {
            continue;
        }
        let id = ProjectId(i as u16);
        if project.blocked > 0 {
            world.projects[i].blocked -= 1;
            out.push(Happening::ProjectWaiting { project: id, reason: WaitReason::Blocked(project.blocked) });
            continue;
        }
        let def = scn.action(project.action).project.as_ref().expect("projects come from project actions");
        let milestone = &def.milestones[project.milestone];
        let ctx = Context { place: project.place, project: Some(id) };
        if let Some(failing) = condition::first_failing(scn, world, &milestone.requires, &ctx) {
            out.push(Happening::ProjectWaiting { project: id, reason: WaitReason::Requirement(failing as u16) });
            continue;
        }
        let remaining = project.remaining.saturating_sub(1);
        world.projects[i].remaining = remaining;
        if remaining > 0 {
            continue;
        }
        let cause = Cause::Milestone { project: id, milestone: project.milestone as u16 };
        Apply { scn, ctx, cause }.all(world, &milestone.on_complete, out);
        out.push(Happening::MilestoneReached { project: id, milestone: project.milestone as u16 });
        let next = project.milestone + 1;
        // An effect of the milestone may have cancelled the project itself.
        if world.projects[i].status != ProjectStatus::Active {
            continue;
        }
        if next == def.milestones.len() {
            world.projects[i].status = ProjectStatus::Completed;
            out.push(Happening::ProjectCompleted(id));
        } else {
            world.projects[i].milestone = next;
            world.projects[i].remaining = def.milestones[next].turns;
        }
    }
}

fn drift_indicators(scn: &Scenario, world: &mut World, out: &mut Vec<Happening>) {
    for (i, def) in scn.indicators.iter().enumerate() {
        let value = world.indicators[i];
        let delta = (def.baseline - value) * def.decay;
        if delta.abs() > 1e-9 {
            world.indicators[i] = (value + delta).clamp(def.min, def.max);
            let quantity = Quantity::Indicator(IndicatorId(i as u16));
            out.push(Happening::Changed { quantity, delta: world.indicators[i] - value, cause: Cause::Drift });
        }
    }
}

/// What a side earns of a resource at the end of this turn: the level's income, what play has
/// added to it, and what the indicators bring (`income_from`). The top bar shows the same sum.
pub fn income(scn: &Scenario, world: &World, side: Side, resource: ResourceId) -> f64 {
    let def = &scn.side(side).resources[resource.index()];
    let from_indicators: f64 = def.income_from.iter().map(|(i, f)| f * world.indicators[i.index()]).sum();
    def.income + world.side(side).extra_income[resource.index()] + from_indicators
}

fn earn_income(scn: &Scenario, world: &mut World, out: &mut Vec<Happening>) {
    for side in Side::BOTH {
        for r in 0..scn.side(side).resources.len() {
            let income = income(scn, world, side, ResourceId(r as u16));
            let state = world.side_mut(side);
            let old = state.resources[r];
            state.resources[r] = super::bounds::add_amount(old, income);
            let delta = state.resources[r] - old;
            if delta != 0.0 {
                let quantity = Quantity::Resource(side, ResourceId(r as u16));
                out.push(Happening::Changed { quantity, delta, cause: Cause::Income(side) });
            }
        }
    }
}

/// Reads every stock's level; announces crossings; critical stocks apply the level's push-back.
fn push_back(scn: &Scenario, world: &mut World, out: &mut Vec<Happening>) {
    for p in 0..world.stocks.len() {
        for s in 0..world.stocks[p].len() {
            let stock = &world.stocks[p][s];
            let kind = stock.kind;
            let pressure = pressure::of_stock(scn, world, stock);
            let level = pressure::level(scn, kind, pressure);
            let place = PlaceId(p as u16);
            if level != stock.level {
                out.push(Happening::LevelChanged { place, kind, from: stock.level, to: level, pressure });
                world.stocks[p][s].level = level;
            }
            if level == super::world::Level::Critical {
                let effects = scn.pressure.on_critical.iter().filter(|(k, _)| *k == kind).flat_map(|(_, e)| e);
                let apply = Apply {
                    scn,
                    ctx: Context { place: Some(place), project: None },
                    cause: Cause::Pressure { place, kind },
                };
                for effect in effects {
                    apply.all(world, std::slice::from_ref(effect), out);
                }
            }
        }
    }
}

/// `When` consequences fire on the turn their conditions start to hold.
fn trigger_consequences(scn: &Scenario, world: &mut World, out: &mut Vec<Happening>) {
    let mut next = 0;
    while next < scn.events.len() {
        // Read against one world, in the events' order, until a consequence fires and changes it.
        let (read, fires) = {
            let batch = condition::Batch::new(scn, world);
            let mut read = Vec::new();
            let mut fires = false;
            for (i, event) in scn.events.iter().enumerate().skip(next) {
                if !matches!(event.trigger, Trigger::When) {
                    continue;
                }
                let holds = batch.all_hold(&event.conditions, &Context::default());
                read.push((i, holds));
                if holds && !world.held[i] && !(event.once && world.fired[i]) {
                    fires = true;
                    break;
                }
            }
            (read, fires)
        };
        for (i, holds) in &read {
            world.held[*i] = *holds;
        }
        match read.last() {
            Some((i, _)) if fires => {
                fire(scn, world, EventId(*i as u16), Happening::Triggered(EventId(*i as u16)), out);
                next = i + 1;
            }
            _ => break,
        }
    }
}

/// The first ending whose condition holds; on the last turn the scored endings are considered too.
fn reach_ending(scn: &Scenario, world: &World, out: &mut Vec<Happening>) -> Option<Outcome> {
    let last = world.turn + 1 >= world.turns(scn);
    let ctx = Context::default();
    let scores = [score::of(scn, world, Side::Builder), score::of(scn, world, Side::Collective)];
    for (i, ending) in scn.endings.iter().enumerate() {
        if ending.last_turn_only && !last {
            continue;
        }
        if condition::holds(scn, world, &ending.condition, &ctx) {
            let winner = match ending.winner {
                Winner::Side(side) => Some(side),
                Winner::Nobody => None,
                Winner::ByScore => score::winner(scores),
            };
            return Some(Outcome { ending: EndingId(i as u16), winner, turn: world.turn, scores });
        }
    }
    for (i, ending) in scn.endings.iter().enumerate() {
        if let Some((warning, _)) = &ending.warning
            && condition::holds(scn, world, warning, &ctx)
        {
            out.push(Happening::Warning(EndingId(i as u16)));
        }
    }
    // A validated level always ends on its last turn; a hand-built one falls back on its last ending.
    (last && !scn.endings.is_empty()).then(|| {
        let ending = EndingId(scn.endings.len() as u16 - 1);
        Outcome { ending, winner: score::winner(scores), turn: world.turn, scores }
    })
}
