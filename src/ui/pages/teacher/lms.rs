//! The assignment into a learning platform: a SCORM package to download (made in the
//! page, from the site's own widget files: nothing is sent anywhere) and a link that
//! shares the student link to Google Classroom (a plain link to Classroom's share page,
//! opened in a new window; no script from Google).

use yew::prelude::*;

use super::radio_row;
use crate::quiz::export::scorm::{self, Version};
use crate::ui::QuizRef;
use crate::ui::i18n::teacher as words;
use crate::ui::platform;

#[derive(Properties, PartialEq)]
pub struct LmsProps {
    pub quiz: QuizRef,
    /// The assignment's code.
    pub code: AttrValue,
    /// The assignment's title (may be empty: the quiz's title stands in).
    pub title: AttrValue,
    /// The student link.
    pub address: AttrValue,
    /// The site's root (where `article-quiz.js` is), absolute.
    pub site: AttrValue,
}

/// Classroom's share page for `address`, with `title`.
pub fn classroom_share(address: &str, title: &str) -> String {
    let query = form_urlencoded::Serializer::new(String::new())
        .append_pair("url", address)
        .append_pair("title", title)
        .finish();
    format!("https://classroom.google.com/share?{query}")
}

/// The package's file name: the quiz's slug and the SCORM version.
pub fn package_name(slug: &str, version: Version) -> String {
    let version = match version {
        Version::Scorm12 => "scorm12",
        Version::Scorm2004 => "scorm2004",
    };
    format!("{slug}-{version}.zip")
}

#[function_component]
pub fn Lms(props: &LmsProps) -> Html {
    let version = use_state(|| Version::Scorm12);
    let pass = use_state(String::new);
    let status = use_state(String::new);
    let busy = use_state(|| false);
    let quiz = &props.quiz.quiz;
    let title = if props.title.trim().is_empty() { quiz.meta.title.clone() } else { props.title.trim().to_owned() };

    let pass_mark: Result<Option<u32>, ()> = match pass.trim() {
        "" => Ok(None),
        text => {
            text.trim_end_matches('%').trim().parse::<u32>().ok().filter(|p| (1..=100).contains(p)).map(Some).ok_or(())
        }
    };
    let pick = |v: Version| {
        let version = version.clone();
        Callback::from(move |_: Event| version.set(v))
    };
    let pass_input = {
        let pass = pass.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_dyn_into::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            pass.set(value);
        })
    };
    let download = {
        let (status, busy, quiz) = (status.clone(), busy.clone(), props.quiz.clone());
        let (code, site, version) = (props.code.to_string(), props.site.to_string(), *version);
        let pass_mark = pass_mark.ok().flatten();
        Callback::from(move |_: MouseEvent| {
            let (status, busy, quiz, code, site) =
                (status.clone(), busy.clone(), quiz.clone(), code.clone(), site.clone());
            busy.set(true);
            status.set(words::SCORM_MAKING.to_owned());
            yew::platform::spawn_local(async move {
                let made = package(&quiz, &code, version, pass_mark, &site).await;
                match made {
                    Ok(zip) => {
                        platform::download_bytes(&package_name(&quiz.quiz.slug, version), &zip);
                        status.set(words::scorm_made(version.label(), zip.len()));
                    }
                    Err(why) => status.set(why),
                }
                busy.set(false);
            });
        })
    };

    html! {
        <>
            <h3 class="aq-teacher-subheading">{ words::LMS_HEADING }</h3>
            <p class="aq-hint">{ words::CLASSROOM_INTRO }</p>
            <div class="aq-actions">
                <a class="aq-button" href={classroom_share(&props.address, &title)} target="_blank" rel="noopener noreferrer">
                    { words::CLASSROOM_SHARE }
                </a>
            </div>
            <p class="aq-hint">{ words::SCORM_INTRO }</p>
            <fieldset class="aq-fieldset">
                <legend class="aq-legend">{ words::SCORM_VERSION }</legend>
                { radio_row("aq-scorm", "aq-scorm-12", *version == Version::Scorm12, pick(Version::Scorm12), words::SCORM_12) }
                { radio_row("aq-scorm", "aq-scorm-2004", *version == Version::Scorm2004, pick(Version::Scorm2004), words::SCORM_2004) }
            </fieldset>
            <div class="aq-field">
                <label for="aq-pass-mark">{ words::PASS_MARK }</label>
                <input type="text" inputmode="numeric" id="aq-pass-mark" class="aq-text-input aq-seed-input"
                    value={(*pass).clone()} oninput={pass_input} aria-describedby="aq-pass-mark-hint"
                    aria-invalid={pass_mark.is_err().to_string()} />
                <p class={if pass_mark.is_err() { "aq-field-error" } else { "aq-hint" }} id="aq-pass-mark-hint">
                    { if pass_mark.is_err() { words::PASS_MARK_WRONG } else { words::PASS_MARK_HINT } }
                </p>
            </div>
            <div class="aq-actions">
                <button type="button" class="aq-button" onclick={download} disabled={*busy || pass_mark.is_err()}>
                    { words::SCORM_DOWNLOAD }
                </button>
                <p class="aq-copy-status" role="status">{ (*status).clone() }</p>
            </div>
        </>
    }
}

/// Fetches the widget's files from the site at `site` and makes the package.
async fn package(
    quiz: &QuizRef,
    code: &str,
    version: Version,
    pass: Option<u32>,
    site: &str,
) -> Result<Vec<u8>, String> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut waiting = vec![scorm::LOADER.to_owned()];
    while let Some(name) = waiting.pop() {
        if files.iter().any(|(f, _)| *f == name) {
            continue;
        }
        let Some(bytes) = platform::site_file(&format!("{site}{name}")).await else {
            return Err(words::scorm_missing(&name));
        };
        if name.ends_with(".js") {
            waiting.extend(scorm::referenced(&name, &String::from_utf8_lossy(&bytes)).into_iter().rev());
        }
        files.push((name, bytes));
    }
    scorm::package(&quiz.quiz, code, version, pass, &files).map_err(|why| why.to_string())
}
