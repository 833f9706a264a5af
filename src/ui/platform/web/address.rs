//! The page's address and its `<meta>`s, and whether it runs in a frame.

use wasm_bindgen::JsValue;

/// The value of `name` in the page address: in its fragment (`#a=…&theme=dark`) or,
/// failing that, its query (`?host=…`), percent-decoded.
pub fn param(name: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let from =
        |part: String| web_sys::UrlSearchParams::new_with_str(part.trim_start_matches(['#', '?'])).ok()?.get(name);
    from(location.hash().ok()?).or_else(|| from(location.search().ok()?))
}

/// The value of `name` in the page address's fragment only: for a secret, which a query
/// would show to servers and in `Referer`s.
pub fn fragment_param(name: &str) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    web_sys::UrlSearchParams::new_with_str(hash.trim_start_matches('#')).ok()?.get(name)
}

/// The page address's fragment, with its `#` (empty for none).
pub fn fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Whether the widget runs in a frame of another page (an iframe embed).
pub fn in_frame() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let top = window.top().ok().flatten().map(JsValue::from);
    top.is_some_and(|top| top != JsValue::from(window))
}

/// The origin (`https://news.example`) of an address, if it is an http(s) one.
pub fn origin_of(address: &str) -> Option<String> {
    let url = web_sys::Url::new(address).ok()?;
    matches!(url.protocol().as_str(), "https:" | "http:").then(|| url.origin())
}

/// The address of the page at `relative` from this one, such as the student widget
/// (`../`) from the teacher's page; without a fragment or query.
pub fn address_of(relative: &str) -> String {
    let here = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    web_sys::Url::new_with_base(relative, &here).map(|url| url.href()).unwrap_or_else(|_| relative.to_owned())
}

/// The content of the page's `<meta name="NAME">`, such as the validator's address
/// that the build writes into the widget's page.
pub fn meta(name: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    document.query_selector(&format!("meta[name=\"{name}\"]")).ok()??.get_attribute("content")
}
