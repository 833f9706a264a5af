//! What the server keeps, behind one interface: the handlers call a [`Store`], and each
//! database is one implementation of it ([`Sqlite`], [`Postgres`]; README "What the server
//! keeps" says what each table holds and for how long). [`AnyStore`] is the one the
//! configuration names, so that the handlers are built once for both.

mod group;
mod postgres;
mod sqlite;

use std::future::Future;

use article_quiz_core::api::HandIn;

use crate::Config;

pub use postgres::{CLASS_LOCK, Postgres};
pub use sqlite::Sqlite;

/// A class as kept: its teacher's secret only as a hash. Its `Debug` shows neither the id
/// (the student link) nor the hash.
#[derive(Clone, PartialEq, Eq)]
pub struct StoredClass {
    pub id: String,
    pub secret_hash: Vec<u8>,
    pub quiz: String,
    /// The assignment code its hand-ins answer.
    pub assignment: String,
    pub title: String,
    pub created_at: u64,
    pub expires_at: u64,
}

impl std::fmt::Debug for StoredClass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredClass")
            .field("quiz", &self.quiz)
            .field("created_at", &self.created_at)
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

/// What became of a class asked for: made, or refused because `limit` classes were
/// made in the last hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Created {
    New,
    TooMany,
}

/// What became of a hand-in: kept, the one kept before under the same key, refused
/// because the class holds its most, or refused because the class is gone (deleted
/// while the hand-in was on its way).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    New(HandIn),
    Again(HandIn),
    Full,
    NoClass,
}

/// A hand-in to keep: its key, the name in its code, the code, when it came, and its
/// xAPI statements (a JSON array) to forward to the learning record store, if the server
/// forwards: kept in the same transaction, so that a hand-in acknowledged is one that
/// will be forwarded.
#[derive(Clone, Copy)]
pub struct NewHandIn<'a> {
    pub key: &'a str,
    pub name: &'a str,
    pub code: &'a str,
    pub now: u64,
    pub statements: Option<&'a str>,
}

/// What became of statements sent to the learning record store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settle {
    Sent,
    Retry,
    Park,
}

impl Settle {
    /// The statement that settles one claimed row (`?1`/`$1` its id, `?2`/`$2` the claim).
    fn sql(self, postgres: bool) -> &'static str {
        match (self, postgres) {
            (Settle::Sent, false) => "DELETE FROM lrs_outbox WHERE id = ?1 AND claimed_until = ?2",
            (Settle::Retry, false) => "UPDATE lrs_outbox SET claimed_until = 0 WHERE id = ?1 AND claimed_until = ?2",
            (Settle::Park, false) => {
                "UPDATE lrs_outbox SET claimed_until = 9223372036854775807 WHERE id = ?1 AND claimed_until = ?2"
            }
            (Settle::Sent, true) => "DELETE FROM lrs_outbox WHERE id = ANY($1) AND claimed_until = $2",
            (Settle::Retry, true) => {
                "UPDATE lrs_outbox SET claimed_until = 0 WHERE id = ANY($1) AND claimed_until = $2"
            }
            (Settle::Park, true) => {
                "UPDATE lrs_outbox SET claimed_until = 9223372036854775807 WHERE id = ANY($1) AND claimed_until = $2"
            }
        }
    }
}

/// Statements waiting for the learning record store: one hand-in's, as a JSON array.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub id: i64,
    pub statements: String,
}

/// A reader's event as the server keeps it: an answer already scored by the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    View,
    Start,
    /// The question's id, the answer in the API's JSON, whether it earned full marks.
    Answer {
        question: String,
        response: String,
        right: bool,
    },
    /// The score in hundredths of a point.
    Finish {
        earned: u32,
        max: u32,
    },
}

/// Who sent readings: the quiz, the page's random id, the embedding site, the day
/// (days since the Unix epoch) it came. Its `Debug` shows neither the id nor the site.
#[derive(Clone, Copy)]
pub struct Reader<'a> {
    pub quiz: &'a str,
    pub id: &'a str,
    pub site: &'a str,
    pub day: i64,
}

impl std::fmt::Debug for Reader<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reader").field("quiz", &self.quiz).field("day", &self.day).finish_non_exhaustive()
    }
}

