//! The first screen, prerendered: the standalone page's first question, rendered at
//! build time with Yew's server-side renderer and written into `index.html`, so that a
//! reader sees the question while the widget's wasm downloads and starts.
//!
//! The page holds it in a `<template>`; `scripts/first-screen.js` shows it only when the
//! widget will start on exactly that screen (none of the widget's screen options in its
//! address, no saved progress; at the top level or in an iframe embed, with the host's
//! style), and keeps what the reader does there for the live widget. When the widget
//! starts, `platform::remove_first_screen` removes it and the widget renders the
//! same screen live, with the same seed, before the browser paints again; the script
//! then does again on it what the reader did. Anywhere else (a link, saved progress, a
//! script embed) the page stays as it was, empty until the widget starts.

use crate::quiz::bundle::Loaded;
use crate::quiz::launch::Launch;

use crate::ui::app::{AppProps, Start};

/// The seed of the prerendered session: it fixes the order of the first question's
/// options, so a reader of the standalone page who starts from the prerendered screen
/// gets the same order as every other such reader ("start over" draws a new one).
pub const SEED: u64 = 0xA071_5EED;

/// The props of the widget on its standalone page with no options and no saved
/// progress, seeded with `seed`: what the page's start-up gives the app in that case,
/// because it is the same function with the same launch.
pub fn props(quiz: Loaded, seed: u64) -> AppProps {
    let start = Start { embed: None, first_screen: Some(seed), random_seed: seed, now_ms: 0 };
    AppProps::new(quiz, &Launch::default(), |_| None, start)
}

/// The `<template>` for the page: the first screen of `quiz`, with the seed on it; for
/// `scripts/first-screen.js`, the storage key of saved progress, the names of the page's
/// screen options, the style parameters and the custom property each sets (as
/// `name=property`), what to tell a screen reader while the widget loads and what to say
/// if it does not start.
#[cfg(not(target_arch = "wasm32"))]
pub async fn template(quiz: Loaded) -> String {
    use crate::ui::pages::embed_code::attribute;
    let key = attribute(&crate::quiz::saved::shared_key(&quiz.quiz.slug, 0));
    let t = crate::ui::i18n::Lang::choose(None, &quiz.quiz.meta.language).text();
    let (failed, loading) = (attribute(t.did_not_start), attribute(t.loading));
    let style = crate::quiz::host::STYLE_PARAMS.map(|(name, property)| format!("{name}={property}")).join(" ");
    use crate::quiz::launch::Field;
    let options = Field::SCREEN.map(Field::param).join(" ");
    let screen =
        yew::LocalServerRenderer::<crate::ui::app::App>::with_props(props(quiz, SEED)).hydratable(false).render().await;
    use crate::ui::components::ids;
    let (template, attribute) = (ids::FIRST_SCREEN_TEMPLATE, ids::FIRST_SCREEN);
    format!(
        "<template id=\"{template}\" data-progress-key=\"{key}\" data-failed=\"{failed}\" data-loading=\"{loading}\" \
         data-options=\"{options}\" data-style-params=\"{style}\">\
         <div class=\"aq-first-screen\" {attribute}=\"{SEED}\">{screen}</div></template>"
    )
}
