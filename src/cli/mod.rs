//! The command line: one binary, no argument plays, subcommands work headless.

mod balance;
mod bench;
mod inspect;
mod kit;
pub mod plan;
mod play;
mod simulate;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::policy::PolicyKind;

#[derive(Parser)]
#[command(
    name = "nuage",
    version,
    about = "Nuage: a serious game about the material side of the cloud",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Without a subcommand: open the window on the play screen of this level (a facilitator
    /// prepares a session this way); otherwise on the title screen.
    #[arg(long)]
    pub level: Option<PathBuf>,
    /// With --level: who plays the builders (human, passive, random, greedy, ai:easy, ai:medium, ai:hard).
    #[arg(long, default_value = "human", requires = "level")]
    pub builder: play::Player,
    /// With --level: who plays the collective.
    #[arg(long, default_value = "ai:medium", requires = "level")]
    pub collective: play::Player,
    /// With --level: the game's seed (a new one each time by default).
    #[arg(long, requires = "level")]
    pub seed: Option<u64>,
    /// With --level: play the level's workshop session of this many minutes (`nuage plan`
    /// prints its running order) instead of the whole game.
    #[arg(long, requires = "level")]
    pub minutes: Option<u32>,
    /// With --level: a workshop run by a facilitator. Two windows open: the main one, for the
    /// projector, shows only what the public may know; the console, on the laptop's own
    /// screen, holds the clock, the facilitator's controls and every side's view.
    #[arg(long, requires = "level")]
    pub facilitator: bool,
    /// With --level: play in teams, for a level whose sides have teams (each team gives the
    /// orders of its own actions, from its share of its side's action points).
    #[arg(long, requires = "level")]
    pub teams: bool,
    /// With --level: play in teams, each team in its turn with the keyboard to itself (its
    /// own cards, its own objective), in the level's order.
    #[arg(long, requires = "level")]
    pub teams_in_turn: bool,
    /// With --teams-in-turn: a team held by a computer, as KEY=PLAYER (the team's key in the
    /// level, then passive, random, greedy, ai:easy, ai:medium or ai:hard); repeat for more.
    #[arg(long, requires = "teams_in_turn", value_parser = parse_team_player)]
    pub team_player: Vec<(String, PolicyKind)>,
    /// With --level: play back a recorded game of that level, phase by phase, at the pace of
    /// a demonstration (the exported debrief writes one beside it: `...-debrief-N.replay.ron`).
    #[arg(long, requires = "level", conflicts_with_all = ["minutes", "facilitator", "teams", "seed"])]
    pub replay: Option<PathBuf>,
    /// Language of the window (en or fr); the saved setting, else the system's, by default.
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Play a game in the terminal: hot-seat between humans, or against built-in players.
    Play {
        #[arg(long, default_value = "levels/marseille.ron")]
        level: PathBuf,
        /// The game's seed; a new one each time by default (it is printed, to replay a game).
        #[arg(long)]
        seed: Option<u64>,
        /// Who plays the builders: human, passive, random, greedy, ai:easy, ai:medium or ai:hard.
        #[arg(long, default_value = "human")]
        builder: play::Player,
        /// Who plays the collective: human, passive, random, greedy, ai:easy, ai:medium or ai:hard.
        #[arg(long, default_value = "ai:medium")]
        collective: play::Player,
        /// Language of the game (en or fr); the system's by default.
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// Resume a game saved with `s`.
        #[arg(long)]
        load: Option<PathBuf>,
        /// Where `s` saves the game; by default `terminal.ron` in the game's saves folder (the
        /// window's pause menu lists it there).
        #[arg(long)]
        save_to: Option<PathBuf>,
    },
    /// Check level files: exit 0 when all are valid, otherwise print every problem and exit 1.
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print a summary of each valid level as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Play a whole game headless with built-in players and print it turn by turn.
    Simulate {
        #[arg(long)]
        level: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The builders' player: passive, random, greedy, ai:easy, ai:medium or ai:hard.
        #[arg(long, default_value = "ai:medium")]
        builder: PolicyKind,
        /// The collective's player: passive, random, greedy, ai:easy, ai:medium or ai:hard.
        #[arg(long, default_value = "ai:medium")]
        collective: PolicyKind,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Language of the texts (en or fr); the system's by default.
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// Also print every happening of the game, with its cause.
        #[arg(long)]
        log: bool,
        /// Stop at the start of this turn's orders (counted from 1) instead of playing to the end.
        #[arg(long, requires = "save_to", value_parser = clap::value_parser!(u32).range(1..))]
        stop_at: Option<u32>,
        /// With --stop-at: stop at this side's orders (builder by default).
        #[arg(long, value_enum, default_value_t = SideArg::Builder, requires = "stop_at")]
        stop_side: SideArg,
        /// With --stop-at: write the game there as a save.
        #[arg(long, requires = "stop_at")]
        save_to: Option<PathBuf>,
        /// Write the whole game's record there, for `nuage --level FILE --replay FILE`.
        #[arg(long, conflicts_with = "stop_at")]
        replay_to: Option<PathBuf>,
    },
    /// Print a saved game as one seat may know it, as JSON: every figure it does not know is null.
    View {
        #[arg(long)]
        level: PathBuf,
        #[arg(long)]
        load: PathBuf,
        #[arg(long, value_enum)]
        seat: inspect::SeatArg,
        /// Print JSON (the only format for now; accepted for scripts that say so).
        #[arg(long)]
        json: bool,
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
    },
    /// Print the orders a built-in player would give in a saved game's current phase, with its
    /// reasons, as JSON. It decides from its side's view alone.
    Decide {
        #[arg(long)]
        level: PathBuf,
        #[arg(long)]
        load: PathBuf,
        /// passive, random, greedy, ai:easy, ai:medium or ai:hard.
        #[arg(long)]
        player: PolicyKind,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Print JSON (the only format for now; accepted for scripts that say so).
        #[arg(long)]
        json: bool,
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
    },
    /// Play many games over different seeds in parallel and report how the level plays.
    Balance {
        #[arg(long)]
        level: PathBuf,
        /// How many games (1 to 1,000,000).
        #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
        games: u64,
        #[arg(long, default_value = "ai:medium")]
        builder: PolicyKind,
        #[arg(long, default_value = "ai:medium")]
        collective: PolicyKind,
        /// Threads to play on (1 to 256); the machine's cores by default.
        #[arg(long, value_parser = clap::value_parser!(u64).range(1..=256))]
        jobs: Option<u64>,
        #[arg(long)]
        json: bool,
        /// Take an action out of the level for this run (repeatable), to measure what it is worth.
        #[arg(long, value_name = "ACTION")]
        without: Vec<String>,
        /// Play the level's workshop session of this many minutes (from its opening, to its
        /// last turn) instead of the whole game.
        #[arg(long, value_name = "MINUTES")]
        session: Option<u32>,
        /// Play in teams: each team gives the orders of its own actions from its share of its
        /// side's action points (for a level with teams).
        #[arg(long)]
        teams: bool,
        /// Play in teams, each team in its turn (as `nuage --teams-in-turn` does).
        #[arg(long)]
        teams_in_turn: bool,
    },
    /// Print a workshop's running order for a session length: briefing, turns, phase time, debrief.
    Plan {
        #[arg(long)]
        level: PathBuf,
        /// The session's length in minutes (15 to 600).
        #[arg(long, value_parser = clap::value_parser!(u32).range(15..=600))]
        minutes: u32,
        #[arg(long)]
        json: bool,
        /// Language of the running order (en or fr); the system's by default.
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
    },
    /// Write the printable workshop kit: one HTML file (A4, opens offline) with the
    /// facilitator's sheet, a role card per side, a card per action, both maps as posters, a
    /// glossary and the sources.
    Kit {
        #[arg(long)]
        level: PathBuf,
        /// Language of the kit (en or fr); the system's by default.
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// The session's length in minutes, for the facilitator's sheet (15 to 600).
        #[arg(long, default_value_t = 90, value_parser = clap::value_parser!(u32).range(15..=600))]
        minutes: u32,
        /// The folder to write the kit into (made if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// Walk through the game's screens in a window, save a screenshot of each in DIR, and quit.
    Tour {
        #[arg(long, default_value = "screenshots")]
        out: PathBuf,
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// Window size in logical pixels, WIDTHxHEIGHT.
        #[arg(long, default_value = "1280x720", value_parser = parse_size)]
        size: (u32, u32),
        /// Show the screens in projector mode (large text, high contrast).
        #[arg(long)]
        projector: bool,
    },
    /// Time the launch to an interactive title screen and the play screen's frames on both
    /// maps against an empty Bevy + egui window, in alternating runs (build with --release).
    BenchFrames {
        /// Frames timed on each map.
        #[arg(long, default_value_t = 300)]
        frames: u32,
        /// Runs of the game and of the empty window, alternated; medians are reported.
        #[arg(long, default_value_t = 3)]
        rounds: u32,
        /// Run one of the two once and print its figures (used by the rounds).
        #[arg(long, value_enum, hide = true)]
        only: Option<BenchWindow>,
    },
    /// Time turns and whole games of a level with the built-in players (build with --release).
    Bench {
        #[arg(long, default_value = "levels/marseille.ron")]
        level: PathBuf,
        #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
        games: u32,
        /// Instead, write the stress levels the bench grows (hostile shapes at the limits, a
        /// level heavy to play, one large on the board) into this folder, to try them in the
        /// window or with other commands.
        #[arg(long)]
        write_stress_levels: Option<PathBuf>,
    },
    /// Feed mutated levels and saves to the loader and play the ones that load: every case must
    /// end in a located error or a clean game, never a panic or a hang (exit 1 otherwise).
    Fuzz {
        /// The levels to mutate (a save of the first is mutated too).
        #[arg(default_values = ["levels/marseille.ron", "levels/tutorial.ron"])]
        levels: Vec<PathBuf>,
        /// How many cases (1 to 10,000,000).
        #[arg(long, default_value_t = 5000, value_parser = clap::value_parser!(u64).range(1..=10_000_000))]
        cases: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

/// Which window `bench-frames --only` times.
#[derive(Clone, Copy, ValueEnum)]
pub enum BenchWindow {
    Game,
    Empty,
}

/// A side, on the command line.
#[derive(Clone, Copy, ValueEnum)]
pub enum SideArg {
    Builder,
    Collective,
}

impl SideArg {
    fn side(self) -> crate::sim::Side {
        match self {
            SideArg::Builder => crate::sim::Side::Builder,
            SideArg::Collective => crate::sim::Side::Collective,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}

fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let bad = || format!("`{text}` is not a window size: write it WIDTHxHEIGHT, e.g. 1920x1080");
    let (w, h) = text.split_once('x').ok_or_else(bad)?;
    let (w, h) = (w.parse::<u32>().map_err(|_| bad())?, h.parse::<u32>().map_err(|_| bad())?);
    if (320..=7680).contains(&w) && (240..=4320).contains(&h) { Ok((w, h)) } else { Err(bad()) }
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text).ok_or_else(|| format!("unknown language `{text}`: use en or fr"))
}

/// Runs the command line; errors come out as one line and a non-zero exit code.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap formats help and usage errors itself, without a backtrace.
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    match cli.command {
        None => {
            let open = cli.level.map(|level| OpenGame {
                level,
                players: [cli.builder, cli.collective],
                seed: cli.seed.unwrap_or_else(crate::seed::from_clock),
                minutes: cli.minutes,
                facilitated: cli.facilitator,
                teams: cli.teams,
                team_by_team: cli.teams_in_turn,
                team_players: cli.team_player,
                replay: cli.replay,
            });
            play(cli.lang, open)
        }
        Some(Command::Play { level, seed, builder, collective, lang, load, save_to }) => {
            let seed = seed.unwrap_or_else(crate::seed::from_clock);
            let lang = lang.unwrap_or_else(Lang::from_environment);
            let save_to = save_to.unwrap_or_else(|| crate::saves::default_dir().join("terminal.ron"));
            let options = play::Options { seed, players: [builder, collective], lang, save_to };
            play::run(&level, load.as_deref(), &options)
        }
        Some(Command::Validate { files, json }) => validate::run(&files, json),
        Some(Command::Simulate {
            level,
            seed,
            builder,
            collective,
            format,
            lang,
            log,
            stop_at,
            stop_side,
            save_to,
            replay_to,
        }) => {
            let options = simulate::Options {
                seed,
                builder,
                collective,
                format,
                lang: lang.unwrap_or_else(Lang::from_environment),
                log,
                replay_to,
            };
            match (stop_at, save_to) {
                (Some(turn), Some(save_to)) => simulate::stop_at(&level, &options, turn, stop_side.side(), &save_to),
                _ => simulate::run(&level, &options),
            }
        }
        Some(Command::View { level, load, seat, json: _, lang }) => {
            inspect::view(&level, &load, seat, lang.unwrap_or_else(Lang::from_environment))
        }
        Some(Command::Decide { level, load, player, seed, json: _, lang }) => {
            inspect::decide(&level, &load, player, seed, lang.unwrap_or_else(Lang::from_environment))
        }
        Some(Command::Balance {
            level,
            games,
            builder,
            collective,
            jobs,
            json,
            without,
            session,
            teams,
            teams_in_turn,
        }) => {
            let jobs = jobs.map_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()), |j| j as usize);
            let games = games as usize;
            let (teams, team_by_team) = (teams || teams_in_turn, teams_in_turn);
            balance::run(
                &level,
                &balance::Options { games, builder, collective, jobs, json, without, session, teams, team_by_team },
            )
        }
        Some(Command::Plan { level, minutes, json, lang }) => {
            plan::run(&level, minutes, json, lang.unwrap_or_else(Lang::from_environment))
        }
        Some(Command::Kit { level, lang, minutes, out }) => {
            kit::run(&level, lang.unwrap_or_else(Lang::from_environment), minutes, &out)
        }
        Some(Command::Bench { write_stress_levels: Some(dir), .. }) => bench::write_stress_levels(&dir),
        Some(Command::Bench { level, games, .. }) => bench::run(&level, games),
        Some(Command::Fuzz { levels, cases, seed }) => fuzz(&levels, cases as usize, seed),
        Some(Command::Tour { out, lang, size, projector }) => {
            tour(out, lang.unwrap_or_else(Lang::from_environment), size, projector)
        }
        Some(Command::BenchFrames { frames, rounds, only }) => bench_frames(frames, rounds, only),
    }
}

