//! The built site (`dist/`): each file as the browser asks for it, precompressed
//! (`.br`, `.gz`, which scripts/build writes beside each file) by `Accept-Encoding`;
//! files whose names carry a content hash cached for a year, every other file revalidated;
//! every file but a page open to any origin (the script embed fetches them with CORS).
//!
//! A page (an address ending in `/` or `.html`) names the server to the widget on it:
//! `<meta name="article-quiz-server" content="URL">` (`--public-url`, `/` by default) goes
//! in right after `<head>`, or after `<meta charset>` so that the charset stays first. The
//! files on disk stay as built (the site works from any other host): a page is read
//! uncompressed, the tag put in, and the result compressed as it is sent, with an `ETag`
//! of its bytes.

use std::convert::Infallible;
use std::path::Path;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{HeaderValue, Method, Request, Response, StatusCode, header};
use axum::response::IntoResponse;
use sha2::{Digest, Sha256};
use tower::util::BoxCloneSyncService;
use tower::{ServiceBuilder, ServiceExt};
use tower_http::CompressionLevel;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;

use crate::config::{FrameAncestors, PublicUrl};

/// The name of the meta tag that tells a page's widget where its server is.
pub const META_NAME: &str = "article-quiz-server";

/// The largest page read to put the tag in (a built page is a few kilobytes).
const MAX_PAGE: usize = 8 * 1024 * 1024;

/// The site at `dist` as a service for the router's fallback; its pages name the server
/// at `public_url`.
pub fn service(
    dist: &Path,
    public_url: &PublicUrl,
    frame_ancestors: &FrameAncestors,
) -> BoxCloneSyncService<Request<Body>, Response<Body>, Infallible> {
    let widget_policy = policy(public_url, frame_ancestors.as_str());
    let tools_policy = policy(public_url, "'none'");
    let files = ServeDir::new(dist).precompressed_br().precompressed_gzip();
    let plain = ServeDir::new(dist);
    let tag: Arc<str> = meta_tag(public_url).into();
    let pages = ServiceBuilder::new()
        // Brotli at quality 5, not its default 11, which costs a page's worth of CPU per
        // request: the pages are small and no-cache.
        .layer(CompressionLayer::new().br(true).gzip(true).no_deflate().no_zstd().quality(CompressionLevel::Precise(5)))
        .service(tower::service_fn(move |request| page(plain.clone(), tag.clone(), request)));
    BoxCloneSyncService::new(tower::service_fn(move |request: Request<Body>| {
        let files = files.clone();
        let pages = pages.clone();
        let (widget_policy, tools_policy) = (widget_policy.clone(), tools_policy.clone());
        async move {
            let cache = cache_control(request.uri().path());
            // Decided on the path as ServeDir reads it (percent-escapes decoded, extra
            // slashes dropped), so that `/%74eacher/` or `//teacher/` is the teacher's page too.
            let path = served_path(request.uri().path());
            let mut response = if is_page(&request, &path) {
                // Only the widget's page may be framed, as `--frame-ancestors` says. Every
                // other page (the teacher's, with class secrets in its address; the
                // embed-code page, with the newsroom's view; the editor; the validator) is
                // framed by no site and sends no referrer.
                let widget = is_widget_page(&path);
                let mut response = pages.oneshot(request).await?.map(Body::new);
                let headers = response.headers_mut();
                let csp = if widget { &widget_policy } else { &tools_policy };
                headers.insert(header::CONTENT_SECURITY_POLICY, csp.clone());
                if !widget {
                    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
                }
                response
            } else {
                let mut response = files.oneshot(request).await.map(IntoResponse::into_response)?;
                // The script embed's modules, wasm and stylesheet are fetched with CORS
                // by whichever news page embeds the quiz.
                response.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
                response
            };
            if response.status().is_success() || response.status().is_redirection() {
                response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            }
            // The same address answers br, gzip or plain: a cache must keep them apart.
            response.headers_mut().insert(header::VARY, HeaderValue::from_static("accept-encoding"));
            Ok(response)
        }
    }))
}

