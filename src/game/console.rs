//! The facilitator's console: a window of its own, "Nuage — facilitator", for the laptop's
//! screen while the main window is on the projector (`game::public`). It holds the phase's
//! clock (stop, one more minute, end the phase now, what happens at zero), the facilitator's
//! acts on the game (take back a turn, call a card for the next turn, end after this turn,
//! notes), every side's purse and secrets, and the keyboard for the side in phase: its people
//! come to the laptop, are asked to take it (nothing of theirs shows before), and give their
//! orders there.

use bevy::camera::RenderTarget;
use bevy::ecs::schedule::ScheduleLabel;
use bevy::prelude::*;
use bevy::window::{WindowCloseRequested, WindowRef};
use bevy_egui::{EguiContext, EguiSchedule, egui};

use super::session::Seat;
use super::{Go, Playing, Screen, Settings, ViewState};
use crate::i18n::{Lang, number, percent, tr, tr_args};
use crate::sim::{EventId, Phase, PlaceId, Side, Viewer, describe, pressure, visibility};

/// What the facilitator does from the console, carried out by the flow (`Playing::facilitate`).
#[derive(Clone, Debug, PartialEq)]
pub enum Act {
    /// Set the game back to the start of this turn, or of the one before (`sim::facilitator`).
    TakeBack,
    /// Play this card of the level at the start of the next turn.
    Call(EventId),
    /// End the game by the score when this turn resolves.
    EndAfterThisTurn,
    /// Keep a note on this turn.
    Note(String),
    /// Stop or start the phase's clock.
    StopClock(bool),
    /// Give the phase one more minute.
    MoreTime,
    /// At zero, end the phase by itself (true) or wait for the facilitator (false).
    AtZeroEnds(bool),
}

/// The console's schedule: its egui context's pass, run by bevy_egui for the console's camera.
#[derive(ScheduleLabel, Clone, Debug, PartialEq, Eq, Hash)]
pub struct ConsolePass;

/// The console's window.
#[derive(Component)]
pub struct ConsoleWindow;

/// The camera that draws the console's egui (and nothing else) into its window.
#[derive(Component)]
pub struct ConsoleCamera;

/// What the console shows, apart from the game.
#[derive(Resource, Default)]
pub struct ConsoleView {
    pub tab: Tab,
    /// The note being typed.
    pub note: String,
    /// The card chosen to call.
    pub card: Option<EventId>,
    /// The phase last shown: a new phase of people brings their keyboard tab forward.
    seen_phase: Option<(u32, Phase, Option<u8>)>,
}

/// The console's two faces.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// The facilitator's own: every side's purse and secrets, the whole log, notes.
    #[default]
    Facilitator,
    /// The side in phase at the keyboard: its view only, its orders.
    Keyboard,
}

/// The console's window, its drawing, and closing rules; the window exists while a facilitated
/// game is on the play or debrief screen.
pub fn plugin(app: &mut App) {
    app.init_resource::<ConsoleView>()
        .add_systems(Update, keep_window.run_if(resource_changed::<Playing>.or_eager(state_changed::<Screen>)))
        .add_systems(ConsolePass, draw);
}

/// Whether the console belongs on screen now.
fn wanted(playing: &Playing, screen: Screen) -> bool {
    playing.facilitated && playing.game.is_some() && matches!(screen, Screen::Play | Screen::Debrief)
}

