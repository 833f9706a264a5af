//! Prints the widget's first screen for its standalone page, prerendered, as the
//! `<template>` that scripts/finish.mjs writes into index.html (see
//! `article_quiz::ui::pages::first_screen`). A build tool: it runs natively, never on the web.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use article_quiz::{DEFAULT_BUNDLE, quiz::bundle, ui::pages::first_screen};

    let loaded = match bundle::decode(DEFAULT_BUNDLE) {
        Ok(loaded) => loaded,
        Err(why) => {
            eprintln!("The compiled-in quiz cannot be read: {why}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(runtime) => runtime,
        Err(why) => {
            eprintln!("Cannot start the renderer's runtime: {why}");
            return std::process::ExitCode::FAILURE;
        }
    };
    println!("{}", runtime.block_on(first_screen::template(loaded)));
    std::process::ExitCode::SUCCESS
}

// The web builds (clippy checks every binary for wasm32) have nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {}
