//! Animation frames for the figures, and the user's wish for less motion.
//!
//! A figure moves only inside a [`FrameLoop`], which asks the browser for one frame at a time
//! and stops asking once dropped: a paused routine or a closed demo leaves no loop behind.
//! Under `prefers-reduced-motion: reduce` no loop is started at all.
//!
//! A pictogram's slow moves read as well at [`FIGURE_FPS`] as at the screen's 60 frames a
//! second, for a fraction of the work: the loop skips the frames in between, so a routine
//! costs the page little CPU while the figure moves (`make bench` reports it).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;

/// Does the user ask for reduced motion? Read when a figure mounts.
pub fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// Milliseconds on the page's clock (the one Playwright's fake clock drives in tests).
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// Frames a second a figure is drawn at.
pub const FIGURE_FPS: f64 = 15.0;

struct Frames {
    tick: RefCell<Box<dyn FnMut()>>,
    /// `performance.now()` of the last frame drawn.
    last: Cell<f64>,
    alive: Cell<bool>,
    pending: Cell<Option<AnimationFrameRequestHandle>>,
}

fn request(frames: Rc<Frames>) {
    let next = frames.clone();
    let handle = request_animation_frame_with_handle(move || {
        next.pending.set(None);
        if next.alive.get() {
            let now = window().performance().map_or(0.0, |p| p.now());
            // A frame early by less than a millisecond still counts, so 15 a second is 15.
            if now - next.last.get() >= 1000.0 / FIGURE_FPS - 1.0 {
                next.last.set(now);
                (next.tick.borrow_mut())();
            }
            request(next);
        }
    });
    frames.pending.set(handle.ok());
}

/// Calls `tick` once per animation frame until dropped.
pub struct FrameLoop(Rc<Frames>);

impl FrameLoop {
    pub fn start(tick: impl FnMut() + 'static) -> FrameLoop {
        let frames = Rc::new(Frames {
            tick: RefCell::new(Box::new(tick)),
            last: Cell::new(f64::NEG_INFINITY),
            alive: Cell::new(true),
            pending: Cell::new(None),
        });
        request(frames.clone());
        FrameLoop(frames)
    }
}

impl Drop for FrameLoop {
    fn drop(&mut self) {
        self.0.alive.set(false);
        if let Some(handle) = self.0.pending.take() {
            handle.cancel();
        }
    }
}
