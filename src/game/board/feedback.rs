//! What changed, shown where it happened: a place whose pressure rose a level flashes into its
//! new colour and sends out a ring; a route that carries more runs with dots from one end to
//! the other; a new project grows in; what the log reports is pointed at with a ring. Each
//! animation ends by itself, asks for frames only while it runs, and is skipped altogether
//! when the player chose to reduce motion.

use bevy::prelude::*;

use super::scene::{self, z};
use super::{PlaceLook, ScreenSized, palette, shapes};

/// How long each animation lasts, in seconds.
pub const PULSE_S: f32 = 1.2;
pub const FLOW_S: f32 = 3.0;
pub const GROW_S: f32 = 0.45;
pub const PING_S: f32 = 1.6;

/// A place flashing from white into its new colour.
#[derive(Component, Clone, Copy, Debug, Default)]
pub struct Pulse {
    started: Option<f32>,
}

impl Pulse {
    pub fn new() -> Pulse {
        Pulse::default()
    }
}

/// A route that carries more: dots run along it for a while.
#[derive(Component, Clone, Copy, Debug)]
pub struct Flow {
    pub link: usize,
}

impl Flow {
    pub fn new(link: usize) -> Flow {
        Flow { link }
    }
}

/// One dot running along a route.
#[derive(Component, Clone, Debug)]
pub struct FlowDot {
    path: Vec<(f32, f32)>,
    phase: f32,
    started: Option<f32>,
}

/// Something appearing: its size on screen goes from nothing to full.
#[derive(Component, Clone, Copy, Debug, Default)]
pub struct Grow {
    started: Option<f32>,
    /// The share of its full size it has now.
    pub k: f32,
}

impl Grow {
    pub fn new() -> Grow {
        Grow { started: None, k: 0.0 }
    }
}

/// A ring that widens and fades where something happened, then goes away.
#[derive(Component, Clone, Copy, Debug, Default)]
pub struct Ping;

impl Ping {
    pub fn spawn(
        commands: &mut Commands,
        meshes: &mut Assets<Mesh>,
        materials: &mut Assets<ColorMaterial>,
        root: Entity,
        (place, at): (crate::sim::PlaceId, Vec2),
    ) {
        let ring = meshes.add(shapes::ring(16.0, 3.0));
        let colour = MeshMaterial2d(materials.add(Color::srgb(1.0, 0.95, 0.6)));
        commands.entity(root).with_children(|c| {
            c.spawn((
                Mesh2d(ring),
                colour,
                // Over the labels: a ring round a name is seen, one under it is not.
                Transform::from_xyz(at.x, at.y, z::LABEL + 2.0),
                ScreenSized { anchor: at, offset: Vec2::ZERO },
                super::Nudge::of(place),
                Grow { started: None, k: 1.0 },
                Ping,
                Pickable::IGNORE,
            ));
        });
    }
}

/// Starts what needs entities of its own: the dots of a flow.
pub fn start(
    mut commands: Commands,
    flows: Query<(Entity, &Flow, &ChildOf), Added<Flow>>,
    playing: Res<crate::game::Playing>,
    scale: Res<crate::game::settings::TextScale>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
) {
    let Some(game) = playing.game.as_ref() else { return };
    for (entity, flow, parent) in &flows {
        commands.entity(entity).remove::<Flow>();
        if flow.link >= game.scenario.links.len() {
            continue;
        }
        let path = scene::route(&game.scenario, flow.link);
        let (colour, _) = palette::link(game.scenario.links[flow.link].kind);
        let dot = meshes.add(shapes::disc(3.5 * scale.0));
        let material = MeshMaterial2d(materials.add(colour.lighter(0.25)));
        for i in 0..5 {
            let at = shapes::along(&path, 0.0);
            commands.entity(parent.parent()).with_children(|c| {
                c.spawn((
                    Mesh2d(dot.clone()),
                    material.clone(),
                    Transform::from_xyz(at.0, at.1, z::FLOW),
                    ScreenSized { anchor: Vec2::new(at.0, at.1), offset: Vec2::ZERO },
                    FlowDot { path: path.clone(), phase: i as f32 / 5.0, started: None },
                    Pickable::IGNORE,
                ));
            });
        }
    }
}

