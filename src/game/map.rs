//! The maps, drawn with egui's painter from the level's geometry: backdrops, links, places
//! coloured by their highest visible pressure (colour-blind-safe, with a second cue).

use bevy_egui::egui::{self, Color32, Pos2, Rect, Stroke};

use crate::i18n::{Lang, number, tr};
use crate::sim::scenario::{BackdropKind, LinkKind, MapKind, Point, Shape};
use crate::sim::world::Level;
use crate::sim::{PlaceId, Scenario, Side, World, describe, pressure, visibility};

/// Okabe-Ito colours: calm, strained, critical, unknown.
const CALM: Color32 = Color32::from_rgb(86, 180, 233);
const STRAINED: Color32 = Color32::from_rgb(230, 159, 0);
const CRITICAL: Color32 = Color32::from_rgb(213, 94, 0);
const UNKNOWN: Color32 = Color32::from_rgb(150, 150, 150);

/// Maps level coordinates (y up) into a screen rectangle, keeping proportions.
struct View {
    min: Point,
    scale: f32,
    origin: Pos2,
}

/// How a map is zoomed and panned, kept per map in the session.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    pub zoom: f32,
    pub pan: egui::Vec2,
}

impl Default for Camera {
    fn default() -> Self {
        Camera { zoom: 1.0, pan: egui::Vec2::ZERO }
    }
}

impl Camera {
    pub const MIN_ZOOM: f32 = 0.8;
    pub const MAX_ZOOM: f32 = 8.0;

    /// Zooms by `factor` about the point `at` (in screen coordinates) of a view centred in `rect`.
    pub fn zoom_about(&mut self, factor: f32, at: Pos2, rect: Rect) {
        let new = (self.zoom * factor).clamp(Self::MIN_ZOOM, Self::MAX_ZOOM);
        let applied = new / self.zoom;
        let from_centre = at - rect.center() - self.pan;
        self.pan -= from_centre * (applied - 1.0);
        self.zoom = new;
        self.bound(rect);
    }

    /// Keeps the map on screen: it may not be dragged further than its own size.
    pub fn bound(&mut self, rect: Rect) {
        let limit = rect.size() * self.zoom * 0.5;
        self.pan = self.pan.clamp(-limit, limit);
    }
}

impl View {
    fn fit(points: &[Point], rect: Rect, camera: Camera) -> View {
        let (mut min, mut max) = ((f32::MAX, f32::MAX), (f32::MIN, f32::MIN));
        for p in points {
            min = (min.0.min(p.0), min.1.min(p.1));
            max = (max.0.max(p.0), max.1.max(p.1));
        }
        let (w, h) = ((max.0 - min.0).max(1.0), (max.1 - min.1).max(1.0));
        let scale = (rect.width() / w).min(rect.height() / h) * 0.95 * camera.zoom;
        let origin = rect.center() + camera.pan - egui::vec2(w * scale / 2.0, -h * scale / 2.0);
        View { min, scale, origin }
    }

    fn to_screen(&self, p: Point) -> Pos2 {
        Pos2::new(self.origin.x + (p.0 - self.min.0) * self.scale, self.origin.y - (p.1 - self.min.1) * self.scale)
    }
}

