//! The board's symbols, drawn by us in one style: a white glyph on a round badge, built from
//! a few lines and shapes in a box from -1 to 1, so that they stay crisp at any zoom.

use bevy::mesh::Mesh;

use super::shapes;
use crate::sim::scenario::Icon;

type Pts = Vec<(f32, f32)>;

fn rect(x0: f32, y0: f32, x1: f32, y1: f32) -> Pts {
    vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
}

/// The glyph of an icon: shapes to fill and lines to stroke, inside the unit box.
fn glyph(icon: Icon) -> (Vec<Pts>, Vec<(Pts, f32)>) {
    const W: f32 = 0.14;
    match icon {
        // A rack of servers: three drawers with a light each.
        Icon::DataCentre => (
            vec![rect(-0.55, 0.3, 0.55, 0.7), rect(-0.55, -0.2, 0.55, 0.2), rect(-0.55, -0.7, 0.55, -0.3)],
            vec![],
        ),
        // A lightning bolt.
        Icon::Substation => (vec![vec![(0.15, 0.8), (-0.45, -0.05), (-0.02, -0.05), (-0.2, -0.8), (0.45, 0.1), (0.05, 0.1)]], vec![]),
        // A cable rising out of the waves to a plug.
        Icon::CableLanding => (
            vec![rect(-0.25, 0.35, 0.25, 0.7)],
            vec![
                (vec![(0.0, 0.35), (0.0, -0.35)], W),
                (vec![(-0.7, -0.45), (-0.35, -0.3), (0.0, -0.45), (0.35, -0.6), (0.7, -0.45)], W),
            ],
        ),
        // A heap of ore under a pick.
        Icon::Mine => (
            vec![vec![(-0.75, -0.65), (0.75, -0.65), (0.0, 0.05)]],
            vec![(vec![(-0.5, 0.3), (-0.1, 0.7), (0.35, 0.75)], W), (vec![(-0.1, 0.7), (0.45, 0.05)], W)],
        ),
        // A furnace with a tall chimney and smoke.
        Icon::Refinery => (
            vec![vec![(-0.7, -0.7), (0.7, -0.7), (0.7, -0.1), (0.2, -0.1), (0.2, 0.5), (-0.05, 0.5), (-0.05, -0.1), (-0.7, -0.1)]],
            vec![(vec![(0.08, 0.6), (0.25, 0.75), (0.45, 0.7)], W)],
        ),
        // A saw-tooth roofed workshop.
        Icon::Factory => (
            vec![vec![(-0.75, -0.7), (0.75, -0.7), (0.75, 0.3), (0.25, 0.0), (0.25, 0.3), (-0.25, 0.0), (-0.25, 0.3), (-0.75, 0.0)]],
            vec![],
        ),
        // A chip with its pins.
        Icon::Fab => (
            vec![rect(-0.4, -0.4, 0.4, 0.4)],
            [-0.2f32, 0.2]
                .iter()
                .flat_map(|&o| {
                    [
                        (vec![(o, 0.4), (o, 0.7)], W),
                        (vec![(o, -0.4), (o, -0.7)], W),
                        (vec![(0.4, o), (0.7, o)], W),
                        (vec![(-0.4, o), (-0.7, o)], W),
                    ]
                })
                .collect(),
        ),
        // A drop.
        Icon::Water => {
            let mut drop = vec![(0.0, 0.8)];
            drop.extend((0..=12).map(|i| {
                let a = std::f32::consts::PI * (i as f32 / 12.0) + std::f32::consts::PI * 1.0;
                (0.45 * a.cos() * -1.0, -0.2 + 0.45 * a.sin())
            }));
            (vec![drop], vec![])
        }
        // A person.
        Icon::Workers => (
            vec![
                shapes::circle_points(0.25, 16).into_iter().map(|(x, y)| (x, y + 0.45)).collect(),
                vec![(-0.55, -0.7), (0.55, -0.7), (0.45, -0.05), (-0.45, -0.05)],
            ],
            vec![],
        ),
        // A coin.
        Icon::Money => (
            vec![],
            vec![
                (shapes::circle_points(0.55, 20).into_iter().chain([(0.55, 0.0)]).collect(), W),
                (vec![(0.0, -0.3), (0.0, 0.3)], W),
            ],
        ),
        // A star: something to see.
        Icon::Landmark => (
            vec![
                (0..10)
                    .map(|i| {
                        let r = if i % 2 == 0 { 0.75 } else { 0.32 };
                        let a = std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::TAU / 10.0;
                        (r * a.cos(), r * a.sin())
                    })
                    .collect(),
            ],
            vec![],
        ),
    }
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
    for f in &fills {
        painter.fill(&scale(f), Color::WHITE);
    }
    for (l, w) in &lines {
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
            let Some(bevy::mesh::VertexAttributeValues::Float32x3(pos)) = m.attribute(bevy::mesh::Mesh::ATTRIBUTE_POSITION)
            else {
                panic!("positions")
            };
            assert!(pos.iter().all(|p| p[0].abs() <= 1.0 && p[1].abs() <= 1.0), "{icon:?} leaves its box");
        }
    }
}
