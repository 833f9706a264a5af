//! Answers in words, for the review on the results screen and for feedback.

use crate::quiz::validate::{format_number, group_thousands};
use crate::quiz::{Kind, Question, Response};

use crate::ui::i18n::Text;

/// The student's answer as the reader saw it: option texts, the arrangement, the number.
pub fn response(t: &Text, question: &Question, response: Option<&Response>) -> Vec<String> {
    let Some(response) = response else { return vec![t.no_answer.to_owned()] };
    if !response.fits(&question.kind) {
        return vec![t.no_answer.to_owned()];
    }
    match (&question.kind, response) {
        (Kind::Single { options, .. }, Response::Single(i)) => vec![options[*i].text.clone()],
        (Kind::Multiple { options, .. }, Response::Multiple(picked)) => {
            if picked.is_empty() {
                vec![t.no_answer.to_owned()]
            } else {
                picked.iter().map(|&i| options[i].text.clone()).collect()
            }
        }
        (Kind::TrueFalse { .. }, Response::TrueFalse(b)) => vec![truth(t, *b).to_owned()],
        (Kind::Order { items }, Response::Order(order)) => order.iter().map(|&i| items[i].clone()).collect(),
        (Kind::Numeric { unit, .. }, Response::Numeric(x)) => {
            vec![t.number_with_unit(&group(t, *x), unit)]
        }
        (Kind::Evidence { passage, .. }, Response::Evidence(i)) => vec![passage[*i].clone()],
        _ => vec![t.no_answer.to_owned()],
    }
}

/// The correct answer in words.
pub fn correct(t: &Text, question: &Question) -> Vec<String> {
    match &question.kind {
        Kind::Single { options, correct } => options.get(*correct).map(|o| o.text.clone()).into_iter().collect(),
        Kind::Multiple { options, correct } => {
            correct.iter().filter_map(|&i| options.get(i)).map(|o| o.text.clone()).collect()
        }
        Kind::TrueFalse { correct, .. } => vec![truth(t, *correct).to_owned()],
        Kind::Order { items } => items.clone(),
        Kind::Numeric { answer, unit, .. } => vec![t.number_with_unit(&group(t, *answer), unit)],
        Kind::Evidence { passage, correct } => passage.get(*correct).cloned().into_iter().collect(),
    }
}

/// Whether the answer is a list to read in order (an arrangement) rather than a set.
pub fn is_sequence(question: &Question) -> bool {
    matches!(question.kind, Kind::Order { .. })
}

fn truth(t: &Text, b: bool) -> &'static str {
    if b { t.true_label } else { t.false_label }
}

/// `60000` as `60,000`, as the article prints numbers (`60.000` in Spanish); years such
/// as `2025` stay plain.
pub fn group(t: &Text, x: f64) -> String {
    let plain = format_number(x);
    t.number(if x.abs() < 10_000.0 { plain } else { group_thousands(&plain) })
}
