//! A class's results: pasted codes are read, repeats merged, bad lines reported with their
//! reason, assignments kept apart, per-question counts right, and the CSV exact.

use article_quiz_core::class::{self, LineError, Pasted};
use article_quiz_core::link::{self, Assignment};
use article_quiz_core::result::{self, ResultError, ResultRecord, assignment_id};
use article_quiz_core::{Action, Mode, Question, Quiz, Response, Session};
use proptest::prelude::*;

use crate::common;
use common::{article_quiz, right, wrong};

/// An 8-question test assignment, in a shuffled order.
fn assignment(quiz: &Quiz, title: &str) -> (String, Assignment) {
    let assignment = Assignment {
        mode: Mode::Test,
        questions: Some(quiz.questions.iter().step_by(3).take(8).map(|q| q.id.clone()).collect()),
        shuffle_questions: true,
        shuffle_options: true,
        seed: 11,
        retries: false,
        title: title.into(),
        instructions: String::new(),
    };
    (link::encode(&assignment, quiz).unwrap(), assignment)
}

/// A student who answers the n-th question asked with `answer(n, question)`.
fn student(
    quiz: &Quiz,
    (assignment_code, assignment): &(String, Assignment),
    name: &str,
    answer: impl Fn(usize, &Question) -> Option<Response>,
) -> String {
    let mut session = Session::new(quiz, 1, assignment.settings(), 0).unwrap();
    let asked = session.asked().len();
    for n in 0..asked {
        if let Some(response) = answer(n, &quiz.questions[session.current()]) {
            session.apply(quiz, Action::Answer(response)).unwrap();
        }
        if n + 1 < asked {
            session.apply(quiz, Action::Next).unwrap();
        }
    }
    session.apply(quiz, Action::Finish { now_ms: 300_000 + 1000 * name.len() as u64 }).unwrap();
    result::encode(&ResultRecord::of(&session, quiz, assignment_id(assignment_code), name), quiz).unwrap()
}

/// Three students of one class: all right, all wrong, and right on every other question.
fn class_codes(quiz: &Quiz) -> [String; 3] {
    let class = assignment(quiz, "Period 3");
    [
        student(quiz, &class, "Ana", |_, q| Some(right(q))),
        student(quiz, &class, "Ben", |_, q| Some(wrong(q))),
        student(quiz, &class, "", |n, q| Some(if n % 2 == 0 { right(q) } else { wrong(q) })),
    ]
}

#[test]
fn a_class_is_read_with_repeats_merged_and_bad_lines_named() {
    let quiz = article_quiz();
    let [ana, ben, anonymous] = class_codes(&quiz);
    let mut corrupted = ben.clone();
    corrupted.replace_range(10..11, if &ben[10..11] == "A" { "B" } else { "A" });
    let pasted_text =
        format!("{ana}\n\n  Ben: {ben}  \nhttps://news.example/quiz/#r={anonymous}\n{corrupted}\n\"{ana}\",\nhello\n");
    let pasted = class::read(&pasted_text, &quiz);

    let names: Vec<(&str, usize)> = pasted.results.iter().map(|e| (e.record.name.as_str(), e.line)).collect();
    assert_eq!(names, [("Ana", 1), ("Ben", 3), ("", 4)]);
    assert_eq!(pasted.repeats, [class::Repeat { line: 6, first: 1 }]);
    let bad: Vec<(usize, LineError)> = pasted.bad.iter().map(|b| (b.line, b.error.clone())).collect();
    assert_eq!(bad, [(5, ResultError::Mistyped.into()), (7, LineError::NoCode)]);
    assert_eq!(pasted.bad[1].error.to_string(), "there is no result code on this line");

    let groups = class::groups(&pasted);
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].entries, [0, 1, 2]);
    let scores: Vec<(String, String, u32)> =
        pasted.results.iter().map(|e| (e.earned.to_string(), e.max.to_string(), e.percent())).collect();
    let max = pasted.results[0].max.to_string();
    assert_eq!(scores[0], (max.clone(), max.clone(), 100));
    assert_eq!(scores[1], ("0".to_owned(), max, 0));
    assert!(pasted.results.iter().all(|e| !e.score_mismatch));
}

