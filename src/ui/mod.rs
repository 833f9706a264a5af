//! The Yew front end: a thin layer over [`crate::quiz`].
//!
//! [`app::App`] owns the one reducer ([`state`]); every other component is one file,
//! named after it, taking plain data and callbacks. Browser interop lives in
//! [`browser`] only, and every user-facing string in [`text`].

pub mod app;
pub mod article_panel;
pub mod browser;
pub mod choice_list;
pub mod describe;
pub mod embed_code;
pub mod evidence_picker;
pub mod excerpt;
pub mod feedback;
pub mod first_screen;
pub mod hand_in;
pub mod header;
pub mod ids;
pub mod loading;
pub mod number_field;
pub mod order_list;
pub mod question_card;
pub mod results;
pub mod state;
pub mod teacher;
pub mod text;

use std::ops::Deref;
use std::rc::Rc;

use crate::quiz::bundle::Loaded;
#[cfg(target_arch = "wasm32")]
use crate::quiz::host;
#[cfg(target_arch = "wasm32")]
use crate::quiz::launch::Launch;
#[cfg(target_arch = "wasm32")]
use text::Lang;

/// A loaded quiz shared by every component. Props compare it by identity: the quiz
/// never changes while the widget runs, and comparing it by value on every render
/// would cost more than the render.
#[derive(Clone, Debug)]
pub struct QuizRef(pub Rc<Loaded>);

impl PartialEq for QuizRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for QuizRef {
    type Target = Loaded;
    fn deref(&self) -> &Loaded {
        &self.0
    }
}

/// Mounts the page component `C` into the element with id `root_id`, if the page has one
/// (the tools binary serves two pages and mounts whichever is there), with a panic
/// message in place; a page whose props cannot be made shows why instead.
#[cfg(target_arch = "wasm32")]
pub fn mount_page<C: yew::BaseComponent>(root_id: &'static str, props: impl FnOnce() -> Result<C::Properties, String>) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(root_id)) else {
        return;
    };
    browser::show_panics_in(root_id, text::EN.crashed);
    match props() {
        Ok(props) => {
            yew::Renderer::<C>::with_root_and_props(root, props).render();
        }
        Err(why) => root.set_text_content(Some(&why)),
    }
}

/// Mounts the widget with the compiled-in quiz into the element with id
/// [`ids::ROOT`], resuming saved progress; options come from the page's address. Used by
/// the app's `main`. A page without that element (a host page loading the script embed)
/// is left alone.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(ids::ROOT)) else {
        return;
    };
    // Before anything else: the prerendered first screen goes, and the widget's first
    // render takes its place before the next paint.
    let first_screen = browser::take_first_screen(&root);
    let launch = Launch::from_address(&browser::param);
    let embed = browser::in_frame().then(|| frame_embed(&root, &launch));
    let validator = browser::meta(VALIDATOR_META);
    start(root, launch, Begin { first_screen, validator, embed });
}

/// The `<meta>` of the widget's page that holds the validator module's address; the
/// build (scripts/post-build.mjs) writes it.
#[cfg(target_arch = "wasm32")]
const VALIDATOR_META: &str = "article-quiz-validator";

/// Mounts the widget in a shadow root on `host`, an element of another site's page (the
/// script embed), with `stylesheet` inside it and the validator module at `validator`
/// for a quiz from an address; options come from the element's attributes
/// ([`crate::quiz::launch::Field::attribute`]: `data-link`, `data-mode`, `data-lang`,
/// `data-quiz`, `data-theme`, `data-id`).
#[cfg(target_arch = "wasm32")]
pub fn mount_in(host: web_sys::Element, stylesheet: &str, validator: &str) {
    let Some((index, root)) = browser::attach_shadow(&host, stylesheet) else { return };
    let launch = Launch::from_element(&|name| host.get_attribute(name));
    let embed = host::Embed {
        target: String::new(),
        host: None,
        instance: launch.id.clone(),
        activity: browser::address_of(""),
        element: Some(index),
    };
    start(root, launch, Begin { first_screen: None, validator: Some(validator.to_owned()), embed: Some(embed) });
}

/// What the page knows at start-up besides the launch.
#[cfg(target_arch = "wasm32")]
struct Begin {
    /// The seed of the prerendered first screen the page showed ([`first_screen`]).
    first_screen: Option<u64>,
    /// The address of the validator module, which checks a quiz from an address.
    validator: Option<String>,
    /// How to talk to the page that embeds the widget; `None` standalone.
    embed: Option<host::Embed>,
}

