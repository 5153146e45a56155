//! `nuage bench-frames`: how long the game takes to show an interactive title screen, and how
//! long a frame of the play screen takes on each map, against an empty Bevy + egui window
//! measured the same way. Frames are drawn continuously while measuring (the game itself
//! redraws only on input), so the figures are the cost of one redraw.

use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::session::Seat;
use super::{Screen, Session};
use crate::ai::Difficulty;
use crate::policy::PolicyKind;
use crate::sim::scenario::MapKind;

/// Frames left to settle after a change of screen or map before timing starts.
const SETTLE: u32 = 30;

/// What the benchmark measures, set from the command line.
#[derive(Resource, Clone)]
pub struct BenchFrames {
    pub frames: u32,
    /// When the process started, for the launch time.
    pub started: Instant,
}

/// The figures gathered so far.
#[derive(Resource, Default)]
struct Figures {
    launch: Option<Duration>,
    port: Vec<Duration>,
    world: Vec<Duration>,
}

/// Where the walk through the benchmark stands.
#[derive(Default)]
struct Walk {
    frame: u32,
    last: Option<Instant>,
    step: Step,
    since: u32,
}

#[derive(Default, PartialEq, Clone, Copy)]
enum Step {
    #[default]
    Title,
    SettlePort,
    Port,
    SettleWorld,
    World,
}

pub struct BenchPlugin {
    pub bench: BenchFrames,
}

impl Plugin for BenchPlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(WinitSettings::continuous())
            .insert_resource(self.bench.clone())
            .init_resource::<Figures>()
            .add_systems(Last, walk_and_time);
    }
}

/// Runs once a frame, at its end: times the frame and moves the walk on.
fn walk_and_time(
    mut walk: Local<Walk>,
    bench: Res<BenchFrames>,
    mut figures: ResMut<Figures>,
    mut session: ResMut<Session>,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) {
    let now = Instant::now();
    let took = walk.last.map(|last| now - last);
    walk.last = Some(now);
    walk.frame += 1;
    walk.since += 1;
    match walk.step {
        // The title was laid out in the first frame; with pipelined rendering it is on screen
        // once the third frame ends.
        Step::Title if walk.frame == 3 => {
            figures.launch = Some(now - bench.started);
            session.chosen = session.levels.iter().position(|l| l.path.ends_with("marseille.ron")).unwrap_or(0);
            session.seats = [Seat::Human, Seat::Computer(PolicyKind::Ai(Difficulty::Medium))];
            if !session.start() {
                error!("no playable level in levels/: nothing to measure");
                exit.write(AppExit::error());
                return;
            }
            session.map = MapKind::Port;
            // The first turn's report would cover the map; it is measured closed.
            session.reported = [u32::MAX; 2];
            next.set(Screen::Play);
            walk.step = Step::SettlePort;
            walk.since = 0;
        }
        Step::SettlePort if walk.since >= SETTLE => {
            walk.step = Step::Port;
            walk.since = 0;
        }
        Step::Port => {
            figures.port.extend(took);
            if figures.port.len() as u32 >= bench.frames {
                session.map = MapKind::World;
                walk.step = Step::SettleWorld;
                walk.since = 0;
            }
        }
        Step::SettleWorld if walk.since >= SETTLE => {
            walk.step = Step::World;
            walk.since = 0;
        }
        Step::World => {
            figures.world.extend(took);
            if figures.world.len() as u32 >= bench.frames {
                print_figures(&figures);
                exit.write(AppExit::Success);
            }
        }
        _ => {}
    }
}

/// Mean, median and 95th percentile of frame times, in milliseconds.
pub fn summary(times: &[Duration]) -> String {
    if times.is_empty() {
        return String::from("no frames");
    }
    let mut ms: Vec<f64> = times.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
    ms.sort_by(f64::total_cmp);
    let mean = ms.iter().sum::<f64>() / ms.len() as f64;
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    format!("mean {mean:.2} ms, median {:.2} ms, p95 {:.2} ms over {} frames", at(0.5), at(0.95), ms.len())
}

fn print_figures(figures: &Figures) {
    if let Some(launch) = figures.launch {
        println!("launch to interactive title: {:.0} ms", launch.as_secs_f64() * 1000.0);
    }
    println!("play screen, port map:  {}", summary(&figures.port));
    println!("play screen, world map: {}", summary(&figures.world));
}

/// The reference: a window with Bevy and egui and nothing in it, timed the same way.
pub fn run_empty_window(frames: u32, started: Instant) -> AppExit {
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(super::window_plugin((1280, 720), true)))
        .add_plugins(bevy_egui::EguiPlugin::default())
        .insert_resource(WinitSettings::continuous())
        .insert_resource(BenchFrames { frames, started })
        .add_systems(Startup, |mut commands: Commands| {
            commands.spawn(Camera2d);
        })
        .add_systems(EguiPrimaryContextPass, empty_panel)
        .add_systems(Last, time_empty);
    app.run()
}

fn empty_panel(mut contexts: EguiContexts) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = egui::Ui::new(
        ctx.clone(),
        "screen".into(),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    );
    egui::CentralPanel::default().show(&mut root, |_| {});
    Ok(())
}

fn time_empty(
    mut frame: Local<u32>,
    mut last: Local<Option<Instant>>,
    mut times: Local<Vec<Duration>>,
    bench: Res<BenchFrames>,
    mut exit: MessageWriter<AppExit>,
) {
    let now = Instant::now();
    *frame += 1;
    if *frame == 3 {
        println!("launch to first frame: {:.0} ms", (now - bench.started).as_secs_f64() * 1000.0);
    }
    if *frame > 3 + SETTLE
        && let Some(before) = *last
    {
        times.push(now - before);
    }
    *last = Some(now);
    if times.len() as u32 >= bench.frames {
        println!("empty Bevy + egui window: {}", summary(&times));
        exit.write(AppExit::Success);
    }
}