/// A game to open the window on, from the command line.
#[cfg_attr(not(feature = "gui"), allow(dead_code))]
struct OpenGame {
    level: PathBuf,
    players: [play::Player; 2],
    seed: u64,
    minutes: Option<u32>,
    facilitated: bool,
    teams: bool,
    team_by_team: bool,
    team_players: Vec<(String, PolicyKind)>,
    replay: Option<PathBuf>,
}

/// `KEY=PLAYER` for `--team-player`.
fn parse_team_player(text: &str) -> Result<(String, PolicyKind), String> {
    let (key, player) = text.split_once('=').ok_or("write it as KEY=PLAYER, for instance state=ai:medium")?;
    Ok((key.trim().to_owned(), player.trim().parse::<PolicyKind>()?))
}

/// No subcommand: open the game's window where there is a display (on the play screen of a
/// level when one is given); otherwise say how to play.
fn play(lang: Option<Lang>, open: Option<OpenGame>) -> ExitCode {
    let shown_lang = lang.unwrap_or_else(Lang::from_environment);
    // A level that does not load is reported before any window opens.
    let scenario = match &open {
        Some(game) => match load_level(&game.level) {
            Some(scenario) => {
                if let Some(minutes) = game.minutes
                    && crate::opening::find(&scenario, minutes).is_none()
                {
                    let have: Vec<String> = scenario.sessions.iter().map(|s| s.minutes.to_string()).collect();
                    let have = if have.is_empty() { "none".to_owned() } else { have.join(", ") };
                    eprintln!(
                        "error: {} has no session of {minutes} minutes (its sessions: {have}); `nuage plan --level {} --minutes {minutes}` works one out",
                        game.level.display(),
                        game.level.display()
                    );
                    return ExitCode::from(2);
                }
                Some(scenario)
            }
            None => return ExitCode::from(1),
        },
        None => None,
    };
    // Teams a computer holds, found by their key in the level.
    let mut team_players = Vec::new();
    if let (Some(open), Some(scenario)) = (&open, &scenario) {
        for (key, kind) in &open.team_players {
            let found = crate::sim::Side::BOTH.iter().find_map(|side| {
                scenario.side(*side).teams.iter().position(|t| &t.key == key).map(|i| (*side, i, *kind))
            });
            match found {
                Some(team) => team_players.push(team),
                None => {
                    let keys: Vec<&str> = crate::sim::Side::BOTH
                        .iter()
                        .flat_map(|s| scenario.side(*s).teams.iter().map(|t| t.key.as_str()))
                        .collect();
                    let keys = if keys.is_empty() { "none".to_owned() } else { keys.join(", ") };
                    eprintln!("error: {} has no team `{key}` (its teams: {keys})", open.level.display());
                    return ExitCode::from(2);
                }
            }
        }
    }
    // A replay that does not belong to the level is refused before any window opens.
    let replay = match (&open, &scenario) {
        (Some(OpenGame { replay: Some(path), .. }), Some(scenario)) => {
            let read = crate::files::read_text(path, crate::saves::MAX_SAVE_BYTES).and_then(|text| {
                crate::sim::Game::read_replay(scenario.clone(), &text).map_err(|e| match e {
                    crate::sim::LoadError::OtherLevel { found, expected } => {
                        format!("this replay is of level `{found}`, not `{expected}`: give its own level with --level")
                    }
                    crate::sim::LoadError::LevelChanged { level } => {
                        format!(
                            "the level `{level}` has changed since this game was recorded: its replay cannot be played"
                        )
                    }
                    other => other.to_string(),
                })
            });
            match read {
                Ok(replay) => Some(replay),
                Err(why) => {
                    eprintln!("error: {}: {why}", path.display());
                    return ExitCode::from(1);
                }
            }
        }
        _ => None,
    };
    #[cfg(feature = "gui")]
    if has_display() {
        use crate::game::catalogue::Seat;
        let seat = |p: play::Player| match p {
            play::Player::Human => Seat::Human,
            play::Player::Computer(kind) => Seat::Computer(kind),
        };
        let open = open.zip(scenario).map(|(game, scenario)| crate::game::OpenGame {
            path: game.level,
            scenario,
            seats: game.players.map(seat),
            seed: game.seed,
            minutes: game.minutes,
            facilitated: game.facilitated,
            teams: game.teams,
            team_by_team: game.team_by_team,
            team_players: team_players.clone(),
            replay,
        });
        let launch = crate::game::Launch {
            lang: shown_lang,
            lang_chosen: lang.is_some(),
            tour: None,
            bench: None,
            size: (1280, 720),
            projector: None,
            open,
        };
        return match crate::game::run(launch) {
            bevy::app::AppExit::Success => ExitCode::SUCCESS,
            bevy::app::AppExit::Error(_) => ExitCode::from(1),
        };
    }
    let _ = (open, scenario, replay, team_players);
    eprintln!("{}", crate::i18n::tr(shown_lang, "cli-no-window"));
    ExitCode::from(1)
}

