//! The validated, immutable description of a scenario: what the level file says, with every id
//! resolved to a typed index. The dynamic state lives in [`crate::sim::World`].

use serde::{Deserialize, Serialize};

use super::ids::*;
use super::rules::{Condition, Effect, ScoreTerm};

/// A player-facing text in both languages of the game.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Text {
    pub en: String,
    pub fr: String,
}

impl Text {
    pub fn get(&self, lang: crate::i18n::Lang) -> &str {
        match lang {
            crate::i18n::Lang::En => &self.en,
            crate::i18n::Lang::Fr => &self.fr,
        }
    }
}

/// The two sides of the game. Their resources and verbs come from the level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Side {
    Builder,
    Collective,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::Builder, Side::Collective];

    pub fn other(self) -> Side {
        match self {
            Side::Builder => Side::Collective,
            Side::Collective => Side::Builder,
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// Stable key, used by the CLI and translation ids.
    pub fn key(self) -> &'static str {
        match self {
            Side::Builder => "builder",
            Side::Collective => "collective",
        }
    }
}

/// The physical quantities the shared core models at every place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum StockKind {
    Land,
    Water,
    Power,
    Heat,
    Extraction,
}

impl StockKind {
    pub const ALL: [StockKind; 5] =
        [StockKind::Land, StockKind::Water, StockKind::Power, StockKind::Heat, StockKind::Extraction];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn key(self) -> &'static str {
        match self {
            StockKind::Land => "land",
            StockKind::Water => "water",
            StockKind::Power => "power",
            StockKind::Heat => "heat",
            StockKind::Extraction => "extraction",
        }
    }
}

/// Which of the two maps a place or link is drawn on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum MapKind {
    Port,
    World,
}

/// A point in map units (the shell decides the scale).
pub type Point = (f32, f32);

/// The whole scenario, shared read-only by the game, the CLI and the tests.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Scenario {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub calendar: Calendar,
    pub places: Vec<PlaceDef>,
    pub links: Vec<LinkDef>,
    pub backdrops: Vec<Backdrop>,
    /// Things drawn on a map that are not places: buildings, landing stations, landmarks.
    pub landmarks: Vec<Landmark>,
    pub users: Vec<UserDef>,
    pub pressure: PressureParams,
    pub indicators: Vec<IndicatorDef>,
    pub flags: Vec<FlagDef>,
    pub sides: [SideDef; 2],
    pub actions: Vec<ActionDef>,
    pub events: Vec<EventDef>,
    pub endings: Vec<EndingDef>,
    pub scores: [Vec<ScoreTerm>; 2],
    pub questions: Vec<Text>,
    /// A guided game's prompts, in order (`sim::lesson`).
    pub lesson: Vec<super::lesson::LessonStep>,
    pub sources: Vec<SourceDef>,
    /// Sessions a workshop can play, each fitted to a length in minutes (`sim::plan`).
    #[serde(default)]
    pub sessions: Vec<SessionDef>,
    /// Discussion prompts a workshop's projector shows after a turn (`prompts_after`).
    #[serde(default)]
    pub prompts: Vec<PromptDef>,
    /// Hash of the level file's bytes: a save made against another version is refused.
    pub fingerprint: u64,
}

/// A part of the story played in a workshop of a given length: from which turn, for how many,
/// at what pace, and how the state at its first turn is reached.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionDef {
    pub minutes: u32,
    /// The first turn played (counted from 0, as `AtTurn` counts).
    pub first_turn: u32,
    pub turns: u32,
    /// Each side's phase of orders, on the facilitator's timer.
    pub phase_seconds: u32,
    pub opening: OpeningDef,
}

/// How the turns before a session's first are played, the same way every time: by these
/// players (names as the command line spells them: `passive`, `ai:medium`...) on this seed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpeningDef {
    pub builder: String,
    pub collective: String,
    pub seed: u64,
}

impl Scenario {
    pub fn place(&self, id: PlaceId) -> &PlaceDef {
        &self.places[id.index()]
    }
    pub fn action(&self, id: ActionId) -> &ActionDef {
        &self.actions[id.index()]
    }
    pub fn side(&self, side: Side) -> &SideDef {
        &self.sides[side.index()]
    }
    /// The team of its side that owns `action`, by its place in the side's teams; `None` when
    /// the side has no teams.
    pub fn team_of(&self, action: ActionId) -> Option<usize> {
        let side = self.action(action).side;
        self.side(side).teams.iter().position(|t| t.actions.contains(&action))
    }

