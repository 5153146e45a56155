//! A saved game checked whole against its level before it is used: every index in range, every
//! list the length the level gives it, every number finite and within sense, the phase and the
//! outcome agreeing. A save that fails is refused with the first reason found; one that passes
//! cannot make the core index out of bounds or compute with NaN.

use super::facilitator::{Facilitation, MAX_CALLED, MAX_NOTE_CHARS, MAX_NOTES};
use super::happening::{Cause, Factor, Happening, Quantity, WaitReason};
use super::history::History;
use super::order::{Order, Target};
use super::world::{Phase, ProjectStatus, World};
use super::{Scenario, Side};

use super::bounds::{MAX_ACTION_POINTS, MAX_AMOUNT, MAX_PROJECTS, MAX_TURNS_LEFT};

/// A larger log than this is no game's.
const MAX_LOG: usize = 5_000_000;

macro_rules! ensure {
    ($cond:expr, $($why:tt)+) => {
        // `!(x >= 0.0)` on purpose: a NaN fails the check too.
        #[allow(clippy::neg_cmp_op_on_partial_ord)]
        if !$cond {
            return Err(format!($($why)+));
        }
    };
}

fn finite(x: f64, what: &str) -> Result<(), String> {
    ensure!(x.is_finite(), "{what} is not a finite number ({x})");
    Ok(())
}

fn amount(x: f64, what: &str) -> Result<(), String> {
    finite(x, what)?;
    ensure!(x >= 0.0, "{what} is negative ({x})");
    ensure!(x <= MAX_AMOUNT, "{what} is {x}, past the most a game holds ({MAX_AMOUNT})");
    Ok(())
}

