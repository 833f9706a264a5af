//! Writes the words of each interface language but English into `DIR/TAG.txt`, one string
//! per line (`Lang::words_file`): the files the widget on the web loads for a reader of
//! that language (src/ui/i18n/lang.rs). A build tool, run natively by scripts/build:
//! `cargo run --bin words -- dist/i18n`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use article_quiz::ui::i18n::Lang;

    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: words DIR");
        return std::process::ExitCode::from(2);
    };
    let dir = std::path::Path::new(&dir);
    for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::En) {
        let file = dir.join(format!("{}.txt", lang.tag()));
        if let Err(why) = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&file, lang.words_file())) {
            eprintln!("Cannot write {}: {why}", file.display());
            return std::process::ExitCode::FAILURE;
        }
    }
    std::process::ExitCode::SUCCESS
}

// The web builds (clippy checks every binary for wasm32) have nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {}
