//! Turns the default quiz folder into a bundle compiled into the app, so the widget
//! needs no request for it and never parses TOML in the browser. A quiz that does not
//! validate stops the build with the validator's messages.

use std::path::Path;

use article_quiz_core as quiz;

/// The quiz the widget shows when no other is asked for.
const DEFAULT_QUIZ: &str = "quizzes/iranian-people";

fn main() {
    println!("cargo::rerun-if-changed={DEFAULT_QUIZ}");
    let quiz = match quiz::source::check_dir(Path::new(DEFAULT_QUIZ)) {
        Ok(quiz) => quiz,
        Err(failure) => {
            eprintln!("The default quiz in {DEFAULT_QUIZ} is not sound:\n{failure}");
            std::process::exit(1);
        }
    };
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    std::fs::write(Path::new(&out).join("default.aqz"), quiz::bundle::encode(&quiz)).expect("OUT_DIR is writable");
}
