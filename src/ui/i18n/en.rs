//! The widget's words in English.

use crate::quiz::bundle::ReadError;
use crate::quiz::link::LinkError;
use crate::quiz::saved::LoadError;
use crate::quiz::session::SessionError;
use crate::quiz::{Mode, Points, Verdict};
use crate::ui::platform::{FETCH_TIMEOUT_MS, RemoteQuizError};

use super::{Lang, Sentences, Text, listed};

pub static EN: Text = Text {
    lang: Lang::En,
    quiz: "Quiz",
    practice: "Practice",
    practice_hint: "feedback after each answer",
    test: "Test",
    test_hint: "feedback at the end",
    mode_legend: "Mode",
    mode_locked: "To change the mode, start over.",
    start_over: "Start over",
    check: "Check answer",
    next: "Next question",
    previous: "Previous",
    skip: "Skip",
    in_place: "✓ in place",
    out_of_place: "✗ out of place",
    see_score: "See your score",
    finish_test: "Finish test",
    show_in_article: "Show in article",
    close_article: "Back to the quiz",
    shown_on_page: "Highlighted in the article on this page.",
    the_article: "The article",
    excerpt_from_article: "From the article",
    explanation: "Why",
    your_answer: "Your answer",
    correct_answer: "Correct answer",
    no_answer: "No answer",
    your_score: "Your score",
    retry_all: "Retry all questions",
    review: "Review your answers",
    true_label: "True",
    false_label: "False",
    move_up: "Move up",
    move_down: "Move down",
    order_hint: "Use the buttons to move each item. The first item is the earliest.",
    evidence_hint: "Pick the sentence that supports the claim.",
    multiple_hint: "Select all that apply.",
    number_label: "Your answer",
    number_invalid: "Type a number, such as 60,000.",
    dismiss: "Dismiss",
    passage_changed: "The article on this page has changed since this question was written: the passage it quotes is no longer there.",
    not_saved: "This browser is not letting the quiz keep anything on this device, so if you reload the page your answers so far will be lost. Everything else works.",
    name_not_remembered: "This browser will not let the quiz remember it.",
    progress: "Progress",
    picked: "your choice",
    is_correct: "correct answer",
    crashed: "Sorry, the quiz stopped working. Reload the page to continue; your answers so far are saved.",
    did_not_start: "Sorry, the quiz could not start. Check your connection and reload the page.",
    hand_in: "Hand in your result",
    hand_in_explained: "The code below holds your name if you give one, which assignment this is, your answers, your score and the time you took. Nothing is sent anywhere: copy the code and give it to your teacher.",
    your_name: "Your name (optional)",
    name_remembered: "Remembered on this device for next time.",
    result_code: "Your result code",
    copy_code: "Copy the code",
    copied: "Copied. Paste it where your teacher asked.",
    not_copied: "Could not copy; select the code and copy it yourself.",
    hand_in_to_class: "When you hand in, your name if you give one, your answers, your score and the time you took go to your teacher's class on this quiz's server. The code below holds the same: you can also copy it and give it to your teacher.",
    share_heading: "Share your result",
    share_hint: "Your score and a mark for each question, with no question or answer in it.",
    share_button: "Share",
    shared: "Shared.",
    share_copied: "Copied. Paste it anywhere.",
    not_shared: "Not shared. You can select the text above and copy it yourself.",
    share_marks: "In order:",
    loading: "Loading the quiz…",
    unavailable: "This quiz cannot be shown.",
    quiz_file: "Quiz file:",
    no_validator: "The quiz could not be checked, so it is not shown. Reload the page to try again.",
};

pub struct English;

impl Sentences for English {
    fn question_count(n: usize) -> String {
        if n == 1 { "1 question".into() } else { format!("{n} questions") }
    }

    fn byline(authors: &[String]) -> String {
        format!("by {}", listed(authors, "and"))
    }

    fn article_byline(authors: &[String], publication: &str) -> String {
        format!("By {} · {publication}", listed(authors, "and"))
    }

    fn about_article() -> (&'static str, &'static str) {
        ("On “", "”")
    }

    fn position(at: usize, of: usize) -> String {
        format!("Question {at} of {of}")
    }

    fn points(p: Points) -> String {
        if p == Points(100) { "1 point".into() } else { format!("{p} points") }
    }

