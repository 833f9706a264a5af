//! The teacher's page (teacher.html, built into `dist/teacher/`): makes assignment links
//! ([`assign`]) and reads a class's results ([`class_view`]). It is part of the tools
//! binary, so none of it reaches the student widget's download.
//!
//! It is about the built-in quiz; served by a results server, about any quiz the server
//! serves (`?quiz=SLUG`, read from the server as a bundle): its links then give the
//! student widget the same bundle's address (`quiz=`), and a teacher link of a class of
//! another quiz opens the page of that quiz.

pub mod assign;
pub mod bank;
pub mod class_view;
pub mod collect;
pub mod lms;
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
    /// The slug of the server's quiz this page is about (`?quiz=`), when it is not the
    /// built-in one.
    #[prop_or_default]
    pub served_quiz: Option<AttrValue>,
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
        let (class, slug) = (class.clone(), props.quiz.quiz.slug.clone());
        Callback::from(move |now: Option<Rc<HandIns>>| {
            // A class of another quiz: its own page reads it.
            if let Some(other) = now.as_ref().filter(|c| c.quiz != slug) {
                platform::replace_page(&format!("{}{}", quiz_page(&other.quiz), platform::fragment()));
            }
            class.set(now)
        })
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
    // The quiz's own words in its language and direction, inside the English page.
    let content = crate::ui::i18n::Languages::new(crate::ui::i18n::Lang::En, &meta.language).quiz;
    html! {
        <div class="aq aq-teacher">
            <header class="aq-header">
                <p class="aq-kicker">{ words::KICKER }</p>
                <h1 class="aq-title" lang={content.lang.clone()} dir={content.dir}>{ &meta.title }</h1>
                { source_line(&crate::ui::i18n::EN, meta, content) }
                <p class="aq-lead">{ words::INTRO }</p>
            </header>
            if let Some(server) = props.server.clone() {
                <ServedQuizzes {server} current={props.quiz.quiz.slug.clone()} />
            }
            { live }
            <assign::Assign quiz={props.quiz.clone()} widget={props.widget.clone()} seed={props.seed} {on_copied}
                server={props.server.clone()} served_quiz={props.served_quiz.clone()} />
            <class_view::ClassView quiz={props.quiz.clone()} titles={titles_now} {received} />
        </div>
    }
}

/// A radio button with its label, one of the group `name`, on a row of its own.
fn radio_row(
    name: &'static str,
    id: &'static str,
    checked: bool,
    onchange: Callback<Event>,
    label: impl Into<Html>,
) -> Html {
    html! {
        <div class="aq-check-row">
            <input type="radio" {name} {id} {checked} {onchange} />
            <label for={id}>{ label.into() }</label>
        </div>
    }
}

/// The teacher's page about the quiz `slug`: this page with `?quiz=`, or without for the
/// built-in quiz.
fn quiz_page(slug: &str) -> String {
    let page = platform::address_of("");
    let built_in = crate::quiz::bundle::decode_unchecked(crate::DEFAULT_BUNDLE).is_ok_and(|b| b.quiz.slug == slug);
    if built_in {
        return page;
    }
    let slug: String = form_urlencoded::byte_serialize(slug.as_bytes()).collect();
    format!("{page}?quiz={slug}")
}

#[derive(Properties, PartialEq)]
struct ServedQuizzesProps {
    server: AttrValue,
    /// The slug of the quiz this page is about.
    current: String,
}

/// The quizzes of the results server serving this page, each a link to its teacher's
/// page; nothing when it serves only this one.
#[function_component]
fn ServedQuizzes(props: &ServedQuizzesProps) -> Html {
    let served = use_state(Vec::<crate::quiz::api::QuizSummary>::new);
    {
        let (served, server) = (served.clone(), props.server.to_string());
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                if let Ok(quizzes) = platform::quizzes(&server).await {
                    served.set(quizzes);
                }
            });
        });
    }
    if served.len() < 2 {
        return html! {};
    }
    html! {
        <nav class="aq-served-quizzes" aria-label={words::SERVED_QUIZZES}>
            <h2 class="aq-teacher-subheading">{ words::SERVED_QUIZZES }</h2>
            <ul>
                { for served.iter().map(|quiz| {
                    let current = (quiz.slug == props.current).then_some("page");
                    html! { <li><a href={quiz_page(&quiz.slug)} aria-current={current}>{ &quiz.title }</a></li> }
                }) }
            </ul>
        </nav>
    }
}

