//! News readers: what a page that names this server tells it (views, starts, first
//! answers, finishes, with a random id that lives as long as the page), how readers
//! answered, for the next reader (one cacheable GET per quiz), and the newsroom's view,
//! behind the admin token. Answers are scored here, by the core, never taken on trust;
//! a finish's score is the widget's (checked to lie within the quiz's points): the
//! figures are what readers' browsers say, not proof (README, "The results server").

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response as HttpResponse};
use sha2::{Digest, Sha256};

use article_quiz_core::api::{
    AnswerCount, DAY_MS, DayFunnel, Funnel, MAX_EVENTS, MAX_READER, MIN_READER, QuestionReport, QuestionStats,
    ReaderEvent, ReaderEvents, ReaderStats, Refusal, Report, SiteFunnel, is_url_safe,
};
use article_quiz_core::model::Quiz;
use article_quiz_core::{Points, Question, Response, Verdict, scoring};

use super::bearer;
use super::openapi::{BadAddress, Busy, Failed, JsonBody, TooMany};
use crate::error::{ApiError, ApiResult, Json, Path};
use crate::site::{hex, matches};
use crate::store::{AnswerTally, FunnelTally, Reader, Reading, ScoreTally};
use crate::{App, Store};

/// How long a browser or a CDN may reuse the stats before asking again.
const STATS_CACHE: &str = "public, max-age=60";

/// Each quiz's stats as one instance last worked them out: when (the server's clock, in
/// ms), the JSON and its tag. Per instance: another instance's new answers show here once
/// `--stats-seconds` have passed, as a CDN shows them after `max-age`.
///
/// One request at a time works a quiz's stats out again: while it does, the others are
/// given the stats as they were (a CDN would give them older), rather than each asking the
/// database the same question, which, with the tables grown, took the pool's connections
/// from the writes (the soak's p99 rose to a second).
#[derive(Default)]
pub struct StatsCache(Mutex<HashMap<String, (u64, Arc<WorkedOut>)>>, Mutex<HashSet<String>>);

/// The mark that a quiz's stats are being worked out, taken off when that ends, however
/// it ends (a request cut off by its client included).
struct Working<'a>(&'a Mutex<HashSet<String>>, String);

impl Drop for Working<'_> {
    fn drop(&mut self) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).remove(&self.1);
    }
}

/// A quiz's stats as JSON, and their tag.
type WorkedOut = (Bytes, String);

/// The longest host name (RFC 1035).
const MAX_SITE: usize = 253;