#[test]
fn per_question_counts_and_the_most_common_wrong_answer() {
    let quiz = article_quiz();
    let pasted = class::read(&class_codes(&quiz).join("\n"), &quiz);
    let groups = class::groups(&pasted);
    let tallies = class::tally(&quiz, &pasted, &groups[0]);
    assert_eq!(tallies.len(), 8);
    // The questions come in the order the class was asked them.
    let asked: Vec<&str> = pasted.results[0].record.answers.iter().map(|(id, _)| id.as_str()).collect();
    let tallied: Vec<&str> = tallies.iter().map(|t| quiz.questions[t.question].id.as_str()).collect();
    assert_eq!(tallied, asked);
    for (n, tally) in tallies.iter().enumerate() {
        let question = &quiz.questions[tally.question];
        let (right, wrong_count) = if n % 2 == 0 { (2, 1) } else { (1, 2) };
        assert_eq!(
            (tally.asked, tally.right, tally.partial, tally.wrong, tally.unanswered),
            (3, right, 0, wrong_count, 0)
        );
        assert_eq!(tally.common_wrong, Some((wrong(question), wrong_count)), "question {}", question.id);
    }
}

#[test]
fn other_assignments_and_the_whole_quiz_are_kept_apart() {
    let quiz = article_quiz();
    let [ana, ben, anonymous] = class_codes(&quiz);
    let other = assignment(&quiz, "Period 5");
    let elsewhere = student(&quiz, &other, "Cy", |_, q| Some(right(q)));
    let pasted = class::read(&format!("{elsewhere}\n{ana}\n{ben}\n{anonymous}"), &quiz);
    let groups = class::groups(&pasted);
    let shape: Vec<(u32, Vec<usize>)> = groups.iter().map(|g| (g.assignment, g.entries.clone())).collect();
    assert_eq!(
        shape,
        [(assignment_id(&assignment(&quiz, "Period 3").0), vec![1, 2, 3]), (assignment_id(&other.0), vec![0])]
    );
}

#[test]
fn an_edited_score_is_reported_and_the_answers_decide() {
    let quiz = article_quiz();
    let [_, ben, _] = class_codes(&quiz);
    let mut record = result::decode(&ben, &quiz).unwrap();
    record.earned = record.max;
    let forged = result::encode(&record, &quiz).unwrap();
    let pasted = class::read(&forged, &quiz);
    assert!(pasted.results[0].score_mismatch);
    assert_eq!(pasted.results[0].earned.to_string(), "0");
}

#[test]
fn csv_export_is_exact() {
    let quiz = article_quiz();
    let [ana, ben, anonymous] = class_codes(&quiz);
    let mut record = result::decode(&ben, &quiz).unwrap();
    record.name = "=SUM(A1:A2), \"Ben\"".into();
    let ben = result::encode(&record, &quiz).unwrap();
    let pasted = class::read(&format!("{ana}\n{ben}\n{anonymous}"), &quiz);
    let group = &class::groups(&pasted)[0];
    let csv = class::csv(&quiz, &pasted, group, ["Name", "Points", "Out of", "Percent", "Seconds"], "No name");
    let rows: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(rows.len(), 5, "header, three students, and the final line break: {csv:?}");
    assert_eq!(rows[4], "");
    let tallies = class::tally(&quiz, &pasted, group);
    let header: Vec<String> =
        tallies.iter().map(|t| format!("Q{} {}", t.question + 1, quiz.questions[t.question].id)).collect();
    assert_eq!(rows[0], format!("Name,Points,Out of,Percent,Seconds,{}", header.join(",")));
    let points: Vec<String> = tallies.iter().map(|t| quiz.questions[t.question].points.to_string()).collect();
    let max = pasted.results[0].max.to_string();
    assert_eq!(rows[1], format!("Ana,{max},{max},100,303,{}", points.join(",")));
    assert_eq!(rows[2], format!("\"'=SUM(A1:A2), \"\"Ben\"\"\",0,{max},0,303,{}", ["0"; 8].join(",")));
    assert!(rows[3].starts_with("No name (line 3),"), "{}", rows[3]);
}

#[test]
fn unanswered_questions_are_counted_as_such() {
    let quiz = article_quiz();
    let class = assignment(&quiz, "Period 3");
    let code = student(&quiz, &class, "Dee", |n, q| (n < 3).then(|| right(q)));
    let pasted = class::read(&code, &quiz);
    let tallies = class::tally(&quiz, &pasted, &class::groups(&pasted)[0]);
    let counts: Vec<(usize, usize)> = tallies.iter().map(|t| (t.right, t.unanswered)).collect();
    assert_eq!(counts, [(1, 0), (1, 0), (1, 0), (0, 1), (0, 1), (0, 1), (0, 1), (0, 1)]);
    assert!(tallies.iter().all(|t| t.common_wrong.is_none()));
}

proptest! {
    #[test]
    fn any_pasted_text_is_read_without_panicking(text in "\\PC{0,400}") {
        let quiz = article_quiz();
        let pasted: Pasted = class::read(&text, &quiz);
        let lines = text.lines().count();
        prop_assert!(pasted.bad.iter().all(|b| b.line >= 1 && b.line <= lines));
        for group in class::groups(&pasted) {
            let _ = class::tally(&quiz, &pasted, &group);
        }
    }
}
