//! Quiz folders as a newsroom writes them, read into the [`Quiz`] model.
//!
//! A folder `quizzes/<slug>/` holds `article.txt` (the article exactly as published, one
//! paragraph per line), `meta.toml` (what the widget says about the article) and
//! `quiz.toml` (the questions). TOML because a journalist can edit it in any text editor:
//! long passages go in plain strings with no escaping of the article's curly quotes, and
//! a misplaced comma is reported with its line. The README documents every field.
//!
//! Reading fails with a [`SourceError`] (file, line and column, and what is wrong) when a
//! file cannot be read as the schema says. A question whose answer key cannot be
//! resolved is left out of the model and reported as a [`Problem`], so that one bad
//! question does not hide the problems of the others.
//!
//! On the web only the editor uses it, with the files' text ([`read_texts`]); the widget
//! reads bundles instead.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::lint::{Warning, lint};
use super::model::{Article, Choice, Kind, KindName, Meta, Question, Quiz, Topic};
use super::validate::{self, Issue, Problem, validate};

/// A quiz file that could not be read: which file, where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    pub file: PathBuf,
    /// 1-based line and column, when the problem has a place.
    pub line: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some((line, column)) => write!(f, "{}:{line}:{column}: {}", self.file.display(), self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

impl std::error::Error for SourceError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaFile {
    /// The quiz's name in addresses, files and saved progress; where it is missing, the
    /// folder's name.
    #[serde(default)]
    name: Option<String>,
    /// The quiz's heading in the widget.
    title: String,
    article: ArticleMeta,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleMeta {
    title: String,
    publication: String,
    authors: Vec<String>,
    #[serde(default)]
    canonical_url: String,
    #[serde(default = "default_language")]
    language: String,
    /// How many leading paragraphs of article.txt are the article proper.
    body_paragraphs: usize,
}

fn default_language() -> String {
    "en".to_owned()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizFile {
    /// Ids of questions taken out of the quiz, never to be used again.
    #[serde(default)]
    retired: Vec<String>,
    /// What the questions are about; a file from before quizzes named their own has
    /// none, and the first quiz's five ([`Topic::first_quiz`]).
    #[serde(default)]
    topics: Option<Vec<TopicSource>>,
    questions: Vec<Spanned<QuestionSource>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicSource {
    id: String,
    label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionSource {
    id: String,
    kind: KindName,
    /// The id of one of the quiz's topics.
    topic: String,
    #[serde(default = "one")]
    points: u32,
    prompt: String,
    explanation: String,
    excerpts: Vec<String>,
    options: Option<Vec<OptionSource>>,
    answer: Option<Spanned<toml::Value>>,
    items: Option<Vec<String>>,
    tolerance: Option<f64>,
    unit: Option<String>,
    passage: Option<Vec<String>>,
    feedback_true: Option<String>,
    feedback_false: Option<String>,
}

fn one() -> u32 {
    1
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionSource {
    id: String,
    text: String,
    feedback: Option<String>,
}

/// A quiz folder read into the model, with the problems found while reading it.
pub struct Read {
    pub quiz: Quiz,
    /// Questions whose answer key could not be resolved; they are not in `quiz`.
    pub problems: Vec<Problem>,
    /// For each question in `quiz`, the line of quiz.toml where it starts.
    pub lines: Vec<usize>,
}

/// Reads the quiz folder at `dir`. Its name is the folder's, which its meta.toml may repeat.
pub fn read_dir(dir: &Path) -> Result<Read, SourceError> {
    let slug = dir
        .file_name()
        .and_then(|name| name.to_str())
        .ok_or_else(|| SourceError { file: dir.to_owned(), line: None, message: "not a quiz folder".into() })?
        .to_owned();
    let read = read_with(slug.clone(), dir, read_text)?;
    // A folder of quizzes/ is the quiz's name in the site's addresses: meta.toml may
    // repeat it, never contradict it.
    if read.quiz.slug != slug {
        let message =
            format!("it names the quiz “{}”, but its folder is “{slug}”; give them the same name", read.quiz.slug);
        return Err(SourceError { file: dir.join("meta.toml"), line: None, message });
    }
    Ok(read)
}

/// The three files of a quiz folder, as text, with the name the quiz has where meta.toml
/// gives none (as a folder would): what
/// [`read_dir`] reads, without the file system (the fuzz targets feed it this way).
pub struct Texts<'a> {
    pub slug: &'a str,
    pub meta: &'a str,
    pub quiz: &'a str,
    pub article: &'a str,
}

/// [`read_dir`] for a quiz folder's files given as text: the quiz in them, not yet
/// validated.
pub fn read_texts(texts: &Texts<'_>) -> Result<Read, SourceError> {
    read_with(texts.slug.to_owned(), Path::new(texts.slug), |path| Ok(text_of(texts, path).to_owned()))
}

fn text_of<'a>(texts: &Texts<'a>, path: &Path) -> &'a str {
    match path.file_name().and_then(|name| name.to_str()) {
        Some("meta.toml") => texts.meta,
        Some("quiz.toml") => texts.quiz,
        _ => texts.article,
    }
}

/// [`check_and_lint_dir`] for a quiz folder's files given as text.
pub fn check_and_lint_texts(texts: &Texts<'_>) -> Result<(Quiz, Vec<Warning>), Failure> {
    checked(read_texts(texts))
}

/// Reads the quiz folder `dir` named `slug`, each file's text coming from `text`: meta.toml
/// first (so that a folder with nothing in it is told of the first file it needs), then
/// article.txt, then quiz.toml.
fn read_with(
    slug: String,
    dir: &Path,
    text: impl Fn(&Path) -> Result<String, SourceError>,
) -> Result<Read, SourceError> {
    let (meta_path, quiz_path, article_path) = (dir.join("meta.toml"), dir.join("quiz.toml"), dir.join("article.txt"));
    let meta_file: MetaFile = parse_toml(&meta_path, &text(&meta_path)?)?;
    let slug = meta_file.name.clone().unwrap_or(slug);
    let article_text = text(&article_path)?;
    let quiz_text = text(&quiz_path)?;
    let quiz_file: QuizFile = parse_toml(&quiz_path, &quiz_text)?;
    // A file without topics was written when every quiz had the first quiz's five.
    let topics = match quiz_file.topics {
        Some(topics) => topics.into_iter().map(|t| Topic { id: t.id, label: t.label }).collect(),
        None => Topic::first_quiz(),
    };

    let ArticleMeta { title: article_title, publication, authors, canonical_url, language, body_paragraphs } =
        meta_file.article;
    let article = Article::from_text(&article_text, body_paragraphs);
    let mut problems = Vec::new();
    let mut questions = Vec::with_capacity(quiz_file.questions.len());
    let mut lines = Vec::with_capacity(quiz_file.questions.len());
    let mut hints = validate::Hints::new(&article);
    for source in quiz_file.questions {
        let line = line_and_column(&quiz_text, source.span().start).0;
        let source = source.into_inner();
        match convert(&source, &topics) {
            Ok(question) => {
                questions.push(question);
                lines.push(line);
            }
            Err(mut issues) => {
                // Report the rest of what is wrong with it too, not only its answer key.
                validate::check_common(&common_fields(&source, 0), &mut hints, &mut issues);
                problems.extend(
                    issues
                        .into_iter()
                        .map(|issue| Problem { line: Some(line), ..Problem::question(&source.id, issue) }),
                );
            }
        }
    }
    let quiz = Quiz {
        slug,
        meta: Meta { title: meta_file.title, article_title, publication, authors, canonical_url, language },
        article,
        questions,
        retired: quiz_file.retired,
        topics,
    };
    Ok(Read { quiz, problems, lines })
}

/// Reads and validates the quiz folder at `dir`: every problem, from reading and from
/// validation, in one list. `Ok` only for a sound quiz.
pub fn check_dir(dir: &Path) -> Result<Quiz, Failure> {
    check_and_lint_dir(dir).map(|(quiz, _)| quiz)
}

/// [`check_dir`], and for a sound quiz its item-writing warnings ([`lint`]), each with
/// its line in quiz.toml.
pub fn check_and_lint_dir(dir: &Path) -> Result<(Quiz, Vec<Warning>), Failure> {
    checked(read_dir(dir))
}

fn checked(read: Result<Read, SourceError>) -> Result<(Quiz, Vec<Warning>), Failure> {
    let Read { quiz, mut problems, lines } = read.map_err(Failure::Source)?;
    let line_of = |index: Option<usize>| index.and_then(|index| lines.get(index).copied());
    problems.extend(validate(&quiz).into_iter().map(|problem| Problem { line: line_of(problem.index), ..problem }));
    // In file order, so that the list reads top to bottom; quiz-wide problems first.
    problems.sort_by_key(|p| p.line.unwrap_or(0));
    if !problems.is_empty() {
        return Err(Failure::Problems(problems));
    }
    let warnings = lint(&quiz).into_iter().map(|warning| Warning { line: line_of(warning.index), ..warning }).collect();
    Ok((quiz, warnings))
}

/// Why a quiz folder was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// A file is missing or is not valid against the schema.
    Source(SourceError),
    /// The files were read; the quiz in them is not sound.
    Problems(Vec<Problem>),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Source(error) => write!(f, "{error}"),
            Failure::Problems(problems) => {
                for problem in problems {
                    writeln!(f, "{problem}")?;
                }
                Ok(())
            }
        }
    }
}

