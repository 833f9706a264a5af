//! The compact form of a quiz: what the widget loads, compiled in or fetched.
//!
//! A bundle is four magic bytes, one format byte and the [`Quiz`] in postcard's binary
//! encoding. It is made natively from a quiz folder (by the build script for the quiz
//! compiled into the app, and by `quiz-check --bundle` for others) and read anywhere.
//! Reading one also validates it, because a bundle may come from any address.
//!
//! Must not import anything from a browser or UI crate.

use thiserror::Error;

use super::model::{Quiz, Topic};
use super::shuffle::fnv1a64;
use super::validate::{Problem, validate};

pub const MAGIC: &[u8; 4] = b"AQZB";
/// 2 added the quiz's retired ids ([`Quiz::retired`]); 3 its own topics
/// ([`Quiz::topics`]) and evidence passages that run on into the next paragraph. Every
/// format is still read, and a quiz is written in the oldest format that holds it
/// ([`format_of`]).
pub const FORMAT: u8 = 3;
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
    let format = format_of(quiz);
    let mut bytes = MAGIC.to_vec();
    bytes.push(format);
    // Serializing plain owned data into a Vec cannot fail.
    let mut payload = postcard::to_allocvec(quiz).unwrap_or_default();
    // An older format is this one without the fields it lacks, which are last and hold
    // what it implies ([`format_of`]).
    payload.truncate(payload.len().saturating_sub(unwritten(format).len()));
    bytes.extend(payload);
    bytes
}

/// The oldest format that holds `quiz`. A quiz that an earlier format holds is written
/// in it, byte for byte as then: readers' saved progress, keyed by the bytes, is kept,
/// and widgets of that time still read it. A widget older than the format says the quiz
/// is for a newer version ([`ReadError::NewerFormat`]) rather than finding it unsound.
pub fn format_of(quiz: &Quiz) -> u8 {
    let runs_on = quiz.questions.iter().any(|q| match &q.kind {
        super::Kind::Evidence { passage, .. } => quiz.article.locate_passage(passage).is_some_and(|(a, b)| a != b),
        _ => false,
    });
    if runs_on || quiz.topics != Topic::first_quiz() {
        3
    } else if !quiz.retired.is_empty() {
        2
    } else {
        1
    }
}

/// The last fields of a quiz as formats 1 and 2 leave them unwritten, in postcard: no
/// retired ids (an empty list is the byte 0; format 2 writes them), then the first quiz's
/// topics ([`Topic::first_quiz`]). Postcard writes a struct as its fields one after the
/// other (its wire format is stable since 1.0), so an old bundle with its unwritten
/// fields after it is the quiz in this format. `tests/core/validator.rs` reads bundles of both
/// formats, published before, as the quizzes with these topics.
const UNWRITTEN: &[u8] = b"\x00\x05\x06events\x06Events\x04iran\x04Iran\x07history\x07History\
    \x0frecommendations\x0fRecommendations\x08argument\x0cThe argument";

/// What a bundle of `format` leaves unwritten at its end: the fields added after it, as
/// every quiz that format holds has them.
fn unwritten(format: u8) -> &'static [u8] {
    match format {
        1 => UNWRITTEN,
        2 => &UNWRITTEN[1..],
        _ => &[],
    }
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
    match format {
        1..=FORMAT => {}
        newer if newer > FORMAT => return Err(ReadError::NewerFormat(newer)),
        _ => return Err(ReadError::Damaged),
    }
    let upgraded;
    let payload = match unwritten(format) {
        [] => payload,
        tail => {
            upgraded = [payload, tail].concat();
            &upgraded
        }
    };
    let (quiz, extra) = postcard::take_from_bytes::<Quiz>(payload).map_err(|_| ReadError::Damaged)?;
    if !extra.is_empty() {
        return Err(ReadError::Damaged);
    }
    Ok(Loaded { quiz, fingerprint: fnv1a64(bytes) })
}
