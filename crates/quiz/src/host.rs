//! The widget's conversation with the page that embeds it: what it tells the host (ready,
//! started, answered, completed, resized), what it accepts from the host (reset, go to a
//! question), and the style values the host asks for. Pure: the widget's browser layer sends
//! and receives; this decides what is said and what is accepted.
//!
//! Messages, version 1 (also in the README):
//!
//! ```text
//! widget → host  { source: "article-quiz", version: 1, type, quiz, instance, detail }
//!   ready        { questions, mode }
//!   started      { mode }
//!   answered     { question, correct, verdict, points, max, response, xapi }
//!   completed    { points, max, percent, seconds, xapi }
//!   resized      { height }
//!   show-excerpt { text }     only when the host opted in to showing excerpts
//!   excerpts-missing { questions, asked }   the host's article no longer quotes them
//!   progress     { saved }    after every change, only when the host hid the hand-in
//!                             (`handin=off`: a SCORM package's launch page keeps it)
//! host → widget  { source: "article-quiz-host", version: 1, type: "reset" }
//!                { source: "article-quiz-host", version: 1, type: "goto", question: n }
//!                { source: "article-quiz-host", version: 1, type: "hello", highlight }
//!                { source: "article-quiz-host", version: 1, type: "excerpt-shown", found }
//!                { source: "article-quiz-host", version: 1, type: "article", text }
//! ```
//!
//! `hello` comes from the host script when it starts and in answer to `ready` (whichever
//! of the two pages loads first): the widget answers with its height, and `highlight`
//! says whether the host shows excerpts in its own article. An iframe takes `hello` from
//! its parent window whatever its origin (it only asks the widget to repeat what it
//! tells anyway), and the other commands only from the `host` origin its address names.
//!
//! `article` comes with `hello` from a host that opted in: its article's current text.
//! Questions whose excerpts it no longer holds are set aside before the reader starts
//! ([`crate::corrections`]) and named in `excerpts-missing` (ids; `asked`: whether they
//! are asked anyway, with a note, as in a teacher's assignment or a begun session).
//!
//! `xapi` is the event as the body of an xAPI statement (verb, object, result) without the
//! actor, which only the host's learning record store knows.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::{Mode, Points, Quiz, Response, Session, Verdict};

pub const SOURCE: &str = "article-quiz";
pub const HOST_SOURCE: &str = "article-quiz-host";
pub const VERSION: u32 = 1;

/// A value in a message: what a JSON object can hold, built without a JSON library
/// (which would cost the widget's download more than this).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    Bool(bool),
    Object(Vec<(&'static str, Value)>),
    List(Vec<Value>),
}

/// As JSON, for tests and tools.
impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Text(text) => serializer.serialize_str(text),
            Value::Number(n) => serializer.serialize_f64(*n),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Object(fields) => {
                let mut map = serializer.serialize_map(Some(fields.len()))?;
                for (key, value) in fields {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
            Value::List(items) => serializer.collect_seq(items),
        }
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Text(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(text)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Value::Number(f64::from(n))
    }
}

impl From<Points> for Value {
    fn from(p: Points) -> Self {
        Value::Number(f64::from(p.0) / 100.0)
    }
}

pub(crate) fn object<const N: usize>(fields: [(&'static str, Value); N]) -> Value {
    Value::Object(fields.into())
}

/// Something that happened, for the host.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Ready {
        questions: usize,
        mode: Mode,
    },
    Started {
        mode: Mode,
    },
    Answered {
        question: usize,
        verdict: Verdict,
        earned: Points,
        max: Points,
        /// The answer, indices in the author's order (a SCORM package's launch page
        /// reports it to the learning platform).
        response: Response,
    },
    Completed {
        earned: Points,
        max: Points,
        percent: u32,
        seconds: u32,
    },
    Resized {
        height: u32,
    },
    /// Asks the host to show a passage in its own copy of the article.
    ShowExcerpt {
        text: String,
    },
    /// The host's article no longer holds these questions' excerpts (indices); `asked`:
    /// they are asked anyway, each with a note.
    ExcerptsMissing {
        questions: Vec<usize>,
        asked: bool,
    },
    /// The session as saved progress ([`crate::saved::encode`]), for a host that keeps the
    /// student's progress itself (a learning platform's `cmi.suspend_data`).
    Progress {
        saved: String,
    },
}

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Practice => "practice",
        Mode::Test => "test",
    }
}

