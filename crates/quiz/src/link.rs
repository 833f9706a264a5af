//! Assignment links: a teacher's set-up of a quiz (which questions, in what order, which
//! feedback mode, retries, a title and instructions) as a short text for a URL.
//!
//! Layout of format 1, before URL-safe base64 without padding:
//!
//! ```text
//! byte 0      format (1)
//! byte 1      flags: 1 test mode, 2 shuffle questions, 4 keep option order,
//!             8 no retries, 16 a question list follows, 32 a title, 64 instructions
//! 2 bytes     the quiz: a 16-bit hash of its slug
//! [4 bytes]   seed, when questions or options are shuffled
//! [1 + 2n]    n questions, each a 16-bit hash of its id, in the order to ask them
//! [1 + m]     title, UTF-8, at most 120 bytes
//! [2 + m]     instructions, UTF-8, at most 1,000 bytes
//! 2 bytes     CRC-16/CCITT-FALSE of everything before it
//! ```
//!
//! Questions are named by a hash of their id, never by position, so that a newsroom can
//! add questions without changing what old links open; the validator refuses a quiz in
//! which two ids share a hash. A 20-question link is 68 characters. This layout is a
//! contract: golden tests pin it, and a later format must still read this one.
//!
//! Must not import anything from a browser or UI crate.

use thiserror::Error;

use super::codec::{Envelope, Reader, open, seal, short_name};
use super::model::Quiz;
use super::session::{Mode, Settings};

pub const FORMAT: u8 = 1;
pub const MAX_TITLE: usize = 120;
pub const MAX_INSTRUCTIONS: usize = 1000;

const TEST_MODE: u8 = 1;
const SHUFFLE_QUESTIONS: u8 = 2;
const KEEP_OPTION_ORDER: u8 = 4;
const NO_RETRIES: u8 = 8;
const QUESTION_LIST: u8 = 16;
const TITLE: u8 = 32;
const INSTRUCTIONS: u8 = 64;

/// A teacher's set-up of a quiz for a class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub mode: Mode,
    /// The questions to ask, by id, in this order; `None` for all in the author's order.
    pub questions: Option<Vec<String>>,
    pub shuffle_questions: bool,
    pub shuffle_options: bool,
    /// Seeds the shuffles; the same seed gives every student the same order.
    pub seed: u32,
    pub retries: bool,
    pub title: String,
    pub instructions: String,
}

impl Assignment {
    /// The session settings this assignment asks for.
    pub fn settings(&self) -> Settings {
        Settings {
            mode: self.mode,
            seed: u64::from(self.seed),
            shuffle_questions: self.shuffle_questions,
            shuffle_options: self.shuffle_options,
            questions: self.questions.clone(),
            retries: self.retries,
        }
    }
}

/// Why a link could not be opened, in words for the student who followed it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LinkError {
    #[error("the quiz link is empty")]
    Empty,
    #[error("the quiz link ends too soon; copy the whole link again")]
    Truncated,
    #[error("the quiz link is incomplete or has a mistyped character; copy the whole link again")]
    Mistyped,
    #[error("the quiz link was made by a newer version of the quiz; ask for a new link")]
    NewerFormat,
    #[error("the quiz link is for another quiz")]
    OtherQuiz,
    #[error("the quiz link asks for {0} question(s) this quiz no longer has")]
    UnknownQuestions(usize),
    #[error("the title or instructions are too long for a link")]
    TooLong,
    #[error("the quiz link asks for a question twice")]
    RepeatedQuestion,
}

impl From<Envelope> for LinkError {
    fn from(wrong: Envelope) -> Self {
        match wrong {
            Envelope::Empty => LinkError::Empty,
            Envelope::Mistyped => LinkError::Mistyped,
            Envelope::Truncated => LinkError::Truncated,
            Envelope::NewerFormat => LinkError::NewerFormat,
            Envelope::TooLong => LinkError::TooLong,
        }
    }
}

