//! The conversation with an embedding page: what the widget tells the host and when, in
//! the documented shape; what it accepts from the host; which style values pass.

use article_quiz_core::host::{self, Command, Event, Fields, Origin};
use article_quiz_core::session::Settings;
use article_quiz_core::{Action, Mode, Quiz, Session, bundle};
use proptest::prelude::*;
use serde_json::json;

use crate::common;
use common::{act, right};

fn quiz() -> Quiz {
    bundle::decode(&common::shipped_bundle()).unwrap().quiz
}

/// Applies `action` and returns what the host would be told.
fn told(quiz: &Quiz, session: &mut Session, action: Action) -> Vec<Event> {
    let before = session.clone();
    act(quiz, session, action);
    host::events(quiz, &before, session)
}

#[test]
fn practice_mode_tells_started_answered_and_completed_as_they_happen() {
    let quiz = quiz();
    let mut session = Session::new(&quiz, 1, Settings::new(Mode::Practice, 1), 0).unwrap();
    let first = session.current();
    assert_eq!(
        told(&quiz, &mut session, Action::Answer(right(&quiz.questions[first]))),
        [Event::Started { mode: Mode::Practice }]
    );
    assert_eq!(
        told(&quiz, &mut session, Action::Answer(right(&quiz.questions[first]))),
        [],
        "changing an answer says nothing"
    );
    let max = article_quiz_core::Points::whole(quiz.questions[first].points);
    assert_eq!(
        told(&quiz, &mut session, Action::Check),
        [Event::Answered {
            question: first,
            verdict: article_quiz_core::Verdict::Correct,
            earned: max,
            max,
            response: right(&quiz.questions[first])
        }]
    );
    assert_eq!(told(&quiz, &mut session, Action::Next), []);
    let events = told(&quiz, &mut session, Action::Finish { now_ms: 95_000 });
    let total = session.results(&quiz);
    assert_eq!(
        events,
        [Event::Completed { earned: total.earned, max: total.max, percent: total.percent(), seconds: 95 }]
    );
}

#[test]
fn a_test_tells_its_answers_at_the_end() {
    let quiz = quiz();
    let mut session = Session::new(&quiz, 1, Settings::new(Mode::Test, 1), 0).unwrap();
    let first = session.current();
    assert_eq!(
        told(&quiz, &mut session, Action::Answer(right(&quiz.questions[first]))),
        [Event::Started { mode: Mode::Test }]
    );
    assert_eq!(told(&quiz, &mut session, Action::Next), []);
    let events = told(&quiz, &mut session, Action::Finish { now_ms: 1_000 });
    let answered: Vec<usize> = events
        .iter()
        .filter_map(|e| if let Event::Answered { question, .. } = e { Some(*question) } else { None })
        .collect();
    assert_eq!(answered, [first], "the answered questions, not the skipped ones");
    assert!(matches!(events.last(), Some(Event::Completed { .. })));
}

#[test]
fn messages_have_the_documented_shape() {
    let quiz = quiz();
    let origin = Origin { quiz: &quiz, instance: "quiz-1", activity: "https://quiz.example/" };
    let first = &quiz.questions[0];
    let event = Event::Answered {
        question: 0,
        verdict: article_quiz_core::Verdict::Partial,
        earned: article_quiz_core::Points(50),
        max: article_quiz_core::Points(100),
        response: article_quiz_core::Response::Multiple(vec![0, 2]),
    };
    let message = serde_json::to_value(host::message(&event, &origin)).unwrap();
    assert_eq!(
        message,
        json!({
            "source": "article-quiz", "version": 1.0, "type": "answered", "quiz": "iranian-people", "instance": "quiz-1",
            "detail": {
                "question": first.id, "correct": false, "verdict": "partial", "points": 0.5, "max": 1.0,
                "response": { "Multiple": [0.0, 2.0] },
                "xapi": {
                    "verb": { "id": "http://adlnet.gov/expapi/verbs/answered", "display": { "en-US": "answered" } },
                    "object": {
                        "objectType": "Activity",
                        "id": format!("https://quiz.example/#iranian-people/{}", first.id),
                        "definition": {
                            "name": { "en-US": first.prompt },
                            "type": "http://adlnet.gov/expapi/activities/cmi.interaction"
                        }
                    },
                    "result": { "success": false, "score": { "raw": 0.5, "min": 0.0, "max": 1.0, "scaled": 0.5 } }
                }
            }
        })
    );
    let completed = Event::Completed {
        earned: article_quiz_core::Points(3000),
        max: article_quiz_core::Points(3500),
        percent: 86,
        seconds: 754,
    };
    let message = serde_json::to_value(host::message(&completed, &origin)).unwrap();
    assert_eq!(message["detail"]["points"], json!(30.0));
    assert_eq!(message["detail"]["xapi"]["result"]["duration"], json!("PT754S"));
    assert_eq!(message["detail"]["xapi"]["object"]["id"], json!("https://quiz.example/#iranian-people"));
    assert_eq!(message["detail"]["xapi"]["result"]["completion"], json!(true));
    let resized = serde_json::to_value(host::message(&Event::Resized { height: 812 }, &origin)).unwrap();
    assert_eq!(resized["detail"], json!({ "height": 812.0 }));
    let missing = Event::ExcerptsMissing { questions: vec![2, 0], asked: false };
    let missing = serde_json::to_value(host::message(&missing, &origin)).unwrap();
    assert_eq!(missing["type"], json!("excerpts-missing"));
    assert_eq!(missing["detail"], json!({ "questions": [quiz.questions[2].id, quiz.questions[0].id], "asked": false }));
    // A widget whose quiz could not be loaded says the same, with no quiz to name.
    let failed = serde_json::to_value(host::resized(300, "", "quiz-2")).unwrap();
    assert_eq!(
        failed,
        json!({ "source": resized["source"], "version": resized["version"], "type": "resized", "quiz": "",
                "instance": "quiz-2", "detail": { "height": 300.0 } })
    );
}

