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
    settle(window.navigator().clipboard().write_text(text), Box::new(done));
}

/// Tells `done` whether `promise` was fulfilled, once it settles. (Boxed: one copy of
/// the waiting for every caller.)
fn settle(promise: js_sys::Promise, done: Box<dyn FnOnce(bool)>) {
    wasm_bindgen_futures::spawn_local(async move { done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()) });
}

/// Offers `text` to the reader's own apps with the Web Share API where the browser has
/// it, else copies it to the clipboard; then tells `done` how that went.
pub fn share_text(title: &str, text: &str, done: impl FnOnce(super::super::Shared) + 'static) {
    use super::super::Shared;
    use wasm_bindgen::JsValue;
    let Some(window) = web_sys::window() else { return done(Shared::Failed) };
    let navigator = window.navigator();
    let share = js_sys::Reflect::get(&navigator, &JsValue::from_str("share")).ok();
    let Some(share) = share.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) else {
        return copy_text(text, move |ok| done(if ok { Shared::Copied } else { Shared::Failed }));
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &JsValue::from_str("title"), &JsValue::from_str(title));
    let _ = js_sys::Reflect::set(&data, &JsValue::from_str("text"), &JsValue::from_str(text));
    match share.call1(&navigator, &data) {
        Ok(promise) => {
            settle(promise.into(), Box::new(move |ok| done(if ok { Shared::Shared } else { Shared::Failed })))
        }
        Err(_) => done(Shared::Failed),
    }
}

/// Offers `text` to the reader as a file named `file_name` of type `mime` (a
/// download, made in the page: nothing is sent anywhere).
pub fn download(file_name: &str, mime: &str, text: &str) {
    offer(file_name, mime, &text.into());
}

/// Offers `bytes` as a file named `file_name`, as [`download`] offers text.
pub fn download_bytes(file_name: &str, bytes: &[u8]) {
    offer(file_name, "application/octet-stream", &js_sys::Uint8Array::from(bytes).into());
}

/// Offers a file whose content is `part` (a string or a byte array) to the reader.
fn offer(file_name: &str, mime: &str, part: &wasm_bindgen::JsValue) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(part);
    let Ok(blob) = web_sys::Blob::new_with_blob_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(anchor) = document.create_element("a").map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