/// What a news reader's page did: views, starts, first answers (scored here) and finishes.
#[utoipa::path(
    post,
    path = "/api/v1/quizzes/{quiz}/events",
    tag = "readers",
    params(("quiz" = String, Path, description = "The quiz's slug, one `GET /api/v1/quizzes` lists")),
    request_body = ReaderEvents,
    responses(
        (status = 204, description = "Kept: each reader's first event of a kind, and first answer to a question"),
        (status = 404, description = "This server has no quiz of that name", body = Refusal),
        JsonBody, Busy, Failed, TooMany,
    )
)]
pub async fn add_events<S: Store>(
    State(app): State<Arc<App<S>>>,
    Path(slug): Path<String>,
    Json(sent): Json<ReaderEvents>,
) -> ApiResult<StatusCode> {
    let quiz = served(&app, &slug)?;
    let id_ok = (MIN_READER..=MAX_READER).contains(&sent.reader.len()) && is_url_safe(&sent.reader);
    if !id_ok {
        return Err(refused(format!("a reader's id is {MIN_READER} to {MAX_READER} letters, digits, - or _")));
    }
    let site = sent.site.as_deref().unwrap_or("").trim().to_ascii_lowercase();
    let site_ok = site.len() <= MAX_SITE && site.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    if !site_ok {
        return Err(refused("the site is the embedding page's host name alone, such as news.example.com".into()));
    }
    if sent.events.len() > MAX_EVENTS {
        return Err(refused(format!("a request carries at most {MAX_EVENTS} events")));
    }
    let readings =
        sent.events.iter().filter_map(|event| reading(quiz, event).transpose()).collect::<Result<Vec<_>, _>>()?;
    let day = i64::try_from(app.now() / DAY_MS).unwrap_or(i64::MAX);
    app.store.add_readings(Reader { quiz: &quiz.slug, id: &sent.reader, site: &site, day }, &readings).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An event as kept: an answer scored against its question; `None` for a kind this
/// server does not know.
fn reading(quiz: &Quiz, event: &ReaderEvent) -> ApiResult<Option<Reading>> {
    Ok(Some(match event {
        ReaderEvent::View => Reading::View,
        ReaderEvent::Start => Reading::Start,
        ReaderEvent::Answer { question, response } => {
            let q = quiz
                .questions
                .iter()
                .find(|q| q.id == *question)
                .ok_or_else(|| refused(format!("this quiz has no question {question:?}")))?;
            if !response.fits(&q.kind) {
                return Err(refused(format!("that is not an answer to question {question:?}")));
            }
            let right = scoring::score(q, Some(response)).verdict == Verdict::Correct;
            let response = serde_json::to_string(response).map_err(|_| refused("that answer cannot be kept".into()))?;
            Reading::Answer { question: question.clone(), response, right }
        }
        ReaderEvent::Finish { earned, max } => {
            let most = Points::whole(quiz.questions.iter().map(|q| q.points).sum()).0;
            if *max == 0 || earned > max || *max > most {
                return Err(refused(format!("a score is 0 to its most, and its most 1 to {most} hundredths")));
            }
            Reading::Finish { earned: *earned, max: *max }
        }
        ReaderEvent::Unknown => return Ok(None),
    }))
}

/// How readers answered, for every reader's page: each question with at least
/// `min_answers` first answers, and the scores once as many finished.
#[utoipa::path(
    get,
    path = "/api/v1/quizzes/{quiz}/stats",
    tag = "readers",
    params(
        ("quiz" = String, Path, description = "The quiz's slug, one `GET /api/v1/quizzes` lists"),
        ("If-None-Match" = Option<String>, Header, description = "The `ETag` of the stats the client holds"),
    ),
    responses(
        (status = 200, description = "The stats", body = ReaderStats, headers(
            ("ETag" = String, description = "A hash of these stats"),
            ("Cache-Control" = String, description = "`public, max-age=60`"),
        )),
        (status = 304, description = "The stats the client holds (`If-None-Match`) are still these", headers(
            ("ETag" = String, description = "A hash of these stats"),
            ("Cache-Control" = String, description = "`public, max-age=60`"),
        )),
        (status = 404, description = "This server has no quiz of that name", body = Refusal),
        BadAddress, Busy, Failed,
    )
)]
pub async fn stats<S: Store>(
    State(app): State<Arc<App<S>>>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> ApiResult<HttpResponse> {
    let quiz = served(&app, &slug)?;
    let now = app.now();
    let fresh = u64::from(app.config.stats_seconds) * 1000;
    let kept = app.stats.0.lock().unwrap_or_else(|e| e.into_inner()).get(&quiz.slug).cloned();
    let working = |slug: &str| app.stats.1.lock().unwrap_or_else(|e| e.into_inner()).contains(slug);
    let worked_out = match kept {
        Some((at, stats)) if now >= at && now - at < fresh => stats,
        // Another request is working them out: these will do meanwhile.
        Some((_, stats)) if fresh > 0 && working(&quiz.slug) => stats,
        _ => {
            let _working = (fresh > 0).then(|| {
                app.stats.1.lock().unwrap_or_else(|e| e.into_inner()).insert(quiz.slug.clone());
                Working(&app.stats.1, quiz.slug.clone())
            });
            let stats = Arc::new(work_out_stats(&app, quiz).await?);
            app.stats.0.lock().unwrap_or_else(|e| e.into_inner()).insert(quiz.slug.clone(), (now, stats.clone()));
            stats
        }
    };
    let (json, tag) = (&worked_out.0, &worked_out.1);
    let cached =
        headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()).is_some_and(|given| matches(given, tag));
    let mut response = if cached {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([(header::CONTENT_TYPE, "application/json")], json.clone()).into_response()
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(STATS_CACHE));
    headers.insert(header::ETAG, HeaderValue::from_str(tag).map_err(|_| refused("no tag".into()))?);
    Ok(response)
}

