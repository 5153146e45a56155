//! The debrief: the ending and why, the scores, the discussion questions, the timeline.

use bevy_egui::egui;

use super::{Catalogue, Go, Playing, Screen, ViewState};
use crate::i18n::{labelled, tr, tr_args};
use crate::sim::{Happening, describe};

/// The debrief's system, drawn once a game has ended.
pub struct DebriefScreen;

impl bevy::prelude::Plugin for DebriefScreen {
    fn build(&self, app: &mut bevy::prelude::App) {
        super::add_screen(app, Screen::Debrief, draw);
    }
}

/// Draws the debrief: it reads the game and changes only the export's notice.
fn draw(
    mut contexts: bevy_egui::EguiContexts,
    catalogue: bevy::prelude::Res<Catalogue>,
    playing: bevy::prelude::Res<Playing>,
    mut view: bevy::prelude::ResMut<ViewState>,
    settings: bevy::prelude::Res<super::Settings>,
    mut asks: bevy::prelude::MessageWriter<Go>,
    mut redraw: bevy::prelude::MessageWriter<bevy::window::RequestRedraw>,
) -> bevy::prelude::Result {
    let mut root = super::screen_root(contexts.ctx_mut()?);
    let go = super::full_screen(&mut root, |ui| panel(ui, &catalogue, &playing, &mut view, settings.lang));
    super::send(go, &mut asks, &mut redraw);
    Ok(())
}

/// The highest pressure of each kind, every indicator and both sides' resources, turn by turn,
/// over the whole game.
fn charts(ui: &mut egui::Ui, game: &crate::sim::Game, lang: crate::i18n::Lang, game_number: u64) {
    use egui_plot::{Legend, Line, Plot, PlotPoints};
    // Charts that stay put: the wheel scrolls the page, not the curves, and each game's charts
    // are new ones (a view panned in one debrief used to carry into the next, empty).
    // The curves leave the chart's right part to its legend (top right), worked out from the
    // longest name it lists: the legend sits over empty turns, not over the game's last ones.
    let last_turn = game.history.snapshots.len().max(1) as f64;
    let width = ui.available_width().max(200.0);
    let plot = |name: &str, index: usize, height: f32, names: &[&str]| {
        let longest = names.iter().map(|n| n.chars().count()).max().unwrap_or(0) as f32;
        let legend = (longest * 8.0 + 60.0).min(width * 0.6);
        let room = f64::from(width / (width - legend));
        Plot::new((name.to_owned(), index, game_number))
            .height(height)
            .legend(Legend::default())
            .include_x(1.0)
            .include_x(1.0 + (last_turn - 1.0).max(1.0) * room)
            .allow_scroll(false)
            .allow_zoom(false)
            .allow_drag(false)
            .allow_boxed_zoom(false)
    };
    let scn = &game.scenario;
    let snaps = &game.history.snapshots;
    let turn = |t: usize| t as f64 + 1.0;
    ui.label(tr(lang, "ui-chart-pressures"));
    let kinds: Vec<String> = crate::sim::StockKind::ALL.iter().map(|k| describe::kind(*k, lang)).collect();
    let names: Vec<&str> = kinds.iter().map(String::as_str).collect();
    plot("pressures", 0, 170.0, &names).show(ui, |plot| {
        for kind in crate::sim::StockKind::ALL {
            let points: PlotPoints = snaps
                .iter()
                .enumerate()
                .filter_map(|(t, s)| s.max_pressure(scn, kind).map(|p| [turn(t), p * 100.0]))
                .collect();
            plot.line(Line::new(describe::kind(kind, lang), points));
        }
    });
    ui.label(tr(lang, "ui-chart-indicators"));
    let names: Vec<&str> = scn.indicators.iter().map(|i| i.name.get(lang)).collect();
    plot("indicators", 0, 170.0, &names).show(ui, |plot| {
        for (i, def) in scn.indicators.iter().enumerate() {
            let points: PlotPoints = snaps.iter().enumerate().map(|(t, s)| [turn(t), s.indicators[i]]).collect();
            plot.line(Line::new(def.name.get(lang), points));
        }
    });
    for side in crate::sim::Side::BOTH {
        let name = describe::side(scn, side, lang);
        ui.label(tr_args(lang, "ui-chart-resources", &[("side", name.into())]));
        let names: Vec<&str> = scn.side(side).resources.iter().map(|r| r.name.get(lang)).collect();
        plot("resources", side.index(), 130.0, &names).show(ui, |plot| {
            for (r, def) in scn.side(side).resources.iter().enumerate() {
                let points: PlotPoints =
                    snaps.iter().enumerate().map(|(t, s)| [turn(t), s.resources[side.index()][r]]).collect();
                plot.line(Line::new(def.name.get(lang), points));
            }
        });
    }
}