/// Opens the console's window and camera when a facilitated game is on, closes them after.
pub fn keep_window(
    mut commands: Commands,
    playing: Res<Playing>,
    screen: Res<State<Screen>>,
    settings: Res<Settings>,
    windows: Query<Entity, With<ConsoleWindow>>,
    cameras: Query<Entity, With<ConsoleCamera>>,
) {
    let want = wanted(&playing, *screen.get());
    if want && windows.is_empty() {
        let window = commands
            .spawn((
                Window { title: tr(settings.lang, "console-title"), resolution: (1280, 800).into(), ..default() },
                ConsoleWindow,
            ))
            .id();
        commands.spawn((
            Camera2d,
            Camera { order: 2, ..default() },
            RenderTarget::Window(WindowRef::Entity(window)),
            Msaa::Off,
            // Egui only: no entity of the board is on this layer.
            bevy::camera::visibility::RenderLayers::layer(31),
            EguiSchedule::new(ConsolePass),
            ConsoleCamera,
        ));
    } else if !want {
        for entity in windows.iter().chain(cameras.iter()) {
            commands.entity(entity).despawn();
        }
    }
}

/// Closing the main window quits; the console closes with its game, not on its own (a
/// facilitator who closed it by mistake would lose the clock and the sides' keyboard).
pub fn close_requested(
    mut requests: MessageReader<WindowCloseRequested>,
    consoles: Query<(), With<ConsoleWindow>>,
    mut exit: MessageWriter<AppExit>,
) {
    for request in requests.read() {
        if consoles.get(request.window).is_err() {
            exit.write(AppExit::Success);
        }
    }
}

/// Draws the console in its own egui context; lends the shell's state as the play screen does,
/// marking it changed only when what others follow of it changed.
fn draw(
    mut context: Single<&mut EguiContext, With<ConsoleCamera>>,
    settings: Res<Settings>,
    scale: Res<super::settings::TextScale>,
    mut playing: ResMut<Playing>,
    mut view: ResMut<ViewState>,
    mut console: ResMut<ConsoleView>,
    mut asks: MessageWriter<Go>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    use bevy::ecs::change_detection::DetectChangesMut;
    let ctx = context.get_mut().clone();
    if !settings.apply_style(&ctx, scale.0) {
        redraw.write(bevy::window::RequestRedraw);
        return;
    }
    let (playing_before, view_before) = (playing.screen_stamp(), view.board_stamp());
    let mut root = super::screen_root(&ctx);
    let (table, shown) = (playing.bypass_change_detection(), view.bypass_change_detection());
    let go = egui::CentralPanel::default().show(&mut root, |ui| panel(ui, &settings, table, shown, &mut console)).inner;
    if playing.screen_stamp() != playing_before {
        playing.set_changed();
    }
    if view.board_stamp() != view_before {
        view.set_changed();
    }
    super::send(go, &mut asks, &mut redraw);
}

/// The whole console, for one frame. Returns what it asks of the game.
pub fn panel(
    ui: &mut egui::Ui,
    settings: &Settings,
    playing: &mut Playing,
    view: &mut ViewState,
    console: &mut ConsoleView,
) -> Option<Go> {
    let lang = settings.lang;
    let Some(game) = playing.game.as_ref() else {
        ui.heading(tr(lang, "console-no-game"));
        return None;
    };
    let phase = game.world.phase;
    // A new phase of people: their keyboard comes forward (behind the hand-over); a phase of
    // a computer or the ending: the facilitator's own face.
    let seen = Some((game.world.turn, phase, game.world.team_at));
    if console.seen_phase != seen {
        console.seen_phase = seen;
        console.tab = match phase {
            Phase::Orders(side) if playing.seat_at_keyboard(side) == Seat::Human => Tab::Keyboard,
            _ => Tab::Facilitator,
        };
    }
    let mut go = None;
    egui::Panel::top("console-controls").show(ui, |ui| {
        go = controls(ui, settings, playing, console);
        if let Some(why) = playing.refused {
            ui.colored_label(egui::Color32::from_rgb(213, 94, 0), refusal(lang, why));
        }
    });
    let in_phase = match phase {
        Phase::Orders(side) if playing.seat_at_keyboard(side) == Seat::Human => Some(side),
        _ => None,
    };
    ui.horizontal(|ui| {
        ui.selectable_value(&mut console.tab, Tab::Facilitator, tr(lang, "console-tab-facilitator"));
        if let Some(side) = in_phase {
            let name = describe::side(&playing.game.as_ref()?.scenario, side, lang);
            ui.selectable_value(
                &mut console.tab,
                Tab::Keyboard,
                tr_args(lang, "console-tab-keyboard", &[("side", name.into())]),
            );
        }
        Some(())
    });
    ui.separator();
    let asked = match (console.tab, in_phase) {
        (Tab::Keyboard, Some(side)) => keyboard(ui, settings, playing, view, side),
        _ => facilitator(ui, playing, console, lang),
    };
    go.or(asked)
}

