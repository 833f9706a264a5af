//! The end screen: the score, retries, and a review of every question with the
//! student's answer, the correct one, the explanation and the excerpt.

use yew::prelude::*;

use crate::quiz::{ResultsView, Step, Verdict, share};

use crate::ui::QuizRef;
use crate::ui::components::feedback::{FeedbackProps, feedback, verdict_class};
use crate::ui::components::ids;
use crate::ui::i18n;
use crate::ui::platform::{self, Shared};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub quiz: QuizRef,
    /// The end screen as the session shows it ([`crate::quiz::Session::results_view`]).
    pub view: ResultsView,
    /// A retry; the app turns it into the core's action.
    pub on_step: Callback<Step>,
    /// Question index, excerpt index, id of the button that asked.
    pub on_show_excerpt: Callback<(usize, usize, String)>,
    /// Shown under the score: the hand-in panel of an assigned quiz.
    #[prop_or_default]
    pub children: Html,
    /// Offer to share the result (`share_panel`, below).
    #[prop_or_default]
    pub share: bool,
}

#[function_component]
pub fn Results(props: &ResultsProps) -> Html {
    let t = i18n::use_text();
    let quiz_lang = i18n::use_content_lang();
    let share_status = use_state(String::new);
    let scores = &props.view.scores;
    let missed = scores.outcomes.len() - scores.count(Verdict::Correct);
    let review = scores.outcomes.iter().zip(&props.view.responses).enumerate().map(|(n, ((index, outcome), response))| {
        let index = *index;
        let Some(question) = props.quiz.quiz.questions.get(index) else { return Html::default() };
        let verdict = outcome.verdict;
        let on_show_excerpt = props.on_show_excerpt.reform(move |(e, opener): (usize, String)| (index, e, opener));
        html! {
            <li class={classes!("aq-review-item", verdict_class(verdict))} key={question.id.clone()}>
                <details open={verdict != Verdict::Correct}>
                    <summary>
                        <span class="aq-verdict-icon" aria-hidden="true">{ t.verdict_icon(verdict) }</span>
                        <span class="aq-review-title">
                            <span class="aq-visually-hidden">{ format!("{}: ", t.verdict(verdict)) }</span>
                            { format!("{}. ", t.number(n + 1)) }
                            <span lang={quiz_lang.lang.clone()} dir={quiz_lang.dir}>{ &question.prompt }</span>
                        </span>
                        <span class="aq-review-points">{ format!("{}/{}", t.number(outcome.earned), t.number(outcome.max)) }</span>
                    </summary>
                    { feedback(FeedbackProps {
                        quiz: props.quiz.clone(),
                        index,
                        response: response.clone(),
                        outcome: *outcome,
                        id_base: format!("{}-{}", ids::REVIEW, question.id).into(),
                        show_response: true,
                        on_show_excerpt,
                    }, t, quiz_lang.clone()) }
                </details>
            </li>
        }
    });
    html! {
        <section class="aq-results" aria-labelledby={ids::RESULTS_HEADING}>
            <h3 class="aq-results-heading" id={ids::RESULTS_HEADING} tabindex="-1">{ t.your_score }</h3>
            <p class="aq-score">
                <span class="aq-score-points">{ t.score_line(scores.earned, scores.max) }</span>
                <span class="aq-score-percent">{ t.percent(scores.percent()) }</span>
            </p>
            <p class="aq-tally">
                { t.tally(scores.count(Verdict::Correct), scores.count(Verdict::Partial), missed - scores.count(Verdict::Partial)) }
            </p>
            // Where the results module says how this score stands among other readers'.
            <p class="aq-readers" data-score={scores.percent().to_string()}></p>
            { props.children.clone() }
            if props.share {
                { share_panel(props, t, &share_status) }
            }
            if props.view.retries {
                <div class="aq-actions">
                    if missed > 0 {
                        <button type="button" class="aq-button aq-button--primary"
                            onclick={props.on_step.reform(|_: MouseEvent| Step::RetryMissed)}>{ t.retry_missed(missed) }</button>
                    }
                    <button type="button" class="aq-button"
                        onclick={props.on_step.reform(|_: MouseEvent| Step::RetryAll)}>{ t.retry_all }</button>
                </div>
            }
            <h4 class="aq-review-heading">{ t.review }</h4>
            <ol class="aq-review">{ for review }</ol>
        </section>
    }
}

/// The result as a card a reader may share ([`crate::quiz::share`]): the quiz's title,
/// the score, a mark per question and a link back, never a question or an answer. Shown
/// as it will be sent; its marks are read out as verdicts. (Part of the end screen, not
/// a component of its own: a component costs the download about a kilobyte.)
fn share_panel(props: &ResultsProps, t: &'static i18n::Text, status: &UseStateHandle<String>) -> Html {
    let scores = &props.view.scores;
    let meta = &props.quiz.quiz.meta;
    let title = t.page_title(&meta.article_title);
    let score = format!("{} ({})", t.score_line(scores.earned, scores.max), t.percent(scores.percent()));
    let link = share::link(&meta.canonical_url, &platform::address_of(""));
    let card = share::card(&title, &score, scores, &link);
    let marks: Vec<String> = scores
        .outcomes
        .iter()
        .enumerate()
        .map(|(n, (_, o))| format!("{} {}", t.number(n + 1), t.verdict(o.verdict)))
        .collect();
    let spoken = format!("{title}. {score}. {} {}. {link}", t.share_marks, t.comma_list(&marks));
    let on_share = {
        let (card, title, status) = (card.clone(), title.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            platform::share_text(&title, &card, move |how| {
                let said = match how {
                    Shared::Shared => t.shared,
                    Shared::Copied => t.share_copied,
                    Shared::Failed => t.not_shared,
                };
                status.set(said.to_owned());
            });
        })
    };
    html! {
        <section class="aq-share" aria-labelledby={ids::SHARE_HEADING}>
            <h4 class="aq-share-heading" id={ids::SHARE_HEADING}>{ t.share_heading }</h4>
            <p class="aq-share-hint">{ t.share_hint }</p>
            <p class="aq-share-card">
                <span aria-hidden="true">{ card }</span>
                <span class="aq-visually-hidden">{ spoken }</span>
            </p>
            <button type="button" class="aq-button" onclick={on_share}>{ t.share_button }</button>
            <p class="aq-share-status" role="status">{ (**status).clone() }</p>
        </section>
    }
}
