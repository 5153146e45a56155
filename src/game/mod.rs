//! The desktop shell (Bevy + egui), over the same core as the CLI: screens as states, the
//! session (the game, who plays each side, the language) as a resource, panels as plain
//! functions of an `egui::Ui`. First slice: title, scenario choice, play, debrief.

pub mod choose;
pub mod debrief;
pub mod encyclopedia;
pub mod map;
pub mod pause;
pub mod play;
pub mod session;
pub mod settings;
pub mod title;
mod tour;

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use bevy_egui::{EguiPlugin, EguiPrimaryContextPass, egui};

pub use session::Session;

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

/// Opens the game's window and runs until it is closed. With `tour`, walks through the screens
/// by itself, saves a screenshot of each in that folder, and quits.
pub fn run(lang: Lang, tour: Option<std::path::PathBuf>) -> AppExit {
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window { title: "Nuage".into(), resolution: (1280, 720).into(), ..default() }),
        ..default()
    }))
    .add_plugins(AppPlugin { lang });
    // The player's saved settings win over the system's language (not on a scripted tour).
    if tour.is_none()
        && let Some(saved) = settings::path().as_deref().and_then(settings::load)
    {
        let mut session = app.world_mut().resource_mut::<Session>();
        session.lang = saved.lang;
        session.projector = saved.projector;
    }
    app.add_systems(PostUpdate, save_changed_settings);
    if let Some(dir) = tour {
        app.add_plugins(tour::TourPlugin { dir });
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
            .insert_resource(Session::new(self.lang))
            .init_state::<Screen>()
            .add_plugins(EguiPlugin::default())
            .add_systems(Startup, spawn_camera)
            .add_systems(EguiPrimaryContextPass, draw_screen);
    }
}

/// Writes the settings whenever the player changes one.
fn save_changed_settings(session: Res<Session>, mut last: Local<Option<settings::Settings>>) {
    let now = settings::Settings { lang: session.lang, projector: session.projector };
    match *last {
        None => *last = Some(now),
        Some(before) if before != now => {
            if let Some(path) = settings::path()
                && let Err(e) = settings::save(&path, &now)
            {
                warn!("settings not saved to {}: {e}", path.display());
            }
            *last = Some(now);
        }
        Some(_) => {}
    }
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn(Camera2d);
}

/// Draws the current screen; a screen asks for the next one through its return value.
fn draw_screen(
    mut contexts: bevy_egui::EguiContexts,
    mut session: ResMut<Session>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    session.apply_style(ctx);
    let mut root = egui::Ui::new(
        ctx.clone(),
        "screen".into(),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    );
    let go = match screen.get() {
        Screen::Title => full_screen(&mut root, &mut session, title::panel),
        Screen::Choose => full_screen(&mut root, &mut session, choose::panel),
        Screen::Play => play::show(&mut root, &mut session),
        Screen::Debrief => full_screen(&mut root, &mut session, debrief::panel),
    };
    match go {
        Some(Go::To(screen)) => {
            next.set(screen);
        }
        Some(Go::Quit) => {
            exit.write(AppExit::Success);
        }
        None => {}
    }
    Ok(())
}

/// Shows a full-screen panel and passes on where it sends the player.
fn full_screen(
    root: &mut egui::Ui,
    session: &mut Session,
    panel: fn(&mut egui::Ui, &mut Session) -> Option<Go>,
) -> Option<Go> {
    egui::CentralPanel::default().show(root, |ui| panel(ui, session)).inner
}

/// Where a screen sends the player next.
pub enum Go {
    To(Screen),
    Quit,
}
