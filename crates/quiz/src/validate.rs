//! Proves a quiz sound before anyone takes it: every excerpt is in its article word for
//! word, every answer key is consistent, no text is empty.
//!
//! Each [`Problem`] names the question at fault and says what is wrong in one plain
//! sentence, so that a journalist can fix the quiz file without reading code. The same
//! checks run in the `quiz-check` command, in the test suite over every quiz in the
//! repository, and in the browser on a quiz loaded from an address.
//!
//! Must not import anything from a browser or UI crate.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use thiserror::Error;

use super::model::{Article, Kind, KindName, Question, Quiz, Topic};
use super::scoring::NumberStyle;

/// One thing wrong with a quiz.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The id of the question at fault, or `None` for the quiz as a whole.
    pub question: Option<String>,
    /// The question's position in the quiz, when it is in the quiz.
    pub index: Option<usize>,
    /// The line of quiz.toml where the question starts, when it was read from a file.
    pub line: Option<usize>,
    pub issue: Issue,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.question, self.line) {
            (Some(id), Some(line)) => write!(f, "question “{id}” (quiz.toml line {line}): {}.", self.issue),
            (Some(id), None) => write!(f, "question “{id}”: {}.", self.issue),
            (None, _) => write!(f, "quiz: {}.", self.issue),
        }
    }
}

