//! The encyclopedia: every source the level cites, with its full reference, its address and a
//! warning where it is a single source, a company claim or unverified.

use bevy_egui::egui;

use crate::i18n::{Lang, tr};
use crate::sim::Scenario;

pub fn panel(ui: &mut egui::Ui, scn: &Scenario, filter: &mut String, lang: Lang) {
    ui.horizontal(|ui| {
        ui.label(tr(lang, "ui-search"));
        ui.text_edit_singleline(filter);
    });
    let needle = filter.to_lowercase();
    egui::ScrollArea::vertical().show(ui, |ui| {
        for source in &scn.sources {
            let matches = needle.is_empty()
                || source.key.to_lowercase().contains(&needle)
                || source.text.get(lang).to_lowercase().contains(&needle);
            if !matches {
                continue;
            }
            ui.group(|ui| {
                ui.label(egui::RichText::new(&source.key).monospace().strong());
                ui.label(source.text.get(lang));
                if let Some(url) = &source.url {
                    ui.hyperlink(url);
                }
                if source.caution {
                    ui.colored_label(egui::Color32::from_rgb(230, 159, 0), tr(lang, "ui-caution"));
                }
            });
        }
    });
}