fn verdict_name(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Correct => "correct",
        Verdict::Partial => "partial",
        Verdict::Wrong => "wrong",
        Verdict::Unanswered => "unanswered",
    }
}

/// What the host is told after an action took the session from `before` to `after`.
pub fn events(quiz: &Quiz, before: &Session, after: &Session) -> Vec<Event> {
    let mut events = Vec::new();
    if !before.has_answers() && after.has_answers() {
        events.push(Event::Started { mode: after.mode() });
    }
    // Feedback appears on "check" in practice mode and for every question at the end of a
    // test: either way, that is when an answer is final and told. Questions left
    // unanswered are not; the completed event's score counts them.
    for &i in after.round() {
        if let (true, false, Some(response)) = (after.feedback_visible(i), before.feedback_visible(i), after.answer(i))
        {
            let outcome = after.outcome(quiz, i);
            events.push(Event::Answered {
                question: i,
                verdict: outcome.verdict,
                earned: outcome.earned,
                max: outcome.max,
                response: response.clone(),
            });
        }
    }
    if after.is_finished() && !before.is_finished() {
        let results = after.results(quiz);
        let seconds = after.seconds_taken();
        events.push(Event::Completed { earned: results.earned, max: results.max, percent: results.percent(), seconds });
    }
    events
}

const XAPI_VERBS: &str = "http://adlnet.gov/expapi/verbs/";
const XAPI_ACTIVITIES: &str = "http://adlnet.gov/expapi/activities/";

pub(crate) fn xapi(verb: &str, id: String, name: &str, kind: &str, result: Value, language: &str) -> Value {
    object([
        ("verb", object([("id", format!("{XAPI_VERBS}{verb}").into()), ("display", object([("en-US", verb.into())]))])),
        (
            "object",
            object([
                ("objectType", "Activity".into()),
                ("id", id.into()),
                (
                    "definition",
                    object([
                        ("name", object([(language_key(language), name.into())])),
                        ("type", format!("{XAPI_ACTIVITIES}{kind}").into()),
                    ]),
                ),
            ]),
        ),
        ("result", result),
    ])
}

/// xAPI language maps are keyed by a language tag; the quiz's own when it is one we know.
fn language_key(language: &str) -> &'static str {
    match language {
        "en" | "en-US" => "en-US",
        "en-GB" => "en-GB",
        "fr" => "fr",
        "de" => "de",
        "es" => "es",
        _ => "und",
    }
}

pub(crate) fn score(earned: Points, max: Points) -> Value {
    let scaled = if max.0 == 0 { 0.0 } else { f64::from(earned.0) / f64::from(max.0) };
    object([
        ("raw", earned.into()),
        ("min", Value::Number(0.0)),
        ("max", max.into()),
        ("scaled", Value::Number(scaled)),
    ])
}

/// Where the message goes and who the widget is: the quiz, the embed's instance name,
/// and the address that names the quiz's activities in xAPI.
pub struct Origin<'a> {
    pub quiz: &'a Quiz,
    pub instance: &'a str,
    pub activity: &'a str,
}

