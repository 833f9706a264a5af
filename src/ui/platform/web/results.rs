//! The results server, through the results module (embed/results.js, which the build puts
//! beside the widget): imported only when the page names a server and the widget needs
//! it, so that a page that names none loads nothing more and sends nothing anywhere. The
//! module does the network, the storage and the retries, and shows what it does in the
//! places the widget leaves it (README, "The results server"), so that the widget's own
//! download barely grows.

use wasm_bindgen::prelude::wasm_bindgen;

use crate::ui::platform::ResultsServer;

#[wasm_bindgen(
    inline_js = "export function results(module, name, server, cls, lang) { return import(module).then((m) => m[name](server, cls, lang)); }"
)]
extern "C" {
    /// Imports the module at `module` (a file, so no `eval` under CSP) and calls its
    /// export `name` with the server, a class and the widget's language.
    fn results(module: &str, name: &str, server: &str, class: &str, lang: &str) -> js_sys::Promise;
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
    let _ = results(&server.module, "handIns", &server.server, class, lang);
    true
}
