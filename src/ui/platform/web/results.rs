//! The results server, through the results module (embed/results.js, which the build puts
//! beside the widget): imported only when the page names a server and the widget needs
//! it, so that a page that names none loads nothing more and sends nothing anywhere. The
//! module does the network, the storage and the retries, and shows what it does in the
//! places the widget leaves it under the widget's root (README, "The results server"),
//! so that the widget's own download barely grows.

use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(
    inline_js = "export function results(module, name, root, a, b, c, d) { return (typeof module == 'function' ? module() : import(module)).then((m) => m[name](root, a, b, c, d)); }"
)]
extern "C" {
    /// Imports the results module (`module`: its address, a file, so no `eval` under
    /// CSP; or, in the script embed, a function that imports it, which bundlers follow)
    /// and calls its export `name` with the widget's root element and four strings.
    fn results(
        module: &JsValue,
        name: &str,
        root: &web_sys::Element,
        a: &str,
        b: &str,
        c: &str,
        d: &str,
    ) -> js_sys::Promise;
}

/// The `<meta>` of the widget's page that holds the results module's address (the build
/// writes it).
const MODULE_META: &str = "article-quiz-results";

/// The results module of the widget's own page (the iframe embed, the standalone page),
/// from the `<meta>` the build writes; the script embed is given its own.
pub fn results_module() -> Option<JsValue> {
    super::meta(MODULE_META).map(JsValue::from)
}

/// Whether the widget's page names a results server: the server writes a `<meta>` that
/// names itself into the pages it serves.
fn page_names_server() -> bool {
    super::meta(super::SERVER_META).is_some()
}

/// On a student link of a class (`#a=…&class=…`) on the page's results server: has the
/// results module send hand-ins still waiting on this device, and offer "Hand in to your
/// teacher" where the widget under `root` shows a result code (an element of class
/// [`crate::ui::components::ids::SERVER_HAND_IN`]), in the language tagged `lang`.
/// Whether it does.
pub fn start_hand_ins(module: Option<&JsValue>, class: Option<&str>, lang: &str, root: &web_sys::Element) -> bool {
    let (Some(module), Some(class), true) = (module, class, page_names_server()) else { return false };
    // A module that cannot be loaded leaves the code, which the student still has.
    let _ = results(module, "handIns", root, "", class, lang, "");
    true
}

/// Where one widget's readers' answers go: the results module, and the widget's root,
/// under which the module shows how others answered.
#[derive(Clone, PartialEq)]
pub struct Readers {
    module: JsValue,
    root: web_sys::Element,
}

/// On a news page that names a results server (`named`: from `results=` or
/// `data-results`; or the server's `<meta>` in the widget's page): has the results
/// `module` count this view of `quiz` for the page at `host` (the embedding page's
/// origin, or empty) and show readers how others answered, in the places the widget
/// leaves under `root`, in the language tagged `lang`. The module takes only an http(s)
/// address for the server (never a data: or other address a link could forge). Never
/// for an assignment's link (the caller asks only without one).
pub fn start_readers(
    module: Option<&JsValue>,
    named: Option<&str>,
    quiz: &str,
    host: &str,
    lang: &str,
    root: &web_sys::Element,
) -> Option<Readers> {
    if named.is_none() && !page_names_server() {
        return None;
    }
    let readers = Readers { module: module?.clone(), root: root.clone() };
    let _ = results(&readers.module, "readers", root, named.unwrap_or_default(), quiz, lang, host);
    Some(readers)
}

impl Readers {
    /// Tells the results module what the reader of `quiz` did: `what` is "start",
    /// "answer" (`a`: the question's id, `b`: the answer as JSON) or "finish" (`a`, `b`:
    /// the points earned and the most, in hundredths).
    pub fn tell(&self, quiz: &str, what: &str, a: &str, b: &str) {
        let _ = results(&self.module, "tell", &self.root, quiz, what, &format!("{a}\n{b}"), "");
    }
}
