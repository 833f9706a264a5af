//! The widget's one reducer: the core's [`Session`] plus what only the screen needs
//! (which view is open, what to announce, where focus goes next).
//!
//! It keeps what happened, not words: an [`Announcement`] or a [`Notice`] is data, which
//! the view says in the reader's language.
//!
//! Quiz logic is delegated to [`Session::apply`]; nothing here computes a score. The
//! reducer does no I/O: storage, time and randomness reach it as data in the actions,
//! and effects in [`crate::ui::app`] act on what it records.

use std::rc::Rc;

use yew::{NodeRef, Reducible};

use crate::quiz::bundle::Loaded;
use crate::quiz::corrections::Correction;
use crate::quiz::link::LinkError;
use crate::quiz::saved::LoadError;
use crate::quiz::scoring::Outcome;
use crate::quiz::session::Settings;
use crate::quiz::{Action, Mode, Points, Quiz, Session};

use crate::ui::i18n::Text;

/// Where keyboard focus should go after a change. Paired with a counter in
/// [`QuizState::focus_seq`] so that the same target twice still moves focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Focus {
    /// The heading of the current question.
    Question,
    /// The button that follows a check ("Next question" or "See your score").
    AfterCheck,
    /// The score heading on the results screen.
    Results,
    /// The highlighted excerpt in the article view.
    Excerpt,
    /// Back to the element with this id (the control that opened the article).
    Return(String),
}

/// The article view, open over the quiz.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleView {
    /// Question index and excerpt index whose passage is highlighted.
    pub question: usize,
    pub excerpt: usize,
    /// The id of the control to return focus to on close.
    pub opener: String,
}

/// What the polite live region says last: screen readers read each change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Announcement {
    /// The current question was checked: its verdict and points.
    Checked(Outcome),
    /// The quiz was finished with this score.
    Finished { earned: Points, max: Points, percent: u32 },
    /// A fresh session started in this mode.
    ModeStarted(Mode),
    /// The host highlighted the excerpt in its own article.
    ShownOnPage,
}

impl Announcement {
    pub fn words(self, t: &Text) -> String {
        match self {
            Announcement::Checked(outcome) => t.announce_check(outcome.verdict, outcome.earned, outcome.max),
            Announcement::Finished { earned, max, percent } => t.announce_finish(earned, max, percent),
            Announcement::ModeStarted(mode) => t.mode_started(mode),
            Announcement::ShownOnPage => t.shown_on_page.to_owned(),
        }
    }
}

/// Why the quiz is not quite what the reader asked for, said above it until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The teacher's link could not be opened, so the whole quiz is shown.
    BrokenLink(LinkError),
    /// Saved progress could not be restored, so the quiz starts afresh.
    NotRestored(LoadError),
}

