//! The embed-code page, in English (the tools pages speak one language).

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
pub const LANGUAGE: &str = "Language of the quiz’s buttons and messages";
pub const LANGUAGE_QUIZ: &str = "The quiz’s own language (English if the quiz’s is not offered)";
pub const SCHEME: &str = "Colours";
pub const SCHEME_READER: &str = "The reader’s choice (light or dark)";
pub const SCHEME_LIGHT: &str = "Always light";
pub const SCHEME_DARK: &str = "Always dark";
pub const ACCENT: &str = "Accent colour (optional)";
pub const ACCENT_HINT: &str = "A colour such as #b00020 or a colour name; buttons, links and focus use it.";
pub const FONT: &str = "Font (optional)";
pub const FONT_HINT: &str = "A font list such as Georgia, serif.";
pub const RADIUS: &str = "Corner radius (optional)";
pub const RADIUS_HINT: &str = "Such as 0, 4px or 0.5rem.";
pub const INSTANCE: &str = "Name of this quiz in events";
pub const INSTANCE_HINT: &str = "Tells quizzes apart when a page has several.";
pub const HOST_ORIGIN: &str = "Your site’s origin (optional)";
pub const HOST_ORIGIN_HINT: &str = "Such as https://news.example. Events then go only to your site, and the quiz \
    takes commands from it.";
pub const HIGHLIGHT: &str = "Your article’s element (optional)";
pub const HIGHLIGHT_HINT: &str = "A CSS selector such as #story. “Show in article” then highlights the passage \
    in your page’s own article, and a question whose passage has since been corrected there is left out.";
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
pub const IN_YOUR_STYLESHEET: &str = "Style: add this rule to your stylesheet";

/// A language by its own name.
pub fn language(lang: super::Lang) -> &'static str {
    match lang {
        super::Lang::En => "English",
        super::Lang::Es => "Español",
        super::Lang::Fa => "فارسی",
    }
}

/// The accent's contrast on a scheme's background is under WCAG AA.
pub fn weak_accent(scheme: &str, ratio: f64) -> String {
    let tenths = (ratio * 10.0).round() as u32;
    format!(
        "On the {scheme} background this accent has a contrast of {}.{}:1; text in it needs 4.5:1 (WCAG AA).",
        tenths / 10,
        tenths % 10
    )
}

// The newsroom's view of readers' results (pages/newsroom.rs).
pub const NEWSROOM_HEADING: &str = "3. Your readers’ results";
pub const NEWSROOM_INTRO: &str = "This page comes from a results server. With its admin token (the one it was \
    started with), see how far readers got and how they answered: views, starts and finishes, by site and by \
    day, and each question’s answers. The server keeps no reader’s address or identity.";
pub const NEWSROOM_QUIZ: &str = "Quiz";
pub const ADMIN_TOKEN: &str = "Admin token";
pub const SHOW_REPORT: &str = "Show readers’ results";
pub const DOWNLOAD_REPORT: &str = "Download as CSV";
pub const LOADING_REPORT: &str = "Reading the server…";
pub const REPORT_UNREACHABLE: &str = "The results server could not be reached. Try again in a moment.";
pub const REPORT_WRONG_TOKEN: &str = "The server refused this admin token.";
pub const REPORT_CLOSED: &str = "The server’s newsroom view is closed (it was started without an admin token), \
    or it does not serve this quiz.";
pub const FUNNEL: &str = "Views, starts and finishes";
pub const IN_ALL: &str = "In all";
pub const BY_SITE: &str = "By site";
pub const BY_DAY: &str = "By day (UTC)";
pub const SITE: &str = "Site";
pub const DAY: &str = "Day";
pub const VIEWS: &str = "Views";
pub const STARTS: &str = "Starts";
pub const FINISHES: &str = "Finishes";
pub const NO_SITE: &str = "(not known)";
pub const QUESTIONS: &str = "Questions (first answers)";
pub const QUESTION: &str = "Question";
pub const ANSWERS: &str = "Answers";
pub const RIGHT: &str = "Right";
pub const DISTRIBUTION: &str = "What readers answered";
pub const RIGHT_ANSWER: &str = "right";

/// A question's answers in the distribution: `count` readers of `answers`.
pub fn readers_share(count: u32, answers: u32) -> String {
    let percent = percent(count, answers);
    let readers = if count == 1 { "reader" } else { "readers" };
    format!("{count} {readers} ({percent} %)")
}

pub fn report_refused(why: &str) -> String {
    format!("The results server refused: {why}")
}

pub fn right_share(right: u32, answers: u32) -> String {
    let percent = percent(right, answers);
    format!("{right} of {answers} ({percent} %)")
}

/// `part` of `whole` in whole percent, rounded half up (0 of none).
fn percent(part: u32, whole: u32) -> u64 {
    if whole == 0 { 0 } else { (200 * u64::from(part) + u64::from(whole)) / (2 * u64::from(whole)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_are_whole_percents_rounded_half_up() {
        assert_eq!(right_share(16, 25), "16 of 25 (64 %)");
        assert_eq!(right_share(1, 8), "1 of 8 (13 %)");
        assert_eq!(right_share(0, 0), "0 of 0 (0 %)");
        assert_eq!(readers_share(1, 3), "1 reader (33 %)");
        assert_eq!(readers_share(6, 25), "6 readers (24 %)");
    }
}
