//! Keeps the window drawing while the renderer compiles shaders. Bevy compiles a render pipeline
//! in the background the first time something needs it, and draws nothing with it until it is
//! ready; the window redraws only on input or change (`WinitSettings::desktop_app`), so a
//! screen whose last frame came before its pipelines were ready stayed black, or without its
//! board, until the mouse moved. Measured under Xvfb with software rendering: the title's four
//! opening frames all came before egui's pipeline was ready.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use bevy::prelude::*;
use bevy::render::render_resource::PipelineCache;
use bevy::render::{Render, RenderApp, RenderSystems};

/// How many pipelines the renderer was still compiling after its last frame, shared between
/// the render world (which counts) and the main world (which asks for frames while any wait).
#[derive(Resource, Clone, Default)]
struct Waiting(Arc<AtomicUsize>);

/// Adds the counting to the render world, when there is one (not in headless tests).
pub(super) fn plugin(app: &mut App) {
    let waiting = Waiting::default();
    app.insert_resource(waiting.clone()).add_systems(Last, ask_for_frames);
    if let Some(render) = app.get_sub_app_mut(RenderApp) {
        render.insert_resource(waiting).add_systems(Render, count.in_set(RenderSystems::Cleanup));
    }
}

fn count(cache: Res<PipelineCache>, waiting: Res<Waiting>) {
    waiting.0.store(cache.waiting_pipelines().count(), Ordering::Relaxed);
}

/// Asks for another frame while a pipeline waits, and for one more after the last is ready: the
/// frame the main world reads the count in was drawn before the latest count was made.
fn ask_for_frames(
    waiting: Res<Waiting>,
    mut was_waiting: Local<bool>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    let now = waiting.0.load(Ordering::Relaxed) > 0;
    if now || *was_waiting {
        redraw.write(bevy::window::RequestRedraw);
    }
    *was_waiting = now;
}