fn read_text(path: &Path) -> Result<String, SourceError> {
    fs::read_to_string(path).map_err(|error| SourceError {
        file: path.to_owned(),
        line: None,
        message: match error.kind() {
            std::io::ErrorKind::NotFound => "the file is missing".to_owned(),
            std::io::ErrorKind::InvalidData => "the file is not UTF-8 text".to_owned(),
            _ => format!("the file cannot be read ({error})"),
        },
    })
}

fn parse_toml<T: for<'de> Deserialize<'de>>(path: &Path, text: &str) -> Result<T, SourceError> {
    toml::from_str(text).map_err(|error| {
        let message = error.message().trim_end().to_owned();
        let at = error.span().map(|span| span.start);
        // toml names a missing or unknown field itself; for a value of the wrong type
        // it does not, so name the key written on that line.
        let message = match at.and_then(|offset| key_at(text, offset)) {
            Some(key) if !message.contains('`') || message.starts_with("invalid type") => {
                format!("{message} (in `{key}`)")
            }
            _ => message,
        };
        SourceError { file: path.to_owned(), line: at.map(|offset| line_and_column(text, offset)), message }
    })
}

/// The key assigned on the line holding `offset`, qualified by its table: `article.title`.
fn key_at(text: &str, offset: usize) -> Option<String> {
    let start = before(text, offset).rfind('\n').map_or(0, |i| i + 1);
    let line = text.get(start..)?.lines().next()?;
    let key = line.split_once('=')?.0.trim();
    if key.is_empty() || key.starts_with('#') || key.contains(['"', '{', '[']) {
        return None;
    }
    let table = before(text, start)
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('['))
        .map(|header| header.trim_matches(['[', ']']).trim().to_owned());
    Some(match table {
        Some(table) => format!("{table}.{key}"),
        None => key.to_owned(),
    })
}

fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = before(text, offset);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// The text before byte `offset`, backing off to a character boundary if need be.
fn before(text: &str, offset: usize) -> &str {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn convert(s: &QuestionSource, topics: &[Topic]) -> Result<Question, Vec<Issue>> {
    let mut issues = Vec::new();
    let topic = topics.iter().position(|t| t.id == s.topic).and_then(|i| u8::try_from(i).ok());
    if topic.is_none() {
        let ids = topics.iter().map(|t| format!("“{}”", t.id)).collect::<Vec<_>>().join(", ");
        issues.push(Issue::TopicNotNamed { topic: s.topic.clone(), topics: ids });
    }
    let label = kind_label(s.kind);
    let require = |field: &'static str, present: bool, issues: &mut Vec<Issue>| {
        if !present {
            issues.push(Issue::MissingField { field, kind: label });
        }
    };
    let kind = match s.kind {
        KindName::Single | KindName::Multiple => {
            require("options", s.options.is_some(), &mut issues);
            let options = s.options.as_deref().unwrap_or_default();
            let mut ids = std::collections::BTreeSet::new();
            for option in options {
                if !ids.insert(option.id.as_str()) {
                    issues.push(Issue::Repeated { what: "option id", text: option.id.clone() });
                }
            }
            // Option ids in the answer key, resolved to positions; unknown or repeated
            // ids are reported and the question is left out.
            let keys: Option<Vec<&str>> = match (s.kind, s.answer.as_ref().map(|a| a.get_ref())) {
                (KindName::Single, Some(toml::Value::String(key))) => Some(vec![key.as_str()]),
                (KindName::Multiple, Some(toml::Value::Array(keys))) => keys.iter().map(toml::Value::as_str).collect(),
                (_, None) => {
                    require("answer", false, &mut issues);
                    None
                }
                _ => {
                    issues.push(answer_shape(s.kind));
                    None
                }
            };
            let mut correct = Vec::new();
            for key in keys.unwrap_or_default() {
                match options.iter().position(|o| o.id == key) {
                    None => issues.push(Issue::KeyNotAnOption(key.to_owned())),
                    Some(index) if correct.contains(&index) => issues.push(Issue::KeyRepeated(key.to_owned())),
                    Some(index) => correct.push(index),
                }
            }
            let options =
                options.iter().map(|o| Choice { text: o.text.clone(), feedback: o.feedback.clone() }).collect();
            match s.kind {
                KindName::Single => correct.first().map(|&correct| Kind::Single { options, correct }),
                _ => Some(Kind::Multiple { options, correct }),
            }
        }
        KindName::TrueFalse => read_answer(s, &mut issues, toml::Value::as_bool).map(|correct| Kind::TrueFalse {
            correct,
            feedback_true: s.feedback_true.clone(),
            feedback_false: s.feedback_false.clone(),
        }),
        KindName::Order => {
            require("items", s.items.is_some(), &mut issues);
            if s.answer.is_some() {
                issues.push(answer_shape(s.kind));
            }
            s.items.clone().map(|items| Kind::Order { items })
        }
        KindName::Numeric => {
            let number = |value: &toml::Value| value.as_float().or_else(|| value.as_integer().map(|n| n as f64));
            read_answer(s, &mut issues, number).map(|answer| Kind::Numeric {
                answer,
                tolerance: s.tolerance.unwrap_or(0.0),
                unit: s.unit.clone().unwrap_or_default(),
            })
        }
        KindName::Evidence => {
            require("passage", s.passage.is_some(), &mut issues);
            let passage = s.passage.clone().unwrap_or_default();
            let sentence = read_answer(s, &mut issues, toml::Value::as_str);
            match sentence.map(|text| (text, passage.iter().position(|p| p == text))) {
                Some((_, Some(correct))) => Some(Kind::Evidence { passage, correct }),
                Some((text, None)) => {
                    issues.push(Issue::EvidenceNotInPassage(text.to_owned()));
                    None
                }
                None => None,
            }
        }
    };
    let stray: Vec<&str> = [
        ("options", s.options.is_some(), matches!(s.kind, KindName::Single | KindName::Multiple)),
        ("items", s.items.is_some(), s.kind == KindName::Order),
        ("passage", s.passage.is_some(), s.kind == KindName::Evidence),
        ("tolerance", s.tolerance.is_some(), s.kind == KindName::Numeric),
        ("unit", s.unit.is_some(), s.kind == KindName::Numeric),
        ("feedback_true", s.feedback_true.is_some(), s.kind == KindName::TrueFalse),
        ("feedback_false", s.feedback_false.is_some(), s.kind == KindName::TrueFalse),
    ]
    .into_iter()
    .filter(|(_, present, allowed)| *present && !allowed)
    .map(|(field, _, _)| field)
    .collect();
    for field in stray {
        issues.push(Issue::FieldNotForKind { field, kind: label });
    }
    match kind {
        Some(kind) if issues.is_empty() => Ok(Question { kind, ..common_fields(s, topic.unwrap_or(0)) }),
        _ => Err(issues),
    }
}

