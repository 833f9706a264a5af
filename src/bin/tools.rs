//! The tools pages: the teacher's page (teacher.html: assignment links and a class's
//! results) and the embed-code page (embed-code.html: snippets for editors). Each page
//! has its own root element; this mounts whichever is there. A binary of its own, so
//! none of it reaches the student widget's download.

/// Talc instead of the default dlmalloc, as in the widget.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        article_quiz::ui::pages::teacher::mount();
        article_quiz::ui::pages::embed_code::mount();
    }
}
