//! Focus and scrolling, a frame after the change that asks for them.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{FocusOptions, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

use super::host::SHADOWS;

/// The element with `id` in the page or, for a script embed, in its shadow root: the
/// one the reader is in (its host has focus) before any other, since every quiz on a
/// page uses the same ids.
pub(super) fn element(id: &str) -> Option<HtmlElement> {
    let document = web_sys::window()?.document()?;
    let found = document.get_element_by_id(id).or_else(|| {
        let active = document.active_element();
        SHADOWS.with(|s| {
            let shadows = s.borrow();
            let live = || shadows.iter().flatten();
            let reader_in = live().find(|(host, _)| Some(host) == active.as_ref());
            reader_in.into_iter().chain(live()).find_map(|(_, shadow)| shadow.get_element_by_id(id))
        })
    });
    found?.dyn_into::<HtmlElement>().ok()
}

/// Moves focus to the element with `id` in the next frame, so that the change that
/// asked for it is painted first instead of waiting on the layout focusing forces.
pub fn focus(id: &str) {
    in_next_frame(id, |element| {
        let _ = element.focus();
    });
}

/// Focuses the element with `id` at once: for putting focus back where a re-render
/// dropped it, before the reader's next key press arrives.
pub fn focus_now(id: &str) {
    if let Some(element) = element(id) {
        let _ = element.focus();
    }
}

/// Focuses the element with `id` and scrolls it to the middle of its scrolling box,
/// smoothly unless the reader prefers reduced motion.
pub fn focus_and_center(id: &str) {
    in_next_frame(id, |element| {
        let focus = FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = element.focus_with_options(&focus);
        let scroll = ScrollIntoViewOptions::new();
        scroll.set_block(ScrollLogicalPosition::Center);
        scroll.set_behavior(if prefers_reduced_motion() { ScrollBehavior::Instant } else { ScrollBehavior::Smooth });
        element.scroll_into_view_with_scroll_into_view_options(&scroll);
    });
}

// Not gloo-render: its `AnimationFrame` cancels the frame when dropped, so a move of
// focus that nobody waits for would have to be leaked; this closure frees itself once run.
fn in_next_frame(id: &str, then: impl FnOnce(HtmlElement) + 'static) {
    let id = id.to_owned();
    let callback = Closure::once_into_js(move || {
        if let Some(element) = element(&id) {
            then(element);
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(callback.unchecked_ref());
    }
}

fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}
