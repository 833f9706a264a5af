//! The page itself: its title, its prerendered first screen, the clock, randomness and the panic message.

use super::focus::element;

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Names the standalone page after the quiz it shows: its title, its heading and
/// their language.
pub fn name_page(title: &str, heading: &str, lang: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    document.set_title(title);
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang);
    }
    if let Ok(Some(h1)) = document.query_selector("h1") {
        h1.set_text_content(Some(heading));
    }
}

/// Removes the prerendered first screen from `root`, if the page shows one, and
/// gives the seed it was rendered with (see [`crate::ui::pages::first_screen`]). The
/// page's message that the widget could not start carries the attribute with no seed:
/// it goes too, and the widget starts with a seed of its own.
pub fn take_first_screen(root: &web_sys::Element) -> Option<u64> {
    use crate::ui::pages::first_screen::ATTRIBUTE;
    let screen = root.query_selector(&format!("[{ATTRIBUTE}]")).ok()??;
    screen.remove();
    screen.get_attribute(ATTRIBUTE)?.parse().ok()
}

pub fn random_seed() -> u64 {
    let half = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (half() << 32) | half()
}

/// Replaces the widget's content with a readable message if the program panics,
/// instead of leaving a dead area. The message is set as text, never as HTML.
pub fn show_panics_in(root_id: &'static str, message: &'static str) {
    std::panic::set_hook(Box::new(move |info| {
        web_sys::console::error_1(&info.to_string().into());
        if let Some(root) = element(root_id) {
            root.set_text_content(None);
            if let Some(document) = web_sys::window().and_then(|w| w.document())
                && let Ok(p) = document.create_element("p")
            {
                p.set_class_name("aq-crash");
                p.set_attribute("role", "alert").ok();
                p.set_text_content(Some(message));
                root.append_child(&p).ok();
            }
        }
    }));
}
