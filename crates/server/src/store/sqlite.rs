//! The store on SQLite: one file, created with its folder on first start, in WAL mode,
//! with the migrations in `migrations/sqlite` embedded in the binary and run at start.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{
    SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

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
/// SQLite's default page size, which the server's files are made with.
const PAGE_SIZE: u64 = 4096;

pub struct Sqlite {
    pool: SqlitePool,
    /// Readers' events, written by one task in group commits (store/group.rs).
    readings: GroupCommit,
}

impl Sqlite {
    /// Opens (or creates) the database at `file` and brings its tables up to date. With
    /// `max_mb`, the file grows to that many mebibytes at most: past it, a write fails as
    /// on a full disk (a 503), and reads go on.
    pub async fn open(file: &Path, max_mb: Option<u32>) -> Result<Sqlite, sqlx::Error> {
        if let Some(folder) = file.parent().filter(|folder| !folder.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder)?;
        }
        let options = SqliteConnectOptions::from_str("sqlite:")?
            .filename(file)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a transaction the server acknowledged survives a power cut too, not
            // only a crash of the server (NORMAL, in WAL mode, may lose the last ones).
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            // What is deleted is overwritten with zeros in the file, not only unlinked: a
            // deleted class's names and codes are not left in free pages.
            .pragma("secure_delete", "ON")
            .busy_timeout(Duration::from_secs(5));
        let options = match max_mb {
            Some(mb) => options.pragma("max_page_count", (u64::from(mb) * 1024 * 1024 / PAGE_SIZE).to_string()),
            None => options,
        };
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .after_release(|connection, _| Box::pin(super::reusable(connection)))
            .connect_with(options)
            .await?;
        sqlx::migrate!("migrations/sqlite").run(&pool).await?;
        let readings = GroupCommit::start(Writer { pool: pool.clone() });
        Ok(Sqlite { pool, readings })
    }
}

impl Sqlite {
    /// After a deletion: the write-ahead log, which still holds the pages as they were
    /// before it, is copied into the file (where `secure_delete` zeroed what was deleted)
    /// and emptied. A reader in the middle of a read may keep part of it until the next
    /// checkpoint, which SQLite makes itself every thousand pages written.
    async fn forget(&self) {
        let checkpoint = sqlx::query_as::<_, (i64, i64, i64)>("PRAGMA wal_checkpoint(TRUNCATE)");
        match checkpoint.fetch_one(&self.pool).await {
            Ok((0, _, _)) => {}
            Ok(_) => tracing::info!("a deletion's checkpoint waits for a reader; SQLite's next one completes it"),
            Err(error) => tracing::warn!(%error, "a deletion's checkpoint failed"),
        }
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

impl Store for Sqlite {
    async fn ping(&self) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT 1").execute(&self.pool).await.map(|_| ())
    }

    async fn create_class(&self, class: &StoredClass, limit: u32) -> Result<Created, sqlx::Error> {
        // IMMEDIATE: the count and the insert see the same database, whoever else writes.
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let (recent,): (i64,) = sqlx::query_as("SELECT count(*) FROM classes WHERE created_at > ?")
            .bind(time(class.created_at.saturating_sub(HOUR_MS)))
            .fetch_one(&mut *tx)
            .await?;
        if recent >= i64::from(limit) {
            return Ok(Created::TooMany);
        }
        sqlx::query(&format!("INSERT INTO classes ({CLASS}) VALUES (?, ?, ?, ?, ?, ?, ?)"))
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
            sqlx::query_as(&format!("SELECT {CLASS} FROM classes WHERE id = ? AND expires_at > ?"))
                .bind(id)
                .bind(time(now))
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(StoredClass::from))
    }

