//! The server's settings: flags, or the environment variables named beside them.

use std::net::SocketAddr;
use std::path::PathBuf;

use axum::http::Uri;
use clap::Parser;

use crate::lrs::{LrsPassword, LrsUrl};
use crate::secret::Secret;

/// Article Quiz's results server: serves the built site and keeps a class's hand-ins in
/// a SQLite file, or in PostgreSQL. Nothing it keeps is sent anywhere else, but for
/// hand-ins to the learning record store that `--lrs-url` names.
#[derive(Debug, Clone, Parser)]
#[command(name = "article-quiz-server", version)]
pub struct Config {
    /// The address to listen on. Put a reverse proxy with TLS in front of it on the web.
    #[arg(long, env = "ARTICLE_QUIZ_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    /// The built site (scripts/build's dist/), served at /.
    #[arg(long, env = "ARTICLE_QUIZ_DIST", default_value = "dist")]
    pub dist: PathBuf,

    /// The folder of the quizzes the server accepts results for: quiz folders and
    /// `.aqz` bundles, each checked by the validator at start-up.
    #[arg(long, env = "ARTICLE_QUIZ_QUIZZES", default_value = "quizzes")]
    pub quizzes: PathBuf,

    /// The SQLite database file; created, with its folder, on first start. Not used when
    /// `--database-url` names a PostgreSQL database.
    #[arg(long, env = "ARTICLE_QUIZ_DATABASE", default_value = "data/article-quiz.sqlite3")]
    pub database: PathBuf,

    /// The most the SQLite file may grow to, in mebibytes (by default, as much as the disk
    /// holds). Past it, or with the disk full, writes are refused with 503 and Retry-After
    /// and reads go on; writing resumes once deletions or a larger limit make room.
    #[arg(long, env = "ARTICLE_QUIZ_SQLITE_MAX_MB")]
    pub sqlite_max_mb: Option<u32>,

    /// A PostgreSQL database instead of the SQLite file, which several instances of the
    /// server may share: `postgres://USER:PASSWORD@HOST:PORT/DATABASE`. Give it in the
    /// environment, where `ps` does not show its password.
    #[arg(long, env = "ARTICLE_QUIZ_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<DatabaseUrl>,

    /// The largest request body accepted, in bytes.
    #[arg(long, env = "ARTICLE_QUIZ_BODY_LIMIT", default_value_t = 16 * 1024)]
    pub body_limit: usize,

    /// The most classes the server makes in an hour, all teachers together (a later one
    /// is refused with 503 and Retry-After).
    #[arg(long, env = "ARTICLE_QUIZ_CLASSES_PER_HOUR", default_value_t = 1000)]
    pub classes_per_hour: u32,

    /// The most writes (answers, hand-ins, classes made or deleted) one client may make
    /// a minute, in a burst or spread out (0: no limit); past it, 429 with Retry-After.
    /// Counted per instance, by a salted hash of the client's address, which is not kept.
    #[arg(long, env = "ARTICLE_QUIZ_WRITES_PER_MINUTE", default_value_t = 300)]
    pub writes_per_minute: u32,

    /// The reverse proxies (IP addresses, comma-separated) whose `X-Forwarded-For` names
    /// the client. From any other peer the header is ignored: behind a proxy not named
    /// here, all its clients count as one.
    #[arg(long, env = "ARTICLE_QUIZ_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<std::net::IpAddr>,

    /// The most requests under way at once; one more is refused at once with 503 and
    /// Retry-After instead of waiting in a queue that would grow without end.
    #[arg(long, env = "ARTICLE_QUIZ_MAX_IN_FLIGHT", default_value_t = 512)]
    pub max_in_flight: usize,

    /// The most hand-ins one class holds.
    #[arg(long, env = "ARTICLE_QUIZ_HAND_INS_PER_CLASS", default_value_t = 1000)]
    pub hand_ins_per_class: u32,

