//! One question on screen: its heading, its control, its feedback once checked, and the
//! buttons to move on. The form's submit (Enter, or the main button) does the natural
//! next step: check in practice, move on in a test.

use yew::prelude::*;

use crate::ui::i18n::ContentLang;

use crate::quiz::{Kind, Mode, QuestionView, Response, Step};

use crate::ui::QuizRef;
use crate::ui::components::choice_list::{ChoiceListProps, choice_list};
use crate::ui::components::describe;
use crate::ui::components::evidence_picker::{EvidencePickerProps, evidence_picker};
use crate::ui::components::feedback::{FeedbackProps, feedback};
use crate::ui::components::ids;
use crate::ui::components::number_field::NumberField;
use crate::ui::components::order_list::OrderList;
use crate::ui::i18n::Text;

pub struct QuestionCardProps {
    pub quiz: QuizRef,
    /// The question as the session shows it ([`crate::quiz::Session::question_view`]).
    pub view: QuestionView,
    /// What the student does; the app turns it into the core's action.
    pub on_step: Callback<Step>,
    /// "Show in article" on excerpt `n`: `(n, the opener's element id)`.
    pub on_show_excerpt: Callback<(usize, String)>,
    /// The host's article no longer holds what this question quotes.
    pub passage_changed: bool,
    /// The quiz's root, within which its controls take focus back.
    pub root: NodeRef,
}

