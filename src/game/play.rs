//! The play screen: top bar, actions with costs and refusal reasons, the map, the event log,
//! and in hot-seat a hand-over screen between the teams.

use bevy_egui::egui;

use super::board::{BoardFrame, palette};
use crate::sim::lesson::Show;

/// The colour of what the guide points at.
pub const GUIDE: egui::Color32 = egui::Color32::from_rgb(255, 220, 60);
use super::session::Shell;
use super::side_panel::Pick;
use super::{Go, Playing, Settings, ViewState};
use crate::i18n::{Lang, labelled, number, tr, tr_args};
use crate::sim::scenario::MapKind;
use crate::sim::{Order, Phase, Side, describe, orders};

/// The play screen's system, drawn while a game is on.
pub struct PlayScreen;

impl bevy::prelude::Plugin for PlayScreen {
    fn build(&self, app: &mut bevy::prelude::App) {
        super::add_screen(app, super::Screen::Play, draw);
    }
}

/// Draws the play screen. It changes the table's state (a report read, the keyboard handed
/// over) and the view (a selection, a window opened): each is lent without marking it
/// changed, and marked only when what others follow of it changed.
fn draw(
    mut contexts: bevy_egui::EguiContexts,
    mut shell: super::session::ShellMut,
    mut frame: bevy::prelude::ResMut<BoardFrame>,
    mut asks: bevy::prelude::MessageWriter<Go>,
    mut redraw: bevy::prelude::MessageWriter<bevy::window::RequestRedraw>,
) -> bevy::prelude::Result {
    use bevy::ecs::change_detection::DetectChangesMut;
    let mut root = super::screen_root(contexts.ctx_mut()?);
    let (playing_before, view_before) = (shell.playing.screen_stamp(), shell.view.board_stamp());
    let settings_before = *shell.settings;
    let go = show(&mut root, shell.shell(), &mut frame);
    if *shell.settings != settings_before {
        shell.settings.set_changed();
    }
    if shell.playing.screen_stamp() != playing_before {
        shell.playing.set_changed();
    }
    if shell.view.board_stamp() != view_before {
        shell.view.set_changed();
    }
    super::send(go, &mut asks, &mut redraw);
    Ok(())
}

