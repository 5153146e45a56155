//! The play screen: top bar, actions with costs and refusal reasons, the map, the event log,
//! and in hot-seat a hand-over screen between the teams.

use bevy_egui::egui;

use super::side_panel::Pick;
use super::{Go, Session};
use crate::i18n::{number, tr, tr_args};
use crate::sim::scenario::MapKind;
use crate::sim::{Order, Phase, Side, describe, orders};

pub fn show(root: &mut egui::Ui, session: &mut Session) -> Option<Go> {
    let game = session.game.as_ref()?;
    // Between an ending and the debrief, or while a computer plays: nothing to draw yet.
    let Phase::Orders(side) = game.world.phase else { return None };
    if session.computers[side.index()].is_some() {
        return None;
    }
    let lang = session.lang;
    if session.hand_over == Some(side) {
        let mut go = None;
        egui::CentralPanel::default().show(root, |ui| {
            ui.vertical_centered(|ui| {
                ui.add_space(120.0);
                let name = describe::side(&game.scenario, side, lang);
                ui.heading(tr_args(lang, "play-hand-over", &[("side", name.into())]));
                // The screen says "press Enter": Enter does it, as the button does.
                let ready = ui.button(egui::RichText::new(tr(lang, "ui-ready")).size(22.0)).clicked();
                if ready || ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    go = Some(());
                }
            });
        });
        if go.is_some() {
            session.hand_over = None;
        }
        return None;
    }
    // Before the pause can be toggled: the frame that ends a pause still belongs to it.
    if session.phase_minutes > 0 {
        let now = root.ctx().input(|i| i.time);
        let turn = game.world.turn;
        let clock = super::timer::PhaseClock::tick(session.phase_clock, turn, side, now, session.paused);
        session.phase_clock = Some(clock);
        if let Some(wait) = super::timer::next_change(session.phase_minutes, clock.started, now, session.paused) {
            root.ctx().request_repaint_after(std::time::Duration::from_secs_f64(wait));
        }
    }
    if root.ctx().input(|i| i.key_pressed(egui::Key::Escape)) {
        session.paused = !session.paused;
        session.slots = None;
    }
    if session.paused {
        let mut go = None;
        egui::CentralPanel::default().show(root, |ui| go = super::pause::panel(ui, session));
        return go;
    }
    let mut pick = None;
    egui::Panel::top("top_bar").show(root, |ui| pick = top_bar(ui, session, side));
    let mut go = None;
    egui::Panel::bottom("bottom_bar").show(root, |ui| {
        ui.horizontal(|ui| {
            if ui.button(egui::RichText::new(tr(lang, "ui-end-turn")).size(18.0)).clicked() {
                go = Some(Go::EndPhase);
            }
            ui.selectable_value(&mut session.map, MapKind::Port, tr(lang, "ui-map-port"));
            ui.selectable_value(&mut session.map, MapKind::World, tr(lang, "ui-map-world"));
            ui.toggle_value(&mut session.sources_open, tr(lang, "ui-encyclopedia"));
            if ui.button(tr(lang, "ui-menu")).clicked() {
                session.paused = true;
            }
        });
    });
    // Side panels take a share of the width, so that the map keeps room on a small screen or
    // with projector-sized text; each can still be resized by dragging its edge.
    let width = root.ctx().content_rect().width();
    egui::Panel::left("actions").default_size((width * 0.27).min(380.0)).max_size(width * 0.4).show(root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            if let Some(order) = actions_panel(ui, session, side) {
                go = Some(Go::Give(order));
            }
        });
    });
    egui::Panel::right("log").default_size((width * 0.25).min(380.0)).max_size(width * 0.4).show(root, |ui| {
        if let Some(p) = super::side_panel::show(ui, session, side) {
            pick = Some(p);
        }
    });
    // The map paints its own background: no panel fill under it (one less full-area fill for a
    // software renderer).
    egui::CentralPanel::default().frame(egui::Frame::NONE).show(root, |ui| {
        if let Some(game) = session.game.as_ref() {
            let changed = changed_places(game, side);
            let view = super::map::MapView {
                scn: &game.scenario,
                world: &game.world,
                viewer: side,
                map: session.map,
                selected: session.selected,
                changed: &changed,
                lang,
            };
            let clicked = super::map::paint(ui, &view, &mut session.cameras[session.map as usize]);
            match clicked {
                Some(super::map::Click::Place(place)) => session.selected = Some(place),
                Some(super::map::Click::Inset) => session.map = other(session.map),
                None => {}
            }
        }
    });
    match pick {
        Some(Pick::Place(place)) => {
            session.selected = Some(place);
            if let Some(game) = session.game.as_ref() {
                session.map = game.scenario.place(place).map;
            }
        }
        Some(Pick::Source(key)) => {
            session.sources_filter = key;
            session.sources_open = true;
        }
        None => {}
    }
    if session.sources_open
        && let Some(game) = session.game.as_ref()
    {
        let mut open = true;
        let (scn, filter) = (&game.scenario, &mut session.sources_filter);
        egui::Window::new(tr(lang, "ui-encyclopedia"))
            .open(&mut open)
            .default_size([480.0, 520.0])
            .show(root.ctx(), |ui| super::encyclopedia::panel(ui, scn, filter, lang));
        session.sources_open = open;
    }
    super::report::window(root.ctx(), session, side);
    go
}

