//! Focus and scrolling, a frame after the change that asks for them. Each app moves
//! focus only within its own root (a `NodeRef`): every quiz on a page uses the same
//! element ids, so an id alone could name another quiz's element.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{
    Element, FocusOptions, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition, ShadowRoot,
};
use yew::NodeRef;

use super::host::SHADOWS;

/// The element with `id` in the page or, for a script embed, in its shadow root: the
/// one the reader is in (its host has focus) before any other. Only for what is not
/// one app's own (the crash message, which stops every quiz of the page's wasm).
pub(super) fn element(id: &str) -> Option<HtmlElement> {
    let document = web_sys::window()?.document()?;
    let found = document.get_element_by_id(id).or_else(|| {
        let active = document.active_element();
        SHADOWS.with(|s| {
            let shadows = s.borrow();
            let live = || shadows.iter().flatten();
            let reader_in = live().find(|(element, _)| Some(element) == active.as_ref());
            reader_in.into_iter().chain(live()).find_map(|(_, shadow)| shadow.get_element_by_id(id))
        })
    });
    found?.dyn_into::<HtmlElement>().ok()
}

/// The element with `id` inside `root`, if this app may take focus now.
fn within(root: &NodeRef, id: &str) -> Option<HtmlElement> {
    // Ids are the widget's own names and question ids (letters, digits, hyphens), so
    // they need no escaping in a selector; anything else is not ours to look for.
    if !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        return None;
    }
    let root = root.cast::<Element>()?;
    if !may_take_focus(&root) {
        return None;
    }
    let found = root.query_selector(&format!("[id=\"{id}\"]")).ok()??;
    Some(found.unchecked_into())
}

/// Whether focus may move within `root`: the reader is in this app, or nowhere (on the
/// body of a page that has focus), never in the host page's own controls or in another
/// quiz. A host's command (`goto`) then changes the question without pulling the reader
/// out of whatever they are typing in.
fn may_take_focus(root: &Element) -> bool {
    let Some(document) = root.owner_document() else { return false };
    let Some(active) = document.active_element() else { return document.has_focus().unwrap_or(false) };
    if document.body().is_some_and(|body| active == *body) {
        return document.has_focus().unwrap_or(false);
    }
    // In a script embed, focus inside the widget's shadow tree shows as its host.
    match root.get_root_node().dyn_into::<ShadowRoot>() {
        Ok(shadow) => active == shadow.host(),
        Err(_) => root.contains(Some(&active)),
    }
}

/// Moves focus to the element with `id` within `root` in the next frame, so that the
/// change that asked for it is painted first instead of waiting on the layout focusing
/// forces.
pub fn focus(root: &NodeRef, id: &str) {
    in_next_frame(root, id, |element| {
        let _ = element.focus();
    });
}

/// Focuses the element with `id` within `root` at once: for putting focus back where a
/// re-render dropped it, before the reader's next key press arrives.
pub fn focus_now(root: &NodeRef, id: &str) {
    if let Some(element) = within(root, id) {
        let _ = element.focus();
    }
}

/// Focuses the element with `id` within `root` and scrolls it to the middle of its
/// scrolling box, smoothly unless the reader prefers reduced motion.
pub fn focus_and_center(root: &NodeRef, id: &str) {
    in_next_frame(root, id, |element| {
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
fn in_next_frame(root: &NodeRef, id: &str, then: impl FnOnce(HtmlElement) + 'static) {
    let (root, id) = (root.clone(), id.to_owned());
    let callback = Closure::once_into_js(move || {
        if let Some(element) = within(&root, &id) {
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
