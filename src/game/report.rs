//! The end-of-turn report: what changed in the turn that just resolved and why, grouped by
//! pressure (water, power...), then the side's standing (indicators), then news and projects;
//! only what the side may know.

use bevy_egui::egui;

use super::Playing;
use crate::i18n::{Lang, tr, tr_args};
use crate::sim::history::Entry;
use crate::sim::{Happening, Quantity, Scenario, Side, StockKind, World, describe, visibility};

/// A heading and its lines.
pub struct Section {
    pub title: String,
    pub lines: Vec<String>,
}

/// Which section an entry belongs to: a pressure kind, the indicators, or the rest.
#[derive(PartialEq)]
enum Group {
    Pressure(StockKind),
    Indicators,
    News,
}

fn group(happening: &Happening) -> Option<Group> {
    use Happening as H;
    Some(match happening {
        H::LevelChanged { kind, .. } => Group::Pressure(*kind),
        H::Changed { quantity: Quantity::Demand(_, kind, _) | Quantity::Capacity(_, kind), .. } => {
            Group::Pressure(*kind)
        }
        H::Revealed { kind, .. } => Group::Pressure(*kind),
        H::Changed { quantity: Quantity::Indicator(_), .. } => Group::Indicators,
        H::Warning(_)
        | H::News(_)
        | H::Called(_)
        | H::Facilitated(_)
        | H::RecordFull
        | H::TeamDone { .. }
        | H::Triggered(_)
        | H::ProjectCompleted(_)
        | H::MilestoneReached { .. }
        | H::ProjectWaiting { .. }
        | H::ProjectCancelled { .. }
        | H::ProjectBlocked { .. }
        | H::ProjectDelayed { .. }
        | H::Flag { .. }
        | H::SecretsRevealed { .. } => Group::News,
        _ => return None,
    })
}

/// The report on the turn before `turn`, as `viewer` may know it, from the game's whole `log`.
/// Empty sections are left out.
pub fn sections(
    scn: &Scenario,
    world: &World,
    log: &[Entry],
    viewer: impl Into<crate::sim::Viewer>,
    turn: u32,
    lang: Lang,
) -> Vec<Section> {
    let viewer = viewer.into();
    // The resolution is logged under the turn that ended; news drawn at the start of the new
    // turn is logged under the new one.
    // News drawn at the start of the turn that ended were in that turn's own report (except the
    // first turn's, which had none).
    let news = |e: &Entry| matches!(e.happening, Happening::News(_) | Happening::Called(_) | Happening::Triggered(_));
    let drawn_before = |e: &Entry| matches!(e.happening, Happening::News(_)) && e.turn > 0;
    // Only the last two turns are read; the whole log only tells which level crossings a
    // withheld change may have caused.
    let withheld = visibility::Withheld::of(scn, world, log, viewer);
    let from = log.partition_point(|e| e.turn + 1 < turn);
    let recent = log[from..]
        .iter()
        .filter(|e| (e.turn + 1 == turn && !drawn_before(e)) || (e.turn == turn && news(e)))
        .filter(|e| !withheld.hides(e))
        .filter_map(|e| visibility::seen(scn, world, viewer, e));
    let mut groups: Vec<(Group, Vec<String>)> = StockKind::ALL
        .iter()
        .map(|k| (Group::Pressure(*k), Vec::new()))
        .chain([(Group::Indicators, Vec::new()), (Group::News, Vec::new())])
        .collect();
    // Each entry as the side may read it: a public figure moved by a secret reads "for reasons
    // you do not know".
    for entry in recent {
        // A change too small to show reads "+0": left out.
        if matches!(entry.happening, Happening::Changed { delta, .. } if delta.abs() < 0.05) {
            continue;
        }
        let entry = &entry;
        let Some(g) = group(&entry.happening) else { continue };
        if let Some((_, lines)) = groups.iter_mut().find(|(k, _)| *k == g) {
            lines.push(describe::happening(scn, world, &entry.happening, lang));
        }
    }
    groups
        .into_iter()
        .filter(|(_, lines)| !lines.is_empty())
        .map(|(g, lines)| {
            let title = match g {
                Group::Pressure(kind) => {
                    tr_args(lang, "ui-report-pressure", &[("kind", describe::kind(kind, lang).into())])
                }
                Group::Indicators => tr(lang, "ui-report-indicators"),
                Group::News => tr(lang, "ui-report-news"),
            };
            Section { title, lines }
        })
        .collect()
}

/// At the start of a side's turn, the report on the turn before, until the side dismisses it.
pub fn window(ctx: &egui::Context, playing: &mut Playing, side: Side, lang: Lang) {
    if !playing.report_pending(side) {
        return;
    }
    let Some(game) = playing.game.as_ref() else { return };
    let turn = game.world.turn;
    let sections = sections(&game.scenario, &game.world, &game.history.log, side, turn, lang);
    let mut dismissed = false;
    egui::Window::new(tr_args(lang, "ui-report-title", &[("turn", turn.into())]))
        .collapsible(false)
        .default_width(600.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().max_height(ctx.content_rect().height() * 0.6).show(ui, |ui| {
                if sections.is_empty() {
                    ui.label(tr(lang, "ui-report-quiet"));
                }
                for section in &sections {
                    egui::CollapsingHeader::new(egui::RichText::new(&section.title).strong()).default_open(true).show(
                        ui,
                        |ui| {
                            for line in &section.lines {
                                ui.label(format!("• {line}"));
                            }
                        },
                    );
                }
            });
            // Enter closes it, as it closes the goals window.
            if ui.button(tr(lang, "ui-report-close")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                dismissed = true;
            }
        });
    if dismissed {
        playing.reported[side.index()] = turn;
    }
}
