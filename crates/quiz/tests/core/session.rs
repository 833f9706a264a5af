//! The session state machine, as a student drives it: answer, check, move, finish,
//! retry. Runs on the small fixture quiz, which has one question of each kind, in this
//! order: vote (single), views (multiple), museum (true/false), schedule (order),
//! cost (numeric), evidence (evidence).

use article_quiz_core::session::{SessionError, Settings};
use article_quiz_core::{Action, Mode, Points, Quiz, Rejected, Response, Session, Step, Verdict, saved};
use proptest::prelude::*;

use crate::common;
use crate::common::riverton as fixture;
use common::act;

const FINGERPRINT: u64 = 7;

fn start(quiz: &Quiz, mode: Mode) -> Session {
    Session::new(quiz, FINGERPRINT, Settings::new(mode, 42), 1_000).unwrap()
}

/// The right answer to each fixture question, by index.
fn right(index: usize) -> Response {
    match index {
        0 => Response::Single(0),
        1 => Response::multiple([0, 1]),
        2 => Response::TrueFalse(true),
        3 => Response::Order(vec![0, 1, 2, 3]),
        4 => Response::Numeric(12_000_000.0),
        _ => Response::Evidence(3),
    }
}

fn wrong(index: usize) -> Response {
    match index {
        0 => Response::Single(1),
        1 => Response::multiple([2]),
        2 => Response::TrueFalse(false),
        3 => Response::Order(vec![3, 2, 1, 0]),
        4 => Response::Numeric(1.0),
        _ => Response::Evidence(0),
    }
}

#[test]
fn a_practice_round_checks_each_answer_and_locks_it() {
    let quiz = fixture();
    let mut s = start(&quiz, Mode::Practice);
    assert_eq!((s.position(), s.current(), s.round().len()), (0, 0, 6));
    assert_eq!(s.apply(&quiz, Action::Check), Err(Rejected::NothingToCheck));
    act(&quiz, &mut s, Action::Answer(wrong(0)));
    act(&quiz, &mut s, Action::Clear);
    assert_eq!(s.apply(&quiz, Action::Check), Err(Rejected::NothingToCheck));
    act(&quiz, &mut s, Action::Answer(right(0)));
    assert!(!s.feedback_visible(0), "no feedback before the check");
    act(&quiz, &mut s, Action::Check);
    assert!(s.feedback_visible(0));
    assert_eq!(s.apply(&quiz, Action::Answer(wrong(0))), Err(Rejected::AlreadyChecked));
    assert_eq!(s.apply(&quiz, Action::Check), Err(Rejected::AlreadyChecked));
    assert_eq!(s.outcome(&quiz, 0).verdict, Verdict::Correct);
    assert_eq!(s.apply(&quiz, Action::Previous), Err(Rejected::NoSuchPosition));
    act(&quiz, &mut s, Action::Next);
    assert_eq!(s.current(), 1);
    assert_eq!(s.apply(&quiz, Action::Answer(Response::Single(0))), Err(Rejected::AnswerDoesNotFit));
}

#[test]
fn a_test_shows_nothing_until_the_end() {
    let quiz = fixture();
    let mut s = start(&quiz, Mode::Test);
    for i in 0..6 {
        act(&quiz, &mut s, Action::Answer(if i % 2 == 0 { right(i) } else { wrong(i) }));
        assert_eq!(s.apply(&quiz, Action::Check), Err(Rejected::NoCheckInTest));
        assert!(!s.feedback_visible(i));
        if i < 5 {
            act(&quiz, &mut s, Action::Next);
        }
    }
    assert_eq!(s.apply(&quiz, Action::Next), Err(Rejected::NoSuchPosition));
    // Answers may still change before the end.
    act(&quiz, &mut s, Action::GoTo(1));
    act(&quiz, &mut s, Action::Answer(right(1)));
    act(&quiz, &mut s, Action::Finish { now_ms: 61_000 });
    assert!((0..6).all(|i| s.feedback_visible(i)));
    assert_eq!(s.time_taken_ms(), Some(60_000));
    let results = s.results(&quiz);
    // vote 1 + views 2 + museum 1 + cost 1 right; schedule (2) and evidence (1) wrong.
    assert_eq!((results.earned, results.max, results.percent()), (Points(500), Points(800), 63));
    assert_eq!(s.apply(&quiz, Action::Answer(right(0))), Err(Rejected::Finished));
}