/// The link text for `assignment` of `quiz`.
pub fn encode(assignment: &Assignment, quiz: &Quiz) -> Result<String, LinkError> {
    let a = assignment;
    if a.title.len() > MAX_TITLE || a.instructions.len() > MAX_INSTRUCTIONS {
        return Err(LinkError::TooLong);
    }
    let mut flags = 0;
    for (on, flag) in [
        (a.mode == Mode::Test, TEST_MODE),
        (a.shuffle_questions, SHUFFLE_QUESTIONS),
        (!a.shuffle_options, KEEP_OPTION_ORDER),
        (!a.retries, NO_RETRIES),
        (a.questions.is_some(), QUESTION_LIST),
        (!a.title.is_empty(), TITLE),
        (!a.instructions.is_empty(), INSTRUCTIONS),
    ] {
        if on {
            flags |= flag;
        }
    }
    let mut bytes = vec![FORMAT, flags];
    bytes.extend(short_name(&quiz.slug).to_be_bytes());
    if a.shuffle_questions || a.shuffle_options {
        bytes.extend(a.seed.to_be_bytes());
    }
    if let Some(ids) = &a.questions {
        let count = u8::try_from(ids.len()).map_err(|_| LinkError::TooLong)?;
        bytes.push(count);
        for id in ids {
            bytes.extend(short_name(id).to_be_bytes());
        }
    }
    if !a.title.is_empty() {
        bytes.push(a.title.len() as u8);
        bytes.extend(a.title.as_bytes());
    }
    if !a.instructions.is_empty() {
        bytes.extend((a.instructions.len() as u16).to_be_bytes());
        bytes.extend(a.instructions.as_bytes());
    }
    Ok(seal(bytes))
}

/// Reads a link made by [`encode`] for `quiz`. Never panics; every failure is a
/// [`LinkError`] that says what is wrong.
pub fn decode(text: &str, quiz: &Quiz) -> Result<Assignment, LinkError> {
    let body = open(text, FORMAT, 4 * (MAX_TITLE + MAX_INSTRUCTIONS + 600) / 3)?;
    let mut reader = Reader::new(&body, LinkError::Truncated);
    let flags = reader.byte()?;
    if reader.u16()? != short_name(&quiz.slug) {
        return Err(LinkError::OtherQuiz);
    }
    let has = |flag: u8| flags & flag != 0;
    let seed = if has(SHUFFLE_QUESTIONS) || !has(KEEP_OPTION_ORDER) { reader.u32()? } else { 0 };
    let questions = if has(QUESTION_LIST) {
        let count = reader.byte()?;
        let mut ids: Vec<String> = Vec::with_capacity(usize::from(count));
        let mut unknown = 0;
        for _ in 0..count {
            let name = reader.u16()?;
            match quiz.questions.iter().find(|q| short_name(&q.id) == name) {
                Some(q) if ids.contains(&q.id) => return Err(LinkError::RepeatedQuestion),
                Some(q) => ids.push(q.id.clone()),
                None => unknown += 1,
            }
        }
        if unknown > 0 {
            return Err(LinkError::UnknownQuestions(unknown));
        }
        Some(ids)
    } else {
        None
    };
    let title = if has(TITLE) {
        let len = reader.byte()?;
        reader.text(usize::from(len))?.ok_or(LinkError::Mistyped)?
    } else {
        String::new()
    };
    let instructions = if has(INSTRUCTIONS) {
        let len = reader.u16()?;
        reader.text(usize::from(len))?.ok_or(LinkError::Mistyped)?
    } else {
        String::new()
    };
    if !reader.is_empty() {
        return Err(LinkError::Mistyped);
    }
    Ok(Assignment {
        mode: if has(TEST_MODE) { Mode::Test } else { Mode::Practice },
        questions,
        shuffle_questions: has(SHUFFLE_QUESTIONS),
        shuffle_options: !has(KEEP_OPTION_ORDER),
        seed,
        retries: !has(NO_RETRIES),
        title,
        instructions,
    })
}