/// Places whose pressure level rose (+1) or fell (-1) when the last turn resolved.
fn changed_places(game: &crate::sim::Game, side: Side) -> Vec<(crate::sim::PlaceId, i8)> {
    let turn = game.world.turn;
    game.history
        .since(turn.saturating_sub(1))
        .iter()
        .filter(|e| e.turn + 1 == turn && crate::sim::visibility::sees(&game.scenario, &game.world, side, e))
        .filter_map(|e| match e.happening {
            crate::sim::Happening::LevelChanged { place, from, to, .. } => {
                Some((place, if to > from { 1 } else { -1 }))
            }
            _ => None,
        })
        .collect()
}

/// The other map.
fn other(map: MapKind) -> MapKind {
    match map {
        MapKind::Port => MapKind::World,
        MapKind::World => MapKind::Port,
    }
}

/// Turn, date, season, the side's resources and action points, the indicators (each a link to
/// its sources). Returns the source clicked.
pub fn top_bar(ui: &mut egui::Ui, session: &Session, side: Side) -> Option<Pick> {
    let game = session.game.as_ref()?;
    let mut pick = None;
    let (scn, world, lang) = (&game.scenario, &game.world, session.lang);
    let (year, month) = scn.calendar.date(world.turn);
    let season = scn.calendar.seasons[scn.calendar.season(world.turn).index()].name.get(lang);
    ui.horizontal_wrapped(|ui| {
        if let (true, Some(clock)) = (session.phase_minutes > 0, session.phase_clock) {
            use super::timer::{Urgency, left, text};
            let (seconds, urgency) = left(session.phase_minutes, clock.started, ui.input(|i| i.time));
            let colour = match urgency {
                Urgency::Plenty => ui.visuals().strong_text_color(),
                Urgency::Soon => egui::Color32::from_rgb(230, 159, 0),
                Urgency::Over => egui::Color32::from_rgb(213, 94, 0),
            };
            ui.label(egui::RichText::new(text(lang, seconds, urgency)).strong().color(colour));
            ui.separator();
        }
        ui.strong(format!("{} {}/{}", tr(lang, "cli-turn"), world.turn + 1, scn.calendar.turns));
        ui.label(format!("{year}-{month:02}, {season}"));
        ui.separator();
        ui.strong(describe::side(scn, side, lang));
        for (def, value) in scn.side(side).resources.iter().zip(&world.side(side).resources) {
            ui.label(format!("{} {}", def.name.get(lang), number(lang, *value)));
        }
        ui.label(format!("{} {}", tr(lang, "play-action-points"), world.side(side).action_points));
        ui.separator();
        for (def, value) in scn.indicators.iter().zip(&world.indicators) {
            let text = format!("{} {}", def.name.get(lang), number(lang, *value));
            let keys: Vec<&str> = def.sources.iter().map(|s| scn.sources[s.index()].key.as_str()).collect();
            if keys.is_empty() {
                ui.label(text);
            } else {
                let hint = tr_args(lang, "ui-indicator-sources", &[("keys", keys.join(", ").into())]);
                if ui.add(egui::Label::new(text).sense(egui::Sense::click())).on_hover_text(hint).clicked() {
                    pick = Some(Pick::Source(keys[0].to_owned()));
                }
            }
        }
    });
    // The headline pressures: the most pressed place of each kind this side can see, coloured
    // and marked like the map; a click shows the place.
    ui.horizontal_wrapped(|ui| {
        ui.label(tr(lang, "ui-pressures"));
        for kind in crate::sim::StockKind::ALL {
            let Some((place, p)) = crate::sim::visibility::most_pressed_seen(scn, world, side, kind) else { continue };
            let level = crate::sim::pressure::level(scn, kind, p);
            // On the projector's light background the same hues, darker, keep their contrast.
            let dark = ui.visuals().dark_mode;
            let (colour, mark) = match level {
                crate::sim::world::Level::Calm if dark => (super::map::CALM, ""),
                crate::sim::world::Level::Calm => (egui::Color32::from_rgb(0, 94, 150), ""),
                crate::sim::world::Level::Strained if dark => (super::map::STRAINED, " !"),
                crate::sim::world::Level::Strained => (egui::Color32::from_rgb(150, 95, 0), " !"),
                crate::sim::world::Level::Critical if dark => (super::map::CRITICAL, " !!"),
                crate::sim::world::Level::Critical => (egui::Color32::from_rgb(170, 60, 0), " !!"),
            };
            let text = format!("{} {}{mark}", describe::kind(kind, lang), crate::i18n::percent(lang, p * 100.0));
            let label = egui::Label::new(egui::RichText::new(text).color(colour).strong()).sense(egui::Sense::click());
            if ui.add(label).on_hover_text(scn.place(place).name.get(lang)).clicked() {
                pick = Some(Pick::Place(place));
            }
        }
    });
    goals_strip(ui, scn, world, side, lang);
    pick
}

