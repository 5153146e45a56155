//! Hostile files, made on purpose: mutations of level texts and of a save, fed to the loader
//! and, when they load, played a little. Every case must end with a located error or a clean
//! load and play, without a panic and within a time limit. `cargo test` runs a few hundred
//! cases with a fixed seed; `nuage fuzz --cases N` runs many more before a release.

use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::level::LevelError;
use crate::policy::{Policy, PolicyKind};
use crate::sim::{Game, Phase, Scenario, Side};

/// What the cases gave.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Report {
    pub cases: usize,
    /// Refused with a message at a line and column (levels) or a reason (saves).
    pub refused: usize,
    /// Loaded and played without trouble.
    pub loaded: usize,
    /// What went wrong: a panic, a hang or an error with no place, each with its case.
    pub failures: Vec<String>,
}

/// How long one case may take: loading and a few turns take milliseconds.
const CASE_LIMIT: Duration = Duration::from_secs(20);

/// Pieces a hostile or careless hand puts into a RON file.
const TOKENS: &[&str] = &[
    "[",
    "]",
    "(",
    ")",
    "{",
    "}",
    ",",
    ":",
    "\"",
    "/*",
    "*/",
    "//",
    "-1",
    "0",
    "NaN",
    "inf",
    "1e309",
    "4294967295",
    "65536",
    "-0.0",
    "Some(",
    "None",
    "r#\"",
    "'",
    "\u{feff}",
    "é",
    "\n",
];

