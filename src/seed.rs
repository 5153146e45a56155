//! A seed for a new game when none is given: the clock, read here at the edge of the program
//! (the command line, the window), never in the core.

pub fn from_clock() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_secs())
}