impl Notice {
    pub fn words(&self, t: &Text) -> String {
        match self {
            Notice::BrokenLink(why) => t.broken_link(&t.link_problem(why)),
            Notice::NotRestored(why) => t.restored_notice(&t.save_problem(why)),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuizState {
    pub loaded: Rc<Loaded>,
    pub session: Session,
    pub notice: Option<Notice>,
    pub article: Option<ArticleView>,
    pub announcement: Option<Announcement>,
    pub focus: Option<Focus>,
    pub focus_seq: u32,
    /// The embedding page said it can show excerpts in its own article (opt-in).
    pub host_shows_excerpts: bool,
    /// The excerpt the host was last asked to show, until it answers.
    pub asked_host: Option<ArticleView>,
    /// The browser refused to keep progress on this device; nothing is lost until the page
    /// is reloaded.
    pub not_saved: bool,
    /// The reader dismissed the notice that says so (it is said once).
    pub not_saved_dismissed: bool,
    /// Questions (indices) whose excerpts the host's article no longer holds: left out
    /// of a fresh session, or asked with a note ([`crate::quiz::corrections`]).
    pub changed: Vec<usize>,
    /// This quiz's root element: focus moves only within it, never into another quiz on
    /// the page (they share element ids). Kept in the state, which every clone shares.
    pub root: NodeRef,
}

/// What the UI can ask of the state.
#[derive(Debug, Clone, PartialEq)]
pub enum UiAction {
    Quiz(Action),
    /// Starts a fresh session in `mode` (`None`: the same mode), with a new seed and
    /// start time.
    Restart {
        mode: Option<Mode>,
        seed: u64,
        now_ms: u64,
    },
    OpenArticle(ArticleView),
    CloseArticle,
    DismissNotice,
    /// The embedding page can show excerpts in its own copy of the article.
    HostShowsExcerpts,
    /// The host was asked to show this excerpt; its answer comes as [`UiAction::HostShowed`].
    AskedHost(ArticleView),
    /// The host's answer: shown in its article, or not found (the widget then shows it).
    HostShowed(bool),
    /// The browser refused to save progress.
    NotSaved,
    DismissNotSaved,
    /// The host's article no longer holds some questions' excerpts (or holds them again).
    PassagesChanged {
        correction: Correction,
        now_ms: u64,
    },
}

impl QuizState {
    pub fn new(loaded: Rc<Loaded>, session: Session, notice: Option<Notice>) -> Self {
        QuizState {
            loaded,
            session,
            notice,
            article: None,
            announcement: None,
            focus: None,
            focus_seq: 0,
            host_shows_excerpts: false,
            asked_host: None,
            not_saved: false,
            not_saved_dismissed: false,
            changed: Vec::new(),
            root: NodeRef::default(),
        }
    }

    pub fn quiz(&self) -> &Quiz {
        &self.loaded.quiz
    }

    fn move_focus(&mut self, focus: Focus) {
        self.focus = Some(focus);
        self.focus_seq = self.focus_seq.wrapping_add(1);
    }
}

impl Reducible for QuizState {
    type Action = UiAction;
    fn reduce(self: Rc<Self>, action: UiAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            UiAction::Quiz(action) => {
                let index = next.session.current();
                if next.session.apply(&self.loaded.quiz, action.clone()).is_err() {
                    // Nothing changed; the same Rc tells Yew not to re-render.
                    return self;
                }
                match action {
                    Action::Check => {
                        let outcome = next.session.outcome(&self.loaded.quiz, index);
                        next.announcement = Some(Announcement::Checked(outcome));
                        next.move_focus(Focus::AfterCheck);
                    }
                    Action::Finish { .. } => {
                        let results = next.session.results(&self.loaded.quiz);
                        let (earned, max, percent) = (results.earned, results.max, results.percent());
                        next.announcement = Some(Announcement::Finished { earned, max, percent });
                        next.move_focus(Focus::Results);
                    }
                    Action::Next
                    | Action::Previous
                    | Action::GoTo(_)
                    | Action::RetryAll { .. }
                    | Action::RetryMissed => {
                        next.announcement = None;
                        next.move_focus(Focus::Question);
                    }
                    Action::Answer(_) | Action::Clear => {}
                }
            }
            UiAction::Restart { mode, seed, now_ms } => {
                let mode = mode.unwrap_or(self.session.mode());
                let settings = Settings { mode, seed, ..self.session.settings().clone() };
                match Session::new(&self.loaded.quiz, self.loaded.fingerprint, settings, now_ms) {
                    Ok(session) => next.session = session,
                    Err(_) => return self,
                }
                next.article = None;
                next.notice = None;
                next.announcement = Some(Announcement::ModeStarted(mode));
            }
            UiAction::OpenArticle(view) => {
                next.article = Some(view);
                next.move_focus(Focus::Excerpt);
            }
            UiAction::CloseArticle => {
                let Some(view) = next.article.take() else { return self };
                next.move_focus(Focus::Return(view.opener));
            }
            UiAction::DismissNotice => next.notice = None,
            // Said once: a second refusal changes nothing, and renders nothing.
            UiAction::NotSaved if self.not_saved => return self,
            UiAction::NotSaved => next.not_saved = true,
            UiAction::DismissNotSaved => next.not_saved_dismissed = true,
            UiAction::HostShowsExcerpts => next.host_shows_excerpts = true,
            UiAction::PassagesChanged { correction, now_ms } => {
                if let Some(settings) = correction.restart_with {
                    // Before the reader began: nothing of theirs is lost.
                    match Session::new(&self.loaded.quiz, self.loaded.fingerprint, settings, now_ms) {
                        Ok(session) => next.session = session,
                        Err(_) => return self,
                    }
                } else if correction.changed == self.changed {
                    return self;
                }
                next.changed = correction.changed;
            }
            UiAction::AskedHost(view) => next.asked_host = Some(view),
            UiAction::HostShowed(found) => {
                let Some(view) = next.asked_host.take() else { return self };
                if found {
                    next.announcement = Some(Announcement::ShownOnPage);
                } else {
                    next.article = Some(view);
                    next.move_focus(Focus::Excerpt);
                }
            }
        }
        Rc::new(next)
    }
}
