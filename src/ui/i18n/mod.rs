//! Every string the widget shows or announces, in one place, in each language the widget
//! speaks: English ([`EN`]) and Spanish ([`ES`]).
//!
//! Components never write user-facing text of their own; they use the fields and methods
//! of the [`Text`] of the reader's language, which reaches them one way: the app provides
//! a [`Languages`] context, a component reads it with [`use_text`], and the plain view
//! functions it calls take that `Text` as an argument. The app's state keeps no words
//! (it keeps what happened; the view says it). The loading screen, a root of its own
//! outside the app, takes its [`Lang`] as a prop. Each language's words
//! are in one file (`en.rs`, `es.rs`): a `static` [`Text`] of its fixed strings, and its
//! [`Sentences`], the ones that vary with a number, a name or a choice. A language is one
//! more such file, one more [`Lang`] with its arms in `lang.rs` (`ALL`, `from_tag`,
//! `number_style`, `tag`, `text`), one more arm in `sentences!`, and its name on the
//! embed-code page's list (`embed_code::language`). The
//! quiz's own words (questions, article, feedback) are the quiz's, in its language; the
//! validator's messages, written for a quiz's authors, and the tools pages are in English.

use crate::quiz::bundle::ReadError;
use crate::quiz::link::LinkError;
use crate::quiz::saved::LoadError;
use crate::quiz::session::SessionError;
use crate::quiz::{Mode, Points, Verdict};
use crate::ui::platform::RemoteQuizError;

pub mod editor;
pub mod embed_code;
mod en;
mod es;
mod lang;
pub mod teacher;

pub use en::EN;
pub use es::ES;
pub use lang::{ContentLang, Lang, Languages, use_content_lang, use_text};

/// The widget's words in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Text {
    pub lang: Lang,
    pub quiz: &'static str,
    pub practice: &'static str,
    pub practice_hint: &'static str,
    pub test: &'static str,
    pub test_hint: &'static str,
    pub mode_legend: &'static str,
    pub mode_locked: &'static str,
    pub start_over: &'static str,
    pub check: &'static str,
    pub next: &'static str,
    pub previous: &'static str,
    pub skip: &'static str,
    pub in_place: &'static str,
    pub out_of_place: &'static str,
    pub see_score: &'static str,
    pub finish_test: &'static str,
    pub show_in_article: &'static str,
    pub close_article: &'static str,
    pub shown_on_page: &'static str,
    pub the_article: &'static str,
    pub excerpt_from_article: &'static str,
    pub explanation: &'static str,
    pub your_answer: &'static str,
    pub correct_answer: &'static str,
    pub no_answer: &'static str,
    pub your_score: &'static str,
    pub retry_all: &'static str,
    pub review: &'static str,
    pub true_label: &'static str,
    pub false_label: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub order_hint: &'static str,
    pub evidence_hint: &'static str,
    pub multiple_hint: &'static str,
    pub number_label: &'static str,
    pub number_invalid: &'static str,
    pub dismiss: &'static str,
    /// Said once when the browser will not keep progress on this device.
    pub not_saved: &'static str,
    /// Beside a question asked although the host's article no longer quotes it.
    pub passage_changed: &'static str,
    /// Under the name field, when the browser will not keep the name.
    pub name_not_remembered: &'static str,
    pub progress: &'static str,
    /// After an option, for screen readers.
    pub picked: &'static str,
    /// After an option, for screen readers.
    pub is_correct: &'static str,
    /// Shown in place of the widget if it ever panics.
    pub crashed: &'static str,
    /// Shown in place of the prerendered first screen if the widget cannot start
    /// (its wasm does not arrive or does not run).
    pub did_not_start: &'static str,
    pub hand_in: &'static str,
    /// What a result code holds, before the student copies it.
    pub hand_in_explained: &'static str,
    pub your_name: &'static str,
    pub name_remembered: &'static str,
    pub result_code: &'static str,
    pub copy_code: &'static str,
    pub copied: &'static str,
    pub not_copied: &'static str,
    /// What a hand-in to a class on a results server sends, before the student sends it
    /// (the results module, embed/results.js, has the words of the sending itself).
    pub hand_in_to_class: &'static str,
    /// The end screen's offer to share the result, and how it went.
    pub share_heading: &'static str,
    pub share_hint: &'static str,
    pub share_button: &'static str,
    pub shared: &'static str,
    pub share_copied: &'static str,
    pub not_shared: &'static str,
    /// What the card's marks say, for a screen reader: before the list of verdicts.
    pub share_marks: &'static str,
    pub loading: &'static str,
    pub unavailable: &'static str,
    pub quiz_file: &'static str,
    pub no_validator: &'static str,
}

