//! The projector's window in a facilitated game: what the public may know, large enough to
//! read from the back of a room. The turn, whose phase it is and the clock; the indicators and
//! the worst pressures; what changed in the last turn; the board. Everything is read through
//! the public's view (`sim::View` for `Viewer::Public`): no side's purse, no secret, no hidden
//! figure. The sides give their orders at the facilitator's console (`game::console`).

use bevy_egui::egui;

use super::board::{BoardFrame, palette};
use super::session::Shell;
use super::{Go, Playing, Settings};
use crate::i18n::{Lang, number, percent, tr, tr_args};
use crate::sim::scenario::MapKind;
use crate::sim::{Side, Viewer, describe};

/// Text sizes for a room: the headline and the figures under it.
const HEADLINE: f32 = 30.0;
const FIGURES: f32 = 22.0;
const LINES: f32 = 18.0;

/// Draws the public window for the phase of `side`; returns where it sends the game (the end
/// of a phase whose time is up, when the facilitator asked for that).
pub fn show(root: &mut egui::Ui, mut shell: Shell, frame: &mut BoardFrame, side: Side) -> Option<Go> {
    let lang = shell.settings.lang;
    let go = super::play::tick_phase_clock(root.ctx(), &mut shell);
    if root.ctx().input(|i| i.key_pressed(egui::Key::Escape)) {
        shell.view.set_paused(!shell.view.paused);
    }
    if shell.view.paused {
        let mut menu = None;
        egui::CentralPanel::default().show(root, |ui| menu = super::pause::panel(ui, shell));
        return menu.or(go);
    }
    let Shell { settings, playing, view, .. } = shell;
    egui::Panel::top("public-bar").show(root, |ui| bar(ui, settings, playing, side));
    egui::Panel::bottom("public-bottom").show(root, |ui| {
        ui.horizontal(|ui| {
            ui.selectable_value(&mut view.map, MapKind::Port, egui::RichText::new(tr(lang, "ui-map-port")).size(LINES));
            ui.selectable_value(
                &mut view.map,
                MapKind::World,
                egui::RichText::new(tr(lang, "ui-map-world")).size(LINES),
            );
            if ui.button(tr(lang, "ui-menu")).clicked() {
                view.set_paused(true);
            }
        });
    });
    let width = root.ctx().content_rect().width();
    egui::Panel::right("public-news").default_size((width * 0.3).min(520.0)).max_size(width * 0.45).show(root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| last_turn(ui, playing, lang));
    });
    super::play::board_overlay(root, playing, view, frame, false, lang);
    go
}

/// The turn and date, whose phase it is, the clock; the indicators; the worst pressure of each
/// kind the public knows of.
fn bar(ui: &mut egui::Ui, settings: &Settings, playing: &Playing, side: Side) {
    let (Some(game), Some(known)) = (playing.game.as_ref(), playing.view(Viewer::Public)) else { return };
    let (scn, world, lang) = (&game.scenario, &known.world, settings.lang);
    ui.horizontal_wrapped(|ui| {
        let turn = turn_line(lang, scn, world);
        ui.label(egui::RichText::new(turn).size(HEADLINE).strong());
        ui.separator();
        let who = describe::side(scn, side, lang);
        let key = if playing.computer_in_phase() { "public-phase-computer" } else { "public-phase" };
        ui.label(egui::RichText::new(tr_args(lang, key, &[("side", who.into())])).size(HEADLINE));
        let length = playing.phase_seconds(settings);
        let clock = playing.phase_clock.filter(|c| c.turn == world.turn && c.side == side);
        if let (true, Some(clock)) = (length > 0, clock) {
            use super::timer::{left, text};
            ui.separator();
            let (seconds, urgency) = left(length, clock.started, ui.input(|i| i.time));
            let colour = super::timer::colour(ui.visuals(), urgency);
            let mut shown = text(lang, seconds, urgency);
            if playing.clock_stopped {
                shown = tr_args(lang, "public-clock-stopped", &[("time", shown.into())]);
            }
            ui.label(egui::RichText::new(shown).size(HEADLINE).strong().color(colour));
        }
    });
    ui.horizontal_wrapped(|ui| {
        for (def, value) in scn.indicators.iter().zip(&world.indicators) {
            let text = format!("{} {}", def.name.get(lang), number(lang, *value));
            ui.label(egui::RichText::new(text).size(FIGURES));
            ui.add_space(12.0);
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(tr(lang, "ui-pressures")).size(FIGURES));
        for kind in crate::sim::StockKind::ALL {
            let Some((place, p)) = known.most_pressed_known(scn, kind) else { continue };
            let (colour, mark) = match crate::sim::pressure::level(scn, kind, p) {
                crate::sim::world::Level::Calm => (None, ""),
                crate::sim::world::Level::Strained => (Some(palette::STRAINED), " !"),
                crate::sim::world::Level::Critical => (Some(palette::CRITICAL), " !!"),
            };
            let text = format!(
                "{} {} {}{mark}",
                describe::kind(kind, lang),
                scn.place(place).name.get(lang),
                percent(lang, p * 100.0)
            );
            let mut rich = egui::RichText::new(text).size(FIGURES).strong();
            // On the projector's light background a warning colour is read on a dark chip.
            if let Some(colour) = colour {
                rich = rich.color(colour).background_color(egui::Color32::from_gray(40));
            }
            ui.label(rich);
            ui.add_space(12.0);
        }
    });
}

/// "Turn 3/8 · 2041-01", for a headline.
pub fn turn_line(lang: Lang, scn: &crate::sim::Scenario, world: &crate::sim::World) -> String {
    let (year, month) = scn.calendar.date(world.turn);
    let args = [
        ("turn", (world.turn + 1).into()),
        ("turns", world.turns(scn).into()),
        ("date", format!("{year}-{month:02}").into()),
    ];
    tr_args(lang, "public-turn", &args)
}

/// What changed in the last turn, as the public may know it: the news, the indicators, the
/// pressures (`report::sections` for the public's seat).
fn last_turn(ui: &mut egui::Ui, playing: &Playing, lang: Lang) {
    let Some(game) = playing.game.as_ref() else { return };
    let turn = game.world.turn;
    let sections = super::report::sections(&game.scenario, &game.world, &game.history.log, Viewer::Public, turn, lang);
    // The level's questions for the room after this turn, first: the recap follows.
    let prompts = game.prompts_after();
    if !prompts.is_empty() {
        ui.label(egui::RichText::new(tr(lang, "public-discuss")).size(FIGURES).strong());
        for prompt in prompts {
            ui.label(egui::RichText::new(prompt.get(lang)).size(FIGURES));
        }
        ui.add_space(10.0);
    }
    let title = if turn == 0 { tr(lang, "public-first-turn") } else { tr(lang, "public-last-turn") };
    ui.label(egui::RichText::new(title).size(FIGURES).strong());
    if sections.is_empty() {
        ui.label(egui::RichText::new(tr(lang, "ui-report-quiet")).size(LINES));
    }
    for section in &sections {
        ui.add_space(6.0);
        ui.label(egui::RichText::new(&section.title).size(LINES).strong());
        for line in &section.lines {
            ui.label(egui::RichText::new(format!("• {line}")).size(LINES));
        }
    }
}
