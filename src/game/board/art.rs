//! The icons' drawings, read from SVG files under `assets/icons/` (our own art, editable in any
//! vector editor). The board understands a small part of SVG (polygons, polylines, circles and
//! rectangles, in white on a transparent ground) and turns it into shapes to fill and lines to
//! stroke in a box from -1 to 1, y up. A missing or unreadable file is reported and the copy
//! built into the game is drawn instead.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use crate::sim::scenario::Icon;

pub type Pts = Vec<(f32, f32)>;

/// An icon's drawing: shapes to fill, and lines (with their width) to stroke.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Glyph {
    pub fills: Vec<Pts>,
    pub lines: Vec<(Pts, f32)>,
}

/// The largest icon file read: a drawing of a few shapes is a kilobyte or two.
const MAX_BYTES: u64 = 256 * 1024;
/// The most elements and points a drawing may have.
const MAX_ELEMENTS: usize = 1_000;
const MAX_POINTS: usize = 10_000;

/// Each icon's file name, and the copy of it built into the game.
fn built_in(icon: Icon) -> (&'static str, &'static str) {
    macro_rules! art {
        ($name:literal) => {
            (concat!($name, ".svg"), include_str!(concat!("../../../assets/icons/", $name, ".svg")))
        };
    }
    match icon {
        Icon::DataCentre => art!("data_centre"),
        Icon::Substation => art!("substation"),
        Icon::CableLanding => art!("cable_landing"),
        Icon::Mine => art!("mine"),
        Icon::Refinery => art!("refinery"),
        Icon::Factory => art!("factory"),
        Icon::Fab => art!("fab"),
        Icon::Water => art!("water"),
        Icon::Workers => art!("workers"),
        Icon::Money => art!("money"),
        Icon::Landmark => art!("landmark"),
    }
}

/// Every icon's drawing, and what went wrong reading them.
pub struct IconArt {
    glyphs: BTreeMap<Icon, Glyph>,
    pub notices: Vec<String>,
}

impl IconArt {
    /// Reads each icon from `dir`; one that is missing or cannot be read is drawn from the copy
    /// built into the game, with a notice naming the file and why.
    pub fn load(dir: &Path) -> IconArt {
        let mut glyphs = BTreeMap::new();
        let mut notices = Vec::new();
        // A missing folder is one notice, not one a file.
        let folder = dir.is_dir();
        if !folder {
            notices.push(format!("the folder {} is missing; the built-in icons are drawn", dir.display()));
        }
        for icon in super::icons::ALL {
            let (name, fallback) = built_in(icon);
            let path = dir.join(name);
            if !folder {
                glyphs.insert(icon, parse(fallback).unwrap_or_default());
                continue;
            }
            let read = crate::files::read_text(&path, MAX_BYTES).and_then(|text| parse(&text));
            let glyph = match read {
                Ok(glyph) => glyph,
                Err(reason) => {
                    notices.push(format!("icon {}: {reason}; the built-in drawing is used instead", path.display()));
                    parse(fallback).unwrap_or_default()
                }
            };
            glyphs.insert(icon, glyph);
        }
        IconArt { glyphs, notices }
    }

    pub fn glyph(&self, icon: Icon) -> &Glyph {
        static EMPTY: Glyph = Glyph { fills: Vec::new(), lines: Vec::new() };
        self.glyphs.get(&icon).unwrap_or(&EMPTY)
    }
}

/// The icons of `assets/icons/` (beside `levels/`, where the game is started), read once.
pub fn art() -> &'static IconArt {
    static ART: OnceLock<IconArt> = OnceLock::new();
    ART.get_or_init(|| IconArt::load(Path::new("assets/icons")))
}

/// An element's attributes, by name.
type Attributes<'a> = BTreeMap<&'a str, &'a str>;

