//! Turns the default quiz folder into a bundle compiled into the app, so the widget
//! needs no request for it and never parses TOML in the browser. A quiz that does not
//! validate stops the build with the validator's messages.

use std::path::Path;

use article_quiz_core as quiz;

/// The quiz the widget shows when no other is asked for.
const DEFAULT_QUIZ: &str = "quizzes/iranian-people";

fn main() {
    // Every interface language compiled in (`cfg(all_languages)`): natively (the tests and
    // the tools) and in a wasm built with the `languages` feature (the validator module,
    // the npm package). The widget on the web has English, and loads another language's
    // words from its file for that language's readers only (src/ui/i18n/lang.rs).
    println!("cargo::rustc-check-cfg=cfg(all_languages)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if !wasm || std::env::var_os("CARGO_FEATURE_LANGUAGES").is_some() {
        println!("cargo::rustc-cfg=all_languages");
    }
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
