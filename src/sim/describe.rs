//! Words for what the core decides: why an order is refused, what a condition asks, what
//! happened and why. The shell and the CLI show these; they never recompute them.

use super::condition::{self, Context};
use super::facilitator::Facilitation;
use super::happening::{Cause, Happening, Quantity, WaitReason};
use super::ids::*;
use super::order::{Order, Refusal, Target};
use super::pressure;
use super::rules::{Cmp, Condition};
use super::scenario::{Scenario, Side, StockKind};
use super::world::{Level, World};
use crate::i18n::{Lang, labelled, number, percent, tr, tr_args};

pub fn side(scn: &Scenario, side: Side, lang: Lang) -> String {
    scn.side(side).name.get(lang).to_owned()
}

pub fn kind(kind: StockKind, lang: Lang) -> String {
    tr(lang, &format!("stock-{}", kind.key()))
}

/// Who draws on a stock and how much, largest first ("residents 50", "industry 8"): the causes
/// of its pressure.
pub fn users_of(scn: &Scenario, stock: &super::world::StockState, lang: Lang) -> Vec<String> {
    let mut users: Vec<(usize, f64)> = stock.demand.iter().copied().enumerate().filter(|(_, d)| *d > 0.0).collect();
    users.sort_by(|a, b| b.1.total_cmp(&a.1));
    users.into_iter().map(|(u, d)| format!("{} {}", scn.users[u].name.get(lang), number(lang, d))).collect()
}

/// How full a stock is booked, when part of it is reserved without being drawn ("booked 104%
/// (40 held in reserve)"); `None` where nothing is reserved.
pub fn booking(scn: &Scenario, world: &World, stock: &super::world::StockState, lang: Lang) -> Option<String> {
    (stock.reserved > 0.0).then(|| {
        let booked = pressure::booked(scn, world, stock) * 100.0;
        tr_args(
            lang,
            "stock-booked",
            &[("booked", crate::i18n::percent(lang, booked).into()), ("reserved", number(lang, stock.reserved).into())],
        )
    })
}

pub fn level(level: Level, lang: Lang) -> String {
    tr(
        lang,
        match level {
            Level::Calm => "level-calm",
            Level::Strained => "level-strained",
            Level::Critical => "level-critical",
        },
    )
}

fn place(scn: &Scenario, p: PlaceId, lang: Lang) -> String {
    scn.place(p).name.get(lang).to_owned()
}

fn indicator(scn: &Scenario, i: IndicatorId, lang: Lang) -> String {
    scn.indicators[i.index()].name.get(lang).to_owned()
}

fn resource(scn: &Scenario, s: Side, r: ResourceId, lang: Lang) -> String {
    scn.side(s).resources[r.index()].name.get(lang).to_owned()
}

/// A project tag in words: the name of the first project that carries it (levels name their
/// projects in both languages; tags are only ids).
fn tag(scn: &Scenario, tag: &str, lang: Lang) -> String {
    scn.actions
        .iter()
        .filter_map(|a| a.project.as_ref())
        .find(|p| p.tags.iter().any(|t| t == tag))
        .map_or_else(|| tag.to_owned(), |p| p.name.get(lang).to_owned())
}

fn cmp_key(cmp: Cmp) -> &'static str {
    match cmp {
        Cmp::AtLeast => "at-least",
        Cmp::Below => "below",
    }
}

/// What a target is called.
pub fn target(scn: &Scenario, world: &World, target: Target, lang: Lang) -> String {
    match target {
        Target::None => String::new(),
        Target::Place(p) => place(scn, p, lang),
        Target::Project(id) => project(scn, world, id, lang),
    }
}

/// A project's name, with its place when it has one.
pub fn project(scn: &Scenario, world: &World, id: ProjectId, lang: Lang) -> String {
    let Some(p) = world.project(id) else { return String::new() };
    let mut name = scn.action(p.action).project.as_ref().map_or("", |d| d.name.get(lang)).to_owned();
    // Several projects of one kind at one place are told apart by their order: "Port data
    // centre 2 (La Joliette)".
    let same: Vec<ProjectId> =
        world.projects.iter().filter(|q| q.action == p.action && q.place == p.place).map(|q| q.id).collect();
    if same.len() > 1
        && let Some(n) = same.iter().position(|q| *q == id)
    {
        name = format!("{name} {}", n + 1);
    }
    match p.place {
        Some(at) => format!("{name} ({})", place(scn, at, lang)),
        None => name.to_owned(),
    }
}

/// What a list of effects does, one line each, in words: what an action does before it is
/// chosen ("public awareness +3", "water demand, data centres: +1,000 (the target)").
pub fn effects(scn: &Scenario, world: &World, effects: &[super::rules::Effect], lang: Lang) -> Vec<String> {
    effects.iter().map(|e| effect(scn, world, e, lang)).collect()
}

