//! The embedding page: shadow roots for script embeds, messages to and from the host, the widget's height, the host's style.

use gloo_events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

use crate::ui::components::ids;

use crate::quiz::host::{Command, Embed, Value};

/// Marks the document as embedded and sets the host's style on the widget's root:
/// its style values as custom properties, through the CSS object model (allowed under
/// a strict CSP), and its colour `scheme` as `data-theme`.
pub fn embed_page(root: &web_sys::Element, properties: &[(&str, String)], scheme: Option<&str>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(html) = document.document_element() {
        let _ = html.class_list().add_1(ids::EMBEDDED);
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
    if let Some(scheme) = scheme {
        let _ = root.set_attribute(ids::SCHEME, scheme);
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
        Value::List(items) => items.iter().map(to_js).collect::<js_sys::Array>().into(),
    }
}

thread_local! {
    /// Script embeds on this page: each embed's element and the shadow root the quiz
    /// lives in, by the index their [`Embed::element`] holds; `None` where a quiz was
    /// unmounted (its index is given to the next).
    pub(super) static SHADOWS: std::cell::RefCell<Vec<Option<(web_sys::Element, web_sys::ShadowRoot)>>> = const {
        std::cell::RefCell::new(Vec::new())
    };
}

fn embed_element(index: usize) -> Option<web_sys::Element> {
    SHADOWS.with(|s| s.borrow().get(index)?.as_ref().map(|(element, _)| element.clone()))
}

/// Gives `element` (a script embed's element) a shadow root holding the widget's
/// stylesheet and `root`, where the quiz goes, in the colour `scheme` the embed asks for
/// (`light`, `dark`, or the reader's own); returns the embed's index. An element
/// that held a quiz before (removed from the page, then put back) has its shadow root
/// already: it is emptied and used again.
pub fn attach_shadow(
    element: &web_sys::Element,
    stylesheet: &str,
    root: &web_sys::Element,
    scheme: Option<&str>,
) -> Option<usize> {
    let document = web_sys::window()?.document()?;
    let shadow = match element.shadow_root() {
        Some(shadow) => {
            shadow.set_text_content(None);
            shadow
        }
        None => element.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).ok()?,
    };
    let link = document.create_element("link").ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", stylesheet).ok()?;
    root.set_class_name("aq-root");
    root.set_id(crate::ui::components::ids::ROOT);
    match scheme {
        Some(scheme) => root.set_attribute(ids::SCHEME, scheme).ok()?,
        None => root.remove_attribute(ids::SCHEME).ok()?,
    }
    // Hidden until its stylesheet arrives, so the host's readers never see it unstyled.
    // The handlers are properties of the link, not listeners: they go with it.
    root.set_attribute("hidden", "").ok()?;
    let link = link.unchecked_into::<HtmlElement>();
    let (shown, loaded) = (root.clone(), link.clone());
    // Once: a quiz's element moved within the page loads its stylesheet again.
    let show = Closure::once_into_js(move || {
        let _ = shown.remove_attribute("hidden");
        loaded.set_onload(None);
        loaded.set_onerror(None);
    });
    link.set_onload(Some(show.unchecked_ref()));
    link.set_onerror(Some(show.unchecked_ref()));
    shadow.append_child(&link).ok()?;
    shadow.append_child(root).ok()?;
    let index = SHADOWS.with(|s| {
        let mut shadows = s.borrow_mut();
        let entry = Some((element.clone(), shadow));
        match shadows.iter().position(Option::is_none) {
            Some(free) => {
                shadows[free] = entry;
                free
            }
            None => {
                shadows.push(entry);
                shadows.len() - 1
            }
        }
    });
    Some(index)
}

/// Forgets the script embed at `index` (its quiz was unmounted) and empties its
/// shadow root.
pub fn detach_shadow(index: usize) {
    let entry = SHADOWS.with(|s| s.borrow_mut().get_mut(index).and_then(Option::take));
    if let Some((_, shadow)) = entry {
        shadow.set_text_content(None);
    }
}

/// Something the widget listens to or watches on the page: a host's commands, its own
/// height. Dropping it stops that, so a quiz taken off the page leaves nothing behind.
#[must_use = "dropping a subscription ends it at once"]
pub enum Subscription {
    None,
    Listener(EventListener),
    Resize(web_sys::ResizeObserver, Closure<dyn Fn()>),
}

impl Drop for Subscription {
    fn drop(&mut self) {
        if let Subscription::Resize(observer, _) = self {
            observer.disconnect();
        }
    }
}

