//! `/api/v1`: the quizzes served, and teachers' classes with their students' hand-ins
//! ([`classes`]). Requests and answers are the core's [`article_quiz_core::api`] types;
//! every refusal is an [`crate::error::ApiError`]. Each handler's `#[utoipa::path]` says
//! all of that for the OpenAPI document ([`openapi`]).
//!
//! Any page may call it (CORS allows every origin): nothing is sent with cookies, a
//! class is reached only by its unguessable id, and what only its teacher may do needs
//! the teacher's secret in an `Authorization: Bearer` header.

mod classes;
pub mod openapi;
mod readers;

pub use readers::StatsCache;

use std::num::NonZeroU32;
use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, Method, header};
use axum::routing::{any, delete, get, post};
use tower_http::cors::{AllowOrigin, CorsLayer};

use article_quiz_core::api::QuizSummary;

use crate::error::{ApiError, Json, Path};
use crate::limit::{WriteLimit, limit_writes};
use crate::secret::Secret;
use crate::{App, Store};
use openapi::{BadAddress, Busy};

pub fn router<S: Store>(config: &crate::Config, in_flight: &crate::InFlight) -> Router<Arc<App<S>>> {
    let teachers: Vec<String> = config.teacher_origins.iter().map(|o| o.as_str().to_owned()).collect();
    let router = Router::new()
        .route("/quizzes", get(quizzes::<S>))
        .route("/quizzes/{quiz}/bundle", get(bundle::<S>))
        .route("/openapi.json", get(openapi::document))
        .route("/quizzes/{quiz}/events", post(readers::add_events::<S>))
        .route("/quizzes/{quiz}/stats", get(readers::stats::<S>))
        .route("/quizzes/{quiz}/report", get(readers::report::<S>))
        .route("/quizzes/{quiz}/report.csv", get(readers::report_csv::<S>))
        .route("/classes", post(classes::create::<S>))
        .route("/classes/{class}", get(classes::open::<S>).delete(classes::delete_class::<S>))
        .route("/classes/{class}/hand-ins", post(classes::hand_in::<S>).get(classes::hand_ins::<S>))
        .route("/classes/{class}/hand-ins/{hand_in}", delete(classes::delete_hand_in::<S>))
        // Every other address under /api/v1: here, not the outer router's `/api/{*rest}`
        // (which axum would pick over this router's fallback), so inside CORS.
        .route("/{*rest}", any(|| async { ApiError::NoRoute }))
        .fallback(|| async { ApiError::NoRoute })
        .method_not_allowed_fallback(|| async { ApiError::NoMethod });
    // Inside CORS, so that a page is shown its 429 and Retry-After.
    let router = match NonZeroU32::new(config.writes_per_minute) {
        Some(per_minute) => {
            let limit = Arc::new(WriteLimit::new(per_minute, config.trusted_proxies.clone()));
            router.layer(axum::middleware::from_fn_with_state(limit, limit_writes))
        }
        None => router,
    };
    // Inside CORS too: a page of another origin is shown a 503 and its Retry-After.
    // (A preflight is answered by the CORS layer, outside the count.)
    in_flight.shed(router).layer(DefaultBodyLimit::max(config.body_limit)).layer(
        CorsLayer::new()
            // Readers' routes to any page; a class's teacher's and the newsroom's only to
            // the origins named (a page this server serves needs no CORS).
            .allow_origin(AllowOrigin::predicate(move |origin, request| {
                let method = match request.method {
                    Method::OPTIONS => request
                        .headers
                        .get(header::ACCESS_CONTROL_REQUEST_METHOD)
                        .and_then(|m| Method::from_bytes(m.as_bytes()).ok())
                        .unwrap_or(Method::OPTIONS),
                    ref method => method.clone(),
                };
                !for_teachers(&method, request.uri.path())
                    || origin.to_str().is_ok_and(|o| teachers.iter().any(|t| t.eq_ignore_ascii_case(o)))
            }))
            .allow_methods([Method::GET, Method::POST, Method::DELETE])
            .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION])
            // A page of another origin may read how long a 429 or a 503 asks it to wait
            // (embed/results.js waits that long before it sends again).
            .expose_headers([header::RETRY_AFTER])
            // A browser asks once in two hours, not before every answer a reader checks.
            .max_age(std::time::Duration::from_secs(2 * 60 * 60)),
    )
}

/// Whether `method` on `path` (under `/api/v1`) is a class's teacher's or the newsroom's:
/// making a class, reading or deleting its hand-ins, deleting it, the newsroom's view.
fn for_teachers(method: &Method, path: &str) -> bool {
    let path = path.strip_prefix("/api/v1").unwrap_or(path);
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    match parts.as_slice() {
        ["classes"] => true,
        ["classes", _] => method != Method::GET,
        ["classes", _, "hand-ins"] => method != Method::POST,
        ["classes", _, "hand-ins", _] => true,
        ["quizzes", _, report] => matches!(*report, "report" | "report.csv"),
        _ => false,
    }
}

/// The secret in an `Authorization: Bearer` header; the scheme's name in any case
/// (RFC 9110, 11.1).
fn bearer(headers: &HeaderMap) -> Option<Secret> {
    let (scheme, secret) = headers.get(header::AUTHORIZATION)?.to_str().ok()?.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| Secret::from_header(secret.trim()))
}

/// The quizzes this server accepts results for.
#[utoipa::path(
    get,
    path = "/api/v1/quizzes",
    tag = "quizzes",
    responses((status = 200, description = "Each quiz's slug, title and number of questions", body = [QuizSummary]), Busy)
)]
async fn quizzes<S: Store>(State(app): State<Arc<App<S>>>) -> Json<Vec<QuizSummary>> {
    Json(app.quizzes.summaries())
}

/// A quiz's bundle (the `.aqz` format), for the teacher's page and the student widget to
/// show a quiz of this server's: `?quiz=` of the widget takes this address.
#[utoipa::path(
    get,
    path = "/api/v1/quizzes/{quiz}/bundle",
    tag = "quizzes",
    params(("quiz" = String, Path, description = "The quiz's slug, one `GET /api/v1/quizzes` lists")),
    responses(
        (status = 200, description = "The quiz's bundle", content_type = "application/octet-stream", body = Vec<u8>, headers(
            ("Cache-Control" = String, description = "`no-cache`: a quiz's folder may change between starts"),
        )),
        (status = 404, description = "This server has no quiz of that name", body = article_quiz_core::api::Refusal),
        BadAddress, Busy,
    )
)]
async fn bundle<S: Store>(
    State(app): State<Arc<App<S>>>,
    Path(slug): Path<String>,
) -> Result<impl axum::response::IntoResponse, ApiError> {
    let bytes = app.quizzes.bundle(&slug).ok_or(ApiError::NoQuiz)?.to_vec();
    let headers = [(header::CONTENT_TYPE, "application/octet-stream"), (header::CACHE_CONTROL, "no-cache")];
    Ok((headers, bytes))
}
