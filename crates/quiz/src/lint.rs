//! Item-writing lint: the patterns that let a student score without reading the article.
//!
//! [`validate`](super::validate) proves a quiz *correct*: quotes verbatim, keys
//! consistent. This module looks for what makes a correct quiz a poor test: a bank where
//! answering “false” every time pays, where the right option is the longest, where the
//! key sits in the same place, where an absolute word gives a statement away, and, read
//! as a whole, where one question's text gives another's answer away ([`super::leaks`]).
//! Each
//! finding is a [`Warning`] that names its question (or, for a pattern across the quiz,
//! the questions that make it) and the [`Rule`] it breaks. `quiz-check` prints them;
//! `quiz-check --strict` refuses a quiz that has any.
//!
//! The rules and their thresholds come from published item-writing guidelines, chiefly
//! Haladyna, Downing and Rodriguez (2002), “A Review of Multiple-Choice Item-Writing
//! Guidelines for Classroom Assessment”, *Applied Measurement in Education* 15(3); the
//! thresholds are this project's reading of them. The README's “Writing good questions”
//! gives each rule with its guideline, an example and its fix.
//!
//! Must not import anything from a browser or UI crate.

use std::fmt;

use thiserror::Error;

pub use super::leaks::Place;
use super::leaks::{Leak, Text, is_english, leaks};
use super::model::{Choice, Kind, Question, Quiz};
use super::validate::fold_marks;

/// One item-writing guideline that the lint checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// Between 40 % and 60 % of the true/false statements are true.
    TrueFalseBalance,
    /// Multiple-select questions do not all have the same number of correct options.
    CorrectCount,
    /// The correct single-choice option is the longest in at most a third of them.
    LongestOption,
    /// No correct single-choice option is over 1.5 × as long as its longest distractor.
    LongAnswer,
    /// The keys are spread over the positions in which the options are written.
    KeyPosition,
    /// No false true/false statement is made false by an absolute word.
    AbsoluteWord,
    /// No option repeats four or more words of its prompt in a row.
    RepeatsPrompt,
    /// No wrong option of three or more words is quoted word for word in its question's
    /// excerpts.
    QuotedDistractor,
    /// No question's answer is written in another question's prompt, options or items.
    GivesAway,
    /// An evidence question's supporting sentence does not win by sharing words with the
    /// claim.
    EvidenceOverlap,
    /// No order question's items state their own years or dates.
    SelfDatingOrder,
    /// No option is ruled out by the prompt's own wording.
    PromptExcludesOption,
}

impl Rule {
    pub const ALL: [Rule; 12] = [
        Rule::TrueFalseBalance,
        Rule::CorrectCount,
        Rule::LongestOption,
        Rule::LongAnswer,
        Rule::KeyPosition,
        Rule::AbsoluteWord,
        Rule::RepeatsPrompt,
        Rule::QuotedDistractor,
        Rule::GivesAway,
        Rule::EvidenceOverlap,
        Rule::SelfDatingOrder,
        Rule::PromptExcludesOption,
    ];

    /// The rule's name in `quiz-check`'s output and the README.
    pub fn key(self) -> &'static str {
        match self {
            Rule::TrueFalseBalance => "true-false-balance",
            Rule::CorrectCount => "correct-count",
            Rule::LongestOption => "longest-option",
            Rule::LongAnswer => "long-answer",
            Rule::KeyPosition => "key-position",
            Rule::AbsoluteWord => "absolute-word",
            Rule::RepeatsPrompt => "repeats-prompt",
            Rule::QuotedDistractor => "quoted-distractor",
            Rule::GivesAway => "gives-away",
            Rule::EvidenceOverlap => "evidence-overlap",
            Rule::SelfDatingOrder => "self-dating-order",
            Rule::PromptExcludesOption => "prompt-excludes-option",
        }
    }
}

