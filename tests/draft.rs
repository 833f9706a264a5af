//! The editor's draft: a quiz written edit by edit, as the editor's form makes them,
//! from the fixture article to a sound quiz equal to the fixture's; drafts kept in
//! storage come back, and damaged ones are told, never a panic.

use std::path::Path;

use article_quiz::quiz::draft::{self, Draft, DraftError, Edit, QuestionEdit};
use article_quiz::quiz::{Kind, Quiz, source, validate};
use proptest::prelude::*;

fn fixture() -> Quiz {
    source::check_dir(Path::new("tests/fixtures/riverton")).unwrap()
}

/// The edits a person makes in the editor to write `quiz` from nothing.
fn edits_for(quiz: &Quiz) -> Vec<Edit> {
    let m = &quiz.meta;
    let mut edits = vec![
        Edit::Article(format!("{}\n\n", quiz.article.paragraphs.join("\n\n"))),
        Edit::BodyParagraphs(quiz.article.body_paragraphs),
        Edit::Slug(quiz.slug.clone()),
        Edit::Title(m.title.clone()),
        Edit::ArticleTitle(m.article_title.clone()),
        Edit::Publication(m.publication.clone()),
        Edit::Authors(m.authors.join(", ")),
        Edit::CanonicalUrl(m.canonical_url.clone()),
        Edit::Language(m.language.clone()),
    ];
    for (n, q) in quiz.questions.iter().enumerate() {
        edits.push(Edit::Add(q.kind.name()));
        let mut e = |e: QuestionEdit| edits.push(Edit::Question(n, e));
        e(QuestionEdit::Id(q.id.clone()));
        e(QuestionEdit::Topic(q.topic));
        e(QuestionEdit::Points(q.points));
        e(QuestionEdit::Prompt(q.prompt.clone()));
        e(QuestionEdit::Explanation(q.explanation.clone()));
        for excerpt in &q.excerpts {
            e(QuestionEdit::AddExcerpt(excerpt.clone()));
        }
        match &q.kind {
            Kind::Single { options, .. } | Kind::Multiple { options, .. } => {
                // A new single choice has two options, the first right; a new multiple
                // select three, the first two right.
                let new = if matches!(q.kind, Kind::Single { .. }) { 2 } else { 3 };
                for _ in new..options.len() {
                    e(QuestionEdit::AddOption);
                }
                for (i, o) in options.iter().enumerate() {
                    e(QuestionEdit::OptionText(i, o.text.clone()));
                    e(QuestionEdit::OptionFeedback(i, o.feedback.clone().unwrap_or_default()));
                }
                match &q.kind {
                    Kind::Single { correct, .. } => e(QuestionEdit::Correct(*correct)),
                    Kind::Multiple { correct, .. } => {
                        for i in (0..options.len()).filter(|i| (*i < 2) != correct.contains(i)) {
                            e(QuestionEdit::Correct(i));
                        }
                    }
                    _ => {}
                }
            }
            Kind::TrueFalse { correct, feedback_true, feedback_false } => {
                e(QuestionEdit::TrueFalse(*correct));
                e(QuestionEdit::FeedbackTrue(feedback_true.clone().unwrap_or_default()));
                e(QuestionEdit::FeedbackFalse(feedback_false.clone().unwrap_or_default()));
            }
            Kind::Order { items } => e(QuestionEdit::Items(items.join("\n"))),
            Kind::Numeric { answer, tolerance, unit } => {
                e(QuestionEdit::Answer(*answer));
                e(QuestionEdit::Tolerance(*tolerance));
                e(QuestionEdit::Unit(unit.clone()));
            }
            Kind::Evidence { passage, correct } => {
                e(QuestionEdit::Passage(passage.join("\n")));
                e(QuestionEdit::Sentence(*correct));
            }
        }
    }
    edits
}

#[test]
fn a_quiz_written_edit_by_edit_is_the_fixture_and_sound() {
    let quiz = fixture();
    let mut draft = Draft::default();
    for edit in edits_for(&quiz) {
        draft.apply(edit);
    }
    assert_eq!(validate::validate(&draft.quiz), vec![]);
    assert_eq!(draft.quiz, quiz);
}

