//! Shapes of the board as Bevy meshes: polygons filled (concave ones too) and lines stroked by
//! lyon's tessellators, in level coordinates (y up), flat at z = 0.

use bevy::asset::RenderAssetUsages;
use bevy::mesh::{Indices, Mesh, PrimitiveTopology};
use lyon_tessellation::math::{Point, point};
use lyon_tessellation::path::Path;
use lyon_tessellation::{
    BuffersBuilder, FillOptions, FillRule, FillTessellator, FillVertex, LineCap, LineJoin, StrokeOptions,
    StrokeTessellator, StrokeVertex, VertexBuffers,
};

type Buffers = VertexBuffers<[f32; 3], u32>;

/// A lyon path through the finite points given, closed or not; `None` when too few remain (3
/// for an outline, 2 for a line).
fn path(points: &[(f32, f32)], closed: bool) -> Option<Path> {
    let pts: Vec<Point> =
        points.iter().filter(|p| p.0.is_finite() && p.1.is_finite()).map(|p| point(p.0, p.1)).collect();
    if pts.len() < if closed { 3 } else { 2 } {
        return None;
    }
    let mut b = Path::builder();
    b.begin(pts[0]);
    for p in &pts[1..] {
        b.line_to(*p);
    }
    b.end(closed);
    Some(b.build())
}

fn closed_path(points: &[(f32, f32)]) -> Option<Path> {
    path(points, true)
}

fn open_path(points: &[(f32, f32)]) -> Option<Path> {
    path(points, false)
}

fn fill(path: &Path, out: &mut Buffers) {
    // Non-zero keeps a polygon whose outline crosses itself filled, as a person drawing it meant.
    let options = FillOptions::tolerance(0.05).with_fill_rule(FillRule::NonZero);
    // A degenerate outline tessellates to nothing rather than failing the board.
    let _ = FillTessellator::new().tessellate_path(
        path,
        &options,
        &mut BuffersBuilder::new(out, |v: FillVertex| [v.position().x, v.position().y, 0.0]),
    );
}

fn stroke(path: &Path, width: f32, out: &mut Buffers) {
    // The round ends' and joins' tolerance follows the width: the same line on a map drawn in
    // units a thousand times larger must cost the same vertices (a fixed tolerance gave a
    // stripe thousands of them, gigabytes for a level of large places). Marseille's widths
    // keep the tolerance they had.
    let options = StrokeOptions::tolerance((width * 0.01).max(0.05))
        .with_line_width(width)
        .with_line_join(LineJoin::Round)
        .with_line_cap(LineCap::Round);
    let _ = StrokeTessellator::new().tessellate_path(
        path,
        &options,
        &mut BuffersBuilder::new(out, |v: StrokeVertex| [v.position().x, v.position().y, 0.0]),
    );
}

fn mesh(buffers: Buffers) -> Mesh {
    Mesh::new(PrimitiveTopology::TriangleList, RenderAssetUsages::default())
        .with_inserted_attribute(Mesh::ATTRIBUTE_POSITION, buffers.vertices)
        .with_inserted_indices(Indices::U32(buffers.indices))
}

/// A filled polygon, concave or not.
pub fn polygon(points: &[(f32, f32)]) -> Mesh {
    let mut out = Buffers::new();
    if let Some(path) = closed_path(points) {
        fill(&path, &mut out);
    }
    mesh(out)
}

/// The outline of a polygon, `width` wide.
pub fn outline(points: &[(f32, f32)], width: f32) -> Mesh {
    let mut out = Buffers::new();
    if let Some(path) = closed_path(points) {
        stroke(&path, width, &mut out);
    }
    mesh(out)
}

/// A line through `points`, `width` wide, with round ends.
pub fn line(points: &[(f32, f32)], width: f32) -> Mesh {
    let mut out = Buffers::new();
    if let Some(path) = open_path(points) {
        stroke(&path, width, &mut out);
    }
    mesh(out)
}

