//! The widget's compact header: what the quiz is about, the mode, and progress.

use yew::prelude::*;

use crate::ui::i18n::ContentLang;

use crate::quiz::Mode;
use crate::quiz::link::Assignment;
use crate::quiz::model::Meta;

use crate::ui::QuizRef;
use crate::ui::components::ids;
use crate::ui::i18n::Text;

pub struct HeaderProps {
    pub quiz: QuizRef,
    pub mode: Mode,
    /// The mode can change only before the first answer.
    pub mode_locked: bool,
    /// The teacher's set-up, when the student came by an assignment link.
    pub assignment: Option<Assignment>,
    pub show_start_over: bool,
    /// How many questions this student is asked (an assignment may ask fewer).
    pub question_count: usize,
    /// Answered questions of the round, and the round's length.
    pub answered: usize,
    pub round_len: usize,
    pub on_mode: Callback<Mode>,
    pub on_start_over: Callback<()>,
}

// By reference, unlike the other parts: measured, the ten-field struct passed by value
// made the wasm 106 B larger gzipped (and the others by reference, 240 B larger).
pub fn header(props: &HeaderProps, t: &'static Text, quiz_lang: ContentLang) -> Html {
    let quiz = &props.quiz.quiz;
    let meta = &quiz.meta;
    let mode_option = |mode: Mode, label: &'static str, hint: &'static str| {
        let id = format!("aq-mode-{}", if mode == Mode::Practice { "practice" } else { "test" });
        let onchange = props.on_mode.reform(move |_: Event| mode);
        html! {
            <span class="aq-mode-option">
                <input type="radio" name={ids::MODE} id={id.clone()} checked={props.mode == mode}
                    disabled={props.mode_locked} {onchange} />
                <label for={id}>
                    <span class="aq-mode-name">{ label }</span>
                    <span class="aq-mode-hint">{ hint }</span>
                </label>
            </span>
        }
    };
    html! {
        <header class="aq-header">
            <p class="aq-kicker">{ format!("{} · {}", t.quiz, t.question_count(props.question_count)) }</p>
            <h2 class="aq-title" id={ids::TITLE} lang={quiz_lang.lang.clone()} dir={quiz_lang.dir}>{ meta.title.clone() }</h2>
            if let Some(assignment) = props.assignment.as_ref().filter(|a| !a.title.is_empty()) {
                <p class="aq-assignment-title">{ assignment.title.clone() }</p>
            }
            { source_line(t, meta, quiz_lang.clone()) }
            if let Some(assignment) = props.assignment.as_ref().filter(|a| !a.instructions.is_empty()) {
                <p class="aq-instructions">{ assignment.instructions.clone() }</p>
            }
            <div class="aq-toolbar">
                if props.assignment.is_some() {
                    <p class="aq-mode-fixed">{ t.set_by_teacher(props.mode) }</p>
                } else {
                    <fieldset class="aq-mode" aria-describedby={props.mode_locked.then_some("aq-mode-locked")}>
                        <legend class="aq-visually-hidden">{ t.mode_legend }</legend>
                        { mode_option(Mode::Practice, t.practice, t.practice_hint) }
                        { mode_option(Mode::Test, t.test, t.test_hint) }
                    </fieldset>
                }
                if props.show_start_over {
                    <button type="button" class="aq-button aq-button--quiet aq-start-over"
                        onclick={props.on_start_over.reform(|_: MouseEvent| ())}>{ t.start_over }</button>
                }
            </div>
            if props.mode_locked && props.assignment.is_none() {
                <p class="aq-visually-hidden" id="aq-mode-locked">{ t.mode_locked }</p>
            }
            <div class="aq-progress">
                <progress max={props.round_len.to_string()} value={props.answered.to_string()}
                    aria-label={t.progress} />
                <span class="aq-progress-text">{ t.answered(props.answered, props.round_len) }</span>
            </div>
        </header>
    }
}

/// "On “Title” by A and B · Publication", under a heading; the title in the quiz's
/// language `quiz_lang` when it is not the widget's.
pub fn source_line(t: &Text, meta: &Meta, quiz_lang: ContentLang) -> Html {
    let [before, after] = t.about_article();
    html! {
        <p class="aq-source">
            <span class="aq-source-title">
                { before }<span lang={quiz_lang.lang.clone()} dir={quiz_lang.dir}>{ meta.article_title.clone() }</span>{ after }
            </span>
            { " " }
            <span class="aq-source-by">{ t.byline(&meta.authors) }</span>
            { " · " }
            <span class="aq-source-pub" lang={quiz_lang.lang} dir={quiz_lang.dir}>{ meta.publication.clone() }</span>
        </p>
    }
}
