//! Spawns one map's entities from the level: the sea under everything, backdrops by kind,
//! places (largest first, so small ones stay on top and pickable), routes with an arrow for
//! the way they flow, landmarks, icons and labels.

use bevy::prelude::*;
use bevy::sprite::Anchor;
use bevy::sprite_render::AlphaMode2d;

use super::{
    BoardFont, Hatch, LabelBack, LandmarkMark, LinkMark, MapRoot, Outline, PlaceLook, PlaceMark, ScreenSized, icons,
    palette, shapes,
};
use crate::i18n::Lang;
use crate::sim::scenario::{BackdropKind, Icon, MapKind, Point, Shape};
use crate::sim::{PlaceId, Scenario};

/// Heights of the layers (z), bottom to top.
pub mod z {
    pub const BACKDROP: f32 = 0.0;
    pub const PLACE: f32 = 10.0;
    pub const OUTLINES: f32 = 16.0;
    pub const QUAY: f32 = 17.0;
    pub const LINK: f32 = 20.0;
    pub const FLOW: f32 = 25.0;
    pub const ICON: f32 = 30.0;
    pub const PULSE: f32 = 35.0;
    pub const LABEL: f32 = 40.0;
}

/// Sizes on screen, in logical pixels, before the player's text scale.
pub const ICON_PX: f32 = 22.0;
pub const DOT_PX: f32 = 7.0;
pub const LABEL_PX: f32 = 14.0;

/// The box around a map's drawing, in level units: (min, max).
pub fn bounds(scn: &Scenario, map: MapKind) -> Option<(Vec2, Vec2)> {
    let mut points: Vec<Point> =
        scn.backdrops.iter().filter(|b| b.map == map).flat_map(|b| b.polygon.iter().copied()).collect();
    points.extend(place_points(scn, map));
    extent(points)
}

/// Every corner and point of the map's places.
fn place_points(scn: &Scenario, map: MapKind) -> impl Iterator<Item = Point> + '_ {
    scn.places.iter().filter(move |p| p.map == map).flat_map(|p| match &p.shape {
        Shape::Polygon(ps) => ps.clone(),
        Shape::Point(pt) => vec![*pt],
    })
}

/// The box around the finite ones of `points`, at least a unit wide and high.
fn extent(points: impl IntoIterator<Item = Point>) -> Option<(Vec2, Vec2)> {
    let mut finite = points.into_iter().filter(|p| p.0.is_finite() && p.1.is_finite()).map(|p| Vec2::new(p.0, p.1));
    let first = finite.next()?;
    let (min, max) = finite.fold((first, first), |(lo, hi), p| (lo.min(p), hi.max(p)));
    Some((min, max.max(min + Vec2::ONE)))
}

/// The part of a map fitted on screen at first: where its places and routes are, with a
/// margin, when they keep to a part of the drawing. A world map's land reaches far past the
/// places (the Pacific's islands, the far south); fitting the places leaves them more room.
pub fn focus(scn: &Scenario, map: MapKind) -> Option<(Vec2, Vec2)> {
    let whole = bounds(scn, map)?;
    let routes = scn.links.iter().filter(|l| l.map == map).flat_map(|l| l.path.iter().copied());
    let Some((min, max)) = extent(place_points(scn, map).chain(routes)) else { return Some(whole) };
    // A margin for the icons and labels around the outermost places.
    let margin = (max - min).max(Vec2::splat(1.0)) * 0.12;
    let focus = ((min - margin).max(whole.0), (max + margin).min(whole.1).max(min + Vec2::ONE));
    // Where the places fill most of the drawing (a port), the whole drawing is shown.
    let size = |b: (Vec2, Vec2)| (b.1 - b.0).x * (b.1 - b.0).y;
    Some(if size(focus) < 0.6 * size(whole) { focus } else { whole })
}

fn area(points: &[Point]) -> f32 {
    let n = points.len();
    (0..n).map(|i| points[i].0 * points[(i + 1) % n].1 - points[(i + 1) % n].0 * points[i].1).sum::<f32>().abs() / 2.0
}

