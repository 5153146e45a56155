//! The guide of a lesson level: the current prompt for the side a person plays, in a window by
//! the board, with what it points at highlighted; it moves on when the core says the step is
//! done (or when the player reads on, or skips).

use bevy_egui::egui;

use super::Playing;
use crate::i18n::{tr, tr_args};
use crate::sim::Side;
use crate::sim::lesson::{self, Show, Until};

/// Where a guided game stands: the step shown and the log's length when it began.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guide {
    pub step: usize,
    pub since: usize,
}

/// The guides of a game that just started: for each side a person plays, its first step. In
/// hot-seat both sides are guided, each through its own steps.
pub fn begin(playing: &Playing) -> [Option<Guide>; 2] {
    let people = playing.people();
    Side::BOTH.map(|side| {
        let game = playing.game.as_ref()?;
        if !people[side.index()] {
            return None;
        }
        let step = lesson::next_of_side(&game.scenario, side, 0)?;
        Some(Guide { step, since: game.history.log.len() })
    })
}

/// Moves each side's guide past the steps the core says are done; call once a frame.
pub fn advance(playing: &mut Playing) {
    for side in Side::BOTH {
        let (Some(game), Some(mut guide)) = (playing.game.as_ref(), playing.guide[side.index()]) else { continue };
        let scn = &game.scenario;
        // Judged on the world as the side knows it: a step never moves on, nor says what it
        // waits for, from a figure or a secret that side may not know.
        let Some(known) = playing.view(side) else { return };
        let mut ended = false;
        while let Some(step) = scn.lesson.get(guide.step) {
            if !lesson::done(scn, &known.world, &game.history, step, guide.since) {
                break;
            }
            match lesson::next_of_side(scn, side, guide.step + 1) {
                Some(next) => guide = Guide { step: next, since: game.history.log.len() },
                None => {
                    ended = true;
                    break;
                }
            }
        }
        let now = (!ended).then_some(guide);
        if playing.guide[side.index()] != now {
            playing.guide[side.index()] = now;
        }
    }
}

/// What the current step points at, for the panels and the board to highlight.
pub fn showing(playing: &Playing, side: Side) -> Show {
    let (Some(game), Some(guide)) = (playing.game.as_ref(), playing.guide[side.index()]) else {
        return Show::Nothing;
    };
    match game.scenario.lesson.get(guide.step) {
        // Waiting for the other side: the turn's end is where to go meanwhile.
        Some(step) if step.side == side && !ready(playing, step) => Show::EndTurn,
        Some(step) if step.side == side => step.show.clone(),
        _ => Show::Nothing,
    }
}

/// Whether a step's condition holds in the world as its side knows it.
fn ready(playing: &Playing, step: &lesson::LessonStep) -> bool {
    let Some(game) = playing.game.as_ref() else { return false };
    playing.view(step.side).is_some_and(|known| lesson::ready(&game.scenario, &known.world, step))
}

/// The guide's window for the side to move.
pub fn window(
    ctx: &egui::Context,
    playing: &mut Playing,
    side: Side,
    lang: crate::i18n::Lang,
    board: Option<egui::Rect>,
) {
    advance(playing);
    let (Some(game), Some(guide)) = (playing.game.as_ref(), playing.guide[side.index()]) else { return };
    let scn = &game.scenario;
    let Some(step) = scn.lesson.get(guide.step) else { return };
    if step.side != side {
        return;
    }
    let Some(known) = playing.view(side) else { return };
    let total = scn.lesson.iter().filter(|s| s.side == side).count();
    let number = scn.lesson[..=guide.step].iter().filter(|s| s.side == side).count();
    let title = tr_args(lang, "ui-guide-title", &[("n", (number as u32).into()), ("of", (total as u32).into())]);
    let mut next = false;
    let mut close = false;
    // In the board's lower right corner: clear of the goals and the report, which open in the
    // middle, and of the legend, top left.
    let at = board.map_or(egui::pos2(ctx.content_rect().right() - 16.0, ctx.content_rect().bottom() - 60.0), |r| {
        r.right_bottom() + egui::vec2(-12.0, -12.0)
    });
    egui::Window::new(title)
        .id("guide".into())
        .collapsible(false)
        .resizable(false)
        .pivot(egui::Align2::RIGHT_BOTTOM)
        .fixed_pos(at)
        .max_width(380.0)
        .show(ctx, |ui| {
            ui.label(egui::RichText::new(step.say.get(lang)).size(16.0));
            let ready = lesson::ready(scn, &known.world, step);
            if let Some(when) = step.when.as_ref().filter(|_| !ready) {
                let ctx = crate::sim::condition::Context::default();
                let what = crate::sim::describe::condition(scn, &known.world, when, &ctx, lang);
                ui.add_space(4.0);
                ui.label(egui::RichText::new(tr_args(lang, "ui-guide-not-yet", &[("what", what.into())])).italics());
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if matches!(step.until, Until::Read) && ready {
                    next = ui.button(egui::RichText::new(tr(lang, "ui-guide-next")).strong()).clicked();
                } else {
                    ui.label(egui::RichText::new(tr(lang, "ui-guide-waiting")).italics().weak());
                    next = ui.small_button(tr(lang, "ui-guide-skip")).clicked();
                }
                close = ui.small_button(tr(lang, "ui-guide-close")).clicked();
            });
        });
    if close {
        playing.guide[side.index()] = None;
    } else if next {
        let len = game.history.log.len();
        playing.guide[side.index()] =
            lesson::next_of_side(scn, side, guide.step + 1).map(|step| Guide { step, since: len });
    }
}
