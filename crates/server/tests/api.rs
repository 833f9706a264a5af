//! The API as a client sees it: the real server on a fresh database per test, on a free
//! port of 127.0.0.1, driven over HTTP. Its clock is the test's, so that a class can
//! expire. What every server logs goes to one buffer, which a test reads.
//!
//! The database is a SQLite file in the test's folder, or, when `ARTICLE_QUIZ_TEST_DATABASE`
//! names a PostgreSQL server (`postgres://USER@HOST:PORT`, a role that may create
//! databases; `scripts/postgres` starts one), a PostgreSQL database made for the test
//! alone and dropped after it: the same tests, on either store.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use reqwest::StatusCode;
use serde_json::{Value, json};

use article_quiz_core::link;
use article_quiz_core::model::Quiz;
use article_quiz_core::result::{self, ResultRecord};
use article_quiz_core::{Action, Kind, Session};
use article_quiz_server::store::{AnyStore, Store};
use article_quiz_server::{App, Config, PublicUrl, Quizzes};

mod common;
use common::*;

/// Hand-ins' keys, as random as a client's and as long as the shortest the server takes.
const KEY: &str = "Zx3vQ9kLm2Pw7RtY";
const KEY2: &str = "Hb8nC4jWq6Ds1FgE";

struct Server {
    url: String,
    app: Arc<App<AnyStore>>,
    clock: Arc<AtomicU64>,
    place: Place,
    client: reqwest::Client,
    task: tokio::task::JoinHandle<()>,
}

/// Where a server keeps what it keeps: a folder (its site, and its SQLite file) and, on
/// PostgreSQL, a database of its own, shared by the servers given this place's
/// [`Place::sibling`].
struct Place {
    folder: tempfile::TempDir,
    database: Option<Arc<TestDatabase>>,
}

impl Place {
    fn path(&self) -> &Path {
        self.folder.path()
    }

    /// Another folder on the same PostgreSQL database (with SQLite, a file of its own).
    fn sibling(&self) -> Place {
        Place { folder: tempfile::tempdir().unwrap(), database: self.database.clone() }
    }
}

/// A new folder and, on PostgreSQL, a new database.
async fn place() -> Place {
    let database = match postgres() {
        Some(server) => Some(Arc::new(TestDatabase::new(server).await)),
        None => None,
    };
    Place { folder: tempfile::tempdir().unwrap(), database }
}

/// The test site's pages: one without a charset, one with.
const HOME_PAGE: &str = "<!doctype html>\n<html><head><title>Quiz</title></head><body><p>The quiz</p></body></html>\n";
const TEACHER_PAGE: &str = "<!DOCTYPE html>\n<html lang=\"en\"><HEAD>\n<meta charset=\"utf-8\">\n<title>Teacher</title></HEAD><body></body></html>\n";

/// A server on a new database in a new folder, with a small built site in it.
async fn start() -> Server {
    let place = place().await;
    let dist = place.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::create_dir_all(dist.join("teacher")).unwrap();
    std::fs::create_dir_all(dist.join("editor")).unwrap();
    for (name, body) in [
        ("index.html", HOME_PAGE),
        ("index.html.br", "brotli bytes"),
        ("index.html.gz", "gzip bytes"),
        ("teacher/index.html", TEACHER_PAGE),
        ("editor/index.html", TEACHER_PAGE),
        ("article-quiz-7be6db4b58b96dd2.js", "// the glue"),
        ("embed.js", "// the embed script"),
        ("embed.js.br", "brotli bytes"),
        ("embed.js.gz", "gzip bytes"),
    ] {
        std::fs::write(dist.join(name), body).unwrap();
    }
    start_in(place, START).await
}

async fn start_in(place: Place, now: u64) -> Server {
    start_with(place, now, |_| {}).await
}

/// A server whose settings `change` changes.
async fn start_with(place: Place, now: u64, change: impl FnOnce(&mut Config)) -> Server {
    log();
    let mut config = Config {
        listen: "127.0.0.1:0".parse().unwrap(),
        dist: place.path().join("dist"),
        quizzes: quizzes_folder(),
        database: place.path().join("data/article-quiz.sqlite3"),
        sqlite_max_mb: None,
        database_url: place.database.as_ref().map(|database| database.url().parse().unwrap()),
        body_limit: 16 * 1024,
        classes_per_hour: 1000,
        hand_ins_per_class: 1000,
        writes_per_minute: 0,
        trusted_proxies: Vec::new(),
        max_in_flight: 512,
        shutdown_seconds: 10,
        min_answers: 20,
        reader_days: 400,
        // Every request works the stats out afresh: the tests read them right after a post.
        stats_seconds: 0,
        admin_token: None,
        public_url: PublicUrl::default(),
        frame_ancestors: Default::default(),
        teacher_origins: Vec::new(),
        lrs_url: None,
        lrs_user: String::new(),
        lrs_password: None,
    };
    change(&mut config);
    let store = AnyStore::open(&config).await.unwrap();
    let quizzes = Quizzes::load(&config.quizzes).unwrap();
    let clock = Arc::new(AtomicU64::new(now));
    let read = clock.clone();
    let clock_fn = Arc::new(move || read.load(Ordering::SeqCst));
    let app = Arc::new(App { config, store, quizzes, clock: clock_fn, stats: Default::default() });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let router = article_quiz_server::router(app.clone());
    let task = tokio::spawn(async move {
        axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>()).await.unwrap()
    });
    Server { url, app, clock, place, client: reqwest::Client::new(), task }
}

impl Server {
    async fn get(&self, path: &str) -> (StatusCode, Value) {
        answer(self.client.get(format!("{}{path}", self.url)).send().await.unwrap()).await
    }

    async fn post(&self, path: &str, body: &Value) -> (StatusCode, Value) {
        answer(self.client.post(format!("{}{path}", self.url)).json(body).send().await.unwrap()).await
    }

    async fn as_teacher(&self, method: reqwest::Method, path: &str, secret: &str) -> (StatusCode, Value) {
        let request = self.client.request(method, format!("{}{path}", self.url)).bearer_auth(secret);
        answer(request.send().await.unwrap()).await
    }

    /// Stops the server and closes its database; the folder and the database stay.
    async fn stop(self) -> Place {
        self.task.abort();
        let _ = self.task.await;
        self.app.store.close().await;
        self.place
    }
}

async fn answer(response: reqwest::Response) -> (StatusCode, Value) {
    let status = response.status();
    let text = response.text().await.unwrap();
    (status, if text.is_empty() { Value::Null } else { serde_json::from_str(&text).unwrap_or(Value::String(text)) })
}

/// A new class of the assignment `code`: its id and secret.
async fn class(server: &Server, code: &str) -> (String, String) {
    let (status, created) =
        server.post("/api/v1/classes", &json!({ "quiz": "iranian-people", "assignment": code })).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    (created["class"].as_str().unwrap().to_owned(), created["secret"].as_str().unwrap().to_owned())
}

fn error(body: &Value) -> &str {
    body["error"].as_str().unwrap_or_else(|| panic!("a refusal in a sentence: {body}"))
}

#[tokio::test]
async fn the_health_check_and_the_quizzes_served() {
    let server = start().await;
    let response = server.client.get(format!("{}/healthz", server.url)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let (status, quizzes) = server.get("/api/v1/quizzes").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        quizzes,
        json!([{ "slug": "iranian-people", "title": "Trump Shouldn’t Forget the Iranian People", "questions": quiz().questions.len() }])
    );
    // Each quiz's bundle, which the teacher's page and the widget read as they read any.
    let bundle =
        server.client.get(format!("{}/api/v1/quizzes/iranian-people/bundle", server.url)).send().await.unwrap();
    assert_eq!(bundle.status(), StatusCode::OK);
    assert_eq!(bundle.headers()["content-type"], "application/octet-stream");
    assert_eq!(bundle.headers()["cache-control"], "no-cache");
    let loaded = article_quiz_core::bundle::decode(&bundle.bytes().await.unwrap()).expect("a sound bundle");
    assert_eq!(loaded.quiz, quiz());
    let (status, body) = server.get("/api/v1/quizzes/no-such-quiz/bundle").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(error(&body), "this server has no quiz of that name");
}

