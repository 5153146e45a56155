//! The desktop shell (Bevy + egui), over the same core as the CLI: screens as states, the
//! settings, the catalogue of levels, the game on the table and the view as resources
//! (`session`), the board as entities, panels as plain functions of an `egui::Ui`.

// A Bevy system asks for each resource and query it uses as a parameter, and a query spells its
// filters in its type: many parameters and long types are how systems read, not a smell here.
#![allow(clippy::too_many_arguments, clippy::type_complexity)]

pub mod autosave;
pub mod background;
pub mod bench;
pub mod board;
pub mod catalogue;
pub mod choose;
pub mod console;
pub mod debrief;
mod egui_rest;
pub mod encyclopedia;
pub mod export;
pub mod flow;
pub mod goals;
pub mod lesson;
pub mod pause;
pub mod play;
pub mod playing;
pub mod public;
pub mod report;
pub mod session;
pub mod settings;
pub mod side_panel;
pub mod timer;
pub mod title;
mod tour;
pub mod view_state;
mod wake;
mod warm_up;

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use bevy_egui::{EguiPlugin, EguiPrimaryContextPass, egui};

pub use flow::Go;
pub use session::{Catalogue, Playing, Settings, ViewState};

use crate::i18n::Lang;

/// The screens of the game.
#[derive(States, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Title,
    Choose,
    Play,
    Debrief,
}

/// How the window is opened: by a player, or by a tool walking through it.
pub struct Launch {
    pub lang: Lang,
    /// The language was asked for on the command line: it wins over the saved setting.
    pub lang_chosen: bool,
    /// Walk through the screens, save a screenshot of each in this folder, and quit.
    pub tour: Option<std::path::PathBuf>,
    /// Time the launch and the play screen's frames, print the figures, and quit.
    pub bench: Option<bench::BenchFrames>,
    /// The window's size in logical pixels.
    pub size: (u32, u32),
    /// Force projector mode on or off, whatever the saved settings say.
    pub projector: Option<bool>,
    /// Open directly on the play screen of this game (`nuage --level FILE ...`).
    pub open: Option<OpenGame>,
}

/// A game to start as soon as the window opens: a level already loaded, who plays, the seed.
pub struct OpenGame {
    pub path: std::path::PathBuf,
    pub scenario: std::sync::Arc<crate::sim::Scenario>,
    pub seats: [catalogue::Seat; 2],
    pub seed: u64,
    /// The level's workshop session of this many minutes, or the whole game.
    pub minutes: Option<u32>,
    /// Run by a facilitator from a console window (`--facilitator`).
    pub facilitated: bool,
    /// Played in teams (`--teams`).
    pub teams: bool,
    /// Each team in its turn at the keyboard (`--teams-in-turn`).
    pub team_by_team: bool,
    /// The teams a computer holds (`--team-player KEY=PLAYER`): side, index, who.
    pub team_players: Vec<(crate::sim::Side, usize, crate::policy::PolicyKind)>,
    /// A recorded game to play back instead (`--replay`).
    pub replay: Option<crate::sim::record::Replay>,
}

/// The main window, at a size; timed runs turn vsync off so frames are not held to the screen's.
pub fn window_plugin(size: (u32, u32), timed: bool) -> WindowPlugin {
    let present_mode =
        if timed { bevy::window::PresentMode::AutoNoVsync } else { bevy::window::PresentMode::AutoVsync };
    WindowPlugin {
        primary_window: Some(Window { title: "Nuage".into(), resolution: size.into(), present_mode, ..default() }),
        // The main window quits the game when closed (`console::close_requested`); the
        // facilitator's console closes with its game, not on its own.
        exit_condition: bevy::window::ExitCondition::OnPrimaryClosed,
        close_when_requested: false,
        ..default()
    }
}