    /// Each team's share of its side's action points, in the level's order.
    pub fn team_points(&self, side: Side) -> Vec<u32> {
        self.side(side).teams.iter().map(|t| t.action_points).collect()
    }

    pub fn actions_of(&self, side: Side) -> impl Iterator<Item = (ActionId, &ActionDef)> {
        self.actions.iter().enumerate().filter(move |(_, a)| a.side == side).map(|(i, a)| (ActionId(i as u16), a))
    }
}

/// A question for the room, written in the level, and when it comes up.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PromptDef {
    pub when: PromptWhen,
    pub text: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PromptWhen {
    /// After each of these turns (first and last, counted from 0).
    Turns(u32, u32),
    /// After the turn this card was played in (drawn, triggered or called).
    Event(EventId),
}

/// The span of a game and how its turns map onto dates and seasons.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Calendar {
    pub start_year: i32,
    /// 1 to 12.
    pub start_month: u8,
    pub months_per_turn: u8,
    pub turns: u32,
    /// Cards drawn from the news deck at the start of each turn.
    pub news_per_turn: u32,
    pub seasons: Vec<SeasonDef>,
}

impl Calendar {
    /// Year and month (1-12) at which a turn starts.
    pub fn date(&self, turn: u32) -> (i32, u8) {
        let months = (self.start_month as i64 - 1) + turn as i64 * self.months_per_turn as i64;
        (self.start_year + (months / 12) as i32, (months % 12) as u8 + 1)
    }

    pub fn season(&self, turn: u32) -> SeasonId {
        let (_, month) = self.date(turn);
        let found = self.seasons.iter().position(|s| s.months.contains(&month));
        SeasonId(found.unwrap_or(0) as u16)
    }
}

/// A season: the months it covers and how it scales supplies and demands.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SeasonDef {
    pub key: String,
    pub name: Text,
    pub months: Vec<u8>,
    /// Multiplier on every capacity of a kind (a dry summer lowers water supply).
    pub capacity_factor: Vec<(StockKind, f64)>,
    /// Multiplier on a user's demand (cooling works harder in summer).
    pub demand_factor: Vec<(UserId, f64)>,
}

impl SeasonDef {
    pub fn capacity_factor(&self, kind: StockKind) -> f64 {
        self.capacity_factor.iter().find(|(k, _)| *k == kind).map_or(1.0, |(_, f)| *f)
    }
    pub fn demand_factor(&self, user: UserId) -> f64 {
        self.demand_factor.iter().find(|(u, _)| *u == user).map_or(1.0, |(_, f)| *f)
    }
}

/// A zone of the port or a node of the global map, with the stocks found there.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PlaceDef {
    pub key: String,
    pub name: Text,
    pub description: Text,
    pub map: MapKind,
    pub tags: Vec<String>,
    pub shape: Shape,
    pub label_at: Point,
    pub stocks: Vec<StockDef>,
    /// Where this place's water and power demand is actually drawn (a canal, a substation).
    pub water_from: Option<PlaceId>,
    pub power_from: Option<PlaceId>,
    /// What the description rests on.
    pub sources: Vec<SourceId>,
    /// The symbol drawn at the place's label, if any.
    pub icon: Option<Icon>,
}

impl PlaceDef {
    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t == tag)
    }
    pub fn stock(&self, kind: StockKind) -> Option<&StockDef> {
        self.stocks.iter().find(|s| s.kind == kind)
    }
}

/// The outline of a place.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Shape {
    Polygon(Vec<Point>),
    Point(Point),
}

/// The starting value of one quantity at one place.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StockDef {
    pub kind: StockKind,
    pub unit: Text,
    pub capacity: f64,
    pub demand: Vec<(UserId, f64)>,
    /// Hidden quantities are unknown to the collective until investigated.
    pub hidden: bool,
    /// Whether the season's factors apply (water, power and heat by default).
    pub seasonal: bool,
    pub estimate: bool,
    pub sources: Vec<SourceId>,
}

