//! A scripted walk through the screens that saves a screenshot of each: title, play on the port
//! map, play on the world map, debrief. Used by the screenshot test and to look at the game.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::window::screenshot::{Screenshot, save_to_disk};
use bevy::winit::WinitSettings;

use super::session::Seat;
use super::{Screen, Session};
use crate::ai::Difficulty;
use crate::policy::{Policy, PolicyKind};
use crate::sim::Side;
use crate::sim::scenario::MapKind;

/// Frames between two steps: enough for the screen to settle and the capture to land.
const STEP: u32 = 40;

/// Where the tour saves its pictures.
#[derive(Resource)]
pub struct TourDir(pub PathBuf);

pub struct TourPlugin {
    pub dir: PathBuf,
}

impl Plugin for TourPlugin {
    fn build(&self, app: &mut App) {
        // The tour must run without input: render every frame.
        app.insert_resource(WinitSettings::continuous())
            .insert_resource(TourDir(self.dir.clone()))
            .add_systems(Update, take_the_tour);
    }
}

fn take_the_tour(
    mut frame: Local<u32>,
    mut commands: Commands,
    dir: Res<TourDir>,
    mut session: ResMut<Session>,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) {
    *frame += 1;
    let shot = |commands: &mut Commands, name: &str| {
        commands.spawn(Screenshot::primary_window()).observe(save_to_disk(dir.0.join(name)));
    };
    match *frame {
        f if f == STEP => shot(&mut commands, "title.png"),
        f if f == 2 * STEP => {
            session.chosen = session.levels.iter().position(|l| l.path.ends_with("marseille.ron")).unwrap_or(0);
            session.seats = [Seat::Human, Seat::Computer(PolicyKind::Ai(Difficulty::Medium))];
            if session.start() {
                next.set(Screen::Play);
            }
        }
        f if f == 3 * STEP => shot(&mut commands, "play-port.png"),
        f if f == 3 * STEP + 2 => session.map = MapKind::World,
        f if f == 4 * STEP => shot(&mut commands, "play-world.png"),
        f if f == 4 * STEP + 2 => {
            // Let the computer finish the game for the people, then read the debrief.
            if let Some(game) = session.game.as_ref() {
                let builder = Policy::new(&game.scenario, PolicyKind::Ai(Difficulty::Easy), Side::Builder, 7);
                session.computers[Side::Builder.index()] = Some(builder);
            }
            session.advance_computers();
            next.set(Screen::Debrief);
        }
        f if f == 5 * STEP => shot(&mut commands, "debrief.png"),
        f if f == 6 * STEP => {
            exit.write(AppExit::Success);
        }
        _ => {}
    }
}
