//! The embed-code page (embed-code.html, built into `dist/embed-code/`): an editor picks
//! the options, copies the iframe or the script snippet, and sees a live preview.

use yew::prelude::*;

use crate::quiz::Mode;
use crate::quiz::host::style_value;
use crate::quiz::launch::{Launch, MAX_INSTANCE, RESULTS_OFF, Scheme};
use crate::ui::i18n::{Lang, embed_code as words};
use crate::ui::platform;

/// How the quiz goes into the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    Iframe,
    Script,
}

/// What the editor chose.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Options {
    pub way: Option<Way>,
    /// The address of a quiz bundle; empty for the built-in quiz.
    pub quiz: String,
    /// `test`, or practice when false.
    pub test: bool,
    /// A language tag for the widget's own words; empty for the quiz's language.
    pub lang: String,
    /// `light`, `dark`, or empty for the reader's choice.
    pub scheme: String,
    pub accent: String,
    pub font: String,
    pub radius: String,
    /// The quiz's name in events.
    pub instance: String,
    /// The page's origin, for the iframe's `host`.
    pub host_origin: String,
    /// A CSS selector for the page's article, to show excerpts there.
    pub highlight: String,
    /// An assignment code (or a link holding `#a=CODE`).
    pub assignment: String,
}

/// `&`, `<`, `>` and `"` as entities, for text in an attribute of the snippet.
pub(crate) fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The assignment code in what was pasted: a bare code, or a link's `a=` value.
fn assignment_code(pasted: &str) -> Option<&str> {
    let pasted = pasted.trim();
    let code = pasted.rsplit_once("a=").map_or(pasted, |(_, code)| code);
    let code = code.split('&').next().unwrap_or(code);
    (!code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')).then_some(code)
}

/// The style values that pass the widget's own checks, as (parameter, value).
fn style(options: &Options) -> Vec<(&'static str, String)> {
    [("accent", &options.accent), ("font", &options.font), ("radius", &options.radius)]
        .into_iter()
        .filter_map(|(name, value)| Some((name, style_value(name, value)?)))
        .collect()
}

/// A `#rgb` or `#rrggbb` colour as red, green and blue.
fn rgb(colour: &str) -> Option<[u8; 3]> {
    let hex = colour.trim().strip_prefix('#')?;
    let digit = |i: usize, len: usize| u8::from_str_radix(hex.get(i..i + len)?, 16).ok();
    match hex.len() {
        3 => Some([digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17]),
        6 => Some([digit(0, 2)?, digit(2, 2)?, digit(4, 2)?]),
        _ => None,
    }
}

/// WCAG 2 contrast ratio of two colours.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let luminance = |[r, g, b]: [u8; 3]| {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    };
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The widget's backgrounds, light and dark.
const BACKGROUNDS: [(&str, [u8; 3]); 2] = [("light", [0xff, 0xff, 0xff]), ("dark", [0x16, 0x18, 0x1c])];

/// Where the chosen accent, as text, falls short of AA (4.5:1) on the widget's
/// background in the chosen scheme(s): each scheme's name and the ratio.
pub fn weak_accent(options: &Options) -> Vec<(&'static str, f64)> {
    let Some(accent) = rgb(&options.accent) else { return Vec::new() };
    BACKGROUNDS
        .iter()
        .filter(|(scheme, _)| options.scheme.is_empty() || options.scheme == *scheme)
        .map(|(scheme, background)| (*scheme, contrast(accent, *background)))
        .filter(|(_, ratio)| *ratio < 4.5)
        .collect()
}

/// The launch these options ask for: what the snippet writes and the widget reads.
pub fn launch(options: &Options) -> Launch {
    let given = |text: &str| Some(text.trim().to_owned()).filter(|t| !t.is_empty());
    Launch {
        assignment_code: assignment_code(&options.assignment).map(str::to_owned),
        mode: if options.test { Mode::Test } else { Mode::Practice },
        lang: Lang::from_tag(&options.lang).map(|lang| lang.tag().to_owned()),
        quiz: given(&options.quiz),
        scheme: Scheme::from_key(&options.scheme),
        style: style(options),
        host_origin: given(&options.host_origin),
        instance: options.instance.trim().chars().take(MAX_INSTANCE).collect(),
        // The embed-code page has no field for it yet: a page turns sharing off with
        // `share=off` or `data-share="off"` (README, "Options").
        share_off: false,
        // Only a teacher's student link names a class.
        class: None,
        // The embed-code page has no field for it yet: a page names its results server
        // with `results=` or `data-results` (README, "The results server").
        results: None,
        // Only a SCORM package's launch page gives these (README, "For teachers").
        progress: None,
        hand_in_off: false,
    }
}

/// The iframe's address for these options, on the widget at `widget`.
pub fn frame_address(options: &Options, widget: &str) -> String {
    launch(options).address(widget)
}

/// The snippet to paste into the page.
pub fn snippet(options: &Options, widget: &str) -> String {
    let highlight = Some(options.highlight.trim()).filter(|h| !h.is_empty());
    let highlight = highlight.map(|h| format!(" data-article-quiz-highlight=\"{}\"", attribute(h))).unwrap_or_default();
    match options.way.unwrap_or(Way::Iframe) {
        Way::Iframe => format!(
            "<iframe data-article-quiz title=\"{title}\" width=\"100%\" height=\"640\" loading=\"lazy\"{highlight}\n  src=\"{src}\"></iframe>\n\
             <script src=\"{widget}embed.js\" async></script>",
            title = attribute(words::FRAME_TITLE),
            src = attribute(&frame_address(options, widget)),
        ),
        Way::Script => {
            let attributes: String = launch(options)
                .attributes()
                .iter()
                .map(|(name, value)| format!(" {name}=\"{}\"", attribute(value)))
                .collect();
            let mut out = format!(
                "<div data-article-quiz{attributes}{highlight}></div>\n\
                 <script type=\"module\" src=\"{widget}article-quiz.js\"></script>"
            );
            let properties: Vec<String> =
                style(options).iter().map(|(name, value)| format!("--article-quiz-{name}: {value};")).collect();
            if !properties.is_empty() {
                out.push_str(&format!(
                    "\n<!-- {} -->\n<!-- [data-article-quiz] {{ {} }} -->",
                    words::IN_YOUR_STYLESHEET,
                    properties.join(" ")
                ));
            }
            out
        }
    }
}

#[derive(Clone)]
enum Edit {
    Way(Way),
    Quiz(String),
    Test(bool),
    Lang(String),
    Scheme(String),
    Accent(String),
    Font(String),
    Radius(String),
    Instance(String),
    HostOrigin(String),
    Highlight(String),
    Assignment(String),
}

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    /// The widget's address (the folder with index.html, embed.js and article-quiz.js).
    pub widget: AttrValue,
    /// The results server that serves this page, if one does: the newsroom's view of its
    /// readers' results is offered then.
    #[prop_or_default]
    pub server: Option<AttrValue>,
}

