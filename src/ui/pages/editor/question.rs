//! The form of one question, and of the quiz's topics.

use yew::prelude::*;

use crate::quiz::draft::{Draft, Edit, QuestionEdit};
use crate::quiz::{Kind, Question, Quiz, Topic};
use crate::ui::i18n::{editor as words, teacher};
use crate::ui::platform;

use super::SOURCE_ID;
use super::fields::{Takes, field, number_field, select_value};

/// The form of one question: `n` is its index, `problems` what the validator says of it.
pub(super) fn question_form(
    n: usize,
    quiz: &Quiz,
    q: &Question,
    problems: Vec<String>,
    edit: &Callback<Edit>,
    notice: &Callback<Option<String>>,
) -> Html {
    let count = quiz.questions.len();
    let id = |name: &str| format!("aq-ed-q{n}-{name}");
    let on = |make: fn(String) -> QuestionEdit| edit.reform(move |text: String| Edit::Question(n, make(text)));
    let send = |e: QuestionEdit| {
        let edit = edit.clone();
        Callback::from(move |_: MouseEvent| edit.emit(Edit::Question(n, e.clone())))
    };
    let topic = {
        let edit = edit.clone();
        Callback::from(move |event: Event| {
            if let Ok(topic) = select_value(&event).parse::<u8>() {
                edit.emit(Edit::Question(n, QuestionEdit::Topic(topic)));
            }
        })
    };
    let points = {
        let edit = edit.clone();
        // The field takes only whole numbers from 1 to 100.
        Callback::from(move |x: f64| edit.emit(Edit::Question(n, QuestionEdit::Points(x as u32))))
    };
    let kind_fields = match &q.kind {
        Kind::Single { options, .. } | Kind::Multiple { options, .. } => {
            let multiple = matches!(q.kind, Kind::Multiple { .. });
            let right = |i: usize| match &q.kind {
                Kind::Single { correct, .. } => *correct == i,
                Kind::Multiple { correct, .. } => correct.contains(&i),
                _ => false,
            };
            let rows = options.iter().enumerate().map(|(i, option)| {
                let text_edit = edit.reform(move |text: String| Edit::Question(n, QuestionEdit::OptionText(i, text)));
                let feedback_edit =
                    edit.reform(move |text: String| Edit::Question(n, QuestionEdit::OptionFeedback(i, text)));
                let mark = {
                    let edit = edit.clone();
                    Callback::from(move |_: Event| edit.emit(Edit::Question(n, QuestionEdit::Correct(i))))
                };
                let right_id = id(&format!("right-{i}"));
                html! {
                    <li class="aq-editor-option">
                        { field(id(&format!("option-{i}")), &format!("{} {}", words::OPTION_TEXT, i + 1), &option.text, false, text_edit) }
                        { field(id(&format!("feedback-{i}")), &words::option_feedback(i + 1), option.feedback.as_deref().unwrap_or(""), false, feedback_edit) }
                        <div class="aq-check-row">
                            <input type={if multiple { "checkbox" } else { "radio" }} name={id("right")} id={right_id.clone()}
                                checked={right(i)} onchange={mark} />
                            <label for={right_id}>{ words::option_right(i + 1) }</label>
                            <button type="button" class="aq-button aq-button--quiet" onclick={send(QuestionEdit::RemoveOption(i))}
                                aria-label={format!("{} {}", words::REMOVE_OPTION, i + 1)}>{ words::REMOVE_OPTION }</button>
                        </div>
                    </li>
                }
            });
            html! {
                <fieldset class="aq-fieldset">
                    <legend class="aq-legend">{ words::OPTIONS }</legend>
                    <ol class="aq-editor-options">{ for rows }</ol>
                    <button type="button" class="aq-button" onclick={send(QuestionEdit::AddOption)}>{ words::ADD_OPTION }</button>
                </fieldset>
            }
        }
        Kind::TrueFalse { correct, feedback_true, feedback_false } => {
            let radio = |value: bool, label: &'static str| {
                let rid = id(if value { "true" } else { "false" });
                let edit = edit.clone();
                let onchange =
                    Callback::from(move |_: Event| edit.emit(Edit::Question(n, QuestionEdit::TrueFalse(value))));
                html! {
                    <div class="aq-check-row">
                        <input type="radio" name={id("truth")} id={rid.clone()} checked={*correct == value} {onchange} />
                        <label for={rid}>{ label }</label>
                    </div>
                }
            };
            html! {
                <>
                    <fieldset class="aq-fieldset">
                        <legend class="aq-legend">{ words::STATEMENT_IS }</legend>
                        { radio(true, "True") }
                        { radio(false, "False") }
                    </fieldset>
                    { field(id("feedback-true"), words::FEEDBACK_TRUE, feedback_true.as_deref().unwrap_or(""), false, on(QuestionEdit::FeedbackTrue)) }
                    { field(id("feedback-false"), words::FEEDBACK_FALSE, feedback_false.as_deref().unwrap_or(""), false, on(QuestionEdit::FeedbackFalse)) }
                </>
            }
        }
        Kind::Order { items } => field(id("items"), words::ITEMS, &items.join("\n"), true, on(QuestionEdit::Items)),
        Kind::Numeric { answer, tolerance, unit } => {
            let answer_edit = edit.reform(move |x: f64| Edit::Question(n, QuestionEdit::Answer(x)));
            let tolerance_edit = edit.reform(move |x: f64| Edit::Question(n, QuestionEdit::Tolerance(x)));
            html! {
                <div class="aq-editor-row">
                    { number_field(id("answer"), words::ANSWER, answer.to_string(), Takes::Number, answer_edit) }
                    { number_field(id("tolerance"), words::TOLERANCE, tolerance.to_string(), Takes::NotNegative, tolerance_edit) }
                    { field(id("unit"), words::UNIT, unit, false, on(QuestionEdit::Unit)) }
                </div>
            }
        }
        Kind::Evidence { passage, correct } => {
            let pick = {
                let edit = edit.clone();
                Callback::from(move |event: Event| {
                    if let Ok(i) = select_value(&event).parse::<usize>() {
                        edit.emit(Edit::Question(n, QuestionEdit::Sentence(i)));
                    }
                })
            };
            let choices = passage.iter().enumerate().map(|(i, sentence)| {
                html! { <option value={i.to_string()} selected={i == *correct}>{ format!("{}. {sentence}", i + 1) }</option> }
            });
            let passage_from_selection = {
                let (edit, notice) = (edit.clone(), notice.clone());
                Callback::from(move |_: MouseEvent| match platform::selected_text(SOURCE_ID) {
                    Some(text) => {
                        notice.emit(None);
                        edit.emit(Edit::Question(n, QuestionEdit::PassageFrom(text)));
                    }
                    None => notice.emit(Some(words::NOTHING_SELECTED.to_owned())),
                })
            };
            html! {
                <>
                    { field(id("passage"), words::PASSAGE, &passage.join("\n"), true, on(QuestionEdit::Passage)) }
                    <div class="aq-actions">
                        <button type="button" class="aq-button" onclick={passage_from_selection}>{ words::PASSAGE_FROM_SELECTION }</button>
                    </div>
                    <div class="aq-field">
                        <label for={id("sentence")}>{ words::SENTENCE }</label>
                        <select id={id("sentence")} class="aq-text-input" onchange={pick}>{ for choices }</select>
                    </div>
                </>
            }
        }
    };
    let excerpts = q.excerpts.iter().enumerate().map(|(i, excerpt)| {
        let change = edit.reform(move |text: String| Edit::Question(n, QuestionEdit::Excerpt(i, text)));
        html! {
            <li>
                { field(id(&format!("excerpt-{i}")), &format!("{} {}", words::EXCERPT, i + 1), excerpt, true, change) }
                <button type="button" class="aq-button aq-button--quiet" onclick={send(QuestionEdit::RemoveExcerpt(i))}
                    aria-label={format!("{} {}", words::REMOVE_EXCERPT, i + 1)}>{ words::REMOVE_EXCERPT }</button>
            </li>
        }
    });
    let add_selection = {
        let (edit, notice) = (edit.clone(), notice.clone());
        Callback::from(move |_: MouseEvent| match platform::selected_text(SOURCE_ID) {
            Some(text) => {
                notice.emit(None);
                edit.emit(Edit::Question(n, QuestionEdit::AddExcerpt(text.trim().to_owned())));
            }
            None => notice.emit(Some(words::NOTHING_SELECTED.to_owned())),
        })
    };
    let heading_id = id("heading");
    html! {
        <section class="aq-editor-question" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id} class="aq-teacher-subheading">{ words::question_heading(n + 1, teacher::kind(q.kind.name())) }</h3>
            if !problems.is_empty() {
                <ul class="aq-editor-problems">
                    { for problems.into_iter().map(|p| html! { <li class="aq-field-error">{ p }</li> }) }
                </ul>
            }
            <div class="aq-editor-row">
                { field(id("id"), words::ID, &q.id, false, on(QuestionEdit::Id)) }
                <div class="aq-field">
                    <label for={id("topic")}>{ words::TOPIC }</label>
                    <select id={id("topic")} class="aq-text-input" onchange={topic}>
                        { for quiz.topics.iter().enumerate().filter_map(|(i, t)| Some((u8::try_from(i).ok()?, t))).map(|(i, t): (u8, &Topic)| html! {
                            <option value={i.to_string()} selected={i == q.topic}>{ words::topic_name(&t.label, &t.id) }</option>
                        }) }
                    </select>
                </div>
                { number_field(id("points"), words::POINTS, q.points.to_string(), Takes::Points, points) }
            </div>
            { field(id("prompt"), words::PROMPT, &q.prompt, true, on(QuestionEdit::Prompt)) }
            { kind_fields }
            { field(id("explanation"), words::EXPLANATION, &q.explanation, true, on(QuestionEdit::Explanation)) }
            <fieldset class="aq-fieldset">
                <legend class="aq-legend">{ words::EXCERPTS }</legend>
                <ol class="aq-editor-excerpts">{ for excerpts }</ol>
                <div class="aq-actions">
                    <button type="button" class="aq-button aq-button--primary" onclick={add_selection}>{ words::ADD_SELECTION }</button>
                    <button type="button" class="aq-button" onclick={send(QuestionEdit::NewExcerpt)}>{ words::ADD_TYPED }</button>
                </div>
            </fieldset>
            <div class="aq-actions">
                <button type="button" class="aq-button" disabled={n == 0}
                    onclick={edit.reform(move |_: MouseEvent| Edit::Move(n, -1))}>{ words::MOVE_UP }</button>
                <button type="button" class="aq-button" disabled={n + 1 == count}
                    onclick={edit.reform(move |_: MouseEvent| Edit::Move(n, 1))}>{ words::MOVE_DOWN }</button>
                <button type="button" class="aq-button aq-button--quiet"
                    onclick={edit.reform(move |_: MouseEvent| Edit::Remove(n))}>{ words::REMOVE_QUESTION }</button>
            </div>
        </section>
    }
}

