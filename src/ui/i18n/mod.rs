//! Every string the widget shows or announces, in one place, in each language the widget
//! speaks: English ([`EN`]), Spanish ([`ES`]) and Persian ([`FA`]).
//!
//! Components never write user-facing text of their own; they use the fields and methods
//! of the [`Text`] of the reader's language, which reaches them one way: the app provides
//! a [`Languages`] context, a component reads it with [`use_text`], and the plain view
//! functions it calls take that `Text` as an argument. The app's state keeps no words
//! (it keeps what happened; the view says it). The loading screen, a root of its own
//! outside the app, takes its [`Lang`] as a prop. Each language's words are data in one
//! file (`en.rs`, `es.rs`, `fa.rs`): a `static` [`Text`] of its fixed strings and of its
//! [`Phrases`], the sentences that vary with a number, a name or a choice, as templates
//! that one code fills for every language (so a language adds its words, not code). A
//! language is one more such file, one more [`Lang`] with its arms in `lang.rs` (`ALL`,
//! `from_tag`, `number_style`, `dir`, `tag`, `text`), its name on the embed-code page's
//! list (`embed_code::language`), and its words in the results module
//! (`embed/results.js`). The
//! quiz's own words (questions, article, feedback) are the quiz's, in its language; the
//! validator's messages, written for a quiz's authors, and the tools pages are in English.

use crate::quiz::bundle::{MAX_BYTES, ReadError};
use crate::quiz::link::LinkError;
use crate::quiz::saved::LoadError;
use crate::quiz::session::SessionError;
use crate::quiz::{Mode, Points, Verdict};
use crate::ui::platform::{FETCH_TIMEOUT_MS, RemoteQuizError};

pub mod editor;
pub mod embed_code;
mod en;
#[cfg(all_languages)]
mod es;
#[cfg(all_languages)]
mod fa;
mod lang;
pub mod teacher;

pub use en::EN;
#[cfg(all_languages)]
pub use es::ES;
#[cfg(all_languages)]
pub use fa::FA;
pub use lang::{ContentLang, Lang, Languages, use_content_lang, use_text};

