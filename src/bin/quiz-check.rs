//! `quiz-check`: validates quiz folders and, on request, writes their bundles.
//!
//! ```text
//! cargo run --bin quiz-check                          # every folder under quizzes/
//! cargo run --bin quiz-check -- quizzes/iranian-people
//! cargo run --bin quiz-check -- --strict quizzes/iranian-people  # warnings fail too
//! cargo run --bin quiz-check -- quizzes/my-quiz --bundle dist/my-quiz.aqz
//! cargo run --bin quiz-check -- --json quizzes/my-quiz     # the quiz as JSON, for tools
//! cargo run --bin quiz-check -- --report quizzes/my-quiz   # where answers leak into other questions
//! cargo run --bin quiz-check -- --score quizzes/my-quiz answers.json
//! cargo run --bin quiz-check -- --read-result quizzes/my-quiz RESULT_CODE
//! cargo run --bin quiz-check -- --link quizzes/my-quiz [--test] [--questions ID,ID,…]
//!     [--shuffle SEED] [--no-retries] [--title TEXT] [--instructions TEXT]
//! cargo run --bin quiz-check -- --files my-quiz.aqz quizzes/my-quiz  # a bundle's folder back
//! ```
//!
//! Prints a summary and the item-writing warnings (`quiz::lint`) for each sound quiz, and
//! every problem of each unsound one; exits 1 if any quiz has a problem (with `--strict`,
//! or a warning), 2 on a usage error. `--score` reads answers as a JSON
//! object from question id to answer (`{"amini-age": {"Numeric": 22}}`) and prints the
//! points the core gives them, in hundredths; the browser tests compare the widget's
//! score with it.

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

    use std::collections::BTreeMap;

    use article_quiz::quiz::link::{self, Assignment};
    use article_quiz::quiz::{Mode, Points, Quiz, Response, Session, bundle, leaks, result, scoring, source, validate};

    const USAGE: &str = "usage: quiz-check [--strict] [QUIZ_FOLDER ...] [--bundle OUTPUT_FILE]\n\
        \x20      quiz-check --json QUIZ_FOLDER\n\
        \x20      quiz-check --report QUIZ_FOLDER\n\
        \x20      quiz-check --score QUIZ_FOLDER ANSWERS_JSON\n\
        \x20      quiz-check --read-result QUIZ_FOLDER RESULT_CODE\n\
        \x20      quiz-check --link QUIZ_FOLDER [--test] [--questions ID,ID,...] [--shuffle SEED]\n\
        \x20                 [--no-retries] [--title TEXT] [--instructions TEXT]\n\
        \x20      quiz-check --files BUNDLE_FILE NEW_QUIZ_FOLDER\n\
        With no folder, checks every folder under quizzes/. --bundle needs exactly one folder.\n\
        --strict refuses a quiz with item-writing warnings as well as one with problems.";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
            ["--json", folder] => with_quiz(folder, |quiz| {
                println!("{}", serde_json::to_string_pretty(quiz).unwrap_or_default());
                ExitCode::SUCCESS
            }),
            ["--report", folder] => with_quiz(folder, |quiz| {
                print!("{}", leaks::report(quiz));
                ExitCode::SUCCESS
            }),
            ["--score", folder, answers] => with_quiz(folder, |quiz| score(quiz, Path::new(answers))),
            ["--read-result", folder, code] => with_quiz(folder, |quiz| read_result(quiz, code)),
            ["--link", folder, options @ ..] => with_quiz(folder, |quiz| make_link(quiz, options)),
            ["--files", bundle_file, folder] => bundle_to_files(Path::new(bundle_file), Path::new(folder)),
            _ => check(),
        }
    }

    /// Writes the quiz folder a bundle was made from (article.txt, meta.toml, quiz.toml)
    /// into `folder`, which must not hold them yet; the bundle must be sound.
    fn bundle_to_files(bundle_file: &Path, folder: &Path) -> ExitCode {
        let fail = |why: String| {
            eprintln!("quiz-check: {why}");
            ExitCode::FAILURE
        };
        let bytes = match std::fs::read(bundle_file) {
            Ok(bytes) => bytes,
            Err(e) => return fail(format!("cannot read {}: {e}", bundle_file.display())),
        };
        let quiz = match bundle::decode(&bytes) {
            Ok(loaded) => loaded.quiz,
            Err(why) => return fail(format!("{}: {why}", bundle_file.display())),
        };
        let written = match article_quiz::quiz::files::write(&quiz) {
            Ok(written) => written,
            Err(why) => return fail(format!("{}: {why}", bundle_file.display())),
        };
        // meta.toml names the quiz, and a folder of quizzes/ must carry the same name.
        if folder.file_name().and_then(|n| n.to_str()) != Some(quiz.slug.as_str()) {
            return fail(format!(
                "the bundle's quiz is named `{}`, and its folder must be too (…/{}/); nothing was written",
                quiz.slug, quiz.slug
            ));
        }
        let names = ["article.txt", "meta.toml", "quiz.toml"];
        if let Some(name) = names.iter().find(|name| folder.join(name).exists()) {
            return fail(format!("{} already exists; nothing was written", folder.join(name).display()));
        }
        if let Err(e) = std::fs::create_dir_all(folder) {
            return fail(format!("cannot make {}: {e}", folder.display()));
        }
        for (name, text) in names.iter().zip([&written.article, &written.meta, &written.quiz]) {
            if let Err(e) = std::fs::write(folder.join(name), text) {
                return fail(format!("cannot write {}: {e}", folder.join(name).display()));
            }
        }
        println!("wrote {} ({} questions)", folder.display(), quiz.questions.len());
        ExitCode::SUCCESS
    }

    fn with_quiz(folder: &str, then: impl FnOnce(&Quiz) -> ExitCode) -> ExitCode {
        match source::check_dir(Path::new(folder)) {
            Ok(quiz) => then(&quiz),
            Err(failure) => {
                eprint!("{folder}: REJECTED\n{}", indent(&failure.to_string()));
                ExitCode::FAILURE
            }
        }
    }

    fn score(quiz: &Quiz, answers: &Path) -> ExitCode {
        let parsed = std::fs::read_to_string(answers)
            .map_err(|e| e.to_string())
            .and_then(|text| serde_json::from_str::<BTreeMap<String, Response>>(&text).map_err(|e| e.to_string()));
        let answers = match parsed {
            Ok(answers) => answers,
            Err(why) => {
                eprintln!("quiz-check: cannot read answers from {}: {why}", answers.display());
                return ExitCode::from(2);
            }
        };
        if let Some(unknown) = answers.keys().find(|id| quiz.question(id).is_none()) {
            eprintln!("quiz-check: the quiz has no question “{unknown}”");
            return ExitCode::from(2);
        }
        let mut questions = serde_json::Map::new();
        let outcomes: Vec<_> = quiz
            .questions
            .iter()
            .map(|q| {
                let outcome = scoring::score(q, answers.get(&q.id));
                questions.insert(
                    q.id.clone(),
                    serde_json::json!({ "verdict": outcome.verdict, "earned": outcome.earned.0, "max": outcome.max.0 }),
                );
                outcome
            })
            .collect();
        let earned: Points = outcomes.iter().map(|o| o.earned).sum();
        let max: Points = outcomes.iter().map(|o| o.max).sum();
        let report = serde_json::json!({
            "earned": earned.0,
            "max": max.0,
            "shown": format!("{earned} of {max}"),
            "percent": earned.percent_of(max),
            "questions": questions,
        });
        println!("{report:#}");
        ExitCode::SUCCESS
    }

    /// Prints the code of an assignment link (the part after `#a=`).
    fn make_link(quiz: &Quiz, options: &[&str]) -> ExitCode {
        let mut assignment = Assignment {
            mode: Mode::Practice,
            questions: None,
            shuffle_questions: false,
            shuffle_options: true,
            seed: 1,
            retries: true,
            title: String::new(),
            instructions: String::new(),
        };
        let mut rest = options.iter();
        while let Some(&option) = rest.next() {
            match (option, rest.clone().next()) {
                ("--test", _) => assignment.mode = Mode::Test,
                ("--no-retries", _) => assignment.retries = false,
                ("--questions", Some(ids)) => {
                    assignment.questions = Some(ids.split(',').map(|id| id.trim().to_owned()).collect());
                    rest.next();
                }
                ("--shuffle", Some(seed)) => match seed.parse() {
                    Ok(seed) => {
                        assignment.seed = seed;
                        assignment.shuffle_questions = true;
                        rest.next();
                    }
                    Err(_) => return usage(),
                },
                ("--title", Some(title)) => {
                    assignment.title = (*title).to_owned();
                    rest.next();
                }
                ("--instructions", Some(text)) => {
                    assignment.instructions = (*text).to_owned();
                    rest.next();
                }
                _ => return usage(),
            }
        }
        // Refuse what a student could not open.
        if let Err(why) = Session::new(quiz, 0, assignment.settings(), 0) {
            eprintln!("quiz-check: {why}");
            return ExitCode::FAILURE;
        }
        match link::encode(&assignment, quiz) {
            Ok(code) => {
                println!("{code}");
                ExitCode::SUCCESS
            }
            Err(why) => {
                eprintln!("quiz-check: {why}");
                ExitCode::FAILURE
            }
        }
    }

    /// Prints what a student's result code holds, as JSON.
    fn read_result(quiz: &Quiz, code: &str) -> ExitCode {
        match result::decode(code, quiz) {
            Ok(record) => {
                let answers: serde_json::Map<String, serde_json::Value> = record
                    .answers
                    .iter()
                    .map(|(id, answer)| (id.clone(), serde_json::to_value(answer).unwrap_or_default()))
                    .collect();
                let report = serde_json::json!({
                    "name": record.name,
                    "assignment": record.assignment,
                    "mode": format!("{:?}", record.mode),
                    "seconds": record.seconds,
                    "earned": record.earned.0,
                    "max": record.max.0,
                    "shown": format!("{} of {}", record.earned, record.max),
                    "answers": answers,
                });
                println!("{report:#}");
                ExitCode::SUCCESS
            }
            Err(why) => {
                eprintln!("quiz-check: {why}");
                ExitCode::FAILURE
            }
        }
    }

    fn check() -> ExitCode {
        let mut folders = Vec::new();
        let mut bundle_to = None;
        let mut strict = false;
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--bundle" => match args.next() {
                    Some(path) => bundle_to = Some(PathBuf::from(path)),
                    None => return usage(),
                },
                "--strict" => strict = true,
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
            match source::check_and_lint_dir(folder) {
                Ok((_, warnings)) if strict && !warnings.is_empty() => {
                    all_sound = false;
                    eprintln!("{}: REJECTED (--strict: {})", folder.display(), count(warnings.len(), "warning"));
                    eprint!("{}", indent(&lines("warning", &warnings)));
                }
                Ok((quiz, warnings)) => {
                    match warnings.len() {
                        0 => println!("{}: sound", folder.display()),
                        n => println!("{}: sound, with {}", folder.display(), count(n, "item-writing warning")),
                    }
                    print!("{}", indent(&validate::summarize(&quiz).to_string()));
                    print!("{}", indent(&lines("warning", &warnings)));
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

    fn count(n: usize, what: &str) -> String {
        if n == 1 { format!("1 {what}") } else { format!("{n} {what}s") }
    }

    fn lines(label: &str, items: &[impl std::fmt::Display]) -> String {
        items.iter().map(|item| format!("{label}: {item}.\n")).collect()
    }

    fn indent(text: &str) -> String {
        text.lines().map(|line| format!("  {line}\n")).collect()
    }
}
