//! GIFT, Moodle's text format for questions (also read by other platforms' importers).
//!
//! What it holds, and how:
//! - single choice: `=` the right option, `~` the others, each option's feedback after `#`
//!   (a right first option holding `->`, which would read as a matching pair, goes second);
//! - multiple select: every option `~` with a weight, `1 / correct options` of the points
//!   for each right one and minus that for each wrong one, which is the core's scoring
//!   (Moodle adds the weights of the options picked and never gives less than zero);
//! - true/false: `{TRUE#…#…}`, the feedback for a wrong answer first, then for a right one;
//! - numeric: `{#answer:tolerance}`; the unit is added to the prompt in brackets.
//!
//! Order and find-the-evidence questions are left out (GIFT has no such kinds). GIFT has no
//! marks either: every question imports worth the platform's default, and each question's
//! points are written in a comment above it. Texts are marked `[plain]`, so that a platform
//! shows them as written rather than as HTML, and GIFT's special characters are escaped.

use super::{Export, LeftOut, explanation, number, percent_share, source_line};
use crate::model::{Choice, Kind, Question, Quiz};

/// Writes `questions` (of `quiz`, in that order) as GIFT.
pub fn write(quiz: &Quiz, questions: &[&Question]) -> Export {
    let mut left_out = Vec::new();
    let mut body = String::new();
    for question in questions {
        match write_question(quiz, question) {
            Ok(text) => {
                body.push('\n');
                body.push_str(&text);
            }
            Err(why) => left_out.push(LeftOut { id: question.id.clone(), kind: question.kind.name(), why }),
        }
    }
    let mut head = String::new();
    comment(
        &mut head,
        &format!("“{}”: questions about an article, exported from Article Quiz as GIFT.", quiz.meta.title),
    );
    comment(&mut head, &format!("Article: “{}”", quiz.meta.article_title));
    comment(&mut head, &format!("Source: {}", source_line(quiz)));
    comment(&mut head, "GIFT holds no marks: each question's points in the quiz are in a comment above it.");
    if left_out.is_empty() {
        comment(&mut head, "Every question of the quiz is here.");
    } else {
        comment(
            &mut head,
            &format!("Left out, {} of {} questions (GIFT cannot hold them):", left_out.len(), questions.len()),
        );
        for item in &left_out {
            comment(&mut head, &format!("  {item}"));
        }
    }
    // The quiz's slug is lower-case letters, digits and hyphens (the validator checks), so
    // it needs no escaping as a category; anything else is dropped rather than risked.
    let category: String = quiz.slug.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    if !category.is_empty() {
        head.push_str(&format!("\n$CATEGORY: {category}\n"));
    }
    Export { bytes: (head + &body).into_bytes(), left_out }
}

/// One question, or why GIFT cannot hold it.
fn write_question(quiz: &Quiz, question: &Question) -> Result<String, &'static str> {
    let mut stem = question.prompt.clone();
    let answers = match &question.kind {
        Kind::Single { options, correct } => {
            // `=A -> B` first in the braces reads as a matching pair to gift-pegjs (Moodle
            // reads it right, and would make a `~%100%` instead a multiple select): such a
            // right option goes second. Every option keeps its text, feedback and mark.
            let mut order: Vec<usize> = (0..options.len()).collect();
            if *correct == 0 && options.len() > 1 && options[0].text.contains("->") {
                order.swap(0, 1);
            }
            choices(options, &order, |i| if i == *correct { "=".to_owned() } else { "~".to_owned() })
        }
        Kind::Multiple { options, correct } => {
            let share = |negative| percent_share(correct.len(), negative);
            let order: Vec<usize> = (0..options.len()).collect();
            choices(options, &order, |i| format!("~%{}%", share(!correct.contains(&i))))
        }
        Kind::TrueFalse { correct, feedback_true, feedback_false } => {
            // Moodle's order: the feedback for the wrong answer, then for the right one.
            let (wrong, right) =
                if *correct { (feedback_false, feedback_true) } else { (feedback_true, feedback_false) };
            let mut text = if *correct { "TRUE".to_owned() } else { "FALSE".to_owned() };
            match (wrong, right) {
                (None, None) => {}
                (wrong, right) => {
                    text.push('#');
                    text.push_str(&wrong.as_deref().map(rich).unwrap_or_default());
                    if let Some(right) = right {
                        text.push('#');
                        text.push_str(&rich(right));
                    }
                }
            }
            text
        }
        Kind::Numeric { answer, tolerance, unit } => {
            let (Some(answer), Some(tolerance)) = (number(*answer), number(tolerance.abs())) else {
                return Err("its answer or tolerance is not a finite number");
            };
            if !unit.trim().is_empty() {
                stem.push_str(&format!(" [{}]", unit.trim()));
            }
            format!("#{answer}:{tolerance}")
        }
        Kind::Order { .. } => return Err("GIFT has no ordering question"),
        Kind::Evidence { .. } => return Err("GIFT has no question that picks a sentence in a passage"),
    };
    let mut text = String::new();
    comment(&mut text, &format!("[id:{}] {}", question.id.replace(']', ""), points(question.points)));
    text.push_str(&format!(
        "::{}::[plain]{}{{\n{}\n####{}\n}}\n",
        escape(&question.id),
        escape(&stem),
        answers,
        rich(&explanation(quiz, question))
    ));
    Ok(text)
}

/// The options of a choice question in `order` (indices into `options`), one to a line,
/// each after its `mark` (`=`, `~%50%`).
fn choices(options: &[Choice], order: &[usize], mark: impl Fn(usize) -> String) -> String {
    let lines: Vec<String> = order
        .iter()
        .filter_map(|&i| options.get(i).map(|option| (i, option)))
        .map(|(i, option)| {
            let mut line = format!("{}{}", mark(i), rich(&option.text));
            if let Some(feedback) = &option.feedback {
                line.push('#');
                line.push_str(&rich(feedback));
            }
            line
        })
        .collect();
    lines.join("\n")
}

fn points(points: u32) -> String {
    if points == 1 { "1 point".to_owned() } else { format!("{points} points") }
}

/// A comment line; a line break in `text` would end the comment, so it becomes a space.
fn comment(out: &mut String, text: &str) {
    out.push_str("// ");
    out.push_str(&text.replace(['\r', '\n'], " "));
    out.push('\n');
}

/// Text in an answer or a feedback: escaped, and marked `[plain]` when it starts with what
/// GIFT would read as a format (`[html]`) or a weight (`%50%`).
fn rich(text: &str) -> String {
    let escaped = escape(text);
    if text.trim_start().starts_with(['[', '%']) { format!("[plain]{escaped}") } else { escaped }
}

/// GIFT's escaping: a backslash before each of `\ ~ = # { } :`, and a line break as `\n`
/// (a real one, or a blank line, would end the text or the question).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '~' | '=' | '#' | '{' | '}' | ':' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}
