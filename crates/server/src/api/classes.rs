//! Teachers' classes: a teacher makes one from an assignment link and gets a student
//! link's id and a teacher's secret; students hand in result codes; the teacher reads
//! and deletes them. Each code is read by the core's decoder against the class's quiz
//! and must answer the class's assignment.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};

use article_quiz_core::api::{
    Class, ClassCreated, DAY_MS, DEFAULT_DAYS, HandIn, HandIns, MAX_DAYS, MAX_KEY, MIN_KEY, NewClass, NewHandIn,
    Refusal, is_url_safe,
};
use article_quiz_core::{link, result};

use super::bearer;
use super::openapi::{BadAddress, Busy, Failed, JsonBody, TooMany};
use crate::error::{ApiError, ApiResult, Json, Path};
use crate::secret::{self, Secret};
use crate::store::{self, Created, Kept, StoredClass};
use crate::{App, Store};

/// A class for the assignment code of a teacher's link, checked against its quiz.
#[utoipa::path(
    post,
    path = "/api/v1/classes",
    tag = "classes",
    operation_id = "create_class",
    request_body = NewClass,
    responses(
        (status = 201, description = "The class's id, for the student link, and the teacher's secret, which the \
            server keeps only as a hash and cannot show again", body = ClassCreated),
        JsonBody, Busy, Failed, TooMany,
    )
)]
pub async fn create<S: Store>(
    State(app): State<Arc<App<S>>>,
    Json(new): Json<NewClass>,
) -> ApiResult<(StatusCode, Json<ClassCreated>)> {
    let quiz = app.quizzes.get(&new.quiz).ok_or_else(|| refused("this server has no quiz of that name"))?;
    let assignment = link::decode(new.assignment.trim(), quiz)
        .map_err(|why| refused(&format!("the assignment link cannot be opened: {why}")))?;
    let title = Some(new.title.trim()).filter(|t| !t.is_empty()).unwrap_or(assignment.title.trim()).to_owned();
    if title.len() > link::MAX_TITLE {
        return Err(refused(&format!("the title is longer than {} bytes", link::MAX_TITLE)));
    }
    // PostgreSQL's text holds no NUL; refused alike whatever the database.
    if title.contains('\0') {
        return Err(refused("the title holds a NUL character"));
    }
    let days = new.days.unwrap_or(DEFAULT_DAYS);
    if !(1..=MAX_DAYS).contains(&days) {
        return Err(refused(&format!("a class lasts 1 to {MAX_DAYS} days")));
    }
    let now = app.now();
    let secret = Secret::new();
    let class = StoredClass {
        id: secret::class_id(),
        secret_hash: secret.hash(),
        quiz: quiz.slug.clone(),
        assignment: new.assignment.trim().to_owned(),
        title,
        created_at: now,
        expires_at: now + u64::from(days) * DAY_MS,
    };
    if app.store.create_class(&class, app.config.classes_per_hour).await? == Created::TooMany {
        return Err(ApiError::Busy("this server has made as many classes as it makes in an hour; try again later"));
    }
    tracing::info!(quiz = %class.quiz, days, "class created");
    let created = ClassCreated { class: class.id, secret: secret.reveal(), expires_at: class.expires_at };
    Ok((StatusCode::CREATED, Json(created)))
}

/// What a student's link opens.
#[utoipa::path(
    get,
    path = "/api/v1/classes/{class}",
    tag = "classes",
    operation_id = "open_class",
    params(("class" = String, Path, description = "The class's id, from the student link")),
    responses(
        (status = 200, description = "The class's quiz, assignment code, title and expiry", body = Class),
        (status = 404, description = "The class was deleted or has expired, or its link is mistyped", body = Refusal),
        BadAddress, Busy, Failed,
    )
)]
pub async fn open<S: Store>(State(app): State<Arc<App<S>>>, Path(id): Path<String>) -> ApiResult<Json<Class>> {
    let class = find(&app, &id).await?;
    Ok(Json(Class { quiz: class.quiz, assignment: class.assignment, title: class.title, expires_at: class.expires_at }))
}

