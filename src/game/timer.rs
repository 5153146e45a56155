//! The phase timer a facilitator may set for a workshop: minutes for each side's phase,
//! counted down in the top bar. It only shows the time; the facilitator decides what happens
//! when it runs out. It starts when a side's phase is shown and stands still while paused.

use crate::i18n::{Lang, tr, tr_args};
use crate::sim::Side;

/// The lengths offered in the settings, in minutes; 0 is no timer.
pub const CHOICES: [u32; 5] = [0, 2, 3, 5, 10];

/// Under this many seconds left, the timer turns to a warning colour.
const SOON: f64 = 30.0;

/// When the phase on screen began, on egui's clock (seconds).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PhaseClock {
    pub turn: u32,
    pub side: Side,
    pub started: f64,
    /// Last time the clock was looked at: a pause moves `started` on by the time it lasted.
    pub seen: f64,
}

impl PhaseClock {
    /// The clock for the phase on screen at `now`: kept if it is the same phase, started anew
    /// otherwise; while `paused`, the time since it was last seen is not counted.
    pub fn tick(clock: Option<PhaseClock>, turn: u32, side: Side, now: f64, paused: bool) -> PhaseClock {
        match clock {
            Some(c) if c.turn == turn && c.side == side => {
                let started = if paused { c.started + (now - c.seen) } else { c.started };
                PhaseClock { started, seen: now, ..c }
            }
            _ => PhaseClock { turn, side, started: now, seen: now },
        }
    }
}

/// How pressing the time left is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Urgency {
    Plenty,
    Soon,
    Over,
}

/// The seconds left of a phase of `length` seconds since `started`, and how pressing they are.
pub fn left(length: u32, started: f64, now: f64) -> (u32, Urgency) {
    let left = (f64::from(length) - (now - started)).max(0.0);
    let urgency = if left <= 0.0 {
        Urgency::Over
    } else if left <= SOON {
        Urgency::Soon
    } else {
        Urgency::Plenty
    };
    (left.ceil() as u32, urgency)
}

/// How long until the shown time changes (the next whole second), or `None` once it is up or
/// while paused: the game redraws only on input, so the countdown asks for its own redraws.
pub fn next_change(length: u32, started: f64, now: f64, paused: bool) -> Option<f64> {
    let left = f64::from(length) - (now - started);
    (!paused && left > 0.0).then(|| {
        let to_next = left.fract();
        if to_next > 0.0 { to_next } else { 1.0 }
    })
}

/// The colour the time left is shown in: the text's own, then a warning, then an alarm.
pub fn colour(visuals: &bevy_egui::egui::Visuals, urgency: Urgency) -> bevy_egui::egui::Color32 {
    match urgency {
        Urgency::Plenty => visuals.strong_text_color(),
        Urgency::Soon => bevy_egui::egui::Color32::from_rgb(230, 159, 0),
        Urgency::Over => bevy_egui::egui::Color32::from_rgb(213, 94, 0),
    }
}

/// "Time left 4:05", or "Time's up".
pub fn text(lang: Lang, seconds: u32, urgency: Urgency) -> String {
    if urgency == Urgency::Over {
        return tr(lang, "ui-time-up");
    }
    let time = format!("{}:{:02}", seconds / 60, seconds % 60);
    tr_args(lang, "ui-time-left", &[("time", time.into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_counts_down_stops_while_paused_and_starts_again_with_the_next_phase() {
        let clock = PhaseClock::tick(None, 3, Side::Builder, 100.0, false);
        assert_eq!(left(120, clock.started, 100.0), (120, Urgency::Plenty));
        let clock = PhaseClock::tick(Some(clock), 3, Side::Builder, 190.0, false);
        assert_eq!(left(120, clock.started, 190.0), (30, Urgency::Soon));
        // Ten seconds in the pause menu do not count.
        let clock = PhaseClock::tick(Some(clock), 3, Side::Builder, 200.0, true);
        assert_eq!(left(120, clock.started, 200.0), (30, Urgency::Soon));
        assert_eq!(left(120, clock.started, 231.0), (0, Urgency::Over));
        // The collective's phase gets its own two minutes.
        let clock = PhaseClock::tick(Some(clock), 3, Side::Collective, 231.0, false);
        assert_eq!(left(120, clock.started, 231.0), (120, Urgency::Plenty));
    }

    #[test]
    fn redraws_are_asked_for_each_second_until_the_time_is_up() {
        assert_eq!(next_change(120, 0.0, 10.25, false), Some(0.75));
        assert_eq!(next_change(120, 0.0, 10.0, false), Some(1.0));
        assert_eq!(next_change(120, 0.0, 10.0, true), None);
        assert_eq!(next_change(120, 0.0, 121.0, false), None);
    }

    #[test]
    fn the_time_is_written_in_minutes_and_seconds_in_both_languages() {
        assert_eq!(text(Lang::En, 245, Urgency::Plenty), "Time left 4:05");
        assert_eq!(text(Lang::Fr, 9, Urgency::Soon), "Temps restant 0:09");
        assert_eq!(text(Lang::Fr, 0, Urgency::Over), "Temps écoulé");
    }
}
