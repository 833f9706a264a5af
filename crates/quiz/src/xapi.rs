//! A student's hand-in as xAPI statements, for a learning record store (LRS): one
//! `answered` statement per question answered, with the answer as readable text (LRSs show
//! answer indices badly), and one `completed` statement with the score and the time
//! taken. Every score is the core's own, from the answers: a result code's claimed score
//! is the student's word, and is not used. Built with the host messages' own statement shape ([`crate::host`]), plus what
//! an LRS needs that the widget leaves to its host: an id, the actor, the context and the
//! time. Pure: the caller gives the time (already written as RFC 3339) and the ids.

use crate::host::{Value, object, score, xapi};
use crate::result::ResultRecord;
use crate::scoring::{self, Verdict};
use crate::{Points, Quiz};

/// Who the statements are about: an account on `home_page` (the results server's public
/// address) named `account` (unique within it), shown as `name` (the name the student
/// typed, which may be empty).
pub struct Learner<'a> {
    pub home_page: &'a str,
    pub account: &'a str,
    pub name: &'a str,
}

/// The statements of `record`, a hand-in to the quiz `quiz`, whose activities are named
/// under `activity` (the quiz's IRI; each question's is `{activity}/{question id}`):
/// `answered` for each question answered, in the order asked, then `completed` with the
/// points of every question asked (an unanswered one earns none). Each gets an id
/// from `new_id` (128 random bits, written as a version 4 UUID) and the `timestamp`.
pub fn hand_in_statements(
    quiz: &Quiz,
    record: &ResultRecord,
    learner: &Learner<'_>,
    activity: &str,
    timestamp: &str,
    new_id: &mut dyn FnMut() -> u128,
) -> Vec<Value> {
    let language = quiz.meta.language.as_str();
    let actor = {
        let account = object([("homePage", learner.home_page.into()), ("name", learner.account.into())]);
        let mut fields = vec![("objectType", Value::from("Agent")), ("account", account)];
        if !learner.name.trim().is_empty() {
            fields.push(("name", learner.name.trim().into()));
        }
        Value::Object(fields)
    };
    let parent = object([(
        "contextActivities",
        object([("parent", Value::List(vec![object([("objectType", "Activity".into()), ("id", activity.into())])]))]),
    )]);
    let mut statements = Vec::new();
    let (mut earned, mut most) = (0, 0);
    let mut finish = |statement: Value, context: Option<Value>, id: u128| {
        let Value::Object(mut fields) = statement else { return };
        fields.insert(0, ("id", uuid(id).into()));
        fields.insert(1, ("actor", actor.clone()));
        if let Some(context) = context {
            fields.push(("context", context));
        }
        fields.push(("timestamp", timestamp.into()));
        statements.push(Value::Object(fields));
    };
    for (id, response) in &record.answers {
        let Some(question) = quiz.questions.iter().find(|q| q.id == *id) else { continue };
        let outcome = scoring::score(question, response.as_ref());
        earned += outcome.earned.0;
        most += outcome.max.0;
        let Some(response) = response else { continue };
        let mut result = vec![
            ("success", Value::from(outcome.verdict == Verdict::Correct)),
            ("score", score(outcome.earned, outcome.max)),
        ];
        if let Some(text) = response.text(&question.kind) {
            result.push(("response", text.into()));
        }
        let statement = xapi(
            "answered",
            format!("{activity}/{}", question.id),
            &question.prompt,
            "cmi.interaction",
            Value::Object(result),
            language,
        );
        finish(statement, Some(parent.clone()), new_id());
    }
    let result = object([
        ("completion", true.into()),
        ("score", score(Points(earned), Points(most))),
        ("duration", format!("PT{}S", record.seconds).into()),
    ]);
    finish(xapi("completed", activity.to_owned(), &quiz.meta.title, "assessment", result, language), None, new_id());
    statements
}

/// 128 bits as a version 4 (random) UUID, `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`.
fn uuid(bits: u128) -> String {
    let v4 = (bits & !(0xf << 76) & !(0x3 << 62)) | (0x4 << 76) | (0x2 << 62);
    let hex = format!("{v4:032x}");
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}
