//! The widget's start-up on its own page, in an iframe or in a script embed's shadow
//! root: reads the launch, loads the quiz (the compiled-in one, or one from an address
//! through the validator module), and mounts the app with [`crate::ui::app::AppProps::new`].

#[cfg(target_arch = "wasm32")]
use crate::quiz::bundle::Loaded;
#[cfg(target_arch = "wasm32")]
use crate::quiz::host;
#[cfg(target_arch = "wasm32")]
use crate::quiz::launch::Launch;
#[cfg(target_arch = "wasm32")]
use crate::ui::app;
#[cfg(target_arch = "wasm32")]
use crate::ui::components::{ids, loading};
#[cfg(target_arch = "wasm32")]
use crate::ui::i18n::{self, Lang};
#[cfg(target_arch = "wasm32")]
use crate::ui::pages::seat::{Content, Seat};
#[cfg(target_arch = "wasm32")]
use crate::ui::platform;

/// Mounts the page component `C` into the element with id `root_id`, if the page has one
/// (the tools binary serves two pages and mounts whichever is there), with a panic
/// message in place; a page whose props cannot be made shows why instead.
#[cfg(target_arch = "wasm32")]
pub fn mount_page<C: yew::BaseComponent>(root_id: &'static str, props: impl FnOnce() -> Result<C::Properties, String>) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(root_id)) else {
        return;
    };
    platform::show_panics_in(root_id, i18n::EN.crashed);
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
    // The prerendered first screen stays until the widget shows in its place (its first
    // render, before the next paint; or, in a language whose words are in a file, once
    // they are read).
    let first_screen = platform::first_screen_seed(&root);
    let launch = Launch::from_address(&platform::param);
    let embed = platform::in_frame().then(|| frame_embed(&root, &launch));
    let validator = platform::meta(VALIDATOR_META).map(wasm_bindgen::JsValue::from);
    let results = platform::results_module();
    let begin = Begin { first_screen, validator, results, embed, root: root.clone() };
    start(Place::Page(root), launch, begin);
}

/// The `<meta>` of the widget's page that holds the validator module's address; the
/// build (scripts/finish.mjs) writes it.
#[cfg(target_arch = "wasm32")]
const VALIDATOR_META: &str = "article-quiz-validator";

/// The attribute names a script embed's element gives its options by.
#[cfg(target_arch = "wasm32")]
#[derive(Clone, Copy)]
pub enum Naming {
    /// A `<div data-article-quiz>`: `data-link`, `data-mode`, `data-lang`, `data-quiz`,
    /// `data-theme`, `data-id` ([`crate::quiz::launch::Field::attribute`]).
    Div,
    /// An `<article-quiz>` element: `link`, `mode`, `lang`, `quiz`, `theme`, `instance`
    /// ([`crate::quiz::launch::Field::element_attribute`]).
    Element,
}

/// Mounts the widget in a shadow root on `element`, an element of another site's page (the
/// script embed), with `stylesheet` inside it, the validator module at `validator` for a
/// quiz from an address and the results module at `results` for a page that names a
/// results server (each an address, or a function that imports it); options come from
/// the element's attributes, named as `naming` says. The quiz stays until
/// [`Mounted::unmount`].
#[cfg(target_arch = "wasm32")]
pub fn mount_in(
    element: web_sys::Element,
    stylesheet: &str,
    validator: wasm_bindgen::JsValue,
    results: wasm_bindgen::JsValue,
    naming: Naming,
) -> Option<Mounted> {
    let read = |name: &str| element.get_attribute(name);
    let launch = match naming {
        Naming::Div => Launch::from_element(&read),
        Naming::Element => Launch::from_custom_element(&read),
    };
    let new_root = || web_sys::window()?.document()?.create_element("div").ok();
    let seat = Seat::take(new_root)?;
    let scheme = launch.scheme.map(crate::quiz::launch::Scheme::key);
    let Some(index) = platform::attach_shadow(&element, stylesheet, seat.root(), scheme) else {
        seat.free();
        return None;
    };
    let embed = host::Embed {
        target: String::new(),
        host_origin: None,
        instance: launch.instance.clone(),
        activity: platform::address_of(""),
        element: Some(index),
        keeps_progress: launch.hand_in_off,
    };
    let results = (!results.is_undefined()).then_some(results);
    let root = seat.root().clone();
    let begin = Begin { first_screen: None, validator: Some(validator), results, embed: Some(embed), root };
    let turn = seat.turn();
    start(Place::Seat(seat.clone(), turn), launch, begin);
    Some(Mounted { index, seat })
}

