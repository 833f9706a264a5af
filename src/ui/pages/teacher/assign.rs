//! Making an assignment link: the teacher picks questions, order, mode, retries, a title
//! and instructions, and gets the link with a copy button and its QR code.

use std::rc::Rc;

use yew::prelude::*;

use crate::quiz::link::{self, Assignment};
use crate::quiz::{Mode, Points};

use crate::ui::QuizRef;
use crate::ui::i18n::{self, teacher as words};
use crate::ui::pages::teacher::bank::Bank;
use crate::ui::pages::teacher::collect::Collect;
use crate::ui::pages::teacher::lms::Lms;
use crate::ui::pages::teacher::print::Sheet;
use crate::ui::pages::teacher::qr::Qr;
use crate::ui::platform;

/// The form as it stands: which questions are chosen, and the rest of the set-up as the
/// link will carry it.
#[derive(Debug, Clone, PartialEq)]
pub struct AssignmentForm {
    /// Whether each question of the quiz, by index, is chosen.
    pub chosen: Vec<bool>,
    /// Everything else; its `questions` is filled in from `chosen` by [`AssignmentForm::assignment`].
    pub setup: Assignment,
}

impl AssignmentForm {
    pub fn new(questions: usize, seed: u32) -> Self {
        AssignmentForm {
            chosen: vec![true; questions],
            setup: Assignment {
                mode: Mode::Test,
                questions: None,
                shuffle_questions: false,
                shuffle_options: true,
                seed,
                retries: true,
                title: String::new(),
                instructions: String::new(),
            },
        }
    }

    /// The assignment the form describes: the chosen questions, always listed, so that a
    /// question added to the quiz later does not join a link already sent.
    pub fn assignment(&self, quiz: &crate::quiz::Quiz) -> Assignment {
        let questions = quiz.questions.iter().zip(&self.chosen).filter(|(_, c)| **c).map(|(q, _)| q.id.clone());
        Assignment {
            questions: Some(questions.collect()),
            title: self.setup.title.trim().to_owned(),
            instructions: self.setup.instructions.trim().to_owned(),
            ..self.setup.clone()
        }
    }
}

#[derive(Clone)]
pub enum Edit {
    Toggle(usize),
    ChooseAll(bool),
    /// Chooses the questions about this topic (by index), and only them.
    ChooseTopic(Vec<bool>),
    Mode(Mode),
    ShuffleQuestions(bool),
    ShuffleOptions(bool),
    Seed(u32),
    Retries(bool),
    Title(String),
    Instructions(String),
}

impl Reducible for AssignmentForm {
    type Action = Edit;
    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let mut form = (*self).clone();
        match edit {
            Edit::Toggle(i) => {
                if let Some(c) = form.chosen.get_mut(i) {
                    *c = !*c;
                }
            }
            Edit::ChooseAll(all) => form.chosen.iter_mut().for_each(|c| *c = all),
            Edit::ChooseTopic(about) => {
                if about.len() == form.chosen.len() {
                    form.chosen = about;
                }
            }
            Edit::Mode(mode) => form.setup.mode = mode,
            Edit::ShuffleQuestions(on) => form.setup.shuffle_questions = on,
            Edit::ShuffleOptions(on) => form.setup.shuffle_options = on,
            Edit::Seed(seed) => form.setup.seed = seed,
            Edit::Retries(on) => form.setup.retries = on,
            Edit::Title(title) => form.setup.title = title,
            Edit::Instructions(instructions) => form.setup.instructions = instructions,
        }
        Rc::new(form)
    }
}

/// An order number short enough to read out to a class.
pub fn new_seed() -> u32 {
    (platform::random_seed() % 1_000_000) as u32
}

/// The link for an assignment code, to the student widget beside this page, asking for
/// the interface language tagged `lang` (the quiz's own when there is none).
pub fn student_link(widget: &str, code: &str, lang: Option<&str>) -> String {
    let launch = crate::quiz::launch::Launch::assignment(code);
    crate::quiz::launch::Launch { lang: lang.map(str::to_owned), ..launch }.address(widget)
}

