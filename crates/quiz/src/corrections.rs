//! An article corrected after its quiz was written. A host page that shows excerpts in
//! its own article (`data-article-quiz-highlight`) also sends that article's current
//! text; a question whose excerpt is no longer in it quotes a passage the reader cannot
//! find, and may have a key the correction made wrong.
//!
//! Such a question is set aside before the reader starts: not asked, not scored. A
//! teacher's assignment is never shortened, nor a session the reader has begun: they
//! keep their questions, and each affected one carries a note instead.

use crate::session::{Session, Settings};
use crate::validate::fold_marks;
use crate::{Kind, Question, Quiz};

/// A page's text longer than this is not compared (a hostile or broken host), and the
/// quiz is left as it is.
pub const MAX_PAGE: usize = 4 << 20;

/// What the page's current text means for a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// Questions (indices, in the quiz's order) with an excerpt the page no longer holds.
    pub changed: Vec<usize>,
    /// The settings the session should start afresh with, when that differs from its
    /// own: the quiz without the changed questions. `None` to keep the session as it is.
    pub restart_with: Option<Settings>,
}

impl Correction {
    /// Whether any changed question is asked once this correction is made (with a note
    /// beside it), rather than left out.
    pub fn asks_changed(&self, quiz: &Quiz, session: &Session) -> bool {
        let asks = |i: &usize| match &self.restart_with {
            Some(settings) => settings.questions.as_ref().is_none_or(|ids| ids.contains(&quiz.questions[*i].id)),
            None => session.asked().contains(i),
        };
        self.changed.iter().any(asks)
    }
}

/// Whether `page` still holds every excerpt of `question`, and every sentence of its
/// evidence passage (in whichever paragraphs the page now has them), compared as the
/// validator's hints compare a quote (curly and straight quotes alike, dashes alike, any
/// run of white space as one space); `page` is already folded.
fn still_quoted(question: &Question, folded_page: &str) -> bool {
    let passage = match &question.kind {
        Kind::Evidence { passage, .. } => passage.as_slice(),
        _ => &[],
    };
    question.excerpts.iter().chain(passage).all(|quote| folded_page.contains(&fold_marks(quote)))
}

/// The questions of `quiz` that quote a passage `page` no longer holds. Empty for a
/// page too long to compare.
pub fn changed(quiz: &Quiz, page: &str) -> Vec<usize> {
    if page.len() > MAX_PAGE {
        return Vec::new();
    }
    let folded = fold_marks(page);
    (0..quiz.questions.len()).filter(|&i| !still_quoted(&quiz.questions[i], &folded)).collect()
}

/// What to do with `session` now that the host page's article reads `page`. `assigned`:
/// the session follows a teacher's link, whose questions are never changed. `None` when
/// the page holds every excerpt and the session asks the whole quiz.
pub fn correct(quiz: &Quiz, session: &Session, assigned: bool, page: &str) -> Option<Correction> {
    let changed = changed(quiz, page);
    let settings = session.settings();
    // The questions a fresh session should ask: all, or all that still quote the page.
    // Never none: a page that holds no excerpt at all is more likely the wrong element
    // than a rewritten article, and the questions are then kept, each with its note.
    let wanted = (!changed.is_empty() && changed.len() < quiz.questions.len()).then(|| {
        let kept = quiz.questions.iter().enumerate().filter(|(i, _)| !changed.contains(i));
        kept.map(|(_, q)| q.id.clone()).collect::<Vec<_>>()
    });
    let may_restart = !assigned && !session.has_answers() && !session.is_finished();
    let restart_with =
        (may_restart && settings.questions != wanted).then(|| Settings { questions: wanted, ..settings.clone() });
    (!changed.is_empty() || restart_with.is_some()).then_some(Correction { changed, restart_with })
}

/// How many of the `changed` questions `session` leaves out (for "N questions were left
/// out"); 0 in a teacher's assignment, which chose its questions itself.
pub fn left_out(session: &Session, changed: &[usize], assigned: bool) -> usize {
    if assigned {
        return 0;
    }
    changed.iter().filter(|i| !session.asked().contains(i)).count()
}
