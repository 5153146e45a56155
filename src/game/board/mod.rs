//! The board: each map of the level as Bevy entities (ground, sea, city and quays; places;
//! routes; landmarks; projects; labels), drawn by Bevy's 2D renderer, picked with Bevy's
//! picking, updated from the core when the game changes and never rebuilt every frame.
//! egui keeps the panels around it and draws the hover box over it.

pub mod art;
pub mod camera;
mod feedback;
pub mod hover;
pub mod icons;
pub mod palette;
mod scene;
pub mod shapes;
mod sync;

use bevy::prelude::*;

use crate::sim::scenario::MapKind;
use crate::sim::{PlaceId, ProjectId};

pub use camera::View;
pub use feedback::{Grow as Growing, Pulse as Pulsing};
pub use sync::PlaceLook;

/// The camera that draws the board.
#[derive(Component, Clone, Copy, Debug, Default)]
pub struct BoardCamera;

/// The root of one map's entities; the map on screen is the only one visible.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapRoot(pub MapKind);

/// A place's filled shape (or its dot, for a point), coloured by what the viewer sees there.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlaceMark(pub PlaceId);

/// The outline of a place: thin, thick and white when the place is selected.
#[derive(Component, Clone, Copy, Debug)]
pub struct Outline(pub PlaceId);

/// The thick yellow outline of the selected place.
#[derive(Component, Clone, Copy, Debug)]
pub struct Selected(pub PlaceId);

/// The hatching over a place at a critical level: a cue that survives colour blindness and a
/// washed-out projector.
#[derive(Component, Clone, Copy, Debug)]
pub struct Hatch(pub PlaceId);

/// A route on a map (a cable, a supply route, a power or water line), by its index in the level.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub struct LinkMark(pub usize);

/// A landmark's icon, by its index in the level.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub struct LandmarkMark(pub usize);

/// A project under way or finished at a place, as the viewer knows it.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProjectMark {
    pub project: ProjectId,
    pub done: bool,
}

/// Something kept the same size on screen whatever the zoom (labels, icons, dots): placed at
/// `anchor` on the map, moved by `offset` screen pixels.
#[derive(Component, Clone, Copy, Debug)]
pub struct ScreenSized {
    pub anchor: Vec2,
    pub offset: Vec2,
}

/// How far the marks of a point place (its dot, icon, name, projects, rings) are moved on
/// screen, in pixels, so that they do not cover another's (`camera::spread_markers`); a thin
/// line (`Leader`) then joins them to the spot. Zones are never moved.
#[derive(Component, Clone, Copy, Debug, PartialEq)]
pub struct Nudge {
    pub place: PlaceId,
    pub by: Vec2,
}

impl Nudge {
    /// A mark that follows `place`, not moved yet.
    pub fn of(place: PlaceId) -> Nudge {
        Nudge { place, by: Vec2::ZERO }
    }
}

/// The line from a point place's true spot to its moved marks, shown while they are moved.
#[derive(Component, Clone, Copy, Debug)]
pub struct Leader {
    pub place: PlaceId,
    pub anchor: Vec2,
}

/// A name on the map. Labels that would overlap give way by `priority` (higher stays).
#[derive(Component, Clone, Copy, Debug)]
pub struct Label {
    pub priority: i32,
    pub place: Option<PlaceId>,
}

/// The dark box behind a label's text, sized once the text is laid out.
#[derive(Component)]
pub struct LabelBack;

/// What the pointer is over on the board, for the hover box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hovered {
    Place(PlaceId),
    Link(usize),
    Landmark(usize),
    Project(ProjectId),
}

/// What egui leaves to the board this frame, and what the board tells egui.
#[derive(Resource, Default)]
pub struct BoardFrame {
    /// The free area between the panels, in logical pixels from the window's top left.
    pub rect: Option<Rect>,
    /// An egui window or popup is under the pointer: the board does not take the pointer.
    pub blocked: bool,
    pub hovered: Option<Hovered>,
    /// The place a lesson's guide points at: ringed on the board.
    pub highlight: Option<PlaceId>,
    /// How far the pointer moved since the button went down: a drag is not a click.
    pub(crate) dragged: f32,
    /// A press landed on the board since the last release: its click selects. A tap with no
    /// hover before it (touch screens, whiteboards) reaches the board only on its release.
    pub(crate) pressed: bool,
}

/// The font of the board's labels (Inter, bundled under `assets/fonts`).
#[derive(Resource, Clone)]
pub struct BoardFont(pub Handle<Font>);

/// Inter, regular and semi-bold, built into the game so that it needs no asset folder.
pub const INTER_REGULAR: &[u8] = include_bytes!("../../../assets/fonts/Inter-Regular.otf");
pub const INTER_SEMIBOLD: &[u8] = include_bytes!("../../../assets/fonts/Inter-SemiBold.otf");

/// Everything the board adds to the app. Works without a window (the tests run it headless).
pub struct BoardPlugin;

impl Plugin for BoardPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<BoardFrame>()
            .init_resource::<sync::Built>()
            .init_resource::<crate::game::settings::TextScale>()
            .add_systems(Startup, load_font)
            // The maps are spawned for the play screen and despawned on leaving it (they carry
            // `DespawnOnExit`): what was built is forgotten with them.
            .add_systems(OnExit(crate::game::Screen::Play), sync::forget)
            .add_systems(
                Update,
                (
                    sync::rebuild.run_if(
                        resource_changed::<crate::game::Playing>
                            .or_eager(resource_changed::<crate::game::Settings>)
                            .or_eager(resource_changed::<crate::game::settings::TextScale>)
                            .or_eager(resource_added::<BoardFont>)
                            .or_eager(resource_changed::<sync::Built>)
                            // Conditions are looked at on other screens too: a change made
                            // there (a game started from the scenario screen) is seen then, so
                            // the board is brought up to date on coming to the play screen.
                            .or_eager(state_changed::<crate::game::Screen>),
                    ),
                    // The game and what the screens show are marked changed only when they
                    // change (`play::PlayScreen`): on other frames the board is left alone.
                    (sync::show_map, sync::update).run_if(
                        resource_changed::<crate::game::Playing>
                            .or_eager(resource_changed::<crate::game::ViewState>)
                            .or_eager(resource_changed::<sync::Built>)
                            .or_eager(state_changed::<crate::game::Screen>),
                    ),
                    sync::apply_looks,
                    sync::guide_ring,
                    feedback::start,
                    feedback::animate,
                    camera::keys,
                    camera::fit,
                    camera::spread_markers,
                    camera::place_screen_sized,
                    camera::size_label_backs,
                    camera::declutter,
                )
                    .chain()
                    .run_if(in_state(crate::game::Screen::Play)),
            );
    }
}

fn load_font(
    mut fonts: ResMut<Assets<Font>>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
    mut commands: Commands,
) {
    // Read the icons now, so that a missing or broken file is told at the start.
    for notice in &art::art().notices {
        warn!("{notice}");
    }
    let handle = fonts.add(Font::from_bytes(INTER_SEMIBOLD.to_vec()));
    commands.insert_resource(BoardFont(handle));
    commands.insert_resource(scene::BoardCache::new(&mut meshes, &mut materials));
}