#[derive(Properties, PartialEq)]
pub struct AssignProps {
    pub quiz: QuizRef,
    /// The student widget's address, to which the link adds its fragment.
    pub widget: AttrValue,
    pub seed: u32,
    /// Told the link's code and title when the teacher copies it.
    pub on_copied: Callback<(String, String)>,
    /// The results server that serves this page, where a class can collect hand-ins.
    #[prop_or_default]
    pub server: Option<AttrValue>,
    /// The slug of the server's quiz the page is about, when it is not the built-in one
    /// (the sheets to print name it).
    #[prop_or_default]
    pub served_quiz: Option<AttrValue>,
}

fn value(event: InputEvent) -> String {
    event.target_dyn_into::<web_sys::HtmlInputElement>().map(|input| input.value()).unwrap_or_default()
}

fn text_area_value(event: InputEvent) -> String {
    event.target_dyn_into::<web_sys::HtmlTextAreaElement>().map(|area| area.value()).unwrap_or_default()
}

#[function_component]
pub fn Assign(props: &AssignProps) -> Html {
    let quiz = &props.quiz.quiz;
    let form = use_reducer(|| AssignmentForm::new(quiz.questions.len(), props.seed));
    let status = use_state(String::new);
    // The widget's language for the students, by tag; empty for the quiz's own.
    let lang = use_state(String::new);
    let lang_change = {
        let lang = lang.clone();
        Callback::from(move |event: Event| {
            let picked = event.target_dyn_into::<web_sys::HtmlSelectElement>().map(|select| select.value());
            lang.set(picked.filter(|tag| i18n::Lang::from_tag(tag).is_some()).unwrap_or_default());
        })
    };
    let send = |edit: Edit| {
        let form = form.dispatcher();
        Callback::from(move |_: MouseEvent| form.dispatch(edit.clone()))
    };
    let toggle = |make: fn(bool) -> Edit| {
        let form = form.dispatcher();
        Callback::from(move |event: Event| {
            let on = event.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|input| input.checked());
            form.dispatch(make(on));
        })
    };
    let pick = |edit: Edit| {
        let form = form.dispatcher();
        Callback::from(move |_: Event| form.dispatch(edit.clone()))
    };

    let chosen = form.chosen.iter().filter(|c| **c).count();
    let points: Points =
        quiz.questions.iter().zip(&form.chosen).filter(|(_, c)| **c).map(|(q, _)| Points::whole(q.points)).sum();
    let made = if chosen == 0 {
        Err(words::NO_QUESTIONS.to_owned())
    } else {
        link::encode(&form.assignment(quiz), quiz).map_err(|why| why.to_string())
    };

    let by_topic = quiz.topics.iter().enumerate().map(|(t, topic)| {
        let about: Vec<bool> = quiz.questions.iter().map(|q| usize::from(q.topic) == t).collect();
        let n = about.iter().filter(|a| **a).count();
        html! {
            <button type="button" class="aq-button" disabled={n == 0} onclick={send(Edit::ChooseTopic(about))}>
                { words::only_topic(&topic.label, n) }
            </button>
        }
    });
    let content = i18n::Languages::new(i18n::Lang::En, &quiz.meta.language).quiz;
    let questions = quiz.questions.iter().zip(&form.chosen).enumerate().map(|(i, (q, &on))| {
        let id = format!("aq-choose-{i}");
        let meta = format!(
            "{} · {} · {}",
            words::kind(q.kind.name()),
            quiz.topic_label(q),
            i18n::EN.points(Points::whole(q.points))
        );
        html! {
            <li class="aq-pick" key={q.id.clone()}>
                <input type="checkbox" id={id.clone()} checked={on} onchange={pick(Edit::Toggle(i))} />
                <label for={id}>
                    <span class="aq-pick-number">{ words::question_number(i + 1) }</span>{ " " }
                    <span class="aq-pick-prompt" lang={content.lang.clone()} dir={content.dir}>{ &q.prompt }</span>
                    <span class="aq-pick-meta">{ meta }</span>
                </label>
            </li>
        }
    });
    let radio = |name: &'static str, id: &'static str, checked: bool, edit: Edit, label: String| {
        super::radio_row(name, id, checked, pick(edit), label)
    };
    let output = match &made {
        Err(why) => html! { <p class="aq-field-error" role="alert">{ why }</p> },
        Ok(code) => {
            let lang_tag = Some(lang.as_str()).filter(|tag| !tag.is_empty());
            let address = student_link(&props.widget, code, lang_tag);
            let address_for_lms = address.clone();
            // The site's root: the widget's address without a query.
            let site = props.widget.split(['?', '#']).next().unwrap_or_default().to_owned();
            let served_quiz = props.served_quiz.as_deref();
            let copy = {
                let (address, status, on_copied) = (address.clone(), status.clone(), props.on_copied.clone());
                let (code, title) = (code.clone(), form.setup.title.trim().to_owned());
                Callback::from(move |_: MouseEvent| {
                    let status = status.clone();
                    on_copied.emit((code.clone(), title.clone()));
                    platform::copy_text(&address, move |ok| {
                        status.set(if ok { words::COPIED_LINK } else { words::NOT_COPIED_LINK }.to_owned())
                    });
                })
            };
            html! {
                <>
                    <div class="aq-field">
                        <label for="aq-link">{ words::LINK_LABEL }</label>
                        <textarea id="aq-link" class="aq-code" readonly=true rows="3" value={address.clone()}
                            aria-describedby="aq-link-length" />
                        <p class="aq-hint" id="aq-link-length">{ words::link_length(address.chars().count()) }</p>
                    </div>
                    <div class="aq-actions">
                        <button type="button" class="aq-button aq-button--primary" onclick={copy}>{ words::COPY_LINK }</button>
                        <a class="aq-button" href={address.clone()} target="_blank" rel="noopener">{ words::OPEN_LINK }</a>
                        <p class="aq-copy-status" role="status">{ (*status).clone() }</p>
                    </div>
                    <figure class="aq-qr-figure">
                        <Qr text={address} label={words::QR_LABEL} />
                        <figcaption class="aq-hint">{ words::QR_CAPTION }</figcaption>
                    </figure>
                    if let Some(server) = props.server.clone() {
                        <Collect {server} quiz={quiz.slug.clone()} code={code.clone()}
                            title={form.setup.title.trim().to_owned()} widget={props.widget.clone()}
                            lang={lang_tag.map(|tag| AttrValue::from(tag.to_owned()))} />
                    }
                    <Lms quiz={props.quiz.clone()} code={code.clone()} title={form.setup.title.trim().to_owned()}
                        address={address_for_lms} {site} />
                    <Bank quiz={props.quiz.clone()} code={code.clone()} />
                    <h3 class="aq-teacher-subheading">{ words::PRINT_HEADING }</h3>
                    <p class="aq-hint">{ words::PRINT_INTRO }</p>
                    <div class="aq-actions aq-print-links">
                        <a class="aq-button" href={Sheet::Worksheet.address(Some(code), served_quiz)} target="_blank">{ words::PRINT_WORKSHEET }</a>
                        <a class="aq-button" href={Sheet::Key.address(Some(code), served_quiz)} target="_blank">{ words::PRINT_KEY }</a>
                        <a class="aq-button" href={Sheet::Article.address(None, served_quiz)} target="_blank">{ words::PRINT_ARTICLE }</a>
                    </div>
                </>
            }
        }
    };
    let seed_input = {
        let form = form.dispatcher();
        Callback::from(move |event: InputEvent| {
            if let Ok(seed) = value(event).trim().parse::<u32>() {
                form.dispatch(Edit::Seed(seed));
            }
        })
    };
    let title_input = {
        let form = form.dispatcher();
        Callback::from(move |event: InputEvent| form.dispatch(Edit::Title(value(event))))
    };
    let instructions_input = {
        let form = form.dispatcher();
        Callback::from(move |event: InputEvent| form.dispatch(Edit::Instructions(text_area_value(event))))
    };
    let another_order = {
        let form = form.dispatcher();
        Callback::from(move |_: MouseEvent| form.dispatch(Edit::Seed(new_seed())))
    };

    html! {
        <section class="aq-card aq-teacher-section" aria-labelledby="aq-make-heading">
            <h2 id="aq-make-heading" class="aq-teacher-heading">{ words::MAKE_HEADING }</h2>
            <fieldset class="aq-fieldset">
                <legend class="aq-legend">{ words::QUESTIONS }</legend>
                <p class="aq-hint" id="aq-chosen" aria-live="polite">{ words::chosen(chosen, quiz.questions.len(), points) }</p>
                <div class="aq-actions">
                    <button type="button" class="aq-button" onclick={send(Edit::ChooseAll(true))}>{ words::CHOOSE_ALL }</button>
                    <button type="button" class="aq-button" onclick={send(Edit::ChooseAll(false))}>{ words::CHOOSE_NONE }</button>
                </div>
                if quiz.topics.len() > 1 {
                    <div class="aq-actions" role="group" aria-label={words::BY_TOPIC}>
                        <span>{ words::BY_TOPIC }</span>
                        { for by_topic }
                    </div>
                }
                <ul class="aq-picks">{ for questions }</ul>
            </fieldset>
            <fieldset class="aq-fieldset">
                <legend class="aq-legend">{ words::ORDER }</legend>
                { radio("aq-order", "aq-order-fixed", !form.setup.shuffle_questions, Edit::ShuffleQuestions(false), words::IN_QUIZ_ORDER.to_owned()) }
                { radio("aq-order", "aq-order-shuffled", form.setup.shuffle_questions, Edit::ShuffleQuestions(true), words::SHUFFLED.to_owned()) }
                if form.setup.shuffle_questions || form.setup.shuffle_options {
                    <div class="aq-field aq-seed">
                        <label for="aq-seed">{ words::ORDER_NUMBER }</label>
                        <div class="aq-number-row">
                            <input type="text" inputmode="numeric" id="aq-seed" class="aq-text-input aq-seed-input"
                                value={form.setup.seed.to_string()} oninput={seed_input} aria-describedby="aq-seed-hint" />
                            <button type="button" class="aq-button" onclick={another_order}>{ words::ANOTHER_ORDER }</button>
                        </div>
                        <p class="aq-hint" id="aq-seed-hint">{ words::ORDER_NUMBER_HINT }</p>
                    </div>
                }
                <div class="aq-check-row">
                    <input type="checkbox" id="aq-shuffle-options" checked={form.setup.shuffle_options}
                        onchange={toggle(Edit::ShuffleOptions)} />
                    <label for="aq-shuffle-options">{ words::SHUFFLE_OPTIONS }</label>
                </div>
            </fieldset>
            <fieldset class="aq-fieldset">
                <legend class="aq-legend">{ words::FEEDBACK }</legend>
                { radio("aq-teacher-mode", "aq-teacher-practice", form.setup.mode == Mode::Practice, Edit::Mode(Mode::Practice),
                    format!("{} — {}", i18n::EN.practice, i18n::EN.practice_hint)) }
                { radio("aq-teacher-mode", "aq-teacher-test", form.setup.mode == Mode::Test, Edit::Mode(Mode::Test),
                    format!("{} — {}", i18n::EN.test, i18n::EN.test_hint)) }
                <div class="aq-check-row">
                    <input type="checkbox" id="aq-retries" checked={form.setup.retries} onchange={toggle(Edit::Retries)} />
                    <label for="aq-retries">{ words::RETRIES }</label>
                </div>
            </fieldset>
            <div class="aq-field">
                <label for="aq-title">{ words::TITLE }</label>
                <input type="text" id="aq-title" class="aq-text-input" maxlength={link::MAX_TITLE.to_string()}
                    value={form.setup.title.clone()} oninput={title_input} />
            </div>
            <div class="aq-field">
                <label for="aq-instructions">{ words::INSTRUCTIONS }</label>
                <textarea id="aq-instructions" class="aq-text-input" rows="3"
                    maxlength={link::MAX_INSTRUCTIONS.to_string()} value={form.setup.instructions.clone()}
                    oninput={instructions_input} />
            </div>
            <div class="aq-field">
                <label for="aq-link-lang">{ i18n::embed_code::LANGUAGE }</label>
                <select id="aq-link-lang" class="aq-text-input" onchange={lang_change}>
                    <option value="" selected={lang.is_empty()}>{ i18n::embed_code::LANGUAGE_QUIZ }</option>
                    { for i18n::Lang::ALL.iter().map(|each| html! {
                        <option value={each.tag()} lang={each.tag()} selected={*lang == each.tag()}>
                            { i18n::embed_code::language(*each) }
                        </option>
                    }) }
                </select>
            </div>
            <h3 class="aq-teacher-subheading">{ words::YOUR_LINK }</h3>
            { output }
        </section>
    }
}
