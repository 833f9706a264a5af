//! Forwarding students' hand-ins to a learning record store (LRS), when `--lrs-url` names
//! one: each hand-in's xAPI statements (the core's [`article_quiz_core::xapi`]: one
//! `answered` a question, with the answer as readable text, and one `completed`) are kept
//! in the outbox table in the hand-in's own transaction, and [`forward`] posts what waits
//! there, oldest first, as one batch (an xAPI `POST` takes an array), deleting it only
//! once the LRS has taken it. An LRS that is down, slow or busy loses nothing: the batch
//! stays, and is tried again later, with a growing pause. A batch the LRS refuses as
//! such (400, 413, 422) is sent again one hand-in at a time; a hand-in it still refuses is
//! kept but set aside, and logged, so that it does not hold up the others. Each statement
//! has its own id, so a batch the LRS took but whose answer was lost is the same
//! statements when sent again (and a 409 for them says it has them). Readers' answers (news sites) are never forwarded: they are anonymous,
//! and counted only.

use std::sync::Arc;
use std::time::Duration;

use axum::http::Uri;
use serde_json::Value;

use article_quiz_core::model::Quiz;
use article_quiz_core::result::ResultRecord;
use article_quiz_core::xapi::{self, Learner};

use crate::store::Settle;
use crate::{App, Config, Store};

/// The most hand-ins' statements one `POST` carries.
const BATCH: u32 = 100;
/// How long a forwarder holds the statements it sends before another may take them.
const LEASE_MS: u64 = 60_000;
/// How often the outbox is looked at when it was empty.
const POLL: Duration = Duration::from_secs(2);
/// The pause after a failed try, doubled after each until the longest.
const FIRST_PAUSE: Duration = Duration::from_secs(1);
const LONGEST_PAUSE: Duration = Duration::from_secs(60);
/// The xAPI version the statements follow.
const XAPI_VERSION: &str = "1.0.3";

/// An LRS's xAPI endpoint: an absolute http(s) URL ending in `/`, with no user or
/// password in it (they are `--lrs-user` and `--lrs-password`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LrsUrl(String);

impl LrsUrl {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for LrsUrl {
    type Err = &'static str;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        const WHAT: &str = "the LRS URL is its xAPI endpoint, an absolute https:// URL ending in `/` (http:// only \
                            on this machine), such as https://lrs.example.org/xAPI/ (its user and password are \
                            --lrs-user and --lrs-password)";
        let uri: Uri = text.parse().map_err(|_| WHAT)?;
        let host = uri.host().unwrap_or_default();
        // The password goes in a header: in the clear only to this machine.
        let local = matches!(host, "127.0.0.1" | "localhost" | "[::1]");
        let absolute = (uri.scheme_str() == Some("https") || (uri.scheme_str() == Some("http") && local))
            && uri
                .authority()
                .is_some_and(|authority| !authority.host().is_empty() && !authority.as_str().contains('@'))
            && uri.query().is_none();
        if absolute && text.ends_with('/') { Ok(LrsUrl(text.to_owned())) } else { Err(WHAT) }
    }
}

/// The LRS's password. Its `Debug` hides it.
#[derive(Clone, PartialEq, Eq)]
pub struct LrsPassword(String);

impl std::str::FromStr for LrsPassword {
    type Err = std::convert::Infallible;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(LrsPassword(text.to_owned()))
    }
}

impl std::fmt::Debug for LrsPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[hidden]")
    }
}

/// Why the server will not start with this configuration's forwarding, if it will not.
pub fn check(config: &Config) -> Result<(), String> {
    if config.lrs_url.is_some() && config.public_url.as_str() == "/" {
        return Err("forwarding to an LRS (--lrs-url) needs an absolute --public-url, such as \
                    https://quiz.example.org/: it names the learners' accounts and the quizzes' activities"
            .to_owned());
    }
    Ok(())
}

/// The statements of the hand-in `record` to the quiz `quiz` at `now`, as a JSON array,
/// when the server forwards (else `None`). The learner's account is the assignment's id
/// and the name the student typed (the hand-in's `key` stands in for a name left empty,
/// hashed, so that anonymous students stay apart).
pub fn statements_of(config: &Config, quiz: &Quiz, record: &ResultRecord, key: &str, now: u64) -> Option<String> {
    config.lrs_url.as_ref()?;
    let home_page = config.public_url.as_str();
    let name = record.name.trim();
    let account = if name.is_empty() {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(key.as_bytes());
        let short: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
        format!("{:08x}/anonymous-{short}", record.assignment)
    } else {
        format!("{:08x}/{name}", record.assignment)
    };
    let learner = Learner { home_page, account: &account, name };
    let activity = format!("{home_page}#{}", quiz.slug);
    let mut new_id = || {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).expect("the operating system gives random bytes");
        u128::from_le_bytes(bytes)
    };
    let statements = xapi::hand_in_statements(quiz, record, &learner, &activity, &timestamp(now), &mut new_id);
    serde_json::to_string(&statements).ok()
}

/// Milliseconds since the Unix epoch as RFC 3339 in UTC, to the millisecond.
fn timestamp(ms: u64) -> String {
    let nanos = i128::from(ms) * 1_000_000;
    match time::OffsetDateTime::from_unix_timestamp_nanos(nanos) {
        Ok(t) => format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second(),
            t.millisecond()
        ),
        Err(_) => "1970-01-01T00:00:00.000Z".to_owned(),
    }
}