/// Shows the compiled-in quiz in `root` at once, or fetches, validates and then shows
/// the quiz the launch names (saying why, if it cannot).
#[cfg(target_arch = "wasm32")]
fn start(root: web_sys::Element, launch: Launch, begin: Begin) {
    // The language asked for, until the quiz's own is known.
    let t = Lang::choose(launch.lang.as_deref(), "").text();
    browser::show_panics_in(ids::ROOT, t.crashed);
    let Some(address) = launch.quiz.clone() else {
        match crate::quiz::bundle::decode_unchecked(crate::DEFAULT_BUNDLE) {
            Ok(loaded) => show(root, loaded, &launch, begin),
            Err(why) => root.set_text_content(Some(&why.to_string())),
        }
        return;
    };
    use loading::{Loading, LoadingProps};
    // The page names the compiled-in quiz; until another is known, it names none.
    if begin.embed.is_none() {
        browser::name_page(t.quiz, t.quiz, t.lang.tag());
    }
    let address = yew::AttrValue::from(address);
    let props = LoadingProps { address: address.clone(), failure: None, lang: t.lang, embed: None };
    let loading = yew::Renderer::<Loading>::with_root_and_props(root.clone(), props).render();
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = load(t, &address, begin.validator.as_deref()).await;
        loading.destroy();
        match loaded {
            Ok(loaded) => show(root, loaded, &launch, begin),
            Err(failure) => {
                let props = LoadingProps { address, failure: Some(failure), lang: t.lang, embed: begin.embed };
                yew::Renderer::<Loading>::with_root_and_props(root, props).render();
            }
        }
    });
}

/// The quiz bundle at `address`, fetched and found sound by the validator module at
/// `validator`: what to tell the reader otherwise, the reason first.
#[cfg(target_arch = "wasm32")]
async fn load(t: &text::Text, address: &str, validator: Option<&str>) -> Result<Loaded, Vec<String>> {
    let bytes = match validator {
        Some(validator) => browser::load_elsewhere(validator, address, t.lang.tag()).await,
        None => Err(browser::RemoteQuizError::NoValidator),
    };
    let bytes = bytes.map_err(|failure| match failure {
        browser::RemoteQuizError::Reported(sentences) if !sentences.is_empty() => sentences,
        // The module says why for everything else; this is why there is no module.
        _ => vec![t.no_validator.to_owned()],
    })?;
    // The module checked the bundle, with the validator the widget does not carry.
    crate::quiz::bundle::decode_unchecked(&bytes).map_err(|why| vec![why.to_string()])
}

/// Renders the widget with `loaded` into `root`, as `launch` asks ([`app::AppProps::new`]).
/// Standalone, the page is named after the quiz, in the widget's language.
#[cfg(target_arch = "wasm32")]
fn show(root: web_sys::Element, loaded: Loaded, launch: &Launch, begin: Begin) {
    let start = app::Start {
        embed: begin.embed,
        first_screen: begin.first_screen,
        random_seed: browser::random_seed(),
        now_ms: browser::now_ms(),
    };
    let props = app::AppProps::new(loaded, launch, browser::load, start);
    let t = props.lang.text();
    browser::show_panics_in(ids::ROOT, t.crashed);
    if props.embed.is_none() {
        let title = &props.quiz.quiz.meta.article_title;
        browser::name_page(&t.page_title(title), &t.page_heading(title), props.lang.tag());
    }
    yew::Renderer::<app::App>::with_root_and_props(root, props).render();
}

/// An iframe embed: the host's theme from the launch, and who may be told and asked
/// what (see [`host`]).
#[cfg(target_arch = "wasm32")]
fn frame_embed(root: &web_sys::Element, launch: &Launch) -> host::Embed {
    let properties: Vec<(&str, String)> = launch
        .style
        .iter()
        .filter_map(|(param, value)| {
            let (_, property) = host::THEME_PARAMS.iter().find(|(name, _)| name == param)?;
            Some((*property, value.clone()))
        })
        .collect();
    browser::embed_page(root, &properties, launch.scheme.map(crate::quiz::launch::Scheme::key));
    let host = launch.host.as_deref().and_then(browser::origin_of);
    host::Embed {
        target: host.clone().unwrap_or_else(|| "*".to_owned()),
        host,
        instance: launch.id.clone(),
        activity: browser::address_of(""),
        element: None,
    }
}