/// The smallest share of true statements among true/false questions, in percent.
pub const TRUE_SHARE_MIN: usize = 40;
/// The largest share of true statements among true/false questions, in percent.
pub const TRUE_SHARE_MAX: usize = 60;
/// How many true/false questions a quiz needs before their balance is judged.
pub const BALANCE_FROM: usize = 3;
/// How many multiple-select questions a quiz needs before their counts are judged.
pub const COUNTS_FROM: usize = 3;
/// How many single-choice questions a quiz needs before lengths and positions are judged.
pub const SINGLES_FROM: usize = 3;
/// How much longer than its longest distractor a correct option may be, in tenths.
pub const LONG_ANSWER_TENTHS: usize = 15;
/// How many words an option may share in a row with its prompt before it echoes it.
pub const ECHO_WORDS: usize = 4;
/// How many words a wrong option needs before being quoted in an excerpt counts against
/// it: a year or a name from the text (“2029”, “Tehran”) is a fair distractor.
pub const QUOTED_WORDS: usize = 3;
/// How many more of the claim's content words the supporting sentence of an evidence
/// question may share than any other sentence of its passage before matching words
/// finds it without reading.
pub const EVIDENCE_MARGIN: usize = 2;
/// Month names: an order item that names one dates itself. (“May” is left out: as a
/// verb it would date “Work may begin”.)
pub const MONTHS: [&str; 11] =
    ["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"];
/// Words by which a prompt asks how two things differ, so that an option saying they are
/// alike is ruled out before reading.
pub const DIFFERENCE_WORDS: [&str; 8] =
    ["contrast", "contrasts", "differ", "differed", "differs", "difference", "differences", "distinguish"];
/// Options that say two things are alike.
pub const ALIKE_WORDS: [&str; 2] = ["both", "neither"];
/// Words that make a statement absolute, and so, in a false statement, give it away.
pub const ABSOLUTE_WORDS: [&str; 11] =
    ["above all", "absolutely", "all", "always", "completely", "entirely", "every", "never", "none", "only", "single"];

/// One item-writing fault: which rule, where, and what was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The question at fault, or `None` for a pattern across the quiz (the finding then
    /// names the questions that make it).
    pub question: Option<String>,
    /// The question's position in the quiz.
    pub index: Option<usize>,
    /// The line of quiz.toml where the question starts, when it was read from a file.
    pub line: Option<usize>,
    pub finding: Finding,
}

impl Warning {
    pub fn rule(&self) -> Rule {
        self.finding.rule()
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rule = self.rule().key();
        match (&self.question, self.line) {
            (Some(id), Some(line)) => write!(f, "question “{id}” (quiz.toml line {line}): {} [{rule}]", self.finding),
            (Some(id), None) => write!(f, "question “{id}”: {} [{rule}]", self.finding),
            (None, _) => write!(f, "quiz: {} [{rule}]", self.finding),
        }
    }
}

/// What the lint found, in words an editor can act on.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Finding {
    #[error(
        "{leaning} of its {total} true/false statements are {answer} ({ids}), so answering “{answer}” to every one scores {leaning} of {total}; keep between {TRUE_SHARE_MIN} % and {TRUE_SHARE_MAX} % of them true",
        ids = .ids.join(", ")
    )]
    TrueFalseBalance { answer: bool, leaning: usize, total: usize, ids: Vec<String> },
    #[error(
        "all {total} multiple-select questions have exactly {count} correct options, so a student can count instead of read; vary how many are correct"
    )]
    CorrectCount { count: usize, total: usize },
    #[error(
        "in {hits} of its {total} single-choice questions the correct option is the longest ({ids}); keep that to a third of them at most",
        ids = .ids.join(", ")
    )]
    LongestOption { hits: usize, total: usize, ids: Vec<String> },
    #[error(
        "its correct option has {correct} characters, more than 1.5 times its longest wrong option ({longest}); a conspicuously long option gives the answer away"
    )]
    LongAnswer { correct: usize, longest: usize },
    #[error(
        "the correct option is written {} in {hits} of its {total} single-choice questions ({ids}), so with shuffling off, picking it every time scores {hits} of {total}; spread the keys over the positions",
        ordinal(*position),
        ids = .ids.join(", ")
    )]
    SinglePosition { position: usize, hits: usize, total: usize, ids: Vec<String> },
    #[error(
        "in {hits} of its {total} multiple-select questions the correct options are the first ones written ({ids}); mix them among the wrong ones",
        ids = .ids.join(", ")
    )]
    MultiplePosition { hits: usize, total: usize, ids: Vec<String> },
    #[error(
        "its statement is false and says “{word}”, an absolute word that gives false statements away; make it false by what it claims instead"
    )]
    AbsoluteWord { word: &'static str },
    #[error("option {option} repeats the prompt’s words “{words}”, which points to it; reword the option")]
    RepeatsPrompt { option: usize, words: String },
    #[error(
        "wrong option {option} (“{text}”) is quoted word for word in its excerpts, so the quote seems to support it; write a distractor the article does not state"
    )]
    QuotedDistractor { option: usize, text: String },
    #[error(
        "its answer’s “{term}” is written in question “{other}” ({place}), so a student can read it there before answering; reword one of them"
    )]
    GivesAway { term: String, other: String, place: Place },
    #[error(
        "its supporting sentence shares {shared} of the claim’s content words, and no other sentence of the passage more than {runner_up}, so matching words finds it without reading; word the claim differently"
    )]
    EvidenceOverlap { shared: usize, runner_up: usize },
    #[error(
        "item {item} states its own date (“{date}”), so the order can be read off the items; name the events without their dates"
    )]
    SelfDatingOrder { item: usize, date: String },
    #[error(
        "option {option} begins “{word}”, which its prompt rules out by asking how they differ; write a wrong difference instead"
    )]
    PromptExcludesOption { option: usize, word: String },
}

