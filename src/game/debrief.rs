//! The debrief: the ending and why, the scores, the discussion questions, the timeline.

use bevy_egui::egui;

use super::{Go, Screen, Session};
use crate::i18n::tr;
use crate::sim::condition::Context;
use crate::sim::scenario::Winner;
use crate::sim::{Happening, describe};

/// The highest pressure of each kind and every indicator, turn by turn, over the whole game.
fn charts(ui: &mut egui::Ui, game: &crate::sim::Game, lang: crate::i18n::Lang) {
    use egui_plot::{Legend, Line, Plot, PlotPoints};
    let scn = &game.scenario;
    let snaps = &game.history.snapshots;
    ui.columns(2, |columns| {
        columns[0].label(tr(lang, "ui-chart-pressures"));
        Plot::new("pressures").height(180.0).legend(Legend::default()).show(&mut columns[0], |plot| {
            for kind in crate::sim::StockKind::ALL {
                let points: PlotPoints = snaps
                    .iter()
                    .enumerate()
                    .filter_map(|(t, s)| s.max_pressure(scn, kind).map(|p| [t as f64 + 1.0, p * 100.0]))
                    .collect();
                plot.line(Line::new(describe::kind(kind, lang), points));
            }
        });
        columns[1].label(tr(lang, "ui-chart-indicators"));
        Plot::new("indicators").height(180.0).legend(Legend::default()).show(&mut columns[1], |plot| {
            for (i, def) in scn.indicators.iter().enumerate() {
                let points: PlotPoints =
                    snaps.iter().enumerate().map(|(t, s)| [t as f64 + 1.0, s.indicators[i]]).collect();
                plot.line(Line::new(def.name.get(lang), points));
            }
        });
    });
}

pub fn panel(ui: &mut egui::Ui, session: &mut Session) -> Option<Go> {
    let lang = session.lang;
    let mut go = None;
    let Some(game) = session.game.as_ref() else { return Some(Go::To(Screen::Title)) };
    let scn = &game.scenario;
    if let Some(outcome) = &game.world.outcome {
        let ending = &scn.endings[outcome.ending.index()];
        ui.heading(egui::RichText::new(ending.name.get(lang)).size(32.0));
        ui.label(ending.text.get(lang));
        let winner = outcome.winner.map_or_else(|| tr(lang, "winner-nobody"), |s| describe::side(scn, s, lang));
        ui.label(format!("{}: {winner}", tr(lang, "cli-winner")));
        if ending.winner != Winner::ByScore {
            ui.label(format!(
                "{}: {}",
                tr(lang, "cli-reason"),
                describe::condition(scn, &game.world, &ending.condition, &Context::default(), lang)
            ));
        }
        ui.label(format!("{}: {}", tr(lang, "cli-scores"), describe::scores(scn, outcome.scores, lang)));
    }
    ui.separator();
    charts(ui, game, lang);
    ui.separator();
    ui.heading(tr(lang, "play-questions"));
    for q in &scn.questions {
        ui.label(format!("• {}", q.get(lang)));
    }
    ui.separator();
    ui.heading(tr(lang, "ui-timeline"));
    egui::ScrollArea::vertical().max_height((ui.available_height() - 40.0).max(80.0)).show(ui, |ui| {
        for entry in &game.history.log {
            let shown = matches!(
                entry.happening,
                Happening::OrderGiven { .. }
                    | Happening::News(_)
                    | Happening::Triggered(_)
                    | Happening::ProjectCompleted(_)
                    | Happening::Ended { .. }
            );
            if shown {
                ui.label(format!(
                    "[{}] {}",
                    entry.turn + 1,
                    describe::happening(scn, &game.world, &entry.happening, lang)
                ));
            }
        }
    });
    if ui.button(tr(lang, "ui-back-to-title")).clicked() {
        go = Some(Go::To(Screen::Title));
    }
    go
}