/// The world of a save, against its level.
pub fn world(scn: &Scenario, w: &World) -> Result<(), String> {
    if let Some(end) = w.session_end {
        ensure!(end >= 1 && end <= scn.calendar.turns, "the session ends at turn {end}, outside the level's turns");
        ensure!(w.turn <= end, "turn {} is past the session's last turn ({end})", w.turn + 1);
    }
    ensure!(w.turn <= scn.calendar.turns, "turn {} is past the level's {} turns", w.turn, scn.calendar.turns);
    // Turns are counted from 0: a game still being played is at most at the last one.
    ensure!(
        w.turn < scn.calendar.turns || w.phase == Phase::Ended,
        "the game is still being played at turn {} of a level of {} turns",
        w.turn + 1,
        scn.calendar.turns
    );
    match (&w.phase, &w.outcome) {
        (Phase::Orders(_), None) | (Phase::Ended, Some(_)) => {}
        (Phase::Orders(_), Some(_)) => return Err("the game has an outcome but is still being played".into()),
        (Phase::Ended, None) => return Err("the game is over but has no outcome".into()),
    }
    ensure!(w.stocks.len() == scn.places.len(), "{} places saved, the level has {}", w.stocks.len(), scn.places.len());
    for (p, (stocks, def)) in w.stocks.iter().zip(&scn.places).enumerate() {
        ensure!(
            stocks.len() == def.stocks.len(),
            "place {p} has {} stocks, the level gives it {}",
            stocks.len(),
            def.stocks.len()
        );
        for (s, (stock, sdef)) in stocks.iter().zip(&def.stocks).enumerate() {
            let what = format!("stock {s} of place {p}");
            ensure!(stock.kind == sdef.kind, "{what} is of another kind than the level's");
            amount(stock.capacity, &format!("the capacity of {what}"))?;
            amount(stock.reserved, &format!("the reserved capacity of {what}"))?;
            ensure!(
                stock.demand.len() == scn.users.len(),
                "{what} has {} users, the level {}",
                stock.demand.len(),
                scn.users.len()
            );
            for d in &stock.demand {
                amount(*d, &format!("a demand on {what}"))?;
            }
        }
    }
    ensure!(
        w.indicators.len() == scn.indicators.len(),
        "{} indicators saved, the level has {}",
        w.indicators.len(),
        scn.indicators.len()
    );
    for (value, def) in w.indicators.iter().zip(&scn.indicators) {
        finite(*value, &format!("indicator `{}`", def.key))?;
        ensure!(
            *value >= def.min - 1e-6 && *value <= def.max + 1e-6,
            "indicator `{}` is {value}, outside {}..{}",
            def.key,
            def.min,
            def.max
        );
    }
    for side in Side::BOTH {
        let state = w.side(side);
        let defs = &scn.side(side).resources;
        ensure!(
            state.resources.len() == defs.len(),
            "{side:?} has {} resources, the level {}",
            state.resources.len(),
            defs.len()
        );
        ensure!(state.extra_income.len() == defs.len(), "{side:?}'s incomes do not match its resources");
        for x in state.resources.iter().chain(&state.extra_income) {
            finite(*x, &format!("a resource of {side:?}"))?;
        }
        for x in &state.resources {
            amount(*x, &format!("a resource of {side:?}"))?;
        }
        ensure!(state.action_points <= MAX_ACTION_POINTS, "{side:?} has {} action points", state.action_points);
        if w.teams {
            ensure!(
                state.team_points.len() == scn.side(side).teams.len(),
                "{side:?} has {} teams' points, the level {} teams",
                state.team_points.len(),
                scn.side(side).teams.len()
            );
        } else {
            ensure!(state.team_points.is_empty(), "{side:?} has teams' points in a game not played in teams");
        }
        for points in &state.team_points {
            ensure!(*points <= MAX_ACTION_POINTS, "a team of {side:?} has {points} action points");
        }
        ensure!(
            state.secrets_revealed_before <= w.turn + 1,
            "{side:?}'s secrets are revealed up to a turn still to come"
        );
    }
    ensure!(!w.team_by_team || w.teams, "a game played team by team that is not played in teams");
    if let Some(team) = w.team_at {
        let Phase::Orders(side) = w.phase else {
            return Err("a team holds the keyboard of a game that is over".into());
        };
        ensure!(
            w.team_by_team && (team as usize) < scn.side(side).teams.len(),
            "team {team} of {side:?} holds the keyboard, which the level or the game does not allow"
        );
    }
    ensure!(w.flags.len() == scn.flags.len(), "{} flags saved, the level has {}", w.flags.len(), scn.flags.len());
    ensure!(
        w.uses.len() == scn.actions.len(),
        "{} action counts saved, the level has {} actions",
        w.uses.len(),
        scn.actions.len()
    );
    for (n, def) in w.uses.iter().zip(&scn.actions) {
        ensure!(
            def.max_uses.is_none_or(|max| *n <= max),
            "action `{}` was used {n} times, more than it may be",
            def.key
        );
    }
    ensure!(
        w.fired.len() == scn.events.len() && w.held.len() == scn.events.len(),
        "the events saved do not match the level's"
    );
    ensure!(w.called.len() <= MAX_CALLED, "{} cards called for one turn: more than a facilitator may", w.called.len());
    for e in &w.called {
        ensure!(e.index() < scn.events.len(), "a card called is not one of the level's");
    }
    ensure!(w.projects.len() <= MAX_PROJECTS, "{} projects: more than any game makes", w.projects.len());
    for (i, p) in w.projects.iter().enumerate() {
        ensure!(p.id.index() == i, "project {i} is numbered {}", p.id.index());
        ensure!(p.action.index() < scn.actions.len(), "project {i} comes from an action the level lacks");
        let action = scn.action(p.action);
        ensure!(action.side == p.side, "project {i} belongs to the other side");
        let Some(def) = &action.project else {
            return Err(format!("project {i} comes from an action that starts none"));
        };
        let steps = def.milestones.len();
        let milestone_ok = match p.status {
            ProjectStatus::Completed => p.milestone <= steps,
            _ => p.milestone < steps,
        };
        ensure!(milestone_ok, "project {i} is at step {}, of {steps}", p.milestone);
        ensure!(
            p.place.is_none_or(|place| place.index() < scn.places.len()),
            "project {i} is at a place the level lacks"
        );
        ensure!(p.started <= w.turn, "project {i} starts at a turn to come");
        ensure!(
            p.remaining <= MAX_TURNS_LEFT && p.blocked <= MAX_TURNS_LEFT,
            "project {i} waits for {} turns",
            p.remaining.max(p.blocked)
        );
    }
    if let Some(outcome) = &w.outcome {
        ensure!(outcome.ending.index() < scn.endings.len(), "the game ended on an ending the level lacks");
        ensure!(outcome.turn <= scn.calendar.turns, "the game ended after its last turn");
        for s in outcome.scores {
            finite(s, "a final score")?;
        }
    }
    Ok(())
}

