//! Saved progress as text: what the widget keeps in the browser's storage.
//!
//! The form is `aq-progress/1:` followed by the [`Session`] in postcard's binary
//! encoding, in URL-safe base64. The prefix carries the format version, so that a later
//! release can recognise, and migrate or decline, what this one saved. Nothing read back
//! is trusted: it goes through [`Session::restore`].
//!
//! Must not import anything from a browser or UI crate.

use base64ct::{Base64UrlUnpadded, Encoding};
use thiserror::Error;

use super::model::Quiz;
use super::session::{Session, SessionError};

const PREFIX: &str = "aq-progress/";
pub const FORMAT: u32 = 1;
/// Saved progress for a long quiz is a few hundred bytes; more is not ours.
const MAX_LEN: usize = 64 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LoadError {
    #[error("the saved progress is not from this quiz widget")]
    Foreign,
    #[error("the saved progress was made by a newer version of the quiz")]
    NewerFormat,
    #[error("the saved progress is damaged")]
    Damaged,
    #[error(transparent)]
    Session(#[from] SessionError),
}

/// The storage key for a quiz's saved progress; an assignment (`assignment_id` not 0, see
/// [`crate::result::assignment_id`]) keeps its own, apart from the whole quiz's and other
/// assignments'. So does each embed the page names (`instance`, its `id` or `data-id`),
/// so that two copies of one quiz on a page do not write over each other's progress;
/// [`shared_key`] is where an unnamed one keeps it.
pub fn storage_key(slug: &str, assignment_id: u32, instance: &str) -> String {
    let shared = shared_key(slug, assignment_id);
    if instance.is_empty() { shared } else { format!("{shared}:{instance}") }
}

/// The key every embed of a quiz used before embeds kept their own: what a named embed
/// reads when it has nothing under its own key yet.
pub fn shared_key(slug: &str, assignment_id: u32) -> String {
    if assignment_id == 0 {
        format!("article-quiz:{slug}:progress")
    } else {
        format!("article-quiz:{slug}:{assignment_id:08x}:progress")
    }
}

pub fn encode(session: &Session) -> String {
    let bytes = postcard::to_allocvec(session).unwrap_or_default();
    format!("{PREFIX}{FORMAT}:{}", Base64UrlUnpadded::encode_string(&bytes))
}

pub fn decode(text: &str, quiz: &Quiz, fingerprint: u64) -> Result<Session, LoadError> {
    if text.len() > MAX_LEN {
        return Err(LoadError::Foreign);
    }
    let rest = text.strip_prefix(PREFIX).ok_or(LoadError::Foreign)?;
    let (version, payload) = rest.split_once(':').ok_or(LoadError::Foreign)?;
    match version.parse::<u32>() {
        Ok(FORMAT) => {}
        Ok(v) if v > FORMAT => return Err(LoadError::NewerFormat),
        _ => return Err(LoadError::Foreign),
    }
    let bytes = Base64UrlUnpadded::decode_vec(payload).map_err(|_| LoadError::Damaged)?;
    let (session, extra) = postcard::take_from_bytes::<Session>(&bytes).map_err(|_| LoadError::Damaged)?;
    if !extra.is_empty() {
        return Err(LoadError::Damaged);
    }
    Ok(Session::restore(session, quiz, fingerprint)?)
}