    async fn add_hand_in(&self, class: &str, new: NewHandIn<'_>, limit: u32) -> Result<Kept, sqlx::Error> {
        // One IMMEDIATE transaction: the hand-in kept under the key, the class, and its
        // count are read and written by this request alone.
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let kept: Option<HandInRow> =
            sqlx::query_as(&format!("SELECT {HAND_IN} FROM hand_ins WHERE class_id = ? AND key = ?"))
                .bind(class)
                .bind(new.key)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(row) = kept {
            return Ok(Kept::Again(row.into()));
        }
        let (classes, hand_ins): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT count(*) FROM classes WHERE id = ?1), (SELECT count(*) FROM hand_ins WHERE class_id = ?1)",
        )
        .bind(class)
        .fetch_one(&mut *tx)
        .await?;
        if classes == 0 {
            return Ok(Kept::NoClass);
        }
        if hand_ins >= i64::from(limit) {
            return Ok(Kept::Full);
        }
        let row: HandInRow = sqlx::query_as(&format!(
            "INSERT INTO hand_ins (class_id, key, name, code, received_at) VALUES (?, ?, ?, ?, ?) RETURNING {HAND_IN}"
        ))
        .bind(class)
        .bind(new.key)
        .bind(new.name)
        .bind(new.code)
        .bind(time(new.now))
        .fetch_one(&mut *tx)
        .await?;
        if let Some(statements) = new.statements {
            sqlx::query("INSERT INTO lrs_outbox (hand_in_id, statements, created_at) VALUES (?, ?, ?)")
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
            sqlx::query_as(&format!("SELECT {HAND_IN} FROM hand_ins WHERE class_id = ? ORDER BY id"))
                .bind(class)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(HandIn::from).collect())
    }

    async fn delete_hand_in(&self, class: &str, id: i64) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("DELETE FROM hand_ins WHERE class_id = ? AND id = ?")
            .bind(class)
            .bind(id)
            .execute(&self.pool)
            .await?;
        self.forget().await;
        Ok(done.rows_affected() > 0)
    }

    async fn delete_class(&self, class: &str) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("DELETE FROM classes WHERE id = ?").bind(class).execute(&self.pool).await?;
        self.forget().await;
        Ok(done.rows_affected() > 0)
    }

    async fn purge_expired_classes(&self, now: u64) -> Result<u64, sqlx::Error> {
        let done = sqlx::query("DELETE FROM classes WHERE expires_at <= ?").bind(time(now)).execute(&self.pool).await?;
        if done.rows_affected() > 0 {
            self.forget().await;
        }
        Ok(done.rows_affected())
    }

    async fn add_readings(&self, reader: Reader<'_>, readings: &[Reading]) -> Result<(), sqlx::Error> {
        self.readings.add(Readings::new(reader, readings)).await
    }

    async fn answer_tallies(&self, quiz: &str) -> Result<Vec<AnswerTally>, sqlx::Error> {
        let rows: Vec<(String, String, bool, i64)> = sqlx::query_as(
            "SELECT question, response, right, count(*) FROM reader_answers WHERE quiz = ? \
             GROUP BY question, response, right ORDER BY question, count(*) DESC, response",
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
            "SELECT earned, max_points, count(*) FROM readings WHERE quiz = ? AND finished = 1 \
             GROUP BY earned, max_points",
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
            "SELECT site, day, count(*), sum(started), sum(finished) FROM readings WHERE quiz = ? \
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
        let done = sqlx::query("DELETE FROM readings WHERE day < ?").bind(day).execute(&self.pool).await?;
        Ok(done.rows_affected())
    }

    async fn claim_outgoing(&self, now: u64, until: u64, limit: u32) -> Result<Vec<Outgoing>, sqlx::Error> {
        let mut rows: Vec<(i64, String)> = sqlx::query_as(
            "UPDATE lrs_outbox SET claimed_until = ?1 WHERE id IN \
             (SELECT id FROM lrs_outbox WHERE claimed_until <= ?2 ORDER BY id LIMIT ?3) RETURNING id, statements",
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
        let mut tx = self.pool.begin().await?;
        for id in ids {
            sqlx::query(settle.sql(false)).bind(id).bind(time(until)).execute(&mut *tx).await?;
        }
        tx.commit().await
    }

    async fn close(&self) {
        self.pool.close().await;
    }
}

/// The group commit's writer: every request of a batch in one IMMEDIATE transaction.
struct Writer {
    pool: SqlitePool,
}

impl Commit for Writer {
    async fn commit(&self, batch: &[&Readings]) -> Result<(), sqlx::Error> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        for readings in batch {
            write_readings(&mut tx, readings.reader(), &readings.readings).await?;
        }
        tx.commit().await
    }
}

/// Keeps what a reader did: each reader's first event of a kind (first answer to a
/// question) counts, a later one is ignored.
async fn write_readings(
    conn: &mut SqliteConnection,
    reader: Reader<'_>,
    readings: &[Reading],
) -> Result<(), sqlx::Error> {
    // The page's row, made by its first event whatever its kind: a view whose
    // request was lost is still counted once another event arrives.
    sqlx::query("INSERT INTO readings (quiz, reader, site, day) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
        .bind(reader.quiz)
        .bind(reader.id)
        .bind(reader.site)
        .bind(reader.day)
        .execute(&mut *conn)
        .await?;
    for reading in readings {
        let query = match reading {
            Reading::View => continue,
            Reading::Start => sqlx::query("UPDATE readings SET started = 1 WHERE quiz = ? AND reader = ?"),
            Reading::Answer { question, response, right } => {
                sqlx::query(
                    "INSERT INTO reader_answers (quiz, reader, question, response, right) VALUES (?, ?, ?, ?, ?) \
                     ON CONFLICT DO NOTHING",
                )
                .bind(reader.quiz)
                .bind(reader.id)
                .bind(question)
                .bind(response)
                .bind(right)
                .execute(&mut *conn)
                .await?;
                sqlx::query("UPDATE readings SET started = 1 WHERE quiz = ? AND reader = ?")
            }
            Reading::Finish { earned, max } => sqlx::query(
                "UPDATE readings SET started = 1, finished = 1, earned = ?, max_points = ? \
                 WHERE quiz = ? AND reader = ? AND finished = 0",
            )
            .bind(earned)
            .bind(max),
        };
        query.bind(reader.quiz).bind(reader.id).execute(&mut *conn).await?;
    }
    Ok(())
}