/// A script embed's quiz on a host page.
#[cfg(target_arch = "wasm32")]
pub struct Mounted {
    index: usize,
    seat: std::rc::Rc<Seat>,
}

#[cfg(target_arch = "wasm32")]
impl Mounted {
    /// Takes the quiz off its element: its components are destroyed (their effects end
    /// their listeners and observers), a quiz still loading is never shown, and the
    /// shadow root is emptied, ready for a quiz to be mounted there again. The seat it
    /// sat in waits for the next quiz ([`seat`](crate::ui::pages::seat)).
    pub fn unmount(self) {
        self.seat.free();
        platform::detach_shadow(self.index);
    }
}

/// What the page knows at start-up besides the launch.
#[cfg(target_arch = "wasm32")]
struct Begin {
    /// The seed of the prerendered first screen the page showed ([`first_screen`]).
    first_screen: Option<u64>,
    /// The validator module, which checks a quiz from an address: its address, or a
    /// function that imports it (see [`platform::load_elsewhere`]).
    validator: Option<wasm_bindgen::JsValue>,
    /// The results module, for a page that names a results server: the same.
    results: Option<wasm_bindgen::JsValue>,
    /// How to talk to the page that embeds the widget; `None` standalone.
    embed: Option<host::Embed>,
    /// The element the widget shows in.
    root: web_sys::Element,
}

/// Where the widget shows: the page's own root, for the page's lifetime, or a script
/// embed's seat, for the quiz of its turn.
#[cfg(target_arch = "wasm32")]
enum Place {
    Page(web_sys::Element),
    Seat(std::rc::Rc<Seat>, u32),
}

#[cfg(target_arch = "wasm32")]
impl Place {
    /// Shows `content`; on the page, in place of what it showed (`before`).
    fn show(
        &self,
        content: Content,
        before: Option<yew::AppHandle<loading::Loading>>,
    ) -> Option<yew::AppHandle<loading::Loading>> {
        match self {
            Place::Seat(seat, turn) => {
                seat.show(*turn, content);
                None
            }
            Place::Page(root) => {
                if let Some(before) = before {
                    before.destroy();
                }
                platform::remove_first_screen(root);
                let root = root.clone();
                match content {
                    Content::Empty => None,
                    Content::Loading(props) => {
                        Some(yew::Renderer::<loading::Loading>::with_root_and_props(root, props).render())
                    }
                    Content::Quiz(props) => {
                        // A dropped handle leaves the app running, for the page's lifetime.
                        let _ = yew::Renderer::<app::App>::with_root_and_props(root, props).render();
                        None
                    }
                }
            }
        }
    }
}

/// Shows the compiled-in quiz at once, or fetches, validates and then shows the quiz
/// the launch names (saying why, if it cannot).
#[cfg(target_arch = "wasm32")]
fn start(place: Place, launch: Launch, begin: Begin) {
    // The language asked for, until the quiz's own is known.
    let t = Lang::choose(launch.lang.as_deref(), "").text();
    platform::show_panics_in(ids::ROOT, t.crashed);
    use loading::LoadingProps;
    let Some(address) = launch.quiz.clone() else {
        match crate::quiz::bundle::decode_unchecked(crate::DEFAULT_BUNDLE) {
            // In a language whose words are in a file, the quiz shows once they are read.
            Ok(loaded) if Lang::choose(launch.lang.as_deref(), &loaded.quiz.meta.language).needs_words() => {
                wasm_bindgen_futures::spawn_local(async move {
                    platform::load_words(Lang::choose(launch.lang.as_deref(), &loaded.quiz.meta.language)).await;
                    place.show(Content::Quiz(props(loaded, &launch, begin)), None);
                });
            }
            Ok(loaded) => {
                place.show(Content::Quiz(props(loaded, &launch, begin)), None);
            }
            // The build checked this bundle; should it still not decode, say why as a quiz
            // that cannot be shown does.
            Err(why) => {
                let failure = Some(vec![i18n::reason(&t.read_problem(&why))]);
                let address = yew::AttrValue::default();
                place.show(Content::Loading(LoadingProps { address, failure, lang: t.lang, embed: begin.embed }), None);
            }
        }
        return;
    };
    // The page names the compiled-in quiz; until another is known, it names none.
    if begin.embed.is_none() {
        platform::name_page(t.quiz, t.quiz, t.lang.tag(), t.lang.dir());
    }
    let address = yew::AttrValue::from(address);
    let props_now = LoadingProps { address: address.clone(), failure: None, lang: t.lang, embed: None };
    let loading = place.show(Content::Loading(props_now), None);
    wasm_bindgen_futures::spawn_local(async move {
        // What goes wrong is said in the language asked for.
        let asked = Lang::choose(launch.lang.as_deref(), "");
        platform::load_words(asked).await;
        let t = asked.text();
        let loaded = load(t, &address, begin.validator.as_ref()).await;
        let content = match loaded {
            Ok(loaded) => {
                platform::load_words(Lang::choose(launch.lang.as_deref(), &loaded.quiz.meta.language)).await;
                Content::Quiz(props(loaded, &launch, begin))
            }
            Err(failure) => {
                Content::Loading(LoadingProps { address, failure: Some(failure), lang: t.lang, embed: begin.embed })
            }
        };
        place.show(content, loading);
    });
}

