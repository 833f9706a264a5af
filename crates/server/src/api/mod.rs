//! `/api/v1`: the quizzes served, and teachers' classes with their students' hand-ins
//! ([`classes`]). Requests and answers are the core's [`article_quiz_core::api`] types;
//! every refusal is an [`crate::error::ApiError`].
//!
//! Any page may call it (CORS allows every origin): nothing is sent with cookies, a
//! class is reached only by its unguessable id, and what only its teacher may do needs
//! the teacher's secret in an `Authorization: Bearer` header.

mod classes;

use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{Method, header};
use axum::routing::{delete, get, post};
use tower_http::cors::{Any, CorsLayer};

use article_quiz_core::api::QuizSummary;

use crate::error::{ApiError, Json};
use crate::{App, Store};

pub fn router<S: Store>(body_limit: usize) -> Router<Arc<App<S>>> {
    Router::new()
        .route("/quizzes", get(quizzes::<S>))
        .route("/classes", post(classes::create::<S>))
        .route("/classes/{class}", get(classes::open::<S>).delete(classes::delete_class::<S>))
        .route("/classes/{class}/hand-ins", post(classes::hand_in::<S>).get(classes::hand_ins::<S>))
        .route("/classes/{class}/hand-ins/{hand_in}", delete(classes::delete_hand_in::<S>))
        .fallback(|| async { ApiError::NoRoute })
        .method_not_allowed_fallback(|| async { ApiError::NoMethod })
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(
            CorsLayer::new()
                .allow_origin(Any)
                .allow_methods([Method::GET, Method::POST, Method::DELETE])
                .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION]),
        )
}

/// The quizzes this server accepts results for.
async fn quizzes<S: Store>(State(app): State<Arc<App<S>>>) -> Json<Vec<QuizSummary>> {
    Json(app.quizzes.summaries())
}
