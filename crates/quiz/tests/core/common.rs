//! Helpers shared by the test modules: a file named from the repository's root, the
//! article quiz and its bundle, an action that must be taken, answers that are worth
//! everything, and answers worth nothing, for any question.

use std::path::PathBuf;

use article_quiz_core::{Action, Kind, Question, Quiz, Response, Session, bundle, source};

/// `path` from the repository's root (`quizzes/…`, `tests/fixtures/…`), wherever the
/// tests run from.
pub fn at(path: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join(path)
}

/// The bundle the widget compiles in: the article quiz's, as the build script writes it
/// (the widget crate's tests check that its compiled-in bytes are these).
pub fn shipped_bundle() -> Vec<u8> {
    bundle::encode(&article_quiz())
}

/// The article quiz as its folder holds it, found sound by the validator.
pub fn article_quiz() -> Quiz {
    source::check_dir(&at("quizzes/iranian-people")).unwrap_or_else(|failure| panic!("{failure}"))
}

/// Applies `action` to `session`, which must take it.
pub fn act(quiz: &Quiz, session: &mut Session, action: Action) {
    session.apply(quiz, action.clone()).unwrap_or_else(|why| panic!("{action:?} was rejected: {why}"));
}

/// The answer worth full marks.
pub fn right(question: &Question) -> Response {
    Response::key(&question.kind)
}

/// An answer worth nothing.
pub fn wrong(question: &Question) -> Response {
    match &question.kind {
        Kind::Single { options, correct } => Response::Single((correct + 1) % options.len()),
        Kind::Multiple { options, correct } => {
            Response::multiple((0..options.len()).filter(|i| !correct.contains(i)).take(1))
        }
        Kind::TrueFalse { correct, .. } => Response::TrueFalse(!correct),
        Kind::Order { items } => Response::Order((0..items.len()).rev().collect()),
        Kind::Numeric { answer, .. } => Response::Numeric(answer + 1000.0),
        Kind::Evidence { passage, correct } => Response::Evidence((correct + 1) % passage.len()),
    }
}

/// The small, sound fixture quiz (`tests/fixtures/riverton`), which changes only when a
/// test needs it to: tests that pin output byte for byte use it rather than the article's.
pub fn riverton() -> Quiz {
    source::check_dir(&at("tests/fixtures/riverton")).unwrap_or_else(|failure| panic!("{failure}"))
}