pub fn show(root: &mut egui::Ui, mut shell: Shell, frame: &mut BoardFrame) -> Option<Go> {
    let lang = shell.settings.lang;
    let game = shell.playing.game.as_ref()?;
    // Between an ending and the debrief, or while a computer plays: nothing to draw yet, but
    // a computer that thinks longer than a frame says so over the board.
    let Phase::Orders(side) = game.world.phase else { return None };
    // A facilitated game's main window is the projector's: the public's view only.
    if shell.playing.facilitated {
        return super::public::show(root, shell, frame, side);
    }
    if shell.playing.computer_in_phase() {
        if shell.playing.watch_wait(std::time::Instant::now()).is_some() {
            // A demonstration: the next phase is played once the room has seen this one (the
            // flow wakes the window then).
            let who = describe::side(&game.scenario, side, lang);
            let args = [("side", who.into()), ("turn", (game.world.turn + 1).into())];
            egui::Area::new(egui::Id::new("watching")).anchor(egui::Align2::CENTER_TOP, [0.0, 8.0]).show(
                root.ctx(),
                |ui| {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        // A replay's next phase is the record's, not a computer's.
                        let key = if shell.playing.replay.is_some() { "ui-replaying" } else { "ui-watching" };
                        ui.label(egui::RichText::new(tr_args(lang, key, &args)).size(18.0));
                    });
                },
            );
        } else if shell.playing.thinking.is_some() {
            let who = describe::side(&game.scenario, side, lang);
            egui::Area::new(egui::Id::new("thinking")).anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0]).show(
                root.ctx(),
                |ui| {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.horizontal(|ui| {
                            ui.spinner();
                            ui.label(
                                egui::RichText::new(tr_args(lang, "ui-thinking", &[("side", who.into())])).size(18.0),
                            );
                        });
                    });
                },
            );
        }
        return None;
    }
    if shell.playing.hand_over == Some(side) {
        let ready = egui::CentralPanel::default()
            .show(root, |ui| hand_over(ui, &hand_over_line(&game.scenario, &game.world, side, lang), 120.0, lang))
            .inner;
        if ready {
            shell.playing.hand_over = None;
        }
        return None;
    }
    // Before the pause can be toggled: the frame that ends a pause still belongs to it.
    if let Some(go) = tick_phase_clock(root.ctx(), &mut shell) {
        return Some(go);
    }
    if root.ctx().input(|i| i.key_pressed(egui::Key::Escape)) {
        shell.view.set_paused(!shell.view.paused);
    }
    if shell.view.paused {
        let mut go = None;
        egui::CentralPanel::default().show(root, |ui| go = super::pause::panel(ui, shell));
        return go;
    }
    let Shell { settings, playing, view, .. } = shell;
    let mut pick = None;
    egui::Panel::top("top_bar").show(root, |ui| pick = top_bar(ui, settings, playing, side));
    let mut go = None;
    // What the guide of a lesson points at, outlined on screen.
    let show = super::lesson::showing(playing, side);
    let mut marked: Vec<egui::Rect> = Vec::new();
    egui::Panel::bottom("bottom_bar").show(root, |ui| {
        ui.horizontal(|ui| {
            let end = ui.button(egui::RichText::new(tr(lang, "ui-end-turn")).size(18.0));
            if matches!(show, Show::EndTurn) {
                marked.push(end.rect);
            }
            if end.clicked() {
                go = Some(Go::EndPhase);
            }
            let port = ui.selectable_value(&mut view.map, MapKind::Port, tr(lang, "ui-map-port"));
            let world = ui.selectable_value(&mut view.map, MapKind::World, tr(lang, "ui-map-world"));
            match show {
                Show::Map(MapKind::Port) => marked.push(port.rect),
                Show::Map(MapKind::World) => marked.push(world.rect),
                _ => {}
            }
            let goals = ui.toggle_value(&mut view.goals_open, tr(lang, "ui-goals"));
            if matches!(show, Show::Goals) {
                marked.push(goals.rect);
            }
            ui.toggle_value(&mut view.sources_open, tr(lang, "ui-encyclopedia"));
            if ui.button(tr(lang, "ui-menu")).clicked() {
                view.set_paused(true);
            }
        });
    });
    // Side panels take a share of the width, so that the map keeps room on a small screen or
    // with projector-sized text; each can still be resized by dragging its edge.
    let width = root.ctx().content_rect().width();
    let actions =
        egui::Panel::left("actions").default_size((width * 0.27).min(380.0)).max_size(width * 0.4).show(root, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                if let Some(order) = actions_panel(ui, playing, view.selected, side, lang) {
                    go = Some(Go::Give(order));
                }
            });
        });
    if matches!(show, Show::Actions) {
        marked.push(actions.response.rect);
    }
    let log =
        egui::Panel::right("log").default_size((width * 0.25).min(380.0)).max_size(width * 0.4).show(root, |ui| {
            if let Some(p) = super::side_panel::show(ui, playing, view.selected, side, lang) {
                pick = Some(p);
            }
        });
    if matches!(show, Show::Log) {
        marked.push(log.response.rect);
    }
    let painter = root.ctx().layer_painter(egui::LayerId::new(egui::Order::Foreground, "guide-marks".into()));
    for rect in marked {
        painter.rect_stroke(rect.expand(2.0), 6.0, egui::Stroke::new(3.0, GUIDE), egui::StrokeKind::Outside);
    }
    frame.highlight = match show {
        Show::Place(p) => Some(p),
        _ => None,
    };
    // The board is drawn by Bevy under the panels: egui only says where it is free to show,
    // and draws the hover box and the legend over it.
    let reading = playing.report_pending(side) || super::goals::showing(playing, view, side);
    board_overlay(root, playing, view, frame, reading, lang);
    match pick {
        Some(Pick::Place(place)) => {
            view.selected = Some(place);
            if let Some(game) = playing.game.as_ref() {
                view.map = game.scenario.place(place).map;
            }
        }
        Some(Pick::Source(key)) => {
            view.sources_filter = key;
            view.sources_open = true;
        }
        None => {}
    }
    if view.sources_open
        && let Some(game) = playing.game.as_ref()
    {
        let mut open = true;
        let (scn, filter) = (&game.scenario, &mut view.sources_filter);
        egui::Window::new(tr(lang, "ui-encyclopedia"))
            .open(&mut open)
            .default_size([480.0, 520.0])
            .show(root.ctx(), |ui| super::encyclopedia::panel(ui, scn, filter, lang));
        view.sources_open = open;
    }
    // The guide waits behind the report and the goals, which it would cover on a small screen.
    let covered = playing.report_pending(side) || super::goals::showing(playing, view, side);
    super::report::window(root.ctx(), playing, side, lang);
    super::goals::window(root.ctx(), playing, view, side, lang);
    let board = frame.rect.map(|r| {
        let zoom = root.ctx().zoom_factor();
        egui::Rect::from_min_max(egui::pos2(r.min.x / zoom, r.min.y / zoom), egui::pos2(r.max.x / zoom, r.max.y / zoom))
    });
    if !covered {
        super::lesson::window(root.ctx(), playing, side, lang, board);
    }
    go
}

/// Asks the side `name` to take the keyboard; true once they say they have it (the button, or
/// Enter, as the screen says).
pub fn hand_over(ui: &mut egui::Ui, line: &str, space: f32, lang: Lang) -> bool {
    ui.vertical_centered(|ui| {
        ui.add_space(space);
        ui.heading(line);
        let ready = ui.button(egui::RichText::new(tr(lang, "ui-ready")).size(22.0)).clicked();
        ready || ui.input(|i| i.key_pressed(egui::Key::Enter))
    })
    .inner
}

