//! The result card a reader may share: a mark per question in order, and nothing that
//! gives a question away.

use article_quiz_core::session::Settings;
use article_quiz_core::{Action, Kind, Mode, Session, Verdict, share};

use crate::common;
use common::{act, article_quiz, right, wrong};

#[test]
fn the_card_has_the_score_and_a_mark_per_question_and_no_question_or_answer() {
    let quiz = article_quiz();
    let mut session = Session::new(&quiz, 1, Settings::new(Mode::Practice, 9), 0).unwrap();
    let asked = session.asked().to_vec();
    for (n, &index) in asked.iter().enumerate() {
        let question = &quiz.questions[index];
        let answer = if n % 3 == 0 { wrong(question) } else { right(question) };
        act(&quiz, &mut session, Action::Answer(answer));
        act(&quiz, &mut session, Action::Check);
        if n + 1 < asked.len() {
            act(&quiz, &mut session, Action::Next);
        }
    }
    act(&quiz, &mut session, Action::Finish { now_ms: 60_000 });
    let results = session.results(&quiz);
    let link = "https://www.example.com/opinion/iran.html";
    let card =
        share::card("Quiz: “Trump Shouldn’t Forget the Iranian People”", "20 of 31 points (65%)", &results, link);

    let marks = share::marks(&results);
    assert_eq!(marks.chars().count(), asked.len());
    let expected: String =
        asked.iter().enumerate().map(|(n, _)| if n % 3 == 0 { share::WRONG } else { share::RIGHT }).collect();
    assert_eq!(marks, expected, "in the order asked");
    assert_eq!(results.count(Verdict::Correct), expected.chars().filter(|&c| c == share::RIGHT).count());
    assert_eq!(
        card.lines().collect::<Vec<_>>(),
        ["Quiz: “Trump Shouldn’t Forget the Iranian People”", "20 of 31 points (65%)", marks.as_str(), link]
    );

    // Nothing of any question: prompt, options, items, explanation, excerpts, feedback.
    for question in &quiz.questions {
        let mut secrets = vec![question.prompt.clone(), question.explanation.clone()];
        secrets.extend(question.excerpts.iter().cloned());
        match &question.kind {
            Kind::Single { options, .. } | Kind::Multiple { options, .. } => {
                secrets.extend(options.iter().flat_map(|o| [Some(o.text.clone()), o.feedback.clone()]).flatten());
            }
            Kind::Order { items } => secrets.extend(items.iter().cloned()),
            Kind::Evidence { passage, .. } => secrets.extend(passage.iter().cloned()),
            Kind::Numeric { answer, .. } => secrets.push(answer.to_string()),
            Kind::TrueFalse { .. } => {}
        }
        // Short options (a year, a name) could be in the score or the title by chance.
        for secret in secrets.iter().filter(|s| s.chars().count() >= 12) {
            assert!(!card.contains(secret.as_str()), "{}: the card gives away {secret:?}", question.id);
        }
    }
}

#[test]
fn a_partly_right_question_has_its_own_mark_and_the_link_never_carries_an_assignment() {
    let quiz = article_quiz();
    let multiple = quiz.questions.iter().position(|q| matches!(q.kind, Kind::Multiple { .. })).unwrap();
    let settings = Settings::new(Mode::Practice, 3);
    let mut session = Session::new(&quiz, 1, settings, 0).unwrap();
    let position = session.asked().iter().position(|&i| i == multiple).unwrap();
    act(&quiz, &mut session, Action::GoTo(position));
    let Kind::Multiple { correct, .. } = &quiz.questions[multiple].kind else { unreachable!() };
    act(&quiz, &mut session, Action::Answer(article_quiz_core::Response::multiple([correct[0]])));
    act(&quiz, &mut session, Action::Check);
    act(&quiz, &mut session, Action::Finish { now_ms: 1 });
    let marks = share::marks(&session.results(&quiz));
    assert_eq!(marks.chars().filter(|&c| c == share::PARTLY).count(), 1);
    assert_eq!(
        marks.chars().filter(|&c| c == share::WRONG).count(),
        session.asked().len() - 1,
        "unanswered counts wrong"
    );

    assert_eq!(
        share::link("https://news.example/a.html", "https://quiz.example/?x#a=CODE"),
        "https://news.example/a.html"
    );
    assert_eq!(share::link(" ", "https://quiz.example/quiz/?lang=es#a=CODE"), "https://quiz.example/quiz/");
    assert_eq!(share::link("", "https://quiz.example/#a=CODE"), "https://quiz.example/");
}
