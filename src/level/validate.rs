//! Turns a raw level into the core's scenario: every name resolved to an index once, every rule
//! checked, and every problem collected (not just the first) with the path where it sits.

use std::collections::{BTreeMap, BTreeSet};

use super::diagnostic::{Problem, suggest};
use super::{geometry, raw};
use crate::sim::bounds::{MAX_ACTION_POINTS, MAX_AMOUNT, MAX_TURNS_LEFT};
use crate::sim::ids::*;
use crate::sim::rules::{Condition, Effect, PlaceRef, ScoreTerm};
use crate::sim::scenario::*;

/// A table of names, in file order.
#[derive(Default)]
struct Names {
    what: &'static str,
    index: BTreeMap<String, u16>,
}

impl Names {
    fn new<'a>(what: &'static str, keys: impl IntoIterator<Item = &'a str>) -> Names {
        let mut index = BTreeMap::new();
        for (i, key) in keys.into_iter().enumerate() {
            index.entry(key.to_owned()).or_insert(i as u16);
        }
        Names { what, index }
    }
}

/// What `Target` and project effects may refer to where a rule is written.
#[derive(Clone, Copy)]
struct Scope<'a> {
    /// The places `Target` may stand for; `None` where there is no target place.
    places: Option<&'a [PlaceId]>,
    /// Whether the rule acts on a project (contest actions, a project's own milestones).
    project: bool,
}

const NO_TARGET: Scope<'static> = Scope { places: None, project: false };

struct Validator<'a> {
    raw: &'a raw::Level,
    problems: Vec<Problem>,
    places: Names,
    users: Names,
    indicators: Names,
    flags: Names,
    sources: Names,
    seasons: Names,
    resources: [Names; 2],
    project_tags: BTreeSet<String>,
    contests: BTreeSet<String>,
    place_tags: BTreeSet<String>,
    /// Places whose water or power supplier is unknown (already reported).
    broken_suppliers: BTreeSet<usize>,
    /// Every mark some `Mark` effect sets, so that `Marked` can be checked against them.
    marks: BTreeSet<String>,
}

/// The marks a list of effects sets, nested ones included.
fn marks_set(effects: &[raw::Effect], into: &mut BTreeSet<String>) {
    for effect in effects {
        match effect {
            raw::Effect::Mark(m) => {
                into.insert(m.clone());
            }
            raw::Effect::If(_, inner) => marks_set(inner, into),
            raw::Effect::Chance { then, otherwise, .. } => {
                marks_set(then, into);
                marks_set(otherwise, into);
            }
            _ => {}
        }
    }
}

/// Validates a parsed level; `fingerprint` identifies the file's bytes.
pub fn validate(raw: &raw::Level, fingerprint: u64) -> Result<Scenario, Vec<Problem>> {
    // Ids are 16-bit: a list past the cap is refused before any id is made, so no entry can
    // silently stand for another.
    let sizes = [
        ("users", raw.users.len()),
        ("indicators", raw.indicators.len()),
        ("flags", raw.flags.len()),
        ("places", raw.places.len()),
        ("links", raw.links.len()),
        ("backdrops", raw.backdrops.len()),
        ("landmarks", raw.landmarks.len()),
        ("actions", raw.actions.len()),
        ("events", raw.events.len()),
        ("endings", raw.endings.len()),
        ("sources", raw.sources.len()),
        ("calendar.seasons", raw.calendar.seasons.len()),
        ("sides.builder.resources", raw.sides.builder.resources.len()),
        ("sides.collective.resources", raw.sides.collective.resources.len()),
    ];
    let too_long: Vec<Problem> = sizes
        .iter()
        .filter(|(_, n)| *n > MAX_ENTRIES)
        .map(|(path, n)| Problem {
            path: (*path).to_owned(),
            message: format!("{n} entries; a level may hold at most {MAX_ENTRIES} in one list"),
            help: None,
        })
        .collect();
    if !too_long.is_empty() {
        return Err(too_long);
    }
    let mut project_tags = BTreeSet::new();
    let mut contests = BTreeSet::new();
    let mut marks = BTreeSet::new();
    for event in &raw.events {
        marks_set(&event.effects, &mut marks);
    }
    for action in &raw.actions {
        marks_set(&action.effects, &mut marks);
        for m in action.project.iter().flat_map(|p| &p.milestones) {
            marks_set(&m.on_complete, &mut marks);
        }
        if let Some(project) = &action.project {
            project_tags.extend(project.tags.iter().cloned());
            for m in &project.milestones {
                contests.extend(m.contestable.iter().cloned());
            }
        }
    }
    let mut v = Validator {
        raw,
        problems: Vec::new(),
        places: Names::new("place", raw.places.iter().map(|p| p.key.as_str())),
        users: Names::new("user", raw.users.iter().map(|u| u.key.as_str())),
        indicators: Names::new("indicator", raw.indicators.iter().map(|i| i.key.as_str())),
        flags: Names::new("flag", raw.flags.iter().map(|f| f.key.as_str())),
        sources: Names::new("source", raw.sources.iter().map(|s| s.key.as_str())),
        seasons: Names::new("season", raw.calendar.seasons.iter().map(|s| s.key.as_str())),
        resources: [
            Names::new("builder resource", raw.sides.builder.resources.iter().map(|r| r.key.as_str())),
            Names::new("collective resource", raw.sides.collective.resources.iter().map(|r| r.key.as_str())),
        ],
        project_tags,
        contests,
        place_tags: raw.places.iter().flat_map(|p| p.tags.iter().cloned()).collect(),
        broken_suppliers: BTreeSet::new(),
        marks,
    };
    v.check_unique_keys();
    let scenario = v.scenario(fingerprint);
    if v.problems.is_empty() { Ok(scenario) } else { Err(v.problems) }
}