/// How many readers gave `response` to `question`, and whether it was right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerTally {
    pub question: String,
    pub response: String,
    pub right: bool,
    pub count: u32,
}

/// How many readers finished with `earned` of `max` points (hundredths of a point).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScoreTally {
    pub earned: u32,
    pub max: u32,
    pub readers: u32,
}

/// Views, starts and finishes of one embedding site on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunnelTally {
    pub site: String,
    pub day: i64,
    pub views: u32,
    pub starts: u32,
    pub finishes: u32,
}

/// What the server keeps, and how it is read and deleted. Every time is an argument.
pub trait Store: Send + Sync + 'static {
    /// Whether the database answers.
    fn ping(&self) -> impl Future<Output = Result<(), sqlx::Error>> + Send;

    /// Keeps `class`, unless `limit` classes were made in the hour before its creation.
    fn create_class(
        &self,
        class: &StoredClass,
        limit: u32,
    ) -> impl Future<Output = Result<Created, sqlx::Error>> + Send;

    /// The class `id`, unless it was deleted or has expired by `now`.
    fn class(&self, id: &str, now: u64) -> impl Future<Output = Result<Option<StoredClass>, sqlx::Error>> + Send;

    /// Keeps a hand-in to `class` under `key`, once: a second one with the same key is
    /// the first, [`Kept::Again`]. A class holds at most `limit` hand-ins.
    fn add_hand_in(
        &self,
        class: &str,
        hand_in: NewHandIn<'_>,
        limit: u32,
    ) -> impl Future<Output = Result<Kept, sqlx::Error>> + Send;

    /// A class's hand-ins, oldest first.
    fn hand_ins(&self, class: &str) -> impl Future<Output = Result<Vec<HandIn>, sqlx::Error>> + Send;

    /// Deletes one hand-in; whether it was there.
    fn delete_hand_in(&self, class: &str, id: i64) -> impl Future<Output = Result<bool, sqlx::Error>> + Send;

    /// Deletes a class and its hand-ins; whether it was there.
    fn delete_class(&self, class: &str) -> impl Future<Output = Result<bool, sqlx::Error>> + Send;

    /// Deletes every class (and its hand-ins) expired by `now`; how many.
    fn purge_expired_classes(&self, now: u64) -> impl Future<Output = Result<u64, sqlx::Error>> + Send;

    /// Keeps what a reader did, in one transaction: each reader's first event of a kind
    /// (first answer to a question) counts, a later one is ignored.
    fn add_readings(
        &self,
        reader: Reader<'_>,
        readings: &[Reading],
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send;

    /// The quiz's first answers, tallied by question and answer.
    fn answer_tallies(&self, quiz: &str) -> impl Future<Output = Result<Vec<AnswerTally>, sqlx::Error>> + Send;

    /// The quiz's finished scores, tallied by score.
    fn score_tallies(&self, quiz: &str) -> impl Future<Output = Result<Vec<ScoreTally>, sqlx::Error>> + Send;

    /// The quiz's views, starts and finishes by site and day, by day then site.
    fn funnel_tallies(&self, quiz: &str) -> impl Future<Output = Result<Vec<FunnelTally>, sqlx::Error>> + Send;

    /// Deletes readings of a day before `day`; how many readers' rows.
    fn purge_readings(&self, day: i64) -> impl Future<Output = Result<u64, sqlx::Error>> + Send;

    /// Claims the oldest `limit` statements waiting for the learning record store that no
    /// forwarder holds at `now`, until `until` (another instance's forwarder skips them
    /// meanwhile); oldest first.
    fn claim_outgoing(
        &self,
        now: u64,
        until: u64,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Outgoing>, sqlx::Error>> + Send;

    /// What became of the statements `ids`, claimed until `until` (rows another
    /// forwarder has claimed since are left alone): taken by the learning record store
    /// (deleted), to try again at once, or refused for good (kept, never tried again).
    fn settle_outgoing(
        &self,
        ids: &[i64],
        until: u64,
        settle: Settle,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send;

    /// Finishes writing and closes the database.
    fn close(&self) -> impl Future<Output = ()> + Send;
}

/// The store the configuration names: PostgreSQL with `--database-url`, else the SQLite
/// file of `--database`.
pub enum AnyStore {
    Sqlite(Sqlite),
    Postgres(Postgres),
}

impl AnyStore {
    /// Opens the database the configuration names and brings its tables up to date. The
    /// error says which database, without the URL (which may hold a password).
    pub async fn open(config: &Config) -> Result<AnyStore, String> {
        match &config.database_url {
            Some(url) => Postgres::open(url.expose())
                .await
                .map(AnyStore::Postgres)
                .map_err(|why| format!("the PostgreSQL database (--database-url): {why}")),
            None => Sqlite::open(&config.database, config.sqlite_max_mb)
                .await
                .map(AnyStore::Sqlite)
                .map_err(|why| format!("{}: {why}", config.database.display())),
        }
    }
}

/// Whether a connection given back to its pool may be used again: not if it is still in a
/// transaction once what was queued on it (a dropped transaction's rollback) is done. A
/// commit that fails where the database has already rolled back (SQLite's `SQLITE_FULL`
/// at `COMMIT`) leaves sqlx's count of open transactions at one and its rollback refused;
/// such a connection would refuse every later `BEGIN`, so it is closed and a new one made.
async fn reusable<C: sqlx::Connection>(connection: &mut C) -> Result<bool, sqlx::Error> {
    connection.ping().await?;
    Ok(!connection.is_in_transaction())
}

/// `$store.$call` on whichever store it is.
macro_rules! on_either {
    ($self:ident . $($call:tt)+) => {
        match $self {
            AnyStore::Sqlite(store) => store.$($call)+.await,
            AnyStore::Postgres(store) => store.$($call)+.await,
        }
    };
}

impl Store for AnyStore {
    async fn ping(&self) -> Result<(), sqlx::Error> {
        on_either!(self.ping())
    }

    async fn create_class(&self, class: &StoredClass, limit: u32) -> Result<Created, sqlx::Error> {
        on_either!(self.create_class(class, limit))
    }

    async fn class(&self, id: &str, now: u64) -> Result<Option<StoredClass>, sqlx::Error> {
        on_either!(self.class(id, now))
    }

    async fn add_hand_in(&self, class: &str, hand_in: NewHandIn<'_>, limit: u32) -> Result<Kept, sqlx::Error> {
        on_either!(self.add_hand_in(class, hand_in, limit))
    }

    async fn hand_ins(&self, class: &str) -> Result<Vec<HandIn>, sqlx::Error> {
        on_either!(self.hand_ins(class))
    }

    async fn delete_hand_in(&self, class: &str, id: i64) -> Result<bool, sqlx::Error> {
        on_either!(self.delete_hand_in(class, id))
    }

    async fn delete_class(&self, class: &str) -> Result<bool, sqlx::Error> {
        on_either!(self.delete_class(class))
    }

    async fn purge_expired_classes(&self, now: u64) -> Result<u64, sqlx::Error> {
        on_either!(self.purge_expired_classes(now))
    }

    async fn add_readings(&self, reader: Reader<'_>, readings: &[Reading]) -> Result<(), sqlx::Error> {
        on_either!(self.add_readings(reader, readings))
    }

    async fn answer_tallies(&self, quiz: &str) -> Result<Vec<AnswerTally>, sqlx::Error> {
        on_either!(self.answer_tallies(quiz))
    }

    async fn score_tallies(&self, quiz: &str) -> Result<Vec<ScoreTally>, sqlx::Error> {
        on_either!(self.score_tallies(quiz))
    }

    async fn funnel_tallies(&self, quiz: &str) -> Result<Vec<FunnelTally>, sqlx::Error> {
        on_either!(self.funnel_tallies(quiz))
    }

    async fn purge_readings(&self, day: i64) -> Result<u64, sqlx::Error> {
        on_either!(self.purge_readings(day))
    }

    async fn claim_outgoing(&self, now: u64, until: u64, limit: u32) -> Result<Vec<Outgoing>, sqlx::Error> {
        on_either!(self.claim_outgoing(now, until, limit))
    }

    async fn settle_outgoing(&self, ids: &[i64], until: u64, settle: Settle) -> Result<(), sqlx::Error> {
        on_either!(self.settle_outgoing(ids, until, settle))
    }

    async fn close(&self) {
        on_either!(self.close())
    }
}