impl Finding {
    pub fn rule(&self) -> Rule {
        match self {
            Finding::TrueFalseBalance { .. } => Rule::TrueFalseBalance,
            Finding::CorrectCount { .. } => Rule::CorrectCount,
            Finding::LongestOption { .. } => Rule::LongestOption,
            Finding::LongAnswer { .. } => Rule::LongAnswer,
            Finding::SinglePosition { .. } | Finding::MultiplePosition { .. } => Rule::KeyPosition,
            Finding::AbsoluteWord { .. } => Rule::AbsoluteWord,
            Finding::RepeatsPrompt { .. } => Rule::RepeatsPrompt,
            Finding::QuotedDistractor { .. } => Rule::QuotedDistractor,
            Finding::GivesAway { .. } => Rule::GivesAway,
            Finding::EvidenceOverlap { .. } => Rule::EvidenceOverlap,
            Finding::SelfDatingOrder { .. } => Rule::SelfDatingOrder,
            Finding::PromptExcludesOption { .. } => Rule::PromptExcludesOption,
        }
    }
}

fn ordinal(position: usize) -> String {
    match position {
        0 => "first".to_owned(),
        1 => "second".to_owned(),
        2 => "third".to_owned(),
        3 => "fourth".to_owned(),
        n => format!("{}th", n + 1),
    }
}

/// Every item-writing fault in `quiz`: first those of single questions, in question
/// order, then the patterns across the quiz. Empty when none is found. Meant for a sound
/// quiz; on an unsound one it skips what it cannot read (a key past the last option).
pub fn lint(quiz: &Quiz) -> Vec<Warning> {
    let english = is_english(&quiz.meta.language);
    let mut leaks: Vec<Leak> = leaks(quiz).into_iter().filter(|leak| !leak.in_passage()).collect();
    let mut warnings = Vec::new();
    for (index, question) in quiz.questions.iter().enumerate() {
        let at = |finding| Warning { question: Some(question.id.clone()), index: Some(index), line: None, finding };
        warnings.extend(question_findings(question, english).into_iter().map(at));
        let (own, rest): (Vec<Leak>, Vec<Leak>) = leaks.into_iter().partition(|leak| leak.question == index);
        leaks = rest;
        warnings.extend(own.into_iter().map(|leak| {
            at(Finding::GivesAway { term: leak.term, other: quiz.questions[leak.other].id.clone(), place: leak.place })
        }));
    }
    let across = |finding| Warning { question: None, index: None, line: None, finding };
    warnings.extend(quiz_findings(quiz).into_iter().map(across));
    warnings
}