/// The message for `event`, in the documented shape.
pub fn message(event: &Event, from: &Origin<'_>) -> Value {
    let quiz = from.quiz;
    let language = quiz.meta.language.as_str();
    let activity = format!("{}#{}", from.activity, quiz.slug);
    let (kind, detail) = match event {
        Event::Ready { questions, mode } => {
            ("ready", object([("questions", Value::Number(*questions as f64)), ("mode", mode_name(*mode).into())]))
        }
        Event::Started { mode } => ("started", object([("mode", mode_name(*mode).into())])),
        Event::Answered { question, verdict, earned, max, response } => {
            let q = quiz.questions.get(*question);
            let id = q.map_or("", |q| q.id.as_str());
            let result = object([("success", (*verdict == Verdict::Correct).into()), ("score", score(*earned, *max))]);
            let statement = xapi(
                "answered",
                format!("{activity}/{id}"),
                q.map_or("", |q| q.prompt.as_str()),
                "cmi.interaction",
                result,
                language,
            );
            (
                "answered",
                object([
                    ("question", id.into()),
                    ("correct", (*verdict == Verdict::Correct).into()),
                    ("verdict", verdict_name(*verdict).into()),
                    ("points", (*earned).into()),
                    ("max", (*max).into()),
                    ("response", response_value(response)),
                    ("xapi", statement),
                ]),
            )
        }
        Event::Completed { earned, max, percent, seconds } => {
            let result = object([
                ("completion", true.into()),
                ("score", score(*earned, *max)),
                ("duration", format!("PT{seconds}S").into()),
            ]);
            let statement = xapi("completed", activity.clone(), &quiz.meta.title, "assessment", result, language);
            (
                "completed",
                object([
                    ("points", (*earned).into()),
                    ("max", (*max).into()),
                    ("percent", (*percent).into()),
                    ("seconds", (*seconds).into()),
                    ("xapi", statement),
                ]),
            )
        }
        Event::Resized { height } => return resized(*height, &quiz.slug, from.instance),
        Event::ShowExcerpt { text } => ("show-excerpt", object([("text", text.as_str().into())])),
        Event::ExcerptsMissing { questions, asked } => {
            let ids = questions.iter().filter_map(|&i| quiz.questions.get(i)).map(|q| q.id.as_str().into());
            ("excerpts-missing", object([("questions", Value::List(ids.collect())), ("asked", (*asked).into())]))
        }
        Event::Progress { saved } => ("progress", object([("saved", saved.as_str().into())])),
    };
    envelope(kind, &quiz.slug, from.instance, detail)
}

/// An answer as the serde shape gives it (`{ "Single": 2 }`, `{ "Order": [2, 0, 1] }`,
/// `{ "TrueFalse": true }`, `{ "Numeric": 551 }`): indices in the author's order.
fn response_value(response: &Response) -> Value {
    let index = |i: &usize| Value::Number(*i as f64);
    let list = |items: &[usize]| Value::List(items.iter().map(index).collect());
    let (kind, value) = match response {
        Response::Single(i) => ("Single", index(i)),
        Response::Multiple(picked) => ("Multiple", list(picked)),
        Response::TrueFalse(b) => ("TrueFalse", Value::Bool(*b)),
        Response::Order(order) => ("Order", list(order)),
        Response::Numeric(x) => ("Numeric", Value::Number(*x)),
        Response::Evidence(i) => ("Evidence", index(i)),
    };
    object([(kind, value)])
}

/// The `resized` message. Also sent, with an empty `quiz`, by a widget whose quiz could
/// not be loaded, so that an iframe still fits the message saying why.
pub fn resized(height: u32, quiz: &str, instance: &str) -> Value {
    envelope("resized", quiz, instance, object([("height", height.into())]))
}

fn envelope(kind: &str, quiz: &str, instance: &str, detail: Value) -> Value {
    object([
        ("source", SOURCE.into()),
        ("version", VERSION.into()),
        ("type", kind.into()),
        ("quiz", quiz.into()),
        ("instance", instance.into()),
        ("detail", detail),
    ])
}

/// What a host may ask of the widget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Start over with a fresh session in the same mode.
    Reset,
    /// Go to the n-th question of the current round (1-based).
    GoTo(usize),
    /// The host script is listening; `highlight`: it shows excerpts in its own article.
    Hello { highlight: bool },
    /// The host's answer to a `show-excerpt`: whether it found and showed the passage.
    ExcerptShown(bool),
    /// The text of the host's article as it reads now (from a host that shows excerpts).
    Article(String),
}

