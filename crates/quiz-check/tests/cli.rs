//! `quiz-check` as a newsroom runs it: the checks and `--strict`, the links it makes, and
//! the folder it writes back from a bundle. Files are named from the repository's root,
//! where the README runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use article_quiz_core::link;
use article_quiz_core::{Mode, bundle, source};

/// The repository's root.
fn root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn quiz_check(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_quiz-check")).current_dir(root()).args(args).output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_shipped_quiz_passes_strict() {
    let checked = quiz_check(&["--strict", "quizzes/iranian-people"]);
    assert!(checked.status.success(), "{}", text(&checked.stderr));
    assert!(text(&checked.stdout).starts_with("quizzes/iranian-people: sound\n"));
}

#[test]
fn warnings_are_printed_and_strict_refuses_them() {
    // The riverton fixture with one true/false statement that is false and says "always".
    let dir = tempfile::tempdir().unwrap();
    let quiz_dir = dir.path().join("riverton");
    std::fs::create_dir(&quiz_dir).unwrap();
    for name in ["article.txt", "meta.toml", "quiz.toml"] {
        std::fs::copy(root().join("tests/fixtures/riverton").join(name), quiz_dir.join(name)).unwrap();
    }
    let toml = std::fs::read_to_string(quiz_dir.join("quiz.toml")).unwrap();
    let day = "\n[[questions]]\nid = \"day\"\nkind = \"true_false\"\ntopic = \"events\"\n\
               prompt = \"True or false: the council always meets on a Friday.\"\nanswer = false\n\
               explanation = \"See the excerpt.\"\nexcerpts = [\"The council met on Monday in Riverton.\"]\n";
    std::fs::write(quiz_dir.join("quiz.toml"), toml + day).unwrap();
    let folder = quiz_dir.to_str().unwrap();

    let lenient = quiz_check(&[folder]);
    assert!(lenient.status.success());
    let out = text(&lenient.stdout);
    assert!(out.contains("riverton: sound, with 1 item-writing warning"), "{out}");
    assert!(out.contains("  warning: question “day” (quiz.toml line 95): its statement is false and says “always”"));

    let strict = quiz_check(&["--strict", folder]);
    assert_eq!(strict.status.code(), Some(1));
    let err = text(&strict.stderr);
    assert!(err.contains("riverton: REJECTED (--strict: 1 warning)"), "{err}");
    assert!(err.contains("[absolute-word]."), "{err}");
}

#[test]
fn links_are_made_that_a_teacher_can_send_today() {
    let run = |args: &[&str]| quiz_check(&[&["--link", "quizzes/iranian-people"], args].concat());
    let made = run(&["--test", "--questions", "amini-age,dehdasht-protest", "--shuffle", "9", "--title", "Period 3"]);
    assert!(made.status.success(), "{}", text(&made.stderr));
    let quiz = source::check_dir(&root().join("quizzes/iranian-people")).unwrap();
    let assignment = link::decode(text(&made.stdout).trim(), &quiz).unwrap();
    assert_eq!(assignment.mode, Mode::Test);
    assert_eq!(assignment.questions, Some(vec!["amini-age".to_owned(), "dehdasht-protest".to_owned()]));
    assert!(assignment.shuffle_questions);
    assert_eq!((assignment.seed, assignment.title.as_str()), (9, "Period 3"));

    let refused = run(&["--questions", "no-such-question"]);
    assert!(!refused.status.success());
    assert_eq!(text(&refused.stderr).trim(), "quiz-check: the quiz has no question with id “no-such-question”");
}

#[test]
fn a_bundle_is_written_into_a_folder_of_its_name_only() {
    let dir = tempfile::tempdir().unwrap();
    let quiz = source::check_dir(&root().join("tests/fixtures/riverton")).unwrap();
    let aqz = dir.path().join("riverton.aqz");
    std::fs::write(&aqz, bundle::encode(&quiz)).unwrap();
    let run = |folder: &Path| quiz_check(&["--files", aqz.to_str().unwrap(), folder.to_str().unwrap()]);

    let elsewhere = run(&dir.path().join("library-vote"));
    assert!(!elsewhere.status.success());
    assert!(
        text(&elsewhere.stderr).contains(
            "the bundle's quiz is named `riverton`, and its folder must be too (…/riverton/); nothing was written"
        ),
        "{}",
        text(&elsewhere.stderr)
    );
    assert!(!dir.path().join("library-vote").exists());

    let folder = dir.path().join("riverton");
    assert!(run(&folder).status.success());
    assert_eq!(source::check_dir(&folder).unwrap(), quiz);
}