/// Reads the drawing of an SVG file in the subset the board draws.
pub fn parse(text: &str) -> Result<Glyph, String> {
    let mut glyph = Glyph::default();
    let mut view: Option<[f32; 4]> = None;
    let mut elements = 0;
    let mut points = 0;
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        // Comments, the XML declaration and the title's text are skipped whole.
        if let Some(after) = rest.strip_prefix("!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let close = rest.find('>').ok_or("a tag is not closed (`>` missing)")?;
        let tag = &rest[..close];
        rest = &rest[close + 1..];
        if tag.starts_with('?') || tag.starts_with('/') || tag.starts_with('!') {
            continue;
        }
        let tag = tag.trim_end_matches('/').trim();
        let (name, attrs) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
        let attrs = attributes(attrs)?;
        elements += 1;
        if elements > MAX_ELEMENTS {
            return Err(format!("more than {MAX_ELEMENTS} elements"));
        }
        match name {
            "svg" => view = Some(view_box(&attrs)?),
            "title" | "desc" | "g" | "metadata" => {}
            "polygon" | "polyline" | "circle" | "rect" => {
                let v = view.ok_or("a shape comes before the `<svg viewBox=...>` element")?;
                let shape = shape(name, &attrs)?;
                points += shape.0.len();
                if points > MAX_POINTS {
                    return Err(format!("more than {MAX_POINTS} points"));
                }
                add(&mut glyph, shape, &attrs, v)?;
            }
            other => {
                return Err(format!(
                    "the element <{other}> is not drawn (the board reads polygon, polyline, circle and rect)"
                ));
            }
        }
    }
    if view.is_none() {
        return Err("no <svg> element: is this an SVG file?".into());
    }
    if glyph.fills.is_empty() && glyph.lines.is_empty() {
        return Err("the drawing is empty".into());
    }
    Ok(glyph)
}

fn attributes(text: &str) -> Result<Attributes<'_>, String> {
    let mut out = BTreeMap::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let eq = rest.find('=').ok_or_else(|| format!("an attribute without a value near `{}`", clip(rest)))?;
        let name = rest[..eq].trim();
        let after = rest[eq + 1..].trim_start();
        let quote =
            after.chars().next().filter(|c| *c == '"' || *c == '\'').ok_or("an attribute's value is not quoted")?;
        let end = after[1..].find(quote).ok_or("an attribute's value is not closed")?;
        out.insert(name, &after[1..1 + end]);
        rest = after[end + 2..].trim_start();
    }
    Ok(out)
}

fn clip(text: &str) -> String {
    text.chars().take(20).collect()
}

fn number(attrs: &Attributes, name: &str, default: Option<f32>) -> Result<f32, String> {
    match attrs.get(name) {
        Some(v) => v
            .trim()
            .parse::<f32>()
            .ok()
            .filter(|x| x.is_finite())
            .ok_or_else(|| format!("`{name}` is not a number: `{}`", clip(v))),
        None => default.ok_or_else(|| format!("`{name}` is missing")),
    }
}

fn view_box(attrs: &Attributes) -> Result<[f32; 4], String> {
    let text = attrs.get("viewBox").ok_or("the <svg> element has no viewBox")?;
    let v: Vec<f32> = text.split([' ', ',']).filter(|s| !s.is_empty()).filter_map(|s| s.parse().ok()).collect();
    match v.as_slice() {
        [x, y, w, h] if x.is_finite() && y.is_finite() && *w > 0.0 && *h > 0.0 && w.is_finite() && h.is_finite() => {
            Ok([*x, *y, *w, *h])
        }
        _ => Err(format!("the viewBox `{}` is not four numbers with a positive width and height", clip(text))),
    }
}

/// An element's outline in its own coordinates, and whether it is closed.
fn shape(name: &str, attrs: &Attributes) -> Result<(Pts, bool), String> {
    match name {
        "polygon" | "polyline" => {
            let text = attrs.get("points").ok_or_else(|| format!("a <{name}> without points"))?;
            let numbers: Vec<f32> = text
                .split([' ', ',', '\n', '\t'])
                .filter(|s| !s.is_empty())
                .map(|s| s.parse::<f32>().ok().filter(|x| x.is_finite()))
                .collect::<Option<_>>()
                .ok_or_else(|| format!("a <{name}>'s points are not all numbers"))?;
            if !numbers.len().is_multiple_of(2) || numbers.len() < 4 {
                return Err(format!("a <{name}> needs pairs of numbers, two points at least"));
            }
            Ok((numbers.chunks(2).map(|p| (p[0], p[1])).collect(), name == "polygon"))
        }
        "circle" => {
            let (cx, cy) = (number(attrs, "cx", Some(0.0))?, number(attrs, "cy", Some(0.0))?);
            let r = number(attrs, "r", None)?;
            if r <= 0.0 {
                return Err("a <circle> needs a positive radius".into());
            }
            Ok((super::shapes::circle_points(r, 24).into_iter().map(|(x, y)| (x + cx, y + cy)).collect(), true))
        }
        _ => {
            let (x, y) = (number(attrs, "x", Some(0.0))?, number(attrs, "y", Some(0.0))?);
            let (w, h) = (number(attrs, "width", None)?, number(attrs, "height", None)?);
            if w <= 0.0 || h <= 0.0 {
                return Err("a <rect> needs a positive width and height".into());
            }
            Ok((vec![(x, y), (x + w, y), (x + w, y + h), (x, y + h)], true))
        }
    }
}

