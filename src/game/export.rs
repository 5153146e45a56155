//! The debrief as a Markdown document, for the facilitator to keep, print or send after a
//! workshop: the ending and why, how each pressure and indicator moved, what was hidden, the
//! questions, the timeline with the computers' reasons, and every source with its address.

use std::path::{Path, PathBuf};

use super::debrief::DebriefText;
use crate::i18n::{Lang, labelled, number, percent, tr, tr_args};
use crate::sim::{Game, StockKind, describe};

/// The whole debrief in Markdown, in `lang`.
pub fn markdown(game: &Game, text: &DebriefText, lang: Lang) -> String {
    let scn = &game.scenario;
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(format!("# {} — {}", scn.title.get(lang), tr(lang, "export-debrief")));
    line(String::new());
    line(tr_args(lang, "export-played", &[("turns", (game.world.turn + 1).into())]));
    line(String::new());
    if let Some(outcome) = &game.world.outcome {
        let ending = &scn.endings[outcome.ending.index()];
        line(format!("## {}", ending.name.get(lang)));
        line(String::new());
        line(ending.text.get(lang).to_owned());
        line(String::new());
        for fact in describe::ending_facts(&game.scenario, &game.world, lang) {
            line(format!("- {fact}"));
        }
        let cited: Vec<String> = ending.sources.iter().map(|s| format!("[{}]", scn.sources[s.index()].key)).collect();
        if !cited.is_empty() {
            line(format!("- {}", labelled(lang, &tr(lang, "export-sources"), &cited.join(", "))));
        }
        line(String::new());
    }
    for row in trajectories(game, lang) {
        line(row);
    }
    line(format!("## {}", tr(lang, "ui-revealed")));
    line(String::new());
    if text.revealed.is_empty() {
        line(tr(lang, "ui-revealed-nothing"));
    }
    for revealed in &text.revealed {
        line(format!("- {revealed}"));
    }
    line(String::new());
    if !text.objectives.is_empty() {
        line(format!("## {}", tr(lang, "ui-objectives")));
        line(String::new());
        for objective in &text.objectives {
            line(format!("- {objective}"));
        }
        line(String::new());
    }
    // The facilitator's notes, turn by turn, when a facilitator kept any.
    if !game.history.notes.is_empty() {
        line(format!("## {}", tr(lang, "console-notes")));
        line(String::new());
        for note in &game.history.notes {
            let turn = format!("{} {}", tr(lang, "cli-turn"), note.turn + 1);
            // A note is one item, whatever lines it was typed on.
            line(format!("- {}", labelled(lang, &turn, &note.text.replace('\n', " "))));
        }
        line(String::new());
    }
    // How long each phase took at the table, when the phases were timed: the next session's
    // plan learns from it.
    if !game.history.timings.is_empty() {
        for row in timings(game, lang) {
            line(row);
        }
    }
    // The real events the level cites, in their order: what really happened.
    line(format!("## {}", tr(lang, "debrief-step-real")));
    line(String::new());
    for event in super::debrief::real_events(scn, lang) {
        line(format!("- {event}"));
    }
    line(String::new());
    line(format!("## {}", tr(lang, "export-questions")));
    line(String::new());
    for q in &scn.questions {
        line(format!("- {}", q.get(lang)));
    }
    line(String::new());
    line(format!("## {}", tr(lang, "ui-timeline")));
    line(String::new());
    for (entry, reason) in &text.timeline {
        // A computer's reason and a draw's outcome sit under the order they belong to.
        line(if *reason { format!("  - *{entry}*") } else { format!("- {entry}") });
    }
    line(String::new());
    line(format!("## {}", tr(lang, "export-sources")));
    line(String::new());
    for source in &scn.sources {
        let caution = if source.caution { format!(" ({})", tr(lang, "export-caution")) } else { String::new() };
        let url = source.url.as_deref().map_or(String::new(), |u| format!(" <{u}>"));
        line(format!("- [{}] {}{caution}{url}", source.key, source.text.get(lang)));
    }
    out
}