/// Posts the statements waiting in the outbox to the LRS, until the server stops (does
/// nothing when the server does not forward).
pub async fn forward<S: Store>(app: Arc<App<S>>) {
    let Some(url) = app.config.lrs_url.clone() else { return };
    // No redirects: one would turn the POST into a GET, answered 200, and the statements
    // would be taken for stored.
    let built =
        reqwest::Client::builder().timeout(Duration::from_secs(30)).redirect(reqwest::redirect::Policy::none()).build();
    let client = match built {
        Ok(client) => client,
        Err(error) => {
            tracing::error!(%error, "cannot forward to the LRS: no HTTP client");
            return;
        }
    };
    let mut pause = FIRST_PAUSE;
    // After a batch refused as such, one hand-in at a time until one is taken.
    let mut one_by_one = false;
    loop {
        match forward_once(&app, &client, &url, if one_by_one { 1 } else { BATCH }).await {
            Ok(0) => {
                pause = FIRST_PAUSE;
                one_by_one = false;
                tokio::time::sleep(POLL).await;
            }
            Ok(_) => {
                pause = FIRST_PAUSE;
                one_by_one = false;
            }
            Err(Refused::Batch) => one_by_one = true,
            Err(Refused::Again(why)) => {
                tracing::warn!(seconds = pause.as_secs(), "the LRS did not take the statements; trying again: {why}");
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(LONGEST_PAUSE);
            }
        }
    }
}

/// Why a batch was not taken: to be tried again later, or refused for what it holds.
enum Refused {
    Again(String),
    Batch,
}

/// One batch of at most `limit` hand-ins: how many the LRS took or were set aside (0:
/// none waited).
async fn forward_once<S: Store>(
    app: &App<S>,
    client: &reqwest::Client,
    url: &LrsUrl,
    limit: u32,
) -> Result<usize, Refused> {
    use reqwest::StatusCode as Status;
    let now = app.now();
    let until = now + LEASE_MS;
    let database = |e: sqlx::Error| Refused::Again(e.to_string());
    let batch = app.store.claim_outgoing(now, until, limit).await.map_err(database)?;
    if batch.is_empty() {
        return Ok(0);
    }
    let ids: Vec<i64> = batch.iter().map(|o| o.id).collect();
    let mut statements: Vec<Value> = Vec::new();
    for outgoing in &batch {
        // Written by this server; one that does not read is sent as nothing, not retried.
        match serde_json::from_str::<Vec<Value>>(&outgoing.statements) {
            Ok(some) => statements.extend(some),
            Err(error) => tracing::error!(%error, "a hand-in's statements in the outbox do not read; dropped"),
        }
    }
    if statements.is_empty() {
        app.store.settle_outgoing(&ids, until, Settle::Sent).await.map_err(database)?;
        return Ok(batch.len());
    }
    let config = &app.config;
    let mut request = client
        .post(format!("{}statements", url.as_str()))
        .header("X-Experience-API-Version", XAPI_VERSION)
        .json(&statements);
    let password = config.lrs_password.as_ref().map(|p| p.0.as_str()).filter(|p| !p.is_empty());
    if !config.lrs_user.is_empty() || password.is_some() {
        request = request.basic_auth(&config.lrs_user, password);
    }
    let refused_as_such = |status: Status| {
        matches!(status, Status::BAD_REQUEST | Status::PAYLOAD_TOO_LARGE | Status::UNPROCESSABLE_ENTITY)
    };
    let (settle, answer) = match request.send().await {
        // A 409: the LRS has statements of these ids (a batch sent again).
        Ok(response) if response.status().is_success() || response.status() == Status::CONFLICT => {
            (Settle::Sent, Ok(batch.len()))
        }
        // Refused for what it holds: sent again one hand-in at a time; a hand-in refused
        // on its own is set aside.
        Ok(response) if refused_as_such(response.status()) && batch.len() > 1 => (Settle::Retry, Err(Refused::Batch)),
        Ok(response) if refused_as_such(response.status()) => {
            let status = response.status();
            tracing::error!(%status, "the LRS refused a hand-in's statements; kept in the outbox, not sent again");
            (Settle::Park, Ok(1))
        }
        Ok(response) => (Settle::Retry, Err(Refused::Again(format!("it answered {}", response.status())))),
        // Without the URL, which the error would repeat on every try.
        Err(error) => (Settle::Retry, Err(Refused::Again(error.without_url().to_string()))),
    };
    app.store.settle_outgoing(&ids, until, settle).await.map_err(database)?;
    if settle == Settle::Sent {
        tracing::info!(hand_ins = batch.len(), statements = statements.len(), "forwarded to the LRS");
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_written_as_rfc_3339_in_utc() {
        assert_eq!(timestamp(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(timestamp(1_800_000_000_123), "2027-01-15T08:00:00.123Z");
    }

    #[test]
    fn an_lrs_url_is_an_absolute_endpoint_without_credentials() {
        assert!("https://lrs.example.org/xAPI/".parse::<LrsUrl>().is_ok());
        assert!("http://127.0.0.1:8100/xAPI/".parse::<LrsUrl>().is_ok(), "in the clear on this machine only");
        for bad in [
            "lrs.example.org/xAPI/",
            "https://lrs.example.org/xAPI",
            "https://u:p@lrs.example.org/",
            "ftp://x/",
            "http://lrs.example.org/xAPI/",
        ] {
            assert!(bad.parse::<LrsUrl>().is_err(), "{bad}");
        }
        assert_eq!(format!("{:?}", "hunter2".parse::<LrsPassword>().unwrap()), "[hidden]");
    }
}