/// What the hand-over screen asks: the side, or in a game played team by team the team whose
/// turn it is, to take the keyboard.
pub fn hand_over_line(scn: &crate::sim::Scenario, world: &crate::sim::World, side: Side, lang: Lang) -> String {
    let team = world.team_at.filter(|_| world.phase == Phase::Orders(side));
    match team.and_then(|t| scn.side(side).teams.get(t as usize)) {
        Some(team) => tr_args(
            lang,
            "play-hand-over-team",
            &[("team", team.name.get(lang).into()), ("side", describe::side(scn, side, lang).into())],
        ),
        None => tr_args(lang, "play-hand-over", &[("side", describe::side(scn, side, lang).into())]),
    }
}

/// Counts the phase's time down on the shell's clock, standing still while the pause menu is
/// open or the facilitator stopped it, and asks to be woken at the next second. Returns the end
/// of the phase once its time is up, when the facilitator asked for that and people play it.
pub fn tick_phase_clock(ctx: &egui::Context, shell: &mut Shell) -> Option<Go> {
    let game = shell.playing.game.as_ref()?;
    let Phase::Orders(side) = game.world.phase else { return None };
    let length = shell.playing.phase_seconds(shell.settings);
    // A side's time starts once its people hold the keyboard.
    if length == 0 || shell.playing.computer_in_phase() || shell.playing.hand_over == Some(side) {
        return None;
    }
    let now = ctx.input(|i| i.time);
    let paused = shell.view.paused || shell.playing.clock_stopped;
    let clock = super::timer::PhaseClock::tick(shell.playing.phase_clock, game.world.turn, side, now, paused);
    shell.playing.phase_clock = Some(clock);
    if let Some(wait) = super::timer::next_change(length, clock.started, now, paused) {
        shell.view.wake_at = Some(std::time::Instant::now() + std::time::Duration::from_secs_f64(wait));
    }
    let over = super::timer::left(length, clock.started, now).1 == super::timer::Urgency::Over;
    (over && !paused && shell.playing.at_zero_ends).then_some(Go::EndPhase)
}

