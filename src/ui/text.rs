//! Every string the widget shows or announces, in one place (English for now).
//!
//! Components never write user-facing text of their own; they call these. A second
//! language is a second implementation of the same functions.

use super::browser::{FETCH_TIMEOUT_MS, LoadError};
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
pub const SHOWN_ON_PAGE: &str = "Highlighted in the article on this page.";
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

/// The standalone page's title and heading for a quiz on the article `title`.
pub fn page_title(title: &str) -> String {
    format!("Quiz: {title}")
}

pub fn page_heading(title: &str) -> String {
    format!("Quiz: “{title}”")
}

pub const LOADING: &str = "Loading the quiz…";
pub const UNAVAILABLE: &str = "This quiz cannot be shown.";
pub const QUIZ_FILE: &str = "Quiz file:";
pub const NO_VALIDATOR: &str = "The quiz could not be checked, so it is not shown. Reload the page to try again.";

/// Why a quiz from an address cannot be shown, in one or two sentences.
pub fn load_error(failure: &LoadError) -> String {
    match failure {
        LoadError::NotWebAddress => {
            "Its address is not a web address: give one that starts with https://, or one relative to this page.".into()
        }
        LoadError::Unreachable => "The quiz file could not be fetched. The site that has it may be down, or may not \
            allow this page to read it."
            .into(),
        LoadError::TimedOut => {
            format!("The site that has the quiz file did not answer within {} seconds.", FETCH_TIMEOUT_MS / 1000)
        }
        LoadError::Status(404) => "There is no quiz file at its address (the site answered 404, not found).".into(),
        LoadError::Status(status) => format!("The site that has the quiz file answered with an error ({status})."),
        LoadError::TooLarge => {
            format!(
                "The quiz file is larger than {} KB, more than any quiz needs.",
                crate::quiz::bundle::MAX_BYTES / 1024
            )
        }
        LoadError::NoValidator => NO_VALIDATOR.into(),
        LoadError::Unsound(problems) => format!(
            "The quiz file did not pass the checks ({}). If you made it, run quiz-check on its folder.",
            if problems.len() == 1 { "1 problem".to_owned() } else { format!("{} problems", problems.len()) }
        ),
        LoadError::Reported(sentences) => sentences.first().cloned().unwrap_or_default(),
    }
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

pub fn more_problems(n: usize) -> String {
    if n == 1 { "…and 1 more problem.".into() } else { format!("…and {n} more problems.") }
}

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

/// The teacher's page.
pub mod teacher {
    use crate::quiz::{KindName, Points, Topic};

    pub const PAGE_ROOT: &str = "article-quiz-teacher";
    pub const KICKER: &str = "For teachers";
    pub const INTRO: &str = "Make a link that sets the quiz up for your class, send it, and read the result codes \
        your students send back. There are no accounts: everything travels in the link and the codes, and what \
        you paste here stays in this browser.";

    pub const MAKE_HEADING: &str = "1. Make a link for your class";
    pub const QUESTIONS: &str = "Questions";
    pub const CHOOSE_ALL: &str = "Choose all";
    pub const CHOOSE_NONE: &str = "Choose none";
    pub const ORDER: &str = "Order of the questions";
    pub const IN_QUIZ_ORDER: &str = "As in the quiz";
    pub const SHUFFLED: &str = "Shuffled, the same order for every student";
    pub const ORDER_NUMBER: &str = "Order number";
    pub const ORDER_NUMBER_HINT: &str = "The same number gives the same order.";
    pub const ANOTHER_ORDER: &str = "Another order";
    pub const SHUFFLE_OPTIONS: &str = "Shuffle the answer options";
    pub const FEEDBACK: &str = "Feedback";
    pub const RETRIES: &str = "Let students retry questions after they finish";
    pub const TITLE: &str = "Title for the class (optional)";
    pub const INSTRUCTIONS: &str = "Instructions (optional)";
    pub const YOUR_LINK: &str = "Your link";
    pub const LINK_LABEL: &str = "Link for your class";
    pub const COPY_LINK: &str = "Copy the link";
    pub const COPIED_LINK: &str = "Link copied.";
    pub const NOT_COPIED_LINK: &str = "Could not copy; select the link and copy it yourself.";
    pub const OPEN_LINK: &str = "Open the quiz as a student";
    pub const QR_LABEL: &str = "QR code of the link";
    pub const QR_CAPTION: &str = "Students can scan this code to open the link.";
    pub const NO_QUESTIONS: &str = "Choose at least one question.";

    pub const READ_HEADING: &str = "2. Read your class’s results";
    pub const READ_INTRO: &str = "At the end of the quiz each student can copy a result code. Paste the codes (or \
        result links) here, one per line or all at once. They stay in this browser and are not sent anywhere.";
    pub const CODES_LABEL: &str = "Result codes";
    pub const CLEAR: &str = "Clear the codes";
    pub const CLEARED: &str = "The codes were cleared from this browser.";
    pub const BAD_LINES: &str = "Lines that could not be read";
    pub const STUDENT: &str = "Student";
    pub const SCORE: &str = "Score";
    pub const TIME: &str = "Time";
    pub const ANSWERS: &str = "Answers";
    pub const SHOW: &str = "Show";
    pub const HIDE: &str = "Hide";
    pub const BY_QUESTION: &str = "Question by question";
    pub const DOWNLOAD_CSV: &str = "Download as CSV";
    pub const UNNAMED: &str = "No name";
    pub const OTHER_ASSIGNMENTS: &str = "Results from other assignments";
    pub const OTHER_ASSIGNMENTS_HINT: &str = "These codes answer a different link, so they are not counted with \
        the class above.";
    pub const SCORE_EDITED: &str = "This code’s score does not match its answers; the score shown is what the \
        answers are worth.";
    pub const CSV_HEADER: [&str; 5] = ["Name", "Points", "Out of", "Percent", "Seconds"];

    pub fn kind(kind: KindName) -> &'static str {
        match kind {
            KindName::Single => "Single choice",
            KindName::Multiple => "Multiple select",
            KindName::TrueFalse => "True or false",
            KindName::Order => "Put in order",
            KindName::Numeric => "Number",
            KindName::Evidence => "Find the evidence",
        }
    }

    pub fn topic(topic: Topic) -> &'static str {
        match topic {
            Topic::Events => "Events",
            Topic::Iran => "Iran",
            Topic::History => "History",
            Topic::Recommendations => "Recommendations",
            Topic::Argument => "The argument",
        }
    }

    pub fn chosen(n: usize, of: usize, points: Points) -> String {
        format!("{n} of {of} chosen, {}", super::points(points))
    }

    pub fn link_length(chars: usize) -> String {
        format!("{chars} characters")
    }

    pub fn question_number(n: usize) -> String {
        format!("Q{n}")
    }

    /// The name of a group's table of students, which scrolls sideways on a phone.
    pub fn students_of(heading: &str) -> String {
        format!("Students: {heading}")
    }

    /// After "Show" or "Hide", for screen readers: whose answers.
    pub fn answers_of(name: &str) -> String {
        format!("the answers of {name}")
    }

    pub fn unnamed(line: usize) -> String {
        format!("{UNNAMED} (line {line})")
    }

    pub fn bad_line(line: usize, reason: &str) -> String {
        format!("Line {line}: {reason}.")
    }

    pub fn repeat(line: usize, first: usize) -> String {
        format!("Line {line} repeats line {first}; counted once.")
    }

    pub fn read_summary(results: usize, bad: usize) -> String {
        let students = if results == 1 { "1 result".to_owned() } else { format!("{results} results") };
        match bad {
            0 => format!("{students} read."),
            1 => format!("{students} read; 1 line could not be read."),
            n => format!("{students} read; {n} lines could not be read."),
        }
    }

    /// A group's heading: the title its link was made with, when this browser made it.
    pub fn assignment(id: u32, title: Option<&str>) -> String {
        match (id, title) {
            (0, _) => "The whole quiz, without an assignment link".to_owned(),
            (_, Some("")) => format!("Untitled assignment {id:08x}"),
            (_, Some(title)) => format!("Assignment “{title}”"),
            (_, None) => format!("Assignment {id:08x}"),
        }
    }

    pub fn class_summary(students: usize, average_percent: u32) -> String {
        let who = if students == 1 { "1 student".to_owned() } else { format!("{students} students") };
        format!("{who}, average {average_percent} %")
    }

    pub fn score(earned: Points, max: Points, percent: u32) -> String {
        format!("{earned} / {max} ({percent} %)")
    }

    pub fn duration(seconds: u32) -> String {
        let (minutes, seconds) = (seconds / 60, seconds % 60);
        if minutes == 0 { format!("{seconds} s") } else { format!("{minutes} min {seconds:02} s") }
    }

    pub fn right_count(right: usize, partial: usize, asked: usize) -> String {
        let base = format!("{right} of {asked} right");
        if partial == 0 { base } else { format!("{base}, {partial} partly") }
    }

    pub fn common_wrong(answer: &str, students: usize) -> String {
        let who = if students == 1 { "1 student".to_owned() } else { format!("{students} students") };
        format!("Most common wrong answer: {answer} ({who})")
    }

    pub fn csv_file(slug: &str, id: u32) -> String {
        if id == 0 { format!("{slug}-results.csv") } else { format!("{slug}-results-{id:08x}.csv") }
    }
}

