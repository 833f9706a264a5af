//! All the browser interop of the widget and the teacher's page in one place, a file per
//! concern (`web/`): storage, the clipboard and downloads; the address; the embedding
//! host; fetching a quiz; the page, clock and randomness; focus and scrolling.
//! Components and reducers never touch the browser directly; effects and event handlers
//! call these.
//!
//! Listeners are gloo-events' (removed when dropped; 128 bytes gzipped more than the same
//! written by hand, measured). The other gloo crates do not fit where this code is
//! hand-written, each said where: gloo-utils' `window()` and `document()` throw where
//! these return `None`; gloo-storage, gloo-render and gloo-net in `web/storage.rs`,
//! `web/focus.rs` and `web/fetch.rs`. The widget sets no timers (the editor one, `later`).
//!
//! Off the web (server-side rendering in tests) there is no browser: storage is empty,
//! focus and scrolling do nothing, and the clock and seed are supplied by the caller.

#[cfg(target_arch = "wasm32")]
mod web;

#[cfg(target_arch = "wasm32")]
pub use web::*;

#[cfg(not(target_arch = "wasm32"))]
mod native;

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;

/// How long a quiz's address may take to answer.
pub const FETCH_TIMEOUT_MS: u32 = 20_000;

/// Why a quiz could not be loaded from its address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoteQuizError {
    /// Not an http(s) address.
    NotWebAddress,
    /// The network failed, or the quiz's site does not let this page read it (CORS), or
    /// the page's Content-Security-Policy does not allow the address.
    Unreachable,
    TimedOut,
    /// The server answered with this HTTP status.
    Status(u16),
    /// Larger than [`crate::quiz::bundle::MAX_BYTES`].
    TooLarge,
    /// The file was read but is not a sound quiz: the validator's sentences.
    Unsound(Vec<String>),
    /// A bundle of a format newer than this version reads: not unsound, only new.
    NewerFormat(u8),
    /// The validator module could not be loaded or run.
    NoValidator,
    /// What the validator module said, in the widget: the reason ([`load_error`] of one
    /// of the above), then each of the quiz's problems.
    ///
    /// [`load_error`]: crate::ui::i18n::Text::load_error
    Reported(Vec<String>),
}

impl RemoteQuizError {
    /// The reason first, then each of the quiz's problems: how the validator module
    /// hands a failure to the widget.
    pub fn sentences(self, lang: crate::ui::i18n::Lang) -> Vec<String> {
        let why = lang.text().load_error(&self);
        match self {
            RemoteQuizError::Unsound(problems) => std::iter::once(why).chain(problems).collect(),
            RemoteQuizError::Reported(sentences) => sentences,
            _ => vec![why],
        }
    }
}

/// How an offer to share a result went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// Handed to the reader's own apps (the Web Share API).
    Shared,
    /// Put on the clipboard, where the browser cannot share.
    Copied,
    /// Cancelled, or refused.
    Failed,
}

/// Why the results server did not do what the teacher's page asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerError {
    /// No answer: the network, or the server is down.
    Unreachable,
    /// The class was deleted or has expired (or the link is mistyped).
    Gone,
    /// The teacher link's secret, or the admin token, is wrong.
    WrongSecret,
    /// Refused, for the server's reason.
    Refused(String),
}

/// The storage key for the display name a student gave, remembered on this device.
pub const NAME_KEY: &str = "article-quiz:display-name";
