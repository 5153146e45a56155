//! The pause menu (Escape): resume, save in a named slot, load a slot, language, quit to title.
//! A damaged or foreign save is listed as unusable, with the reason; the others stay usable.

use bevy_egui::egui;

use super::session::Shell;
use super::{Go, Playing, Screen, ViewState};
use crate::i18n::{Lang, tr, tr_args};

pub fn panel(ui: &mut egui::Ui, shell: Shell) -> Option<Go> {
    let Shell { settings, catalogue, playing, view } = shell;
    let lang = settings.lang;
    let mut go = None;
    ui.heading(tr(lang, "ui-paused"));
    if ui.button(tr(lang, "ui-resume")).clicked() {
        view.set_paused(false);
    }
    ui.separator();
    ui.horizontal(|ui| {
        ui.label(tr(lang, "ui-slot-name"));
        let mut name = view.slot_name(lang);
        if ui.text_edit_singleline(&mut name).changed() {
            view.slot_name = Some(name);
        }
        if ui.button(tr(lang, "ui-save")).clicked() {
            view.notice = Some(save(playing, view, &catalogue.saves_dir, lang));
            view.slots = None;
        }
    });
    if let Some(notice) = &view.notice {
        ui.label(notice);
    }
    ui.separator();
    ui.label(egui::RichText::new(tr(lang, "ui-saved-games")).strong());
    // The folder is read when the menu opens and after a save, not at every frame, and off the
    // main thread: a folder of many large saves must not freeze the menu.
    if view.slots.is_none() {
        let reading = view.slots_reading.get_or_insert_with(|| {
            super::view_state::SlotsReading::start(catalogue.saves_dir.clone(), catalogue.loaded())
        });
        match reading.poll() {
            Some(slots) => {
                view.slots = Some(slots);
                view.slots_reading = None;
            }
            None => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(egui::RichText::new(tr(lang, "ui-reading-saves")).weak());
                });
                ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
            }
        }
    }
    let mut resume = None;
    if view.slots.as_ref().is_some_and(|s| s.is_empty()) {
        ui.label(egui::RichText::new(tr(lang, "ui-no-saves")).weak());
    }
    for slot in view.slots.iter().flatten() {
        ui.horizontal(|ui| match &slot.summary {
            Ok(summary) => {
                let title = summary.scenario.title.get(lang).to_owned();
                let turn = tr_args(lang, "ui-slot-turn", &[("turn", (summary.turn + 1).into())]);
                if ui.button(tr(lang, "ui-load")).clicked() {
                    // Read and checked whole only now: the list read the file's head alone.
                    resume = Some(crate::saves::open(slot).map_err(|reason| (slot.name.clone(), reason)));
                }
                ui.label(format!("{} — {title}, {turn}", slot.name));
            }
            Err(reason) => {
                ui.add_enabled(false, egui::Button::new(tr(lang, "ui-load")));
                ui.label(tr_args(
                    lang,
                    "ui-slot-unusable",
                    &[("name", slot.name.as_str().into()), ("reason", reason.as_str().into())],
                ));
            }
        });
    }
    match resume {
        Some(Ok(game)) => super::session::resume(catalogue, playing, view, game),
        Some(Err((name, reason))) => {
            let args = [("name", name.as_str().into()), ("reason", reason.as_str().into())];
            view.notice = Some(tr_args(lang, "ui-slot-unusable", &args));
        }
        None => {}
    }
    ui.separator();
    super::settings::controls(ui, settings, &mut view.settings_notice);
    if ui.button(tr(lang, "ui-quit-to-title")).clicked() {
        view.set_paused(false);
        go = Some(Go::To(Screen::Title));
    }
    go
}

/// Saves the game under the name typed, and says where, or why it could not.
fn save(playing: &Playing, view: &ViewState, dir: &std::path::Path, lang: Lang) -> String {
    let Some(game) = playing.game.as_ref() else { return String::new() };
    let Some(path) = crate::saves::slot_path(dir, &view.slot_name(lang)) else {
        return tr(lang, "ui-slot-name-needed");
    };
    match crate::saves::write(game, &path) {
        Ok(()) => tr_args(lang, "play-saved", &[("file", path.display().to_string().into())]),
        Err(e) => tr_args(lang, "play-save-failed", &[("reason", e.to_string().into())]),
    }
}
