//! Result codes: what a student hands back to a teacher after an assigned quiz.
//!
//! A code holds the display name if the student gave one, which assignment it answers,
//! the mode, the time taken, the score, and every answer; nothing else leaves the
//! browser. It ends in a CRC-16, so a copy-paste accident is caught; it is not a
//! signature, and a student who edits a code on purpose can forge one (there is no server
//! to sign it).
//!
//! Layout of format 1, before URL-safe base64 without padding:
//!
//! ```text
//! byte 0       format (1)
//! byte 1       flags: 1 test mode, 2 a name follows
//! 2 bytes      the quiz: the short name of its slug
//! 4 bytes      the assignment: assignment_id of its link, 0 for the whole quiz
//! [1 + m]      display name, UTF-8, at most 60 bytes
//! varint       time taken, in seconds
//! varint × 2   points earned and points possible, in hundredths
//! 1 byte       n, the number of questions; then n times:
//!   2 bytes    the question's short name
//!   1 byte     the answer's kind: 0 none, 1 single, 2 multiple, 3 true/false,
//!              4 order, 5 numeric, 6 evidence
//!   payload    single, evidence: the option or sentence index (1 byte);
//!              multiple: a 16-bit mask of the picked options; true/false: 0 or 1;
//!              order: the count, then each item index (1 byte each);
//!              numeric: the value as an IEEE 754 double (8 bytes)
//! 2 bytes      CRC-16/CCITT-FALSE of everything before it
//! ```
//!
//! Must not import anything from a browser or UI crate.

use thiserror::Error;

use super::codec::{Envelope, Reader, open, push_varint, seal, short_name};
use super::model::Quiz;
use super::scoring::{Points, Response};
use super::session::{Mode, Session};
use super::shuffle::fnv1a64;

pub const FORMAT: u8 = 1;
pub const MAX_NAME: usize = 60;

const TEST_MODE: u8 = 1;
const NAME: u8 = 2;

/// One student's result, as a teacher reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultRecord {
    /// The display name the student entered; may be empty.
    pub name: String,
    /// Which assignment this answers ([`assignment_id`]); 0 for the whole quiz.
    pub assignment: u32,
    pub mode: Mode,
    pub seconds: u32,
    pub earned: Points,
    pub max: Points,
    /// Every question of the assignment, in the order asked, with the answer given.
    pub answers: Vec<(String, Option<Response>)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ResultError {
    #[error("the result code is empty")]
    Empty,
    #[error("the result code ends too soon; copy the whole code again")]
    Truncated,
    #[error("the result code is incomplete or has a mistyped character; copy it again")]
    Mistyped,
    #[error("the result code was made by a newer version of the quiz")]
    NewerFormat,
    #[error("the result code is for another quiz")]
    OtherQuiz,
    #[error("the result code answers {0} question(s) this quiz does not have")]
    UnknownQuestions(usize),
    #[error("the name is longer than {MAX_NAME} bytes")]
    NameTooLong,
    #[error("the result has more answers than a code can hold")]
    TooManyAnswers,
}

/// The identity of an assignment in result codes: a 32-bit hash of its assignment code,
/// never 0 (which stands for the whole quiz, taken without a link).
pub fn assignment_id(assignment_code: &str) -> u32 {
    let hash = fnv1a64(assignment_code.trim().as_bytes());
    ((hash ^ (hash >> 32)) as u32).max(1)
}

impl ResultRecord {
    /// The result of a finished (or abandoned) session. `assignment` is 0 without a link.
    pub fn of(session: &Session, quiz: &Quiz, assignment: u32, name: &str) -> Self {
        let results = session.results(quiz);
        let answers = session
            .asked()
            .iter()
            .filter_map(|&i| Some((quiz.questions.get(i)?.id.clone(), session.answer(i).cloned())))
            .collect();
        let seconds = session.seconds_taken();
        ResultRecord {
            name: name.trim().to_owned(),
            assignment,
            mode: session.mode(),
            seconds,
            earned: results.earned,
            max: results.max,
            answers,
        }
    }
}

pub fn encode(record: &ResultRecord, quiz: &Quiz) -> Result<String, ResultError> {
    if record.name.len() > MAX_NAME {
        return Err(ResultError::NameTooLong);
    }
    let count = u8::try_from(record.answers.len()).map_err(|_| ResultError::TooManyAnswers)?;
    let mut flags = 0;
    if record.mode == Mode::Test {
        flags |= TEST_MODE;
    }
    if !record.name.is_empty() {
        flags |= NAME;
    }
    let mut bytes = vec![FORMAT, flags];
    bytes.extend(short_name(&quiz.slug).to_be_bytes());
    bytes.extend(record.assignment.to_be_bytes());
    if !record.name.is_empty() {
        bytes.push(record.name.len() as u8);
        bytes.extend(record.name.as_bytes());
    }
    push_varint(&mut bytes, record.seconds);
    push_varint(&mut bytes, record.earned.0);
    push_varint(&mut bytes, record.max.0);
    bytes.push(count);
    for (id, answer) in &record.answers {
        bytes.extend(short_name(id).to_be_bytes());
        push_answer(&mut bytes, answer.as_ref())?;
    }
    Ok(seal(bytes))
}

