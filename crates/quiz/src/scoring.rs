//! Answers and how they are scored.
//!
//! The rules, which the README repeats:
//! - Single choice, true/false, find-the-evidence: all or nothing.
//! - Numeric: full points when the answer is within the question's tolerance, else none.
//! - Multiple select: one share per correct option picked, minus one share per wrong
//!   option picked, never below zero; the shares are `1 / number of correct options`.
//!   Picking everything therefore earns no more than picking nothing wrong.
//! - Order: one share per neighbouring pair that the student put in the right order
//!   (item B directly after item A, as in the article's chronology); the shares are
//!   `1 / (items - 1)`. One item out of place costs one or two shares, not the whole
//!   question.
//!
//! Earned points are kept in hundredths of a point, rounded half up, so totals are exact
//! integers that every screen and test agrees on.
//!
//! Must not import anything from a browser or UI crate.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::model::{Kind, Question};

/// A student's answer to one question. Indices are in the author's order, never in
/// the shuffled order the widget displayed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Response {
    Single(usize),
    /// The picked options, ascending and without repeats (see [`Response::multiple`]).
    Multiple(Vec<usize>),
    TrueFalse(bool),
    /// Item indices in the order the student arranged them.
    Order(Vec<usize>),
    Numeric(f64),
    Evidence(usize),
}

impl Response {
    /// A multiple-select answer in its canonical form: ascending, without repeats.
    pub fn multiple(picked: impl IntoIterator<Item = usize>) -> Self {
        // A question has a handful of options: inserting in order is plenty, and smaller
        // in the widget's download than a general sort.
        let mut sorted: Vec<usize> = Vec::new();
        for index in picked {
            if let Err(at) = sorted.binary_search(&index) {
                sorted.insert(at, index);
            }
        }
        Response::Multiple(sorted)
    }

    /// The answer worth full marks: the key of `kind`, as a student would give it.
    pub fn key(kind: &Kind) -> Self {
        match kind {
            Kind::Single { correct, .. } => Response::Single(*correct),
            Kind::Multiple { correct, .. } => Response::multiple(correct.iter().copied()),
            Kind::TrueFalse { correct, .. } => Response::TrueFalse(*correct),
            Kind::Order { items } => Response::Order((0..items.len()).collect()),
            Kind::Numeric { answer, .. } => Response::Numeric(*answer),
            Kind::Evidence { correct, .. } => Response::Evidence(*correct),
        }
    }

    /// As JSON, the shape serde gives it (`{"Single":2}`, `{"Order":[2,0,1]}`): how a
    /// reader's answer goes to a results server, written without a JSON library (which
    /// would cost the widget's download more than this).
    pub fn to_json(&self) -> String {
        let list = |items: &[usize]| items.iter().map(usize::to_string).collect::<Vec<_>>().join(",");
        match self {
            Response::Single(i) => format!("{{\"Single\":{i}}}"),
            Response::Multiple(picked) => format!("{{\"Multiple\":[{}]}}", list(picked)),
            Response::TrueFalse(b) => format!("{{\"TrueFalse\":{b}}}"),
            Response::Order(order) => format!("{{\"Order\":[{}]}}", list(order)),
            Response::Numeric(x) => format!("{{\"Numeric\":{}}}", decimal(*x)),
            Response::Evidence(i) => format!("{{\"Evidence\":{i}}}"),
        }
    }

    /// Whether this answer is of the shape `kind` asks for, with every index in range.
    /// Saved progress and result codes are checked with this before they are trusted.
    pub fn fits(&self, kind: &Kind) -> bool {
        match (self, kind) {
            (Response::Single(i), Kind::Single { options, .. }) => *i < options.len(),
            (Response::Multiple(picked), Kind::Multiple { options, .. }) => {
                picked.windows(2).all(|w| w[0] < w[1]) && picked.iter().all(|i| *i < options.len())
            }
            (Response::TrueFalse(_), Kind::TrueFalse { .. }) => true,
            (Response::Order(order), Kind::Order { items }) => is_permutation(order, items.len()),
            (Response::Numeric(x), Kind::Numeric { .. }) => x.is_finite(),
            (Response::Evidence(i), Kind::Evidence { passage, .. }) => *i < passage.len(),
            _ => false,
        }
    }

