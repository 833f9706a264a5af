//! What one question's text tells about another's answer: the leak map.
//!
//! A test mode that lets a student go back, and a worksheet that prints every question,
//! show a student the whole bank before they answer any of it. So a question whose answer
//! is written in another question's prompt, options or order items can be answered
//! without reading the article. [`leaks`] finds every such place: for each question, the
//! terms of its answer (a number, a name, a run of three content words) and where else
//! in the bank they are written. The lint's `gives-away` rule is the leaks into authored
//! text; a leak into an evidence question's passage is the article's own words, listed
//! in `quiz-check --report` but never a warning, since reading a passage is reading the
//! article.
//!
//! A term counts only if it is rare across the bank (written in at most
//! [`RARE_IN_QUESTIONS`] questions' authored text) and absent from its own question's
//! prompt, so that the words every question shares (“Iran”, “Reagan”) never count.
//!
//! Must not import anything from a browser or UI crate.

use std::collections::BTreeSet;
use std::fmt;

use super::model::{Kind, Question, Quiz};
use super::validate::fold_marks;

/// A term of an answer written in more questions' authored text than this is common
/// vocabulary of the bank, not a clue.
pub const RARE_IN_QUESTIONS: usize = 3;
/// How many content words in a row make a phrase worth following.
pub const PHRASE_WORDS: usize = 3;

/// Words that carry no content, left out of phrases and word counts. English only: the
/// rules that use them run on English quizzes.
const STOP_WORDS: [&str; 96] = [
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being",
    "between", "both", "but", "by", "can", "could", "did", "do", "does", "each", "either", "for", "from", "had", "has",
    "have", "he", "her", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "may", "might",
    "more", "most", "much", "must", "neither", "no", "nor", "not", "of", "on", "once", "one", "only", "or", "other",
    "our", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them",
    "then", "there", "these", "they", "this", "those", "to", "under", "up", "very", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "with",
];

/// Where in a question a term is written. Numbers count from 1, as the editor shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    Prompt,
    Option(usize),
    Item(usize),
    /// A sentence of an evidence question's passage: the article's own words.
    Passage(usize),
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Prompt => f.write_str("prompt"),
            Place::Option(n) => write!(f, "option {n}"),
            Place::Item(n) => write!(f, "item {n}"),
            Place::Passage(n) => write!(f, "passage, sentence {n}"),
        }
    }
}

/// A term of one question's answer, written in another question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leak {
    /// The question whose answer it is (an index into the quiz's questions).
    pub question: usize,
    /// The term as the answer writes it: “Oman”, “901”, “right side history”.
    pub term: String,
    /// The question it is written in.
    pub other: usize,
    pub place: Place,
}

impl Leak {
    /// Whether it is written in the article's own words (a passage), so not a warning.
    pub fn in_passage(&self) -> bool {
        matches!(self.place, Place::Passage(_))
    }
}

/// Every place where a rare term of one question's answer is written in another
/// question, in question order.
pub fn leaks(quiz: &Quiz) -> Vec<Leak> {
    let english = is_english(&quiz.meta.language);
    let authored: Vec<Vec<(Place, Text)>> = quiz.questions.iter().map(|q| authored(q, english)).collect();
    let passages: Vec<Vec<(Place, Text)>> = quiz.questions.iter().map(|q| passage(q, english)).collect();
    let mut found = Vec::new();
    for (index, question) in quiz.questions.iter().enumerate() {
        let prompt = Text::new(&question.prompt, english);
        let mut terms: Vec<Term> = answer_terms(question, english).into_iter().filter(|t| !prompt.has(t)).collect();
        terms.dedup();
        for term in terms {
            let written_in = authored.iter().filter(|places| places.iter().any(|(_, text)| text.has(&term))).count();
            if written_in > RARE_IN_QUESTIONS {
                continue;
            }
            for other in (0..quiz.questions.len()).filter(|other| *other != index) {
                for (place, text) in authored[other].iter().chain(&passages[other]) {
                    if text.has(&term) {
                        found.push(Leak { question: index, term: term.shown.clone(), other, place: *place });
                    }
                }
            }
        }
    }
    found
}

