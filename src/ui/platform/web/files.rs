//! For the editor: the text selected in a text area, files the reader opens, and a text
//! area that keeps its text.

use wasm_bindgen::JsCast;

/// The text selected in the text area with id `id` (by mouse or with Shift and the
/// arrow keys), exactly as it stands there; `None` when nothing is selected.
pub fn selected_text(id: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let area = document.get_element_by_id(id)?.dyn_into::<web_sys::HtmlTextAreaElement>().ok()?;
    let (start, end) = (area.selection_start().ok()??, area.selection_end().ok()??);
    // Offsets count UTF-16 units: cut the text as JavaScript holds it.
    let text = js_sys::JsString::from(area.value()).slice(start, end);
    Some(String::from(text)).filter(|t| !t.is_empty())
}

/// A file the reader opened: its name and its bytes.
pub struct Opened {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Reads every file chosen in `input` (at most `max` bytes each; a larger one is
/// given as empty) and calls `done` with them, in order.
pub fn read_files(input: &web_sys::HtmlInputElement, max: usize, done: impl FnOnce(Vec<Opened>) + 'static) {
    let Some(list) = input.files() else { return done(Vec::new()) };
    let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    wasm_bindgen_futures::spawn_local(async move {
        let mut opened = Vec::with_capacity(files.len());
        for file in files {
            let bytes = if file.size() as usize > max {
                Vec::new()
            } else {
                match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                    Err(_) => Vec::new(),
                }
            };
            opened.push(Opened { name: file.name(), bytes });
        }
        done(opened);
    });
}

/// Refuses every change to the text area with id `id` (typing, pasting, cutting,
/// dropping) while its caret still moves and its text can be selected, until the
/// returned subscription is dropped. (A `readonly` one moves no caret in Chromium, so a
/// passage could not be selected with the keyboard.)
pub fn refuse_edits(id: &str) -> super::Subscription {
    let Some(area) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else {
        return super::Subscription::None;
    };
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    super::Subscription::Listener(gloo_events::EventListener::new_with_options(
        &area,
        "beforeinput",
        options,
        |event| event.prevent_default(),
    ))
}
