//! Checks on a level's shapes: an outline the board can fill must have three distinct corners,
//! enclose some area, stay within reach of the map and not cross itself. Plain geometry on the
//! level's points, so that `nuage validate` refuses a broken drawing where it is written.

use crate::sim::scenario::Point;

/// Coordinates beyond this are refused: the maps are drawn in units of about a pixel, and
/// single-precision points this far out lose the detail of a coastline.
pub const MAX_COORDINATE: f32 = 1.0e6;

/// What is wrong with an outline, in words for the level's author.
#[derive(Debug, Clone, PartialEq)]
pub enum Flaw {
    /// A coordinate is not a number, infinite or too far out; `index` is the point.
    OutOfReach { index: usize },
    /// Fewer than three distinct corners, or all on one line.
    NoArea,
    /// Edges `a` and `b` (edge `i` runs from point `i` to the next) cross near `at`.
    Crossing { a: usize, b: usize, at: Point },
}

impl Flaw {
    pub fn message(&self) -> String {
        match self {
            Flaw::OutOfReach { index } => {
                format!("point {index} is not a usable coordinate (each must be a number within ±{MAX_COORDINATE})")
            }
            Flaw::NoArea => {
                "this outline encloses no area: it needs at least 3 distinct corners, not all on one line".into()
            }
            Flaw::Crossing { a, b, at } => format!(
                "this outline crosses itself: its edge from point {a} and its edge from point {b} cross near ({:.1}, {:.1})",
                at.0, at.1
            ),
        }
    }

    /// The message for a single point (a marker) rather than a list.
    pub fn single_point_message() -> String {
        format!("this point is not a usable coordinate (each must be a number within ±{MAX_COORDINATE})")
    }

    pub fn help(&self) -> &'static str {
        match self {
            Flaw::OutOfReach { .. } => "write every point as two plain numbers, e.g. (120.0, 45.5)",
            Flaw::NoArea => "give the shape at least three corners that are not all on one line",
            Flaw::Crossing { .. } => "list the corners in order around the shape, or split it into two shapes",
        }
    }
}

/// Every point is a finite coordinate within reach.
pub fn reachable(points: &[Point]) -> Result<(), Flaw> {
    match points.iter().position(|p| !(p.0.abs() <= MAX_COORDINATE && p.1.abs() <= MAX_COORDINATE)) {
        Some(index) => Err(Flaw::OutOfReach { index }),
        None => Ok(()),
    }
}

/// The first flaw of a closed outline, if any.
pub fn check_outline(points: &[Point]) -> Result<(), Flaw> {
    reachable(points)?;
    // A crossing first: a bow tie's two halves cancel out to no area.
    if let Some(flaw) = first_crossing(points) {
        return Err(flaw);
    }
    if area(points).abs() <= f64::EPSILON * scale(points) {
        return Err(Flaw::NoArea);
    }
    Ok(())
}

/// Twice the signed area (shoelace), in f64 so that large outlines keep their precision.
fn area(points: &[Point]) -> f64 {
    let n = points.len();
    (0..n)
        .map(|i| {
            let (a, b) = (points[i], points[(i + 1) % n]);
            f64::from(a.0) * f64::from(b.1) - f64::from(b.0) * f64::from(a.1)
        })
        .sum()
}

/// The square of the outline's extent: what "no area" is measured against.
fn scale(points: &[Point]) -> f64 {
    let (mut lo, mut hi) = ((f64::MAX, f64::MAX), (f64::MIN, f64::MIN));
    for p in points {
        let (x, y) = (f64::from(p.0), f64::from(p.1));
        lo = (lo.0.min(x), lo.1.min(y));
        hi = (hi.0.max(x), hi.1.max(y));
    }
    ((hi.0 - lo.0).max(hi.1 - lo.1)).powi(2).max(1.0)
}

type P = (f64, f64);

fn at(points: &[Point], i: usize) -> P {
    let p = points[i % points.len()];
    (f64::from(p.0), f64::from(p.1))
}

fn cross(o: P, a: P, b: P) -> f64 {
    (a.0 - o.0) * (b.1 - o.1) - (a.1 - o.1) * (b.0 - o.0)
}

/// Whether segments pq and rs cross (each passes through the other) or run along each other
/// for a length. Touching at a point is allowed: outlines rounded to whole units often pinch
/// at a corner (Natural Earth's coasts do), which fills as drawn.
fn segments_meet(p: P, q: P, r: P, s: P) -> bool {
    let (d1, d2, d3, d4) = (cross(r, s, p), cross(r, s, q), cross(p, q, r), cross(p, q, s));
    let opposite = |a: f64, b: f64| (a > 0.0 && b < 0.0) || (a < 0.0 && b > 0.0);
    if opposite(d1, d2) && opposite(d3, d4) {
        return true;
    }
    if d1 != 0.0 || d2 != 0.0 || d3 != 0.0 || d4 != 0.0 {
        return false;
    }
    // On one line: they overlap for a length when their extents along it do.
    let along = |a: P| if (q.0 - p.0).abs() >= (q.1 - p.1).abs() { a.0 } else { a.1 };
    let (lo1, hi1) = (along(p).min(along(q)), along(p).max(along(q)));
    let (lo2, hi2) = (along(r).min(along(s)), along(r).max(along(s)));
    hi1.min(hi2) > lo1.max(lo2)
}

