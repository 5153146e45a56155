//! A scripted walk through the screens that saves a screenshot of each: title, scenario choice,
//! play on the port map, the turn report, play on the world map, the goals, the pause menu,
//! debrief. Used by
//! the screenshot test and to look at the game.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::window::screenshot::{Screenshot, save_to_disk};
use bevy::winit::WinitSettings;

use super::Screen;
use super::catalogue::Seat;
use super::session::ShellMut;
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
    mut shell: ShellMut,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) {
    *frame += 1;
    let shot = |commands: &mut Commands, name: &str| {
        commands.spawn(Screenshot::primary_window()).observe(save_to_disk(dir.0.join(name)));
    };
    let step = |n: u32| n * STEP;
    match *frame {
        f if f == step(1) => shot(&mut commands, "title.png"),
        f if f == step(1) + 2 => {
            shell.catalogue.wait_for_levels();
            shell.catalogue.choose_file("marseille.ron");
            shell.catalogue.seats = [Seat::Human, Seat::Computer(PolicyKind::Ai(Difficulty::Medium))];
            next.set(Screen::Choose);
        }
        f if f == step(2) => shot(&mut commands, "choose.png"),
        f if f == step(2) + 2 => {
            shell.catalogue.seed = 1;
            let ShellMut { catalogue, playing, view, .. } = &mut shell;
            if super::session::start(catalogue, playing, view) {
                // The goals screen has been read: the picture is of the board.
                playing.briefed = [true; 2];
                next.set(Screen::Play);
            }
        }
        f if f == step(3) => shot(&mut commands, "play-port.png"),
        f if f == step(3) + 2 => {
            // A few turns on, with a place selected: the report of the last turn shows.
            // The port place with the most figures.
            shell.view.selected = shell.playing.game.as_ref().and_then(|g| {
                let port = g.scenario.places.iter().enumerate().filter(|(_, p)| p.map == MapKind::Port);
                port.max_by_key(|(_, p)| p.stocks.len()).map(|(i, _)| crate::sim::PlaceId(i as u16))
            });
            for _ in 0..6 {
                shell.playing.end_phase();
                shell.playing.advance_computers();
            }
        }
        f if f == step(4) => shot(&mut commands, "report.png"),
        f if f == step(4) + 2 => {
            if let Some(game) = shell.playing.game.as_ref() {
                shell.playing.reported = [game.world.turn; 2];
            }
            shell.view.map = MapKind::World;
        }
        f if f == step(5) => shot(&mut commands, "play-world.png"),
        f if f == step(5) + 2 => shell.view.goals_open = true,
        f if f == step(6) => shot(&mut commands, "goals.png"),
        f if f == step(6) + 2 => {
            shell.view.goals_open = false;
            shell.view.set_paused(true);
        }
        f if f == step(7) => shot(&mut commands, "pause.png"),
        f if f == step(7) + 2 => {
            shell.view.set_paused(false);
            // Let the computer finish the game for the people, then read the debrief.
            if let Some(game) = shell.playing.game.as_ref() {
                let builder = Policy::new(&game.scenario, PolicyKind::Ai(Difficulty::Easy), Side::Builder, 7);
                shell.playing.computers[Side::Builder.index()] = Some(builder);
            }
        }
        f if f == step(8) => shot(&mut commands, "debrief.png"),
        f if f == step(9) => {
            exit.write(AppExit::Success);
        }
        _ => {}
    }
}
