//! Helpers shared by the test files (each Rust test file is its own crate): the article
//! quiz, an action that must be taken, answers that are worth everything, and answers
//! worth nothing, for any question.

#![allow(dead_code)] // each test file uses some of them

use std::path::Path;

use article_quiz::quiz::{Action, Kind, Question, Quiz, Response, Session, source};

/// The article quiz as its folder holds it, found sound by the validator.
pub fn article_quiz() -> Quiz {
    source::check_dir(Path::new("quizzes/iranian-people")).unwrap_or_else(|failure| panic!("{failure}"))
}

/// Applies `action` to `session`, which must take it.
pub fn act(quiz: &Quiz, session: &mut Session, action: Action) {
    session.apply(quiz, action.clone()).unwrap_or_else(|why| panic!("{action:?} was rejected: {why}"));
}

/// The answer worth full marks.
pub fn right(question: &Question) -> Response {
    match &question.kind {
        Kind::Single { correct, .. } => Response::Single(*correct),
        Kind::Multiple { correct, .. } => Response::multiple(correct.iter().copied()),
        Kind::TrueFalse { correct, .. } => Response::TrueFalse(*correct),
        Kind::Order { items } => Response::Order((0..items.len()).collect()),
        Kind::Numeric { answer, .. } => Response::Numeric(*answer),
        Kind::Evidence { correct, .. } => Response::Evidence(*correct),
    }
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
