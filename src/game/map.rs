//! The maps, drawn with egui's painter from the level's geometry: backdrops, links, places
//! coloured by their highest visible pressure (colour-blind-safe, with a second cue: a mark in
//! the label, hatching when critical), an inset of the other map, labels kept apart.

use bevy_egui::egui::{self, Color32, Pos2, Rect, Stroke};

use crate::i18n::{Lang, labelled, percent, tr, tr_args};
use crate::sim::scenario::{BackdropKind, LinkKind, MapKind, Point, Shape};
use crate::sim::world::Level;
use crate::sim::{PlaceId, Scenario, Side, World, describe, pressure, visibility};

/// Okabe-Ito colours: calm, strained, critical, unknown.
pub const CALM: Color32 = Color32::from_rgb(86, 180, 233);
pub const STRAINED: Color32 = Color32::from_rgb(230, 159, 0);
pub const CRITICAL: Color32 = Color32::from_rgb(213, 94, 0);
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

/// What the map is asked to show.
pub struct MapView<'a> {
    pub scn: &'a Scenario,
    pub world: &'a World,
    pub viewer: Side,
    pub map: MapKind,
    /// The place selected as a target, ringed.
    pub selected: Option<PlaceId>,
    /// Places whose pressure level rose (+1) or fell (-1) in the turn that just resolved.
    pub changed: &'a [(PlaceId, i8)],
    pub lang: Lang,
}

/// What a click on the map picked.
pub enum Click {
    Place(PlaceId),
    /// The inset of the other map.
    Inset,
}

