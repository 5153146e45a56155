//! Levels grown to the limits in one hostile shape each, for `nuage bench`: the fixture valley
//! (built into the binary) with ten thousand broken entries, a line of megabytes, a season of
//! a million months, or as many 2,000-point jagged outlines as fit in a level file. Validation
//! must stay near linear in the file's size on each (`design/reliability.md`).

/// The fixture every stress level grows from.
const VALLEY: &str = include_str!("../../tests/fixtures/valley.ron");

/// The valley's list of flags, where entries are added.
const FLAGS: &str = "flags: [(key: \"banned\", name: (en: \"campus banned\", fr: \"campus interdit\"))],";

/// The valley's first user, whose name is made long.
const FIRST_USER: &str = "(key: \"campus\", name: (en: \"campus\", fr: \"campus\"), priority: 0),";

/// Each stress level: its name and its text.
pub fn levels() -> Vec<(&'static str, String)> {
    vec![
        ("10,000 flags with empty names", many_problems()),
        ("one line of 3.9 MB", long_line()),
        ("a season of a million months", many_months()),
        ("2,000-point jagged outlines", jagged_outlines()),
    ]
}

/// The most entries a list may hold, each with an empty name in both languages.
fn many_problems() -> String {
    let flags: Vec<String> =
        (0..super::validate::MAX_ENTRIES - 1).map(|i| format!("(key: \"f{i}\", name: (en: \"\", fr: \"\"))")).collect();
    VALLEY.replace(FLAGS, &format!("{}, {}],", FLAGS.trim_end_matches("],"), flags.join(", ")))
}

/// A name of nearly the whole file on one line, with a problem after it on the same line.
fn long_line() -> String {
    let long = "x".repeat(3_900_000);
    VALLEY.replace(FIRST_USER, &format!("(key: \"campus\", name: (en: \"{long}\", fr: \"\"), priority: 0),"))
}

/// A season listing the same month about 1.3 million times.
fn many_months() -> String {
    let months = vec!["1"; 1_300_000].join(", ");
    VALLEY.replace("months: [5, 6, 7, 8, 9, 10]", &format!("months: [{months}]"))
}

/// Places shaped as combs of the most points an outline may have, side by side, as many as fit
/// under the size limit: none crosses itself, so the crossing check runs whole on each.
fn jagged_outlines() -> String {
    let points = super::validate::MAX_OUTLINE_POINTS - 2;
    let mut places = Vec::new();
    let mut size = VALLEY.len();
    for k in 0.. {
        let x0 = k as f32 * 4_500.0;
        let mut outline: Vec<String> =
            (0..points).map(|i| format!("({}, {})", x0 + i as f32 * 2.0, if i % 2 == 0 { 0 } else { 50 })).collect();
        outline.push(format!("({}, -10)", x0 + points as f32 * 2.0));
        outline.push(format!("({x0}, -10)"));
        let place = format!(
            "(key: \"comb{k}\", map: World, name: (en: \"c\", fr: \"c\"), description: (en: \"c\", fr: \"c\"), shape: Polygon([{}]), stocks: []),",
            outline.join(", ")
        );
        size += place.len();
        if size as u64 > super::MAX_LEVEL_BYTES - 1024 {
            break;
        }
        places.push(place);
    }
    VALLEY.replace("    places: [\n", &format!("    places: [\n{}\n", places.join("\n")))
}

