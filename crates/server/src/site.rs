//! The built site (`dist/`): each file as the browser asks for it, precompressed
//! (`.br`, `.gz`, which scripts/build writes beside each file) by `Accept-Encoding`;
//! files whose names carry a content hash cached for a year, every other file revalidated.

use std::convert::Infallible;
use std::path::Path;

use axum::body::Body;
use axum::http::{HeaderValue, Request, Response, header};
use axum::response::IntoResponse;
use tower::ServiceExt;
use tower::util::BoxCloneSyncService;
use tower_http::services::ServeDir;

/// The site at `dist` as a service for the router's fallback.
pub fn service(dist: &Path) -> BoxCloneSyncService<Request<Body>, Response<Body>, Infallible> {
    let files = ServeDir::new(dist).precompressed_br().precompressed_gzip();
    BoxCloneSyncService::new(tower::service_fn(move |request: Request<Body>| {
        let files = files.clone();
        async move {
            let cache = cache_control(request.uri().path());
            let mut response = files.oneshot(request).await.map(IntoResponse::into_response)?;
            if response.status().is_success() || response.status().is_redirection() {
                response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            }
            // The same address answers br, gzip or plain: a cache must keep them apart.
            response.headers_mut().insert(header::VARY, HeaderValue::from_static("accept-encoding"));
            Ok(response)
        }
    }))
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
    use super::cache_control;

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
