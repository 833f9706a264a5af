//! What the server keeps, behind one interface: the handlers call a [`Store`], and each
//! database is one implementation of it ([`Sqlite`]; README "What the server keeps" says
//! what each table holds and for how long).

mod sqlite;

use std::future::Future;

use article_quiz_core::api::HandIn;

pub use sqlite::Sqlite;

/// A class as kept: its teacher's secret only as a hash.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// A hand-in as kept: new, or the one kept before under the same key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    New(HandIn),
    Again(HandIn),
}

/// What the server keeps, and how it is read and deleted. Every time is an argument.
pub trait Store: Send + Sync + 'static {
    /// Whether the database answers.
    fn ping(&self) -> impl Future<Output = Result<(), sqlx::Error>> + Send;

    fn create_class(&self, class: &StoredClass) -> impl Future<Output = Result<(), sqlx::Error>> + Send;

    /// The class `id`, unless it was deleted or has expired by `now`.
    fn class(&self, id: &str, now: u64) -> impl Future<Output = Result<Option<StoredClass>, sqlx::Error>> + Send;

    /// Keeps a hand-in to `class` under `key`, once: a second one with the same key is
    /// the first, [`Kept::Again`].
    fn add_hand_in(
        &self,
        class: &str,
        key: &str,
        name: &str,
        code: &str,
        now: u64,
    ) -> impl Future<Output = Result<Kept, sqlx::Error>> + Send;

    /// A class's hand-ins, oldest first.
    fn hand_ins(&self, class: &str) -> impl Future<Output = Result<Vec<HandIn>, sqlx::Error>> + Send;

    /// Deletes one hand-in; whether it was there.
    fn delete_hand_in(&self, class: &str, id: i64) -> impl Future<Output = Result<bool, sqlx::Error>> + Send;

    /// Deletes a class and its hand-ins; whether it was there.
    fn delete_class(&self, class: &str) -> impl Future<Output = Result<bool, sqlx::Error>> + Send;

    /// Deletes every class (and its hand-ins) expired by `now`; how many.
    fn purge_expired(&self, now: u64) -> impl Future<Output = Result<u64, sqlx::Error>> + Send;

    /// Finishes writing and closes the database.
    fn close(&self) -> impl Future<Output = ()> + Send;
}
