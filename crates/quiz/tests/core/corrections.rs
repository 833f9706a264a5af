//! An article corrected after its quiz was written: the questions whose excerpts the
//! host's article no longer holds are found, exactly those, and set aside before the
//! reader starts, but never in a teacher's assignment or a session already begun.

use article_quiz_core::corrections::{self, Correction};
use article_quiz_core::session::Settings;
use article_quiz_core::{Action, Mode, Points, Quiz, Session, Step};

use crate::common;
use common::{act, article_quiz, right};

/// The article as a host page's `innerText` gives it: one paragraph a line.
fn page(quiz: &Quiz) -> String {
    quiz.article.paragraphs.join("\n")
}

/// The page with body paragraph `n` edited (a correction that changes every sentence).
fn edited(quiz: &Quiz, n: usize) -> String {
    let mut paragraphs = quiz.article.paragraphs.clone();
    paragraphs[n] = paragraphs[n].replace(' ', " [corrected] ");
    paragraphs.join("\n")
}

/// The questions with an excerpt, or a sentence of an evidence passage, in body
/// paragraph `n`, by the article's own index.
fn quoting(quiz: &Quiz, n: usize) -> Vec<usize> {
    let quotes = |excerpt: &String| quiz.article.locate(excerpt).is_some_and(|at| at.paragraph == n);
    let passage = |q: &article_quiz_core::Question| match &q.kind {
        article_quiz_core::Kind::Evidence { passage, .. } => passage.clone(),
        _ => Vec::new(),
    };
    (0..quiz.questions.len())
        .filter(|&i| quiz.questions[i].excerpts.iter().chain(&passage(&quiz.questions[i])).any(quotes))
        .collect()
}

/// A find-the-evidence passage is checked sentence by sentence, over the paragraphs it
/// spans: a corrected sentence of it that no excerpt quotes still sets the question aside.
#[test]
fn a_corrected_sentence_of_an_evidence_passage_sets_its_question_aside() {
    let quiz = article_quiz_core::source::check_dir(&common::at("tests/fixtures/harbor-school")).unwrap();
    let grant = quiz.question("grant-future").unwrap().0;
    let corrected = page(&quiz).replace("Classes are free.", "Classes cost families nothing.");
    assert_eq!(corrections::changed(&quiz, &corrected), [grant]);
    // The passage over two paragraphs, set as one paragraph by the page: still all there.
    let joined = page(&quiz).replace("60,000 dollars a year.\nThe grant", "60,000 dollars a year. The grant");
    assert_eq!(corrections::changed(&quiz, &joined), Vec::<usize>::new());
}

fn fresh(quiz: &Quiz) -> Session {
    Session::new(quiz, 1, Settings::new(Mode::Practice, 9), 0).unwrap()
}

#[test]
fn the_page_as_published_changes_nothing_even_with_other_marks_and_spacing() {
    let quiz = article_quiz();
    assert_eq!(corrections::correct(&quiz, &fresh(&quiz), false, &page(&quiz)), None);
    // A page that sets the text with straight quotes, hyphens and its own line breaks.
    let plain = page(&quiz).replace(['“', '”'], "\"").replace('’', "'").replace('—', "-").replace(' ', " \n  ");
    assert_eq!(corrections::correct(&quiz, &fresh(&quiz), false, &plain), None);
}