/// The quiz bundle at `address`, fetched and found sound by the validator module at
/// `validator`: what to tell the reader otherwise, the reason first.
#[cfg(target_arch = "wasm32")]
async fn load(t: &i18n::Text, address: &str, validator: Option<&wasm_bindgen::JsValue>) -> Result<Loaded, Vec<String>> {
    let bytes = match validator {
        Some(validator) => platform::load_elsewhere(validator, address, t.lang.tag()).await,
        None => Err(platform::RemoteQuizError::NoValidator),
    };
    let bytes = bytes.map_err(|failure| match failure {
        platform::RemoteQuizError::Reported(sentences) if !sentences.is_empty() => sentences,
        // The module says why for everything else; this is why there is no module.
        _ => vec![t.no_validator.to_owned()],
    })?;
    // The module checked the bundle, with the validator the widget does not carry.
    crate::quiz::bundle::decode_unchecked(&bytes).map_err(|why| vec![i18n::reason(&t.read_problem(&why))])
}

/// The app's props for `loaded`, as `launch` asks ([`app::AppProps::new`]).
/// Standalone, the page is named after the quiz, in the widget's language.
#[cfg(target_arch = "wasm32")]
fn props(loaded: Loaded, launch: &Launch, begin: Begin) -> app::AppProps {
    let start = app::Start {
        embed: begin.embed,
        first_screen: begin.first_screen,
        random_seed: platform::random_seed(),
        now_ms: platform::now_ms(),
    };
    let mut props = app::AppProps::new(loaded, launch, platform::load, start);
    // A student link of a class hands in to the page's results server too; a news
    // page that names one counts its readers' answers (never an assignment's).
    let class = launch.class.as_deref().filter(|_| props.assignment.is_some());
    let (module, root, lang) = (begin.results.as_ref(), &begin.root, props.lang.tag());
    props.to_class = platform::start_hand_ins(module, class, lang, root);
    if launch.assignment_code.is_none() && launch.results.as_deref() != Some(crate::quiz::launch::RESULTS_OFF) {
        // The embedding page, where the widget is framed and knows it (the script
        // embed's is the page itself, which the module reads).
        let host = launch.host_origin.as_deref().unwrap_or_default();
        let quiz = &props.quiz.quiz.slug;
        props.readers = platform::start_readers(module, launch.results.as_deref(), quiz, host, lang, root);
    }
    let t = props.lang.text();
    platform::show_panics_in(ids::ROOT, t.crashed);
    if props.embed.is_none() {
        let title = &props.quiz.quiz.meta.article_title;
        platform::name_page(&t.page_title(title), &t.page_heading(title), props.lang.tag(), props.lang.dir());
    }
    props
}

/// An iframe embed: the host's style from the launch, and who may be told and asked
/// what (see [`host`]).
#[cfg(target_arch = "wasm32")]
fn frame_embed(root: &web_sys::Element, launch: &Launch) -> host::Embed {
    let properties: Vec<(&str, String)> = launch
        .style
        .iter()
        .filter_map(|(param, value)| {
            let (_, property) = host::STYLE_PARAMS.iter().find(|(name, _)| name == param)?;
            Some((*property, value.clone()))
        })
        .collect();
    platform::embed_page(root, &properties, launch.scheme.map(crate::quiz::launch::Scheme::key));
    let host_origin = launch.host_origin.as_deref().and_then(platform::origin_of);
    host::Embed {
        target: host_origin.clone().unwrap_or_else(|| "*".to_owned()),
        host_origin,
        instance: launch.instance.clone(),
        activity: platform::address_of(""),
        element: None,
        keeps_progress: launch.hand_in_off,
    }
}