/// A language's strings as one table: a struct whose fields are all strings
/// (`&'static str`), arrays of them, or other tables, so that in memory it is nothing but
/// its strings one after another. A language's file is that table, one string per line
/// ([`Lang::words_file`]), and reading the file back is checking its length and taking
/// its lines as the table, with no code per string.
///
/// # Safety
/// Implemented only for `&'static str`, arrays of tables, and the structs [`table!`]
/// declares: `#[repr(C)]`, with every field a table (checked when they are compiled). Such
/// a struct has the layout of `[&'static str; Self::LEN]`: its fields in order, each of a
/// size that is a multiple of a string's and of a string's alignment, so with no padding,
/// and aligned as a string is (both asserted when the struct is compiled). An
/// implementation keeps the default [`Table::LEN`], [`Table::lines`] and
/// [`Table::from_lines`].
pub unsafe trait Table: Sized + 'static {
    /// How many strings the table holds. An implementation must keep this default.
    const LEN: usize = size_of::<Self>() / size_of::<&str>();

    /// A digest of its fields' names and kinds, in order, to the strings in nested
    /// tables: a words file written for a table of another shape (an older build's, kept
    /// by a cache) is refused even when it has as many lines.
    const SHAPE: u32 = 0;

    /// Its strings, in order.
    fn lines(&self) -> &[&'static str] {
        // SAFETY: a table is `Self::LEN` strings in a row (the trait's contract).
        unsafe { std::slice::from_raw_parts((self as *const Self).cast::<&'static str>(), Self::LEN) }
    }

    /// The table whose strings are `lines`, if they are as many as it holds.
    fn from_lines(lines: &[&'static str]) -> Option<Self> {
        // SAFETY: `lines` is `Self::LEN` strings in a row, aligned as a string is, which is
        // a table's layout and alignment (the trait's contract); strings are `Copy`.
        (lines.len() == Self::LEN).then(|| unsafe { lines.as_ptr().cast::<Self>().read() })
    }
}

// SAFETY: one string.
unsafe impl Table for &'static str {}
// SAFETY: an array is its elements in a row, with no padding between them.
unsafe impl<T: Table, const N: usize> Table for [T; N] {
    const SHAPE: u32 = mix(T::SHAPE, N as u32);
}

/// `hash` with `value` folded in (FNV-1a's step).
const fn mix(hash: u32, value: u32) -> u32 {
    (hash ^ value).wrapping_mul(0x0100_0193)
}

/// A digest of `names` (FNV-1a), at compile time.
const fn digest(names: &str) -> u32 {
    let (bytes, mut hash, mut at) = (names.as_bytes(), 0x811c_9dc5, 0);
    while at < bytes.len() {
        hash = mix(hash, bytes[at] as u32);
        at += 1;
    }
    hash
}

/// Declares a struct of a language's strings as a [`Table`].
macro_rules! table {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$field_meta:meta])* pub $field:ident: $ty:ty,)* }) => {
        $(#[$meta])*
        #[repr(C)]
        pub struct $name { $($(#[$field_meta])* pub $field: $ty,)* }

        // SAFETY: `repr(C)`, each field a table, and nothing else in it: no padding, and
        // aligned as a string (an attribute such as `repr(packed)` or `repr(align)` could
        // change that), as this proves at compile time.
        unsafe impl Table for $name {
            const SHAPE: u32 = {
                let mut shape = digest(stringify!($name $($field)*));
                $(shape = mix(shape, <$ty as Table>::SHAPE);)*
                shape
            };
        }
        const _: () = {
            const fn is_table<T: Table>() {}
            $(is_table::<$ty>();)*
            assert!(size_of::<$name>() == 0 $(+ size_of::<$ty>())*, "a table's fields are all it holds");
            assert!(align_of::<$name>() == align_of::<&str>(), "a table is aligned as a string");
        };
    };
}

/// The widget's words in one language: its [`Words`], which components read as `t.check`
/// (through `Deref`), and the core's reasons in its words.
#[derive(Debug, PartialEq, Eq)]
pub struct Text {
    pub lang: Lang,
    pub words: Words,
    /// The core's reasons in this language; `None` where the core's own (English) words
    /// are the language's.
    pub reasons: Option<Reasons>,
}

impl std::ops::Deref for Text {
    type Target = Words;

    fn deref(&self) -> &Words {
        &self.words
    }
}

table! {
    /// The widget's fixed strings and sentences in one language.
    #[derive(Debug, PartialEq, Eq)]
    pub struct Words {
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
        /// The sentences made with a number, a name or a choice.
        pub phrases: Phrases,
    }
}

impl Text {
    /// A language's words read back from its file ([`Lang::words_file`]): `None` unless
    /// the file holds exactly a language's strings (its tag and the shape of these tables,
    /// then its [`Words`] and its [`Reasons`]), each on a line of its own.
    pub fn from_words_file(file: &'static str) -> Option<Text> {
        let lines: Vec<&'static str> = file.strip_suffix('\n').unwrap_or(file).split('\n').collect();
        let (first, lines) = lines.split_first()?;
        let (tag, shape) = first.split_once(' ')?;
        let (words, reasons) = lines.split_at_checked(Words::LEN)?;
        (shape.as_bytes() == Text::SHAPE_HEX).then_some(())?;
        Some(Text {
            lang: Lang::from_tag(tag)?,
            words: Words::from_lines(words)?,
            reasons: Some(Reasons::from_lines(reasons)?),
        })
    }

    /// Its file: its tag and the shape of its tables ([`Text::SHAPE`]), then its strings,
    /// each on a line of its own (a string holds no line break).
    pub fn words_file(&self) -> String {
        let reasons = self.reasons.as_ref().map_or(&[][..], Table::lines);
        let first = format!("{} {:08x}", self.lang.tag(), Text::SHAPE);
        [&[first.as_str()], self.words.lines(), reasons].concat().join("\n")
    }

    /// The shape of the tables a words file holds ([`Table::SHAPE`]).
    pub const SHAPE: u32 = mix(Words::SHAPE, Reasons::SHAPE);

    /// [`Text::SHAPE`] as its file writes it: eight hexadecimal digits (compared as
    /// they are, with no number read at run time).
    const SHAPE_HEX: [u8; 8] = {
        let (mut hex, mut at) = ([0; 8], 0);
        while at < 8 {
            hex[at] = b"0123456789abcdef"[(Text::SHAPE >> (28 - 4 * at) & 0xf) as usize];
            at += 1;
        }
        hex
    };

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

/// A sentence with holes: each `{}` is filled, in order, with an argument (a number
/// already written as the language writes numbers, a name, a title).
pub type Template = &'static str;

/// `[one, other]`: the template for a count of one, and for any other count. (A language
/// whose nouns do not change after a number gives the same template twice.)
pub type Plural = [Template; 2];

table! {
    /// The sentences each language writes its own way, as data: templates that [`Text`]'s
    /// methods fill, one code for every language. Each language's file gives its own.
    #[derive(Debug, PartialEq, Eq)]
    pub struct Phrases {
        pub question_count: Plural,
        /// "by {}" and "By {} · {}" (the names, then the publication).
        pub byline: Template,
        pub article_byline: Template,
        /// What goes between names, and between the last two: ", " and " and ".
        pub list: [Template; 2],
        /// What goes before and after an article's title, so that the title can carry the
        /// quiz's language.
        pub about_article: [Template; 2],
        pub position: Template,
        pub points: Plural,
        /// Correct, partly right, wrong, unanswered.
        pub verdicts: [Template; 4],
        /// The points earned of the points there were: whole or partial credit.
        pub earned: [Template; 2],
        pub score_line: Template,
        pub percent: Template,
        /// Right and wrong; right, partly right and wrong.
        pub tally: [Template; 2],
        pub announce_finish: Template,
        pub retry_missed: Plural,
        pub answered: Template,
        pub unanswered_warning: Plural,
        pub left_out: Plural,
        pub moved: Template,
        pub quote_of: Template,
        pub paragraph: Template,
        /// Practice, test: when a fresh session starts in the mode (with its hint).
        pub mode_started: [Template; 2],
        pub page_heading: Template,
        pub more_problems: Plural,
        pub broken_link: Template,
        /// Practice, test: when a teacher's link fixes the mode.
        pub set_by_teacher: [Template; 2],
        pub restored_notice: Template,
        pub load_errors: LoadErrors,
    }
}

table! {
    /// Why a quiz from an address cannot be shown ([`RemoteQuizError`]), one sentence or two each.
    #[derive(Debug, PartialEq, Eq)]
    pub struct LoadErrors {
        pub not_web_address: Template,
        pub unreachable: Template,
        /// The seconds waited.
        pub timed_out: Template,
        pub not_found: Template,
        /// The HTTP status.
        pub status: Template,
        /// The most a quiz file may hold, in KB.
        pub too_large: Template,
        /// The number of problems.
        pub unsound: Plural,
        /// The bundle format.
        pub newer_format: Template,
    }
}

table! {
    /// The core's reasons for a broken link ([`LinkError`]), a save that cannot be restored
    /// ([`LoadError`]), a session that cannot be made ([`SessionError`]) and a quiz file that
    /// cannot be read ([`ReadError`]), as clauses.
    #[derive(Debug, PartialEq, Eq)]
    pub struct Reasons {
        pub link_empty: Template,
        pub link_truncated: Template,
        pub link_mistyped: Template,
        pub link_newer: Template,
        pub link_other_quiz: Template,
        pub link_unknown_questions: Plural,
        pub link_too_long: Template,
        pub link_repeated: Template,
        pub save_foreign: Template,
        pub save_newer: Template,
        /// Said for the core's damaged save and damaged session alike.
        pub save_damaged: Template,
        /// The question's id.
        pub session_unknown_question: Template,
        pub session_repeated_question: Template,
        pub session_no_questions: Template,
        pub session_other_quiz: Template,
        pub read_not_a_bundle: Template,
        pub read_newer: Template,
        pub read_too_large: Template,
        pub read_damaged: Template,
    }
}

/// `template` with each `{}` filled, in order, by `args`.
fn fill(template: Template, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let (mut rest, mut args) = (template, args.iter());
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        out.push_str(args.next().copied().unwrap_or_default());
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

impl Text {
    /// The template of `plural` for a count of `n`, filled with `n`.
    fn count(&self, plural: &Plural, n: usize) -> String {
        fill(plural[usize::from(n != 1)], &[&self.number(n)])
    }

    /// "8 questions"
    pub fn question_count(&self, n: usize) -> String {
        self.count(&self.phrases.question_count, n)
    }

    /// What goes between the items of a list, as between names: ", " ("، " in Persian).
    pub fn comma(&self) -> &'static str {
        self.phrases.list[0]
    }

    /// `items` with the language's comma between them. (A loop of its own: `join` with a
    /// separator known only at run time cost the wasm about 280 bytes a call.)
    pub fn comma_list<S: AsRef<str>>(&self, items: &[S]) -> String {
        let mut out = String::new();
        for (n, item) in items.iter().enumerate() {
            if n > 0 {
                out.push_str(self.comma());
            }
            out.push_str(item.as_ref());
        }
        out
    }

    /// "by A, B and C"
    pub fn byline(&self, authors: &[String]) -> String {
        fill(self.phrases.byline, &[&self.listed(authors)])
    }

    /// "By A and B · Publication", above the article's text.
    pub fn article_byline(&self, authors: &[String], publication: &str) -> String {
        fill(self.phrases.article_byline, &[&self.listed(authors), publication])
    }

    /// What goes before and after an article's title: "On “" and "”".
    pub fn about_article(&self) -> [&'static str; 2] {
        self.phrases.about_article
    }

    /// "Question 2 of 8"
    pub fn position(&self, at: usize, of: usize) -> String {
        fill(self.phrases.position, &[&self.number(at), &self.number(of)])
    }

    /// "1 point", "2.5 points"
    pub fn points(&self, p: Points) -> String {
        fill(self.phrases.points[usize::from(p != Points(100))], &[&self.number(p)])
    }

    /// "Correct", "Partly right", "Not quite", "Not answered"
    pub fn verdict(&self, v: Verdict) -> &'static str {
        self.phrases.verdicts[match v {
            Verdict::Correct => 0,
            Verdict::Partial => 1,
            Verdict::Wrong => 2,
            Verdict::Unanswered => 3,
        }]
    }

    /// "You earned 0.5 of 1 point (partial credit)."
    pub fn earned(&self, earned: Points, max: Points, partial: bool) -> String {
        fill(self.phrases.earned[usize::from(partial)], &[&self.number(earned), &self.points(max)])
    }

    /// "12.5 of 25 points"
    pub fn score_line(&self, earned: Points, max: Points) -> String {
        fill(self.phrases.score_line, &[&self.number(earned), &self.points(max)])
    }

    /// "60%"
    pub fn percent(&self, p: u32) -> String {
        fill(self.phrases.percent, &[&self.number(p)])
    }

    /// "3 right · 1 partly right · 2 missed"
    pub fn tally(&self, right: usize, partial: usize, wrong: usize) -> String {
        let [right, some, wrong] = [right, partial, wrong].map(|n| self.number(n));
        if partial == 0 {
            fill(self.phrases.tally[0], &[&right, &wrong])
        } else {
            fill(self.phrases.tally[1], &[&right, &some, &wrong])
        }
    }

    /// What the live region says when the quiz is finished.
    pub fn announce_finish(&self, earned: Points, max: Points, percent: u32) -> String {
        fill(self.phrases.announce_finish, &[&self.number(earned), &self.points(max), &self.number(percent)])
    }

    /// The button that asks the missed questions again.
    pub fn retry_missed(&self, n: usize) -> String {
        self.count(&self.phrases.retry_missed, n)
    }

    /// "3 of 8 answered"
    pub fn answered(&self, n: usize, of: usize) -> String {
        fill(self.phrases.answered, &[&self.number(n), &self.number(of)])
    }

    /// Before a test is finished with questions unanswered.
    pub fn unanswered_warning(&self, n: usize) -> String {
        self.count(&self.phrases.unanswered_warning, n)
    }

    /// Above the quiz, when the host's article no longer holds what `n` questions quote.
    pub fn left_out(&self, n: usize) -> String {
        self.count(&self.phrases.left_out, n)
    }

    /// What the live region says when an item of an order question moves.
    pub fn moved(&self, item: &str, to: usize, of: usize) -> String {
        fill(self.phrases.moved, &[item, &self.number(to), &self.number(of)])
    }

    /// " (quote 1 of 2)", after an excerpt's label.
    pub fn quote_of(&self, n: usize, total: usize) -> String {
        fill(self.phrases.quote_of, &[&self.number(n), &self.number(total)])
    }

    /// "paragraph 4", where an excerpt is in the article.
    pub fn paragraph(&self, n: usize) -> String {
        fill(self.phrases.paragraph, &[&self.number(n)])
    }

    /// What the live region says when a fresh session starts in `mode`.
    pub fn mode_started(&self, mode: Mode) -> String {
        fill(self.phrases.mode_started[usize::from(mode == Mode::Test)], &[self.mode_hint(mode)])
    }

    /// The standalone page's heading for a quiz on the article `title`.
    pub fn page_heading(&self, title: &str) -> String {
        fill(self.phrases.page_heading, &[title])
    }

    /// After the first of a quiz file's problems.
    pub fn more_problems(&self, n: usize) -> String {
        self.count(&self.phrases.more_problems, n)
    }

    /// Above the whole quiz, when a teacher's link could not be opened for `reason`.
    pub fn broken_link(&self, reason: &str) -> String {
        fill(self.phrases.broken_link, &[reason])
    }

    /// Beside the mode, when a teacher's link fixes it.
    pub fn set_by_teacher(&self, mode: Mode) -> String {
        self.phrases.set_by_teacher[usize::from(mode == Mode::Test)].to_owned()
    }

    /// Above a fresh quiz, when saved progress could not be restored for `reason`.
    pub fn restored_notice(&self, reason: &str) -> String {
        fill(self.phrases.restored_notice, &[reason])
    }

    /// Why a quiz from an address cannot be shown, in one or two sentences.
    pub fn load_error(&self, failure: &RemoteQuizError) -> String {
        let words = &self.phrases.load_errors;
        match failure {
            RemoteQuizError::NoValidator => self.no_validator.into(),
            RemoteQuizError::Reported(sentences) => sentences.first().cloned().unwrap_or_default(),
            RemoteQuizError::NotWebAddress => words.not_web_address.into(),
            RemoteQuizError::Unreachable => words.unreachable.into(),
            RemoteQuizError::TimedOut => fill(words.timed_out, &[&self.number(FETCH_TIMEOUT_MS / 1000)]),
            RemoteQuizError::Status(404) => words.not_found.into(),
            RemoteQuizError::Status(status) => fill(words.status, &[&self.number(status)]),
            RemoteQuizError::TooLarge => fill(words.too_large, &[&self.number(MAX_BYTES / 1024)]),
            RemoteQuizError::Unsound(problems) => self.count(&words.unsound, problems.len()),
            RemoteQuizError::NewerFormat(format) => fill(words.newer_format, &[&self.number(format)]),
        }
    }

    /// Why a teacher's link could not be opened, as a clause ([`Text::broken_link`]'s
    /// reason).
    pub fn link_problem(&self, why: &LinkError) -> String {
        let Some(words) = &self.reasons else { return why.to_string() };
        match why {
            LinkError::Empty => words.link_empty.into(),
            LinkError::Truncated => words.link_truncated.into(),
            LinkError::Mistyped => words.link_mistyped.into(),
            LinkError::NewerFormat => words.link_newer.into(),
            LinkError::OtherQuiz => words.link_other_quiz.into(),
            LinkError::UnknownQuestions(n) => self.count(&words.link_unknown_questions, *n),
            LinkError::TooLong => words.link_too_long.into(),
            LinkError::RepeatedQuestion => words.link_repeated.into(),
        }
    }

    /// Why saved progress could not be restored, as a clause.
    pub fn save_problem(&self, why: &LoadError) -> String {
        let Some(words) = &self.reasons else { return why.to_string() };
        match why {
            LoadError::Foreign => words.save_foreign.into(),
            LoadError::NewerFormat => words.save_newer.into(),
            LoadError::Damaged => words.save_damaged.into(),
            LoadError::Session(why) => self.session_problem(why),
        }
    }

    /// Why a quiz's session could not be made or taken back, as a clause.
    pub fn session_problem(&self, why: &SessionError) -> String {
        let Some(words) = &self.reasons else { return why.to_string() };
        match why {
            SessionError::UnknownQuestion(id) => fill(words.session_unknown_question, &[id]),
            SessionError::RepeatedQuestion(id) => fill(words.session_repeated_question, &[id]),
            SessionError::NoQuestions => words.session_no_questions.into(),
            SessionError::OtherQuiz => words.session_other_quiz.into(),
            // The detail is for the quiz's developers, in English; the reader needs the gist.
            SessionError::Damaged(_) => words.save_damaged.into(),
        }
    }

    /// Why a quiz file could not be read, as a clause.
    pub fn read_problem(&self, why: &ReadError) -> String {
        let Some(words) = &self.reasons else { return why.to_string() };
        match why {
            ReadError::NotABundle => words.read_not_a_bundle.into(),
            ReadError::NewerFormat(format) => fill(words.read_newer, &[&self.number(format)]),
            ReadError::TooLarge => fill(words.read_too_large, &[&self.number(MAX_BYTES / 1024)]),
            ReadError::Damaged => words.read_damaged.into(),
        }
    }

    /// "A, B and C", with the language's comma and `and` ([`Phrases::list`]); each name
    /// isolated (FSI … PDI), so that a name written in the other direction keeps its own
    /// order and the commas their places.
    fn listed(&self, names: &[String]) -> String {
        let isolated: Vec<String> = names.iter().map(|name| format!("\u{2068}{name}\u{2069}")).collect();
        match isolated.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{}{}{last}", self.comma_list(init), self.phrases.list[1]),
        }
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

#[cfg(test)]
mod tests {
    use super::{Table, digest, mix};

    mod before {
        use super::super::{Table, digest, mix};
        table! { pub struct T { pub a: &'static str, pub b: [&'static str; 2], } }
    }
    mod reordered {
        use super::super::{Table, digest, mix};
        table! { pub struct T { pub b: [&'static str; 2], pub a: &'static str, } }
    }
    mod resized {
        use super::super::{Table, digest, mix};
        table! { pub struct T { pub a: &'static str, pub b: [&'static str; 3], } }
    }

    #[test]
    fn a_table_s_shape_changes_with_its_fields_order_and_sizes_but_not_its_strings() {
        assert_eq!(before::T::LEN, reordered::T::LEN);
        assert_ne!(before::T::SHAPE, reordered::T::SHAPE);
        assert_ne!(before::T::SHAPE, resized::T::SHAPE);
        assert_ne!(mix(digest("x"), 0), digest("x"));
        let t = before::T { a: "1", b: ["2", "3"] };
        assert_eq!(t.lines(), ["1", "2", "3"]);
        assert_eq!(before::T::from_lines(&["4", "5", "6"]).map(|t| t.b), Some(["5", "6"]));
    }
}
