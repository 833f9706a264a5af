//! The editor's state: the draft, what it says to the person, and files waiting to be
//! opened over the draft; and what files the person chose become.

use std::rc::Rc;

use yew::prelude::*;

use crate::quiz::bundle;
use crate::quiz::draft::{self, Draft, Edit};
use crate::quiz::source::{self, Texts};
use crate::ui::i18n::editor as words;
use crate::ui::platform;

use super::DAMAGED_KEY;

#[derive(Clone, PartialEq)]
pub(super) struct EditorState {
    pub(super) draft: Rc<Draft>,
    pub(super) notice: Option<String>,
    pub(super) confirm_reset: bool,
    /// Files read that would replace work in the draft, waiting for the reader's yes,
    /// with how to name them.
    pub(super) pending: Option<(Open, String)>,
    /// Why the files last chosen were not opened, shown beside the Open control.
    pub(super) not_opened: Vec<String>,
}

pub(super) enum Action {
    Edit(Edit),
    Replace(Rc<Draft>, String),
    Notice(Option<String>),
    AskReset(bool),
    /// Files were read: opened at once into a draft with no work in it, asked about
    /// first otherwise.
    Opened(Open, String),
    /// The reader's answer to opening over the draft.
    ConfirmOpen(bool),
    /// The files chosen could not be opened: every reason; the draft stays.
    NotOpened(Vec<String>),
}

impl Reducible for EditorState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(edit) => {
                // A reason files were not opened no longer applies once the draft moves on.
                next.not_opened.clear();
                Rc::make_mut(&mut next.draft).apply(edit);
            }
            Action::Replace(draft, notice) => next.take(Open::Quiz(draft, notice)),
            Action::Notice(notice) => next.notice = notice,
            Action::AskReset(ask) => next.confirm_reset = ask,
            Action::Opened(open, what) => {
                next.not_opened.clear();
                if has_work(&next.draft) {
                    next.pending = Some((open, what));
                } else {
                    next.take(open);
                }
            }
            Action::ConfirmOpen(yes) => {
                if let (Some((open, _)), true) = (next.pending.take(), yes) {
                    next.take(open);
                }
            }
            Action::NotOpened(why) => {
                next.pending = None;
                next.not_opened = why;
            }
        }
        Rc::new(next)
    }
}

impl EditorState {
    /// Makes what was opened the draft (a quiz), or the draft's article (an article).
    fn take(&mut self, open: Open) {
        match open {
            Open::Quiz(draft, said) => {
                self.draft = draft;
                self.notice = Some(said);
                self.confirm_reset = false;
            }
            Open::Article(text) => Rc::make_mut(&mut self.draft).apply(Edit::Article(text)),
        }
    }
}

/// Whether the draft holds work that opening files would replace: a question, an
/// article, or any of the quiz's details.
pub(super) fn has_work(draft: &Draft) -> bool {
    let meta = &draft.quiz.meta;
    !draft.quiz.questions.is_empty()
        || !draft.article_text.trim().is_empty()
        || [&meta.title, &meta.article_title, &meta.publication, &meta.canonical_url]
            .iter()
            .any(|text| !text.trim().is_empty())
        || meta.authors.iter().any(|author| !author.trim().is_empty())
}

pub(super) fn initial(stored: Option<&str>) -> EditorState {
    let (draft, notice) = match stored.map(draft::decode) {
        None => (Draft::default(), None),
        Some(Ok(draft)) => (draft, None),
        Some(Err(why)) => {
            // Put aside, never overwritten by the fresh draft.
            if let Some(text) = stored {
                let _ = platform::store(DAMAGED_KEY, text);
            }
            (Draft::default(), Some(words::damaged_draft(&why.to_string())))
        }
    };
    EditorState { draft: Rc::new(draft), notice, confirm_reset: false, pending: None, not_opened: Vec::new() }
}

/// What a file the reader opened becomes.
#[derive(Clone, PartialEq)]
pub(super) enum Open {
    /// A whole quiz: a bundle, or a quiz folder's three files.
    Quiz(Rc<Draft>, String),
    /// An article.txt alone: the article's text.
    Article(String),
}

/// Opens what the reader chose: a bundle, a quiz folder's three files, or an article;
/// with it, how to name it when asking to open it over the draft. Files that cannot be
/// opened whole are refused with every reason: nothing is dropped on the way in.
pub(super) fn open(opened: Vec<platform::Opened>, slug: &str) -> Result<(Open, String), Vec<String>> {
    if opened.iter().any(|f| f.bytes.is_empty()) {
        return Err(vec![words::TOO_LARGE.to_owned()]);
    }
    if let [one] = opened.as_slice() {
        if one.name.ends_with(".txt") {
            let text = String::from_utf8_lossy(&one.bytes).into_owned();
            return Ok((Open::Article(text), words::article_named(&one.name)));
        }
        // One of a folder's files, chosen alone.
        if one.name.ends_with(".toml") {
            return Err(vec![words::one_of_three(&one.name)]);
        }
        let loaded = bundle::decode_unchecked(&one.bytes).map_err(|why| vec![why.to_string()])?;
        let count = loaded.quiz.questions.len();
        let draft = Rc::new(Draft::of(loaded.quiz));
        return Ok((Open::Quiz(draft, words::opened(&one.name, count)), words::named(&one.name)));
    }
    let text =
        |name: &str| opened.iter().find(|f| f.name == name).map(|f| String::from_utf8_lossy(&f.bytes).into_owned());
    let (Some(article), Some(meta), Some(quiz)) = (text("article.txt"), text("meta.toml"), text("quiz.toml")) else {
        return Err(vec![words::NEED_THREE_FILES.to_owned()]);
    };
    let slug = if slug.is_empty() { "quiz" } else { slug };
    let read = source::read_texts(&Texts { slug, meta: &meta, quiz: &quiz, article: &article })
        .map_err(|why| vec![why.to_string()])?;
    if !read.problems.is_empty() {
        return Err(read.problems.iter().map(ToString::to_string).collect());
    }
    let said = words::opened("the quiz folder’s files", read.quiz.questions.len());
    Ok((Open::Quiz(Rc::new(Draft::of(read.quiz)), said), words::FOLDER_FILES.to_owned()))
}
