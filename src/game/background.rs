//! Work done on a thread of its own for a screen that must not freeze: started once, then
//! asked each frame, waiting at most a frame's worth for the answer (a computer's phase, the
//! saves folder read and checked).

use std::sync::Mutex;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

/// How long a frame waits for background work before the screen says it is still going on:
/// most of it is done within this, and shows at once.
pub const FRAME_WAIT: Duration = Duration::from_millis(30);

/// A piece of work running on its own thread.
pub struct Task<T>(Mutex<Receiver<T>>);

/// Where a task stands when asked.
pub enum Poll<T> {
    Done(T),
    Running,
    /// The thread ended without an answer (a bug in it): the caller carries on without.
    Lost,
}

impl<T: Send + 'static> Task<T> {
    /// Starts `work` on a new thread.
    pub fn start(work: impl FnOnce() -> T + Send + 'static) -> Task<T> {
        let (send, receive) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            // Whoever asked may be gone meanwhile (the menu closed, the window too): fine.
            let _ = send.send(work());
        });
        Task(Mutex::new(receive))
    }

    /// The answer, waiting at most `FRAME_WAIT` for it.
    pub fn poll(&self) -> Poll<T> {
        let receive = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match receive.recv_timeout(FRAME_WAIT) {
            Ok(answer) => Poll::Done(answer),
            Err(RecvTimeoutError::Timeout) => Poll::Running,
            Err(RecvTimeoutError::Disconnected) => Poll::Lost,
        }
    }
}