/// The faults of one question on its own.
fn question_findings(q: &Question, english: bool) -> Vec<Finding> {
    let mut found = Vec::new();
    if let Kind::TrueFalse { correct: false, .. } = q.kind
        && let Some(word) = absolute_word(&q.prompt)
    {
        found.push(Finding::AbsoluteWord { word });
    }
    if let Kind::Order { items } = &q.kind {
        found.extend(
            (1..)
                .zip(items)
                .find_map(|(item, text)| own_date(text).map(|date| Finding::SelfDatingOrder { item, date })),
        );
    }
    if english && let Kind::Evidence { passage, correct } = &q.kind {
        found.extend(evidence_overlap(&q.prompt, passage, *correct));
    }
    let Some(options) = q.kind.options() else { return found };
    let keyed = keyed(&q.kind);
    if let Kind::Single { correct, .. } = q.kind
        && let Some(answer) = options.get(correct)
    {
        let correct = chars(answer);
        let longest = distractors(options, &keyed).map(|(_, o)| chars(o)).max().unwrap_or(0);
        if correct * 10 > longest * LONG_ANSWER_TENTHS {
            found.push(Finding::LongAnswer { correct, longest });
        }
    }
    let prompt = words(&q.prompt);
    for (number, option) in (1..).zip(options) {
        if let Some(words) = shared_run(&words(&option.text), &prompt, ECHO_WORDS) {
            found.push(Finding::RepeatsPrompt { option: number, words });
        }
    }
    if english && words(&q.prompt).iter().any(|w| DIFFERENCE_WORDS.contains(&w.as_str())) {
        for (number, option) in (1..).zip(options) {
            if let Some(first) = words(&option.text).into_iter().next()
                && ALIKE_WORDS.contains(&first.as_str())
            {
                found.push(Finding::PromptExcludesOption { option: number, word: first });
            }
        }
    }
    let quoted: Vec<String> = q.excerpts.iter().map(|e| fold(e)).collect();
    for (index, option) in distractors(options, &keyed) {
        let text = fold(option.text.trim_end_matches(['.', ' ']));
        if words(&text).len() >= QUOTED_WORDS && quoted.iter().any(|e| e.contains(&text)) {
            found.push(Finding::QuotedDistractor { option: index + 1, text: option.text.clone() });
        }
    }
    found
}

/// The patterns across the quiz.
fn quiz_findings(quiz: &Quiz) -> Vec<Finding> {
    let mut found = Vec::new();
    let ids = |questions: &[&Question]| questions.iter().map(|q| q.id.clone()).collect::<Vec<_>>();

    let statements: Vec<(&Question, bool)> = quiz
        .questions
        .iter()
        .filter_map(|q| match q.kind {
            Kind::TrueFalse { correct, .. } => Some((q, correct)),
            _ => None,
        })
        .collect();
    let total = statements.len();
    if total >= BALANCE_FROM {
        let trues = statements.iter().filter(|(_, t)| *t).count();
        // The share is judged with the bounds rounded outwards: of 5 statements, 2 or 3
        // must be true; of 3, 1 or 2.
        let (low, high) = (total * TRUE_SHARE_MIN / 100, (total * TRUE_SHARE_MAX).div_ceil(100));
        if trues < low || trues > high {
            let answer = trues > high;
            let leaning: Vec<&Question> = statements.iter().filter(|(_, t)| *t == answer).map(|(q, _)| *q).collect();
            found.push(Finding::TrueFalseBalance { answer, leaning: leaning.len(), total, ids: ids(&leaning) });
        }
    }

    let multiples: Vec<(&Question, &[usize])> = quiz
        .questions
        .iter()
        .filter_map(|q| match &q.kind {
            Kind::Multiple { correct, .. } => Some((q, correct.as_slice())),
            _ => None,
        })
        .collect();
    if multiples.len() >= COUNTS_FROM {
        let count = multiples[0].1.len();
        if multiples.iter().all(|(_, c)| c.len() == count) {
            found.push(Finding::CorrectCount { count, total: multiples.len() });
        }
        let leading: Vec<&Question> = multiples
            .iter()
            .filter(|(_, correct)| {
                let mut sorted = correct.to_vec();
                sorted.sort_unstable();
                sorted.iter().enumerate().all(|(i, &c)| i == c)
            })
            .map(|(q, _)| *q)
            .collect();
        if leading.len() * 2 > multiples.len() {
            found.push(Finding::MultiplePosition { hits: leading.len(), total: multiples.len(), ids: ids(&leading) });
        }
    }

    let singles: Vec<(&Question, &[Choice], usize)> = quiz
        .questions
        .iter()
        .filter_map(|q| match &q.kind {
            Kind::Single { options, correct } if *correct < options.len() => Some((q, options.as_slice(), *correct)),
            _ => None,
        })
        .collect();
    if singles.len() >= SINGLES_FROM {
        let longest: Vec<&Question> = singles
            .iter()
            .filter(|(_, options, correct)| {
                let length = chars(&options[*correct]);
                options.iter().enumerate().all(|(i, o)| i == *correct || chars(o) < length)
            })
            .map(|(q, ..)| *q)
            .collect();
        if longest.len() * 3 > singles.len() {
            found.push(Finding::LongestOption { hits: longest.len(), total: singles.len(), ids: ids(&longest) });
        }
        let most = (0..=singles.iter().map(|(.., c)| *c).max().unwrap_or(0))
            .map(|position| singles.iter().filter(|(.., c)| *c == position).map(|(q, ..)| *q).collect::<Vec<_>>())
            .enumerate()
            .max_by_key(|(position, hits)| (hits.len(), std::cmp::Reverse(*position)));
        if let Some((position, hits)) = most
            && hits.len() * 2 > singles.len()
        {
            found.push(Finding::SinglePosition { position, hits: hits.len(), total: singles.len(), ids: ids(&hits) });
        }
    }
    found
}

