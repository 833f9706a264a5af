//! The quiz as data: an article, its metadata and the questions about it.
//!
//! These types are what the widget runs on and what the compact bundle carries. They can
//! express a broken quiz (an answer key past the last option, say) because a bundle may
//! come from anywhere; [`crate::validate`] is what proves one sound. Indices in
//! answer keys always refer to the order the author wrote, never to a shuffled display.
//!
//! Must not import anything from a browser or UI crate.

use serde::{Deserialize, Serialize};

/// One quiz about one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quiz {
    /// Stable identifier, the quiz's folder name (`iranian-people`). Links carry it.
    pub slug: String,
    pub meta: Meta,
    pub article: Article,
    pub questions: Vec<Question>,
    /// Ids of questions taken out of the quiz, never to be used again: links, result
    /// codes and saved progress may still name them.
    pub retired: Vec<String>,
    /// What parts of the article the questions are about, in the order teachers see
    /// them; each question names one by its index. Quizzes of the formats before this
    /// field had the five of [`Topic::first_quiz`].
    pub topics: Vec<Topic>,
}

/// What a reader is told about the quiz and the article it is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// The quiz's own heading, shown in the widget.
    pub title: String,
    pub article_title: String,
    pub publication: String,
    pub authors: Vec<String>,
    /// The article's canonical address; may be empty.
    pub canonical_url: String,
    /// BCP 47 language tag of the article and the questions, such as `en`.
    pub language: String,
}

/// Whether text in the language `tag` (BCP 47) is written right to left: by its script
/// subtag where it has one (`ku-Arab` is, `ku-Latn` is not), else by the language's usual
/// script: Arabic, Persian, Urdu, Pashto, Sindhi, Sorani Kurdish, Uyghur, Dhivehi, Hebrew
/// and Yiddish.
pub fn right_to_left(tag: &str) -> bool {
    const SCRIPTS: [&str; 6] = ["arab", "hebr", "syrc", "thaa", "nkoo", "adlm"];
    const LANGUAGES: [&str; 12] = ["ar", "fa", "ur", "ps", "sd", "ckb", "ug", "dv", "he", "iw", "yi", "prs"];
    let mut subtags = tag.trim().split(['-', '_']);
    let language = subtags.next().unwrap_or_default().to_ascii_lowercase();
    match subtags.find(|s| s.len() == 4 && s.chars().all(|c| c.is_ascii_alphabetic())) {
        Some(script) => SCRIPTS.contains(&script.to_ascii_lowercase().as_str()),
        None => LANGUAGES.contains(&language.as_str()),
    }
}

/// The article's text, one entry per paragraph, exactly as published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub paragraphs: Vec<String>,
    /// How many leading paragraphs are the article proper. The rest (author notes, photo
    /// credits, the publisher's boilerplate) is kept for fidelity but never quoted.
    pub body_paragraphs: usize,
}

impl Article {
    /// Splits a text file into paragraphs: one per non-empty line, surrounding white
    /// space trimmed, characters otherwise untouched. A line ends at `\n`, `\r\n` or a
    /// lone `\r` (old Mac files), so no paragraph holds a line break.
    pub fn from_text(text: &str, body_paragraphs: usize) -> Self {
        let paragraphs =
            text.split(['\n', '\r']).map(str::trim).filter(|line| !line.is_empty()).map(str::to_owned).collect();
        Self { paragraphs, body_paragraphs }
    }

    /// The paragraphs that are the article proper.
    pub fn body(&self) -> &[String] {
        &self.paragraphs[..self.body_paragraphs.min(self.paragraphs.len())]
    }

    /// Where `excerpt` stands in the body: paragraph index and byte range within it.
    /// Excerpts never span paragraphs (an evidence passage may: [`Article::locate_passage`]).
    pub fn locate(&self, excerpt: &str) -> Option<Location> {
        if excerpt.is_empty() {
            return None;
        }
        self.body().iter().enumerate().find_map(|(paragraph, text)| {
            text.find(excerpt).map(|start| Location { paragraph, start, end: start + excerpt.len() })
        })
    }
}

impl Article {
    /// The paragraphs (0-based, first and last) that the consecutive `sentences` of an
    /// evidence passage span in the body: all in one paragraph, or running on from the end
    /// of one paragraph into the next ones, the paragraphs between held whole. `None` when
    /// they are not consecutive text of the body.
    pub fn locate_passage(&self, sentences: &[String]) -> Option<(usize, usize)> {
        // The search backtracks over where each paragraph ends, so its length is bounded
        // here, whatever a hostile bundle holds (the validator allows no more).
        if sentences.is_empty() || sentences.len() > MAX_PASSAGE || sentences.iter().any(|s| s.is_empty()) {
            return None;
        }
        if let Some(at) = self.locate(&sentences.join(" ")) {
            return Some((at.paragraph, at.paragraph));
        }
        let body = self.body();
        (1..sentences.len()).find_map(|first| {
            let head = sentences[..first].join(" ");
            body.iter().enumerate().filter(|(_, text)| text.ends_with(&head)).find_map(|(start, _)| {
                runs_on(&body[start + 1..], &sentences[first..]).map(|spanned| (start, start + spanned))
            })
        })
    }
}

/// The most sentences an evidence passage may have.
pub const MAX_PASSAGE: usize = 6;

