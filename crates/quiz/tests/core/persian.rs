//! A quiz written right to left: the Persian fixture (`tests/fixtures/bidestan`, an
//! article written in Persian for the tests, with Persian digits and zero-width
//! non-joiners) is sound with every lint rule that applies to it; its numeric answer is
//! found in Persian digits; its excerpts are compared exactly, and the closest-passage
//! hint says when only invisible or variant characters differ.

use article_quiz_core::lint::lint;
use article_quiz_core::source::check_dir;
use article_quiz_core::validate::{fold_letters, latin_digits};

use crate::common;

const FIXTURE: &str = "tests/fixtures/bidestan";
const ZWNJ: char = '\u{200C}';

/// What the validator says of the fixture with `find` replaced by `replace` in quiz.toml.
fn broken(find: &str, replace: &str) -> String {
    common::break_quiz(FIXTURE, "quiz.toml", find, replace)
}

#[test]
fn the_persian_fixture_is_sound_and_draws_no_lint_warning() {
    let quiz = check_dir(&common::at(FIXTURE)).unwrap_or_else(|failure| panic!("{failure}"));
    assert_eq!(quiz.meta.language, "fa");
    assert!(article_quiz_core::model::right_to_left(&quiz.meta.language));
    assert_eq!(quiz.questions.len(), 6);
    let warnings: Vec<String> = lint(&quiz).iter().map(ToString::to_string).collect();
    assert_eq!(warnings, Vec::<String>::new());
    // The article holds what the tests are for: Persian digits and non-joiners.
    let article = quiz.article.paragraphs.join("\n");
    assert!(article.contains("۴۵ میلیارد") && article.contains(ZWNJ));
}

#[test]
fn a_numeric_answer_is_found_in_persian_digits_and_a_wrong_one_is_not() {
    let said = broken("answer = 45", "answer = 46");
    assert!(said.contains("question “cost”") && said.contains("46"), "{said}");
    assert_eq!(latin_digits("۶۰٬۰۰۰ و ٣٫٥"), "60,000 و 3.5");
}

#[test]
fn an_excerpt_without_its_non_joiner_is_refused_and_the_hint_says_why() {
    // The excerpt typed with the Arabic yeh, or without the zero-width non-joiner, looks
    // the same; it is still not the article's text, and the author is told what differs.
    let with_zwnj = format!("مخالفان می{ZWNJ}گویند هزینهٔ آن");
    for typed in ["مخالفان میگویند هزینهٔ آن".to_owned(), with_zwnj.replace('ی', "ي")] {
        let said = broken(&with_zwnj, &typed);
        // The first such excerpt is the second of question “views”.
        assert!(said.contains("question “views”"), "{said}");
        assert!(
            said.contains("excerpt 2 is not word for word in the article: it differs only in zero-width non-joiners"),
            "{said}"
        );
        assert!(said.contains(&format!("The article has “مخالفان می{ZWNJ}گویند")), "{said}");
    }
    // A real difference of words gets the plain hint.
    let said = broken(&with_zwnj, "موافقان می\u{200C}گویند هزینهٔ آن");
    assert!(said.contains("The closest passage in the article is"), "{said}");
    assert_eq!(fold_letters("كتاب\u{200C}هاي ۱۲"), "کتابهای 12");
}