/// Meshes and materials shared by many entities: the same handles let Bevy draw all the label
/// boxes, or all the icons of one kind, in one call.
#[derive(Resource)]
pub struct BoardCache {
    /// White, opaque: for meshes that carry their own vertex colours.
    pub white: Handle<ColorMaterial>,
    /// White, blended: the same for meshes with see-through parts.
    pub white_blend: Handle<ColorMaterial>,
    /// Half see-through: projects still under way.
    pub faint: Handle<ColorMaterial>,
    pub label_back: Handle<ColorMaterial>,
    pub unit_quad: Handle<Mesh>,
    icons: std::collections::BTreeMap<(Icon, u32), Handle<Mesh>>,
}

impl BoardCache {
    pub fn new(meshes: &mut Assets<Mesh>, materials: &mut Assets<ColorMaterial>) -> BoardCache {
        BoardCache {
            white: materials.add(ColorMaterial { color: Color::WHITE, alpha_mode: AlphaMode2d::Opaque, ..default() }),
            white_blend: materials.add(ColorMaterial {
                color: Color::WHITE,
                alpha_mode: AlphaMode2d::Blend,
                ..default()
            }),
            faint: materials.add(ColorMaterial {
                color: Color::srgba(1.0, 1.0, 1.0, 0.5),
                alpha_mode: AlphaMode2d::Blend,
                ..default()
            }),
            label_back: materials.add(Color::srgba(0.0, 0.0, 0.0, 0.62)),
            unit_quad: meshes.add(Rectangle::new(1.0, 1.0)),
            icons: Default::default(),
        }
    }

    /// The mesh of an icon at a size, made once.
    fn icon(&mut self, meshes: &mut Assets<Mesh>, icon: Icon, px: f32) -> Handle<Mesh> {
        self.icons.entry((icon, px.to_bits())).or_insert_with(|| meshes.add(icons::badge(icon, px))).clone()
    }
}

/// Everything needed to spawn entities.
pub struct Spawner<'a, 'w, 's> {
    pub commands: &'a mut Commands<'w, 's>,
    pub meshes: &'a mut Assets<Mesh>,
    pub materials: &'a mut Assets<ColorMaterial>,
    pub cache: &'a mut BoardCache,
    pub font: &'a BoardFont,
    pub text_scale: f32,
}

impl Spawner<'_, '_, '_> {
    fn material(&mut self, colour: Color) -> MeshMaterial2d<ColorMaterial> {
        MeshMaterial2d(self.materials.add(colour))
    }

    /// A label: text over a dark box, kept the same size on screen. Every label sits at the
    /// same height, and every box just under it, so that they are drawn in two calls.
    pub fn label(
        &mut self,
        parent: Entity,
        text: String,
        anchor: Vec2,
        offset: Vec2,
        priority: i32,
        place: Option<PlaceId>,
    ) -> Entity {
        let size = LABEL_PX * self.text_scale;
        let back = MeshMaterial2d(self.cache.label_back.clone());
        let quad = self.cache.unit_quad.clone();
        let mut id = Entity::PLACEHOLDER;
        self.commands.entity(parent).with_children(|c| {
            id = c
                .spawn((
                    Text2d::new(text),
                    TextFont {
                        font: self.font.0.clone().into(),
                        font_size: bevy::text::FontSize::Px(size),
                        ..default()
                    },
                    TextColor(Color::WHITE),
                    Anchor::CENTER,
                    Transform::from_xyz(anchor.x, anchor.y, z::LABEL),
                    ScreenSized { anchor, offset },
                    super::Label { priority, place },
                    Pickable::IGNORE,
                ))
                .with_children(|t| {
                    t.spawn((Mesh2d(quad), back, Transform::from_xyz(0.0, 0.0, -0.1), LabelBack, Pickable::IGNORE));
                })
                .id();
        });
        id
    }

    /// An icon on its badge, the same size on screen, returned so the caller can tag it. All
    /// icons of a kind share one mesh, and the faint ones one material.
    pub fn icon(&mut self, parent: Entity, icon: Icon, at: Vec2, offset: Vec2, z: f32, faint: bool) -> Entity {
        let px = ICON_PX * self.text_scale;
        let mesh = self.cache.icon(self.meshes, icon, px);
        let material = MeshMaterial2d(if faint { self.cache.faint.clone() } else { self.cache.white.clone() });
        let mut id = Entity::PLACEHOLDER;
        self.commands.entity(parent).with_children(|c| {
            id = c
                .spawn((Mesh2d(mesh), material, Transform::from_xyz(at.x, at.y, z), ScreenSized { anchor: at, offset }))
                .id();
        });
        id
    }
}

