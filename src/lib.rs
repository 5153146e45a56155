//! Nuage: a serious game about the material side of "the cloud".
//!
//! `sim` is the simulation core (no engine), `level` reads and validates scenario files,
//! `policy` holds the built-in players, `cli` the headless commands.

pub mod ai;
pub mod balance;
pub mod cli;
pub mod files;
pub mod fuzz;
#[cfg(feature = "gui")]
pub mod game;
pub mod i18n;
pub mod kit;
pub mod level;
pub mod opening;
pub mod policy;
pub mod saves;
pub mod seed;
pub mod sim;