/// Two tables: the highest pressure of each kind, and each indicator, at the start, at their
/// lowest and highest (and when) and at the end: for some figures (a hub's rank) lower is
/// what a side wants.
fn trajectories(game: &Game, lang: Lang) -> Vec<String> {
    let scn = &game.scenario;
    let snaps = &game.history.snapshots;
    let mut rows = Vec::new();
    let columns =
        [tr(lang, "export-start"), tr(lang, "export-lowest"), tr(lang, "export-highest"), tr(lang, "export-end")]
            .join(" | ");
    let mut table = |title: String, head: String, series: Vec<(String, Vec<f64>)>, show: &dyn Fn(f64) -> String| {
        rows.push(format!("## {title}"));
        rows.push(String::new());
        rows.push(format!("| {head} | {columns} |"));
        rows.push("|---|---:|---:|---:|---:|".to_owned());
        for (name, values) in series {
            let (Some(first), Some(last)) = (values.first(), values.last()) else { continue };
            let (high_turn, highest) =
                values.iter().enumerate().fold((0, f64::MIN), |best, (t, v)| if *v > best.1 { (t, *v) } else { best });
            let (low_turn, lowest) =
                values.iter().enumerate().fold((0, f64::MAX), |best, (t, v)| if *v < best.1 { (t, *v) } else { best });
            // The first snapshot is the start of the game; the n-th after it, the end of turn n.
            let when = |turn: usize| {
                if turn == 0 {
                    tr(lang, "export-at-start")
                } else {
                    tr_args(lang, "export-in-turn", &[("turn", (turn as u32).into())])
                }
            };
            rows.push(format!(
                "| {name} | {} | {} ({}) | {} ({}) | {} |",
                show(*first),
                show(lowest),
                when(low_turn),
                show(highest),
                when(high_turn),
                show(*last)
            ));
        }
        rows.push(String::new());
    };
    let pressures = StockKind::ALL
        .iter()
        .map(|kind| {
            let values = snaps.iter().filter_map(|s| s.max_pressure(scn, *kind)).map(|p| p * 100.0).collect();
            (describe::kind(*kind, lang), values)
        })
        .collect();
    table(tr(lang, "export-pressures"), tr(lang, "export-kind"), pressures, &|v| percent(lang, v));
    let indicators = scn
        .indicators
        .iter()
        .enumerate()
        .map(|(i, def)| (def.name.get(lang).to_owned(), snaps.iter().map(|s| s.indicators[i]).collect()))
        .collect();
    table(tr(lang, "export-indicators"), tr(lang, "export-indicator"), indicators, &|v| number(lang, v));
    rows
}

/// The phases' times as a table, turn by turn, and the whole time played.
fn timings(game: &Game, lang: Lang) -> Vec<String> {
    use crate::sim::Side;
    let clock = |s: u32| format!("{}:{:02}", s / 60, s % 60);
    let mut rows = vec![format!("## {}", tr(lang, "export-timings")), String::new()];
    let names = Side::BOTH.map(|s| game.scenario.side(s).name.get(lang).to_owned());
    rows.push(format!("| {} | {} | {} |", tr(lang, "cli-turn"), names[0], names[1]));
    rows.push("|---|---|---|".to_owned());
    let mut turns: Vec<u32> = game.history.timings.iter().map(|t| t.turn).collect();
    turns.sort_unstable();
    turns.dedup();
    for turn in turns {
        let cell = |side: Side| {
            game.history
                .timings
                .iter()
                .find(|t| t.turn == turn && t.side == side)
                .map_or("-".to_owned(), |t| clock(t.seconds))
        };
        rows.push(format!("| {} | {} | {} |", turn + 1, cell(Side::Builder), cell(Side::Collective)));
    }
    let total: u32 = game.history.timings.iter().map(|t| t.seconds).sum();
    rows.push(String::new());
    rows.push(tr_args(lang, "export-timed-total", &[("time", clock(total).into())]));
    rows.push(String::new());
    rows
}

/// Writes the debrief into `dir` under the first free name `<level>-debrief-<n>.md`, so that
/// an earlier export is never overwritten; returns where.
pub fn write(dir: &Path, game: &Game, text: &DebriefText, lang: Lang) -> std::io::Result<PathBuf> {
    // The level's id is a key, checked when it loaded; made safe again here, since a file name
    // is a path and the level came from someone else.
    let stem = crate::files::safe_stem(&game.scenario.id);
    let mut path = None;
    for n in 1u32.. {
        let candidate = crate::files::inside(dir, &format!("{stem}-debrief-{n}.md"))?;
        if std::fs::symlink_metadata(&candidate).is_err() {
            path = Some(candidate);
            break;
        }
    }
    let path = path.expect("some number is free");
    crate::saves::write_atomically(&path, markdown(game, text, lang).as_bytes())?;
    // The figures turn by turn beside it, for a spreadsheet the next day.
    crate::saves::write_atomically(&path.with_extension("csv"), csv(game, lang).as_bytes())?;
    // And the game's record, which `nuage --level FILE --replay FILE` plays back turn by turn
    // (none for a game taken up from a save older than records).
    if let Some(replay) = game.replay_text() {
        crate::saves::write_atomically(&path.with_extension("replay.ron"), replay.as_bytes())?;
    }
    Ok(path)
}

