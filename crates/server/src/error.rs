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
    /// The server will not take it now; the client may try again later.
    #[error("{0}")]
    Busy(&'static str),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

pub type ApiResult<T> = Result<T, ApiError>;

/// How long a client waits before it tries a [`ApiError::Busy`] request again.
const RETRY_AFTER_SECONDS: &str = "60";

impl ApiError {
    fn status(&self) -> StatusCode {
        match self {
            ApiError::Malformed(status, _) => *status,
            ApiError::Refused(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::NoClass | ApiError::NoHandIn | ApiError::NoRoute | ApiError::NoQuiz | ApiError::NoAdmin => {
                StatusCode::NOT_FOUND
            }
            ApiError::NoMethod => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::NotAdmin => StatusCode::UNAUTHORIZED,
            ApiError::Busy(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Database(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let error = match &self {
            ApiError::Database(error) => {
                tracing::error!(%error, "database error");
                "something went wrong on the server; try again later".to_owned()
            }
            other => other.to_string(),
        };
        let mut response = (self.status(), axum::Json(Refusal { error })).into_response();
        if matches!(self, ApiError::Busy(_)) {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static(RETRY_AFTER_SECONDS));
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
