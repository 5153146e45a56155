//! The level file as written: serde types that mirror the RON text, ids still as names.
//! `validate` turns them into the core's [`crate::sim::Scenario`].

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::sim::rules::Cmp;
use crate::sim::scenario::{BackdropKind, EffectsShow, Icon, LinkKind, MapKind, Point, Side, StockKind, Text};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub calendar: Calendar,
    pub users: Vec<User>,
    pub pressure: Pressure,
    pub indicators: Vec<Indicator>,
    #[serde(default)]
    pub flags: Vec<Flag>,
    pub sides: Sides,
    pub places: Vec<Place>,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(default)]
    pub backdrops: Vec<Backdrop>,
    #[serde(default)]
    pub landmarks: Vec<Landmark>,
    pub actions: Vec<Action>,
    #[serde(default)]
    pub events: Vec<Event>,
    pub endings: Vec<Ending>,
    #[serde(default)]
    pub scores: Scores,
    #[serde(default)]
    pub questions: Vec<Text>,
    /// A guided game: prompts shown in turn to the side they speak to.
    #[serde(default)]
    pub lesson: Vec<LessonStep>,
    pub sources: Vec<Source>,
    /// Workshop sessions, each fitted to a length in minutes.
    #[serde(default)]
    pub sessions: Vec<Session>,
    /// Discussion prompts for a workshop, shown on the projector after a turn.
    #[serde(default)]
    pub prompts: Vec<Prompt>,
}

/// A part of the story a workshop of `minutes` plays (`sim::plan`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prompt {
    /// The turns (counted from 0, first and last) after which it is shown; or
    #[serde(default)]
    pub turns: Option<(u32, u32)>,
    /// the event whose card, once played, brings it up.
    #[serde(default)]
    pub event: Option<String>,
    pub text: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub minutes: u32,
    /// Counted from 0, as `AtTurn` counts.
    pub first_turn: u32,
    pub turns: u32,
    #[serde(default = "default_phase_seconds")]
    pub phase_seconds: u32,
    #[serde(default)]
    pub opening: Opening,
}

fn default_phase_seconds() -> u32 {
    crate::sim::plan::DEFAULT_PHASE_SECONDS
}

/// Who plays the turns before a session's first, on which seed.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Opening {
    #[serde(default = "passive")]
    pub builder: String,
    #[serde(default = "passive")]
    pub collective: String,
    #[serde(default)]
    pub seed: u64,
}

impl Default for Opening {
    fn default() -> Opening {
        Opening { builder: passive(), collective: passive(), seed: 0 }
    }
}