/// Tells the board where it may show (the space between the panels, in window pixels) and
/// whether an egui window lies under the pointer; draws the legend and the hover box (not
/// while the players are `reading` a report or their goals).
pub fn board_overlay(
    root: &mut egui::Ui,
    playing: &Playing,
    view: &mut ViewState,
    frame: &mut BoardFrame,
    reading: bool,
    lang: Lang,
) {
    let ctx = root.ctx().clone();
    let central = root.available_rect_before_wrap();
    let zoom = ctx.zoom_factor();
    let rect =
        bevy::math::Rect::new(central.min.x * zoom, central.min.y * zoom, central.max.x * zoom, central.max.y * zoom);
    if frame.rect != Some(rect) {
        frame.rect = Some(rect);
    }
    let pointer = ctx.pointer_hover_pos();
    let blocked = pointer
        .is_none_or(|p| !central.contains(p) || ctx.layer_id_at(p).is_some_and(|l| l.order != egui::Order::Background));
    if frame.blocked != blocked {
        frame.blocked = blocked;
    }
    // The legend: what the colours and marks mean, the other map, and a way back to the whole map.
    // On the projector's window the legend sits at the bottom, where the port map has sea:
    // at the top it covered the northern places.
    let corner = if playing.facilitated {
        (egui::Align2::LEFT_BOTTOM, egui::pos2(central.min.x + 8.0, central.max.y - 8.0))
    } else {
        (egui::Align2::LEFT_TOP, central.min + egui::vec2(8.0, 8.0))
    };
    egui::Area::new("board-legend".into()).order(egui::Order::Middle).pivot(corner.0).fixed_pos(corner.1).show(
        &ctx,
        |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    for (colour, key) in [
                        (palette::CALM, "ui-legend-calm"),
                        (palette::STRAINED, "ui-legend-strained"),
                        (palette::CRITICAL, "ui-legend-critical"),
                        (palette::UNKNOWN, "ui-legend-unknown"),
                    ] {
                        let (r, painter) = ui.allocate_painter(egui::vec2(12.0, 12.0), egui::Sense::hover());
                        painter.rect_filled(r.rect, 2.0, colour);
                        ui.label(tr(lang, key));
                    }
                });
                ui.horizontal(|ui| {
                    let other = other(view.map);
                    let name = match other {
                        MapKind::Port => tr(lang, "ui-map-port"),
                        MapKind::World => tr(lang, "ui-map-world"),
                    };
                    if ui.button(name).clicked() {
                        view.map = other;
                    }
                    if ui.button(tr(lang, "ui-map-fit")).clicked() {
                        view.cameras[view.map as usize] = Default::default();
                    }
                });
            });
        },
    );
    // While the turn's report or the goals are up, they are what is read: no hover box over them.
    let (Some(hovered), Some(at), false, false) = (frame.hovered, pointer, blocked, reading) else { return };
    let Some(game) = playing.game.as_ref() else { return };
    let Some(known) = playing.view(playing.viewer()) else { return };
    let Some(text) = super::board::hover::text(&game.scenario, &known, hovered, lang) else { return };
    // Beside the pointer, flipped towards the middle near the board's edges.
    let right = at.x > central.center().x;
    let below = at.y > central.center().y;
    let pivot = match (right, below) {
        (false, false) => egui::Align2::LEFT_TOP,
        (true, false) => egui::Align2::RIGHT_TOP,
        (false, true) => egui::Align2::LEFT_BOTTOM,
        (true, true) => egui::Align2::RIGHT_BOTTOM,
    };
    let offset = egui::vec2(if right { -14.0 } else { 14.0 }, if below { -14.0 } else { 14.0 });
    egui::Area::new("board-hover".into())
        .order(egui::Order::Tooltip)
        .pivot(pivot)
        .fixed_pos(at + offset)
        .interactable(false)
        .show(&ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(420.0);
                ui.label(text);
            });
        });
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
pub fn top_bar(ui: &mut egui::Ui, settings: &Settings, playing: &Playing, side: Side) -> Option<Pick> {
    let game = playing.game.as_ref()?;
    // All of it as the side knows it: its own purse, the figures it may see.
    let known = playing.view(side)?;
    let mut pick = None;
    let (scn, world, lang) = (&game.scenario, &known.world, settings.lang);
    let (year, month) = scn.calendar.date(world.turn);
    let season = scn.calendar.seasons[scn.calendar.season(world.turn).index()].name.get(lang);
    ui.horizontal_wrapped(|ui| {
        let length = playing.phase_seconds(settings);
        if let (true, Some(clock)) = (length > 0, playing.phase_clock) {
            use super::timer::{left, text};
            let (seconds, urgency) = left(length, clock.started, ui.input(|i| i.time));
            let colour = super::timer::colour(ui.visuals(), urgency);
            ui.label(egui::RichText::new(text(lang, seconds, urgency)).strong().color(colour));
            ui.separator();
        }
        ui.strong(format!("{} {}/{}", tr(lang, "cli-turn"), world.turn + 1, world.turns(scn)));
        ui.label(format!("{year}-{month:02}, {season}"));
        ui.separator();
        ui.strong(describe::side(scn, side, lang));
        for (r, (def, value)) in scn.side(side).resources.iter().zip(&world.side(side).resources).enumerate() {
            // What the side has, as the cards say it ("you have 1.7"); on hover what comes in
            // each turn, by the rule that pays it.
            let income = crate::sim::resolve::income(scn, world, side, crate::sim::ResourceId(r as u16));
            let hint = tr_args(
                lang,
                "ui-resource-hint",
                &[
                    ("name", def.name.get(lang).into()),
                    ("value", number(lang, *value).into()),
                    ("income", number(lang, income).into()),
                ],
            );
            ui.label(format!("{} {}", def.name.get(lang), number(lang, *value))).on_hover_text(hint);
        }
        ui.label(format!("{} {}", tr(lang, "play-action-points"), world.side(side).action_points));
    });
    // The indicators on a line of their own, rather than wrapping wherever the width ends.
    ui.horizontal_wrapped(|ui| {
        for (i, (def, value)) in scn.indicators.iter().zip(&world.indicators).enumerate() {
            let text = format!("{} {}", def.name.get(lang), number(lang, *value));
            // On hover: what it is, which way helps whom, and what it rests on (clicked: the
            // sources themselves).
            let mut hint = vec![text.clone(), describe::indicator_stakes(scn, crate::sim::IndicatorId(i as u16), lang)];
            if let Some(first) = def.sources.first() {
                let about = super::board::hover::excerpt(scn.sources[first.index()].text.get(lang), 90);
                hint.push(tr_args(lang, "ui-sources-one", &[("first", about.into())]));
                hint.push(tr(lang, "ui-click-for-sources"));
            }
            let label = ui.add(egui::Label::new(text).sense(egui::Sense::click())).on_hover_text(hint.join("\n"));
            if let Some(first) = def.sources.first()
                && label.clicked()
            {
                pick = Some(Pick::Source(scn.sources[first.index()].key.clone()));
            }
        }
    });
    // The headline pressures: the most pressed place of each kind this side can see, coloured
    // and marked like the map; a click shows the place.
    ui.horizontal_wrapped(|ui| {
        ui.label(tr(lang, "ui-pressures"));
        for kind in crate::sim::StockKind::ALL {
            let Some((place, p)) = known.most_pressed_known(scn, kind) else { continue };
            let level = crate::sim::pressure::level(scn, kind, p);
            // On the projector's light background the same hues, darker, keep their contrast.
            let dark = ui.visuals().dark_mode;
            let (colour, mark) = match level {
                crate::sim::world::Level::Calm if dark => (palette::CALM, ""),
                crate::sim::world::Level::Calm => (egui::Color32::from_rgb(0, 94, 150), ""),
                crate::sim::world::Level::Strained if dark => (palette::STRAINED, " !"),
                crate::sim::world::Level::Strained => (egui::Color32::from_rgb(150, 95, 0), " !"),
                crate::sim::world::Level::Critical if dark => (palette::CRITICAL, " !!"),
                crate::sim::world::Level::Critical => (egui::Color32::from_rgb(170, 60, 0), " !!"),
            };
            let text = format!("{} {}{mark}", describe::kind(kind, lang), crate::i18n::percent(lang, p * 100.0));
            let label = egui::Label::new(egui::RichText::new(text).color(colour).strong()).sense(egui::Sense::click());
            // On hover: where, what the figure means and where the thresholds lie.
            let (strained, critical) = scn.pressure.thresholds(kind);
            let hint = tr_args(
                lang,
                "ui-pressure-hint",
                &[
                    ("kind", describe::kind(kind, lang).into()),
                    ("place", scn.place(place).name.get(lang).into()),
                    ("value", crate::i18n::percent(lang, p * 100.0).into()),
                    ("strained", crate::i18n::percent(lang, strained * 100.0).into()),
                    ("critical", crate::i18n::percent(lang, critical * 100.0).into()),
                ],
            );
            if ui.add(label).on_hover_text(hint).clicked() {
                pick = Some(Pick::Place(place));
            }
        }
    });
    goals_strip(ui, scn, &known, side, lang);
    pick
}

