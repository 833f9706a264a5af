//! The validator module: fetches a quiz bundle from an address and checks it with the
//! same validator as `quiz-check`. The widget imports it only for a quiz from an address
//! (`quiz=…`), so the quiz compiled into the app never pays for either.

/// Talc instead of the default dlmalloc, as in the widget.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {}

/// The quiz bundle at `address` (absolute, or relative to the page), if it is a sound
/// quiz; otherwise rejects with sentences: why (in the language tagged `lang`), then each
/// problem, naming its question (in English, as `quiz-check` says it).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub async fn load(address: String, lang: String) -> Result<js_sys::Uint8Array, js_sys::Array> {
    use article_quiz::quiz::bundle;
    use article_quiz::ui::platform::{self, RemoteQuizError};
    let lang = article_quiz::ui::i18n::Lang::from_tag(&lang).unwrap_or_default();
    let failed =
        |failure: RemoteQuizError| failure.sentences(lang).into_iter().map(wasm_bindgen::JsValue::from).collect();
    let bytes = platform::fetch_quiz(&address, bundle::MAX_BYTES).await.map_err(failed)?;
    match bundle::decode(&bytes) {
        Ok(_) => {}
        // Not unsound: made by a newer version, which the page needs.
        Err(bundle::BundleError::Read(bundle::ReadError::NewerFormat(format))) => {
            return Err(failed(RemoteQuizError::NewerFormat(format)));
        }
        Err(_) => return Err(failed(RemoteQuizError::Unsound(bundle::check(&bytes)))),
    }
    Ok(js_sys::Uint8Array::from(bytes.as_slice()))
}
