//! The title screen: the game's name, start, settings (language, UI scale, projector mode), quit.

use bevy_egui::egui;

use super::{Go, Screen, Settings};
use crate::i18n::tr;

/// The title panel, as a plain function of a `Ui` (tested headless); `notice` is what went
/// wrong with the settings or the icons' files.
pub fn panel(ui: &mut egui::Ui, settings: &mut Settings, notice: &mut Option<String>) -> Option<Go> {
    let lang = settings.lang;
    let mut go = None;
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        ui.heading(egui::RichText::new("Nuage").size(48.0));
        ui.label(tr(lang, "ui-tagline"));
        ui.add_space(30.0);
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
