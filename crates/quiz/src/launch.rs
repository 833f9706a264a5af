//! What a page asks of the widget it starts: a teacher's assignment code, the mode, the
//! language of the widget's words, a quiz's address, a colour scheme and style values,
//! the embedding site's origin, and a name for this widget in events.
//!
//! The widget reads a [`Launch`] from its own address (query or fragment) or from the
//! attributes of a script embed's element; the teacher's page and the
//! embed-code page write one back as an address or as attributes; the prerendered first
//! screen stands aside when the address carries any [`Field::SCREEN`] option. Each option
//! is named here once, so that a reader and a writer cannot disagree.
//!
//! Must not import anything from a browser or UI crate.

use crate::host::{STYLE_PARAMS, style_value};
use crate::session::Mode;

/// One option of a launch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Quiz,
    /// The embedding page's origin (published as `host`).
    HostOrigin,
    /// The embed's name for this widget (published as `id`, `data-id` and `instance`).
    Instance,
    Mode,
    Lang,
    /// The colour scheme (published as `theme`).
    Scheme,
    Share,
    /// A teacher's assignment code (published as `a`, `data-link` and `link`).
    Assignment,
    /// The results server's class that a student's hand-in goes to (published as
    /// `class`, in a student link's fragment only).
    Class,
    /// The results server a news page names for its readers' answers (published as
    /// `results`, `data-results` and `results`).
    Results,
    /// Saved progress to start from, in place of what this browser kept (published as
    /// `progress`, `data-progress` and `progress`): a SCORM package's launch page gives
    /// the learning platform's copy.
    Progress,
    /// `off` hides the hand-in (the result code and the class's button): inside a
    /// learning platform, the platform is the hand-in (`handin`, `data-handin`, `handin`).
    HandIn,
}

impl Field {
    /// Every option, in the order they are written.
    pub const ALL: [Field; 12] = [
        Field::Quiz,
        Field::HostOrigin,
        Field::Instance,
        Field::Mode,
        Field::Lang,
        Field::Scheme,
        Field::Share,
        Field::Assignment,
        Field::Class,
        Field::Results,
        Field::Progress,
        Field::HandIn,
    ];

    /// The options that change the widget's first screen: a page whose address carries
    /// any of them does not show the prerendered one.
    pub const SCREEN: [Field; 4] = [Field::Assignment, Field::Mode, Field::Lang, Field::Quiz];

    /// Its name in an address (`?mode=test`, `#a=CODE`).
    pub fn param(self) -> &'static str {
        match self {
            Field::Quiz => "quiz",
            Field::HostOrigin => "host",
            Field::Instance => "id",
            Field::Mode => "mode",
            Field::Lang => "lang",
            Field::Scheme => "theme",
            Field::Share => "share",
            Field::Assignment => "a",
            Field::Class => "class",
            Field::Results => "results",
            Field::Progress => "progress",
            Field::HandIn => "handin",
        }
    }

    /// Its attribute on a script embed's element; `None` for the host's origin, which
    /// only an iframe needs, and a class, which only a student link carries.
    pub fn attribute(self) -> Option<&'static str> {
        Some(match self {
            Field::Quiz => "data-quiz",
            Field::HostOrigin | Field::Class => return None,
            Field::Instance => "data-id",
            Field::Mode => "data-mode",
            Field::Lang => "data-lang",
            Field::Scheme => "data-theme",
            Field::Share => "data-share",
            Field::Assignment => "data-link",
            Field::Results => "data-results",
            Field::Progress => "data-progress",
            Field::HandIn => "data-handin",
        })
    }

    /// Its attribute on an `<article-quiz>` element; `None` for the host's origin and
    /// a class.
    pub fn element_attribute(self) -> Option<&'static str> {
        Some(match self {
            Field::Quiz => "quiz",
            Field::HostOrigin | Field::Class => return None,
            Field::Instance => "instance",
            Field::Mode => "mode",
            Field::Lang => "lang",
            Field::Scheme => "theme",
            Field::Share => "share",
            Field::Assignment => "link",
            Field::Results => "results",
            Field::Progress => "progress",
            Field::HandIn => "handin",
        })
    }
}

