//! The `nuage` binary: the game with no argument, headless tools as subcommands.

fn main() -> std::process::ExitCode {
    quiet_on_closed_pipe();
    nuage::cli::run()
}

/// `nuage simulate ... | head` closes the pipe early: stop quietly, as other command-line tools
/// do, instead of reporting a panic.
fn quiet_on_closed_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info.payload().downcast_ref::<String>().map(String::as_str).unwrap_or("");
        if message.starts_with("failed printing to stdout") && message.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info);
    }));
}