#[test]
fn retry_missed_asks_exactly_the_missed_questions_and_keeps_the_rest() {
    let quiz = fixture();
    let mut s = start(&quiz, Mode::Practice);
    assert_eq!(s.apply(&quiz, Action::RetryMissed), Err(Rejected::NotFinished));
    // Right, partly right, wrong, right, unanswered, right.
    let answers = [Some(right(0)), Some(Response::multiple([0])), Some(wrong(2)), Some(right(3)), None, Some(right(5))];
    for (i, answer) in answers.iter().enumerate() {
        if let Some(answer) = answer {
            act(&quiz, &mut s, Action::Answer(answer.clone()));
            act(&quiz, &mut s, Action::Check);
        }
        if i < 5 {
            act(&quiz, &mut s, Action::Next);
        }
    }
    act(&quiz, &mut s, Action::Finish { now_ms: 2_000 });
    assert_eq!(s.results(&quiz).earned, Points(100 + 100 + 200 + 100));
    act(&quiz, &mut s, Action::RetryMissed);
    assert_eq!(s.round(), [1, 2, 4], "partly right, wrong and unanswered come back");
    assert_eq!((s.position(), s.round_number(), s.is_finished()), (0, 2, false));
    assert_eq!(s.answer(1), None, "the missed question starts blank");
    assert_eq!(s.answer(0), Some(&right(0)), "a right answer is kept");
    for i in [1, 2, 4] {
        act(&quiz, &mut s, Action::Answer(right(i)));
        act(&quiz, &mut s, Action::Check);
        if i != 4 {
            act(&quiz, &mut s, Action::Next);
        }
    }
    act(&quiz, &mut s, Action::Finish { now_ms: 3_000 });
    assert_eq!(s.results(&quiz).earned, Points(800));
    assert_eq!(s.apply(&quiz, Action::RetryMissed), Err(Rejected::NothingMissed));
    act(&quiz, &mut s, Action::RetryAll { now_ms: 4_000 });
    assert_eq!((s.round().len(), s.answered_in_round(), s.results(&quiz).earned), (6, 0, Points(0)));
}

#[test]
fn a_teacher_can_fix_questions_order_and_retries() {
    let quiz = fixture();
    let settings = Settings {
        questions: Some(vec!["cost".into(), "vote".into(), "schedule".into()]),
        retries: false,
        ..Settings::new(Mode::Test, 1)
    };
    let mut s = Session::new(&quiz, FINGERPRINT, settings.clone(), 0).unwrap();
    assert_eq!(s.round(), [4, 0, 3]);
    act(&quiz, &mut s, Action::Finish { now_ms: 1 });
    assert_eq!(s.results(&quiz).max, Points(400));
    assert_eq!(s.apply(&quiz, Action::RetryAll { now_ms: 2 }), Err(Rejected::RetriesNotAllowed));

    let shuffled =
        Session::new(&quiz, FINGERPRINT, Settings { shuffle_questions: true, ..settings.clone() }, 0).unwrap();
    let mut sorted = shuffled.round().to_vec();
    sorted.sort_unstable();
    assert_eq!(sorted, [0, 3, 4]);

    let unknown = Settings { questions: Some(vec!["nope".into()]), ..settings.clone() };
    assert_eq!(Session::new(&quiz, 1, unknown, 0), Err(SessionError::UnknownQuestion("nope".into())));
    let twice = Settings { questions: Some(vec!["vote".into(), "vote".into()]), ..settings.clone() };
    assert_eq!(Session::new(&quiz, 1, twice, 0), Err(SessionError::RepeatedQuestion("vote".into())));
    let none = Settings { questions: Some(vec![]), ..settings };
    assert_eq!(Session::new(&quiz, 1, none, 0), Err(SessionError::NoQuestions));
}

#[test]
fn options_are_shown_in_a_seeded_order_and_order_items_never_start_solved() {
    let quiz = fixture();
    let s = start(&quiz, Mode::Practice);
    let mut shown = s.option_order(&quiz, 1);
    assert_eq!(shown, s.option_order(&quiz, 1), "stable for the session");
    shown.sort_unstable();
    assert_eq!(shown, [0, 1, 2]);
    let initial = s.initial_order(&quiz, 3);
    assert_ne!(initial, [0, 1, 2, 3]);
    let fixed =
        Session::new(&quiz, 1, Settings { shuffle_options: false, ..Settings::new(Mode::Practice, 9) }, 0).unwrap();
    assert_eq!(fixed.option_order(&quiz, 1), [0, 1, 2]);
}

