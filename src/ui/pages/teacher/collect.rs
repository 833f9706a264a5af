//! Collecting hand-ins on a results server, when the teacher's page comes from one (it
//! names itself in the page): [`Collect`] makes a class for the assignment link and gives
//! a student link and a teacher link, whose secret sits in the fragment (never sent in a
//! `Referer`, never in a server's log); [`LiveClass`], on a teacher link, shows the
//! class's hand-ins as they arrive (it asks again every [`POLL_MS`], so that any server
//! instance can answer), with a way to delete one or the whole class. The hand-ins' codes
//! go to the class view, which reads them beside pasted ones.

use std::rc::Rc;

use yew::prelude::*;

use crate::quiz::api::{DEFAULT_DAYS, HandIns, MAX_DAYS, NewClass};
use crate::quiz::launch::Launch;
use crate::ui::i18n::teacher as words;
use crate::ui::platform::{self, ServerError};

/// How often a teacher link asks the server for new hand-ins.
pub const POLL_MS: u32 = 5_000;

/// Where this browser keeps the teacher links its teacher asked it to keep: one
/// `class<TAB>secret<TAB>title` a line.
pub const CLASSES_KEY: &str = "article-quiz:teacher:classes";

/// A class on the server, as its teacher link names it. Its `Debug` shows neither.
#[derive(Clone, PartialEq, Eq)]
pub struct TeacherLink {
    pub class: String,
    pub secret: String,
}

impl std::fmt::Debug for TeacherLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TeacherLink([class and secret])")
    }
}

impl TeacherLink {
    /// The teacher link of this page's address, if it is one (`#class=…&secret=…`).
    pub fn of_page() -> Option<TeacherLink> {
        TeacherLink::new(platform::fragment_param("class")?, platform::fragment_param("secret")?)
    }

    /// A link of the server's id and secret, which are URL-safe base64: anything else is
    /// not one.
    pub fn new(class: String, secret: String) -> Option<TeacherLink> {
        let url_safe = |text: &str| !text.is_empty() && text.len() <= 128 && crate::quiz::api::is_url_safe(text);
        (url_safe(&class) && url_safe(&secret)).then_some(TeacherLink { class, secret })
    }

    /// The teacher's page at `page` opening this class.
    pub fn address(&self, page: &str) -> String {
        format!("{page}#class={}&secret={}", self.class, self.secret)
    }
}

/// The kept classes: (link, title); lines that do not parse are skipped.
pub fn kept_classes() -> Vec<(TeacherLink, String)> {
    platform::load(CLASSES_KEY)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| {
            let mut parts = line.splitn(3, '\t');
            let (class, secret, title) = (parts.next()?, parts.next()?, parts.next().unwrap_or(""));
            Some((TeacherLink::new(class.to_owned(), secret.to_owned())?, title.to_owned()))
        })
        .collect()
}

/// Keeps or forgets a class's teacher link in this browser; whether the browser kept it.
fn keep_class(link: &TeacherLink, title: &str, keep: bool) -> bool {
    let mut kept = kept_classes();
    kept.retain(|(known, _)| known.class != link.class);
    if keep {
        kept.push((link.clone(), title.replace(['\t', '\n', '\r'], " ")));
    }
    let text: String = kept.iter().map(|(l, title)| format!("{}\t{}\t{title}\n", l.class, l.secret)).collect();
    platform::store(CLASSES_KEY, &text)
}

fn error_words(error: &ServerError) -> String {
    match error {
        ServerError::Unreachable => words::UNREACHABLE.to_owned(),
        ServerError::Gone => words::CLASS_GONE.to_owned(),
        ServerError::WrongSecret => words::NOT_TEACHER.to_owned(),
        ServerError::Refused(why) => words::refused(why),
    }
}

#[derive(Properties, PartialEq)]
pub struct CollectProps {
    /// The results server's base address.
    pub server: AttrValue,
    pub quiz: AttrValue,
    /// The assignment link's code and title.
    pub code: AttrValue,
    pub title: AttrValue,
    /// The student widget's address.
    pub widget: AttrValue,
    /// The interface language the link asks for, by tag; the quiz's own when none.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
}

#[derive(Clone, PartialEq)]
enum Making {
    Idle,
    Busy,
    Made { student: String, teacher: TeacherLink, days: u32 },
    Failed(String),
}