/// A disc of `radius` about the origin.
pub fn disc(radius: f32) -> Mesh {
    polygon(&circle_points(radius, 32))
}

/// A ring of `radius` about the origin, `width` wide.
pub fn ring(radius: f32, width: f32) -> Mesh {
    outline(&circle_points(radius, 40), width)
}

pub fn circle_points(radius: f32, n: usize) -> Vec<(f32, f32)> {
    (0..n)
        .map(|i| {
            let a = i as f32 / n as f32 * std::f32::consts::TAU;
            (radius * a.cos(), radius * a.sin())
        })
        .collect()
}

/// The outline without the points nearer than `detail` to the last one kept (the first and
/// the last always kept): a shape as a screen can show it, in time and memory linear in its
/// points. An outline with nothing to merge comes back as it is.
pub fn simplified(points: &[(f32, f32)], detail: f32) -> Vec<(f32, f32)> {
    let Some((&last, rest)) = points.split_last() else { return Vec::new() };
    let mut kept: Vec<(f32, f32)> = Vec::with_capacity(points.len());
    for &p in rest {
        match kept.last() {
            Some(&k) if ((p.0 - k.0).powi(2) + (p.1 - k.1).powi(2)).sqrt() < detail => {}
            _ => kept.push(p),
        }
    }
    kept.push(last);
    kept
}

/// Straight stripes of one width, each a quad (4 vertices) with square ends: hatching, whose
/// stripes are cut at the outline they fill.
pub fn segments(lines: &[((f32, f32), (f32, f32))], width: f32) -> Mesh {
    let mut out = Buffers::new();
    for &(a, b) in lines {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let length = (dx * dx + dy * dy).sqrt();
        if !(length > 0.0 && length.is_finite()) {
            continue;
        }
        let (nx, ny) = (-dy / length * width / 2.0, dx / length * width / 2.0);
        let first = out.vertices.len() as u32;
        out.vertices.extend([
            [a.0 + nx, a.1 + ny, 0.0],
            [a.0 - nx, a.1 - ny, 0.0],
            [b.0 - nx, b.1 - ny, 0.0],
            [b.0 + nx, b.1 + ny, 0.0],
        ]);
        out.indices.extend([first, first + 1, first + 2, first, first + 2, first + 3]);
    }
    mesh(out)
}

/// Several filled polygons and stroked lines in one mesh (an icon).
pub fn compound(fills: &[Vec<(f32, f32)>], lines: &[(Vec<(f32, f32)>, f32)]) -> Mesh {
    let mut out = Buffers::new();
    for f in fills {
        if let Some(path) = closed_path(f) {
            fill(&path, &mut out);
        }
    }
    for (l, width) in lines {
        if let Some(path) = open_path(l) {
            stroke(&path, *width, &mut out);
        }
    }
    mesh(out)
}

/// Several shapes, each in its own colour, in one mesh with vertex colours: drawn in one call
/// (later shapes over earlier ones), which is what keeps a software renderer's frame short.
#[derive(Default)]
pub struct Painter {
    positions: Vec<[f32; 3]>,
    colors: Vec<[f32; 4]>,
    indices: Vec<u32>,
    /// Where each shape's indices start, in the order painted.
    starts: Vec<usize>,
}

impl Painter {
    fn add(&mut self, buffers: Buffers, colour: bevy::color::Color) {
        self.starts.push(self.indices.len());
        let base = self.positions.len() as u32;
        let c = bevy::color::ColorToComponents::to_f32_array(colour.to_linear());
        self.colors.extend(std::iter::repeat_n(c, buffers.vertices.len()));
        self.positions.extend(buffers.vertices);
        self.indices.extend(buffers.indices.into_iter().map(|i| i + base));
    }

    /// A filled polygon.
    pub fn fill(&mut self, points: &[(f32, f32)], colour: bevy::color::Color) {
        let mut out = Buffers::new();
        if let Some(path) = closed_path(points) {
            fill(&path, &mut out);
        }
        self.add(out, colour);
    }

