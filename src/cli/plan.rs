//! `nuage plan`: a workshop's running order for a session length, as a facilitator reads it
//! (or as JSON for tools): the briefing, which turns are played at what pace, the debrief.

use std::path::Path;
use std::process::ExitCode;

use serde_json::json;

use crate::i18n::{Lang, tr, tr_args};
use crate::sim::plan::{self, REPORT_SECONDS};

pub fn run(level: &Path, minutes: u32, as_json: bool, lang: Lang) -> ExitCode {
    let Some(scenario) = super::load_level(level) else { return ExitCode::from(1) };
    let p = plan::plan(&scenario, minutes);
    let date = |turn: u32| {
        let (year, month) = scenario.calendar.date(turn);
        format!("{year}-{month:02}")
    };
    let last = p.first_turn + p.turns - 1;
    if as_json {
        let out = json!({
            "level": scenario.id,
            "minutes": p.minutes,
            "briefing_minutes": p.briefing_minutes,
            "first_turn": p.first_turn,
            "turns": p.turns,
            "phase_seconds": p.phase_seconds,
            "play_minutes": p.play_minutes,
            "debrief_minutes": p.debrief_minutes,
            "from": date(p.first_turn),
            "to": date(last),
            "levels_own_session": p.session.is_some(),
        });
        println!("{}", serde_json::to_string_pretty(&out).expect("JSON of plain values"));
        return ExitCode::SUCCESS;
    }
    println!(
        "{}",
        tr_args(lang, "plan-title", &[("level", scenario.title.get(lang).into()), ("minutes", minutes.into())])
    );
    for (at, what) in running_order(&scenario, &p, lang) {
        println!("  {at}  {what}");
    }
    let whose = if p.session.is_some() { tr(lang, "plan-levels-own") } else { tr(lang, "plan-worked-out") };
    println!("{whose}");
    ExitCode::SUCCESS
}

/// The running order's steps, each with the time it starts ("0:09"): briefing, play, debrief,
/// end. The printed kit's facilitator's sheet reads the same.
pub fn running_order(scenario: &crate::sim::Scenario, p: &plan::Plan, lang: Lang) -> Vec<(String, String)> {
    let date = |turn: u32| {
        let (year, month) = scenario.calendar.date(turn);
        format!("{year}-{month:02}")
    };
    let last = p.first_turn + p.turns - 1;
    let clock = |m: u32| format!("{}:{:02}", m / 60, m % 60);
    let phase = format!("{} min {:02} s", p.phase_seconds / 60, p.phase_seconds % 60);
    let mut steps = vec![(clock(0), tr_args(lang, "plan-briefing", &[("minutes", p.briefing_minutes.into())]))];
    let args = [
        ("minutes", p.play_minutes.into()),
        ("turns", p.turns.into()),
        ("first", (p.first_turn + 1).into()),
        ("last", (last + 1).into()),
        ("from", date(p.first_turn).into()),
        ("to", date(last).into()),
        ("phase", phase.into()),
        ("report", REPORT_SECONDS.into()),
    ];
    steps.push((clock(p.briefing_minutes), tr_args(lang, "plan-play", &args)));
    let debrief_at = p.briefing_minutes + p.play_minutes;
    steps.push((clock(debrief_at), tr_args(lang, "plan-debrief", &[("minutes", p.debrief_minutes.into())])));
    steps.push((clock(p.minutes), tr(lang, "plan-end")));
    steps
}
