//! Keeps the board in step with the core: builds the maps' entities when a game starts (or the
//! language or text size changes), and when the game changes (an order, a turn, a selection)
//! sets each place's look, adds and removes project marks, and notes what rose for the
//! feedback. Nothing here runs its work on a frame where the game did not change.

use std::collections::BTreeMap;

use bevy::prelude::*;

use super::feedback::{Flow, Ping, Pulse};
use super::scene::{self, Spawner, z};
use super::{BoardFont, BoardFrame, Hovered, Label, LandmarkMark, LinkMark, MapRoot, PlaceMark, ProjectMark};
use crate::game::{Playing, Settings, ViewState};
use crate::i18n::Lang;
use crate::sim::scenario::Icon;
use crate::sim::world::{Level, ProjectStatus};
use crate::sim::{PlaceId, ProjectId, Side, Viewer};

/// A place's colour: its pressure's, solid (an opaque shape is the cheapest to draw, and the
/// quays and routes are drawn over the zones anyway).
pub fn fill(look: &PlaceLook) -> Color {
    super::palette::bevy(super::palette::level(look.level, look.empty))
}

/// What a place looks like to the viewer: the worst pressure it can see there, whether the
/// place has any stock, whether it is selected.
#[derive(Component, Clone, Copy, Debug, Default, PartialEq)]
pub struct PlaceLook {
    pub level: Option<Level>,
    pub pressure: f32,
    pub empty: bool,
    pub selected: bool,
}

/// What the board was built for and last brought up to date with.
#[derive(Resource, Default)]
pub struct Built {
    key: Option<(u64, u64, Lang, u32)>,
    pub roots: Vec<Entity>,
    last: Option<SyncKey>,
    /// The log's length at the last update, to point at what happened since.
    log_seen: usize,
}