/// The endings nearest for the side to move: the two it can win by, the two that would end the
/// game against it; each with how far along it is, and on hover its condition in words; all
/// from `world` as the side knows it.
fn goals_strip(ui: &mut egui::Ui, scn: &crate::sim::Scenario, view: &crate::sim::View, side: Side, lang: Lang) {
    use crate::sim::scenario::Winner;
    let progress = crate::sim::progress::of_endings(scn, &view.world);
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
                let mut text = format!("{} {}", ending.name.get(lang), crate::i18n::percent(lang, (p * 100.0).round()));
                // An ending a vote decides: the vote's odds now, beside how near it is.
                if let Some(chance) = crate::sim::progress::draw_odds(scn, &view.world, crate::sim::EndingId(i as u16))
                {
                    text.push_str(&format!(" ({})", odds_text(lang, chance)));
                }
                let why = describe::condition_seen(scn, view, &ending.condition, &Default::default(), lang);
                // An ending against this side that comes near is a warning, in the pressure colours
                // and with the same marks.
                let mut rich = egui::RichText::new(text).strong();
                if !own && p >= 0.9 {
                    rich = egui::RichText::new(format!("{} !!", rich.text())).strong().color(palette::CRITICAL);
                } else if !own && p >= 0.75 {
                    rich = egui::RichText::new(format!("{} !", rich.text())).strong().color(palette::STRAINED);
                }
                ui.label(rich).on_hover_text(why);
            }
            ui.separator();
        }
    });
}