impl Text {
    /// A number written the English way (`0.5`, `60,000`) as this language writes it
    /// (`0,5`, `60.000` in Spanish).
    pub fn number(&self, english: impl std::fmt::Display) -> String {
        self.lang.number_style().write(&english.to_string())
    }

    /// A number as a reader of this language types it; `None` if it is not one, or
    /// could be read two ways.
    pub fn read_number(&self, typed: &str) -> Option<f64> {
        self.lang.number_style().read(typed)
    }

    /// An icon that repeats the verdict for sighted readers; never the only signal.
    pub fn verdict_icon(&self, v: Verdict) -> &'static str {
        match v {
            Verdict::Correct => "✓",
            Verdict::Partial => "◐",
            Verdict::Wrong => "✗",
            Verdict::Unanswered => "–",
        }
    }

    /// What the live region says after a check: the verdict, then the points earned.
    pub fn announce_check(&self, v: Verdict, earned_points: Points, max: Points) -> String {
        format!("{}. {}", self.verdict(v), self.earned(earned_points, max, v == Verdict::Partial))
    }

    pub fn move_item(&self, direction: &str, item: &str) -> String {
        format!("{direction}: {item}")
    }

    pub fn mode_name(&self, mode: Mode) -> &'static str {
        match mode {
            Mode::Practice => self.practice,
            Mode::Test => self.test,
        }
    }

    fn mode_hint(&self, mode: Mode) -> &'static str {
        match mode {
            Mode::Practice => self.practice_hint,
            Mode::Test => self.test_hint,
        }
    }

    /// The standalone page's title for a quiz on the article `title`.
    pub fn page_title(&self, title: &str) -> String {
        format!("{}: {title}", self.quiz)
    }

    pub fn number_with_unit(&self, value: &str, unit: &str) -> String {
        if unit.is_empty() { value.to_owned() } else { format!("{value} {unit}") }
    }
}

