//! The page itself: its title, its prerendered first screen, the clock, randomness and the panic message.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;

use super::focus::element;
use crate::ui::components::ids;

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Names the standalone page after the quiz it shows: its title, its heading and
/// their language and direction.
pub fn name_page(title: &str, heading: &str, lang: &str, dir: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    document.set_title(title);
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang);
        let _ = html.set_attribute("dir", dir);
    }
    if let Ok(Some(h1)) = document.query_selector("h1") {
        h1.set_text_content(Some(heading));
    }
}

/// The seed the prerendered first screen in `root` was rendered with, if the page shows
/// one (see [`crate::ui::pages::first_screen`]). The page's message that the widget could
/// not start carries the attribute with no seed: the widget starts with a seed of its own.
pub fn first_screen_seed(root: &web_sys::Element) -> Option<u64> {
    root.query_selector(&format!("[{}]", ids::FIRST_SCREEN)).ok()??.get_attribute(ids::FIRST_SCREEN)?.parse().ok()
}

/// Removes the prerendered first screen (or the message that the widget could not start)
/// from `root`, just before the widget shows in its place.
pub fn remove_first_screen(root: &web_sys::Element) {
    if let Ok(Some(screen)) = root.query_selector(&format!("[{}]", ids::FIRST_SCREEN)) {
        screen.remove();
    }
}

/// A call that waits `ms`; dropped before then, it never happens. Only the editor sets
/// one (its preview waits for typing to pause): the widget sets no timers.
#[must_use = "dropped at once, it never happens"]
pub struct Later(#[allow(dead_code)] gloo_timers::callback::Timeout);

pub fn later(ms: u32, then: impl FnOnce() + 'static) -> Later {
    Later(gloo_timers::callback::Timeout::new(ms, then))
}

/// Runs `then` every `ms` milliseconds until the returned handle is dropped.
pub fn every(ms: u32, then: impl Fn() + 'static) -> Every {
    Every(gloo_timers::callback::Interval::new(ms, then))
}

/// Calls that repeat until dropped (the teacher's page asks the results server again).
#[must_use = "dropped at once, it never repeats"]
pub struct Every(#[allow(dead_code)] gloo_timers::callback::Interval);

/// A time (milliseconds since the Unix epoch) as the reader's browser writes one in its
/// language and time zone.
pub fn local_time(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    date.to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED).into()
}

/// Loads the page again when its fragment changes (a teacher link pasted into the address
/// bar of the teacher's page is read at start-up, like every link).
pub fn reload_on_new_fragment() {
    let Some(window) = web_sys::window() else { return };
    gloo_events::EventListener::new(&window, "hashchange", |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    })
    .forget();
}

/// Opens `address` in place of this page, which the back button then skips.
pub fn replace_page(address: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(address);
    }
}

pub fn random_seed() -> u64 {
    let half = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (half() << 32) | half()
}

/// Replaces the widget's content with a readable message if the program panics,
/// instead of leaving a dead area. The message is set as text, never as HTML.
///
/// A release build aborts at a panic without running a hook (`panic =
/// "immediate-abort"`, see scripts/build): the wasm traps, and the trap reaches the page
/// as an uncaught `WebAssembly.RuntimeError`, in an event handler or in a future. A
/// listener on the page, which touches none of the app's state, shows the same message
/// then. A debug build runs the hook (and logs the panic) first.
pub fn show_panics_in(root_id: &'static str, message: &'static str) {
    std::panic::set_hook(Box::new(move |info| {
        web_sys::console::error_1(&info.to_string().into());
        show_crash(root_id, message);
    }));
    let listening = CRASHED.with(|crashed| crashed.replace(Some((root_id, message))).is_some());
    let Some(window) = web_sys::window().filter(|_| !listening) else { return };
    let trapped = |error: wasm_bindgen::JsValue| {
        if error.is_instance_of::<js_sys::WebAssembly::RuntimeError>()
            && let Some((root_id, message)) = CRASHED.with(std::cell::Cell::get)
        {
            show_crash(root_id, message);
        }
    };
    let on_error = EventListener::new(&window, "error", move |event| {
        if let Some(event) = event.dyn_ref::<web_sys::ErrorEvent>() {
            trapped(event.error());
        }
    });
    let on_rejection = EventListener::new(&window, "unhandledrejection", move |event| {
        if let Some(event) = event.dyn_ref::<web_sys::PromiseRejectionEvent>() {
            trapped(event.reason());
        }
    });
    // For the page's lifetime, once: a crash ends every quiz of this wasm.
    on_error.forget();
    on_rejection.forget();
}

thread_local! {
    /// Where the panic message goes, and what it says (the latest language).
    static CRASHED: std::cell::Cell<Option<(&'static str, &'static str)>> = const { std::cell::Cell::new(None) };
}

fn show_crash(root_id: &str, message: &str) {
    let Some(root) = element(root_id) else { return };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(p) = document.create_element("p") else { return };
    p.set_class_name(ids::CRASH);
    p.set_attribute("role", "alert").ok();
    p.set_text_content(Some(message));
    root.set_text_content(None);
    root.append_child(&p).ok();
}

/// Opens the browser's print dialog for this page.
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