/// What is wrong, in words a journalist understands.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Issue {
    #[error("its {0} is empty")]
    EmptyText(String),
    #[error("its id must be 1 to 40 lower-case letters, digits and hyphens, such as “reagan-helsinki”")]
    BadId,
    #[error(
        "its name in addresses, “{0}”, must be 1 to 40 lower-case letters, digits and hyphens, such as “iranian-people”"
    )]
    BadName(String),
    #[error("its id is used by another question too; every question needs its own")]
    DuplicateId,
    #[error("its id and the id “{0}” have the same short name in links; rename one of them")]
    LinkNameClash(String),
    #[error(
        "its id was retired (the quiz lists it in `retired`), and a retired id is never used again; give the question a new id"
    )]
    RetiredId,
    #[error(
        "its id has the same short name in links as the retired id “{0}”, so an old link naming that question would open this one; choose another id"
    )]
    RetiredLinkNameClash(String),
    #[error("it gives {0} points; give it between 1 and 100")]
    BadPoints(u32),
    #[error("it quotes no excerpt from the article; add at least one that supports the answer")]
    NoExcerpt,
    #[error("excerpt {number} is not word for word in the article{}", closest_hint(closest, *slight))]
    ExcerptNotVerbatim { number: usize, closest: Option<String>, slight: Option<Slight> },
    #[error(
        "excerpt {number} is from paragraph {paragraph}, which is not part of the article's body (only paragraphs 1 to {body} are)"
    )]
    ExcerptOutsideBody { number: usize, paragraph: usize, body: usize },
    #[error("it needs at least {needed} {what}, and has {found}")]
    TooFew { what: &'static str, needed: usize, found: usize },
    #[error("it has more than {limit} {what}")]
    TooMany { what: &'static str, limit: usize },
    #[error("the {what} “{text}” appears twice")]
    Repeated { what: &'static str, text: String },
    #[error("its answer key points at {what} {key}, but there are only {count}")]
    KeyOutOfRange { what: &'static str, key: usize, count: usize },
    #[error("it has no `{field}` field, which a {kind} question needs")]
    MissingField { field: &'static str, kind: &'static str },
    #[error("its `{field}` field does not belong in a {kind} question")]
    FieldNotForKind { field: &'static str, kind: &'static str },
    #[error("its answer must be {0}")]
    AnswerShape(&'static str),
    #[error("its answer key names “{0}”, which is not one of its options")]
    KeyNotAnOption(String),
    #[error("its answer key names “{0}” twice")]
    KeyRepeated(String),
    #[error("no option is marked correct; a multiple-select question needs at least one")]
    NoCorrectOption,
    #[error("every option is marked correct, so picking everything scores full marks; add a wrong option")]
    AllOptionsCorrect,
    #[error("its {0} is not a finite number")]
    NotANumber(&'static str),
    #[error("its tolerance is negative")]
    NegativeTolerance,
    #[error("none of its excerpts contains the answer {0}, so the quote does not support it")]
    NumberNotQuoted(String),
    #[error(
        "its passage is not consecutive sentences of the article’s body, one a line (it may run on from the end of one paragraph into the next){}",
        closest_hint(closest, None)
    )]
    PassageNotInArticle { closest: Option<String> },
    #[error("its answer “{0}” is not one of the sentences of its passage")]
    EvidenceNotInPassage(String),
    #[error("none of its excerpts is the supporting sentence of its passage")]
    EvidenceNotQuoted,
    #[error("it has no questions")]
    NoQuestions,
    #[error("the article has {paragraphs} paragraphs, but its body is said to have {body}")]
    BadBody { paragraphs: usize, body: usize },
    #[error("it has no article yet: the article’s text is empty")]
    NoArticle,
    #[error("it has no topics; name at least one, with an id and a label, for questions to be about")]
    NoTopics,
    #[error("its topic id “{0}” must be 1 to 40 lower-case letters, digits and hyphens, such as “recommendations”")]
    BadTopicId(String),
    #[error("its topic “{topic}” is not one of the quiz’s topics ({topics})")]
    TopicNotNamed { topic: String, topics: String },
    #[error("its topic number {topic} is not one of its {count} topics")]
    UnknownTopic { topic: usize, count: usize },
}

/// What alone sets an excerpt apart from the closest passage in the article, when it is a
/// thing the eye does not see: the excerpt must still be copied again, but the author is
/// told where to look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slight {
    /// Quote marks, dashes or spacing ([`fold_marks`]).
    Marks,
    /// Zero-width joiners and non-joiners, Arabic and Persian letter variants (ي and ی,
    /// ك and ک), tatweel, vowel marks or the digits' script ([`fold_letters`]).
    Letters,
}

fn closest_hint(closest: &Option<String>, slight: Option<Slight>) -> String {
    match (closest, slight) {
        (Some(text), Some(Slight::Marks)) => {
            format!(": it differs only in quote marks, dashes or spacing. The article has {}", quoted(text))
        }
        (Some(text), Some(Slight::Letters)) => format!(
            ": it differs only in zero-width non-joiners or joiners, in Arabic and Persian letter variants \
             (such as ي for ی, or ك for ک), tatweel, vowel marks or the digits' script. The article has {}",
            quoted(text)
        ),
        (Some(text), None) => format!(". The closest passage in the article is {}", quoted(text)),
        (None, _) => String::new(),
    }
}

/// `text` in quote marks: double ones, or single ones where it begins or ends with a
/// double one (a passage that opens a quotation), so that the marks never come in pairs.
fn quoted(text: &str) -> String {
    let double = |c: char| matches!(c, '“' | '”' | '"');
    if text.starts_with(double) || text.ends_with(double) { format!("‘{text}’") } else { format!("“{text}”") }
}

impl Problem {
    pub fn quiz(issue: Issue) -> Self {
        Problem { question: None, index: None, line: None, issue }
    }

    pub fn question(id: &str, issue: Issue) -> Self {
        Problem { question: Some(id.to_owned()), index: None, line: None, issue }
    }
}

/// Limits that keep a hostile bundle from exhausting the browser.
pub const MAX_QUESTIONS: usize = 200;
/// More retired ids than a quiz could ever have had questions is a hostile bundle.
const MAX_RETIRED: usize = 1000;
const MAX_OPTIONS: usize = 12;
const MAX_EXCERPTS: usize = 8;

/// Every problem in `quiz`, in question order; empty when the quiz is sound.
pub fn validate(quiz: &Quiz) -> Vec<Problem> {
    let mut problems = Vec::new();
    let meta = &quiz.meta;
    for (field, text) in [
        ("title", &meta.title),
        ("article title", &meta.article_title),
        ("publication", &meta.publication),
        ("language", &meta.language),
        ("name in addresses", &quiz.slug),
    ] {
        if text.trim().is_empty() {
            problems.push(Problem::quiz(Issue::EmptyText(field.to_owned())));
        }
    }
    if !quiz.slug.trim().is_empty() && !is_name(&quiz.slug) {
        problems.push(Problem::quiz(Issue::BadName(quiz.slug.clone())));
    }
    if meta.authors.is_empty() || meta.authors.iter().any(|a| a.trim().is_empty()) {
        problems.push(Problem::quiz(Issue::EmptyText("list of authors".to_owned())));
    }
    let article = &quiz.article;
    if article.paragraphs.is_empty() {
        problems.push(Problem::quiz(Issue::NoArticle));
    } else if article.body_paragraphs == 0 || article.body_paragraphs > article.paragraphs.len() {
        problems.push(Problem::quiz(Issue::BadBody {
            paragraphs: article.paragraphs.len(),
            body: article.body_paragraphs,
        }));
    }
    check_topics(quiz, &mut problems);
    if quiz.questions.is_empty() {
        problems.push(Problem::quiz(Issue::NoQuestions));
    }
    if quiz.questions.len() > MAX_QUESTIONS {
        problems.push(Problem::quiz(Issue::TooMany { what: "questions", limit: MAX_QUESTIONS }));
    }
    if quiz.retired.len() > MAX_RETIRED {
        problems.push(Problem::quiz(Issue::TooMany { what: "retired ids", limit: MAX_RETIRED }));
    }
    if let Some(twice) = first_repeat(quiz.retired.iter()) {
        problems.push(Problem::quiz(Issue::Repeated { what: "retired id", text: twice.clone() }));
    }
    let retired: BTreeMap<u16, &str> =
        quiz.retired.iter().map(|id| (super::codec::short_name(id), id.as_str())).collect();
    let mut ids = BTreeSet::new();
    let mut short_names = BTreeMap::new();
    let mut hints = Hints::new(article);
    for (index, question) in quiz.questions.iter().enumerate() {
        let mut issues = Vec::new();
        let short_name = super::codec::short_name(&question.id);
        if !ids.insert(question.id.as_str()) {
            issues.push(Issue::DuplicateId);
        } else if quiz.retired.contains(&question.id) {
            issues.push(Issue::RetiredId);
        } else if let Some(old) = retired.get(&short_name) {
            issues.push(Issue::RetiredLinkNameClash((*old).to_owned()));
        } else if let Some(other) = short_names.insert(short_name, question.id.as_str()) {
            issues.push(Issue::LinkNameClash(other.to_owned()));
        }
        if usize::from(question.topic) >= quiz.topics.len() {
            issues.push(Issue::UnknownTopic { topic: usize::from(question.topic) + 1, count: quiz.topics.len() });
        }
        check_question(question, &mut hints, &mut issues);
        problems.extend(
            issues.into_iter().map(|issue| Problem { index: Some(index), ..Problem::question(&question.id, issue) }),
        );
    }
    problems
}

/// The quiz's topics: 1 to [`Topic::MAX`], each with an id fit for files and a label,
/// no id or label twice.
fn check_topics(quiz: &Quiz, problems: &mut Vec<Problem>) {
    let topics = &quiz.topics;
    if topics.is_empty() {
        problems.push(Problem::quiz(Issue::NoTopics));
    }
    if topics.len() > Topic::MAX {
        problems.push(Problem::quiz(Issue::TooMany { what: "topics", limit: Topic::MAX }));
    }
    for (n, topic) in (1..).zip(topics) {
        if !is_name(&topic.id) {
            problems.push(Problem::quiz(Issue::BadTopicId(topic.id.clone())));
        }
        if topic.label.trim().is_empty() {
            problems.push(Problem::quiz(Issue::EmptyText(format!("label of topic {n}"))));
        }
    }
    if let Some(id) = first_repeat(topics.iter().map(|t| &t.id)) {
        problems.push(Problem::quiz(Issue::Repeated { what: "topic id", text: id.clone() }));
    }
    if let Some(label) = first_repeat(topics.iter().map(|t| &t.label).filter(|l| !l.trim().is_empty())) {
        problems.push(Problem::quiz(Issue::Repeated { what: "topic label", text: label.clone() }));
    }
}

/// Whether `text` can name a question or a quiz in addresses, files and saved progress:
/// 1 to 40 lower-case letters, digits and hyphens, not starting or ending with a hyphen.
pub fn is_name(text: &str) -> bool {
    (1..=40).contains(&text.len())
        && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !text.starts_with('-')
        && !text.ends_with('-')
}

/// The checks every question gets whatever its kind: id, points, prompt, explanation
/// and excerpts. Also run on a question whose kind-specific fields could not be read.
pub fn check_common(q: &Question, hints: &mut Hints<'_>, issues: &mut Vec<Issue>) {
    if !is_name(&q.id) {
        issues.push(Issue::BadId);
    }
    if !(1..=100).contains(&q.points) {
        issues.push(Issue::BadPoints(q.points));
    }
    require_text(issues, "prompt", &q.prompt);
    require_text(issues, "explanation", &q.explanation);
    check_excerpts(q, hints, issues);
}

fn check_question(q: &Question, hints: &mut Hints<'_>, issues: &mut Vec<Issue>) {
    check_common(q, hints, issues);
    let article = hints.article;
    match &q.kind {
        Kind::Single { options, correct } => {
            check_options(options.iter().map(|o| (&o.text, &o.feedback)), issues);
            if *correct >= options.len() {
                issues.push(Issue::KeyOutOfRange { what: "option", key: correct + 1, count: options.len() });
            }
        }
        Kind::Multiple { options, correct } => {
            check_options(options.iter().map(|o| (&o.text, &o.feedback)), issues);
            let keys: BTreeSet<usize> = correct.iter().copied().collect();
            if keys.len() != correct.len() {
                issues.push(Issue::KeyRepeated("an option".to_owned()));
            }
            if let Some(&bad) = keys.iter().find(|&&k| k >= options.len()) {
                issues.push(Issue::KeyOutOfRange { what: "option", key: bad + 1, count: options.len() });
            }
            if keys.is_empty() {
                issues.push(Issue::NoCorrectOption);
            } else if keys.len() == options.len() && options.len() > 1 {
                issues.push(Issue::AllOptionsCorrect);
            }
        }
        Kind::TrueFalse { feedback_true, feedback_false, .. } => {
            for (field, feedback) in [("feedback for “true”", feedback_true), ("feedback for “false”", feedback_false)]
            {
                if let Some(text) = feedback {
                    require_text(issues, field, text);
                }
            }
        }
        Kind::Order { items } => {
            require_count(issues, "items to order", 3, MAX_OPTIONS, items.len());
            for item in items {
                require_text(issues, "item text", item);
            }
            if let Some(item) = first_repeat(items.iter()) {
                issues.push(Issue::Repeated { what: "item", text: item.clone() });
            }
        }
        Kind::Numeric { answer, tolerance, unit: _ } => {
            if !answer.is_finite() {
                issues.push(Issue::NotANumber("answer"));
            } else if !q.excerpts.iter().any(|e| quotes_number(e, *answer)) {
                issues.push(Issue::NumberNotQuoted(format_number(*answer)));
            }
            if !tolerance.is_finite() {
                issues.push(Issue::NotANumber("tolerance"));
            } else if *tolerance < 0.0 {
                issues.push(Issue::NegativeTolerance);
            }
        }
        Kind::Evidence { passage, correct } => {
            require_count(issues, "sentences in its passage", 3, super::model::MAX_PASSAGE, passage.len());
            for sentence in passage {
                require_text(issues, "passage sentence", sentence);
            }
            if !passage.is_empty() && article.locate_passage(passage).is_none() {
                issues.push(Issue::PassageNotInArticle { closest: hints.closest(&passage.join(" ")) });
            }
            match passage.get(*correct) {
                None => issues.push(Issue::KeyOutOfRange { what: "sentence", key: correct + 1, count: passage.len() }),
                Some(sentence) => {
                    if !q.excerpts.iter().any(|e| !e.is_empty() && sentence.contains(e.as_str())) {
                        issues.push(Issue::EvidenceNotQuoted);
                    }
                }
            }
        }
    }
}

fn check_excerpts(q: &Question, hints: &mut Hints<'_>, issues: &mut Vec<Issue>) {
    let article = hints.article;
    if q.excerpts.is_empty() {
        issues.push(Issue::NoExcerpt);
    }
    if q.excerpts.len() > MAX_EXCERPTS {
        issues.push(Issue::TooMany { what: "excerpts", limit: MAX_EXCERPTS });
    }
    for (number, excerpt) in (1..).zip(&q.excerpts) {
        if excerpt.trim().is_empty() {
            issues.push(Issue::EmptyText(format!("excerpt {number}")));
            continue;
        }
        if article.locate(excerpt).is_some() {
            continue;
        }
        if let Some(paragraph) = article.paragraphs.iter().position(|p| p.contains(excerpt.as_str())) {
            issues.push(Issue::ExcerptOutsideBody { number, paragraph: paragraph + 1, body: article.body_paragraphs });
            continue;
        }
        let closest = hints.closest(excerpt);
        let slight = closest.as_deref().and_then(|c| {
            let (c, e) = (fold_marks(c), fold_marks(excerpt));
            if c == e { Some(Slight::Marks) } else { (fold_letters(&c) == fold_letters(&e)).then_some(Slight::Letters) }
        });
        issues.push(Issue::ExcerptNotVerbatim { number, closest, slight });
    }
}

fn check_options<'a>(
    options: impl ExactSizeIterator<Item = (&'a String, &'a Option<String>)>,
    issues: &mut Vec<Issue>,
) {
    let mut texts = Vec::with_capacity(options.len());
    for (text, feedback) in options {
        require_text(issues, "option text", text);
        if let Some(feedback) = feedback {
            require_text(issues, "option feedback", feedback);
        }
        texts.push(text);
    }
    require_count(issues, "options", 2, MAX_OPTIONS, texts.len());
    if let Some(text) = first_repeat(texts.into_iter()) {
        issues.push(Issue::Repeated { what: "option", text: text.clone() });
    }
}

fn require_text(issues: &mut Vec<Issue>, field: &str, text: &str) {
    if text.trim().is_empty() {
        issues.push(Issue::EmptyText(field.to_owned()));
    }
}

fn require_count(issues: &mut Vec<Issue>, what: &'static str, needed: usize, limit: usize, found: usize) {
    if found < needed {
        issues.push(Issue::TooFew { what, needed, found });
    } else if found > limit {
        issues.push(Issue::TooMany { what, limit });
    }
}

fn first_repeat<'a>(items: impl Iterator<Item = &'a String>) -> Option<&'a String> {
    let mut seen = BTreeSet::new();
    items.into_iter().find(|item| !seen.insert(item.trim()))
}

