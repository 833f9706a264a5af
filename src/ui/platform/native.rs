//! The stand-in off the web (server-side rendering in tests, the build tools): no
//! storage, no host, no focus; the clock and the seed are the caller's.

use crate::quiz::host::{Command, Embed, Value};

pub fn load(_key: &str) -> Option<String> {
    None
}
pub fn param(_name: &str) -> Option<String> {
    None
}
pub fn tell_host(_message: &Value, _embed: &Embed) {}
/// Nothing is listened to or watched off the web.
pub struct Subscription;
pub fn listen_to_host(_embed: &Embed, _then: impl Fn(Command) + 'static) -> Subscription {
    Subscription
}
pub fn watch_height(_embed: &Embed, _then: impl Fn(u32) + 'static) -> Subscription {
    Subscription
}
pub fn content_height(_embed: &Embed) -> u32 {
    0
}
pub fn ask_host_to_show(_message: &Value, _embed: &Embed) -> Option<bool> {
    Some(false)
}
pub fn copy_text(_text: &str, done: impl FnOnce(bool) + 'static) {
    done(false)
}
pub fn share_text(_title: &str, _text: &str, done: impl FnOnce(super::Shared) + 'static) {
    done(super::Shared::Failed)
}
pub fn store(_key: &str, _value: &str) -> bool {
    true
}
pub fn focus(_root: &yew::NodeRef, _id: &str) {}
pub fn focus_now(_root: &yew::NodeRef, _id: &str) {}
pub fn focus_and_center(_root: &yew::NodeRef, _id: &str) {}
pub fn now_ms() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
}
#[must_use]
pub struct Later;
pub fn later(_ms: u32, _then: impl FnOnce() + 'static) -> Later {
    Later
}
pub fn random_seed() -> u64 {
    now_ms()
}
pub fn address_of(relative: &str) -> String {
    relative.to_owned()
}
pub fn download(_file_name: &str, _mime: &str, _text: &str) {}
pub fn print_page() {}
pub fn selected_text(_id: &str) -> Option<String> {
    None
}
pub struct Opened {
    pub name: String,
    pub bytes: Vec<u8>,
}
pub fn read_files(_input: &web_sys::HtmlInputElement, _max: usize, done: impl FnOnce(Vec<Opened>) + 'static) {
    done(Vec::new())
}
pub fn download_bytes(_file_name: &str, _bytes: &[u8]) {}
pub async fn site_file(_address: &str) -> Option<Vec<u8>> {
    None
}
pub fn refuse_edits(_id: &str) -> Subscription {
    Subscription
}
pub fn results_module() -> Option<web_sys::wasm_bindgen::JsValue> {
    None
}
pub fn start_hand_ins(
    _module: Option<&web_sys::wasm_bindgen::JsValue>,
    _class: Option<&str>,
    _lang: &str,
    _root: &web_sys::Element,
) -> bool {
    false
}
pub fn server_base() -> Option<String> {
    None
}
pub async fn create_class(
    _server: &str,
    _new: &crate::quiz::api::NewClass,
) -> Result<crate::quiz::api::ClassCreated, super::ServerError> {
    Err(super::ServerError::Unreachable)
}
pub async fn hand_ins(
    _server: &str,
    _class: &str,
    _secret: &str,
) -> Result<crate::quiz::api::HandIns, super::ServerError> {
    Err(super::ServerError::Unreachable)
}
pub async fn delete_hand_in(_server: &str, _class: &str, _secret: &str, _id: i64) -> Result<(), super::ServerError> {
    Err(super::ServerError::Unreachable)
}
pub async fn delete_class(_server: &str, _class: &str, _secret: &str) -> Result<(), super::ServerError> {
    Err(super::ServerError::Unreachable)
}
#[must_use]
pub struct Every;
pub fn every(_ms: u32, _then: impl Fn() + 'static) -> Every {
    Every
}
pub fn local_time(ms: u64) -> String {
    ms.to_string()
}
pub fn reload_on_new_fragment() {}
pub async fn quiz_bundle(_server: &str, _slug: &str) -> Result<Vec<u8>, super::ServerError> {
    Err(super::ServerError::Unreachable)
}
pub fn bundle_address(server: &str, slug: &str) -> String {
    format!("{server}api/v1/quizzes/{slug}/bundle")
}
pub fn replace_page(_address: &str) {}
pub const SERVER_META: &str = "article-quiz-server";
#[derive(Clone, PartialEq)]
pub struct Readers;
impl Readers {
    pub fn tell(&self, _quiz: &str, _what: &str, _a: &str, _b: &str) {}
}
pub fn start_readers(
    _module: Option<&web_sys::wasm_bindgen::JsValue>,
    _named: Option<&str>,
    _quiz: &str,
    _host: &str,
    _lang: &str,
    _root: &web_sys::Element,
) -> Option<Readers> {
    None
}
pub async fn quizzes(_server: &str) -> Result<Vec<crate::quiz::api::QuizSummary>, super::ServerError> {
    Err(super::ServerError::Unreachable)
}
pub async fn report(_server: &str, _quiz: &str, _token: &str) -> Result<crate::quiz::api::Report, super::ServerError> {
    Err(super::ServerError::Unreachable)
}
pub async fn report_csv(_server: &str, _quiz: &str, _token: &str) -> Result<String, super::ServerError> {
    Err(super::ServerError::Unreachable)
}
pub fn fragment() -> String {
    String::new()
}
pub fn fragment_param(_name: &str) -> Option<String> {
    None
}
