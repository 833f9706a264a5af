//! A quiz written back as the three files of a quiz folder (`article.txt`, `meta.toml`,
//! `quiz.toml`), in the layout the README documents and [`crate::source`] reads: what
//! `quiz-check --files` makes of a bundle, and what an editor exports. Reading the files
//! back gives the same quiz, and so the same bundle bytes.
//!
//! The model keeps no option ids (answer keys are positions), so options are written
//! with ids `a`, `b`, `c`, … in their order. TOML is written by hand: basic strings with
//! only what TOML requires escaped, so that an article's curly quotes and dashes stay as
//! they are in the file. Pure and without a TOML library, so that it builds for the web.

use std::fmt::{self, Write};

use crate::model::{Kind, Quiz};

/// The three files of a quiz folder, as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizFiles {
    pub article: String,
    pub meta: String,
    pub quiz: String,
}

/// Why a quiz cannot be written as files that read back the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// article.txt holds a paragraph a line: this one (1-based) is empty, has a line
    /// break, or starts or ends with white space that reading would trim.
    Paragraph(usize),
    /// A number TOML cannot write (not finite), in this question.
    Number(String),
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Paragraph(n) => write!(
                f,
                "paragraph {n} of the article is empty, has a line break, or starts or ends with white space, \
                 so article.txt could not give it back as it is"
            ),
            WriteError::Number(id) => write!(f, "question `{id}` has a number that is not finite"),
        }
    }
}

impl std::error::Error for WriteError {}

/// `text` as a TOML basic string.
fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `text` fit for a comment line: no line breaks or other control characters.
fn comment(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// A list of strings, one a line when it is long.
fn strings(items: &[String]) -> String {
    if items.iter().map(String::len).sum::<usize>() < 60 {
        return format!("[{}]", items.iter().map(|s| string(s)).collect::<Vec<_>>().join(", "));
    }
    let lines: String = items.iter().map(|s| format!("  {},\n", string(s))).collect();
    format!("[\n{lines}]")
}

/// A number TOML reads back to the same `f64` (`{}` prints the shortest such digits).
fn number(x: f64, id: &str) -> Result<String, WriteError> {
    if !x.is_finite() {
        return Err(WriteError::Number(id.to_owned()));
    }
    let plain = format!("{x}");
    // An integral value is written as a float, so that it is read as one.
    Ok(if plain.contains(['.', 'e', 'E']) { plain } else { format!("{plain}.0") })
}

/// The option id of the n-th option: `a` … `z`, then `a1` … for a long list.
fn option_id(n: usize) -> String {
    let letter = char::from(b'a' + (n % 26) as u8);
    if n < 26 { letter.to_string() } else { format!("{letter}{}", n / 26) }
}

/// Writes `quiz` as the files of its folder.
pub fn write(quiz: &Quiz) -> Result<QuizFiles, WriteError> {
    for (n, p) in (1..).zip(&quiz.article.paragraphs) {
        if p.is_empty() || p.trim() != p || p.contains(['\n', '\r']) {
            return Err(WriteError::Paragraph(n));
        }
    }
    let mut article = quiz.article.paragraphs.join("\n");
    article.push('\n');

    let m = &quiz.meta;
    let meta = format!(
        "# What the widget says about the quiz and the article. See README.md, \"Adding a quiz\".\n\
         name = {}\ntitle = {}\n\n[article]\ntitle = {}\npublication = {}\nauthors = {}\ncanonical_url = {}\n\
         language = {}\n# How many leading paragraphs of article.txt are the article proper; only they may be quoted.\n\
         body_paragraphs = {}\n",
        string(&quiz.slug),
        string(&m.title),
        string(&m.article_title),
        string(&m.publication),
        strings(&m.authors),
        string(&m.canonical_url),
        string(&m.language),
        quiz.article.body_paragraphs,
    );

    let mut out = format!(
        "# Questions about {} ({}). Every field is described in README.md, \"Adding a quiz\".\n\
         # Open the three files in the editor to change them, or check changes with quiz-check --strict quizzes/{}\n",
        comment(&m.article_title),
        comment(&m.publication),
        comment(&quiz.slug)
    );
    if !quiz.retired.is_empty() {
        // A top-level key must come before the first table.
        out.push_str(
            "# Ids of questions taken out, never to be used again (README.md, \"Changing a published question\").\n",
        );
        let _ = writeln!(out, "retired = {}", strings(&quiz.retired));
    }
    out.push_str(
        "\n# What the questions are about, as teachers choose them: an id each question names as its\n\
         # topic, and the label teachers read. Up to 8.\n",
    );
    for topic in &quiz.topics {
        let _ = write!(out, "[[topics]]\nid = {}\nlabel = {}\n", string(&topic.id), string(&topic.label));
    }
    for q in &quiz.questions {
        let topic = quiz.topics.get(usize::from(q.topic)).map_or("", |t| t.id.as_str());
        let mut fields = vec![
            ("id", string(&q.id)),
            ("kind", string(q.kind.name().key())),
            ("topic", string(topic)),
            ("points", q.points.to_string()),
            ("prompt", string(&q.prompt)),
        ];
        match &q.kind {
            Kind::Single { options, .. } | Kind::Multiple { options, .. } => {
                let rows: String = options
                    .iter()
                    .enumerate()
                    .map(|(n, o)| {
                        let feedback = o.feedback.as_deref().map(|f| format!(", feedback = {}", string(f)));
                        format!(
                            "  {{ id = {}, text = {}{} }},\n",
                            string(&option_id(n)),
                            string(&o.text),
                            feedback.unwrap_or_default()
                        )
                    })
                    .collect();
                fields.push(("options", format!("[\n{rows}]")));
                let answer = match &q.kind {
                    Kind::Single { correct, .. } => string(&option_id(*correct)),
                    Kind::Multiple { correct, .. } => {
                        format!("[{}]", correct.iter().map(|&c| string(&option_id(c))).collect::<Vec<_>>().join(", "))
                    }
                    _ => unreachable!("a choice question"),
                };
                fields.push(("answer", answer));
            }
            Kind::TrueFalse { correct, feedback_true, feedback_false } => {
                fields.push(("answer", correct.to_string()));
                if let Some(f) = feedback_true {
                    fields.push(("feedback_true", string(f)));
                }
                if let Some(f) = feedback_false {
                    fields.push(("feedback_false", string(f)));
                }
            }
            Kind::Order { items } => fields.push(("items", strings(items))),
            Kind::Numeric { answer, tolerance, unit } => {
                fields.push(("answer", number(*answer, &q.id)?));
                fields.push(("tolerance", number(*tolerance, &q.id)?));
                fields.push(("unit", string(unit)));
            }
            Kind::Evidence { passage, correct } => {
                fields.push(("passage", strings(passage)));
                fields.push(("answer", string(passage.get(*correct).map_or("", String::as_str))));
            }
        }
        fields.push(("explanation", string(&q.explanation)));
        fields.push(("excerpts", strings(&q.excerpts)));
        out.push_str("\n[[questions]]\n");
        for (key, value) in fields {
            let _ = writeln!(out, "{key} = {value}");
        }
    }
    Ok(QuizFiles { article, meta, quiz: out })
}