/// Draws a map with an inset of the other one; drag pans, the wheel and +/- zoom, arrows pan.
pub fn paint(ui: &mut egui::Ui, view: &MapView, camera: &mut Camera) -> Option<Click> {
    let (response, painter) = ui.allocate_painter(ui.available_size(), egui::Sense::click_and_drag());
    let rect = response.rect;
    let inset = Rect::from_min_size(
        rect.right_bottom() - egui::vec2(rect.width() * 0.24 + 8.0, rect.height() * 0.24 + 8.0),
        egui::vec2(rect.width() * 0.24, rect.height() * 0.24),
    );
    let pointer = response.hover_pos();
    let over_inset = pointer.is_some_and(|p| inset.contains(p));
    if response.dragged() {
        camera.pan += response.drag_delta();
        camera.bound(rect);
    }
    if let Some(at) = pointer.filter(|_| !over_inset) {
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
    let painter = painter.with_clip_rect(rect);
    let (hovered, hovered_link) = draw(&painter, rect, *camera, view, view.map, pointer.filter(|_| !over_inset), true);
    // The other map, small, in a corner: a glance at both, and a way across.
    let other = match view.map {
        MapKind::Port => MapKind::World,
        MapKind::World => MapKind::Port,
    };
    let inset_painter = painter.with_clip_rect(inset);
    draw(&inset_painter, inset, Camera::default(), view, other, None, false);
    let edge = if over_inset { Color32::WHITE } else { Color32::from_gray(140) };
    painter.rect_stroke(inset, 2.0, Stroke::new(2.0, edge), egui::StrokeKind::Outside);
    if over_inset {
        let hint = painter.layout_no_wrap(tr(view.lang, "ui-inset"), egui::FontId::proportional(14.0), Color32::BLACK);
        let at = Rect::from_min_size(
            inset.left_top() - egui::vec2(0.0, hint.size().y + 10.0),
            hint.size() + egui::vec2(12.0, 8.0),
        );
        painter.rect_filled(at, 4.0, Color32::from_rgb(250, 246, 235));
        painter.galley(at.min + egui::vec2(6.0, 4.0), hint, Color32::BLACK);
        if response.clicked() {
            return Some(Click::Inset);
        }
        return None;
    }
    if let (Some(id), Some(at)) = (hovered, pointer) {
        hover_box(&painter, view, id, at, rect);
    } else if let (Some(link), Some(at)) = (hovered_link, pointer) {
        link_box(&painter, view, link, at, rect);
    }
    hovered.filter(|_| response.clicked()).map(Click::Place)
}

/// Draws one map into `rect`; returns the place under `pointer`, or else the route under it. Labels are placed so that they
/// do not overlap: one that would is moved beside its place, or left for the hover to show.
fn draw(
    painter: &egui::Painter,
    rect: Rect,
    camera: Camera,
    view: &MapView,
    map: MapKind,
    pointer: Option<Pos2>,
    labels: bool,
) -> (Option<PlaceId>, Option<usize>) {
    let (scn, world, lang) = (view.scn, view.world, view.lang);
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
        return (None, None);
    }
    let fit = View::fit(&points, rect, camera);
    painter.rect_filled(rect, 0.0, Color32::from_rgb(24, 38, 52));
    for b in scn.backdrops.iter().filter(|b| b.map == map) {
        let colour = match b.kind {
            BackdropKind::Land => Color32::from_rgb(214, 206, 186),
            BackdropKind::Water => Color32::from_rgb(60, 96, 128),
        };
        let pts: Vec<Pos2> = b.polygon.iter().map(|p| fit.to_screen(*p)).collect();
        painter.add(egui::Shape::closed_line(pts, Stroke::new(2.0, colour)));
    }
    let mut hovered_link = None;
    for (index, link) in scn.links.iter().enumerate().filter(|(_, l)| l.map == map) {
        let mut path: Vec<Pos2> = link.path.iter().map(|p| fit.to_screen(*p)).collect();
        if path.len() < 2 {
            path = vec![fit.to_screen(scn.place(link.from).label_at), fit.to_screen(scn.place(link.to).label_at)];
        }
        // Routes across the world are drawn as curves, the way sea cables and shipping lanes
        // are; lines and pipes in the port stay straight.
        if map == MapKind::World {
            path = curve(&path);
        }
        let (width, colour) = match link.kind {
            LinkKind::Cable => (2.5, Color32::from_rgb(0, 158, 115)),
            LinkKind::Supply => (1.5, Color32::from_rgb(204, 121, 167)),
            LinkKind::Power => (2.0, Color32::from_rgb(240, 228, 66)),
            LinkKind::Water => (2.0, CALM),
        };
        // What flows, and which way: an arrowhead at the middle of the route.
        if labels && path.len() >= 2 {
            let mid = path.len() / 2;
            let (a, b) = if path.len() == 2 { (path[0], path[1]) } else { (path[mid - 1], path[mid]) };
            let centre = a + (b - a) * 0.5;
            let dir = (b - a).normalized();
            let side = egui::vec2(-dir.y, dir.x) * 4.0;
            painter.add(egui::Shape::convex_polygon(
                vec![centre + dir * 6.0, centre - dir * 4.0 + side, centre - dir * 4.0 - side],
                colour,
                Stroke::NONE,
            ));
        }
        if let Some(q) = pointer
            && path.windows(2).any(|w| distance_to_segment(q, w[0], w[1]) < 6.0)
        {
            hovered_link = Some(index);
        }
        painter.add(egui::Shape::line(path, Stroke::new(width, colour)));
    }
    let mut hovered = None;
    let mut pending: Vec<(PlaceId, Pos2, String, bool)> = Vec::new();
    let font = egui::FontId::proportional(13.0);
    for (i, place) in scn.places.iter().enumerate().filter(|(_, p)| p.map == map) {
        let id = PlaceId(i as u16);
        let level = visibility::worst_seen_at(scn, world, view.viewer, id);
        let (fill, mark) = match level {
            None if world.stocks[i].is_empty() => (Color32::from_rgb(120, 120, 130), ""),
            None => (UNKNOWN, " ?"),
            Some((Level::Calm, _)) => (CALM, ""),
            Some((Level::Strained, _)) => (STRAINED, " !"),
            Some((Level::Critical, _)) => (CRITICAL, " !!"),
        };
        let centre = fit.to_screen(place.label_at);
        match &place.shape {
            Shape::Polygon(ps) => {
                let pts: Vec<Pos2> = ps.iter().map(|p| fit.to_screen(*p)).collect();
                if pointer.is_some_and(|q| contains(&pts, q)) {
                    hovered = Some(id);
                }
                // Critical places are hatched as well as coloured: a cue that survives
                // colour blindness and a washed-out projector.
                if labels && matches!(level, Some((Level::Critical, _))) {
                    hatch(painter, &pts, fill);
                }
                // The inset is a glance: no outlines, half the triangles.
                let outline = if !labels {
                    Stroke::NONE
                } else if view.selected == Some(id) {
                    Stroke::new(3.5, Color32::WHITE)
                } else {
                    Stroke::new(1.5, Color32::WHITE)
                };
                painter.add(egui::Shape::convex_polygon(pts, fill.gamma_multiply(0.75), outline));
            }
            Shape::Point(_) if !labels => {
                painter.circle_filled(centre, 4.0, fill);
            }
            Shape::Point(_) => {
                painter.circle(centre, 7.0, fill, Stroke::new(1.5, Color32::WHITE));
                if view.selected == Some(id) {
                    painter.circle_stroke(centre, 11.0, Stroke::new(2.5, Color32::WHITE));
                }
                if pointer.is_some_and(|q| q.distance(centre) < 10.0) {
                    hovered = Some(id);
                }
            }
        }
        // Changed this turn: an arrow up or down beside the place.
        if let Some((_, dir)) = view.changed.iter().find(|(p, _)| *p == id && labels) {
            // Painted, not a glyph: the default fonts have no triangles.
            let at = centre + egui::vec2(-16.0, -12.0);
            let up = if *dir > 0 { -1.0 } else { 1.0 };
            let tip = at + egui::vec2(0.0, 6.0 * up);
            let base = [at + egui::vec2(-6.0, -5.0 * up), at + egui::vec2(6.0, -5.0 * up)];
            painter.add(egui::Shape::convex_polygon(
                vec![tip, base[0], base[1]],
                Color32::WHITE,
                Stroke::new(1.0, Color32::BLACK),
            ));
        }
        if labels {
            pending.push((
                id,
                centre,
                format!("{}{mark}", place.name.get(lang)),
                matches!(place.shape, Shape::Point(_)),
            ));
        }
    }
    // Labels go on top of every shape, the selected and hovered places first so they always
    // get theirs; the others take the first free spot near their place, or wait for the hover
    // or a closer zoom.
    pending.sort_by_key(|(id, ..)| !(view.selected == Some(*id) || hovered == Some(*id)));
    let mut placed: Vec<Rect> = Vec::new();
    for (id, centre, text, is_point) in pending {
        let galley = painter.layout_no_wrap(text, font.clone(), Color32::WHITE);
        let size = galley.size() + egui::vec2(6.0, 2.0);
        let tries: &[egui::Vec2] = if is_point {
            &[egui::vec2(0.0, -16.0), egui::vec2(0.0, 16.0), egui::vec2(1.0, 0.0), egui::vec2(-1.0, 0.0)]
        } else {
            &[egui::vec2(0.0, 0.0), egui::vec2(0.0, 16.0), egui::vec2(0.0, -16.0), egui::vec2(1.0, 0.0)]
        };
        let mut spots = tries.iter().map(|d| {
            // Horizontal tries put the label beside the place, clear of its marker.
            let offset = if d.y == 0.0 && d.x != 0.0 { egui::vec2(d.x * (size.x / 2.0 + 12.0), 0.0) } else { *d };
            keep_inside(Rect::from_center_size(centre + offset, size), rect)
        });
        let first = spots.clone().next();
        let free = spots.find(|r| !placed.iter().any(|p| p.intersects(*r)));
        let must = view.selected == Some(id) || hovered == Some(id);
        if let Some(r) = free.or(if must { first } else { None }) {
            painter.rect_filled(r, 3.0, Color32::from_black_alpha(160));
            painter.galley(r.min + egui::vec2(3.0, 1.0), galley, Color32::WHITE);
            placed.push(r);
        }
    }
    (hovered, hovered_link.filter(|_| hovered.is_none()))
}