/// A line drawn on a map: a cable route, a supply route, a power line.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LinkDef {
    pub key: String,
    pub name: Text,
    pub kind: LinkKind,
    pub map: MapKind,
    pub from: PlaceId,
    pub to: PlaceId,
    pub path: Vec<Point>,
    /// What the link carries, in words (for the map's tooltip).
    pub carries: Text,
    pub sources: Vec<SourceId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkKind {
    Cable,
    Supply,
    Power,
    Water,
}

/// Decorative geometry (continents, the sea, the city, hills, quays) drawn under the places.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Backdrop {
    pub map: MapKind,
    pub kind: BackdropKind,
    pub polygon: Vec<Point>,
    /// A name written on the map (a basin, an island, a landmark); empty for none.
    pub name: Text,
}

/// What a backdrop is, which sets how it is drawn and in which order (water first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum BackdropKind {
    Water,
    Land,
    /// Hills and massifs behind the city.
    Hill,
    /// The built-up city, a soft mass.
    City,
    /// Man-made ground at the water's edge: quays, jetties, breakwaters.
    Quay,
    /// A sea cable: its points are a line, not an outline.
    Cable,
}

/// The symbols a map can show. One drawing style for all, in the shell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Icon {
    DataCentre,
    Substation,
    CableLanding,
    Mine,
    Refinery,
    Factory,
    Fab,
    Water,
    Workers,
    Money,
    Landmark,
}

/// A thing shown on a map that is not a place of the simulation: an existing building, a
/// landing station, a monument.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Landmark {
    pub key: String,
    pub map: MapKind,
    pub at: Point,
    pub icon: Icon,
    pub name: Text,
    /// A line on what it is, shown on hover.
    pub description: Text,
    pub sources: Vec<SourceId>,
}

/// Someone who draws on a stock.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct UserDef {
    pub key: String,
    pub name: Text,
    /// Served first when a stock runs short (lower comes first).
    pub priority: u8,
}

/// How pressures are read and how they push back.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PressureParams {
    /// Per kind: the pressure (demand / capacity) at which a stock is strained, then critical.
    pub thresholds: Vec<(StockKind, f64, f64)>,
    /// Effects applied at the end of each turn for each stock of a kind that is critical.
    pub on_critical: Vec<(StockKind, Vec<Effect>)>,
}

impl PressureParams {
    pub fn thresholds(&self, kind: StockKind) -> (f64, f64) {
        self.thresholds.iter().find(|(k, _, _)| *k == kind).map_or((0.85, 1.0), |(_, s, c)| (*s, *c))
    }
}

/// A society-wide quantity.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct IndicatorDef {
    pub key: String,
    pub name: Text,
    pub initial: f64,
    pub min: f64,
    pub max: f64,
    /// Each turn the value moves this fraction of the way back to `baseline`.
    pub decay: f64,
    pub baseline: f64,
    /// True when a lower value is better for the builder (a hub rank).
    pub lower_is_better: bool,
    pub sources: Vec<SourceId>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FlagDef {
    pub key: String,
    pub name: Text,
}

/// One side: its name, its resources and what it earns every turn.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SideDef {
    pub name: Text,
    pub description: Text,
    pub action_points: u32,
    pub resources: Vec<ResourceDef>,
    /// Teams within the side, for a game played in teams (`World::teams`); empty for none.
    #[serde(default)]
    pub teams: Vec<TeamDef>,
}

/// A team within a side: it alone gives the orders of its actions, from its own share of the
/// side's action points.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TeamDef {
    pub key: String,
    pub name: Text,
    /// The role card: who they are, what they want, first moves to think of.
    pub role: Text,
    pub actions: Vec<ActionId>,
    pub action_points: u32,
    pub objective: Option<ObjectiveDef>,
}

/// A team's own objective, met when its condition holds at the end of the game; seen by the
/// team (its card), the facilitator and the debrief.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ObjectiveDef {
    pub name: Text,
    pub condition: Condition,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ResourceDef {
    pub key: String,
    pub name: Text,
    pub initial: f64,
    /// Earned every turn...
    pub income: f64,
    /// ...plus this factor times an indicator's value.
    pub income_from: Vec<(IndicatorId, f64)>,
}