#[function_component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let options = use_state(|| Options { instance: "quiz-1".into(), ..Options::default() });
    let status = use_state(String::new);
    let set = |make: fn(String) -> Edit| {
        let options = options.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|input| if input.type_() == "checkbox" { input.checked().to_string() } else { input.value() })
                .or_else(|| event.target_dyn_into::<web_sys::HtmlSelectElement>().map(|select| select.value()))
                .unwrap_or_default();
            let mut next = (*options).clone();
            match make(value) {
                Edit::Way(way) => next.way = Some(way),
                Edit::Quiz(v) => next.quiz = v,
                Edit::Test(on) => next.test = on,
                Edit::Lang(v) => next.lang = v,
                Edit::Scheme(v) => next.scheme = v,
                Edit::Accent(v) => next.accent = v,
                Edit::Font(v) => next.font = v,
                Edit::Radius(v) => next.radius = v,
                Edit::Instance(v) => next.instance = v,
                Edit::HostOrigin(v) => next.host_origin = v,
                Edit::Highlight(v) => next.highlight = v,
                Edit::Assignment(v) => next.assignment = v,
            }
            options.set(next);
        })
    };
    let code = snippet(&options, &props.widget);
    let copy = {
        let (code, status) = (code.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            platform::copy_text(&code, move |ok| {
                status.set(if ok { words::COPIED } else { words::NOT_COPIED }.to_owned())
            });
        })
    };
    let way = options.way.unwrap_or(Way::Iframe);
    let text_field =
        |id: &'static str, label: &'static str, hint: &'static str, value: &str, make: fn(String) -> Edit| {
            let hint_id = format!("{id}-hint");
            html! {
                <div class="aq-field">
                    <label for={id}>{ label }</label>
                    <input type="text" {id} class="aq-text-input" value={value.to_owned()}
                        oninput={set(make).reform(Event::from)}
                        aria-describedby={hint_id.clone()} />
                    <p class="aq-hint" id={hint_id}>{ hint }</p>
                </div>
            }
        };
    // The preview is embedded in this page, not the editor's: it leaves out their site's
    // origin, to which it would otherwise address every message (its height included).
    // Nor is the editor a reader: the preview counts nothing on a results server.
    let preview = Launch {
        results: Some(RESULTS_OFF.to_owned()),
        ..launch(&Options { host_origin: String::new(), ..(*options).clone() })
    }
    .address(&props.widget);
    html! {
        <div class="aq aq-teacher">
            <header class="aq-header">
                <p class="aq-kicker">{ words::KICKER }</p>
                <h1 class="aq-title">{ words::HEADING }</h1>
                <p class="aq-lead">{ words::INTRO }</p>
            </header>
            <section class="aq-card aq-teacher-section" aria-labelledby="aq-options-heading">
                <h2 id="aq-options-heading" class="aq-teacher-heading">{ words::OPTIONS }</h2>
                <fieldset class="aq-fieldset">
                    <legend class="aq-legend">{ words::WAY }</legend>
                    <div class="aq-check-row">
                        <input type="radio" name="aq-way" id="aq-way-iframe" checked={way == Way::Iframe}
                            onchange={set(|_| Edit::Way(Way::Iframe))} />
                        <label for="aq-way-iframe">{ words::IFRAME }</label>
                    </div>
                    <div class="aq-check-row">
                        <input type="radio" name="aq-way" id="aq-way-script" checked={way == Way::Script}
                            onchange={set(|_| Edit::Way(Way::Script))} />
                        <label for="aq-way-script">{ words::SCRIPT }</label>
                    </div>
                </fieldset>
                { text_field("aq-embed-quiz", words::QUIZ, words::QUIZ_HINT, &options.quiz, Edit::Quiz) }
                <div class="aq-check-row">
                    <input type="checkbox" id="aq-embed-test" checked={options.test}
                        onchange={set(|v| Edit::Test(v == "true"))} />
                    <label for="aq-embed-test">{ words::TEST_MODE }</label>
                </div>
                <div class="aq-field">
                    <label for="aq-embed-lang">{ words::LANGUAGE }</label>
                    <select id="aq-embed-lang" class="aq-text-input" onchange={set(Edit::Lang)}>
                        <option value="" selected={options.lang.is_empty()}>{ words::LANGUAGE_QUIZ }</option>
                        { for Lang::ALL.iter().map(|lang| html! {
                            <option value={lang.tag()} lang={lang.tag()} selected={options.lang == lang.tag()}>
                                { words::language(*lang) }
                            </option>
                        }) }
                    </select>
                </div>
                <div class="aq-field">
                    <label for="aq-embed-theme">{ words::SCHEME }</label>
                    <select id="aq-embed-theme" class="aq-text-input" onchange={set(Edit::Scheme)}>
                        <option value="" selected={options.scheme.is_empty()}>{ words::SCHEME_READER }</option>
                        <option value="light" selected={options.scheme == "light"}>{ words::SCHEME_LIGHT }</option>
                        <option value="dark" selected={options.scheme == "dark"}>{ words::SCHEME_DARK }</option>
                    </select>
                </div>
                { text_field("aq-embed-accent", words::ACCENT, words::ACCENT_HINT, &options.accent, Edit::Accent) }
                { for weak_accent(&options).into_iter().map(|(scheme, ratio)| html! {
                    <p class="aq-warning" role="status">{ words::weak_accent(scheme, ratio) }</p>
                }) }
                { text_field("aq-embed-font", words::FONT, words::FONT_HINT, &options.font, Edit::Font) }
                { text_field("aq-embed-radius", words::RADIUS, words::RADIUS_HINT, &options.radius, Edit::Radius) }
                { text_field("aq-embed-id", words::INSTANCE, words::INSTANCE_HINT, &options.instance, Edit::Instance) }
                if way == Way::Iframe {
                    { text_field("aq-embed-host", words::HOST_ORIGIN, words::HOST_ORIGIN_HINT, &options.host_origin, Edit::HostOrigin) }
                }
                { text_field("aq-embed-highlight", words::HIGHLIGHT, words::HIGHLIGHT_HINT, &options.highlight, Edit::Highlight) }
                { text_field("aq-embed-assignment", words::ASSIGNMENT, words::ASSIGNMENT_HINT, &options.assignment, Edit::Assignment) }
            </section>
            <section class="aq-card aq-teacher-section" aria-labelledby="aq-snippet-heading">
                <h2 id="aq-snippet-heading" class="aq-teacher-heading">{ words::SNIPPET }</h2>
                <div class="aq-field">
                    <label for="aq-snippet">{ words::SNIPPET_LABEL }</label>
                    <textarea id="aq-snippet" class="aq-code" readonly=true rows="6" value={code} />
                </div>
                <div class="aq-actions">
                    <button type="button" class="aq-button aq-button--primary" onclick={copy}>{ words::COPY }</button>
                    <p class="aq-copy-status" role="status">{ (*status).clone() }</p>
                </div>
                <h3 class="aq-teacher-subheading">{ words::PREVIEW }</h3>
                <p class="aq-hint">{ words::PREVIEW_HINT }</p>
                <iframe class="aq-preview" data-article-quiz="" title={words::FRAME_TITLE} width="100%" height="640"
                    src={preview} />
            </section>
            if let Some(server) = props.server.clone() {
                <crate::ui::pages::newsroom::Newsroom {server} />
            }
        </div>
    }
}

/// Mounts the embed-code page into the element with id [`words::PAGE_ROOT`], if the page has
/// one. Used by the tools binary's `main`.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    crate::ui::pages::widget::mount_page::<EmbedCode>(words::PAGE_ROOT, || {
        Ok(EmbedCodeProps {
            widget: platform::address_of("../").into(),
            server: platform::server_base().map(Into::into),
        })
    });
}
