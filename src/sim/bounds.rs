//! The bounds every number of a game stays within, in one place: validation refuses a level
//! that states more, play saturates at them (and says so in the log when it must), and the save
//! check accepts everything inside them. So whatever a valid level lets a game reach, the game
//! can save, and the save loads.

/// The largest amount of anything: a resource, an income, a stock's capacity, demand or
/// reservation. Far above any real figure (Marseille's largest is in the thousands), far below
/// where floating point loses whole units.
pub const MAX_AMOUNT: f64 = 1.0e12;

/// The most action points a side may have in a turn.
pub const MAX_ACTION_POINTS: u32 = 1_000;

/// The most turns a project may wait: a step's length, a delay, a blockade, and their sum.
pub const MAX_TURNS_LEFT: u32 = 100_000;

/// The most projects a game may hold; past it, no action starts another.
pub const MAX_PROJECTS: usize = 10_000;

/// The most entries a game's log holds before the game is brought to its end: at the end of
/// the turn in which its log passes this, the score decides at the end of the next (a
/// [`Happening::RecordFull`](super::Happening::RecordFull) says so). An entry takes at most a
/// few hundred bytes in a save: with the snapshots' bound below, every game the rules can
/// produce saves within `saves::MAX_SAVE_BYTES` and loads back. Marseille's whole games log
/// about 1,500.
pub const MAX_LOG_ENTRIES: usize = 120_000;

/// Past this many log entries, no order is given any more (`Refusal::RecordFull`): the orders
/// of one phase, which a level's free actions could make many, can never carry a game's log
/// far past [`MAX_LOG_ENTRIES`].
pub const MAX_LOG_ENTRIES_AT_ALL: usize = 2 * MAX_LOG_ENTRIES;

/// The most figures a game's snapshots may hold in all (one per stock's capacity, demand and
/// pressure, indicator, resource and ending, at the start of every turn): validation refuses a
/// level whose calendar and places would record more. Marseille records about 5,000.
pub const MAX_RECORDED_FIGURES: usize = 1_000_000;

/// `value + delta`, kept within `0..=MAX_AMOUNT` (a NaN change changes nothing).
pub fn add_amount(value: f64, delta: f64) -> f64 {
    let new = value + delta;
    if new.is_nan() { value } else { new.clamp(0.0, MAX_AMOUNT) }
}

/// `value + delta` for a figure that may go below zero (an extra income), kept within
/// `-MAX_AMOUNT..=MAX_AMOUNT`.
pub fn add_signed(value: f64, delta: f64) -> f64 {
    let new = value + delta;
    if new.is_nan() { value } else { new.clamp(-MAX_AMOUNT, MAX_AMOUNT) }
}

/// `turns + more`, at most `MAX_TURNS_LEFT`.
pub fn add_turns(turns: u32, more: u32) -> u32 {
    turns.saturating_add(more).min(MAX_TURNS_LEFT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn play_saturates_at_the_bounds_and_never_makes_a_nan() {
        assert_eq!(add_amount(MAX_AMOUNT, 1e308), MAX_AMOUNT);
        assert_eq!(add_amount(1e308, 1e308), MAX_AMOUNT);
        assert_eq!(add_amount(5.0, f64::NAN), 5.0);
        assert_eq!(add_amount(5.0, -10.0), 0.0);
        assert_eq!(add_signed(-MAX_AMOUNT, -1e308), -MAX_AMOUNT);
        assert_eq!(add_turns(MAX_TURNS_LEFT - 1, u32::MAX), MAX_TURNS_LEFT);
    }
}
