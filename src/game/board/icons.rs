//! The board's symbols, drawn by us in one style: a white glyph on a round badge. The glyphs
//! are SVG files under `assets/icons/` (`art`), turned into meshes so that they stay crisp at
//! any zoom.

use bevy::mesh::Mesh;

use super::shapes;
use crate::sim::scenario::Icon;

use super::art::Pts;

/// The glyph of an icon: shapes to fill and lines to stroke, inside the unit box, as drawn in
/// its SVG file (`art`).
fn glyph(icon: Icon) -> (&'static [Pts], &'static [(Pts, f32)]) {
    let g = super::art::art().glyph(icon);
    (&g.fills, &g.lines)
}

/// An icon whole, as the board draws it: its badge (a disc in the icon's colour with a light
/// rim) and its white glyph, `size` across, in one mesh with vertex colours.
pub fn badge(icon: Icon, size: f32) -> Mesh {
    use bevy::color::Color;
    let half = size / 2.0;
    let mut painter = shapes::Painter::default();
    painter.fill(&shapes::circle_points(half, 32), super::palette::badge(icon));
    painter.stroke(&shapes::circle_points(half - 0.75, 32), 1.5, true, Color::srgba(1.0, 1.0, 1.0, 0.85));
    let (fills, lines) = glyph(icon);
    let g = half * 0.62;
    let scale = |p: &Pts| p.iter().map(|(x, y)| (x * g, y * g)).collect::<Pts>();
    for f in fills {
        painter.fill(&scale(f), Color::WHITE);
    }
    for (l, w) in lines {
        painter.stroke(&scale(l), w * g, false, Color::WHITE);
    }
    painter.into_mesh()
}

/// The icon's glyph as one mesh, `size` across.
pub fn mesh(icon: Icon, size: f32) -> Mesh {
    let half = size / 2.0;
    let (fills, lines) = glyph(icon);
    let scale = |p: &Pts| p.iter().map(|(x, y)| (x * half, y * half)).collect::<Pts>();
    let fills: Vec<Pts> = fills.iter().map(scale).collect();
    let lines: Vec<(Pts, f32)> = lines.iter().map(|(l, w)| (scale(l), w * half)).collect();
    shapes::compound(&fills, &lines)
}

/// The icon's glyph as triangles (points and indices), `size` across, centred on the origin:
/// the same drawing for egui's panels (an egui mesh) as for the board.
pub fn triangles(icon: Icon, size: f32) -> (Vec<[f32; 2]>, Vec<u32>) {
    let mesh = mesh(icon, size);
    let points = match mesh.attribute(Mesh::ATTRIBUTE_POSITION) {
        Some(bevy::mesh::VertexAttributeValues::Float32x3(p)) => p.iter().map(|v| [v[0], v[1]]).collect(),
        _ => Vec::new(),
    };
    let indices = mesh.indices().map(|i| i.iter().map(|k| k as u32).collect()).unwrap_or_default();
    (points, indices)
}

/// Every icon, for the tests and the legend.
pub const ALL: [Icon; 11] = [
    Icon::DataCentre,
    Icon::Substation,
    Icon::CableLanding,
    Icon::Mine,
    Icon::Refinery,
    Icon::Factory,
    Icon::Fab,
    Icon::Water,
    Icon::Workers,
    Icon::Money,
    Icon::Landmark,
];

#[cfg(test)]
mod tests {
    #[test]
    fn every_icon_draws_something_inside_its_box() {
        for icon in super::ALL {
            let m = super::mesh(icon, 2.0);
            assert!(m.indices().is_some_and(|i| i.len() >= 3), "{icon:?} is empty");
            let Some(bevy::mesh::VertexAttributeValues::Float32x3(pos)) =
                m.attribute(bevy::mesh::Mesh::ATTRIBUTE_POSITION)
            else {
                panic!("positions")
            };
            assert!(pos.iter().all(|p| p[0].abs() <= 1.0 && p[1].abs() <= 1.0), "{icon:?} leaves its box");
        }
    }
}
