//! `nuage bench-frames`: how long the game takes to show an interactive title screen, and how
//! long a frame of the play screen takes on each map, against an empty Bevy + egui window
//! measured the same way. Frames are drawn continuously while measuring (the game itself
//! redraws only on input), so the figures are the cost of one redraw. Bevy runs one app per
//! process, so each measure is a child process; the game and the empty window alternate, and
//! medians are reported, because a software renderer on a shared machine drifts.

use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::Screen;
use super::catalogue::Seat;
use super::session::ShellMut;
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
    /// Frame times on the port map, then on the world map.
    frames: [Vec<Duration>; 2],
}

/// The maps timed, in order.
const MAPS: [MapKind; 2] = [MapKind::Port, MapKind::World];

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
    /// Letting the n-th map settle, then timing it.
    Settle(usize),
    Time(usize),
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
    mut shell: ShellMut,
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
            shell.catalogue.wait_for_levels();
            shell.catalogue.choose_file("marseille.ron");
            shell.catalogue.seats = [Seat::Human, Seat::Computer(PolicyKind::Ai(Difficulty::Medium))];
            let ShellMut { catalogue, playing, view, .. } = &mut shell;
            if !super::session::start(catalogue, playing, view) {
                error!("no playable level in levels/: nothing to measure");
                exit.write(AppExit::error());
                return;
            }
            // The board itself is timed, not the goals window shown before the first orders.
            shell.playing.briefed = [true; 2];
            shell.view.map = MAPS[0];
            next.set(Screen::Play);
            walk.step = Step::Settle(0);
            walk.since = 0;
        }
        Step::Settle(map) if walk.since >= SETTLE => {
            walk.step = Step::Time(map);
            walk.since = 0;
        }
        Step::Time(map) => {
            figures.frames[map].extend(took);
            if figures.frames[map].len() as u32 >= bench.frames {
                if let Some(&next_map) = MAPS.get(map + 1) {
                    shell.view.map = next_map;
                    walk.step = Step::Settle(map + 1);
                    walk.since = 0;
                } else {
                    print_figures(&figures);
                    let launch = figures.launch.map_or(0.0, |d| d.as_secs_f64() * 1000.0);
                    let [port, world] = [mean_ms(&figures.frames[0]), mean_ms(&figures.frames[1])];
                    println!("{FIGURES} {launch} {port} {world}");
                    exit.write(AppExit::Success);
                }
            }
        }
        _ => {}
    }
}

fn mean_ms(times: &[Duration]) -> f64 {
    times.iter().map(|d| d.as_secs_f64() * 1000.0).sum::<f64>() / times.len().max(1) as f64
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
    println!("play screen, port map:  {}", summary(&figures.frames[0]));
    println!("play screen, world map: {}", summary(&figures.frames[1]));
}

/// Marks the line a child prints for the parent: launch ms, then mean frame ms (two figures).
const FIGURES: &str = "@figures";

/// Times the game once (launch, then the play screen on each map); true when it ran.
pub fn run_game(frames: u32) -> bool {
    let launch = super::Launch {
        lang: crate::i18n::Lang::En,
        lang_chosen: true,
        tour: None,
        bench: Some(BenchFrames { frames, started: Instant::now() }),
        size: (1280, 720),
        projector: Some(false),
        open: None,
    };
    super::run(launch) == AppExit::Success
}

/// Alternates `rounds` runs of the game and of the empty window, then prints the medians and
/// how many times slower a frame of the play screen is.
pub fn rounds(frames: u32, rounds: u32) -> bool {
    let Ok(exe) = std::env::current_exe() else { return false };
    let run = |which: &str| -> Option<[f64; 3]> {
        let out = std::process::Command::new(&exe)
            .args(["bench-frames", "--only", which, "--frames", &frames.to_string()])
            .stderr(std::process::Stdio::null())
            .output()
            .ok()?;
        let text = String::from_utf8_lossy(&out.stdout);
        let line = text.lines().find_map(|l| l.strip_prefix(FIGURES))?;
        let v: Vec<f64> = line.split_whitespace().filter_map(|x| x.parse().ok()).collect();
        (v.len() == 3).then(|| [v[0], v[1], v[2]])
    };
    let (mut game, mut empty) = (Vec::new(), Vec::new());
    for round in 1..=rounds {
        let (Some(g), Some(e)) = (run("game"), run("empty")) else {
            eprintln!("a timed run failed: is there a display, and levels/ in the current folder?");
            return false;
        };
        println!(
            "round {round}: launch {:.0} ms (empty window {:.0} ms); frame: port map {:.2} ms, world map {:.2} ms, empty window {:.2} ms",
            g[0], e[0], g[1], g[2], e[1]
        );
        game.push(g);
        empty.push(e);
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let pick = |runs: &[[f64; 3]], i: usize| median(runs.iter().map(|r| r[i]).collect());
    let (port, world, reference) = (pick(&game, 1), pick(&game, 2), pick(&empty, 1));
    println!("median over {rounds} rounds of {frames} frames:");
    println!("  launch to interactive title: {:.0} ms (empty window: {:.0} ms)", pick(&game, 0), pick(&empty, 0));
    println!("  play screen, port map:  {port:.2} ms a frame, {:.2}x the empty window", port / reference);
    println!("  play screen, world map: {world:.2} ms a frame, {:.2}x the empty window", world / reference);
    println!("  empty Bevy + egui window: {reference:.2} ms a frame");
    true
}

/// The reference: a window with Bevy and egui and nothing in it, timed the same way.
pub fn run_empty_window(frames: u32) -> bool {
    // Taken before the app is built, as the game's is: building Bevy's plugins (the window, the
    // renderer) is most of a launch.
    let started = Instant::now();
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
    app.run() == AppExit::Success
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
    mut launch: Local<f64>,
    bench: Res<BenchFrames>,
    mut exit: MessageWriter<AppExit>,
) {
    let now = Instant::now();
    *frame += 1;
    if *frame == 3 {
        *launch = (now - bench.started).as_secs_f64() * 1000.0;
    }
    if *frame > 3 + SETTLE
        && let Some(before) = *last
    {
        times.push(now - before);
    }
    *last = Some(now);
    if times.len() as u32 >= bench.frames {
        println!("empty Bevy + egui window: {}", summary(&times));
        let mean = mean_ms(&times);
        println!("{FIGURES} {} {mean} {mean}", *launch);
        exit.write(AppExit::Success);
    }
}
