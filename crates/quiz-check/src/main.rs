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
//! cargo run --bin quiz-check -- --export gift quizzes/my-quiz [my-quiz.gift]  # for a question bank
//!     (or qti3, canvas: a zip, to a file) [--assignment CODE]  # its questions alone
//! cargo run --bin quiz-check -- --scorm 2004 quizzes/my-quiz dist my-quiz.zip --assignment CODE
//!     [--pass-mark PERCENT]   # a SCORM package of an assignment, with a built site's widget
//! ```
//!
//! Prints a summary and the item-writing warnings (`quiz::lint`) for each sound quiz, and
//! every problem of each unsound one; exits 1 if any quiz has a problem (with `--strict`,
//! or a warning), 2 on a usage error. `--export` writes the quiz for a learning platform's
//! question bank (`quiz::export`), to standard output or a file, and names on standard error
//! the questions the format cannot hold. `--score` reads answers as a JSON
//! object from question id to answer (`{"amini-age": {"Numeric": 22}}`) and prints the
//! points the core gives them, in hundredths; the browser tests compare the widget's
//! score with it.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use article_quiz_core::export::{self, Format, scorm};
use article_quiz_core::link::{self, Assignment};
use article_quiz_core::{
    Mode, Points, Quiz, Response, Session, bundle, files, leaks, result, scoring, source, validate,
};
use clap::{ArgAction, ArgGroup, Args, CommandFactory, Parser, error::ErrorKind};

/// What to do: check folders (the default), or one of the actions on one quiz.
#[derive(Parser)]
#[command(
    name = "quiz-check",
    version,
    about = "Validates Article Quiz folders and writes their bundles, links and files.",
    after_help = "With no folder, checks every folder under quizzes/. Exits 1 when a quiz has a \
                  problem (with --strict, or a warning), 2 on a usage error.",
    group(ArgGroup::new("action").args(["json", "report", "score", "read_result", "link", "files", "export", "scorm"]))
)]
struct Cli {
    /// The quiz folders to check; every folder under quizzes/ when none is named.
    #[arg(value_name = "QUIZ_FOLDER", conflicts_with_all = ["action", "LinkOptions"])]
    folders: Vec<PathBuf>,
    /// Refuses a quiz with item-writing warnings as well as one with problems.
    #[arg(long, conflicts_with_all = ["action", "LinkOptions"])]
    strict: bool,
    /// Writes the quiz's bundle to this file (exactly one folder).
    #[arg(long, value_name = "OUTPUT_FILE", conflicts_with_all = ["action", "LinkOptions"])]
    bundle: Option<PathBuf>,
    /// Prints the quiz as JSON, for tools.
    #[arg(long, value_name = "QUIZ_FOLDER")]
    json: Option<PathBuf>,
    /// Prints where each question's answer shows in the other questions (the leak map).
    #[arg(long, value_name = "QUIZ_FOLDER")]
    report: Option<PathBuf>,
    /// Prints the points the core gives answers read from a JSON object (question id → answer).
    #[arg(long, num_args = 2, action = ArgAction::Set, value_names = ["QUIZ_FOLDER", "ANSWERS_JSON"])]
    score: Option<Vec<PathBuf>>,
    /// Prints what a student's result code holds, as JSON.
    #[arg(long, num_args = 2, action = ArgAction::Set, value_names = ["QUIZ_FOLDER", "RESULT_CODE"])]
    read_result: Option<Vec<String>>,
    /// Prints an assignment link's code (the part after `#a=`).
    #[arg(long, value_name = "QUIZ_FOLDER")]
    link: Option<PathBuf>,
    #[command(flatten)]
    link_options: LinkOptions,
    /// Writes the quiz folder a bundle was made from into a new folder of the quiz's name.
    #[arg(long, num_args = 2, action = ArgAction::Set, value_names = ["BUNDLE_FILE", "NEW_QUIZ_FOLDER"])]
    files: Option<Vec<PathBuf>>,
    /// Writes the quiz for a learning platform's question bank, in FORMAT (gift, qti3, canvas), to
    /// OUTPUT_FILE or else to standard output; the questions left out are named on standard error.
    #[arg(long, num_args = 2..=3, action = ArgAction::Set, value_names = ["FORMAT", "QUIZ_FOLDER", "OUTPUT_FILE"])]
    export: Option<Vec<String>>,
    /// Writes a SCORM package (VERSION 1.2 or 2004) of an assignment (--assignment) of the
    /// quiz, with the widget's files from a built site's folder (scripts/build's dist/), whose
    /// built-in quiz it must be.
    #[arg(long, num_args = 4, action = ArgAction::Set, value_names = ["VERSION", "QUIZ_FOLDER", "SITE_FOLDER", "OUTPUT_ZIP"])]
    scorm: Option<Vec<String>>,
    /// The assignment's code (the part of its link after `#a=`; see --link): --scorm's
    /// assignment, or with --export, the questions it asks alone, in its order.
    #[arg(long, value_name = "CODE")]
    assignment: Option<String>,
    /// A pass mark, in percent: the learning platform records passed or failed.
    #[arg(long, requires = "scorm", value_name = "PERCENT")]
    pass_mark: Option<u32>,
}

