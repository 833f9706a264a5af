//! The editor's preview: the draft as a student will see it, the whole quiz or one
//! question, mounted as the widget itself once the draft is sound.

use yew::prelude::*;

use crate::quiz::bundle::{self, Loaded};
use crate::quiz::launch::Launch;
use crate::quiz::validate;

use crate::ui::app::{App, AppProps, Start};
use crate::ui::i18n::{editor as words, teacher};
use crate::ui::platform;

use super::fields::select_value;
use super::publish::Version;

/// How long typing must pause before the preview shows the draft as it now is.
const PREVIEW_PAUSE_MS: u32 = 400;

#[derive(Properties, PartialEq)]
pub(super) struct PreviewProps {
    pub(super) draft: Version,
}

/// The preview follows the draft once typing pauses: a whole quiz mounted again on every
/// key would be a third of each keystroke's time. A question added or removed is one
/// click, not typing, and a question chosen to preview is the reader's choice: those
/// show at once.
#[function_component]
pub(super) fn Preview(props: &PreviewProps) -> Html {
    // `None`: the whole quiz; else the question previewed alone.
    let preview_of = use_state(|| None::<usize>);
    let shown = use_state_eq(|| props.draft.clone());
    let shown_count = shown.0.quiz.questions.len();
    use_effect_with(props.draft.clone(), {
        let shown = shown.setter();
        move |version| {
            let version = version.clone();
            let waiting = if version.0.quiz.questions.len() == shown_count {
                Some(platform::later(PREVIEW_PAUSE_MS, move || shown.set(version)))
            } else {
                shown.set(version);
                None
            };
            move || {
                let _cancelled = waiting;
            }
        }
    });
    let previewed = use_memo(((*shown).clone(), *preview_of), |(version, of)| preview(&version.0.quiz, *of));
    let preview = match &*previewed {
        Some((key, props)) => html! { <div class="aq-editor-preview" key={*key}><App ..props.clone() /></div> },
        None => html! {
            <p>{ if preview_of.is_some() { words::PREVIEW_QUESTION_WAITS } else { words::PREVIEW_WAITS } }</p>
        },
    };
    let choose = {
        let (preview_of, shown, draft) = (preview_of.clone(), shown.setter(), props.draft.clone());
        Callback::from(move |event: Event| {
            preview_of.set(select_value(&event).parse::<usize>().ok());
            shown.set(draft.clone());
        })
    };
    html! {
        <section class="aq-teacher-section" aria-labelledby="aq-ed-preview-heading">
            <h2 id="aq-ed-preview-heading" class="aq-teacher-heading">{ words::PREVIEW_HEADING }</h2>
            <div class="aq-field">
                <label for="aq-ed-preview-of">{ words::PREVIEW_OF }</label>
                <select id="aq-ed-preview-of" class="aq-text-input" onchange={choose}>
                    <option value="" selected={preview_of.is_none()}>{ words::WHOLE_QUIZ }</option>
                    { for props.draft.0.quiz.questions.iter().enumerate().map(|(n, q)| html! {
                        <option value={n.to_string()} selected={*preview_of == Some(n)}>
                            { words::question_heading(n + 1, teacher::kind(q.kind.name())) }
                        </option>
                    }) }
                </select>
            </div>
            { preview }
        </section>
    }
}

/// The preview of `quiz`, or of its question `of` as a quiz of its own (which may be
/// sound while other questions are still being written), keyed by its bundle's
/// fingerprint; `None` while it is not sound.
fn preview(quiz: &crate::quiz::Quiz, of: Option<usize>) -> Option<(u64, AppProps)> {
    let mut previewed = quiz.clone();
    if let Some(n) = of {
        previewed.questions = quiz.questions.get(n).cloned().into_iter().collect();
    }
    if !validate::validate(&previewed).is_empty() {
        return None;
    }
    // Its progress is kept apart from the published quiz's.
    previewed.slug = format!("editor-preview-{}", previewed.slug);
    let fingerprint = crate::quiz::shuffle::fnv1a64(&bundle::encode(&previewed));
    let start = Start { embed: None, first_screen: None, random_seed: 1, now_ms: platform::now_ms() };
    let props = AppProps::new(Loaded { quiz: previewed, fingerprint }, &Launch::default(), |_| None, start);
    Some((fingerprint, props))
}