impl Command {
    /// Whether an iframe may take this command only from the origin its `host` names.
    pub fn needs_host_origin(&self) -> bool {
        !matches!(self, Command::Hello { .. })
    }
}

/// The fields of a host's message, as read from it.
#[derive(Debug, Clone, Default)]
pub struct Fields<'a> {
    pub source: Option<&'a str>,
    pub version: Option<f64>,
    pub kind: Option<&'a str>,
    pub question: Option<f64>,
    pub found: Option<bool>,
    pub highlight: Option<bool>,
    pub text: Option<&'a str>,
}

/// Reads a host's message; anything not in the documented shape is `None` and ignored.
pub fn command(fields: &Fields<'_>) -> Option<Command> {
    if fields.source != Some(HOST_SOURCE) || fields.version != Some(f64::from(VERSION)) {
        return None;
    }
    match fields.kind? {
        "reset" => Some(Command::Reset),
        "hello" => Some(Command::Hello { highlight: fields.highlight.unwrap_or(false) }),
        "excerpt-shown" => fields.found.map(Command::ExcerptShown),
        "article" => fields.text.map(|text| Command::Article(text.to_owned())),
        "goto" => {
            let n = fields.question?;
            (n.fract() == 0.0 && (1.0..=1000.0).contains(&n)).then_some(Command::GoTo(n as usize))
        }
        _ => None,
    }
}

/// A style value from a URL parameter, kept only if it is plainly a colour, a font list
/// or a length, so that a parameter cannot smuggle other CSS in.
pub fn style_value(name: &str, value: &str) -> Option<String> {
    let value = value.trim();
    let ok = match name {
        "accent" | "accent-text" | "background" | "text" => {
            let hex = value
                .strip_prefix('#')
                .is_some_and(|h| matches!(h.len(), 3 | 4 | 6 | 8) && h.chars().all(|c| c.is_ascii_hexdigit()));
            hex || (value.len() <= 20 && !value.is_empty() && value.chars().all(|c| c.is_ascii_alphabetic()))
        }
        "font" | "font-quote" => {
            !value.is_empty()
                && value.len() <= 120
                && value.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | ',' | '-' | '"' | '\''))
        }
        "radius" => {
            let number = value.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let unit = &value[number.len()..];
            value == "0"
                || (!number.is_empty()
                    && number.len() <= 4
                    && number.chars().all(|c| c.is_ascii_digit() || c == '.')
                    && matches!(unit, "px" | "rem" | "em"))
        }
        _ => false,
    };
    ok.then(|| value.to_owned())
}

/// The style parameters an embed may set, and the custom property each sets.
pub const STYLE_PARAMS: [(&str, &str); 7] = [
    ("accent", "--article-quiz-accent"),
    ("accent-text", "--article-quiz-accent-text"),
    ("background", "--article-quiz-background"),
    ("text", "--article-quiz-text"),
    ("font", "--article-quiz-font"),
    ("font-quote", "--article-quiz-font-quote"),
    ("radius", "--article-quiz-radius"),
];

/// How the widget talks to the page that embeds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embed {
    /// Where messages may go: the host's origin when the embed names one, else any ("*").
    pub target: String,
    /// The origin whose commands are accepted; none are without one.
    pub host_origin: Option<String>,
    /// The embed's name for this widget (the `id` parameter), echoed in every message.
    pub instance: String,
    /// The widget's own address, which names the quiz in xAPI statements.
    pub activity: String,
    /// For a script embed, which one on the page (the browser layer keeps its element);
    /// `None` for an iframe embed.
    pub element: Option<usize>,
    /// The host keeps the student's progress itself (it hid the hand-in, `handin=off`):
    /// the widget tells it after every change ([`Event::Progress`]).
    pub keeps_progress: bool,
}