/// The quiz a teacher's page is about: the built-in one, or the results server's quiz
/// `?quiz=` names (read as a bundle) with its slug; else why it cannot be shown.
#[cfg(target_arch = "wasm32")]
async fn page_quiz(server: Option<&str>) -> Result<(crate::quiz::bundle::Loaded, Option<String>), String> {
    let built_in = crate::quiz::bundle::decode_unchecked(crate::DEFAULT_BUNDLE).map_err(|why| why.to_string())?;
    let (Some(server), Some(slug)) = (server, platform::param("quiz")) else { return Ok((built_in, None)) };
    if slug == built_in.quiz.slug {
        return Ok((built_in, None));
    }
    let bytes = platform::quiz_bundle(server, &slug).await.map_err(|error| match error {
        platform::ServerError::Gone => words::no_such_quiz(&slug),
        _ => words::QUIZ_UNREACHABLE.to_owned(),
    })?;
    let loaded = crate::quiz::bundle::decode(&bytes).map_err(|why| words::quiz_unsound(&why.to_string()))?;
    Ok((loaded, Some(slug)))
}

/// Mounts the teacher's page into the element with id [`words::PAGE_ROOT`], if the page
/// has one, once its quiz is known ([`page_quiz`]). Used by the tools binary's `main`.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    let server = platform::server_base();
    if let Some(sheet) = platform::param(print::Sheet::PARAM).as_deref().and_then(print::Sheet::from_param) {
        return mount_print(sheet, server);
    }
    platform::reload_on_new_fragment();
    wasm_bindgen_futures::spawn_local(async move {
        let quiz = page_quiz(server.as_deref()).await;
        crate::ui::pages::widget::mount_page::<Teacher>(words::PAGE_ROOT, || {
            let (loaded, served_quiz) = quiz?;
            // The student widget beside this page, given the server's quiz as a bundle.
            let mut widget = platform::address_of("../");
            if let (Some(server), Some(slug)) = (&server, &served_quiz) {
                let bundle: String =
                    form_urlencoded::byte_serialize(platform::bundle_address(server, slug).as_bytes()).collect();
                widget = format!("{widget}?quiz={bundle}");
            }
            Ok(TeacherProps {
                quiz: QuizRef(Rc::new(loaded)),
                widget: widget.into(),
                seed: assign::new_seed(),
                titles: platform::load(TITLES_KEY).map(|stored| parse_titles(&stored)).unwrap_or_default(),
                server: server.clone().map(Into::into),
                class_link: collect::TeacherLink::of_page(),
                served_quiz: served_quiz.map(Into::into),
            })
        });
    });
}

/// Mounts a sheet to print ([`print`]) in place of the teacher's page, for the page's
/// address `?print=…#a=CODE` (with `&quiz=SLUG` for a quiz of the results server).
#[cfg(target_arch = "wasm32")]
fn mount_print(sheet: print::Sheet, server: Option<String>) {
    wasm_bindgen_futures::spawn_local(async move {
        let quiz = page_quiz(server.as_deref()).await;
        crate::ui::pages::widget::mount_page::<print::Print>(words::PAGE_ROOT, || {
            let (loaded, _) = quiz?;
            platform::name_page(&print::page_title(sheet, &loaded.quiz), "", "en", "ltr");
            Ok(print::PrintProps { quiz: QuizRef(Rc::new(loaded)), sheet, code: platform::param("a").map(Into::into) })
        });
    });
}
