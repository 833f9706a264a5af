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
pub mod evidence_picker;
pub mod excerpt;
pub mod feedback;
pub mod hand_in;
pub mod header;
pub mod host;
pub mod ids;
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

/// Mounts the widget with the compiled-in quiz into the element with id
/// [`ids::ROOT`], resuming saved progress. Used by the app's `main`.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    browser::show_panics_in(ids::ROOT, text::CRASHED);
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(ids::ROOT)) else {
        web_sys::console::error_1(&format!("Article Quiz: no element with id “{}” to mount in", ids::ROOT).into());
        return;
    };
    let loaded = match crate::quiz::bundle::decode_unchecked(crate::DEFAULT_BUNDLE) {
        Ok(loaded) => loaded,
        Err(why) => {
            root.set_text_content(Some(&why.to_string()));
            return;
        }
    };
    // A teacher's link (`#a=…`) sets the quiz up; a broken one is explained, and the
    // whole quiz is offered instead.
    let link = browser::param("a");
    let opened = link.as_deref().map(|text| crate::quiz::link::decode(text, &loaded.quiz));
    let (assignment, link_id, notice) = match (opened, &link) {
        (Some(Ok(assignment)), Some(text)) => (Some(assignment), crate::quiz::result::assignment_id(text), None),
        (Some(Err(why)), _) => (None, 0, Some(text::broken_link(&why.to_string()).into())),
        _ => (None, 0, None),
    };
    let saved = browser::load(&browser::progress_key(&loaded.quiz.slug, link_id)).map(Into::into);
    let embed = browser::in_frame().then(|| embed(&root));
    let props = app::AppProps {
        quiz: QuizRef(Rc::new(loaded)),
        saved,
        assignment,
        link_id,
        notice,
        embed,
        seed: browser::random_seed(),
        now_ms: browser::now_ms(),
    };
    yew::Renderer::<app::App>::with_root_and_props(root, props).render();
}

/// An iframe embed: the host's theme from the address, the height reported as it
/// changes, and who may be told and asked what (see [`host`]).
#[cfg(target_arch = "wasm32")]
fn embed(root: &web_sys::Element) -> host::Embed {
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
    }
}
