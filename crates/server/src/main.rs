//! `article-quiz-server`: see the crate's documentation and README "Running the results
//! server".

use std::sync::Arc;
use std::time::Duration;

use clap::Parser;

use article_quiz_server::store::{AnyStore, Store};
use article_quiz_server::{App, Config, Quizzes};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .init();
    match run(Config::parse()).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("article-quiz-server: {why}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(config: Config) -> Result<(), String> {
    article_quiz_server::lrs::check(&config)?;
    let quizzes = Quizzes::load(&config.quizzes)?;
    let store = AnyStore::open(&config).await?;
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|why| format!("cannot listen on {}: {why}", config.listen))?;
    let address = listener.local_addr().map_err(|why| why.to_string())?;
    tracing::info!(quizzes = quizzes.len(), "serving {} at http://{address}/", config.dist.display());
    let deadline = Duration::from_secs(config.shutdown_seconds);
    let clock = article_quiz_server::system_clock();
    let app = Arc::new(App { config, store, quizzes, clock, stats: Default::default() });
    tokio::spawn(article_quiz_server::purge_old(app.clone(), Duration::from_secs(3600)));
    tokio::spawn(article_quiz_server::lrs::forward(app.clone()));
    // On a stop, requests under way have `deadline` to finish; then they are cut.
    let stopping = Arc::new(tokio::sync::Notify::new());
    let told = stopping.clone();
    let server = axum::serve(
        listener,
        article_quiz_server::router(app.clone()).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        stopped().await;
        tracing::info!("stopping");
        told.notify_one();
    });
    let cut = tokio::select! {
        served = server => {
            served.map_err(|why| why.to_string())?;
            false
        }
        () = async { stopping.notified().await; tokio::time::sleep(deadline).await } => true,
    };
    // The database closes once its connections come back; a request still holding one
    // past the deadline is left to the process's exit (a transaction not committed is
    // not acknowledged, and the database rolls it back).
    if cut || tokio::time::timeout(deadline, app.store.close()).await.is_err() {
        tracing::warn!(seconds = deadline.as_secs(), "requests still under way after the deadline were cut");
    }
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM: requests under way finish, then the server stops.
async fn stopped() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}
