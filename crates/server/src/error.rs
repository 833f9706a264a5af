//! Every refusal and failure of the API, as one type: a status and a sentence for the
//! person who made the request ([`article_quiz_core::api::Refusal`]). A database or other
//! internal error is logged and answered with a plain 500, never shown.

use axum::extract::rejection::{JsonRejection, PathRejection};
use axum::extract::{FromRequest, FromRequestParts};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use article_quiz_core::api::Refusal;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The request itself is wrong: its body is not the JSON asked for, or too large.
    #[error("{1}")]
    Malformed(StatusCode, String),
    /// The request is well formed but cannot be taken, for this reason.
    #[error("{0}")]
    Refused(String),
    #[error("this class was deleted or has expired, or its link is mistyped")]
    NoClass,
    #[error("this server has no quiz of that name")]
    NoQuiz,
    #[error("this server's newsroom view is closed: it was started without an admin token")]
    NoAdmin,
    #[error("this needs the server's admin token, and it is missing or wrong")]
    NotAdmin,
    #[error("there is no such hand-in in this class")]
    NoHandIn,
    #[error("there is no such address in this API")]
    NoRoute,
    #[error("this address does not take that method")]
    NoMethod,
    /// This client made as many writes as it may in a minute; it may again in so many
    /// seconds (limit.rs).
    #[error("too many requests from your address; try again in {0} s")]
    TooMany(u64),
    /// The server will not take it now; the client may try again later.
    #[error("{0}")]
    Busy(&'static str),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

pub type ApiResult<T> = Result<T, ApiError>;

/// How long a client waits before it tries a [`ApiError::Busy`] request again.
const RETRY_AFTER_SECONDS: &str = "60";
/// How long it waits when the database did not answer: a restart or a fail-over is
/// a matter of seconds.
const RETRY_AFTER_DATABASE: &str = "5";

/// A database error the client may retry, as the sentence it is told and its wait: the
/// database did not answer (down, restarting, its connections gone or all busy), or it has
/// no room left (SQLite's `SQLITE_FULL`, also past `--sqlite-max-mb`; PostgreSQL's
/// `disk_full`). Anything else is the server's own failure, a 500.
fn unavailable(error: &sqlx::Error) -> Option<(&'static str, &'static str)> {
    const DOWN: &str = "the server's database is not answering; try again in a few seconds";
    const FULL: &str = "the server has no room left to keep this; try again later";
    match error {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_) => {
            Some((DOWN, RETRY_AFTER_DATABASE))
        }
        sqlx::Error::Database(error) => match error.code().as_deref() {
            // SQLite's result codes: SQLITE_FULL (13); SQLITE_BUSY (5) and SQLITE_LOCKED (6),
            // and their extended codes, past the busy timeout.
            Some("13") => Some((FULL, RETRY_AFTER_SECONDS)),
            Some("5" | "6" | "261" | "262" | "517" | "773") => Some((DOWN, RETRY_AFTER_DATABASE)),
            // PostgreSQL's SQLSTATEs: insufficient resources (53…), the server shutting
            // down or not yet up (57P01–57P03), a connection lost (08…).
            Some(state) if state.starts_with("53") => Some((FULL, RETRY_AFTER_SECONDS)),
            Some(state) if matches!(state, "57P01" | "57P02" | "57P03") || state.starts_with("08") => {
                Some((DOWN, RETRY_AFTER_DATABASE))
            }
            _ => None,
        },
        _ => None,
    }
}

impl ApiError {
    fn status(&self) -> StatusCode {
        match self {
            ApiError::Database(error) if unavailable(error).is_some() => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Malformed(status, _) => *status,
            ApiError::Refused(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::NoClass | ApiError::NoHandIn | ApiError::NoRoute | ApiError::NoQuiz | ApiError::NoAdmin => {
                StatusCode::NOT_FOUND
            }
            ApiError::NoMethod => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::NotAdmin => StatusCode::UNAUTHORIZED,
            ApiError::TooMany(_) => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Busy(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Database(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (error, retry_after) = match &self {
            ApiError::Database(error) => match unavailable(error) {
                Some((why, after)) => {
                    tracing::warn!(%error, "the database could not take a request");
                    (why.to_owned(), Some(after))
                }
                None => {
                    tracing::error!(%error, "database error");
                    ("something went wrong on the server; try again later".to_owned(), None)
                }
            },
            ApiError::Busy(why) => ((*why).to_owned(), Some(RETRY_AFTER_SECONDS)),
            other => (other.to_string(), None),
        };
        let mut response = (self.status(), axum::Json(Refusal { error })).into_response();
        if let Some(after) = retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static(after));
        }
        if let ApiError::TooMany(seconds) = self {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        let status = rejection.status();
        let why = match status {
            StatusCode::PAYLOAD_TOO_LARGE => "the request is larger than this server accepts".to_owned(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => "the request must be JSON (Content-Type: application/json)".into(),
            _ => format!("the request is not what this server expects: {}", rejection.body_text()),
        };
        ApiError::Malformed(status, why)
    }
}

impl From<PathRejection> for ApiError {
    fn from(rejection: PathRejection) -> Self {
        ApiError::Malformed(
            rejection.status(),
            format!("the address is not one this server knows: {}", rejection.body_text()),
        )
    }
}

/// The address's parameters, refused as an [`ApiError`] when they do not parse.
#[derive(Debug, FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct Path<T>(pub T);

/// A JSON body, refused as an [`ApiError`] (a sentence in JSON) when it is not one.
#[derive(Debug, FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct Json<T>(pub T);

impl<T: serde::Serialize> IntoResponse for Json<T> {
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}