/// A student's result code, kept once per key; refused unless it answers the class's
/// assignment.
#[utoipa::path(
    post,
    path = "/api/v1/classes/{class}/hand-ins",
    tag = "classes",
    params(("class" = String, Path, description = "The class's id, from the student link")),
    request_body = NewHandIn,
    responses(
        (status = 201, description = "The hand-in, kept", body = HandIn),
        (status = 200, description = "The hand-in kept before under the same key and code (sent again)", body = HandIn),
        (status = 404, description = "The class was deleted or has expired, or its link is mistyped", body = Refusal),
        JsonBody, Busy, Failed, TooMany,
    )
)]
pub async fn hand_in<S: Store>(
    State(app): State<Arc<App<S>>>,
    Path(id): Path<String>,
    Json(new): Json<NewHandIn>,
) -> ApiResult<(StatusCode, Json<HandIn>)> {
    let class = find(&app, &id).await?;
    let key_ok = (MIN_KEY..=MAX_KEY).contains(&new.key.len()) && is_url_safe(&new.key);
    if !key_ok {
        return Err(refused(&format!("a hand-in's key is {MIN_KEY} to {MAX_KEY} letters, digits, - or _")));
    }
    let quiz = app.quizzes.get(&class.quiz).ok_or_else(|| refused("this class's quiz is no longer served here"))?;
    let code = new.code.trim();
    let record =
        result::decode(code, quiz).map_err(|why| refused(&format!("the result code cannot be read: {why}")))?;
    if record.assignment != result::assignment_id(&class.assignment) {
        return Err(refused("this result code answers another assignment, not this class's"));
    }
    if record.name.contains('\0') {
        return Err(refused("the name in the result code holds a NUL character"));
    }
    let now = app.now();
    let statements = crate::lrs::statements_of(&app.config, quiz, &record, &new.key, now);
    let new =
        store::NewHandIn { key: &new.key, name: record.name.trim(), code, now, statements: statements.as_deref() };
    match app.store.add_hand_in(&class.id, new, app.config.hand_ins_per_class).await? {
        Kept::New(hand_in) => Ok((StatusCode::CREATED, Json(hand_in))),
        // The same hand-in sent again; a key reused with another code shows nothing of it.
        Kept::Again(hand_in) if hand_in.code == code => Ok((StatusCode::OK, Json(hand_in))),
        Kept::Again(_) => Err(refused("this key was used by another hand-in; make a new one")),
        Kept::Full => Err(refused(&format!(
            "this class holds its most hand-ins ({}); ask your teacher",
            app.config.hand_ins_per_class
        ))),
        Kept::NoClass => Err(ApiError::NoClass),
    }
}

/// The class's hand-ins, oldest first, for its teacher.
#[utoipa::path(
    get,
    path = "/api/v1/classes/{class}/hand-ins",
    tag = "classes",
    params(("class" = String, Path, description = "The class's id, from the student link")),
    security(("teacher_secret" = [])),
    responses(
        (status = 200, description = "The class and its hand-ins", body = HandIns),
        (status = 404, description = "The class was deleted or has expired, or its link is mistyped, or the teacher's \
            secret is missing or wrong: the same reply for each, so a stranger learns nothing of which classes exist", body = Refusal),
        BadAddress, Busy, Failed,
    )
)]
pub async fn hand_ins<S: Store>(
    State(app): State<Arc<App<S>>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Json<HandIns>> {
    let class = find_as_teacher(&app, &id, &headers).await?;
    let hand_ins = app.store.hand_ins(&class.id).await?;
    Ok(Json(HandIns {
        title: class.title,
        quiz: class.quiz,
        assignment: class.assignment,
        expires_at: class.expires_at,
        hand_ins,
    }))
}

/// Deletes one hand-in of the class, for its teacher.
#[utoipa::path(
    delete,
    path = "/api/v1/classes/{class}/hand-ins/{hand_in}",
    tag = "classes",
    params(("class" = String, Path, description = "The class's id, from the student link"), ("hand_in" = i64, Path, description = "The hand-in's `id`")),
    security(("teacher_secret" = [])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, description = "No such class (deleted, expired, mistyped, or the teacher's secret is missing or \
            wrong: the same reply for each) or no such hand-in in it", body = Refusal),
        BadAddress, Busy, Failed, TooMany,
    )
)]
pub async fn delete_hand_in<S: Store>(
    State(app): State<Arc<App<S>>>,
    Path((id, hand_in)): Path<(String, i64)>,
    headers: HeaderMap,
) -> ApiResult<StatusCode> {
    let class = find_as_teacher(&app, &id, &headers).await?;
    if app.store.delete_hand_in(&class.id, hand_in).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NoHandIn)
    }
}

/// Deletes the class and its hand-ins, for its teacher.
#[utoipa::path(
    delete,
    path = "/api/v1/classes/{class}",
    tag = "classes",
    params(("class" = String, Path, description = "The class's id, from the student link")),
    security(("teacher_secret" = [])),
    responses(
        (status = 204, description = "Deleted, with its hand-ins"),
        (status = 404, description = "The class was deleted or has expired, or its link is mistyped, or the teacher's \
            secret is missing or wrong: the same reply for each, so a stranger learns nothing of which classes exist", body = Refusal),
        BadAddress, Busy, Failed, TooMany,
    )
)]
pub async fn delete_class<S: Store>(
    State(app): State<Arc<App<S>>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<StatusCode> {
    let class = find_as_teacher(&app, &id, &headers).await?;
    app.store.delete_class(&class.id).await?;
    tracing::info!("class deleted");
    Ok(StatusCode::NO_CONTENT)
}

fn refused(why: &str) -> ApiError {
    ApiError::Refused(why.to_owned())
}

/// The class `id`, unless deleted or expired. An id no class can have (ids are URL-safe
/// base64) is not looked for.
async fn find<S: Store>(app: &App<S>, id: &str) -> ApiResult<StoredClass> {
    let id_ok = id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !id_ok {
        return Err(ApiError::NoClass);
    }
    app.store.class(id, app.now()).await?.ok_or(ApiError::NoClass)
}

/// The class `id`, for a request that carries its teacher's secret. A missing or wrong secret
/// gets the very reply of a class that does not exist (status and body), so a stranger cannot
/// tell a live class from a made-up id.
async fn find_as_teacher<S: Store>(app: &App<S>, id: &str, headers: &HeaderMap) -> ApiResult<StoredClass> {
    let class = find(app, id).await?;
    match bearer(headers) {
        Some(secret) if secret.matches(&class.secret_hash) => Ok(class),
        _ => Err(ApiError::NoClass),
    }
}