fn push_answer(bytes: &mut Vec<u8>, answer: Option<&Response>) -> Result<(), ResultError> {
    let index = |i: usize| u8::try_from(i).map_err(|_| ResultError::TooManyAnswers);
    match answer {
        None => bytes.push(0),
        Some(Response::Single(i)) => bytes.extend([1, index(*i)?]),
        Some(Response::Multiple(picked)) => {
            let mut mask = 0u16;
            for &i in picked {
                // Quizzes have at most 12 options (the validator's limit).
                let bit = u32::try_from(i).ok().and_then(|i| 1u16.checked_shl(i));
                mask |= bit.ok_or(ResultError::TooManyAnswers)?;
            }
            bytes.push(2);
            bytes.extend(mask.to_be_bytes());
        }
        Some(Response::TrueFalse(b)) => bytes.extend([3, u8::from(*b)]),
        Some(Response::Order(order)) => {
            bytes.extend([4, index(order.len())?]);
            for &i in order {
                bytes.push(index(i)?);
            }
        }
        Some(Response::Numeric(x)) => {
            bytes.push(5);
            bytes.extend(x.to_be_bytes());
        }
        Some(Response::Evidence(i)) => bytes.extend([6, index(*i)?]),
    }
    Ok(())
}

impl From<Envelope> for ResultError {
    fn from(wrong: Envelope) -> Self {
        match wrong {
            Envelope::Empty => ResultError::Empty,
            Envelope::Truncated => ResultError::Truncated,
            Envelope::NewerFormat => ResultError::NewerFormat,
            Envelope::Mistyped | Envelope::TooLong => ResultError::Mistyped,
        }
    }
}

/// Reads a code made by [`encode`] against `quiz`. Never panics.
pub fn decode(text: &str, quiz: &Quiz) -> Result<ResultRecord, ResultError> {
    let body = open(text, FORMAT, 2048)?;
    let mut r = Reader::new(&body, ResultError::Truncated);
    let flags = r.byte()?;
    if r.u16()? != short_name(&quiz.slug) {
        return Err(ResultError::OtherQuiz);
    }
    let assignment = r.u32()?;
    let name = if flags & NAME != 0 {
        let len = r.byte()?;
        r.text(usize::from(len))?.ok_or(ResultError::Mistyped)?
    } else {
        String::new()
    };
    let seconds = r.varint()?;
    let earned = Points(r.varint()?);
    let max = Points(r.varint()?);
    let count = r.byte()?;
    let mut answers = Vec::with_capacity(usize::from(count));
    let mut unknown = 0;
    for _ in 0..count {
        let name = r.u16()?;
        let answer = read_answer(&mut r)?;
        match quiz.questions.iter().find(|q| short_name(&q.id) == name) {
            Some(q) => answers.push((q.id.clone(), answer)),
            None => unknown += 1,
        }
    }
    if unknown > 0 {
        return Err(ResultError::UnknownQuestions(unknown));
    }
    if !r.is_empty() {
        return Err(ResultError::Mistyped);
    }
    Ok(ResultRecord {
        name,
        assignment,
        mode: if flags & TEST_MODE != 0 { Mode::Test } else { Mode::Practice },
        seconds,
        earned,
        max,
        answers,
    })
}

fn read_answer(r: &mut Reader<'_, ResultError>) -> Result<Option<Response>, ResultError> {
    Ok(Some(match r.byte()? {
        0 => return Ok(None),
        1 => Response::Single(usize::from(r.byte()?)),
        2 => {
            let mask = r.u16()?;
            Response::Multiple((0..16).filter(|i| mask & (1 << i) != 0).collect())
        }
        3 => Response::TrueFalse(r.byte()? != 0),
        4 => {
            let len = r.byte()?;
            Response::Order((0..len).map(|_| r.byte().map(usize::from)).collect::<Result<_, _>>()?)
        }
        5 => Response::Numeric(f64::from_bits(r.u64()?)),
        6 => Response::Evidence(usize::from(r.byte()?)),
        _ => return Err(ResultError::Mistyped),
    }))
}
