//! A map of the level as an SVG poster, drawn from the level's own geometry: the backdrops
//! (sea, land, hills, city, quays, cables), the places (zones and points) with their names, the
//! routes between them, and the landmarks. Printed, it is the board the room points at.

use super::html::esc;
use crate::i18n::Lang;
use crate::sim::Scenario;
use crate::sim::scenario::{BackdropKind, MapKind, Point, Shape};

/// The poster of `map`, or `None` when the level draws nothing on it.
pub fn svg(scn: &Scenario, map: MapKind, lang: Lang) -> Option<String> {
    let bounds = Bounds::of(scn, map)?;
    let (x0, y0, w, h) = bounds.view_box();
    // Sizes in map units, from the poster's width: the same on a port of 20 km and a world.
    let unit = w.max(h) / 1000.0;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{x0:.2} {y0:.2} {w:.2} {h:.2}\" role=\"img\" aria-label=\"{}\">\n",
        esc(&map_name(map, lang))
    );
    out.push_str(&format!("<rect x=\"{x0:.2}\" y=\"{y0:.2}\" width=\"{w:.2}\" height=\"{h:.2}\" fill=\"#d6e6f2\"/>\n"));
    let mut backdrops: Vec<_> = scn.backdrops.iter().filter(|b| b.map == map).collect();
    backdrops.sort_by_key(|b| b.kind);
    for b in &backdrops {
        let points = path_points(&b.polygon);
        let line = match b.kind {
            BackdropKind::Cable => format!(
                "<polyline points=\"{points}\" fill=\"none\" stroke=\"#6d8fb3\" stroke-width=\"{:.2}\" stroke-dasharray=\"{:.2}\"/>\n",
                unit * 1.5,
                unit * 6.0
            ),
            kind => format!("<polygon points=\"{points}\" fill=\"{}\" stroke=\"none\"/>\n", backdrop_fill(kind)),
        };
        out.push_str(&line);
    }
    for link in scn.links.iter().filter(|l| l.map == map) {
        out.push_str(&format!(
            "<polyline points=\"{}\" fill=\"none\" stroke=\"#444\" stroke-width=\"{:.2}\" stroke-opacity=\"0.7\"/>\n",
            path_points(&link.path),
            unit * 1.6
        ));
    }
    for place in scn.places.iter().filter(|p| p.map == map) {
        match &place.shape {
            Shape::Polygon(points) => out.push_str(&format!(
                "<polygon points=\"{}\" fill=\"#ffffff\" fill-opacity=\"0.75\" stroke=\"#1a1a1a\" stroke-width=\"{:.2}\"/>\n",
                path_points(points),
                unit * 1.4
            )),
            Shape::Point(p) => out.push_str(&format!(
                "<circle cx=\"{:.2}\" cy=\"{:.2}\" r=\"{:.2}\" fill=\"#1a1a1a\"/>\n",
                p.0,
                -p.1,
                unit * 5.0
            )),
        }
    }
    for landmark in scn.landmarks.iter().filter(|l| l.map == map) {
        let s = unit * 7.0;
        out.push_str(&format!(
            "<rect x=\"{:.2}\" y=\"{:.2}\" width=\"{s:.2}\" height=\"{s:.2}\" fill=\"#fff\" stroke=\"#1a1a1a\" stroke-width=\"{:.2}\"/>\n",
            landmark.at.0 - s / 2.0,
            -landmark.at.1 - s / 2.0,
            unit
        ));
    }
    // Names last, over everything, with a white halo to read over any ground.
    let size = unit * 16.0;
    for place in scn.places.iter().filter(|p| p.map == map) {
        out.push_str(&label(place.label_at, place.name.get(lang), size, true));
    }
    for landmark in scn.landmarks.iter().filter(|l| l.map == map && !l.name.get(lang).is_empty()) {
        let at = (landmark.at.0, landmark.at.1 - unit * 14.0);
        out.push_str(&label(at, landmark.name.get(lang), size * 0.75, false));
    }
    out.push_str("</svg>\n");
    Some(out)
}

/// The map's name, as the kit titles its poster.
pub fn map_name(map: MapKind, lang: Lang) -> String {
    crate::i18n::tr(
        lang,
        match map {
            MapKind::Port => "ui-map-port",
            MapKind::World => "ui-map-world",
        },
    )
}

fn backdrop_fill(kind: BackdropKind) -> &'static str {
    match kind {
        BackdropKind::Water => "#c4dcee",
        BackdropKind::Land => "#f2eee3",
        BackdropKind::Hill => "#e3dcc8",
        BackdropKind::City => "#e4e0d8",
        BackdropKind::Quay => "#cdc6b6",
        BackdropKind::Cable => "none",
    }
}

fn label(at: Point, text: &str, size: f32, bold: bool) -> String {
    let weight = if bold { "bold" } else { "normal" };
    format!(
        "<text x=\"{:.2}\" y=\"{:.2}\" font-size=\"{size:.2}\" font-weight=\"{weight}\" text-anchor=\"middle\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"{:.2}\" fill=\"#1a1a1a\">{}</text>\n",
        at.0,
        -at.1,
        size * 0.25,
        esc(text)
    )
}

/// Points as SVG writes them; y is flipped (the level's y goes up, the page's down). Points
/// that are not finite numbers are left out rather than breaking the drawing.
fn path_points(points: &[Point]) -> String {
    points
        .iter()
        .filter(|p| p.0.is_finite() && p.1.is_finite())
        .map(|p| format!("{:.2},{:.2}", p.0, -p.1))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The extent of what the map shows: its places, routes and landmarks (the backdrops reach
/// past them, and are cut at the frame).
struct Bounds {
    min: (f32, f32),
    max: (f32, f32),
}

impl Bounds {
    fn of(scn: &Scenario, map: MapKind) -> Option<Bounds> {
        let mut points: Vec<Point> = Vec::new();
        for place in scn.places.iter().filter(|p| p.map == map) {
            match &place.shape {
                Shape::Polygon(ps) => points.extend(ps),
                Shape::Point(p) => points.push(*p),
            }
            points.push(place.label_at);
        }
        for link in scn.links.iter().filter(|l| l.map == map) {
            points.extend(&link.path);
        }
        points.extend(scn.landmarks.iter().filter(|l| l.map == map).map(|l| l.at));
        let mut finite = points.into_iter().filter(|p| p.0.is_finite() && p.1.is_finite());
        let first = finite.next()?;
        let mut b = Bounds { min: first, max: first };
        for p in finite {
            b.min = (b.min.0.min(p.0), b.min.1.min(p.1));
            b.max = (b.max.0.max(p.0), b.max.1.max(p.1));
        }
        Some(b)
    }

    /// The frame in the page's coordinates (y flipped), with a margin for the names.
    fn view_box(&self) -> (f32, f32, f32, f32) {
        let w = (self.max.0 - self.min.0).max(1.0);
        let h = (self.max.1 - self.min.1).max(1.0);
        let pad = 0.08 * w.max(h);
        (self.min.0 - pad, -self.max.1 - pad, w + 2.0 * pad, h + 2.0 * pad)
    }
}