/// What a list of effects would do for an order at one target, as the viewer knows the world:
/// an effect on a condition is given where the condition holds, left out where it does not, and
/// marked as uncertain where it hangs on a figure the viewer does not know. Empty when nothing
/// applies there.
pub fn effects_here(
    scn: &Scenario,
    view: &super::View,
    list: &[super::rules::Effect],
    ctx: &Context,
    lang: Lang,
) -> Vec<String> {
    use super::rules::Effect;
    let mut lines = Vec::new();
    for e in list {
        match e {
            Effect::If(c, inner) => match view.holds_as_known(scn, c, ctx) {
                Some(true) => lines.extend(effects_here(scn, view, inner, ctx, lang)),
                Some(false) => {}
                None => {
                    let inner = effects(scn, &view.world, inner, lang).join(", ");
                    lines.push(tr_args(lang, "eff-if-unknown", &[("effects", inner.into())]));
                }
            },
            _ => lines.push(effect(scn, &view.world, e, lang)),
        }
    }
    lines
}

/// The same, short enough for a card: an effect that depends on a condition gives what it does
/// and that it depends on one, the condition itself being left to the full description.
pub fn effects_brief(scn: &Scenario, world: &World, effects: &[super::rules::Effect], lang: Lang) -> Vec<String> {
    use super::rules::Effect;
    effects
        .iter()
        .map(|e| match e {
            Effect::If(_, inner) => {
                tr_args(lang, "eff-if-brief", &[("effects", effects_brief(scn, world, inner, lang).join(", ").into())])
            }
            _ => effect(scn, world, e, lang),
        })
        .collect()
}

fn effect_place(scn: &Scenario, at: super::rules::PlaceRef, lang: Lang) -> String {
    match at {
        super::rules::PlaceRef::Id(p) => place(scn, p, lang),
        super::rules::PlaceRef::Target => tr(lang, "cond-target"),
    }
}

fn effect(scn: &Scenario, world: &World, e: &super::rules::Effect, lang: Lang) -> String {
    use super::rules::Effect;
    let resource = |side: Side, r: super::ResourceId| scn.side(side).resources[r.index()].name.get(lang).to_owned();
    match e {
        Effect::Indicator(i, d) => tr_args(
            lang,
            "eff-indicator",
            &[("name", scn.indicators[i.index()].name.get(lang).into()), ("delta", signed(lang, *d).into())],
        ),
        Effect::Resource(s, r, d) => tr_args(
            lang,
            "eff-resource",
            &[
                ("name", resource(*s, *r).into()),
                ("side", side(scn, *s, lang).into()),
                ("delta", signed(lang, *d).into()),
            ],
        ),
        Effect::Income(s, r, d) => tr_args(
            lang,
            "eff-income",
            &[
                ("name", resource(*s, *r).into()),
                ("side", side(scn, *s, lang).into()),
                ("delta", signed(lang, *d).into()),
            ],
        ),
        Effect::Demand(at, k, u, d) => tr_args(
            lang,
            "eff-demand",
            &[
                ("kind", kind(*k, lang).into()),
                ("user", scn.users[u.index()].name.get(lang).into()),
                ("delta", signed(lang, *d).into()),
                ("place", effect_place(scn, *at, lang).into()),
            ],
        ),
        Effect::Capacity(at, k, d) | Effect::Reserve(at, k, d) => tr_args(
            lang,
            if matches!(e, Effect::Capacity(..)) { "eff-capacity" } else { "eff-reserve" },
            &[
                ("kind", kind(*k, lang).into()),
                ("delta", signed(lang, *d).into()),
                ("place", effect_place(scn, *at, lang).into()),
            ],
        ),
        Effect::Mark(_) => tr(lang, "eff-mark"),
        Effect::SetFlag(f) | Effect::ClearFlag(f) => tr_args(
            lang,
            if matches!(e, Effect::SetFlag(_)) { "eff-set-flag" } else { "eff-clear-flag" },
            &[("flag", scn.flags[f.index()].name.get(lang).into())],
        ),
        Effect::Reveal(at, k) => tr_args(
            lang,
            "eff-reveal",
            &[("kind", kind(*k, lang).into()), ("place", effect_place(scn, *at, lang).into())],
        ),
        Effect::RevealKind(k) => tr_args(lang, "eff-reveal-kind", &[("kind", kind(*k, lang).into())]),
        Effect::RevealSecrets(s) => tr_args(lang, "eff-reveal-secrets", &[("side", side(scn, *s, lang).into())]),
        Effect::Delay(n) => tr_args(lang, "eff-delay", &[("turns", (*n).into())]),
        Effect::Block(n) => tr_args(lang, "eff-block", &[("turns", (*n).into())]),
        Effect::Cancel => tr(lang, "eff-cancel"),
        Effect::DelayTagged(t, n) => {
            tr_args(lang, "eff-delay-tagged", &[("tag", tag(scn, t, lang).into()), ("turns", (*n).into())])
        }
        Effect::Chance { then, otherwise, .. } => {
            let then = effects(scn, world, then, lang).join(", ");
            if otherwise.is_empty() {
                tr_args(lang, "eff-chance", &[("then", then.into())])
            } else {
                let otherwise = effects(scn, world, otherwise, lang).join(", ");
                tr_args(lang, "eff-chance-else", &[("then", then.into()), ("otherwise", otherwise.into())])
            }
        }
        Effect::If(c, inner) => tr_args(
            lang,
            "eff-if",
            &[
                ("condition", condition(scn, world, c, &Default::default(), lang).into()),
                ("effects", effects(scn, world, inner, lang).join(", ").into()),
            ],
        ),
    }
}

