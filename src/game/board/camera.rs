//! The board's 2D camera: the map fitted into the space the panels leave, panned by dragging
//! or the arrow keys, zoomed by the wheel (about the pointer) or +/-; labels, icons and dots
//! kept the same size on screen, and labels that would overlap giving way.

use bevy::prelude::*;
use bevy::text::TextLayoutInfo;
use bevy::window::PrimaryWindow;

use super::scene;
use super::{BoardFrame, Label, LabelBack, ScreenSized};
use crate::game::{Playing, Screen, ViewState};

/// How a map is zoomed and panned: `pan` in level units from the map's centre.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub zoom: f32,
    pub pan: Vec2,
}

impl Default for View {
    fn default() -> Self {
        View { zoom: 1.0, pan: Vec2::ZERO }
    }
}

impl View {
    pub const MIN_ZOOM: f32 = 0.8;
    pub const MAX_ZOOM: f32 = 8.0;

    /// Keeps the map's centre within the map: it cannot be dragged away entirely.
    fn bound(&mut self, half: Vec2) {
        self.pan = self.pan.clamp(-half, half);
    }
}

/// Where the camera stands and how many level units a screen pixel spans, for a map of
/// bounds `(min, max)` shown in `rect` of a window `window` pixels wide and high.
pub fn placement(bounds: (Vec2, Vec2), rect: Rect, window: Vec2, view: View) -> (Vec2, f32) {
    let (min, max) = bounds;
    let size = (max - min).max(Vec2::ONE);
    let w = rect.width().max(1.0);
    let h = rect.height().max(1.0);
    let fit = (size.x / w).max(size.y / h) / 0.95;
    let s = fit / view.zoom.clamp(View::MIN_ZOOM, View::MAX_ZOOM);
    let c = (min + max) / 2.0 + view.pan;
    let rc = rect.center();
    (Vec2::new(c.x - (rc.x - window.x / 2.0) * s, c.y + (rc.y - window.y / 2.0) * s), s)
}

fn window_size(windows: &Query<&Window, With<PrimaryWindow>>, frame: &BoardFrame) -> Vec2 {
    windows
        .single()
        .map(|w| Vec2::new(w.width(), w.height()))
        .unwrap_or_else(|_| frame.rect.map_or(Vec2::new(1280.0, 720.0), |r| r.max))
}

fn board_rect(frame: &BoardFrame, window: Vec2) -> Rect {
    frame.rect.filter(|r| r.width() > 1.0 && r.height() > 1.0).unwrap_or(Rect::from_corners(Vec2::ZERO, window))
}

/// Puts the camera where the map on screen is fitted, panned and zoomed, drawing only in the
/// space the panels leave (its viewport); writes only on change.
pub fn fit(
    playing_game: Res<Playing>,
    view_state: Res<ViewState>,
    screen: Res<State<Screen>>,
    frame: Res<BoardFrame>,
    windows: Query<&Window, With<PrimaryWindow>>,
    mut cameras: Query<(&mut Camera, &mut Transform, &mut Projection), With<super::BoardCamera>>,
) {
    let scale = windows.single().map_or(1.0, |w| w.scale_factor());
    let window = window_size(&windows, &frame);
    let playing = *screen.get() == Screen::Play;
    let rect = board_rect(&frame, window);
    for (mut camera, mut transform, mut projection) in &mut cameras {
        // Off the play screen the camera keeps the whole window (egui covers it).
        let viewport = playing.then(|| {
            let min = (rect.min * scale).max(Vec2::ZERO).as_uvec2();
            let size = ((rect.max - rect.min) * scale).max(Vec2::ONE).as_uvec2();
            bevy::camera::Viewport { physical_position: min, physical_size: size, ..default() }
        });
        let same = match (&camera.viewport, &viewport) {
            (Some(a), Some(b)) => a.physical_position == b.physical_position && a.physical_size == b.physical_size,
            (None, None) => true,
            _ => false,
        };
        if !same {
            camera.viewport = viewport;
        }
        let Some(game) = playing_game.game.as_ref().filter(|_| playing) else { continue };
        let Some(bounds) = scene::focus(&game.scenario, view_state.map) else { continue };
        let view = view_state.cameras[view_state.map as usize];
        // In its viewport the camera's middle is the board's middle.
        let local = Rect::from_corners(Vec2::ZERO, rect.size());
        let (at, s) = placement(bounds, local, rect.size(), view);
        if transform.translation.truncate() != at {
            transform.translation.x = at.x;
            transform.translation.y = at.y;
        }
        if let Projection::Orthographic(ortho) = &*projection
            && ortho.scale != s
            && let Projection::Orthographic(ortho) = &mut *projection
        {
            ortho.scale = s;
        }
    }
}