/// The endings nearest for the side to move: the two it can win by, the two that would end the
/// game against it; each with how far along it is, and on hover its condition in words.
fn goals_strip(
    ui: &mut egui::Ui,
    scn: &crate::sim::Scenario,
    world: &crate::sim::World,
    side: Side,
    lang: crate::i18n::Lang,
) {
    use crate::sim::scenario::Winner;
    let progress = crate::sim::progress::of_endings(scn, world);
    let nearest = |own: bool| {
        let mut list: Vec<(usize, f64)> = scn
            .endings
            .iter()
            .enumerate()
            .filter(|(_, e)| e.winner != Winner::ByScore && (e.winner == Winner::Side(side)) == own)
            .map(|(i, _)| (i, progress[i]))
            .collect();
        list.sort_by(|a, b| b.1.total_cmp(&a.1));
        list.truncate(2);
        list
    };
    ui.horizontal_wrapped(|ui| {
        for (key, own) in [("ui-goals-win", true), ("ui-goals-watch", false)] {
            ui.label(tr(lang, key));
            for (i, p) in nearest(own) {
                let ending = &scn.endings[i];
                let text = format!("{} {}", ending.name.get(lang), crate::i18n::percent(lang, (p * 100.0).round()));
                let why = describe::condition(scn, world, &ending.condition, &Default::default(), lang);
                ui.label(egui::RichText::new(text).strong()).on_hover_text(why);
            }
            ui.separator();
        }
    });
}

/// Every action of the side: a button per legal target, or the reason it is not possible.
/// Returns the order whose button was clicked.
pub fn actions_panel(ui: &mut egui::Ui, session: &Session, side: Side) -> Option<Order> {
    let selected = session.selected;
    let menu = session.action_menu(side)?;
    let mut chosen: Option<Order> = None;
    for row in menu.iter() {
        ui.group(|ui| {
            if row.orders.is_empty() {
                ui.add_enabled(false, egui::Label::new(egui::RichText::new(&row.title).strong()));
                ui.label(egui::RichText::new(&row.refusal).italics().weak());
            } else {
                ui.label(egui::RichText::new(&row.title).strong()).on_hover_text(&row.description);
                ui.horizontal_wrapped(|ui| {
                    for (order, label) in &row.orders {
                        // The place selected on the map stands out.
                        let picked = matches!(order.target, crate::sim::Target::Place(p) if Some(p) == selected);
                        let text =
                            if picked { egui::RichText::new(label).strong() } else { egui::RichText::new(label) };
                        if ui.add(egui::Button::new(text).selected(picked)).clicked() {
                            chosen = Some(*order);
                        }
                    }
                });
            }
        });
    }
    chosen
}

/// One action as the actions panel shows it.
pub struct ActionRow {
    /// Name and cost.
    pub title: String,
    pub description: String,
    /// The legal orders, with their button labels.
    pub orders: Vec<(Order, String)>,
    /// Why the action cannot be taken, when no order is legal.
    pub refusal: String,
}

/// Every action of `side`, checked against the world as it is.
pub fn action_rows(game: &crate::sim::Game, side: Side, lang: crate::i18n::Lang) -> Vec<ActionRow> {
    let (scn, world) = (&game.scenario, &game.world);
    scn.actions_of(side)
        .map(|(action, def)| {
            let options = orders::action_options(scn, world, side, action);
            let orders: Vec<(Order, String)> = options
                .legal
                .iter()
                .map(|o| {
                    let label = match o.target {
                        crate::sim::Target::None => tr(lang, "ui-do-it"),
                        target => describe::target(scn, world, target, lang),
                    };
                    (*o, label)
                })
                .collect();
            let refusal = if orders.is_empty() {
                options
                    .blocked
                    .map(|(o, r)| describe::refusal(scn, world, &o, &r, lang))
                    .unwrap_or_else(|| tr(lang, "play-no-target"))
            } else {
                String::new()
            };
            ActionRow {
                title: format!("{} [{}]", def.name.get(lang), describe::cost(scn, action, lang)),
                description: def.description.get(lang).to_owned(),
                orders,
                refusal,
            }
        })
        .collect()
}
