//! One question on screen: its heading, its control, its feedback once checked, and the
//! buttons to move on. The form's submit (Enter, or the main button) does the natural
//! next step: check in practice, move on in a test.

use yew::prelude::*;

use crate::quiz::{Kind, Mode, Outcome, Response};

use crate::ui::QuizRef;
use crate::ui::components::choice_list::ChoiceList;
use crate::ui::components::describe;
use crate::ui::components::evidence_picker::EvidencePicker;
use crate::ui::components::feedback::Feedback;
use crate::ui::components::ids;
use crate::ui::components::number_field::NumberField;
use crate::ui::components::order_list::OrderList;
use crate::ui::i18n;

#[derive(Properties, PartialEq)]
pub struct QuestionCardProps {
    pub quiz: QuizRef,
    pub index: usize,
    /// 0-based position in the round, and the round's length.
    pub position: usize,
    pub round_len: usize,
    pub mode: Mode,
    pub response: Option<Response>,
    pub checked: bool,
    pub feedback: Option<Outcome>,
    pub option_order: Vec<usize>,
    pub initial_order: Vec<usize>,
    /// In a test: how many questions of the round have no answer.
    pub unanswered: usize,
    pub on_answer: Callback<Option<Response>>,
    pub on_check: Callback<()>,
    pub on_next: Callback<()>,
    pub on_previous: Callback<()>,
    pub on_finish: Callback<()>,
    pub on_show_excerpt: Callback<(usize, String)>,
}