/// Opens the game's window and runs until it is closed (or the tour or benchmark ends).
pub fn run(launch: Launch) -> AppExit {
    keep_heap();
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(window_plugin(launch.size, launch.bench.is_some())))
        // The board's shapes are meshes: picked by ray casts against them.
        .add_plugins(bevy::picking::mesh_picking::MeshPickingPlugin)
        .add_plugins(AppPlugin { lang: launch.lang });
    // The player's saved settings win over the system's language (not on a scripted run).
    let scripted = launch.tour.is_some() || launch.bench.is_some();
    if !scripted && let Some(path) = settings::path() {
        let (saved, set_aside) = settings::load_or_set_aside(&path);
        if let Some(saved) = saved {
            app.insert_resource(saved);
        }
        if let Some(aside) = set_aside {
            let lang = app.world().resource::<Settings>().lang;
            let notice = crate::i18n::tr_args(lang, "ui-settings-set-aside", &[("file", aside.into())]);
            app.world_mut().resource_mut::<ViewState>().settings_notice = Some(notice);
        }
    }
    if launch.lang_chosen {
        app.world_mut().resource_mut::<Settings>().lang = launch.lang;
    }
    if let Some(projector) = launch.projector {
        app.world_mut().resource_mut::<Settings>().projector = projector;
    }
    let icons = &board::art::art().notices;
    if !icons.is_empty() {
        // The first few on screen; all of them are in the log.
        let mut details = icons.iter().take(2).cloned().collect::<Vec<_>>().join("; ");
        if icons.len() > 2 {
            details.push_str(&format!("; … (+{})", icons.len() - 2));
        }
        let lang = app.world().resource::<Settings>().lang;
        let notice = crate::i18n::tr_args(lang, "ui-icons-fallback", &[("details", details.into())]);
        app.world_mut().resource_mut::<ViewState>().settings_notice.get_or_insert(notice);
    }
    if let Some(open) = launch.open {
        let world = app.world_mut();
        let opened = world.resource_scope(|world, mut catalogue: Mut<Catalogue>| {
            world.resource_scope(|world, mut playing: Mut<Playing>| {
                let mut view = world.resource_mut::<ViewState>();
                session::open(&mut catalogue, &mut playing, &mut view, open)
            })
        });
        if opened {
            world.resource_mut::<NextState<Screen>>().set(Screen::Play);
        }
    }
    if !scripted {
        // Runs when a screen changed a setting (the screens mark the settings changed only
        // then), not on every frame.
        app.add_systems(PostUpdate, save_changed_settings.run_if(resource_changed::<Settings>));
    }
    if let Some(dir) = launch.tour {
        app.add_plugins(tour::TourPlugin { dir });
    }
    if let Some(bench) = launch.bench {
        app.add_plugins(bench::BenchPlugin { bench });
    }
    app.run()
}

/// Everything the game adds to a Bevy app; tests add it to a headless app.
pub struct AppPlugin {
    pub lang: Lang,
}

impl Plugin for AppPlugin {
    fn build(&self, app: &mut App) {
        // Redraw only on input or when something changes: laptops on battery stay cool.
        app.insert_resource(WinitSettings::desktop_app())
            .insert_resource(Settings::new(self.lang))
            .insert_resource(Catalogue::bundled())
            .insert_resource(Playing::watched())
            .init_resource::<ViewState>()
            .add_plugins(flow::FlowPlugin)
            .add_plugins(EguiPlugin::default())
            // egui goes on a camera of its own (`spawn_camera`), not on the first one made.
            .insert_resource(bevy_egui::EguiGlobalSettings { auto_create_primary_context: false, ..default() })
            .add_plugins(egui_rest::plugin)
            .add_plugins(warm_up::plugin)
            .add_systems(Last, wake::wake_up)
            .add_plugins(autosave::plugin)
            .add_plugins(console::plugin)
            .add_systems(PreUpdate, console::close_requested)
            .add_plugins(board::BoardPlugin)
            .add_systems(PreUpdate, settings::follow_text_scale)
            .add_systems(Update, catalogue::receive_levels)
            .add_systems(Startup, spawn_camera)
            .init_resource::<FrameReady>()
            .configure_sets(EguiPrimaryContextPass, DrawScreen.run_if(frame_ready))
            .add_systems(EguiPrimaryContextPass, prepare_frame.before(DrawScreen))
            .add_plugins((title::TitleScreen, choose::ChooseScreen, play::PlayScreen, debrief::DebriefScreen));
    }
}

/// Writes the settings whenever the player changes one.
fn save_changed_settings(settings: Res<Settings>, mut view: ResMut<ViewState>, mut last: Local<Option<Settings>>) {
    let now = *settings;
    match *last {
        None => *last = Some(now),
        Some(before) if before != now => {
            if let Some(path) = settings::path()
                && let Err(e) = settings::save(&path, &now)
            {
                warn!("settings not saved to {}: {e}", path.display());
                let args = [("file", path.display().to_string().into()), ("reason", e.to_string().into())];
                view.settings_notice = Some(crate::i18n::tr_args(now.lang, "ui-settings-not-saved", &args));
            }
            *last = Some(now);
        }
        Some(_) => {}
    }
}

/// Lets glibc's allocator keep 64 MiB spare at the top of each heap instead of handing memory
/// back as soon as it is free. Drawing a frame allocates and frees a few megabytes (the
/// renderer's buffers); by default a thread's heap was trimmed (`madvise`) two or three times a
/// frame, and the next frame took the pages back one fault at a time, zeroed: about 650 trims
/// in a 100-frame run under `strace`, 9 with this, and 3-4 ms less a frame under software
/// rendering (design/performance.md).
fn keep_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes the allocator's tuning; it is called before any thread starts.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, 64 << 20);
    }
}