#[test]
fn the_validator_names_what_a_new_question_lacks_and_an_excerpt_by_hand_is_checked() {
    let mut draft = Draft::of(fixture());
    draft.apply(Edit::Add(article_quiz::quiz::KindName::Single));
    let n = draft.quiz.questions.len() - 1;
    let problems: Vec<String> = validate::validate(&draft.quiz)
        .into_iter()
        .filter(|p| p.index == Some(n))
        .map(|p| p.issue.to_string())
        .collect();
    assert!(problems.iter().any(|p| p.contains("prompt is empty")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("no excerpt")), "{problems:?}");
    draft.apply(Edit::Question(n, QuestionEdit::AddExcerpt("The council met on Tuesday.".into())));
    let problems = validate::validate(&draft.quiz);
    assert!(
        problems.iter().any(|p| p.index == Some(n) && p.issue.to_string().contains("not word for word")),
        "{problems:?}"
    );
}

#[test]
fn removing_an_option_keeps_the_key_on_the_same_options() {
    let mut draft = Draft::default();
    draft.apply(Edit::Add(article_quiz::quiz::KindName::Multiple));
    draft.apply(Edit::Question(0, QuestionEdit::Correct(2))); // right: 0, 1, 2
    draft.apply(Edit::Question(0, QuestionEdit::RemoveOption(0)));
    assert!(
        matches!(&draft.quiz.questions[0].kind, Kind::Multiple { options, correct } if options.len() == 2 && correct == &[0, 1])
    );
    draft.apply(Edit::Add(article_quiz::quiz::KindName::Single));
    draft.apply(Edit::Question(1, QuestionEdit::Correct(1)));
    draft.apply(Edit::Question(1, QuestionEdit::RemoveOption(0)));
    assert!(matches!(&draft.quiz.questions[1].kind, Kind::Single { correct: 0, .. }));
    // Edits that name nothing change nothing.
    let before = draft.clone();
    for edit in [Edit::Remove(9), Edit::Move(0, -1), Edit::Move(1, 1), Edit::Question(7, QuestionEdit::AddOption)] {
        draft.apply(edit);
    }
    assert_eq!(draft, before);
}

#[test]
fn a_draft_comes_back_from_storage_and_a_damaged_one_is_told() {
    let draft = Draft::of(fixture());
    let stored = draft::encode(&draft);
    assert_eq!(draft::decode(&stored), Ok(draft));
    assert_eq!(draft::decode("aq-draft/xyz"), Err(DraftError::Damaged));
    assert_eq!(draft::decode(""), Err(DraftError::Damaged));
    let mut cut = stored.clone();
    cut.truncate(stored.len() / 2);
    assert_eq!(draft::decode(&cut), Err(DraftError::Damaged));
}

proptest! {
    #[test]
    fn any_stored_text_is_a_draft_or_an_error(text in "\\PC{0,200}", tail in "[A-Za-z0-9_-]{0,300}") {
        let _ = draft::decode(&text);
        let _ = draft::decode(&format!("aq-draft/{tail}"));
    }

    #[test]
    fn any_pasted_article_of_any_size_is_taken_without_panic(text in "(\\PC|\n){0,2000}", body in 0usize..50) {
        let mut draft = Draft::default();
        draft.apply(Edit::Article(text.clone()));
        draft.apply(Edit::BodyParagraphs(body));
        prop_assert!(draft.quiz.article.body_paragraphs <= draft.quiz.article.paragraphs.len());
        let _ = validate::validate(&draft.quiz);
    }
}

#[test]
fn an_article_over_a_megabyte_is_cut_at_a_character() {
    let mut draft = Draft::default();
    draft.apply(Edit::Article("é".repeat(draft::MAX_ARTICLE)));
    assert!(draft.article_text.len() <= draft::MAX_ARTICLE);
}

/// A draft kept by the editor before quizzes had retired ids (format 1, written by that
/// editor's code from the riverton fixture) still opens, as the same quiz.
#[test]
fn a_draft_from_before_retired_ids_still_opens() {
    let kept = std::fs::read_to_string("tests/fixtures/riverton-format1.draft").unwrap();
    let draft = draft::decode(&kept).expect("a format 1 draft is read");
    assert_eq!(draft, Draft::of(fixture()));
    assert!(draft.quiz.retired.is_empty());
    // Written again, it is the current format, and reads back the same.
    let again = draft::encode(&draft);
    assert_ne!(again, kept.trim());
    assert_eq!(draft::decode(&again), Ok(draft));
}
