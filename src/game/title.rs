//! The title screen: the game's name, start, settings (language, UI scale, projector mode), quit.

use bevy_egui::egui;

use super::{Go, Screen, Settings};
use crate::i18n::tr;

/// The title screen's system, drawn while the title is shown.
pub struct TitleScreen;

impl bevy::prelude::Plugin for TitleScreen {
    fn build(&self, app: &mut bevy::prelude::App) {
        super::add_screen(app, Screen::Title, draw);
    }
}

/// Draws the title; the settings and the notice are marked changed only when they change.
fn draw(
    mut contexts: bevy_egui::EguiContexts,
    mut settings: bevy::prelude::ResMut<Settings>,
    mut view: bevy::prelude::ResMut<super::ViewState>,
    mut asks: bevy::prelude::MessageWriter<Go>,
    mut redraw: bevy::prelude::MessageWriter<bevy::window::RequestRedraw>,
) -> bevy::prelude::Result {
    let mut root = super::screen_root(contexts.ctx_mut()?);
    let mut notice = view.settings_notice.clone();
    let interrupted = view.interrupted.clone();
    let go = super::with_settings(&mut settings, |settings| {
        super::full_screen(&mut root, |ui| panel(ui, settings, &mut notice, interrupted.as_ref()))
    });
    if notice != view.settings_notice {
        view.settings_notice = notice;
    }
    super::send(go, &mut asks, &mut redraw);
    Ok(())
}

/// The title panel, as a plain function of a `Ui` (tested headless); `notice` is what went
/// wrong with the settings or the icons' files; `interrupted`, a game to take up again.
pub fn panel(
    ui: &mut egui::Ui,
    settings: &mut Settings,
    notice: &mut Option<String>,
    interrupted: Option<&super::autosave::Interrupted>,
) -> Option<Go> {
    let lang = settings.lang;
    let mut go = None;
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        ui.heading(egui::RichText::new("Nuage").size(48.0));
        ui.label(tr(lang, "ui-tagline"));
        ui.add_space(30.0);
        if let Some(found) = interrupted {
            let game = &found.game;
            let args = [("level", game.scenario.title.get(lang).into()), ("turn", (game.world.turn + 1).into())];
            let text = crate::i18n::tr_args(lang, "ui-resume-interrupted", &args);
            if ui.button(egui::RichText::new(text).size(22.0)).clicked() {
                go = Some(Go::ResumeInterrupted);
            }
            if !found.skipped.is_empty() {
                let args = [("files", found.skipped.join(", ").into())];
                ui.label(egui::RichText::new(crate::i18n::tr_args(lang, "ui-autosave-skipped", &args)).weak());
            }
            ui.add_space(10.0);
        }
        if ui.button(egui::RichText::new(tr(lang, "ui-new-game")).size(22.0)).clicked() {
            go = Some(Go::To(Screen::Choose));
        }
        ui.add_space(10.0);
        // The settings as one block in the middle, their rows aligned with each other.
        ui.allocate_ui_with_layout(egui::vec2(420.0, 0.0), egui::Layout::top_down(egui::Align::Min), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_min_width(ui.available_width());
                super::settings::controls(ui, settings, notice);
            });
        });
        ui.add_space(20.0);
        if ui.button(tr(lang, "ui-quit")).clicked() {
            go = Some(Go::Quit);
        }
    });
    go
}