/// Spawns the whole of one map under a hidden root; returns the root.
pub fn spawn_map(s: &mut Spawner, scn: &Scenario, map: MapKind, lang: Lang) -> Entity {
    // The board lives on the play screen: leaving it takes the maps and all they carry away.
    let root = s
        .commands
        .spawn((MapRoot(map), Transform::default(), Visibility::Hidden, DespawnOnExit(crate::game::Screen::Play)))
        .id();
    let Some((min, max)) = bounds(scn, map) else { return root };
    let centre = (min + max) / 2.0;
    let size = max - min;
    // Backdrops: the sea, water, then land, hills and the city, in one mesh; quays and cables,
    // which lie over the zones' colour, in another. Each in the level's order within its kind.
    let mut backdrops: Vec<_> = scn.backdrops.iter().enumerate().filter(|(_, b)| b.map == map).collect();
    backdrops.sort_by_key(|(i, b)| (b.kind, *i));
    let (mut below, mut above) = (shapes::Painter::default(), shapes::Painter::default());
    // The sea, far past the map's edges, so that a drag anywhere moves the map.
    let (w, h) = (size.x * 4.0, size.y * 4.0);
    let sea = [
        (centre.x - w, centre.y - h),
        (centre.x + w, centre.y - h),
        (centre.x + w, centre.y + h),
        (centre.x - w, centre.y + h),
    ];
    below.fill(&sea, palette::SEA);
    let unit = (size.x / 1000.0).max(0.3);
    // Outlines are drawn as the screen can show them: points nearer each other than a quarter
    // of a pixel at the map's fitted size (its width over 700 units of 1.4 pixels or so) are
    // merged, so that a shape's cost follows the map, not the level's detail (a 4 MB level of
    // combs of 2,000 teeth took a gigabyte).
    let detail = size.x.max(size.y) / 700.0 * 0.25;
    for (_, b) in &backdrops {
        let polygon = shapes::simplified(&b.polygon, detail);
        match b.kind {
            BackdropKind::Cable => above.stroke(&polygon, 2.0 * unit, false, palette::backdrop(b.kind)),
            BackdropKind::Quay => above.fill(&polygon, palette::backdrop(b.kind)),
            _ => below.fill(&polygon, palette::backdrop(b.kind)),
        }
    }
    for (painter, height) in [(below, z::BACKDROP), (above, z::QUAY)] {
        if painter.is_empty() {
            continue;
        }
        // The ground is opaque, stacked so that each pixel is coloured once (its layers a
        // thousandth apart, closer if there are thousands, all under the zones); quays and
        // cables are see-through.
        let step = (0.001f32).min(5.0 / backdrops.len().max(1) as f32);
        let mesh = if height == z::QUAY { painter.into_mesh() } else { painter.into_stacked_mesh(step) };
        let mesh = s.meshes.add(mesh);
        let material = if height == z::QUAY { s.cache.white_blend.clone() } else { s.cache.white.clone() };
        let material = MeshMaterial2d(material);
        s.commands.entity(root).with_children(|c| {
            let mut e = c.spawn((Mesh2d(mesh), material, Transform::from_xyz(0.0, 0.0, height)));
            // Quays and cables leave the pointer to the zones under them.
            if height == z::QUAY {
                e.insert(Pickable::IGNORE);
            }
        });
    }
    for b in backdrops.iter().map(|(_, b)| b).filter(|b| !b.name.get(lang).is_empty()) {
        let at = if b.kind == BackdropKind::Cable {
            let p = shapes::along(&b.polygon, 0.6);
            Vec2::new(p.0, p.1)
        } else {
            centroid(&b.polygon)
        };
        s.label(root, b.name.get(lang).to_owned(), at, Vec2::ZERO, -10, None);
    }
    // Places, the largest first: a small zone drawn over a big one stays visible and clickable.
    let mut places: Vec<(usize, f32)> = scn
        .places
        .iter()
        .enumerate()
        .filter(|(_, p)| p.map == map)
        .map(|(i, p)| (i, if let Shape::Polygon(ps) = &p.shape { area(ps) } else { 0.0 }))
        .collect();
    places.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    // Every zone's thin outline in one mesh, over all the zones: one draw instead of one each.
    let mut outlines = shapes::Painter::default();
    let mut stripes_left = MAX_HATCH_STRIPES_PER_MAP;
    for (rank, (i, _)) in places.iter().enumerate() {
        let id = PlaceId(*i as u16);
        let place = &scn.places[*i];
        let zp = z::PLACE + rank as f32 * 0.01;
        let fill = s.material(palette::bevy(palette::UNKNOWN));
        match &place.shape {
            Shape::Polygon(ps) => {
                let ps = &shapes::simplified(ps, detail);
                let mesh = s.meshes.add(shapes::polygon(ps));
                // Widths in level units, for the map at its fitted size: about 1.5 and 4 pixels.
                let line = (size.x.max(size.y) / 700.0).max(0.1);
                outlines.stroke(ps, 2.0 * line, true, Color::srgba(1.0, 1.0, 1.0, 0.7));
                let selection = s.meshes.add(shapes::outline(ps, 5.5 * line));
                let yellow = s.material(Color::srgb(1.0, 0.95, 0.35));
                // Stripes about 8 pixels apart at the fitted size, whatever the level's units (as
                // before on Marseille's port, drawn 700 units wide): a fixed step in level units
                // made a large place on a map drawn in large units millions of stripes
                // (gigabytes of mesh for a 116 KB level).
                let (hatch, stripes) = hatch(ps, line * 9.0, line * 1.6, stripes_left);
                stripes_left -= stripes;
                let hatch = s.meshes.add(hatch);
                let hatch_colour = s.material(Color::srgba(0.25, 0.08, 0.0, 0.55));
                s.commands.entity(root).with_children(|c| {
                    c.spawn((
                        Mesh2d(mesh),
                        fill,
                        Transform::from_xyz(0.0, 0.0, zp),
                        PlaceMark(id),
                        PlaceLook::default(),
                    ))
                    .with_children(|p| {
                        p.spawn((
                            Mesh2d(selection),
                            yellow,
                            Transform::from_xyz(0.0, 0.0, 6.5),
                            Visibility::Hidden,
                            super::Selected(id),
                            Pickable::IGNORE,
                        ));
                        p.spawn((
                            Mesh2d(hatch),
                            hatch_colour,
                            Transform::from_xyz(0.0, 0.0, 0.002),
                            Visibility::Hidden,
                            Hatch(id),
                            Pickable::IGNORE,
                        ));
                    });
                });
            }
            Shape::Point(pt) => {
                let at = Vec2::new(pt.0, pt.1);
                let px = super::scene::DOT_PX * s.text_scale;
                let dot = s.meshes.add(shapes::disc(px));
                let ring = s.meshes.add(shapes::ring(px, 1.5));
                let white = s.material(Color::WHITE);
                let selection = s.meshes.add(shapes::ring(px + 4.0, 3.0));
                let yellow = s.material(Color::srgb(1.0, 0.95, 0.35));
                let line = s.material(Color::srgba(1.0, 1.0, 1.0, 0.8));
                let quad = s.cache.unit_quad.clone();
                s.commands.entity(root).with_children(|c| {
                    // Shown only while the marks are moved off the spot.
                    c.spawn((
                        Mesh2d(quad),
                        line,
                        Transform::from_xyz(at.x, at.y, z::ICON - 2.0),
                        Visibility::Hidden,
                        super::Leader { place: id, anchor: at },
                        Pickable::IGNORE,
                    ));
                    c.spawn((
                        Mesh2d(dot),
                        fill,
                        Transform::from_xyz(at.x, at.y, z::ICON - 1.0),
                        ScreenSized { anchor: at, offset: Vec2::ZERO },
                        super::Nudge::of(id),
                        PlaceMark(id),
                        PlaceLook::default(),
                    ))
                    .with_children(|p| {
                        p.spawn((
                            Mesh2d(ring),
                            white,
                            Transform::from_xyz(0.0, 0.0, 0.01),
                            Outline(id),
                            Pickable::IGNORE,
                        ));
                        p.spawn((
                            Mesh2d(selection),
                            yellow,
                            Transform::from_xyz(0.0, 0.0, 0.02),
                            Visibility::Hidden,
                            super::Selected(id),
                            Pickable::IGNORE,
                        ));
                    });
                });
            }
        }
        let at = Vec2::new(place.label_at.0, place.label_at.1);
        let is_point = matches!(place.shape, Shape::Point(_));
        if let Some(icon) = place.icon {
            // Beside a dot, on the shape's label point otherwise, left of the name.
            let offset = if is_point { Vec2::new(-20.0, 0.0) } else { Vec2::new(0.0, 20.0) } * s.text_scale;
            let e = s.icon(root, icon, at, offset, z::ICON, false);
            s.commands.entity(e).insert((PlaceMark(id), super::Nudge::of(id)));
        }
        let offset = if is_point { Vec2::new(0.0, -18.0) * s.text_scale } else { Vec2::ZERO };
        // Zones' names before points': a zone's name sits on it and is the bigger cue.
        let label = s.label(root, place.name.get(lang).to_owned(), at, offset, if is_point { 5 } else { 10 }, Some(id));
        s.commands.entity(label).insert(super::Nudge::of(id));
    }
    if !outlines.is_empty() {
        let mesh = s.meshes.add(outlines.into_mesh());
        let material = MeshMaterial2d(s.cache.white_blend.clone());
        s.commands.entity(root).with_children(|c| {
            c.spawn((Mesh2d(mesh), material, Transform::from_xyz(0.0, 0.0, z::OUTLINES), Pickable::IGNORE));
        });
    }
    // Routes: curves across the world, straight lines in the port, with an arrow at the middle,
    // line and arrow in one mesh.
    for (index, link) in scn.links.iter().enumerate().filter(|(_, l)| l.map == map) {
        let path = route(scn, index);
        let (colour, weight) = palette::link(link.kind);
        let width = 2.6 * weight * unit;
        let mut painter = shapes::Painter::default();
        painter.stroke(&path, width, false, colour);
        painter.fill(&arrow_head(&path, width * 3.0), colour);
        let mesh = s.meshes.add(painter.into_mesh());
        let material = MeshMaterial2d(s.cache.white.clone());
        s.commands.entity(root).with_children(|c| {
            c.spawn((
                Mesh2d(mesh),
                material,
                Transform::from_xyz(0.0, 0.0, z::LINK + index as f32 * 0.001),
                LinkMark(index),
            ));
        });
    }
    for (index, landmark) in scn.landmarks.iter().enumerate().filter(|(_, l)| l.map == map) {
        let at = Vec2::new(landmark.at.0, landmark.at.1);
        let e = s.icon(root, landmark.icon, at, Vec2::ZERO, z::ICON, false);
        s.commands.entity(e).insert(LandmarkMark(index));
        s.label(root, landmark.name.get(lang).to_owned(), at, Vec2::new(0.0, -19.0) * s.text_scale, 0, None);
    }
    root
}

