//! The API's OpenAPI document, `GET /api/v1/openapi.json`, generated from the code: each
//! handler's `#[utoipa::path]` beside it, the request and answer types' schemas from the
//! core (its `openapi` feature), and here the refusals that several operations share and
//! the two bearer tokens.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, HeaderBuilder, OpenApi as Document, Ref, RefOr};
use utoipa::{IntoResponses, Modify, OpenApi, PartialSchema, ToSchema};

use article_quiz_core::api::Refusal;

use crate::error::Json;

/// The document: every operation of [`super::router`].
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Article Quiz results server",
        description = "A class's hand-ins and news readers' results, kept on the server's own machine. \
            Every refusal is a status and `{\"error\": \"a sentence\"}` (the `Refusal` schema), also for \
            an address this API does not have (404) and a method an address does not take (405). \
            Unknown fields of a request are ignored; times are milliseconds since the Unix epoch."
    ),
    paths(
        super::quizzes,
        super::bundle,
        document,
        super::readers::add_events,
        super::readers::stats,
        super::readers::report,
        super::readers::report_csv,
        super::classes::create,
        super::classes::open,
        super::classes::delete_class,
        super::classes::hand_in,
        super::classes::hand_ins,
        super::classes::delete_hand_in,
    ),
    components(schemas(Refusal)),
    modifiers(&Tokens),
    tags(
        (name = "quizzes", description = "The quizzes this server accepts results for, and this document"),
        (name = "readers", description = "News readers' views, answers and scores, and the newsroom's view of them"),
        (name = "classes", description = "A teacher's class and its students' hand-ins"),
    )
)]
pub struct ApiDoc;

/// The two `Authorization: Bearer` tokens, by the names the operations' `security` gives
/// them: a class's teacher secret and the admin token.
struct Tokens;

impl Modify for Tokens {
    fn modify(&self, document: &mut Document) {
        let components = document.components.get_or_insert_with(Default::default);
        for (name, what) in [
            (
                "teacher_secret",
                "The teacher's secret that `POST /api/v1/classes` answered, which only the teacher link carries.",
            ),
            ("admin_token", "The server's `--admin-token`, which opens the newsroom's view."),
        ] {
            let scheme = HttpBuilder::new().scheme(HttpAuthScheme::Bearer).description(Some(what)).build();
            components.add_security_scheme(name, SecurityScheme::Http(scheme));
        }
    }
}

/// This API's OpenAPI document.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    tag = "quizzes",
    operation_id = "openapi",
    responses((status = 200, description = "This document (OpenAPI 3.1)", body = Object), Busy)
)]
pub async fn document() -> Json<&'static Document> {
    static DOCUMENT: LazyLock<Document> = LazyLock::new(ApiDoc::openapi);
    Json(&DOCUMENT)
}

/// A response whose body is a [`Refusal`].
fn refusal(description: &str) -> ResponseBuilder {
    let content = ContentBuilder::new().schema(Some(Ref::from_schema_name(Refusal::name()))).build();
    ResponseBuilder::new().description(description).content("application/json", content)
}

fn responses(list: impl IntoIterator<Item = (u16, Response)>) -> BTreeMap<String, RefOr<Response>> {
    list.into_iter().map(|(status, response)| (status.to_string(), response.into())).collect()
}

/// The refusals of a request with a JSON body (`crate::error::ApiError::Malformed` and
/// `Refused`).
pub struct JsonBody;

impl IntoResponses for JsonBody {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        responses([
            (400, refusal("The body is not JSON, or the address's parameter is not one this server knows").build()),
            (413, refusal("The body is larger than the server's `--body-limit`").build()),
            (415, refusal("The body is not declared as JSON (`Content-Type: application/json`)").build()),
            (
                422,
                refusal("The JSON is not of the type asked for, or what it asks is refused: the sentence says why")
                    .build(),
            ),
        ])
    }
}

/// The refusal of an address whose parameter does not parse.
pub struct BadAddress;

impl IntoResponses for BadAddress {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        responses([(400, refusal("The address's parameter is not one this server knows").build())])
    }
}

/// A `Retry-After` header: the seconds a client waits before it sends the request again.
fn retry_after() -> utoipa::openapi::header::Header {
    HeaderBuilder::new().schema(Some(u32::schema())).description(Some("Seconds to wait before trying again")).build()
}

/// A request the server will not take now: its database does not answer or has no room
/// left (`crate::error::ApiError::Database`), it took longer than `crate::REQUEST_TIMEOUT`,
/// or (a new class) the server made its `--classes-per-hour`. Any operation may get it.
pub struct Busy;

impl IntoResponses for Busy {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        let busy = refusal(
            "The server will not take it now: its database is not answering or has no room left, it took more \
             than 10 seconds, or, for a new class, the server made as many classes as it makes in an hour. Try \
             again after Retry-After seconds",
        )
        .header("Retry-After", retry_after());
        responses([(503, busy.build())])
    }
}

/// A write (`POST` or `DELETE`) over the client's `--writes-per-minute`
/// (`crate::limit::limit_writes`).
pub struct TooMany;

impl IntoResponses for TooMany {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        let too_many = refusal("Too many requests from this client; try again after Retry-After seconds")
            .header("Retry-After", retry_after());
        responses([(429, too_many.build())])
    }
}

/// A database error, logged and answered without its details.
pub struct Failed;

impl IntoResponses for Failed {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        responses([(500, refusal("Something went wrong on the server (logged there); try again later").build())])
    }
}