/// The level units a screen pixel spans now.
fn units_per_pixel(cameras: &Query<&Projection, With<super::BoardCamera>>) -> f32 {
    cameras.iter().find_map(|p| if let Projection::Orthographic(o) = p { Some(o.scale) } else { None }).unwrap_or(1.0)
}

/// Dragging the map pans it.
pub fn on_drag(
    ev: On<Pointer<Drag>>,
    mut frame: ResMut<BoardFrame>,
    playing: Res<Playing>,
    mut view_state: ResMut<ViewState>,
    cameras: Query<&Projection, With<super::BoardCamera>>,
) {
    if frame.blocked || ev.button != PointerButton::Primary {
        return;
    }
    frame.dragged += ev.delta.length();
    let s = units_per_pixel(&cameras);
    pan_by(&playing, &mut view_state, Vec2::new(-ev.delta.x, ev.delta.y) * s);
}

/// Half the size of the map on screen, in level units: how far it may be panned.
fn half_extent(playing: &Playing, map: crate::sim::scenario::MapKind) -> Option<Vec2> {
    playing.game.as_ref().and_then(|g| scene::bounds(&g.scenario, map)).map(|(a, b)| (b - a) / 2.0)
}

/// Pans the map on screen by `by` level units, within its bounds.
fn pan_by(playing: &Playing, view_state: &mut ViewState, by: Vec2) {
    let Some(half) = half_extent(playing, view_state.map) else { return };
    let map = view_state.map as usize;
    let mut view = view_state.cameras[map];
    view.pan += by;
    view.bound(half);
    view_state.cameras[map] = view;
}

/// The wheel zooms about the pointer: the spot under it stays under it.
pub fn on_scroll(
    ev: On<Pointer<Scroll>>,
    frame: Res<BoardFrame>,
    playing: Res<Playing>,
    mut view_state: ResMut<ViewState>,
    windows: Query<&Window, With<PrimaryWindow>>,
    cameras: Query<&Projection, With<super::BoardCamera>>,
) {
    if frame.blocked {
        return;
    }
    let lines = match ev.unit {
        bevy::input::mouse::MouseScrollUnit::Line => ev.y,
        bevy::input::mouse::MouseScrollUnit::Pixel => ev.y / 40.0,
    };
    let window = window_size(&windows, &frame);
    let centre = board_rect(&frame, window).center();
    let s = units_per_pixel(&cameras);
    zoom_about(&playing, &mut view_state, 1.2f32.powf(lines), ev.pointer_location.position, centre, s);
}

/// Zooms by `factor` about the point `at` of the window, the board's middle being `centre`.
fn zoom_about(playing: &Playing, view_state: &mut ViewState, factor: f32, at: Vec2, centre: Vec2, s: f32) {
    let Some(half) = half_extent(playing, view_state.map) else { return };
    let map = view_state.map as usize;
    let mut view = view_state.cameras[map];
    let zoom = (view.zoom * factor).clamp(View::MIN_ZOOM, View::MAX_ZOOM);
    if zoom == view.zoom {
        return;
    }
    let s_new = s * view.zoom / zoom;
    view.pan += Vec2::new(at.x - centre.x, -(at.y - centre.y)) * (s - s_new);
    view.zoom = zoom;
    view.bound(half);
    view_state.cameras[map] = view;
}

/// The plus and minus keys zoom about the board's middle, the arrows pan, Home fits the map
/// again; not while egui has the keyboard (a text field).
pub fn keys(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    wants: Option<Res<bevy_egui::input::EguiWantsInput>>,
    screen: Res<State<Screen>>,
    frame: Res<BoardFrame>,
    windows: Query<&Window, With<PrimaryWindow>>,
    cameras: Query<&Projection, With<super::BoardCamera>>,
    playing: Res<Playing>,
    mut view_state: ResMut<ViewState>,
) {
    let Some(keys) = keys else { return };
    if *screen.get() != Screen::Play || view_state.paused || wants.is_some_and(|w| w.wants_any_keyboard_input()) {
        return;
    }
    let window = window_size(&windows, &frame);
    let centre = board_rect(&frame, window).center();
    let s = units_per_pixel(&cameras);
    let zoom_in = keys.just_pressed(KeyCode::Equal) || keys.just_pressed(KeyCode::NumpadAdd);
    let zoom_out = keys.just_pressed(KeyCode::Minus) || keys.just_pressed(KeyCode::NumpadSubtract);
    if zoom_in || zoom_out {
        zoom_about(&playing, &mut view_state, if zoom_in { 1.25 } else { 0.8 }, centre, centre, s);
    }
    if keys.just_pressed(KeyCode::Home) {
        let map = view_state.map as usize;
        view_state.cameras[map] = View::default();
    }
    let step = |k: KeyCode| if keys.pressed(k) { 12.0 } else { 0.0 };
    let pan = Vec2::new(
        step(KeyCode::ArrowRight) - step(KeyCode::ArrowLeft),
        step(KeyCode::ArrowUp) - step(KeyCode::ArrowDown),
    );
    if pan != Vec2::ZERO {
        pan_by(&playing, &mut view_state, pan * s);
    }
}