/// The Content Security Policy of a page: its own scripts (and wasm), styles and images
/// only, nothing inline, no `eval`, no plugin, no `<base>`; requests to its own origin, to
/// the server's public URL, and to https addresses (a quiz may be loaded from one); framed
/// by `frame_ancestors`.
fn policy(public_url: &PublicUrl, frame_ancestors: &str) -> HeaderValue {
    let server = public_url
        .as_str()
        .parse::<axum::http::Uri>()
        .ok()
        .and_then(|uri| Some(format!(" {}://{}", uri.scheme_str()?, uri.authority()?.as_str())));
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
         connect-src 'self' https:{}; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors {frame_ancestors}",
        server.unwrap_or_default()
    );
    HeaderValue::from_str(&policy)
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'self'; frame-ancestors 'none'"))
}

/// `path` as ServeDir reads it to find a file: percent-escapes decoded, lower case (for the
/// comparisons below), and a single leading `/` however many were sent.
fn served_path(path: &str) -> String {
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy().to_ascii_lowercase();
    format!("/{}", decoded.trim_start_matches('/'))
}

/// Whether the served `path` is the widget's page, the one page news sites frame.
fn is_widget_page(path: &str) -> bool {
    path == "/" || path == "/index.html"
}

/// Whether ServeDir would answer `request`, whose served path is `path`, with an HTML
/// page: an `index.html` for an address ending in `/`, or a `.html` file.
fn is_page(request: &Request<Body>, path: &str) -> bool {
    (request.method() == Method::GET || request.method() == Method::HEAD)
        && (path.ends_with('/') || path.ends_with(".html"))
}

/// The page ServeDir finds for `request`, read uncompressed, with the tag put in; a 304
/// when the client holds these bytes. Anything but an HTML page goes back as it is.
async fn page(files: ServeDir, tag: Arc<str>, request: Request<Body>) -> Result<Response<Body>, Infallible> {
    let held = request.headers().get(header::IF_NONE_MATCH).cloned();
    // The file itself, whole: no other encoding, no range, no condition of the client's
    // (they are about the bytes sent, not the file's).
    let (mut parts, body) = request.into_parts();
    parts.method = Method::GET;
    for name in [
        header::ACCEPT_ENCODING,
        header::RANGE,
        header::IF_RANGE,
        header::IF_MATCH,
        header::IF_NONE_MATCH,
        header::IF_MODIFIED_SINCE,
        header::IF_UNMODIFIED_SINCE,
    ] {
        parts.headers.remove(name);
    }
    let file = files.oneshot(Request::from_parts(parts, body)).await.map(IntoResponse::into_response)?;
    let html = file
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|t| t.to_str().ok())
        .is_some_and(|t| t.trim_start().to_ascii_lowercase().starts_with("text/html"));
    if file.status() != StatusCode::OK || !html {
        return Ok(file);
    }
    let (mut parts, body) = file.into_parts();
    let bytes = match axum::body::to_bytes(body, MAX_PAGE).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "a page could not be read");
            return Ok(StatusCode::INTERNAL_SERVER_ERROR.into_response());
        }
    };
    let named = with_tag(&bytes, &tag);
    // Weak: the page sent as br, gzip or plain has one tag, which a strong tag must not
    // (RFC 9110, 8.8.1); it is a hash of the bytes before compression.
    let etag = format!("W/\"{}\"", hex(&Sha256::digest(&named)[..16]));
    let held = held.as_ref().and_then(|v| v.to_str().ok()).is_some_and(|held| matches(held, &etag));
    let etag = HeaderValue::from_str(&etag).unwrap_or_else(|_| HeaderValue::from_static("W/\"page\""));
    if held {
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        response.headers_mut().insert(header::ETAG, etag);
        return Ok(response);
    }
    // The file's length, date and ranges are not these bytes'.
    for name in [header::CONTENT_LENGTH, header::LAST_MODIFIED, header::ACCEPT_RANGES] {
        parts.headers.remove(name);
    }
    parts.headers.insert(header::ETAG, etag);
    Ok(Response::from_parts(parts, Body::from(named)))
}

/// Whether an `If-None-Match` list holds `etag` (compared weakly, RFC 9110 13.1.2) or is `*`.
pub fn matches(held: &str, etag: &str) -> bool {
    let opaque = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    held.split(',').any(|tag| tag.trim() == "*" || opaque(tag) == opaque(etag))
}

/// The tag naming the server at `public_url`.
fn meta_tag(public_url: &PublicUrl) -> String {
    format!("<meta name=\"{META_NAME}\" content=\"{}\">", attribute(public_url.as_str()))
}