/// How many of `paragraphs` the `sentences` fill from their start: whole paragraphs,
/// then the start of the last one.
fn runs_on(paragraphs: &[String], sentences: &[String]) -> Option<usize> {
    let (paragraph, rest) = paragraphs.split_first()?;
    (1..=sentences.len()).find_map(|take| {
        let text = sentences[..take].join(" ");
        if take == sentences.len() && paragraph.starts_with(&text) {
            Some(1)
        } else if take < sentences.len() && *paragraph == text {
            runs_on(rest, &sentences[take..]).map(|n| n + 1)
        } else {
            None
        }
    })
}

/// A place in the article: paragraph index (0-based) and byte range within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// One question. `kind` holds what the question's kind needs, including its answer key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Stable, lower-case, hyphenated identifier. Links and saved progress refer to it.
    pub id: String,
    /// Which of the quiz's [`Quiz::topics`] the question is about, by index. (A `u8`, so
    /// that it is the same byte in a bundle as the fixed topics of earlier formats.)
    pub topic: u8,
    pub prompt: String,
    /// Points for a fully correct answer.
    pub points: u32,
    /// Why the correct answer is correct, in plain words.
    pub explanation: String,
    /// Passages quoted verbatim from the article that support the correct answer.
    pub excerpts: Vec<String>,
    pub kind: Kind,
}

/// A part of the article questions are about; teachers pick questions by it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Topic {
    /// Its name in quiz files (`recommendations`), lower case and hyphens.
    pub id: String,
    /// What teachers read (`Recommendations`), in the quiz's language.
    pub label: String,
}

impl Topic {
    /// The most topics a quiz may have: a teacher reads them as one row of filters.
    pub const MAX: usize = 8;

    pub fn new(id: &str, label: &str) -> Self {
        Topic { id: id.to_owned(), label: label.to_owned() }
    }

    /// The topics of the first quiz, which every quiz had before quizzes named their own:
    /// a bundle or draft of an earlier format is read with these.
    pub fn first_quiz() -> Vec<Topic> {
        [
            ("events", "Events"),
            ("iran", "Iran"),
            ("history", "History"),
            ("recommendations", "Recommendations"),
            ("argument", "The argument"),
        ]
        .into_iter()
        .map(|(id, label)| Topic::new(id, label))
        .collect()
    }
}

/// A question's kind with everything that kind needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Kind {
    /// Pick the one correct option.
    Single { options: Vec<Choice>, correct: usize },
    /// Pick every correct option; partial credit.
    Multiple { options: Vec<Choice>, correct: Vec<usize> },
    /// Is the statement in the prompt true according to the article?
    TrueFalse { correct: bool, feedback_true: Option<String>, feedback_false: Option<String> },
    /// Put the items in order. `items` is the correct order; the widget shows them
    /// shuffled. Partial credit.
    Order { items: Vec<String> },
    /// Type a number; right when within `tolerance` of `answer`.
    Numeric { answer: f64, tolerance: f64, unit: String },
    /// Pick, from consecutive sentences of the article, the one that supports the claim
    /// in the prompt.
    Evidence { passage: Vec<String>, correct: usize },
}

/// What kind a question is, without its data. Quiz files name it in snake case
/// (`true_false`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KindName {
    Single,
    Multiple,
    TrueFalse,
    Order,
    Numeric,
    Evidence,
}

impl KindName {
    pub const ALL: [KindName; 6] = [
        KindName::Single,
        KindName::Multiple,
        KindName::TrueFalse,
        KindName::Order,
        KindName::Numeric,
        KindName::Evidence,
    ];

    /// The name used in quiz files.
    pub fn key(self) -> &'static str {
        match self {
            KindName::Single => "single",
            KindName::Multiple => "multiple",
            KindName::TrueFalse => "true_false",
            KindName::Order => "order",
            KindName::Numeric => "numeric",
            KindName::Evidence => "evidence",
        }
    }
}

impl Kind {
    pub fn name(&self) -> KindName {
        match self {
            Kind::Single { .. } => KindName::Single,
            Kind::Multiple { .. } => KindName::Multiple,
            Kind::TrueFalse { .. } => KindName::TrueFalse,
            Kind::Order { .. } => KindName::Order,
            Kind::Numeric { .. } => KindName::Numeric,
            Kind::Evidence { .. } => KindName::Evidence,
        }
    }

    /// The options of a choice question, if it is one.
    pub fn options(&self) -> Option<&[Choice]> {
        match self {
            Kind::Single { options, .. } | Kind::Multiple { options, .. } => Some(options),
            _ => None,
        }
    }
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub text: String,
    /// Shown when the student picked this option: why it is right or wrong.
    pub feedback: Option<String>,
}

impl Quiz {
    pub fn question(&self, id: &str) -> Option<(usize, &Question)> {
        self.questions.iter().enumerate().find(|(_, q)| q.id == id)
    }

    /// The label of the topic `question` is about (empty for an unsound quiz's bad index).
    pub fn topic_label(&self, question: &Question) -> &str {
        self.topics.get(usize::from(question.topic)).map_or("", |t| t.label.as_str())
    }

    pub fn max_points(&self) -> u32 {
        self.questions.iter().fold(0, |sum, q| sum.saturating_add(q.points))
    }
}

#[cfg(test)]
mod tests {
    use super::right_to_left;

    #[test]
    fn a_language_is_right_to_left_by_its_script_else_by_its_usual_one() {
        for tag in ["fa", "fa-IR", "ar", "ar-EG", "he", "ur", "ps", "ckb", "ku-Arab", "FA_ir", "az-Arab", "ug"] {
            assert!(right_to_left(tag), "{tag}");
        }
        for tag in ["en", "es-MX", "", "ku-Latn", "tr", "fr", "uz-Latn", "ar-Latn", "<script>", "faX"] {
            assert!(!right_to_left(tag), "{tag}");
        }
    }
}