/// Tells the host page `message`: by `postMessage` to the parent window for an iframe
/// embed (for `embed.target` only), or as a DOM event on the element of a script embed.
pub fn tell_host(message: &Value, embed: &Embed) {
    let js = to_js(message);
    match embed.element.and_then(embed_element) {
        Some(element) => {
            let Value::Object(fields) = message else { return };
            let Some((_, Value::Text(kind))) = fields.iter().find(|(key, _)| *key == "type") else { return };
            let init = web_sys::CustomEventInit::new();
            init.set_detail(&js);
            init.set_bubbles(true);
            init.set_composed(true);
            if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(&format!("article-quiz:{kind}"), &init) {
                let _ = element.dispatch_event(&event);
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
    let Some(element) = embed.element.and_then(embed_element) else {
        tell_host(message, embed);
        return None;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&to_js(message));
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::CustomEvent::new_with_event_init_dict("article-quiz:show-excerpt", &init).ok()?;
    Some(!element.dispatch_event(&event).unwrap_or(true))
}

/// Reads a command in the documented shape from a message's or an event's data.
fn command_in(data: &JsValue) -> Option<Command> {
    let field = |name: &str| js_sys::Reflect::get(data, &JsValue::from_str(name)).ok();
    let text = |name: &str| field(name).and_then(|v| v.as_string());
    let number = |name: &str| field(name).and_then(|v| v.as_f64());
    let (source, kind, article) = (text("source"), text("type"), text("text"));
    crate::quiz::host::command(&crate::quiz::host::Fields {
        source: source.as_deref(),
        version: number("version"),
        kind: kind.as_deref(),
        question: number("question"),
        found: field("found").and_then(|v| v.as_bool()),
        highlight: field("highlight").and_then(|v| v.as_bool()),
        text: article.as_deref(),
    })
}

/// Calls `then` with each command the host page sends, until the returned
/// subscription is dropped: for an iframe embed, messages from the parent window, and
/// from the origin the embed names unless the command needs none
/// ([`Command::needs_host_origin`]); for a script embed, `article-quiz-command` events
/// on its element. Anything else is ignored.
pub fn listen_to_host(embed: &Embed, then: impl Fn(Command) + 'static) -> Subscription {
    let Some(window) = web_sys::window() else { return Subscription::None };
    if let Some(element) = embed.element.and_then(embed_element) {
        return Subscription::Listener(EventListener::new(&element, ids::EMBED_COMMAND, move |event| {
            if let Some(command) = event.dyn_ref::<web_sys::CustomEvent>().and_then(|e| command_in(&e.detail())) {
                then(command);
            }
        }));
    }
    let host_origin = embed.host_origin.clone();
    let parent = window.parent().ok().flatten().map(JsValue::from);
    Subscription::Listener(EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
        if event.source().map(JsValue::from) != parent {
            return;
        }
        let Some(command) = command_in(&event.data()) else { return };
        if !command.needs_host_origin() || host_origin.as_deref() == Some(event.origin().as_str()) {
            then(command);
        }
    }))
}

/// What the host sizes: the page's body in a frame, or a script embed's element.
fn sized(embed: &Embed) -> Option<web_sys::Element> {
    let page = || web_sys::window()?.document()?.body().map(web_sys::Element::from);
    embed.element.and_then(embed_element).or_else(page)
}

fn height_of(element: &web_sys::Element) -> u32 {
    element.get_bounding_client_rect().height().ceil() as u32
}

/// The embedded widget's height in CSS pixels now.
pub fn content_height(embed: &Embed) -> u32 {
    sized(embed).map_or(0, |element| height_of(&element))
}

/// Calls `then` with the embedded widget's height in CSS pixels whenever it changes,
/// until the returned subscription is dropped.
pub fn watch_height(embed: &Embed, then: impl Fn(u32) + 'static) -> Subscription {
    let Some(body) = sized(embed) else { return Subscription::None };
    let last = std::cell::Cell::new(0u32);
    let measure = body.clone();
    let changed = Closure::<dyn Fn()>::new(move || {
        let height = height_of(&measure);
        if height != last.replace(height) {
            then(height);
        }
    });
    match web_sys::ResizeObserver::new(changed.as_ref().unchecked_ref()) {
        Ok(observer) => {
            observer.observe(&body);
            Subscription::Resize(observer, changed)
        }
        Err(_) => Subscription::None,
    }
}