/// One mutation of `text`, drawn from `rng`.
pub fn mutate(text: &str, rng: &mut ChaCha8Rng) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let n = bytes.len().max(1);
    for _ in 0..rng.random_range(1..4) {
        let at = rng.random_range(0..n.min(bytes.len().max(1)));
        match rng.random_range(0..6) {
            0 => {
                let end = (at + rng.random_range(1..64)).min(bytes.len());
                bytes.drain(at..end);
            }
            1 => {
                let end = (at + rng.random_range(1..256)).min(bytes.len());
                let piece = bytes[at..end].to_vec();
                bytes.splice(at..at, piece);
            }
            2 | 3 => {
                let token = TOKENS[rng.random_range(0..TOKENS.len())];
                bytes.splice(at..at, token.bytes());
            }
            4 => {
                // A digit changed: numbers out of every range.
                if let Some(i) = bytes[at..].iter().position(u8::is_ascii_digit) {
                    bytes[at + i] = b"0123456789"[rng.random_range(0..10)];
                    let extra: Vec<u8> = std::iter::repeat_n(b'9', rng.random_range(0..12)).collect();
                    bytes.splice(at + i..at + i, extra);
                }
            }
            _ => {
                // Deep nesting, behind comments or not.
                let depth = rng.random_range(1..400);
                let open = if rng.random_bool(0.5) { "/*[" } else { "[" };
                bytes.splice(at..at, open.repeat(depth).into_bytes());
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Runs `case` on a thread of its own; a panic or a hang becomes a failure in words.
fn guarded(name: String, case: impl FnOnce() -> Result<bool, String> + Send + 'static) -> Result<bool, String> {
    let (tx, rx) = mpsc::channel();
    let worker = std::thread::Builder::new().name(name.clone()).spawn(move || {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(case));
        let _ = tx.send(outcome);
    });
    if worker.is_err() {
        return Err(format!("{name}: no thread to run it on"));
    }
    match rx.recv_timeout(CASE_LIMIT) {
        Ok(Ok(result)) => result.map_err(|e| format!("{name}: {e}")),
        Ok(Err(_)) => Err(format!("{name}: panicked")),
        // The thread is left behind: the run reports it and goes on.
        Err(_) => Err(format!("{name}: still running after {} s", CASE_LIMIT.as_secs())),
    }
}

/// Plays up to `turns` turns with random players on both sides; at the start of each turn the
/// game is saved and the save loaded back: whatever a valid level lets a game reach, the game
/// must be able to save and resume (an error says which turn's save was refused, and why).
fn play_a_little(game: &mut Game, turns: u32, seed: u64) -> Result<(), String> {
    let mut players = [
        Policy::new(&game.scenario, PolicyKind::Random, Side::Builder, seed),
        Policy::new(&game.scenario, PolicyKind::Random, Side::Collective, seed),
    ];
    let stop = game.world.turn.saturating_add(turns);
    let mut saved_at = None;
    while let Phase::Orders(side) = game.world.phase {
        if game.world.turn >= stop {
            break;
        }
        if saved_at != Some(game.world.turn) {
            saved_at = Some(game.world.turn);
            let text = game.save();
            if let Err(e) = Game::load(game.scenario.clone(), &text) {
                return Err(format!("the game's own save at turn {} is refused: {e}", game.world.turn + 1));
            }
        }
        let _ = crate::policy::play_phase(game, &mut players[side.index()]);
        if game.end_phase(side).is_err() {
            break;
        }
    }
    // Every entry of the log put in words, as the screens do.
    for entry in &game.history.log {
        let _ = crate::sim::describe::happening(&game.scenario, &game.world, &entry.happening, crate::i18n::Lang::Fr);
    }
    Ok(())
}

/// One mutated level: refused with located messages, or loaded and played a little.
fn level_case(name: &str, text: String, seed: u64) -> Result<bool, String> {
    match crate::level::parse(name, &text) {
        Ok(scenario) => {
            let mut game = Game::new(Arc::new(scenario), seed);
            play_a_little(&mut game, 3, seed)?;
            Ok(true)
        }
        Err(LevelError::Invalid(diagnostics)) => {
            if diagnostics.is_empty() || diagnostics.iter().any(|d| d.line == 0 || d.column == 0) {
                return Err("an error without a line and column".into());
            }
            Ok(false)
        }
        Err(LevelError::TooLarge { .. }) => Ok(false),
        Err(other) => Err(format!("an unexpected error: {other}")),
    }
}

/// One mutated save: refused with a reason, or loaded and played a little.
fn save_case(scenario: Arc<Scenario>, text: String, seed: u64) -> Result<bool, String> {
    match Game::load(scenario, &text) {
        Ok(mut game) => {
            play_a_little(&mut game, 2, seed)?;
            Ok(true)
        }
        Err(e) if !e.to_string().is_empty() => Ok(false),
        Err(_) => Err("a refusal without a reason".into()),
    }
}

/// Runs `cases` mutations, shared between the given levels (name, text) and a save of the
/// first level, with the seed `seed`.
pub fn run(levels: &[(String, String)], cases: usize, seed: u64) -> Report {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut report = Report::default();
    let first = levels.first().and_then(|(name, text)| crate::level::parse(name, text).ok()).map(Arc::new);
    // A save a few turns into a game, to mutate.
    let save = first.as_ref().map(|scn| {
        let mut game = Game::new(scn.clone(), seed);
        // A bundled level saves and loads (its own test says so); only the save is wanted here.
        let _ = play_a_little(&mut game, 2, seed);
        game.save()
    });
    for case in 0..cases {
        let case_seed = rng.random::<u64>();
        let outcome = match (&save, &first) {
            (Some(save), Some(scn)) if case % 4 == 3 => {
                let text = mutate(save, &mut rng);
                let scn = scn.clone();
                guarded(format!("save case {case} (seed {seed})"), move || save_case(scn, text, case_seed))
            }
            _ if !levels.is_empty() => {
                let (name, original) = &levels[case % levels.len()];
                let text = mutate(original, &mut rng);
                let name = name.clone();
                guarded(format!("{name} case {case} (seed {seed})"), move || level_case(&name, text, case_seed))
            }
            _ => Ok(false),
        };
        report.cases += 1;
        match outcome {
            Ok(true) => report.loaded += 1,
            Ok(false) => report.refused += 1,
            Err(why) => report.failures.push(why),
        }
    }
    report
}

#[cfg(test)]
mod tests {
    #[test]
    fn mutations_change_the_text_and_are_repeatable() {
        use rand::SeedableRng;
        let text = "(a: [1, 2, 3], b: \"x\")";
        let mut one = rand_chacha::ChaCha8Rng::seed_from_u64(9);
        let mut two = rand_chacha::ChaCha8Rng::seed_from_u64(9);
        let a: Vec<String> = (0..20).map(|_| super::mutate(text, &mut one)).collect();
        let b: Vec<String> = (0..20).map(|_| super::mutate(text, &mut two)).collect();
        assert_eq!(a, b);
        assert!(a.iter().any(|m| m != text));
    }
}
