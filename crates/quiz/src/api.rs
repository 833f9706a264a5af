//! The results server's requests and answers under `/api/v1`, as JSON: one definition for
//! the server (`crates/server`), its clients and the fuzz targets, with nothing but serde.
//!
//! Unknown fields are ignored (serde's default), so a newer client works with an older
//! server; a field a newer server adds to an answer is one an older client skips.
//! Times are milliseconds since the Unix epoch.

use serde::{Deserialize, Serialize};

use crate::scoring::Response;

/// A day, in the milliseconds times are given in: a class lives whole days, and readers'
/// rows are counted and kept by day (UTC).
pub const DAY_MS: u64 = 24 * 60 * 60 * 1000;

/// Whether `text` holds only the letters of URL-safe base64 (`A`–`Z`, `a`–`z`, `0`–`9`,
/// `-`, `_`), as class ids, secrets, hand-in keys and readers' ids do: they go in links
/// and headers as they are.
pub fn is_url_safe(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 365))]
    pub days: Option<u32>,
}

/// The answer to a [`NewClass`]: the class's id, which the student link carries, and the
/// teacher's secret, which only the teacher link carries. The server keeps only a hash of
/// the secret: it cannot be shown again. Its `Debug` hides the secret.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewHandIn {
    #[cfg_attr(feature = "openapi", schema(min_length = 16, max_length = 64, pattern = "^[A-Za-z0-9_-]*$"))]
    pub key: String,
    pub code: String,
}

impl std::fmt::Debug for NewHandIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewHandIn").finish_non_exhaustive()
    }
}

/// A hand-in as the teacher sees it. The name is the one in the code. Its `Debug` shows
/// neither.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HandIn {
    pub id: i64,
    pub name: String,
    pub code: String,
    pub received_at: u64,
}

impl std::fmt::Debug for HandIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HandIn").field("id", &self.id).field("received_at", &self.received_at).finish_non_exhaustive()
    }
}

/// A class's hand-ins, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HandIns {
    pub title: String,
    pub quiz: String,
    pub assignment: String,
    pub expires_at: u64,
    pub hand_ins: Vec<HandIn>,
}

/// A quiz the server serves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuizSummary {
    pub slug: String,
    pub title: String,
    pub questions: usize,
}

/// The shortest and longest id a reader's page makes for itself: random, made when the
/// page loads and forgotten when it closes, so that an event sent twice counts once.
pub const MIN_READER: usize = 16;
pub const MAX_READER: usize = 64;

/// The most events one request carries (a test's answers come together at its end).
pub const MAX_EVENTS: usize = 64;

/// What a news reader's page tells the server about one quiz: who (a random id for this
/// page only), on which site (the embedding page's host name, if the widget knows it),
/// and what happened. Sent only by a page that names the server, never for an
/// assignment's link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReaderEvents {
    #[cfg_attr(feature = "openapi", schema(min_length = 16, max_length = 64, pattern = "^[A-Za-z0-9_-]*$"))]
    pub reader: String,
    #[serde(default)]
    pub site: Option<String>,
    #[cfg_attr(feature = "openapi", schema(max_items = 64))]
    pub events: Vec<ReaderEvent>,
}

/// One thing a reader did. The server scores an answer itself, with the core's scoring;
/// only a reader's first answer to a question counts, as only the first event of each
/// kind does. A kind this server does not know is ignored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReaderEvent {
    /// The quiz was shown.
    View,
    /// The reader gave a first answer.
    Start,
    /// The reader's answer to the question `question` (its id), in the author's order.
    Answer { question: String, response: Response },
    /// The reader finished, with this score in hundredths of a point.
    Finish { earned: u32, max: u32 },
    #[serde(other)]
    Unknown,
}

/// How readers answered a quiz: what a reader's page shows after a check and at the end.
/// A question appears only once it has `min_answers` answers, and the scores once as
/// many readers finished.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReaderStats {
    pub quiz: String,
    pub min_answers: u32,
    pub questions: Vec<QuestionStats>,
    /// How many readers finished with each percentage, 0 to 100 (101 counts), or empty
    /// below `min_answers` finishes.
    pub scores: Vec<u32>,
}

/// How readers answered one question (their first answers).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuestionStats {
    pub question: String,
    pub answers: u32,
    /// Answers worth full marks.
    pub right: u32,
    /// The most common answer that is not right, and how many gave it; none when no
    /// reader answered wrong.
    #[serde(default)]
    pub common_wrong: Option<Response>,
    #[serde(default)]
    pub common_wrong_count: u32,
    /// That answer in the quiz's words, for a choice question: the option's text, or
    /// the options' texts joined by "; ".
    #[serde(default)]
    pub common_wrong_text: Option<String>,
}