/// A quiz's stats from the database: their JSON and its tag.
async fn work_out_stats<S: Store>(app: &App<S>, quiz: &Quiz) -> ApiResult<WorkedOut> {
    let min = app.config.min_answers;
    let tallies = app.store.answer_tallies(&quiz.slug).await?;
    let questions = by_question(quiz, &tallies)
        .into_iter()
        .filter(|(_, answers)| count_all(answers) >= min.max(1))
        .map(|(question, answers)| {
            let wrong = answers.iter().filter(|a| !a.right).max_by(|a, b| {
                // The most common; between equals, the one listed first.
                a.count.cmp(&b.count).then_with(|| b.response.cmp(&a.response))
            });
            let common_wrong = wrong.and_then(|a| serde_json::from_str::<Response>(&a.response).ok());
            // A choice question's, in the quiz's words; not the others' (true or false is
            // in the reader's language, which the widget knows; an order or a number is
            // not one answer among few).
            let choice = common_wrong.as_ref().filter(|r| matches!(r, Response::Single(_) | Response::Multiple(_)));
            QuestionStats {
                question: question.id.clone(),
                answers: count_all(&answers),
                right: answers.iter().filter(|a| a.right).map(|a| a.count).sum(),
                common_wrong_text: choice.and_then(|r| r.text(&question.kind)),
                common_wrong,
                common_wrong_count: wrong.map_or(0, |a| a.count),
            }
        })
        .collect();
    let mut scores = vec![0u32; 101];
    for ScoreTally { earned, max, readers } in app.store.score_tallies(&quiz.slug).await? {
        let percent = Points(earned).percent_of(Points(max)).min(100) as usize;
        scores[percent] += readers;
    }
    if scores.iter().sum::<u32>() < min.max(1) {
        scores.clear();
    }
    let body = ReaderStats { quiz: quiz.slug.clone(), min_answers: min, questions, scores };
    let json = serde_json::to_vec(&body).map_err(|_| refused("the stats cannot be written".into()))?;
    // The same stats, the same tag: a browser or CDN that has them gets a 304.
    let tag = format!("\"{}\"", hex(&Sha256::digest(&json)[..16]));
    Ok((Bytes::from(json), tag))
}

/// The newsroom's view of a quiz, with the admin token: views, starts and finishes in all,
/// by site and by day, and each question's first answers.
#[utoipa::path(
    get,
    path = "/api/v1/quizzes/{quiz}/report",
    tag = "readers",
    params(("quiz" = String, Path, description = "The quiz's slug, one `GET /api/v1/quizzes` lists")),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The report", body = Report, headers(
            ("Cache-Control" = String, description = "`no-store`"),
        )),
        (status = 401, description = "The admin token is missing or wrong", body = Refusal),
        (status = 404, description = "This server has no quiz of that name, or its newsroom view is closed (it was \
            started without an admin token)", body = Refusal),
        BadAddress, Busy, Failed,
    )
)]
pub async fn report<S: Store>(
    State(app): State<Arc<App<S>>>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> ApiResult<HttpResponse> {
    let report = make_report(&app, &slug, &headers).await?;
    Ok(([(header::CACHE_CONTROL, "no-store")], Json(report)).into_response())
}

/// The same as CSV: one line per site and day, then one per question and answer.
#[utoipa::path(
    get,
    path = "/api/v1/quizzes/{quiz}/report.csv",
    tag = "readers",
    params(("quiz" = String, Path, description = "The quiz's slug, one `GET /api/v1/quizzes` lists")),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The report as CSV (UTF-8), with a header line: quiz, site, day, views, starts, \
            finishes, question, answer, right, readers", body = String, content_type = "text/csv", headers(
            ("Content-Disposition" = String, description = "`attachment; filename=\"QUIZ-readers.csv\"`"),
            ("Cache-Control" = String, description = "`no-store`"),
        )),
        (status = 401, description = "The admin token is missing or wrong", body = Refusal),
        (status = 404, description = "This server has no quiz of that name, or its newsroom view is closed (it was \
            started without an admin token)", body = Refusal),
        BadAddress, Busy, Failed,
    )
)]
pub async fn report_csv<S: Store>(
    State(app): State<Arc<App<S>>>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> ApiResult<HttpResponse> {
    let report = make_report(&app, &slug, &headers).await?;
    let csv = report_to_csv(&report).map_err(|_| refused("the report cannot be written as CSV".into()))?;
    let name = format!("attachment; filename=\"{}-readers.csv\"", report.quiz);
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")),
            (header::CONTENT_DISPOSITION, HeaderValue::from_str(&name).map_err(|_| refused("no name".into()))?),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        csv,
    )
        .into_response())
}