/// `text` escaped for a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// `page` with `tag` put in: after its `<meta charset>` if its head has one, or else after
/// `<head>`, `<html>` or the doctype, the first of them it has, or else first.
fn with_tag(page: &[u8], tag: &str) -> Vec<u8> {
    let lower = page.to_ascii_lowercase();
    let head_ends = [&b"</head"[..], b"<body"].iter().filter_map(|end| find(&lower, end)).min().unwrap_or(lower.len());
    let at = tag_end(&lower, b"<meta", |tag| contains(tag, b"charset"))
        .filter(|end| *end <= head_ends)
        .or_else(|| tag_end(&lower, b"<head", |_| true))
        .or_else(|| tag_end(&lower, b"<html", |_| true))
        .or_else(|| tag_end(&lower, b"<!doctype", |_| true))
        .unwrap_or(0);
    [&page[..at], tag.as_bytes(), &page[at..]].concat()
}

/// Where the first `<name …>` tag of the lower-cased `page` that `wanted` accepts ends
/// (just after its `>`); `<header>` is not `<head>`.
fn tag_end(page: &[u8], name: &[u8], wanted: impl Fn(&[u8]) -> bool) -> Option<usize> {
    let mut from = 0;
    while let Some(start) = find(&page[from..], name).map(|i| from + i) {
        let after = start + name.len();
        let end = find(&page[after..], b">").map(|i| after + i + 1)?;
        let whole_name = page.get(after).is_some_and(|b| *b == b'>' || *b == b'/' || b.is_ascii_whitespace());
        if whole_name && wanted(&page[start..end]) {
            return Some(end);
        }
        from = after;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    find(haystack, needle).is_some()
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// How long a browser or a CDN may keep the file at `path`.
pub fn cache_control(path: &str) -> &'static str {
    if is_hashed(path) { "public, max-age=31536000, immutable" } else { "no-cache" }
}

/// Whether a file's name carries its content's hash, as Trunk names the files it builds
/// (`article-quiz-7be6db4b58b96dd2.js`, `…_bg.wasm`): a new build is a new name.
fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (12..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

#[cfg(test)]
mod tests {
    use super::{attribute, cache_control, with_tag};

    #[test]
    fn the_tag_goes_after_the_charset_else_head_else_html_else_doctype() {
        let put = |page: &str| String::from_utf8(with_tag(page.as_bytes(), "<T>")).unwrap();
        assert_eq!(put("<head><title>x</title><meta charset=utf-8>"), "<head><title>x</title><meta charset=utf-8><T>");
        assert_eq!(
            put(r#"<head><META HTTP-EQUIV="content-type" CONTENT="text/html; charset=utf-8">"#),
            r#"<head><META HTTP-EQUIV="content-type" CONTENT="text/html; charset=utf-8"><T>"#
        );
        assert_eq!(put("<head lang=en><header></header>"), "<head lang=en><T><header></header>");
        assert_eq!(put("<header><head>"), "<header><head><T>", "a header is not the head");
        assert_eq!(put("<head></head><body><meta charset=x>"), "<head><T></head><body><meta charset=x>");
        assert_eq!(
            put("<!doctype html><html lang=en><title>x</title>"),
            "<!doctype html><html lang=en><T><title>x</title>"
        );
        assert_eq!(put("<!DOCTYPE html><title>x</title>"), "<!DOCTYPE html><T><title>x</title>");
        assert_eq!(put("plain text"), "<T>plain text");
        assert_eq!(put("<head"), "<T><head", "a tag that never ends");
        assert_eq!(put(""), "<T>");
    }

    #[test]
    fn a_url_is_escaped_for_the_attribute() {
        assert_eq!(
            attribute(r#"https://a.example/?x=1&y="2"'<>"#),
            "https://a.example/?x=1&amp;y=&quot;2&quot;&#39;&lt;&gt;"
        );
    }

    #[test]
    fn hashed_files_are_immutable_and_the_rest_revalidated() {
        for hashed in [
            "/article-quiz-7be6db4b58b96dd2.js",
            "/article-quiz-a5da247a83017ba_bg.wasm",
            "/teacher/page-bc722dce634c39c2.css",
        ] {
            assert_eq!(cache_control(hashed), "public, max-age=31536000, immutable", "{hashed}");
        }
        for plain in
            ["/", "/index.html", "/teacher/", "/embed.js", "/article-quiz.js", "/first-screen-xyz.js", "/a-deadbeef.js"]
        {
            assert_eq!(cache_control(plain), "no-cache", "{plain}");
        }
    }
}
