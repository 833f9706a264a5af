//! The results server, through the results module (embed/results.js, which the build puts
//! beside the widget): imported only when the page names a server and the widget needs
//! it, so that a page that names none loads nothing more and sends nothing anywhere. The
//! module does the network, the storage and the retries, and shows what it does in the
//! places the widget leaves it (README, "The results server"), so that the widget's own
//! download barely grows.

use wasm_bindgen::prelude::wasm_bindgen;

use crate::ui::platform::ResultsServer;

#[wasm_bindgen(
    inline_js = "export function results(module, name, a, b, c, d) { return import(module).then((m) => m[name](a, b, c, d)); }"
)]
extern "C" {
    /// Imports the module at `module` (a file, so no `eval` under CSP) and calls its
    /// export `name` with four strings.
    fn results(module: &str, name: &str, a: &str, b: &str, c: &str, d: &str) -> js_sys::Promise;
}

/// The `<meta>` of the widget's page that holds the results module's address (the build
/// writes it).
const MODULE_META: &str = "article-quiz-results";

/// The results server this page names, if it names one, with the module that talks to it.
pub fn results_server() -> Option<ResultsServer> {
    Some(ResultsServer { module: super::meta(MODULE_META)?, server: super::server_base()? })
}

/// On a student link of a class (`#a=…&class=…`) on the page's results server: has the
/// results module send hand-ins still waiting on this device, and offer "Hand in to your
/// teacher" where the widget shows a result code (an element of class
/// [`crate::ui::components::ids::SERVER_HAND_IN`]), in the language tagged `lang`.
/// Whether it does.
pub fn start_hand_ins(class: Option<&str>, lang: &str) -> bool {
    let (Some(class), Some(server)) = (class, results_server()) else { return false };
    // A module that cannot be loaded leaves the code, which the student still has.
    let _ = results(&server.module, "handIns", &server.server, class, lang, "");
    true
}

thread_local! {
    /// The results server this page's readers' answers go to, once [`start_readers`]
    /// found one.
    static READERS: std::cell::RefCell<Option<ResultsServer>> = const { std::cell::RefCell::new(None) };
}

/// On a news page that names a results server (`results=`, `data-results`, or the
/// server's `<meta>` in the widget's page): has the results module count this view of
/// `quiz` for the embedding `site` (a host name, or empty) and show readers how others
/// answered, in the places the widget leaves, in the language tagged `lang`. Never for an
/// assignment's link (the caller asks only without one). Whether it does.
pub fn start_readers(named: Option<&str>, quiz: &str, site: &str, lang: &str) -> bool {
    let base = || web_sys::window()?.document()?.base_uri().ok()?;
    let server = match named {
        // An http(s) address only: never a data: or other address a link could forge.
        Some(named) => base()
            .and_then(|base| web_sys::Url::new_with_base(named, &base).ok())
            .filter(|url| matches!(url.protocol().as_str(), "https:" | "http:"))
            .map(|url| url.href()),
        None => super::server_base(),
    };
    let (Some(server), Some(module)) = (server, super::meta(MODULE_META)) else { return false };
    let _ = results(&module, "readers", &server, quiz, lang, site);
    READERS.with(|readers| readers.replace(Some(ResultsServer { server, module })));
    true
}

/// Tells the results module what a reader of `quiz` did: `what` is "start", "answer"
/// (`a`: the question's id, `b`: the answer as JSON) or "finish" (`a`, `b`: the points
/// earned and the most, in hundredths).
pub fn tell_readers(quiz: &str, what: &str, a: &str, b: &str) {
    READERS.with(|readers| {
        if let Some(server) = readers.borrow().as_ref() {
            let _ = results(&server.module, "tell", &server.server, quiz, what, &format!("{a}\n{b}"));
        }
    });
}

/// Whether this page's readers' answers go to a results server.
pub fn readers_counted() -> bool {
    READERS.with(|readers| readers.borrow().is_some())
}
