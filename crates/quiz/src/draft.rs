//! A quiz being written in the editor: the quiz as it stands, which may be unsound at
//! any moment, and the article's text as pasted. Every change the editor's form makes is
//! an [`Edit`], applied here; the validator and the lint say what is wrong with it as it
//! stands, and the quiz is published (files, bundle) only when the validator finds
//! nothing. Drafts are kept in the browser's storage ([`encode`], [`decode`]).
//!
//! Excerpts chosen by selecting text in the article are the article's own characters,
//! so they are verbatim by construction; one typed by hand is checked like any other.

use serde::{Deserialize, Serialize};

use crate::codec::{self, Envelope};
use crate::model::{Article, Choice, Kind, KindName, Meta, Question, Quiz, Topic};

/// The largest article the editor takes, in bytes of text.
pub const MAX_ARTICLE: usize = 1 << 20;
/// A stored draft longer than this is not read (base64 of the largest article, and room).
const MAX_STORED: usize = 4 << 20;
/// 2 added the quiz's retired ids; a draft of format 1 is still read.
const FORMAT: u8 = 2;
const FORMAT_WITHOUT_RETIRED: u8 = 1;
const PREFIX: &str = "aq-draft/";

/// The quiz being written, and the article as pasted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub quiz: Quiz,
    /// The article's text as pasted, one paragraph a line (blank lines are ignored).
    pub article_text: String,
}

/// A change the editor makes.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// The article's text; paragraphs are its non-empty lines.
    Article(String),
    /// How many leading paragraphs are the article proper (the rest may not be quoted).
    BodyParagraphs(usize),
    Slug(String),
    Title(String),
    ArticleTitle(String),
    Publication(String),
    /// Names separated by commas.
    Authors(String),
    CanonicalUrl(String),
    Language(String),
    /// A new question of this kind at the end.
    Add(KindName),
    /// Moves question `n` one place up (`-1`) or down (`1`).
    Move(usize, isize),
    Remove(usize),
    /// A change to question `n`.
    Question(usize, QuestionEdit),
}

/// A change to one question. Lines: one item (or sentence) a line.
#[derive(Debug, Clone, PartialEq)]
pub enum QuestionEdit {
    Id(String),
    Topic(Topic),
    Points(u32),
    Prompt(String),
    Explanation(String),
    /// Adds an excerpt (selected in the article, or typed); an empty one is not added.
    AddExcerpt(String),
    /// Adds an empty excerpt, to type by hand.
    NewExcerpt,
    Excerpt(usize, String),
    RemoveExcerpt(usize),
    AddOption,
    RemoveOption(usize),
    OptionText(usize, String),
    OptionFeedback(usize, String),
    /// Single: makes option `n` the answer. Multiple: adds it to the answers or takes it out.
    Correct(usize),
    TrueFalse(bool),
    FeedbackTrue(String),
    FeedbackFalse(String),
    /// Order: the items in their correct order, a line each.
    Items(String),
    Answer(f64),
    Tolerance(f64),
    Unit(String),
    /// Evidence: the passage's sentences, a line each.
    Passage(String),
    /// Evidence: the sentence that supports the claim.
    Sentence(usize),
}

/// Why a stored draft could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftError {
    /// Damaged or cut short.
    Damaged,
    /// Written by a newer editor.
    Newer,
}

impl std::fmt::Display for DraftError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            DraftError::Damaged => "the draft kept in this browser is damaged",
            DraftError::Newer => "the draft kept in this browser was written by a newer editor",
        })
    }
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            quiz: Quiz {
                slug: String::new(),
                meta: Meta {
                    title: String::new(),
                    article_title: String::new(),
                    publication: String::new(),
                    authors: Vec::new(),
                    canonical_url: String::new(),
                    language: "en".to_owned(),
                },
                article: Article { paragraphs: Vec::new(), body_paragraphs: 0 },
                questions: Vec::new(),
                retired: Vec::new(),
            },
            article_text: String::new(),
        }
    }
}

impl Draft {
    /// A draft of an existing quiz (opened from its files or its bundle).
    pub fn of(quiz: Quiz) -> Draft {
        let article_text = quiz.article.paragraphs.join("\n");
        Draft { quiz, article_text }
    }

    /// An id not yet used by a question: `question-N`.
    fn fresh_id(&self) -> String {
        (1..)
            .map(|n| format!("question-{n}"))
            .find(|id| self.quiz.questions.iter().all(|q| &q.id != id))
            .unwrap_or_default()
    }