/// Point places closer on screen than this (their dot and icon would overlap) are moved apart,
/// by at most `MAX_SHIFT_PX`; both in pixels before the player's text scale.
const MIN_APART_PX: f32 = 40.0;
const MAX_SHIFT_PX: f32 = 64.0;

/// How far to move each of `points` (screen pixels) so that none is closer than `min` to
/// another, each moved at most `max`: overlapping pairs pushed apart along the line between
/// them, a few rounds over, the same answer every time.
pub fn spread(points: &[Vec2], min: f32, max: f32) -> Vec<Vec2> {
    let mut shift = vec![Vec2::ZERO; points.len()];
    for _ in 0..40 {
        let mut moved = false;
        for i in 0..points.len() {
            for j in i + 1..points.len() {
                let d = (points[j] + shift[j]) - (points[i] + shift[i]);
                let len = d.length();
                if len >= min - 0.01 {
                    continue;
                }
                // Places on the very same spot part along a different direction each.
                let dir = if len > 1e-3 { d / len } else { Vec2::from_angle(j as f32 * 2.4) };
                let push = dir * (min - len) / 2.0;
                shift[i] -= push;
                shift[j] += push;
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
    shift.into_iter().map(|v| v.clamp_length_max(max)).collect()
}

/// Moves apart the marks (dot, icon, name) of point places that would cover one another at
/// this zoom, and shows a thin line from each moved mark to its true spot. Worked out again
/// when the zoom, the map or the game changes.
pub fn spread_markers(
    playing: Res<Playing>,
    view_state: Res<ViewState>,
    text_scale: Res<crate::game::settings::TextScale>,
    cameras: Query<&Projection, With<super::BoardCamera>>,
    mut nudges: Query<&mut super::Nudge>,
    mut leaders: Query<(&super::Leader, &mut Transform, &mut Visibility)>,
    mut last: Local<Option<(u32, crate::sim::scenario::MapKind, u64, usize)>>,
) {
    let Some(game) = playing.game.as_ref() else { return };
    let s = units_per_pixel(&cameras).max(f32::MIN_POSITIVE);
    let key = (s.to_bits(), view_state.map, playing.started_games, nudges.iter().len());
    if *last == Some(key) {
        return;
    }
    *last = Some(key);
    let scn = &game.scenario;
    let points: Vec<(crate::sim::PlaceId, Vec2)> = scn
        .places
        .iter()
        .enumerate()
        .filter(|(_, p)| p.map == view_state.map)
        .filter_map(|(i, p)| match p.shape {
            crate::sim::scenario::Shape::Point(pt) => Some((crate::sim::PlaceId(i as u16), Vec2::new(pt.0, pt.1))),
            _ => None,
        })
        .collect();
    let on_screen: Vec<Vec2> = points.iter().map(|(_, at)| *at / s).collect();
    let scale = text_scale.0;
    let shifts = spread(&on_screen, MIN_APART_PX * scale, MAX_SHIFT_PX * scale);
    let by_place: std::collections::BTreeMap<_, _> = points.iter().map(|(p, _)| *p).zip(shifts).collect();
    let shift_of = |place: crate::sim::PlaceId| by_place.get(&place).copied().unwrap_or(Vec2::ZERO);
    for mut nudge in &mut nudges {
        let want = shift_of(nudge.place);
        if nudge.by != want {
            nudge.by = want;
        }
    }
    for (leader, mut transform, mut visibility) in &mut leaders {
        let shift = shift_of(leader.place);
        let wanted = if shift.length() < 2.0 { Visibility::Hidden } else { Visibility::Inherited };
        visibility.set_if_neq(wanted);
        if wanted == Visibility::Hidden {
            continue;
        }
        let reach = shift * s;
        let middle = leader.anchor + reach / 2.0;
        transform.translation.x = middle.x;
        transform.translation.y = middle.y;
        transform.rotation = Quat::from_rotation_z(reach.y.atan2(reach.x));
        transform.scale = Vec3::new(reach.length(), 1.5 * s, 1.0);
    }
}

/// Places labels, icons and dots at their anchors, the same size on screen at any zoom.
pub fn place_screen_sized(
    cameras: Query<Ref<Projection>, With<super::BoardCamera>>,
    mut sized: Query<(Ref<ScreenSized>, &mut Transform, Option<&super::feedback::Grow>, Option<Ref<super::Nudge>>)>,
) {
    let Some(projection) = cameras.iter().next() else { return };
    let Projection::Orthographic(ortho) = &*projection else { return };
    let s = ortho.scale;
    let all = projection.is_changed();
    for (item, mut transform, grow, nudge) in &mut sized {
        let nudged = nudge.as_ref().is_some_and(|n| n.is_changed());
        if !(all || item.is_added() || item.is_changed() || nudged) {
            continue;
        }
        let at = item.anchor + (item.offset + nudge.map_or(Vec2::ZERO, |n| n.by)) * s;
        let k = grow.map_or(1.0, |g| g.k);
        let scale = Vec3::new(s * k, s * k, 1.0);
        if transform.translation.truncate() != at || transform.scale != scale {
            transform.translation.x = at.x;
            transform.translation.y = at.y;
            transform.scale = scale;
        }
    }
}

/// The dark box behind each label, fitted to its text once laid out.
pub fn size_label_backs(
    labels: Query<(&TextLayoutInfo, &Children), (With<Label>, Changed<TextLayoutInfo>)>,
    mut backs: Query<&mut Transform, With<LabelBack>>,
) {
    for (layout, children) in &labels {
        for child in children.iter() {
            if let Ok(mut t) = backs.get_mut(child) {
                t.scale = Vec3::new(layout.size.x + 8.0, layout.size.y + 2.0, 1.0);
            }
        }
    }
}

/// Labels that would overlap on screen give way, lowest priority first; the selected and the
/// hovered place always keep theirs. Worked out again only when the view or a text changes.
pub fn declutter(
    cameras: Query<(&Transform, &Projection), With<super::BoardCamera>>,
    frame: Res<BoardFrame>,
    view_state: Res<ViewState>,
    mut labels: Query<
        (Entity, &Label, &Transform, &TextLayoutInfo, &ChildOf, &mut Visibility),
        Without<super::BoardCamera>,
    >,
    changed: Query<(), (With<Label>, Or<(Changed<TextLayoutInfo>, Added<Label>)>)>,
    mut last: Local<Option<(Vec2, f32, Option<super::Hovered>, Option<crate::sim::PlaceId>)>>,
) {
    let Some((camera, projection)) = cameras.iter().next() else { return };
    let Projection::Orthographic(ortho) = projection else { return };
    let key = (camera.translation.truncate(), ortho.scale, frame.hovered, view_state.selected);
    if *last == Some(key) && changed.is_empty() {
        return;
    }
    *last = Some(key);
    let s = ortho.scale.max(f32::MIN_POSITIVE);
    let hovered_place = match frame.hovered {
        Some(super::Hovered::Place(p)) => Some(p),
        _ => None,
    };
    let mut order: Vec<(i32, Entity, Entity, Rect)> = labels
        .iter()
        .map(|(e, label, t, layout, parent, _)| {
            let must = label.place.is_some() && (label.place == view_state.selected || label.place == hovered_place);
            let centre = (t.translation.truncate() - camera.translation.truncate()) / s;
            let rect = Rect::from_center_size(centre, layout.size + Vec2::new(8.0, 2.0));
            (label.priority + if must { 1000 } else { 0 }, parent.parent(), e, rect)
        })
        .collect();
    order.sort_by_key(|(p, _, e, _)| (-p, *e));
    let mut placed: Vec<(Entity, Rect)> = Vec::new();
    for (_, root, entity, rect) in order {
        let clear =
            rect.size() == Vec2::ZERO || !placed.iter().any(|(r, p)| *r == root && !p.intersect(rect).is_empty());
        if clear {
            placed.push((root, rect));
        }
        if let Ok((.., mut v)) = labels.get_mut(entity) {
            v.set_if_neq(if clear { Visibility::Inherited } else { Visibility::Hidden });
        }
    }
}

#[cfg(test)]
mod tests {
    use bevy::math::Vec2;

    #[test]
    fn marks_on_one_spot_or_close_are_moved_apart_and_far_ones_stay() {
        let points = [Vec2::new(0.0, 0.0), Vec2::new(0.0, 0.0), Vec2::new(10.0, 0.0), Vec2::new(500.0, 0.0)];
        let shifts = super::spread(&points, 30.0, 48.0);
        let moved: Vec<Vec2> = points.iter().zip(&shifts).map(|(p, s)| *p + *s).collect();
        for i in 0..3 {
            for j in i + 1..3 {
                assert!(moved[i].distance(moved[j]) >= 29.0, "{i} and {j}: {moved:?}");
            }
        }
        assert_eq!(shifts[3], Vec2::ZERO, "a lone place stays on its spot");
        assert!(shifts.iter().all(|s| s.length() <= 48.0 + 1e-3));
        assert_eq!(shifts, super::spread(&points, 30.0, 48.0), "the same every time");
    }
}
