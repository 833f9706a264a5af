//! The store on PostgreSQL, which several server instances may share: the migrations in
//! `migrations/postgres` are embedded in the binary and run at start (sqlx holds an
//! advisory lock while it migrates, so instances starting together apply each once).
//!
//! Every rule the SQLite store keeps with `BEGIN IMMEDIATE` holds here across instances,
//! in PostgreSQL's default isolation (read committed):
//! - the classes-per-hour count and the insert run under one transaction-scoped advisory
//!   lock, [`CLASS_LOCK`], so two instances cannot both take the last place of the hour;
//! - a hand-in locks its class's row (`FOR UPDATE`) before it looks up its key, counts
//!   and inserts: hand-ins to one class are kept one at a time, so a key never gives two
//!   rows and a class never holds more than its limit; a deletion of the class waits for
//!   the hand-in under way (and deletes it with the class), or the hand-in finds the
//!   class gone. The unique key `(class_id, key)` backs this up;
//! - a reader's rows are made with `ON CONFLICT DO NOTHING` and a finish is written once
//!   (`finished = 0` in its `WHERE`, which PostgreSQL reads again after waiting for a
//!   concurrent writer of the row).

use std::str::FromStr;
use std::time::Duration;

use sqlx::Connection;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions};

use article_quiz_core::api::HandIn;

use super::group::{Commit, GroupCommit, Readings};
use super::{
    AnswerTally, Created, FunnelTally, Kept, NewHandIn, Outgoing, Reader, Reading, ScoreTally, Settle, Store,
    StoredClass,
};

/// A class's columns, in [`ClassRow`]'s order.
const CLASS: &str = "id, secret_hash, quiz, assignment, title, created_at, expires_at";
/// A hand-in's columns, in [`HandInRow`]'s order.
const HAND_IN: &str = "id, name, code, received_at";
const HOUR_MS: u64 = 60 * 60 * 1000;
/// The advisory lock that makes classes one at a time (transaction-scoped, so it is let
/// go at commit or rollback, and when a connection is lost): "AQclass" in ASCII, a key
/// nothing else in a shared database is likely to take.
pub const CLASS_LOCK: i64 = 0x0041_5163_6c61_7373;

pub struct Postgres {
    pool: PgPool,
    /// Readers' events, written by one task in group commits (store/group.rs).
    readings: GroupCommit,
}

impl Postgres {
    /// Connects to the database at `url` (`postgres://USER:PASSWORD@HOST:PORT/DATABASE`,
    /// with any of libpq's parameters, such as `sslmode`) and brings its tables up to date.
    /// The URL is in no error this returns.
    pub async fn open(url: &str) -> Result<Postgres, sqlx::Error> {
        let options = PgConnectOptions::from_str(url)?.application_name("article-quiz-server");
        // The migrations on a connection of their own, whose error (a refused connection,
        // a wrong password) is the driver's own, not the pool's time-out.
        let mut first = PgConnection::connect_with(&options).await?;
        sqlx::migrate!("migrations/postgres").run(&mut first).await?;
        first.close().await?;
        let pool = PgPoolOptions::new()
            .max_connections(8)
            // Within a request's 10 seconds: a database that does not answer is a 503 with
            // Retry-After (error.rs), not a request left hanging.
            .acquire_timeout(Duration::from_secs(5))
            .after_release(|connection, _| Box::pin(super::reusable(connection)))
            .connect_with(options)
            .await?;
        let readings = GroupCommit::start(Writer { pool: pool.clone() });
        Ok(Postgres { pool, readings })
    }
}

/// A count or score from the database, which keeps them signed.
fn count_of(n: i64) -> u32 {
    u32::try_from(n.max(0)).unwrap_or(u32::MAX)
}

/// The database's integers are signed; the API's times are not.
fn time(ms: u64) -> i64 {
    i64::try_from(ms).unwrap_or(i64::MAX)
}

#[derive(sqlx::FromRow)]
struct ClassRow {
    id: String,
    secret_hash: Vec<u8>,
    quiz: String,
    assignment: String,
    title: String,
    created_at: i64,
    expires_at: i64,
}

impl From<ClassRow> for StoredClass {
    fn from(row: ClassRow) -> Self {
        StoredClass {
            id: row.id,
            secret_hash: row.secret_hash,
            quiz: row.quiz,
            assignment: row.assignment,
            title: row.title,
            created_at: row.created_at.max(0) as u64,
            expires_at: row.expires_at.max(0) as u64,
        }
    }
}

#[derive(sqlx::FromRow)]
struct HandInRow {
    id: i64,
    name: String,
    code: String,
    received_at: i64,
}

impl From<HandInRow> for HandIn {
    fn from(row: HandInRow) -> Self {
        HandIn { id: row.id, name: row.name, code: row.code, received_at: row.received_at.max(0) as u64 }
    }
}