/// The quiz's topics: an id and a label each, up to [`Topic::MAX`]. A topic a question
/// is about cannot be removed; the row says how many are.
pub(super) fn topics_form(draft: &Draft, edit: &Callback<Edit>) -> Html {
    let topics = &draft.quiz.topics;
    let rows = topics.iter().enumerate().map(|(i, topic)| {
        let id = |name: &str| format!("aq-ed-topic{i}-{name}");
        let users = draft.topic_users(i);
        let on_id = edit.reform(move |text: String| Edit::TopicId(i, text));
        let on_label = edit.reform(move |text: String| Edit::TopicLabel(i, text));
        let hint_id = id("users");
        html! {
            <li class="aq-editor-topic">
                <div class="aq-editor-row">
                    { field(id("label"), &words::topic_label(i + 1), &topic.label, false, on_label) }
                    { field(id("id"), &words::topic_id(i + 1), &topic.id, false, on_id) }
                </div>
                <div class="aq-check-row">
                    <p class="aq-hint" id={hint_id.clone()}>{ words::topic_users(users) }</p>
                    <button type="button" class="aq-button aq-button--quiet" disabled={users > 0}
                        aria-describedby={hint_id} aria-label={words::remove_topic(i + 1)}
                        onclick={edit.reform(move |_: MouseEvent| Edit::RemoveTopic(i))}>{ words::REMOVE_TOPIC }</button>
                </div>
            </li>
        }
    });
    html! {
        <fieldset class="aq-fieldset">
            <legend class="aq-legend">{ words::TOPICS }</legend>
            <p class="aq-hint">{ words::TOPICS_HINT }</p>
            <ol class="aq-editor-topics">{ for rows }</ol>
            <button type="button" class="aq-button" disabled={topics.len() >= Topic::MAX}
                onclick={edit.reform(|_: MouseEvent| Edit::AddTopic)}>{ words::ADD_TOPIC }</button>
        </fieldset>
    }
}
