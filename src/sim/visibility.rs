//! What each seat may see: a side sees its own moves and purse; the builders' hidden figures
//! (real water draw, upstream extraction) stay hidden from everyone else until revealed; a
//! side's secret moves stay hidden from the other side and from the public until revealed.
//! The public projector is a seat too: it sees what neither side keeps to itself.

use serde::{Deserialize, Serialize};

use super::happening::{Cause, Happening, Quantity};
use super::history::Entry;
use super::ids::*;
use super::scenario::{EffectsShow, Scenario, Side, StockKind};
use super::world::World;

/// Who is looking: one side at its own screen, the public (a projector, a spectator), or a
/// workshop's facilitator at the console, who sees every side's secrets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Viewer {
    Side(Side),
    Public,
    Facilitator,
}

impl Viewer {
    /// Whether this viewer knows what `side` knows, its purse and its secrets: the side
    /// itself, or the facilitator.
    pub fn is(self, side: Side) -> bool {
        self == Viewer::Side(side) || self == Viewer::Facilitator
    }

    /// Stable key, used by the command line and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Viewer::Side(side) => side.key(),
            Viewer::Public => "public",
            Viewer::Facilitator => "facilitator",
        }
    }
}

impl From<Side> for Viewer {
    fn from(side: Side) -> Viewer {
        Viewer::Side(side)
    }
}

/// Whether `viewer` knows the figures of the stock of `kind` at `place`.
pub fn sees_stock(world: &World, viewer: impl Into<Viewer>, place: PlaceId, kind: StockKind) -> bool {
    // Hidden quantities are the builders' private knowledge.
    viewer.into().is(Side::Builder) || world.stock(place, kind).is_none_or(|s| !s.hidden)
}

/// Whether an order of `side`'s secret action given in `turn` is known to `viewer`.
fn sees_secret(world: &World, viewer: Viewer, side: Side, turn: u32) -> bool {
    viewer.is(side) || turn < world.side(side).secrets_revealed_before
}

/// Whether `viewer` knows about a project (a secret one is known once revealed).
pub fn sees_project(world: &World, viewer: impl Into<Viewer>, project: ProjectId) -> bool {
    let viewer = viewer.into();
    world.project(project).is_none_or(|p| !p.secret || sees_secret(world, viewer, p.side, p.started))
}

/// Whether `viewer` knows what caused a happening of `turn`.
pub fn sees_cause(scn: &Scenario, world: &World, viewer: impl Into<Viewer>, cause: &Cause, turn: u32) -> bool {
    let viewer = viewer.into();
    match cause {
        Cause::Order { side, action } => !scn.action(*action).secret || sees_secret(world, viewer, *side, turn),
        Cause::Milestone { project, .. } => sees_project(world, viewer, *project),
        Cause::Pressure { place, kind } => sees_stock(world, viewer, *place, *kind),
        // A side's income is its own business.
        Cause::Income(side) => viewer.is(*side),
        Cause::Event(_) | Cause::Drift | Cause::Unknown => true,
    }
}

/// Whether a change with this cause, to a viewer who does not know the cause, stays out of
/// sight until the secret comes out (the level says so of the secret action, for its own
/// effects and its project's): `EffectsShow::WhenRevealed`.
pub fn waits_for_reveal(scn: &Scenario, world: &World, cause: &Cause) -> bool {
    let action = match cause {
        Cause::Order { action, .. } => *action,
        Cause::Milestone { project, .. } => match world.project(*project) {
            Some(p) => p.action,
            None => return false,
        },
        _ => return false,
    };
    let def = scn.action(action);
    def.secret && def.effects_show == EffectsShow::WhenRevealed
}

/// Whether `viewer` knows the value of a quantity.
pub fn sees_quantity(world: &World, viewer: impl Into<Viewer>, quantity: &Quantity) -> bool {
    let viewer = viewer.into();
    match quantity {
        Quantity::Demand(place, kind, _) | Quantity::Capacity(place, kind) | Quantity::Reserved(place, kind) => {
            sees_stock(world, viewer, *place, *kind)
        }
        // Each side's purse is its own business.
        Quantity::Resource(side, _) | Quantity::Income(side, _) => viewer.is(*side),
        Quantity::Indicator(_) => true,
    }
}