/// Every action of the side as a card: its icon, name and cost chips, one line of what it
/// does (the whole description on hover), then a button per legal target, or the reason it is
/// not possible. Returns the order whose button was clicked.
/// `selected` is the place selected on the map: its buttons stand out.
pub fn actions_panel(
    ui: &mut egui::Ui,
    playing: &Playing,
    selected: Option<crate::sim::PlaceId>,
    side: Side,
    lang: Lang,
) -> Option<Order> {
    let menu = playing.action_menu(side, lang)?;
    let pointed = match super::lesson::showing(playing, side) {
        Show::Action(a) => Some(a),
        _ => None,
    };
    let mut chosen: Option<Order> = None;
    // Played in teams: each team's cards under its name and the points it has left.
    let game = playing.game.as_ref()?;
    let scn = &game.scenario;
    let teams = game.world.teams && !scn.side(side).teams.is_empty();
    let mut rows: Vec<&ActionRow> = menu.iter().collect();
    if teams {
        rows.sort_by_key(|r| scn.team_of(r.action));
    }
    // Played team by team: the cards of the team at the keyboard only, under its objective,
    // which is its own (the other teams of the side do not see it).
    if let Some(now) = game.world.team_at.filter(|_| game.world.phase == Phase::Orders(side)) {
        rows.retain(|r| scn.team_of(r.action) == Some(now as usize));
        if let Some(objective) = scn.side(side).teams.get(now as usize).and_then(|t| t.objective.as_ref())
            && let Some(view) = playing.view(side)
        {
            // Worded from the side's view: a figure the side does not know reads as an estimate.
            let when = describe::condition_seen(scn, &view, &objective.condition, &Default::default(), lang);
            let line = tr_args(
                lang,
                "ui-team-objective",
                &[("objective", objective.name.get(lang).into()), ("when", when.into())],
            );
            ui.label(egui::RichText::new(line).italics());
        }
    }
    let mut heading = None;
    for row in rows {
        if teams && heading != Some(scn.team_of(row.action)) {
            let team = scn.team_of(row.action);
            heading = Some(team);
            if let Some(t) = team {
                let left = game.world.side(side).team_points.get(t).copied().unwrap_or(0);
                let args = [("team", scn.side(side).teams[t].name.get(lang).into()), ("points", left.into())];
                ui.add_space(4.0);
                ui.label(egui::RichText::new(tr_args(lang, "ui-team-heading", &args)).strong().size(16.0));
            }
        }
        let possible = !row.orders.is_empty();
        // A card that can be played stands out on its ground; one that cannot is only outlined
        // (its text greyed, its reason in colour). Leaving it unfilled also spares a software
        // renderer most of a panel's worth of pixels.
        let fill = if possible { ui.visuals().faint_bg_color } else { egui::Color32::TRANSPARENT };
        let mut card = egui::Frame::group(ui.style()).fill(fill).corner_radius(6.0);
        if pointed == Some(row.action) {
            // The card the guide talks about.
            card = card.stroke(egui::Stroke::new(3.0, GUIDE));
        }
        card.show(ui, |ui| {
            ui.set_width(ui.available_width());
            let card = ui.horizontal(|ui| {
                icon(ui, row.icon, 26.0, possible);
                ui.vertical(|ui| {
                    let name = egui::RichText::new(&row.name).strong().size(15.0);
                    ui.add_enabled(possible, egui::Label::new(name).wrap());
                    ui.horizontal_wrapped(|ui| {
                        for chip in &row.cost {
                            cost_chip(ui, chip, possible);
                        }
                        // A secret move says so: the other side will not see it until it comes out.
                        if let Some((chip, why)) = &row.secret {
                            secret_chip(ui, chip).on_hover_text(why);
                        }
                        // The odds of its draws as things stand, and what moves them, before choosing.
                        for (chip, why) in &row.odds {
                            odds_chip(ui, chip, possible).on_hover_text(why);
                        }
                    });
                });
            });
            // On hover: the level's description, then what the rules do, effect by effect.
            let details = if row.effects.is_empty() {
                row.description.clone()
            } else {
                format!("{}\n\n{}\n• {}", row.description, tr(lang, "ui-effects"), row.effects.join("\n• "))
            };
            card.response.on_hover_text(&details);
            ui.add(egui::Label::new(egui::RichText::new(&row.summary).weak()).wrap()).on_hover_text(&details);
            // The first two effects on the card itself: what it does, before it is chosen.
            for line in row.brief.iter().take(2) {
                ui.add(egui::Label::new(egui::RichText::new(format!("• {line}")).small()).wrap());
            }
            if possible {
                // The place selected on the map comes first and stands out; a long list of
                // targets (any place of both maps) shows a few and folds the rest, so that one
                // card does not push every other off the screen.
                let picked =
                    |order: &Order| matches!(order.target, crate::sim::Target::Place(p) if Some(p) == selected);
                let mut orders: Vec<&Choice> = row.orders.iter().collect();
                if let Some(i) = orders.iter().position(|c| picked(&c.order)) {
                    let first = orders.remove(i);
                    orders.insert(0, first);
                }
                let shown = if orders.len() > TARGETS_SHOWN + 2 { TARGETS_SHOWN } else { orders.len() };
                let (first, rest) = orders.split_at(shown);
                let mut buttons = |ui: &mut egui::Ui, orders: &[&Choice]| {
                    ui.horizontal_wrapped(|ui| {
                        for choice in orders {
                            let on = picked(&choice.order);
                            let label = &choice.label;
                            let text =
                                if on { egui::RichText::new(label).strong() } else { egui::RichText::new(label) };
                            // A long target (a project named with its place) wraps rather
                            // than widening the whole panel.
                            let mut button = ui.add(egui::Button::new(text).selected(on).wrap());
                            if !choice.here.is_empty() {
                                button = button.on_hover_text(&choice.here);
                            }
                            if button.clicked() {
                                chosen = Some(choice.order);
                            }
                        }
                    });
                };
                buttons(ui, first);
                if !rest.is_empty() {
                    // Places can be picked on the map instead, and the card says so.
                    let places = rest.iter().all(|c| matches!(c.order.target, crate::sim::Target::Place(_)));
                    let key = if places { "ui-more-places" } else { "ui-more-targets" };
                    let more = tr_args(lang, key, &[("n", (rest.len() as u32).into())]);
                    egui::CollapsingHeader::new(more)
                        .id_salt(("more-targets", row.action.index()))
                        .show(ui, |ui| buttons(ui, rest));
                    // Under the header rather than in it: a header does not wrap, and a long
                    // one set the width of the whole panel.
                    if places {
                        let hint = egui::RichText::new(tr(lang, "ui-or-click-map")).small().weak();
                        ui.add(egui::Label::new(hint).wrap());
                    }
                }
            } else {
                // Why not, in full: a refusal must be read, not guessed.
                let refusal = egui::RichText::new(&row.refusal).italics().color(ui.visuals().warn_fg_color);
                ui.add(egui::Label::new(refusal).wrap());
            }
        });
        ui.add_space(2.0);
    }
    chosen
}

/// Targets shown on a card before the rest are folded away (unless only one or two more).
const TARGETS_SHOWN: usize = 6;

