//! The compact form of a quiz: what the widget loads, compiled in or fetched.
//!
//! A bundle is four magic bytes, one format byte and the [`Quiz`] in postcard's binary
//! encoding. It is made natively from a quiz folder (by the build script for the quiz
//! compiled into the app, and by `quiz-check --bundle` for others) and read anywhere.
//! Reading one also validates it, because a bundle may come from any address.
//!
//! Must not import anything from a browser or UI crate.

use thiserror::Error;

use super::model::Quiz;
use super::shuffle::fnv1a64;
use super::validate::{Problem, validate};

pub const MAGIC: &[u8; 4] = b"AQZB";
/// 2 added the quiz's retired ids ([`Quiz::retired`]); format 1 is still read.
pub const FORMAT: u8 = 2;
/// The first format, written until the quiz had retired ids.
const FORMAT_WITHOUT_RETIRED: u8 = 1;
/// A quiz with its article is some tens of kilobytes; anything past this is refused
/// before it is read.
pub const MAX_BYTES: usize = 1 << 20;

/// A quiz read from a bundle and found sound, with the fingerprint of its exact bytes.
/// Saved progress remembers the fingerprint, so that an edited quiz does not resume a
/// stale session.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub quiz: Quiz,
    pub fingerprint: u64,
}

/// Why bytes are not a readable bundle.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ReadError {
    #[error("this file is not an Article Quiz bundle")]
    NotABundle,
    #[error("this quiz was made by a newer version of Article Quiz (format {0})")]
    NewerFormat(u8),
    #[error("this quiz file is larger than {} KB", MAX_BYTES / 1024)]
    TooLarge,
    #[error("this quiz file is damaged and cannot be read")]
    Damaged,
}

/// Why a bundle cannot be shown: unreadable, or read and found unsound. Kept apart from
/// [`ReadError`] so that the widget, which only reads, carries none of the validator's
/// messages.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BundleError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("this quiz has {} problem(s); the first: {}", .0.len(), .0.first().map(ToString::to_string).unwrap_or_default())]
    Invalid(Vec<Problem>),
}

/// The bundle of `quiz`: the magic bytes, the format, and the quiz in postcard.
pub fn encode(quiz: &Quiz) -> Vec<u8> {
    let mut bytes = MAGIC.to_vec();
    // Serializing plain owned data into a Vec cannot fail.
    let mut payload = postcard::to_allocvec(quiz).unwrap_or_default();
    // A quiz that retires nothing is written in format 1, as before retired ids: the same
    // bytes as then (so readers' saved progress, keyed by them, is kept), and a widget of
    // that time still reads it. Its last byte is the empty list of retired ids.
    if quiz.retired.is_empty() && payload.last() == Some(&0) {
        payload.pop();
        bytes.push(FORMAT_WITHOUT_RETIRED);
    } else {
        bytes.push(FORMAT);
    }
    bytes.extend(payload);
    bytes
}

/// Reads a bundle from anywhere and validates it.
pub fn decode(bytes: &[u8]) -> Result<Loaded, BundleError> {
    let loaded = decode_unchecked(bytes)?;
    let problems = validate(&loaded.quiz);
    if !problems.is_empty() {
        return Err(BundleError::Invalid(problems));
    }
    Ok(loaded)
}

/// What is wrong with a bundle, one sentence per problem: the validator's problems,
/// each naming its question, or why the bytes are not a readable bundle. Empty when the
/// quiz is sound. This is what the browser shows for a quiz loaded from an address.
pub fn check(bytes: &[u8]) -> Vec<String> {
    match decode(bytes) {
        Ok(_) => Vec::new(),
        Err(BundleError::Invalid(problems)) => problems.iter().map(ToString::to_string).collect(),
        Err(BundleError::Read(why)) => vec![why.to_string()],
    }
}

/// Reads a bundle without validating its content: only for the bundle compiled into
/// the app, which the build script validated (the build fails otherwise) and a test
/// proves sound. Skipping the validator keeps it out of the widget's download.
pub fn decode_unchecked(bytes: &[u8]) -> Result<Loaded, ReadError> {
    if bytes.len() > MAX_BYTES {
        return Err(ReadError::TooLarge);
    }
    let rest = bytes.strip_prefix(MAGIC.as_slice()).ok_or(ReadError::NotABundle)?;
    let (&format, payload) = rest.split_first().ok_or(ReadError::Damaged)?;
    let upgraded;
    let payload = match format {
        FORMAT => payload,
        // Format 1 is format 2 without the last field, the retired ids: in postcard's
        // wire format (stable since 1.0) an empty list is the single byte 0, so the old
        // bytes with that byte after them are the same quiz, retiring nothing.
        FORMAT_WITHOUT_RETIRED => {
            upgraded = [payload, &[0]].concat();
            &upgraded
        }
        newer if newer > FORMAT => return Err(ReadError::NewerFormat(newer)),
        _ => return Err(ReadError::Damaged),
    };
    let (quiz, extra) = postcard::take_from_bytes::<Quiz>(payload).map_err(|_| ReadError::Damaged)?;
    if !extra.is_empty() {
        return Err(ReadError::Damaged);
    }
    Ok(Loaded { quiz, fingerprint: fnv1a64(bytes) })
}
