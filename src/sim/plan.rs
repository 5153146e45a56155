//! A workshop's running order: for a session length, how long the briefing, the play (which
//! turns, at what pace) and the debrief take. A level's own session of that length is used as
//! written; for another length the plan is worked out from the level's calendar. The debrief is
//! never squeezed: at least a quarter of the session, and 25 minutes from 90 minutes up.

use super::scenario::{Scenario, SessionDef};

/// Time between two turns for the report on the turn and the hand-over, in seconds.
pub const REPORT_SECONDS: u32 = 60;
/// The shortest briefing: the roles, how each side wins, the first turn's cards.
pub const MIN_BRIEFING: u32 = 5;
/// The pace of a phase when the level does not set one.
pub const DEFAULT_PHASE_SECONDS: u32 = 150;

/// A session's running order, in minutes.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub minutes: u32,
    pub briefing_minutes: u32,
    /// The first turn played, counted from 0 as files count.
    pub first_turn: u32,
    pub turns: u32,
    pub phase_seconds: u32,
    pub play_minutes: u32,
    pub debrief_minutes: u32,
    /// Which of the level's sessions this is, if it is one.
    pub session: Option<usize>,
}

/// The least debrief a session of `minutes` gets.
pub fn min_debrief(minutes: u32) -> u32 {
    let quarter = minutes.div_ceil(4);
    if minutes >= 90 { quarter.max(25) } else { quarter }
}

/// Minutes `turns` turns take at `phase_seconds` a phase (two phases and a report a turn).
pub fn play_minutes(turns: u32, phase_seconds: u32) -> u32 {
    let seconds = u64::from(turns) * (2 * u64::from(phase_seconds) + u64::from(REPORT_SECONDS));
    u32::try_from(seconds.div_ceil(60)).unwrap_or(u32::MAX)
}

/// How many minutes a session leaves for its briefing once play and the least debrief are
/// counted; `None` when it does not fit at all.
pub fn briefing_room(session: &SessionDef) -> Option<u32> {
    let needed = play_minutes(session.turns, session.phase_seconds).checked_add(min_debrief(session.minutes))?;
    session.minutes.checked_sub(needed)
}

/// The running order for `minutes`: the level's session of that length, or one worked out from
/// its calendar (from the first turn, as many turns as fit at the default pace).
pub fn plan(scn: &Scenario, minutes: u32) -> Plan {
    if let Some((i, session)) = scn.sessions.iter().enumerate().find(|(_, s)| s.minutes == minutes) {
        let play = play_minutes(session.turns, session.phase_seconds);
        let room = briefing_room(session).unwrap_or(0);
        // A tenth of the session for the briefing, within what is left; the rest goes to
        // the debrief, where a workshop's learning happens.
        let briefing = (minutes / 10).clamp(MIN_BRIEFING, 20).min(room);
        return Plan {
            minutes,
            briefing_minutes: briefing,
            first_turn: session.first_turn,
            turns: session.turns,
            phase_seconds: session.phase_seconds,
            play_minutes: play,
            debrief_minutes: minutes.saturating_sub(play + briefing),
            session: Some(i),
        };
    }
    let debrief = min_debrief(minutes);
    let briefing = (minutes / 10).clamp(MIN_BRIEFING, 20);
    let room = minutes.saturating_sub(debrief + briefing);
    let per_turn = 2 * DEFAULT_PHASE_SECONDS + REPORT_SECONDS;
    let turns = (room * 60 / per_turn).clamp(1, scn.calendar.turns.max(1));
    let play = play_minutes(turns, DEFAULT_PHASE_SECONDS);
    Plan {
        minutes,
        briefing_minutes: briefing,
        first_turn: 0,
        turns,
        phase_seconds: DEFAULT_PHASE_SECONDS,
        play_minutes: play,
        debrief_minutes: minutes.saturating_sub(play + briefing),
        session: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::scenario::OpeningDef;

    fn session(minutes: u32, turns: u32, phase_seconds: u32) -> SessionDef {
        let opening = OpeningDef { builder: "passive".into(), collective: "passive".into(), seed: 1 };
        SessionDef { minutes, first_turn: 4, turns, phase_seconds, opening }
    }

    #[test]
    fn the_debrief_is_never_squeezed() {
        assert_eq!(min_debrief(45), 12);
        assert_eq!(min_debrief(90), 25);
        assert_eq!(min_debrief(180), 45);
        // 9 turns of two 150 s phases and a minute of report: 54 minutes.
        assert_eq!(play_minutes(9, 150), 54);
        assert_eq!(briefing_room(&session(90, 9, 150)), Some(11));
        assert_eq!(briefing_room(&session(90, 12, 150)), None, "72 + 25 is past 90");
    }
}
