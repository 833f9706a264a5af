//! Question-bank exports: the whole quiz in a format a learning platform imports into its
//! own question bank (`quiz-check --export FORMAT`).
//!
//! - [`gift`]: Moodle's GIFT text format. It holds single choice, multiple select (with
//!   partial-credit weights), true/false and numeric questions; order and find-the-evidence
//!   questions are left out, named in the file's comments and in [`Export::left_out`].
//!
//! - [`qti3`]: a QTI 3.0 content package (a zip): every kind, each scored as the core
//!   scores it, partial credit included.
//!
//! - [`canvas`]: the QTI 1.2 package Canvas imports (a zip): single choice, multiple
//!   select, true/false and numeric questions, with Canvas's own question types; order and
//!   find-the-evidence questions are left out.
//!
//! - [`scorm`]: a SCORM 1.2 or 2004 package of a teacher's assignment, with the widget.
//!
//! Every export carries the article's title and source, and each question's explanation
//! with its excerpts quoted verbatim (the question's general feedback). Writers are pure:
//! they return the file's bytes (text, or a zip) and never touch a file.
//!
//! Must not import anything from a browser or UI crate.

pub mod canvas;
pub mod gift;
pub mod qti3;
pub mod scorm;

use crate::model::{KindName, Question, Quiz};

/// A format a quiz can be exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Gift,
    Qti3,
    Canvas,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Gift, Format::Qti3, Format::Canvas];

    /// Its name on the command line (`gift`, `qti3`, `canvas`).
    pub fn key(self) -> &'static str {
        match self {
            Format::Gift => "gift",
            Format::Qti3 => "qti3",
            Format::Canvas => "canvas",
        }
    }

    /// What a person calls it.
    pub fn label(self) -> &'static str {
        match self {
            Format::Gift => "GIFT",
            Format::Qti3 => "QTI 3.0",
            Format::Canvas => "Canvas (QTI 1.2)",
        }
    }

    /// The usual file name extension of its files.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Gift => "gift",
            Format::Qti3 | Format::Canvas => "zip",
        }
    }

    /// Whether its file is a zip (else UTF-8 text).
    pub fn is_zip(self) -> bool {
        self.extension() == "zip"
    }

    /// The format named `key` (`gift`), in any case.
    pub fn from_key(key: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.key().eq_ignore_ascii_case(key))
    }
}

/// What an export wrote, and what it could not.
#[derive(Debug, Clone, PartialEq)]
pub struct Export {
    /// The file's bytes: UTF-8 text for a text format, a zip for a package.
    pub bytes: Vec<u8>,
    /// The questions the format cannot hold, in the quiz's order.
    pub left_out: Vec<LeftOut>,
}

impl Export {
    /// The file as text, if it is UTF-8 (a text format's always is).
    pub fn text(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }
}

/// Why a writer could not write a quiz at all (a package's archive failing, say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportError(pub String);

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ExportError {}

/// A question an export left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub id: String,
    pub kind: KindName,
    pub why: &'static str,
}

impl std::fmt::Display for LeftOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.id, self.kind.key(), self.why)
    }
}

/// Writes `quiz` in `format`; an error only where the format's writer can fail.
pub fn export(quiz: &Quiz, format: Format) -> Result<Export, ExportError> {
    export_questions(quiz, &quiz.questions.iter().collect::<Vec<_>>(), format)
}

/// Writes the `questions` of `quiz`, in that order, in `format` (an assignment's questions:
/// [`assignment_questions`]).
pub fn export_questions(quiz: &Quiz, questions: &[&Question], format: Format) -> Result<Export, ExportError> {
    match format {
        Format::Gift => Ok(gift::write(quiz, questions)),
        Format::Qti3 => qti3::write(quiz, questions),
        Format::Canvas => canvas::write(quiz, questions),
    }
}

/// The questions the assignment `code` (the part of its link after `#a=`) asks, in its
/// order: every question of `quiz` in the author's order when it names none.
pub fn assignment_questions<'q>(quiz: &'q Quiz, code: &str) -> Result<Vec<&'q Question>, ExportError> {
    let assignment = crate::link::decode(code.trim(), quiz)
        .map_err(|e| ExportError(format!("the assignment link cannot be opened: {e}")))?;
    Ok(match &assignment.questions {
        Some(ids) => ids.iter().filter_map(|id| quiz.questions.iter().find(|q| &q.id == id)).collect(),
        None => quiz.questions.iter().collect(),
    })
}

/// Text as XML character data or a double-quoted attribute value: `& < > "` escaped, and
/// the control characters XML 1.0 cannot hold in any form dropped (tab and line breaks
/// stay).
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// An id (a question's, a quiz's slug) as a package's identifiers and file names take it:
/// ASCII letters, digits, hyphens and underscores (all an id holds, which the validator
/// checks), anything else dropped.
fn plain_id(id: &str) -> String {
    id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
}

/// Files as a zip, each deflated, in the order given.
pub fn zip(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, ExportError> {
    scorm::zip(files).map_err(|e| ExportError(e.to_string()))
}

/// The question's general feedback: its explanation, then where the excerpts come from and
/// the excerpts themselves, each quoted verbatim, one to a line.
pub fn explanation(quiz: &Quiz, question: &Question) -> String {
    let mut text = question.explanation.clone();
    if !question.excerpts.is_empty() {
        text.push_str(&format!("\nFrom “{}” ({}):", quiz.meta.article_title, quiz.meta.publication));
        for excerpt in &question.excerpts {
            text.push_str(&format!("\n“{excerpt}”"));
        }
    }
    text
}

/// The article's source in one line: publication, authors and address, those there are.
pub fn source_line(quiz: &Quiz) -> String {
    let meta = &quiz.meta;
    let mut parts = vec![meta.publication.clone()];
    if !meta.authors.is_empty() {
        parts.push(format!("by {}", meta.authors.join(", ")));
    }
    if !meta.canonical_url.is_empty() {
        parts.push(meta.canonical_url.clone());
    }
    parts.retain(|p| !p.is_empty());
    parts.join("; ")
}

/// A share `1 / parts` of a question as a percentage with five decimals (`33.33333`), the
/// precision of Moodle's grade list (whose fractions have seven), trailing zeros dropped.
pub fn percent_share(parts: usize, negative: bool) -> String {
    let value = 100.0 / parts.max(1) as f64;
    let mut text = format!("{value:.5}");
    while text.ends_with('0') {
        text.pop();
    }
    if text.ends_with('.') {
        text.pop();
    }
    if negative { format!("-{text}") } else { text }
}

/// The range a numeric answer is right in, `answer ∓ tolerance`, written with as many
/// decimals as the answer and the tolerance have (so that 0.3 ∓ 0.1 is 0.2 to 0.4, not
/// 0.19999999999999998).
pub fn range(answer: f64, tolerance: f64) -> (String, String) {
    let tolerance = tolerance.abs();
    let decimals = |x: f64| number(x).unwrap_or_default().split_once('.').map_or(0, |(_, fraction)| fraction.len());
    let places = decimals(answer).max(decimals(tolerance));
    let write = |x: f64| {
        let text = format!("{x:.places$}");
        if text.starts_with("-0") && text.trim_start_matches(['-', '0', '.']).is_empty() {
            text[1..].to_owned()
        } else {
            text
        }
    };
    (write(answer - tolerance), write(answer + tolerance))
}

/// A finite number as plain decimal digits, never in exponent form (`12000000`, `0.5`).
pub fn number(x: f64) -> Option<String> {
    x.is_finite().then(|| format!("{x}"))
}
