//! A quiz from an address: fetched with a size limit and a timeout, and checked by the validator module.

use wasm_bindgen::{JsCast, JsValue};

use crate::ui::platform::{FETCH_TIMEOUT_MS, RemoteQuizError};

/// Fetches the quiz bundle at `address` (absolute, or relative to the page) without
/// cookies (the validator module calls this, not the widget), reading at most `limit`
/// bytes: a larger file is refused as soon as it is known to be larger, before it is
/// all downloaded.
///
/// Not gloo-net: its response reads a body whole; this one stops at `limit`.
pub async fn fetch_quiz(address: &str, limit: usize) -> Result<Vec<u8>, RemoteQuizError> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or(RemoteQuizError::Unreachable)?;
    let base = window.document().and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default();
    let url = web_sys::Url::new_with_base(address, &base).map_err(|_| RemoteQuizError::NotWebAddress)?;
    if !matches!(url.protocol().as_str(), "https:" | "http:") {
        return Err(RemoteQuizError::NotWebAddress);
    }
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_mode(web_sys::RequestMode::Cors);
    init.set_signal(Some(&time_limit(FETCH_TIMEOUT_MS).map_err(|_| RemoteQuizError::Unreachable)?));
    let failed = |error: JsValue| {
        let name = js_sys::Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string());
        if name.as_deref() == Some("TimeoutError") { RemoteQuizError::TimedOut } else { RemoteQuizError::Unreachable }
    };
    let response = JsFuture::from(window.fetch_with_str_and_init(&url.href(), &init)).await.map_err(failed)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| RemoteQuizError::Unreachable)?;
    if !response.ok() {
        return Err(RemoteQuizError::Status(response.status()));
    }
    let declared = response.headers().get("content-length").ok().flatten().and_then(|n| n.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(RemoteQuizError::TooLarge);
    }
    let body = response.body().ok_or(RemoteQuizError::Unreachable)?;
    let reader: web_sys::ReadableStreamDefaultReader =
        body.get_reader().dyn_into().map_err(|_| RemoteQuizError::Unreachable)?;
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(failed)?;
        if js_sys::Reflect::get(&chunk, &"done".into()).is_ok_and(|done| done.is_truthy()) {
            return Ok(bytes);
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into()).map_err(|_| RemoteQuizError::Unreachable)?;
        let part: js_sys::Uint8Array = value.dyn_into().map_err(|_| RemoteQuizError::Unreachable)?;
        if bytes.len() + part.length() as usize > limit {
            let _ = reader.cancel();
            return Err(RemoteQuizError::TooLarge);
        }
        bytes.extend(part.to_vec());
    }
}

/// A file of this site (`address`, relative to the page or absolute), at most 16 MB:
/// the widget's files a SCORM package holds, which the teacher's page puts in it. `None`
/// when it cannot be had.
pub async fn site_file(address: &str) -> Option<Vec<u8>> {
    fetch_quiz(address, 16 * 1024 * 1024).await.ok()
}

// The validator module imports this snippet too (for `time_limit`), so the words'
// snippet is another: a bundler that takes the npm package follows the addresses in every
// snippet the validator imports, and the words' names an `i18n/` folder that the
// validator's has not. (One snippet for both, not one each: each is a file to fetch.)
#[wasm_bindgen::prelude::wasm_bindgen(
    inline_js = "export function time_limit(ms) { const c = new AbortController(); setTimeout(() => c.abort(new DOMException('', 'TimeoutError')), ms); return c.signal; }
export function load_quiz(module, address, lang) { return Promise.resolve().then(() => (typeof module === 'function' ? module() : import(module))).then((m) => m.load(address, lang)); }"
)]
extern "C" {
    /// A signal that aborts a fetch, with a `TimeoutError`, once `ms` have passed: what
    /// `AbortSignal.timeout` gives, in browsers without it too (Safari before 16). Both
    /// the quiz's fetch and the words' take their time limit from it; should it still
    /// throw, the fetch is not made.
    #[wasm_bindgen(catch)]
    fn time_limit(ms: u32) -> Result<web_sys::AbortSignal, JsValue>;

    /// Imports the validator module `module` (a file, so no `eval` under CSP) and has it
    /// load the quiz at `address`, saying why not in the language `lang`.
    fn load_quiz(module: &wasm_bindgen::JsValue, address: &str, lang: &str) -> js_sys::Promise;
}

/// Has the validator module (src/bin/validator.rs, which the build puts beside the
/// widget) fetch the quiz bundle at `address` and check it: the bundle's bytes if the
/// quiz is sound, or the module's sentences saying why not (in the language tagged
/// `lang`). `module` is the module's address, or a function that imports it: what the
/// npm package passes, so that a bundler sees the import and ships the module.
pub async fn load_elsewhere(
    module: &wasm_bindgen::JsValue,
    address: &str,
    lang: &str,
) -> Result<Vec<u8>, RemoteQuizError> {
    match wasm_bindgen_futures::JsFuture::from(load_quiz(module, address, lang)).await {
        Ok(bytes) => {
            bytes.dyn_into::<js_sys::Uint8Array>().map(|b| b.to_vec()).map_err(|_| RemoteQuizError::NoValidator)
        }
        // The module rejects with its sentences; anything else means it did not run.
        Err(sentences) => match sentences.dyn_into::<js_sys::Array>() {
            Ok(sentences) => Err(RemoteQuizError::Reported(sentences.iter().filter_map(|s| s.as_string()).collect())),
            Err(_) => Err(RemoteQuizError::NoValidator),
        },
    }
}

#[wasm_bindgen::prelude::wasm_bindgen(
    inline_js = "export function fetch_words(tag, signal) { return fetch(new URL(`../../i18n/${tag}.txt`, import.meta.url), { signal }).then((r) => (r.ok ? r.text() : null)); }"
)]
extern "C" {
    /// The text of a language's words beside the widget's files, or null (a promise; it
    /// fails when `signal` aborts first): this snippet is `snippets/CRATE/inlineN.js` in
    /// the widget's folder, and the build writes the words to `i18n/TAG.txt` there.
    fn fetch_words(tag: &str, signal: &web_sys::AbortSignal) -> js_sys::Promise;
}

/// Loads the words of `lang` from its file beside the widget, unless they are already
/// there ([`Lang::needs_words`]). Should the file not come within the time a quiz file
/// is given, the widget speaks English.
pub async fn load_words(lang: crate::ui::i18n::Lang) {
    if !lang.needs_words() {
        return;
    }
    let Ok(signal) = time_limit(FETCH_TIMEOUT_MS) else { return };
    let file = wasm_bindgen_futures::JsFuture::from(fetch_words(lang.tag(), &signal)).await;
    if let Some(file) = file.ok().and_then(|text| text.as_string()) {
        lang.load(file);
    }
}
