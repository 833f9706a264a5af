//! The results server's requests and answers under `/api/v1`, as JSON: one definition for
//! the server (`crates/server`), its clients and the fuzz targets, with nothing but serde.
//!
//! Unknown fields are ignored (serde's default), so a newer client works with an older
//! server; a field a newer server adds to an answer is one an older client skips.
//! Times are milliseconds since the Unix epoch.

use serde::{Deserialize, Serialize};

/// How long a class lives unless its teacher asks otherwise, and at most.
pub const DEFAULT_DAYS: u32 = 120;
pub const MAX_DAYS: u32 = 365;

/// The shortest and longest idempotency key a hand-in may carry: a client's random id, of
/// at least 96 random bits (16 base64 characters), so that nobody finds another's by
/// guessing.
pub const MIN_KEY: usize = 16;
pub const MAX_KEY: usize = 64;

/// A teacher's class: the assignment its students take, and who may hand in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewClass {
    /// The quiz's slug; one the server serves.
    pub quiz: String,
    /// The assignment code of the teacher's link (`#a=…`), which the class's hand-ins answer.
    pub assignment: String,
    /// A title for the teacher's view; the assignment's own title if empty.
    #[serde(default)]
    pub title: String,
    /// Days until the class and its hand-ins are deleted: 1 to [`MAX_DAYS`], by default
    /// [`DEFAULT_DAYS`].
    #[serde(default)]
    pub days: Option<u32>,
}

/// The answer to a [`NewClass`]: the class's id, which the student link carries, and the
/// teacher's secret, which only the teacher link carries. The server keeps only a hash of
/// the secret: it cannot be shown again. Its `Debug` hides the secret.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassCreated {
    pub class: String,
    pub secret: String,
    pub expires_at: u64,
}

impl std::fmt::Debug for ClassCreated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClassCreated")
            .field("secret", &"[secret]")
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

/// What a class's id opens, for its students.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Class {
    pub quiz: String,
    pub assignment: String,
    pub title: String,
    pub expires_at: u64,
}

/// A student's hand-in: a result code, and a key the client makes once per hand-in, so
/// that a hand-in sent again (after a lost answer) is kept once. Its `Debug` shows
/// neither (the code holds the student's name).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewHandIn {
    pub key: String,
    pub code: String,
}

impl std::fmt::Debug for NewHandIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewHandIn").finish_non_exhaustive()
    }
}

/// A hand-in as the teacher sees it. The name is the one in the code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandIn {
    pub id: i64,
    pub name: String,
    pub code: String,
    pub received_at: u64,
}

/// A class's hand-ins, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandIns {
    pub title: String,
    pub quiz: String,
    pub assignment: String,
    pub expires_at: u64,
    pub hand_ins: Vec<HandIn>,
}

/// A quiz the server serves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizSummary {
    pub slug: String,
    pub title: String,
    pub questions: usize,
}

/// Why a request was refused, in a sentence for the person who made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub error: String,
}