/// The `answer` field read with `read`; a missing answer or one of the wrong shape is
/// reported.
fn read_answer<'a, T>(
    s: &'a QuestionSource,
    issues: &mut Vec<Issue>,
    read: impl Fn(&'a toml::Value) -> Option<T>,
) -> Option<T> {
    match &s.answer {
        None => {
            issues.push(Issue::MissingField { field: "answer", kind: kind_label(s.kind) });
            None
        }
        Some(value) => read(value.get_ref()).or_else(|| {
            issues.push(answer_shape(s.kind));
            None
        }),
    }
}

/// The fields every kind has, about topic number `topic`; `kind` is left for the caller
/// to set.
fn common_fields(s: &QuestionSource, topic: u8) -> Question {
    Question {
        id: s.id.clone(),
        topic,
        prompt: s.prompt.clone(),
        points: s.points,
        explanation: s.explanation.clone(),
        excerpts: s.excerpts.clone(),
        kind: Kind::Order { items: Vec::new() },
    }
}

fn kind_label(kind: KindName) -> &'static str {
    match kind {
        KindName::Single => "single-choice",
        KindName::Multiple => "multiple-select",
        KindName::TrueFalse => "true/false",
        KindName::Order => "ordering",
        KindName::Numeric => "numeric",
        KindName::Evidence => "find-the-evidence",
    }
}

fn answer_shape(kind: KindName) -> Issue {
    Issue::AnswerShape(match kind {
        KindName::Single => "one option id in quotes, such as answer = \"b\"",
        KindName::Multiple => "a list of option ids, such as answer = [\"a\", \"c\"]",
        KindName::TrueFalse => "true or false, without quotes",
        KindName::Order => "absent: list the items in their correct order instead",
        KindName::Numeric => "a number, such as answer = 551",
        KindName::Evidence => "the supporting sentence, copied from the passage",
    })
}