/// Why an act was refused, in words.
fn refusal(lang: Lang, why: crate::sim::facilitator::Refused) -> String {
    use crate::sim::facilitator::Refused;
    let key = match why {
        Refused::NothingToTakeBack => "console-refused-take-back",
        Refused::GameOver => "console-refused-over",
        Refused::UnknownCard => "console-refused-card",
        Refused::TooManyCalled => "console-refused-too-many",
        Refused::AlreadyLast => "console-refused-last",
        Refused::Note => "console-refused-note",
    };
    tr(lang, key)
}

/// The clock and the facilitator's acts.
fn controls(ui: &mut egui::Ui, settings: &Settings, playing: &Playing, console: &mut ConsoleView) -> Option<Go> {
    let lang = settings.lang;
    let game = playing.game.as_ref()?;
    let scn = &game.scenario;
    let mut go = None;
    ui.horizontal_wrapped(|ui| {
        ui.heading(super::public::turn_line(lang, scn, &game.world));
        let phase = match game.world.phase {
            Phase::Orders(side) => {
                let who = describe::side(scn, side, lang);
                let key = if playing.computer_in_phase() { "public-phase-computer" } else { "public-phase" };
                tr_args(lang, key, &[("side", who.into())])
            }
            Phase::Ended => tr(lang, "console-over"),
        };
        ui.label(egui::RichText::new(phase).strong());
    });
    let people_in_phase = matches!(game.world.phase, Phase::Orders(_)) && !playing.computer_in_phase();
    ui.horizontal_wrapped(|ui| {
        let length = playing.phase_seconds(settings);
        let clock =
            playing.phase_clock.filter(|c| Phase::Orders(c.side) == game.world.phase && c.turn == game.world.turn);
        match (length > 0, clock) {
            (true, Some(clock)) if people_in_phase => {
                use super::timer::{left, text};
                let (seconds, urgency) = left(length, clock.started, ui.input(|i| i.time));
                ui.label(egui::RichText::new(text(lang, seconds, urgency)).size(20.0).strong());
            }
            (true, _) => {}
            (false, _) => {
                ui.label(tr(lang, "console-no-clock"));
            }
        }
        let stop_key = if playing.clock_stopped { "console-clock-start" } else { "console-clock-stop" };
        if ui.add_enabled(length > 0, egui::Button::new(tr(lang, stop_key))).clicked() {
            go = Some(Go::Facilitate(Act::StopClock(!playing.clock_stopped)));
        }
        if ui.add_enabled(length > 0 && people_in_phase, egui::Button::new(tr(lang, "console-more-time"))).clicked() {
            go = Some(Go::Facilitate(Act::MoreTime));
        }
        if ui.add_enabled(people_in_phase, egui::Button::new(tr(lang, "console-end-phase"))).clicked() {
            go = Some(Go::EndPhase);
        }
        let mut ends = playing.at_zero_ends;
        if ui.add_enabled(length > 0, egui::Checkbox::new(&mut ends, tr(lang, "console-at-zero-ends"))).changed() {
            go = Some(Go::Facilitate(Act::AtZeroEnds(ends)));
        }
    });
    let playing_on = game.world.phase != Phase::Ended;
    ui.horizontal_wrapped(|ui| {
        let back = game.take_back_to();
        let label = match back {
            Some(turn) => tr_args(lang, "console-take-back", &[("turn", (turn + 1).into())]),
            None => tr(lang, "console-take-back-none"),
        };
        if ui.add_enabled(back.is_some(), egui::Button::new(label)).clicked() {
            go = Some(Go::Facilitate(Act::TakeBack));
        }
        let last = game.world.turn + 1 >= game.world.turns(scn);
        let end = ui.add_enabled(playing_on && !last, egui::Button::new(tr(lang, "console-end-after")));
        if end.on_hover_text(tr(lang, "console-end-after-hint")).clicked() {
            go = Some(Go::Facilitate(Act::EndAfterThisTurn));
        }
        ui.separator();
        let chosen = console.card.and_then(|e| scn.events.get(e.index())).map(|e| e.name.get(lang).to_owned());
        egui::ComboBox::from_id_salt("console-card")
            .selected_text(chosen.unwrap_or_else(|| tr(lang, "console-card-choose")))
            .width(260.0)
            .show_ui(ui, |ui| {
                for (i, event) in scn.events.iter().enumerate() {
                    ui.selectable_value(&mut console.card, Some(EventId(i as u16)), event.name.get(lang));
                }
            });
        let call = ui.add_enabled(playing_on && console.card.is_some(), egui::Button::new(tr(lang, "console-call")));
        if call.clicked()
            && let Some(card) = console.card.take()
        {
            go = Some(Go::Facilitate(Act::Call(card)));
        }
        if !game.world.called.is_empty() {
            let names: Vec<&str> = game.world.called.iter().map(|e| scn.events[e.index()].name.get(lang)).collect();
            ui.label(tr_args(lang, "console-called", &[("cards", names.join(", ").into())]));
        }
    });
    go
}