/// The debrief's texts, put in words once per game and language, not at every redraw.
pub struct DebriefText {
    pub revealed: Vec<String>,
    /// Each team's own objective and whether it was met (games played in teams).
    pub objectives: Vec<String>,
    /// The timeline's lines; `true` for a detail of the line above it (a computer's reason for
    /// its order, the outcome of the order's draw).
    pub timeline: Vec<(String, bool)>,
}

pub fn texts(game: &crate::sim::Game, lang: crate::i18n::Lang) -> DebriefText {
    let say = |e: &crate::sim::history::Entry| {
        format!("[{}] {}", e.turn + 1, describe::happening(&game.scenario, &game.world, &e.happening, lang))
    };
    let mut timeline = Vec::new();
    // A computer's reason is recorded just before its order: it is shown under the order.
    let mut reason = None;
    for entry in &game.history.log {
        match &entry.happening {
            Happening::Reasoned(_) => reason = Some(say(entry)),
            Happening::OrderGiven { .. } => {
                timeline.push((say(entry), false));
                if let Some(reason) = reason.take() {
                    timeline.push((reason, true));
                }
            }
            // Whether an order's draw succeeded, under the order.
            Happening::Draw { .. } => timeline.push((say(entry), true)),
            Happening::News(_)
            | Happening::Called(_)
            | Happening::Facilitated(_)
            | Happening::RecordFull
            | Happening::Triggered(_)
            | Happening::ProjectCompleted(_)
            | Happening::Flag { .. }
            | Happening::Ended { .. } => timeline.push((say(entry), false)),
            _ => {}
        }
    }
    let objectives =
        if game.world.teams { describe::objectives(&game.scenario, &game.world, lang) } else { Vec::new() };
    DebriefText { revealed: revelations(game, lang), objectives, timeline }
}

/// What one side could not see during play, now shown to all: the other side's secret moves
/// (and when, if ever, they came out), and the figures that were hidden, with their values.
pub fn revelations(game: &crate::sim::Game, lang: crate::i18n::Lang) -> Vec<String> {
    use crate::i18n::percent;
    use crate::sim::revelations::{self, Revelation};
    let (scn, world) = (&game.scenario, &game.world);
    let when = |turn: Option<u32>| match turn {
        Some(t) => tr_args(lang, "ui-revealed-in-turn", &[("turn", (t + 1).into())]),
        None => tr(lang, "ui-revealed-never"),
    };
    revelations::of_game(world, &game.history)
        .into_iter()
        .map(|r| match r {
            Revelation::SecretOrder { order, given, out } => {
                format!("[{}] {} — {}", given + 1, describe::order(scn, world, &order, lang), when(out))
            }
            Revelation::HiddenStock { place, kind, revealed } => {
                let pressure = world.stock(place, kind).map_or(0.0, |s| crate::sim::pressure::of_stock(scn, world, s));
                let figure = labelled(
                    lang,
                    &format!("{} — {}", scn.place(place).name.get(lang), describe::kind(kind, lang)),
                    &percent(lang, pressure * 100.0),
                );
                format!("{figure} — {}", when(revealed))
            }
        })
        .collect()
}

/// What the debrief shows: all of it at once, or one step of the guided sequence a facilitator
/// leads on the projector (how it felt, what happened and why, what was hidden, what really
/// happened, what we can do here).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DebriefView {
    /// The guided sequence's first step in a facilitated game, everything otherwise.
    #[default]
    Auto,
    All,
    Step(usize),
}