#[tokio::test]
async fn the_site_is_served_precompressed_with_its_cache_rules() {
    let server = start().await;
    let fetch = |path: &str, encodings: &str| {
        let request = server.client.get(format!("{}{path}", server.url));
        let request = if encodings.is_empty() { request } else { request.header("accept-encoding", encodings) };
        request.send()
    };
    let file = fetch("/embed.js", "gzip, br").await.unwrap();
    assert_eq!(file.status(), StatusCode::OK);
    assert_eq!(file.headers()["content-encoding"], "br");
    assert_eq!(file.headers()["cache-control"], "no-cache");
    assert_eq!(file.headers()["vary"], "accept-encoding", "a cache keeps the encodings apart");
    assert!(file.headers().get("etag").is_none(), "as ServeDir sends it");
    assert_eq!(file.text().await.unwrap(), "brotli bytes");
    let file = fetch("/embed.js", "gzip").await.unwrap();
    assert_eq!(file.headers()["content-encoding"], "gzip");
    assert_eq!(file.text().await.unwrap(), "gzip bytes");
    let file = fetch("/embed.js", "").await.unwrap();
    assert!(file.headers().get("content-encoding").is_none());
    assert_eq!(file.text().await.unwrap(), "// the embed script");
    let hashed = fetch("/article-quiz-7be6db4b58b96dd2.js", "").await.unwrap();
    assert_eq!(hashed.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(hashed.headers()["access-control-allow-origin"], "*", "the script embed fetches it with CORS");
    let plain = fetch("/embed.js", "").await.unwrap();
    assert_eq!(plain.headers()["cache-control"], "no-cache", "a name a page links to is revalidated");
    assert_eq!(fetch("/nothing-here.js", "").await.unwrap().status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_class_collects_its_hand_ins_once_each_for_its_teacher_alone() {
    let server = start().await;
    let quiz = quiz();
    let code = assignment(&quiz, "Period 3");
    let (id, secret) = class(&server, &code).await;
    assert_eq!(id.len(), 22, "128 random bits");
    assert_eq!(secret.len(), 43, "256 random bits");

    let (status, opened) = server.get(&format!("/api/v1/classes/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(opened["assignment"], code.as_str());
    assert_eq!(opened["title"], "Period 3", "the assignment's own title");
    assert_eq!(opened["expires_at"], START + 120 * DAY, "120 days by default");

    let hand_ins = format!("/api/v1/classes/{id}/hand-ins");
    for (n, name) in ["Ana", "Ben", "Chloé"].iter().enumerate() {
        let body = json!({ "key": format!("hand-in-key-0000-{n}"), "code": result_code(&quiz, &code, name) });
        let (status, kept) = server.post(&hand_ins, &body).await;
        assert_eq!(status, StatusCode::CREATED, "{kept}");
        assert_eq!(kept["name"], *name);
    }
    // Sent again (its answer was lost): the same hand-in, kept once.
    let again = json!({ "key": "hand-in-key-0000-1", "code": result_code(&quiz, &code, "Ben") });
    let (status, kept) = server.post(&hand_ins, &again).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(kept["name"], "Ben");
    // Another hand-in under a key already used learns nothing of the first.
    let guess = json!({ "key": "hand-in-key-0000-1", "code": result_code(&quiz, &code, "Mallory") });
    let (status, refused) = server.post(&hand_ins, &guess).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused, json!({ "error": "this key was used by another hand-in; make a new one" }));

    // The scheme's name in any case, as HTTP allows.
    let lower =
        server.client.get(format!("{}{hand_ins}", server.url)).header("authorization", format!("bearer {secret}"));
    assert_eq!(lower.send().await.unwrap().status(), StatusCode::OK);
    let (status, list) = server.as_teacher(reqwest::Method::GET, &hand_ins, &secret).await;
    assert_eq!(status, StatusCode::OK);
    let names: Vec<&str> = list["hand_ins"].as_array().unwrap().iter().map(|h| h["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Ana", "Ben", "Chloé"]);
    assert_eq!(list["title"], "Period 3");

    // Nobody else reads them: no secret, a wrong one, another class's (each door is tried
    // in `every_door_without_its_key_answers_as_if_nothing_were_behind_it`).
    let (status, refused) = server.get(&hand_ins).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(error(&refused), "this class was deleted or has expired, or its link is mistyped");
    assert_eq!(server.as_teacher(reqwest::Method::GET, &hand_ins, "guess").await.0, StatusCode::NOT_FOUND);
    let (_, other_secret) = class(&server, &assignment(&quiz, "Period 4")).await;
    assert_eq!(server.as_teacher(reqwest::Method::GET, &hand_ins, &other_secret).await.0, StatusCode::NOT_FOUND);
    let first = list["hand_ins"][0]["id"].as_i64().unwrap();
    let one = format!("{hand_ins}/{first}");
    assert_eq!(server.as_teacher(reqwest::Method::DELETE, &one, &other_secret).await.0, StatusCode::NOT_FOUND);
    let (_, list) = server.as_teacher(reqwest::Method::GET, &hand_ins, &secret).await;
    assert_eq!(list["hand_ins"].as_array().unwrap().len(), 3, "a stranger's delete deleted nothing");

    // The teacher deletes one hand-in, then the class: then nothing of it is there.
    assert_eq!(server.as_teacher(reqwest::Method::DELETE, &one, &secret).await.0, StatusCode::NO_CONTENT);
    let (status, gone) = server.as_teacher(reqwest::Method::DELETE, &one, &secret).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(error(&gone), "there is no such hand-in in this class");
    let (_, list) = server.as_teacher(reqwest::Method::GET, &hand_ins, &secret).await;
    assert_eq!(list["hand_ins"].as_array().unwrap().len(), 2);
    let class_path = format!("/api/v1/classes/{id}");
    assert_eq!(server.as_teacher(reqwest::Method::DELETE, &class_path, &secret).await.0, StatusCode::NO_CONTENT);
    let (status, gone) = server.get(&class_path).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(error(&gone), "this class was deleted or has expired, or its link is mistyped");
    let (status, _) =
        server.post(&hand_ins, &json!({ "key": "late-hand-in-key-0", "code": result_code(&quiz, &code, "Dee") })).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(server.as_teacher(reqwest::Method::GET, &hand_ins, &secret).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn every_refusal_says_why() {
    let server = start().await;
    let quiz = quiz();
    let code = assignment(&quiz, "Period 3");
    let new_class = |changes: Value| {
        let mut body = json!({ "quiz": "iranian-people", "assignment": code });
        body.as_object_mut().unwrap().extend(changes.as_object().unwrap().clone());
        body
    };
    let refusals = [
        (new_class(json!({ "quiz": "not-a-quiz" })), "this server has no quiz of that name"),
        (new_class(json!({ "assignment": "AAAA" })), "the assignment link cannot be opened: "),
        (new_class(json!({ "days": 0 })), "a class lasts 1 to 365 days"),
        (new_class(json!({ "days": 366 })), "a class lasts 1 to 365 days"),
        (new_class(json!({ "title": "x".repeat(121) })), "the title is longer than 120 bytes"),
    ];
    for (body, why) in refusals {
        let (status, refused) = server.post("/api/v1/classes", &body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(error(&refused).starts_with(why), "{refused} for {body}");
    }
    // A newer client's extra fields are ignored.
    let (status, _) = server.post("/api/v1/classes", &new_class(json!({ "colour": "blue", "days": 3 }))).await;
    assert_eq!(status, StatusCode::CREATED);

    // Not JSON, not the JSON asked for, not declared as JSON, too large.
    let raw = |body: &str, content_type: &str| {
        server
            .client
            .post(format!("{}/api/v1/classes", server.url))
            .header("content-type", content_type)
            .body(body.to_owned())
            .send()
    };
    let (status, refused) = answer(raw("{\"quiz\":", "application/json").await.unwrap()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(error(&refused).starts_with("the request is not what this server expects"));
    let (status, _) = answer(raw("{\"quiz\": 3}", "application/json").await.unwrap()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, refused) = answer(raw("{}", "text/plain").await.unwrap()).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(error(&refused), "the request must be JSON (Content-Type: application/json)");
    let huge = format!("{{\"quiz\": \"{}\"}}", "x".repeat(20_000));
    let (status, refused) = answer(raw(&huge, "application/json").await.unwrap()).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(error(&refused), "the request is larger than this server accepts");

    // Hand-ins: an unknown class, a damaged code, another assignment's code, a bad key.
    let (id, secret) = class(&server, &code).await;
    let hand_ins = format!("/api/v1/classes/{id}/hand-ins");
    let good = result_code(&quiz, &code, "Ana");
    let (status, _) = server.post("/api/v1/classes/nope/hand-ins", &json!({ "key": KEY, "code": good })).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let damaged = format!("{}x", &good[..good.len() - 3]);
    let other = result_code(&quiz, &assignment(&quiz, "Period 4"), "Ana");
    for (body, why) in [
        (json!({ "key": KEY, "code": damaged }), "the result code cannot be read: "),
        (json!({ "key": KEY, "code": other }), "this result code answers another assignment, not this class's"),
        (json!({ "key": "", "code": good }), "a hand-in's key is 16 to 64 letters, digits, - or _"),
        (json!({ "key": "key-0", "code": good }), "a hand-in's key is 16 to 64 letters, digits, - or _"),
        (json!({ "key": "<script>alert(1)</script>", "code": good }), "a hand-in's key is 16 to 64 letters"),
        (json!({ "key": "k".repeat(65), "code": good }), "a hand-in's key is 16 to 64 letters, digits, - or _"),
    ] {
        let (status, refused) = server.post(&hand_ins, &body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(error(&refused).starts_with(why), "{refused}");
    }
    let (status, _) = server.post(&hand_ins, &json!({ "code": good })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "no key");

    // An address the API does not have, or a hand-in's number that is not one.
    for path in ["/api/v1/nothing", "/api/v1", "/api/v1/", "/api", "/api/v2/classes"] {
        let (status, refused) = server.get(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(error(&refused), "there is no such address in this API", "{path}");
    }
    let put = server.client.put(format!("{}/api/v1/classes", server.url)).json(&json!({})).send().await.unwrap();
    let (status, refused) = answer(put).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(error(&refused), "this address does not take that method");
    let (status, refused) = server.as_teacher(reqwest::Method::DELETE, &format!("{hand_ins}/first"), &secret).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(error(&refused).starts_with("the address is not one this server knows"), "{refused}");
}

/// A body sent as it is, with this `Content-Type` (none: no header).
async fn raw(
    server: &Server,
    path: &str,
    content_type: Option<&str>,
    body: impl Into<reqwest::Body>,
) -> (StatusCode, Value) {
    let mut request = server.client.post(format!("{}{path}", server.url)).body(body);
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
    }
    answer(request.send().await.unwrap()).await
}

#[tokio::test]
async fn a_hostile_body_is_refused_with_what_is_wrong_in_it_on_every_route_that_takes_one() {
    let server = start().await;
    let quiz = quiz();
    let code = assignment(&quiz, "Period 3");
    let (id, secret) = class(&server, &code).await;
    let good_class = json!({ "quiz": "iranian-people", "assignment": code }).to_string();
    let good_hand_in = json!({ "key": KEY, "code": result_code(&quiz, &code, "Ana") }).to_string();
    let good_events = json!({ "reader": reader(1), "events": [{ "kind": "view" }] }).to_string();
    let routes = [
        ("/api/v1/classes".to_owned(), good_class, "quiz", "assignment"),
        (format!("/api/v1/classes/{id}/hand-ins"), good_hand_in, "key", "code"),
        ("/api/v1/quizzes/iranian-people/events".to_owned(), good_events, "reader", "events"),
    ];
    let json = Some("application/json");
    for (path, good, first, second) in &routes {
        // Over the limit (16 KiB here): 413, before the JSON is read, even when it is not JSON.
        for big in [format!("{{\"{first}\": \"{}\"}}", "x".repeat(17_000)), "[".repeat(20_000)] {
            let (status, refused) = raw(&server, path, json, big).await;
            assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{path}");
            assert_eq!(error(&refused), "the request is larger than this server accepts", "{path}");
        }
        // Not JSON at all, or JSON with more after it: 400, and the parser's reason.
        for (body, why) in [
            ("".to_owned(), "EOF while parsing a value at line 1 column 0"),
            ("quiz=iranian-people".to_owned(), "expected value at line 1 column 1"),
            (format!("{good} DROP TABLE hand_ins"), "trailing characters at line 1 column"),
            (format!("{good}{good}"), "trailing characters at line 1 column"),
            (good[..good.len() - 1].to_owned(), "EOF while parsing an object"),
            (good.replace(':', "="), "expected `:` at line 1 column"),
        ] {
            let (status, refused) = raw(&server, path, json, body.clone()).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{path} {body:.60}");
            let said = error(&refused);
            assert!(said.starts_with("the request is not what this server expects: "), "{said}");
            assert!(said.contains(why), "{path} {body:.60}: {said}");
        }
        // Bytes that are not UTF-8 inside a string.
        let mut bytes = format!("{{\"{first}\": \"").into_bytes();
        bytes.extend_from_slice(&[0xff, 0xfe, b'"', b'}']);
        let (status, refused) = raw(&server, path, json, bytes).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        assert!(
            error(&refused).contains("invalid unicode code point") || error(&refused).contains("UTF-8"),
            "{refused}"
        );
        // JSON of the wrong shape: 422, naming the field and what it should be.
        let mut wrong_type: Value = serde_json::from_str(good).unwrap();
        wrong_type[*first] = json!(3);
        let mut missing: Value = serde_json::from_str(good).unwrap();
        missing.as_object_mut().unwrap().remove(*second);
        for (body, why) in [
            (wrong_type.to_string(), format!("{first}: invalid type: integer `3`, expected ")),
            (missing.to_string(), format!("missing field `{second}`")),
            ("[]".to_owned(), "invalid length 0".to_owned()),
            ("null".to_owned(), "invalid type: null".to_owned()),
            (
                "\"<img src=x onerror=alert(1)>\"".to_owned(),
                "invalid type: string \"<img src=x onerror=alert(1)>\"".to_owned(),
            ),
        ] {
            let (status, refused) = raw(&server, path, json, body.clone()).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{path} {body:.60}");
            let said = error(&refused);
            assert!(said.starts_with("the request is not what this server expects: "), "{said}");
            assert!(said.contains(&why), "{path} {body:.60}: {said}");
        }
        // Not declared as JSON: 415, whatever the bytes.
        for content_type in
            [None, Some("text/plain"), Some("application/x-www-form-urlencoded"), Some("application/jsonx")]
        {
            let (status, refused) = raw(&server, path, content_type, good.clone()).await;
            assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{path} {content_type:?}");
            assert_eq!(error(&refused), "the request must be JSON (Content-Type: application/json)");
        }
    }
    // JSON nested deeper than the parser goes (a reader's answer here, as the event is read
    // twice): refused, and the server still answers.
    let deep = format!(
        "{{\"reader\": \"{}\", \"events\": [{{\"kind\": \"answer\", \"question\": \"q\", \"response\": {}{}}}]}}",
        reader(2),
        "[".repeat(5_000),
        "]".repeat(5_000)
    );
    let (status, refused) = raw(&server, &routes[2].0, json, deep).await;
    assert!(matches!(status, StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY), "{status}");
    assert!(error(&refused).contains("recursion limit exceeded"), "{refused}");
    assert_eq!(server.get("/healthz").await.0, StatusCode::OK);
    // An address whose parameter is not UTF-8: 400, in JSON, on every route with one (the
    // bundle's answered in plain text, which its document did not list, before).
    for path in [
        "/api/v1/quizzes/%FF/bundle",
        "/api/v1/quizzes/%FF/stats",
        "/api/v1/quizzes/%C0%AF/report",
        "/api/v1/quizzes/%FF/report.csv",
        "/api/v1/classes/%FF",
        "/api/v1/classes/%FF/hand-ins",
    ] {
        let (status, refused) = server.get(path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        assert!(error(&refused).starts_with("the address is not one this server knows: "), "{path}: {refused}");
    }
    // A charset on the JSON type is still JSON.
    let (status, _) = raw(&server, &routes[0].0, Some("application/json; charset=utf-8"), routes[0].1.clone()).await;
    assert_eq!(status, StatusCode::CREATED);
    // Nothing refused was kept: the class has no hand-in, no reader answered.
    let (_, list) = server.as_teacher(reqwest::Method::GET, &routes[1].0, &secret).await;
    assert_eq!(list["hand_ins"], json!([]));
    let tallies = server.app.store.answer_tallies("iranian-people").await.unwrap();
    assert!(tallies.is_empty());
}

/// Text that would do harm if a server pasted it into SQL, HTML or a terminal.
const HOSTILE: [&str; 7] = [
    "'); DROP TABLE hand_ins; --",
    "Robert'); DELETE FROM classes WHERE ('1'='1",
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(document.cookie)</script>",
    "\u{1b}[2J\u{1b}[31mred\u{1b}[0m and a bell\u{7}",
    "\u{202e}gnp.exe and a zero\u{200b}width, a tab\tand\r\na new line",
    "\u{1}\u{7f}\u{85}\u{feff} 🙂 ’quoted’ \\ \" %s %n {{}}",
];

#[tokio::test]
async fn sql_html_and_control_characters_are_kept_and_given_back_as_they_were_sent_and_never_run() {
    let server = start_with(place().await, START, |config| {
        config.admin_token = Some("admin-token-0123456789abcdef".parse().unwrap())
    })
    .await;
    let quiz = quiz();
    let code = assignment(&quiz, "Period 3");
    for (n, text) in HOSTILE.iter().enumerate() {
        // A class's title: kept and shown as sent, to students and to its teacher.
        let new = json!({ "quiz": "iranian-people", "assignment": code, "title": text });
        let (status, created) = server.post("/api/v1/classes", &new).await;
        assert_eq!(status, StatusCode::CREATED, "{text:?}: {created}");
        let id = created["class"].as_str().unwrap();
        let secret = created["secret"].as_str().unwrap();
        let (status, class) = server.get(&format!("/api/v1/classes/{id}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(class["title"], json!(text), "{text:?}");
        // A student's name, inside the result code: kept and listed as sent.
        let hand_ins = format!("/api/v1/classes/{id}/hand-ins");
        let key = format!("hostile-hand-in-{n:02}");
        let sent = result_code(&quiz, &code, text);
        let (status, kept) = server.post(&hand_ins, &json!({ "key": key, "code": sent })).await;
        assert_eq!(status, StatusCode::CREATED, "{text:?}: {kept}");
        assert_eq!(kept["name"], json!(text), "{text:?}");
        let (status, list) = server.as_teacher(reqwest::Method::GET, &hand_ins, secret).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(list["title"], json!(text), "{text:?}");
        assert_eq!(list["hand_ins"][0]["name"], json!(text), "{text:?}");
        assert_eq!(list["hand_ins"][0]["code"], json!(sent));
        // A reader's id and site have rules that refuse all of this: 422, and nothing kept.
        for changes in [json!({ "reader": text }), json!({ "site": text })] {
            let mut body = json!({ "reader": reader(n), "site": "news.example", "events": [{ "kind": "view" }] });
            body.as_object_mut().unwrap().extend(changes.as_object().unwrap().clone());
            let (status, refused) = server.post("/api/v1/quizzes/iranian-people/events", &body).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
            assert!(
                error(&refused).starts_with("a reader's id is 16 to 64")
                    || error(&refused).starts_with("the site is the embedding page's host name alone"),
                "{refused}"
            );
        }
        // An id or hand-in number made of it: not found, or not a number.
        let escaped: String = text.bytes().map(|b| format!("%{b:02X}")).collect();
        assert_eq!(server.get(&format!("/api/v1/classes/{escaped}")).await.0, StatusCode::NOT_FOUND);
        let (status, _) = server.as_teacher(reqwest::Method::DELETE, &format!("{hand_ins}/{escaped}"), secret).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
    // Every table is still there and still works: a class, a hand-in, a reader's answer and
    // the newsroom's report.
    let (id, secret) = class(&server, &code).await;
    let hand_ins = format!("/api/v1/classes/{id}/hand-ins");
    let (status, _) = server.post(&hand_ins, &json!({ "key": KEY, "code": result_code(&quiz, &code, "Ana") })).await;
    assert_eq!(status, StatusCode::CREATED);
    let (_, list) = server.as_teacher(reqwest::Method::GET, &hand_ins, &secret).await;
    assert_eq!(list["hand_ins"].as_array().unwrap().len(), 1);
    let (question, key, _) = single_choice(&quiz);
    let answered = json!({ "reader": reader(99), "site": "news.example", "events": [
        { "kind": "answer", "question": question, "response": { "Single": key } },
    ] });
    assert_eq!(server.post("/api/v1/quizzes/iranian-people/events", &answered).await.0, StatusCode::NO_CONTENT);
    let tallies = server.app.store.answer_tallies("iranian-people").await.unwrap();
    assert_eq!(tallies.iter().map(|t| t.count).sum::<u32>(), 1);
    let (status, report) = server
        .as_teacher(reqwest::Method::GET, "/api/v1/quizzes/iranian-people/report", "admin-token-0123456789abcdef")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(report["by_site"][0]["site"], json!("news.example"));
}

#[tokio::test]
async fn a_class_and_the_server_hold_at_most_what_their_limits_say() {
    let server = start_with(place().await, START, |config| {
        config.classes_per_hour = 2;
        config.hand_ins_per_class = 2;
    })
    .await;
    let quiz = quiz();
    let code = assignment(&quiz, "Period 3");
    let (id, secret) = class(&server, &code).await;
    let hand_ins = format!("/api/v1/classes/{id}/hand-ins");
    for (key, name) in [(KEY, "Ana"), (KEY2, "Ben")] {
        let (status, _) = server.post(&hand_ins, &json!({ "key": key, "code": result_code(&quiz, &code, name) })).await;
        assert_eq!(status, StatusCode::CREATED);
    }
    let third = json!({ "key": "Third-hand-in-key", "code": result_code(&quiz, &code, "Chloé") });
    let (status, refused) = server.post(&hand_ins, &third).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error(&refused), "this class holds its most hand-ins (2); ask your teacher");
    // A full class still answers a hand-in sent again.
    let again = json!({ "key": KEY2, "code": result_code(&quiz, &code, "Ben") });
    assert_eq!(server.post(&hand_ins, &again).await.0, StatusCode::OK);
    // After a deletion there is room again.
    let (_, list) = server.as_teacher(reqwest::Method::GET, &hand_ins, &secret).await;
    let first = list["hand_ins"][0]["id"].as_i64().unwrap();
    server.as_teacher(reqwest::Method::DELETE, &format!("{hand_ins}/{first}"), &secret).await;
    assert_eq!(server.post(&hand_ins, &third).await.0, StatusCode::CREATED);

    // Two classes in an hour, then a refusal to try later; an hour on, another.
    class(&server, &code).await;
    let response = server
        .client
        .post(format!("{}/api/v1/classes", server.url))
        .json(&json!({ "quiz": "iranian-people", "assignment": code }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["retry-after"], "60");
    let (status, refused) = answer(response).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(error(&refused), "this server has made as many classes as it makes in an hour; try again later");
    server.clock.store(START + 60 * 60 * 1000 + 1, Ordering::SeqCst);
    class(&server, &code).await;
}

#[tokio::test]
async fn an_expired_class_is_gone_and_then_deleted() {
    let server = start().await;
    let quiz = quiz();
    let code = assignment(&quiz, "Period 3");
    let (status, created) =
        server.post("/api/v1/classes", &json!({ "quiz": "iranian-people", "assignment": code, "days": 1 })).await;
    assert_eq!(status, StatusCode::CREATED);
    let id = created["class"].as_str().unwrap().to_owned();
    let body = json!({ "key": KEY, "code": result_code(&quiz, &code, "Ana") });
    assert_eq!(server.post(&format!("/api/v1/classes/{id}/hand-ins"), &body).await.0, StatusCode::CREATED);

    server.clock.store(START + DAY - 1, Ordering::SeqCst);
    assert_eq!(server.get(&format!("/api/v1/classes/{id}")).await.0, StatusCode::OK);
    server.clock.store(START + DAY, Ordering::SeqCst);
    assert_eq!(server.get(&format!("/api/v1/classes/{id}")).await.0, StatusCode::NOT_FOUND);
    let body = json!({ "key": KEY2, "code": result_code(&quiz, &code, "Ben") });
    assert_eq!(server.post(&format!("/api/v1/classes/{id}/hand-ins"), &body).await.0, StatusCode::NOT_FOUND);
    // Purged: the class and its hand-ins leave the database.
    assert_eq!(server.app.store.purge_expired_classes(START + DAY).await.unwrap(), 1);
    assert_eq!(server.app.store.hand_ins(&id).await.unwrap(), Vec::new());
}

#[tokio::test]
async fn what_was_acknowledged_is_there_after_a_restart() {
    let server = start().await;
    let quiz = quiz();
    let code = assignment(&quiz, "Period 3");
    let (id, secret) = class(&server, &code).await;
    let body = json!({ "key": KEY, "code": result_code(&quiz, &code, "Ana") });
    assert_eq!(server.post(&format!("/api/v1/classes/{id}/hand-ins"), &body).await.0, StatusCode::CREATED);
    let place = server.stop().await;
    // The database holds the secret only as its hash, and no address of a client.
    let file = kept(&place).await;
    let holds = |text: &[u8]| file.windows(text.len()).any(|window| window == text);
    assert!(holds(id.as_bytes()) && holds(code.as_bytes()), "the file is readable as it is kept");
    assert!(!holds(secret.as_bytes()), "the teacher's secret is not kept");
    assert!(!holds(b"127.0.0.1"), "no client's address is kept");

    let server = start_in(place, START + 1000).await;
    let (status, list) =
        server.as_teacher(reqwest::Method::GET, &format!("/api/v1/classes/{id}/hand-ins"), &secret).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["hand_ins"][0]["name"], "Ana");
    let file = server.place.path().join("data/article-quiz.sqlite3");
    match &server.place.database {
        None => assert!(file.is_file(), "the database is one file under data/"),
        Some(_) => assert!(!file.exists(), "on PostgreSQL, no SQLite file is made"),
    }
}

/// All the database holds, as bytes to search: with SQLite, its file and (until a
/// checkpoint) its write-ahead log; with PostgreSQL, every column of every row, as text.
async fn kept(place: &Place) -> Vec<u8> {
    use sqlx::Connection;
    let Some(database) = &place.database else {
        let data = place.path().join("data");
        return ["article-quiz.sqlite3", "article-quiz.sqlite3-wal"]
            .iter()
            .flat_map(|name| std::fs::read(data.join(name)).unwrap_or_default())
            .collect();
    };
    let mut connection = sqlx::PgConnection::connect(&database.url()).await.unwrap();
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT concat_ws(' ', id, encode(secret_hash, 'hex'), quiz, assignment, title, created_at, expires_at) \
         FROM classes \
         UNION ALL SELECT concat_ws(' ', id, class_id, key, name, code, received_at) FROM hand_ins \
         UNION ALL SELECT concat_ws(' ', quiz, reader, site, day, started, finished, earned, max_points) FROM readings \
         UNION ALL SELECT concat_ws(' ', quiz, reader, question, response, \"right\") FROM reader_answers",
    )
    .fetch_all(&mut connection)
    .await
    .unwrap();
    connection.close().await.unwrap();
    rows.into_iter().map(|(row,)| row).collect::<Vec<_>>().join("\n").into_bytes()
}

/// What the servers of this test binary log: one subscriber for the whole process, set
/// before any server starts.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Log {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn log() -> &'static Log {
    static LOG: OnceLock<Log> = OnceLock::new();
    LOG.get_or_init(|| {
        let log = Log::default();
        let writer = log.clone();
        let subscriber = tracing_subscriber::fmt().with_writer(move || writer.clone()).with_ansi(false).finish();
        tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");
        log
    })
}

#[tokio::test]
async fn the_log_holds_no_class_id_secret_code_or_address() {
    let server = start().await;
    let quiz = quiz();
    let code = assignment(&quiz, "Period 3");
    let (id, secret) = class(&server, &code).await;
    let hand_in = result_code(&quiz, &code, "Ana");
    let path = format!("/api/v1/classes/{id}/hand-ins");
    server.post(&path, &json!({ "key": KEY, "code": hand_in })).await;
    server.as_teacher(reqwest::Method::GET, &path, &secret).await;
    server.as_teacher(reqwest::Method::GET, &path, "a-wrong-secret").await;
    server.get("/index.html?a=AN-ASSIGNMENT-CODE").await;
    server.as_teacher(reqwest::Method::DELETE, &format!("/api/v1/classes/{id}"), &secret).await;
    // Every server's log so far, this one's included.
    let text = String::from_utf8(log().0.lock().unwrap().clone()).unwrap();
    assert!(text.contains(r#"route="/api/v1/classes/{class}/hand-ins""#) && text.contains("status=201"), "{text}");
    for private in [id.as_str(), &secret, "a-wrong-secret", &code, &hand_in, "Ana", "AN-ASSIGNMENT-CODE", "127.0.0.1"] {
        assert!(!text.contains(private), "{private} in the log:\n{text}");
    }
}

/// A news reader's page id, as random as a page makes it.
fn reader(n: usize) -> String {
    format!("reader-page-id-{n:04}")
}

/// The quiz's first single-choice question: its id, its key and a wrong answer.
fn single_choice(quiz: &Quiz) -> (String, usize, usize) {
    quiz.questions
        .iter()
        .find_map(|q| match &q.kind {
            Kind::Single { correct, .. } => Some((q.id.clone(), *correct, (*correct + 1) % 2)),
            _ => None,
        })
        .unwrap()
}

#[tokio::test]
async fn readers_see_how_others_answered_once_enough_did() {
    let server = start().await;
    let quiz = quiz();
    let (question, key, wrong) = single_choice(&quiz);
    let wrong_text = match &quiz.questions.iter().find(|q| q.id == question).unwrap().kind {
        article_quiz_core::Kind::Single { options, .. } => options[wrong].text.clone(),
        _ => unreachable!(),
    };
    let events = "/api/v1/quizzes/iranian-people/events";
    let most = quiz.questions.iter().map(|q| q.points).sum::<u32>() * 100;
    // 19 readers: 14 right, 4 with the same wrong answer, 1 with another.
    let other_wrong = (0..4).find(|i| *i != key && *i != wrong).unwrap();
    let answer_of = |n: usize| match n {
        0..14 => key,
        14..18 => wrong,
        _ => other_wrong,
    };
    let client = &server;
    let send = |n: usize, choice: usize, earned: u32| {
        let body = json!({
            "reader": reader(n),
            "site": "News.Example.com",
            "events": [
                { "kind": "view" },
                { "kind": "start" },
                { "kind": "answer", "question": question, "response": { "Single": choice } },
                { "kind": "finish", "earned": earned, "max": most },
            ]
        });
        async move { client.post(events, &body).await }
    };
    for n in 0..19 {
        let (status, body) = send(n, answer_of(n), (n as u32) * 100).await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    }
    let stats = server.client.get(format!("{}/api/v1/quizzes/iranian-people/stats", server.url)).send().await.unwrap();
    assert_eq!(stats.headers()["cache-control"], "public, max-age=60");
    let (status, body) = answer(stats).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!({ "quiz": "iranian-people", "min_answers": 20, "questions": [], "scores": [] }), "below K");

    // Sent again (a lost answer), and a second answer to the same question: neither counts.
    send(3, answer_of(3), 300).await;
    send(3, wrong, 0).await;
    assert_eq!(server.get("/api/v1/quizzes/iranian-people/stats").await.1["questions"], json!([]));

    // The 20th reader answers another wrong answer: now the question shows.
    send(19, wrong, 0).await;
    let first = server.client.get(format!("{}/api/v1/quizzes/iranian-people/stats", server.url)).send().await.unwrap();
    let tag = first.headers()["etag"].to_str().unwrap().to_owned();
    let (_, body) = answer(first).await;
    assert_eq!(
        body["questions"],
        json!([{
            "question": question,
            "answers": 20,
            "right": 14,
            "common_wrong": { "Single": wrong },
            "common_wrong_count": 5,
            "common_wrong_text": wrong_text,
        }])
    );
    let scores = body["scores"].as_array().unwrap();
    assert_eq!(scores.len(), 101);
    assert_eq!(scores.iter().map(|n| n.as_u64().unwrap()).sum::<u64>(), 20, "every finish, once");
    let percent = |earned: u32| ((200 * u64::from(earned) + u64::from(most)) / (2 * u64::from(most))) as usize;
    assert_eq!(scores[percent(1800)], 1, "reader 18's score");

    // The same stats again: 304 for the tag the client holds; a new answer, a new tag.
    let again = server
        .client
        .get(format!("{}/api/v1/quizzes/iranian-people/stats", server.url))
        .header("if-none-match", &tag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    // A CDN that compresses makes the tag weak: it still matches.
    let weak = server
        .client
        .get(format!("{}/api/v1/quizzes/iranian-people/stats", server.url))
        .header("if-none-match", format!("W/{tag}"))
        .send()
        .await
        .unwrap();
    assert_eq!(weak.status(), StatusCode::NOT_MODIFIED);
    send(20, key, 100).await;
    let changed = server
        .client
        .get(format!("{}/api/v1/quizzes/iranian-people/stats", server.url))
        .header("if-none-match", &tag)
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), StatusCode::OK);
    assert_ne!(changed.headers()["etag"].to_str().unwrap(), tag);
}

#[tokio::test]
async fn a_reader_event_that_is_not_one_is_refused_and_one_unknown_is_skipped() {
    let server = start().await;
    let quiz = quiz();
    let (question, key, _) = single_choice(&quiz);
    let events = "/api/v1/quizzes/iranian-people/events";
    let with = |changes: Value| {
        let mut body = json!({ "reader": reader(1), "events": [{ "kind": "view" }] });
        body.as_object_mut().unwrap().extend(changes.as_object().unwrap().clone());
        body
    };
    let answer_to = |question: &str, response: Value| {
        with(json!({ "events": [{ "kind": "answer", "question": question, "response": response }] }))
    };
    for (body, why) in [
        (with(json!({ "reader": "short" })), "a reader's id is 16 to 64 letters, digits, - or _"),
        (with(json!({ "reader": "x'); DROP TABLE readings;--" })), "a reader's id is 16 to 64"),
        (with(json!({ "site": "https://news.example.com" })), "the site is the embedding page's host name alone"),
        (with(json!({ "site": "<b>news</b>" })), "the site is the embedding page's host name alone"),
        (with(json!({ "events": vec![json!({ "kind": "view" }); 65] })), "a request carries at most 64 events"),
        (answer_to("no-such-question", json!({ "Single": 0 })), "this quiz has no question \"no-such-question\""),
        (answer_to(&question, json!({ "Single": 99 })), "that is not an answer to question"),
        (answer_to(&question, json!({ "TrueFalse": true })), "that is not an answer to question"),
        (with(json!({ "events": [{ "kind": "finish", "earned": 200, "max": 100 }] })), "a score is 0 to its most"),
        (with(json!({ "events": [{ "kind": "finish", "earned": 0, "max": 0 }] })), "a score is 0 to its most"),
    ] {
        let (status, refused) = server.post(events, &body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(error(&refused).starts_with(why), "{refused} for {body}");
    }
    let (status, refused) = server.post("/api/v1/quizzes/not-a-quiz/events", &with(json!({}))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(error(&refused), "this server has no quiz of that name");
    // A kind from a newer widget is skipped; the rest is kept.
    let newer = json!({ "reader": reader(2), "events": [
        { "kind": "shared", "to": "somewhere" },
        { "kind": "answer", "question": question, "response": { "Single": key } },
    ] });
    assert_eq!(server.post(events, &newer).await.0, StatusCode::NO_CONTENT);
    // Nothing refused was kept: one reader, one answer.
    let tallies = server.app.store.answer_tallies("iranian-people").await.unwrap();
    assert_eq!(tallies.iter().map(|t| t.count).sum::<u32>(), 1);
}

#[tokio::test]
async fn the_newsroom_view_counts_views_starts_and_finishes_for_the_admin_alone() {
    const TOKEN: &str = "newsroom-admin-token-0123456789";
    let closed = start().await;
    let (status, refused) =
        closed.as_teacher(reqwest::Method::GET, "/api/v1/quizzes/iranian-people/report", TOKEN).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(error(&refused), "this server's newsroom view is closed: it was started without an admin token");

    let server = start_with(place().await, START, |config| {
        config.admin_token = Some(TOKEN.parse().unwrap());
    })
    .await;
    let quiz = quiz();
    let (question, key, wrong) = single_choice(&quiz);
    let events = "/api/v1/quizzes/iranian-people/events";
    let most = quiz.questions.iter().map(|q| q.points).sum::<u32>() * 100;
    // Day one on two sites: 3 views, 2 starts, 1 finish; day two: 1 view.
    let view = json!([{ "kind": "view" }]);
    let answered =
        |choice: usize| json!([{ "kind": "answer", "question": question, "response": { "Single": choice } }]);
    let finished = json!([{ "kind": "finish", "earned": most, "max": most }]);
    for (n, site, list) in [
        (1, "a.example", view.clone()),
        (1, "a.example", answered(key)),
        (1, "a.example", finished),
        (2, "a.example", answered(wrong)),
        (3, "b.example", view.clone()),
    ] {
        let (status, _) = server.post(events, &json!({ "reader": reader(n), "site": site, "events": list })).await;
        assert_eq!(status, StatusCode::NO_CONTENT);
    }
    server.clock.store(START + DAY, Ordering::SeqCst);
    server.post(events, &json!({ "reader": reader(4), "events": view })).await;

    let path = "/api/v1/quizzes/iranian-people/report";
    assert_eq!(server.get(path).await.0, StatusCode::UNAUTHORIZED);
    let (status, refused) = server.as_teacher(reqwest::Method::GET, path, "newsroom-admin-token-guess").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(error(&refused), "this needs the server's admin token, and it is missing or wrong");
    let (status, report) = server.as_teacher(reqwest::Method::GET, path, TOKEN).await;
    assert_eq!(status, StatusCode::OK, "{report}");
    assert_eq!(report["total"], json!({ "views": 4, "starts": 2, "finishes": 1 }));
    assert_eq!(
        report["by_site"],
        json!([
            { "site": "", "views": 1, "starts": 0, "finishes": 0 },
            { "site": "a.example", "views": 2, "starts": 2, "finishes": 1 },
            { "site": "b.example", "views": 1, "starts": 0, "finishes": 0 },
        ])
    );
    assert_eq!(
        report["by_day"],
        json!([
            { "day": "2027-01-15", "views": 3, "starts": 2, "finishes": 1 },
            { "day": "2027-01-16", "views": 1, "starts": 0, "finishes": 0 },
        ])
    );
    let asked = quiz.questions.iter().find(|q| q.id == question).unwrap();
    let Kind::Single { options, .. } = &asked.kind else { unreachable!("a single choice") };
    assert_eq!(
        report["questions"],
        json!([{ "question": question, "prompt": asked.prompt, "answers": 2, "right": 1, "distribution": [
            { "response": { "Single": key }, "text": options[key].text, "right": true, "count": 1 },
            { "response": { "Single": wrong }, "text": options[wrong].text, "right": false, "count": 1 },
        ] }])
    );
    let csv = server.client.get(format!("{}{path}.csv", server.url)).bearer_auth(TOKEN).send().await.unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let text = csv.text().await.unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "quiz,site,day,views,starts,finishes,question,answer,answer_text,right,readers");
    assert!(lines.contains(&"iranian-people,,2027-01-15,3,2,1,,,,,"), "{text}");
    assert!(lines.contains(&"iranian-people,a.example,,2,2,1,,,,,"), "{text}");
    let mut row = csv::Writer::from_writer(Vec::new());
    let response = format!("{{\"Single\":{key}}}");
    row.write_record(["iranian-people", "", "", "", "", "", &question, &response, &options[key].text, "yes", "1"])
        .unwrap();
    let row = String::from_utf8(row.into_inner().unwrap()).unwrap();
    assert!(lines.contains(&row.trim_end()), "{text}");
}

/// Each door of the API that has a key (a class's secret, the admin token), tried without
/// it, with a wrong one and with another's: a class's doors answer exactly (status and body)
/// as a class that does not exist does, and its hand-ins stay as they were; the newsroom's
/// doors refuse, and say nothing of the quiz.
#[tokio::test]
async fn every_door_without_its_key_answers_as_if_nothing_were_behind_it() {
    const TOKEN: &str = "newsroom-admin-token-0123456789";
    let server = start_with(place().await, START, |config| {
        config.admin_token = Some(TOKEN.parse().unwrap());
    })
    .await;
    let quiz = quiz();
    let code = assignment(&quiz, "Period 5");
    let (id, secret) = class(&server, &code).await;
    let (other, other_secret) = class(&server, &assignment(&quiz, "Period 6")).await;
    let (status, _) = server
        .post(
            &format!("/api/v1/classes/{id}/hand-ins"),
            &json!({ "key": "door-test-hand-in-1", "code": result_code(&quiz, &code, "Ana") }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let (_, list) = server.as_teacher(reqwest::Method::GET, &format!("/api/v1/classes/{id}/hand-ins"), &secret).await;
    let hand_in = list["hand_ins"][0]["id"].as_i64().unwrap();
    // An id of the right shape that no class has, and the reply it gets at each door.
    let nobody = "AAAAAAAAAAAAAAAAAAAAAA";
    let doors = |class: &str| {
        [
            (reqwest::Method::GET, format!("/api/v1/classes/{class}/hand-ins")),
            (reqwest::Method::DELETE, format!("/api/v1/classes/{class}/hand-ins/{hand_in}")),
            (reqwest::Method::DELETE, format!("/api/v1/classes/{class}")),
        ]
    };
    let send = |method: reqwest::Method, path: &str, key: Option<&str>| {
        let request = server.client.request(method, format!("{}{path}", server.url));
        let request = match key {
            Some(key) => request.bearer_auth(key),
            None => request,
        };
        async move {
            let response = request.send().await.unwrap();
            let status = response.status();
            let headers = response.headers().clone();
            (status, headers.get("content-type").cloned(), response.text().await.unwrap())
        }
    };
    for ((method, door), (_, no_door)) in doors(&id).into_iter().zip(doors(nobody)) {
        for key in [None, Some(secret.as_str())] {
            let (status, kind, body) = send(method.clone(), &no_door, key).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{method} {no_door}");
            for wrong in [None, Some("guess"), Some(other_secret.as_str()), Some(""), Some(&secret[..secret.len() - 1])]
            {
                let tried = send(method.clone(), &door, wrong).await;
                assert_eq!(tried, (status, kind.clone(), body.clone()), "{method} {door} with {wrong:?}");
            }
        }
        // The other class's secret with a wrong scheme name, or in another header, opens nothing.
        let basic =
            server.client.request(method.clone(), format!("{}{door}", server.url)).basic_auth("x", Some(&secret));
        assert_eq!(basic.send().await.unwrap().status(), StatusCode::NOT_FOUND, "{method} {door} with basic");
        let cookie = server.client.request(method.clone(), format!("{}{door}", server.url)).header("cookie", &secret);
        assert_eq!(cookie.send().await.unwrap().status(), StatusCode::NOT_FOUND, "{method} {door} in a cookie");
    }
    // Both classes and the hand-in are still there, for their teachers.
    let (status, list) =
        server.as_teacher(reqwest::Method::GET, &format!("/api/v1/classes/{id}/hand-ins"), &secret).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["hand_ins"].as_array().unwrap().len(), 1);
    let (status, _) =
        server.as_teacher(reqwest::Method::GET, &format!("/api/v1/classes/{other}/hand-ins"), &other_secret).await;
    assert_eq!(status, StatusCode::OK);

    // The newsroom's doors: the admin token alone opens them, and a class's secret does not.
    for door in ["/api/v1/quizzes/iranian-people/report", "/api/v1/quizzes/iranian-people/report.csv"] {
        for wrong in [None, Some("guess"), Some(secret.as_str()), Some(&TOKEN[..TOKEN.len() - 1]), Some("")] {
            let (status, _, body) = send(reqwest::Method::GET, door, wrong).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{door} with {wrong:?}");
            let body: Value = serde_json::from_str(&body).unwrap();
            assert_eq!(body, json!({ "error": "this needs the server's admin token, and it is missing or wrong" }));
        }
        assert_eq!(send(reqwest::Method::GET, door, Some(TOKEN)).await.0, StatusCode::OK, "{door}");
    }
}

/// Every operation of the API's router, as its OpenAPI document names it: what the tests
/// above drive, and what the document must list, no more and no fewer.
const ROUTES: [(&str, &str); 13] = [
    ("get", "/api/v1/quizzes"),
    ("get", "/api/v1/quizzes/{quiz}/bundle"),
    ("get", "/api/v1/openapi.json"),
    ("post", "/api/v1/quizzes/{quiz}/events"),
    ("get", "/api/v1/quizzes/{quiz}/stats"),
    ("get", "/api/v1/quizzes/{quiz}/report"),
    ("get", "/api/v1/quizzes/{quiz}/report.csv"),
    ("post", "/api/v1/classes"),
    ("get", "/api/v1/classes/{class}"),
    ("delete", "/api/v1/classes/{class}"),
    ("post", "/api/v1/classes/{class}/hand-ins"),
    ("get", "/api/v1/classes/{class}/hand-ins"),
    ("delete", "/api/v1/classes/{class}/hand-ins/{hand_in}"),
];

/// The operations that need a bearer token, by the name of its security scheme.
const GUARDED: [(&str, &str, &str); 5] = [
    ("delete", "/api/v1/classes/{class}", "teacher_secret"),
    ("get", "/api/v1/classes/{class}/hand-ins", "teacher_secret"),
    ("delete", "/api/v1/classes/{class}/hand-ins/{hand_in}", "teacher_secret"),
    ("get", "/api/v1/quizzes/{quiz}/report", "admin_token"),
    ("get", "/api/v1/quizzes/{quiz}/report.csv", "admin_token"),
];

/// The route `template` with its parameters filled in.
fn route_url(server: &Server, template: &str, params: &[(&str, &str)]) -> String {
    let path =
        params.iter().fold(template.to_owned(), |path, (name, value)| path.replace(&format!("{{{name}}}"), value));
    format!("{}{path}", server.url)
}

/// The document's operation `method template`.
fn operation<'a>(doc: &'a Value, (method, template): (&str, &str)) -> &'a Value {
    let operation = &doc["paths"][template][method];
    assert!(operation.is_object(), "the document has no {method} {template}");
    operation
}

/// `schema` (a part of `doc`) with its `$ref`s to the document's components inlined.
fn inlined(doc: &Value, schema: &Value) -> Value {
    let mut root = schema.clone();
    root["components"] = doc["components"].clone();
    let mut inlined = jsonschema::dereference(&root).unwrap();
    inlined.as_object_mut().unwrap().remove("components");
    inlined
}

/// Closes every object of `schema` to the fields it does not name
/// (`unevaluatedProperties: false`; an `allOf` is closed as a whole, not its parts).
fn closed(schema: &mut Value, part_of_all_of: bool) {
    let Some(map) = schema.as_object_mut() else { return };
    if !part_of_all_of && (map.contains_key("allOf") || map.contains_key("properties")) {
        map.insert("unevaluatedProperties".into(), Value::Bool(false));
    }
    for (keyword, value) in map.iter_mut() {
        match keyword.as_str() {
            "allOf" => value.as_array_mut().unwrap().iter_mut().for_each(|part| closed(part, true)),
            "oneOf" | "anyOf" => value.as_array_mut().unwrap().iter_mut().for_each(|part| closed(part, false)),
            "properties" => value.as_object_mut().unwrap().values_mut().for_each(|field| closed(field, false)),
            "items" => closed(value, false),
            _ => {}
        }
    }
}

/// Sends `request`, a call of the operation `route`, and checks the answer against the
/// document: its status is one the operation lists, it carries every header listed for
/// that status, its content type is the one listed, and a JSON body is of the listed
/// schema with no field the schema does not name.
async fn documented(doc: &Value, route: (&str, &str), request: reqwest::RequestBuilder) -> (StatusCode, Value) {
    let response = request.send().await.unwrap();
    let status = response.status();
    let listed = &operation(doc, route)["responses"][status.as_str()];
    assert!(listed.is_object(), "{} {}: {status} is not in the document", route.0, route.1);
    for header in listed["headers"].as_object().into_iter().flat_map(|headers| headers.keys()) {
        assert!(response.headers().contains_key(header.as_str()), "{route:?} {status}: no {header}");
    }
    let media = response.headers().get("content-type").map(|t| t.to_str().unwrap().to_owned());
    let media = media.as_deref().map(|t| t.split(';').next().unwrap().trim().to_owned());
    let (status, body) = answer(response).await;
    if body.is_null() {
        return (status, body);
    }
    let media = media.unwrap_or_else(|| panic!("{route:?} {status}: a body without a type"));
    let schema = &listed["content"][&media]["schema"];
    assert!(schema.is_object(), "{route:?} {status}: {media} is not in the document");
    if media == "application/json" {
        let mut schema = inlined(doc, schema);
        closed(&mut schema, false);
        let validator = jsonschema::validator_for(&schema).unwrap();
        if let Err(error) = validator.validate(&body) {
            panic!("{route:?} {status}: {error} in {body}");
        }
    }
    (status, body)
}

/// Whether `body` is of the document's schema for the request body of `route`.
fn takes(doc: &Value, route: (&str, &str), body: &Value) -> bool {
    let schema = inlined(doc, &operation(doc, route)["requestBody"]["content"]["application/json"]["schema"]);
    jsonschema::is_valid(&schema, body)
}

#[tokio::test]
async fn the_openapi_document_lists_every_route_and_describes_what_each_answers() {
    const TOKEN: &str = "newsroom-admin-token-0123456789";
    let server = start().await;
    let doc = server.client.get(format!("{}/api/v1/openapi.json", server.url)).send().await.unwrap();
    assert_eq!(doc.status(), StatusCode::OK);
    assert_eq!(doc.headers()["content-type"], "application/json");
    let doc: Value = doc.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1."), "OpenAPI 3.1: {}", doc["openapi"]);
    let server = start_with(server.stop().await, START, |config| {
        config.admin_token = Some(TOKEN.parse().unwrap());
        config.min_answers = 1;
    })
    .await;

    // The routes, no more and no fewer; each one the router answers (not as an address
    // it does not have, nor with a method it does not take), with a status it lists.
    let listed: std::collections::BTreeSet<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| item.as_object().unwrap().keys().map(move |method| (method.clone(), path.clone())))
        .collect();
    let routes = ROUTES.iter().map(|(method, path)| ((*method).to_owned(), (*path).to_owned())).collect();
    assert_eq!(listed, routes);
    let samples = [("quiz", "iranian-people"), ("class", "no-such-class"), ("hand_in", "1")];
    for route in ROUTES {
        let method = reqwest::Method::from_bytes(route.0.to_uppercase().as_bytes()).unwrap();
        let request = server.client.request(method, route_url(&server, route.1, &samples));
        let request = if route.0 == "post" { request.json(&json!({})) } else { request };
        let (status, body) = documented(&doc, route, request).await;
        assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "{route:?}");
        assert_ne!(body["error"], "there is no such address in this API", "{route:?}");
    }

    // Every refusal is a Refusal; a token is asked for exactly where one is needed.
    for (method, path) in ROUTES {
        let operation = operation(&doc, (method, path));
        for (status, response) in operation["responses"].as_object().unwrap() {
            if status.starts_with('4') || status.starts_with('5') {
                let schema = &response["content"]["application/json"]["schema"];
                assert_eq!(schema, &json!({ "$ref": "#/components/schemas/Refusal" }), "{method} {path} {status}");
            }
        }
        let guard = GUARDED.iter().find(|(m, p, _)| *m == method && *p == path).map(|(_, _, scheme)| *scheme);
        let asked = operation["security"].as_array().map(|list| list[0].as_object().unwrap().keys().next().unwrap());
        assert_eq!(asked.map(String::as_str), guard, "{method} {path}");
        if let Some(scheme) = guard {
            assert_eq!(
                doc["components"]["securitySchemes"][scheme],
                json!({ "type": "http", "scheme": "bearer", "description": doc["components"]["securitySchemes"][scheme]["description"] })
            );
        }
        assert!(operation["summary"].is_string(), "{method} {path} says what it does");
    }
    let schemas = &doc["components"]["schemas"];
    assert_eq!(schemas["Refusal"]["required"], json!(["error"]));
    for schema in schemas.as_object().unwrap().values() {
        jsonschema::meta::validate(schema).unwrap();
    }
    // The limits the document gives are the core's.
    use article_quiz_core::api::{MAX_DAYS, MAX_EVENTS, MAX_KEY, MAX_READER, MIN_KEY, MIN_READER};
    assert_eq!(schemas["NewHandIn"]["properties"]["key"]["minLength"], MIN_KEY);
    assert_eq!(schemas["NewHandIn"]["properties"]["key"]["maxLength"], MAX_KEY);
    assert_eq!(schemas["ReaderEvents"]["properties"]["reader"]["minLength"], MIN_READER);
    assert_eq!(schemas["ReaderEvents"]["properties"]["reader"]["maxLength"], MAX_READER);
    assert_eq!(schemas["ReaderEvents"]["properties"]["events"]["maxItems"], MAX_EVENTS);
    assert_eq!(schemas["NewClass"]["properties"]["days"]["maximum"], MAX_DAYS);

    // What each operation answers, success and refusal, is what the document says.
    let call = |route: (&str, &str), params: &[(&str, &str)]| {
        let method = reqwest::Method::from_bytes(route.0.to_uppercase().as_bytes()).unwrap();
        server.client.request(method, route_url(&server, route.1, params))
    };
    let [
        quizzes,
        bundle,
        openapi,
        events,
        stats,
        report,
        report_csv,
        create,
        open,
        delete_class,
        hand_in,
        hand_ins,
        delete_one,
    ] = ROUTES;
    assert_eq!(documented(&doc, quizzes, call(quizzes, &[])).await.0, StatusCode::OK);
    assert_eq!(documented(&doc, bundle, call(bundle, &[("quiz", "iranian-people")])).await.0, StatusCode::OK);
    assert_eq!(documented(&doc, bundle, call(bundle, &[("quiz", "not-a-quiz")])).await.0, StatusCode::NOT_FOUND);
    assert_eq!(documented(&doc, openapi, call(openapi, &[])).await.0, StatusCode::OK);

    let quiz = quiz();
    let code = assignment(&quiz, "Period 3");
    let new_class = json!({ "quiz": "iranian-people", "assignment": code, "days": 2 });
    assert!(takes(&doc, create, &new_class) && !takes(&doc, create, &json!({ "quiz": "iranian-people" })));
    let (status, created) = documented(&doc, create, call(create, &[]).json(&new_class)).await;
    assert_eq!(status, StatusCode::CREATED);
    let (id, secret) = (created["class"].as_str().unwrap(), created["secret"].as_str().unwrap());
    let class = [("class", id)];
    assert_eq!(documented(&doc, open, call(open, &class)).await.0, StatusCode::OK);
    let body = json!({ "key": KEY, "code": result_code(&quiz, &code, "Ana") });
    assert!(takes(&doc, hand_in, &body) && !takes(&doc, hand_in, &json!({ "key": "short", "code": "x" })));
    assert_eq!(documented(&doc, hand_in, call(hand_in, &class).json(&body)).await.0, StatusCode::CREATED);
    assert_eq!(documented(&doc, hand_in, call(hand_in, &class).json(&body)).await.0, StatusCode::OK);
    let (status, list) = documented(&doc, hand_ins, call(hand_ins, &class).bearer_auth(secret)).await;
    assert_eq!(status, StatusCode::OK);
    let first = list["hand_ins"][0]["id"].to_string();
    let one = [("class", id), ("hand_in", first.as_str())];
    assert_eq!(
        documented(&doc, delete_one, call(delete_one, &one).bearer_auth(secret)).await.0,
        StatusCode::NO_CONTENT
    );

    let (question, key, wrong) = single_choice(&quiz);
    let most = quiz.questions.iter().map(|q| q.points).sum::<u32>() * 100;
    let quiz_param = [("quiz", "iranian-people")];
    for (n, choice) in [(1, key), (2, wrong)] {
        let body = json!({ "reader": reader(n), "site": "news.example.com", "events": [
            { "kind": "view" },
            { "kind": "start" },
            { "kind": "answer", "question": question, "response": { "Single": choice } },
            { "kind": "finish", "earned": 100, "max": most },
            { "kind": "shared", "to": "somewhere" },
        ] });
        assert!(takes(&doc, events, &body));
        assert_eq!(documented(&doc, events, call(events, &quiz_param).json(&body)).await.0, StatusCode::NO_CONTENT);
    }
    for not_an_event in
        [json!({ "kind": "answer" }), json!({ "kind": "finish", "earned": 1 }), json!({ "what": "view" })]
    {
        let body = json!({ "reader": reader(3), "events": [not_an_event] });
        assert!(!takes(&doc, events, &body), "{body}");
        let (status, _) = documented(&doc, events, call(events, &quiz_param).json(&body)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    }
    let (status, counts) = documented(&doc, stats, call(stats, &quiz_param)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(counts["questions"][0]["common_wrong"], json!({ "Single": wrong }), "the answer a reader sent");
    let tag =
        server.client.get(route_url(&server, stats.1, &quiz_param)).send().await.unwrap().headers()["etag"].clone();
    let (status, _) = documented(&doc, stats, call(stats, &quiz_param).header("if-none-match", tag)).await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
    let (status, newsroom) = documented(&doc, report, call(report, &quiz_param).bearer_auth(TOKEN)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(newsroom["by_site"][0]["site"], "news.example.com");
    assert!(!newsroom["questions"][0]["distribution"].as_array().unwrap().is_empty());
    assert_eq!(documented(&doc, report_csv, call(report_csv, &quiz_param).bearer_auth(TOKEN)).await.0, StatusCode::OK);

    // Refusals, each with a status the operation lists.
    let no_quiz = [("quiz", "not-a-quiz")];
    for (route, request, refused) in [
        (report, call(report, &quiz_param), StatusCode::UNAUTHORIZED),
        (report_csv, call(report_csv, &no_quiz).bearer_auth(TOKEN), StatusCode::NOT_FOUND),
        (stats, call(stats, &no_quiz), StatusCode::NOT_FOUND),
        (events, call(events, &no_quiz).json(&json!({ "reader": reader(4), "events": [] })), StatusCode::NOT_FOUND),
        (
            create,
            call(create, &[]).json(&json!({ "quiz": "iranian-people", "assignment": code, "days": 0 })),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (create, call(create, &[]).header("content-type", "application/json").body("{"), StatusCode::BAD_REQUEST),
        (create, call(create, &[]).body("{}"), StatusCode::UNSUPPORTED_MEDIA_TYPE),
        (create, call(create, &[]).json(&json!({ "quiz": "x".repeat(20_000) })), StatusCode::PAYLOAD_TOO_LARGE),
        (hand_ins, call(hand_ins, &class), StatusCode::NOT_FOUND),
        (
            hand_in,
            call(hand_in, &class).json(&json!({ "key": "short", "code": "x" })),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            delete_one,
            call(delete_one, &[("class", id), ("hand_in", "first")]).bearer_auth(secret),
            StatusCode::BAD_REQUEST,
        ),
        (delete_one, call(delete_one, &one).bearer_auth(secret), StatusCode::NOT_FOUND),
        (delete_class, call(delete_class, &class), StatusCode::NOT_FOUND),
    ] {
        assert_eq!(documented(&doc, route, request).await.0, refused, "{route:?}");
    }
    assert_eq!(
        documented(&doc, delete_class, call(delete_class, &class).bearer_auth(secret)).await.0,
        StatusCode::NO_CONTENT
    );
    assert_eq!(documented(&doc, open, call(open, &class)).await.0, StatusCode::NOT_FOUND);
}

/// A page as the server sends it: its headers, and its bytes decoded.
async fn page(server: &Server, path: &str, encodings: &str) -> (reqwest::header::HeaderMap, String) {
    use std::io::Read;
    let request = server.client.get(format!("{}{path}", server.url));
    let request = if encodings.is_empty() { request } else { request.header("accept-encoding", encodings) };
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    let headers = response.headers().clone();
    let bytes = response.bytes().await.unwrap();
    let mut text = String::new();
    match headers.get("content-encoding").map(|e| e.to_str().unwrap()) {
        None => text = String::from_utf8(bytes.to_vec()).unwrap(),
        Some("br") => drop(brotli_decompressor::Decompressor::new(&bytes[..], 4096).read_to_string(&mut text).unwrap()),
        Some("gzip") => drop(flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut text).unwrap()),
        Some(other) => panic!("{path} in {other}"),
    }
    (headers, text)
}

/// What the browser is told of each page: a strict CSP (own scripts and wasm only, nothing
/// inline, no eval, no plugin, no `<base>`); the widget's page framed by the sites
/// `--frame-ancestors` names, the teacher's page by none and with no referrer; every
/// response, page, file, API answer or refusal, with `nosniff`.
#[tokio::test]
async fn pages_carry_a_strict_csp_and_the_teachers_no_frame_and_no_referrer() {
    let strict = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
                  connect-src 'self' https:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors";
    let server = start().await;
    for path in ["/", "/index.html"] {
        let (headers, _) = page(&server, path, "").await;
        assert_eq!(headers["content-security-policy"], format!("{strict} *"), "{path}");
        assert!(headers.get("referrer-policy").is_none(), "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff");
    }
    // Every page but the widget's is framed by no site, however its address is written:
    // the server reads escapes and extra slashes as the file server does.
    for path in ["/teacher/", "/teacher/index.html", "/%74eacher/", "//teacher/", "/teacher/index%2Ehtml", "/editor/"] {
        let response = server.client.get(format!("{}{path}", server.url)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let headers = response.headers();
        assert_eq!(headers["content-security-policy"], format!("{strict} 'none'"), "{path}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
    }
    for path in
        ["/index.html.gz", "/api/v1/quizzes", "/api/v1/classes/AAAAAAAAAAAAAAAAAAAAAA", "/api/nothing", "/healthz"]
    {
        let response = server.client.get(format!("{}{path}", server.url)).send().await.unwrap();
        assert_eq!(response.headers()["x-content-type-options"], "nosniff", "{path}");
        assert!(response.headers().get("content-security-policy").is_none(), "{path}: not a page");
    }

    // Named news sites, and a server behind another address, which the pages may reach.
    let place = server.stop().await;
    let server = start_with(place, START, |config| {
        config.public_url = "http://quiz.example.org:8080/quiz/".parse().unwrap();
        config.frame_ancestors = "'self'   https://news.example https://*.paper.example".parse().unwrap();
    })
    .await;
    let strict = strict.replace("https:;", "https: http://quiz.example.org:8080;");
    let (headers, _) = page(&server, "/", "gzip").await;
    assert_eq!(
        headers["content-security-policy"],
        format!("{strict} 'self' https://news.example https://*.paper.example")
    );
    let (headers, _) = page(&server, "/teacher/", "br").await;
    assert_eq!(headers["content-security-policy"], format!("{strict} 'none'"));
}

/// CORS: the readers' routes answer any page's origin; a class's teacher's routes and the
/// newsroom's answer no other origin unless `--teacher-origins` names it.
#[tokio::test]
async fn readers_routes_are_open_to_any_origin_and_teachers_only_to_those_named() {
    const TEACHER: &str = "https://school.example";
    let server = start_with(place().await, START, |config| {
        config.teacher_origins = vec![TEACHER.parse().unwrap()];
    })
    .await;
    let class = "/api/v1/classes/AAAAAAAAAAAAAAAAAAAAAA";
    let routes = [
        ("GET", "/api/v1/quizzes".to_owned(), false),
        ("GET", "/api/v1/quizzes/iranian-people/bundle".to_owned(), false),
        ("POST", "/api/v1/quizzes/iranian-people/events".to_owned(), false),
        ("GET", "/api/v1/quizzes/iranian-people/stats".to_owned(), false),
        ("GET", class.to_owned(), false),
        ("POST", format!("{class}/hand-ins"), false),
        ("POST", "/api/v1/classes".to_owned(), true),
        ("DELETE", class.to_owned(), true),
        ("GET", format!("{class}/hand-ins"), true),
        ("DELETE", format!("{class}/hand-ins/1"), true),
        ("GET", "/api/v1/quizzes/iranian-people/report".to_owned(), true),
        ("GET", "/api/v1/quizzes/iranian-people/report.csv".to_owned(), true),
        // No such route: its 404 is the API's, readable by any page.
        ("GET", "/api/v1/quizzes/iranian-people/nothing-here".to_owned(), false),
    ];
    for (method, path, teachers) in routes {
        for origin in ["https://news.example", TEACHER] {
            let allowed = |response: &reqwest::Response| {
                response.headers().get("access-control-allow-origin").map(|v| v.to_str().unwrap().to_owned())
            };
            let preflight = server
                .client
                .request(reqwest::Method::OPTIONS, format!("{}{path}", server.url))
                .header("origin", origin)
                .header("access-control-request-method", method)
                .header("access-control-request-headers", "authorization, content-type")
                .send()
                .await
                .unwrap();
            let actual = server
                .client
                .request(method.parse().unwrap(), format!("{}{path}", server.url))
                .header("origin", origin)
                .send()
                .await
                .unwrap();
            let expected = (!teachers || origin == TEACHER).then(|| origin.to_owned());
            assert_eq!(allowed(&preflight), expected, "preflight {method} {path} from {origin}");
            assert_eq!(allowed(&actual), expected, "{method} {path} from {origin}");
        }
    }
}

#[test]
fn frame_ancestors_are_sources_and_nothing_that_could_end_the_directive() {
    use article_quiz_server::FrameAncestors;
    for good in ["*", "'self'", "'none'", "'self' https://news.example", "https:", "https://*.news.example:8443"] {
        assert!(good.parse::<FrameAncestors>().is_ok(), "{good}");
    }
    for bad in [
        "",
        "  ",
        "news.example",
        "'self'; script-src *",
        "https://a.example,https://b.example",
        "'none' 'self'",
        "'unsafe-inline'",
        "https://a\u{7}",
    ] {
        assert!(bad.parse::<FrameAncestors>().is_err(), "{bad}");
    }
}

#[tokio::test]
async fn pages_name_the_server_once_right_after_head_or_their_charset() {
    let server = start().await;
    let tag = r#"<meta name="article-quiz-server" content="/">"#;
    let (headers, home) = page(&server, "/", "").await;
    assert_eq!(home, HOME_PAGE.replace("<head>", &format!("<head>{tag}")));
    assert_eq!(headers["content-type"], "text/html");
    assert_eq!(headers["cache-control"], "no-cache");
    assert_eq!(page(&server, "/index.html", "").await.1, home);
    let (_, teacher) = page(&server, "/teacher/", "").await;
    let charset = r#"<meta charset="utf-8">"#;
    assert_eq!(teacher, TEACHER_PAGE.replace(charset, &format!("{charset}{tag}")), "the charset stays first");
    assert_eq!(teacher.matches("article-quiz-server").count(), 1);
    // The files on disk are as built.
    let dist = server.place.path().join("dist");
    assert_eq!(std::fs::read_to_string(dist.join("teacher/index.html")).unwrap(), TEACHER_PAGE);

    // Behind another address, the pages name that one, escaped for the attribute.
    let place = server.stop().await;
    let server = start_with(place, START, |config| {
        config.public_url = "https://quiz.example.org/a&b/".parse().unwrap();
    })
    .await;
    let tag = r#"<meta name="article-quiz-server" content="https://quiz.example.org/a&amp;b/">"#;
    assert_eq!(page(&server, "/", "").await.1, HOME_PAGE.replace("<head>", &format!("<head>{tag}")));
    let (_, teacher) = page(&server, "/teacher/", "gzip").await;
    assert_eq!(teacher, TEACHER_PAGE.replace(charset, &format!("{charset}{tag}")));
}

#[tokio::test]
async fn a_page_is_compressed_as_asked_with_an_etag_for_its_bytes() {
    let server = start().await;
    let (plain, home) = page(&server, "/", "").await;
    assert!(plain.get("content-encoding").is_none());
    let etag = plain["etag"].to_str().unwrap().to_owned();
    assert!(etag.starts_with("W/\"") && etag.len() > 20, "{etag}");
    for encoding in ["br", "gzip"] {
        let (headers, text) = page(&server, "/", encoding).await;
        assert_eq!(headers["content-encoding"], encoding);
        assert_eq!(text, home, "{encoding} decodes to the same page");
        assert_eq!(headers["vary"], "accept-encoding");
        assert_eq!(headers["cache-control"], "no-cache");
        assert_eq!(headers["etag"].to_str().unwrap(), etag, "one page, one tag");
        assert!(headers.get("last-modified").is_none(), "the file's date is not the page's");
    }
    // The tag the client holds: 304, whatever the encoding; another page's tag: the page.
    let held = |path: &str, tag: &str| {
        server
            .client
            .get(format!("{}{path}", server.url))
            .header("if-none-match", tag)
            .header("accept-encoding", "br")
            .send()
    };
    let strong = etag.trim_start_matches("W/");
    for tag in [etag.as_str(), strong, &format!("\"other\", {etag}"), "*"] {
        let again = held("/", tag).await.unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "{tag}");
        assert_eq!(again.headers()["etag"].to_str().unwrap(), etag);
        assert_eq!(again.headers()["cache-control"], "no-cache");
        assert!(again.bytes().await.unwrap().is_empty());
    }
    let teacher = held("/teacher/", &etag).await.unwrap();
    assert_eq!(teacher.status(), StatusCode::OK);
    assert_ne!(teacher.headers()["etag"].to_str().unwrap(), etag);
    // Another --public-url, other bytes, another tag.
    let place = server.stop().await;
    let server = start_with(place, START, |config| {
        config.public_url = "https://quiz.example.org/".parse().unwrap();
    })
    .await;
    assert_ne!(page(&server, "/", "").await.0["etag"].to_str().unwrap(), etag);
    // Any other file is sent as ServeDir sends it: precompressed, no tag.
    let script = server.client.get(format!("{}/embed.js", server.url)).header("accept-encoding", "gzip").send().await;
    let script = script.unwrap();
    assert!(script.headers().get("etag").is_none());
    assert_eq!(script.bytes().await.unwrap(), "gzip bytes");
    let missing = server.client.get(format!("{}/nothing/", server.url)).send().await.unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

#[test]
fn the_public_url_is_slash_or_an_absolute_http_url_ending_in_slash() {
    use clap::Parser;
    let parse = |url: &str| Config::try_parse_from(["article-quiz-server", "--public-url", url]);
    assert_eq!(Config::try_parse_from(["article-quiz-server"]).unwrap().public_url.as_str(), "/");
    for good in ["/", "https://quiz.example.org/", "http://127.0.0.1:8080/", "https://news.example.com/quiz/"] {
        assert_eq!(parse(good).unwrap().public_url.as_str(), good);
    }
    for bad in [
        "",
        "quiz.example.org/",
        "//quiz.example.org/",
        "/quiz/",
        "https://quiz.example.org",
        "https://quiz.example.org/quiz",
        "ftp://quiz.example.org/",
        "javascript:alert(1)//",
        "https://user:password@quiz.example.org/",
        "https://quiz.example.org/?a=/",
        "https://quiz.example.org/\"><script>/",
        "https:///",
    ] {
        let refused = parse(bad).unwrap_err().to_string();
        assert!(
            refused.contains("the public URL is `/` or an absolute http:// or https:// URL ending in `/`"),
            "{bad}: {refused}"
        );
    }
}

#[tokio::test]
async fn text_no_database_can_hold_is_refused_alike_on_either() {
    // PostgreSQL's text holds no NUL: a title, a name or an id with one is refused (or
    // not found) as on SQLite, never a failure of the server.
    let server = start().await;
    let quiz = quiz();
    let code = assignment(&quiz, "Period 3");
    let titled = json!({ "quiz": "iranian-people", "assignment": code, "title": "Period\u{0}3" });
    let (status, refused) = server.post("/api/v1/classes", &titled).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(error(&refused), "the title holds a NUL character");
    let (status, refused) = server
        .post("/api/v1/classes", &json!({ "quiz": "iranian-people", "assignment": format!("{code}\u{0}") }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");

    let (id, secret) = class(&server, &code).await;
    let hand_ins = format!("/api/v1/classes/{id}/hand-ins");
    let nul_name = json!({ "key": KEY, "code": result_code(&quiz, &code, "An\u{0}a") });
    let (status, refused) = server.post(&hand_ins, &nul_name).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(error(&refused), "the name in the result code holds a NUL character");
    let nul_code = json!({ "key": KEY, "code": format!("{}\u{0}", result_code(&quiz, &code, "Ana")) });
    assert_eq!(server.post(&hand_ins, &nul_code).await.0, StatusCode::UNPROCESSABLE_ENTITY);
    let nul_id = format!("/api/v1/classes/{id}%00");
    assert_eq!(server.get(&nul_id).await.0, StatusCode::NOT_FOUND);
    assert_eq!(
        server.as_teacher(reqwest::Method::GET, &format!("{nul_id}/hand-ins"), &secret).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(server.as_teacher(reqwest::Method::DELETE, &nul_id, &secret).await.0, StatusCode::NOT_FOUND);
    let (_, list) = server.as_teacher(reqwest::Method::GET, &hand_ins, &secret).await;
    assert_eq!(list["hand_ins"], json!([]), "nothing was kept");
}

/// Says, where `cargo test` shows it even when the test passes, that a test did not run.
fn skipped(test: &str, why: &str) {
    use std::io::Write;
    // Straight to the process's stderr: the test harness captures only `eprintln!`.
    let _ = writeln!(std::io::stderr(), "SKIPPED {test}: {why}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_servers_on_one_postgres_database_agree() {
    if postgres().is_none() {
        return skipped(
            "two_servers_on_one_postgres_database_agree",
            &format!(
                "it needs PostgreSQL; set {TEST_DATABASE}=postgres://USER@HOST:PORT (scripts/postgres starts one)"
            ),
        );
    }
    let limits = |config: &mut Config| {
        config.classes_per_hour = 5;
        config.hand_ins_per_class = 8;
    };
    let one = start_with(place().await, START, limits).await;
    let other = start_with(one.place.sibling(), START, limits).await;
    let quiz = quiz();
    let code = assignment(&quiz, "Period 3");

    // A class made through one is open on the other; a hand-in posted to the other is
    // in the class view the first serves.
    let (id, secret) = class(&one, &code).await;
    let class_path = format!("/api/v1/classes/{id}");
    let hand_ins = format!("{class_path}/hand-ins");
    assert_eq!(other.get(&class_path).await.0, StatusCode::OK);
    let ana = json!({ "key": KEY, "code": result_code(&quiz, &code, "Ana") });
    assert_eq!(other.post(&hand_ins, &ana).await.0, StatusCode::CREATED);
    let (status, list) = one.as_teacher(reqwest::Method::GET, &hand_ins, &secret).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["hand_ins"][0]["name"], "Ana");
    assert_eq!(one.post(&hand_ins, &ana).await.0, StatusCode::OK, "the other's hand-in, sent again");

    // Ten hand-ins, each sent to both servers at once: each key is kept once, and the
    // class holds its 8 (Ana's and 7 more), whichever server took which.
    let mut sent = tokio::task::JoinSet::new();
    for n in 0..10 {
        let body =
            json!({ "key": format!("both-servers-key-{n:02}"), "code": result_code(&quiz, &code, &format!("S{n}")) });
        for server in [&one, &other] {
            let request = server.client.post(format!("{}{hand_ins}", server.url)).json(&body);
            sent.spawn(async move { (n, request.send().await.unwrap().status()) });
        }
    }
    let mut answers = vec![Vec::new(); 10];
    while let Some(answer) = sent.join_next().await {
        let (n, status) = answer.unwrap();
        answers[n].push(status);
    }
    let (_, list) = other.as_teacher(reqwest::Method::GET, &hand_ins, &secret).await;
    let names: Vec<&str> = list["hand_ins"].as_array().unwrap().iter().map(|h| h["name"].as_str().unwrap()).collect();
    assert_eq!(names.len(), 8, "the class's limit holds across servers: {names:?}");
    for (n, statuses) in answers.iter().enumerate() {
        let mut statuses = statuses.clone();
        statuses.sort();
        let kept = names.iter().filter(|name| **name == format!("S{n}")).count();
        if kept == 1 {
            assert_eq!(statuses, [StatusCode::OK, StatusCode::CREATED], "key {n}: kept by one, the same to the other");
        } else {
            assert_eq!(kept, 0, "key {n} kept twice: {names:?}");
            assert_eq!(statuses, [StatusCode::UNPROCESSABLE_ENTITY; 2], "key {n}: refused by both");
        }
    }

    // Five classes an hour across both: one made, then eight asked for at once, four made.
    let mut asked = tokio::task::JoinSet::new();
    for n in 0..8 {
        let server = if n % 2 == 0 { &one } else { &other };
        let request = server
            .client
            .post(format!("{}/api/v1/classes", server.url))
            .json(&json!({ "quiz": "iranian-people", "assignment": code }));
        asked.spawn(async move { request.send().await.unwrap().status() });
    }
    let mut made = 0;
    while let Some(status) = asked.join_next().await {
        match status.unwrap() {
            StatusCode::CREATED => made += 1,
            status => assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE),
        }
    }
    assert_eq!(made, 4, "the classes-per-hour limit holds across servers");

    // Deleted through one: gone on the other, to its students and its teacher.
    assert_eq!(one.as_teacher(reqwest::Method::DELETE, &class_path, &secret).await.0, StatusCode::NO_CONTENT);
    assert_eq!(other.get(&class_path).await.0, StatusCode::NOT_FOUND);
    assert_eq!(other.as_teacher(reqwest::Method::GET, &hand_ins, &secret).await.0, StatusCode::NOT_FOUND);
    let late = json!({ "key": "late-hand-in-key-0", "code": result_code(&quiz, &code, "Dee") });
    assert_eq!(other.post(&hand_ins, &late).await.0, StatusCode::NOT_FOUND);
    other.stop().await;
    one.stop().await;
}

/// The result code of a student of the assignment `code` who answered every question
/// right, the first `wrong` of them wrongly.
fn answered_code(quiz: &Quiz, code: &str, name: &str, wrong: usize) -> String {
    let settings = link::decode(code, quiz).unwrap().settings();
    let mut session = Session::new(quiz, 1, settings, START).unwrap();
    for n in 0..session.round().len() {
        let kind = &quiz.questions[session.current()].kind;
        let answer = if n < wrong { wrong_answer(kind) } else { article_quiz_core::Response::key(kind) };
        session.apply(quiz, Action::Answer(answer)).unwrap();
        if n + 1 < session.round().len() {
            session.apply(quiz, Action::Next).unwrap();
        }
    }
    session.apply(quiz, Action::Finish { now_ms: START + 90_000 }).unwrap();
    result::encode(&ResultRecord::of(&session, quiz, result::assignment_id(code), name), quiz).unwrap()
}

/// An answer to `kind` worth nothing.
fn wrong_answer(kind: &Kind) -> article_quiz_core::Response {
    use article_quiz_core::Response;
    match kind {
        Kind::Single { correct, .. } => Response::Single((correct + 1) % 2),
        Kind::TrueFalse { correct, .. } => Response::TrueFalse(!correct),
        Kind::Numeric { answer, tolerance, .. } => Response::Numeric(answer + tolerance + 1.0),
        Kind::Evidence { correct, .. } => Response::Evidence((correct + 1) % 2),
        Kind::Multiple { .. } | Kind::Order { .. } => Response::key(kind),
    }
}

/// Ralph, a real learning record store (`ralph-malph` from PyPI, its file backend), on
/// 127.0.0.1 in a folder of its own; stopped when dropped, with its worker processes.
struct Ralph {
    child: std::process::Child,
    _folder: tempfile::TempDir,
}

const RALPH_USER: &str = "forwarder";
const RALPH_PASSWORD: &str = "a-password-for-the-test";

impl Ralph {
    /// The `ralph` program scripts/test names, if it does.
    fn program() -> Option<String> {
        std::env::var("ARTICLE_QUIZ_TEST_RALPH").ok().filter(|p| !p.is_empty())
    }

    fn start(program: &str, port: u16) -> Ralph {
        let folder = tempfile::tempdir().unwrap();
        let setting = |command: &mut std::process::Command| {
            command
                .env("RALPH_APP_DIR", folder.path().join(".ralph"))
                .env("RALPH_RUNSERVER_BACKEND", "fs")
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null());
        };
        let mut auth = std::process::Command::new(program);
        setting(&mut auth);
        let mailbox = format!("mailto:{RALPH_USER}@example.org");
        auth.args(["auth", "-u", RALPH_USER, "-p", RALPH_PASSWORD, "-s", "all", "-M", &mailbox, "-w"]);
        assert!(auth.status().unwrap().success(), "ralph auth");
        let mut serve = std::process::Command::new(program);
        setting(&mut serve);
        let data = folder.path().join("data");
        serve.args([
            "runserver",
            "-b",
            "fs",
            "-h",
            "127.0.0.1",
            "-p",
            &port.to_string(),
            "--fs-default-directory-path",
        ]);
        serve.arg(&data);
        // A process group of its own: its server runs its workers as child processes,
        // which must stop with it.
        std::os::unix::process::CommandExt::process_group(&mut serve, 0);
        Ralph { child: serve.spawn().unwrap(), _folder: folder }
    }
}

impl Drop for Ralph {
    fn drop(&mut self) {
        // The whole group (its id is the server's): the server and its workers.
        let group = format!("-{}", self.child.id());
        let _ = std::process::Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn hand_ins_reach_the_learning_record_store_once_it_answers_and_none_is_lost() {
    let Some(program) = Ralph::program() else {
        eprintln!("SKIPPED hand_ins_reach_the_learning_record_store…: set ARTICLE_QUIZ_TEST_RALPH=PATH/TO/ralph");
        return;
    };
    // A port for the LRS, which is down while the students hand in.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let server = start_with(place().await, START, |config| {
        config.public_url = "https://quiz.example.org/".parse().unwrap();
        config.lrs_url = Some(format!("http://127.0.0.1:{port}/xAPI/").parse().unwrap());
        config.lrs_user = RALPH_USER.to_owned();
        config.lrs_password = Some(RALPH_PASSWORD.parse().unwrap());
    })
    .await;
    let forwarder = tokio::spawn(article_quiz_server::lrs::forward(server.app.clone()));
    let quiz = quiz();
    let code = assignment(&quiz, "Period 4");
    let (id, _) = class(&server, &code).await;
    let hand_ins = format!("/api/v1/classes/{id}/hand-ins");
    let students = [("Ana", 0), ("Ben", 2), ("", 5)];
    for (n, (name, wrong)) in students.iter().enumerate() {
        let body = json!({ "key": format!("{KEY}-{n}"), "code": answered_code(&quiz, &code, name, *wrong) });
        assert_eq!(server.post(&hand_ins, &body).await.0, StatusCode::CREATED);
        // Sent again (a lost answer): the same hand-in, no second set of statements.
        assert_eq!(server.post(&hand_ins, &body).await.0, StatusCode::OK);
    }
    // The forwarder meets a closed port for a while; then the LRS comes up.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let _ralph = Ralph::start(&program, port);
    let client = reqwest::Client::new();
    let read = || {
        client
            .get(format!("http://127.0.0.1:{port}/xAPI/statements/?limit=500"))
            .basic_auth(RALPH_USER, Some(RALPH_PASSWORD))
            .header("X-Experience-API-Version", "1.0.3")
            .send()
    };
    let asked = 5;
    let expected = students.len() * (asked + 1);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(90);
    let statements: Vec<Value> = loop {
        if let Ok(response) = read().await
            && response.status().is_success()
        {
            let body: Value = response.json().await.unwrap();
            let statements = body["statements"].as_array().cloned().unwrap_or_default();
            if statements.len() >= expected {
                break statements;
            }
        }
        assert!(std::time::Instant::now() < deadline, "the LRS did not get the statements in 90 s");
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    };
    forwarder.abort();
    // Each student's, once: five answers and a completion, named by the assignment and name.
    assert_eq!(statements.len(), expected, "none twice");
    let assignment_id = format!("{:08x}", result::assignment_id(&code));
    let of = |account: &str| statements.iter().filter(|s| s["actor"]["account"]["name"] == account).collect::<Vec<_>>();
    for (name, wrong) in students.iter().filter(|(name, _)| !name.is_empty()) {
        let mine = of(&format!("{assignment_id}/{name}"));
        assert_eq!(mine.len(), asked + 1, "{name}");
        assert!(
            mine.iter().all(
                |s| s["actor"]["name"] == *name && s["actor"]["account"]["homePage"] == "https://quiz.example.org/"
            )
        );
        let answered: Vec<_> =
            mine.iter().filter(|s| s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered").collect();
        assert_eq!(answered.len(), asked);
        assert_eq!(answered.iter().filter(|s| s["result"]["success"] == true).count(), asked - wrong, "{name}");
        // The answers as the quiz words them, as the LRS shows them.
        for statement in &answered {
            let question = statement["object"]["id"].as_str().unwrap().rsplit('/').next().unwrap();
            let q = quiz.questions.iter().find(|q| q.id == question).unwrap();
            let given = statement["result"]["response"].as_str().unwrap();
            let right = article_quiz_core::Response::key(&q.kind).text(&q.kind).unwrap();
            assert_eq!(given == right, statement["result"]["success"] == true, "{question}: {given}");
        }
        let done = mine.iter().find(|s| s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed").unwrap();
        assert_eq!(done["object"]["id"], "https://quiz.example.org/#iranian-people");
        assert_eq!(done["result"]["completion"], true);
    }
    // The student who typed no name: an account of their own, and no name.
    let anonymous: Vec<_> =
        statements.iter().filter(|s| s["actor"]["account"]["name"].as_str().unwrap().contains("/anonymous-")).collect();
    assert_eq!(anonymous.len(), asked + 1);
    assert!(anonymous.iter().all(|s| s["actor"].get("name").is_none()));

    // Every statement as the LRS keeps it passes Learning Locker's validator (npm).
    let validator = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/xapi/validate.mjs");
    let mut node = std::process::Command::new("node")
        .arg(validator)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    node.stdin.take().unwrap().write_all(serde_json::to_string(&statements).unwrap().as_bytes()).unwrap();
    let checked = node.wait_with_output().unwrap();
    assert!(checked.status.success(), "{}", String::from_utf8_lossy(&checked.stderr));
}

/// Readers' events are written in group commits (store/group.rs): many pages posting at
/// once, each twice (a request lost and sent again) and with a second answer, are each
/// counted once, and every acknowledged one is there after a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_readers_at_once_are_each_counted_once() {
    const TOKEN: &str = "newsroom-admin-token-0123456789";
    const READERS: usize = 300;
    // All of them in flight at once: more than the tests' usual limit of requests in
    // flight (512), which would shed some as 503 on a slow machine. Shedding has its own
    // test; this one is about counting.
    let config = |config: &mut Config| {
        config.admin_token = Some(TOKEN.parse().unwrap());
        config.max_in_flight = 4 * READERS;
    };
    let server = start_with(place().await, START, config).await;
    let quiz = quiz();
    let (question, key, wrong) = single_choice(&quiz);
    let most = quiz.questions.iter().map(|q| q.points).sum::<u32>() * 100;
    let url = format!("{}/api/v1/quizzes/iranian-people/events", server.url);
    let post_all = |bodies: Vec<Value>| {
        let sent: Vec<_> = bodies
            .into_iter()
            .map(|body| {
                let (client, url) = (server.client.clone(), url.clone());
                tokio::spawn(async move { client.post(url).json(&body).send().await.unwrap().status() })
            })
            .collect();
        async move {
            for post in sent {
                assert_eq!(post.await.unwrap(), StatusCode::NO_CONTENT);
            }
        }
    };
    let choice = |n: usize| if n % 3 == 0 { wrong } else { key };
    // Each page's events, sent twice at once (a request lost and sent again).
    post_all(
        (0..READERS)
            .flat_map(|n| {
                let first = json!({ "reader": reader(n), "site": "news.example.com", "events": [
                    { "kind": "view" },
                    { "kind": "answer", "question": question, "response": { "Single": choice(n) } },
                    { "kind": "finish", "earned": if choice(n) == key { most } else { 0 }, "max": most },
                ] });
                [first.clone(), first]
            })
            .collect(),
    )
    .await;
    // Then a second answer to the same question from each, which must not count.
    post_all(
        (0..READERS)
            .map(|n| {
                let other = if choice(n) == key { wrong } else { key };
                json!({ "reader": reader(n), "events": [
                    { "kind": "answer", "question": question, "response": { "Single": other } },
                ] })
            })
            .collect(),
    )
    .await;
    let place = server.stop().await;
    let server = start_with(place, START, config).await;
    let path = "/api/v1/quizzes/iranian-people/report";
    let (status, report) = server.as_teacher(reqwest::Method::GET, path, TOKEN).await;
    assert_eq!(status, StatusCode::OK, "{report}");
    let n = READERS as u64;
    assert_eq!(report["total"], json!({ "views": n, "starts": n, "finishes": n }));
    let wrong_ones = (0..READERS).filter(|n| n % 3 == 0).count() as u64;
    assert_eq!(report["questions"][0]["answers"], json!(n));
    assert_eq!(report["questions"][0]["right"], json!(n - wrong_ones));
}

/// A direct connection to a stopped or running server's SQLite file, as its operator has.
async fn sqlite_file(place: &Place) -> sqlx::SqliteConnection {
    use sqlx::Connection;
    let file = place.path().join("data/article-quiz.sqlite3");
    sqlx::SqliteConnection::connect(&format!("sqlite:{}", file.display())).await.unwrap()
}

#[tokio::test]
async fn a_full_sqlite_file_refuses_writes_with_503_goes_on_reading_and_writes_again_once_there_is_room() {
    if postgres().is_some() {
        return skipped("a_full_sqlite_file…", "a SQLite file's limit; PostgreSQL's disk is its server's");
    }
    let server = start().await;
    let quiz = quiz();
    let code = assignment(&quiz, "Period 3");
    let (id, secret) = class(&server, &code).await;
    let hand_ins = format!("/api/v1/classes/{id}/hand-ins");
    let first = json!({ "key": KEY, "code": result_code(&quiz, &code, "Ana") });
    assert_eq!(server.post(&hand_ins, &first).await.0, StatusCode::CREATED);
    let place = server.stop().await;

    // The disk all but full: ballast leaves a few pages of the 1 MiB the server may use.
    {
        use sqlx::Executor;
        let mut file = sqlite_file(&place).await;
        let (pages,): (i64,) = sqlx::query_as("PRAGMA page_count").fetch_one(&mut file).await.unwrap();
        file.execute("CREATE TABLE ballast (b BLOB)").await.unwrap();
        let room = 1024 * 1024 - pages * 4096 - 6 * 4096;
        sqlx::query("INSERT INTO ballast VALUES (zeroblob(?1))").bind(room).execute(&mut file).await.unwrap();
    }
    let server = start_with(place, START, |config| config.sqlite_max_mb = Some(1)).await;

    // Hand-ins are kept until there is no room, then refused, to be sent again later.
    let body = |n: usize| json!({ "key": format!("full-disk-key-{n:04}"), "code": result_code(&quiz, &code, &format!("Student {n}")) });
    let mut kept = vec!["Ana".to_owned()];
    let mut refused = None;
    for n in 0..500 {
        let response = server.client.post(format!("{}{hand_ins}", server.url)).json(&body(n)).send().await.unwrap();
        if response.status() != StatusCode::CREATED {
            refused = Some((n, response.status(), response));
            break;
        }
        kept.push(format!("Student {n}"));
    }
    let (n, status, response) = refused.expect("the file filled up");
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(response.headers()["retry-after"], "60");
    let (_, said) = answer(response).await;
    assert_eq!(error(&said), "the server has no room left to keep this; try again later");
    // Readers' events are refused alike once the last pages are taken.
    let events = |n: usize| json!({ "reader": reader(n), "site": "news.example", "events": [{ "kind": "view" }] });
    let mut events_refused = None;
    for r in 0..2000 {
        let (status, said) = server.post("/api/v1/quizzes/iranian-people/events", &events(r)).await;
        if status != StatusCode::NO_CONTENT {
            assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
            assert_eq!(error(&said), "the server has no room left to keep this; try again later");
            events_refused = Some(r);
            break;
        }
    }
    let r = events_refused.expect("readers' events filled the file too");

    // Reads go on: the class, its hand-ins (all kept, none half-kept), the stats.
    assert_eq!(server.get(&format!("/api/v1/classes/{id}")).await.0, StatusCode::OK);
    let (status, list) = server.as_teacher(reqwest::Method::GET, &hand_ins, &secret).await;
    assert_eq!(status, StatusCode::OK);
    let names: Vec<&str> = list["hand_ins"].as_array().unwrap().iter().map(|h| h["name"].as_str().unwrap()).collect();
    assert_eq!(names.len(), kept.len());
    assert!(kept.iter().all(|name| names.contains(&name.as_str())), "{names:?}");
    assert_eq!(server.get("/api/v1/quizzes/iranian-people/stats").await.0, StatusCode::OK);
    let mut file = sqlite_file(&server.place).await;
    let (check,): (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(&mut file).await.unwrap();
    assert_eq!(check, "ok");

    // The operator makes room: the refused hand-in, sent again, is kept, once.
    sqlx::query("DELETE FROM ballast").execute(&mut file).await.unwrap();
    assert_eq!(server.post(&hand_ins, &body(n)).await.0, StatusCode::CREATED);
    let again = server.post(&hand_ins, &body(n)).await;
    assert_eq!(again.0, StatusCode::OK, "{}", String::from_utf8_lossy(&log().0.lock().unwrap()));
    let later = server.post("/api/v1/quizzes/iranian-people/events", &events(r)).await;
    assert_eq!(later.0, StatusCode::NO_CONTENT, "{}", String::from_utf8_lossy(&log().0.lock().unwrap()));
    let (_, list) = server.as_teacher(reqwest::Method::GET, &hand_ins, &secret).await;
    assert_eq!(list["hand_ins"].as_array().unwrap().len(), kept.len() + 1);
}

#[tokio::test]
async fn a_deleted_or_expired_class_leaves_nothing_of_it_in_the_database() {
    let server = start().await;
    let quiz = quiz();
    let code = assignment(&quiz, "Period 3");
    let hand_in = |id: &str, key: &str, name: &str| {
        (format!("/api/v1/classes/{id}/hand-ins"), json!({ "key": key, "code": result_code(&quiz, &code, name) }))
    };
    // One class deleted by its teacher, one that expires and is purged.
    let (deleted, secret) = class(&server, &code).await;
    let (status, created) =
        server.post("/api/v1/classes", &json!({ "quiz": "iranian-people", "assignment": code, "days": 1 })).await;
    assert_eq!(status, StatusCode::CREATED);
    let expired = created["class"].as_str().unwrap().to_owned();
    for (id, key, name) in [(&deleted, KEY, "Zephyrine Quillfeather"), (&expired, KEY2, "Bartholomew Oakenshield")] {
        let (path, body) = hand_in(id, key, name);
        assert_eq!(server.post(&path, &body).await.0, StatusCode::CREATED);
    }
    let codes =
        [result_code(&quiz, &code, "Zephyrine Quillfeather"), result_code(&quiz, &code, "Bartholomew Oakenshield")];
    let (status, _) = server.as_teacher(reqwest::Method::DELETE, &format!("/api/v1/classes/{deleted}"), &secret).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(server.app.store.purge_expired_classes(START + DAY).await.unwrap(), 1);
    // A class that stays, so that the file is not simply empty.
    class(&server, &code).await;
    let place = server.stop().await;

    // Not a row, and (SQLite's secure_delete) not a byte of them in the file's free pages.
    let file = kept(&place).await;
    let holds = |text: &[u8]| file.windows(text.len()).any(|window| window == text);
    assert!(holds(code.as_bytes()), "the class that stays is there");
    for gone in [deleted.as_bytes(), expired.as_bytes(), b"Zephyrine Quillfeather", b"Bartholomew Oakenshield"]
        .into_iter()
        .chain(codes.iter().map(|c| c.as_bytes()))
    {
        assert!(
            !holds(gone),
            "{} is still in the database (files: {:?})",
            String::from_utf8_lossy(gone),
            std::fs::read_dir(place.path().join("data"))
                .map(|d| d.flatten().map(|e| e.file_name()).collect::<Vec<_>>())
        );
    }
}

#[tokio::test]
async fn one_client_makes_so_many_writes_a_minute_and_a_forwarded_address_counts_only_from_a_trusted_proxy() {
    let events = |n: usize| json!({ "reader": reader(n), "site": "news.example", "events": [{ "kind": "view" }] });
    let post = |server: &Server, n: usize, forwarded: Option<&str>| {
        let mut request =
            server.client.post(format!("{}/api/v1/quizzes/iranian-people/events", server.url)).json(&events(n));
        if let Some(address) = forwarded {
            request = request.header("x-forwarded-for", address);
        }
        request.send()
    };
    // Three writes a minute; no proxy trusted: a client's own X-Forwarded-For changes nothing.
    let server = start_with(place().await, START, |config| config.writes_per_minute = 3).await;
    for n in 0..3 {
        assert_eq!(post(&server, n, Some(&format!("203.0.113.{n}"))).await.unwrap().status(), StatusCode::NO_CONTENT);
    }
    let response = post(&server, 3, Some("203.0.113.99")).await.unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = response.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=20).contains(&wait), "{wait}");
    let (_, said) = answer(response).await;
    assert_eq!(error(&said), format!("too many requests from your address; try again in {wait} s"));
    // A news page of another origin is shown the refusal and may read its wait.
    let response = server
        .client
        .post(format!("{}/api/v1/quizzes/iranian-people/events", server.url))
        .header("origin", "https://news.example")
        .json(&events(4))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let header = |name: &str| response.headers().get(name).map(|v| v.to_str().unwrap().to_ascii_lowercase());
    assert_eq!(header("access-control-allow-origin").as_deref(), Some("https://news.example"));
    assert_eq!(header("access-control-expose-headers").as_deref(), Some("retry-after"));
    assert!(header("retry-after").is_some());
    // Reads are not limited, and the refused write was not kept.
    let (status, stats) = server.get("/api/v1/quizzes/iranian-people/stats").await;
    assert_eq!(status, StatusCode::OK, "{stats}");
    let (status, _) = server.post("/api/v1/classes", &json!({ "quiz": "iranian-people", "assignment": "x" })).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "every write counts, a class's too");

    // Behind a trusted proxy (this test's 127.0.0.1), each forwarded client counts alone.
    let server = start_with(place().await, START, |config| {
        config.writes_per_minute = 3;
        config.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    })
    .await;
    for n in 0..3 {
        assert_eq!(post(&server, n, Some("198.51.100.7")).await.unwrap().status(), StatusCode::NO_CONTENT);
    }
    assert_eq!(post(&server, 3, Some("198.51.100.7")).await.unwrap().status(), StatusCode::TOO_MANY_REQUESTS);
    // What a client wrote before the proxy's own entry is not believed.
    assert_eq!(
        post(&server, 4, Some("192.0.2.1, 198.51.100.7")).await.unwrap().status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(post(&server, 5, Some("198.51.100.8")).await.unwrap().status(), StatusCode::NO_CONTENT);
    // Neither the addresses nor their hashes' salt reach the log or the database.
    let place = server.stop().await;
    let file = kept(&place).await;
    let text = String::from_utf8(log().0.lock().unwrap().clone()).unwrap();
    for address in ["198.51.100.7", "198.51.100.8", "192.0.2.1", "203.0.113."] {
        assert!(!text.contains(address), "{address} in the log");
        assert!(!file.windows(address.len()).any(|w| w == address.as_bytes()), "{address} in the database");
    }
}

#[tokio::test]
async fn past_its_requests_in_flight_the_server_refuses_at_once_and_takes_the_next_once_one_ends() {
    use tokio::io::AsyncWriteExt;
    let server = start_with(place().await, START, |config| config.max_in_flight = 1).await;
    // A request under way: its body is still coming.
    let address = server.url.trim_start_matches("http://").to_owned();
    let mut slow = tokio::net::TcpStream::connect(&address).await.unwrap();
    let head = format!(
        "POST /api/v1/quizzes/iranian-people/events HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{"
    );
    slow.write_all(head.as_bytes()).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    // A page of another origin is shown the refusal and how long to wait, not a network
    // error: the CORS headers are on it.
    let response = server
        .client
        .get(format!("{}/api/v1/quizzes", server.url))
        .header("origin", "https://news.example")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(response.headers()["retry-after"], "60");
    assert_eq!(response.headers()["access-control-allow-origin"], "https://news.example");
    assert_eq!(response.headers()["access-control-expose-headers"], "retry-after");
    let (_, said) = answer(response).await;
    assert_eq!(error(&said), "the server is busy; try again");
    // The API's requests and the site's are one count; the health check is not counted.
    assert_eq!(server.client.get(&server.url).send().await.unwrap().status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(server.client.get(format!("{}/healthz", server.url)).send().await.unwrap().status(), StatusCode::OK);
    // Once it ends, the next is taken.
    drop(slow);
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(server.get("/api/v1/quizzes").await.0, StatusCode::OK);
}