async fn make_report<S: Store>(app: &App<S>, slug: &str, headers: &HeaderMap) -> ApiResult<Report> {
    let admin = app.config.admin_token.as_ref().ok_or(ApiError::NoAdmin)?;
    if !bearer(headers).is_some_and(|given| given.is(admin)) {
        return Err(ApiError::NotAdmin);
    }
    let quiz = served(app, slug)?;
    let funnels = app.store.funnel_tallies(&quiz.slug).await?;
    let mut total = Funnel::default();
    let mut by_site: BTreeMap<&str, Funnel> = BTreeMap::new();
    let mut by_day: BTreeMap<i64, Funnel> = BTreeMap::new();
    for tally in &funnels {
        for funnel in [&mut total, by_site.entry(&tally.site).or_default(), by_day.entry(tally.day).or_default()] {
            add(funnel, tally);
        }
    }
    let tallies = app.store.answer_tallies(&quiz.slug).await?;
    let questions = by_question(quiz, &tallies)
        .into_iter()
        .map(|(question, answers)| QuestionReport {
            question: question.id.clone(),
            prompt: question.prompt.clone(),
            answers: count_all(&answers),
            right: answers.iter().filter(|a| a.right).map(|a| a.count).sum(),
            distribution: answers
                .iter()
                .filter_map(|a| {
                    let response: Response = serde_json::from_str(&a.response).ok()?;
                    let text = response.text(&question.kind).unwrap_or_default();
                    Some(AnswerCount { response, text, right: a.right, count: a.count })
                })
                .collect(),
        })
        .collect();
    Ok(Report {
        quiz: quiz.slug.clone(),
        total,
        by_site: by_site.into_iter().map(|(site, funnel)| SiteFunnel { site: site.to_owned(), funnel }).collect(),
        by_day: by_day.into_iter().map(|(day, funnel)| DayFunnel { day: date(day), funnel }).collect(),
        questions,
    })
}

fn add(funnel: &mut Funnel, tally: &FunnelTally) {
    funnel.views += tally.views;
    funnel.starts += tally.starts;
    funnel.finishes += tally.finishes;
}

fn report_to_csv(report: &Report) -> Result<Vec<u8>, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let header =
        ["quiz", "site", "day", "views", "starts", "finishes", "question", "answer", "answer_text", "right", "readers"];
    out.write_record(header)?;
    for day in &report.by_day {
        let f = day.funnel;
        let counts = [f.views, f.starts, f.finishes].map(|n| n.to_string());
        out.write_record([&report.quiz, "", &day.day, &counts[0], &counts[1], &counts[2], "", "", "", "", ""])?;
    }
    for site in &report.by_site {
        let f = site.funnel;
        let counts = [f.views, f.starts, f.finishes].map(|n| n.to_string());
        out.write_record([&report.quiz, &site.site, "", &counts[0], &counts[1], &counts[2], "", "", "", "", ""])?;
    }
    for question in &report.questions {
        for answer in &question.distribution {
            let response = serde_json::to_string(&answer.response).unwrap_or_default();
            let right = if answer.right { "yes" } else { "no" };
            out.write_record([
                &report.quiz,
                "",
                "",
                "",
                "",
                "",
                &question.question,
                &response,
                &answer.text,
                right,
                &answer.count.to_string(),
            ])?;
        }
    }
    out.into_inner().map_err(|e| e.into_error().into())
}

/// The quiz `slug`, if this server serves it.
fn served<'a, S>(app: &'a App<S>, slug: &str) -> ApiResult<&'a Quiz> {
    app.quizzes.get(slug).ok_or(ApiError::NoQuiz)
}

/// The tallies of each question, in the quiz's order.
fn by_question<'a>(quiz: &'a Quiz, tallies: &'a [AnswerTally]) -> Vec<(&'a Question, Vec<&'a AnswerTally>)> {
    quiz.questions
        .iter()
        .map(|q| (q, tallies.iter().filter(|t| t.question == q.id).collect::<Vec<_>>()))
        .filter(|(_, answers)| !answers.is_empty())
        .collect()
}

fn count_all(answers: &[&AnswerTally]) -> u32 {
    answers.iter().map(|a| a.count).sum()
}

/// Days since the Unix epoch as `YYYY-MM-DD`.
fn date(day: i64) -> String {
    const UNIX_EPOCH_JULIAN_DAY: i64 = 2_440_588;
    i32::try_from(day + UNIX_EPOCH_JULIAN_DAY)
        .ok()
        .and_then(|julian| time::Date::from_julian_day(julian).ok())
        .map_or_else(|| day.to_string(), |date| date.to_string())
}

fn refused(why: String) -> ApiError {
    ApiError::Refused(why)
}

#[cfg(test)]
mod tests {
    #[test]
    fn days_are_dates() {
        assert_eq!(super::date(0), "1970-01-01");
        assert_eq!(super::date(20_791), "2026-12-04");
    }
}