    /// Applies `edit`. An edit that names a question or an option that is not there
    /// changes nothing.
    pub fn apply(&mut self, edit: Edit) {
        let meta = &mut self.quiz.meta;
        match edit {
            Edit::Article(text) => {
                let text: String = if text.len() > MAX_ARTICLE {
                    let mut end = MAX_ARTICLE;
                    while !text.is_char_boundary(end) {
                        end -= 1;
                    }
                    text[..end].to_owned()
                } else {
                    text
                };
                let body = self.quiz.article.body_paragraphs;
                let mut article = Article::from_text(&text, body);
                // A first paste: all of it is the article proper until said otherwise.
                if self.quiz.article.paragraphs.is_empty() || body > article.paragraphs.len() {
                    article.body_paragraphs = article.paragraphs.len();
                }
                self.quiz.article = article;
                self.article_text = text;
            }
            Edit::BodyParagraphs(n) => self.quiz.article.body_paragraphs = n.min(self.quiz.article.paragraphs.len()),
            Edit::Slug(slug) => self.quiz.slug = slug,
            Edit::Title(title) => meta.title = title,
            Edit::ArticleTitle(title) => meta.article_title = title,
            Edit::Publication(publication) => meta.publication = publication,
            Edit::Authors(authors) => {
                meta.authors = authors.split(',').map(str::trim).filter(|a| !a.is_empty()).map(str::to_owned).collect()
            }
            Edit::CanonicalUrl(url) => meta.canonical_url = url,
            Edit::Language(language) => meta.language = language,
            Edit::Add(kind) => {
                let id = self.fresh_id();
                self.quiz.questions.push(new_question(kind, id));
            }
            Edit::Move(n, by) => {
                let to = n.checked_add_signed(by).filter(|&to| to < self.quiz.questions.len());
                if let (Some(to), true) = (to, n < self.quiz.questions.len()) {
                    self.quiz.questions.swap(n, to);
                }
            }
            Edit::Remove(n) => {
                if n < self.quiz.questions.len() {
                    self.quiz.questions.remove(n);
                }
            }
            Edit::Question(n, edit) => {
                if let Some(question) = self.quiz.questions.get_mut(n) {
                    edit_question(question, edit);
                }
            }
        }
    }
}

/// A question of `kind` to fill in: the fields its kind needs, empty, and a sound shape
/// (two options, the first the answer), so that the validator speaks of what to write.
pub fn new_question(kind: KindName, id: String) -> Question {
    let option = || Choice { text: String::new(), feedback: None };
    let kind = match kind {
        KindName::Single => Kind::Single { options: vec![option(), option()], correct: 0 },
        KindName::Multiple => Kind::Multiple { options: vec![option(), option(), option()], correct: vec![0, 1] },
        KindName::TrueFalse => Kind::TrueFalse { correct: true, feedback_true: None, feedback_false: None },
        KindName::Order => Kind::Order { items: vec![String::new(), String::new(), String::new()] },
        KindName::Numeric => Kind::Numeric { answer: 0.0, tolerance: 0.0, unit: String::new() },
        KindName::Evidence => Kind::Evidence { passage: vec![String::new(), String::new()], correct: 0 },
    };
    Question {
        id,
        topic: Topic::Events,
        prompt: String::new(),
        points: 1,
        explanation: String::new(),
        excerpts: Vec::new(),
        kind,
    }
}

fn lines(text: &str) -> Vec<String> {
    text.split('\n').map(|line| line.trim_end_matches('\r').to_owned()).collect()
}

/// `Some(text)` unless it is empty: optional feedback left blank is no feedback.
fn optional(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
}

fn edit_question(q: &mut Question, edit: QuestionEdit) {
    match edit {
        QuestionEdit::Id(id) => q.id = id,
        QuestionEdit::Topic(topic) => q.topic = topic,
        QuestionEdit::Points(points) => q.points = points,
        QuestionEdit::Prompt(prompt) => q.prompt = prompt,
        QuestionEdit::Explanation(explanation) => q.explanation = explanation,
        QuestionEdit::AddExcerpt(excerpt) => {
            if !excerpt.trim().is_empty() && !q.excerpts.contains(&excerpt) {
                q.excerpts.push(excerpt);
            }
        }
        QuestionEdit::NewExcerpt => q.excerpts.push(String::new()),
        QuestionEdit::Excerpt(n, text) => {
            if let Some(excerpt) = q.excerpts.get_mut(n) {
                *excerpt = text;
            }
        }
        QuestionEdit::RemoveExcerpt(n) => {
            if n < q.excerpts.len() {
                q.excerpts.remove(n);
            }
        }
        edit => edit_kind(&mut q.kind, edit),
    }
}

