//! Article Quiz: an embeddable quiz about a news article.
//!
//! [`quiz`] is the pure core (model, scoring, session, shuffle, bundles, validation), the
//! crate `article-quiz-core` in `crates/quiz`, which has no browser or UI dependency. The
//! Yew front end sits on top of it behind the `ui` feature.
//!
//! Driving the core without a UI:
//!
//! ```
//! use article_quiz::quiz::{bundle, saved, session::Settings, Action, Mode, Response, Session};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let now_ms = 1_764_000_000_000;
//! let loaded = bundle::decode(article_quiz::DEFAULT_BUNDLE)?;
//! let quiz = &loaded.quiz;
//! let mut session = Session::new(quiz, loaded.fingerprint, Settings::new(Mode::Practice, 42), now_ms)?;
//! session.apply(quiz, Action::Answer(Response::Single(0)))?; // the author's option 0
//! session.apply(quiz, Action::Check)?; // practice mode: feedback now
//! let outcome = session.outcome(quiz, session.current());
//! assert_eq!(outcome.earned, outcome.max, "option 0 of the first question is right");
//! session.apply(quiz, Action::Next)?;
//! session.apply(quiz, Action::Finish { now_ms: now_ms + 60_000 })?;
//! let results = session.results(quiz);
//! assert_eq!((results.earned.to_string(), results.percent()), ("1".to_owned(), 2)); // 1 of 45 points
//! session.apply(quiz, Action::RetryMissed)?; // everything but the first question again
//! assert_eq!(session.round().len(), quiz.questions.len() - 1);
//! let text = saved::encode(&session); // "aq-progress/1:…", for storage
//! assert_eq!(saved::decode(&text, quiz, loaded.fingerprint)?, session);
//! # Ok(())
//! # }
//! ```

/// The pure core, a crate of its own (`crates/quiz`): no browser, no UI.
pub use article_quiz_core as quiz;
#[cfg(feature = "ui")]
pub mod ui;

/// The quiz compiled into the app: the bundle the build script made from the folder
/// named in `build.rs`.
pub const DEFAULT_BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/default.aqz"));
