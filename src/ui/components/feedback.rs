//! What a student learns about one answer: right or wrong (in words and an icon), the
//! points, the feedback on the option they chose, the correct answer, the explanation
//! and the supporting excerpts.

use yew::prelude::*;

use crate::ui::i18n::ContentLang;

use crate::quiz::{Kind, Outcome, Response, Verdict};

use crate::ui::QuizRef;
use crate::ui::components::describe;
use crate::ui::components::excerpt::{ExcerptProps, excerpt};
use crate::ui::i18n::Text;

pub struct FeedbackProps {
    pub quiz: QuizRef,
    pub index: usize,
    pub response: Option<Response>,
    pub outcome: Outcome,
    /// Prefix for the ids of this panel's buttons; unique on the page.
    pub id_base: AttrValue,
    /// Whether to repeat the student's answer (the review does; after a check the
    /// controls above already show it).
    pub show_response: bool,
    /// Excerpt index and the id of the button that asked.
    pub on_show_excerpt: Callback<(usize, String)>,
}

pub fn feedback(props: FeedbackProps, t: &'static Text, quiz_lang: ContentLang) -> Html {
    let Some(question) = props.quiz.quiz.questions.get(props.index) else { return Html::default() };
    let verdict = props.outcome.verdict;
    let option_feedback = chosen_feedback(&question.kind, props.response.as_ref());
    // The quiz's words (options, items) or the widget's (true, no answer, a number):
    // each takes the direction of its own first letter.
    let answer_list = |items: Vec<String>| {
        if describe::is_sequence(question) {
            html! { <ol>{ for items.into_iter().map(|i| html! { <li dir="auto">{ i }</li> }) }</ol> }
        } else if items.len() == 1 {
            html! { <p dir="auto">{ items.into_iter().next() }</p> }
        } else {
            html! { <ul>{ for items.into_iter().map(|i| html! { <li dir="auto">{ i }</li> }) }</ul> }
        }
    };
    let total = question.excerpts.len();
    let excerpts = question.excerpts.iter().enumerate().map(|(e, quote)| {
        let paragraph = props.quiz.quiz.article.locate(quote).map_or(0, |l| l.paragraph + 1);
        let on_show = props.on_show_excerpt.reform(move |opener: String| (e, opener));
        let button_id = format!("{}-show-{e}", props.id_base).into();
        let of = (total > 1).then_some((e + 1, total));
        excerpt(ExcerptProps { quote: quote.clone().into(), paragraph, button_id, of, on_show }, t, quiz_lang.clone())
    });
    let class = classes!("aq-feedback", verdict_class(verdict));
    html! {
        <div {class}>
            <p class="aq-verdict">
                <span class="aq-verdict-icon" aria-hidden="true">{ t.verdict_icon(verdict) }</span>
                <strong>{ t.verdict(verdict) }</strong>
                <span class="aq-verdict-points">
                    { t.earned(props.outcome.earned, props.outcome.max, verdict == Verdict::Partial) }
                </span>
            </p>
            // Where the results module says how other readers answered (empty, and
            // hidden, on a page that counts no readers).
            <p class="aq-readers" data-question={question.id.clone()}></p>
            if props.show_response {
                <div class="aq-answer-row">
                    <p class="aq-label">{ t.your_answer }</p>
                    { answer_list(describe::response(t, question, props.response.as_ref())) }
                </div>
            }
            for feedback in option_feedback {
                <p class="aq-option-feedback" lang={quiz_lang.lang.clone()} dir={quiz_lang.dir}>{ feedback }</p>
            }
            if verdict != Verdict::Correct {
                <div class="aq-answer-row">
                    <p class="aq-label">{ t.correct_answer }</p>
                    { answer_list(describe::correct(t, question)) }
                </div>
            }
            <div class="aq-answer-row">
                <p class="aq-label">{ t.explanation }</p>
                <p lang={quiz_lang.lang.clone()} dir={quiz_lang.dir}>{ question.explanation.clone() }</p>
            </div>
            { for excerpts }
        </div>
    }
}

pub fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Correct => "aq-is-correct",
        Verdict::Partial => "aq-is-partial",
        Verdict::Wrong | Verdict::Unanswered => "aq-is-wrong",
    }
}

/// The author's feedback on what the student chose, if any.
fn chosen_feedback(kind: &Kind, response: Option<&Response>) -> Vec<String> {
    match (kind, response) {
        (Kind::Single { options, .. }, Some(Response::Single(i))) => {
            options.get(*i).and_then(|o| o.feedback.clone()).into_iter().collect()
        }
        (Kind::Multiple { options, .. }, Some(Response::Multiple(picked))) => {
            picked.iter().filter_map(|&i| options.get(i)).filter_map(|o| o.feedback.clone()).collect()
        }
        (Kind::TrueFalse { feedback_true, .. }, Some(Response::TrueFalse(true))) => {
            feedback_true.clone().into_iter().collect()
        }
        (Kind::TrueFalse { feedback_false, .. }, Some(Response::TrueFalse(false))) => {
            feedback_false.clone().into_iter().collect()
        }
        _ => Vec::new(),
    }
}