    /// How many first answers a question needs (and how many finishes the scores) before
    /// readers are shown how others answered.
    #[arg(long, env = "ARTICLE_QUIZ_MIN_ANSWERS", default_value_t = 20)]
    pub min_answers: u32,

    /// Seconds one instance reuses the stats it worked out for a quiz before it works them
    /// out again (0: every request). The stats are sent as `public, max-age=60`, so a
    /// browser or CDN may already show them a minute old; this only spares the database.
    #[arg(long, env = "ARTICLE_QUIZ_STATS_SECONDS", default_value_t = 5)]
    pub stats_seconds: u32,

    /// Days a reader's page view and answers are kept (the newsroom's view counts them).
    #[arg(long, env = "ARTICLE_QUIZ_READER_DAYS", default_value_t = 400)]
    pub reader_days: u32,

    /// The token that opens the newsroom's view (`Authorization: Bearer TOKEN`); without
    /// one, the view is closed. Give it in the environment, where `ps` does not show it.
    #[arg(long, env = "ARTICLE_QUIZ_ADMIN_TOKEN", hide_env_values = true)]
    pub admin_token: Option<Secret>,

    /// How long a stop waits for requests under way, in seconds, before it cuts them.
    #[arg(long, env = "ARTICLE_QUIZ_SHUTDOWN_SECONDS", default_value_t = 10)]
    pub shutdown_seconds: u64,

    /// The server's address as a page's widget reaches it, named in every page it serves
    /// (`<meta name="article-quiz-server">`): `/`, the page's own origin, or an absolute
    /// http(s) URL ending in `/`, such as `https://quiz.example.org/`.
    #[arg(long, env = "ARTICLE_QUIZ_PUBLIC_URL", default_value = "/")]
    pub public_url: PublicUrl,

    /// The sites that may show the widget's page in a frame (its CSP's `frame-ancestors`):
    /// `*` (any site, the default: news sites embed the quiz with an iframe), or a list of
    /// sources separated by spaces, such as `'self' https://news.example`. The teacher's
    /// and the embed-code (newsroom) pages may be framed by none.
    #[arg(long, env = "ARTICLE_QUIZ_FRAME_ANCESTORS", default_value = "*")]
    pub frame_ancestors: FrameAncestors,

    /// The origins (`https://school.example`, comma-separated) of pages other than this
    /// server's own that may call the class and admin routes (make a class, read or delete
    /// its hand-ins, the newsroom's view) from a browser. By default none: only the
    /// teacher's and embed-code pages this server serves. The reader routes (answers,
    /// stats, hand-ins, bundles) are open to any origin.
    #[arg(long, env = "ARTICLE_QUIZ_TEACHER_ORIGINS", value_delimiter = ',')]
    pub teacher_origins: Vec<Origin>,

    /// A learning record store to forward students' hand-ins to, as xAPI statements: its
    /// xAPI endpoint, an absolute http(s) URL ending in `/` (statements go to its
    /// `statements`). Needs an absolute `--public-url`, which names the learners' accounts
    /// and the quizzes' activities. Without it, nothing is forwarded.
    #[arg(long, env = "ARTICLE_QUIZ_LRS_URL")]
    pub lrs_url: Option<LrsUrl>,

    /// The LRS's user, for HTTP basic authentication.
    #[arg(long, env = "ARTICLE_QUIZ_LRS_USER", default_value = "")]
    pub lrs_user: String,

    /// The LRS's password. Give it in the environment, where `ps` does not show it.
    #[arg(long, env = "ARTICLE_QUIZ_LRS_PASSWORD", hide_env_values = true)]
    pub lrs_password: Option<LrsPassword>,
}

/// The server's public base address: `/` or an absolute http(s) URL ending in `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicUrl(String);

