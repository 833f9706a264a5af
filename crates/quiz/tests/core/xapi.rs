//! A hand-in as xAPI statements: one `answered` a question asked, in order, with the
//! answer in the quiz's words and the question's own score, then `completed` with the
//! hand-in's; each with an id, the learner's account and the time given.

use article_quiz_core::result::ResultRecord;
use article_quiz_core::xapi::{Learner, hand_in_statements};
use article_quiz_core::{Mode, Points, Response};
use serde_json::{Value, json};

use crate::common;

#[test]
fn a_hand_in_is_one_answered_statement_a_question_and_a_completed_one() {
    let quiz = common::riverton();
    let record = ResultRecord {
        name: " Ana ".into(),
        assignment: 0x1234abcd,
        mode: Mode::Test,
        seconds: 95,
        earned: Points(300),
        max: Points(500),
        answers: vec![
            ("vote".into(), Some(Response::Single(0))),
            ("views".into(), Some(Response::Multiple(vec![0]))),
            ("cost".into(), None),
        ],
    };
    let learner = Learner { home_page: "https://quiz.example.org/", account: "1234abcd/Ana", name: &record.name };
    let mut next = 0u128;
    let mut new_id = || {
        next += 1;
        u128::MAX - next
    };
    let activity = "https://quiz.example.org/#riverton";
    let statements = hand_in_statements(&quiz, &record, &learner, activity, "2027-01-15T10:00:00Z", &mut new_id);
    let statements: Vec<Value> = statements.iter().map(|s| serde_json::to_value(s).unwrap()).collect();
    // The question left unanswered has no statement of its own.
    assert_eq!(statements.len(), 3);
    let verbs: Vec<&str> = statements.iter().map(|s| s["verb"]["id"].as_str().unwrap()).collect();
    assert_eq!(
        verbs,
        [
            "http://adlnet.gov/expapi/verbs/answered",
            "http://adlnet.gov/expapi/verbs/answered",
            "http://adlnet.gov/expapi/verbs/completed",
        ]
    );
    let first = &statements[0];
    assert_eq!(first["id"], "ffffffff-ffff-4fff-bfff-fffffffffffe");
    assert_eq!(
        first["actor"],
        json!({ "objectType": "Agent", "account": { "homePage": "https://quiz.example.org/", "name": "1234abcd/Ana" }, "name": "Ana" })
    );
    assert_eq!(first["object"]["id"], "https://quiz.example.org/#riverton/vote");
    assert_eq!(first["object"]["definition"]["name"]["en-US"], "How did the council vote?");
    assert_eq!(
        first["result"],
        json!({ "success": true, "score": { "raw": 1.0, "min": 0.0, "max": 1.0, "scaled": 1.0 }, "response": "7 to 2 in favour" })
    );
    assert_eq!(first["context"]["contextActivities"]["parent"][0]["id"], activity);
    assert_eq!(first["timestamp"], "2027-01-15T10:00:00Z");
    // Half of a multiple select: partly right, its own points.
    assert_eq!(statements[1]["result"]["success"], false);
    assert_eq!(statements[1]["result"]["response"], "It would open doors for children.");
    assert_eq!(statements[1]["result"]["score"]["max"], 2.0);
    let done = &statements[2];
    assert_eq!(done["object"]["id"], activity);
    assert_eq!(
        done["result"],
        // Scored by the core, not as the code claims (3 of 5): 1 + 1 (half of 2) + 0 of 1 + 2 + 1.
        json!({ "completion": true, "score": { "raw": 2.0, "min": 0.0, "max": 4.0, "scaled": 0.5 }, "duration": "PT95S" })
    );
    // Each id distinct and a version 4 UUID.
    let ids: std::collections::BTreeSet<&str> = statements.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 3);
    assert!(ids.iter().all(|id| id.len() == 36 && id.as_bytes()[14] == b'4' && b"89ab".contains(&id.as_bytes()[19])));
}