#[test]
fn an_edited_paragraph_sets_aside_exactly_the_questions_quoting_it() {
    let quiz = article_quiz();
    let mut paragraphs_with_quotes = 0;
    for n in 0..quiz.article.body_paragraphs {
        let expected = quoting(&quiz, n);
        let correction = corrections::correct(&quiz, &fresh(&quiz), false, &edited(&quiz, n));
        if expected.is_empty() {
            assert_eq!(correction, None, "paragraph {n} is quoted by no question");
            continue;
        }
        paragraphs_with_quotes += 1;
        let Some(Correction { changed, restart_with: Some(settings) }) = correction else {
            panic!("paragraph {n}: {correction:?}")
        };
        assert_eq!(changed, expected, "paragraph {}", n + 1);
        let kept: Vec<_> = (0..quiz.questions.len()).filter(|i| !expected.contains(i)).collect();
        let ids: Vec<_> = kept.iter().map(|&i| quiz.questions[i].id.clone()).collect();
        assert_eq!(settings.questions.as_ref(), Some(&ids));

        // The fresh session asks the rest and scores out of them.
        let mut session = Session::new(&quiz, 1, settings, 0).unwrap();
        assert_eq!(session.asked(), kept);
        assert_eq!(corrections::left_out(&session, &changed, false), expected.len());
        for _ in 0..kept.len() {
            let q = &quiz.questions[session.current()];
            act(&quiz, &mut session, Action::Answer(right(q)));
            act(&quiz, &mut session, Action::Check);
            let step = if session.is_last() { Step::Finish } else { Step::Next };
            act(&quiz, &mut session, step.at(1));
        }
        let max: u32 = kept.iter().map(|&i| quiz.questions[i].points).sum();
        assert_eq!(session.results(&quiz).max, Points::whole(max));

        // Told again (the host says hello twice), nothing more changes.
        let again = corrections::correct(&quiz, &session, false, &edited(&quiz, n));
        assert_eq!(again, Some(Correction { changed: expected, restart_with: None }));
    }
    assert!(paragraphs_with_quotes >= 5, "the quiz quotes most of the article");
}

#[test]
fn a_begun_session_and_an_assignment_keep_their_questions() {
    let quiz = article_quiz();
    let n = (0..quiz.article.body_paragraphs).find(|&n| !quoting(&quiz, n).is_empty()).unwrap();
    let expected = quoting(&quiz, n);

    let mut begun = fresh(&quiz);
    let first = begun.current();
    act(&quiz, &mut begun, Action::Answer(right(&quiz.questions[first])));
    let correction = corrections::correct(&quiz, &begun, false, &edited(&quiz, n));
    assert_eq!(correction, Some(Correction { changed: expected.clone(), restart_with: None }));
    assert_eq!(corrections::left_out(&begun, &expected, false), 0, "asked, each with its note");

    let ids: Vec<_> = quiz.questions.iter().map(|q| q.id.clone()).take(5).collect();
    let assigned =
        Session::new(&quiz, 1, Settings { questions: Some(ids), ..Settings::new(Mode::Test, 3) }, 0).unwrap();
    let correction = corrections::correct(&quiz, &assigned, true, &edited(&quiz, n)).unwrap();
    assert_eq!((correction.changed, correction.restart_with), (expected.clone(), None));
    assert_eq!(corrections::left_out(&assigned, &expected, true), 0, "the teacher chose the questions");
}

#[test]
fn a_page_restored_brings_the_questions_back_and_a_page_quoting_nothing_keeps_them_all() {
    let quiz = article_quiz();
    let n = (0..quiz.article.body_paragraphs).find(|&n| !quoting(&quiz, n).is_empty()).unwrap();
    let settings = corrections::correct(&quiz, &fresh(&quiz), false, &edited(&quiz, n)).unwrap().restart_with.unwrap();
    let shortened = Session::new(&quiz, 1, settings, 0).unwrap();
    // The correction was undone before the reader began: the whole quiz again.
    let restored = corrections::correct(&quiz, &shortened, false, &page(&quiz)).unwrap();
    assert_eq!(restored.changed, Vec::<usize>::new());
    assert_eq!(restored.restart_with.unwrap().questions, None);

    // The wrong element (or a rewritten article): every question is kept, with its note.
    let correction = corrections::correct(&quiz, &fresh(&quiz), false, "Advertisement").unwrap();
    assert_eq!(correction.changed, (0..quiz.questions.len()).collect::<Vec<_>>());
    assert_eq!(correction.restart_with, None);

    // A page too long to compare is not compared.
    let huge = "x".repeat(corrections::MAX_PAGE + 1);
    assert_eq!(corrections::correct(&quiz, &fresh(&quiz), false, &huge), None);
}

proptest::proptest! {
    /// The fold the page is compared by is the validator's: marks folded, and white space
    /// as `split_whitespace` and `join(" ")` would leave it.
    #[test]
    fn folding_keeps_words_and_folds_marks_and_spacing(text in "[a-c ’“”—–\u{a0}\n\t]{0,40}") {
        let marks: String = text
            .chars()
            .map(|c| match c { '’' => '\'', '“' | '”' => '"', '—' | '–' => '-', c => c })
            .collect();
        let expected = marks.split_whitespace().collect::<Vec<_>>().join(" ");
        proptest::prop_assert_eq!(article_quiz_core::validate::fold_marks(&text), expected);
    }
}
