//! The core's tests, one binary with a module per subject (`cargo test -p
//! article-quiz-core`): nothing here links Yew or touches a browser. Files are named from
//! the repository's root (`common::at`), as the README and the quiz folders name them.

mod common;

mod class;
mod corrections;
mod draft;
mod export;
mod files;
mod host;
mod launch;
mod link;
mod lint;
mod persian;
mod quizzes;
mod result;
mod scoring;
mod session;
mod share;
mod shuffle;
mod validator;
mod xapi;
