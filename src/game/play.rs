//! The play screen: top bar, actions with costs and refusal reasons, the map, the event log,
//! and in hot-seat a hand-over screen between the teams.

use bevy_egui::egui;

use super::{Go, Screen, Session};
use crate::i18n::{number, tr, tr_args};
use crate::sim::scenario::MapKind;
use crate::sim::{Order, Phase, Side, describe, orders, visibility};

pub fn show(root: &mut egui::Ui, session: &mut Session) -> Option<Go> {
    session.advance_computers();
    let game = session.game.as_ref()?;
    let Phase::Orders(side) = game.world.phase else { return Some(Go::To(Screen::Debrief)) };
    let lang = session.lang;
    if session.hand_over == Some(side) {
        let mut go = None;
        egui::CentralPanel::default().show(root, |ui| {
            ui.vertical_centered(|ui| {
                ui.add_space(120.0);
                let name = describe::side(&game.scenario, side, lang);
                ui.heading(tr_args(lang, "play-hand-over", &[("side", name.into())]));
                if ui.button(egui::RichText::new(tr(lang, "ui-ready")).size(22.0)).clicked() {
                    go = Some(());
                }
            });
        });
        if go.is_some() {
            session.hand_over = None;
        }
        return None;
    }
    if root.ctx().input(|i| i.key_pressed(egui::Key::Escape)) {
        session.paused = !session.paused;
        session.slots = None;
    }
    if session.paused {
        let mut go = None;
        egui::CentralPanel::default().show(root, |ui| go = super::pause::panel(ui, session));
        return go;
    }
    egui::Panel::top("top_bar").show(root, |ui| top_bar(ui, session, side));
    let mut end_turn = false;
    egui::Panel::bottom("bottom_bar").show(root, |ui| {
        ui.horizontal(|ui| {
            if ui.button(egui::RichText::new(tr(lang, "ui-end-turn")).size(18.0)).clicked() {
                end_turn = true;
            }
            ui.selectable_value(&mut session.map, MapKind::Port, tr(lang, "ui-map-port"));
            ui.selectable_value(&mut session.map, MapKind::World, tr(lang, "ui-map-world"));
            ui.toggle_value(&mut session.sources_open, tr(lang, "ui-encyclopedia"));
            if ui.button(tr(lang, "ui-menu")).clicked() {
                session.paused = true;
            }
        });
    });
    egui::Panel::left("actions").default_size(360.0).show(root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| actions_panel(ui, session, side));
    });
    egui::Panel::right("log").default_size(340.0).show(root, |ui| log_panel(ui, session, side));
    egui::CentralPanel::default().show(root, |ui| {
        if let Some(game) = session.game.as_ref() {
            let camera = &mut session.cameras[session.map as usize];
            if let Some(place) = super::map::paint(ui, &game.scenario, &game.world, side, session.map, camera, lang) {
                session.selected = Some(place);
            }
        }
    });
    if session.sources_open
        && let Some(game) = session.game.as_ref()
    {
        let mut open = true;
        let (scn, filter) = (&game.scenario, &mut session.sources_filter);
        egui::Window::new(tr(lang, "ui-encyclopedia"))
            .open(&mut open)
            .default_size([480.0, 520.0])
            .show(root.ctx(), |ui| super::encyclopedia::panel(ui, scn, filter, lang));
        session.sources_open = open;
    }
    turn_report(root.ctx(), session, side);
    let hot_seat = session.hot_seat();
    if end_turn && let Some(game) = session.game.as_mut() {
        let _ = game.end_phase(side);
        if hot_seat && let Phase::Orders(next) = game.world.phase {
            session.hand_over = Some(next);
        }
    }
    None
}

/// At the start of a side's turn, what changed in the turn that just resolved, and why: level
/// crossings, warnings, news, projects that moved, as far as this side may know.
fn turn_report(ctx: &egui::Context, session: &mut Session, side: Side) {
    let lang = session.lang;
    let Some(game) = session.game.as_ref() else { return };
    let turn = game.world.turn;
    if turn == 0 || session.reported[side.index()] >= turn {
        return;
    }
    let (scn, world) = (&game.scenario, &game.world);
    let lines: Vec<String> = game
        .history
        .log
        .iter()
        .filter(|e| e.turn + 1 == turn || (e.turn == turn && matches!(e.happening, crate::sim::Happening::News(_))))
        .filter(|e| {
            use crate::sim::Happening as H;
            matches!(
                e.happening,
                H::LevelChanged { .. }
                    | H::Warning(_)
                    | H::News(_)
                    | H::Triggered(_)
                    | H::ProjectCompleted(_)
                    | H::MilestoneReached { .. }
                    | H::ProjectWaiting { .. }
                    | H::ProjectCancelled { .. }
                    | H::Flag { .. }
                    | H::Revealed { .. }
            )
        })
        .filter(|e| visibility::sees(scn, world, side, e))
        .map(|e| describe::happening(scn, world, &e.happening, lang))
        .collect();
    let mut dismissed = false;
    egui::Window::new(tr_args(lang, "ui-report-title", &[("turn", turn.into())]))
        .collapsible(false)
        .default_width(560.0)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
                for line in &lines {
                    ui.label(format!("• {line}"));
                }
            });
            if ui.button(tr(lang, "ui-report-close")).clicked() {
                dismissed = true;
            }
        });
    if dismissed {
        session.reported[side.index()] = turn;
    }
}