/// The newsroom's view of a quiz: views, starts and finishes, in all, by embedding site
/// and by day, and each question's answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Report {
    pub quiz: String,
    pub total: Funnel,
    pub by_site: Vec<SiteFunnel>,
    pub by_day: Vec<DayFunnel>,
    pub questions: Vec<QuestionReport>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Funnel {
    pub views: u32,
    pub starts: u32,
    pub finishes: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SiteFunnel {
    /// The embedding page's host name; empty when the widget did not know it.
    pub site: String,
    #[serde(flatten)]
    pub funnel: Funnel,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DayFunnel {
    /// The day (UTC) of the view, as `YYYY-MM-DD`.
    pub day: String,
    #[serde(flatten)]
    pub funnel: Funnel,
}

/// One question's first answers: how many, how many right, and each answer given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuestionReport {
    pub question: String,
    /// The question as the quiz asks it.
    #[serde(default)]
    pub prompt: String,
    pub answers: u32,
    pub right: u32,
    pub distribution: Vec<AnswerCount>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AnswerCount {
    pub response: Response,
    /// The answer in the quiz's words ([`Response::text`]).
    #[serde(default)]
    pub text: String,
    /// Whether it earned full marks.
    pub right: bool,
    pub count: u32,
}

/// Why a request was refused, in a sentence for the person who made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Refusal {
    pub error: String,
}

/// [`ReaderEvent`]'s schema, written out because utoipa's derive knows no `#[serde(other)]`:
/// serde takes an event of any other `kind` as [`ReaderEvent::Unknown`], its other fields
/// ignored, so the schema has a fifth case, a `kind` that is none of the four.
#[cfg(feature = "openapi")]
mod reader_event_schema {
    use utoipa::openapi::extensions::Extensions;
    use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Schema, Type};
    use utoipa::openapi::{Ref, RefOr};
    use utoipa::{PartialSchema, ToSchema};

    use super::{ReaderEvent, Response};

    /// The `kind`s serde reads as themselves (the test below asks serde).
    const KINDS: [&str; 4] = ["view", "start", "answer", "finish"];

    /// An event object of the kind `kind`, with these other required fields.
    fn event(kind: &str, doc: &str, fields: Vec<(&str, RefOr<Schema>)>) -> ObjectBuilder {
        let tag = ObjectBuilder::new().schema_type(Type::String).enum_values(Some([kind]));
        let object = ObjectBuilder::new().schema_type(Type::Object).title(Some(kind)).description(Some(doc));
        fields.into_iter().fold(object.property("kind", tag).required("kind"), |object, (name, schema)| {
            object.property(name, schema).required(name)
        })
    }

    impl PartialSchema for ReaderEvent {
        fn schema() -> RefOr<Schema> {
            // JSON Schema's `not`, which utoipa's builders lack: an object's extra keys are
            // written into it as they are.
            let not_known = Extensions::from_iter([("not", serde_json::json!({ "enum": KINDS }))]);
            let other_kind = ObjectBuilder::new().schema_type(Type::String).extensions(Some(not_known));
            let other = ObjectBuilder::new()
                .schema_type(Type::Object)
                .title(Some("other"))
                .description(Some("A kind from a newer widget: skipped, with its other fields."))
                .property("kind", other_kind)
                .required("kind");
            let [view, start, answer, finish] = KINDS;
            OneOfBuilder::new()
                .description(Some(
                    "One thing a reader did, by its `kind`. Only a reader's first event of each kind, \
                     and first answer to each question, counts.",
                ))
                .item(event(view, "The quiz was shown.", vec![]))
                .item(event(start, "The reader gave a first answer.", vec![]))
                .item(event(
                    answer,
                    "The reader's answer to the question `question` (its id), in the author's order.",
                    vec![("question", String::schema()), ("response", Ref::from_schema_name(Response::name()).into())],
                ))
                .item(event(
                    finish,
                    "The reader finished, with this score in hundredths of a point.",
                    vec![("earned", u32::schema()), ("max", u32::schema())],
                ))
                .item(other)
                .into()
        }
    }

    impl ToSchema for ReaderEvent {
        fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
            schemas.push((Response::name().into_owned(), Response::schema()));
            Response::schemas(schemas);
        }
    }

    #[cfg(test)]
    mod tests {
        use super::super::ReaderEvent;

        #[test]
        fn the_schemas_kinds_are_the_ones_serde_reads_as_themselves() {
            for kind in super::KINDS {
                let event = serde_json::json!({ "kind": kind, "question": "q", "response": { "Single": 0 }, "earned": 0, "max": 1 });
                let event: ReaderEvent = serde_json::from_value(event).unwrap();
                assert_ne!(event, ReaderEvent::Unknown, "{kind}");
            }
        }
    }
}