/// Where a project stands: "step 2 of 5: building permit, 2 turns to go", or that it is done.
pub fn project_step(scn: &Scenario, p: &super::world::Project, lang: Lang) -> String {
    let def = scn.action(p.action).project.as_ref();
    match (p.status, def.and_then(|d| d.milestones.get(p.milestone).map(|m| (d, m)))) {
        (super::world::ProjectStatus::Completed, _) | (_, None) => tr(lang, "ui-project-done"),
        (_, Some((def, step))) => tr_args(
            lang,
            "ui-project-step",
            &[
                ("step", step.name.get(lang).into()),
                ("n", (p.milestone as u32 + 1).into()),
                ("of", (def.milestones.len() as u32).into()),
                ("turns", p.remaining.into()),
            ],
        ),
    }
}

/// An order in a sentence: "Builders: acquire a parcel (Arenc)".
pub fn order(scn: &Scenario, world: &World, order: &Order, lang: Lang) -> String {
    let action = scn.action(order.action).name.get(lang);
    let target = target(scn, world, order.target, lang);
    let who = side(scn, order.side, lang);
    if target.is_empty() { labelled(lang, &who, action) } else { labelled(lang, &who, &format!("{action} ({target})")) }
}

/// What an action costs, in words: "110 capital (M€), 2 influence".
pub fn cost(scn: &Scenario, action: ActionId, lang: Lang) -> String {
    let def = scn.action(action);
    let names = &scn.side(def.side).resources;
    def.cost
        .iter()
        .map(|(r, c)| format!("{} {}", number(lang, *c), names[r.index()].name.get(lang)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Both sides' scores in a line: "Builders 61, Collective 45.7".
pub fn scores(scn: &Scenario, scores: [f64; 2], lang: Lang) -> String {
    tr_args(
        lang,
        "cli-score-line",
        &[
            ("builder", side(scn, Side::Builder, lang).into()),
            ("bscore", number(lang, scores[0]).into()),
            ("collective", side(scn, Side::Collective, lang).into()),
            ("cscore", number(lang, scores[1]).into()),
        ],
    )
}

/// Which way an indicator helps whom, from the score terms: "A rise counts for the Collective;
/// a fall counts for the Builders" (or that it counts in no score).
pub fn indicator_stakes(scn: &Scenario, indicator: super::IndicatorId, lang: Lang) -> String {
    use super::rules::ScoreTerm;
    let (mut rise, mut fall) = (Vec::new(), Vec::new());
    for s in Side::BOTH {
        for term in &scn.scores[s.index()] {
            if let ScoreTerm::Indicator(i, w) = term
                && *i == indicator
            {
                if *w > 0.0 {
                    rise.push(side(scn, s, lang));
                } else if *w < 0.0 {
                    fall.push(side(scn, s, lang));
                }
            }
        }
    }
    let mut parts = Vec::new();
    if !rise.is_empty() {
        parts.push(tr_args(lang, "ui-indicator-rise-helps", &[("sides", rise.join(", ").into())]));
    }
    if !fall.is_empty() {
        parts.push(tr_args(lang, "ui-indicator-fall-helps", &[("sides", fall.join(", ").into())]));
    }
    if parts.is_empty() {
        return tr(lang, "ui-indicator-no-score");
    }
    parts.join("\n")
}

/// What counts in a side's score, one line a term: "public awareness × 1", "the moratorium: 50".
pub fn score_terms(scn: &Scenario, side: Side, lang: Lang) -> Vec<String> {
    use super::rules::ScoreTerm;
    scn.scores[side.index()]
        .iter()
        .map(|term| {
            let (what, weight) = match term {
                ScoreTerm::Indicator(i, w) => (scn.indicators[i.index()].name.get(lang).to_owned(), *w),
                ScoreTerm::Demand(u, k, w) => (
                    tr_args(
                        lang,
                        "cond-demand-of",
                        &[("user", scn.users[u.index()].name.get(lang).into()), ("kind", kind(*k, lang).into())],
                    ),
                    *w,
                ),
                ScoreTerm::Flag(f, w) => {
                    return tr_args(
                        lang,
                        "score-flag",
                        &[("flag", scn.flags[f.index()].name.get(lang).into()), ("points", number(lang, *w).into())],
                    );
                }
                ScoreTerm::Completed(t, w) => {
                    (tr_args(lang, "cond-completed", &[("tag", tag(scn, t, lang).into())]), *w)
                }
            };
            tr_args(lang, "score-term", &[("what", what.into()), ("weight", number(lang, weight).into())])
        })
        .collect()
}

/// Why an order cannot be given, in words a player understands.
pub fn refusal(scn: &Scenario, world: &World, order: &Order, refusal: &Refusal, lang: Lang) -> String {
    match refusal {
        Refusal::GameOver => tr(lang, "refusal-game-over"),
        Refusal::NotYourTurn { side: s, .. } => {
            tr_args(lang, "refusal-not-your-turn", &[("side", side(scn, *s, lang).into())])
        }
        Refusal::UnknownAction => tr(lang, "refusal-unknown-action"),
        Refusal::WrongSide { action_side } => {
            tr_args(lang, "refusal-wrong-side", &[("side", side(scn, *action_side, lang).into())])
        }
        Refusal::NoActionPoints { need, have } => {
            tr_args(lang, "refusal-no-action-points", &[("need", (*need).into()), ("have", (*have).into())])
        }
        Refusal::TeamActionPoints { team, need, have } => {
            let name = scn.side(order.side).teams.get(*team as usize).map_or("", |t| t.name.get(lang));
            tr_args(
                lang,
                "refusal-team-action-points",
                &[("team", name.into()), ("need", (*need).into()), ("have", (*have).into())],
            )
        }
        Refusal::NotThisTeamsTurn { team, now } => {
            let name = |t: u8| scn.side(order.side).teams.get(t as usize).map_or("", |t| t.name.get(lang));
            tr_args(lang, "refusal-not-this-teams-turn", &[("team", name(*team).into()), ("now", name(*now).into())])
        }
        Refusal::CannotAfford { resource: r, need, have } => tr_args(
            lang,
            "refusal-cannot-afford",
            &[
                ("resource", resource(scn, order.side, *r, lang).into()),
                ("need", (*need).into()),
                ("have", (*have).into()),
            ],
        ),
        Refusal::Requirement(i) => {
            let cond = &scn.action(order.action).requires[*i as usize];
            let ctx = super::orders::context(world, order.target);
            // "it needs without ..." does not read: a status in force is named as such.
            if let Condition::Not(inner) = cond
                && let Condition::Flag(f) = **inner
            {
                return tr_args(lang, "refusal-flag-in-force", &[("flag", scn.flags[f.index()].name.get(lang).into())]);
            }
            tr_args(lang, "refusal-requirement", &[("condition", condition(scn, world, cond, &ctx, lang).into())])
        }
        Refusal::UsedUp { max } => tr_args(lang, "refusal-used-up", &[("max", (*max).into())]),
        Refusal::TooManyProjects { max } => tr_args(lang, "refusal-too-many-projects", &[("max", (*max).into())]),
        Refusal::RecordFull => tr(lang, "refusal-record-full"),
        Refusal::NeedsTarget => tr(lang, "refusal-needs-target"),
        Refusal::NoTargetExpected => tr(lang, "refusal-no-target-expected"),
        Refusal::UnknownTarget => tr(lang, "refusal-unknown-target"),
        Refusal::WrongMap => tr(lang, "refusal-wrong-map"),
        Refusal::WrongKindOfPlace => tr(lang, "refusal-wrong-kind-of-place"),
        Refusal::ProjectNotUnderWay => tr(lang, "refusal-project-not-under-way"),
        Refusal::NotContestable { contest } => {
            // The way of contesting in words: the actions that contest this way, not the level's key.
            let ways: Vec<&str> = scn
                .actions
                .iter()
                .filter(|a| matches!(&a.target, super::scenario::TargetSpec::Project { contest: c } if c == contest))
                .map(|a| a.name.get(lang))
                .collect();
            let how = if ways.is_empty() { contest.clone() } else { ways.join(", ") };
            tr_args(lang, "refusal-not-contestable", &[("contest", how.into())])
        }
    }
}

/// A condition in words, with the current value where there is one ("awareness at least 40, now 23").
pub fn condition(scn: &Scenario, world: &World, cond: &Condition, ctx: &Context, lang: Lang) -> String {
    Words { scn, world, lang, unknown: &|_, _| false }.condition(cond, ctx)
}

/// A condition in words as a seat sees it, from its view: a figure the seat does not know reads
/// as an estimate ("now about 68%, an estimate"), never as if it were known.
pub fn condition_seen(scn: &Scenario, view: &super::View, cond: &Condition, ctx: &Context, lang: Lang) -> String {
    Words { scn, world: &view.world, lang, unknown: &|p, k| !view.knows(p, k) }.condition(cond, ctx)
}

/// What a condition is put in words with: the world read, and which stocks' figures the reader
/// does not know.
struct Words<'a> {
    scn: &'a Scenario,
    world: &'a World,
    lang: Lang,
    unknown: &'a dyn Fn(PlaceId, StockKind) -> bool,
}

impl Words<'_> {
    /// Whether any stock of `kind` is unknown to the reader.
    fn any_unknown(&self, kind: StockKind) -> bool {
        (0..self.world.stocks.len())
            .map(|p| PlaceId(p as u16))
            .any(|p| self.world.stock(p, kind).is_some() && (self.unknown)(p, kind))
    }

    fn condition(&self, cond: &Condition, ctx: &Context) -> String {
        let (words, scn, world, lang) = (self, self.scn, self.world, self.lang);
        let compare = |what: String, cmp: Cmp, value: f64, now: f64| {
            tr_args(
                lang,
                &format!("cond-{}", cmp_key(cmp)),
                &[("what", what.into()), ("value", number(lang, value).into()), ("now", number(lang, now).into())],
            )
        };
        // Pressures are shares of a capacity: in percent, so that 0.96 does not read "1" beside a
        // threshold of 1.
        let compare_share = |what: String, cmp: Cmp, value: f64, now: f64, known: bool| {
            let now = percent(lang, now * 100.0);
            let now = if known { now } else { tr_args(lang, "cond-now-estimate", &[("value", now.into())]) };
            tr_args(
                lang,
                &format!("cond-{}", cmp_key(cmp)),
                &[("what", what.into()), ("value", percent(lang, value * 100.0).into()), ("now", now.into())],
            )
        };
        match cond {
            Condition::Always => tr(lang, "cond-always"),
            Condition::Indicator(i, cmp, v) => compare(indicator(scn, *i, lang), *cmp, *v, world.indicators[i.index()]),
            Condition::Resource(s, r, cmp, v) => {
                compare(resource(scn, *s, *r, lang), *cmp, *v, world.side(*s).resources[r.index()])
            }
            Condition::Pressure(at, k, cmp, v) => {
                let supplier = ctx.stock_place(scn, *at, *k);
                let now = supplier.map_or(0.0, |p| pressure::at(scn, world, p, *k));
                let where_ = supplier.map_or_else(|| tr(lang, "cond-target"), |p| place(scn, p, lang));
                let what =
                    tr_args(lang, "cond-pressure-of", &[("kind", kind(*k, lang).into()), ("place", where_.into())]);
                compare_share(what, *cmp, *v, now, supplier.is_none_or(|p| !(words.unknown)(p, *k)))
            }
            Condition::MaxPressure(k, cmp, v) => {
                let what = tr_args(lang, "cond-max-pressure-of", &[("kind", kind(*k, lang).into())]);
                compare_share(what, *cmp, *v, pressure::max_of_kind(scn, world, *k), !words.any_unknown(*k))
            }
            Condition::Demand(u, k, cmp, v) => {
                let what = tr_args(
                    lang,
                    "cond-demand-of",
                    &[("user", scn.users[u.index()].name.get(lang).into()), ("kind", kind(*k, lang).into())],
                );
                compare(what, *cmp, *v, pressure::demand_of(world, *u, *k))
            }
            Condition::Flag(f) => tr_args(lang, "cond-flag", &[("flag", scn.flags[f.index()].name.get(lang).into())]),
            Condition::Completed(tag, cmp, n) | Condition::UnderWay(tag, cmp, n) => {
                let (key, status) = if matches!(cond, Condition::Completed(..)) {
                    ("cond-completed", super::world::ProjectStatus::Completed)
                } else {
                    ("cond-under-way", super::world::ProjectStatus::Active)
                };
                let what = tr_args(lang, key, &[("tag", self::tag(scn, tag, lang).into())]);
                compare(what, *cmp, *n as f64, condition::count_projects(scn, world, tag, status) as f64)
            }
            Condition::Season(s) => {
                tr_args(lang, "cond-season", &[("season", scn.calendar.seasons[s.index()].name.get(lang).into())])
            }
            Condition::Turn(cmp, n) => compare(tr(lang, "cond-turn"), *cmp, *n as f64 + 1.0, world.turn as f64 + 1.0),
            Condition::TargetTagged(tag) => tr_args(lang, "cond-target-tagged", &[("tag", tag.as_str().into())]),
            Condition::Known(at, k) => {
                let where_ =
                    ctx.stock_place(scn, *at, *k).map_or_else(|| tr(lang, "cond-target"), |p| place(scn, p, lang));
                tr_args(lang, "cond-known", &[("kind", kind(*k, lang).into()), ("place", where_.into())])
            }
            Condition::Booked(at, k, cmp, v) => {
                let supplier = ctx.stock_place(scn, *at, *k);
                let now = supplier.and_then(|p| world.stock(p, *k)).map_or(0.0, |s| pressure::booked(scn, world, s));
                let where_ = supplier.map_or_else(|| tr(lang, "cond-target"), |p| place(scn, p, lang));
                let what =
                    tr_args(lang, "cond-booked-of", &[("kind", kind(*k, lang).into()), ("place", where_.into())]);
                compare_share(what, *cmp, *v, now, supplier.is_none_or(|p| !(words.unknown)(p, *k)))
            }
            Condition::Marked(mark) => {
                // A mark is set by an action's `Mark` effect: that action's name says the choice.
                let chooser = scn.actions.iter().find(|a| sets_mark(&a.effects, mark));
                let choice = chooser.map_or_else(|| mark.clone(), |a| a.name.get(lang).to_owned());
                tr_args(lang, "cond-marked", &[("choice", choice.into())])
            }
            Condition::All(cs) => join(words, cs, ctx, "cond-and"),
            Condition::Any(cs) => join(words, cs, ctx, "cond-or"),
            // A flag is named by a noun phrase ("a moratorium..."): "without" reads where "not (...)"
            // would not.
            Condition::Not(c) if matches!(**c, Condition::Flag(_)) => {
                tr_args(lang, "cond-not-flag", &[("flag", words.condition(c, ctx).into())])
            }
            Condition::Not(c) => tr_args(lang, "cond-not", &[("condition", words.condition(c, ctx).into())]),
        }
    }
}

/// Whether a list of effects (or one nested in it) sets a mark.
fn sets_mark(effects: &[super::rules::Effect], mark: &str) -> bool {
    use super::rules::Effect;
    effects.iter().any(|e| match e {
        Effect::Mark(m) => m == mark,
        Effect::If(_, inner) => sets_mark(inner, mark),
        Effect::Chance { then, otherwise, .. } => sets_mark(then, mark) || sets_mark(otherwise, mark),
        _ => false,
    })
}

fn join(words: &Words, conds: &[Condition], ctx: &Context, key: &str) -> String {
    let sep = format!(" {} ", tr(words.lang, key));
    conds.iter().map(|c| words.condition(c, ctx)).collect::<Vec<_>>().join(&sep)
}

/// What a quantity is called ("water demand of cooling at Bassins Est").
pub fn quantity(scn: &Scenario, q: &Quantity, lang: Lang) -> String {
    match q {
        Quantity::Indicator(i) => indicator(scn, *i, lang),
        Quantity::Resource(s, r) => format!("{} ({})", resource(scn, *s, *r, lang), side(scn, *s, lang)),
        Quantity::Income(s, r) => tr_args(lang, "quantity-income", &[("resource", resource(scn, *s, *r, lang).into())]),
        Quantity::Demand(p, k, u) => tr_args(
            lang,
            "quantity-demand",
            &[
                ("kind", kind(*k, lang).into()),
                ("user", scn.users[u.index()].name.get(lang).into()),
                ("place", place(scn, *p, lang).into()),
            ],
        ),
        Quantity::Capacity(p, k) => tr_args(
            lang,
            "quantity-capacity",
            &[("kind", kind(*k, lang).into()), ("place", place(scn, *p, lang).into())],
        ),
        Quantity::Reserved(p, k) => tr_args(
            lang,
            "quantity-reserved",
            &[("kind", kind(*k, lang).into()), ("place", place(scn, *p, lang).into())],
        ),
    }
}

/// Why something changed, in a few words.
pub fn cause(scn: &Scenario, world: &World, cause: &Cause, lang: Lang) -> String {
    match cause {
        Cause::Order { side: s, action } => labelled(lang, &side(scn, *s, lang), scn.action(*action).name.get(lang)),
        Cause::Event(e) => scn.events[e.index()].name.get(lang).to_owned(),
        Cause::Milestone { project: p, milestone } => {
            let step = world
                .project(*p)
                .and_then(|pr| scn.action(pr.action).project.as_ref())
                .map_or(String::new(), |d| d.milestones[*milestone as usize].name.get(lang).to_owned());
            labelled(lang, &project(scn, world, *p, lang), &step)
        }
        Cause::Pressure { place: p, kind: k } => {
            tr_args(lang, "cause-pressure", &[("kind", kind(*k, lang).into()), ("place", place(scn, *p, lang).into())])
        }
        Cause::Income(s) => tr_args(lang, "cause-income", &[("side", side(scn, *s, lang).into())]),
        Cause::Drift => tr(lang, "cause-drift"),
        Cause::Unknown => tr(lang, "cause-unknown"),
    }
}

/// One line of the event log.
pub fn happening(scn: &Scenario, world: &World, h: &Happening, lang: Lang) -> String {
    match h {
        Happening::TurnStarted { turn } => {
            let (year, month) = scn.calendar.date(*turn);
            let season = scn.calendar.seasons[scn.calendar.season(*turn).index()].name.get(lang);
            tr_args(
                lang,
                "log-turn-started",
                &[
                    ("turn", (*turn + 1).into()),
                    ("year", year.to_string().into()),
                    ("month", (month as u32).into()),
                    ("season", season.into()),
                ],
            )
        }
        Happening::News(e) | Happening::Triggered(e) => {
            let event = &scn.events[e.index()];
            labelled(lang, event.name.get(lang), event.text.get(lang))
        }
        Happening::Called(e) => {
            let event = &scn.events[e.index()];
            tr_args(lang, "log-called", &[("card", labelled(lang, event.name.get(lang), event.text.get(lang)).into())])
        }
        Happening::Facilitated(act) => match act {
            Facilitation::TookBack { turn } => tr_args(lang, "log-took-back", &[("turn", (*turn + 1).into())]),
            Facilitation::Called(e) => {
                tr_args(lang, "log-called-for-next", &[("card", scn.events[e.index()].name.get(lang).into())])
            }
            Facilitation::EndsAfterThisTurn => tr(lang, "log-ends-after-this-turn"),
        },
        Happening::RecordFull => tr(lang, "log-record-full"),
        Happening::TeamDone { side, team } => {
            let name = scn.side(*side).teams.get(*team as usize).map_or("", |t| t.name.get(lang));
            tr_args(lang, "log-team-done", &[("team", name.into())])
        }
        Happening::OrderGiven { order: o, .. } => order(scn, world, o, lang),
        Happening::CameToNothing { order: o } => {
            tr_args(lang, "log-came-to-nothing", &[("order", order(scn, world, o, lang).into())])
        }
        Happening::Reasoned(reason) => {
            let factors: Vec<String> =
                reason.factors.iter().map(|(f, v)| format!("{} {}", factor(scn, f, lang), signed(lang, *v))).collect();
            tr_args(
                lang,
                "log-reasoned",
                &[("order", order(scn, world, &reason.order, lang).into()), ("factors", factors.join(", ").into())],
            )
        }
        Happening::PhaseEnded(s) => tr_args(lang, "log-phase-ended", &[("side", side(scn, *s, lang).into())]),
        Happening::Changed { quantity: q, delta, cause: c } => tr_args(
            lang,
            "log-changed",
            &[
                ("quantity", quantity(scn, q, lang).into()),
                ("delta", signed(lang, *delta).into()),
                ("cause", cause(scn, world, c, lang).into()),
            ],
        ),
        Happening::Flag { flag, on, cause: c } => tr_args(
            lang,
            if *on { "log-flag-on" } else { "log-flag-off" },
            &[("flag", scn.flags[flag.index()].name.get(lang).into()), ("cause", cause(scn, world, c, lang).into())],
        ),
        Happening::Revealed { place: p, kind: k, cause: c } => tr_args(
            lang,
            "log-revealed",
            &[
                ("kind", kind(*k, lang).into()),
                ("place", place(scn, *p, lang).into()),
                ("cause", cause(scn, world, c, lang).into()),
            ],
        ),
        Happening::SecretsRevealed { side: s, cause: c } => tr_args(
            lang,
            "log-secrets-revealed",
            &[("side", side(scn, *s, lang).into()), ("cause", cause(scn, world, c, lang).into())],
        ),
        Happening::Draw { chance, success, cause: c } => tr_args(
            lang,
            if *success { "log-draw-success" } else { "log-draw-failure" },
            &[("chance", number(lang, chance * 100.0).into()), ("cause", cause(scn, world, c, lang).into())],
        ),
        Happening::ProjectStarted(p) => {
            tr_args(lang, "log-project-started", &[("project", project(scn, world, *p, lang).into())])
        }
        Happening::ProjectWaiting { project: p, reason } => {
            let why = match reason {
                WaitReason::Blocked(turns) => tr_args(lang, "wait-blocked", &[("turns", (*turns).into())]),
                WaitReason::Requirement(i) => {
                    // The step the project is at now; an old entry may be about a step since
                    // passed, whose requirement is then told in general words.
                    let pr = world.project(*p);
                    let cond = pr.and_then(|pr| {
                        let def = scn.action(pr.action).project.as_ref()?;
                        def.milestones.get(pr.milestone)?.requires.get(*i as usize)
                    });
                    match (pr, cond) {
                        (Some(pr), Some(cond)) => {
                            let ctx = Context { place: pr.place, project: Some(*p) };
                            condition(scn, world, cond, &ctx, lang)
                        }
                        _ => tr(lang, "wait-requirement"),
                    }
                }
            };
            tr_args(
                lang,
                "log-project-waiting",
                &[("project", project(scn, world, *p, lang).into()), ("reason", why.into())],
            )
        }
        Happening::ProjectDelayed { project: p, turns, cause: c } => tr_args(
            lang,
            "log-project-delayed",
            &[
                ("project", project(scn, world, *p, lang).into()),
                ("turns", (*turns).into()),
                ("cause", cause(scn, world, c, lang).into()),
            ],
        ),
        Happening::ProjectBlocked { project: p, turns, cause: c } => tr_args(
            lang,
            "log-project-blocked",
            &[
                ("project", project(scn, world, *p, lang).into()),
                ("turns", (*turns).into()),
                ("cause", cause(scn, world, c, lang).into()),
            ],
        ),
        Happening::ProjectCancelled { project: p, cause: c } => tr_args(
            lang,
            "log-project-cancelled",
            &[("project", project(scn, world, *p, lang).into()), ("cause", cause(scn, world, c, lang).into())],
        ),
        Happening::ProjectMarked { project: p, cause: c, .. } => tr_args(
            lang,
            "log-project-marked",
            &[("project", project(scn, world, *p, lang).into()), ("cause", cause(scn, world, c, lang).into())],
        ),
        Happening::MilestoneReached { project: p, milestone } => {
            let step = world
                .project(*p)
                .and_then(|pr| scn.action(pr.action).project.as_ref())
                .map_or(String::new(), |d| d.milestones[*milestone as usize].name.get(lang).to_owned());
            tr_args(
                lang,
                "log-milestone",
                &[("project", project(scn, world, *p, lang).into()), ("milestone", step.into())],
            )
        }
        Happening::ProjectCompleted(p) => {
            tr_args(lang, "log-project-completed", &[("project", project(scn, world, *p, lang).into())])
        }
        Happening::LevelChanged { place: p, kind: k, to, pressure, .. } => tr_args(
            lang,
            "log-level-changed",
            &[
                ("kind", kind(*k, lang).into()),
                ("place", place(scn, *p, lang).into()),
                ("level", level(*to, lang).into()),
                ("pressure", number(lang, pressure * 100.0).into()),
            ],
        ),
        Happening::Warning(e) => {
            let ending = &scn.endings[e.index()];
            let text = ending.warning.as_ref().map_or("", |(_, t)| t.get(lang));
            tr_args(lang, "log-warning", &[("ending", ending.name.get(lang).into()), ("text", text.into())])
        }
        Happening::Ended { ending, winner } => {
            let who = winner.map_or_else(|| tr(lang, "winner-nobody"), |s| side(scn, s, lang));
            tr_args(
                lang,
                "log-ended",
                &[("ending", scn.endings[ending.index()].name.get(lang).into()), ("winner", who.into())],
            )
        }
    }
}

/// Who won, why (unless decided by score, where the scores say it) and the scores, one line
/// each, as every shell shows them; empty while the game goes on.
pub fn ending_facts(scn: &Scenario, world: &World, lang: Lang) -> Vec<String> {
    let Some(outcome) = &world.outcome else { return Vec::new() };
    let ending = &scn.endings[outcome.ending.index()];
    let winner = outcome.winner.map_or_else(|| tr(lang, "winner-nobody"), |s| side(scn, s, lang));
    let mut facts = vec![labelled(lang, &tr(lang, "cli-winner"), &winner)];
    if ending.winner != super::scenario::Winner::ByScore {
        let why = condition(scn, world, &ending.condition, &Context::default(), lang);
        facts.push(labelled(lang, &tr(lang, "cli-reason"), &why));
    }
    facts.push(labelled(lang, &tr(lang, "cli-scores"), &scores(scn, outcome.scores, lang)));
    if ending.winner != super::scenario::Winner::ByScore {
        // A reader who sees the lower score win needs to be told that it did not count.
        let args = [("ending", ending.name.get(lang).into()), ("winner", winner.into())];
        facts.push(tr_args(lang, "ending-not-by-score", &args));
    }
    facts
}

/// What a computer player weighed, in words.
pub fn factor(scn: &Scenario, f: &super::happening::Factor, lang: Lang) -> String {
    use super::happening::Factor;
    use super::rules::ScoreTerm;
    match f {
        Factor::Score(s, i) => {
            let what = match &scn.scores[s.index()][*i as usize] {
                ScoreTerm::Indicator(id, _) => indicator(scn, *id, lang),
                ScoreTerm::Demand(u, k, _) => tr_args(
                    lang,
                    "cond-demand-of",
                    &[("user", scn.users[u.index()].name.get(lang).into()), ("kind", kind(*k, lang).into())],
                ),
                ScoreTerm::Flag(flag, _) => scn.flags[flag.index()].name.get(lang).to_owned(),
                ScoreTerm::Completed(t, _) => tr_args(lang, "cond-completed", &[("tag", tag(scn, t, lang).into())]),
            };
            tr_args(lang, "factor-score", &[("what", what.into()), ("side", side(scn, *s, lang).into())])
        }
        Factor::Progress(s) => tr_args(lang, "factor-progress", &[("side", side(scn, *s, lang).into())]),
        Factor::Resource(s, r) => resource(scn, *s, *r, lang),
        Factor::Ending(e) => {
            tr_args(lang, "factor-ending", &[("ending", scn.endings[e.index()].name.get(lang).into())])
        }
        Factor::Warning(e) => {
            tr_args(lang, "factor-warning", &[("ending", scn.endings[e.index()].name.get(lang).into())])
        }
    }
}

fn signed(lang: Lang, delta: f64) -> String {
    let text = number(lang, delta);
    if delta > 0.0 { format!("+{text}") } else { text }
}

/// Each team's own objective, in words, and whether it holds in `world` ("met" at the end of a
/// game): for the facilitator's console and the debrief, never for the other teams' screens.
pub fn objectives(scn: &Scenario, world: &World, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for side in Side::BOTH {
        for team in &scn.side(side).teams {
            let Some(objective) = &team.objective else { continue };
            let ctx = Context::default();
            let met = super::condition::holds(scn, world, &objective.condition, &ctx);
            let args = [
                ("team", team.name.get(lang).into()),
                ("objective", objective.name.get(lang).into()),
                ("condition", condition(scn, world, &objective.condition, &ctx, lang).into()),
            ];
            out.push(tr_args(lang, if met { "objective-met" } else { "objective-not-met" }, &args));
        }
    }
    out
}
