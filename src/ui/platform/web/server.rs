//! The results server, for the teacher's page: a class made, read and deleted over
//! `/api/v1` (README, "The results server"), JSON in and out with gloo-net. The teacher's
//! secret travels in an `Authorization` header, never in an address.

use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;

use crate::quiz::api::{ClassCreated, HandIns, NewClass, QuizSummary, Refusal, Report};
use crate::ui::platform::ServerError;

/// The `<meta>` that names the results server in the pages it serves.
pub const SERVER_META: &str = "article-quiz-server";

/// The base address (ending in `/`) of the results server that serves this page, if it
/// names itself in it (the server writes a `<meta>` into the pages it serves).
pub fn server_base() -> Option<String> {
    let base = web_sys::window()?.document()?.base_uri().ok()??;
    let url = web_sys::Url::new_with_base(&super::meta(SERVER_META)?, &base).ok()?;
    matches!(url.protocol().as_str(), "https:" | "http:").then(|| url.href())
}

fn class_address(server: &str, class: &str, rest: &str) -> String {
    let class: String = web_sys::js_sys::encode_uri_component(class).into();
    format!("{server}api/v1/classes/{class}{rest}")
}

/// The request with a secret: a teacher's, or the server's admin token.
fn as_teacher(request: RequestBuilder, secret: &str) -> RequestBuilder {
    request.header("authorization", &format!("Bearer {secret}"))
}

async fn answer<T: DeserializeOwned>(sent: Result<Response, gloo_net::Error>) -> Result<T, ServerError> {
    let response = ok(sent).await?;
    response.json().await.map_err(|_| ServerError::Refused("the server's answer could not be read".into()))
}

/// The response, if the server took the request; else why not.
async fn ok(sent: Result<Response, gloo_net::Error>) -> Result<Response, ServerError> {
    let response = sent.map_err(|_| ServerError::Unreachable)?;
    if response.ok() {
        return Ok(response);
    }
    let why = response.json::<Refusal>().await.map(|r| r.error).unwrap_or_default();
    Err(match response.status() {
        404 => ServerError::Gone,
        401 => ServerError::WrongSecret,
        status if why.is_empty() => ServerError::Refused(format!("the server answered {status}")),
        _ => ServerError::Refused(why),
    })
}

/// Makes a class on the server at `server`.
pub async fn create_class(server: &str, new: &NewClass) -> Result<ClassCreated, ServerError> {
    let request = Request::post(&format!("{server}api/v1/classes")).json(new).map_err(|_| ServerError::Unreachable)?;
    answer(request.send().await).await
}

/// The class's hand-ins, with its teacher's secret.
pub async fn hand_ins(server: &str, class: &str, secret: &str) -> Result<HandIns, ServerError> {
    answer(as_teacher(Request::get(&class_address(server, class, "/hand-ins")), secret).send().await).await
}

pub async fn delete_hand_in(server: &str, class: &str, secret: &str, id: i64) -> Result<(), ServerError> {
    let request = as_teacher(Request::delete(&class_address(server, class, &format!("/hand-ins/{id}"))), secret);
    ok(request.send().await).await.map(drop)
}

pub async fn delete_class(server: &str, class: &str, secret: &str) -> Result<(), ServerError> {
    ok(as_teacher(Request::delete(&class_address(server, class, "")), secret).send().await).await.map(drop)
}

/// The quizzes the server serves.
pub async fn quizzes(server: &str) -> Result<Vec<QuizSummary>, ServerError> {
    answer(Request::get(&format!("{server}api/v1/quizzes")).send().await).await
}

/// The bundle of the server's quiz `slug` (`GET /quizzes/{quiz}/bundle`).
pub async fn quiz_bundle(server: &str, slug: &str) -> Result<Vec<u8>, ServerError> {
    let response = ok(Request::get(&bundle_address(server, slug)).send().await).await?;
    response.binary().await.map_err(|_| ServerError::Unreachable)
}

/// The address of the server's quiz `slug` as a bundle: what the student widget's `quiz=`
/// takes to show the same quiz.
pub fn bundle_address(server: &str, slug: &str) -> String {
    report_address(server, slug, "bundle")
}

fn report_address(server: &str, quiz: &str, file: &str) -> String {
    let quiz: String = web_sys::js_sys::encode_uri_component(quiz).into();
    format!("{server}api/v1/quizzes/{quiz}/{file}")
}

/// The newsroom's report of a quiz, with the server's admin token.
pub async fn report(server: &str, quiz: &str, token: &str) -> Result<Report, ServerError> {
    answer(as_teacher(Request::get(&report_address(server, quiz, "report")), token).send().await).await
}

/// The same report as CSV.
pub async fn report_csv(server: &str, quiz: &str, token: &str) -> Result<String, ServerError> {
    let response =
        ok(as_teacher(Request::get(&report_address(server, quiz, "report.csv")), token).send().await).await?;
    response.text().await.map_err(|_| ServerError::Unreachable)
}