/// Whether `excerpt` states `number` as written in prose: `60,000` or `60000` for
/// sixty thousand, `22` for twenty-two (not inside `122`), in Latin, Persian (۶۰٬۰۰۰) or
/// Arabic-Indic digits.
fn quotes_number(excerpt: &str, number: f64) -> bool {
    let excerpt = &latin_digits(excerpt);
    let plain = format_number(number);
    let grouped = group_thousands(&plain);
    [plain, grouped].iter().any(|form| {
        excerpt.match_indices(form.as_str()).any(|(at, _)| {
            let before = excerpt[..at].chars().next_back();
            let mut after = excerpt[at + form.len()..].chars();
            let starts_inside = before.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',');
            let goes_on = match after.next() {
                Some(c) if c.is_ascii_digit() => true,
                Some(',' | '.') => after.next().is_some_and(|c| c.is_ascii_digit()),
                _ => false,
            };
            !starts_inside && !goes_on
        })
    })
}

/// `22`, `2.5`, `-3`: the shortest decimal form, to at most six decimals. Written with
/// integer arithmetic so that the widget does not carry float formatting code.
pub fn format_number(number: f64) -> String {
    if !number.is_finite() {
        return "NaN".to_owned();
    }
    let micros = (number.abs() * 1_000_000.0).round();
    if micros >= 9.0e18 {
        return if number < 0.0 { "-∞".to_owned() } else { "∞".to_owned() };
    }
    let micros = micros as u64;
    let (whole, mut frac) = (micros / 1_000_000, micros % 1_000_000);
    let sign = if number < 0.0 && micros > 0 { "-" } else { "" };
    if frac == 0 {
        return format!("{sign}{whole}");
    }
    let mut digits = 6;
    while frac % 10 == 0 {
        frac /= 10;
        digits -= 1;
    }
    format!("{sign}{whole}.{frac:0digits$}")
}

