//! The quiz core: model, scoring, session state machine, seeded shuffle, bundles,
//! saved progress, assignment links, result codes, a class's results, validation, the
//! questions a corrected article no longer supports, the item-writing lint, numbers as
//! each language writes them, and the messages the widget exchanges with a page that
//! embeds it.
//!
//! Pure and deterministic: time and randomness come in as arguments, and nothing here
//! touches a browser, a UI framework or the file system (but for [`source`], which reads
//! quiz folders; on the web, the editor gives it their text). It compiles and is tested natively; the
//! widget crate (`article-quiz`) builds on it and re-exports it as `article_quiz::quiz`,
//! and its build script uses it to turn the default quiz into a bundle.
//!
//! A crate of its own, so that the compiler keeps it pure: yew, web-sys, js-sys, gloo and
//! wasm-bindgen are not among its dependencies.

pub mod api;
pub mod bundle;
pub mod class;
pub mod codec;
pub mod corrections;
pub mod draft;
pub mod export;
pub mod files;
pub mod host;
pub mod launch;
pub mod leaks;
pub mod link;
pub mod lint;
pub mod model;
pub mod result;
pub mod saved;
pub mod scoring;
pub mod session;
pub mod share;
pub mod shuffle;
pub mod source;
pub mod validate;
pub mod xapi;

pub use model::{Article, Choice, Kind, KindName, Question, Quiz, Topic};
pub use scoring::{Outcome, Points, Response, Verdict};
pub use session::{Action, Mode, QuestionView, Rejected, ResultsView, Session, Settings, Step};
