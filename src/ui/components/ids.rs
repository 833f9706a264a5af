//! The names the widget's page and its scripts share: element ids, classes, attributes
//! and events. Ids carry the `aq-` prefix so that they do not collide with the host
//! page's. The JavaScript that runs beside the wasm (`scripts/first-screen.js`, before it;
//! `embed/article-quiz.js`, the script embed's loader) writes the same names, and
//! `tests/components.rs` fails when any of them disagrees with these. (Address
//! parameters, storage keys and style rules are the core's: `launch`, `saved`, `host`.)

pub const ROOT: &str = "article-quiz";
pub const QUESTION: &str = "aq-q";
pub const QUESTION_HEADING: &str = "aq-question-heading";
pub const PRIMARY: &str = "aq-primary";
pub const FEEDBACK: &str = "aq-feedback";
pub const RESULTS_HEADING: &str = "aq-results-heading";
pub const SHARE_HEADING: &str = "aq-share-heading";
pub const REVIEW: &str = "aq-review";
pub const EXCERPT_MARK: &str = "aq-excerpt-mark";
pub const ARTICLE_HEADING: &str = "aq-article-heading";
pub const TITLE: &str = "aq-title";
/// The name of the mode's radio buttons (practice or test).
pub const MODE: &str = "aq-mode";

/// The class of the message shown when the widget cannot start or stops.
pub const CRASH: &str = "aq-crash";
/// The class on `<html>` of a widget in an iframe.
pub const EMBEDDED: &str = "embedded";
/// The attribute on the widget's root that names the host's colour scheme.
pub const SCHEME: &str = "data-theme";

/// The prerendered first screen's `<template>` in the widget's page (index.html).
pub const FIRST_SCREEN_TEMPLATE: &str = "aq-first-screen";
/// The attribute on the prerendered screen's outer element; its value is the seed the
/// screen was rendered with, which the live widget then starts from. (Empty on the
/// message that replaces the screen if the widget seems not to start.)
pub const FIRST_SCREEN: &str = "data-aq-first-screen";

/// The script embed's element attribute, its mark on a mounted element, and the event a
/// host page sends it commands with.
pub const EMBED: &str = "data-article-quiz";
pub const EMBED_MOUNTED: &str = "data-article-quiz-mounted";
pub const EMBED_COMMAND: &str = "article-quiz-command";
/// The element where the results module (embed/results.js) offers "Hand in to your
/// teacher" (its class), and the result code it sends (an id).
pub const SERVER_HAND_IN: &str = "aq-server-hand-in";
pub const RESULT_CODE: &str = "aq-result-code";
