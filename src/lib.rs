//! Article Quiz: an embeddable quiz about a news article.
//!
//! [`quiz`] is the pure core (model, scoring, session, shuffle, bundles, validation) and
//! builds everywhere with no browser or UI dependency. The Yew front end sits on top of it
//! behind the `ui` feature.

pub mod quiz;

/// The quiz compiled into the app: the bundle the build script made from the folder
/// named in `build.rs`.
pub const DEFAULT_BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/default.aqz"));
