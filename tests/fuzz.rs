//! A bounded fuzz run in every `cargo test`: a few hundred mutations of the bundled levels and
//! of a save, fixed seed. None may panic or hang; each ends in a located error or a clean game.
//! `nuage fuzz --cases N` runs the same for longer.

#[test]
fn mutated_levels_and_saves_never_panic_or_hang() {
    let levels: Vec<(String, String)> = ["levels/tutorial.ron", "tests/fixtures/valley.ron", "levels/marseille.ron"]
        .iter()
        .map(|p| (p.to_string(), std::fs::read_to_string(p).expect("the level is there")))
        .collect();
    let report = nuage::fuzz::run(&levels, 300, 7);
    assert_eq!(report.cases, 300);
    assert!(report.failures.is_empty(), "{:#?}", report.failures);
    // The run did both: most mutations are refused, some still load and play.
    assert!(report.refused > 100, "{report:?}");
    assert!(report.loaded > 10, "{report:?}");
}