/// The facilitator's own face: each side's purse and secrets, the figures the public does not
/// know, the notes, and the whole log.
fn facilitator(ui: &mut egui::Ui, playing: &Playing, console: &mut ConsoleView, lang: Lang) -> Option<Go> {
    let game = playing.game.as_ref()?;
    let scn = &game.scenario;
    let world = &game.world;
    let public = playing.view(Viewer::Public)?;
    let mut kept = None;
    ui.columns(2, |columns| {
        egui::ScrollArea::vertical().id_salt("console-secrets").show(&mut columns[0], |ui| {
            for side in Side::BOTH {
                ui.heading(describe::side(scn, side, lang));
                ui.horizontal_wrapped(|ui| {
                    for (def, value) in scn.side(side).resources.iter().zip(&world.side(side).resources) {
                        ui.label(format!("{} {}", def.name.get(lang), number(lang, *value)));
                    }
                    ui.label(format!("{} {}", tr(lang, "play-action-points"), world.side(side).action_points));
                });
                let secrets: Vec<String> = world
                    .projects
                    .iter()
                    .filter(|p| p.side == side && p.secret)
                    .map(|p| {
                        let name = describe::project(scn, world, p.id, lang);
                        let known = visibility::sees_project(world, Viewer::Public, p.id);
                        tr_args(
                            lang,
                            if known { "console-secret-out" } else { "console-secret-kept" },
                            &[("project", name.into())],
                        )
                    })
                    .collect();
                if secrets.is_empty() {
                    ui.label(egui::RichText::new(tr(lang, "console-no-secret")).weak());
                }
                for line in secrets {
                    ui.label(line);
                }
                ui.add_space(8.0);
            }
            let objectives = if world.teams { describe::objectives(scn, world, lang) } else { Vec::new() };
            if !objectives.is_empty() {
                ui.heading(tr(lang, "ui-objectives"));
                for line in objectives {
                    ui.label(line);
                }
                ui.add_space(8.0);
            }
            ui.heading(tr(lang, "console-hidden-figures"));
            let mut any = false;
            for (p, stocks) in world.stocks.iter().enumerate() {
                for (s, stock) in stocks.iter().enumerate() {
                    if !stock.hidden {
                        continue;
                    }
                    any = true;
                    let place = PlaceId(p as u16);
                    let real = pressure::of_stock(scn, world, stock);
                    let believed = pressure::of_stock(scn, &public.world, &public.world.stocks[p][s]);
                    ui.label(tr_args(
                        lang,
                        "console-hidden-figure",
                        &[
                            ("kind", describe::kind(stock.kind, lang).into()),
                            ("place", scn.place(place).name.get(lang).into()),
                            ("real", percent(lang, real * 100.0).into()),
                            ("believed", percent(lang, believed * 100.0).into()),
                        ],
                    ));
                }
            }
            if !any {
                ui.label(egui::RichText::new(tr(lang, "console-none-hidden")).weak());
            }
        });
        let ui = &mut columns[1];
        let prompts = game.prompts_after();
        if !prompts.is_empty() {
            ui.heading(tr(lang, "public-discuss"));
            for prompt in prompts {
                ui.label(prompt.get(lang));
            }
            ui.add_space(6.0);
        }
        ui.heading(tr(lang, "console-notes"));
        ui.add(egui::TextEdit::multiline(&mut console.note).desired_rows(3).desired_width(f32::INFINITY));
        if ui.add_enabled(!console.note.trim().is_empty(), egui::Button::new(tr(lang, "console-keep-note"))).clicked() {
            kept = Some(std::mem::take(&mut console.note));
        }
        for note in game.history.notes.iter().rev().take(6) {
            ui.label(format!("{} {} — {}", tr(lang, "cli-turn"), note.turn + 1, note.text));
        }
        ui.separator();
        ui.heading(tr(lang, "ui-log"));
        let lines = playing.log_lines(Viewer::Facilitator, lang);
        egui::ScrollArea::vertical().id_salt("console-log").show(ui, |ui| {
            for (text, _) in lines.iter().flat_map(|l| l.iter()) {
                ui.label(text);
            }
        });
    });
    kept.map(|text| Go::Facilitate(Act::Note(text)))
}

