//! Settings that persist between sessions (language, projector mode, UI scale, motion, the phase
//! timer), a resource of the shell kept in the user's config folder, written atomically so an
//! interrupted write never leaves a broken file.

use std::path::{Path, PathBuf};

use bevy::prelude::Resource;
use bevy_egui::egui;
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

#[derive(Resource, Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub lang: Lang,
    pub projector: bool,
    /// Size of text and controls, on top of projector mode (1.0 = as designed).
    #[serde(default = "default_scale")]
    pub ui_scale: f32,
    /// Minutes for each side's phase in a workshop; 0 for no timer.
    #[serde(default)]
    pub phase_minutes: u32,
    /// No animations on the board: changes show at once.
    #[serde(default)]
    pub reduce_motion: bool,
}

/// Text scale of the normal mode, and of projector mode at `DESIGN_HEIGHT` lines and above.
const NORMAL: f32 = 1.15;
const PROJECTOR: f32 = 1.6;
const DESIGN_HEIGHT: f32 = 1080.0;

/// The text scale in use, worked out from the settings and the window's height
/// (`Settings::scale_in`) by `follow_text_scale`; read by the panels and the board.
#[derive(Resource, Clone, Copy, Debug, PartialEq)]
pub struct TextScale(pub f32);

impl Default for TextScale {
    fn default() -> TextScale {
        TextScale(NORMAL)
    }
}

/// Keeps `TextScale` up to date with the settings and the window; written only on change.
pub fn follow_text_scale(
    settings: bevy::prelude::Res<Settings>,
    windows: bevy::prelude::Query<&bevy::window::Window, bevy::prelude::With<bevy::window::PrimaryWindow>>,
    mut scale: bevy::prelude::ResMut<TextScale>,
) {
    let height = windows.single().ok().map(|w| w.height()).filter(|h| *h > 0.0);
    let now = TextScale(settings.scale_in(height));
    if *scale != now {
        *scale = now;
    }
}

/// The scales offered in the settings.
pub const SCALES: [f32; 5] = [0.8, 0.9, 1.0, 1.15, 1.3];

fn default_scale() -> f32 {
    1.0
}

/// Where the settings live: `~/.config/nuage/settings.ron` on Linux.
pub fn path() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Nuage", "nuage").map(|d| d.config_dir().join("settings.ron"))
}

/// The saved settings, or `None` when there are none or they cannot be read (then the defaults
/// apply and the file is left as it was until the player changes a setting).
pub fn load(path: &Path) -> Option<Settings> {
    let text = crate::files::read_text(path, 64 * 1024).ok()?;
    let mut settings: Settings = ron::from_str(&text).ok()?;
    // A hand-edited scale out of reach of the menu would make the screens unusable.
    // (NaN would pass a clamp: it goes back to the designed scale.)
    settings.ui_scale =
        if settings.ui_scale.is_finite() { settings.ui_scale.clamp(SCALES[0], SCALES[SCALES.len() - 1]) } else { 1.0 };
    if !super::timer::CHOICES.contains(&settings.phase_minutes) {
        settings.phase_minutes = 0;
    }
    Some(settings)
}

/// Reads the settings for the window: a file that exists but cannot be read is kept aside as
/// `settings.ron.bad` (the defaults are written fresh at the next change) and the reason is
/// returned, for the title screen to tell the player once.
pub fn load_or_set_aside(path: &Path) -> (Option<Settings>, Option<String>) {
    if !path.exists() {
        return (None, None);
    }
    if let Some(settings) = load(path) {
        return (Some(settings), None);
    }
    let aside = path.with_extension("ron.bad");
    let kept = std::fs::rename(path, &aside).is_ok();
    let reason = if kept { aside.display().to_string() } else { path.display().to_string() };
    (None, Some(reason))
}

pub fn save(path: &Path, settings: &Settings) -> std::io::Result<()> {
    let text = ron::to_string(settings).map_err(std::io::Error::other)?;
    crate::saves::write_atomically(path, text.as_bytes())
}