/// Two cameras: the board's, drawn only in the space the panels leave (its viewport), and
/// egui's over the whole window, drawing nothing else (a render layer no entity is on).
fn spawn_camera(mut commands: Commands) {
    // No multisampling: with software rendering (projectors on old laptops, Mesa's lavapipe)
    // four samples a pixel cost most of the board's frame.
    // Both cameras draw into the same texture (same window, no HDR, no multisampling), so
    // only the last copies it to the window, and copies it whole instead of blending: one
    // full-window pass less, which a software rasterizer feels.
    // No tone mapping or dithering either: the board's flat colours need neither, and each
    // costs a few operations at every pixel.
    commands.spawn((
        Camera2d,
        Camera { output_mode: bevy::camera::CameraOutputMode::Skip, ..default() },
        Msaa::Off,
        bevy::core_pipeline::tonemapping::DebandDither::Disabled,
        board::BoardCamera,
    ));
    commands.spawn((
        Camera2d,
        Camera {
            order: 1,
            clear_color: ClearColorConfig::None,
            output_mode: bevy::camera::CameraOutputMode::Write {
                blend_state: Some(bevy::render::render_resource::BlendState::REPLACE),
                clear_color: ClearColorConfig::None,
            },
            ..default()
        },
        Msaa::Off,
        bevy::camera::visibility::RenderLayers::layer(31),
        bevy_egui::PrimaryEguiContext,
    ));
}

/// The screens draw in this set, each from a plugin of its own (`title::TitleScreen`, ...),
/// only in its state and only once the frame's style is in place.
#[derive(SystemSet, Clone, Debug, PartialEq, Eq, Hash)]
pub struct DrawScreen;

/// Adds a screen's drawing system: in egui's pass, in the screens' set, while `screen` is on.
pub fn add_screen<M>(
    app: &mut App,
    screen: Screen,
    draw: impl bevy::ecs::schedule::IntoScheduleConfigs<bevy::ecs::system::ScheduleSystem, M>,
) {
    app.add_systems(EguiPrimaryContextPass, draw.in_set(DrawScreen).run_if(in_state(screen)));
}

/// Whether this frame's style is in place (`prepare_frame`): nothing is drawn before.
#[derive(Resource, Default, PartialEq)]
struct FrameReady(bool);

fn frame_ready(ready: Res<FrameReady>) -> bool {
    ready.0
}

/// Sets the frame's style and the colour behind the panels, before any screen draws.
fn prepare_frame(
    mut contexts: bevy_egui::EguiContexts,
    settings: Res<Settings>,
    scale: Res<settings::TextScale>,
    mut ready: ResMut<FrameReady>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
    mut clear: ResMut<ClearColor>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let styled = settings.apply_style(ctx, scale.0);
    ready.set_if_neq(FrameReady(styled));
    if !styled {
        // Nothing is laid out at the old zoom: side panels keep the width of their first
        // layout, and opened on the play screen directly (`--level`) they took the width of a
        // frame at zoom 1 (a third more of the window than designed). The next pass comes now.
        redraw.write(bevy::window::RequestRedraw);
        return Ok(());
    }
    let [r, g, b, _] = settings.panel_colour().to_array();
    let behind = Color::srgb_u8(r, g, b);
    if clear.0 != behind {
        clear.0 = behind;
    }
    Ok(())
}

/// The whole window, as the `Ui` a screen draws into.
pub fn screen_root(ctx: &egui::Context) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        "screen".into(),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    )
}

/// Passes on where a screen sends the player; the next frame carries it out, and must come
/// even if the mouse stays still.
pub fn send(go: Option<Go>, asks: &mut MessageWriter<Go>, redraw: &mut MessageWriter<bevy::window::RequestRedraw>) {
    if let Some(go) = go {
        asks.write(go);
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// Lends `settings` to a screen without marking them changed, and marks them only if the
/// screen changed one: what follows the settings (saving them) runs on change.
pub fn with_settings<R>(settings: &mut ResMut<Settings>, draw: impl FnOnce(&mut Settings) -> R) -> R {
    let before = **settings;
    let out = draw(settings.bypass_change_detection());
    if **settings != before {
        settings.set_changed();
    }
    out
}

/// Shows a full-screen panel and passes on where it sends the player.
pub fn full_screen(root: &mut egui::Ui, panel: impl FnOnce(&mut egui::Ui) -> Option<Go>) -> Option<Go> {
    egui::CentralPanel::default().show(root, panel).inner
}
