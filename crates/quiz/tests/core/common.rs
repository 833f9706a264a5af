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

/// A copy of the quiz folder `fixture` (`tests/fixtures/riverton`), named as the quiz, in
/// a temporary folder that lasts as long as the first value.
pub fn copy_quiz(fixture: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let name = std::path::Path::new(fixture).file_name().expect("a folder's name");
    let quiz_dir = dir.path().join(name);
    std::fs::create_dir(&quiz_dir).unwrap();
    for file in ["article.txt", "meta.toml", "quiz.toml"] {
        std::fs::copy(at(fixture).join(file), quiz_dir.join(file)).unwrap();
    }
    (dir, quiz_dir)
}

/// Copies the quiz folder `fixture`, replaces `find` with `replace` in `file`, and returns
/// what the validator says (every problem, one per line).
pub fn break_quiz(fixture: &str, file: &str, find: &str, replace: &str) -> String {
    let (_dir, quiz_dir) = copy_quiz(fixture);
    let path = quiz_dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(find), "the fixture's {file} no longer contains {find:?}; update this test");
    std::fs::write(&path, text.replacen(find, replace, 1)).unwrap();
    match source::check_dir(&quiz_dir) {
        Ok(_) => panic!("the validator accepted a quiz broken by replacing {find:?} with {replace:?}"),
        Err(failure) => failure.to_string(),
    }
}