/// The worst level among the stocks of a place that `viewer` can see; `None` when it sees none.
fn place_level(scn: &Scenario, world: &World, viewer: Side, place: PlaceId) -> Option<(Level, f64)> {
    world.stocks[place.index()]
        .iter()
        .filter(|s| visibility::sees_stock(world, viewer, place, s.kind))
        .map(|s| {
            let p = pressure::of_stock(scn, world, s);
            (pressure::level(scn, s.kind, p), p)
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
}

/// Draws a map; drag pans, the wheel and +/- zoom, arrows pan. Returns the place clicked.
pub fn paint(
    ui: &mut egui::Ui,
    scn: &Scenario,
    world: &World,
    viewer: Side,
    map: MapKind,
    camera: &mut Camera,
    lang: Lang,
) -> Option<PlaceId> {
    let (response, painter) = ui.allocate_painter(ui.available_size(), egui::Sense::click_and_drag());
    let rect = response.rect;
    if response.dragged() {
        camera.pan += response.drag_delta();
        camera.bound(rect);
    }
    if let Some(at) = response.hover_pos() {
        let scroll = ui.input(|i| i.smooth_scroll_delta.y);
        if scroll != 0.0 {
            camera.zoom_about((scroll * 0.004).exp(), at, rect);
        }
    }
    let keys = ui.input(|i| {
        let zoom = i.key_pressed(egui::Key::Plus) as i32 - i.key_pressed(egui::Key::Minus) as i32;
        let step = |k| if i.key_down(k) { 8.0 } else { 0.0 };
        let pan = egui::vec2(
            step(egui::Key::ArrowLeft) - step(egui::Key::ArrowRight),
            step(egui::Key::ArrowUp) - step(egui::Key::ArrowDown),
        );
        (zoom, pan)
    });
    if keys.0 != 0 {
        camera.zoom_about(1.25f32.powi(keys.0), rect.center(), rect);
    }
    if keys.1 != egui::Vec2::ZERO {
        camera.pan += keys.1;
        camera.bound(rect);
    }
    let mut points: Vec<Point> = Vec::new();
    for b in scn.backdrops.iter().filter(|b| b.map == map) {
        points.extend(&b.polygon);
    }
    for p in scn.places.iter().filter(|p| p.map == map) {
        match &p.shape {
            Shape::Polygon(ps) => points.extend(ps),
            Shape::Point(pt) => points.push(*pt),
        }
    }
    if points.is_empty() {
        return None;
    }
    let view = View::fit(&points, rect, *camera);
    let painter = painter.with_clip_rect(rect);
    painter.rect_filled(rect, 0.0, Color32::from_rgb(24, 38, 52));
    for b in scn.backdrops.iter().filter(|b| b.map == map) {
        let colour = match b.kind {
            BackdropKind::Land => Color32::from_rgb(214, 206, 186),
            BackdropKind::Water => Color32::from_rgb(60, 96, 128),
        };
        let pts: Vec<Pos2> = b.polygon.iter().map(|p| view.to_screen(*p)).collect();
        painter.add(egui::Shape::closed_line(pts, Stroke::new(2.0, colour)));
    }
    for link in scn.links.iter().filter(|l| l.map == map) {
        let mut path: Vec<Pos2> = link.path.iter().map(|p| view.to_screen(*p)).collect();
        if path.len() < 2 {
            path = vec![view.to_screen(scn.place(link.from).label_at), view.to_screen(scn.place(link.to).label_at)];
        }
        let (width, colour) = match link.kind {
            LinkKind::Cable => (2.5, Color32::from_rgb(0, 158, 115)),
            LinkKind::Supply => (1.5, Color32::from_rgb(204, 121, 167)),
            LinkKind::Power => (2.0, Color32::from_rgb(240, 228, 66)),
            LinkKind::Water => (2.0, CALM),
        };
        painter.add(egui::Shape::line(path, Stroke::new(width, colour)));
    }
    let pointer = response.hover_pos();
    let mut hovered = None;
    for (i, place) in scn.places.iter().enumerate().filter(|(_, p)| p.map == map) {
        let id = PlaceId(i as u16);
        let level = place_level(scn, world, viewer, id);
        let (fill, mark) = match level {
            None if world.stocks[i].is_empty() => (Color32::from_rgb(120, 120, 130), ""),
            None => (UNKNOWN, " ?"),
            Some((Level::Calm, _)) => (CALM, ""),
            Some((Level::Strained, _)) => (STRAINED, " !"),
            Some((Level::Critical, _)) => (CRITICAL, " !!"),
        };
        let centre = view.to_screen(place.label_at);
        match &place.shape {
            Shape::Polygon(ps) => {
                let pts: Vec<Pos2> = ps.iter().map(|p| view.to_screen(*p)).collect();
                let inside = pointer.is_some_and(|q| contains(&pts, q));
                painter.add(egui::Shape::convex_polygon(
                    pts,
                    fill.gamma_multiply(0.75),
                    Stroke::new(1.5, Color32::WHITE),
                ));
                if inside {
                    hovered = Some(id);
                }
            }
            Shape::Point(_) => {
                painter.circle(centre, 7.0, fill, Stroke::new(1.5, Color32::WHITE));
                if pointer.is_some_and(|q| q.distance(centre) < 10.0) {
                    hovered = Some(id);
                }
            }
        }
        painter.text(
            centre,
            egui::Align2::CENTER_CENTER,
            format!("{}{mark}", place.name.get(lang)),
            egui::FontId::proportional(13.0),
            Color32::WHITE,
        );
    }
    let clicked = hovered.filter(|_| response.clicked());
    if let (Some(id), Some(at)) = (hovered, pointer) {
        let place = scn.place(id);
        let mut lines = vec![place.name.get(lang).to_owned()];
        for stock in &world.stocks[id.index()] {
            let value = if visibility::sees_stock(world, viewer, id, stock.kind) {
                let p = pressure::of_stock(scn, world, stock);
                // When a stock runs short, who goes without (the last served first).
                let short: Vec<String> = pressure::served(scn, world, stock)
                    .into_iter()
                    .filter(|(_, share)| *share < 0.999)
                    .map(|(u, share)| {
                        format!("{} {}%", scn.users[u.index()].name.get(lang), number(lang, share * 100.0))
                    })
                    .collect();
                if short.is_empty() {
                    format!("{}%", number(lang, p * 100.0))
                } else {
                    format!("{}% — {} {}", number(lang, p * 100.0), tr(lang, "ui-served"), short.join(", "))
                }
            } else {
                "?".to_owned()
            };
            lines.push(format!("{}: {value}", describe::kind(stock.kind, lang)));
        }
        // Where the figures come from, to look up in the encyclopedia.
        let cited: Vec<&str> =
            place.stocks.iter().flat_map(|s| &s.sources).map(|id| scn.sources[id.index()].key.as_str()).collect();
        if !cited.is_empty() {
            lines.push(format!("[{}]", cited.join(", ")));
        }
        let text = lines.join("\n");
        let galley = painter.layout_no_wrap(text, egui::FontId::proportional(14.0), Color32::BLACK);
        let box_rect = Rect::from_min_size(at + egui::vec2(14.0, 14.0), galley.size() + egui::vec2(12.0, 8.0));
        painter.rect_filled(box_rect, 4.0, Color32::from_rgb(250, 246, 235));
        painter.galley(box_rect.min + egui::vec2(6.0, 4.0), galley, Color32::BLACK);
    }
    clicked
}

/// Whether a point lies inside a polygon (even-odd rule).
fn contains(polygon: &[Pos2], p: Pos2) -> bool {
    let mut inside = false;
    let mut j = polygon.len().wrapping_sub(1);
    for i in 0..polygon.len() {
        let (a, b) = (polygon[i], polygon[j]);
        if (a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x {
            inside = !inside;
        }
        j = i;
    }
    inside
}