/// A smooth curve through a route's points (Catmull-Rom); a route of two points bows out to
/// one side, as an arc.
fn curve(points: &[Pos2]) -> Vec<Pos2> {
    const STEPS: usize = 8;
    let mut pts = points.to_vec();
    if pts.len() == 2 {
        let (a, b) = (pts[0], pts[1]);
        let normal = egui::vec2(-(b - a).y, (b - a).x) * 0.15;
        pts.insert(1, a + (b - a) * 0.5 + normal);
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
            out.push(Pos2::new(blend(p0.x, p1.x, p2.x, p3.x), blend(p0.y, p1.y, p2.y, p3.y)));
        }
    }
    out.push(pts[pts.len() - 1]);
    out
}

fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let t = if ab.length_sq() > 0.0 { ((p - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0) } else { 0.0 };
    p.distance(a + ab * t)
}

/// Moves a label's box inside the map, so that names at the edges are not cut.
fn keep_inside(r: Rect, bounds: Rect) -> Rect {
    let dx = (bounds.left() - r.left()).max(0.0) + (bounds.right() - r.right()).min(0.0);
    let dy = (bounds.top() - r.top()).max(0.0) + (bounds.bottom() - r.bottom()).min(0.0);
    r.translate(egui::vec2(dx, dy))
}