/// `60000` as `60,000`: commas between groups of three digits.
pub fn group_thousands(plain: &str) -> String {
    let (sign, rest) = plain.strip_prefix('-').map_or(("", plain), |r| ("-", r));
    let (int, frac) = rest.split_once('.').map_or((rest, None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(frac) => format!("{sign}{grouped}.{frac}"),
        None => format!("{sign}{grouped}"),
    }
}

/// `text` with Persian and Arabic-Indic digits as Latin ones, and the Arabic thousands
/// (٬) and decimal (٫) separators as `,` and `.`: as a reader of English numbers types
/// them ([`NumberStyle::latin_digits`]).
pub fn latin_digits(text: &str) -> String {
    NumberStyle::DecimalPoint.latin_digits(text).into_owned()
}

/// Folds what a Persian or Arabic text may hold one way in the article and another in an
/// excerpt typed or pasted elsewhere, though it looks the same: zero-width non-joiners
/// and joiners and tatweel are dropped, as are the vowel marks (harakat), the Arabic yeh
/// and alef maksura become the Persian yeh, the Arabic kaf the Persian one, and every
/// digit the Latin one. For the validator's hints only: excerpts are compared exactly.
pub fn fold_letters(text: &str) -> String {
    latin_digits(text)
        .chars()
        .filter(|c| !matches!(c, '\u{200C}' | '\u{200D}' | '\u{0640}' | '\u{064B}'..='\u{0652}'))
        .map(|c| match c {
            '\u{064A}' | '\u{0649}' => '\u{06CC}',
            '\u{0643}' => '\u{06A9}',
            c => c,
        })
        .collect()
}

/// Folds the marks that most often break a verbatim quote: curly quotes to straight
/// ones, en and em dashes to hyphens, runs of white space to one space.
pub fn fold_marks(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    // A run of white space is one space, and only between words.
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !folded.is_empty();
            continue;
        }
        if std::mem::take(&mut space) {
            folded.push(' ');
        }
        folded.push(match c {
            '‘' | '’' | '′' => '\'',
            '“' | '”' | '″' => '"',
            '–' | '—' | '‐' | '‑' => '-',
            c => c,
        });
    }
    folded
}

