//! What the server benchmark (scripts/bench-server) sends: an assignment code for a class
//! of the quiz, and request bodies, one a line, for oha's `-Z` (each request takes a line
//! at random):
//!
//!   bench_fixture QUIZZES SLUG OUT LINES
//!
//! writes `OUT/assignment.txt`, `OUT/events.jsonl` (LINES readers, each with a distinct id
//! and one first answer to a single-choice question, as a reader's page sends on a check)
//! and `OUT/hand-ins.jsonl` (LINES hand-ins of valid result codes of that assignment, each
//! with a distinct key).

use std::io::Write;
use std::path::PathBuf;

use serde_json::json;

use article_quiz_core::link::{self, Assignment};
use article_quiz_core::result::{self, ResultRecord};
use article_quiz_core::{Action, Kind, Mode, Session};
use article_quiz_server::Quizzes;

const START: u64 = 1_800_000_000_000;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [quizzes, slug, out, lines] = args.as_slice() else {
        return Err("usage: bench_fixture QUIZZES SLUG OUT LINES".into());
    };
    let lines: usize = lines.parse()?;
    let out = PathBuf::from(out);
    std::fs::create_dir_all(&out)?;
    let quizzes = Quizzes::load(&PathBuf::from(quizzes))?;
    let quiz = quizzes.get(slug).ok_or("no such quiz")?;

    let assignment = Assignment {
        mode: Mode::Test,
        questions: Some(quiz.questions.iter().take(5).map(|q| q.id.clone()).collect()),
        shuffle_questions: false,
        shuffle_options: true,
        seed: 7,
        retries: false,
        title: "Benchmark".into(),
        instructions: String::new(),
    };
    let code = link::encode(&assignment, quiz)?;
    std::fs::write(out.join("assignment.txt"), &code)?;

    let (question, options) = quiz
        .questions
        .iter()
        .find_map(|q| match &q.kind {
            Kind::Single { options, .. } => Some((q.id.clone(), options.len())),
            _ => None,
        })
        .ok_or("the quiz has no single-choice question")?;
    let mut events = std::io::BufWriter::new(std::fs::File::create(out.join("events.jsonl"))?);
    for n in 0..lines {
        let body = json!({
            "reader": format!("bench-reader-{n:010}"),
            "site": "news.example.com",
            "events": [{ "kind": "answer", "question": question, "response": { "Single": n % options } }],
        });
        writeln!(events, "{body}")?;
    }
    events.flush()?;

    // A few students' result codes (a finished session each), handed in under distinct keys.
    let settings = link::decode(&code, quiz)?.settings();
    let mut session = Session::new(quiz, 1, settings, START)?;
    session.apply(quiz, Action::Finish { now_ms: START + 60_000 })?;
    let codes = ["Ana", "Ben", "Chloé", "Dev", "Emma", "Farid", "Grace", "Hugo"]
        .map(|name| result::encode(&ResultRecord::of(&session, quiz, result::assignment_id(&code), name), quiz));
    let mut hand_ins = std::io::BufWriter::new(std::fs::File::create(out.join("hand-ins.jsonl"))?);
    for n in 0..lines {
        let code = codes[n % codes.len()].as_ref().map_err(|why| format!("{why:?}"))?;
        writeln!(hand_ins, "{}", json!({ "key": format!("bench-hand-in-{n:010}"), "code": code }))?;
    }
    hand_ins.flush()?;
    Ok(())
}