/// Whether a window can be opened here.
fn has_display() -> bool {
    ["DISPLAY", "WAYLAND_DISPLAY"].iter().any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()))
}

/// Refuses a windowed tool where no window can open, saying what to do.
fn needs_display() -> Result<(), ExitCode> {
    if has_display() {
        return Ok(());
    }
    eprintln!(
        "no display: this command opens a window; set DISPLAY (for instance run `Xvfb :99 &` and `DISPLAY=:99 nuage ...`)"
    );
    Err(ExitCode::from(1))
}

/// `nuage tour`: needs the window, so the desktop build and a display.
fn tour(out: PathBuf, lang: Lang, size: (u32, u32), projector: bool) -> ExitCode {
    if let Err(code) = needs_display() {
        return code;
    }
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("cannot create {}: {e}", out.display());
        return ExitCode::from(1);
    }
    #[cfg(feature = "gui")]
    {
        let out = std::fs::canonicalize(&out).unwrap_or(out);
        let launch = crate::game::Launch {
            lang,
            lang_chosen: true,
            tour: Some(out),
            bench: None,
            size,
            projector: Some(projector),
            open: None,
        };
        match crate::game::run(launch) {
            bevy::app::AppExit::Success => ExitCode::SUCCESS,
            bevy::app::AppExit::Error(_) => ExitCode::from(1),
        }
    }
    #[cfg(not(feature = "gui"))]
    {
        let _ = (lang, size, projector);
        eprintln!("this build has no window (built without the `gui` feature)");
        ExitCode::from(1)
    }
}