/// The colour scheme a host asks for; by default the reader's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
}

impl Scheme {
    pub fn from_key(key: &str) -> Option<Scheme> {
        match key {
            "light" => Some(Scheme::Light),
            "dark" => Some(Scheme::Dark),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
        }
    }
}

/// How long an instance name may be; longer ones are cut.
pub const MAX_INSTANCE: usize = 100;

/// What a page asks of the widget. The default is a plain start: the built-in quiz, in
/// practice mode, in the quiz's language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Launch {
    /// A teacher's assignment code, as given (an empty or broken one is explained to the
    /// student, who is offered the whole quiz).
    pub assignment_code: Option<String>,
    /// The mode a fresh session starts in, unless an assignment sets it.
    pub mode: Mode,
    /// A language tag for the widget's own words; the widget takes it if it speaks it.
    pub lang: Option<String>,
    /// The address of a quiz bundle to show instead of the built-in quiz.
    pub quiz: Option<String>,
    pub scheme: Option<Scheme>,
    /// Style values that passed [`style_value`], as (parameter, value), in the order of
    /// [`STYLE_PARAMS`]. Only an address carries them; a script embed is styled by CSS.
    pub style: Vec<(&'static str, String)>,
    /// The embedding page's address or origin, whose commands an iframe accepts.
    pub host_origin: Option<String>,
    /// The embed's name for this widget, echoed in every event; at most [`MAX_INSTANCE`]
    /// characters.
    pub instance: String,
    /// The host turned the offer to share a result off (`share=off`).
    pub share_off: bool,
    /// The results server's class a hand-in goes to: its id, letters, digits, `-` and
    /// `_` only (another value is no class).
    pub class: Option<String>,
    /// The results server the page names for its readers' answers: its address, as given.
    pub results: Option<String>,
    /// Saved progress to start from instead of this browser's ([`crate::saved`]'s text).
    pub progress: Option<String>,
    /// The host hid the hand-in (`handin=off`): no result code, no class's button.
    pub hand_in_off: bool,
}

/// The `results` value that turns the counting of readers off, on a page whose server
/// would count them (the embed-code page's preview).
pub const RESULTS_OFF: &str = "off";

/// How long a class's id may be.
pub const MAX_CLASS: usize = 64;

impl Launch {
    /// The launch an address asks for; `param(name)` is the value of the parameter
    /// `name` in it (the widget looks in its fragment, then its query).
    pub fn from_address(param: &dyn Fn(&str) -> Option<String>) -> Launch {
        let style =
            STYLE_PARAMS.iter().filter_map(|(name, _)| Some((*name, style_value(name, &param(name)?)?))).collect();
        Launch { style, ..Launch::read(&|field| param(field.param())) }
    }

    /// The launch a script embed's element asks for; `attribute(name)` is the value of
    /// its attribute `name`.
    pub fn from_element(attribute: &dyn Fn(&str) -> Option<String>) -> Launch {
        Launch::read(&|field| attribute(field.attribute()?))
    }

    /// The launch an `<article-quiz>` element asks for, by its own attributes (`quiz`,
    /// `instance`, `mode`, `lang`, `theme`, `link`).
    pub fn from_custom_element(attribute: &dyn Fn(&str) -> Option<String>) -> Launch {
        Launch::read(&|field| attribute(field.element_attribute()?))
    }

    /// The launch of a whole address (`https://news.example/quiz/?mode=test#a=CODE`), as
    /// the widget would read it there: a fragment's parameter before the query's.
    pub fn parse(address: &str) -> Launch {
        let (rest, fragment) = address.split_once('#').unwrap_or((address, ""));
        let query = rest.split_once('?').map_or("", |(_, query)| query);
        let find = |part: &str, name: &str| {
            form_urlencoded::parse(part.as_bytes()).find(|(key, _)| key == name).map(|(_, value)| value.into_owned())
        };
        Launch::from_address(&|name| find(fragment, name).or_else(|| find(query, name)))
    }