#[test]
fn only_documented_commands_are_accepted() {
    let from_host =
        |kind| Fields { source: Some("article-quiz-host"), version: Some(1.0), kind: Some(kind), ..Fields::default() };
    let ok = |kind, question| host::command(&Fields { question, ..from_host(kind) });
    assert_eq!(ok("reset", None), Some(Command::Reset));
    assert_eq!(ok("goto", Some(3.0)), Some(Command::GoTo(3)));
    assert_eq!(ok("goto", Some(0.0)), None);
    assert_eq!(ok("goto", Some(2.5)), None);
    assert_eq!(ok("goto", Some(f64::NAN)), None);
    assert_eq!(ok("goto", None), None);
    assert_eq!(ok("explode", None), None);
    assert_eq!(ok("hello", None), Some(Command::Hello { highlight: false }));
    assert_eq!(
        host::command(&Fields { highlight: Some(true), ..from_host("hello") }),
        Some(Command::Hello { highlight: true })
    );
    assert_eq!(
        host::command(&Fields { found: Some(true), ..from_host("excerpt-shown") }),
        Some(Command::ExcerptShown(true))
    );
    assert_eq!(ok("excerpt-shown", None), None, "an answer without `found` is not one");
    assert_eq!(
        host::command(&Fields { text: Some("The article."), ..from_host("article") }),
        Some(Command::Article("The article.".into()))
    );
    assert_eq!(ok("article", None), None, "an article without its text is not one");
    assert_eq!(host::command(&Fields { version: Some(2.0), ..from_host("reset") }), None);
    assert_eq!(host::command(&Fields { source: Some("article-quiz"), ..from_host("reset") }), None);
    assert_eq!(host::command(&Fields::default()), None);
    // Only "hello" may come from a parent whose origin the embed does not name.
    assert!(!Command::Hello { highlight: true }.needs_host_origin());
    assert!(Command::Reset.needs_host_origin() && Command::GoTo(1).needs_host_origin());
    assert!(Command::ExcerptShown(false).needs_host_origin());
    assert!(Command::Article(String::new()).needs_host_origin(), "it changes what is asked");
}

#[test]
fn style_values_are_plain_colours_fonts_and_lengths() {
    for (name, value) in [
        ("accent", "#b00020"),
        ("accent", "#fff"),
        ("background", "white"),
        ("font", "Georgia, \"Times New Roman\", serif"),
        ("radius", "0"),
        ("radius", "12px"),
        ("radius", "0.5rem"),
    ] {
        assert_eq!(host::style_value(name, value).as_deref(), Some(value), "{name}={value}");
    }
    for (name, value) in [
        ("accent", "red;background:url(x)"),
        ("accent", "#12345"),
        ("accent", "var(--x)"),
        ("text", ""),
        ("font", "Georgia; color: red"),
        ("font", "x{}"),
        ("radius", "10vh"),
        ("radius", "calc(1px)"),
        ("radius", "px"),
        ("unknown", "1px"),
    ] {
        assert_eq!(host::style_value(name, value), None, "{name}={value}");
    }
}

proptest! {
    #[test]
    fn no_style_value_carries_css_punctuation(name in "(accent|font|radius|text)", value in "\\PC{0,40}") {
        if let Some(kept) = host::style_value(&name, &value) {
            let forbidden = [';', '{', '}', '(', ')', ':', '\\', '/', '<'];
            prop_assert!(!kept.contains(forbidden), "{:?} kept as {:?}", value, kept);
        }
    }
}

