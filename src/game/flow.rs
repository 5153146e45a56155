//! The screen flow and the turn flow, apart from drawing: a screen asks for something with a
//! [`Go`] message, and the systems here carry it out on the shell's resources. The game can so be driven,
//! and tested, without a window: orders in, state out.

use bevy::prelude::*;

use super::{Catalogue, Playing, Screen, Settings, ViewState};
use crate::sim::Order;

/// What a screen asks for.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum Go {
    /// Show another screen.
    To(Screen),
    /// Start a game of the chosen level with the chosen seats.
    Start,
    /// The side in phase gives an order.
    Give(Order),
    /// The side in phase has finished its orders.
    EndPhase,
    /// Take up the game the title offers, interrupted before its ending.
    ResumeInterrupted,
    /// The facilitator acts from the console (`game::console`).
    Facilitate(super::console::Act),
    /// Close the game.
    Quit,
}

/// The states, the messages and the systems of the flow; no window, no egui.
pub struct FlowPlugin;

impl Plugin for FlowPlugin {
    fn build(&self, app: &mut App) {
        app.init_state::<Screen>()
            .add_message::<Go>()
            // Asked for while a computer thinks (the window's own plugin adds it too).
            .add_message::<bevy::window::RequestRedraw>()
            .add_systems(Update, (carry_out, follow_the_game.run_if(in_state(Screen::Play))).chain());
    }
}

/// Carries out what the screens asked for, in the order they asked.
fn carry_out(
    mut asked: MessageReader<Go>,
    mut catalogue: ResMut<Catalogue>,
    mut playing: ResMut<Playing>,
    mut view: ResMut<ViewState>,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) {
    for go in asked.read() {
        match go {
            Go::To(screen) => next.set(*screen),
            Go::Start => {
                if super::session::start(&mut catalogue, &mut playing, &mut view) {
                    next.set(Screen::Play);
                }
            }
            Go::Give(order) => {
                // The screen offered only legal orders, but the world may have moved since it
                // was drawn; a refused order changes nothing.
                if let Some(game) = playing.game.as_mut() {
                    let _ = game.give(order);
                }
            }
            Go::EndPhase => playing.end_phase(),
            Go::Facilitate(act) => playing.facilitate(act),
            Go::ResumeInterrupted => {
                // Read and checked whole when the title found it: taken up as it stands.
                let Some(found) = view.interrupted.take() else { continue };
                catalogue.seats = found.seats;
                catalogue.facilitated = found.facilitated;
                catalogue.team_players = found.team_players.clone();
                // Its computers and its autosaves go on under its own seed.
                catalogue.seed = found.seed;
                super::session::resume(&catalogue, &mut playing, &mut view, (*found.game).clone());
                playing.at_zero_ends = found.at_zero_ends;
                // The next new game is another game, under a seed of its own.
                catalogue.seed = crate::seed::from_clock();
                next.set(Screen::Play);
            }
            Go::Quit => {
                exit.write(AppExit::Success);
            }
        }
    }
}

/// While a game is on: computer players take their turns, and an ending opens the debrief.
fn follow_the_game(
    mut playing: ResMut<Playing>,
    mut view: ResMut<ViewState>,
    settings: Res<Settings>,
    mut next: ResMut<NextState<Screen>>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    // Looked at through a shared borrow first, so that a frame with nothing to do leaves the
    // game unchanged for Bevy's change detection.
    // Computers think off this thread. A frame waits a little for them and plays the phases
    // they answer in time (a game between computers goes on phase after phase); while one
    // thinks longer, the window keeps drawing and says so.
    let started = std::time::Instant::now();
    // A demonstration leaves each phase's outcome on the board for a while; the play screen
    // asks for the frame that ends the wait.
    let watching = playing.people() == [false, false] && !playing.watch_pace.is_zero();
    let waiting = playing.watch_wait(started).is_some();
    while !waiting && playing.computer_in_phase() && started.elapsed() < super::background::FRAME_WAIT {
        match playing.think() {
            Some(played) => {
                if !played {
                    let n = crate::policy::MAX_ORDERS_PER_PHASE as u32;
                    view.notice = Some(crate::i18n::tr_args(settings.lang, "play-bounded", &[("n", n.into())]));
                }
                if watching {
                    let at = std::time::Instant::now() + playing.watch_pace;
                    playing.next_phase_at = Some(at);
                    // The window sleeps meanwhile and is woken when the wait is over.
                    view.wake_at = Some(at);
                    break;
                }
            }
            None => break,
        }
    }
    if playing.computer_in_phase() && playing.watch_wait(std::time::Instant::now()).is_none() {
        redraw.write(bevy::window::RequestRedraw);
    }
    if playing.game.as_ref().is_some_and(|g| g.world.outcome.is_some()) {
        next.set(Screen::Debrief);
    }
}
