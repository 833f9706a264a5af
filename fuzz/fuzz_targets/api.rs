//! The results server's request bodies, as it decodes them (the core's api types with
//! serde_json), then what it does with them first, against the shipped quiz: a class's
//! assignment link opened, a hand-in's result code read and made into the xAPI
//! statements the server forwards to an LRS, each reader's answer that fits its question
//! scored and written as text. Any bytes: a value or a refusal, never a panic; a decoded body
//! encodes back to the same value.
#![no_main]
use std::sync::LazyLock;

use article_quiz_core::api::{NewClass, NewHandIn, ReaderEvent, ReaderEvents};
use article_quiz_core::model::Quiz;
use article_quiz_core::{bundle, link, result, scoring, xapi};
use libfuzzer_sys::fuzz_target;
use serde::Serialize;
use serde::de::DeserializeOwned;

static QUIZ: LazyLock<Quiz> = LazyLock::new(|| {
    bundle::decode(include_bytes!("../corpus/bundle/iranian-people.aqz")).expect("the shipped quiz's bundle").quiz
});

/// `bytes` as a `T`, if they are one; encoded again, the same `T`.
fn decoded<T: Serialize + DeserializeOwned + PartialEq>(bytes: &[u8]) -> Option<T> {
    let value: T = serde_json::from_slice(bytes).ok()?;
    let again: T = serde_json::from_slice(&serde_json::to_vec(&value).expect("a decoded body encodes"))
        .expect("an encoded body decodes");
    assert!(again == value, "a body encoded and decoded again is the same");
    Some(value)
}

fuzz_target!(|bytes: &[u8]| {
    let quiz = &*QUIZ;
    if let Some(new) = decoded::<NewClass>(bytes) {
        let _ = link::decode(new.assignment.trim(), quiz);
    }
    if let Some(hand_in) = decoded::<NewHandIn>(bytes)
        && let Ok(record) = result::decode(&hand_in.code, quiz)
    {
        let learner = xapi::Learner { home_page: "https://quiz.example.org/", account: "fuzzed", name: &record.name };
        let activity = "https://quiz.example.org/#iranian-people";
        let _ = xapi::hand_in_statements(quiz, &record, &learner, activity, "2027-01-15T08:00:00.000Z", &mut || 7);
    }
    if let Some(sent) = decoded::<ReaderEvents>(bytes) {
        for event in &sent.events {
            if let ReaderEvent::Answer { question, response } = event
                && let Some(q) = quiz.questions.iter().find(|q| q.id == *question)
                && response.fits(&q.kind)
            {
                let _ = scoring::score(q, Some(response));
                assert!(response.text(&q.kind).is_some(), "an answer that fits reads as text");
            }
        }
    }
});
