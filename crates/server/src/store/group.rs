//! Group commit of readers' events: every request's events go to one writer task, which
//! takes all that are waiting (up to [`MOST`]), writes them in one transaction, and only
//! then answers each request. Each commit is flushed to disk before it returns (SQLite's
//! `synchronous = FULL`, PostgreSQL's default), so an acknowledged event is as durable as
//! before; what changes is that one flush serves every request that waited for it
//! instead of one each (bench/README.md has what it gave).
//!
//! A batch that fails is written again one request at a time, so that one request's
//! error (or a deadlock with another instance's batch) is that request's alone.

use std::future::Future;

use tokio::sync::{mpsc, oneshot};

use super::{Reader, Reading};

/// The most requests one transaction takes.
pub const MOST: usize = 256;

/// One request's events, owned, on their way to the writer.
pub struct Readings {
    pub quiz: String,
    pub id: String,
    pub site: String,
    pub day: i64,
    pub readings: Vec<Reading>,
}

impl Readings {
    pub fn new(reader: Reader<'_>, readings: &[Reading]) -> Readings {
        Readings {
            quiz: reader.quiz.to_owned(),
            id: reader.id.to_owned(),
            site: reader.site.to_owned(),
            day: reader.day,
            readings: readings.to_vec(),
        }
    }

    pub fn reader(&self) -> Reader<'_> {
        Reader { quiz: &self.quiz, id: &self.id, site: &self.site, day: self.day }
    }
}

/// Writes several requests' events in one transaction, committed before it returns.
pub trait Commit: Send + Sync + 'static {
    fn commit(&self, batch: &[&Readings]) -> impl Future<Output = Result<(), sqlx::Error>> + Send;
}

struct Pending {
    readings: Readings,
    done: oneshot::Sender<Result<(), sqlx::Error>>,
}

/// The writer task's queue. The task ends once this is dropped and the queue is empty.
pub struct GroupCommit {
    queue: mpsc::Sender<Pending>,
}

impl GroupCommit {
    /// Starts the writer task (on the current Tokio runtime).
    pub fn start(writer: impl Commit) -> GroupCommit {
        // Bounded: when the database falls behind, requests wait here, not in memory.
        let (queue, mut waiting) = mpsc::channel::<Pending>(4 * MOST);
        tokio::spawn(async move {
            let mut batch = Vec::with_capacity(MOST);
            while waiting.recv_many(&mut batch, MOST).await > 0 {
                let all: Vec<&Readings> = batch.iter().map(|pending| &pending.readings).collect();
                let written = writer.commit(&all).await;
                drop(all);
                match written {
                    Ok(()) => {
                        for pending in batch.drain(..) {
                            let _ = pending.done.send(Ok(()));
                        }
                    }
                    Err(error) if batch.len() == 1 => {
                        if let Some(pending) = batch.pop() {
                            let _ = pending.done.send(Err(error));
                        }
                    }
                    Err(_) => {
                        for pending in batch.drain(..) {
                            let written = writer.commit(&[&pending.readings]).await;
                            let _ = pending.done.send(written);
                        }
                    }
                }
            }
        });
        GroupCommit { queue }
    }

    /// Keeps `readings` and returns once they are committed (or could not be).
    pub async fn add(&self, readings: Readings) -> Result<(), sqlx::Error> {
        let (done, written) = oneshot::channel();
        self.queue.send(Pending { readings, done }).await.map_err(|_| sqlx::Error::PoolClosed)?;
        // A writer that is gone answers nothing: the events were not acknowledged.
        written.await.unwrap_or(Err(sqlx::Error::PoolClosed))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex};

    use super::{Commit, GroupCommit, Readings};
    use crate::store::Reader;

    /// Records each batch's readers and fails any batch holding the reader "broken"; the
    /// first commit says it began and waits until `go` is told.
    struct Fake {
        batches: Arc<Mutex<Vec<Vec<String>>>>,
        began: Arc<AtomicBool>,
        go: Arc<tokio::sync::Notify>,
    }

    impl Commit for Fake {
        async fn commit(&self, batch: &[&Readings]) -> Result<(), sqlx::Error> {
            if !self.began.swap(true, Ordering::SeqCst) {
                self.go.notified().await;
            }
            self.batches.lock().unwrap().push(batch.iter().map(|r| r.id.clone()).collect());
            if batch.iter().any(|r| r.id == "broken") { Err(sqlx::Error::RowNotFound) } else { Ok(()) }
        }
    }

    #[tokio::test]
    async fn waiting_requests_share_one_commit_and_a_failure_is_its_own() {
        let batches = Arc::new(Mutex::new(Vec::new()));
        let (began, go) = (Arc::new(AtomicBool::new(false)), Arc::new(tokio::sync::Notify::new()));
        let fake = Fake { batches: batches.clone(), began: began.clone(), go: go.clone() };
        let group = Arc::new(GroupCommit::start(fake));
        let send = |id: String| {
            let group = group.clone();
            tokio::spawn(async move {
                let readings = Readings::new(Reader { quiz: "q", id: &id, site: "", day: 0 }, &[]);
                group.add(readings).await.is_ok()
            })
        };
        let first = send("first".into());
        while !began.load(Ordering::SeqCst) {
            tokio::task::yield_now().await;
        }
        // While the first commit is under way, eleven requests queue up.
        let mut others: Vec<_> = (0..10).map(|n| send(format!("reader-{n}"))).collect();
        others.push(send("broken".into()));
        while group.queue.capacity() > group.queue.max_capacity() - 11 {
            tokio::task::yield_now().await;
        }
        go.notify_one();
        assert!(first.await.unwrap());
        let mut acknowledged = Vec::new();
        for other in others {
            acknowledged.push(other.await.unwrap());
        }
        assert_eq!(acknowledged, [vec![true; 10], vec![false]].concat(), "only the broken one fails");
        let batches = batches.lock().unwrap().clone();
        assert_eq!(batches[0], ["first"]);
        // The eleven that waited went in one commit, which failed for the broken one's
        // sake; then each was written alone.
        assert_eq!(batches[1].len(), 11, "{batches:?}");
        assert_eq!(batches.len(), 2 + 11, "{batches:?}");
        assert!(batches[2..].iter().all(|batch| batch.len() == 1));
    }
}