    fn verdict(v: Verdict) -> &'static str {
        match v {
            Verdict::Correct => "Correct",
            Verdict::Partial => "Partly right",
            Verdict::Wrong => "Not quite",
            Verdict::Unanswered => "Not answered",
        }
    }

    fn earned(earned: Points, max: Points, partial: bool) -> String {
        let (earned, max) = (EN.number(earned), Self::points(max));
        if partial {
            format!("You earned {earned} of {max} (partial credit).")
        } else {
            format!("You earned {earned} of {max}.")
        }
    }

    fn score_line(earned: Points, max: Points) -> String {
        format!("{earned} of {}", Self::points(max))
    }

    fn percent(p: u32) -> String {
        format!("{p}%")
    }

    fn tally(right: usize, partial: usize, wrong: usize) -> String {
        if partial > 0 {
            format!("{right} right · {partial} partly right · {wrong} missed")
        } else {
            format!("{right} right · {wrong} missed")
        }
    }

    fn announce_finish(earned: Points, max: Points, percent: u32) -> String {
        let (earned, max) = (EN.number(earned), Self::points(max));
        format!("Quiz finished. Your score: {earned} of {max}, {percent} percent.")
    }

    fn retry_missed(n: usize) -> String {
        if n == 1 { "Retry the missed question".into() } else { format!("Retry the {n} missed questions") }
    }

    fn answered(n: usize, of: usize) -> String {
        format!("{n} of {of} answered")
    }

    fn unanswered_warning(n: usize) -> String {
        if n == 1 {
            "1 question has no answer yet; it will count as missed.".into()
        } else {
            format!("{n} questions have no answer yet; they will count as missed.")
        }
    }

    fn left_out(n: usize) -> String {
        if n == 1 {
            "1 question was left out because the passage it quotes has changed.".into()
        } else {
            format!("{n} questions were left out because the passage they quote has changed.")
        }
    }

    fn moved(item: &str, to: usize, of: usize) -> String {
        format!("“{item}” moved to position {to} of {of}.")
    }

    fn quote_of(n: usize, total: usize) -> String {
        format!(" (quote {n} of {total})")
    }

    fn paragraph(n: usize) -> String {
        format!("paragraph {n}")
    }

    fn mode_started(mode: Mode) -> String {
        format!("{} mode: {}.", EN.mode_name(mode), EN.mode_hint(mode))
    }

    fn page_heading(title: &str) -> String {
        format!("Quiz: “{title}”")
    }

    fn more_problems(n: usize) -> String {
        if n == 1 { "…and 1 more problem.".into() } else { format!("…and {n} more problems.") }
    }

    fn broken_link(reason: &str) -> String {
        format!("This quiz link could not be opened: {reason}. Here is the whole quiz instead.")
    }

    fn set_by_teacher(mode: Mode) -> String {
        format!("{} mode, set by your teacher.", EN.mode_name(mode))
    }

    fn restored_notice(reason: &str) -> String {
        format!("Your saved progress could not be restored ({reason}), so the quiz starts afresh.")
    }

    fn load_error(failure: &RemoteQuizError) -> String {
        match failure {
            RemoteQuizError::NoValidator => EN.no_validator.into(),
            RemoteQuizError::Reported(sentences) => sentences.first().cloned().unwrap_or_default(),
            RemoteQuizError::NotWebAddress => {
                "Its address is not a web address: give one that starts with https://, or one relative to this page."
                    .into()
            }
            RemoteQuizError::Unreachable => "The quiz file could not be fetched. The site that has it may be \
                down, or may not allow this page to read it."
                .into(),
            RemoteQuizError::TimedOut => {
                format!("The site that has the quiz file did not answer within {} seconds.", FETCH_TIMEOUT_MS / 1000)
            }
            RemoteQuizError::Status(404) => {
                "There is no quiz file at its address (the site answered 404, not found).".into()
            }
            RemoteQuizError::Status(status) => {
                format!("The site that has the quiz file answered with an error ({status}).")
            }
            RemoteQuizError::TooLarge => format!(
                "The quiz file is larger than {} KB, more than any quiz needs.",
                crate::quiz::bundle::MAX_BYTES / 1024
            ),
            RemoteQuizError::Unsound(problems) => format!(
                "The quiz file did not pass the checks ({}). If you made it, run quiz-check on its folder.",
                if problems.len() == 1 { "1 problem".to_owned() } else { format!("{} problems", problems.len()) }
            ),
            RemoteQuizError::NewerFormat(format) => format!(
                "This quiz was made by a newer version of Article Quiz (bundle format {format}) than this page has. \
                 The site that shows it needs to update Article Quiz."
            ),
        }
    }

    // The core's reasons are written in English.
    fn link_problem(why: &LinkError) -> String {
        why.to_string()
    }

    fn save_problem(why: &LoadError) -> String {
        why.to_string()
    }

    fn session_problem(why: &SessionError) -> String {
        why.to_string()
    }

    fn read_problem(why: &ReadError) -> String {
        why.to_string()
    }
}