/// Moves every animation on by the time passed, ends those that are over, and asks for the
/// next frame only while one runs.
pub fn animate(
    mut commands: Commands,
    time: Res<Time<Real>>,
    mut pulses: Query<(Entity, &mut Pulse, &PlaceLook, &MeshMaterial2d<ColorMaterial>)>,
    mut dots: Query<(Entity, &mut FlowDot, &mut ScreenSized), Without<Grow>>,
    mut grows: Query<
        (Entity, &mut Grow, &mut ScreenSized, Option<&Ping>, &MeshMaterial2d<ColorMaterial>),
        Without<FlowDot>,
    >,
    mut materials: ResMut<Assets<ColorMaterial>>,
    winit: Option<ResMut<bevy::winit::WinitSettings>>,
    mut before: Local<Option<bevy::winit::WinitSettings>>,
) {
    let now = time.elapsed_secs();
    let mut running = false;
    let share = |started: &mut Option<f32>, length: f32| ((now - *started.get_or_insert(now)) / length).clamp(0.0, 1.0);
    for (entity, mut pulse, look, material) in &mut pulses {
        let t = share(&mut pulse.started, PULSE_S);
        let target = super::sync::fill(look);
        if let Some(mut m) = materials.get_mut(&material.0) {
            m.color = Color::WHITE.mix(&target, t);
        }
        if t >= 1.0 {
            commands.entity(entity).remove::<Pulse>();
        } else {
            running = true;
        }
    }
    for (entity, mut dot, mut sized) in &mut dots {
        let t = share(&mut dot.started, FLOW_S);
        let along = (t * 2.0 + dot.phase).fract();
        let p = shapes::along(&dot.path, along);
        sized.anchor = Vec2::new(p.0, p.1);
        if t >= 1.0 {
            commands.entity(entity).despawn();
        } else {
            running = true;
        }
    }
    for (entity, mut grow, mut sized, ping, material) in &mut grows {
        let length = if ping.is_some() { PING_S } else { GROW_S };
        let t = share(&mut grow.started, length);
        if ping.is_some() {
            // A ring widening from its size to four times it, fading out.
            grow.k = 1.0 + 3.0 * t;
            if let Some(mut m) = materials.get_mut(&material.0) {
                m.color = m.color.with_alpha(1.0 - t);
            }
        } else {
            // Grows past its size a little, then settles: it has arrived.
            grow.k = if t < 0.7 { t / 0.7 * 1.2 } else { 1.2 - (t - 0.7) / 0.3 * 0.2 };
        }
        sized.set_changed();
        if t >= 1.0 {
            if ping.is_some() {
                commands.entity(entity).despawn();
            } else {
                grow.k = 1.0;
                commands.entity(entity).remove::<Grow>();
            }
        } else {
            running = true;
        }
    }
    // A redraw request alone does not bring the next frame here (winit on X11 waits for an
    // event), so the window ticks every 16 ms while something moves, and goes back to what it
    // did before (waiting for input, or a tool's continuous frames) as soon as it stops.
    if let Some(mut winit) = winit {
        match (running, before.is_some()) {
            (true, false) => *before = Some(std::mem::replace(&mut *winit, ticking_settings())),
            (false, true) => *winit = before.take().unwrap_or_else(bevy::winit::WinitSettings::desktop_app),
            _ => {}
        }
    }
}

/// Frames every 16 ms, focused or not.
fn ticking_settings() -> bevy::winit::WinitSettings {
    let tick = bevy::winit::UpdateMode::reactive(std::time::Duration::from_millis(16));
    bevy::winit::WinitSettings { focused_mode: tick, unfocused_mode: tick }
}