#[test]
fn usage_errors_say_what_is_wrong_and_exit_2() {
    let both = quiz_check(&["quizzes/iranian-people", "tests/fixtures/riverton", "--bundle", "x.aqz"]);
    assert_eq!(both.status.code(), Some(2));
    assert!(text(&both.stderr).contains("--bundle needs exactly one quiz folder"), "{}", text(&both.stderr));
    let stray = quiz_check(&["--test", "quizzes/iranian-people"]);
    assert_eq!(stray.status.code(), Some(2));
    assert!(text(&stray.stderr).contains("cannot be used with"), "{}", text(&stray.stderr));
    assert!(!root().join("x.aqz").exists());
}

const RIVERTON: &str = "tests/fixtures/riverton";

fn json(output: &Output) -> serde_json::Value {
    assert!(output.status.success(), "{}", text(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn a_bundle_is_written_where_asked_and_reads_back_as_the_quiz() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("riverton.aqz");
    let made = quiz_check(&[RIVERTON, "--bundle", out.to_str().unwrap()]);
    assert!(made.status.success(), "{}", text(&made.stderr));
    let bytes = std::fs::read(&out).unwrap();
    assert!(text(&made.stdout).contains(&format!("bundle written to {} ({} bytes)", out.display(), bytes.len())));
    let quiz = source::check_dir(&root().join(RIVERTON)).unwrap();
    assert_eq!(bundle::decode(&bytes).unwrap().quiz, quiz);
}

#[test]
fn json_prints_the_quiz_as_the_core_reads_it() {
    let printed = json(&quiz_check(&["--json", RIVERTON]));
    let quiz = source::check_dir(&root().join(RIVERTON)).unwrap();
    assert_eq!(printed, serde_json::to_value(&quiz).unwrap());
}

#[test]
fn report_lists_where_answers_are_written() {
    let report = quiz_check(&["--report", RIVERTON]);
    assert!(report.status.success(), "{}", text(&report.stderr));
    let quiz = source::check_dir(&root().join(RIVERTON)).unwrap();
    assert_eq!(text(&report.stdout), article_quiz_core::leaks::report(&quiz));
}

#[test]
fn score_gives_the_cores_points_for_answers_in_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("answers.json");
    // One right, one wrong, the rest unanswered.
    std::fs::write(&answers, r#"{"museum": {"TrueFalse": true}, "cost": {"Numeric": 1}}"#).unwrap();
    let scored = json(&quiz_check(&["--score", RIVERTON, answers.to_str().unwrap()]));
    assert_eq!(scored["questions"]["museum"]["verdict"], "Correct");
    assert_eq!(scored["questions"]["cost"]["earned"], 0);
    assert_eq!(scored["earned"], scored["questions"]["museum"]["max"]);
    assert_eq!(scored["shown"], format!("1 of {}", scored["max"].as_u64().unwrap() / 100));

    std::fs::write(&answers, r#"{"no-such": {"TrueFalse": true}}"#).unwrap();
    let unknown = quiz_check(&["--score", RIVERTON, answers.to_str().unwrap()]);
    assert_eq!(unknown.status.code(), Some(2));
    assert_eq!(text(&unknown.stderr).trim(), "quiz-check: the quiz has no question “no-such”");

    let twice = quiz_check(&["--score", RIVERTON, "a.json", "--score", RIVERTON, "b.json"]);
    assert_eq!(twice.status.code(), Some(2), "{}", text(&twice.stderr));
}

#[test]
fn read_result_shows_what_a_students_code_holds() {
    let quiz = source::check_dir(&root().join(RIVERTON)).unwrap();
    let record = article_quiz_core::result::ResultRecord {
        name: "-Ana; <b>".into(),
        assignment: 0,
        mode: Mode::Test,
        seconds: 95,
        earned: article_quiz_core::Points(100),
        max: article_quiz_core::Points(600),
        answers: vec![("museum".into(), Some(article_quiz_core::Response::TrueFalse(true))), ("cost".into(), None)],
    };
    let code = article_quiz_core::result::encode(&record, &quiz).unwrap();
    let read = json(&quiz_check(&["--read-result", RIVERTON, &code]));
    assert_eq!(read["name"], "-Ana; <b>");
    assert_eq!((read["mode"].as_str(), read["seconds"].as_u64()), (Some("Test"), Some(95)));
    assert_eq!(read["answers"]["museum"], serde_json::json!({"TrueFalse": true}));
    assert_eq!(read["answers"]["cost"], serde_json::Value::Null);

    let damaged = quiz_check(&["--read-result", RIVERTON, &code[..code.len() / 2]]);
    assert_eq!(damaged.status.code(), Some(1));
    assert!(text(&damaged.stderr).starts_with("quiz-check: the result code"), "{}", text(&damaged.stderr));
}

#[test]
fn a_title_or_instructions_may_begin_with_a_hyphen() {
    let made = quiz_check(&["--link", RIVERTON, "--title", "-3 °C: a cold vote", "--instructions", "--read first"]);
    assert!(made.status.success(), "{}", text(&made.stderr));
    let quiz = source::check_dir(&root().join(RIVERTON)).unwrap();
    let assignment = link::decode(text(&made.stdout).trim(), &quiz).unwrap();
    assert_eq!((assignment.title.as_str(), assignment.instructions.as_str()), ("-3 °C: a cold vote", "--read first"));
}

#[test]
fn export_writes_gift_to_a_file_or_standard_output_and_names_what_it_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("riverton.gift");
    let written = quiz_check(&["--export", "gift", RIVERTON, file.to_str().unwrap()]);
    assert!(written.status.success(), "{}", text(&written.stderr));
    assert!(written.stdout.is_empty());
    let stderr = text(&written.stderr);
    assert!(stderr.contains("4 of 6 questions exported as GIFT to "), "{stderr}");
    assert!(stderr.contains("  schedule (order): ") && stderr.contains("  evidence (evidence): "), "{stderr}");
    let gift = std::fs::read_to_string(&file).unwrap();
    assert!(gift.contains("\n::vote::[plain]How did the council vote?{\n=7 to 2 in favour\n"), "{gift}");

    let printed = quiz_check(&["--export", "GIFT", RIVERTON]);
    assert!(printed.status.success(), "{}", text(&printed.stderr));
    assert_eq!(text(&printed.stdout), gift);

    let unknown = quiz_check(&["--export", "qti", RIVERTON]);
    assert_eq!(unknown.status.code(), Some(2));
    let nowhere = quiz_check(&["--export", "gift", RIVERTON, dir.path().join("no/such/dir/x.gift").to_str().unwrap()]);
    assert_eq!(nowhere.status.code(), Some(1));
    assert!(text(&nowhere.stderr).starts_with("quiz-check: cannot write "), "{}", text(&nowhere.stderr));
    let broken = quiz_check(&["--export", "gift", "tests/fixtures/no-such-quiz"]);
    assert_eq!(broken.status.code(), Some(1));
}

#[test]
fn scorm_writes_a_package_from_a_built_site_and_refuses_what_it_cannot_package() {
    let dir = tempfile::tempdir().unwrap();
    // A built site as far as a package needs it: the loader and what it loads.
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("snippets")).unwrap();
    std::fs::write(
        site.join("article-quiz.js"),
        "const g=()=>import(\"./glue.js\");new URL(\"./w_bg.wasm\",import.meta.url);",
    )
    .unwrap();
    std::fs::write(site.join("glue.js"), "import{a}from\"./snippets/a.js\";").unwrap();
    std::fs::write(site.join("snippets/a.js"), "export const a=1;").unwrap();
    std::fs::write(site.join("w_bg.wasm"), b"\0asm").unwrap();
    let made = quiz_check(&["--link", RIVERTON, "--title", "Period 3"]);
    assert!(made.status.success(), "{}", text(&made.stderr));
    let code = text(&made.stdout).trim().to_owned();
    let zip = dir.path().join("riverton.zip");
    let (site, zip_path) = (site.to_str().unwrap(), zip.to_str().unwrap());
    let written = quiz_check(&["--scorm", "1.2", RIVERTON, site, zip_path, "--assignment", &code, "--pass-mark", "60"]);
    assert!(written.status.success(), "{}", text(&written.stderr));
    assert!(text(&written.stdout).starts_with(&format!("wrote {zip_path} (SCORM 1.2, ")), "{}", text(&written.stdout));
    let bytes = std::fs::read(&zip).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"), "a zip");

    let again = dir.path().join("again.zip");
    let written = quiz_check(&[
        "--scorm",
        "1.2",
        RIVERTON,
        site,
        again.to_str().unwrap(),
        "--assignment",
        &code,
        "--pass-mark",
        "60",
    ]);
    assert!(written.status.success());
    assert_eq!(std::fs::read(&again).unwrap(), bytes, "the same package, byte for byte");

    let unknown = quiz_check(&["--scorm", "1.3", RIVERTON, site, zip_path, "--assignment", &code]);
    assert_eq!(unknown.status.code(), Some(2));
    let no_code = quiz_check(&["--scorm", "2004", RIVERTON, site, zip_path]);
    assert_eq!(no_code.status.code(), Some(2));
    let broken = quiz_check(&["--scorm", "2004", RIVERTON, site, zip_path, "--assignment", "AAAA"]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(text(&broken.stderr).contains("the assignment link cannot be opened"), "{}", text(&broken.stderr));
    let pass = quiz_check(&["--scorm", "2004", RIVERTON, site, zip_path, "--assignment", &code, "--pass-mark", "0"]);
    assert_eq!(pass.status.code(), Some(1));
    let no_site = dir.path().join("nothing");
    let unbuilt =
        quiz_check(&["--scorm", "2004", RIVERTON, no_site.to_str().unwrap(), zip_path, "--assignment", &code]);
    assert_eq!(unbuilt.status.code(), Some(1));
    assert!(text(&unbuilt.stderr).contains("has no article-quiz.js"), "{}", text(&unbuilt.stderr));
}
