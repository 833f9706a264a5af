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
    let embed = browser::in_frame().then(|| frame_embed(&root));
    let options = Options {
        first_screen,
        link: browser::param(page_option::LINK),
        mode: browser::param(page_option::MODE),
        lang: browser::param(page_option::LANG),
        quiz: browser::param(page_option::QUIZ),
        validator: browser::meta(VALIDATOR_META),
    };
    start(root, options, embed);
}

/// The names of the options the widget's own page takes from its address, after `?` or
/// `#` (README, "Options"). In a frame it also takes the host's theme and identity.
pub mod page_option {
    pub const LINK: &str = "a";
    pub const MODE: &str = "mode";
    pub const LANG: &str = "lang";
    pub const QUIZ: &str = "quiz";
    pub const ALL: [&str; 4] = [LINK, MODE, LANG, QUIZ];
}

/// The `<meta>` of the widget's page that holds the validator module's address; the
/// build (scripts/post-build.mjs) writes it.
#[cfg(target_arch = "wasm32")]
const VALIDATOR_META: &str = "article-quiz-validator";

/// Mounts the widget in a shadow root on `host`, an element of another site's page (the
/// script embed), with `stylesheet` inside it and the validator module at `validator`
/// for a quiz from an address; options come from the element's attributes: `data-link`
/// (an assignment code), `data-mode`, `data-lang`, `data-quiz`, `data-theme`, `data-id`.
#[cfg(target_arch = "wasm32")]
pub fn mount_in(host: web_sys::Element, stylesheet: &str, validator: &str) {
    let Some((index, root)) = browser::attach_shadow(&host, stylesheet) else { return };
    let embed = host::Embed {
        target: String::new(),
        host: None,
        instance: host.get_attribute("data-id").unwrap_or_default().chars().take(100).collect(),
        activity: browser::address_of(""),
        element: Some(index),
    };
    let options = Options {
        first_screen: None,
        link: host.get_attribute("data-link"),
        mode: host.get_attribute("data-mode"),
        lang: host.get_attribute("data-lang"),
        quiz: host.get_attribute("data-quiz"),
        validator: Some(validator.to_owned()),
    };
    start(root, options, Some(embed));
}

/// What the page or the host element asks for.
#[cfg(target_arch = "wasm32")]
struct Options {
    /// The seed of the prerendered first screen the page showed ([`first_screen`]).
    first_screen: Option<u64>,
    /// A teacher's assignment link or code.
    link: Option<String>,
    /// `test` for test mode; practice otherwise.
    mode: Option<String>,
    /// A language tag for the widget's own words (see [`Lang::choose`]).
    lang: Option<String>,
    /// The address of a quiz bundle (`quiz-check --bundle`) to show instead of the
    /// compiled-in quiz.
    quiz: Option<String>,
    /// The address of the validator module, which checks a quiz from an address.
    validator: Option<String>,
}

