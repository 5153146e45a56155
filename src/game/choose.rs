//! Choosing a scenario, the mode and who plays each side.

use bevy_egui::egui;

use super::catalogue::Seat;
use super::{Catalogue, Go, Screen};
use crate::ai::Difficulty;
use crate::i18n::{Lang, tr, tr_args};
use crate::policy::PolicyKind;
use crate::sim::Side;

/// The scenario screen's system, drawn while it is shown.
pub struct ChooseScreen;

impl bevy::prelude::Plugin for ChooseScreen {
    fn build(&self, app: &mut bevy::prelude::App) {
        super::add_screen(app, Screen::Choose, draw);
    }
}

/// Draws the scenario screen: it changes the next game's set-up, nothing else.
fn draw(
    mut contexts: bevy_egui::EguiContexts,
    mut catalogue: bevy::prelude::ResMut<Catalogue>,
    settings: bevy::prelude::Res<super::Settings>,
    mut asks: bevy::prelude::MessageWriter<Go>,
    mut redraw: bevy::prelude::MessageWriter<bevy::window::RequestRedraw>,
) -> bevy::prelude::Result {
    let mut root = super::screen_root(contexts.ctx_mut()?);
    let go = super::full_screen(&mut root, |ui| panel(ui, &mut catalogue, settings.lang));
    super::send(go, &mut asks, &mut redraw);
    Ok(())
}

pub fn panel(ui: &mut egui::Ui, catalogue: &mut Catalogue, lang: Lang) -> Option<Go> {
    let mut go = None;
    ui.heading(tr(lang, "ui-choose-scenario"));
    if let Some(arriving) = &catalogue.arriving {
        let args = [("arrived", (arriving.arrived as u32).into()), ("expected", (arriving.expected as u32).into())];
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr_args(lang, "ui-levels-loading", &args));
        });
    } else if catalogue.levels.is_empty() {
        // Where it looked, and what to do: the game cannot start without a level.
        let dir = std::fs::canonicalize(&catalogue.levels_dir).unwrap_or_else(|_| catalogue.levels_dir.clone());
        ui.label(
            egui::RichText::new(tr_args(lang, "ui-no-levels", &[("dir", dir.display().to_string().into())]))
                .color(ui.visuals().warn_fg_color),
        );
    }
    let mut chosen = catalogue.chosen;
    egui::ScrollArea::vertical().max_height(ui.available_height() * 0.55).show(ui, |ui| {
        for (i, entry) in catalogue.levels.iter().enumerate() {
            match &entry.scenario {
                Ok(s) => {
                    let (y0, _) = s.calendar.date(0);
                    let (y1, _) = s.calendar.date(s.calendar.turns);
                    let title = format!("{} ({y0}-{y1})", s.title.get(lang));
                    ui.radio_value(&mut chosen, i, egui::RichText::new(title).strong());
                    ui.label(s.summary.get(lang));
                    let sides = format!(
                        "{} / {}",
                        s.side(Side::Builder).name.get(lang),
                        s.side(Side::Collective).name.get(lang)
                    );
                    ui.label(format!("{} — {sides}", tr_args(lang, "ui-turns", &[("turns", s.calendar.turns.into())])));
                }
                Err(e) => {
                    // Listed with its error, and never chosen: it cannot be played.
                    ui.add_enabled(false, egui::RadioButton::new(false, entry.path.display().to_string()));
                    ui.colored_label(egui::Color32::from_rgb(230, 159, 0), e.lines().next().unwrap_or_default());
                }
            }
            ui.separator();
        }
    });
    if chosen != catalogue.chosen {
        catalogue.choose(chosen);
    }
    // A workshop plays one of the level's sessions, fitted to its length (`nuage plan`).
    let sessions: Vec<u32> = catalogue
        .levels
        .get(catalogue.chosen)
        .and_then(|l| l.scenario.as_ref().ok())
        .map(|s| s.sessions.iter().map(|s| s.minutes).collect())
        .unwrap_or_default();
    if !sessions.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(tr(lang, "ui-session"));
            ui.selectable_value(&mut catalogue.minutes, None, tr(lang, "ui-session-whole"));
            for minutes in sessions {
                let label = tr_args(lang, "ui-session-minutes", &[("minutes", minutes.into())]);
                ui.selectable_value(&mut catalogue.minutes, Some(minutes), label);
            }
        });
    }
    // A workshop: the facilitator's console in a window of its own, the public's view on the
    // projector.
    ui.checkbox(&mut catalogue.facilitated, tr(lang, "ui-facilitated")).on_hover_text(tr(lang, "ui-facilitated-hint"));
    let has_teams = catalogue
        .levels
        .get(catalogue.chosen)
        .and_then(|l| l.scenario.as_ref().ok())
        .is_some_and(|s| Side::BOTH.iter().any(|side| !s.side(*side).teams.is_empty()));
    if has_teams {
        ui.checkbox(&mut catalogue.teams, tr(lang, "ui-teams"));
        if catalogue.teams {
            ui.checkbox(&mut catalogue.team_by_team, tr(lang, "ui-team-by-team"));
        }
    }
    ui.heading(tr(lang, "ui-who-plays"));
    for side in Side::BOTH {
        let chosen = catalogue.levels.get(catalogue.chosen).and_then(|l| l.scenario.as_ref().ok());
        let name = chosen
            .map_or_else(|| tr(lang, &format!("ui-side-{}", side.key())), |s| s.side(side).name.get(lang).to_owned());
        if let Some(s) = chosen {
            ui.label(egui::RichText::new(s.side(side).description.get(lang)).weak());
        }
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(name).strong());
            let seat = &mut catalogue.seats[side.index()];
            ui.selectable_value(seat, Seat::Human, tr(lang, "ui-seat-human"));
            for d in Difficulty::ALL {
                ui.selectable_value(seat, Seat::Computer(PolicyKind::Ai(d)), tr(lang, &format!("ui-seat-{d}")));
            }
        });
        // Each team in its turn: any team may be a computer's, the others sit as their side.
        let teams = chosen.map(|s| s.side(side).teams.clone()).unwrap_or_default();
        if catalogue.teams && catalogue.team_by_team {
            for (t, team) in teams.iter().enumerate() {
                let held = catalogue.team_players.iter().find(|(s, i, _)| *s == side && *i == t).map(|(_, _, k)| *k);
                let mut choice = held;
                ui.horizontal(|ui| {
                    ui.add_space(20.0);
                    ui.label(team.name.get(lang));
                    ui.selectable_value(&mut choice, None, tr(lang, "ui-seat-as-side"));
                    for d in Difficulty::ALL {
                        let kind = Some(PolicyKind::Ai(d));
                        ui.selectable_value(&mut choice, kind, tr(lang, &format!("ui-seat-{d}")));
                    }
                });
                if choice != held {
                    catalogue.team_players.retain(|(s, i, _)| !(*s == side && *i == t));
                    if let Some(kind) = choice {
                        catalogue.team_players.push((side, t, kind));
                    }
                }
            }
        }
    }
    ui.add_space(10.0);
    ui.horizontal(|ui| {
        if ui.button(tr(lang, "ui-back")).clicked() {
            go = Some(Go::To(Screen::Title));
        }
        let playable = catalogue.levels.get(catalogue.chosen).is_some_and(|l| l.scenario.is_ok());
        let start = ui.add_enabled(playable, egui::Button::new(egui::RichText::new(tr(lang, "ui-start")).size(20.0)));
        if start.clicked() {
            go = Some(Go::Start);
        }
        if !playable {
            ui.label(egui::RichText::new(tr(lang, "ui-choose-a-level")).italics());
        }
    });
    go
}