/// An icon of the board's set, drawn into the panel as an egui mesh on a round badge.
pub fn icon(ui: &mut egui::Ui, icon: crate::sim::scenario::Icon, size: f32, bright: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let badge = super::board::palette::badge(icon).to_srgba();
    let to8 = |c: f32| (c * 255.0).round() as u8;
    let mut fill = egui::Color32::from_rgb(to8(badge.red), to8(badge.green), to8(badge.blue));
    if !bright {
        fill = fill.gamma_multiply(0.5);
    }
    let painter = ui.painter_at(rect);
    painter.circle_filled(rect.center(), size / 2.0, fill);
    let (points, indices) = super::board::icons::triangles(icon, size * 0.62);
    let colour = if bright { egui::Color32::WHITE } else { egui::Color32::from_gray(160) };
    let mut mesh = egui::Mesh::default();
    for p in points {
        // The glyph's y runs up; the screen's runs down.
        mesh.colored_vertex(rect.center() + egui::vec2(p[0], -p[1]), colour);
    }
    mesh.indices = indices;
    painter.add(egui::Shape::mesh(mesh));
}

/// One cost as a small rounded chip: "110 capital (M€)".
fn cost_chip(ui: &mut egui::Ui, text: &str, possible: bool) {
    let fill = if possible { egui::Color32::from_rgb(60, 70, 90) } else { egui::Color32::from_gray(70) };
    let fill = if ui.visuals().dark_mode { fill } else { egui::Color32::from_rgb(225, 230, 240) };
    chip(ui, text, fill);
}

/// A secret action's mark, as a dark chip.
fn secret_chip(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let fill =
        if ui.visuals().dark_mode { egui::Color32::from_rgb(30, 30, 38) } else { egui::Color32::from_rgb(60, 60, 70) };
    let text = egui::RichText::new(text).color(egui::Color32::WHITE);
    chip_rich(ui, text, fill)
}

/// The odds of a draw, as a chip of its own colour.
fn odds_chip(ui: &mut egui::Ui, text: &str, possible: bool) -> egui::Response {
    let fill = if ui.visuals().dark_mode {
        egui::Color32::from_rgb(80, 60, 100)
    } else {
        egui::Color32::from_rgb(235, 225, 245)
    };
    let fill = if possible { fill } else { fill.gamma_multiply(0.6) };
    chip(ui, text, fill)
}

/// A short text on a rounded ground, placed whole: its size is measured first, so that a row
/// of chips wraps before one that does not fit. (A frame laid out in what is left of a row
/// squeezed its text into a column of letters, past the panel's edge, and widened the panel.)
fn chip(ui: &mut egui::Ui, text: &str, fill: egui::Color32) -> egui::Response {
    chip_rich(ui, egui::RichText::new(text), fill)
}

/// [`chip`], with the text's colour chosen.
fn chip_rich(ui: &mut egui::Ui, text: egui::RichText, fill: egui::Color32) -> egui::Response {
    let margin = egui::Margin::symmetric(6, 1);
    let galley = egui::WidgetText::from(text.size(13.0)).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    );
    let size = galley.size() + margin.sum();
    ui.allocate_ui(size, |ui| {
        egui::Frame::NONE.fill(fill).corner_radius(8.0).inner_margin(margin).show(ui, |ui| ui.label(galley)).response
    })
    .inner
}

/// One action as the actions panel shows it.
pub struct ActionRow {
    pub action: crate::sim::ActionId,
    pub name: String,
    /// Name and cost, in one line (for the terminal and the tests).
    pub title: String,
    /// Each cost, as a chip.
    pub cost: Vec<String>,
    /// Each draw's odds now, as a chip, with what raises or lowers them.
    pub odds: Vec<(String, String)>,
    /// For a secret action, its mark and what it means.
    pub secret: Option<(String, String)>,
    pub icon: crate::sim::scenario::Icon,
    /// What it does, in one line.
    pub summary: String,
    /// What it does, effect by effect, in the core's words (a project's, step by step).
    pub effects: Vec<String>,
    /// The same, short enough for the card (conditions left to the hover).
    pub brief: Vec<String>,
    pub description: String,
    /// The legal orders, each with its button's label and what it brings at its target.
    pub orders: Vec<Choice>,
    /// Why the action cannot be taken, when no order is legal.
    pub refusal: String,
}

/// What an order brings at its target, for its button's hover: its effects there (a project's
/// steps are left to the card) and its odds there.
fn what_it_brings(
    scn: &crate::sim::Scenario,
    view: &crate::sim::View,
    def: &crate::sim::scenario::ActionDef,
    order: &Order,
    lang: Lang,
) -> String {
    let ctx = orders::context(&view.world, order.target);
    let effects = describe::effects_here(scn, view, &def.effects, &ctx, lang);
    let mut lines = Vec::new();
    if !effects.is_empty() {
        lines.push(tr_args(lang, "ui-target-here", &[("effects", effects.join(", ").into())]));
    } else if !def.effects.is_empty() && def.project.is_none() {
        lines.push(tr(lang, "ui-target-nothing"));
    }
    for o in crate::sim::odds::of_order(scn, &view.world, order.action, &ctx) {
        lines.push(odds_text(lang, o.chance));
    }
    lines.join("\n")
}