/// The guided sequence's steps: their titles' keys.
const STEPS: [&str; 5] =
    ["debrief-step-feel", "debrief-step-happened", "debrief-step-hidden", "debrief-step-real", "debrief-step-here"];

/// The events the level fixes in the calendar, in their order: the real history it cites, each
/// with its date, its text and its sources' keys.
pub fn real_events(scn: &crate::sim::Scenario, lang: crate::i18n::Lang) -> Vec<String> {
    let mut dated: Vec<(u32, String)> = scn
        .events
        .iter()
        .filter_map(|e| match e.trigger {
            crate::sim::scenario::Trigger::AtTurn(t) => {
                let (year, month) = scn.calendar.date(t);
                let sources: Vec<String> =
                    e.sources.iter().map(|s| format!("[{}]", scn.sources[s.index()].key)).collect();
                let line =
                    format!("{year}-{month:02} — {}: {} {}", e.name.get(lang), e.text.get(lang), sources.join(" "));
                Some((t, line.trim_end().to_owned()))
            }
            _ => None,
        })
        .collect();
    dated.sort_by_key(|(t, _)| *t);
    dated.into_iter().map(|(_, line)| line).collect()
}

/// The debrief: the ending across the top with the way back; below, the charts, what was hidden
/// and the questions on the left, the timeline on the right, each scrolling on its own; or one
/// step of the guided sequence at a time.
pub fn panel(
    ui: &mut egui::Ui,
    catalogue: &Catalogue,
    playing: &Playing,
    view: &mut ViewState,
    lang: crate::i18n::Lang,
) -> Option<Go> {
    let mut go = None;
    let mut export = false;
    let Some(game) = playing.game.as_ref() else { return Some(Go::To(Screen::Title)) };
    let Some(text) = playing.debrief_text(lang) else { return Some(Go::To(Screen::Title)) };
    let scn = &game.scenario;
    ui.horizontal(|ui| {
        if let Some(outcome) = &game.world.outcome {
            let ending = &scn.endings[outcome.ending.index()];
            ui.heading(egui::RichText::new(ending.name.get(lang)).size(32.0));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(egui::RichText::new(tr(lang, "ui-back-to-title")).size(18.0)).clicked() {
                go = Some(Go::To(Screen::Title));
            }
            if ui.button(egui::RichText::new(tr(lang, "ui-export-debrief")).size(18.0)).clicked() {
                export = true;
            }
        });
    });
    if let Some(notice) = &view.export_notice {
        ui.label(egui::RichText::new(notice).strong());
    }
    if let Some(outcome) = &game.world.outcome {
        let ending = &scn.endings[outcome.ending.index()];
        ui.label(ending.text.get(lang));
        for fact in describe::ending_facts(&game.scenario, &game.world, lang) {
            ui.label(fact);
        }
        // What the ending rests on, by what the source is about rather than its key.
        let mut lines = Vec::new();
        super::board::hover::push_sources(scn, ending.sources.iter(), &mut lines, lang);
        for line in lines {
            ui.label(egui::RichText::new(line).weak());
        }
    }
    ui.separator();
    // The guided sequence, step by step, or everything at once.
    let shown = match view.debrief {
        DebriefView::Auto if playing.facilitated => DebriefView::Step(0),
        DebriefView::Auto => DebriefView::All,
        other => other,
    };
    ui.horizontal_wrapped(|ui| {
        if ui.selectable_label(shown == DebriefView::All, tr(lang, "debrief-everything")).clicked() {
            view.debrief = DebriefView::All;
        }
        for (i, key) in STEPS.iter().enumerate() {
            let label = format!("{}. {}", i + 1, tr(lang, key));
            if ui.selectable_label(shown == DebriefView::Step(i), label).clicked() {
                view.debrief = DebriefView::Step(i);
            }
        }
        if let DebriefView::Step(i) = shown
            && i + 1 < STEPS.len()
            && ui.button(tr(lang, "debrief-next")).clicked()
        {
            view.debrief = DebriefView::Step(i + 1);
        }
    });
    ui.separator();
    if let DebriefView::Step(step) = shown {
        guided_step(ui, game, &text, step, playing.started_games, lang);
        if export {
            super::session::export_debrief(catalogue, playing, view, lang);
        }
        return go;
    }
    let height = ui.available_height();
    ui.columns(2, |columns| {
        let left = &mut columns[0];
        egui::ScrollArea::vertical().id_salt("debrief-left").max_height(height).show(left, |ui| {
            charts(ui, game, lang, playing.started_games);
            ui.separator();
            ui.heading(tr(lang, "ui-revealed"));
            if text.revealed.is_empty() {
                ui.label(tr(lang, "ui-revealed-nothing"));
            }
            for line in &text.revealed {
                ui.label(format!("• {line}"));
            }
            if !text.objectives.is_empty() {
                ui.separator();
                ui.heading(tr(lang, "ui-objectives"));
                for line in &text.objectives {
                    ui.label(format!("• {line}"));
                }
            }
            ui.separator();
            ui.heading(tr(lang, "play-questions"));
            for q in &scn.questions {
                ui.label(format!("• {}", q.get(lang)));
            }
        });
        let right = &mut columns[1];
        right.heading(tr(lang, "ui-timeline"));
        egui::ScrollArea::vertical().id_salt("timeline").max_height(height - 30.0).show(right, |ui| {
            for (line, reason) in &text.timeline {
                // The computers' reasons, in smaller type under the order they explain.
                if *reason {
                    ui.label(egui::RichText::new(line).size(12.5).weak());
                } else {
                    ui.label(line);
                }
            }
        });
    });
    if export {
        super::session::export_debrief(catalogue, playing, view, lang);
    }
    go
}