/// "Collect hand-ins on this server", under a finished assignment link.
#[function_component]
pub fn Collect(props: &CollectProps) -> Html {
    let making = use_state(|| Making::Idle);
    let kept_version = use_state(|| 0u32);
    let days = use_state(|| DEFAULT_DAYS);
    let status = use_state(String::new);
    let make = {
        let (making, days) = (making.clone(), days.clone());
        let (server, quiz, code, title, widget) =
            (props.server.clone(), props.quiz.clone(), props.code.clone(), props.title.clone(), props.widget.clone());
        let asked = props.lang.clone();
        Callback::from(move |_: MouseEvent| {
            let (making, days) = (making.clone(), *days);
            let new = NewClass {
                quiz: quiz.to_string(),
                assignment: code.to_string(),
                title: title.to_string(),
                days: Some(days),
            };
            let (server, code, widget) = (server.clone(), code.clone(), widget.clone());
            let lang = asked.as_ref().map(|tag| tag.to_string());
            making.set(Making::Busy);
            spawn(async move {
                match platform::create_class(&server, &new).await {
                    Ok(created) => match TeacherLink::new(created.class, created.secret) {
                        Some(teacher) => {
                            let launch =
                                Launch { class: Some(teacher.class.clone()), lang, ..Launch::assignment(&code) };
                            making.set(Making::Made { student: launch.address(&widget), teacher, days });
                        }
                        None => making.set(Making::Failed(words::refused("its class id cannot be put in a link"))),
                    },
                    Err(error) => making.set(Making::Failed(error_words(&error))),
                }
            });
        })
    };
    let on_days = {
        let days = days.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_dyn_into::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            if let Ok(n) = value.trim().parse::<u32>() {
                days.set(n.clamp(1, MAX_DAYS));
            }
        })
    };
    let copy = |text: String, done: &'static str| {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            platform::copy_text(&text, move |ok| status.set(if ok { done } else { words::NOT_COPIED_LINK }.to_owned()));
        })
    };
    // A class stays on show until the teacher asks for another (its links are the only
    // copy of its secret); the form may change meanwhile: the class keeps its link.
    let another = {
        let (making, status) = (making.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            making.set(Making::Idle);
            status.set(String::new());
        })
    };
    let made = match &*making {
        Making::Made { student, teacher, days } => {
            let teacher_address = teacher.address(&platform::address_of(""));
            let keep = {
                let (teacher, title, status, version) =
                    (teacher.clone(), props.title.to_string(), status.clone(), kept_version.clone());
                Callback::from(move |event: Event| {
                    let on = event.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked());
                    let kept = keep_class(&teacher, &title, on);
                    status.set(if kept { String::new() } else { words::NOT_KEPT.to_owned() });
                    version.set(*version + 1);
                })
            };
            html! {
                <>
                    <p role="status">{ words::made_class(*days) }</p>
                    <div class="aq-field">
                        <label for="aq-student-link">{ words::STUDENT_LINK }</label>
                        <textarea id="aq-student-link" class="aq-code" readonly=true rows="3" value={student.clone()} />
                    </div>
                    <div class="aq-actions">
                        <button type="button" class="aq-button aq-button--primary"
                            onclick={copy(student.clone(), words::COPIED_LINK)}>{ words::COPY_STUDENT_LINK }</button>
                    </div>
                    <div class="aq-field">
                        <label for="aq-teacher-link">{ words::TEACHER_LINK }</label>
                        <textarea id="aq-teacher-link" class="aq-code" readonly=true rows="3" value={teacher_address.clone()}
                            aria-describedby="aq-teacher-link-hint" />
                        <p class="aq-hint" id="aq-teacher-link-hint">{ words::TEACHER_LINK_HINT }</p>
                    </div>
                    <div class="aq-check-row">
                        <input type="checkbox" id="aq-keep-class" onchange={keep} />
                        <label for="aq-keep-class">{ words::KEEP_TEACHER_LINK }</label>
                    </div>
                    <div class="aq-actions">
                        <button type="button" class="aq-button"
                            onclick={copy(teacher_address.clone(), words::COPIED_LINK)}>{ words::COPY_TEACHER_LINK }</button>
                        <a class="aq-button" href={teacher_address} target="_blank" rel="noopener">{ words::OPEN_CLASS }</a>
                        <button type="button" class="aq-button" onclick={another}>{ words::ANOTHER_CLASS }</button>
                        <p class="aq-copy-status" role="status">{ (*status).clone() }</p>
                    </div>
                </>
            }
        }
        Making::Failed(why) => html! { <p class="aq-field-error" role="alert">{ why }</p> },
        Making::Busy => html! { <p role="status">{ words::MAKING_CLASS }</p> },
        Making::Idle => html! {},
    };
    let idle = !matches!(*making, Making::Made { .. } | Making::Busy);
    html! {
        <div class="aq-collect">
            <h3 class="aq-teacher-subheading">{ words::COLLECT_HEADING }</h3>
            <p class="aq-hint">{ words::COLLECT_INTRO }</p>
            if idle {
                <div class="aq-field">
                    <label for="aq-class-days">{ words::CLASS_DAYS }</label>
                    <input type="number" id="aq-class-days" class="aq-text-input" min="1" max={MAX_DAYS.to_string()}
                        value={days.to_string()} oninput={on_days} />
                </div>
                <div class="aq-actions">
                    <button type="button" class="aq-button aq-button--primary" onclick={make}>{ words::MAKE_CLASS }</button>
                </div>
            }
            { made }
            <KeptClasses version={*kept_version} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct LiveClassProps {
    pub server: AttrValue,
    pub link: TeacherLink,
    /// Told the class as it stands, each time it is read.
    pub on_class: Callback<Option<Rc<HandIns>>>,
}

/// The class's reads: how many were asked for, the newest shown, and whether to stop.
struct Reads {
    asked: u32,
    shown: u32,
    stopped: bool,
}

#[derive(Clone, PartialEq)]
enum Live {
    Loading,
    Read(Rc<HandIns>),
    /// The server could not be read this time; what it last said stays.
    Failed(ServerError),
    Deleted,
}

/// A teacher link's class: its hand-ins as they arrive, each deletable, and the class.
#[function_component]
pub fn LiveClass(props: &LiveClassProps) -> Html {
    let live = use_state(|| Live::Loading);
    let last = use_mut_ref(|| None::<Rc<HandIns>>);
    // The reads under way are numbered: an answer older than one shown is dropped. Once
    // the class is gone (deleted here or elsewhere, or the secret refused), reading stops.
    let reads = use_mut_ref(|| Reads { asked: 0, shown: 0, stopped: false });
    let confirming = use_state(|| false);
    let refresh = use_state(|| 0u32);
    {
        let (live, last, on_class, reads) = (live.clone(), last.clone(), props.on_class.clone(), reads.clone());
        let (server, link) = (props.server.to_string(), props.link.clone());
        use_effect_with(*refresh, move |_| {
            let read = move || {
                if reads.borrow().stopped {
                    return;
                }
                let mine = {
                    let mut reads = reads.borrow_mut();
                    reads.asked += 1;
                    reads.asked
                };
                let (live, last, on_class, server, link, reads) =
                    (live.clone(), last.clone(), on_class.clone(), server.clone(), link.clone(), reads.clone());
                spawn(async move {
                    let answer = platform::hand_ins(&server, &link.class, &link.secret).await;
                    {
                        let mut reads = reads.borrow_mut();
                        if reads.stopped || mine < reads.shown {
                            return;
                        }
                        reads.shown = mine;
                        reads.stopped = matches!(answer, Err(ServerError::Gone | ServerError::WrongSecret));
                    }
                    match answer {
                        Ok(class) => {
                            let class = Rc::new(class);
                            if last.borrow().as_ref() != Some(&class) {
                                last.replace(Some(class.clone()));
                                on_class.emit(Some(class.clone()));
                            }
                            live.set(Live::Read(class));
                        }
                        Err(error) => {
                            if matches!(error, ServerError::Gone | ServerError::WrongSecret) {
                                last.replace(None);
                                on_class.emit(None);
                            }
                            live.set(Live::Failed(error));
                        }
                    }
                });
            };
            read();
            let poll = platform::every(POLL_MS, read);
            move || drop(poll)
        });
    }
    let delete_hand_in = |id: i64| {
        let (server, link, refresh, live) =
            (props.server.to_string(), props.link.clone(), refresh.clone(), live.clone());
        Callback::from(move |_: MouseEvent| {
            let (server, link, refresh, live) = (server.clone(), link.clone(), refresh.clone(), live.clone());
            spawn(async move {
                match platform::delete_hand_in(&server, &link.class, &link.secret, id).await {
                    Ok(()) | Err(ServerError::Gone) => refresh.set(*refresh + 1),
                    Err(error) => live.set(Live::Failed(error)),
                }
            });
        })
    };
    let delete_class = {
        let (server, link, live, on_class, reads) =
            (props.server.to_string(), props.link.clone(), live.clone(), props.on_class.clone(), reads.clone());
        Callback::from(move |_: MouseEvent| {
            let (server, link, live, on_class, reads) =
                (server.clone(), link.clone(), live.clone(), on_class.clone(), reads.clone());
            spawn(async move {
                match platform::delete_class(&server, &link.class, &link.secret).await {
                    Ok(()) | Err(ServerError::Gone) => {
                        reads.borrow_mut().stopped = true;
                        keep_class(&link, "", false);
                        on_class.emit(None);
                        live.set(Live::Deleted);
                    }
                    Err(error) => live.set(Live::Failed(error)),
                }
            });
        })
    };
    let ask = |on: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(on))
    };
    let shown = last.borrow().clone();
    let (message, alert) = match &*live {
        Live::Loading => (String::new(), false),
        Live::Read(class) => (words::class_live(&class.title, class.hand_ins.len()), false),
        Live::Failed(error) => (error_words(error), true),
        Live::Deleted => (words::CLASS_DELETED.to_owned(), false),
    };
    let rows = shown.iter().flat_map(|class| class.hand_ins.iter()).map(|hand_in| {
        html! {
            <li key={hand_in.id.to_string()}>
                { words::hand_in_line(&hand_in.name, &platform::local_time(hand_in.received_at)) }{ " " }
                <button type="button" class="aq-button" onclick={delete_hand_in(hand_in.id)}
                    aria-label={words::delete_hand_in_of(&hand_in.name)}>{ words::DELETE_HAND_IN }</button>
            </li>
        }
    });
    html! {
        <section class="aq-card aq-teacher-section" aria-labelledby="aq-live-heading">
            <h2 id="aq-live-heading" class="aq-teacher-heading">{ words::LIVE_HEADING }</h2>
            <p class={classes!("aq-live-status", alert.then_some("aq-field-error"))} role="status">{ message }</p>
            if shown.is_some() {
                <ul class="aq-hand-ins">{ for rows }</ul>
                <div class="aq-actions">
                    if *confirming {
                        <button type="button" class="aq-button aq-button--danger" onclick={delete_class}>{ words::CONFIRM_DELETE_CLASS }</button>
                        <button type="button" class="aq-button" onclick={ask(false)}>{ words::CANCEL }</button>
                    } else {
                        <button type="button" class="aq-button" onclick={ask(true)}>{ words::DELETE_CLASS }</button>
                    }
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct KeptClassesProps {
    /// Changes when a class is kept or forgotten elsewhere on the page: read them again.
    pub version: u32,
}

/// The classes this browser keeps, each opening its teacher link.
#[function_component]
pub fn KeptClasses(_props: &KeptClassesProps) -> Html {
    let forgotten = use_state(|| 0u32);
    let kept = kept_classes();
    if kept.is_empty() {
        return html! {};
    }
    let page = platform::address_of("");
    let forget = |link: TeacherLink| {
        let forgotten = forgotten.clone();
        Callback::from(move |_: MouseEvent| {
            keep_class(&link, "", false);
            forgotten.set(*forgotten + 1);
        })
    };
    let items = kept.iter().map(|(link, title)| {
        html! {
            <li key={link.class.clone()}>
                <a href={link.address(&page)}>{ if title.is_empty() { link.class.as_str() } else { title.as_str() } }</a>{ " " }
                <button type="button" class="aq-button" onclick={forget(link.clone())}>{ words::FORGET_CLASS }</button>
            </li>
        }
    });
    html! {
        <div class="aq-kept-classes">
            <h3 class="aq-teacher-subheading">{ words::KEPT_CLASSES }</h3>
            <ul>{ for items }</ul>
        </div>
    }
}

/// Runs `future` on the page's event loop.
fn spawn(future: impl std::future::Future<Output = ()> + 'static) {
    yew::platform::spawn_local(future);
}
