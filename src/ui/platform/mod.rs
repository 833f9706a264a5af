//! All the browser interop of the widget and the teacher's page in one place: storage,
//! clock, randomness, focus, scrolling, the clipboard, addresses, downloads and the panic
//! message. Components and reducers never touch the browser directly; effects and event
//! handlers call these.
//!
//! Off the web (server-side rendering in tests) there is no browser: storage is empty,
//! focus and scrolling do nothing, and the clock and seed are supplied by the caller.

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    use super::{FETCH_TIMEOUT_MS, RemoteQuizError};
    use crate::quiz::host::{Command, Embed, Value};
    use web_sys::{FocusOptions, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition, Storage};

    fn storage() -> Option<Storage> {
        // Storage can be missing or refused (privacy modes, sandboxed frames): the quiz
        // then simply does not remember progress.
        web_sys::window()?.local_storage().ok().flatten()
    }

    pub fn load(key: &str) -> Option<String> {
        storage()?.get_item(key).ok().flatten()
    }

    pub fn store(key: &str, value: &str) {
        if let Some(storage) = storage() {
            let _ = storage.set_item(key, value);
        }
    }

    pub fn now_ms() -> u64 {
        js_sys::Date::now() as u64
    }

    /// Copies `text` to the clipboard, then tells `done` whether that worked.
    pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
        let Some(window) = web_sys::window() else { return done(false) };
        let promise = window.navigator().clipboard().write_text(text);
        let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
        let settle = |ok: bool| {
            let done = done.clone();
            Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| {
                if let Some(done) = done.take() {
                    done(ok);
                }
            })
        };
        let (resolved, rejected) = (settle(true), settle(false));
        let _ = promise.then2(&resolved, &rejected);
        // The promise holds both until it settles; they are small and made only when
        // the student presses "copy", so they are left to it rather than tracked.
        resolved.forget();
        rejected.forget();
    }

    /// The value of `name` in the page address: in its fragment (`#a=…&theme=dark`) or,
    /// failing that, its query (`?host=…`), percent-decoded.
    pub fn param(name: &str) -> Option<String> {
        let location = web_sys::window()?.location();
        let from =
            |part: String| web_sys::UrlSearchParams::new_with_str(part.trim_start_matches(['#', '?'])).ok()?.get(name);
        from(location.hash().ok()?).or_else(|| from(location.search().ok()?))
    }

    /// Whether the widget runs in a frame of another page (an iframe embed).
    pub fn in_frame() -> bool {
        let Some(window) = web_sys::window() else { return false };
        let top = window.top().ok().flatten().map(JsValue::from);
        top.is_some_and(|top| top != JsValue::from(window))
    }

    /// The origin (`https://news.example`) of an address, if it is an http(s) one.
    pub fn origin_of(address: &str) -> Option<String> {
        let url = web_sys::Url::new(address).ok()?;
        matches!(url.protocol().as_str(), "https:" | "http:").then(|| url.origin())
    }

    /// Marks the document as embedded and sets the host's theme on the widget's root:
    /// custom properties through the CSS object model (allowed under a strict CSP) and
    /// `data-theme`.
    pub fn embed_page(root: &web_sys::Element, properties: &[(&str, String)], theme: Option<&str>) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        if let Some(html) = document.document_element() {
            let _ = html.class_list().add_1("embedded");
        }
        // In a frame the host page has the landmarks and the heading: the widget leaves
        // its standalone page's <main> and heading, so that two quizzes on one page do
        // not repeat them.
        if let (Some(body), Ok(Some(main))) = (document.body(), root.closest("main")) {
            let _ = body.append_child(root);
            main.remove();
        }
        if let Some(root) = root.dyn_ref::<HtmlElement>() {
            for (property, value) in properties {
                let _ = root.style().set_property(property, value);
            }
        }
        if let Some(theme) = theme {
            let _ = root.set_attribute("data-theme", theme);
        }
    }

    fn to_js(value: &Value) -> JsValue {
        match value {
            Value::Text(text) => JsValue::from_str(text),
            Value::Number(n) => JsValue::from_f64(*n),
            Value::Bool(b) => JsValue::from_bool(*b),
            Value::Object(fields) => {
                let object = js_sys::Object::new();
                for (key, value) in fields {
                    let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &to_js(value));
                }
                object.into()
            }
        }
    }

    thread_local! {
        /// Script embeds on this page: each host element and the shadow root the quiz
        /// lives in, by the index their [`Embed::element`] holds.
        static SHADOWS: std::cell::RefCell<Vec<(web_sys::Element, web_sys::ShadowRoot)>> = const {
            std::cell::RefCell::new(Vec::new())
        };
    }

    fn host_element(index: usize) -> Option<web_sys::Element> {
        SHADOWS.with(|s| s.borrow().get(index).map(|(host, _)| host.clone()))
    }

    /// Gives `host` (a script embed's element) a shadow root holding the widget's
    /// stylesheet and an empty root for it; returns the embed's index and that root.
    pub fn attach_shadow(host: &web_sys::Element, stylesheet: &str) -> Option<(usize, web_sys::Element)> {
        let document = web_sys::window()?.document()?;
        let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).ok()?;
        let link = document.create_element("link").ok()?;
        link.set_attribute("rel", "stylesheet").ok()?;
        link.set_attribute("href", stylesheet).ok()?;
        let root = document.create_element("div").ok()?;
        root.set_class_name("aq-root");
        root.set_id(crate::ui::components::ids::ROOT);
        if let Some(theme) = host.get_attribute("data-theme").filter(|t| t == "light" || t == "dark") {
            root.set_attribute("data-theme", &theme).ok()?;
        }
        // Hidden until its stylesheet arrives, so the host's readers never see it unstyled.
        root.set_attribute("hidden", "").ok()?;
        let shown = root.clone();
        let show = Closure::once_into_js(move || {
            let _ = shown.remove_attribute("hidden");
        });
        link.add_event_listener_with_callback("load", show.unchecked_ref()).ok()?;
        link.add_event_listener_with_callback("error", show.unchecked_ref()).ok()?;
        shadow.append_child(&link).ok()?;
        shadow.append_child(&root).ok()?;
        let index = SHADOWS.with(|s| {
            let mut shadows = s.borrow_mut();
            shadows.push((host.clone(), shadow));
            shadows.len() - 1
        });
        Some((index, root))
    }

    /// Tells the host page `message`: by `postMessage` to the parent window for an iframe
    /// embed (for `embed.target` only), or as a DOM event on the element of a script embed.
    pub fn tell_host(message: &Value, embed: &Embed) {
        let js = to_js(message);
        match embed.element.and_then(host_element) {
            Some(host) => {
                let Value::Object(fields) = message else { return };
                let Some((_, Value::Text(kind))) = fields.iter().find(|(key, _)| *key == "type") else { return };
                let init = web_sys::CustomEventInit::new();
                init.set_detail(&js);
                init.set_bubbles(true);
                init.set_composed(true);
                if let Ok(event) =
                    web_sys::CustomEvent::new_with_event_init_dict(&format!("article-quiz:{kind}"), &init)
                {
                    let _ = host.dispatch_event(&event);
                }
            }
            None => {
                if let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) {
                    let _ = parent.post_message(&js, &embed.target);
                }
            }
        }
    }

    /// Asks the host page to show an excerpt in its own article (`message` is a
    /// `show-excerpt`). A script embed asks with a cancelable event on its element, and
    /// the host's answer is known at once: `Some(true)` when a handler showed it. An
    /// iframe embed posts the message, and the answer comes later as a command: `None`.
    pub fn ask_host_to_show(message: &Value, embed: &Embed) -> Option<bool> {
        let Some(host) = embed.element.and_then(host_element) else {
            tell_host(message, embed);
            return None;
        };
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&to_js(message));
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = web_sys::CustomEvent::new_with_event_init_dict("article-quiz:show-excerpt", &init).ok()?;
        Some(!host.dispatch_event(&event).unwrap_or(true))
    }

    /// Reads a command in the documented shape from a message's or an event's data.
    fn command_in(data: &JsValue) -> Option<Command> {
        let field = |name: &str| js_sys::Reflect::get(data, &JsValue::from_str(name)).ok();
        let text = |name: &str| field(name).and_then(|v| v.as_string());
        let number = |name: &str| field(name).and_then(|v| v.as_f64());
        let (source, kind) = (text("source"), text("type"));
        crate::quiz::host::command(&crate::quiz::host::Fields {
            source: source.as_deref(),
            version: number("version"),
            kind: kind.as_deref(),
            question: number("question"),
            found: field("found").and_then(|v| v.as_bool()),
            highlight: field("highlight").and_then(|v| v.as_bool()),
        })
    }

    /// Calls `then` with each command the host page sends: for an iframe embed, messages
    /// from the parent window, and from the origin the embed names unless the command
    /// needs none ([`Command::needs_host_origin`]); for a script embed,
    /// `article-quiz-command` events on its element. Anything else is ignored.
    pub fn listen_to_host(embed: &Embed, then: impl Fn(Command) + 'static) {
        let Some(window) = web_sys::window() else { return };
        if let Some(host) = embed.element.and_then(host_element) {
            let listener = Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
                if let Some(command) = command_in(&event.detail()) {
                    then(command);
                }
            });
            let _ = host.add_event_listener_with_callback("article-quiz-command", listener.as_ref().unchecked_ref());
            // Listens for the page's lifetime.
            listener.forget();
            return;
        }
        let host = embed.host.clone();
        let parent = window.parent().ok().flatten().map(JsValue::from);
        let listener = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            if event.source().map(JsValue::from) != parent {
                return;
            }
            let Some(command) = command_in(&event.data()) else { return };
            if !command.needs_host_origin() || host.as_deref() == Some(event.origin().as_str()) {
                then(command);
            }
        });
        let _ = window.add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
        // Listens for the page's lifetime.
        listener.forget();
    }

    /// What the host sizes: the page's body in a frame, or a script embed's element.
    fn sized(embed: &Embed) -> Option<web_sys::Element> {
        let page = || web_sys::window()?.document()?.body().map(web_sys::Element::from);
        embed.element.and_then(host_element).or_else(page)
    }

    fn height_of(element: &web_sys::Element) -> u32 {
        element.get_bounding_client_rect().height().ceil() as u32
    }

    /// The embedded widget's height in CSS pixels now.
    pub fn content_height(embed: &Embed) -> u32 {
        sized(embed).map_or(0, |element| height_of(&element))
    }

    /// Calls `then` with the embedded widget's height in CSS pixels whenever it changes.
    pub fn watch_height(embed: &Embed, then: impl Fn(u32) + 'static) {
        let Some(body) = sized(embed) else { return };
        let last = std::cell::Cell::new(0u32);
        let measure = body.clone();
        let observer = Closure::<dyn Fn()>::new(move || {
            let height = height_of(&measure);
            if height != last.replace(height) {
                then(height);
            }
        });
        if let Ok(resize) = web_sys::ResizeObserver::new(observer.as_ref().unchecked_ref()) {
            resize.observe(&body);
        }
        // Observes for the page's lifetime.
        observer.forget();
    }

    /// The address of the page at `relative` from this one, such as the student widget
    /// (`../`) from the teacher's page; without a fragment or query.
    pub fn address_of(relative: &str) -> String {
        let here = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
        web_sys::Url::new_with_base(relative, &here).map(|url| url.href()).unwrap_or_else(|_| relative.to_owned())
    }

    /// Offers `text` to the reader as a file named `file_name` of type `mime` (a
    /// download, made in the page: nothing is sent anywhere).
    pub fn download(file_name: &str, mime: &str, text: &str) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let parts = js_sys::Array::of1(&text.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
        if let Ok(anchor) = document.create_element("a").map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>()) {
            anchor.set_href(&url);
            anchor.set_download(file_name);
            anchor.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }

    /// Fetches the quiz bundle at `address` (absolute, or relative to the page) without
    /// cookies (the validator module calls this, not the widget), reading at most `limit`
    /// bytes: a larger file is refused as soon as it is known to be larger, before it is
    /// all downloaded.
    pub async fn fetch_quiz(address: &str, limit: usize) -> Result<Vec<u8>, RemoteQuizError> {
        use wasm_bindgen_futures::JsFuture;
        let window = web_sys::window().ok_or(RemoteQuizError::Unreachable)?;
        let base = window.document().and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default();
        let url = web_sys::Url::new_with_base(address, &base).map_err(|_| RemoteQuizError::NotWebAddress)?;
        if !matches!(url.protocol().as_str(), "https:" | "http:") {
            return Err(RemoteQuizError::NotWebAddress);
        }
        let init = web_sys::RequestInit::new();
        init.set_credentials(web_sys::RequestCredentials::Omit);
        init.set_mode(web_sys::RequestMode::Cors);
        init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(FETCH_TIMEOUT_MS)));
        let failed = |error: JsValue| {
            let name = js_sys::Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string());
            if name.as_deref() == Some("TimeoutError") {
                RemoteQuizError::TimedOut
            } else {
                RemoteQuizError::Unreachable
            }
        };
        let response = JsFuture::from(window.fetch_with_str_and_init(&url.href(), &init)).await.map_err(failed)?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| RemoteQuizError::Unreachable)?;
        if !response.ok() {
            return Err(RemoteQuizError::Status(response.status()));
        }
        let declared = response.headers().get("content-length").ok().flatten().and_then(|n| n.parse::<usize>().ok());
        if declared.is_some_and(|n| n > limit) {
            return Err(RemoteQuizError::TooLarge);
        }
        let body = response.body().ok_or(RemoteQuizError::Unreachable)?;
        let reader: web_sys::ReadableStreamDefaultReader =
            body.get_reader().dyn_into().map_err(|_| RemoteQuizError::Unreachable)?;
        let mut bytes = Vec::new();
        loop {
            let chunk = JsFuture::from(reader.read()).await.map_err(failed)?;
            if js_sys::Reflect::get(&chunk, &"done".into()).is_ok_and(|done| done.is_truthy()) {
                return Ok(bytes);
            }
            let value = js_sys::Reflect::get(&chunk, &"value".into()).map_err(|_| RemoteQuizError::Unreachable)?;
            let part: js_sys::Uint8Array = value.dyn_into().map_err(|_| RemoteQuizError::Unreachable)?;
            if bytes.len() + part.length() as usize > limit {
                let _ = reader.cancel();
                return Err(RemoteQuizError::TooLarge);
            }
            bytes.extend(part.to_vec());
        }
    }

    #[wasm_bindgen::prelude::wasm_bindgen(
        inline_js = "export function load_quiz(module, address, lang) { return import(module).then((m) => m.load(address, lang)); }"
    )]
    extern "C" {
        /// Imports the validator module at `module` (a file, so no `eval` under CSP) and
        /// has it load the quiz at `address`, saying why not in the language `lang`.
        fn load_quiz(module: &str, address: &str, lang: &str) -> js_sys::Promise;
    }

    /// Has the validator module at `module` (src/bin/validator.rs, which the build puts
    /// beside the widget) fetch the quiz bundle at `address` and check it: the bundle's
    /// bytes if the quiz is sound, or the module's sentences saying why not (in the
    /// language tagged `lang`).
    pub async fn load_elsewhere(module: &str, address: &str, lang: &str) -> Result<Vec<u8>, RemoteQuizError> {
        match wasm_bindgen_futures::JsFuture::from(load_quiz(module, address, lang)).await {
            Ok(bytes) => {
                bytes.dyn_into::<js_sys::Uint8Array>().map(|b| b.to_vec()).map_err(|_| RemoteQuizError::NoValidator)
            }
            // The module rejects with its sentences; anything else means it did not run.
            Err(sentences) => match sentences.dyn_into::<js_sys::Array>() {
                Ok(sentences) => {
                    Err(RemoteQuizError::Reported(sentences.iter().filter_map(|s| s.as_string()).collect()))
                }
                Err(_) => Err(RemoteQuizError::NoValidator),
            },
        }
    }

    /// The content of the page's `<meta name="NAME">`, such as the validator's address
    /// that the build writes into the widget's page.
    pub fn meta(name: &str) -> Option<String> {
        let document = web_sys::window()?.document()?;
        document.query_selector(&format!("meta[name=\"{name}\"]")).ok()??.get_attribute("content")
    }

    /// Names the standalone page after the quiz it shows: its title, its heading and
    /// their language.
    pub fn name_page(title: &str, heading: &str, lang: &str) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        document.set_title(title);
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("lang", lang);
        }
        if let Ok(Some(h1)) = document.query_selector("h1") {
            h1.set_text_content(Some(heading));
        }
    }

    /// Removes the prerendered first screen from `root`, if the page shows one, and
    /// gives the seed it was rendered with (see [`crate::ui::pages::first_screen`]). The
    /// page's message that the widget could not start carries the attribute with no seed:
    /// it goes too, and the widget starts with a seed of its own.
    pub fn take_first_screen(root: &web_sys::Element) -> Option<u64> {
        use crate::ui::pages::first_screen::ATTRIBUTE;
        let screen = root.query_selector(&format!("[{ATTRIBUTE}]")).ok()??;
        screen.remove();
        screen.get_attribute(ATTRIBUTE)?.parse().ok()
    }

    pub fn random_seed() -> u64 {
        let half = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
        (half() << 32) | half()
    }

    /// The element with `id` in the page or, for a script embed, in its shadow root.
    fn element(id: &str) -> Option<HtmlElement> {
        let found = web_sys::window()?
            .document()?
            .get_element_by_id(id)
            .or_else(|| SHADOWS.with(|s| s.borrow().iter().find_map(|(_, shadow)| shadow.get_element_by_id(id))));
        found?.dyn_into::<HtmlElement>().ok()
    }

    /// Moves focus to the element with `id` in the next frame, so that the change that
    /// asked for it is painted first instead of waiting on the layout focusing forces.
    pub fn focus(id: &str) {
        in_next_frame(id, |element| {
            let _ = element.focus();
        });
    }

    /// Focuses the element with `id` at once: for putting focus back where a re-render
    /// dropped it, before the reader's next key press arrives.
    pub fn focus_now(id: &str) {
        if let Some(element) = element(id) {
            let _ = element.focus();
        }
    }

    /// Focuses the element with `id` and scrolls it to the middle of its scrolling box,
    /// smoothly unless the reader prefers reduced motion.
    pub fn focus_and_center(id: &str) {
        in_next_frame(id, |element| {
            let focus = FocusOptions::new();
            focus.set_prevent_scroll(true);
            let _ = element.focus_with_options(&focus);
            let scroll = ScrollIntoViewOptions::new();
            scroll.set_block(ScrollLogicalPosition::Center);
            scroll.set_behavior(if prefers_reduced_motion() {
                ScrollBehavior::Instant
            } else {
                ScrollBehavior::Smooth
            });
            element.scroll_into_view_with_scroll_into_view_options(&scroll);
        });
    }

    fn in_next_frame(id: &str, then: impl FnOnce(HtmlElement) + 'static) {
        let id = id.to_owned();
        let callback = Closure::once_into_js(move || {
            if let Some(element) = element(&id) {
                then(element);
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(callback.unchecked_ref());
        }
    }

    fn prefers_reduced_motion() -> bool {
        web_sys::window()
            .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
            .is_some_and(|m| m.matches())
    }

    /// Replaces the widget's content with a readable message if the program panics,
    /// instead of leaving a dead area. The message is set as text, never as HTML.
    pub fn show_panics_in(root_id: &'static str, message: &'static str) {
        std::panic::set_hook(Box::new(move |info| {
            web_sys::console::error_1(&info.to_string().into());
            if let Some(root) = element(root_id) {
                root.set_text_content(None);
                if let Some(document) = web_sys::window().and_then(|w| w.document())
                    && let Ok(p) = document.create_element("p")
                {
                    p.set_class_name("aq-crash");
                    p.set_attribute("role", "alert").ok();
                    p.set_text_content(Some(message));
                    root.append_child(&p).ok();
                }
            }
        }));
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::*;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    pub fn load(_key: &str) -> Option<String> {
        None
    }
    pub fn param(_name: &str) -> Option<String> {
        None
    }
    use crate::quiz::host::{Command, Embed, Value};
    pub fn tell_host(_message: &Value, _embed: &Embed) {}
    pub fn listen_to_host(_embed: &Embed, _then: impl Fn(Command) + 'static) {}
    pub fn watch_height(_embed: &Embed, _then: impl Fn(u32) + 'static) {}
    pub fn content_height(_embed: &Embed) -> u32 {
        0
    }
    pub fn ask_host_to_show(_message: &Value, _embed: &Embed) -> Option<bool> {
        Some(false)
    }
    pub fn copy_text(_text: &str, done: impl FnOnce(bool) + 'static) {
        done(false)
    }
    pub fn store(_key: &str, _value: &str) {}
    pub fn focus(_id: &str) {}
    pub fn focus_now(_id: &str) {}
    pub fn focus_and_center(_id: &str) {}
    pub fn now_ms() -> u64 {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
    }
    pub fn random_seed() -> u64 {
        now_ms()
    }
    pub fn address_of(relative: &str) -> String {
        relative.to_owned()
    }
    pub fn download(_file_name: &str, _mime: &str, _text: &str) {}
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;

/// How long a quiz's address may take to answer.
pub const FETCH_TIMEOUT_MS: u32 = 20_000;

/// Why a quiz could not be loaded from its address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoteQuizError {
    /// Not an http(s) address.
    NotWebAddress,
    /// The network failed, or the quiz's site does not let this page read it (CORS), or
    /// the page's Content-Security-Policy does not allow the address.
    Unreachable,
    TimedOut,
    /// The server answered with this HTTP status.
    Status(u16),
    /// Larger than [`crate::quiz::bundle::MAX_BYTES`].
    TooLarge,
    /// The file was read but is not a sound quiz: the validator's sentences.
    Unsound(Vec<String>),
    /// The validator module could not be loaded or run.
    NoValidator,
    /// What the validator module said, in the widget: the reason ([`load_error`] of one
    /// of the above), then each of the quiz's problems.
    ///
    /// [`load_error`]: crate::ui::i18n::Lang::load_error
    Reported(Vec<String>),
}

impl RemoteQuizError {
    /// The reason first, then each of the quiz's problems: how the validator module
    /// hands a failure to the widget.
    pub fn sentences(self, lang: crate::ui::i18n::Lang) -> Vec<String> {
        let why = lang.load_error(&self);
        match self {
            RemoteQuizError::Unsound(problems) => std::iter::once(why).chain(problems).collect(),
            RemoteQuizError::Reported(sentences) => sentences,
            _ => vec![why],
        }
    }
}

/// The storage key for the display name a student gave, remembered on this device.
pub const NAME_KEY: &str = "article-quiz:display-name";