/// The embed-code page.
pub mod embed_code {
    pub const PAGE_ROOT: &str = "article-quiz-embed-code";
    pub const KICKER: &str = "For editors";
    pub const HEADING: &str = "Embed the quiz in your page";
    pub const INTRO: &str = "Choose how the quiz should appear, copy the snippet into your page under the \
        article, and check the preview. The README’s “Embedding” section explains every option.";
    pub const OPTIONS: &str = "1. Options";
    pub const WAY: &str = "How to embed";
    pub const IFRAME: &str = "An iframe and a small host script (the quiz runs apart from your page)";
    pub const SCRIPT: &str = "A script that mounts the quiz in an element of your page (in a shadow root)";
    pub const QUIZ: &str = "Quiz file (optional)";
    pub const QUIZ_HINT: &str = "The address of a quiz bundle made with quiz-check --bundle; empty for the \
        built-in quiz. It is checked in the reader’s browser before it is shown.";
    pub const TEST_MODE: &str = "Start in test mode (feedback at the end)";
    pub const THEME: &str = "Colours";
    pub const THEME_READER: &str = "The reader’s choice (light or dark)";
    pub const THEME_LIGHT: &str = "Always light";
    pub const THEME_DARK: &str = "Always dark";
    pub const ACCENT: &str = "Accent colour (optional)";
    pub const ACCENT_HINT: &str = "A colour such as #b00020 or a colour name; buttons, links and focus use it.";
    pub const FONT: &str = "Font (optional)";
    pub const FONT_HINT: &str = "A font list such as Georgia, serif.";
    pub const RADIUS: &str = "Corner radius (optional)";
    pub const RADIUS_HINT: &str = "Such as 0, 4px or 0.5rem.";
    pub const ID: &str = "Name of this quiz in events";
    pub const ID_HINT: &str = "Tells quizzes apart when a page has several.";
    pub const HOST: &str = "Your site’s origin (optional)";
    pub const HOST_HINT: &str = "Such as https://news.example. Events then go only to your site, and the quiz \
        takes commands from it.";
    pub const HIGHLIGHT: &str = "Your article’s element (optional)";
    pub const HIGHLIGHT_HINT: &str = "A CSS selector such as #story. “Show in article” then highlights the passage \
        in your page’s own article.";
    pub const ASSIGNMENT: &str = "Assignment link (optional)";
    pub const ASSIGNMENT_HINT: &str = "A link from the teacher’s page, to embed that set-up.";
    pub const SNIPPET: &str = "2. The snippet";
    pub const SNIPPET_LABEL: &str = "Paste this into your page";
    pub const COPY: &str = "Copy the snippet";
    pub const COPIED: &str = "Snippet copied.";
    pub const NOT_COPIED: &str = "Could not copy; select the snippet and copy it yourself.";
    pub const PREVIEW: &str = "Preview";
    pub const PREVIEW_HINT: &str = "The quiz as your readers will see it (the script embed looks the same).";
    pub const FRAME_TITLE: &str = "Quiz on this article";
    pub const IN_YOUR_STYLESHEET: &str = "Theme: add this rule to your stylesheet";

    /// The accent's contrast on a scheme's background is under WCAG AA.
    pub fn weak_accent(scheme: &str, ratio: f64) -> String {
        let tenths = (ratio * 10.0).round() as u32;
        format!(
            "On the {scheme} background this accent has a contrast of {}.{}:1; text in it needs 4.5:1 (WCAG AA).",
            tenths / 10,
            tenths % 10
        )
    }
}
