//! The simulation core: plain Rust, no engine. Serializable state with its seeded generator,
//! orders checked then applied, happenings out with their causes, ordered collections only.

pub mod bounds;
pub mod check;
pub mod condition;
pub mod effects;
pub mod facilitator;
pub mod game;
pub mod happening;
pub mod history;
pub mod ids;
pub mod lesson;
pub mod odds;
pub mod order;
pub mod orders;
pub mod plan;
pub mod pressure;
pub mod progress;
pub mod projects;
pub mod record;
pub mod resolve;
pub mod revelations;
pub mod rules;
pub mod scenario;
pub mod score;
pub mod world;

pub use game::{Game, LoadError};
pub use happening::{Cause, Factor, Happening, Quantity, Reason};
pub use ids::*;
pub use order::{Order, Refusal, Target};
pub use scenario::{Scenario, Side, StockKind};
pub use view::View;
pub use visibility::Viewer;
pub use world::{Phase, World};
pub mod describe;
pub mod view;
pub mod visibility;
