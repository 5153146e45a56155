//! The goals screen: before a side's first turn (and whenever asked from the bottom bar), how it
//! can win, how it can lose, how everyone can lose and how the game ends by score, each ending
//! with how near it is now and its condition in words, from the core.

use bevy_egui::egui;

use super::{Playing, ViewState};
use crate::i18n::{Lang, percent, tr, tr_args};
use crate::sim::scenario::Winner;
use crate::sim::{Scenario, Side, View, describe};

/// The goals of `side`, as a panel, from that side's view: the progress and the figures in the
/// conditions are those the side can know, and a figure it does not know reads as an estimate.
pub fn panel(ui: &mut egui::Ui, scn: &Scenario, view: &View, side: Side, lang: Lang) {
    let progress = crate::sim::progress::of_endings(scn, &view.world);
    let other = match side {
        Side::Builder => Side::Collective,
        Side::Collective => Side::Builder,
    };
    let groups = [
        ("ui-goals-you-win", Winner::Side(side)),
        ("ui-goals-you-lose", Winner::Side(other)),
        ("ui-goals-nobody", Winner::Nobody),
    ];
    for (key, winner) in groups {
        let endings: Vec<usize> = (0..scn.endings.len()).filter(|i| scn.endings[*i].winner == winner).collect();
        if endings.is_empty() {
            continue;
        }
        ui.add_space(6.0);
        ui.strong(tr(lang, key));
        for i in endings {
            let ending = &scn.endings[i];
            ui.horizontal(|ui| {
                let p = progress[i].clamp(0.0, 1.0) as f32;
                ui.add(egui::ProgressBar::new(p).desired_width(90.0).text(percent(lang, (p as f64 * 100.0).round())));
                ui.vertical(|ui| {
                    ui.label(egui::RichText::new(ending.name.get(lang)).strong());
                    let why = describe::condition_seen(scn, view, &ending.condition, &Default::default(), lang);
                    ui.add(egui::Label::new(egui::RichText::new(why).weak()).wrap());
                    // The bar says how near the ending is; where a draw decides it, the draw's
                    // odds now say how likely it is (a bar at 90% beside odds of 0%).
                    if let Some(chance) =
                        crate::sim::progress::draw_odds(scn, &view.world, crate::sim::EndingId(i as u16))
                    {
                        let chance = percent(lang, (chance * 100.0).round());
                        let odds = tr_args(lang, "ui-goals-drawn", &[("chance", chance.into())]);
                        ui.add(egui::Label::new(egui::RichText::new(odds).italics()).wrap());
                    }
                });
            });
        }
    }
    if scn.endings.iter().any(|e| e.winner == Winner::ByScore) {
        ui.add_space(6.0);
        ui.strong(tr(lang, "ui-goals-by-score"));
        for s in Side::BOTH {
            let terms = describe::score_terms(scn, s, lang);
            if terms.is_empty() {
                continue;
            }
            let who = describe::side(scn, s, lang);
            ui.label(format!("{} {}", tr_args(lang, "ui-goals-score-of", &[("side", who.into())]), terms.join(" + ")));
        }
    }
    ui.add_space(6.0);
    ui.label(egui::RichText::new(tr(lang, "ui-goals-hint")).italics().weak());
}

/// `side` has not yet seen its goals and is about to give its first orders (of the game, or
/// of a workshop session that starts later in the story).
fn first_look(playing: &Playing, side: Side) -> bool {
    playing.game.is_some() && !playing.briefed[side.index()]
}

/// The goals window is up for `side`: before its first orders, or asked for.
pub fn showing(playing: &Playing, view: &ViewState, side: Side) -> bool {
    playing.game.is_some() && (first_look(playing, side) || view.goals_open)
}

/// The goals window of the side to move: open by itself before the side's first orders, and
/// when the player asks; closed with its button.
pub fn window(ctx: &egui::Context, playing: &mut Playing, view: &mut ViewState, side: Side, lang: Lang) {
    if !showing(playing, view, side) {
        return;
    }
    // Before the first orders the button starts the game; asked for later, it closes the window.
    let first = first_look(playing, side);
    let (Some(game), Some(known)) = (playing.game.as_ref(), playing.view(side)) else { return };
    let title = tr_args(lang, "ui-goals-title", &[("side", describe::side(&game.scenario, side, lang).into())]);
    let mut done = false;
    egui::Window::new(title)
        .collapsible(false)
        .resizable(false)
        .default_width(560.0)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().max_height(ctx.content_rect().height() * 0.7).show(ui, |ui| {
                panel(ui, &game.scenario, &known, side, lang);
            });
            ui.add_space(4.0);
            let button = tr(lang, if first { "ui-goals-go" } else { "ui-goals-close" });
            if ui.button(egui::RichText::new(button).size(18.0)).clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Enter))
            {
                done = true;
            }
        });
    if done {
        playing.briefed[side.index()] = true;
        view.goals_open = false;
    }
}