/// Finds the passages of an article closest to quotes that are not in it, for the
/// validator's hints. The article's words are read once, when the first hint is wanted,
/// and at most [`Hints::MAX`] hints are looked for in one quiz: the search is linear in
/// the article, and a hostile bundle (a megabyte of article, a thousand bad quotes) must
/// not hold the browser for minutes.
pub struct Hints<'a> {
    pub article: &'a Article,
    words: Option<Vec<Paragraph<'a>>>,
    left: usize,
}

/// One body paragraph as words: their byte spans and their folded forms.
struct Paragraph<'a> {
    text: &'a str,
    spans: Vec<(usize, usize)>,
    keys: Vec<String>,
}

impl<'a> Hints<'a> {
    pub const MAX: usize = 20;

    pub fn new(article: &'a Article) -> Self {
        Hints { article, words: None, left: Self::MAX }
    }

    /// The stretch of the article body most like `text`, if one is close enough and
    /// hints are left.
    pub fn closest(&mut self, text: &str) -> Option<String> {
        self.left = self.left.checked_sub(1)?;
        let article = self.article;
        let words = self.words.get_or_insert_with(|| {
            article
                .body()
                .iter()
                .map(|text| {
                    let spans = word_spans(text);
                    let keys = spans.iter().map(|&(s, e)| word_key(&text[s..e])).collect();
                    Paragraph { text, spans, keys }
                })
                .collect()
        });
        closest_passage(words, text)
    }
}