/// The side in phase at the keyboard: first asked to take it, then its top bar, its actions,
/// its projects and log, its report and goals, and the end of its phase.
fn keyboard(
    ui: &mut egui::Ui,
    settings: &Settings,
    playing: &mut Playing,
    view: &mut ViewState,
    side: Side,
) -> Option<Go> {
    let lang = settings.lang;
    let scn = playing.game.as_ref()?.scenario.clone();
    if playing.hand_over == Some(side) {
        let line =
            playing.game.as_ref().map_or_else(String::new, |g| super::play::hand_over_line(&scn, &g.world, side, lang));
        if super::play::hand_over(ui, &line, 60.0, lang) {
            playing.hand_over = None;
        }
        return None;
    }
    let mut go = None;
    let mut pick = super::play::top_bar(ui, settings, playing, side);
    ui.horizontal(|ui| {
        if ui.button(egui::RichText::new(tr(lang, "ui-end-turn")).size(18.0)).clicked() {
            go = Some(Go::EndPhase);
        }
        ui.toggle_value(&mut view.goals_open, tr(lang, "ui-goals"));
    });
    ui.separator();
    ui.columns(2, |columns| {
        egui::ScrollArea::vertical().id_salt("console-actions").show(&mut columns[0], |ui| {
            if let Some(order) = super::play::actions_panel(ui, playing, view.selected, side, lang) {
                go = Some(Go::Give(order));
            }
        });
        if let Some(p) = super::side_panel::show(&mut columns[1], playing, view.selected, side, lang) {
            pick = Some(p);
        }
    });
    if let Some(super::side_panel::Pick::Place(place)) = pick {
        view.selected = Some(place);
        view.map = scn.place(place).map;
    }
    super::report::window(ui.ctx(), playing, side, lang);
    super::goals::window(ui.ctx(), playing, view, side, lang);
    go
}
