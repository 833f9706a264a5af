//! The newsroom's view of its readers' results, on the embed-code page when a results
//! server serves it: with the server's admin token, per quiz, views → starts →
//! finishes in all, by embedding site and by day, each question's first answers (how
//! many, how many right, and what readers answered, most often first, in the quiz's
//! words), and the report as CSV. The token is kept in the page only while it is open.

use std::rc::Rc;

use yew::prelude::*;

use crate::quiz::api::{AnswerCount, Funnel, QuestionReport, QuizSummary, Report};
use crate::ui::i18n::embed_code as words;
use crate::ui::platform::{self, ServerError};

#[derive(Properties, PartialEq)]
pub struct NewsroomProps {
    /// The results server's base address.
    pub server: AttrValue,
}

#[derive(Clone, PartialEq)]
enum Reading {
    Idle,
    Busy,
    Read(Rc<Report>),
    Failed(String),
}

fn error_words(error: &ServerError) -> String {
    match error {
        ServerError::Unreachable => words::REPORT_UNREACHABLE.to_owned(),
        ServerError::WrongSecret => words::REPORT_WRONG_TOKEN.to_owned(),
        ServerError::Gone => words::REPORT_CLOSED.to_owned(),
        ServerError::Refused(why) => words::report_refused(why),
    }
}

fn input_value(event: InputEvent) -> String {
    event.target_dyn_into::<web_sys::HtmlInputElement>().map(|input| input.value()).unwrap_or_default()
}

#[function_component]
pub fn Newsroom(props: &NewsroomProps) -> Html {
    let quizzes = use_state(Vec::<QuizSummary>::new);
    let quiz = use_state(String::new);
    let token = use_state(String::new);
    let reading = use_state(|| Reading::Idle);
    {
        let (quizzes, quiz, server) = (quizzes.clone(), quiz.clone(), props.server.to_string());
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                if let Ok(served) = platform::quizzes(&server).await {
                    if let Some(first) = served.first() {
                        quiz.set(first.slug.clone());
                    }
                    quizzes.set(served);
                }
            });
        });
    }
    let show = {
        let (server, quiz, token, reading) = (props.server.to_string(), quiz.clone(), token.clone(), reading.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (server, quiz, token, reading) = (server.clone(), (*quiz).clone(), (*token).clone(), reading.clone());
            reading.set(Reading::Busy);
            yew::platform::spawn_local(async move {
                match platform::report(&server, &quiz, token.trim()).await {
                    Ok(report) => reading.set(Reading::Read(Rc::new(report))),
                    Err(error) => reading.set(Reading::Failed(error_words(&error))),
                }
            });
        })
    };
    let download = {
        let (server, quiz, token, reading) = (props.server.to_string(), quiz.clone(), token.clone(), reading.clone());
        Callback::from(move |_: MouseEvent| {
            let (server, quiz, token, reading) = (server.clone(), (*quiz).clone(), (*token).clone(), reading.clone());
            yew::platform::spawn_local(async move {
                match platform::report_csv(&server, &quiz, token.trim()).await {
                    Ok(csv) => platform::download(&format!("{quiz}-readers.csv"), "text/csv", &csv),
                    Err(error) => reading.set(Reading::Failed(error_words(&error))),
                }
            });
        })
    };
    let on_quiz = {
        let quiz = quiz.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                quiz.set(select.value());
            }
        })
    };
    let on_token = {
        let token = token.clone();
        Callback::from(move |event: InputEvent| token.set(input_value(event)))
    };
    let status = match &*reading {
        Reading::Busy => html! { <p role="status">{ words::LOADING_REPORT }</p> },
        Reading::Failed(why) => html! { <p class="aq-field-error" role="alert">{ why }</p> },
        Reading::Idle | Reading::Read(_) => html! {},
    };
    let report = match &*reading {
        Reading::Read(report) => report_view(report, download),
        _ => html! {},
    };
    html! {
        <section class="aq-card aq-teacher-section" aria-labelledby="aq-newsroom-heading">
            <h2 id="aq-newsroom-heading" class="aq-teacher-heading">{ words::NEWSROOM_HEADING }</h2>
            <p class="aq-hint">{ words::NEWSROOM_INTRO }</p>
            <form class="aq-newsroom-form" onsubmit={show}>
                <div class="aq-field">
                    <label for="aq-newsroom-quiz">{ words::NEWSROOM_QUIZ }</label>
                    <select id="aq-newsroom-quiz" class="aq-text-input" onchange={on_quiz}>
                        { for quizzes.iter().map(|q| html! {
                            <option value={q.slug.clone()} selected={*quiz == q.slug}>{ &q.title }</option>
                        }) }
                    </select>
                </div>
                <div class="aq-field">
                    <label for="aq-admin-token">{ words::ADMIN_TOKEN }</label>
                    <input type="password" id="aq-admin-token" class="aq-text-input" autocomplete="off"
                        value={(*token).clone()} oninput={on_token} />
                </div>
                <div class="aq-actions">
                    <button type="submit" class="aq-button aq-button--primary"
                        disabled={token.trim().is_empty() || quiz.is_empty()}>{ words::SHOW_REPORT }</button>
                </div>
            </form>
            { status }
            { report }
        </section>
    }
}

