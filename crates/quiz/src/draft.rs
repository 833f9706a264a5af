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
/// The quiz's layout in a bundle of this format ([`crate::bundle::FORMAT`]), then the
/// article as pasted; drafts of the earlier formats are still read.
const FORMAT: u8 = crate::bundle::FORMAT;
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
    /// A new topic at the end, up to [`Topic::MAX`].
    AddTopic,
    /// Takes topic `n` out; refused (nothing changes) while a question is about it.
    RemoveTopic(usize),
    TopicId(usize, String),
    TopicLabel(usize, String),
}

/// A change to one question. Lines: one item (or sentence) a line.
#[derive(Debug, Clone, PartialEq)]
pub enum QuestionEdit {
    Id(String),
    /// The quiz's topic of this index.
    Topic(u8),
    Points(u32),
    Prompt(String),
    Explanation(String),
    /// Adds an excerpt (selected in the article, or typed); an empty one is not added.
    /// Text across paragraphs (a selection over a paragraph's end) becomes an excerpt
    /// from each, as an excerpt never spans paragraphs.
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
    /// Evidence: the passage as text selected in the article, split into its sentences.
    PassageFrom(String),
    /// Evidence: the sentence that supports the claim. It becomes an excerpt too (the one
    /// the previous choice brought is taken out), as the validator asks.
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
                topics: vec![Topic::new("article", "The article")],
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

