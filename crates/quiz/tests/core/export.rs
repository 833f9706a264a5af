//! The question-bank exports (`quiz::export`): GIFT's escaping, the keys and weights it
//! writes for the riverton fixture, the questions it leaves out, and input it must survive.
//! The round trip through a third-party GIFT parser is tests/exports/gift.test.mjs.

use article_quiz_core::export::{self, Format, gift};
use article_quiz_core::{Kind, KindName};

use crate::common::{article_quiz, riverton};

#[test]
fn gift_escapes_its_special_characters_and_line_breaks() {
    assert_eq!(gift::escape(r"a~b=c#d{e}f:g\h"), r"a\~b\=c\#d\{e\}f\:g\\h");
    assert_eq!(gift::escape("one\ntwo\r\nthree\rfour"), r"one\ntwo\nthree\nfour");
    assert_eq!(gift::escape("<>&\"' ]]> -> %50% “quoted”"), "<>&\"' ]]> -> %50% “quoted”");
}

#[test]
fn shares_are_written_to_moodles_precision() {
    assert_eq!(export::percent_share(1, false), "100");
    assert_eq!(export::percent_share(2, true), "-50");
    assert_eq!(export::percent_share(3, false), "33.33333");
    assert_eq!(export::percent_share(6, false), "16.66667");
    assert_eq!(export::percent_share(7, true), "-14.28571");
    assert_eq!(export::percent_share(0, false), "100");
}

#[test]
fn riverton_as_gift_has_its_keys_and_leaves_out_order_and_evidence() {
    let quiz = riverton();
    let written = export::export(&quiz, Format::Gift);
    let text = &written.text;
    // Single choice: the first option is right.
    assert!(text.contains("{\n=7 to 2 in favour\n~2 to 7 against#It passed.\n####"), "{text}");
    // Multiple select: a and b right, c wrong, each a half.
    assert!(text.contains("~%50%It would open doors for children.\n~%50%It cost too much.\n~%-50%It was too small.\n"));
    // True/false: true, no feedback.
    assert!(text.contains("museum.{\nTRUE\n####So the article says."));
    // Numeric: 12,000,000 exactly.
    assert!(text.contains("{\n#12000000:0\n####Twelve million dollars."));
    // The general feedback: explanation, the article and the excerpt.
    assert!(text.contains(
        "####It voted 7 to 2.\\nFrom “Riverton Votes for a Library” (The Riverton Courier)\\:\\n“It voted 7 to 2 to build a new library — the first in forty years.”\n}"
    ));
    assert!(text.starts_with("// “Riverton’s new library”: questions about an article"));
    assert!(text.contains("// Source: The Riverton Courier; by A. Reporter\n"));
    assert!(text.contains("// [id:views] 2 points\n::views::[plain]What did people say?"));
    let left: Vec<_> = written.left_out.iter().map(|l| (l.id.as_str(), l.kind)).collect();
    assert_eq!(left, [("schedule", KindName::Order), ("evidence", KindName::Evidence)]);
    assert!(text.contains("//   schedule (order): GIFT has no ordering question\n"));
    assert_eq!(text.matches("\n::").count(), 4);
}

#[test]
fn true_false_feedback_is_written_wrong_answer_first() {
    let mut quiz = riverton();
    let (i, _) = quiz.question("museum").unwrap();
    quiz.questions[i].kind =
        Kind::TrueFalse { correct: false, feedback_true: Some("No: it would.".into()), feedback_false: None };
    let text = export::export(&quiz, Format::Gift).text;
    // False is right; "true" is the wrong answer, so its feedback comes first.
    assert!(text.contains("museum.{\nFALSE#No\\: it would.\n####"), "{text}");
    quiz.questions[i].kind =
        Kind::TrueFalse { correct: true, feedback_true: Some("Yes.".into()), feedback_false: None };
    let text = export::export(&quiz, Format::Gift).text;
    assert!(text.contains("museum.{\nTRUE##Yes.\n####"), "{text}");
}

#[test]
fn a_first_right_option_with_an_arrow_goes_second_still_right() {
    let mut quiz = riverton();
    if let Kind::Single { options, .. } = &mut quiz.questions[0].kind {
        options[0].text = "Yes -> 7 to 2".into();
    }
    let text = export::export(&quiz, Format::Gift).text;
    assert!(text.contains("{\n~2 to 7 against#It passed.\n=Yes -> 7 to 2\n####"), "{text}");
}

#[test]
fn line_breaks_in_the_metadata_stay_inside_comments_and_odd_numbers_are_left_out() {
    let mut quiz = riverton();
    quiz.meta.article_title = "Two\nlines ::{x}".into();
    quiz.meta.title = "A\r\n$CATEGORY: evil".into();
    let (i, _) = quiz.question("cost").unwrap();
    quiz.questions[i].kind = Kind::Numeric { answer: f64::NAN, tolerance: 0.0, unit: String::new() };
    let written = export::export(&quiz, Format::Gift);
    for line in written.text.lines() {
        assert!(
            line.is_empty()
                || line.starts_with("//")
                || line.starts_with("::")
                || line.starts_with(['=', '~', '#', '}', 'T', '$']),
            "a stray line: {line}"
        );
    }
    assert_eq!(written.text.lines().filter(|line| line.starts_with("$CATEGORY")).count(), 1);
    assert!(written.left_out.iter().any(|l| l.id == "cost"));
}

#[test]
fn the_shipped_quiz_as_gift_holds_every_question_of_its_kinds() {
    let quiz = article_quiz();
    let written = export::export(&quiz, Format::Gift);
    let held = quiz.questions.iter().filter(|q| !matches!(q.kind.name(), KindName::Order | KindName::Evidence)).count();
    assert_eq!(written.text.matches("\n::").count(), held);
    assert_eq!(written.left_out.len(), quiz.questions.len() - held);
    assert!(Format::from_key("GIFT") == Some(Format::Gift) && Format::from_key("qti").is_none());
}
