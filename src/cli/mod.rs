//! The command line: one binary, no argument plays, subcommands work headless.

mod bench;
mod simulate;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::policy::PolicyKind;

#[derive(Parser)]
#[command(name = "nuage", version, about = "Nuage: a serious game about the material side of the cloud")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand)]
pub enum Command {
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
        /// The builders' player: passive, random or greedy.
        #[arg(long, default_value = "greedy")]
        builder: PolicyKind,
        /// The collective's player: passive, random or greedy.
        #[arg(long, default_value = "greedy")]
        collective: PolicyKind,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Language of the texts (en or fr); the system's by default.
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// Also print every happening of the game, with its cause.
        #[arg(long)]
        log: bool,
    },
    /// Time turns and whole games of a level with the built-in players (build with --release).
    Bench {
        #[arg(long, default_value = "levels/marseille.ron")]
        level: PathBuf,
        #[arg(long, default_value_t = 200)]
        games: u32,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
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
        None => play(),
        Some(Command::Validate { files, json }) => validate::run(&files, json),
        Some(Command::Simulate { level, seed, builder, collective, format, lang, log }) => {
            let options = simulate::Options { seed, builder, collective, format, lang: lang.unwrap_or_else(Lang::from_environment), log };
            simulate::run(&level, &options)
        }
        Some(Command::Bench { level, games }) => bench::run(&level, games),
    }
}

/// No subcommand: the desktop game is not part of this build yet, so say how to play headless.
fn play() -> ExitCode {
    eprintln!("{}", crate::i18n::tr(Lang::from_environment(), "cli-no-window"));
    ExitCode::from(1)
}

/// Loads a level or prints why not.
fn load_level(path: &std::path::Path) -> Option<std::sync::Arc<crate::sim::Scenario>> {
    match crate::level::load(path) {
        Ok(scenario) => Some(std::sync::Arc::new(scenario)),
        Err(e) => {
            eprintln!("{e}");
            None
        }
    }
}
