//! Storage, the clipboard and downloads: what the widget keeps or hands over on this device.

use wasm_bindgen::JsCast;
use web_sys::Storage;

// Not gloo-storage: its `LocalStorage::raw()` throws where the browser blocks storage
// (this must carry on, and say so), and its get and set go through JSON.
fn storage() -> Option<Storage> {
    // Storage can be missing or refused (privacy modes, partitioned or sandboxed frames):
    // the quiz then works but does not remember, and says so.
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Keeps `value` under `key` on this device; `false` when the browser refused (storage
/// blocked, or full).
pub fn store(key: &str, value: &str) -> bool {
    storage().is_some_and(|storage| storage.set_item(key, value).is_ok())
}

/// Copies `text` to the clipboard, then tells `done` whether that worked.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else { return done(false) };
    let written = wasm_bindgen_futures::JsFuture::from(window.navigator().clipboard().write_text(text));
    wasm_bindgen_futures::spawn_local(async move { done(written.await.is_ok()) });
}

/// Offers `text` to the reader as a file named `file_name` of type `mime` (a
/// download, made in the page: nothing is sent anywhere).
pub fn download(file_name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(anchor) = document.create_element("a").map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