fn edit_kind(kind: &mut Kind, edit: QuestionEdit) {
    match (kind, edit) {
        (Kind::Single { options, .. } | Kind::Multiple { options, .. }, QuestionEdit::AddOption) => {
            options.push(Choice { text: String::new(), feedback: None })
        }
        (Kind::Single { options, correct }, QuestionEdit::RemoveOption(n)) if n < options.len() => {
            options.remove(n);
            if *correct == n {
                *correct = 0;
            } else if *correct > n {
                *correct -= 1;
            }
        }
        (Kind::Multiple { options, correct }, QuestionEdit::RemoveOption(n)) if n < options.len() => {
            options.remove(n);
            correct.retain(|&c| c != n);
            correct.iter_mut().filter(|c| **c > n).for_each(|c| *c -= 1);
        }
        (Kind::Single { options, .. } | Kind::Multiple { options, .. }, QuestionEdit::OptionText(n, text)) => {
            if let Some(option) = options.get_mut(n) {
                option.text = text;
            }
        }
        (Kind::Single { options, .. } | Kind::Multiple { options, .. }, QuestionEdit::OptionFeedback(n, text)) => {
            if let Some(option) = options.get_mut(n) {
                option.feedback = optional(text);
            }
        }
        (Kind::Single { options, correct }, QuestionEdit::Correct(n)) if n < options.len() => *correct = n,
        (Kind::Multiple { options, correct }, QuestionEdit::Correct(n)) if n < options.len() => {
            if let Some(at) = correct.iter().position(|&c| c == n) {
                correct.remove(at);
            } else {
                correct.push(n);
                correct.sort_unstable();
            }
        }
        (Kind::TrueFalse { correct, .. }, QuestionEdit::TrueFalse(value)) => *correct = value,
        (Kind::TrueFalse { feedback_true, .. }, QuestionEdit::FeedbackTrue(text)) => *feedback_true = optional(text),
        (Kind::TrueFalse { feedback_false, .. }, QuestionEdit::FeedbackFalse(text)) => *feedback_false = optional(text),
        (Kind::Order { items }, QuestionEdit::Items(text)) => *items = lines(&text),
        (Kind::Numeric { answer, .. }, QuestionEdit::Answer(x)) if x.is_finite() => *answer = x,
        (Kind::Numeric { tolerance, .. }, QuestionEdit::Tolerance(x)) if x.is_finite() && x >= 0.0 => *tolerance = x,
        (Kind::Numeric { unit, .. }, QuestionEdit::Unit(text)) => *unit = text,
        (Kind::Evidence { passage, correct }, QuestionEdit::Passage(text)) => {
            *passage = lines(&text);
            *correct = (*correct).min(passage.len().saturating_sub(1));
        }
        (Kind::Evidence { passage, correct }, QuestionEdit::Sentence(n)) if n < passage.len() => *correct = n,
        _ => {}
    }
}

/// The draft as text for the browser's storage.
pub fn encode(draft: &Draft) -> String {
    let mut bytes = vec![FORMAT];
    bytes.extend(postcard::to_allocvec(draft).unwrap_or_default());
    format!("{PREFIX}{}", codec::seal(bytes))
}

/// Reads a draft [`encode`] wrote; anything else is an error, never a panic.
pub fn decode(text: &str) -> Result<Draft, DraftError> {
    let sealed = text.trim().strip_prefix(PREFIX).ok_or(DraftError::Damaged)?;
    let read = match codec::open(sealed, FORMAT, MAX_STORED) {
        Ok(bytes) => postcard::take_from_bytes::<Draft>(&bytes).map(|(draft, rest)| (draft, rest.is_empty())),
        Err(Envelope::NewerFormat) => return Err(DraftError::Newer),
        Err(_) => {
            let bytes = codec::open(sealed, FORMAT_WITHOUT_RETIRED, MAX_STORED).map_err(|_| DraftError::Damaged)?;
            postcard::take_from_bytes::<DraftWithoutRetired>(&bytes).map(|(old, rest)| (old.into(), rest.is_empty()))
        }
    };
    match read {
        Ok((draft, true)) => Ok(draft),
        _ => Err(DraftError::Damaged),
    }
}

/// A draft of format 1, written before quizzes had retired ids.
#[derive(Deserialize)]
struct DraftWithoutRetired {
    quiz: QuizWithoutRetired,
    article_text: String,
}

#[derive(Deserialize)]
struct QuizWithoutRetired {
    slug: String,
    meta: Meta,
    article: Article,
    questions: Vec<Question>,
}

impl From<DraftWithoutRetired> for Draft {
    fn from(old: DraftWithoutRetired) -> Draft {
        let QuizWithoutRetired { slug, meta, article, questions } = old.quiz;
        Draft { quiz: Quiz { slug, meta, article, questions, retired: Vec::new() }, article_text: old.article_text }
    }
}
