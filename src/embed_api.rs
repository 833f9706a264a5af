// The script embed's API, exported to JavaScript: the same in the widget's own wasm
// (src/main.rs, loaded by `article-quiz.js`) and in the npm package's (crates/npm),
// which include this file. Its allocator is theirs too. (A file included, not a
// library's exports: wasm-bindgen exports of a dependency are not reliably kept.)

/// Talc instead of the default dlmalloc: made for WebAssembly, it saves the download a
/// few kilobytes and allocates faster.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Mounts a quiz in a shadow root on `element`, a `<div data-article-quiz>`, with the
/// widget's `stylesheet` inside it; `validator` is the validator module, for a quiz from
/// an address, and `results` the results module, for a page that names a results server:
/// each its address, or a function that imports it. Gives the quiz, to unmount when its
/// element leaves the page (`undefined` if the element cannot hold one).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_in(
    element: web_sys::Element,
    stylesheet: String,
    validator: wasm_bindgen::JsValue,
    results: wasm_bindgen::JsValue,
) -> Option<Quiz> {
    use article_quiz::ui::pages::widget::{Naming, mount_in};
    mount_in(element, &stylesheet, validator, results, Naming::Div).map(Quiz)
}

/// The same for an `<article-quiz>` element, whose attributes are named without `data-`
/// (`quiz`, `lang`, `mode`, `link`, `theme`, `instance`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_element(
    element: web_sys::Element,
    stylesheet: String,
    validator: wasm_bindgen::JsValue,
    results: wasm_bindgen::JsValue,
) -> Option<Quiz> {
    use article_quiz::ui::pages::widget::{Naming, mount_in};
    mount_in(element, &stylesheet, validator, results, Naming::Element).map(Quiz)
}

/// A quiz mounted by [`mount_in`] or [`mount_element`].
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub struct Quiz(article_quiz::ui::pages::widget::Mounted);

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
impl Quiz {
    /// Takes the quiz off the page: no listener, observer or timer of it is left.
    pub fn unmount(self) {
        self.0.unmount();
    }
}