fn funnel_cells(funnel: &Funnel) -> Html {
    html! {
        <>
            <td>{ funnel.views }</td>
            <td>{ funnel.starts }</td>
            <td>{ funnel.finishes }</td>
        </>
    }
}

/// A table of funnels, one row per `(label, funnel)`.
fn funnel_table(caption: &str, first: &str, rows: Vec<(String, Funnel)>) -> Html {
    html! {
        <table class="aq-class-table aq-report-table">
            <caption>{ caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ first }</th>
                    <th scope="col">{ words::VIEWS }</th>
                    <th scope="col">{ words::STARTS }</th>
                    <th scope="col">{ words::FINISHES }</th>
                </tr>
            </thead>
            <tbody>
                { for rows.into_iter().map(|(label, funnel)| html! {
                    <tr><th scope="row">{ label }</th>{ funnel_cells(&funnel) }</tr>
                }) }
            </tbody>
        </table>
    }
}

fn report_view(report: &Report, download: Callback<MouseEvent>) -> Html {
    let sites = report
        .by_site
        .iter()
        .map(|s| (if s.site.is_empty() { words::NO_SITE.to_owned() } else { s.site.clone() }, s.funnel))
        .collect();
    let days = report.by_day.iter().map(|d| (d.day.clone(), d.funnel)).collect();
    // A question by its prompt (by its id from a server that sends none).
    let named = |q: &QuestionReport| if q.prompt.is_empty() { q.question.clone() } else { q.prompt.clone() };
    let questions = report.questions.iter().map(|q| {
        html! {
            <tr>
                <th scope="row">{ named(q) }</th>
                <td>{ q.answers }</td>
                <td>{ words::right_share(q.right, q.answers) }</td>
            </tr>
        }
    });
    let distributions = report.questions.iter().map(|q| {
        let mut given: Vec<&AnswerCount> = q.distribution.iter().collect();
        given.sort_by_key(|a| std::cmp::Reverse(a.count));
        html! {
            <li>
                <p class="aq-distribution-prompt">{ named(q) }</p>
                <ul class="aq-distribution">
                    { for given.into_iter().map(|a| html! {
                        <li class={classes!(a.right.then_some("aq-distribution--right"))}>
                            <span class="aq-distribution-answer">
                                { if a.text.is_empty() { a.response.to_json() } else { a.text.clone() } }
                                if a.right { <span class="aq-distribution-mark">{ format!(" ✓ {}", words::RIGHT_ANSWER) }</span> }
                            </span>
                            <meter min="0" max={q.answers.to_string()} value={a.count.to_string()} aria-hidden="true"></meter>
                            <span class="aq-distribution-count">{ words::readers_share(a.count, q.answers) }</span>
                        </li>
                    }) }
                </ul>
            </li>
        }
    });
    html! {
        <div class="aq-report">
            { funnel_table(words::FUNNEL, "", vec![(words::IN_ALL.to_owned(), report.total)]) }
            { funnel_table(words::BY_SITE, words::SITE, sites) }
            { funnel_table(words::BY_DAY, words::DAY, days) }
            <table class="aq-class-table aq-report-table">
                <caption>{ words::QUESTIONS }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ words::QUESTION }</th>
                        <th scope="col">{ words::ANSWERS }</th>
                        <th scope="col">{ words::RIGHT }</th>
                    </tr>
                </thead>
                <tbody>{ for questions }</tbody>
            </table>
            <h3 class="aq-teacher-subheading">{ words::DISTRIBUTION }</h3>
            <ol class="aq-distributions">{ for distributions }</ol>
            <div class="aq-actions">
                <button type="button" class="aq-button" onclick={download}>{ words::DOWNLOAD_REPORT }</button>
            </div>
        </div>
    }
}
