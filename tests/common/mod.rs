//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;

use nuage::sim::{ActionId, Scenario};

/// The bundled levels, sorted.
pub fn level_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("levels");
    nuage::level::files_in(&dir).expect("levels/ is readable")
}

pub fn load(name: &str) -> Arc<Scenario> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("levels").join(name);
    Arc::new(nuage::level::load(&path).unwrap_or_else(|e| panic!("{name} loads: {e}")))
}

/// A fixture level of tests/fixtures (small, its answers worked out by hand).
pub fn fixture(name: &str) -> Arc<Scenario> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    Arc::new(nuage::level::load(&path).unwrap_or_else(|e| panic!("{name} loads: {e}")))
}

/// The id of the action `key` of `scn`.
pub fn action(scn: &Scenario, key: &str) -> ActionId {
    ActionId(scn.actions.iter().position(|a| a.key == key).unwrap_or_else(|| panic!("no action {key}")) as u16)
}