/// `nuage bench-frames`: the game's launch and frame times against an empty window's.
fn bench_frames(frames: u32, rounds: u32, only: Option<BenchWindow>) -> ExitCode {
    if let Err(code) = needs_display() {
        return code;
    }
    #[cfg(feature = "gui")]
    {
        use crate::game::bench;
        let ok = match only {
            Some(BenchWindow::Game) => bench::run_game(frames),
            Some(BenchWindow::Empty) => bench::run_empty_window(frames),
            None => bench::rounds(frames, rounds.max(1)),
        };
        if ok { ExitCode::SUCCESS } else { ExitCode::from(1) }
    }
    #[cfg(not(feature = "gui"))]
    {
        let _ = (frames, rounds, only);
        eprintln!("this build has no window (built without the `gui` feature)");
        ExitCode::from(1)
    }
}

/// Loads a level or prints why not.
/// `nuage fuzz`: runs the cases and prints what they gave.
fn fuzz(levels: &[PathBuf], cases: usize, seed: u64) -> ExitCode {
    let mut texts = Vec::new();
    for path in levels {
        match crate::files::read_text(path, crate::level::MAX_LEVEL_BYTES) {
            Ok(text) => texts.push((path.display().to_string(), text)),
            Err(why) => {
                eprintln!("cannot read {}: {why}", path.display());
                return ExitCode::from(2);
            }
        }
    }
    let report = crate::fuzz::run(&texts, cases, seed);
    println!(
        "{} cases (seed {seed}): {} refused with a located error, {} loaded and played, {} failures",
        report.cases,
        report.refused,
        report.loaded,
        report.failures.len()
    );
    for failure in &report.failures {
        println!("  {failure}");
    }
    if report.failures.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

fn load_level(path: &std::path::Path) -> Option<std::sync::Arc<crate::sim::Scenario>> {
    match crate::level::load(path) {
        Ok(scenario) => Some(std::sync::Arc::new(scenario)),
        Err(e) => {
            eprintln!("{e}");
            None
        }
    }
}
