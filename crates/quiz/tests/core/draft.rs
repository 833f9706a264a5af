//! The editor's draft: a quiz written edit by edit, as the editor's form makes them,
//! from the fixture article to a sound quiz equal to the fixture's; drafts kept in
//! storage come back, and damaged ones are told, never a panic.

use article_quiz_core::draft::{self, Draft, DraftError, Edit, QuestionEdit};
use article_quiz_core::{Kind, Quiz, validate};
use proptest::prelude::*;

use crate::common;
use crate::common::riverton as fixture;

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
    // A new draft has one topic to rename; the rest are added.
    for (n, topic) in quiz.topics.iter().enumerate() {
        if n > 0 {
            edits.push(Edit::AddTopic);
        }
        edits.push(Edit::TopicId(n, topic.id.clone()));
        edits.push(Edit::TopicLabel(n, topic.label.clone()));
    }
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
    draft.apply(Edit::Add(article_quiz_core::KindName::Single));
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
    draft.apply(Edit::Add(article_quiz_core::KindName::Multiple));
    draft.apply(Edit::Question(0, QuestionEdit::Correct(2))); // right: 0, 1, 2
    draft.apply(Edit::Question(0, QuestionEdit::RemoveOption(0)));
    assert!(
        matches!(&draft.quiz.questions[0].kind, Kind::Multiple { options, correct } if options.len() == 2 && correct == &[0, 1])
    );
    draft.apply(Edit::Add(article_quiz_core::KindName::Single));
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

/// A selection over a paragraph's end becomes an excerpt from each paragraph (an
/// excerpt never spans paragraphs), and they validate.
#[test]
fn a_selection_over_paragraphs_becomes_excerpts_that_validate() {
    let mut draft = Draft::of(fixture());
    // What a browser gives for a selection from paragraph 1 into paragraph 2.
    let selected = "the first in forty years.\n\nSupporters said the library";
    draft.apply(Edit::Question(0, QuestionEdit::AddExcerpt(selected.into())));
    let excerpts = &draft.quiz.questions[0].excerpts;
    assert_eq!(&excerpts[excerpts.len() - 2..], ["the first in forty years.", "Supporters said the library"]);
    assert_eq!(validate::validate(&draft.quiz), vec![]);
}

/// The passage of a find-the-evidence question chosen by selection: its sentences, over
/// a paragraph's end too; the supporting sentence picked becomes an excerpt, and picking
/// another moves it.
#[test]
fn an_evidence_passage_by_selection_brings_its_supporting_sentence() {
    assert_eq!(
        draft::sentences(
            "Supporters said the library would “open doors” for children. Critics said the cost, 12,000,000 dollars, was too high.\n\nThe mayor promised a vote on the budget in March. Work would begin in 2027 and end in 2029."
        ),
        [
            "Supporters said the library would “open doors” for children.",
            "Critics said the cost, 12,000,000 dollars, was too high.",
            "The mayor promised a vote on the budget in March.",
            "Work would begin in 2027 and end in 2029.",
        ]
    );
    assert_eq!(
        draft::sentences("“Go,” she said. “Now!” 3 left? Yes."),
        ["“Go,” she said.", "“Now!”", "3 left?", "Yes."]
    );
    assert_eq!(draft::sentences("He earned 2.5 points. then stopped"), ["He earned 2.5 points. then stopped"]);

    let mut draft = Draft::of(fixture());
    draft.apply(Edit::Add(article_quiz_core::KindName::Evidence));
    let n = draft.quiz.questions.len() - 1;
    let q = |e: QuestionEdit| Edit::Question(n, e);
    draft.apply(q(QuestionEdit::Id("objection".into())));
    draft.apply(q(QuestionEdit::Prompt(
        "Claim: someone thought the library too dear. Which sentence supports it?".into(),
    )));
    draft.apply(q(QuestionEdit::Explanation("The critics said so.".into())));
    draft.apply(q(QuestionEdit::PassageFrom(
        "Supporters said the library would “open doors” for children. Critics said the cost, 12,000,000 dollars, was too high.\nThe mayor promised a vote on the budget in March.".into(),
    )));
    // The sentence already picked (the first) came with the passage: choosing the sentence
    // shown is no change the form can hear.
    assert_eq!(draft.quiz.questions[n].excerpts, ["Supporters said the library would “open doors” for children."]);
    draft.apply(q(QuestionEdit::Sentence(2)));
    assert_eq!(draft.quiz.questions[n].excerpts, ["The mayor promised a vote on the budget in March."]);
    draft.apply(q(QuestionEdit::Sentence(1)));
    assert_eq!(draft.quiz.questions[n].excerpts, ["Critics said the cost, 12,000,000 dollars, was too high."]);
    let problems: Vec<_> = validate::validate(&draft.quiz).into_iter().filter(|p| p.index == Some(n)).collect();
    assert_eq!(problems, vec![]);
}

#[test]
fn topics_are_named_in_the_draft_and_one_in_use_stays() {
    use article_quiz_core::Topic;

    let mut draft = Draft::default();
    assert_eq!(draft.quiz.topics, [Topic::new("article", "The article")]);
    draft.apply(Edit::AddTopic);
    draft.apply(Edit::TopicLabel(1, "The school".into()));
    assert_eq!(draft.quiz.topics[1], Topic::new("topic-2", "The school"));
    draft.apply(Edit::AddTopic);
    draft.apply(Edit::Add(article_quiz_core::KindName::Single));
    draft.apply(Edit::Question(0, QuestionEdit::Topic(2)));
    // Topic 3 is in use: it stays. Topic 2 is not: it goes, and the question follows its
    // topic to its new number.
    draft.apply(Edit::RemoveTopic(2));
    assert_eq!(draft.quiz.topics.len(), 3);
    draft.apply(Edit::RemoveTopic(1));
    assert_eq!(draft.quiz.topics.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["article", "topic-3"]);
    assert_eq!(draft.quiz.questions[0].topic, 1);
    for _ in 0..10 {
        draft.apply(Edit::AddTopic);
    }
    assert_eq!(draft.quiz.topics.len(), Topic::MAX);
    // Kept in storage with the draft.
    assert_eq!(draft::decode(&draft::encode(&draft)), Ok(draft));
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
    let kept = std::fs::read_to_string(common::at("tests/fixtures/riverton-format1.draft")).unwrap();
    let draft = draft::decode(&kept).expect("a format 1 draft is read");
    assert_eq!(draft, Draft::of(fixture()));
    assert!(draft.quiz.retired.is_empty());
    // Written again, it is the current format, and reads back the same.
    let again = draft::encode(&draft);
    assert_ne!(again, kept.trim());
    assert_eq!(draft::decode(&again), Ok(draft));
}