    fn read(get: &dyn Fn(Field) -> Option<String>) -> Launch {
        let text = |field| get(field).filter(|v| !v.trim().is_empty());
        Launch {
            assignment_code: get(Field::Assignment),
            mode: if get(Field::Mode).as_deref() == Some("test") { Mode::Test } else { Mode::Practice },
            lang: text(Field::Lang),
            quiz: text(Field::Quiz),
            scheme: get(Field::Scheme).as_deref().and_then(Scheme::from_key),
            style: Vec::new(),
            host_origin: text(Field::HostOrigin),
            instance: get(Field::Instance).unwrap_or_default().chars().take(MAX_INSTANCE).collect(),
            share_off: get(Field::Share).as_deref() == Some("off"),
            results: text(Field::Results),
            progress: text(Field::Progress),
            hand_in_off: get(Field::HandIn).as_deref() == Some("off"),
            class: get(Field::Class).filter(|id| (1..=MAX_CLASS).contains(&id.len()) && crate::api::is_url_safe(id)),
        }
    }

    /// A launch of an assignment, with nothing else asked.
    pub fn assignment(code: &str) -> Launch {
        Launch { assignment_code: Some(code.to_owned()), ..Launch::default() }
    }

    /// Whether the widget starts on the screen it shows with no options at all (the
    /// prerendered one), as far as the launch decides it.
    pub fn is_plain(&self) -> bool {
        self.assignment_code.is_none() && self.mode == Mode::Practice && self.lang.is_none() && self.quiz.is_none()
    }

    /// Each option as (field, value), in [`Field::ALL`]'s order; style values are apart.
    fn values(&self) -> Vec<(Field, String)> {
        let mut values = Vec::new();
        let mut add = |field, value: Option<&str>| {
            if let Some(value) = value.filter(|v| !v.is_empty()) {
                values.push((field, value.to_owned()));
            }
        };
        add(Field::Quiz, self.quiz.as_deref());
        add(Field::HostOrigin, self.host_origin.as_deref());
        add(Field::Instance, Some(&self.instance));
        add(Field::Mode, (self.mode == Mode::Test).then_some("test"));
        add(Field::Lang, self.lang.as_deref());
        add(Field::Scheme, self.scheme.map(Scheme::key));
        add(Field::Share, self.share_off.then_some("off"));
        add(Field::Assignment, self.assignment_code.as_deref());
        add(Field::Class, self.class.as_deref());
        add(Field::Results, self.results.as_deref());
        add(Field::Progress, self.progress.as_deref());
        add(Field::HandIn, self.hand_in_off.then_some("off"));
        values
    }

    /// The widget's address at `widget` asking for this launch: options in the query,
    /// percent-encoded, the assignment code and the class in the fragment (which no
    /// server log or `Referer` holds).
    pub fn address(&self, widget: &str) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        let mut code = None;
        let mut class = None;
        for (field, value) in self.values() {
            match field {
                Field::Assignment => code = Some(value),
                Field::Class => class = Some(value),
                _ => {
                    query.append_pair(field.param(), &value);
                }
            }
        }
        for (name, value) in &self.style {
            query.append_pair(name, value);
        }
        let query = query.finish();
        let mut address = if query.is_empty() { widget.to_owned() } else { format!("{widget}?{query}") };
        if let Some(code) = &code {
            // A code from the link codec is URL-safe already; anything else is encoded.
            address.push_str("#a=");
            address.extend(form_urlencoded::byte_serialize(code.as_bytes()));
        }
        if let Some(class) = class {
            address.push_str(if code.is_some() { "&class=" } else { "#class=" });
            address.push_str(&class);
        }
        address
    }

    /// The attributes of a script embed's element asking for this launch, in order. The
    /// host's origin and the style values have none (a page styles its embed with CSS).
    pub fn attributes(&self) -> Vec<(&'static str, String)> {
        self.values().into_iter().filter_map(|(field, value)| Some((field.attribute()?, value))).collect()
    }
}