/// The assignment `--link` makes: practice mode, every question, options shuffled, retries
/// allowed, unless these say otherwise.
#[derive(Args)]
struct LinkOptions {
    /// Test mode: no feedback until the end.
    #[arg(long, requires = "link")]
    test: bool,
    /// Only these questions, in this order.
    #[arg(long, requires = "link", value_delimiter = ',', value_name = "ID,ID,...")]
    questions: Option<Vec<String>>,
    /// Shuffles the questions with this seed.
    #[arg(long, requires = "link", value_name = "SEED")]
    shuffle: Option<u32>,
    /// No second try at a missed question.
    #[arg(long, requires = "link")]
    no_retries: bool,
    /// The assignment's title, shown to students.
    #[arg(long, requires = "link", value_name = "TEXT", allow_hyphen_values = true)]
    title: Option<String>,
    /// Instructions shown to students before the first question.
    #[arg(long, requires = "link", value_name = "TEXT", allow_hyphen_values = true)]
    instructions: Option<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let pair = |values: &[PathBuf]| (values[0].clone(), values[1].clone());
    if let Some(folder) = &cli.json {
        with_quiz(folder, |quiz| {
            println!("{}", serde_json::to_string_pretty(quiz).unwrap_or_default());
            ExitCode::SUCCESS
        })
    } else if let Some(folder) = &cli.report {
        with_quiz(folder, |quiz| {
            print!("{}", leaks::report(quiz));
            ExitCode::SUCCESS
        })
    } else if let Some(values) = &cli.score {
        let (folder, answers) = pair(values);
        with_quiz(&folder, |quiz| score(quiz, &answers))
    } else if let Some(values) = &cli.read_result {
        with_quiz(Path::new(&values[0]), |quiz| read_result(quiz, &values[1]))
    } else if let Some(folder) = &cli.link {
        with_quiz(folder, |quiz| make_link(quiz, &cli.link_options))
    } else if let Some(values) = &cli.export {
        let Some(format) = Format::from_key(&values[0]) else {
            let known: Vec<_> = Format::ALL.iter().map(|f| f.key()).collect();
            let why = format!("--export: no format “{}” (there is: {})", values[0], known.join(", "));
            Cli::command().error(ErrorKind::InvalidValue, why).exit();
        };
        let (assignment, output) = (cli.assignment.as_deref(), values.get(2).map(Path::new));
        with_quiz(Path::new(&values[1]), |quiz| export_quiz(quiz, format, assignment, output))
    } else if let Some(values) = &cli.scorm {
        let Some(version) = scorm::Version::from_key(&values[0]) else {
            let why = format!("--scorm: no SCORM version “{}” (there is: 1.2, 2004)", values[0]);
            Cli::command().error(ErrorKind::InvalidValue, why).exit();
        };
        let Some(code) = &cli.assignment else {
            Cli::command().error(ErrorKind::MissingRequiredArgument, "--scorm needs --assignment CODE").exit();
        };
        let (site, output) = (Path::new(&values[2]), Path::new(&values[3]));
        with_quiz(Path::new(&values[1]), |quiz| scorm_package(quiz, version, code, cli.pass_mark, site, output))
    } else if cli.assignment.is_some() {
        Cli::command().error(ErrorKind::ArgumentConflict, "--assignment goes with --export or --scorm").exit();
    } else if let Some(values) = &cli.files {
        let (bundle_file, folder) = pair(values);
        bundle_to_files(&bundle_file, &folder)
    } else {
        check(cli.folders, cli.bundle, cli.strict)
    }
}

