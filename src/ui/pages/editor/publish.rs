//! Publishing: what the validator and the lint say of the draft, worked out once per
//! edit, and, when nothing is wrong, the downloads and the embed snippet.

use std::rc::Rc;

use yew::prelude::*;

use crate::quiz::draft::Draft;
use crate::quiz::{Quiz, bundle, files, lint, validate};
use crate::ui::i18n::editor as words;
use crate::ui::pages::embed_code::{self, Way};
use crate::ui::platform;

use super::fields::field;

/// One version of the draft: equal only to itself, as every edit makes a new one
/// ([`Rc::make_mut`] on a draft the previous state shares), so that what is worked out
/// from a draft is worked out once per edit, not on every render.
#[derive(Clone)]
pub(super) struct Version(pub(super) Rc<Draft>);

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the validator and the lint say of a version of the draft, and, when it is sound,
/// its files and its bundle.
pub(super) struct Checks {
    pub(super) problems: Vec<validate::Problem>,
    pub(super) warnings: Vec<lint::Warning>,
    pub(super) published: Option<(Result<files::QuizFiles, files::WriteError>, Vec<u8>)>,
}

impl Checks {
    pub(super) fn of(quiz: &Quiz) -> Checks {
        let problems = validate::validate(quiz);
        if !problems.is_empty() {
            return Checks { problems, warnings: Vec::new(), published: None };
        }
        Checks { problems, warnings: lint::lint(quiz), published: Some((files::write(quiz), bundle::encode(quiz))) }
    }
}

/// The "Check and publish" section's body: the downloads and the snippet for a sound
/// draft, what blocks publishing otherwise. `served_at` is where the person says the
/// bundle will be; `widget` the student widget's address.
pub(super) fn section(checks: &Checks, quiz: &Quiz, served_at: &UseStateHandle<String>, widget: &str) -> Html {
    let Checks { problems, published, .. } = checks;
    if let Some((written, bytes)) = published {
        let (written, bytes) = (written.clone(), bytes.clone());
        let slug = quiz.slug.clone();
        let downloads = match written {
            Ok(written) => {
                let file = |name: &'static str, text: String| {
                    Callback::from(move |_: MouseEvent| platform::download(name, "text/plain", &text))
                };
                let bundle_name = format!("{slug}.aqz");
                let bundle_bytes = bytes.clone();
                html! {
                    <div class="aq-actions">
                        <span>{ words::DOWNLOAD_FILES }</span>
                        <button type="button" class="aq-button" onclick={file("article.txt", written.article)}>{ "article.txt" }</button>
                        <button type="button" class="aq-button" onclick={file("meta.toml", written.meta)}>{ "meta.toml" }</button>
                        <button type="button" class="aq-button" onclick={file("quiz.toml", written.quiz)}>{ "quiz.toml" }</button>
                        <button type="button" class="aq-button aq-button--primary"
                            onclick={Callback::from(move |_: MouseEvent| platform::download_bytes(&bundle_name, &bundle_bytes))}>
                            { format!("{} ({slug}.aqz)", words::DOWNLOAD_BUNDLE) }
                        </button>
                    </div>
                }
            }
            Err(why) => html! { <p class="aq-field-error" role="alert">{ why.to_string() }</p> },
        };
        let options = embed_code::Options {
            way: Some(Way::Script),
            quiz: if served_at.trim().is_empty() { format!("{slug}.aqz") } else { served_at.trim().to_owned() },
            ..Default::default()
        };
        let snippet = embed_code::snippet(&options, widget);
        let on_served = {
            let served_at = served_at.clone();
            Callback::from(move |text: String| served_at.set(text))
        };
        html! {
            <>
                <p role="status">{ words::SOUND }</p>
                { downloads }
                { field("aq-ed-served".into(), words::SERVED_AT, served_at, false, on_served) }
                <div class="aq-field">
                    <label for="aq-ed-snippet">{ words::SNIPPET }</label>
                    <textarea id="aq-ed-snippet" class="aq-code" readonly=true rows="3" value={snippet} />
                </div>
            </>
        }
    } else {
        let general: Vec<String> =
            problems.iter().filter(|p| p.index.is_none()).map(|p| words::quiz_problem(&p.issue.to_string())).collect();
        html! {
            <>
                <ul class="aq-editor-problems">
                    { for general.into_iter().map(|p| html! { <li class="aq-field-error">{ p }</li> }) }
                </ul>
                <p>{ words::BLOCKED }</p>
            </>
        }
    }
}