/// One step of the guided debrief, large enough for a projector.
fn guided_step(
    ui: &mut egui::Ui,
    game: &crate::sim::Game,
    text: &DebriefText,
    step: usize,
    started: u64,
    lang: crate::i18n::Lang,
) {
    let big = |s: &str| egui::RichText::new(s).size(20.0);
    let height = ui.available_height();
    let scn = &game.scenario;
    match step {
        0 => {
            ui.label(big(&tr(lang, "kit-debrief-1")).strong());
            for line in &text.objectives {
                ui.label(big(&format!("• {line}")));
            }
        }
        1 => {
            ui.label(big(&tr(lang, "kit-debrief-2")).strong());
            ui.columns(2, |columns| {
                egui::ScrollArea::vertical()
                    .id_salt("guided-charts")
                    .max_height(height - 40.0)
                    .show(&mut columns[0], |ui| charts(ui, game, lang, started));
                egui::ScrollArea::vertical().id_salt("guided-timeline").max_height(height - 40.0).show(
                    &mut columns[1],
                    |ui| {
                        // The orders and events, without the computers' reasons under them.
                        for (line, _) in text.timeline.iter().filter(|(_, detail)| !detail) {
                            ui.label(line);
                        }
                    },
                );
            });
        }
        2 => {
            ui.label(big(&tr(lang, "kit-debrief-3")).strong());
            egui::ScrollArea::vertical().id_salt("guided-hidden").max_height(height - 40.0).show(ui, |ui| {
                if text.revealed.is_empty() {
                    ui.label(big(&tr(lang, "ui-revealed-nothing")));
                }
                for line in &text.revealed {
                    ui.label(big(&format!("• {line}")));
                }
            });
        }
        3 => {
            ui.label(big(&tr(lang, "debrief-real-lead")).strong());
            egui::ScrollArea::vertical().id_salt("guided-real").max_height(height - 40.0).show(ui, |ui| {
                for line in real_events(scn, lang) {
                    ui.label(big(&format!("• {line}")));
                }
            });
        }
        _ => {
            ui.label(big(&tr(lang, "kit-debrief-5")).strong());
            for q in &scn.questions {
                ui.label(big(&format!("• {}", q.get(lang))));
            }
        }
    }
}