    /// How many questions are about topic `n`.
    pub fn topic_users(&self, n: usize) -> usize {
        self.quiz.questions.iter().filter(|q| usize::from(q.topic) == n).count()
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
            Edit::AddTopic => {
                let topics = &mut self.quiz.topics;
                if topics.len() < Topic::MAX {
                    let n = (topics.len() + 1..).find(|n| topics.iter().all(|t| t.id != format!("topic-{n}")));
                    topics.push(Topic { id: format!("topic-{}", n.unwrap_or(0)), label: String::new() });
                }
            }
            Edit::RemoveTopic(n) => {
                if n < self.quiz.topics.len() && self.topic_users(n) == 0 {
                    self.quiz.topics.remove(n);
                    for q in &mut self.quiz.questions {
                        if usize::from(q.topic) > n {
                            q.topic -= 1;
                        }
                    }
                }
            }
            Edit::TopicId(n, id) => {
                if let Some(topic) = self.quiz.topics.get_mut(n) {
                    topic.id = id;
                }
            }
            Edit::TopicLabel(n, label) => {
                if let Some(topic) = self.quiz.topics.get_mut(n) {
                    topic.label = label;
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
    Question { id, topic: 0, prompt: String::new(), points: 1, explanation: String::new(), excerpts: Vec::new(), kind }
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
        QuestionEdit::AddExcerpt(text) => {
            // A line is kept as written (an excerpt typed with a space at its end is the
            // validator's to report); a selection over paragraphs loses only the white
            // space around each paragraph, which no paragraph has.
            let pieces: Vec<&str> = if text.contains(['\n', '\r']) {
                text.split(['\n', '\r']).map(str::trim).filter(|p| !p.is_empty()).collect()
            } else {
                vec![text.as_str()]
            };
            for excerpt in pieces {
                if !excerpt.trim().is_empty() && !q.excerpts.iter().any(|e| e == excerpt) {
                    q.excerpts.push(excerpt.to_owned());
                }
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
        QuestionEdit::Sentence(n) => support(q, n),
        // A passage chosen whole comes with its supporting sentence, the one already
        // picked (choosing the sentence shown changes nothing the form can hear).
        QuestionEdit::PassageFrom(text) => {
            edit_kind(&mut q.kind, QuestionEdit::PassageFrom(text));
            if let Kind::Evidence { correct, .. } = q.kind {
                support(q, correct);
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
        (Kind::Evidence { passage, correct }, QuestionEdit::PassageFrom(text)) => {
            *passage = sentences(&text);
            *correct = (*correct).min(passage.len().saturating_sub(1));
        }
        _ => {}
    }
}

/// Evidence: makes sentence `n` of the passage the supporting one, and an excerpt unless
/// one already quotes from it; an excerpt that is the previous supporting sentence whole
/// (which that choice brought, or which quoted it) goes, as it no longer supports the
/// answer.
fn support(q: &mut Question, n: usize) {
    let Kind::Evidence { passage, correct } = &mut q.kind else { return };
    let Some(sentence) = passage.get(n).cloned() else { return };
    if let Some(before) = passage.get(*correct).filter(|_| *correct != n) {
        q.excerpts.retain(|e| e != before);
    }
    *correct = n;
    if !q.excerpts.iter().any(|e| !e.is_empty() && sentence.contains(e.as_str())) {
        q.excerpts.push(sentence);
    }
}

/// The sentences of text selected in the article: a paragraph's end always ends one,
/// and within a paragraph a sentence ends after `.`, `?` or `!` (and any closing quote
/// marks or brackets) followed by a space and a capital letter, a digit or an opening
/// quote mark. An abbreviation such as “U.S. Senate” is split too; the author joins the
/// two lines again.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for paragraph in text.split(['\n', '\r']).map(str::trim).filter(|p| !p.is_empty()) {
        let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
        let mut start = 0;
        for (k, &(_, c)) in chars.iter().enumerate() {
            if !matches!(c, '.' | '?' | '!') {
                continue;
            }
            let mut next = k + 1;
            while chars.get(next).is_some_and(|&(_, c)| matches!(c, '"' | '”' | '’' | '\'' | ')' | ']')) {
                next += 1;
            }
            let opens = |c: char| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '(');
            if chars.get(next).is_some_and(|&(_, c)| c == ' ') && chars.get(next + 1).is_some_and(|&(_, c)| opens(c)) {
                let end = chars.get(next).map_or(paragraph.len(), |&(i, _)| i);
                out.push(paragraph[start..end].to_owned());
                start = chars[next + 1].0;
            }
        }
        out.push(paragraph[start..].to_owned());
    }
    out
}

/// The draft as text for the browser's storage.
pub fn encode(draft: &Draft) -> String {
    let mut bytes = vec![FORMAT];
    bytes.extend(postcard::to_allocvec(draft).unwrap_or_default());
    format!("{PREFIX}{}", codec::seal(bytes))
}

/// Reads a draft [`encode`] wrote, of this format or an earlier one; anything else is an
/// error, never a panic.
pub fn decode(text: &str) -> Result<Draft, DraftError> {
    let sealed = text.trim().strip_prefix(PREFIX).ok_or(DraftError::Damaged)?;
    let (format, bytes) = (1..=FORMAT)
        .rev()
        .find_map(|format| match codec::open(sealed, format, MAX_STORED) {
            Ok(bytes) => Some(Ok((format, bytes))),
            Err(Envelope::NewerFormat) => Some(Err(DraftError::Newer)),
            Err(_) => None,
        })
        .ok_or(DraftError::Damaged)??;
    match read(format, &bytes) {
        Ok((draft, [])) => Ok(draft),
        _ => Err(DraftError::Damaged),
    }
}

/// A draft laid out as `format` lays it out: the quiz as a bundle of that format holds
/// it, then the article's text. Older formats lack the quiz's last fields, which take
/// what quizzes had then ([`crate::bundle::format_of`]); postcard writes a struct as its
/// fields one after the other, so reading them one by one is reading the struct.
fn read(format: u8, bytes: &[u8]) -> postcard::Result<(Draft, &[u8])> {
    use postcard::take_from_bytes as take;
    if format == FORMAT {
        return take(bytes);
    }
    let ((slug, meta, article, questions), rest) = take(bytes)?;
    let (retired, rest) = if format >= 2 { take(rest)? } else { (Vec::new(), rest) };
    let (article_text, rest) = take(rest)?;
    let quiz = Quiz { slug, meta, article, questions, retired, topics: Topic::first_quiz() };
    Ok((Draft { quiz, article_text }, rest))
}