/// Writes `quiz` (or the questions the assignment `assignment` asks) in `format` to
/// `output`, or to standard output, and names the questions left out on standard error.
fn export_quiz(quiz: &Quiz, format: Format, assignment: Option<&str>, output: Option<&Path>) -> ExitCode {
    let questions = match assignment {
        Some(code) => match export::assignment_questions(quiz, code) {
            Ok(questions) => questions,
            Err(e) => {
                eprintln!("quiz-check: {e}");
                return ExitCode::FAILURE;
            }
        },
        None => quiz.questions.iter().collect(),
    };
    let written = match export::export_questions(quiz, &questions, format) {
        Ok(written) => written,
        Err(e) => {
            eprintln!("quiz-check: cannot export as {}: {e}", format.key());
            return ExitCode::FAILURE;
        }
    };
    match output {
        Some(file) => {
            if let Err(e) = std::fs::write(file, &written.bytes) {
                eprintln!("quiz-check: cannot write {}: {e}", file.display());
                return ExitCode::FAILURE;
            }
        }
        None => {
            let mut out = std::io::stdout().lock();
            if let Err(e) = out.write_all(&written.bytes).and_then(|()| out.flush()) {
                eprintln!("quiz-check: cannot write to standard output: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let name = format.key().to_uppercase();
    let exported = questions.len() - written.left_out.len();
    let to = output.map_or_else(|| "standard output".to_owned(), |file| file.display().to_string());
    eprintln!("quiz-check: {exported} of {} questions exported as {name} to {to}", questions.len());
    if !written.left_out.is_empty() {
        eprintln!("quiz-check: left out ({name} cannot hold them):");
        eprint!("{}", indent(&written.left_out.iter().map(|item| format!("{item}\n")).collect::<String>()));
    }
    ExitCode::SUCCESS
}

/// Writes a SCORM package of the assignment `code` of `quiz`, with the widget's files from
/// the built site in `site`.
fn scorm_package(
    quiz: &Quiz,
    version: scorm::Version,
    code: &str,
    pass: Option<u32>,
    site: &Path,
    output: &Path,
) -> ExitCode {
    let fail = |why: String| {
        eprintln!("quiz-check: {why}");
        ExitCode::FAILURE
    };
    let widget = match scorm::widget_files(&mut |name| std::fs::read(site.join(name)).ok()) {
        Ok(files) => files,
        Err(why) => return fail(format!("{}: {why}", site.display())),
    };
    let zip = match scorm::package(quiz, code, version, pass, &widget) {
        Ok(zip) => zip,
        Err(why) => return fail(why.to_string()),
    };
    if let Err(e) = std::fs::write(output, &zip) {
        return fail(format!("cannot write {}: {e}", output.display()));
    }
    println!("wrote {} ({}, {} bytes)", output.display(), version.label(), zip.len());
    ExitCode::SUCCESS
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
    let written = match files::write(&quiz) {
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

fn with_quiz(folder: &Path, then: impl FnOnce(&Quiz) -> ExitCode) -> ExitCode {
    match source::check_dir(folder) {
        Ok(quiz) => then(&quiz),
        Err(failure) => {
            eprint!("{}: REJECTED\n{}", folder.display(), indent(&failure.to_string()));
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
fn make_link(quiz: &Quiz, options: &LinkOptions) -> ExitCode {
    let assignment = Assignment {
        mode: if options.test { Mode::Test } else { Mode::Practice },
        questions: options.questions.as_ref().map(|ids| ids.iter().map(|id| id.trim().to_owned()).collect()),
        shuffle_questions: options.shuffle.is_some(),
        shuffle_options: true,
        seed: options.shuffle.unwrap_or(1),
        retries: !options.no_retries,
        title: options.title.clone().unwrap_or_default(),
        instructions: options.instructions.clone().unwrap_or_default(),
    };
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

fn check(mut folders: Vec<PathBuf>, bundle_to: Option<PathBuf>, strict: bool) -> ExitCode {
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
        Cli::command().error(ErrorKind::ArgumentConflict, "--bundle needs exactly one quiz folder").exit();
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