fn passive() -> String {
    "passive".to_owned()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Calendar {
    pub start_year: i32,
    pub start_month: u8,
    pub months_per_turn: u8,
    pub turns: u32,
    #[serde(default = "one")]
    pub news_per_turn: u32,
    pub seasons: Vec<Season>,
}

fn one() -> u32 {
    1
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Season {
    pub key: String,
    pub name: Text,
    pub months: Vec<u8>,
    #[serde(default)]
    pub capacity: BTreeMap<StockKind, f64>,
    #[serde(default)]
    pub demand: BTreeMap<String, f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct User {
    pub key: String,
    pub name: Text,
    #[serde(default)]
    pub priority: u8,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pressure {
    /// Per kind: (strained, critical).
    pub thresholds: BTreeMap<StockKind, (f64, f64)>,
    #[serde(default)]
    pub on_critical: BTreeMap<StockKind, Vec<Effect>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub key: String,
    pub name: Text,
    pub initial: f64,
    #[serde(default)]
    pub min: f64,
    #[serde(default = "hundred")]
    pub max: f64,
    #[serde(default)]
    pub decay: f64,
    pub baseline: Option<f64>,
    #[serde(default)]
    pub lower_is_better: bool,
    pub sources: Vec<String>,
}

fn hundred() -> f64 {
    100.0
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flag {
    pub key: String,
    pub name: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sides {
    pub builder: SideDef,
    pub collective: SideDef,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SideDef {
    pub name: Text,
    pub description: Text,
    pub action_points: u32,
    pub resources: Vec<Resource>,
    /// Teams within the side, for a workshop played in teams (2 to 4, or none).
    #[serde(default)]
    pub teams: Vec<Team>,
}

/// A team within a side: its role card, the actions it owns and its share of the side's
/// action points, and optionally an objective of its own.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Team {
    pub key: String,
    pub name: Text,
    /// The role card: who they are, what they want, first moves to think of.
    pub role: Text,
    pub actions: Vec<String>,
    pub action_points: u32,
    #[serde(default)]
    pub objective: Option<Objective>,
}

/// A team's own objective: met when its condition holds at the end of the game.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub name: Text,
    pub condition: Condition,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub key: String,
    pub name: Text,
    pub initial: f64,
    #[serde(default)]
    pub income: f64,
    #[serde(default)]
    pub income_from: BTreeMap<String, f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub key: String,
    pub name: Text,
    pub description: Text,
    pub map: MapKind,
    #[serde(default)]
    pub tags: Vec<String>,
    pub shape: Shape,
    pub label: Option<Point>,
    #[serde(default)]
    pub stocks: Vec<Stock>,
    pub water_from: Option<String>,
    pub power_from: Option<String>,
    /// What the place's description rests on (its figures cite their own sources).
    #[serde(default)]
    pub sources: Vec<String>,
    /// A symbol drawn at the place (a substation, a mine, a fab...).
    pub icon: Option<Icon>,
}

#[derive(Debug, Deserialize)]
pub enum Shape {
    Polygon(Vec<Point>),
    Point(Point),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stock {
    pub kind: StockKind,
    pub unit: Text,
    pub capacity: f64,
    #[serde(default)]
    pub demand: BTreeMap<String, f64>,
    #[serde(default)]
    pub hidden: bool,
    /// Whether the season's factors apply; by default they do for water, power and heat.
    pub seasonal: Option<bool>,
    #[serde(default)]
    pub estimate: bool,
    pub sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub key: String,
    pub name: Text,
    pub kind: LinkKind,
    pub map: MapKind,
    pub from: String,
    pub to: String,
    #[serde(default)]
    pub path: Vec<Point>,
    pub carries: Text,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backdrop {
    pub map: MapKind,
    pub kind: BackdropKind,
    pub polygon: Vec<Point>,
    /// A name written on the map, at the polygon's middle.
    pub name: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Landmark {
    pub key: String,
    pub map: MapKind,
    pub at: Point,
    pub icon: Icon,
    pub name: Text,
    #[serde(default)]
    pub description: Option<Text>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub enum Target {
    None,
    Place {
        #[serde(default)]
        map: Option<MapKind>,
        #[serde(default)]
        tags: Vec<String>,
    },
    Project {
        contest: String,
    },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub key: String,
    pub side: Side,
    pub name: Text,
    pub description: Text,
    #[serde(default)]
    pub cost: BTreeMap<String, f64>,
    #[serde(default = "one")]
    pub action_points: u32,
    #[serde(default = "no_target")]
    pub target: Target,
    #[serde(default)]
    pub requires: Vec<Condition>,
    #[serde(default)]
    pub effects: Vec<Effect>,
    pub project: Option<Project>,
    #[serde(default)]
    pub secret: bool,
    #[serde(default)]
    pub effects_show: EffectsShow,
    pub max_uses: Option<u32>,
    #[serde(default)]
    pub sources: Vec<String>,
    pub icon: Option<Icon>,
}

fn no_target() -> Target {
    Target::None
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub name: Text,
    #[serde(default)]
    pub tags: Vec<String>,
    pub milestones: Vec<Milestone>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub key: String,
    pub name: Text,
    pub turns: u32,
    #[serde(default)]
    pub contestable: Vec<String>,
    #[serde(default)]
    pub requires: Vec<Condition>,
    #[serde(default)]
    pub on_complete: Vec<Effect>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub key: String,
    pub name: Text,
    pub text: Text,
    pub trigger: Trigger,
    #[serde(default)]
    pub conditions: Vec<Condition>,
    #[serde(default)]
    pub effects: Vec<Effect>,
    #[serde(default)]
    pub once: bool,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub enum Trigger {
    Draw(f64),
    When,
    AtTurn(u32),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    pub key: String,
    pub name: Text,
    pub text: Text,
    pub winner: Winner,
    pub condition: Condition,
    #[serde(default)]
    pub last_turn_only: bool,
    pub warning: Option<Warning>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Warning {
    pub when: Condition,
    pub text: Text,
}

#[derive(Debug, Deserialize)]
pub enum Winner {
    Builder,
    Collective,
    Nobody,
    ByScore,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scores {
    #[serde(default)]
    pub builder: Vec<ScoreTerm>,
    #[serde(default)]
    pub collective: Vec<ScoreTerm>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub key: String,
    pub text: SourceText,
    pub url: Option<String>,
    #[serde(default)]
    pub caution: bool,
}

/// What a source says, in each language (`(en: "...", fr: "...")`), or one text for both, as
/// levels wrote it before sources were translated (still read as it was).
#[derive(Debug)]
pub enum SourceText {
    Translated(Text),
    One(String),
}

impl<'de> Deserialize<'de> for SourceText {
    // By hand rather than `untagged`, so that a mistake inside the pair is told as what it is
    // ("missing field `fr`") rather than as "did not match any variant".
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<SourceText, D::Error> {
        struct Either;
        impl<'de> serde::de::Visitor<'de> for Either {
            type Value = SourceText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text, or one in each language: (en: \"...\", fr: \"...\")")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<SourceText, E> {
                Ok(SourceText::One(text.to_owned()))
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(self, map: M) -> Result<SourceText, M::Error> {
                Text::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(SourceText::Translated)
            }
        }
        deserializer.deserialize_any(Either)
    }
}

/// A place named in a rule: `Target` (the order's target) or `At("zone")`.
#[derive(Debug, Deserialize)]
pub enum PlaceRef {
    Target,
    At(String),
}

#[derive(Debug, Deserialize)]
pub enum Condition {
    Always,
    Indicator(String, Cmp, f64),
    Resource(Side, String, Cmp, f64),
    Pressure(PlaceRef, StockKind, Cmp, f64),
    MaxPressure(StockKind, Cmp, f64),
    Demand(String, StockKind, Cmp, f64),
    Flag(String),
    Completed(String, Cmp, u32),
    UnderWay(String, Cmp, u32),
    Season(String),
    Turn(Cmp, u32),
    TargetTagged(String),
    Known(PlaceRef, StockKind),
    Booked(PlaceRef, StockKind, Cmp, f64),
    Marked(String),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

#[derive(Debug, Deserialize)]
pub enum Effect {
    Indicator(String, f64),
    Resource(Side, String, f64),
    Income(Side, String, f64),
    Demand(PlaceRef, StockKind, String, f64),
    Capacity(PlaceRef, StockKind, f64),
    Reserve(PlaceRef, StockKind, f64),
    Mark(String),
    SetFlag(String),
    ClearFlag(String),
    Reveal(PlaceRef, StockKind),
    RevealKind(StockKind),
    RevealSecrets(Side),
    Delay(u32),
    Block(u32),
    Cancel,
    DelayTagged(String, u32),
    Chance {
        base: f64,
        #[serde(default)]
        per_indicator: BTreeMap<String, f64>,
        #[serde(default)]
        then: Vec<Effect>,
        #[serde(default)]
        otherwise: Vec<Effect>,
    },
    If(Condition, Vec<Effect>),
}

#[derive(Debug, Deserialize)]
pub enum ScoreTerm {
    Indicator(String, f64),
    Demand(String, StockKind, f64),
    Flag(String, f64),
    Completed(String, f64),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonStep {
    pub side: Side,
    pub say: Text,
    #[serde(default = "read")]
    pub until: Until,
    #[serde(default = "nothing")]
    pub show: Show,
    #[serde(default)]
    pub when: Option<Condition>,
}

fn read() -> Until {
    Until::Read
}

fn nothing() -> Show {
    Show::Nothing
}

#[derive(Debug, Deserialize)]
pub enum Until {
    Read,
    Order(String),
    EndTurn,
    Condition(Condition),
}

#[derive(Debug, Deserialize)]
pub enum Show {
    Nothing,
    Actions,
    Action(String),
    Place(String),
    Goals,
    Log,
    EndTurn,
    Map(MapKind),
}