    /// This answer in the quiz's own words, for a person reading a report: the option
    /// picked (several joined by "; "; "(none picked)" for none), "True" or "False", the
    /// number with its unit, the
    /// items in the order given (joined by " → "), the sentence picked. `None` when it
    /// does not fit `kind`.
    pub fn text(&self, kind: &Kind) -> Option<String> {
        if !self.fits(kind) {
            return None;
        }
        Some(match (self, kind) {
            (Response::Single(i), Kind::Single { options, .. }) => options[*i].text.clone(),
            (Response::Multiple(picked), Kind::Multiple { .. }) if picked.is_empty() => "(none picked)".to_owned(),
            (Response::Multiple(picked), Kind::Multiple { options, .. }) => {
                picked.iter().map(|i| options[*i].text.as_str()).collect::<Vec<_>>().join("; ")
            }
            (Response::TrueFalse(value), _) => if *value { "True" } else { "False" }.to_owned(),
            (Response::Order(order), Kind::Order { items }) => {
                order.iter().map(|i| items[*i].as_str()).collect::<Vec<_>>().join(" → ")
            }
            (Response::Numeric(x), Kind::Numeric { unit, .. }) => {
                // Rust's own formatting: every number as typed (the widget never uses this).
                let number = x.to_string();
                if unit.is_empty() { number } else { format!("{number} {unit}") }
            }
            (Response::Evidence(i), Kind::Evidence { passage, .. }) => passage[*i].clone(),
            _ => return None,
        })
    }
}

/// `x` in decimal to the millionth, written with integer arithmetic only: Rust's float
/// formatting would add 7 KB to the widget's download. Beyond ±9 × 10^9 the fraction
/// goes, beyond ±9 × 10^15 the value stops there (no quiz asks for such numbers; an
/// answer that fits is finite anyway); not a number is 0.
fn decimal(x: f64) -> String {
    const LIMIT: f64 = 9.0e15;
    if x.is_nan() {
        return "0".to_owned();
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let x = x.abs();
    let (scaled, scale) = if x * 1e6 < LIMIT { ((x * 1e6).round(), 1_000_000u64) } else { (x.min(LIMIT).round(), 1) };
    let scaled = scaled as u64;
    let (whole, fraction) = (scaled / scale, scaled % scale);
    if fraction == 0 {
        return if whole == 0 { "0".to_owned() } else { format!("{sign}{whole}") };
    }
    let digits = format!("{fraction:06}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

fn is_permutation(order: &[usize], len: usize) -> bool {
    if order.len() != len {
        return false;
    }
    let mut seen = vec![false; len];
    order.iter().all(|&i| i < len && !std::mem::replace(&mut seen[i], true))
}

/// A share of a question's points: `num / den`, with `0 <= num <= den` and `den > 0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Credit {
    pub num: u32,
    pub den: u32,
}

impl Credit {
    pub const NONE: Credit = Credit { num: 0, den: 1 };
    pub const FULL: Credit = Credit { num: 1, den: 1 };

    fn share(num: usize, den: usize) -> Credit {
        if den == 0 {
            return Credit::NONE;
        }
        let den = u32::try_from(den).unwrap_or(u32::MAX);
        let num = u32::try_from(num).unwrap_or(u32::MAX).min(den);
        Credit { num, den }
    }

    fn all_or_nothing(right: bool) -> Credit {
        if right { Credit::FULL } else { Credit::NONE }
    }
}

/// Points in hundredths: `Points(250)` is two and a half points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Points(pub u32);

impl Points {
    pub fn whole(points: u32) -> Points {
        Points(points.saturating_mul(100))
    }

    /// `points * credit`, in hundredths, rounded half up.
    pub fn earned(points: u32, credit: Credit) -> Points {
        let scaled = u64::from(points) * 100 * u64::from(credit.num);
        let den = u64::from(credit.den.max(1));
        Points(u32::try_from((2 * scaled + den) / (2 * den)).unwrap_or(u32::MAX))
    }

    /// Whole percent of `max`, rounded half up; 0 when `max` is zero.
    pub fn percent_of(self, max: Points) -> u32 {
        if max.0 == 0 {
            return 0;
        }
        let (earned, max) = (u64::from(self.0), u64::from(max.0));
        u32::try_from((200 * earned + max) / (2 * max)).unwrap_or(u32::MAX)
    }
}

impl std::iter::Sum for Points {
    fn sum<I: Iterator<Item = Points>>(iter: I) -> Points {
        Points(iter.fold(0u32, |sum, p| sum.saturating_add(p.0)))
    }
}

/// Shortest form: `2`, `2.5`, `0.33`.
impl fmt::Display for Points {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, cents) = (self.0 / 100, self.0 % 100);
        match cents {
            0 => write!(f, "{whole}"),
            c if c % 10 == 0 => write!(f, "{whole}.{}", c / 10),
            c => write!(f, "{whole}.{c:02}"),
        }
    }
}