/// The stretch of `body` most like `text`: the windows of as many words that share the
/// most words with it (up to 16, first found first), then the length around each that is
/// closest by edit distance.
fn closest_passage(body: &[Paragraph<'_>], text: &str) -> Option<String> {
    const CANDIDATES: usize = 16;
    let wanted: Vec<String> = text.split_whitespace().map(word_key).collect();
    if wanted.is_empty() {
        return None;
    }
    let wanted_set: BTreeSet<&str> = wanted.iter().map(String::as_str).collect();
    // (shared words, paragraph, first word, width), best first.
    let mut windows: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (index, paragraph) in body.iter().enumerate() {
        let keys = &paragraph.keys;
        let width = wanted.len().min(keys.len());
        if width == 0 {
            continue;
        }
        // Shared words per window, counted with a sliding tally.
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        let mut shared = 0usize;
        let mut best_here = (0usize, 0usize);
        for end in 0..keys.len() {
            let key = keys[end].as_str();
            if wanted_set.contains(key) {
                *counts.entry(key).or_default() += 1;
                shared += usize::from(counts[key] == 1);
            }
            if end >= width {
                let gone = keys[end - width].as_str();
                if let Some(count) = counts.get_mut(gone) {
                    *count -= 1;
                    shared -= usize::from(*count == 0);
                }
            }
            if end + 1 >= width && shared > best_here.0 {
                best_here = (shared, end + 1 - width);
            }
        }
        if best_here.0 > 0 {
            windows.push((best_here.0, index, best_here.1, width));
        }
    }
    windows.sort_by_key(|&(shared, ..)| std::cmp::Reverse(shared));
    let folded = fold_marks(text);
    let mut best: Option<&str> = None;
    let mut best_distance = f64::MAX;
    for &(_, index, start, width) in windows.iter().take(CANDIDATES) {
        let Paragraph { text: paragraph, spans, .. } = &body[index];
        // Refine the length: a few words shorter or longer may fit better.
        for len in width.saturating_sub(3).max(1)..=(width + 3).min(spans.len() - start) {
            let candidate = &paragraph[spans[start].0..spans[start + len - 1].1];
            let distance = 1.0 - strsim::normalized_levenshtein(&fold_marks(candidate), &folded);
            if distance < best_distance {
                best_distance = distance;
                best = Some(candidate);
            }
        }
    }
    best.filter(|_| best_distance < 0.75).map(str::to_owned)
}

fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

fn word_key(word: &str) -> String {
    fold_letters(&fold_marks(word)).trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// What `quiz-check` prints for a sound quiz.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub questions: usize,
    pub by_kind: Vec<(KindName, usize)>,
    /// Each topic's id and how many questions are about it, in the quiz's order.
    pub by_topic: Vec<(String, usize)>,
    pub total_points: u32,
    /// 1-based numbers of the body paragraphs that some excerpt quotes.
    pub covered: Vec<usize>,
    /// 1-based numbers of the body paragraphs that no excerpt quotes.
    pub uncovered: Vec<usize>,
}

pub fn summarize(quiz: &Quiz) -> Summary {
    let count = |pred: &dyn Fn(&Question) -> bool| quiz.questions.iter().filter(|q| pred(q)).count();
    let by_kind = KindName::ALL.iter().map(|&k| (k, count(&|q| q.kind.name() == k))).filter(|(_, n)| *n > 0).collect();
    let by_topic =
        quiz.topics.iter().enumerate().map(|(i, t)| (t.id.clone(), count(&|q| usize::from(q.topic) == i))).collect();
    let covered: BTreeSet<usize> = quiz
        .questions
        .iter()
        .flat_map(|q| &q.excerpts)
        .filter_map(|e| quiz.article.locate(e))
        .map(|loc| loc.paragraph + 1)
        .collect();
    let uncovered = (1..=quiz.article.body().len()).filter(|p| !covered.contains(p)).collect();
    Summary {
        questions: quiz.questions.len(),
        by_kind,
        by_topic,
        total_points: quiz.max_points(),
        covered: covered.into_iter().collect(),
        uncovered,
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |items: &[usize]| items.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
        writeln!(f, "{} questions, {} points in all", self.questions, self.total_points)?;
        writeln!(f, "by kind:")?;
        for (kind, n) in &self.by_kind {
            writeln!(f, "  {:<11} {n}", kind.key())?;
        }
        writeln!(f, "by topic:")?;
        for (topic, n) in &self.by_topic {
            writeln!(f, "  {topic:<15} {n}")?;
        }
        let total = self.covered.len() + self.uncovered.len();
        writeln!(
            f,
            "excerpts quote {} of the article's {total} paragraphs: {}",
            self.covered.len(),
            list(&self.covered)
        )?;
        if !self.uncovered.is_empty() {
            writeln!(f, "paragraphs no excerpt quotes: {}", list(&self.uncovered))?;
        }
        Ok(())
    }
}