impl Store for Postgres {
    async fn ping(&self) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT 1").execute(&self.pool).await.map(|_| ())
    }

    async fn create_class(&self, class: &StoredClass, limit: u32) -> Result<Created, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        // Every instance's class creations, one at a time until this one commits.
        sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(CLASS_LOCK).execute(&mut *tx).await?;
        let (recent,): (i64,) = sqlx::query_as("SELECT count(*) FROM classes WHERE created_at > $1")
            .bind(time(class.created_at.saturating_sub(HOUR_MS)))
            .fetch_one(&mut *tx)
            .await?;
        if recent >= i64::from(limit) {
            return Ok(Created::TooMany);
        }
        sqlx::query(&format!("INSERT INTO classes ({CLASS}) VALUES ($1, $2, $3, $4, $5, $6, $7)"))
            .bind(&class.id)
            .bind(&class.secret_hash)
            .bind(&class.quiz)
            .bind(&class.assignment)
            .bind(&class.title)
            .bind(time(class.created_at))
            .bind(time(class.expires_at))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Created::New)
    }

    async fn class(&self, id: &str, now: u64) -> Result<Option<StoredClass>, sqlx::Error> {
        let row: Option<ClassRow> =
            sqlx::query_as(&format!("SELECT {CLASS} FROM classes WHERE id = $1 AND expires_at > $2"))
                .bind(id)
                .bind(time(now))
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(StoredClass::from))
    }

    async fn add_hand_in(&self, class: &str, new: NewHandIn<'_>, limit: u32) -> Result<Kept, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        // The class's row, locked until commit: this class's hand-ins, on any instance,
        // are looked up, counted and kept one at a time, and the class stays until then.
        let locked: Option<(String,)> = sqlx::query_as("SELECT id FROM classes WHERE id = $1 FOR UPDATE")
            .bind(class)
            .fetch_optional(&mut *tx)
            .await?;
        if locked.is_none() {
            return Ok(Kept::NoClass);
        }
        let kept: Option<HandInRow> =
            sqlx::query_as(&format!("SELECT {HAND_IN} FROM hand_ins WHERE class_id = $1 AND key = $2"))
                .bind(class)
                .bind(new.key)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(row) = kept {
            return Ok(Kept::Again(row.into()));
        }
        let (hand_ins,): (i64,) =
            sqlx::query_as("SELECT count(*) FROM hand_ins WHERE class_id = $1").bind(class).fetch_one(&mut *tx).await?;
        if hand_ins >= i64::from(limit) {
            return Ok(Kept::Full);
        }
        let row: HandInRow = sqlx::query_as(&format!(
            "INSERT INTO hand_ins (class_id, key, name, code, received_at) VALUES ($1, $2, $3, $4, $5) \
             RETURNING {HAND_IN}"
        ))
        .bind(class)
        .bind(new.key)
        .bind(new.name)
        .bind(new.code)
        .bind(time(new.now))
        .fetch_one(&mut *tx)
        .await?;
        if let Some(statements) = new.statements {
            sqlx::query("INSERT INTO lrs_outbox (hand_in_id, statements, created_at) VALUES ($1, $2, $3)")
                .bind(row.id)
                .bind(statements)
                .bind(time(new.now))
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(Kept::New(row.into()))
    }

    async fn hand_ins(&self, class: &str) -> Result<Vec<HandIn>, sqlx::Error> {
        let rows: Vec<HandInRow> =
            sqlx::query_as(&format!("SELECT {HAND_IN} FROM hand_ins WHERE class_id = $1 ORDER BY id"))
                .bind(class)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(HandIn::from).collect())
    }

    async fn delete_hand_in(&self, class: &str, id: i64) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("DELETE FROM hand_ins WHERE class_id = $1 AND id = $2")
            .bind(class)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn delete_class(&self, class: &str) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("DELETE FROM classes WHERE id = $1").bind(class).execute(&self.pool).await?;
        Ok(done.rows_affected() > 0)
    }

    async fn purge_expired_classes(&self, now: u64) -> Result<u64, sqlx::Error> {
        let done =
            sqlx::query("DELETE FROM classes WHERE expires_at <= $1").bind(time(now)).execute(&self.pool).await?;
        Ok(done.rows_affected())
    }

    async fn add_readings(&self, reader: Reader<'_>, readings: &[Reading]) -> Result<(), sqlx::Error> {
        self.readings.add(Readings::new(reader, readings)).await
    }

    async fn answer_tallies(&self, quiz: &str) -> Result<Vec<AnswerTally>, sqlx::Error> {
        let rows: Vec<(String, String, bool, i64)> = sqlx::query_as(
            "SELECT question, response, \"right\", count(*) FROM reader_answers WHERE quiz = $1 \
             GROUP BY question, response, \"right\" ORDER BY question, count(*) DESC, response",
        )
        .bind(quiz)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(question, response, right, count)| AnswerTally { question, response, right, count: count_of(count) })
            .collect())
    }

    async fn score_tallies(&self, quiz: &str) -> Result<Vec<ScoreTally>, sqlx::Error> {
        let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT earned, max_points, count(*) FROM readings WHERE quiz = $1 AND finished = 1 \
             AND earned IS NOT NULL AND max_points IS NOT NULL GROUP BY earned, max_points",
        )
        .bind(quiz)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(earned, max, readers)| ScoreTally {
                earned: count_of(earned),
                max: count_of(max),
                readers: count_of(readers),
            })
            .collect())
    }

    async fn funnel_tallies(&self, quiz: &str) -> Result<Vec<FunnelTally>, sqlx::Error> {
        let rows: Vec<(String, i64, i64, i64, i64)> = sqlx::query_as(
            "SELECT site, day, count(*), sum(started), sum(finished) FROM readings WHERE quiz = $1 \
             GROUP BY day, site ORDER BY day, site",
        )
        .bind(quiz)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(site, day, views, starts, finishes)| FunnelTally {
                site,
                day,
                views: count_of(views),
                starts: count_of(starts),
                finishes: count_of(finishes),
            })
            .collect())
    }

    async fn purge_readings(&self, day: i64) -> Result<u64, sqlx::Error> {
        let done = sqlx::query("DELETE FROM readings WHERE day < $1").bind(day).execute(&self.pool).await?;
        Ok(done.rows_affected())
    }

    async fn claim_outgoing(&self, now: u64, until: u64, limit: u32) -> Result<Vec<Outgoing>, sqlx::Error> {
        // SKIP LOCKED: two instances claiming at once take different rows.
        let mut rows: Vec<(i64, String)> = sqlx::query_as(
            "UPDATE lrs_outbox SET claimed_until = $1 WHERE id IN \
             (SELECT id FROM lrs_outbox WHERE claimed_until <= $2 ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) \
             RETURNING id, statements",
        )
        .bind(time(until))
        .bind(time(now))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        rows.sort_unstable_by_key(|(id, _)| *id);
        Ok(rows.into_iter().map(|(id, statements)| Outgoing { id, statements }).collect())
    }

    async fn settle_outgoing(&self, ids: &[i64], until: u64, settle: Settle) -> Result<(), sqlx::Error> {
        sqlx::query(settle.sql(true)).bind(ids).bind(time(until)).execute(&self.pool).await?;
        Ok(())
    }

    async fn close(&self) {
        self.pool.close().await;
    }
}