/// Puts a shape into the unit box (y up) and into the glyph: filled unless `fill="none"`,
/// stroked when it has a stroke.
fn add(glyph: &mut Glyph, (points, closed): (Pts, bool), attrs: &Attributes, view: [f32; 4]) -> Result<(), String> {
    let [x0, y0, w, h] = view;
    let scale = 2.0 / w.max(h);
    let (cx, cy) = (x0 + w / 2.0, y0 + h / 2.0);
    let unit: Pts = points.iter().map(|(x, y)| ((x - cx) * scale, -(y - cy) * scale)).collect();
    if unit.iter().any(|(x, y)| x.abs() > 1.0 + 1e-4 || y.abs() > 1.0 + 1e-4) {
        return Err("a shape reaches outside the viewBox".into());
    }
    let filled = attrs.get("fill").is_none_or(|f| *f != "none") && closed;
    let stroked = attrs.get("stroke").is_some_and(|s| *s != "none");
    if filled {
        glyph.fills.push(unit.clone());
    }
    if stroked {
        let width = number(attrs, "stroke-width", Some(1.0))? * scale;
        let mut line = unit;
        if closed && let Some(&first) = line.first() {
            line.push(first);
        }
        glyph.lines.push((line, width));
    }
    if !filled && !stroked {
        return Err("a shape is neither filled nor stroked".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_drawing_reads_and_fills_its_box() {
        for icon in super::super::icons::ALL {
            let glyph = parse(built_in(icon).1).unwrap_or_else(|e| panic!("{icon:?}: {e}"));
            assert!(!glyph.fills.is_empty() || !glyph.lines.is_empty(), "{icon:?}");
        }
    }

    #[test]
    fn coordinates_are_flipped_into_the_unit_box() {
        let svg = r#"<svg viewBox="0 0 10 10"><polygon points="0,0 10,0 10,5" fill="white"/></svg>"#;
        let glyph = parse(svg).expect("reads");
        assert_eq!(glyph.fills, vec![vec![(-1.0, 1.0), (1.0, 1.0), (1.0, 0.0)]]);
        let svg = r#"<svg viewBox="-1 -1 2 2"><circle r="0.5" fill="none" stroke="white" stroke-width="0.1"/></svg>"#;
        let glyph = parse(svg).expect("reads");
        assert!(glyph.fills.is_empty());
        assert_eq!(glyph.lines.len(), 1);
        assert!((glyph.lines[0].1 - 0.1).abs() < 1e-6);
    }

    #[test]
    fn what_the_board_cannot_draw_is_refused_with_the_reason() {
        let cases = [
            ("<svg viewBox=\"-1 -1 2 2\"><path d=\"M0 0\"/></svg>", "<path> is not drawn"),
            ("<svg><rect width=\"1\" height=\"1\"/></svg>", "no viewBox"),
            ("<svg viewBox=\"-1 -1 2 2\"><rect width=\"5\" height=\"1\"/></svg>", "outside the viewBox"),
            ("<svg viewBox=\"-1 -1 2 2\"><polygon points=\"0,0 x,1 1,1\"/></svg>", "not all numbers"),
            ("<svg viewBox=\"-1 -1 2 2\"></svg>", "empty"),
            ("not an svg at all", "no <svg> element"),
            ("<svg viewBox=\"-1 -1 2 2\"><rect width=\"1\"", "not closed"),
        ];
        for (svg, why) in cases {
            let error = parse(svg).expect_err(svg);
            assert!(error.contains(why), "{svg}: {error}");
        }
    }

    #[test]
    fn a_missing_or_broken_file_is_reported_and_the_built_in_drawing_used() {
        let dir = std::env::temp_dir().join(format!("nuage-icons-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("mine.svg"), "<svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/></svg>").expect("write");
        let art = IconArt::load(&dir);
        // Every file but one is missing, and that one is broken: a notice each, no icon empty.
        assert_eq!(art.notices.len(), super::super::icons::ALL.len());
        let gone = IconArt::load(&dir.join("not-there"));
        assert_eq!(gone.notices.len(), 1, "a missing folder is one notice: {:?}", gone.notices);
        assert_eq!(gone.glyph(Icon::Water), &parse(built_in(Icon::Water).1).expect("built in"));
        assert!(art.notices.iter().any(|n| n.contains("mine.svg") && n.contains("<path>")), "{:?}", art.notices);
        assert_eq!(art.glyph(Icon::Mine), &parse(built_in(Icon::Mine).1).expect("built in"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_files_in_assets_all_read() {
        let art = IconArt::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/icons")));
        assert!(art.notices.is_empty(), "{:?}", art.notices);
    }
}