/// A level that is heavy to play rather than to read: 2,000 places, each a site the builders'
/// campus may target from the first turn (its money is raised), 1,000 news cards that each read the highest pressure, 100 of them drawn a
/// turn, and 1,000 consequences that read it too. `nuage bench` times its turns, and the
/// computer players' decisions on it.
pub fn busy_turns() -> String {
    let places: Vec<String> = (0..2_000)
        .map(|i| {
            format!(
                "(key: \"p{i}\", map: World, tags: [\"site\"], name: (en: \"p\", fr: \"p\"), description: (en: \"p\", fr: \"p\"), shape: Point(({}, {})), power_from: \"line\", stocks: [(kind: Water, unit: (en: \"u\", fr: \"u\"), capacity: 100, demand: {{\"farms\": {}}}, sources: [\"guess\"]), (kind: Land, unit: (en: \"ha\", fr: \"ha\"), capacity: 30, sources: [\"guess\"])]),",
                i % 100 * 10,
                i / 100 * 10,
                i % 90
            )
        })
        .collect();
    let cards: Vec<String> = (0..1_000)
        .map(|i| {
            format!(
                "(key: \"n{i}\", trigger: Draw(1.0), conditions: [MaxPressure(Water, Below, 1.5)], name: (en: \"n\", fr: \"n\"), text: (en: \"n\", fr: \"n\"), effects: [Indicator(\"anger\", 0.01)], once: false, sources: [\"guess\"]),"
            )
        })
        .collect();
    let consequences: Vec<String> = (0..1_000)
        .map(|i| {
            format!(
                "(key: \"w{i}\", trigger: When, conditions: [MaxPressure(Water, AtLeast, {}.0)], name: (en: \"w\", fr: \"w\"), text: (en: \"w\", fr: \"w\"), effects: [], once: true, sources: [\"guess\"]),",
                2 + i
            )
        })
        .collect();
    VALLEY
        .replace("news_per_turn: 1,", "news_per_turn: 100,")
        .replace("initial: 50, income: 20", "initial: 500, income: 100")
        .replace("    places: [\n", &format!("    places: [\n{}\n", places.join("\n")))
        .replace("    events: [\n", &format!("    events: [\n{}\n{}\n", cards.join("\n"), consequences.join("\n")))
}

/// A level small on disk but large on the board: 300 square places 900,000 units wide (near
/// the largest coordinates allowed), each over the last, on the port map, all with stocks that can be hatched. The board's meshes must
/// stay bounded by what the screen shows (the window once took 6.4 GB on such a level).
pub fn large_places() -> String {
    let places: Vec<String> = (0..300)
        .map(|i| {
            let (x, y, w) = (i as f64 * 1_000.0 - 500_000.0, i as f64 * 500.0 - 500_000.0, 900_000.0);
            format!(
                "(key: \"big{i}\", map: Port, name: (en: \"big {i}\", fr: \"grand {i}\"), description: (en: \"b\", fr: \"b\"), shape: Polygon([({x}, {y}), ({}, {y}), ({}, {}), ({x}, {})]), stocks: [(kind: Water, unit: (en: \"u\", fr: \"u\"), capacity: 100, demand: {{\"farms\": 95}}, sources: [\"guess\"])]),",
                x + w,
                x + w,
                y + w,
                y + w
            )
        })
        .collect();
    VALLEY.replace("    places: [\n", &format!("    places: [\n{}\n", places.join("\n")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_busy_level_loads() {
        let scn = super::super::parse("busy.ron", &super::busy_turns()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(scn.calendar.news_per_turn, 100);
        assert!(scn.places.len() > 2_000 && scn.events.len() > 2_000);
    }

    #[test]
    fn the_level_of_large_places_loads() {
        let scn = super::super::parse("large.ron", &super::large_places()).unwrap_or_else(|e| panic!("{e}"));
        assert!(scn.places.len() > 300);
    }

    #[test]
    fn every_stress_level_is_within_the_size_limit_and_refused_or_loaded_cleanly() {
        for (name, text) in super::levels() {
            assert!(text.len() as u64 <= super::super::MAX_LEVEL_BYTES, "{name}: {} bytes", text.len());
            match super::super::parse(name, &text) {
                Ok(_) => {}
                Err(super::super::LevelError::Invalid(d)) => {
                    assert!(d.len() <= super::super::MAX_REPORTED + 1, "{name}")
                }
                Err(other) => panic!("{name}: {other}"),
            }
        }
    }
}
