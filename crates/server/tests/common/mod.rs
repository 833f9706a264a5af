//! What the server's test binaries share: the shipped quiz, an assignment and a
//! student's result code of it, and a PostgreSQL database made for one test.
#![allow(dead_code)] // each test binary uses its part

use std::path::Path;

use article_quiz_core::link::{self, Assignment};
use article_quiz_core::model::Quiz;
use article_quiz_core::result::{self, ResultRecord};
use article_quiz_core::{Action, Mode, Session};
use article_quiz_server::Quizzes;

pub const DAY: u64 = 24 * 60 * 60 * 1000;
pub const START: u64 = 1_800_000_000_000;

/// The environment variable naming the PostgreSQL server the tests run on.
pub const TEST_DATABASE: &str = "ARTICLE_QUIZ_TEST_DATABASE";

/// The PostgreSQL server the tests run on, if one is named.
pub fn postgres() -> Option<String> {
    std::env::var(TEST_DATABASE).ok().filter(|url| !url.is_empty()).map(|url| url.trim_end_matches('/').to_owned())
}

/// A PostgreSQL database made for one test, dropped (its connections cut) once no server
/// of the test holds it, even when the test fails.
pub struct TestDatabase {
    pub server: String,
    pub name: String,
}

impl TestDatabase {
    pub async fn new(server: String) -> TestDatabase {
        use sqlx::{Connection, Executor};
        let mut random = [0u8; 8];
        getrandom::fill(&mut random).unwrap();
        let name = format!("aq_test_{}", random.iter().map(|b| format!("{b:02x}")).collect::<String>());
        let mut admin = sqlx::PgConnection::connect(&format!("{server}/postgres"))
            .await
            .unwrap_or_else(|why| panic!("{TEST_DATABASE} names no PostgreSQL server that answers: {why}"));
        // A name of this test's making (no one else's text): identifiers take no parameters.
        admin.execute(format!("CREATE DATABASE \"{name}\"").as_str()).await.unwrap();
        admin.close().await.unwrap();
        TestDatabase { server, name }
    }

    pub fn url(&self) -> String {
        format!("{}/{}", self.server, self.name)
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        use sqlx::{Connection, Executor};
        let (server, name) = (self.server.clone(), self.name.clone());
        // Its own thread and runtime: a drop cannot wait on the test's runtime.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            runtime.block_on(async {
                let mut admin = sqlx::PgConnection::connect(&format!("{server}/postgres")).await?;
                admin.execute(format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").as_str()).await?;
                admin.close().await
            })
        });
        if let Ok(Err(why)) = dropped.join() {
            eprintln!("the test database {} was not dropped: {why}", self.name);
        }
    }
}

pub fn quizzes_folder() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../quizzes")
}

pub fn quiz() -> Quiz {
    Quizzes::load(&quizzes_folder()).unwrap().get("iranian-people").unwrap().clone()
}

pub fn assignment(quiz: &Quiz, title: &str) -> String {
    let assignment = Assignment {
        mode: Mode::Test,
        questions: Some(quiz.questions.iter().take(5).map(|q| q.id.clone()).collect()),
        shuffle_questions: false,
        shuffle_options: true,
        seed: 7,
        retries: false,
        title: title.into(),
        instructions: String::new(),
    };
    link::encode(&assignment, quiz).unwrap()
}

/// The result code of a student of the assignment `code` who finished without answering.
pub fn result_code(quiz: &Quiz, code: &str, name: &str) -> String {
    let settings = link::decode(code, quiz).unwrap().settings();
    let mut session = Session::new(quiz, 1, settings, START).unwrap();
    session.apply(quiz, Action::Finish { now_ms: START + 60_000 }).unwrap();
    result::encode(&ResultRecord::of(&session, quiz, result::assignment_id(code), name), quiz).unwrap()
}