/// The leak map `quiz-check --report` prints: for each question, where else the bank
/// writes its answer, the warnings (authored text) apart from the article's own words
/// (passages).
pub fn report(quiz: &Quiz) -> String {
    use std::fmt::Write;

    let leaks = leaks(quiz);
    let mut out = String::from(
        "Where each question's answer is written in another question (a warning), or in a passage of the article (not a warning):\n",
    );
    for (index, question) in quiz.questions.iter().enumerate() {
        let own: Vec<&Leak> = leaks.iter().filter(|leak| leak.question == index).collect();
        let _ = write!(out, "Q{} {}:", index + 1, question.id);
        if own.is_empty() {
            out.push_str(" nowhere else\n");
            continue;
        }
        out.push('\n');
        for passage in [false, true] {
            let label = if passage { "in the article's words" } else { "warning" };
            let mut places: Vec<(usize, Place)> = Vec::new();
            for leak in own.iter().filter(|leak| leak.in_passage() == passage) {
                if !places.contains(&(leak.other, leak.place)) {
                    places.push((leak.other, leak.place));
                }
            }
            for (other, place) in places {
                let terms: Vec<String> = own
                    .iter()
                    .filter(|leak| leak.other == other && leak.place == place)
                    .map(|leak| format!("“{}”", leak.term))
                    .collect();
                let id = &quiz.questions[other].id;
                let _ = writeln!(out, "  {label}: {} in Q{} {id}, {place}", terms.join(", "), other + 1);
            }
        }
    }
    out
}

/// Whether a quiz's language tag is English, for the rules that read English words.
pub fn is_english(language: &str) -> bool {
    let primary = language.split(['-', '_']).next().unwrap_or_default();
    primary.eq_ignore_ascii_case("en")
}

/// What the question's author wrote for students to read before answering: the prompt,
/// the options and the order items.
fn authored(q: &Question, english: bool) -> Vec<(Place, Text)> {
    let mut texts = vec![(Place::Prompt, Text::new(&q.prompt, english))];
    if let Some(options) = q.kind.options() {
        texts.extend((1..).zip(options).map(|(n, o)| (Place::Option(n), Text::new(&o.text, english))));
    }
    if let Kind::Order { items } = &q.kind {
        texts.extend((1..).zip(items).map(|(n, item)| (Place::Item(n), Text::new(item, english))));
    }
    texts
}

fn passage(q: &Question, english: bool) -> Vec<(Place, Text)> {
    match &q.kind {
        Kind::Evidence { passage, .. } => {
            (1..).zip(passage).map(|(n, sentence)| (Place::Passage(n), Text::new(sentence, english))).collect()
        }
        _ => Vec::new(),
    }
}

