//! The editor (editor.html): writing a quiz for any article in the browser. A binary of
//! its own, so that none of it reaches the student widget's download.

/// Talc instead of the default dlmalloc, as in the widget.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    article_quiz::ui::pages::editor::mount();
}