/// Diagonal lines across a polygon's bounding box, clipped to the box (a coarse hatch).
fn hatch(painter: &egui::Painter, pts: &[Pos2], colour: Color32) {
    let bounds = Rect::from_points(pts);
    let clipped = painter.with_clip_rect(bounds.intersect(painter.clip_rect()));
    let step = 7.0;
    let mut x = bounds.left() - bounds.height();
    while x < bounds.right() {
        let a = Pos2::new(x, bounds.bottom());
        let b = Pos2::new(x + bounds.height(), bounds.top());
        clipped.line_segment([a, b], Stroke::new(1.5, colour.gamma_multiply(1.4)));
        x += step;
    }
}

/// The hover box of a route: its name, its ends, what it carries and where that comes from.
fn link_box(painter: &egui::Painter, view: &MapView, link: usize, at: Pos2, rect: Rect) {
    let (scn, lang) = (view.scn, view.lang);
    let def = &scn.links[link];
    let ends = tr_args(
        lang,
        "ui-route",
        &[("from", scn.place(def.from).name.get(lang).into()), ("to", scn.place(def.to).name.get(lang).into())],
    );
    let mut lines = vec![def.name.get(lang).to_owned(), ends];
    if !def.carries.get(lang).is_empty() {
        lines.push(def.carries.get(lang).to_owned());
    }
    let cited: Vec<&str> = def.sources.iter().map(|id| scn.sources[id.index()].key.as_str()).collect();
    if !cited.is_empty() {
        lines.push(format!("[{}]", cited.join(", ")));
    }
    text_box(painter, lines.join("\n"), at, rect);
}

/// A pale box of text by the pointer, kept inside the map.
fn text_box(painter: &egui::Painter, text: String, at: Pos2, rect: Rect) {
    let galley = painter.layout(text, egui::FontId::proportional(14.0), Color32::BLACK, 420.0);
    let size = galley.size() + egui::vec2(12.0, 8.0);
    // Flipped to the left or up near the edges.
    let mut min = at + egui::vec2(14.0, 14.0);
    if min.x + size.x > rect.right() {
        min.x = at.x - 14.0 - size.x;
    }
    if min.y + size.y > rect.bottom() {
        min.y = at.y - 14.0 - size.y;
    }
    min = min.max(rect.min);
    let box_rect = Rect::from_min_size(min, size);
    painter.rect_filled(box_rect, 4.0, Color32::from_rgb(250, 246, 235));
    painter.galley(box_rect.min + egui::vec2(6.0, 4.0), galley, Color32::BLACK);
}

/// The hover box: the place's figures, who goes short, and where the figures come from.
fn hover_box(painter: &egui::Painter, view: &MapView, id: PlaceId, at: Pos2, rect: Rect) {
    let (scn, world, viewer, lang) = (view.scn, view.world, view.viewer, view.lang);
    let place = scn.place(id);
    let mut lines = vec![place.name.get(lang).to_owned()];
    for stock in &world.stocks[id.index()] {
        let value = if visibility::sees_stock(world, viewer, id, stock.kind) {
            let p = pressure::of_stock(scn, world, stock);
            // When a stock runs short, who goes without (the last served first).
            let short: Vec<String> = pressure::served(scn, world, stock)
                .into_iter()
                .filter(|(_, share)| *share < 0.999)
                .map(|(u, share)| format!("{} {}", scn.users[u.index()].name.get(lang), percent(lang, share * 100.0)))
                .collect();
            // The causes: the largest users of the stock.
            let mut causes = describe::users_of(scn, stock, lang);
            causes.truncate(3);
            let mut text = percent(lang, p * 100.0);
            if !causes.is_empty() {
                text.push_str(&format!(" ({})", causes.join(", ")));
            }
            if !short.is_empty() {
                text.push_str(&format!(" — {} {}", tr(lang, "ui-served"), short.join(", ")));
            }
            if let Some(booking) = describe::booking(scn, world, stock, lang) {
                text.push_str(&format!("; {booking}"));
            }
            text
        } else {
            "?".to_owned()
        };
        lines.push(labelled(lang, &describe::kind(stock.kind, lang), &value));
    }
    // Where the figures come from, to look up in the encyclopedia (click the place).
    let cited: Vec<&str> =
        place.stocks.iter().flat_map(|s| &s.sources).map(|id| scn.sources[id.index()].key.as_str()).collect();
    if !cited.is_empty() {
        lines.push(format!("[{}]", cited.join(", ")));
    }
    text_box(painter, lines.join("\n"), at, rect);
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
