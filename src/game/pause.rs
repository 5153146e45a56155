//! The pause menu (Escape): resume, save in a named slot, load a slot, language, quit to title.
//! A damaged or foreign save is listed as unusable, with the reason; the others stay usable.

use bevy_egui::egui;

use super::{Go, Screen, Session};
use crate::i18n::{tr, tr_args};

pub fn panel(ui: &mut egui::Ui, session: &mut Session) -> Option<Go> {
    let lang = session.lang;
    let mut go = None;
    ui.heading(tr(lang, "ui-paused"));
    if ui.button(tr(lang, "ui-resume")).clicked() {
        session.paused = false;
        session.slots = None;
    }
    ui.separator();
    ui.horizontal(|ui| {
        ui.label(tr(lang, "ui-slot-name"));
        ui.text_edit_singleline(&mut session.slot_name);
        if ui.button(tr(lang, "ui-save")).clicked() {
            session.notice = Some(save(session));
            session.slots = None;
        }
    });
    if let Some(notice) = &session.notice {
        ui.label(notice);
    }
    ui.separator();
    ui.label(egui::RichText::new(tr(lang, "ui-saved-games")).strong());
    // The folder is read when the menu opens and after a save, not at every frame.
    if session.slots.is_none() {
        let levels: Vec<_> = session.levels.iter().filter_map(|l| l.scenario.as_ref().ok().cloned()).collect();
        session.slots = Some(crate::saves::list(&session.saves_dir, &levels));
    }
    let mut resume = None;
    if session.slots.as_ref().is_some_and(|s| s.is_empty()) {
        ui.label(egui::RichText::new(tr(lang, "ui-no-saves")).weak());
    }
    for slot in session.slots.iter().flatten() {
        ui.horizontal(|ui| match &slot.game {
            Ok(game) => {
                let title = game.scenario.title.get(lang).to_owned();
                let turn = tr_args(lang, "ui-slot-turn", &[("turn", (game.world.turn + 1).into())]);
                if ui.button(tr(lang, "ui-load")).clicked() {
                    resume = Some(game.clone());
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
    if let Some(game) = resume {
        session.resume(game);
    }
    ui.separator();
    super::settings::controls(ui, session);
    if ui.button(tr(lang, "ui-quit-to-title")).clicked() {
        session.paused = false;
        session.slots = None;
        go = Some(Go::To(Screen::Title));
    }
    go
}

fn save(session: &Session) -> String {
    let lang = session.lang;
    let Some(game) = session.game.as_ref() else { return String::new() };
    let Some(path) = crate::saves::slot_path(&session.saves_dir, &session.slot_name) else {
        return tr(lang, "ui-slot-name-needed");
    };
    match crate::saves::write(game, &path) {
        Ok(()) => tr_args(lang, "play-saved", &[("file", path.display().to_string().into())]),
        Err(e) => tr_args(lang, "play-save-failed", &[("reason", e.to_string().into())]),
    }
}