/// The group commit's writer: every request of a batch in one transaction. Two
/// instances' batches that touch the same readers' rows in another order may deadlock;
/// PostgreSQL then fails one, and the group commit writes that batch again request by
/// request.
struct Writer {
    pool: PgPool,
}

impl Commit for Writer {
    async fn commit(&self, batch: &[&Readings]) -> Result<(), sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        for readings in batch {
            write_readings(&mut tx, readings.reader(), &readings.readings).await?;
        }
        tx.commit().await
    }
}

/// Keeps what a reader did: each reader's first event of a kind (first answer to a
/// question) counts, a later one is ignored.
async fn write_readings(conn: &mut PgConnection, reader: Reader<'_>, readings: &[Reading]) -> Result<(), sqlx::Error> {
    // The page's row, made by its first event whatever its kind: a view whose
    // request was lost is still counted once another event arrives.
    sqlx::query("INSERT INTO readings (quiz, reader, site, day) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
        .bind(reader.quiz)
        .bind(reader.id)
        .bind(reader.site)
        .bind(reader.day)
        .execute(&mut *conn)
        .await?;
    for reading in readings {
        let query = match reading {
            Reading::View => continue,
            Reading::Start => sqlx::query("UPDATE readings SET started = 1 WHERE quiz = $1 AND reader = $2"),
            Reading::Answer { question, response, right } => {
                sqlx::query(
                    "INSERT INTO reader_answers (quiz, reader, question, response, \"right\") \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                )
                .bind(reader.quiz)
                .bind(reader.id)
                .bind(question)
                .bind(response)
                .bind(right)
                .execute(&mut *conn)
                .await?;
                sqlx::query("UPDATE readings SET started = 1 WHERE quiz = $1 AND reader = $2")
            }
            Reading::Finish { earned, max } => sqlx::query(
                "UPDATE readings SET started = 1, finished = 1, earned = $1, max_points = $2 \
                 WHERE quiz = $3 AND reader = $4 AND finished = 0",
            )
            .bind(i64::from(*earned))
            .bind(i64::from(*max)),
        };
        query.bind(reader.quiz).bind(reader.id).execute(&mut *conn).await?;
    }
    Ok(())
}