/// The terms of a question's answer: those of its right options; its number; for an
/// order question, the numbers (years) its excerpts give, which decide the order.
/// True/false and evidence answers have no words of their own to leak.
fn answer_terms(q: &Question, english: bool) -> Vec<Term> {
    match &q.kind {
        Kind::Single { options, correct } => {
            options.get(*correct).map(|o| Text::new(&o.text, english).terms()).unwrap_or_default()
        }
        Kind::Multiple { options, correct } => {
            correct.iter().filter_map(|&c| options.get(c)).flat_map(|o| Text::new(&o.text, english).terms()).collect()
        }
        Kind::Numeric { answer, .. } if answer.is_finite() => {
            let digits = format!("{answer}");
            vec![Term { kind: TermKind::Number(digits.clone()), shown: digits }]
        }
        Kind::Order { .. } => q
            .excerpts
            .iter()
            .flat_map(|e| numbers(e))
            .map(|n| Term { kind: TermKind::Number(n.clone()), shown: n })
            .collect(),
        _ => Vec::new(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    kind: TermKind,
    /// How the answer writes it.
    shown: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum TermKind {
    /// Digits, without thousands separators: `60000`, `1979`.
    Number(String),
    /// A name: capitalised words in a row, not at the start of a sentence, as stems:
    /// `oman`, `latin america`.
    Name(Vec<String>),
    /// Content words in a row, as stems.
    Phrase(Vec<String>),
}

/// A text read for terms: its numbers, its words as stems, and its content words.
pub(crate) struct Text {
    numbers: BTreeSet<String>,
    /// Every word in order, as stems.
    stems: Vec<String>,
    /// Content words in order, as stems.
    content: Vec<String>,
    /// Its names: their stems, and the words as written.
    names: Vec<(Vec<String>, String)>,
    /// Whether its content words are known (English): phrases are followed only then.
    english: bool,
}

impl Text {
    pub(crate) fn new(text: &str, english: bool) -> Self {
        let folded = fold_marks(text);
        let mut stems = Vec::new();
        let mut content = Vec::new();
        let mut names: Vec<(Vec<String>, String)> = Vec::new();
        // Whether the word before was part of a name, so that the next one extends it.
        let mut in_name = false;
        let mut sentence_start = true;
        for (word, ended, joined) in words_with_breaks(&folded) {
            sentence_start |= ended;
            let lower = word.to_lowercase();
            let stemmed = stem(&lower);
            let stop = english && STOP_WORDS.contains(&lower.as_str());
            let digits = word.chars().all(|c| c.is_ascii_digit());
            let capital = word.chars().next().is_some_and(char::is_uppercase) && word.chars().count() > 1;
            let name = capital && !sentence_start && !stop && !digits;
            match names.last_mut() {
                Some((run, written)) if name && in_name && joined => {
                    run.push(stemmed.clone());
                    written.push(' ');
                    written.push_str(word);
                }
                _ if name => names.push((vec![stemmed.clone()], word.to_owned())),
                _ => {}
            }
            in_name = name;
            // Initials (the “U” and “S” of “U.S.”) are not content words either.
            if !stop && !digits && word.chars().count() > 1 {
                content.push(stemmed.clone());
            }
            stems.push(stemmed);
            sentence_start = false;
        }
        Text { numbers: numbers(&folded).into_iter().collect(), stems, content, names, english }
    }

    fn terms(&self) -> Vec<Term> {
        let mut terms: Vec<Term> =
            self.numbers.iter().map(|n| Term { kind: TermKind::Number(n.clone()), shown: n.clone() }).collect();
        terms.extend(
            self.names.iter().map(|(run, written)| Term { kind: TermKind::Name(run.clone()), shown: written.clone() }),
        );
        // A phrase that is one of its names (“Helsinki Final Act”) is that name already.
        let phrases = if self.english { PHRASE_WORDS } else { usize::MAX };
        terms.extend(
            self.content
                .windows(phrases)
                .filter(|run| !self.names.iter().any(|(name, _)| name == run))
                .map(|run| Term { kind: TermKind::Phrase(run.to_vec()), shown: run.join(" ") }),
        );
        terms
    }

    fn has(&self, term: &Term) -> bool {
        match &term.kind {
            TermKind::Number(n) => self.numbers.contains(n),
            TermKind::Name(run) => self.stems.windows(run.len()).any(|w| w == run.as_slice()),
            TermKind::Phrase(run) => self.content.windows(run.len()).any(|w| w == run.as_slice()),
        }
    }

    /// Its distinct content words, as stems.
    pub(crate) fn content_words(&self) -> BTreeSet<&str> {
        self.content.iter().map(String::as_str).collect()
    }
}

/// The words of `text` (letters and digits, apostrophes kept inside a word), each with
/// whether a sentence ended before it and whether only a space separates it from the
/// word before (so that “Latin America” is one name, and “Oman, Tehran” two).
fn words_with_breaks(text: &str) -> Vec<(&str, bool, bool)> {
    let mut words = Vec::new();
    let mut start = None;
    let mut ended = false;
    let mut joined = true;
    for (at, c) in text.char_indices().chain(std::iter::once((text.len(), ','))) {
        if c.is_alphanumeric() || (c == '\'' && start.is_some()) {
            start.get_or_insert(at);
            continue;
        }
        if let Some(from) = start.take() {
            let word = text[from..at].trim_end_matches('\'');
            if !word.is_empty() {
                words.push((word, std::mem::take(&mut ended), std::mem::replace(&mut joined, true)));
            }
        }
        if c != ' ' {
            joined = false;
        }
        // “U.S.” does not end a sentence; a full stop after a longer word does.
        if matches!(c, '.' | '?' | '!' | ':' | ';') && !words.last().is_some_and(|(w, ..)| w.chars().count() == 1) {
            ended = true;
        }
    }
    words
}

/// A word's stem for matching: lower case, without a possessive or a plural “s”.
fn stem(lower: &str) -> String {
    let word = lower.strip_suffix("'s").unwrap_or(lower);
    match word.strip_suffix('s') {
        Some(singular) if singular.chars().count() >= 3 && !singular.ends_with('s') => singular.to_owned(),
        _ => word.to_owned(),
    }
}

/// The numbers written in `text` as digits, thousands separators dropped and an ordinal's
/// letters too: “60,000” → `60000`, “46th” → `46`.
fn numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_alphanumeric()) {
            i += 1;
            continue;
        }
        let mut number = String::new();
        while i < chars.len() {
            let c = chars[i];
            let joins = matches!(c, ',' | '.') && chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if c.is_ascii_digit() {
                number.push(c);
            } else if joins {
                if c == '.' {
                    number.push('.');
                }
            } else {
                break;
            }
            i += 1;
        }
        found.push(number);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_drop_separators_and_ordinal_letters() {
        assert_eq!(numbers("as many as 60,000, at least 551, its 46th year, 1.5 times"), ["60000", "551", "46", "1.5"]);
        assert!(numbers("B52 and x9").is_empty());
    }

    #[test]
    fn names_are_capitals_that_do_not_start_a_sentence() {
        let text = Text::new("In Oman, Tehran, the talks. Iran’s U.S. envoy met Steve Witkoff in Latin America", true);
        let names: Vec<&str> = text.names.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(names, ["Oman", "Tehran", "Steve Witkoff", "Latin America"]);
    }

    #[test]
    fn stems_join_plurals_and_possessives() {
        assert_eq!(stem("uprisings"), "uprising");
        assert_eq!(stem("iran's"), "iran");
        assert_eq!(stem("press"), "press");
        assert_eq!(stem("its"), "its");
    }
}