/// How an answer fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    Correct,
    Partial,
    Wrong,
    Unanswered,
}

/// The result of scoring one answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub verdict: Verdict,
    pub credit: Credit,
    pub earned: Points,
    pub max: Points,
}

/// Scores `response` (or its absence) against `question`. An answer of the wrong shape
/// scores as wrong; nothing here panics.
pub fn score(question: &Question, response: Option<&Response>) -> Outcome {
    let max = Points::whole(question.points);
    let Some(response) = response else {
        return Outcome { verdict: Verdict::Unanswered, credit: Credit::NONE, earned: Points(0), max };
    };
    let credit = if response.fits(&question.kind) { credit(&question.kind, response) } else { Credit::NONE };
    let verdict = match credit {
        Credit { num: 0, .. } => Verdict::Wrong,
        Credit { num, den } if num == den => Verdict::Correct,
        _ => Verdict::Partial,
    };
    Outcome { verdict, credit, earned: Points::earned(question.points, credit), max }
}

fn credit(kind: &Kind, response: &Response) -> Credit {
    match (kind, response) {
        (Kind::Single { correct, .. }, Response::Single(picked)) => Credit::all_or_nothing(picked == correct),
        (Kind::TrueFalse { correct, .. }, Response::TrueFalse(picked)) => Credit::all_or_nothing(picked == correct),
        (Kind::Evidence { correct, .. }, Response::Evidence(picked)) => Credit::all_or_nothing(picked == correct),
        (Kind::Numeric { answer, tolerance, .. }, Response::Numeric(value)) => {
            // A hair of slack so that 0.1 + 0.2 counts as 0.3.
            Credit::all_or_nothing((value - answer).abs() <= tolerance + 1e-9 * answer.abs().max(1.0))
        }
        (Kind::Multiple { correct, .. }, Response::Multiple(picked)) => {
            let right = picked.iter().filter(|p| correct.contains(p)).count();
            let wrong = picked.len() - right;
            Credit::share(right.saturating_sub(wrong), correct.len())
        }
        (Kind::Order { items }, Response::Order(order)) => {
            let kept = order.windows(2).filter(|pair| pair[1] == pair[0] + 1).count();
            Credit::share(kept, items.len().saturating_sub(1))
        }
        _ => Credit::NONE,
    }
}

/// How a language writes numbers: the English way (`60,000`, `0.5`), with a decimal
/// comma and thousands grouped by points (`60.000`, `0,5`), as Spanish does, or in
/// Persian digits with the Arabic separators (`۶۰٬۰۰۰`, `۰٫۵`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NumberStyle {
    #[default]
    DecimalPoint,
    DecimalComma,
    /// Persian digits (۰ to ۹), the Arabic decimal separator (٫) and thousands
    /// separator (٬). A reader may also type Latin or Arabic-Indic digits, and the
    /// English marks.
    Persian,
}

impl NumberStyle {
    /// `english`, a number written the English way, as this style writes it.
    pub fn write(self, english: &str) -> String {
        match self {
            NumberStyle::DecimalPoint => english.to_owned(),
            NumberStyle::DecimalComma => english
                .chars()
                .map(|c| match c {
                    '.' => ',',
                    ',' => '.',
                    c => c,
                })
                .collect(),
            NumberStyle::Persian => english
                .chars()
                .map(|c| match c {
                    '0'..='9' => char::from_u32(0x06F0 + (c as u32 - '0' as u32)).unwrap_or(c),
                    '.' => '\u{066B}',
                    ',' => '\u{066C}',
                    c => c,
                })
                .collect(),
        }
    }