impl Validator<'_> {
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem { path: path.into(), message: message.into(), help: None });
    }

    fn problem_with_help(&mut self, path: impl Into<String>, message: impl Into<String>, help: &str) {
        self.problems.push(Problem { path: path.into(), message: message.into(), help: Some(help.to_owned()) });
    }

    /// Resolves a name in a table, recording an error with a suggestion when it is unknown.
    fn try_resolve(&mut self, table: fn(&Self) -> &Names, name: &str, path: &str) -> Option<u16> {
        let names = table(self);
        if let Some(i) = names.index.get(name) {
            return Some(*i);
        }
        let what = names.what;
        let help = suggest(name, names.index.keys().map(String::as_str));
        self.problems.push(Problem { path: path.to_owned(), message: format!("unknown {what} `{name}`"), help });
        None
    }

    /// Like `try_resolve`, with a placeholder index so validation can go on and find more problems.
    fn resolve(&mut self, table: fn(&Self) -> &Names, name: &str, path: &str) -> u16 {
        self.try_resolve(table, name, path).unwrap_or(0)
    }

    fn check_unique_keys(&mut self) {
        let raw = self.raw;
        let mut tables: Vec<(&str, Vec<&str>)> = vec![
            ("places", raw.places.iter().map(|p| p.key.as_str()).collect()),
            ("users", raw.users.iter().map(|p| p.key.as_str()).collect()),
            ("indicators", raw.indicators.iter().map(|p| p.key.as_str()).collect()),
            ("flags", raw.flags.iter().map(|p| p.key.as_str()).collect()),
            ("sources", raw.sources.iter().map(|p| p.key.as_str()).collect()),
            ("actions", raw.actions.iter().map(|p| p.key.as_str()).collect()),
            ("events", raw.events.iter().map(|p| p.key.as_str()).collect()),
            ("endings", raw.endings.iter().map(|p| p.key.as_str()).collect()),
            ("links", raw.links.iter().map(|p| p.key.as_str()).collect()),
            ("calendar.seasons", raw.calendar.seasons.iter().map(|p| p.key.as_str()).collect()),
        ];
        tables.push(("sides.builder.resources", raw.sides.builder.resources.iter().map(|r| r.key.as_str()).collect()));
        tables.push((
            "sides.collective.resources",
            raw.sides.collective.resources.iter().map(|r| r.key.as_str()).collect(),
        ));
        for (table, keys) in tables {
            let mut seen = BTreeSet::new();
            for (i, key) in keys.iter().enumerate() {
                if key.is_empty() {
                    self.problem(format!("{table}[{i}].key"), "a key cannot be empty");
                } else if !is_key(key) {
                    self.problem(format!("{table}[{i}].key"), not_a_key(key));
                } else if !seen.insert(*key) {
                    self.problem(format!("{table}[{i}].key"), format!("the key `{key}` is used twice in `{table}`"));
                }
            }
        }
    }

    fn text(&mut self, text: &Text, path: &str) -> Text {
        if text.en.trim().is_empty() {
            self.problem(format!("{path}.en"), "the English text is empty");
        }
        if text.fr.trim().is_empty() {
            self.problem(format!("{path}.fr"), "the French text is empty");
        }
        Text { en: printable(&text.en), fr: printable(&text.fr) }
    }

    fn sources(&mut self, keys: &[String], path: &str, required: bool) -> Vec<SourceId> {
        if required && keys.is_empty() {
            self.problem_with_help(
                format!("{path}.sources"),
                "this figure cites no source",
                "add the id of a source from the level's `sources` list (an estimate cites what it is based on)",
            );
        }
        keys.iter()
            .enumerate()
            .map(|(i, k)| SourceId(self.resolve(|v| &v.sources, k, &format!("{path}.sources[{i}]"))))
            .collect()
    }

    fn scenario(&mut self, fingerprint: u64) -> Scenario {
        let raw = self.raw;
        if raw.id.trim().is_empty() {
            self.problem("id", "the level needs an id");
        } else if !is_key(&raw.id) {
            // The id names the level's saves and exports: it must not be able to name a path.
            self.problem("id", not_a_key(&raw.id));
        }
        let title = self.text(&raw.title, "title");
        let summary = self.text(&raw.summary, "summary");
        let calendar = self.calendar();
        let users = raw
            .users
            .iter()
            .enumerate()
            .map(|(i, u)| UserDef {
                key: u.key.clone(),
                name: self.text(&u.name, &format!("users[{i}].name")),
                priority: u.priority,
            })
            .collect();
        let indicators = self.indicators();
        let flags = raw
            .flags
            .iter()
            .enumerate()
            .map(|(i, f)| FlagDef { key: f.key.clone(), name: self.text(&f.name, &format!("flags[{i}].name")) })
            .collect();
        let mut sides =
            [self.side(&raw.sides.builder, "sides.builder"), self.side(&raw.sides.collective, "sides.collective")];
        let places = self.places();
        let pressure = self.pressure(&places);
        let links = self.links();
        let backdrops = raw
            .backdrops
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let path = format!("backdrops[{i}].polygon");
                if b.kind == BackdropKind::Cable && b.polygon.len() < 2 {
                    self.problem(path, "a cable's line needs at least 2 points");
                } else if b.kind != BackdropKind::Cable && b.polygon.len() < 3 {
                    self.problem(path, "a polygon needs at least 3 points");
                } else if b.kind == BackdropKind::Cable {
                    self.points(&b.polygon, &path, true);
                } else {
                    self.outline(&b.polygon, &path);
                }
                let name = match &b.name {
                    Some(name) => self.text(name, &format!("backdrops[{i}].name")),
                    None => Text::default(),
                };
                Backdrop { map: b.map, kind: b.kind, polygon: b.polygon.clone(), name }
            })
            .collect();
        let landmarks = self.landmarks();
        let actions = self.actions(&places);
        sides[0].teams = self.teams(Side::Builder, &raw.sides.builder, "sides.builder");
        sides[1].teams = self.teams(Side::Collective, &raw.sides.collective, "sides.collective");
        let events = self.events();
        let endings = self.endings();
        let scores = [
            self.scores(&raw.scores.builder, "scores.builder"),
            self.scores(&raw.scores.collective, "scores.collective"),
        ];
        let questions =
            raw.questions.iter().enumerate().map(|(i, q)| self.text(q, &format!("questions[{i}]"))).collect();
        let lesson = self.lesson();
        let sources = self.source_defs();
        let sessions = self.sessions();
        let prompts = self.prompts();
        self.record_bound();
        Scenario {
            id: raw.id.clone(),
            title,
            summary,
            calendar,
            places,
            links,
            backdrops,
            landmarks,
            users,
            pressure,
            indicators,
            flags,
            sides,
            actions,
            events,
            endings,
            scores,
            questions,
            lesson,
            sources,
            sessions,
            prompts,
            fingerprint,
        }
    }

    /// Discussion prompts: each after a range of turns inside the calendar, or after an event
    /// of the level, never both.
    fn prompts(&mut self) -> Vec<crate::sim::scenario::PromptDef> {
        use crate::sim::scenario::{PromptDef, PromptWhen};
        let raw = self.raw;
        let mut out = Vec::new();
        for (i, p) in raw.prompts.iter().enumerate() {
            let path = format!("prompts[{i}]");
            let text = self.text(&p.text, &format!("{path}.text"));
            let when = match (&p.turns, &p.event) {
                (Some((from, to)), None) => {
                    if from > to || *to >= raw.calendar.turns {
                        self.problem(
                            format!("{path}.turns"),
                            format!(
                                "turns ({from}, {to}) are not a range inside the level's {} turns (counted from 0)",
                                raw.calendar.turns
                            ),
                        );
                    }
                    PromptWhen::Turns(*from, *to)
                }
                (None, Some(key)) => match raw.events.iter().position(|e| e.key == *key) {
                    Some(e) => PromptWhen::Event(EventId(e as u16)),
                    None => {
                        let help = suggest(key, raw.events.iter().map(|e| e.key.as_str()));
                        self.problems.push(Problem {
                            path: format!("{path}.event"),
                            message: format!("unknown event `{key}`"),
                            help,
                        });
                        continue;
                    }
                },
                _ => {
                    self.problem(
                        path,
                        "a prompt comes after some `turns: (first, last)` or after an `event`, one of the two",
                    );
                    continue;
                }
            };
            out.push(PromptDef { when, text });
        }
        out
    }

    /// Workshop sessions: inside the calendar, one per length, and each fitting its minutes
    /// with a briefing and a debrief that is never squeezed (`sim::plan`).
    fn sessions(&mut self) -> Vec<crate::sim::scenario::SessionDef> {
        use crate::sim::plan;
        use crate::sim::scenario::{OpeningDef, SessionDef};
        let raw = self.raw;
        let mut seen = std::collections::BTreeSet::new();
        let mut out = Vec::new();
        for (i, s) in raw.sessions.iter().enumerate() {
            let path = format!("sessions[{i}]");
            if !(15..=600).contains(&s.minutes) {
                self.problem(format!("{path}.minutes"), "a session lasts from 15 to 600 minutes");
            } else if !seen.insert(s.minutes) {
                self.problem(format!("{path}.minutes"), format!("another session already lasts {} minutes", s.minutes));
            }
            if !(30..=3600).contains(&s.phase_seconds) {
                self.problem(format!("{path}.phase_seconds"), "a phase lasts from 30 seconds to an hour");
            }
            let turns = raw.calendar.turns;
            if s.turns == 0 {
                self.problem(format!("{path}.turns"), "a session plays at least one turn");
            } else if u64::from(s.first_turn) + u64::from(s.turns) > u64::from(turns) {
                self.problem(
                    format!("{path}.turns"),
                    format!(
                        "turns {} to {} are past the level's {turns} turns: start earlier or play fewer",
                        u64::from(s.first_turn) + 1,
                        u64::from(s.first_turn) + u64::from(s.turns)
                    ),
                );
            }
            for (side, name) in [("builder", &s.opening.builder), ("collective", &s.opening.collective)] {
                if name.parse::<crate::policy::PolicyKind>().is_err() {
                    self.problem(
                        format!("{path}.opening.{side}"),
                        format!(
                            "unknown player `{name}`: choose passive, random, greedy, ai:easy, ai:medium or ai:hard"
                        ),
                    );
                }
            }
            let def = SessionDef {
                minutes: s.minutes,
                first_turn: s.first_turn,
                turns: s.turns,
                phase_seconds: s.phase_seconds,
                opening: OpeningDef {
                    builder: s.opening.builder.clone(),
                    collective: s.opening.collective.clone(),
                    seed: s.opening.seed,
                },
            };
            if (15..=600).contains(&s.minutes) && s.turns > 0 {
                match plan::briefing_room(&def) {
                    Some(room) if room >= plan::MIN_BRIEFING => {}
                    _ => self.problem(
                        format!("{path}.turns"),
                        format!(
                            "{} turns at {} s a phase take {} minutes of play; with {} of briefing and {} of debrief \
                             (a quarter at least, 25 from 90 minutes up) that is past {} minutes: play fewer turns or \
                             shorter phases",
                            s.turns,
                            s.phase_seconds,
                            plan::play_minutes(s.turns, s.phase_seconds),
                            plan::MIN_BRIEFING,
                            plan::min_debrief(s.minutes),
                            s.minutes
                        ),
                    ),
                }
            }
            out.push(def);
        }
        out
    }

    /// A game records every stock's figures, indicator, resource and ending at the start of
    /// every turn: a level whose calendar and places would record more than
    /// [`MAX_RECORDED_FIGURES`](crate::sim::bounds::MAX_RECORDED_FIGURES) makes games too
    /// large to save, and is refused where its length is set.
    fn record_bound(&mut self) {
        let raw = self.raw;
        let stocks: usize = raw.places.iter().map(|p| p.stocks.len()).sum();
        let resources = raw.sides.builder.resources.len() + raw.sides.collective.resources.len();
        let per_turn = 3 * stocks + raw.indicators.len() + resources + raw.endings.len();
        let turns = raw.calendar.turns as usize + 1;
        let limit = crate::sim::bounds::MAX_RECORDED_FIGURES;
        if per_turn.saturating_mul(turns) > limit {
            self.problem(
                "calendar.turns",
                format!(
                    "a game of {} turns records {per_turn} figures a turn ({stocks} stocks, each with its capacity, demand and pressure, and the indicators, resources and endings), {} in all; a save holds at most {limit}: fewer turns, or fewer places",
                    raw.calendar.turns,
                    per_turn * turns
                ),
            );
        }
    }

    fn calendar(&mut self) -> Calendar {
        let c = &self.raw.calendar;
        if !(1..=12).contains(&c.start_month) {
            self.problem("calendar.start_month", "a month is a number from 1 to 12");
        }
        if !(1..=12).contains(&c.months_per_turn) {
            self.problem("calendar.months_per_turn", "a turn lasts from 1 to 12 months");
        }
        if c.turns == 0 || c.turns > 1000 {
            self.problem("calendar.turns", "a game lasts from 1 to 1000 turns");
        }
        // Cards are drawn from the deck: more than a hundred a turn is a typo, and the number
        // sizes what the game sets aside for them.
        if c.news_per_turn > MAX_NEWS_PER_TURN {
            self.problem("calendar.news_per_turn", format!("at most {MAX_NEWS_PER_TURN} news cards a turn"));
        }
        if c.seasons.is_empty() {
            self.problem("calendar.seasons", "the calendar needs at least one season");
        }
        let mut covered = [0u8; 13];
        let mut seasons = Vec::new();
        for (i, s) in c.seasons.iter().enumerate() {
            let path = format!("calendar.seasons[{i}]");
            // A year has twelve months: a longer list is refused whole, not checked month by
            // month (a million entries would give a million problems).
            let months: &[u8] = if s.months.len() > 12 {
                self.problem(format!("{path}.months"), "a season lists at most the 12 months of a year");
                &[]
            } else {
                &s.months
            };
            for (j, m) in months.iter().enumerate() {
                if (1..=12).contains(m) {
                    covered[*m as usize] = covered[*m as usize].saturating_add(1);
                } else {
                    self.problem(format!("{path}.months[{j}]"), "a month is a number from 1 to 12");
                }
            }
            let demand_factor = s
                .demand
                .iter()
                .map(|(u, f)| {
                    self.positive(*f, &format!("{path}.demand.{u}"));
                    (UserId(self.resolve(|v| &v.users, u, &format!("{path}.demand.{u}#key"))), *f)
                })
                .collect();
            let capacity_factor = s
                .capacity
                .iter()
                .map(|(k, f)| {
                    self.positive(*f, &format!("{path}.capacity"));
                    (*k, *f)
                })
                .collect();
            seasons.push(SeasonDef {
                key: s.key.clone(),
                name: self.text(&s.name, &format!("{path}.name")),
                months: months.to_vec(),
                capacity_factor,
                demand_factor,
            });
        }
        if !c.seasons.is_empty() {
            for (m, count) in covered.iter().enumerate().skip(1) {
                if *count != 1 {
                    self.problem(
                        "calendar.seasons",
                        format!("month {m} belongs to {count} seasons; each month must belong to exactly one"),
                    );
                }
            }
        }
        Calendar {
            start_year: c.start_year,
            start_month: c.start_month,
            months_per_turn: c.months_per_turn,
            turns: c.turns,
            news_per_turn: c.news_per_turn,
            seasons,
        }
    }

    /// A closed outline the board fills: refused, at the point or edge at fault, when it has
    /// unusable coordinates, no area, or crosses itself.
    fn outline(&mut self, points: &[Point], path: &str) {
        // Marseille's longest coastline has under 500 points; the crossing check grows faster
        // than the points on jagged shapes, so no map's outline needs more than this.
        if points.len() > MAX_OUTLINE_POINTS {
            self.problem_with_help(
                path,
                format!("this outline has {} points; an outline may have at most {MAX_OUTLINE_POINTS}", points.len()),
                "simplify the shape (most drawing tools can drop points closer than a pixel)",
            );
            return;
        }
        if let Err(flaw) = geometry::check_outline(points) {
            let at = match flaw {
                geometry::Flaw::OutOfReach { index } | geometry::Flaw::Crossing { a: index, .. } => {
                    format!("{path}[{index}]")
                }
                geometry::Flaw::NoArea => path.to_owned(),
            };
            self.problem_with_help(at, flaw.message(), flaw.help());
        }
    }

    /// Points of a line or a marker: each a usable coordinate (`listed`: `path` is a list).
    fn points(&mut self, points: &[Point], path: &str, listed: bool) {
        if let Err(flaw) = geometry::reachable(points) {
            match (&flaw, listed) {
                (geometry::Flaw::OutOfReach { index }, true) => {
                    self.problem_with_help(format!("{path}[{index}]"), flaw.message(), flaw.help())
                }
                _ => self.problem_with_help(path, geometry::Flaw::single_point_message(), flaw.help()),
            }
        }
    }

    fn positive(&mut self, value: f64, path: &str) {
        if !value.is_finite() || value < 0.0 {
            self.problem(path, format!("expected a finite number of zero or more, found {value}"));
        } else {
            self.figure(value, path);
        }
    }

    /// A figure a game adds up (an effect's amount, an income): finite, and within the bounds
    /// play keeps to (`sim::bounds`), so that what the level makes reachable can be saved.
    fn figure(&mut self, value: f64, path: &str) {
        if !value.is_finite() {
            self.problem(path, format!("expected a finite number, found {value}"));
        } else if value.abs() > MAX_AMOUNT {
            self.problem(path, format!("{value} is more than a game holds: at most {MAX_AMOUNT:e} either way"));
        }
    }

    /// A number of turns or action points, at most `max`.
    fn count(&mut self, value: u32, max: u32, path: &str) {
        if value > max {
            self.problem(path, format!("{value} is more than a game allows here: at most {max}"));
        }
    }

    fn indicators(&mut self) -> Vec<IndicatorDef> {
        let raw = self.raw;
        raw.indicators
            .iter()
            .enumerate()
            .map(|(i, ind)| {
                let path = format!("indicators[{i}]");
                let baseline = ind.baseline.unwrap_or(ind.initial);
                if !(ind.min <= ind.initial && ind.initial <= ind.max) {
                    self.problem(
                        format!("{path}.initial"),
                        format!("the initial value must lie between min ({}) and max ({})", ind.min, ind.max),
                    );
                }
                if !(ind.min..=ind.max).contains(&baseline) {
                    self.problem(format!("{path}.baseline"), "the baseline must lie between min and max");
                }
                if !(0.0..=1.0).contains(&ind.decay) {
                    self.problem(
                        format!("{path}.decay"),
                        "decay is the share of the gap closed each turn, from 0 to 1",
                    );
                }
                IndicatorDef {
                    key: ind.key.clone(),
                    name: self.text(&ind.name, &format!("{path}.name")),
                    initial: ind.initial,
                    min: ind.min,
                    max: ind.max,
                    decay: ind.decay,
                    baseline,
                    lower_is_better: ind.lower_is_better,
                    sources: self.sources(&ind.sources, &path, true),
                }
            })
            .collect()
    }

    fn side(&mut self, side: &raw::SideDef, path: &str) -> SideDef {
        let resources = side
            .resources
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let rpath = format!("{path}.resources[{i}]");
                self.positive(r.initial, &format!("{rpath}.initial"));
                self.figure(r.income, &format!("{rpath}.income"));
                for (k, f) in &r.income_from {
                    self.figure(*f, &format!("{rpath}.income_from.{k}"));
                }
                let income_from = r
                    .income_from
                    .iter()
                    .map(|(k, f)| {
                        (IndicatorId(self.resolve(|v| &v.indicators, k, &format!("{rpath}.income_from.{k}#key"))), *f)
                    })
                    .collect();
                ResourceDef {
                    key: r.key.clone(),
                    name: self.text(&r.name, &format!("{rpath}.name")),
                    initial: r.initial,
                    income: r.income,
                    income_from,
                }
            })
            .collect();
        self.count(side.action_points, MAX_ACTION_POINTS, &format!("{path}.action_points"));
        SideDef {
            name: self.text(&side.name, &format!("{path}.name")),
            description: self.text(&side.description, &format!("{path}.description")),
            action_points: side.action_points,
            resources,
            teams: Vec::new(),
        }
    }

    /// A side's teams: none, or 2 to 4, each key unique, each owning actions of its side, every
    /// action of the side owned by one team exactly, their shares adding up to the side's
    /// action points.
    fn teams(&mut self, side: Side, def: &raw::SideDef, path: &str) -> Vec<TeamDef> {
        let raw = self.raw;
        if def.teams.is_empty() {
            return Vec::new();
        }
        if !(2..=4).contains(&def.teams.len()) {
            self.problem(format!("{path}.teams"), "a side plays in 2 to 4 teams, or in none (leave `teams` out)");
        }
        let own: Vec<&str> = raw.actions.iter().filter(|a| a.side == side).map(|a| a.key.as_str()).collect();
        let mut owner: BTreeMap<usize, usize> = BTreeMap::new();
        let mut keys = BTreeSet::new();
        let mut teams = Vec::new();
        for (t, team) in def.teams.iter().enumerate() {
            let tpath = format!("{path}.teams[{t}]");
            if !is_key(&team.key) {
                self.problem(format!("{tpath}.key"), not_a_key(&team.key));
            } else if !keys.insert(team.key.as_str()) {
                self.problem(format!("{tpath}.key"), format!("another team of this side is already `{}`", team.key));
            }
            if team.action_points == 0 {
                self.problem(format!("{tpath}.action_points"), "a team needs at least 1 action point to act");
            }
            let mut actions = Vec::new();
            for (k, key) in team.actions.iter().enumerate() {
                let apath = format!("{tpath}.actions[{k}]");
                match raw.actions.iter().position(|a| a.key == *key) {
                    Some(i) if raw.actions[i].side != side => self.problem(
                        apath,
                        format!("`{key}` is an action of the other side: a team owns actions of its own side"),
                    ),
                    Some(i) => match owner.insert(i, t) {
                        Some(first) if first != t => self.problem(
                            apath,
                            format!(
                                "the action `{key}` is already team `{}`'s: an action belongs to one team",
                                def.teams[first].key
                            ),
                        ),
                        _ => actions.push(ActionId(i as u16)),
                    },
                    None => {
                        let help = suggest(key, own.iter().copied());
                        self.problems.push(Problem { path: apath, message: format!("unknown action `{key}`"), help });
                    }
                }
            }
            let objective = team.objective.as_ref().map(|o| ObjectiveDef {
                name: self.text(&o.name, &format!("{tpath}.objective.name")),
                condition: self.condition(&o.condition, &format!("{tpath}.objective.condition"), NO_TARGET),
            });
            teams.push(TeamDef {
                key: team.key.clone(),
                name: self.text(&team.name, &format!("{tpath}.name")),
                role: self.text(&team.role, &format!("{tpath}.role")),
                actions,
                action_points: team.action_points,
                objective,
            });
        }
        let unowned: Vec<&str> = raw
            .actions
            .iter()
            .enumerate()
            .filter(|(i, a)| a.side == side && !owner.contains_key(i))
            .map(|(_, a)| a.key.as_str())
            .collect();
        if !unowned.is_empty() {
            self.problem_with_help(
                format!("{path}.teams"),
                format!("no team owns {}", unowned.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")),
                "every action of a side played in teams belongs to one team: add each to a team's `actions`",
            );
        }
        let shares: u64 = def.teams.iter().map(|t| u64::from(t.action_points)).sum();
        if shares != u64::from(def.action_points) {
            self.problem(
                format!("{path}.teams"),
                format!(
                    "the teams' action points add up to {shares}, the side has {}: the shares must add up to the side's",
                    def.action_points
                ),
            );
        }
        teams
    }

    fn places(&mut self) -> Vec<PlaceDef> {
        let raw = self.raw;
        let mut places = Vec::new();
        for (i, p) in raw.places.iter().enumerate() {
            let path = format!("places[{i}]");
            let shape = match &p.shape {
                raw::Shape::Polygon(points) => {
                    if points.len() < 3 {
                        self.problem(format!("{path}.shape"), "a polygon needs at least 3 points");
                    } else {
                        self.outline(points, &format!("{path}.shape[0]"));
                    }
                    Shape::Polygon(points.clone())
                }
                raw::Shape::Point(point) => {
                    self.points(std::slice::from_ref(point), &format!("{path}.shape"), false);
                    Shape::Point(*point)
                }
            };
            if let Some(label) = p.label {
                // Checked like the outline's points: at NaN or far away the name and its icon
                // would vanish from the board.
                self.points(std::slice::from_ref(&label), &format!("{path}.label"), false);
            }
            let label_at = p.label.unwrap_or_else(|| centroid(&shape));
            let mut kinds = BTreeSet::new();
            let mut stocks = Vec::new();
            for (j, s) in p.stocks.iter().enumerate() {
                let spath = format!("{path}.stocks[{j}]");
                if !kinds.insert(s.kind) {
                    self.problem(format!("{spath}.kind"), format!("this place already has a {} stock", s.kind.key()));
                }
                self.positive(s.capacity, &format!("{spath}.capacity"));
                let demand = s
                    .demand
                    .iter()
                    .map(|(u, d)| {
                        self.positive(*d, &format!("{spath}.demand.{u}"));
                        (UserId(self.resolve(|v| &v.users, u, &format!("{spath}.demand.{u}#key"))), *d)
                    })
                    .collect();
                stocks.push(StockDef {
                    kind: s.kind,
                    unit: self.text(&s.unit, &format!("{spath}.unit")),
                    capacity: s.capacity,
                    demand,
                    hidden: s.hidden,
                    seasonal: s.seasonal.unwrap_or_else(|| crate::sim::pressure::seasonal(s.kind)),
                    estimate: s.estimate,
                    sources: self.sources(&s.sources, &spath, true),
                });
            }
            // An unknown supplier is reported once and then left out, so no other error follows from it.
            let water_from = p
                .water_from
                .as_ref()
                .and_then(|k| self.try_resolve(|v| &v.places, k, &format!("{path}.water_from")).map(PlaceId));
            let power_from = p
                .power_from
                .as_ref()
                .and_then(|k| self.try_resolve(|v| &v.places, k, &format!("{path}.power_from")).map(PlaceId));
            if (p.water_from.is_some() && water_from.is_none()) || (p.power_from.is_some() && power_from.is_none()) {
                self.broken_suppliers.insert(i);
            }
            places.push(PlaceDef {
                key: p.key.clone(),
                name: self.text(&p.name, &format!("{path}.name")),
                description: self.text(&p.description, &format!("{path}.description")),
                map: p.map,
                tags: p.tags.clone(),
                shape,
                label_at,
                stocks,
                water_from,
                power_from,
                sources: self.sources(&p.sources, &path, false),
                icon: p.icon,
            });
        }
        // Suppliers must hold the stock they supply.
        for (i, p) in raw.places.iter().enumerate() {
            for (field, supplier, kind) in [
                ("water_from", places[i].water_from, StockKind::Water),
                ("power_from", places[i].power_from, StockKind::Power),
            ] {
                if let Some(s) = supplier
                    && p.stocks.iter().all(|st| st.kind != kind)
                    && places[s.index()].stock(kind).is_none()
                {
                    let name = &places[s.index()].key;
                    self.problem(
                        format!("places[{i}].{field}"),
                        format!("`{name}` has no {} stock to supply", kind.key()),
                    );
                }
            }
        }
        places
    }

    fn pressure(&mut self, places: &[PlaceDef]) -> PressureParams {
        let raw = &self.raw.pressure;
        let mut thresholds = Vec::new();
        for (kind, (strained, critical)) in &raw.thresholds {
            if !(*strained > 0.0 && strained < critical) {
                self.problem(
                    format!("pressure.thresholds.{kind:?}"),
                    "expected (strained, critical) with 0 < strained < critical",
                );
            }
            thresholds.push((*kind, *strained, *critical));
        }
        let mut on_critical = Vec::new();
        for (kind, effects) in &raw.on_critical {
            // `Target` stands for the critical stock's place: any place holding such a stock.
            let holders: Vec<PlaceId> = places
                .iter()
                .enumerate()
                .filter(|(_, p)| p.stock(*kind).is_some())
                .map(|(i, _)| PlaceId(i as u16))
                .collect();
            let scope = Scope { places: Some(&holders), project: false };
            let effects = self.effects(effects, &format!("pressure.on_critical.{kind:?}"), scope, places);
            on_critical.push((*kind, effects));
        }
        PressureParams { thresholds, on_critical }
    }

    fn links(&mut self) -> Vec<LinkDef> {
        let raw = self.raw;
        raw.links
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let path = format!("links[{i}]");
                self.points(&l.path, &format!("{path}.path"), true);
                LinkDef {
                    key: l.key.clone(),
                    name: self.text(&l.name, &format!("{path}.name")),
                    kind: l.kind,
                    map: l.map,
                    from: PlaceId(self.resolve(|v| &v.places, &l.from, &format!("{path}.from"))),
                    to: PlaceId(self.resolve(|v| &v.places, &l.to, &format!("{path}.to"))),
                    path: l.path.clone(),
                    carries: self.text(&l.carries, &format!("{path}.carries")),
                    sources: self.sources(&l.sources, &path, false),
                }
            })
            .collect()
    }

    fn actions(&mut self, places: &[PlaceDef]) -> Vec<ActionDef> {
        let raw = self.raw;
        let mut actions = Vec::new();
        for (i, a) in raw.actions.iter().enumerate() {
            let path = format!("actions[{i}]");
            // An action that costs nothing, takes no action point and can be used without end
            // would let a side give orders for ever within one phase.
            self.count(a.action_points, MAX_ACTION_POINTS, &format!("{path}.action_points"));
            if a.cost.values().all(|c| *c <= 0.0) && a.action_points == 0 && a.max_uses.is_none() {
                self.problem_with_help(
                    format!("{path}.action_points"),
                    "this action is free and unlimited: a side could take it for ever in one phase",
                    "give it a cost, an action point (the default) or `max_uses`",
                );
            }
            let cost = a
                .cost
                .iter()
                .map(|(k, c)| {
                    self.positive(*c, &format!("{path}.cost.{k}"));
                    let table = resource_table(a.side);
                    (ResourceId(self.resolve(table, k, &format!("{path}.cost.{k}#key"))), *c)
                })
                .collect();
            let target = match &a.target {
                raw::Target::None => TargetSpec::None,
                raw::Target::Place { map, tags } => {
                    for (j, t) in tags.iter().enumerate() {
                        if !self.place_tags.contains(t) {
                            let help = suggest(t, self.place_tags.iter().map(String::as_str));
                            self.problems.push(Problem {
                                path: format!("{path}.target.tags[{j}]"),
                                message: format!("no place carries the tag `{t}`"),
                                help,
                            });
                        }
                    }
                    TargetSpec::Place { map: *map, tags: tags.clone() }
                }
                raw::Target::Project { contest } => {
                    if !self.contests.contains(contest) {
                        let help = suggest(contest, self.contests.iter().map(String::as_str));
                        self.problems.push(Problem {
                            path: format!("{path}.target.contest"),
                            message: format!("no project step can be contested by `{contest}`"),
                            help,
                        });
                    }
                    TargetSpec::Project { contest: contest.clone() }
                }
            };
            let targets = target_places(&target, places);
            let scope = Scope { places: targets.as_deref(), project: matches!(target, TargetSpec::Project { .. }) };
            let requires = self.conditions(&a.requires, &format!("{path}.requires"), scope);
            let effects = self.effects(&a.effects, &format!("{path}.effects"), scope, places);
            let project = a.project.as_ref().map(|p| {
                let ppath = format!("{path}.project");
                if p.milestones.is_empty() {
                    self.problem(format!("{ppath}.milestones"), "a project needs at least one milestone");
                }
                let own = Scope { places: targets.as_deref(), project: true };
                let milestones = p
                    .milestones
                    .iter()
                    .enumerate()
                    .map(|(j, m)| {
                        let mpath = format!("{ppath}.milestones[{j}]");
                        if m.turns == 0 {
                            self.problem(format!("{mpath}.turns"), "a milestone takes at least one turn");
                        }
                        self.count(m.turns, MAX_TURNS_LEFT, &format!("{mpath}.turns"));
                        MilestoneDef {
                            key: m.key.clone(),
                            name: self.text(&m.name, &format!("{mpath}.name")),
                            turns: m.turns,
                            contestable: m.contestable.clone(),
                            requires: self.conditions(&m.requires, &format!("{mpath}.requires"), own),
                            on_complete: self.effects(&m.on_complete, &format!("{mpath}.on_complete"), own, places),
                        }
                    })
                    .collect();
                ProjectDef { name: self.text(&p.name, &format!("{ppath}.name")), tags: p.tags.clone(), milestones }
            });
            if a.effects_show == EffectsShow::WhenRevealed && !a.secret {
                self.problem(
                    format!("{path}.effects_show"),
                    "only a secret action's effects can wait for the secret to come out: add `secret: true`, or remove `effects_show`",
                );
            }
            actions.push(ActionDef {
                key: a.key.clone(),
                side: a.side,
                name: self.text(&a.name, &format!("{path}.name")),
                description: self.text(&a.description, &format!("{path}.description")),
                cost,
                action_points: a.action_points,
                target,
                requires,
                effects,
                project,
                secret: a.secret,
                effects_show: a.effects_show,
                max_uses: a.max_uses,
                sources: self.sources(&a.sources, &path, false),
                icon: a.icon,
            });
        }
        for side in Side::BOTH {
            if !actions.iter().any(|a| a.side == side) {
                self.problem("actions", format!("the {} side has no action", side.key()));
            }
        }
        actions
    }

    fn events(&mut self) -> Vec<EventDef> {
        let raw = self.raw;
        raw.events
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let path = format!("events[{i}]");
                let trigger = match e.trigger {
                    raw::Trigger::Draw(weight) => {
                        if !(weight.is_finite() && weight > 0.0) {
                            self.problem(format!("{path}.trigger"), "a drawn card needs a weight above zero");
                        }
                        Trigger::Draw { weight }
                    }
                    raw::Trigger::When => Trigger::When,
                    raw::Trigger::AtTurn(t) => Trigger::AtTurn(t),
                };
                if matches!(trigger, Trigger::When) && e.conditions.is_empty() {
                    self.problem(format!("{path}.conditions"), "a `When` event needs conditions");
                }
                EventDef {
                    key: e.key.clone(),
                    name: self.text(&e.name, &format!("{path}.name")),
                    text: self.text(&e.text, &format!("{path}.text")),
                    trigger,
                    conditions: self.conditions(&e.conditions, &format!("{path}.conditions"), NO_TARGET),
                    effects: self.effects(&e.effects, &format!("{path}.effects"), NO_TARGET, &[]),
                    once: e.once,
                    sources: self.sources(&e.sources, &path, false),
                }
            })
            .collect()
    }

    fn endings(&mut self) -> Vec<EndingDef> {
        let raw = self.raw;
        if raw.endings.is_empty() {
            self.problem("endings", "a level needs at least one ending");
        } else if !raw.endings.iter().any(|e| matches!(e.condition, raw::Condition::Always)) {
            self.problem_with_help(
                "endings",
                "no ending is certain at the last turn",
                "add an ending with `condition: Always` and `last_turn_only: true` (a scored ending)",
            );
        }
        raw.endings
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let path = format!("endings[{i}]");
                let warning = e.warning.as_ref().map(|w| {
                    (
                        self.condition(&w.when, &format!("{path}.warning.when"), NO_TARGET),
                        self.text(&w.text, &format!("{path}.warning.text")),
                    )
                });
                EndingDef {
                    key: e.key.clone(),
                    name: self.text(&e.name, &format!("{path}.name")),
                    text: self.text(&e.text, &format!("{path}.text")),
                    winner: match e.winner {
                        raw::Winner::Builder => Winner::Side(Side::Builder),
                        raw::Winner::Collective => Winner::Side(Side::Collective),
                        raw::Winner::Nobody => Winner::Nobody,
                        raw::Winner::ByScore => Winner::ByScore,
                    },
                    condition: self.condition(&e.condition, &format!("{path}.condition"), NO_TARGET),
                    last_turn_only: e.last_turn_only,
                    warning,
                    sources: self.sources(&e.sources, &path, false),
                }
            })
            .collect()
    }

    fn scores(&mut self, terms: &[raw::ScoreTerm], path: &str) -> Vec<ScoreTerm> {
        terms
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let at = format!("{path}[{i}][0]");
                match t {
                    raw::ScoreTerm::Indicator(k, w) => {
                        ScoreTerm::Indicator(IndicatorId(self.resolve(|v| &v.indicators, k, &at)), *w)
                    }
                    raw::ScoreTerm::Demand(u, kind, w) => {
                        ScoreTerm::Demand(UserId(self.resolve(|v| &v.users, u, &at)), *kind, *w)
                    }
                    raw::ScoreTerm::Flag(f, w) => ScoreTerm::Flag(FlagId(self.resolve(|v| &v.flags, f, &at)), *w),
                    raw::ScoreTerm::Completed(tag, w) => {
                        self.project_tag(tag, &at);
                        ScoreTerm::Completed(tag.clone(), *w)
                    }
                }
            })
            .collect()
    }

    fn source_defs(&mut self) -> Vec<SourceDef> {
        let raw = self.raw;
        raw.sources
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let path = format!("sources[{i}].text");
                let text = match &s.text {
                    raw::SourceText::Translated(text) => self.text(text, &path),
                    raw::SourceText::One(text) => {
                        if text.trim().is_empty() {
                            self.problem(path, "a source needs its full reference");
                        }
                        Text { en: printable(text), fr: printable(text) }
                    }
                };
                SourceDef { key: s.key.clone(), text, url: s.url.clone(), caution: s.caution }
            })
            .collect()
    }

    fn project_tag(&mut self, tag: &str, path: &str) {
        if !self.project_tags.contains(tag) {
            let help = suggest(tag, self.project_tags.iter().map(String::as_str));
            self.problems.push(Problem {
                path: path.to_owned(),
                message: format!("no project carries the tag `{tag}`"),
                help,
            });
        }
    }

    fn place_ref(&mut self, at: &raw::PlaceRef, path: &str, scope: Scope) -> PlaceRef {
        match at {
            raw::PlaceRef::At(k) => PlaceRef::Id(PlaceId(self.resolve(|v| &v.places, k, &format!("{path}.0")))),
            raw::PlaceRef::Target => {
                if scope.places.is_none() {
                    self.problem_with_help(
                        path,
                        "`Target` is used where there is no target place",
                        "name a place with `At(\"key\")`",
                    );
                }
                PlaceRef::Target
            }
        }
    }

    fn conditions(&mut self, conds: &[raw::Condition], path: &str, scope: Scope) -> Vec<Condition> {
        conds.iter().enumerate().map(|(i, c)| self.condition(c, &format!("{path}[{i}]"), scope)).collect()
    }

    fn condition(&mut self, cond: &raw::Condition, path: &str, scope: Scope) -> Condition {
        let arg = |n: usize| format!("{path}[{n}]");
        match cond {
            raw::Condition::Always => Condition::Always,
            raw::Condition::Indicator(k, cmp, v) => {
                Condition::Indicator(IndicatorId(self.resolve(|v| &v.indicators, k, &arg(0))), *cmp, *v)
            }
            raw::Condition::Resource(side, k, cmp, v) => {
                let table = resource_table(*side);
                Condition::Resource(*side, ResourceId(self.resolve(table, k, &arg(1))), *cmp, *v)
            }
            raw::Condition::Pressure(at, kind, cmp, v) => {
                Condition::Pressure(self.place_ref(at, &arg(0), scope), *kind, *cmp, *v)
            }
            raw::Condition::MaxPressure(kind, cmp, v) => Condition::MaxPressure(*kind, *cmp, *v),
            raw::Condition::Demand(u, kind, cmp, v) => {
                Condition::Demand(UserId(self.resolve(|v| &v.users, u, &arg(0))), *kind, *cmp, *v)
            }
            raw::Condition::Flag(f) => Condition::Flag(FlagId(self.resolve(|v| &v.flags, f, &arg(0)))),
            raw::Condition::Completed(tag, cmp, n) => {
                self.project_tag(tag, &arg(0));
                Condition::Completed(tag.clone(), *cmp, *n)
            }
            raw::Condition::UnderWay(tag, cmp, n) => {
                self.project_tag(tag, &arg(0));
                Condition::UnderWay(tag.clone(), *cmp, *n)
            }
            raw::Condition::Season(s) => Condition::Season(SeasonId(self.resolve(|v| &v.seasons, s, &arg(0)))),
            raw::Condition::Turn(cmp, n) => Condition::Turn(*cmp, *n),
            raw::Condition::TargetTagged(tag) => {
                if scope.places.is_none() {
                    self.problem(path, "`TargetTagged` is used where there is no target place");
                }
                Condition::TargetTagged(tag.clone())
            }
            raw::Condition::Known(at, kind) => Condition::Known(self.place_ref(at, &arg(0), scope), *kind),
            raw::Condition::Booked(at, kind, cmp, v) => {
                Condition::Booked(self.place_ref(at, &arg(0), scope), *kind, *cmp, *v)
            }
            raw::Condition::Marked(mark) => {
                if !scope.project {
                    self.problem_with_help(
                        path,
                        "`Marked` asks about a project, but nothing here targets one",
                        "use it in a project's milestone or in an action with `target: Project(contest: ...)`",
                    );
                }
                if !self.marks.contains(mark) {
                    let help = suggest(mark, self.marks.iter().map(String::as_str))
                        .unwrap_or_else(|| "set it with a `Mark(\"...\")` effect in an action".to_owned());
                    self.problem_with_help(path, format!("no effect sets the mark `{mark}`"), &help);
                }
                Condition::Marked(mark.clone())
            }
            raw::Condition::All(cs) => Condition::All(self.conditions(cs, &arg(0), scope)),
            raw::Condition::Any(cs) => Condition::Any(self.conditions(cs, &arg(0), scope)),
            raw::Condition::Not(c) => Condition::Not(Box::new(self.condition(c, &arg(0), scope))),
        }
    }

    fn effects(&mut self, effects: &[raw::Effect], path: &str, scope: Scope, places: &[PlaceDef]) -> Vec<Effect> {
        effects.iter().enumerate().map(|(i, e)| self.effect(e, &format!("{path}[{i}]"), scope, places)).collect()
    }

    /// Checks that a stock effect lands somewhere for every place `Target` may stand for.
    fn stock_reachable(&mut self, at: &PlaceRef, kind: StockKind, path: &str, scope: Scope, places: &[PlaceDef]) {
        let candidates: Vec<PlaceId> = match at {
            PlaceRef::Id(p) => vec![*p],
            PlaceRef::Target => scope.places.map(<[PlaceId]>::to_vec).unwrap_or_default(),
        };
        for p in candidates {
            let Some(def) = places.get(p.index()) else { continue };
            if self.broken_suppliers.contains(&p.index()) {
                continue;
            }
            let supplier = match kind {
                StockKind::Water => def.water_from,
                StockKind::Power => def.power_from,
                _ => None,
            };
            let reachable =
                def.stock(kind).is_some() || supplier.is_some_and(|s| places[s.index()].stock(kind).is_some());
            if !reachable {
                self.problem(
                    path,
                    format!(
                        "`{}` has no {} stock (nor a supplier of one) for this effect to act on",
                        def.key,
                        kind.key()
                    ),
                );
                return;
            }
        }
    }

    fn effect(&mut self, effect: &raw::Effect, path: &str, scope: Scope, places: &[PlaceDef]) -> Effect {
        let arg = |n: usize| format!("{path}[{n}]");
        let needs_project = |v: &mut Self| {
            if !scope.project {
                v.problem_with_help(
                    path,
                    "this effect acts on a project, but nothing here targets one",
                    "use it in an action with `target: Project(contest: ...)` or in a project's milestone",
                );
            }
        };
        match effect {
            raw::Effect::Indicator(_, d)
            | raw::Effect::Resource(_, _, d)
            | raw::Effect::Income(_, _, d)
            | raw::Effect::Demand(_, _, _, d)
            | raw::Effect::Capacity(_, _, d)
            | raw::Effect::Reserve(_, _, d) => self.figure(*d, &arg(effect_amount_at(effect))),
            raw::Effect::Delay(n) | raw::Effect::Block(n) | raw::Effect::DelayTagged(_, n) => {
                let at = if matches!(effect, raw::Effect::DelayTagged(..)) { 1 } else { 0 };
                self.count(*n, MAX_TURNS_LEFT, &arg(at));
            }
            raw::Effect::Chance { base, per_indicator, .. } => {
                self.figure(*base, &format!("{path}.base"));
                for (k, f) in per_indicator {
                    self.figure(*f, &format!("{path}.per_indicator.{k}"));
                }
            }
            _ => {}
        }
        match effect {
            raw::Effect::Indicator(k, d) => {
                Effect::Indicator(IndicatorId(self.resolve(|v| &v.indicators, k, &arg(0))), *d)
            }
            raw::Effect::Resource(side, k, d) | raw::Effect::Income(side, k, d) => {
                let table = resource_table(*side);
                let r = ResourceId(self.resolve(table, k, &arg(1)));
                if matches!(effect, raw::Effect::Income(..)) {
                    Effect::Income(*side, r, *d)
                } else {
                    Effect::Resource(*side, r, *d)
                }
            }
            raw::Effect::Demand(at, kind, u, d) => {
                let at = self.place_ref(at, &arg(0), scope);
                self.stock_reachable(&at, *kind, path, scope, places);
                Effect::Demand(at, *kind, UserId(self.resolve(|v| &v.users, u, &arg(2))), *d)
            }
            raw::Effect::Capacity(at, kind, d) => {
                let at = self.place_ref(at, &arg(0), scope);
                self.stock_reachable(&at, *kind, path, scope, places);
                Effect::Capacity(at, *kind, *d)
            }
            raw::Effect::Reserve(at, kind, d) => {
                let at = self.place_ref(at, &arg(0), scope);
                self.stock_reachable(&at, *kind, &arg(0), scope, places);
                Effect::Reserve(at, *kind, *d)
            }
            raw::Effect::Mark(mark) => {
                needs_project(self);
                if mark.is_empty() {
                    self.problem(arg(0), "a mark needs a name");
                }
                Effect::Mark(mark.clone())
            }
            raw::Effect::SetFlag(f) => Effect::SetFlag(FlagId(self.resolve(|v| &v.flags, f, &arg(0)))),
            raw::Effect::ClearFlag(f) => Effect::ClearFlag(FlagId(self.resolve(|v| &v.flags, f, &arg(0)))),
            raw::Effect::Reveal(at, kind) => Effect::Reveal(self.place_ref(at, &arg(0), scope), *kind),
            raw::Effect::RevealKind(kind) => Effect::RevealKind(*kind),
            raw::Effect::RevealSecrets(side) => Effect::RevealSecrets(*side),
            raw::Effect::Delay(n) => {
                needs_project(self);
                Effect::Delay(*n)
            }
            raw::Effect::Block(n) => {
                needs_project(self);
                Effect::Block(*n)
            }
            raw::Effect::Cancel => {
                needs_project(self);
                Effect::Cancel
            }
            raw::Effect::DelayTagged(tag, n) => {
                self.project_tag(tag, &arg(0));
                Effect::DelayTagged(tag.clone(), *n)
            }
            raw::Effect::Chance { base, per_indicator, then, otherwise } => {
                let per_indicator = per_indicator
                    .iter()
                    .map(|(k, f)| {
                        (IndicatorId(self.resolve(|v| &v.indicators, k, &format!("{path}.per_indicator.{k}#key"))), *f)
                    })
                    .collect();
                Effect::Chance {
                    base: *base,
                    per_indicator,
                    then: self.effects(then, &format!("{path}.then"), scope, places),
                    otherwise: self.effects(otherwise, &format!("{path}.otherwise"), scope, places),
                }
            }
            raw::Effect::If(cond, effects) => {
                Effect::If(self.condition(cond, &arg(0), scope), self.effects(effects, &arg(1), scope, places))
            }
        }
    }
}

