//! The board's colours, in one place: Okabe-Ito for pressure (with a shape cue beside each
//! colour), and the map's ground, sea, city and hills in quiet tones that leave the pressures
//! the loudest thing on screen.

use bevy::color::{Alpha, Color};
use bevy_egui::egui::Color32;

use crate::sim::scenario::{BackdropKind, Icon, LinkKind};
use crate::sim::world::Level;

/// Okabe-Ito colours: calm, strained, critical, unknown (egui's form, for the panels).
pub const CALM: Color32 = Color32::from_rgb(86, 180, 233);
pub const STRAINED: Color32 = Color32::from_rgb(230, 159, 0);
pub const CRITICAL: Color32 = Color32::from_rgb(213, 94, 0);
pub const UNKNOWN: Color32 = Color32::from_rgb(150, 150, 150);
/// A place with no stock at all: nothing to press on.
pub const EMPTY: Color32 = Color32::from_rgb(120, 120, 130);

pub fn bevy(c: Color32) -> Color {
    Color::srgba_u8(c.r(), c.g(), c.b(), c.a())
}

/// The deep sea around every map.
pub const SEA: Color = Color::srgb(0.106, 0.200, 0.290);

// 0.318 is a shade of blue here, not an approximation of 1/π.
#[allow(clippy::approx_constant)]
pub fn backdrop(kind: BackdropKind) -> Color {
    match kind {
        BackdropKind::Water => Color::srgb(0.176, 0.318, 0.447),
        BackdropKind::Land => Color::srgb(0.847, 0.816, 0.737),
        BackdropKind::Hill => Color::srgb(0.741, 0.722, 0.604),
        BackdropKind::City => Color::srgb(0.902, 0.871, 0.816),
        BackdropKind::Quay => Color::srgb(0.690, 0.690, 0.675),
        BackdropKind::Cable => link(LinkKind::Cable).0.with_alpha(0.7),
    }
}

/// A place's fill: its pressure colour, half see-through so the map shows under it.
pub fn level(level: Option<Level>, empty: bool) -> Color32 {
    match level {
        None if empty => EMPTY,
        None => UNKNOWN,
        Some(Level::Calm) => CALM,
        Some(Level::Strained) => STRAINED,
        Some(Level::Critical) => CRITICAL,
    }
}

/// The mark that goes with a level in a label: the cue that survives colour blindness.
pub fn mark(level: Option<Level>, empty: bool) -> &'static str {
    match level {
        None if empty => "",
        None => " ?",
        Some(Level::Calm) => "",
        Some(Level::Strained) => " !",
        Some(Level::Critical) => " !!",
    }
}

pub fn link(kind: LinkKind) -> (Color, f32) {
    match kind {
        LinkKind::Cable => (Color::srgb_u8(0, 158, 115), 1.0),
        LinkKind::Supply => (Color::srgb_u8(204, 121, 167), 0.8),
        LinkKind::Power => (Color::srgb_u8(240, 228, 66), 1.0),
        LinkKind::Water => (bevy(CALM), 1.0),
    }
}

/// The badge under an icon: a dark disc for the builders' world, a deep green for the rest.
pub fn badge(icon: Icon) -> Color {
    match icon {
        Icon::DataCentre | Icon::CableLanding | Icon::Fab | Icon::Money => Color::srgb(0.16, 0.16, 0.22),
        Icon::Substation => Color::srgb(0.35, 0.30, 0.05),
        Icon::Mine | Icon::Refinery | Icon::Factory => Color::srgb(0.40, 0.20, 0.10),
        Icon::Water => Color::srgb(0.05, 0.25, 0.40),
        Icon::Workers => Color::srgb(0.25, 0.10, 0.30),
        Icon::Landmark => Color::srgb(0.30, 0.30, 0.30),
    }
}