impl PublicUrl {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for PublicUrl {
    /// The page's own origin.
    fn default() -> Self {
        PublicUrl("/".to_owned())
    }
}

impl std::str::FromStr for PublicUrl {
    type Err = &'static str;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        const WHAT: &str = "the public URL is `/` or an absolute http:// or https:// URL ending in `/`, \
                            such as https://quiz.example.org/";
        if text == "/" {
            return Ok(PublicUrl::default());
        }
        let uri: Uri = text.parse().map_err(|_| WHAT)?;
        let absolute = matches!(uri.scheme_str(), Some("http" | "https"))
            // A host, and no user or password, which every reader's page would show.
            && uri.authority().is_some_and(|authority| !authority.host().is_empty() && !authority.as_str().contains('@'))
            && uri.query().is_none();
        if absolute && text.ends_with('/') { Ok(PublicUrl(text.to_owned())) } else { Err(WHAT) }
    }
}

/// The sources of a CSP `frame-ancestors` directive: `*`, `'self'`, `'none'`, or scheme and
/// host sources (`https:`, `https://news.example`, `https://*.news.example:8443`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameAncestors(String);

impl FrameAncestors {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for FrameAncestors {
    fn default() -> Self {
        FrameAncestors("*".to_owned())
    }
}

impl std::str::FromStr for FrameAncestors {
    type Err = &'static str;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        const WHAT: &str = "the frame ancestors are `*`, `'self'`, `'none'` or sources such as \
                            https://news.example, separated by spaces";
        let sources: Vec<&str> = text.split_ascii_whitespace().collect();
        let source_ok = |source: &&str| {
            matches!(*source, "*" | "'self'" | "'none'")
                || (source.contains(':')
                    && source.bytes().all(|b| b.is_ascii_alphanumeric() || b".-_:/*[]".contains(&b)))
        };
        let none_alone = !sources.contains(&"'none'") || sources.len() == 1;
        if !sources.is_empty() && sources.iter().all(source_ok) && none_alone {
            Ok(FrameAncestors(sources.join(" ")))
        } else {
            Err(WHAT)
        }
    }
}

/// A web origin: `http://` or `https://`, a host, perhaps a port, and nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin(String);

impl Origin {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for Origin {
    type Err = &'static str;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        const WHAT: &str = "an origin is http:// or https:// and a host, perhaps with a port, such as \
                            https://school.example (no path, no slash at the end)";
        let text = text.trim();
        let uri: Uri = text.parse().map_err(|_| WHAT)?;
        let ok = matches!(uri.scheme_str(), Some("http" | "https"))
            && uri.authority().is_some_and(|a| !a.host().is_empty() && !a.as_str().contains('@'))
            && uri.path_and_query().is_none_or(|p| p.as_str().is_empty() || p.as_str() == "/")
            && !text.ends_with('/');
        if ok { Ok(Origin(text.to_ascii_lowercase())) } else { Err(WHAT) }
    }
}

/// A PostgreSQL database's URL. It may hold a password: its `Debug` shows only that it is
/// one, so that it cannot reach a log line by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    /// The URL itself, for the database's driver alone.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DatabaseUrl(postgres://[hidden])")
    }
}

impl std::str::FromStr for DatabaseUrl {
    type Err = &'static str;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            Ok(DatabaseUrl(text.to_owned()))
        } else {
            Err("the database URL names a PostgreSQL database: postgres://USER:PASSWORD@HOST:PORT/DATABASE \
                 (for a SQLite file, give --database FILE)")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::DatabaseUrl;

    #[test]
    fn a_database_url_is_postgres_and_its_debug_hides_it() {
        let url: DatabaseUrl = "postgres://quiz:hunter2-password@db.internal:5432/quiz".parse().unwrap();
        assert_eq!(url.expose(), "postgres://quiz:hunter2-password@db.internal:5432/quiz");
        let shown = format!("{url:?}");
        assert!(!shown.contains("hunter2") && !shown.contains("db.internal"), "{shown}");
        assert!("postgresql://localhost/quiz".parse::<DatabaseUrl>().is_ok());
        for wrong in ["data/article-quiz.sqlite3", "sqlite://data/x.sqlite3", "mysql://db/quiz", ""] {
            assert!(wrong.parse::<DatabaseUrl>().is_err(), "{wrong}");
        }
    }
}