#[test]
fn saved_progress_round_trips_and_refuses_what_is_not_ours() {
    let quiz = fixture();
    let mut s = start(&quiz, Mode::Practice);
    act(&quiz, &mut s, Action::Answer(right(0)));
    act(&quiz, &mut s, Action::Check);
    act(&quiz, &mut s, Action::Next);
    act(&quiz, &mut s, Action::Answer(Response::multiple([2])));
    let text = saved::encode(&s);
    assert_eq!(saved::decode(&text, &quiz, FINGERPRINT), Ok(s.clone()));

    let refused = |text: &str, fingerprint: u64| saved::decode(text, &quiz, fingerprint).unwrap_err().to_string();
    assert_eq!(
        refused(&text, FINGERPRINT + 1),
        "the saved progress belongs to another quiz or an older edition of this one"
    );
    assert_eq!(refused("{\"some\":\"json\"}", FINGERPRINT), "the saved progress is not from this quiz widget");
    assert_eq!(
        refused(&text.replace("/1:", "/9:"), FINGERPRINT),
        "the saved progress was made by a newer version of the quiz"
    );
    assert_eq!(refused(&text[..text.len() - 6], FINGERPRINT), "the saved progress is damaged");
    assert_eq!(refused("aq-progress/1:!!!", FINGERPRINT), "the saved progress is damaged");
}

#[test]
fn a_saved_session_with_impossible_contents_is_refused() {
    let quiz = fixture();
    let s = start(&quiz, Mode::Practice);
    let tamper = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut value = serde_json::to_value(&s).unwrap();
        edit(&mut value);
        let tampered: Session = serde_json::from_value(value).unwrap();
        Session::restore(tampered, &quiz, FINGERPRINT).unwrap_err().to_string()
    };
    assert!(tamper(&|v| v["position"] = 99.into()).contains("points past the last question"));
    assert!(tamper(&|v| v["round"] = serde_json::json!([0, 77])).contains("not part of the quiz"));
    assert!(tamper(&|v| v["asked"] = serde_json::json!([0, 0, 1, 2, 3, 4])).contains("lists a question twice"));
    assert!(tamper(&|v| v["answers"][0] = serde_json::json!({"Single": 9})).contains("does not fit"));
    assert!(tamper(&|v| v["answers"][3] = serde_json::json!({"Order": [0, 0, 1, 2]})).contains("does not fit"));
    assert!(tamper(&|v| v["checked"][2] = true.into()).contains("checked question has no answer"));
    assert!(tamper(&|v| v["answers"] = serde_json::json!([])).contains("do not match the questions"));
    assert!(tamper(&|v| v["stamp"]["slug"] = "other".into()).contains("another quiz"));
}

/// A pinned save: progress saved by this release must open in every later one.
#[test]
fn golden_saved_progress() {
    let quiz = fixture();
    let mut s = Session::new(&quiz, 0xABCD, Settings::new(Mode::Practice, 42), 1_764_000_000_000).unwrap();
    act(&quiz, &mut s, Action::Answer(Response::Single(0)));
    act(&quiz, &mut s, Action::Check);
    act(&quiz, &mut s, Action::Next);
    act(&quiz, &mut s, Action::Answer(Response::multiple([0, 2])));
    act(&quiz, &mut s, Action::GoTo(3));
    act(&quiz, &mut s, Action::Answer(Response::Order(vec![1, 0, 2, 3])));
    let golden = GOLDEN_SAVE;
    assert_eq!(saved::encode(&s), golden);
    assert_eq!(saved::decode(golden, &quiz, 0xABCD), Ok(s));
}

const GOLDEN_SAVE: &str =
    "aq-progress/1:CHJpdmVydG9uzdcCACoAAQABBgABAgMEBQYAAQIDBAUBAwYBAAABAQIAAgABAwQBAAIDAAAGAQAAAAAAAIDQ37SrMwA";

fn any_action() -> impl Strategy<Value = Action> {
    let response = prop_oneof![
        (0usize..4).prop_map(Response::Single),
        proptest::collection::vec(0usize..4, 0..4).prop_map(Response::multiple),
        any::<bool>().prop_map(Response::TrueFalse),
        Just(Response::Order(vec![2, 0, 1, 3])),
        proptest::collection::vec(0usize..5, 0..5).prop_map(Response::Order),
        (-5.0f64..2e7).prop_map(Response::Numeric),
        (0usize..5).prop_map(Response::Evidence),
    ];
    prop_oneof![
        4 => response.prop_map(Action::Answer),
        2 => Just(Action::Check),
        1 => Just(Action::Clear),
        2 => Just(Action::Next),
        1 => Just(Action::Previous),
        1 => (0usize..8).prop_map(Action::GoTo),
        1 => (0u64..10_000).prop_map(|now_ms| Action::Finish { now_ms }),
        1 => (0u64..10_000).prop_map(|now_ms| Action::RetryAll { now_ms }),
        1 => Just(Action::RetryMissed),
    ]
}