/// A log entry as `viewer` may read it now: `None` when it may not know of it at all; the
/// entry itself when it may; and, for a change of a figure it knows made by something it may
/// not know (a secret order moving a public indicator), the change with its cause replaced by
/// [`Cause::Unknown`]: the figure moved, "for reasons you do not know".
pub fn seen(scn: &Scenario, world: &World, viewer: impl Into<Viewer>, entry: &Entry) -> Option<Entry> {
    let viewer = viewer.into();
    let turn = entry.turn;
    let cause_seen = |cause: &Cause| sees_cause(scn, world, viewer, cause, turn);
    let visible = match &entry.happening {
        Happening::OrderGiven { order, secret } => !secret || sees_secret(world, viewer, order.side, turn),
        Happening::CameToNothing { order } => {
            !scn.action(order.action).secret || sees_secret(world, viewer, order.side, turn)
        }
        Happening::Reasoned(reason) => {
            let order = &reason.order;
            !scn.action(order.action).secret || sees_secret(world, viewer, order.side, turn)
        }
        Happening::Changed { quantity, delta, cause } => {
            if !sees_quantity(world, viewer, quantity) {
                return None;
            }
            if !cause_seen(cause) {
                // A secret whose level keeps its effects out of sight until it comes out: the
                // figure has not moved, as far as this viewer knows (the view puts it back).
                if waits_for_reveal(scn, world, cause) {
                    return None;
                }
                let happening = Happening::Changed { quantity: *quantity, delta: *delta, cause: Cause::Unknown };
                return Some(Entry { turn, happening });
            }
            true
        }
        Happening::Flag { cause, .. } | Happening::Draw { cause, .. } => cause_seen(cause),
        Happening::Revealed { .. } | Happening::SecretsRevealed { .. } => true,
        Happening::ProjectStarted(p)
        | Happening::ProjectCompleted(p)
        | Happening::MilestoneReached { project: p, .. } => sees_project(world, viewer, *p),
        Happening::ProjectWaiting { project, .. } => sees_project(world, viewer, *project),
        // What befalls a known project shows; who did it may not.
        Happening::ProjectDelayed { project, cause, .. }
        | Happening::ProjectBlocked { project, cause, .. }
        | Happening::ProjectCancelled { project, cause } => {
            if !sees_project(world, viewer, *project) {
                return None;
            }
            if !cause_seen(cause) {
                let mut masked = entry.clone();
                set_cause(&mut masked.happening, Cause::Unknown);
                return Some(masked);
            }
            true
        }
        // A choice made for a project by a secret order is part of the secret.
        Happening::ProjectMarked { project, cause, .. } => sees_project(world, viewer, *project) && cause_seen(cause),
        Happening::LevelChanged { place, kind, .. } => sees_stock(world, viewer, *place, *kind),
        Happening::TurnStarted { .. }
        | Happening::News(_)
        | Happening::Called(_)
        | Happening::Facilitated(_)
        | Happening::RecordFull
        | Happening::TeamDone { .. }
        | Happening::Triggered(_)
        | Happening::PhaseEnded(_)
        | Happening::Warning(_)
        | Happening::Ended { .. } => true,
    };
    visible.then(|| entry.clone())
}

fn set_cause(happening: &mut Happening, to: Cause) {
    if let Happening::ProjectDelayed { cause, .. }
    | Happening::ProjectBlocked { cause, .. }
    | Happening::ProjectCancelled { cause, .. } = happening
    {
        *cause = to;
    }
}

/// Whether `viewer` may see a log entry now, in some form (see [`seen`]).
pub fn sees(scn: &Scenario, world: &World, viewer: impl Into<Viewer>, entry: &Entry) -> bool {
    seen(scn, world, viewer, entry).is_some()
}

/// The stocks whose figures a viewer sees but a secret's withheld effect has moved (a change
/// its level keeps out of sight until the secret comes out, `EffectsShow::WhenRevealed`), each
/// with the first turn it did. A level crossing of such a stock from that turn on may come of
/// the withheld change: it stays out of the viewer's sight as the change does, or the viewer
/// would read "now critical" over a figure that, as far as it knows, has not moved.
#[derive(Clone, Debug, Default)]
pub struct Withheld(std::collections::BTreeMap<(PlaceId, StockKind), u32>);

impl Withheld {
    /// Worked out from the game's whole log.
    pub fn of(scn: &Scenario, world: &World, log: &[Entry], viewer: impl Into<Viewer>) -> Withheld {
        let viewer = viewer.into();
        let mut first = std::collections::BTreeMap::new();
        for e in log {
            if let Happening::Changed {
                quantity: Quantity::Demand(p, k, _) | Quantity::Capacity(p, k) | Quantity::Reserved(p, k),
                cause,
                ..
            } = &e.happening
                && waits_for_reveal(scn, world, cause)
                && !sees_cause(scn, world, viewer, cause, e.turn)
                && sees_stock(world, viewer, *p, *k)
            {
                first.entry((*p, *k)).or_insert(e.turn);
            }
        }
        Withheld(first)
    }

    /// Whether `entry` is a level crossing that may come of a withheld change.
    pub fn hides(&self, entry: &Entry) -> bool {
        matches!(&entry.happening, Happening::LevelChanged { place, kind, .. }
            if self.0.get(&(*place, *kind)).is_some_and(|first| entry.turn >= *first))
    }
}

/// The whole log as `viewer` may read it: [`seen`] for each entry, and no level crossing that a
/// withheld change may have caused ([`Withheld`]).
pub fn seen_log<'a>(
    scn: &'a Scenario,
    world: &'a World,
    log: &'a [Entry],
    viewer: impl Into<Viewer>,
) -> impl DoubleEndedIterator<Item = (usize, Entry)> + 'a {
    let viewer = viewer.into();
    let withheld = Withheld::of(scn, world, log, viewer);
    log.iter()
        .enumerate()
        .filter(move |(_, e)| !withheld.hides(e))
        .filter_map(move |(i, e)| seen(scn, world, viewer, e).map(|e| (i, e)))
}