impl Settings {
    /// The settings of a first run, in `lang`.
    pub fn new(lang: Lang) -> Settings {
        Settings { lang, projector: false, ui_scale: 1.0, phase_minutes: 0, reduce_motion: false }
    }

    /// How much text and controls are enlarged in a window `height` logical pixels tall (`None`:
    /// as designed, 1080), times the player's scale. Projector mode is designed for 1080 lines;
    /// in a smaller window its text keeps the same share of the picture on the wall, so it
    /// shrinks with the window, never below the normal size: at 1280x720 the full projector
    /// scale left the board a strip between the panels. In steps of 0.05, so that resizing the
    /// window rebuilds the board's labels only now and then.
    pub fn scale_in(&self, height: Option<f32>) -> f32 {
        let share = height.map_or(1.0, |h| (h / DESIGN_HEIGHT).clamp(0.0, 1.0));
        let base = if self.projector { (PROJECTOR * share).max(NORMAL) } else { NORMAL };
        ((base * self.ui_scale) * 20.0).round() / 20.0
    }

    /// Larger text and stronger contrast for a projector, set on the egui context; `scale` is
    /// `scale_in` for the window. False when the zoom had to change: egui applies it from the
    /// next pass, and a screen laid out now would be laid out at the old size.
    pub fn apply_style(&self, ctx: &egui::Context, scale: f32) -> bool {
        if ctx.style_of(ctx.theme()).visuals.dark_mode == self.projector {
            ctx.set_visuals(visuals(self.projector));
        }
        if (ctx.zoom_factor() - scale).abs() > f32::EPSILON {
            ctx.set_zoom_factor(scale);
            return false;
        }
        true
    }

    /// The colour behind the panels, painted by clearing the window rather than by egui.
    pub fn panel_colour(&self) -> egui::Color32 {
        standard_visuals(self.projector).panel_fill
    }
}

fn standard_visuals(projector: bool) -> egui::Visuals {
    if projector { egui::Visuals::light() } else { egui::Visuals::dark() }
}

/// egui's look for the mode, with see-through panels: the window is cleared to the panels'
/// colour before anything is drawn (`panel_colour`), so egui does not paint every panel's
/// pixels a second time. Its shader converts colours to and from sRGB at every pixel, which a
/// software rasterizer (projector laptops, Mesa's lavapipe) pays dearly for: about a third of a
/// frame of the play screen.
pub fn visuals(projector: bool) -> egui::Visuals {
    let mut visuals = standard_visuals(projector);
    visuals.panel_fill = egui::Color32::TRANSPARENT;
    visuals
}

