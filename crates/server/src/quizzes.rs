//! The quizzes the server accepts results for: the quiz folders and `.aqz` bundles of
//! one folder, each read and checked by the core's own reader and validator at start-up.
//! The server never fetches a quiz from an address a client names. Each is served as a
//! bundle too, so that a teacher's page and its students' widgets show the same quiz.

use std::collections::BTreeMap;
use std::path::Path;

use article_quiz_core::api::QuizSummary;
use article_quiz_core::model::Quiz;
use article_quiz_core::{bundle, source};

/// The quizzes served, by slug, each with its bundle.
#[derive(Debug, Default)]
pub struct Quizzes(BTreeMap<String, (Quiz, Vec<u8>)>);

impl Quizzes {
    /// Every quiz in `folder`; refuses to start, saying which and why, if one is not sound
    /// or two share a slug.
    pub fn load(folder: &Path) -> Result<Quizzes, String> {
        let entries = std::fs::read_dir(folder).map_err(|why| format!("{}: {why}", folder.display()))?;
        let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|entry| entry.path()).collect();
        paths.sort();
        let mut quizzes = Quizzes::default();
        for path in paths {
            let quiz = if path.is_dir() {
                source::check_dir(&path).map_err(|why| format!("{}: not a sound quiz:\n{why}", path.display()))?
            } else if path.extension().is_some_and(|ext| ext == "aqz") {
                let bytes = std::fs::read(&path).map_err(|why| format!("{}: {why}", path.display()))?;
                bundle::decode(&bytes)
                    .map_err(|_| format!("{}: not a sound quiz: {}", path.display(), bundle::check(&bytes).join("; ")))?
                    .quiz
            } else {
                continue;
            };
            quizzes.add(quiz).map_err(|slug| format!("{}: a second quiz named {slug}", path.display()))?;
        }
        Ok(quizzes)
    }

    /// Adds `quiz`; its slug if another has it.
    pub fn add(&mut self, quiz: Quiz) -> Result<(), String> {
        if self.0.contains_key(&quiz.slug) {
            return Err(quiz.slug);
        }
        let bundle = bundle::encode(&quiz);
        self.0.insert(quiz.slug.clone(), (quiz, bundle));
        Ok(())
    }

    pub fn get(&self, slug: &str) -> Option<&Quiz> {
        self.0.get(slug).map(|(quiz, _)| quiz)
    }

    /// The quiz's bundle, as `bundle::encode` writes it.
    pub fn bundle(&self, slug: &str) -> Option<&[u8]> {
        self.0.get(slug).map(|(_, bundle)| bundle.as_slice())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn summaries(&self) -> Vec<QuizSummary> {
        self.0
            .values()
            .map(|(quiz, _)| QuizSummary {
                slug: quiz.slug.clone(),
                title: quiz.meta.article_title.clone(),
                questions: quiz.questions.len(),
            })
            .collect()
    }
}