proptest! {
    /// Whatever a student does, in any order, nothing panics, the session stays
    /// consistent, and it survives a save and a reload unchanged.
    #[test]
    fn any_sequence_of_actions_keeps_the_session_sound(
        test_mode: bool,
        seed: u64,
        actions in proptest::collection::vec(any_action(), 0..60),
    ) {
        let quiz = fixture();
        let mode = if test_mode { Mode::Test } else { Mode::Practice };
        let mut s = Session::new(&quiz, FINGERPRINT, Settings::new(mode, seed), 0).unwrap();
        for action in actions {
            let before = s.clone();
            if s.apply(&quiz, action).is_err() {
                prop_assert_eq!(&s, &before, "a rejected action changes nothing");
            }
            prop_assert!(s.position() < s.round().len());
            prop_assert!(s.round().iter().all(|i| s.asked().contains(i)));
            let results = s.results(&quiz);
            prop_assert!(results.earned <= results.max);
            prop_assert!(results.percent() <= 100);
            for i in 0..quiz.questions.len() {
                prop_assert!(!s.is_checked(i) || s.answer(i).is_some());
                if test_mode && !s.is_finished() {
                    prop_assert!(!s.feedback_visible(i));
                }
            }
            prop_assert_eq!(saved::decode(&saved::encode(&s), &quiz, FINGERPRINT), Ok(s.clone()));
        }
    }

    #[test]
    fn decoding_arbitrary_text_never_panics(text in ".{0,200}", bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let quiz = fixture();
        let _ = saved::decode(&text, &quiz, FINGERPRINT);
        use base64::Engine;
        let forged = format!("aq-progress/1:{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&bytes));
        let _ = saved::decode(&forged, &quiz, FINGERPRINT);
    }
}

#[test]
fn a_question_screen_gets_all_it_shows_from_the_session() {
    let quiz = fixture();
    let mut s = start(&quiz, Mode::Practice);
    let view = s.question_view(&quiz);
    assert_eq!((view.index, view.position, view.round_len, view.unanswered), (0, 0, 6, 6));
    assert_eq!((view.response.clone(), view.checked, view.feedback), (None, false, None));
    assert_eq!(view.option_order, s.option_order(&quiz, 0));
    assert!(!view.is_last());
    // Answered and checked: the answer, locked, and its score.
    act(&quiz, &mut s, Step::Answer(Some(right(0))).at(2_000));
    act(&quiz, &mut s, Step::Check.at(3_000));
    let view = s.question_view(&quiz);
    assert_eq!((view.response, view.checked, view.unanswered), (Some(right(0)), true, 5));
    assert_eq!(view.feedback.map(|o| o.verdict), Some(Verdict::Correct));
    // An ordering question left as it started is answered with that arrangement; a
    // choice question left alone is not answered at all.
    act(&quiz, &mut s, Step::Next.at(4_000));
    let order = quiz.questions.iter().position(|q| matches!(q.kind, article_quiz_core::Kind::Order { .. })).unwrap();
    act(&quiz, &mut s, Action::GoTo(order));
    let view = s.question_view(&quiz);
    assert_eq!(view.answer_to_check(&quiz.questions[order].kind), Some(Response::Order(view.initial_order.clone())));
    assert_eq!(view.answer_to_check(&quiz.questions[0].kind), None);
    // The screen's steps are the core's actions, with the clock added by the app.
    assert_eq!(Step::Answer(None).at(9), Action::Clear);
    assert_eq!(Step::Finish.at(9), Action::Finish { now_ms: 9 });
    assert_eq!(Step::Previous.at(9), Action::Previous);
}

#[test]
fn the_end_screen_gets_all_it_shows_from_the_session() {
    let quiz = fixture();
    let mut s = start(&quiz, Mode::Practice);
    act(&quiz, &mut s, Step::Answer(Some(right(0))).at(2_000));
    act(&quiz, &mut s, Step::Finish.at(61_000));
    let view = s.results_view(&quiz);
    assert_eq!(view.scores, s.results(&quiz));
    assert_eq!(view.responses.len(), 6);
    assert_eq!((view.responses[0].clone(), view.responses[1].clone()), (Some(right(0)), None));
    assert!(view.retries);
    // Retrying is a step too; only a full retry needs the clock.
    assert_eq!(Step::RetryAll.at(70_000), Action::RetryAll { now_ms: 70_000 });
    act(&quiz, &mut s, Step::RetryMissed.at(70_000));
    assert_eq!(s.round().len(), 5, "the five questions not answered right");
}