/// Turn, date, season, the side's resources and action points, the indicators.
pub fn top_bar(ui: &mut egui::Ui, session: &Session, side: Side) {
    let Some(game) = session.game.as_ref() else { return };
    let (scn, world, lang) = (&game.scenario, &game.world, session.lang);
    let (year, month) = scn.calendar.date(world.turn);
    let season = scn.calendar.seasons[scn.calendar.season(world.turn).index()].name.get(lang);
    ui.horizontal_wrapped(|ui| {
        ui.strong(format!("{} {}/{}", tr(lang, "cli-turn"), world.turn + 1, scn.calendar.turns));
        ui.label(format!("{year}-{month:02}, {season}"));
        ui.separator();
        ui.strong(describe::side(scn, side, lang));
        for (def, value) in scn.side(side).resources.iter().zip(&world.side(side).resources) {
            ui.label(format!("{} {}", def.name.get(lang), number(lang, *value)));
        }
        ui.label(format!("{} {}", tr(lang, "play-action-points"), world.side(side).action_points));
        ui.separator();
        for (def, value) in scn.indicators.iter().zip(&world.indicators) {
            ui.label(format!("{} {}", def.name.get(lang), number(lang, *value)));
        }
    });
}

/// Every action of the side: a button per legal target, or the reason it is not possible.
pub fn actions_panel(ui: &mut egui::Ui, session: &mut Session, side: Side) {
    let lang = session.lang;
    let selected = session.selected;
    let Some(game) = session.game.as_mut() else { return };
    let mut chosen: Option<Order> = None;
    for (action, def) in game.scenario.actions_of(side) {
        let cost = describe::cost(&game.scenario, action, lang);
        let candidates: Vec<Order> = orders::candidate_targets(&game.scenario, &game.world, &def.target)
            .into_iter()
            .map(|target| Order { side, action, target })
            .collect();
        let legal: Vec<Order> = candidates.iter().copied().filter(|o| game.check(o).is_ok()).collect();
        ui.group(|ui| {
            let title = format!("{} [{}]", def.name.get(lang), cost);
            if legal.is_empty() {
                ui.add_enabled(false, egui::Label::new(egui::RichText::new(title).strong()));
                let reason = candidates
                    .first()
                    .and_then(|o| {
                        game.check(o).err().map(|r| describe::refusal(&game.scenario, &game.world, o, &r, lang))
                    })
                    .unwrap_or_else(|| tr(lang, "play-no-target"));
                ui.label(egui::RichText::new(reason).italics().weak());
            } else {
                ui.label(egui::RichText::new(title).strong()).on_hover_text(def.description.get(lang));
                ui.horizontal_wrapped(|ui| {
                    for order in &legal {
                        let label = match order.target {
                            crate::sim::Target::None => tr(lang, "ui-do-it"),
                            target => describe::target(&game.scenario, &game.world, target, lang),
                        };
                        // The place selected on the map stands out.
                        let picked = matches!(order.target, crate::sim::Target::Place(p) if Some(p) == selected);
                        let text = if picked {
                            egui::RichText::new(format!("▶ {label}")).strong()
                        } else {
                            egui::RichText::new(label)
                        };
                        if ui.button(text).clicked() {
                            chosen = Some(*order);
                        }
                    }
                });
            }
        });
    }
    if let Some(order) = chosen {
        let _ = game.submit(&order);
    }
}

/// What this side knows happened, newest first.
pub fn log_panel(ui: &mut egui::Ui, session: &Session, side: Side) {
    let Some(game) = session.game.as_ref() else { return };
    let lang = session.lang;
    ui.heading(tr(lang, "ui-log"));
    egui::ScrollArea::vertical().show(ui, |ui| {
        for entry in
            game.history.log.iter().rev().filter(|e| visibility::sees(&game.scenario, &game.world, side, e)).take(120)
        {
            ui.label(format!(
                "[{}] {}",
                entry.turn + 1,
                describe::happening(&game.scenario, &game.world, &entry.happening, lang)
            ));
        }
    });
}
