//! The result card a reader may share: the quiz's title, the score, one mark per question
//! in the order asked (right, partly right, wrong) and a link back to the quiz. Nothing in
//! it gives a question away: no prompt, option, answer, explanation or excerpt.
//!
//! Must not import anything from a browser or UI crate.

use crate::Verdict;
use crate::session::Results;

// The marks are the end screen's own verdict signs, in the fonts every system has (an
// emoji square shows as an empty box where no emoji font is installed).

/// The mark of a question fully right.
pub const RIGHT: char = '✓';
/// The mark of a question partly right.
pub const PARTLY: char = '◐';
/// The mark of a question wrong or unanswered.
pub const WRONG: char = '✗';

/// One mark per question, in the order asked.
pub fn marks(results: &Results) -> String {
    results
        .outcomes
        .iter()
        .map(|(_, outcome)| match outcome.verdict {
            Verdict::Correct => RIGHT,
            Verdict::Partial => PARTLY,
            Verdict::Wrong | Verdict::Unanswered => WRONG,
        })
        .collect()
}

/// The card: `title`, then `score` (the score as the reader's language writes it), the
/// marks, and `link` on lines of their own.
pub fn card(title: &str, score: &str, results: &Results, link: &str) -> String {
    [title, score, &marks(results), link].iter().filter(|line| !line.is_empty()).copied().collect::<Vec<_>>().join("\n")
}

/// Where the card links: the article's canonical address when the quiz has one, else the
/// page the quiz is on (`page`) without its query or fragment, which may hold a
/// student's assignment.
pub fn link(canonical: &str, page: &str) -> String {
    if !canonical.trim().is_empty() {
        return canonical.trim().to_owned();
    }
    page.split(['?', '#']).next().unwrap_or_default().to_owned()
}