pub fn question_card(props: QuestionCardProps, t: &'static Text, quiz_lang: ContentLang) -> Html {
    let view = &props.view;
    let Some(question) = props.quiz.quiz.questions.get(view.index) else { return Html::default() };
    let name = AttrValue::from(format!("{}-{}", ids::QUESTION, question.id));
    let is_last = view.is_last();
    let locked = view.checked;
    let practice = view.mode == Mode::Practice;
    let on_answer = props.on_step.reform(Step::Answer);
    let step = |step: Step| props.on_step.reform(move |()| step.clone());

    let control = match &question.kind {
        Kind::Single { options, correct } => {
            let picked = match &view.response {
                Some(Response::Single(i)) => vec![*i],
                _ => Vec::new(),
            };
            let on_pick = on_answer.reform(|picked: Vec<usize>| picked.first().map(|&i| Response::Single(i)));
            let choices = view.option_order.iter().filter_map(|&i| Some((i, options.get(i)?.text.clone().into())));
            let reveal = view.feedback.map(|_| vec![*correct]);
            let (name, choices) = (name.clone(), choices.collect());
            let text_lang = quiz_lang.clone();
            choice_list(
                ChoiceListProps { name, multiple: false, choices, picked, locked, reveal, on_pick, text_lang },
                t,
            )
        }
        Kind::Multiple { options, correct } => {
            let picked = match &view.response {
                Some(Response::Multiple(p)) => p.clone(),
                _ => Vec::new(),
            };
            let on_pick = on_answer.reform(|picked: Vec<usize>| Some(Response::multiple(picked)));
            let choices = view.option_order.iter().filter_map(|&i| Some((i, options.get(i)?.text.clone().into())));
            let reveal = view.feedback.map(|_| correct.clone());
            let (name, choices, text_lang) = (name.clone(), choices.collect(), quiz_lang.clone());
            html! {
                <>
                    <p class="aq-hint">{ t.multiple_hint }</p>
                    { choice_list(ChoiceListProps { name, multiple: true, choices, picked, locked, reveal, on_pick, text_lang }, t) }
                </>
            }
        }
        Kind::TrueFalse { correct, .. } => {
            let picked = match &view.response {
                Some(Response::TrueFalse(b)) => vec![usize::from(!*b)],
                _ => Vec::new(),
            };
            let on_pick = on_answer.reform(|picked: Vec<usize>| picked.first().map(|&i| Response::TrueFalse(i == 0)));
            let choices = vec![(0, AttrValue::from(t.true_label)), (1, AttrValue::from(t.false_label))];
            let reveal = view.feedback.map(|_| vec![usize::from(!*correct)]);
            choice_list(
                // The widget's own words, not the quiz's.
                ChoiceListProps {
                    name: name.clone(),
                    multiple: false,
                    choices,
                    picked,
                    locked,
                    reveal,
                    on_pick,
                    text_lang: ContentLang::default(),
                },
                t,
            )
        }
        Kind::Order { items } => {
            let arrangement = match &view.response {
                Some(Response::Order(order)) => order.clone(),
                _ => view.initial_order.clone(),
            };
            let on_arrange = on_answer.reform(|order: Vec<usize>| Some(Response::Order(order)));
            html! {
                <OrderList key={question.id.clone()} name={name.clone()} items={items.iter().cloned().map(AttrValue::from).collect::<Vec<_>>()}
                    {arrangement} {locked} reveal={view.feedback.is_some()} {on_arrange} root={props.root.clone()} />
            }
        }
        Kind::Numeric { unit, .. } => {
            let initial = match &view.response {
                Some(Response::Numeric(x)) => describe::group(t, *x),
                _ => String::new(),
            };
            let on_number = on_answer.reform(|n: Option<f64>| n.map(Response::Numeric));
            html! {
                <NumberField name={name.clone()} initial={initial} unit={unit.clone()} {locked} {on_number}
                    key={question.id.clone()} />
            }
        }
        Kind::Evidence { passage, correct } => {
            let picked = match &view.response {
                Some(Response::Evidence(i)) => Some(*i),
                _ => None,
            };
            let on_pick = on_answer.reform(|i: usize| Some(Response::Evidence(i)));
            let sentences = passage.iter().cloned().map(AttrValue::from).collect();
            let reveal = view.feedback.map(|_| *correct);
            let props = EvidencePickerProps { name: name.clone(), sentences, picked, locked, reveal, on_pick };
            evidence_picker(props, t, quiz_lang.clone())
        }
    };

    // What Enter (or the main button) does here.
    let primary: Option<(&'static str, Callback<()>)> = match (practice, locked, is_last) {
        (true, false, _) => Some((t.check, {
            // An ordering question left as it started is answered with that arrangement.
            let starting = view.response.is_none().then(|| view.answer_to_check(&question.kind)).flatten();
            let (on_step, answer) = (props.on_step.clone(), starting);
            Callback::from(move |()| {
                if let Some(answer) = answer.clone() {
                    on_step.emit(Step::Answer(Some(answer)));
                }
                on_step.emit(Step::Check);
            })
        })),
        (true, true, false) | (false, _, false) => Some((t.next, step(Step::Next))),
        (true, true, true) => Some((t.see_score, step(Step::Finish))),
        (false, _, true) => Some((t.finish_test, step(Step::Finish))),
    };
    let can_submit = !(practice && !locked && view.answer_to_check(&question.kind).is_none());
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
        .then(|| if is_last { (t.see_score, step(Step::Finish)) } else { (t.skip, step(Step::Next)) });

    html! {
        <form class="aq-card" {onsubmit} novalidate=true>
            <div class="aq-card-head">
                <h3 class="aq-question-heading" id={ids::QUESTION_HEADING} tabindex="-1">
                    { t.position(view.position + 1, view.round_len) }
                </h3>
                <span class="aq-points">{ t.points(crate::quiz::Points::whole(question.points)) }</span>
            </div>
            if props.passage_changed {
                <p class="aq-hint aq-warning">{ t.passage_changed }</p>
            }
            <fieldset class="aq-fieldset">
                <legend class="aq-prompt" lang={quiz_lang.lang.clone()} dir={quiz_lang.dir}>{ question.prompt.clone() }</legend>
                { control }
            </fieldset>
            if let Some(outcome) = view.feedback {
                { feedback(FeedbackProps {
                    quiz: props.quiz.clone(),
                    index: view.index,
                    response: view.response.clone(),
                    outcome,
                    id_base: ids::FEEDBACK.into(),
                    show_response: false,
                    on_show_excerpt: props.on_show_excerpt.clone(),
                }, t, quiz_lang) }
            }
            if !practice && is_last && view.unanswered > 0 {
                <p class="aq-hint aq-warning">{ t.unanswered_warning(view.unanswered) }</p>
            }
            <div class="aq-actions">
                if view.position > 0 {
                    <button type="button" class="aq-button aq-button--quiet"
                        onclick={props.on_step.reform(|_: MouseEvent| Step::Previous)}>{ t.previous }</button>
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