    /// A line, open or closed.
    pub fn stroke(&mut self, points: &[(f32, f32)], width: f32, closed: bool, colour: bevy::color::Color) {
        let mut out = Buffers::new();
        let path = if closed { closed_path(points) } else { open_path(points) };
        if let Some(path) = path {
            stroke(&path, width, &mut out);
        }
        self.add(out, colour);
    }

    pub fn is_empty(&self) -> bool {
        self.indices.is_empty()
    }

    /// The shapes as an opaque stack: each shape `step` higher than the one painted before it,
    /// and the triangles listed top shape first. With the depth test of Bevy's opaque 2D pass,
    /// a pixel covered by several shapes is coloured once, by the top one, instead of once per
    /// shape: the ground of a map (sea, land, hills, city) costs one layer, not three or four.
    pub fn into_stacked_mesh(mut self, step: f32) -> Mesh {
        let mut ends = self.starts.iter().skip(1).copied().chain([self.indices.len()]);
        let ranges: Vec<(usize, usize)> =
            self.starts.iter().map(|&start| (start, ends.next().unwrap_or(start))).collect();
        let mut indices = Vec::with_capacity(self.indices.len());
        for (layer, &(start, end)) in ranges.iter().enumerate().rev() {
            for &i in &self.indices[start..end] {
                self.positions[i as usize][2] = layer as f32 * step;
            }
            indices.extend_from_slice(&self.indices[start..end]);
        }
        self.indices = indices;
        self.into_mesh()
    }

    pub fn into_mesh(self) -> Mesh {
        Mesh::new(PrimitiveTopology::TriangleList, RenderAssetUsages::default())
            .with_inserted_attribute(Mesh::ATTRIBUTE_POSITION, self.positions)
            .with_inserted_attribute(Mesh::ATTRIBUTE_COLOR, self.colors)
            .with_inserted_indices(Indices::U32(self.indices))
    }
}

/// A smooth curve through a route's points (Catmull-Rom); a route of two points bows out to
/// one side, as sea cables and shipping lanes are drawn.
pub fn curve(points: &[(f32, f32)]) -> Vec<(f32, f32)> {
    const STEPS: usize = 10;
    let mut pts = points.to_vec();
    if pts.len() < 2 {
        return pts;
    }
    if pts.len() == 2 {
        let (a, b) = (pts[0], pts[1]);
        let normal = (-(b.1 - a.1) * 0.15, (b.0 - a.0) * 0.15);
        pts.insert(1, ((a.0 + b.0) / 2.0 + normal.0, (a.1 + b.1) / 2.0 + normal.1));
    }
    let at = |i: isize| pts[i.clamp(0, pts.len() as isize - 1) as usize];
    let mut out = Vec::with_capacity(pts.len() * STEPS);
    for i in 0..pts.len() as isize - 1 {
        let (p0, p1, p2, p3) = (at(i - 1), at(i), at(i + 1), at(i + 2));
        for step in 0..STEPS {
            let t = step as f32 / STEPS as f32;
            let (t2, t3) = (t * t, t * t * t);
            let blend = |a: f32, b: f32, c: f32, d: f32| {
                0.5 * (2.0 * b
                    + (c - a) * t
                    + (2.0 * a - 5.0 * b + 4.0 * c - d) * t2
                    + (3.0 * b - a - 3.0 * c + d) * t3)
            };
            out.push((blend(p0.0, p1.0, p2.0, p3.0), blend(p0.1, p1.1, p2.1, p3.1)));
        }
    }
    out.push(pts[pts.len() - 1]);
    out
}