/// The table of a side's resource names.
fn resource_table(side: Side) -> for<'a, 'b> fn(&'a Validator<'b>) -> &'a Names {
    fn builder<'a>(v: &'a Validator<'_>) -> &'a Names {
        &v.resources[0]
    }
    fn collective<'a>(v: &'a Validator<'_>) -> &'a Names {
        &v.resources[1]
    }
    match side {
        Side::Builder => builder,
        Side::Collective => collective,
    }
}

/// The places an action's `Target` may stand for.
fn target_places(target: &TargetSpec, places: &[PlaceDef]) -> Option<Vec<PlaceId>> {
    match target {
        TargetSpec::None => None,
        TargetSpec::Place { .. } => {
            Some(places.iter().enumerate().filter(|(_, p)| target.accepts(p)).map(|(i, _)| PlaceId(i as u16)).collect())
        }
        // A contested project's place: whichever place its project action targeted.
        TargetSpec::Project { .. } => Some(Vec::new()),
    }
}

/// Where a label goes when the level gives none: the mean of the outline's points.
impl Validator<'_> {
    /// A lesson's steps: texts in both languages, actions and places that exist, conditions
    /// checked as an ending's are.
    fn lesson(&mut self) -> Vec<crate::sim::lesson::LessonStep> {
        use crate::sim::lesson::{LessonStep, Show, Until};
        let raw = self.raw;
        let action = |v: &mut Self, key: &str, path: String| -> ActionId {
            match raw.actions.iter().position(|a| a.key == key) {
                Some(i) => ActionId(i as u16),
                None => {
                    let help = suggest(key, raw.actions.iter().map(|a| a.key.as_str()));
                    v.problems.push(Problem { path, message: format!("unknown action `{key}`"), help });
                    ActionId(0)
                }
            }
        };
        let mut steps = Vec::new();
        for (i, step) in raw.lesson.iter().enumerate() {
            let path = format!("lesson[{i}]");
            let until = match &step.until {
                raw::Until::Read => Until::Read,
                raw::Until::EndTurn => Until::EndTurn,
                raw::Until::Order(key) => Until::Order(action(self, key, format!("{path}.until"))),
                raw::Until::Condition(c) => Until::Condition(self.condition(c, &format!("{path}.until"), NO_TARGET)),
            };
            let show = match &step.show {
                raw::Show::Nothing => Show::Nothing,
                raw::Show::Actions => Show::Actions,
                raw::Show::Goals => Show::Goals,
                raw::Show::Log => Show::Log,
                raw::Show::EndTurn => Show::EndTurn,
                raw::Show::Map(m) => Show::Map(*m),
                raw::Show::Action(key) => Show::Action(action(self, key, format!("{path}.show"))),
                raw::Show::Place(key) => {
                    Show::Place(PlaceId(self.resolve(|v| &v.places, key, &format!("{path}.show"))))
                }
            };
            let when = step.when.as_ref().map(|c| self.condition(c, &format!("{path}.when"), NO_TARGET));
            steps.push(LessonStep {
                side: step.side,
                say: self.text(&step.say, &format!("{path}.say")),
                until,
                show,
                when,
            });
        }
        steps
    }

    /// Landmarks: names in both languages, unique keys, sources that exist.
    fn landmarks(&mut self) -> Vec<Landmark> {
        let raw = self.raw;
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        for (i, l) in raw.landmarks.iter().enumerate() {
            let path = format!("landmarks[{i}]");
            if !seen.insert(l.key.as_str()) {
                self.problem(format!("{path}.key"), format!("the landmark `{}` is defined twice", l.key));
            }
            let description = match &l.description {
                Some(d) => self.text(d, &format!("{path}.description")),
                None => Text::default(),
            };
            self.points(std::slice::from_ref(&l.at), &format!("{path}.at"), false);
            out.push(Landmark {
                key: l.key.clone(),
                map: l.map,
                at: l.at,
                icon: l.icon,
                name: self.text(&l.name, &format!("{path}.name")),
                description,
                sources: self.sources(&l.sources, &path, false),
            });
        }
        out
    }
}

