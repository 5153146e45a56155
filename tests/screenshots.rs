//! The game's screens as a person sees them: `nuage tour` walks through title, play (port and
//! world maps) and debrief in a real window under Xvfb with software Vulkan, and saves a picture
//! of each under the target folder. Each must be neither blank nor the same as another.

use std::path::{Path, PathBuf};
use std::process::{Child, Command};

const SCREENS: [&str; 8] = [
    "title.png",
    "choose.png",
    "play-port.png",
    "report.png",
    "play-world.png",
    "goals.png",
    "pause.png",
    "debrief.png",
];

/// An X server of our own for the duration of the test.
struct Xvfb(Child);

impl Drop for Xvfb {
    fn drop(&mut self) {
        // SIGTERM, so that the server removes its lock file on the way out.
        let _ = Command::new("kill").arg(self.0.id().to_string()).status();
        let _ = self.0.wait();
    }
}

/// A display number no X server holds.
fn free_display() -> String {
    (90..200)
        .map(|n| format!(":{n}"))
        .find(|d| !Path::new(&format!("/tmp/.X{}-lock", &d[1..])).exists())
        .expect("a free display")
}

fn start_xvfb(display: &str) -> Xvfb {
    let child = Command::new("Xvfb")
        .args([display, "-screen", "0", "1280x720x24", "-nolisten", "tcp"])
        .spawn()
        .expect("Xvfb runs (apt-get install xvfb mesa-vulkan-drivers libvulkan1; .ci/run does)");
    std::thread::sleep(std::time::Duration::from_secs(2));
    Xvfb(child)
}

/// Decoded RGB(A) pixels of a PNG.
fn pixels(path: &Path) -> Vec<u8> {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buffer).unwrap();
    assert_eq!((info.width, info.height), (1280, 720), "{}", path.display());
    buffer.truncate(info.buffer_size());
    buffer
}

fn distinct_colours(pixels: &[u8]) -> usize {
    let mut colours: Vec<[u8; 3]> = pixels.chunks(3).map(|c| [c[0], c[1], c[2]]).collect();
    colours.sort_unstable();
    colours.dedup();
    colours.len()
}

#[test]
fn every_screen_renders_something_of_its_own() {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    let _ = std::fs::remove_dir_all(&out);
    let display = free_display();
    let _server = start_xvfb(&display);
    let mut tour = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .args(["tour", "--out", out.to_str().unwrap(), "--lang", "fr"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("DISPLAY", &display)
        .env_remove("WAYLAND_DISPLAY")
        .spawn()
        .unwrap();
    // A tour that stops getting frames would wait for ever: it has ten minutes (it takes well
    // under one on two cores), then it is stopped and the test fails.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(600);
    let status = loop {
        if let Some(status) = tour.try_wait().unwrap() {
            break Some(status);
        }
        if std::time::Instant::now() > deadline {
            let _ = tour.kill();
            let _ = tour.wait();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    };
    assert!(status.is_some(), "nuage tour did not finish in ten minutes");
    assert!(status.unwrap().success(), "nuage tour failed");
    let images: Vec<Vec<u8>> = SCREENS.iter().map(|name| pixels(&out.join(name))).collect();
    for (name, image) in SCREENS.iter().zip(&images) {
        let colours = distinct_colours(image);
        assert!(colours > 20, "{name} looks blank ({colours} colours)");
    }
    for i in 0..images.len() {
        for j in i + 1..images.len() {
            let differing = images[i].iter().zip(&images[j]).filter(|(a, b)| a != b).count();
            assert!(differing > images[i].len() / 100, "{} and {} are nearly the same", SCREENS[i], SCREENS[j]);
        }
    }
}