/// The point at `t` (0 to 1) of the way along a polyline, by length.
pub fn along(points: &[(f32, f32)], t: f32) -> (f32, f32) {
    let lengths: Vec<f32> =
        points.windows(2).map(|w| ((w[1].0 - w[0].0).powi(2) + (w[1].1 - w[0].1).powi(2)).sqrt()).collect();
    let total: f32 = lengths.iter().sum();
    if points.is_empty() {
        return (0.0, 0.0);
    }
    if total <= 0.0 {
        return points[0];
    }
    let mut left = t.clamp(0.0, 1.0) * total;
    for (w, len) in points.windows(2).zip(&lengths) {
        if left <= *len && *len > 0.0 {
            let f = left / len;
            return (w[0].0 + (w[1].0 - w[0].0) * f, w[0].1 + (w[1].1 - w[0].1) * f);
        }
        left -= len;
    }
    points[points.len() - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn triangles(m: &Mesh) -> usize {
        m.indices().map_or(0, |i| i.len() / 3)
    }

    #[test]
    fn a_stacked_mesh_lists_the_top_shape_first_and_raises_each_shape() {
        let square = |x: f32| [(x, 0.0), (x + 1.0, 0.0), (x + 1.0, 1.0), (x, 1.0)];
        let mut painter = Painter::default();
        painter.fill(&square(0.0), bevy::color::Color::BLACK);
        painter.fill(&square(5.0), bevy::color::Color::WHITE);
        let mesh = painter.into_stacked_mesh(0.5);
        let Some(bevy::mesh::VertexAttributeValues::Float32x3(positions)) = mesh.attribute(Mesh::ATTRIBUTE_POSITION)
        else {
            panic!("no positions");
        };
        let indices: Vec<usize> = mesh.indices().expect("indices").iter().collect();
        assert_eq!(indices.len(), 12, "two squares, two triangles each");
        // The second square painted comes first, half a unit up; the first last, at 0.
        assert!(indices[..6].iter().all(|&i| positions[i][0] >= 5.0 && positions[i][2] == 0.5));
        assert!(indices[6..].iter().all(|&i| positions[i][0] <= 1.0 && positions[i][2] == 0.0));
    }

    #[test]
    fn a_concave_polygon_is_filled_without_covering_its_notch() {
        // An L shape: six corners, four triangles at least, and no triangle over the missing square.
        let l = [(0.0, 0.0), (2.0, 0.0), (2.0, 1.0), (1.0, 1.0), (1.0, 2.0), (0.0, 2.0)];
        let m = polygon(&l);
        assert!(triangles(&m) >= 4);
        let Some(bevy::mesh::VertexAttributeValues::Float32x3(pos)) = m.attribute(Mesh::ATTRIBUTE_POSITION) else {
            panic!("positions")
        };
        let area: f32 = m
            .indices()
            .unwrap()
            .iter()
            .collect::<Vec<_>>()
            .chunks(3)
            .map(|t| {
                let (a, b, c) = (pos[t[0]], pos[t[1]], pos[t[2]]);
                ((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])).abs() / 2.0
            })
            .sum();
        assert!((area - 3.0).abs() < 1e-3, "the L covers 3 squares, not {area}");
    }

    #[test]
    fn degenerate_shapes_give_empty_meshes() {
        assert_eq!(triangles(&polygon(&[(0.0, 0.0), (1.0, 1.0)])), 0);
        assert_eq!(triangles(&polygon(&[(0.0, 0.0), (f32::NAN, 1.0), (1.0, 0.0)])), 0);
        assert_eq!(triangles(&line(&[(0.0, 0.0)], 1.0)), 0);
        assert!(triangles(&line(&[(0.0, 0.0), (3.0, 0.0)], 1.0)) >= 2);
    }

    #[test]
    fn along_walks_a_polyline_by_length() {
        let p = [(0.0, 0.0), (3.0, 0.0), (3.0, 1.0)];
        assert_eq!(along(&p, 0.0), (0.0, 0.0));
        assert_eq!(along(&p, 0.75), (3.0, 0.0));
        assert_eq!(along(&p, 1.0), (3.0, 1.0));
    }
}