    /// A number as a reader who writes this style types it; `None` if it is not one, or
    /// could be read two ways. Persian (۱۲۳) and Arabic-Indic (١٢٣) digits count as the
    /// Latin ones, and the Arabic decimal and thousands separators (٫ ٬) as this style's.
    pub fn read(self, typed: &str) -> Option<f64> {
        let typed = self.latin_digits(typed);
        match self {
            NumberStyle::DecimalPoint | NumberStyle::Persian => parse_number(&typed),
            NumberStyle::DecimalComma => parse_number_decimal_comma(&typed),
        }
    }

    /// `typed` with Persian and Arabic-Indic digits as Latin ones, and the Arabic decimal
    /// separator (٫) and thousands separator (٬) as this style writes them.
    pub fn latin_digits(self, typed: &str) -> std::borrow::Cow<'_, str> {
        if typed.is_ascii() {
            return typed.into();
        }
        let (decimal, group) = match self {
            NumberStyle::DecimalPoint | NumberStyle::Persian => ('.', ','),
            NumberStyle::DecimalComma => (',', '.'),
        };
        typed
            .chars()
            .map(|c| match c {
                '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
                '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
                '\u{066B}' => decimal,
                '\u{066C}' => group,
                c => c,
            })
            .collect::<String>()
            .into()
    }
}

/// [`parse_number`] for a language that writes a decimal comma and groups thousands
/// with points: `60.000`, `1.234,5`, `0,5`, `1,5`, `0,125`. One comma after one to three
/// digits and before exactly three, with no point (`60,000`, `1,250`), means a thousands
/// group in English and a fraction in Spanish, so it is refused rather than guessed at.
pub fn parse_number_decimal_comma(input: &str) -> Option<f64> {
    let trimmed = input.trim();
    let unsigned = trimmed.trim_start_matches(['-', '−', '+']);
    if let Some((before, after)) = unsigned.split_once(',') {
        let digits =
            |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
        if !unsigned.contains('.') && digits(after, 3..=3) && digits(before, 1..=3) && !before.starts_with('0') {
            return None;
        }
    }
    let swapped: String = trimmed
        .chars()
        .map(|c| match c {
            '.' => ',',
            ',' => '.',
            c => c,
        })
        .collect();
    parse_number(&swapped)
}

/// Reads a number as people type it: `60000`, `60,000`, `60 000`, ` 22 `, `-3.5`.
/// Commas are taken as thousands separators only where they group three digits, so
/// `1,5` is refused rather than guessed at.
pub fn parse_number(input: &str) -> Option<f64> {
    let text: String = input.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '_')).collect();
    if text.is_empty() || text.len() > 40 {
        return None;
    }
    let (sign, digits) = match text.strip_prefix(['-', '−']) {
        Some(rest) => ("-", rest),
        None => ("", text.strip_prefix('+').unwrap_or(&text)),
    };
    let (int_part, frac_part) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let groups: Vec<&str> = int_part.split(',').collect();
    let grouped_well = groups.len() == 1
        || (!groups[0].is_empty() && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3));
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if !grouped_well || !groups.iter().all(|g| all_digits(g)) || !frac_part.is_none_or(all_digits) {
        return None;
    }
    let int_digits = groups.concat();
    if int_digits.is_empty() && frac_part.is_none_or(str::is_empty) {
        return None;
    }
    // Digits to a number without the standard library's float parser, whose tables would
    // add kilobytes to the widget's download. Exact for whole numbers up to 2^53; a
    // fraction may differ from the nearest double in its last bit, far inside any
    // tolerance (scoring allows for that).
    let digits_value = |digits: &str| digits.bytes().fold(0.0f64, |n, d| n * 10.0 + f64::from(d - b'0'));
    let frac = frac_part.unwrap_or("");
    if int_digits.len() > 18 || frac.len() > 18 {
        return None;
    }
    let value = digits_value(&int_digits) + digits_value(frac) / 10f64.powi(frac.len() as i32);
    Some(if sign == "-" { -value } else { value })
}