#[function_component]
pub fn QuestionCard(props: &QuestionCardProps) -> Html {
    let t = i18n::use_text();
    let quiz_lang = i18n::use_content_lang();
    let Some(question) = props.quiz.quiz.questions.get(props.index) else { return Html::default() };
    let name = AttrValue::from(format!("{}-{}", ids::QUESTION, question.id));
    let is_last = props.position + 1 == props.round_len;
    let locked = props.checked;
    let practice = props.mode == Mode::Practice;

    let control = match &question.kind {
        Kind::Single { options, correct } => {
            let picked = match &props.response {
                Some(Response::Single(i)) => vec![*i],
                _ => Vec::new(),
            };
            let on_pick = props.on_answer.reform(|picked: Vec<usize>| picked.first().map(|&i| Response::Single(i)));
            let choices = props.option_order.iter().filter_map(|&i| Some((i, options.get(i)?.text.clone().into())));
            html! {
                <ChoiceList name={name.clone()} multiple={false} choices={choices.collect::<Vec<_>>()}
                    {picked} {locked} reveal={props.feedback.map(|_| vec![*correct])} {on_pick} />
            }
        }
        Kind::Multiple { options, correct } => {
            let picked = match &props.response {
                Some(Response::Multiple(p)) => p.clone(),
                _ => Vec::new(),
            };
            let on_pick = props.on_answer.reform(|picked: Vec<usize>| Some(Response::multiple(picked)));
            let choices = props.option_order.iter().filter_map(|&i| Some((i, options.get(i)?.text.clone().into())));
            html! {
                <>
                    <p class="aq-hint">{ t.multiple_hint }</p>
                    <ChoiceList name={name.clone()} multiple={true} choices={choices.collect::<Vec<_>>()}
                        {picked} {locked} reveal={props.feedback.map(|_| correct.clone())} {on_pick} />
                </>
            }
        }
        Kind::TrueFalse { correct, .. } => {
            let picked = match &props.response {
                Some(Response::TrueFalse(b)) => vec![usize::from(!*b)],
                _ => Vec::new(),
            };
            let on_pick =
                props.on_answer.reform(|picked: Vec<usize>| picked.first().map(|&i| Response::TrueFalse(i == 0)));
            let choices = vec![(0, AttrValue::from(t.true_label)), (1, AttrValue::from(t.false_label))];
            html! {
                <ChoiceList name={name.clone()} multiple={false} {choices} {picked} {locked}
                    reveal={props.feedback.map(|_| vec![usize::from(!*correct)])} {on_pick} />
            }
        }
        Kind::Order { items } => {
            let arrangement = match &props.response {
                Some(Response::Order(order)) => order.clone(),
                _ => props.initial_order.clone(),
            };
            let on_arrange = props.on_answer.reform(|order: Vec<usize>| Some(Response::Order(order)));
            html! {
                <OrderList key={question.id.clone()} name={name.clone()} items={items.iter().cloned().map(AttrValue::from).collect::<Vec<_>>()}
                    {arrangement} {locked} reveal={props.feedback.is_some()} {on_arrange} />
            }
        }
        Kind::Numeric { unit, .. } => {
            let initial = match &props.response {
                Some(Response::Numeric(x)) => describe::group(t, *x),
                _ => String::new(),
            };
            let on_number = props.on_answer.reform(|n: Option<f64>| n.map(Response::Numeric));
            html! {
                <NumberField name={name.clone()} initial={initial} unit={unit.clone()} {locked} {on_number}
                    key={question.id.clone()} />
            }
        }
        Kind::Evidence { passage, correct } => {
            let picked = match &props.response {
                Some(Response::Evidence(i)) => Some(*i),
                _ => None,
            };
            let on_pick = props.on_answer.reform(|i: usize| Some(Response::Evidence(i)));
            html! {
                <EvidencePicker name={name.clone()} sentences={passage.iter().cloned().map(AttrValue::from).collect::<Vec<_>>()}
                    {picked} {locked} reveal={props.feedback.map(|_| *correct)} {on_pick} />
            }
        }
    };

    // What Enter (or the main button) does here.
    let primary: Option<(&'static str, Callback<()>)> = match (practice, locked, is_last) {
        (true, false, _) => Some((t.check, {
            // An ordering question counts its starting arrangement as the answer.
            let (on_answer, on_check) = (props.on_answer.clone(), props.on_check.clone());
            let fallback = match (&question.kind, &props.response) {
                (Kind::Order { .. }, None) => Some(Response::Order(props.initial_order.clone())),
                _ => None,
            };
            Callback::from(move |()| {
                if let Some(answer) = fallback.clone() {
                    on_answer.emit(Some(answer));
                }
                on_check.emit(());
            })
        })),
        (true, true, false) | (false, _, false) => Some((t.next, props.on_next.clone())),
        (true, true, true) => Some((t.see_score, props.on_finish.clone())),
        (false, _, true) => Some((t.finish_test, props.on_finish.clone())),
    };
    let can_submit = !(practice && !locked && props.response.is_none() && !matches!(question.kind, Kind::Order { .. }));
    let onsubmit = {
        let primary = primary.as_ref().map(|(_, cb)| cb.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let (Some(cb), true) = (&primary, can_submit) {
                cb.emit(());
            }
        })
    };
    let skip = (practice && !locked)
        .then(|| if is_last { (t.see_score, props.on_finish.clone()) } else { (t.skip, props.on_next.clone()) });

    html! {
        <form class="aq-card" {onsubmit} novalidate=true>
            <div class="aq-card-head">
                <h3 class="aq-question-heading" id={ids::QUESTION_HEADING} tabindex="-1">
                    { t.position(props.position + 1, props.round_len) }
                </h3>
                <span class="aq-points">{ t.points(crate::quiz::Points::whole(question.points)) }</span>
            </div>
            <fieldset class="aq-fieldset">
                <legend class="aq-prompt" lang={quiz_lang}>{ question.prompt.clone() }</legend>
                { control }
            </fieldset>
            if let Some(outcome) = props.feedback {
                <Feedback quiz={props.quiz.clone()} index={props.index} response={props.response.clone()}
                    {outcome} id_base={ids::FEEDBACK} on_show_excerpt={props.on_show_excerpt.clone()} />
            }
            if !practice && is_last && props.unanswered > 0 {
                <p class="aq-hint aq-warning">{ t.unanswered_warning(props.unanswered) }</p>
            }
            <div class="aq-actions">
                if props.position > 0 {
                    <button type="button" class="aq-button aq-button--quiet"
                        onclick={props.on_previous.reform(|_: MouseEvent| ())}>{ t.previous }</button>
                }
                <span class="aq-actions-spacer"></span>
                if let Some((label, callback)) = skip {
                    <button type="button" class="aq-button aq-button--quiet"
                        onclick={callback.reform(|_: MouseEvent| ())}>{ label }</button>
                }
                if let Some((label, _)) = primary {
                    <button type="submit" class="aq-button aq-button--primary" id={ids::PRIMARY}
                        disabled={!can_submit}>{ label }</button>
                }
            </div>
        </form>
    }
}
