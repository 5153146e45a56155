//! Waking the window at a given time: a countdown that changes each second, a demonstration's
//! next phase. egui's own delayed repaint does not serve: bevy_egui answers any pending repaint
//! request with a redraw on every frame, and the window drew without rest until the time came
//! (151% of a core with the phase timer on, debug build under Xvfb). Here a thread sleeps until
//! the time and wakes the event loop once.

use std::time::Instant;

use bevy::prelude::*;

use super::ViewState;

/// Starts a sleeping thread for the earliest wake-up asked for (`ViewState::wake_at`), unless
/// one already sleeps until then or earlier.
pub fn wake_up(
    view: Res<ViewState>,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
    mut scheduled: Local<Option<Instant>>,
) {
    let (Some(at), Some(proxy)) = (view.wake_at, proxy) else { return };
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