/// The most news cards a level may draw in a turn.
pub const MAX_NEWS_PER_TURN: u32 = 100;

/// The most entries a list of the level may hold: ids are 16-bit, and far below their width a
/// level is surely broken (Marseille has a few hundred of everything).
pub const MAX_ENTRIES: usize = 10_000;

fn centroid(shape: &Shape) -> Point {
    match shape {
        Shape::Point(p) => *p,
        Shape::Polygon(points) if !points.is_empty() => {
            let n = points.len() as f32;
            let (x, y) = points.iter().fold((0.0, 0.0), |(x, y), p| (x + p.0, y + p.1));
            (x / n, y / n)
        }
        Shape::Polygon(_) => (0.0, 0.0),
    }
}

/// Where an effect's amount stands among its arguments.
fn effect_amount_at(effect: &raw::Effect) -> usize {
    match effect {
        raw::Effect::Indicator(..) => 1,
        raw::Effect::Resource(..) | raw::Effect::Income(..) | raw::Effect::Capacity(..) | raw::Effect::Reserve(..) => 2,
        _ => 3,
    }
}

/// The most points an outline may have.
pub const MAX_OUTLINE_POINTS: usize = 2_000;

/// The longest key a level may use.
const MAX_KEY: usize = 64;

/// Whether `text` is a key: letters, digits, `_` and `-`, at most 64 of them.
fn is_key(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= MAX_KEY
        && text.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
}

fn not_a_key(text: &str) -> String {
    let shown: String = text.chars().take(40).flat_map(char::escape_default).collect();
    format!("`{shown}` is not a key: a key is made of at most {MAX_KEY} letters, digits, `_` and `-`")
}

/// A level's text without control characters (line breaks aside): an escape sequence in a
/// place's name would otherwise reach a terminal (retitling it, clearing it) or a file.
fn printable(text: &str) -> String {
    text.chars().filter(|c| !c.is_control() || *c == '\n').collect()
}