/// The first year or date an order item states: a number, or a month's name.
fn own_date(item: &str) -> Option<String> {
    let said = words(item);
    said.iter().find(|w| w.chars().any(|c| c.is_ascii_digit()) || MONTHS.contains(&w.as_str())).cloned()
}

/// The finding when an evidence question's supporting sentence shares clearly more of the
/// claim's content words than any other sentence of its passage.
fn evidence_overlap(prompt: &str, passage: &[String], correct: usize) -> Option<Finding> {
    let claim = Text::new(claim_of(prompt), true);
    let claim = claim.content_words();
    let shared: Vec<usize> =
        passage.iter().map(|sentence| Text::new(sentence, true).content_words().intersection(&claim).count()).collect();
    let key = *shared.get(correct)?;
    let runner_up = shared.iter().enumerate().filter(|(i, _)| *i != correct).map(|(_, n)| *n).max()?;
    (key >= runner_up + EVIDENCE_MARGIN).then_some(Finding::EvidenceOverlap { shared: key, runner_up })
}

/// The claim an evidence prompt states, without the question that follows it (“Which
/// sentence … supports it?”), whose words every sentence would share alike.
fn claim_of(prompt: &str) -> &str {
    let prompt = prompt.trim();
    let Some(body) = prompt.strip_suffix('?') else { return prompt };
    match body.rfind(['.', '!']) {
        Some(end) => &prompt[..=end],
        None => prompt,
    }
}

/// The option indices the key marks correct.
fn keyed(kind: &Kind) -> Vec<usize> {
    match kind {
        Kind::Single { correct, .. } => vec![*correct],
        Kind::Multiple { correct, .. } => correct.clone(),
        _ => Vec::new(),
    }
}

fn distractors<'a>(options: &'a [Choice], keyed: &'a [usize]) -> impl Iterator<Item = (usize, &'a Choice)> {
    options.iter().enumerate().filter(move |(i, _)| !keyed.contains(i))
}

fn chars(option: &Choice) -> usize {
    option.text.trim().chars().count()
}

/// The first absolute word in `statement`, matched as whole words in any case.
fn absolute_word(statement: &str) -> Option<&'static str> {
    let said = format!(" {} ", words(statement).join(" "));
    ABSOLUTE_WORDS.iter().copied().find(|word| said.contains(&format!(" {word} ")))
}

/// `text` as lower-case words: letters and digits, with apostrophes kept inside a word.
fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The first run of at least `min` words of `option` that stands in `prompt` in the same
/// order, as the option writes it.
fn shared_run(option: &[String], prompt: &[String], min: usize) -> Option<String> {
    if option.len() < min {
        return None;
    }
    option.windows(min).find(|run| prompt.windows(min).any(|p| p == *run)).map(|run| run.join(" "))
}

/// Lower case, with curly quotes and dashes folded and white space collapsed, so that
/// “Iran’s” in an option and "Iran's" in a prompt count as the same word.
fn fold(text: &str) -> String {
    fold_marks(text).to_lowercase()
}