/// One message of each type, as the core sends it, written as TypeScript that
/// `satisfies` the npm package's declared type for it (`tests/host-app/src/messages.ts`,
/// which tsc checks in tests/e2e/npm.test.mjs): a field the core sends and the types lack,
/// or the other way round, fails there; a change here fails this test until the file is
/// written again with `BLESS=1 cargo test -p article-quiz-core`.
#[test]
fn every_message_is_written_where_tsc_checks_it_against_the_npm_types() {
    // The fixture, not the article's quiz: editing the article's quiz must not change this file.
    let quiz = common::riverton();
    let origin = Origin { quiz: &quiz, instance: "quiz-1", activity: "https://quiz.example/" };
    let (points, max) = (article_quiz_core::Points(50), article_quiz_core::Points(100));
    let events = [
        Event::Ready { questions: 35, mode: Mode::Practice },
        Event::Started { mode: Mode::Test },
        Event::Answered {
            question: 0,
            verdict: article_quiz_core::Verdict::Partial,
            earned: points,
            max,
            response: article_quiz_core::Response::Single(1),
        },
        Event::Completed { earned: points, max, percent: 50, seconds: 754 },
        Event::Resized { height: 812 },
        Event::ShowExcerpt { text: "Human rights, of course, are".into() },
        Event::ExcerptsMissing { questions: vec![2, 0], asked: true },
        Event::Progress { saved: "aq-progress/1:AAEC".into() },
    ];
    // Every event the core has: a new one fails to compile here until it is named.
    let name = |event: &Event| match event {
        Event::Ready { .. } => ("ready", "ReadyMessage"),
        Event::Started { .. } => ("started", "StartedMessage"),
        Event::Answered { .. } => ("answered", "AnsweredMessage"),
        Event::Completed { .. } => ("completed", "CompletedMessage"),
        Event::Resized { .. } => ("resized", "ResizedMessage"),
        Event::ShowExcerpt { .. } => ("showExcerpt", "ShowExcerptMessage"),
        Event::ExcerptsMissing { .. } => ("excerptsMissing", "ExcerptsMissingMessage"),
        Event::Progress { .. } => ("progress", "ProgressMessage"),
    };
    let mut text = String::from(
        "// Written by crates/quiz/tests/core/host.rs (BLESS=1 cargo test -p article-quiz-core writes it\n\
         // again): one message of each type as the core sends it. tsc checks each against the\n\
         // package's declared type (tests/e2e/npm.test.mjs), so the two cannot disagree.\n",
    );
    let types: Vec<&str> = events.iter().map(|e| name(e).1).collect();
    text += &format!("import type {{ ArticleQuizEventMap, {} }} from \"article-quiz\";\n", types.join(", "));
    let mut map = String::new();
    for event in &events {
        let (var, ty) = name(event);
        let message = serde_json::to_value(host::message(event, &origin)).unwrap();
        let json = serde_json::to_string_pretty(&message).unwrap();
        text += &format!("\nexport const {var} = {json} satisfies {ty};\n");
        map += &format!("  \"article-quiz:{}\": {var},\n", message["type"].as_str().unwrap());
    }
    // Every event the package declares is one the core sends, and no other.
    text += &format!(
        "\nexport const all: {{ [K in keyof ArticleQuizEventMap]: ArticleQuizEventMap[K][\"detail\"] }} = {{\n{map}}};\n"
    );

    let file = common::at("tests/host-app/src/messages.ts");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&file, &text).unwrap();
    }
    // A checkout that turned line ends into CRLF holds the same file.
    let written = std::fs::read_to_string(&file).unwrap_or_default().replace("\r\n", "\n");
    if let Some((line, (was, now))) =
        written.lines().chain(std::iter::repeat("")).zip(text.lines()).enumerate().find(|(_, (a, b))| a != b)
    {
        panic!(
            "{} differs from what the core sends now, first at line {}:\n  file: {was}\n  core: {now}\n\
             Write it again with BLESS=1 cargo test -p article-quiz-core, then run \
             node --test tests/e2e/npm.test.mjs (after scripts/package), whose tsc says whether the npm \
             package's types still agree.",
            file.display(),
            line + 1
        );
    }
    assert_eq!(written.lines().count(), text.lines().count(), "{} has lines after the messages", file.display());
}

/// The style values of `tests/fixtures/contract/style-values.json`, which the first
/// screen's script is tested against too (tests/e2e/first-screen.test.mjs): the two
/// checks, one in Rust and one in JavaScript, accept and refuse the same values.
#[test]
fn style_values_are_checked_as_the_shared_vectors_say() {
    let text = std::fs::read_to_string(common::at("tests/fixtures/contract/style-values.json")).unwrap();
    let vectors: serde_json::Value = serde_json::from_str(&text).unwrap();
    for vector in vectors["vectors"].as_array().unwrap() {
        let (name, value) = (vector[0].as_str().unwrap(), vector[1].as_str().unwrap());
        assert_eq!(host::style_value(name, value).as_deref(), vector[2].as_str(), "{name} = {value:?}");
    }
}
