//! The teacher's page, in English (the tools pages speak one language).

use crate::quiz::{KindName, Points};

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
pub const CODES_NOT_KEPT: &str = "This browser is not letting the page keep the codes, so they will be gone if you reload it. Everything else works.";
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

pub const BY_TOPIC: &str = "By topic:";

/// A button that chooses the `n` questions about a topic, and only them.
pub fn only_topic(label: &str, n: usize) -> String {
    format!("Only {label} ({n})")
}

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

pub fn chosen(n: usize, of: usize, points: Points) -> String {
    format!("{n} of {of} chosen, {}", super::EN.points(points))
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
        (_, Some(title)) => format!("Assignment {}", quoted(title)),
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

/// `answer` is an answer in words on one line; it is shown in quote marks.
pub fn common_wrong(answer: &str, students: usize) -> String {
    let who = if students == 1 { "1 student".to_owned() } else { format!("{students} students") };
    format!("Most common wrong answer: {} ({who})", quoted(answer))
}

/// `text` in quote marks, unless it is already enclosed in them (an option that is a
/// quotation, such as a slogan, would show doubled marks).
fn quoted(text: &str) -> String {
    let enclosed = |open: char, close: char| text.len() > 1 && text.starts_with(open) && text.ends_with(close);
    if enclosed('“', '”') || enclosed('"', '"') || enclosed('«', '»') {
        text.to_owned()
    } else {
        format!("“{text}”")
    }
}

pub fn csv_file(slug: &str, id: u32) -> String {
    if id == 0 { format!("{slug}-results.csv") } else { format!("{slug}-results-{id:08x}.csv") }
}

// Printing for a class (pages/teacher/print.rs).
pub const LMS_HEADING: &str = "Into your learning platform";
pub const CLASSROOM_INTRO: &str = "Post the link to a Google Classroom class: Classroom's own page opens in a new \
    window, with the link and the title filled in.";
pub const CLASSROOM_SHARE: &str = "Share to Google Classroom";
pub const SCORM_INTRO: &str = "Or download a SCORM package of this assignment for Moodle, Canvas, Blackboard, \
    Schoology or another platform: upload it as an activity, and each student's score, answers and time go to its \
    gradebook. The package holds the quiz itself; it is made in this browser.";
pub const SCORM_VERSION: &str = "SCORM version";
pub const SCORM_12: &str = "SCORM 1.2 (taken by almost every platform)";
pub const SCORM_2004: &str = "SCORM 2004 4th edition";
pub const PASS_MARK: &str = "Pass mark in percent (optional)";
pub const PASS_MARK_HINT: &str = "With one, the platform records passed or failed; without, completed.";
pub const PASS_MARK_WRONG: &str = "A pass mark is a whole number from 1 to 100.";
pub const SCORM_DOWNLOAD: &str = "Download for your LMS";
pub const SCORM_MAKING: &str = "Making the package…";
pub fn scorm_made(version: &str, bytes: usize) -> String {
    format!("Downloaded: a {version} package, {} KB.", bytes.div_ceil(1024))
}
pub fn scorm_missing(file: &str) -> String {
    format!("The package could not be made: this site did not give {file}.")
}

// Questions for a question bank (pages/teacher/bank.rs).
pub const BANK_HEADING: &str = "Questions for your question bank";
pub const BANK_INTRO: &str = "Or download the questions themselves, to import into your platform's question bank \
    and build your own quiz there: GIFT for Moodle, QTI 3.0 for platforms that take it, Canvas's own package for \
    Canvas. GIFT and Canvas have no ordering or find-the-evidence questions: those are left out, and named here. \
    The file is made in this browser.";
pub const BANK_SCOPE: &str = "Which questions";
pub const BANK_ASSIGNMENT: &str = "This assignment's questions, in its order";
pub const BANK_QUIZ: &str = "The whole quiz";
pub const BANK_GIFT: &str = "GIFT (Moodle)";
pub const BANK_QTI3: &str = "QTI 3.0";
pub const BANK_CANVAS: &str = "Canvas (QTI 1.2)";
pub fn bank_made(format: &str, file: &str, held: usize, asked: usize) -> String {
    let questions = if asked == 1 { "question" } else { "questions" };
    format!("Downloaded: {file} ({format}), {held} of {asked} {questions}.")
}
pub fn bank_left_out(format: &str) -> String {
    format!("Left out ({format} cannot hold them):")
}
pub fn bank_left_out_item(id: &str, kind: &str, why: &str) -> String {
    format!("{id} ({kind}): {why}")
}
pub fn bank_failed(why: &str) -> String {
    format!("The file could not be made: {why}.")
}

pub const PRINT_HEADING: &str = "Print for your class";
pub const PRINT_INTRO: &str = "For these questions, in this order: a worksheet to fill in on paper, its answer key, \
    and the article with numbered paragraphs. Each opens as a page made for printing (A4 or Letter).";
pub const PRINT_WORKSHEET: &str = "Print worksheet";
pub const PRINT_KEY: &str = "Print answer key";
pub const PRINT_ARTICLE: &str = "Print the article";
pub const PRINT_TOOLBAR: &str = "Printing";
pub const BACK_TO_TEACHER: &str = "Back to the teacher’s page";
pub const PRINT: &str = "Print";
pub const PRINT_HINT: &str = "Prints on A4 or Letter, readable in black and white; nothing above this line is printed.";
pub const PRINT_NO_LINK: &str = "This page prints an assignment’s questions, and its address names none.";
pub const PRINT_NO_QUESTIONS: &str = "This assignment has no question to print.";
pub const WORKSHEET_KICKER: &str = "Worksheet";
pub const KEY_KICKER: &str = "Answer key";
pub const ARTICLE_KICKER: &str = "The article, with numbered paragraphs";
pub const SHEET_NAME: &str = "Name ";
pub const SHEET_DATE: &str = "Date ";
pub const SHEET_INSTRUCTIONS: &str = "Answer each question from the article. The paragraph numbers (¶) are those of \
    the numbered copy of the article.";
pub const SHEET_CHOOSE_ONE: &str = "Fill in one circle.";
pub const SHEET_CHOOSE_ALL: &str = "Tick every box that is right; there may be more than one.";
pub const SHEET_NUMBER: &str = "Answer: ";
pub const SHEET_WRITE: &str = "Where does the article say so? Note the paragraph (¶) or the words.";
pub const KEY_ANSWER: &str = "Answer";
pub const KEY_WHY: &str = "Why";
pub const KEY_EVIDENCE: &str = "In the article";

pub fn print_broken(why: &str) -> String {
    format!("This print link cannot be opened: {why}. Make the link again on the teacher’s page.")
}

/// A body paragraph's number as the sheets print it.
pub fn paragraph(n: usize) -> String {
    format!("¶ {n}")
}

/// Where a passage is: one paragraph, or the paragraphs it runs over.
pub fn paragraphs(first: usize, last: usize) -> String {
    if first == last { paragraph(first) } else { format!("¶ {first}–{last}") }
}

pub fn sheet_order(n: usize) -> String {
    format!("Number these from 1 (first) to {n} (last).")
}

/// `from`: the paragraph the passage is taken from.
pub fn sheet_evidence(from: Option<&str>) -> String {
    match from {
        Some(from) => format!("The passage ({from}), sentence by sentence. Fill in the circle of one sentence."),
        None => "The passage, sentence by sentence. Fill in the circle of one sentence.".into(),
    }
}

/// After a number answer with a tolerance.
pub fn within(tolerance: &str) -> String {
    format!("(anything within {tolerance} of it counts)")
}

pub fn key_total(questions: usize, total: Points) -> String {
    let points = crate::ui::i18n::EN.points(total);
    format!("{questions} questions · {points} in all")
}

// Collecting hand-ins on a results server (pages/teacher/collect.rs).
pub const COLLECT_HEADING: &str = "Collect hand-ins on this server";
pub const COLLECT_INTRO: &str = "This page comes from a results server. Make a class on it for this link: your \
    students then hand in with one button, and their results appear below by themselves. The server keeps the \
    class and its hand-ins until you delete them or the class expires.";
pub const CLASS_DAYS: &str = "Keep the class for (days)";
pub const MAKE_CLASS: &str = "Make a class on this server";
pub const MAKING_CLASS: &str = "Making the class…";
pub const STUDENT_LINK: &str = "Student link: send this one to your class";
pub const TEACHER_LINK: &str = "Teacher link: keep it to yourself";
pub const TEACHER_LINK_HINT: &str = "It opens this class’s hand-ins and can delete them. The server cannot show \
    it again: copy it, or keep it in this browser.";
pub const COPY_STUDENT_LINK: &str = "Copy the student link";
pub const COPY_TEACHER_LINK: &str = "Copy the teacher link";
pub const OPEN_CLASS: &str = "Open the class’s results";
pub const ANOTHER_CLASS: &str = "Make another class";
pub const KEEP_TEACHER_LINK: &str = "Keep the teacher link in this browser";
pub const KEPT_CLASSES: &str = "Classes kept in this browser";
pub const FORGET_CLASS: &str = "Forget";
pub const NOT_KEPT: &str = "This browser would not keep it: copy the teacher link instead.";
pub const UNREACHABLE: &str = "The results server could not be reached. Try again in a moment.";
pub const NOT_TEACHER: &str = "This teacher link’s secret is wrong: the server refused to show the class.";
pub const CLASS_GONE: &str = "This class was deleted or has expired: nothing of it is kept on the server.";
pub const LIVE_HEADING: &str = "Hand-ins to this class";
pub const DELETE_HAND_IN: &str = "Delete";
pub const DELETE_CLASS: &str = "Delete this class";
pub const CONFIRM_DELETE_CLASS: &str = "Delete the class and every hand-in for good";
pub const CANCEL: &str = "Cancel";
pub const CLASS_DELETED: &str = "The class was deleted. Its links now say so.";

pub fn made_class(days: u32) -> String {
    format!("Class made. It is kept for {days} days.")
}

pub fn class_live(title: &str, n: usize) -> String {
    match n {
        0 => format!("“{title}”: no hand-ins yet. They appear here as students hand in."),
        1 => format!("“{title}”: 1 hand-in. New ones appear here as they arrive."),
        _ => format!("“{title}”: {n} hand-ins. New ones appear here as they arrive."),
    }
}

pub fn refused(why: &str) -> String {
    format!("The results server refused: {why}")
}

pub fn hand_in_line(name: &str, received: &str) -> String {
    let name = if name.trim().is_empty() { "(no name)" } else { name };
    format!("{name}, handed in {received}")
}

pub fn delete_hand_in_of(name: &str) -> String {
    let name = if name.trim().is_empty() { "the hand-in with no name" } else { name };
    format!("Delete the hand-in of {name}")
}

// The quizzes of a results server (pages/teacher/mod.rs).
pub const SERVED_QUIZZES: &str = "Quizzes on this server";
pub fn no_such_quiz(slug: &str) -> String {
    format!(
        "This results server has no quiz named “{slug}”. Open the teacher’s page without ?quiz= to see the quizzes it has."
    )
}
pub const QUIZ_UNREACHABLE: &str =
    "The quiz could not be read from the results server. Check your connection and reload the page.";
pub fn quiz_unsound(why: &str) -> String {
    format!("The quiz the results server sent cannot be shown: {why}")
}