/// The points a route is drawn through, in level units.
pub fn route(scn: &Scenario, index: usize) -> Vec<(f32, f32)> {
    let link = &scn.links[index];
    let mut path = link.path.clone();
    if path.len() < 2 {
        path = vec![scn.place(link.from).label_at, scn.place(link.to).label_at];
    }
    if link.map == MapKind::World { shapes::curve(&path) } else { path }
}

/// A triangle at the middle of a path, pointing the way it runs (no points for a path with
/// no length).
fn arrow_head(path: &[(f32, f32)], size: f32) -> Vec<(f32, f32)> {
    if path.len() < 2 {
        return Vec::new();
    }
    let c = shapes::along(path, 0.5);
    let ahead = shapes::along(path, 0.52);
    let d = Vec2::new(ahead.0 - c.0, ahead.1 - c.1).normalize_or_zero();
    if d == Vec2::ZERO {
        return Vec::new();
    }
    let n = Vec2::new(-d.y, d.x);
    let c = Vec2::new(c.0, c.1);
    let tip = c + d * size * 0.6;
    let a = c - d * size * 0.4 + n * size * 0.45;
    let b = c - d * size * 0.4 - n * size * 0.45;
    vec![(tip.x, tip.y), (a.x, a.y), (b.x, b.y)]
}