/// What an order aims at.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum TargetSpec {
    None,
    /// A place of a map carrying at least one of the tags (any place when empty).
    Place {
        map: Option<MapKind>,
        tags: Vec<String>,
    },
    /// A project under way whose current milestone can be contested this way.
    Project {
        contest: String,
    },
}

impl TargetSpec {
    /// Whether a place is on the map a place-targeting action aims at.
    pub fn map_fits(&self, place: &PlaceDef) -> bool {
        matches!(self, TargetSpec::Place { map, .. } if map.is_none_or(|m| m == place.map))
    }

    /// Whether a place carries one of the tags a place-targeting action needs.
    pub fn kind_fits(&self, place: &PlaceDef) -> bool {
        matches!(self, TargetSpec::Place { tags, .. } if tags.is_empty() || tags.iter().any(|t| place.has_tag(t)))
    }

    /// Whether a place can be this action's target at all.
    pub fn accepts(&self, place: &PlaceDef) -> bool {
        self.map_fits(place) && self.kind_fits(place)
    }
}

/// An action a side can order.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ActionDef {
    pub key: String,
    pub side: Side,
    pub name: Text,
    pub description: Text,
    pub cost: Vec<(ResourceId, f64)>,
    pub action_points: u32,
    pub target: TargetSpec,
    pub requires: Vec<Condition>,
    pub effects: Vec<Effect>,
    pub project: Option<ProjectDef>,
    /// Hidden from the other side until revealed (lobbying, a quiet permit).
    pub secret: bool,
    /// For a secret action: whether what it (or its project) does to figures the other side
    /// can see shows at once, unexplained, or only once the secret comes out.
    #[serde(default)]
    pub effects_show: EffectsShow,
    pub max_uses: Option<u32>,
    pub sources: Vec<SourceId>,
    /// The symbol of its card and of the project it starts on the map.
    pub icon: Option<Icon>,
}

/// When a secret action's effects on figures others can see (an indicator, a public stock)
/// show to them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum EffectsShow {
    /// At once: the figure moves "for reasons you do not know".
    #[default]
    AtOnce,
    /// Only once the secret comes out: until then the figure stands where it was for them.
    WhenRevealed,
}

/// A multi-turn undertaking started by an action.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ProjectDef {
    pub name: Text,
    pub tags: Vec<String>,
    pub milestones: Vec<MilestoneDef>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MilestoneDef {
    pub key: String,
    pub name: Text,
    pub turns: u32,
    /// The ways the other side can contest this step ("inquiry", "legal", "occupation").
    pub contestable: Vec<String>,
    /// Conditions for the step to progress; when one fails the project waits.
    pub requires: Vec<Condition>,
    pub on_complete: Vec<Effect>,
}

/// A card of the news deck, or a consequence that fires when its condition becomes true.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EventDef {
    pub key: String,
    pub name: Text,
    pub text: Text,
    pub trigger: Trigger,
    pub conditions: Vec<Condition>,
    pub effects: Vec<Effect>,
    pub once: bool,
    pub sources: Vec<SourceId>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Trigger {
    /// Drawn at the start of a turn among the eligible cards, by weight.
    Draw { weight: f64 },
    /// Fires at the end of the turn in which its conditions first hold.
    When,
    /// Fires at the start of a given turn.
    AtTurn(u32),
}

/// A named ending.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EndingDef {
    pub key: String,
    pub name: Text,
    pub text: Text,
    pub winner: Winner,
    pub condition: Condition,
    /// Only evaluated when the last turn ends.
    pub last_turn_only: bool,
    /// A warning shown while this holds ("two more dry summers...").
    pub warning: Option<(Condition, Text)>,
    pub sources: Vec<SourceId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Winner {
    Side(Side),
    Nobody,
    /// Decided by comparing both sides' scores.
    ByScore,
}

/// A reference the encyclopedia can show.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SourceDef {
    pub key: String,
    /// What it says, in both languages (the same text twice when the level gives one).
    pub text: Text,
    pub url: Option<String>,
    /// Single-source, company claim, contradicted or unverified.
    pub caution: bool,
}