/// The history of a save, against its level and its world.
pub fn history(scn: &Scenario, w: &World, h: &History) -> Result<(), String> {
    ensure!(h.log.len() <= MAX_LOG, "{} entries in the log: more than any game writes", h.log.len());
    ensure!(h.notes.len() <= MAX_NOTES, "{} notes: more than a game keeps", h.notes.len());
    for (n, note) in h.notes.iter().enumerate() {
        ensure!(note.turn <= w.turn, "note {n} is on a turn to come");
        ensure!(note.text.chars().count() <= MAX_NOTE_CHARS, "note {n} is longer than a note may be");
    }
    record(scn, &h.record)?;
    // Two phases a turn, each timed once.
    ensure!(
        h.timings.len() as u64 <= 2 * (w.turn as u64 + 1),
        "{} phase timings for {} turns",
        h.timings.len(),
        w.turn + 1
    );
    for t in &h.timings {
        ensure!(t.turn <= w.turn && t.seconds <= super::history::MAX_PHASE_SECONDS, "a phase timing out of the game");
    }
    let ids = Ids { scn, projects: &w.projects };
    let mut last = 0;
    for (n, entry) in h.log.iter().enumerate() {
        ensure!(entry.turn >= last && entry.turn <= w.turn, "log entry {n} is out of turn order");
        last = entry.turn;
        ids.happening(&entry.happening).map_err(|why| format!("log entry {n}: {why}"))?;
    }
    ensure!(
        h.snapshots.len() as u64 <= scn.calendar.turns as u64 + 2,
        "{} turn records for a game of {} turns",
        h.snapshots.len(),
        scn.calendar.turns
    );
    for (n, snap) in h.snapshots.iter().enumerate() {
        ensure!(snap.turn <= w.turn, "turn record {n} is of a turn to come");
        ensure!(snap.stocks.len() == scn.places.len(), "turn record {n} has {} places", snap.stocks.len());
        for (stocks, def) in snap.stocks.iter().zip(&scn.places) {
            ensure!(stocks.len() == def.stocks.len(), "turn record {n} does not match the level's stocks");
            for (a, b, c) in stocks {
                for x in [a, b, c] {
                    finite(*x, &format!("a figure of turn record {n}"))?;
                }
            }
        }
        ensure!(snap.indicators.len() == scn.indicators.len(), "turn record {n} does not match the level's indicators");
        for side in Side::BOTH {
            ensure!(
                snap.resources[side.index()].len() == scn.side(side).resources.len(),
                "turn record {n} does not match the resources"
            );
        }
        ensure!(
            snap.progress.is_empty() || snap.progress.len() == scn.endings.len(),
            "turn record {n} does not match the endings"
        );
        for x in snap.indicators.iter().chain(snap.resources.iter().flatten()).chain(&snap.progress) {
            finite(*x, &format!("a figure of turn record {n}"))?;
        }
    }
    Ok(())
}

