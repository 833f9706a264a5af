//! Every string the widget shows or announces, in one place (English for now).
//!
//! Components never write user-facing text of their own; they call these. A second
//! language is a second implementation of the same functions.

use crate::quiz::{Mode, Points, Verdict};

pub const QUIZ: &str = "Quiz";
pub const PRACTICE: &str = "Practice";
pub const PRACTICE_HINT: &str = "feedback after each answer";
pub const TEST: &str = "Test";
pub const TEST_HINT: &str = "feedback at the end";
pub const MODE_LEGEND: &str = "Mode";
pub const MODE_LOCKED: &str = "To change the mode, start over.";
pub const START_OVER: &str = "Start over";
pub const CHECK: &str = "Check answer";
pub const NEXT: &str = "Next question";
pub const PREVIOUS: &str = "Previous";
pub const SKIP: &str = "Skip";
pub const IN_PLACE: &str = "✓ in place";
pub const OUT_OF_PLACE: &str = "✗ out of place";
pub const SEE_SCORE: &str = "See your score";
pub const FINISH_TEST: &str = "Finish test";
pub const SHOW_IN_ARTICLE: &str = "Show in article";
pub const CLOSE_ARTICLE: &str = "Back to the quiz";
pub const THE_ARTICLE: &str = "The article";
pub const EXCERPT_FROM_ARTICLE: &str = "From the article";
pub const EXPLANATION: &str = "Why";
pub const YOUR_ANSWER: &str = "Your answer";
pub const CORRECT_ANSWER: &str = "Correct answer";
pub const NO_ANSWER: &str = "No answer";
pub const YOUR_SCORE: &str = "Your score";
pub const RETRY_ALL: &str = "Retry all questions";
pub const REVIEW: &str = "Review your answers";
pub const TRUE: &str = "True";
pub const FALSE: &str = "False";
pub const MOVE_UP: &str = "Move up";
pub const MOVE_DOWN: &str = "Move down";
pub const ORDER_HINT: &str = "Use the buttons to move each item. The first item is the earliest.";
pub const EVIDENCE_HINT: &str = "Pick the sentence that supports the claim.";
pub const MULTIPLE_HINT: &str = "Select all that apply.";
pub const NUMBER_LABEL: &str = "Your answer";
pub const NUMBER_INVALID: &str = "Type a number, such as 60,000.";
pub const DISMISS: &str = "Dismiss";
pub const PROGRESS: &str = "Progress";
pub const PICKED: &str = "your choice";
pub const IS_CORRECT: &str = "correct answer";
pub const CRASHED: &str =
    "Sorry, the quiz stopped working. Reload the page to continue; your answers so far are saved.";

pub fn question_count(n: usize) -> String {
    if n == 1 { "1 question".into() } else { format!("{n} questions") }
}

/// "by A, B and C"
pub fn byline(authors: &[String]) -> String {
    format!("by {}", by_authors(authors))
}

/// "By A and B · Publication", above the article's text.
pub fn article_byline(authors: &[String], publication: &str) -> String {
    format!("By {} · {publication}", by_authors(authors))
}

pub fn by_authors(authors: &[String]) -> String {
    match authors {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

pub fn about_article(title: &str) -> String {
    format!("On “{title}”")
}

pub fn position(at: usize, of: usize) -> String {
    format!("Question {at} of {of}")
}

pub fn points(p: Points) -> String {
    if p == Points(100) { "1 point".into() } else { format!("{p} points") }
}

pub fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Correct => "Correct",
        Verdict::Partial => "Partly right",
        Verdict::Wrong => "Not quite",
        Verdict::Unanswered => "Not answered",
    }
}

/// An icon that repeats the verdict for sighted readers; never the only signal.
pub fn verdict_icon(v: Verdict) -> &'static str {
    match v {
        Verdict::Correct => "✓",
        Verdict::Partial => "◐",
        Verdict::Wrong => "✗",
        Verdict::Unanswered => "–",
    }
}

pub fn earned(earned: Points, max: Points, partial: bool) -> String {
    let base = format!("You earned {earned} of {}", points(max));
    if partial { format!("{base} (partial credit).") } else { format!("{base}.") }
}

pub fn announce_check(v: Verdict, earned_points: Points, max: Points) -> String {
    format!("{}. {}", verdict(v), earned(earned_points, max, v == Verdict::Partial))
}

pub fn score_line(earned: Points, max: Points) -> String {
    format!("{earned} of {}", points(max))
}

pub fn percent(p: u32) -> String {
    format!("{p}%")
}

pub fn tally(right: usize, partial: usize, wrong: usize) -> String {
    let mut parts = vec![format!("{right} right")];
    if partial > 0 {
        parts.push(format!("{partial} partly right"));
    }
    parts.push(format!("{wrong} missed"));
    parts.join(" · ")
}

pub fn announce_finish(earned: Points, max: Points, percent: u32) -> String {
    format!("Quiz finished. Your score: {earned} of {}, {percent} percent.", points(max))
}

pub fn retry_missed(n: usize) -> String {
    if n == 1 { "Retry the missed question".into() } else { format!("Retry the {n} missed questions") }
}

pub fn answered(n: usize, of: usize) -> String {
    format!("{n} of {of} answered")
}

pub fn unanswered_warning(n: usize) -> String {
    if n == 1 {
        "1 question has no answer yet; it will count as missed.".into()
    } else {
        format!("{n} questions have no answer yet; they will count as missed.")
    }
}

pub fn moved(item: &str, to: usize, of: usize) -> String {
    format!("“{item}” moved to position {to} of {of}.")
}

pub fn move_item(direction: &str, item: &str) -> String {
    format!("{direction}: {item}")
}

pub fn quote_of(n: usize, total: usize) -> String {
    format!(" (quote {n} of {total})")
}

pub fn paragraph(n: usize) -> String {
    format!("paragraph {n}")
}

pub fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Practice => PRACTICE,
        Mode::Test => TEST,
    }
}

pub fn mode_started(mode: Mode) -> String {
    format!("{} mode: {}.", mode_name(mode), if mode == Mode::Practice { PRACTICE_HINT } else { TEST_HINT })
}

pub const HAND_IN: &str = "Hand in your result";
pub const HAND_IN_EXPLAINED: &str = "The code below holds your name if you give one, which assignment this is, \
     your answers, your score and the time you took. Nothing is sent anywhere: copy the code and give it to \
     your teacher.";
pub const YOUR_NAME: &str = "Your name (optional)";
pub const NAME_REMEMBERED: &str = "Remembered on this device for next time.";
pub const RESULT_CODE: &str = "Your result code";
pub const COPY_CODE: &str = "Copy the code";
pub const COPIED: &str = "Copied. Paste it where your teacher asked.";
pub const NOT_COPIED: &str = "Could not copy; select the code and copy it yourself.";

pub fn broken_link(reason: &str) -> String {
    format!("This quiz link could not be opened: {reason}. Here is the whole quiz instead.")
}

pub fn set_by_teacher(mode: Mode) -> String {
    format!("{} mode, set by your teacher.", mode_name(mode))
}

pub fn restored_notice(reason: &str) -> String {
    format!("Your saved progress could not be restored ({reason}), so the quiz starts afresh.")
}

pub fn number_with_unit(value: &str, unit: &str) -> String {
    if unit.is_empty() { value.to_owned() } else { format!("{value} {unit}") }
}
