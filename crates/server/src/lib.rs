//! Article Quiz's results server: the built site, and the results that reach people
//! (a class's hand-ins), kept in a database of the server's operator (a SQLite file on
//! its own machine, or PostgreSQL shared by several instances) and sent nowhere else, but
//! for hand-ins to a learning record store its operator names ([`lrs`]).
//!
//! One [`App`] (the configuration, the store, the quizzes served, the clock) is axum's
//! state; [`router`] builds one `Router` from a router per part: the API ([`api`]), the
//! health check and the site ([`site`]). The quiz's decoders and validator are the core's
//! (`article-quiz-core`); the requests and answers are its [`article_quiz_core::api`]
//! types, so that the fuzz targets reach them without this crate's runtime.

pub mod api;
pub mod config;
pub mod error;
pub mod limit;
pub mod lrs;
pub mod quizzes;
pub mod secret;
pub mod site;
pub mod store;

use std::sync::Arc;
use std::time::Duration;

use axum::error_handling::HandleErrorLayer;
use axum::extract::{MatchedPath, State};
use axum::http::header::X_CONTENT_TYPE_OPTIONS;
use axum::http::{HeaderValue, Request, StatusCode};
use axum::routing::{any, get};
use axum::{BoxError, Router};
use tower::ServiceBuilder;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

use error::ApiError;

pub use config::{Config, DatabaseUrl, FrameAncestors, Origin, PublicUrl};
pub use quizzes::Quizzes;
pub use store::Store;

/// The longest a request may take.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// Milliseconds since the Unix epoch; the server's clock, an argument so that tests can
/// move it.
pub type Clock = Arc<dyn Fn() -> u64 + Send + Sync>;

/// The system's clock.
pub fn system_clock() -> Clock {
    Arc::new(|| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64))
}

/// What every handler shares.
pub struct App<S> {
    pub config: Config,
    pub store: S,
    pub quizzes: Quizzes,
    pub clock: Clock,
    /// Each quiz's stats as last worked out by this instance (`--stats-seconds`).
    pub stats: api::StatsCache,
}

impl<S> App<S> {
    pub fn now(&self) -> u64 {
        (self.clock)()
    }
}

/// The whole server: the API under `/api/v1`, `/healthz`, and the site for every other path.
pub fn router<S: Store>(app: Arc<App<S>>) -> Router {
    // One count of the requests under way, for the API and the rest alike.
    let in_flight = InFlight::new(app.config.max_in_flight);
    let rest = Router::new()
        // Any other address under /api is the API's too: a refusal in JSON, not the site's 404.
        .route("/api", any(|| async { ApiError::NoRoute }))
        .route("/api/{*rest}", any(|| async { ApiError::NoRoute }))
        .fallback_service(site::service(&app.config.dist, &app.config.public_url, &app.config.frame_ancestors));
    Router::new()
        // The API sheds load inside its CORS layer, so that a page of another origin is
        // shown the 503 and its Retry-After, not a network error.
        .nest("/api/v1", api::router(&app.config, &in_flight))
        .merge(in_flight.shed(rest))
        // Not counted: a busy server is still up, and a load balancer that asks should
        // not take it out of service for that.
        .route("/healthz", get(healthz::<S>))
        // One line per request: its method, the route it matched (never the path itself,
        // which may hold a class's id) and, when it ends, its status and duration. No
        // address, header or body is logged.
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request<_>| {
                    let route = request.extensions().get::<MatchedPath>().map_or("site", MatchedPath::as_str);
                    tracing::info_span!("request", method = %request.method(), route)
                })
                .on_request(())
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        // No browser reads a response as another type than it says (a JSON refusal or a
        // hand-in as HTML, say).
        .layer(axum::middleware::map_response(|mut response: axum::response::Response| async {
            response.headers_mut().insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
            response
        }))
        .with_state(app)
}

/// The requests under way, counted across the whole server (but for the API's CORS
/// preflights, which its CORS layer answers, and `/healthz`): past `--max-in-flight`, a new
/// one is refused at once rather than queued (memory and waits stay bounded when more
/// comes than the machine can take); a request that takes longer than
/// [`REQUEST_TIMEOUT`] is cut. Both are 503s with `Retry-After`, which the client may
/// retry.
#[derive(Clone)]
pub struct InFlight(Arc<tokio::sync::Semaphore>);

impl InFlight {
    pub fn new(max: usize) -> Self {
        Self(Arc::new(tokio::sync::Semaphore::new(max.max(1))))
    }

    /// `router` with its requests counted, and refused or cut as above.
    pub fn shed<T: Clone + Send + Sync + 'static>(&self, router: Router<T>) -> Router<T> {
        router.layer(
            ServiceBuilder::new()
                .layer(HandleErrorLayer::new(|error: BoxError| async move {
                    if error.is::<tower::load_shed::error::Overloaded>() {
                        ApiError::Busy("the server is busy; try again")
                    } else {
                        ApiError::Busy("the server took too long to answer; try again")
                    }
                }))
                .load_shed()
                .layer(tower::limit::GlobalConcurrencyLimitLayer::with_semaphore(self.0.clone()))
                .timeout(REQUEST_TIMEOUT),
        )
    }
}

/// Whether the server can reach its database, within [`REQUEST_TIMEOUT`].
async fn healthz<S: Store>(State(app): State<Arc<App<S>>>) -> (StatusCode, &'static str) {
    match tokio::time::timeout(REQUEST_TIMEOUT, app.store.ping()).await {
        Ok(Ok(())) => (StatusCode::OK, "ok\n"),
        Ok(Err(error)) => {
            tracing::error!(%error, "the database did not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "the database did not answer\n")
        }
        Err(_) => {
            tracing::error!("the database did not answer within {} s", REQUEST_TIMEOUT.as_secs());
            (StatusCode::SERVICE_UNAVAILABLE, "the database did not answer\n")
        }
    }
}

/// Deletes expired classes, and readers' rows older than `--reader-days`, now and then,
/// until the server stops.
pub async fn purge_old<S: Store>(app: Arc<App<S>>, every: Duration) {
    use article_quiz_core::api::DAY_MS;
    let mut ticks = tokio::time::interval(every);
    loop {
        ticks.tick().await;
        let now = app.now();
        match app.store.purge_expired_classes(now).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(classes = n, "deleted expired classes"),
            Err(error) => tracing::error!(%error, "could not delete expired classes"),
        }
        let first_day_kept = (now / DAY_MS).saturating_sub(u64::from(app.config.reader_days));
        match app.store.purge_readings(i64::try_from(first_day_kept).unwrap_or(i64::MAX)).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(readers = n, "deleted old readers' rows"),
            Err(error) => tracing::error!(%error, "could not delete old readers' rows"),
        }
    }
}