/// Declares the sentences each language writes its own way, once: as the trait
/// [`Sentences`], which each language's file implements, and as a method of [`Text`] for
/// each, which calls the reader's language's. Dispatch is a `match`, so a binary keeps
/// only the sentences it uses. A new language is one more arm here.
macro_rules! sentences {
    ($($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),*) -> $out:ty;)*) => {
        /// What a language writes its own way: plurals, word order, numbers in a sentence.
        pub trait Sentences {
            $($(#[$doc])* fn $name($($arg: $ty),*) -> $out;)*
        }

        impl Text {
            $($(#[$doc])* pub fn $name(&self, $($arg: $ty),*) -> $out {
                match self.lang {
                    Lang::En => <en::English as Sentences>::$name($($arg),*),
                    Lang::Es => <es::Spanish as Sentences>::$name($($arg),*),
                }
            })*
        }
    };
}

sentences! {
    /// "8 questions"
    fn question_count(n: usize) -> String;
    /// "by A, B and C"
    fn byline(authors: &[String]) -> String;
    /// "By A and B · Publication", above the article's text.
    fn article_byline(authors: &[String], publication: &str) -> String;
    /// What goes before and after an article's title: "On “" and "”", so that the title
    /// can carry the quiz's language.
    fn about_article() -> (&'static str, &'static str);
    /// "Question 2 of 8"
    fn position(at: usize, of: usize) -> String;
    /// "1 point", "2.5 points"
    fn points(p: Points) -> String;
    /// "Correct", "Partly right", "Not quite", "Not answered"
    fn verdict(v: Verdict) -> &'static str;
    /// "You earned 0.5 of 1 point (partial credit)."
    fn earned(earned: Points, max: Points, partial: bool) -> String;
    /// "12.5 of 25 points"
    fn score_line(earned: Points, max: Points) -> String;
    /// "60%"
    fn percent(p: u32) -> String;
    /// "3 right · 1 partly right · 2 missed"
    fn tally(right: usize, partial: usize, wrong: usize) -> String;
    /// What the live region says when the quiz is finished.
    fn announce_finish(earned: Points, max: Points, percent: u32) -> String;
    /// The button that asks the missed questions again.
    fn retry_missed(n: usize) -> String;
    /// "3 of 8 answered"
    fn answered(n: usize, of: usize) -> String;
    /// Before a test is finished with questions unanswered.
    fn unanswered_warning(n: usize) -> String;
    /// Above the quiz, when the host's article no longer holds what `n` questions quote.
    fn left_out(n: usize) -> String;
    /// What the live region says when an item of an order question moves.
    fn moved(item: &str, to: usize, of: usize) -> String;
    /// " (quote 1 of 2)", after an excerpt's label.
    fn quote_of(n: usize, total: usize) -> String;
    /// "paragraph 4", where an excerpt is in the article.
    fn paragraph(n: usize) -> String;
    /// What the live region says when a fresh session starts in `mode`.
    fn mode_started(mode: Mode) -> String;
    /// The standalone page's heading for a quiz on the article `title`.
    fn page_heading(title: &str) -> String;
    /// After the first of a quiz file's problems.
    fn more_problems(n: usize) -> String;
    /// Above the whole quiz, when a teacher's link could not be opened for `reason`.
    fn broken_link(reason: &str) -> String;
    /// Beside the mode, when a teacher's link fixes it.
    fn set_by_teacher(mode: Mode) -> String;
    /// Above a fresh quiz, when saved progress could not be restored for `reason`.
    fn restored_notice(reason: &str) -> String;
    /// Why a quiz from an address cannot be shown, in one or two sentences.
    fn load_error(failure: &RemoteQuizError) -> String;
    /// Why a teacher's link could not be opened, as a clause ([`Text::broken_link`]'s
    /// reason). The core's reasons are English; each language says them its own way.
    fn link_problem(why: &LinkError) -> String;
    /// Why saved progress could not be restored, as a clause.
    fn save_problem(why: &LoadError) -> String;
    /// Why a quiz's session could not be made or taken back, as a clause.
    fn session_problem(why: &SessionError) -> String;
    /// Why a quiz file could not be read, as a clause.
    fn read_problem(why: &ReadError) -> String;
}

/// "A, B and C", with the language's `and`; each name isolated (FSI … PDI), so that a
/// name written right to left keeps its own order and the commas their places.
fn listed(names: &[String], and: &str) -> String {
    let isolated: Vec<String> = names.iter().map(|name| format!("\u{2068}{name}\u{2069}")).collect();
    match isolated.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// A reason given as a clause (the core's, or [`Text::read_problem`]'s) as a sentence of
/// its own: a capital first letter and a full stop.
pub fn reason(clause: &str) -> String {
    format!("{}.", sentence(clause))
}

/// `text` with a capital first letter (if it is an ASCII one, as the validator's
/// sentences start), as a sentence of its own.
pub fn sentence(text: &str) -> String {
    let mut sentence = text.to_owned();
    if let Some(first) = sentence.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    sentence
}
