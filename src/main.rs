//! The `nuage` binary: the game with no argument, headless tools as subcommands.

fn main() -> std::process::ExitCode {
    nuage::cli::run()
}
