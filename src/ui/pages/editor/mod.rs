//! The editor (editor.html, built into `dist/editor/` with a wasm of its own): a person
//! goes from an article to a published quiz without a terminal. The quiz being written
//! is a [`Draft`](crate::quiz::draft::Draft); every change is a core [`Edit`], the
//! validator and the lint run once per edit (`publish`), and the files and the bundle
//! can be downloaded only when the validator finds nothing. Excerpts are chosen by
//! selecting text in a read-only copy of the article, so they are the article's own
//! characters.
//!
//! In parts: `state` (the reducer, and what opened files become), `fields` (text
//! and number fields), `question` (a question’s form, the topics), `publish` (the
//! checks, the downloads and the snippet), `preview` (the draft as the widget shows it);
//! this file holds the page.

mod fields;
mod preview;
mod publish;
mod question;
mod state;

use std::rc::Rc;

use yew::prelude::*;

use crate::quiz::KindName;
use crate::quiz::draft::{self, Edit};

use crate::ui::i18n::{editor as words, teacher};
use crate::ui::platform;

use fields::{field, input_value, select_value};
use preview::Preview;
use publish::{Checks, Version};
use question::{question_form, topics_form};
use state::{Action, Open, initial, open};

/// Where the draft is kept in this browser.
pub const DRAFT_KEY: &str = "article-quiz:editor:draft";
/// Where a draft that could not be read is put aside, so that nothing is lost.
pub const DAMAGED_KEY: &str = "article-quiz:editor:damaged-draft";
/// The read-only copy of the article that excerpts are selected in.
const SOURCE_ID: &str = "aq-ed-source";
/// The largest file the editor opens.
const MAX_FILE: usize = 4 << 20;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The draft kept in this browser, as [`draft::encode`] wrote it.
    #[prop_or_default]
    pub stored: Option<AttrValue>,
    /// The student widget's address (for the embed snippet).
    pub widget: AttrValue,
}

