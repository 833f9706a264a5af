//! `quiz-check`: validates quiz folders and, on request, writes their bundles.
//!
//! ```text
//! cargo run --bin quiz-check                          # every folder under quizzes/
//! cargo run --bin quiz-check -- quizzes/iranian-people
//! cargo run --bin quiz-check -- quizzes/my-quiz --bundle dist/my-quiz.aqz
//! ```
//!
//! Prints a summary for each sound quiz and every problem of each unsound one; exits 1
//! if any quiz has a problem, 2 on a usage error.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use article_quiz::quiz::{bundle, source, validate};

    const USAGE: &str = "usage: quiz-check [QUIZ_FOLDER ...] [--bundle OUTPUT_FILE]\n\
        With no folder, checks every folder under quizzes/. --bundle needs exactly one folder.";

    pub fn main() -> ExitCode {
        let mut folders = Vec::new();
        let mut bundle_to = None;
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--bundle" => match args.next() {
                    Some(path) => bundle_to = Some(PathBuf::from(path)),
                    None => return usage(),
                },
                "-h" | "--help" => {
                    println!("{USAGE}");
                    return ExitCode::SUCCESS;
                }
                flag if flag.starts_with('-') => return usage(),
                folder => folders.push(PathBuf::from(folder)),
            }
        }
        if folders.is_empty() {
            match quiz_folders(Path::new("quizzes")) {
                Ok(found) => folders = found,
                Err(error) => {
                    eprintln!("quiz-check: cannot list quizzes/: {error}");
                    return ExitCode::from(2);
                }
            }
        }
        if bundle_to.is_some() && folders.len() != 1 {
            return usage();
        }
        let mut all_sound = true;
        for folder in &folders {
            match source::check_dir(folder) {
                Ok(quiz) => {
                    println!("{}: sound", folder.display());
                    print!("{}", indent(&validate::summarize(&quiz).to_string()));
                    if let Some(out) = &bundle_to {
                        let bytes = bundle::encode(&quiz);
                        if let Err(error) = std::fs::write(out, &bytes) {
                            eprintln!("quiz-check: cannot write {}: {error}", out.display());
                            return ExitCode::FAILURE;
                        }
                        println!("  bundle written to {} ({} bytes)", out.display(), bytes.len());
                    }
                }
                Err(failure) => {
                    all_sound = false;
                    eprintln!("{}: REJECTED", folder.display());
                    eprint!("{}", indent(&failure.to_string()));
                }
            }
        }
        if all_sound { ExitCode::SUCCESS } else { ExitCode::FAILURE }
    }

    fn usage() -> ExitCode {
        eprintln!("{USAGE}");
        ExitCode::from(2)
    }

    fn quiz_folders(root: &Path) -> std::io::Result<Vec<PathBuf>> {
        let mut folders: Vec<PathBuf> = std::fs::read_dir(root)?
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.join("quiz.toml").is_file())
            .collect();
        folders.sort();
        Ok(folders)
    }

    fn indent(text: &str) -> String {
        text.lines().map(|line| format!("  {line}\n")).collect()
    }
}