/// The settings a player can change from the title screen and the pause menu.
/// `notice` is what went wrong with the settings or the icons' files, told here until dismissed.
pub fn controls(ui: &mut egui::Ui, settings: &mut Settings, notice: &mut Option<String>) {
    let lang = settings.lang;
    // A settings file set aside, or one that could not be written: said here until dismissed.
    if let Some(text) = notice.clone() {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(text).color(ui.visuals().warn_fg_color));
            if ui.small_button(crate::i18n::tr(lang, "ui-dismiss")).clicked() {
                *notice = None;
            }
        });
    }
    ui.horizontal(|ui| {
        ui.label(crate::i18n::tr(lang, "ui-language"));
        ui.selectable_value(&mut settings.lang, Lang::Fr, "Français");
        ui.selectable_value(&mut settings.lang, Lang::En, "English");
    });
    ui.horizontal(|ui| {
        ui.label(crate::i18n::tr(lang, "ui-scale"));
        for scale in SCALES {
            let label = crate::i18n::percent(lang, (scale * 100.0) as f64);
            ui.selectable_value(&mut settings.ui_scale, scale, label);
        }
    });
    ui.checkbox(&mut settings.projector, crate::i18n::tr(lang, "ui-projector"));
    ui.checkbox(&mut settings.reduce_motion, crate::i18n::tr(lang, "ui-reduce-motion"));
    ui.horizontal(|ui| {
        ui.label(crate::i18n::tr(lang, "ui-phase-timer"));
        for minutes in super::timer::CHOICES {
            let label = if minutes == 0 {
                crate::i18n::tr(lang, "ui-timer-off")
            } else {
                crate::i18n::tr_args(lang, "ui-timer-minutes", &[("n", minutes.into())])
            };
            ui.selectable_value(&mut settings.phase_minutes, minutes, label);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projector_text_keeps_its_share_of_a_smaller_picture_and_never_drops_below_normal() {
        let normal = Settings::new(Lang::En);
        let projector = Settings { projector: true, ..normal };
        for height in [None, Some(600.0), Some(1080.0), Some(2160.0)] {
            assert_eq!(normal.scale_in(height), 1.15, "{height:?}");
        }
        assert_eq!(projector.scale_in(None), 1.6);
        assert_eq!(projector.scale_in(Some(1080.0)), 1.6);
        assert_eq!(projector.scale_in(Some(2160.0)), 1.6, "a larger screen keeps the designed scale");
        assert_eq!(projector.scale_in(Some(900.0)), 1.35, "1.6 x 900/1080, in steps of 0.05");
        assert_eq!(projector.scale_in(Some(720.0)), 1.15, "no smaller than the normal mode");
        let larger = Settings { ui_scale: 1.3, ..projector };
        assert_eq!(larger.scale_in(Some(1080.0)), 2.1, "the player's scale on top");
    }

    #[test]
    fn a_broken_settings_file_is_kept_aside_and_told() {
        let dir = std::env::temp_dir().join(format!("nuage-settings-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("settings.ron");
        assert_eq!(load_or_set_aside(&path), (None, None), "no file: nothing to tell");
        std::fs::write(&path, "(lang: Klingon").unwrap();
        let (settings, told) = load_or_set_aside(&path);
        assert_eq!(settings, None);
        assert!(told.is_some_and(|t| t.ends_with("settings.ron.bad")));
        assert!(!path.exists());
        assert_eq!(std::fs::read_to_string(dir.join("settings.ron.bad")).unwrap(), "(lang: Klingon");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn settings_survive_a_save_and_a_broken_file_gives_none() {
        let dir = std::env::temp_dir().join(format!("nuage-settings-{}", std::process::id()));
        let path = dir.join("settings.ron");
        let settings =
            Settings { lang: Lang::Fr, projector: true, ui_scale: 1.15, phase_minutes: 5, reduce_motion: true };
        save(&path, &settings).unwrap();
        assert_eq!(load(&path), Some(settings));
        // Settings written before the UI scale and the timer existed still load, at the
        // designed scale and without a timer.
        std::fs::write(&path, "(lang: En, projector: false)").unwrap();
        assert_eq!(
            load(&path),
            Some(Settings { lang: Lang::En, projector: false, ui_scale: 1.0, phase_minutes: 0, reduce_motion: false })
        );
        // A scale edited by hand beyond what the menu offers is brought back within it.
        std::fs::write(&path, "(lang: Fr, projector: false, ui_scale: 40.0)").unwrap();
        assert_eq!(load(&path).map(|s| s.ui_scale), Some(1.3));
        // Not a number at all: the designed scale, not a scale that breaks every comparison.
        std::fs::write(&path, "(lang: Fr, projector: false, ui_scale: NaN)").unwrap();
        assert_eq!(load(&path).map(|s| s.ui_scale), Some(1.0));
        // So is a timer length the menu does not offer.
        std::fs::write(&path, "(lang: Fr, projector: false, phase_minutes: 7)").unwrap();
        assert_eq!(load(&path).map(|s| s.phase_minutes), Some(0));
        std::fs::write(&path, "(lang: Klingon").unwrap();
        assert_eq!(load(&path), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