/// Two edges that cross, other than neighbours meeting at their shared corner. Edges are swept
/// from left to right, so that only edges overlapping in x are compared: a coastline of a few
/// hundred points takes microseconds.
fn first_crossing(points: &[Point]) -> Option<Flaw> {
    let n = points.len();
    // Repeated consecutive corners make zero-length edges: they cross nothing.
    let edges: Vec<usize> = (0..n).filter(|&i| at(points, i) != at(points, i + 1)).collect();
    let mut order = edges.clone();
    let left = |i: usize| at(points, i).0.min(at(points, i + 1).0);
    let right = |i: usize| at(points, i).0.max(at(points, i + 1).0);
    order.sort_by(|&a, &b| left(a).total_cmp(&left(b)).then(a.cmp(&b)));
    let mut found: Option<(usize, usize)> = None;
    for (k, &a) in order.iter().enumerate() {
        let reach = right(a);
        for &b in &order[k + 1..] {
            if left(b) > reach {
                break;
            }
            if neighbours(points, a, b) {
                continue;
            }
            if segments_meet(at(points, a), at(points, a + 1), at(points, b), at(points, b + 1)) {
                let pair = (a.min(b), a.max(b));
                // The same answer whatever the sweep's order: the lowest pair.
                if found.is_none_or(|f| pair < f) {
                    found = Some(pair);
                }
            }
        }
    }
    found.map(|(a, b)| {
        let (p, q, r, s) = (at(points, a), at(points, a + 1), at(points, b), at(points, b + 1));
        let (d1, d2) = (cross(r, s, p), cross(r, s, q));
        // Where they cross; for overlapping edges, the first edge's start is near enough.
        let t = if (d1 - d2).abs() > f64::EPSILON { (d1 / (d1 - d2)).clamp(0.0, 1.0) } else { 0.0 };
        let at = ((p.0 + t * (q.0 - p.0)) as f32, (p.1 + t * (q.1 - p.1)) as f32);
        Flaw::Crossing { a, b, at }
    })
}

/// Edges that follow each other around the outline (skipping repeated corners) share a corner
/// and may touch there.
fn neighbours(points: &[Point], a: usize, b: usize) -> bool {
    let n = points.len();
    let next_distinct = |i: usize| (1..=n).map(|k| (i + k) % n).find(|&j| at(points, j) != at(points, j + 1));
    next_distinct(a) == Some(b) || next_distinct(b) == Some(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_square_and_a_concave_outline_pass() {
        assert_eq!(check_outline(&[(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0)]), Ok(()));
        let l = [(0.0, 0.0), (2.0, 0.0), (2.0, 1.0), (1.0, 1.0), (1.0, 2.0), (0.0, 2.0)];
        assert_eq!(check_outline(&l), Ok(()));
        // A repeated corner is harmless.
        assert_eq!(check_outline(&[(0.0, 0.0), (4.0, 0.0), (4.0, 0.0), (4.0, 4.0)]), Ok(()));
    }

    #[test]
    fn a_bow_tie_is_found_crossing_where_it_crosses() {
        let bow = [(0.0, 0.0), (4.0, 4.0), (4.0, 0.0), (0.0, 4.0)];
        match check_outline(&bow) {
            Err(Flaw::Crossing { a, b, at }) => {
                assert_eq!((a, b), (0, 2));
                assert!((at.0 - 2.0).abs() < 1e-4 && (at.1 - 2.0).abs() < 1e-4, "{at:?}");
            }
            other => panic!("expected a crossing, got {other:?}"),
        }
    }

    #[test]
    fn an_outline_that_runs_back_along_itself_is_refused() {
        // The third edge runs back along part of the first.
        let back = [(0.0, 0.0), (4.0, 0.0), (4.0, 2.0), (6.0, 0.0), (1.0, 0.0), (0.0, -3.0)];
        assert!(matches!(check_outline(&back), Err(Flaw::Crossing { .. })), "{:?}", check_outline(&back));
    }

    #[test]
    fn an_outline_pinched_at_a_corner_passes() {
        // Two squares meeting at the corner (2, 2), drawn as one outline: a touch, not a crossing.
        let pinch = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (4.0, 2.0), (4.0, 4.0), (2.0, 4.0), (2.0, 2.0), (0.0, 2.0)];
        assert_eq!(check_outline(&pinch), Ok(()));
    }

    #[test]
    fn no_area_and_unusable_points_are_refused() {
        assert_eq!(check_outline(&[(0.0, 0.0), (1.0, 1.0), (2.0, 2.0)]), Err(Flaw::NoArea));
        assert_eq!(check_outline(&[(3.0, 3.0), (3.0, 3.0), (3.0, 3.0)]), Err(Flaw::NoArea));
        assert_eq!(check_outline(&[(0.0, 0.0), (f32::NAN, 1.0), (2.0, 0.0)]), Err(Flaw::OutOfReach { index: 1 }));
        assert_eq!(check_outline(&[(0.0, 0.0), (1.0, 1.0), (2.0e7, 0.0)]), Err(Flaw::OutOfReach { index: 2 }));
    }

    #[test]
    fn a_long_wavy_coastline_passes() {
        // 10,000 corners along a wavy top edge, closed along the bottom.
        let n = 10_000;
        let mut pts: Vec<Point> = (0..n).map(|i| (i as f32, 10.0 + ((i % 7) as f32))).collect();
        pts.push((n as f32, 0.0));
        pts.push((0.0, 0.0));
        assert_eq!(check_outline(&pts), Ok(()));
    }
}