fn centroid(points: &[Point]) -> Vec2 {
    let n = points.len().max(1) as f32;
    let (x, y) = points.iter().fold((0.0, 0.0), |(x, y), p| (x + p.0, y + p.1));
    Vec2::new(x / n, y / n)
}

/// Diagonal stripes clipped to a polygon: each 45° line is cut where it crosses the outline
/// and kept on the stretches inside (even-odd), so that concave shapes hatch correctly. At
/// most `most` stripes; the mesh and how many it holds.
pub fn hatch(points: &[Point], step: f32, width: f32, most: usize) -> (Mesh, usize) {
    let lines = hatch_lines(points, step, most).unwrap_or_default();
    (shapes::segments(&lines, width), lines.len())
}

/// The most stripes one place's hatching may have: a jagged outline cut by every stripe
/// could otherwise make a stripe per tooth per line.
pub const MAX_HATCH_STRIPES: usize = 4_000;

/// The most stripes a whole map's hatching may have: the places share them, largest first, so
/// that the board's memory is bounded by the map, not by how many places a level piles up
/// (Marseille's port uses about 1,500).
pub const MAX_HATCH_STRIPES_PER_MAP: usize = 40_000;

/// The stripes of `hatch`, at most `most` and never more than `MAX_HATCH_STRIPES` of them
/// (`None` for no usable outline).
pub fn hatch_lines(points: &[Point], step: f32, most: usize) -> Option<Vec<((f32, f32), (f32, f32))>> {
    let most = most.min(MAX_HATCH_STRIPES);
    // Rotate by -45° so the stripes are horizontal, cut them, rotate back.
    let (c, s) = (std::f32::consts::FRAC_1_SQRT_2, std::f32::consts::FRAC_1_SQRT_2);
    let rot: Vec<(f32, f32)> = points.iter().map(|p| (p.0 * c + p.1 * s, -p.0 * s + p.1 * c)).collect();
    let back = |x: f32, y: f32| (x * c - y * s, x * s + y * c);
    let (ymin, ymax) = rot.iter().fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let mut lines = Vec::new();
    if !step.is_finite() || step <= 0.0 || rot.len() < 3 || !ymin.is_finite() || !ymax.is_finite() {
        return None;
    }
    // Never more lines across a place than fit the map at its fitted size.
    let step = step.max((ymax - ymin) / 1_000.0);
    {
        let mut y = ymin + step / 2.0;
        while y < ymax && lines.len() < most {
            let mut xs: Vec<f32> = Vec::new();
            for i in 0..rot.len() {
                let (a, b) = (rot[i], rot[(i + 1) % rot.len()]);
                if (a.1 > y) != (b.1 > y) {
                    xs.push(a.0 + (y - a.1) / (b.1 - a.1) * (b.0 - a.0));
                }
            }
            xs.sort_by(f32::total_cmp);
            for pair in xs.chunks_exact(2).take(most - lines.len()) {
                lines.push((back(pair[0], y), back(pair[1], y)));
            }
            y += step;
        }
    }
    Some(lines)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::scenario::Backdrop;

    fn land(points: Vec<Point>) -> Backdrop {
        Backdrop { map: MapKind::World, kind: BackdropKind::Land, polygon: points, name: Default::default() }
    }

    #[test]
    fn a_places_hatching_is_bounded_whatever_its_size_and_shape() {
        // A comb of 2,000 points, a million units tall: at most MAX_HATCH_STRIPES stripes.
        let mut comb: Vec<Point> = (0..1_000).map(|i| (i as f32 * 2.0, if i % 2 == 0 { 0.0 } else { 1.0e6 })).collect();
        comb.extend([(2_000.0, -10.0), (0.0, -10.0)]);
        let lines = hatch_lines(&comb, 9.0, usize::MAX).unwrap();
        assert!(!lines.is_empty() && lines.len() <= MAX_HATCH_STRIPES, "{}", lines.len());
        // A plain square keeps its stripes at the step asked for, within what it is given.
        let square = [(0.0, 0.0), (90.0, 0.0), (90.0, 90.0), (0.0, 90.0)];
        let n = hatch_lines(&square, 9.0, usize::MAX).unwrap().len();
        assert!((10..=20).contains(&n), "{n}");
        assert_eq!(hatch(&square, 9.0, 1.6, 3).1, 3);
    }

    #[test]
    fn an_outline_is_drawn_with_the_detail_a_screen_shows() {
        // A comb of 2,000 teeth two units apart, on a map where a quarter pixel is 100 units.
        let comb: Vec<Point> = (0..2_000).map(|i| (i as f32 * 2.0, if i % 2 == 0 { 0.0 } else { 50.0 })).collect();
        let drawn = shapes::simplified(&comb, 100.0);
        assert!(drawn.len() <= 50 && drawn.first() == comb.first() && drawn.last() == comb.last(), "{}", drawn.len());
        // An outline with nothing finer than the screen's detail is drawn whole.
        let square = [(0.0, 0.0), (90.0, 0.0), (90.0, 90.0), (0.0, 90.0)];
        assert_eq!(shapes::simplified(&square, 0.25), square.to_vec());
    }

    #[test]
    fn a_places_hatching_costs_the_same_whatever_the_levels_units() {
        // The same square and the same stripes, drawn in units ten thousand times larger.
        let vertices = |unit: f32| {
            let square = [(0.0, 0.0), (90.0 * unit, 0.0), (90.0 * unit, 90.0 * unit), (0.0, 90.0 * unit)];
            hatch(&square, 9.0 * unit, 1.6 * unit, usize::MAX).0.count_vertices()
        };
        let (small, large) = (vertices(1.0), vertices(10_000.0));
        assert!(small > 0 && large <= small * 2, "{small} vertices in small units, {large} in large ones");
    }

    #[test]
    fn a_map_is_fitted_on_its_places_only_when_they_keep_to_a_part_of_it() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/rules.ron");
        let mut scn = crate::level::load(std::path::Path::new(path)).expect("the fixture loads");
        let far = scn.places.iter().find(|p| p.map == MapKind::World).expect("a world place");
        let Shape::Point(at) = far.shape else { panic!("the fixture's world place is a point") };
        // Land ten times wider than anything placed: the fit keeps to the place.
        scn.backdrops.push(land(vec![
            (at.0 - 1000.0, at.1 - 1000.0),
            (at.0 + 1000.0, at.1 - 1000.0),
            (at.0, at.1 + 1000.0),
        ]));
        let (whole, fit) = (bounds(&scn, MapKind::World).unwrap(), focus(&scn, MapKind::World).unwrap());
        assert!((fit.1 - fit.0).x < (whole.1 - whole.0).x / 10.0, "{fit:?} in {whole:?}");
        assert!(fit.0.x <= at.0 && at.0 <= fit.1.x && fit.0.y <= at.1 && at.1 <= fit.1.y);
        // The port's places fill its drawing: it is shown whole.
        assert_eq!(focus(&scn, MapKind::Port), bounds(&scn, MapKind::Port));
    }
}