/// Every figure at the start of every turn, a row a turn: the date, each stock's pressure (in
/// %), each indicator, each side's resources. Numbers are written with a point, whatever the
/// language, so that any spreadsheet reads them; the headers are in `lang`.
pub fn csv(game: &Game, lang: Lang) -> String {
    let scn = &game.scenario;
    let mut header = vec![tr(lang, "cli-turn"), tr(lang, "export-date")];
    for place in &scn.places {
        for stock in &place.stocks {
            header.push(format!("{} — {}", describe::kind(stock.kind, lang), place.name.get(lang)));
        }
    }
    header.extend(scn.indicators.iter().map(|i| i.name.get(lang).to_owned()));
    for side in crate::sim::Side::BOTH {
        let who = describe::side(scn, side, lang);
        header.extend(scn.side(side).resources.iter().map(|r| format!("{} — {who}", r.name.get(lang))));
    }
    let mut out = header.iter().map(|h| cell(h)).collect::<Vec<_>>().join(",");
    out.push('\n');
    for snap in &game.history.snapshots {
        let (year, month) = scn.calendar.date(snap.turn);
        let mut row = vec![(snap.turn + 1).to_string(), format!("{year}-{month:02}")];
        row.extend(snap.stocks.iter().flatten().map(|(_, _, pressure)| format!("{:.1}", pressure * 100.0)));
        row.extend(snap.indicators.iter().map(|v| format!("{v:.2}")));
        row.extend(snap.resources.iter().flatten().map(|v| format!("{v:.2}")));
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// A CSV cell: quoted when it holds a comma, a quote or a line end; and a text a spreadsheet
/// would read as a formula (a level's name starting with `=`, `+`, `-` or `@`) kept as text.
fn cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text.to_owned() };
    if text.contains([',', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text }
}

/// Where debriefs are exported: a `Nuage` folder in the user's documents, or next to the saves.
pub fn default_dir() -> PathBuf {
    directories::UserDirs::new()
        .and_then(|d| d.document_dir().map(|docs| docs.join("Nuage")))
        .unwrap_or_else(|| crate::saves::default_dir().with_file_name("debriefs"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_from_a_level_is_never_a_formula_and_never_splits_its_row() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("-1 place"), "'-1 place");
        assert_eq!(cell("Plan de Campagne, the outer ring"), "\"Plan de Campagne, the outer ring\"");
        assert_eq!(cell("water — Canal"), "water — Canal");
    }

    #[test]
    fn the_phases_times_are_in_the_report_and_a_take_back_times_them_again() {
        use crate::sim::Side;
        let path = std::path::Path::new("tests/fixtures/valley.ron");
        let scn = std::sync::Arc::new(crate::level::load(path).expect("the fixture loads"));
        let mut game = Game::new(scn, 2);
        game.history.note_phase_time(0, Side::Builder, 95.4);
        game.end_phase(Side::Builder).unwrap();
        game.history.note_phase_time(0, Side::Collective, 130.0);
        game.end_phase(Side::Collective).unwrap();
        game.history.note_phase_time(1, Side::Builder, f64::NAN);
        game.end_phase(Side::Builder).unwrap();
        let report = timings(&game, Lang::En).join("\n");
        assert!(report.contains("| 1 | 1:35 | 2:10 |") && report.contains("| 2 | 0:00 | - |"), "{report}");
        assert!(report.contains("3:45"), "the whole time played: {report}");
        // Taken back to the start of turn 2: its builders' time goes; the save still loads.
        game.take_back().unwrap();
        assert_eq!(game.history.timings.len(), 2);
        assert!(Game::load(game.scenario.clone(), &game.save()).is_ok());
    }
}