/// A game's record (`sim::record`), against its level: every order's action, place and event
/// in range, projects within what a game may hold (a project named by a step may have been
/// taken back since), notes as the facilitator may write them.
pub fn record(scn: &Scenario, record: &super::record::Record) -> Result<(), String> {
    use super::record::{MAX_STEPS, Step};
    ensure!(record.steps.len() <= MAX_STEPS, "{} steps in the record: more than any game gives", record.steps.len());
    let ids = Ids { scn, projects: &[] };
    for (n, step) in record.steps.iter().enumerate() {
        let order = |o: &Order| -> Result<(), String> {
            ids.action(o.action)?;
            match o.target {
                Target::None => Ok(()),
                Target::Place(p) => ids.place(p),
                Target::Project(p) => Ids::check(p.index() < MAX_PROJECTS, "a project"),
            }
        };
        let checked = match step {
            Step::Give(o, reason) | Step::Submit(o, reason) => order(o).and_then(|()| match reason {
                Some(r) => order(&r.order).and_then(|()| ids.factors(r)),
                None => Ok(()),
            }),
            Step::Call(e) => ids.event(*e),
            Step::Note(text) => Ids::check(text.chars().count() <= MAX_NOTE_CHARS, "a note of that length"),
            Step::EndPhase(_)
            | Step::EndTeam(_)
            | Step::BeginSession { .. }
            | Step::Teams
            | Step::TeamByTeam
            | Step::TakeBack
            | Step::EndAfterThisTurn => Ok(()),
        };
        checked.map_err(|why| format!("step {n} of the record: {why}"))?;
    }
    Ok(())
}

/// Index checks against the level's tables and the saved projects.
struct Ids<'a> {
    scn: &'a Scenario,
    projects: &'a [super::world::Project],
}