impl Built {
    /// Whether the board on screen was built for the game now on the table.
    pub fn is_for(&self, playing: &Playing) -> bool {
        let game = playing.game.as_ref().map(|g| (playing.started_games, g.scenario.fingerprint));
        self.key.map(|(started, fingerprint, ..)| (started, fingerprint)) == game
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
struct SyncKey {
    game: u64,
    turn: u32,
    log: usize,
    viewer: Viewer,
    selected: Option<PlaceId>,
}

/// The maps were despawned with the play screen: nothing is built any more.
pub fn forget(mut built: ResMut<Built>) {
    *built = Built::default();
}

/// Builds both maps when a game starts, or anew when the language or the text size changes
/// (the board's systems run on the play screen only).
pub fn rebuild(
    mut commands: Commands,
    playing: Res<Playing>,
    settings: Res<Settings>,
    text_scale: Res<crate::game::settings::TextScale>,
    font: Option<Res<BoardFont>>,
    mut built: ResMut<Built>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
    cache: Option<ResMut<scene::BoardCache>>,
) {
    let scale = text_scale.0;
    let key =
        playing.game.as_ref().map(|g| (playing.started_games, g.scenario.fingerprint, settings.lang, scale.to_bits()));
    if key == built.key {
        return;
    }
    for root in built.roots.drain(..) {
        commands.entity(root).despawn();
    }
    built.key = key;
    built.last = None;
    let (Some(game), Some(font), Some(mut cache)) = (playing.game.as_ref(), font, cache) else { return };
    let mut spawner = Spawner {
        commands: &mut commands,
        meshes: &mut meshes,
        materials: &mut materials,
        cache: &mut cache,
        font: &font,
        text_scale: scale,
    };
    for map in [crate::sim::scenario::MapKind::Port, crate::sim::scenario::MapKind::World] {
        let root = scene::spawn_map(&mut spawner, &game.scenario, map, settings.lang);
        spawner
            .commands
            .entity(root)
            .observe(super::camera::on_drag)
            .observe(super::camera::on_scroll)
            .observe(on_press)
            .observe(on_over)
            .observe(on_out)
            .observe(on_release)
            .observe(on_click);
        built.roots.push(root);
    }
    // The log as it stands is old news: only what happens from now on is pointed at.
    built.log_seen = playing.log_lines(playing.viewer(), settings.lang).map_or(0, |l| l.len());
}

/// Shows the map chosen, unless the pause menu covers the board.
pub fn show_map(playing: Res<Playing>, view: Res<ViewState>, mut roots: Query<(&MapRoot, &mut Visibility)>) {
    let shown = playing.game.is_some() && !view.paused;
    for (root, mut visibility) in &mut roots {
        let wanted = if shown && root.0 == view.map { Visibility::Inherited } else { Visibility::Hidden };
        visibility.set_if_neq(wanted);
    }
}

/// Brings places and projects up to date when the game has changed, and notes the changes
/// that the feedback shows.
pub fn update(
    mut commands: Commands,
    playing: Res<Playing>,
    settings: Res<Settings>,
    text_scale: Res<crate::game::settings::TextScale>,
    view: Res<ViewState>,
    font: Option<Res<BoardFont>>,
    mut built: ResMut<Built>,
    mut places: Query<(Entity, &PlaceMark, &mut PlaceLook)>,
    projects: Query<(Entity, &ProjectMark)>,
    links: Query<(Entity, &LinkMark)>,
    roots: Query<(Entity, &MapRoot)>,
    mut labels: Query<(&Label, &mut Text2d)>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
    mut cache: Option<ResMut<scene::BoardCache>>,
) {
    let Some(game) = playing.game.as_ref() else { return };
    // The board's entities must be this game's. A game started away from the play screen (the
    // tutorial chosen after a Marseille debrief) is on the table before its board is built, on
    // entering the play screen: until then the entities are the old game's places, and reading
    // the new game's world for them indexed past its places.
    if built.roots.is_empty() || !built.is_for(&playing) {
        return;
    }
    let viewer = playing.viewer();
    let key = SyncKey {
        game: playing.started_games,
        turn: game.world.turn,
        log: game.history.log.len(),
        viewer,
        selected: view.selected,
    };
    let first = built.last.is_none();
    // In hot-seat the keyboard passes: the board turns to the incoming side's eyes at once,
    // without animation, so that nothing the other side may know (a hidden figure's colour, a
    // secret project's mark) shows behind the hand-over or the incoming side's report.
    let new_eyes = built.last.is_some_and(|last| last.viewer != viewer);
    // While a person reads the report on the turn, the board waits: the changes play out on it
    // once the report is closed, where they can be seen.
    let reading = match viewer {
        Viewer::Side(side) => playing.people()[side.index()] && playing.report_pending(side),
        Viewer::Public | Viewer::Facilitator => false,
    };
    if !first && !new_eyes && reading {
        return;
    }
    // Animations only for changes while the board is up, and not for a player who asked for none.
    let animate = !first && !new_eyes && !settings.reduce_motion;
    if built.last == Some(key) {
        return;
    }
    built.last = Some(key);
    // Everything the board shows comes from the viewer's view: the figures it knows, the
    // projects it knows of.
    let Some(known) = playing.view(viewer) else { return };
    let (scn, world, lang) = (&game.scenario, &known.world, settings.lang);
    // Places: the new look, and a pulse where the pressure seen rose a level.
    let mut rose: BTreeMap<PlaceId, bool> = BTreeMap::new();
    for (entity, mark, mut look) in &mut places {
        let seen = known.worst_known_at(scn, mark.0);
        let new = PlaceLook {
            level: seen.map(|(l, _)| l),
            pressure: seen.map_or(0.0, |(_, p)| p as f32),
            empty: world.stocks[mark.0.index()].is_empty(),
            selected: view.selected == Some(mark.0),
        };
        if animate && new.level > look.level && look.level.is_some() {
            commands.entity(entity).insert(Pulse::new());
        }
        rose.insert(mark.0, animate && new.pressure > look.pressure + 0.005);
        look.set_if_neq(new);
    }
    for (label, mut text) in &mut labels {
        let Some(place) = label.place else { continue };
        let Some((_, _, look)) = places.iter().find(|(_, m, _)| m.0 == place) else { continue };
        let name = format!("{}{}", scn.place(place).name.get(lang), super::palette::mark(look.level, look.empty));
        if text.0 != name {
            text.0 = name;
        }
    }
    // Routes that carry more: the pressure at one of their ends rose.
    for (entity, link) in &links {
        let def = &scn.links[link.0];
        if rose.get(&def.from).copied().unwrap_or(false) || rose.get(&def.to).copied().unwrap_or(false) {
            commands.entity(entity).insert(Flow::new(link.0));
        }
    }
    // Projects the viewer knows of, at places: marks around the place, new ones growing in.
    let wanted: BTreeMap<ProjectId, (PlaceId, bool, Side, usize)> = known
        .projects()
        .filter(|(_, p)| p.status != ProjectStatus::Cancelled)
        .filter_map(|(id, p)| {
            p.place.map(|place| (id, (place, p.status == ProjectStatus::Completed, p.side, p.action.index())))
        })
        .collect();
    let mut have: BTreeMap<ProjectId, bool> = BTreeMap::new();
    for (entity, mark) in &projects {
        match wanted.get(&mark.project) {
            Some((_, done, ..)) if *done == mark.done => {
                have.insert(mark.project, true);
            }
            _ => commands.entity(entity).despawn(),
        }
    }
    if let (Some(font), Some(cache)) = (font, cache.as_deref_mut()) {
        let mut count: BTreeMap<PlaceId, usize> = BTreeMap::new();
        let mut spawner = Spawner {
            commands: &mut commands,
            meshes: &mut meshes,
            materials: &mut materials,
            cache,
            font: &font,
            text_scale: text_scale.0,
        };
        for (project, (place, done, side, action)) in &wanted {
            let n = count.entry(*place).or_default();
            let slot = *n;
            *n += 1;
            if have.contains_key(project) {
                continue;
            }
            let def = scn.place(*place);
            let Some((root, _)) = roots.iter().find(|(_, r)| r.0 == def.map) else { continue };
            let icon = scn.actions[*action].icon.unwrap_or(match side {
                Side::Builder => Icon::DataCentre,
                Side::Collective => Icon::Workers,
            });
            // Around the place's name, clockwise from the right.
            let angle = -0.6 + slot as f32 * 0.75;
            let offset = Vec2::new(angle.cos(), angle.sin()) * 30.0 * spawner.text_scale + Vec2::new(20.0, 0.0);
            let at = Vec2::new(def.label_at.0, def.label_at.1);
            // Under way: shown faint until it is finished.
            let e = spawner.icon(root, icon, at, offset, z::ICON + 1.0, !done);
            let mut entity = spawner.commands.entity(e);
            entity.insert((ProjectMark { project: *project, done: *done }, super::Nudge::of(*place)));
            if animate {
                entity.insert(super::feedback::Grow::new());
            }
        }
    }
    // What the log says happened since, pointed at where it happened.
    if let Some(lines) = playing.log_lines(viewer, lang) {
        if animate && lines.len() > built.log_seen {
            let places: std::collections::BTreeSet<PlaceId> =
                lines[built.log_seen..].iter().filter_map(|(_, p)| *p).collect();
            for place in places {
                let def = scn.place(place);
                if let Some((root, _)) = roots.iter().find(|(_, r)| r.0 == def.map) {
                    let at = Vec2::new(def.label_at.0, def.label_at.1);
                    Ping::spawn(&mut commands, &mut meshes, &mut materials, root, (place, at));
                }
            }
        }
        built.log_seen = lines.len();
    }
}

/// The ring around the place a lesson's guide points at.
#[derive(Component)]
pub struct GuideRing(pub PlaceId);

/// Puts the guide's ring on the place it points at, and takes it away when it points elsewhere.
pub fn guide_ring(
    mut commands: Commands,
    frame: Res<BoardFrame>,
    playing: Res<Playing>,
    text_scale: Res<crate::game::settings::TextScale>,
    rings: Query<(Entity, &GuideRing)>,
    roots: Query<(Entity, &MapRoot)>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
) {
    let wanted = frame.highlight;
    let mut have = None;
    for (entity, ring) in &rings {
        if Some(ring.0) == wanted {
            have = Some(ring.0);
        } else {
            commands.entity(entity).despawn();
        }
    }
    let (Some(place), None, Some(game)) = (wanted, have, playing.game.as_ref()) else { return };
    if place.index() >= game.scenario.places.len() {
        return;
    }
    let def = game.scenario.place(place);
    let Some((root, _)) = roots.iter().find(|(_, r)| r.0 == def.map) else { return };
    let at = Vec2::new(def.label_at.0, def.label_at.1);
    let ring = meshes.add(super::shapes::ring(34.0 * text_scale.0, 5.0));
    let colour = MeshMaterial2d(materials.add(Color::srgb(1.0, 0.86, 0.24)));
    commands.entity(root).with_children(|c| {
        c.spawn((
            Mesh2d(ring),
            colour,
            Transform::from_xyz(at.x, at.y, z::PULSE + 1.0),
            super::ScreenSized { anchor: at, offset: Vec2::ZERO },
            super::Nudge::of(place),
            GuideRing(place),
            Pickable::IGNORE,
        ));
    });
}

/// Colours, outlines and hatching of the places whose look changed.
pub fn apply_looks(
    places: Query<(&PlaceLook, &MeshMaterial2d<ColorMaterial>, &Children), Changed<PlaceLook>>,
    mut overlays: Query<&mut Visibility, Or<(With<super::Hatch>, With<super::Selected>)>>,
    kinds: Query<Has<super::Selected>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
) {
    for (look, material, children) in &places {
        if let Some(mut m) = materials.get_mut(&material.0) {
            m.color = fill(look);
        }
        for child in children.iter() {
            let selection = kinds.get(child).unwrap_or(false);
            if let Ok(mut v) = overlays.get_mut(child) {
                let shown = if selection { look.selected } else { look.level == Some(Level::Critical) };
                v.set_if_neq(if shown { Visibility::Inherited } else { Visibility::Hidden });
            }
        }
    }
}

/// The board takes the pointer only where no egui window or popup lies over it.
fn free(frame: &BoardFrame) -> bool {
    !frame.blocked
}

fn hovered_of(
    target: Entity,
    places: &Query<&PlaceMark>,
    links: &Query<&LinkMark>,
    landmarks: &Query<&LandmarkMark>,
    projects: &Query<&ProjectMark>,
) -> Option<Hovered> {
    if let Ok(p) = projects.get(target) {
        return Some(Hovered::Project(p.project));
    }
    if let Ok(p) = places.get(target) {
        return Some(Hovered::Place(p.0));
    }
    if let Ok(l) = links.get(target) {
        return Some(Hovered::Link(l.0));
    }
    landmarks.get(target).ok().map(|l| Hovered::Landmark(l.0))
}

fn on_press(ev: On<Pointer<Press>>, mut frame: ResMut<BoardFrame>) {
    let _ = ev;
    frame.dragged = 0.0;
    frame.pressed = true;
}

/// A release with no press on the board before it: a tap on a touch screen, whose press Bevy
/// aimed with the hover of the frame before the finger came down (nothing). By its release
/// the board knows what is under the finger: the tap selects it, as a click would.
fn on_release(
    mut ev: On<Pointer<Release>>,
    mut frame: ResMut<BoardFrame>,
    playing: Res<Playing>,
    view: ResMut<ViewState>,
    places: Query<&PlaceMark>,
    projects: Query<&ProjectMark>,
) {
    ev.propagate(false);
    let tapped = !std::mem::replace(&mut frame.pressed, false);
    if tapped && ev.button == PointerButton::Primary && free(&frame) {
        select(ev.original_event_target(), &playing, view, &places, &projects);
    }
}

fn on_over(
    ev: On<Pointer<Over>>,
    mut frame: ResMut<BoardFrame>,
    places: Query<&PlaceMark>,
    links: Query<&LinkMark>,
    landmarks: Query<&LandmarkMark>,
    projects: Query<&ProjectMark>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    let hovered = hovered_of(ev.original_event_target(), &places, &links, &landmarks, &projects);
    if hovered.is_some() && frame.hovered != hovered {
        frame.hovered = hovered;
        redraw.write(bevy::window::RequestRedraw);
    }
}

fn on_out(
    ev: On<Pointer<Out>>,
    mut frame: ResMut<BoardFrame>,
    places: Query<&PlaceMark>,
    links: Query<&LinkMark>,
    landmarks: Query<&LandmarkMark>,
    projects: Query<&ProjectMark>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    let left = hovered_of(ev.original_event_target(), &places, &links, &landmarks, &projects);
    if left.is_some() && frame.hovered == left {
        frame.hovered = None;
        redraw.write(bevy::window::RequestRedraw);
    }
}

fn on_click(
    mut ev: On<Pointer<Click>>,
    frame: Res<BoardFrame>,
    playing: Res<Playing>,
    view: ResMut<ViewState>,
    places: Query<&PlaceMark>,
    projects: Query<&ProjectMark>,
) {
    ev.propagate(false);
    if !free(&frame) || frame.dragged > 5.0 || ev.button != PointerButton::Primary {
        return;
    }
    select(ev.original_event_target(), &playing, view, &places, &projects);
}

/// Selects the place of what was clicked or tapped: a place, or a project's mark.
fn select(
    target: Entity,
    playing: &Playing,
    mut view: ResMut<ViewState>,
    places: &Query<&PlaceMark>,
    projects: &Query<&ProjectMark>,
) {
    let place = places.get(target).ok().map(|p| p.0).or_else(|| {
        let project = projects.get(target).ok()?.project;
        playing.game.as_ref()?.world.project(project)?.place
    });
    if let Some(place) = place
        && view.selected != Some(place)
    {
        view.selected = Some(place);
    }
}