/// Shows the compiled-in quiz in `root` at once, or fetches, validates and then shows
/// the quiz the options name (saying why, if it cannot).
#[cfg(target_arch = "wasm32")]
fn start(root: web_sys::Element, options: Options, embed: Option<host::Embed>) {
    // The language asked for, until the quiz's own is known.
    let t = Lang::choose(options.lang.as_deref(), "").text();
    browser::show_panics_in(ids::ROOT, t.crashed);
    let Some(address) = options.quiz.clone().filter(|a| !a.trim().is_empty()) else {
        match crate::quiz::bundle::decode_unchecked(crate::DEFAULT_BUNDLE) {
            Ok(loaded) => show(root, loaded, options, embed),
            Err(why) => root.set_text_content(Some(&why.to_string())),
        }
        return;
    };
    use loading::{Loading, LoadingProps};
    // The page names the compiled-in quiz; until another is known, it names none.
    if embed.is_none() {
        browser::name_page(t.quiz, t.quiz, t.lang.tag());
    }
    let address = yew::AttrValue::from(address);
    let props = LoadingProps { address: address.clone(), failure: None, lang: t.lang, embed: None };
    let loading = yew::Renderer::<Loading>::with_root_and_props(root.clone(), props).render();
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = load(t, &address, options.validator.as_deref()).await;
        loading.destroy();
        match loaded {
            Ok(loaded) => show(root, loaded, options, embed),
            Err(failure) => {
                let props = LoadingProps { address, failure: Some(failure), lang: t.lang, embed };
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
        None => Err(browser::LoadError::NoValidator),
    };
    let bytes = bytes.map_err(|failure| match failure {
        browser::LoadError::Reported(sentences) if !sentences.is_empty() => sentences,
        // The module says why for everything else; this is why there is no module.
        _ => vec![t.no_validator.to_owned()],
    })?;
    // The module checked the bundle, with the validator the widget does not carry.
    crate::quiz::bundle::decode_unchecked(&bytes).map_err(|why| vec![why.to_string()])
}

/// Renders the widget with `loaded` into `root`: the teacher's link if there is one (a
/// broken one is explained, and the whole quiz offered instead), saved progress, the
/// first mode. Standalone, the page is named after the quiz, in the widget's language.
#[cfg(target_arch = "wasm32")]
fn show(root: web_sys::Element, loaded: Loaded, options: Options, embed: Option<host::Embed>) {
    let lang = Lang::choose(options.lang.as_deref(), &loaded.quiz.meta.language);
    let t = lang.text();
    browser::show_panics_in(ids::ROOT, t.crashed);
    if embed.is_none() {
        let title = &loaded.quiz.meta.article_title;
        browser::name_page(&t.page_title(title), &t.page_heading(title), lang.tag());
    }
    let link = options.link;
    let opened = link.as_deref().map(|text| crate::quiz::link::decode(text, &loaded.quiz));
    let (assignment, link_id, notice) = match (opened, &link) {
        (Some(Ok(assignment)), Some(text)) => (Some(assignment), crate::quiz::result::assignment_id(text), None),
        (Some(Err(why)), _) => (None, 0, Some(t.broken_link(&why.to_string()).into())),
        _ => (None, 0, None),
    };
    let saved: Option<yew::AttrValue> =
        browser::load(&browser::progress_key(&loaded.quiz.slug, link_id)).map(Into::into);
    // A fresh start from the prerendered screen keeps its seed, so that it looks the same.
    let seed = options.first_screen.filter(|_| saved.is_none() && link.is_none()).unwrap_or_else(browser::random_seed);
    let props = app::AppProps {
        quiz: QuizRef(Rc::new(loaded)),
        saved,
        assignment,
        link_id,
        notice,
        embed,
        lang,
        mode: if options.mode.as_deref() == Some("test") {
            crate::quiz::Mode::Test
        } else {
            crate::quiz::Mode::Practice
        },
        seed,
        now_ms: browser::now_ms(),
    };
    yew::Renderer::<app::App>::with_root_and_props(root, props).render();
}

/// An iframe embed: the host's theme from the address, and who may be told and asked
/// what (see [`host`]).
#[cfg(target_arch = "wasm32")]
fn frame_embed(root: &web_sys::Element) -> host::Embed {
    let properties: Vec<(&str, String)> = host::THEME_PARAMS
        .iter()
        .filter_map(|(param, property)| Some((*property, host::theme_value(param, &browser::param(param)?)?)))
        .collect();
    let theme = browser::param("theme").filter(|t| t == "light" || t == "dark");
    browser::embed_page(root, &properties, theme.as_deref());
    let host = browser::param("host").and_then(|address| browser::origin_of(&address));
    host::Embed {
        target: host.clone().unwrap_or_else(|| "*".to_owned()),
        host,
        instance: browser::param("id").unwrap_or_default().chars().take(100).collect(),
        activity: browser::address_of(""),
        element: None,
    }
}