impl Ids<'_> {
    fn check(ok: bool, what: &str) -> Result<(), String> {
        ensure!(ok, "it names {what} the level lacks");
        Ok(())
    }

    fn place(&self, p: super::PlaceId) -> Result<(), String> {
        Self::check(p.index() < self.scn.places.len(), "a place")
    }

    fn project(&self, p: super::ProjectId) -> Result<(), String> {
        Self::check(p.index() < self.projects.len(), "a project")
    }

    fn action(&self, a: super::ActionId) -> Result<(), String> {
        Self::check(a.index() < self.scn.actions.len(), "an action")
    }

    fn event(&self, e: super::EventId) -> Result<(), String> {
        Self::check(e.index() < self.scn.events.len(), "an event")
    }

    fn ending(&self, e: super::EndingId) -> Result<(), String> {
        Self::check(e.index() < self.scn.endings.len(), "an ending")
    }

    fn resource(&self, side: Side, r: super::ResourceId) -> Result<(), String> {
        Self::check(r.index() < self.scn.side(side).resources.len(), "a resource")
    }

    fn order(&self, o: &Order) -> Result<(), String> {
        self.action(o.action)?;
        match o.target {
            Target::None => Ok(()),
            Target::Place(p) => self.place(p),
            Target::Project(p) => self.project(p),
        }
    }

    fn factors(&self, reason: &super::happening::Reason) -> Result<(), String> {
        for (factor, value) in &reason.factors {
            finite(*value, "a reason's weight")?;
            match factor {
                Factor::Score(side, term) => {
                    Self::check((*term as usize) < self.scn.scores[side.index()].len(), "a score term")?
                }
                Factor::Progress(_) => {}
                Factor::Resource(side, r) => self.resource(*side, *r)?,
                Factor::Ending(e) | Factor::Warning(e) => self.ending(*e)?,
            }
        }
        Ok(())
    }

    /// The steps of a saved project's action (checked against the level with the world).
    fn steps(&self, project: super::ProjectId) -> Result<&[super::scenario::MilestoneDef], String> {
        self.project(project)?;
        let action = self.projects[project.index()].action;
        self.action(action)?;
        Ok(self.scn.action(action).project.as_ref().map_or(&[][..], |d| &d.milestones[..]))
    }

    fn milestone(&self, project: super::ProjectId, m: u16) -> Result<(), String> {
        Self::check((m as usize) < self.steps(project)?.len(), "a project step")
    }

    fn cause(&self, c: &Cause) -> Result<(), String> {
        match c {
            Cause::Order { action, .. } => self.action(*action),
            Cause::Event(e) => self.event(*e),
            Cause::Milestone { project, milestone } => self.milestone(*project, *milestone),
            Cause::Pressure { place, .. } => self.place(*place),
            Cause::Income(_) | Cause::Drift => Ok(()),
            // Views mask causes; the game's own log never holds a masked one.
            Cause::Unknown => Err("a cause masked for a viewer in the game's own log".into()),
        }
    }

    fn quantity(&self, q: &Quantity) -> Result<(), String> {
        match q {
            Quantity::Indicator(i) => Self::check(i.index() < self.scn.indicators.len(), "an indicator"),
            Quantity::Resource(side, r) | Quantity::Income(side, r) => self.resource(*side, *r),
            Quantity::Demand(p, _, u) => {
                self.place(*p)?;
                Self::check(u.index() < self.scn.users.len(), "a user")
            }
            Quantity::Capacity(p, _) | Quantity::Reserved(p, _) => self.place(*p),
        }
    }

    fn happening(&self, h: &Happening) -> Result<(), String> {
        match h {
            Happening::TurnStarted { .. } | Happening::PhaseEnded(_) | Happening::RecordFull => Ok(()),
            Happening::TeamDone { side, team } => {
                Self::check((*team as usize) < self.scn.side(*side).teams.len(), "a team")
            }
            Happening::News(e) | Happening::Called(e) | Happening::Triggered(e) => self.event(*e),
            Happening::Facilitated(act) => match act {
                Facilitation::Called(e) => self.event(*e),
                Facilitation::TookBack { .. } | Facilitation::EndsAfterThisTurn => Ok(()),
            },
            Happening::OrderGiven { order, .. } | Happening::CameToNothing { order } => self.order(order),
            Happening::Reasoned(reason) => {
                self.order(&reason.order)?;
                self.factors(reason)
            }
            Happening::Changed { quantity, delta, cause } => {
                finite(*delta, "a change")?;
                self.quantity(quantity)?;
                self.cause(cause)
            }
            Happening::Flag { flag, cause, .. } => {
                Self::check(flag.index() < self.scn.flags.len(), "a flag")?;
                self.cause(cause)
            }
            Happening::Revealed { place, cause, .. } => {
                self.place(*place)?;
                self.cause(cause)
            }
            Happening::SecretsRevealed { cause, .. } => self.cause(cause),
            Happening::Draw { chance, cause, .. } => {
                ensure!((0.0..=1.0).contains(chance), "a draw's odds are {chance}");
                self.cause(cause)
            }
            Happening::ProjectStarted(p) | Happening::ProjectCompleted(p) => self.project(*p),
            Happening::ProjectWaiting { project, reason } => {
                self.project(*project)?;
                match reason {
                    WaitReason::Blocked(_) => Ok(()),
                    WaitReason::Requirement(n) => {
                        let most = self.steps(*project)?.iter().map(|m| m.requires.len()).max().unwrap_or(0);
                        Self::check((*n as usize) < most, "a step's requirement")
                    }
                }
            }
            Happening::ProjectDelayed { project, cause, .. }
            | Happening::ProjectBlocked { project, cause, .. }
            | Happening::ProjectCancelled { project, cause }
            | Happening::ProjectMarked { project, cause, .. } => {
                self.project(*project)?;
                self.cause(cause)
            }
            Happening::MilestoneReached { project, milestone } => self.milestone(*project, *milestone),
            Happening::LevelChanged { place, pressure, .. } => {
                finite(*pressure, "a pressure")?;
                self.place(*place)
            }
            Happening::Warning(e) | Happening::Ended { ending: e, .. } => self.ending(*e),
        }
    }
}
