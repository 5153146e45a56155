//! Waking the window at a given time: a countdown that changes each second, a demonstration's
//! next phase. egui's own delayed repaint does not serve: bevy_egui answers any pending repaint
//! request with a redraw on every frame, and the window drew without rest until the time came
//! (151% of a core with the phase timer on, debug build under Xvfb). Here a thread sleeps until
//! the time and wakes the event loop once.

use std::time::Instant;

use bevy::prelude::*;

use super::ViewState;

/// Starts a sleeping thread for the wake-up asked for this frame (`ViewState::wake_at`), unless
/// one already sleeps until then or earlier. The request is taken: each frame asks anew for
/// what it needs. (Left in place, a time passed while the clock stood still, in the pause menu
/// or stopped by the facilitator, woke the window at once on every frame: 144% of a core.)
pub fn wake_up(
    mut view: ResMut<ViewState>,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
    mut scheduled: Local<Option<Instant>>,
) {
    // Taken without marking the view changed: the board does not follow it.
    let (Some(at), Some(proxy)) = (view.bypass_change_detection().wake_at.take(), proxy) else { return };
    let now = Instant::now();
    if scheduled.is_some_and(|s| s > now && s <= at) {
        return;
    }
    *scheduled = Some(at);
    let proxy = (**proxy).clone();
    std::thread::spawn(move || {
        std::thread::sleep(at.saturating_duration_since(Instant::now()));
        let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wake_up_asked_for_is_taken_so_a_time_passed_wakes_no_frame_after() {
        let mut app = App::new();
        app.add_plugins(MinimalPlugins).init_resource::<ViewState>().add_systems(Last, wake_up);
        let passed = Instant::now() - std::time::Duration::from_secs(5);
        app.world_mut().resource_mut::<ViewState>().wake_at = Some(passed);
        app.update();
        assert_eq!(app.world().resource::<ViewState>().wake_at, None, "each frame asks anew");
    }
}