/// A chance in words, as every odds chip and hint says it: "odds 12%".
fn odds_text(lang: Lang, chance: f64) -> String {
    tr_args(lang, "ui-odds", &[("chance", crate::i18n::percent(lang, (chance * 100.0).round()).into())])
}

/// One legal order of a card: its button's label, and on hover what it brings at that target
/// (the effects whose conditions hold there, as the side knows the world, and its odds there).
#[derive(Clone, Debug)]
pub struct Choice {
    pub order: Order,
    pub label: String,
    pub here: String,
}

/// The first sentence of a text, or its first `max` characters ending in "…".
pub fn first_line(text: &str, max: usize) -> String {
    let end = text.find(". ").map(|i| i + 1).unwrap_or(text.len());
    let sentence = &text[..end];
    if sentence.chars().count() <= max {
        return sentence.to_owned();
    }
    let cut: String = sentence.chars().take(max).collect();
    // At a word's end, not inside one.
    let cut = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]).trim_end_matches([',', ';', ':']).to_owned();
    format!("{cut}…")
}

/// Every action of `side`, checked against the world as that side knows it (its view): a card
/// never lights up on the other side's secret, nor offers a target the side does not know of.
/// The orders come back in the game's terms.
pub fn action_rows(scn: &crate::sim::Scenario, view: &crate::sim::View, side: Side, lang: Lang) -> Vec<ActionRow> {
    let world = &view.world;
    scn.actions_of(side)
        .map(|(action, def)| {
            let options = orders::action_options(scn, world, side, action);
            let orders: Vec<Choice> = options
                .legal
                .iter()
                .filter_map(|o| {
                    let label = match o.target {
                        crate::sim::Target::None => tr(lang, "ui-do-it"),
                        target => describe::target(scn, world, target, lang),
                    };
                    let here = what_it_brings(scn, view, def, o, lang);
                    Some(Choice { order: view.game_order(*o)?, label, here })
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
            let names = &scn.side(side).resources;
            let cost = def
                .cost
                .iter()
                .map(|(r, c)| format!("{} {}", number(lang, *c), names[r.index()].name.get(lang)))
                .collect();
            let icon = def.icon.unwrap_or(match side {
                Side::Builder if def.project.is_some() => crate::sim::scenario::Icon::DataCentre,
                Side::Builder => crate::sim::scenario::Icon::Money,
                Side::Collective => crate::sim::scenario::Icon::Workers,
            });
            // The odds of a card that can be played, for its first target (a refused card has
            // none to show: a moratorium already voted has no chance left to draw).
            let first = options.legal.first().map(|o| orders::context(world, o.target));
            let odds = first
                .map(|ctx| crate::sim::odds::of_order(scn, world, action, &ctx))
                .unwrap_or_default()
                .into_iter()
                .map(|o| {
                    let chip = odds_text(lang, o.chance);
                    let names = |ids: &[crate::sim::IndicatorId]| {
                        ids.iter().map(|i| scn.indicators[i.index()].name.get(lang)).collect::<Vec<_>>().join(", ")
                    };
                    let mut why = Vec::new();
                    if !o.raised_by.is_empty() {
                        why.push(tr_args(lang, "ui-odds-raised", &[("names", names(&o.raised_by).into())]));
                    }
                    if !o.lowered_by.is_empty() {
                        why.push(tr_args(lang, "ui-odds-lowered", &[("names", names(&o.lowered_by).into())]));
                    }
                    if why.is_empty() {
                        why.push(tr(lang, "ui-odds-fixed"));
                    }
                    (chip, why.join("\n"))
                })
                .collect();
            let mut effects = describe::effects(scn, world, &def.effects, lang);
            let mut brief = describe::effects_brief(scn, world, &def.effects, lang);
            if let Some(project) = &def.project {
                for step in &project.milestones {
                    let done = describe::effects(scn, world, &step.on_complete, lang);
                    if !done.is_empty() {
                        effects.push(labelled(lang, step.name.get(lang), &done.join(", ")));
                    }
                    let short = describe::effects_brief(scn, world, &step.on_complete, lang);
                    if !short.is_empty() {
                        brief.push(labelled(lang, step.name.get(lang), &short.join(", ")));
                    }
                }
            }
            let secret = def.secret.then(|| (tr(lang, "ui-secret"), tr(lang, "ui-secret-hint")));
            ActionRow {
                secret,
                effects,
                brief,
                action,
                odds,
                name: def.name.get(lang).to_owned(),
                title: format!("{} [{}]", def.name.get(lang), describe::cost(scn, action, lang)),
                cost,
                icon,
                summary: first_line(def.description.get(lang), 90),
                description: def.description.get(lang).to_owned(),
                orders,
                refusal,
            }
        })
        .collect()
}