#[function_component]
pub fn Editor(props: &EditorProps) -> Html {
    let state = use_reducer({
        let stored = props.stored.clone();
        move || initial(stored.as_deref())
    });
    let add_kind = use_state(|| KindName::Single);
    let served_at = use_state(String::new);
    let draft = state.draft.clone();
    use_effect_with((), |_| {
        let refused = platform::refuse_edits(SOURCE_ID);
        // Unmounted: the listener goes with the page.
        move || {
            let _ended = refused;
        }
    });
    // Kept as the person works; a refusal loses nothing on this page.
    use_effect_with(draft.clone(), |draft| {
        let _ = platform::store(DRAFT_KEY, &draft::encode(draft));
    });

    let quiz = &draft.quiz;
    let edit = {
        let state = state.dispatcher();
        Callback::from(move |e: Edit| state.dispatch(Action::Edit(e)))
    };
    let notice = {
        let state = state.dispatcher();
        Callback::from(move |n: Option<String>| state.dispatch(Action::Notice(n)))
    };
    let meta_field = |name: &str, label: &str, value: &str, make: fn(String) -> Edit| {
        field(format!("aq-ed-{name}"), label, value, false, edit.reform(make))
    };

    let checks = use_memo(Version(draft.clone()), |version| Checks::of(&version.0.quiz));
    let Checks { problems, warnings, .. } = &*checks;
    let of_question = |n: usize| -> Vec<String> {
        problems.iter().filter(|p| p.index == Some(n)).map(|p| format!("{}.", p.issue)).collect()
    };
    let count = quiz.questions.len();
    let questions =
        quiz.questions.iter().enumerate().map(|(n, q)| question_form(n, quiz, q, of_question(n), &edit, &notice));
    let topics = topics_form(&draft, &edit);

    let body_choice = {
        let edit = edit.clone();
        Callback::from(move |event: Event| {
            if let Ok(n) = select_value(&event).parse::<usize>() {
                edit.emit(Edit::BodyParagraphs(n));
            }
        })
    };
    let paragraphs = quiz.article.paragraphs.len();
    let source_text = quiz.article.body().join("\n\n");
    let kind_choice = {
        let add_kind = add_kind.clone();
        Callback::from(move |event: Event| {
            let key = select_value(&event);
            if let Some(kind) = KindName::ALL.into_iter().find(|k| k.key() == key) {
                add_kind.set(kind);
            }
        })
    };
    let add = {
        let (edit, kind) = (edit.clone(), *add_kind);
        Callback::from(move |_: MouseEvent| edit.emit(Edit::Add(kind)))
    };

    let publish = publish::section(&checks, quiz, &served_at, &props.widget);

    let on_files = {
        let (state, slug) = (state.dispatcher(), quiz.slug.clone());
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let (state, slug) = (state.clone(), slug.clone());
            platform::read_files(&input, MAX_FILE, move |opened| match open(opened, &slug) {
                Ok((open, what)) => state.dispatch(Action::Opened(open, what)),
                Err(why) => state.dispatch(Action::NotOpened(why)),
            });
            // The same files chosen again are read again.
            input.set_value("");
        })
    };
    let confirm_open = |yes: bool| {
        let state = state.dispatcher();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ConfirmOpen(yes)))
    };
    let ask_reset = |ask: bool| {
        let state = state.dispatcher();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::AskReset(ask)))
    };
    let reset = {
        let state = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Replace(Rc::default(), words::START_OVER.to_owned()))
        })
    };

    html! {
        <div class="aq aq-teacher aq-editor">
            <header class="aq-header">
                <p class="aq-kicker">{ words::KICKER }</p>
                <h1 class="aq-title">{ words::HEADING }</h1>
                <p class="aq-lead">{ words::INTRO }</p>
            </header>
            if let Some(text) = &state.notice {
                <div class="aq-notice" role="status">
                    <p>{ text }</p>
                    <button type="button" class="aq-button aq-button--quiet"
                        onclick={notice.reform(|_: MouseEvent| None)}>{ words::DISMISS }</button>
                </div>
            }
            <section class="aq-card aq-teacher-section" aria-labelledby="aq-ed-article-heading">
                <h2 id="aq-ed-article-heading" class="aq-teacher-heading">{ words::ARTICLE_HEADING }</h2>
                <div class="aq-field">
                    <label for="aq-ed-article">{ words::ARTICLE_LABEL }</label>
                    <textarea id="aq-ed-article" class="aq-text-input" rows="8" aria-describedby="aq-ed-article-hint"
                        value={draft.article_text.clone()} oninput={edit.reform(|e: InputEvent| Edit::Article(input_value(&e)))} />
                    <p class="aq-hint" id="aq-ed-article-hint">{ format!("{} {}", words::ARTICLE_HINT, words::paragraphs(paragraphs)) }</p>
                </div>
                <div class="aq-field">
                    <label for="aq-ed-body">{ words::BODY_LABEL }</label>
                    <select id="aq-ed-body" class="aq-text-input" onchange={body_choice} aria-describedby="aq-ed-body-hint">
                        { for (0..=paragraphs).map(|n| html! {
                            <option value={n.to_string()} selected={n == quiz.article.body_paragraphs}>{ n.to_string() }</option>
                        }) }
                    </select>
                    <p class="aq-hint" id="aq-ed-body-hint">{ words::BODY_HINT }</p>
                </div>
                <div class="aq-editor-row">
                    { meta_field("slug", words::SLUG, &quiz.slug, Edit::Slug) }
                    { meta_field("language", words::LANGUAGE, &quiz.meta.language, Edit::Language) }
                </div>
                { meta_field("title", words::TITLE, &quiz.meta.title, Edit::Title) }
                { meta_field("article-title", words::ARTICLE_TITLE, &quiz.meta.article_title, Edit::ArticleTitle) }
                <div class="aq-editor-row">
                    { meta_field("publication", words::PUBLICATION, &quiz.meta.publication, Edit::Publication) }
                    { meta_field("authors", words::AUTHORS, &quiz.meta.authors.join(", "), Edit::Authors) }
                </div>
                { meta_field("address", words::ADDRESS, &quiz.meta.canonical_url, Edit::CanonicalUrl) }
                { topics }
            </section>
            <div class="aq-editor-columns">
                <section class="aq-editor-source" aria-labelledby="aq-ed-source-heading">
                    <h2 id="aq-ed-source-heading" class="aq-teacher-heading">{ words::SOURCE_HEADING }</h2>
                    <label for={SOURCE_ID} class="aq-hint">{ words::SOURCE_LABEL }</label>
                    // Not `readonly`, which moves no caret in Chromium: every change is refused
                    // instead (`platform::refuse_edits`), so the text stays the article's.
                    <textarea id={SOURCE_ID} class="aq-text-input aq-editor-source-text" aria-readonly="true" rows="24"
                        value={source_text} />
                </section>
                <section class="aq-teacher-section aq-editor-questions" aria-labelledby="aq-ed-questions-heading">
                    <h2 id="aq-ed-questions-heading" class="aq-teacher-heading">{ words::QUESTIONS_HEADING }</h2>
                    <p class="aq-hint" aria-live="polite">{ words::summary(count, problems.len()) }</p>
                    if count == 0 {
                        <p>{ words::NO_QUESTIONS }</p>
                    }
                    { for questions }
                    <div class="aq-actions">
                        <label for="aq-ed-kind">{ words::ADD_KIND }</label>
                        <select id="aq-ed-kind" class="aq-text-input" onchange={kind_choice}>
                            { for KindName::ALL.into_iter().map(|k| html! {
                                <option value={k.key()} selected={k == *add_kind}>{ teacher::kind(k) }</option>
                            }) }
                        </select>
                        <button type="button" class="aq-button aq-button--primary" onclick={add}>{ words::ADD_QUESTION }</button>
                    </div>
                </section>
            </div>
            <section class="aq-card aq-teacher-section" aria-labelledby="aq-ed-publish-heading">
                <h2 id="aq-ed-publish-heading" class="aq-teacher-heading">{ words::PUBLISH_HEADING }</h2>
                { publish }
                if !warnings.is_empty() {
                    <h3 class="aq-teacher-subheading">{ words::WARNINGS }</h3>
                    <ul>{ for warnings.iter().map(|w| html! { <li>{ words::warning(w) }</li> }) }</ul>
                }
            </section>
            <Preview draft={Version(draft.clone())} />
            <section class="aq-card aq-teacher-section" aria-labelledby="aq-ed-open-heading">
                <h2 id="aq-ed-open-heading" class="aq-teacher-heading">{ words::OPEN_HEADING }</h2>
                <div class="aq-field">
                    <label for="aq-ed-open">{ words::OPEN_LABEL }</label>
                    <input type="file" id="aq-ed-open" multiple=true accept=".aqz,.toml,.txt" onchange={on_files} />
                </div>
                if let [why] = state.not_opened.as_slice() {
                    <div class="aq-notice" role="alert"><p>{ words::not_opened(why) }</p></div>
                } else if !state.not_opened.is_empty() {
                    <div class="aq-notice" role="alert">
                        <p>{ words::NOT_OPENED_FOR }</p>
                        <ul>{ for state.not_opened.iter().map(|why| html! { <li>{ why }</li> }) }</ul>
                    </div>
                }
                if let Some((open, what)) = &state.pending {
                    <div class="aq-notice" role="alert">
                        <p>{ match open {
                            Open::Quiz(..) => words::replace_ask(what, state.draft.quiz.questions.len()),
                            Open::Article(_) => words::article_ask(what),
                        } }</p>
                        <button type="button" class="aq-button aq-button--primary" onclick={confirm_open(true)}>
                            { words::YES_OPEN }
                        </button>
                        <button type="button" class="aq-button" onclick={confirm_open(false)}>{ words::KEEP_DRAFT }</button>
                    </div>
                }
                if state.confirm_reset {
                    <div class="aq-notice" role="alert">
                        <p>{ words::START_OVER_ASK }</p>
                        <button type="button" class="aq-button aq-button--primary" onclick={reset}>{ words::YES_START_OVER }</button>
                        <button type="button" class="aq-button" onclick={ask_reset(false)}>{ words::CANCEL }</button>
                    </div>
                } else {
                    <button type="button" class="aq-button" onclick={ask_reset(true)}>{ words::START_OVER }</button>
                }
            </section>
        </div>
    }
}

/// Mounts the editor into the element with id [`words::PAGE_ROOT`], with the draft kept
/// in this browser. Used by the editor binary's `main`.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    crate::ui::pages::widget::mount_page::<Editor>(words::PAGE_ROOT, || {
        Ok(EditorProps {
            stored: platform::load(DRAFT_KEY).map(Into::into),
            widget: platform::address_of("../").into(),
        })
    });
}
