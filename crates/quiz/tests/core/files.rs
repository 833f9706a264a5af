//! A quiz written back as the files of its folder reads back as the same quiz, with the
//! same bundle bytes: every shipped quiz, and any text in any field (quotes, backslashes,
//! line breaks, control characters, TOML's own syntax).

use article_quiz_core::files::{self, WriteError};
use article_quiz_core::source::{self, Texts};
use article_quiz_core::{Kind, Quiz, bundle};
use proptest::prelude::*;

use crate::common;
use crate::common::riverton as fixture;

fn read_back(quiz: &Quiz) -> Quiz {
    let written = files::write(quiz).unwrap();
    let texts = Texts { slug: &quiz.slug, meta: &written.meta, quiz: &written.quiz, article: &written.article };
    let read = source::read_texts(&texts).unwrap_or_else(|e| panic!("{e}\n{}", written.quiz));
    assert!(read.problems.is_empty(), "{:?}", read.problems);
    read.quiz
}

#[test]
fn every_shipped_quiz_reads_back_the_same_with_the_same_bundle() {
    let mut folders: Vec<_> = std::fs::read_dir(common::at("quizzes")).unwrap().map(|e| e.unwrap().path()).collect();
    folders.push(common::at("tests/fixtures/riverton"));
    for folder in folders {
        let quiz = source::check_dir(&folder).unwrap_or_else(|f| panic!("{f}"));
        let written = files::write(&quiz).unwrap();
        let texts = Texts { slug: &quiz.slug, meta: &written.meta, quiz: &written.quiz, article: &written.article };
        // Sound, with no item-writing warning the original did not have.
        let (again, warnings) = source::check_and_lint_texts(&texts).unwrap_or_else(|f| panic!("{f}"));
        assert_eq!(again, quiz, "{}", folder.display());
        assert_eq!(bundle::encode(&again), bundle::encode(&quiz), "{}: the same bundle bytes", folder.display());
        let before = source::check_and_lint_dir(&folder).unwrap().1.len();
        assert_eq!(warnings.len(), before);
        // The article keeps its characters: curly quotes and dashes are not escaped.
        assert!(written.article.contains(&quiz.article.paragraphs[0]));
    }
}

#[test]
fn a_paragraph_article_txt_cannot_hold_is_refused_not_changed() {
    let mut quiz = fixture();
    quiz.article.paragraphs[1] = "Two lines\nin one paragraph".into();
    assert_eq!(files::write(&quiz), Err(WriteError::Paragraph(2)));
    quiz.article.paragraphs[1] = " padded".into();
    assert_eq!(files::write(&quiz), Err(WriteError::Paragraph(2)));
    let mut quiz = fixture();
    let i = quiz.questions.iter().position(|q| matches!(q.kind, Kind::Numeric { .. })).unwrap();
    quiz.questions[i].kind = Kind::Numeric { answer: f64::NAN, tolerance: 0.0, unit: String::new() };
    assert!(matches!(files::write(&quiz), Err(WriteError::Number(_))));
}

#[test]
fn an_article_txt_with_lone_carriage_returns_reads_as_paragraphs_and_writes_back() {
    // Found by fuzzing: a lone `\r` (an old Mac line ending) stayed inside a paragraph,
    // so the quiz read from the files could not be written back as files.
    let quiz = fixture();
    let written = files::write(&quiz).unwrap();
    for ending in ["\r", "\r\n", "\n\r\n"] {
        let article = written.article.replace('\n', ending);
        let texts = Texts { slug: &quiz.slug, meta: &written.meta, quiz: &written.quiz, article: &article };
        let read = source::read_texts(&texts).unwrap_or_else(|e| panic!("{ending:?}: {e}"));
        assert_eq!(read.quiz.article, quiz.article, "{ending:?}");
        assert_eq!(read_back(&read.quiz), quiz, "{ending:?}");
    }
}

proptest! {
    #[test]
    fn any_text_in_any_field_reads_back(
        text in "(\\PC|[\"\\\\\n\t\r\u{0}\u{7f}\u{1b}'#=\\[\\]{}“”—])*",
        number in -1.0e12f64..1.0e12,
    ) {
        let mut quiz = fixture();
        quiz.meta.title = text.clone();
        quiz.meta.authors.push(text.clone());
        for q in &mut quiz.questions {
            q.prompt = text.clone();
            q.explanation = format!("{text}{text}");
            match &mut q.kind {
                Kind::Single { options, .. } | Kind::Multiple { options, .. } => {
                    options[0].text = text.clone();
                    options[0].feedback = Some(text.clone());
                }
                Kind::Numeric { answer, unit, .. } => {
                    *answer = number;
                    *unit = text.clone();
                }
                Kind::Order { items } => items[0] = text.clone(),
                _ => {}
            }
        }
        prop_assert_eq!(read_back(&quiz), quiz);
    }
}
