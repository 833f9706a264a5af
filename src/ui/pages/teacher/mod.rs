//! The teacher's page (teacher.html, built into `dist/teacher/`): makes assignment links
//! ([`assign`]) and reads a class's results ([`class_view`]). It is part of the tools
//! binary, so none of it reaches the student widget's download.

pub mod assign;
pub mod class_view;
pub mod collect;
pub mod print;
pub mod qr;

use std::rc::Rc;

use yew::prelude::*;

use crate::quiz::api::HandIns;
use crate::quiz::result::assignment_id;
use crate::ui::QuizRef;
use crate::ui::components::header::source_line;
use crate::ui::i18n::teacher as words;
use crate::ui::platform;

/// Where this browser keeps the titles of the links it made: one `id<TAB>title` a line.
pub const TITLES_KEY: &str = "article-quiz:teacher:assignments";

/// Reads the stored titles; lines that do not parse are skipped.
pub fn parse_titles(stored: &str) -> Vec<(u32, String)> {
    stored
        .lines()
        .filter_map(|line| {
            let (id, title) = line.split_once('\t')?;
            Some((u32::from_str_radix(id, 16).ok()?, title.to_owned()))
        })
        .collect()
}

fn format_titles(titles: &[(u32, String)]) -> String {
    titles.iter().map(|(id, title)| format!("{id:08x}\t{}\n", title.replace(['\t', '\n', '\r'], " "))).collect()
}

#[derive(Properties, PartialEq)]
pub struct TeacherProps {
    pub quiz: QuizRef,
    /// The student widget's address.
    pub widget: AttrValue,
    /// The first order number the form offers.
    pub seed: u32,
    /// Titles of links made earlier in this browser, as [`TITLES_KEY`] holds them.
    #[prop_or_default]
    pub titles: Vec<(u32, String)>,
    /// The results server that serves this page, if it does (its base address).
    #[prop_or_default]
    pub server: Option<AttrValue>,
    /// The class of a teacher link (`#class=…&secret=…`) on that server.
    #[prop_or_default]
    pub class_link: Option<collect::TeacherLink>,
}

#[function_component]
pub fn Teacher(props: &TeacherProps) -> Html {
    let titles = use_state(|| Rc::new(props.titles.clone()));
    let on_copied = {
        let titles = titles.clone();
        Callback::from(move |(code, title): (String, String)| {
            let id = assignment_id(&code);
            let mut now = (**titles).clone();
            now.retain(|(known, _)| *known != id);
            now.push((id, title));
            // Keep the most recent; a teacher's browser should not fill up with them.
            let excess = now.len().saturating_sub(200);
            now.drain(..excess);
            // Titles only name groups of results; a browser that will not keep them loses
            // nothing else (the codes themselves say so where they are pasted).
            let _ = platform::store(TITLES_KEY, &format_titles(&now));
            titles.set(Rc::new(now));
        })
    };
    // The class's hand-ins, read from the server: their codes join the pasted ones, and
    // its title names its assignment.
    let class = use_state(|| None::<Rc<HandIns>>);
    let on_class = {
        let class = class.clone();
        Callback::from(move |now: Option<Rc<HandIns>>| class.set(now))
    };
    let received: Rc<Vec<String>> =
        Rc::new(class.iter().flat_map(|c| c.hand_ins.iter().map(|h| h.code.clone())).collect());
    let titles_now = match &*class {
        Some(c) => {
            let mut all = (**titles).clone();
            all.push((assignment_id(&c.assignment), c.title.clone()));
            Rc::new(all)
        }
        None => (*titles).clone(),
    };
    let live = match (&props.server, &props.class_link) {
        (Some(server), Some(link)) => {
            html! { <collect::LiveClass server={server.clone()} link={link.clone()} {on_class} /> }
        }
        _ => html! {},
    };
    let meta = &props.quiz.quiz.meta;
    html! {
        <div class="aq aq-teacher">
            <header class="aq-header">
                <p class="aq-kicker">{ words::KICKER }</p>
                <h1 class="aq-title">{ &meta.title }</h1>
                { source_line(&crate::ui::i18n::EN, meta, None) }
                <p class="aq-lead">{ words::INTRO }</p>
            </header>
            { live }
            <assign::Assign quiz={props.quiz.clone()} widget={props.widget.clone()} seed={props.seed} {on_copied}
                server={props.server.clone()} />
            <class_view::ClassView quiz={props.quiz.clone()} titles={titles_now} {received} />
        </div>
    }
}

/// Mounts the teacher's page with the compiled-in quiz into the element with id
/// [`words::PAGE_ROOT`], if the page has one. Used by the tools binary's `main`.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    if let Some(sheet) = platform::param(print::Sheet::PARAM).as_deref().and_then(print::Sheet::from_param) {
        return mount_print(sheet);
    }
    platform::reload_on_new_fragment();
    crate::ui::pages::widget::mount_page::<Teacher>(words::PAGE_ROOT, || {
        let loaded = crate::quiz::bundle::decode_unchecked(crate::DEFAULT_BUNDLE).map_err(|why| why.to_string())?;
        Ok(TeacherProps {
            quiz: QuizRef(Rc::new(loaded)),
            widget: platform::address_of("../").into(),
            seed: assign::new_seed(),
            titles: platform::load(TITLES_KEY).map(|stored| parse_titles(&stored)).unwrap_or_default(),
            server: platform::server_base().map(Into::into),
            class_link: collect::TeacherLink::of_page(),
        })
    });
}

/// Mounts a sheet to print ([`print`]) in place of the teacher's page, for the page's
/// address `?print=…#a=CODE`.
#[cfg(target_arch = "wasm32")]
fn mount_print(sheet: print::Sheet) {
    crate::ui::pages::widget::mount_page::<print::Print>(words::PAGE_ROOT, || {
        let loaded = crate::quiz::bundle::decode_unchecked(crate::DEFAULT_BUNDLE).map_err(|why| why.to_string())?;
        platform::name_page(&print::page_title(sheet, &loaded.quiz), "", "en");
        Ok(print::PrintProps { quiz: QuizRef(Rc::new(loaded)), sheet, code: platform::param("a").map(Into::into) })
    });
}
