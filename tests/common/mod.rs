//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;

use nuage::sim::Scenario;

/// The bundled levels, sorted.
pub fn level_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("levels");
    nuage::level::files_in(&dir).expect("levels/ is readable")
}

pub fn load(name: &str) -> Arc<Scenario> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("levels").join(name);
    Arc::new(nuage::level::load(&path).unwrap_or_else(|e| panic!("{name} loads: {e}")))
}
