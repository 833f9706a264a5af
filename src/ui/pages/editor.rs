//! The editor (editor.html, built into `dist/editor/` with a wasm of its own): a person
//! goes from an article to a published quiz without a terminal. The quiz being written
//! is a [`Draft`]; every change is a core [`Edit`], the validator and the lint run on
//! each render, and the files and the bundle can be downloaded only when the validator
//! finds nothing. Excerpts are chosen by selecting text in a read-only copy of the
//! article, so they are the article's own characters.

use std::rc::Rc;

use yew::prelude::*;

use crate::quiz::bundle::{self, Loaded};
use crate::quiz::draft::{self, Draft, Edit, QuestionEdit};
use crate::quiz::launch::Launch;
use crate::quiz::source::{self, Texts};
use crate::quiz::{Kind, KindName, Question, Quiz, Topic, files, lint, validate};

use crate::ui::app::{App, AppProps, Start};
use crate::ui::i18n::{editor as words, teacher};
use crate::ui::pages::embed_code::{self, Way};
use crate::ui::platform;

/// Where the draft is kept in this browser.
pub const DRAFT_KEY: &str = "article-quiz:editor:draft";
/// Where a draft that could not be read is put aside, so that nothing is lost.
pub const DAMAGED_KEY: &str = "article-quiz:editor:damaged-draft";
const SOURCE_ID: &str = "aq-ed-source";
/// The largest file the editor opens.
const MAX_FILE: usize = 4 << 20;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The draft kept in this browser, as [`draft::encode`] wrote it.
    #[prop_or_default]
    pub stored: Option<AttrValue>,
    /// The student widget's address (for the embed snippet).
    pub widget: AttrValue,
}

#[derive(Clone, PartialEq)]
struct EditorState {
    draft: Rc<Draft>,
    notice: Option<String>,
    confirm_reset: bool,
    /// Files read that would replace work in the draft, waiting for the reader's yes,
    /// with how to name them.
    pending: Option<(Open, String)>,
    /// Why the files last chosen were not opened, shown beside the Open control.
    not_opened: Vec<String>,
}

enum Action {
    Edit(Edit),
    Replace(Rc<Draft>, String),
    Notice(Option<String>),
    AskReset(bool),
    /// Files were read: opened at once into a draft with no work in it, asked about
    /// first otherwise.
    Opened(Open, String),
    /// The reader's answer to opening over the draft.
    ConfirmOpen(bool),
    /// The files chosen could not be opened: every reason; the draft stays.
    NotOpened(Vec<String>),
}

impl Reducible for EditorState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(edit) => {
                // A reason files were not opened no longer applies once the draft moves on.
                next.not_opened.clear();
                Rc::make_mut(&mut next.draft).apply(edit);
            }
            Action::Replace(draft, notice) => next.take(Open::Quiz(draft, notice)),
            Action::Notice(notice) => next.notice = notice,
            Action::AskReset(ask) => next.confirm_reset = ask,
            Action::Opened(open, what) => {
                next.not_opened.clear();
                if has_work(&next.draft) {
                    next.pending = Some((open, what));
                } else {
                    next.take(open);
                }
            }
            Action::ConfirmOpen(yes) => {
                if let (Some((open, _)), true) = (next.pending.take(), yes) {
                    next.take(open);
                }
            }
            Action::NotOpened(why) => {
                next.pending = None;
                next.not_opened = why;
            }
        }
        Rc::new(next)
    }
}

impl EditorState {
    /// Makes what was opened the draft (a quiz), or the draft's article (an article).
    fn take(&mut self, open: Open) {
        match open {
            Open::Quiz(draft, said) => {
                self.draft = draft;
                self.notice = Some(said);
                self.confirm_reset = false;
            }
            Open::Article(text) => Rc::make_mut(&mut self.draft).apply(Edit::Article(text)),
        }
    }
}

/// Whether the draft holds work that opening files would replace: a question, an
/// article, or any of the quiz's details.
fn has_work(draft: &Draft) -> bool {
    let meta = &draft.quiz.meta;
    !draft.quiz.questions.is_empty()
        || !draft.article_text.trim().is_empty()
        || [&meta.title, &meta.article_title, &meta.publication, &meta.canonical_url]
            .iter()
            .any(|text| !text.trim().is_empty())
        || meta.authors.iter().any(|author| !author.trim().is_empty())
}

fn initial(stored: Option<&str>) -> EditorState {
    let (draft, notice) = match stored.map(draft::decode) {
        None => (Draft::default(), None),
        Some(Ok(draft)) => (draft, None),
        Some(Err(why)) => {
            // Put aside, never overwritten by the fresh draft.
            if let Some(text) = stored {
                let _ = platform::store(DAMAGED_KEY, text);
            }
            (Draft::default(), Some(words::damaged_draft(&why.to_string())))
        }
    };
    EditorState { draft: Rc::new(draft), notice, confirm_reset: false, pending: None, not_opened: Vec::new() }
}

fn input_value(event: &InputEvent) -> String {
    if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
        return input.value();
    }
    event.target_dyn_into::<web_sys::HtmlTextAreaElement>().map(|area| area.value()).unwrap_or_default()
}

fn select_value(event: &Event) -> String {
    event.target_dyn_into::<web_sys::HtmlSelectElement>().map(|s| s.value()).unwrap_or_default()
}

/// A labelled text field; `area` for several lines.
fn field(id: String, label: &str, value: &str, area: bool, on: Callback<String>) -> Html {
    let oninput = on.reform(|event: InputEvent| input_value(&event));
    html! {
        <div class="aq-field">
            <label for={id.clone()}>{ label }</label>
            if area {
                <textarea {id} class="aq-text-input" rows="3" value={value.to_owned()} {oninput} />
            } else {
                <input type="text" {id} class="aq-text-input" value={value.to_owned()} {oninput} />
            }
        </div>
    }
}

/// What a number field takes.
#[derive(Clone, Copy, PartialEq)]
enum Takes {
    /// Any number.
    Number,
    /// A number of 0 or more (a tolerance).
    NotNegative,
    /// A whole number from 1 to 100 (points).
    Points,
}

#[derive(Properties, PartialEq)]
struct NumberFieldProps {
    id: AttrValue,
    label: AttrValue,
    /// The number the draft holds, as shown.
    value: AttrValue,
    takes: Takes,
    on: Callback<f64>,
}

/// A labelled number field, read when it is left (so that typing "2." is not cut). What
/// it cannot take ("abc", a negative tolerance) is never kept silently: the field shows
/// the number the draft still holds, and says why beside it.
#[function_component]
fn NumberField(props: &NumberFieldProps) -> Html {
    let refused = use_state(|| None::<String>);
    let onchange = {
        let (on, takes, value, refused) = (props.on.clone(), props.takes, props.value.clone(), refused.clone());
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let typed = input.value();
            let number = typed.trim().parse::<f64>().ok().filter(|x| x.is_finite());
            let taken = number.filter(|&x| match takes {
                Takes::Number => true,
                Takes::NotNegative => x >= 0.0,
                Takes::Points => x.fract() == 0.0 && (1.0..=100.0).contains(&x),
            });
            match taken {
                Some(x) => {
                    refused.set(None);
                    on.emit(x);
                }
                None => {
                    input.set_value(&value);
                    let why = match (number, takes) {
                        (None, _) => words::not_a_number(&typed, &value),
                        (Some(_), Takes::Points) => words::points_range(&typed, &value),
                        (Some(_), _) => words::not_negative(&typed, &value),
                    };
                    refused.set(Some(why));
                }
            }
        })
    };
    let error_id = format!("{}-refused", props.id);
    html! {
        <div class="aq-field aq-field--short">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input type="text" inputmode="decimal" id={props.id.clone()} class="aq-text-input"
                value={props.value.clone()} {onchange}
                aria-invalid={refused.is_some().then_some("true")}
                aria-describedby={refused.is_some().then(|| error_id.clone())} />
            if let Some(why) = &*refused {
                <p id={error_id} class="aq-field-error" role="alert">{ why }</p>
            }
        </div>
    }
}

fn number_field(id: String, label: &str, value: String, takes: Takes, on: Callback<f64>) -> Html {
    html! { <NumberField id={id} label={label.to_owned()} value={value} {takes} {on} /> }
}

/// The form of one question: `n` is its index, `problems` what the validator says of it.
fn question_form(
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
                        { for (0..).zip(&quiz.topics).map(|(i, t): (u8, &Topic)| html! {
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
fn topics_form(draft: &Draft, edit: &Callback<Edit>) -> Html {
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

/// One version of the draft: equal only to itself, as every edit makes a new one
/// ([`Rc::make_mut`] on a draft the previous state shares), so that what is worked out
/// from a draft is worked out once per edit, not on every render.
#[derive(Clone)]
struct Version(Rc<Draft>);

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the validator and the lint say of a version of the draft, and, when it is sound,
/// its files and its bundle.
struct Checks {
    problems: Vec<validate::Problem>,
    warnings: Vec<lint::Warning>,
    published: Option<(Result<files::QuizFiles, files::WriteError>, Vec<u8>)>,
}

impl Checks {
    fn of(quiz: &Quiz) -> Checks {
        let problems = validate::validate(quiz);
        if !problems.is_empty() {
            return Checks { problems, warnings: Vec::new(), published: None };
        }
        Checks { problems, warnings: lint::lint(quiz), published: Some((files::write(quiz), bundle::encode(quiz))) }
    }
}

/// What a file the reader opened becomes.
#[derive(Clone, PartialEq)]
enum Open {
    /// A whole quiz: a bundle, or a quiz folder's three files.
    Quiz(Rc<Draft>, String),
    /// An article.txt alone: the article's text.
    Article(String),
}

/// Opens what the reader chose: a bundle, a quiz folder's three files, or an article;
/// with it, how to name it when asking to open it over the draft. Files that cannot be
/// opened whole are refused with every reason: nothing is dropped on the way in.
fn open(opened: Vec<platform::Opened>, slug: &str) -> Result<(Open, String), Vec<String>> {
    if opened.iter().any(|f| f.bytes.is_empty()) {
        return Err(vec![words::TOO_LARGE.to_owned()]);
    }
    if let [one] = opened.as_slice() {
        if one.name.ends_with(".txt") {
            let text = String::from_utf8_lossy(&one.bytes).into_owned();
            return Ok((Open::Article(text), words::article_named(&one.name)));
        }
        // One of a folder's files, chosen alone.
        if one.name.ends_with(".toml") {
            return Err(vec![words::one_of_three(&one.name)]);
        }
        let loaded = bundle::decode_unchecked(&one.bytes).map_err(|why| vec![why.to_string()])?;
        let count = loaded.quiz.questions.len();
        let draft = Rc::new(Draft::of(loaded.quiz));
        return Ok((Open::Quiz(draft, words::opened(&one.name, count)), words::named(&one.name)));
    }
    let text =
        |name: &str| opened.iter().find(|f| f.name == name).map(|f| String::from_utf8_lossy(&f.bytes).into_owned());
    let (Some(article), Some(meta), Some(quiz)) = (text("article.txt"), text("meta.toml"), text("quiz.toml")) else {
        return Err(vec![words::NEED_THREE_FILES.to_owned()]);
    };
    let slug = if slug.is_empty() { "quiz" } else { slug };
    let read = source::read_texts(&Texts { slug, meta: &meta, quiz: &quiz, article: &article })
        .map_err(|why| vec![why.to_string()])?;
    if !read.problems.is_empty() {
        return Err(read.problems.iter().map(ToString::to_string).collect());
    }
    let said = words::opened("the quiz folder’s files", read.quiz.questions.len());
    Ok((Open::Quiz(Rc::new(Draft::of(read.quiz)), said), words::FOLDER_FILES.to_owned()))
}

#[function_component]
pub fn Editor(props: &EditorProps) -> Html {
    let state = use_reducer({
        let stored = props.stored.clone();
        move || initial(stored.as_deref())
    });
    let add_kind = use_state(|| KindName::Single);
    let served_at = use_state(String::new);
    // `None`: the whole quiz; else the question previewed alone.
    let preview_of = use_state(|| None::<usize>);
    let draft = state.draft.clone();
    use_effect_with((), |_| {
        let refused = platform::refuse_edits(SOURCE_ID);
        // Unmounted: the listener goes with the page.
        move || {
            let _ended = refused;
        }
    });
    // Kept as the person works; a refusal loses nothing on this page.
    use_effect_with(draft.clone(), |draft| {
        let _ = platform::store(DRAFT_KEY, &draft::encode(draft));
    });

    let quiz = &draft.quiz;
    let edit = {
        let state = state.dispatcher();
        Callback::from(move |e: Edit| state.dispatch(Action::Edit(e)))
    };
    let notice = {
        let state = state.dispatcher();
        Callback::from(move |n: Option<String>| state.dispatch(Action::Notice(n)))
    };
    let meta_field = |name: &str, label: &str, value: &str, make: fn(String) -> Edit| {
        field(format!("aq-ed-{name}"), label, value, false, edit.reform(make))
    };

    let checks = use_memo(Version(draft.clone()), |version| Checks::of(&version.0.quiz));
    let Checks { problems, warnings, published } = &*checks;
    let of_question = |n: usize| -> Vec<String> {
        problems.iter().filter(|p| p.index == Some(n)).map(|p| format!("{}.", p.issue)).collect()
    };
    let count = quiz.questions.len();
    let questions =
        quiz.questions.iter().enumerate().map(|(n, q)| question_form(n, quiz, q, of_question(n), &edit, &notice));
    let topics = topics_form(&draft, &edit);

    let body_choice = {
        let edit = edit.clone();
        Callback::from(move |event: Event| {
            if let Ok(n) = select_value(&event).parse::<usize>() {
                edit.emit(Edit::BodyParagraphs(n));
            }
        })
    };
    let paragraphs = quiz.article.paragraphs.len();
    let source_text = quiz.article.body().join("\n\n");
    let kind_choice = {
        let add_kind = add_kind.clone();
        Callback::from(move |event: Event| {
            let key = select_value(&event);
            if let Some(kind) = KindName::ALL.into_iter().find(|k| k.key() == key) {
                add_kind.set(kind);
            }
        })
    };
    let add = {
        let (edit, kind) = (edit.clone(), *add_kind);
        Callback::from(move |_: MouseEvent| edit.emit(Edit::Add(kind)))
    };

    let publish = if let Some((written, bytes)) = published {
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
        let snippet = embed_code::snippet(&options, &props.widget);
        let on_served = {
            let served_at = served_at.clone();
            Callback::from(move |text: String| served_at.set(text))
        };
        html! {
            <>
                <p role="status">{ words::SOUND }</p>
                { downloads }
                { field("aq-ed-served".into(), words::SERVED_AT, &served_at, false, on_served) }
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
    };

    // The whole quiz, or one question of it as a quiz of its own (which may be sound
    // while other questions are still being written).
    let mut previewed = quiz.clone();
    let sound = match *preview_of {
        // The whole quiz was validated above.
        None => problems.is_empty(),
        Some(n) => {
            previewed.questions = quiz.questions.get(n).cloned().into_iter().collect();
            validate::validate(&previewed).is_empty()
        }
    };
    let preview = if sound {
        // Its progress is kept apart from the published quiz's.
        previewed.slug = format!("editor-preview-{}", previewed.slug);
        let bytes = bundle::encode(&previewed);
        let fingerprint = crate::quiz::shuffle::fnv1a64(&bytes);
        let start = Start { embed: None, first_screen: None, random_seed: 1, now_ms: platform::now_ms() };
        let props = AppProps::new(Loaded { quiz: previewed, fingerprint }, &Launch::default(), |_| None, start);
        html! { <div class="aq-editor-preview" key={fingerprint.to_string()}><App ..props /></div> }
    } else {
        html! { <p>{ if preview_of.is_some() { words::PREVIEW_QUESTION_WAITS } else { words::PREVIEW_WAITS } }</p> }
    };
    let choose_preview = {
        let preview_of = preview_of.clone();
        Callback::from(move |event: Event| preview_of.set(select_value(&event).parse::<usize>().ok()))
    };

    let on_files = {
        let (state, slug) = (state.dispatcher(), quiz.slug.clone());
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let (state, slug) = (state.clone(), slug.clone());
            platform::read_files(&input, MAX_FILE, move |opened| match open(opened, &slug) {
                Ok((open, what)) => state.dispatch(Action::Opened(open, what)),
                Err(why) => state.dispatch(Action::NotOpened(why)),
            });
            // The same files chosen again are read again.
            input.set_value("");
        })
    };
    let confirm_open = |yes: bool| {
        let state = state.dispatcher();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ConfirmOpen(yes)))
    };
    let ask_reset = |ask: bool| {
        let state = state.dispatcher();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::AskReset(ask)))
    };
    let reset = {
        let state = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Replace(Rc::default(), words::START_OVER.to_owned()))
        })
    };

    html! {
        <div class="aq aq-teacher aq-editor">
            <header class="aq-header">
                <p class="aq-kicker">{ words::KICKER }</p>
                <h1 class="aq-title">{ words::HEADING }</h1>
                <p class="aq-lead">{ words::INTRO }</p>
            </header>
            if let Some(text) = &state.notice {
                <div class="aq-notice" role="status">
                    <p>{ text }</p>
                    <button type="button" class="aq-button aq-button--quiet"
                        onclick={notice.reform(|_: MouseEvent| None)}>{ words::DISMISS }</button>
                </div>
            }
            <section class="aq-card aq-teacher-section" aria-labelledby="aq-ed-article-heading">
                <h2 id="aq-ed-article-heading" class="aq-teacher-heading">{ words::ARTICLE_HEADING }</h2>
                <div class="aq-field">
                    <label for="aq-ed-article">{ words::ARTICLE_LABEL }</label>
                    <textarea id="aq-ed-article" class="aq-text-input" rows="8" aria-describedby="aq-ed-article-hint"
                        value={draft.article_text.clone()} oninput={edit.reform(|e: InputEvent| Edit::Article(input_value(&e)))} />
                    <p class="aq-hint" id="aq-ed-article-hint">{ format!("{} {}", words::ARTICLE_HINT, words::paragraphs(paragraphs)) }</p>
                </div>
                <div class="aq-field">
                    <label for="aq-ed-body">{ words::BODY_LABEL }</label>
                    <select id="aq-ed-body" class="aq-text-input" onchange={body_choice} aria-describedby="aq-ed-body-hint">
                        { for (0..=paragraphs).map(|n| html! {
                            <option value={n.to_string()} selected={n == quiz.article.body_paragraphs}>{ n.to_string() }</option>
                        }) }
                    </select>
                    <p class="aq-hint" id="aq-ed-body-hint">{ words::BODY_HINT }</p>
                </div>
                <div class="aq-editor-row">
                    { meta_field("slug", words::SLUG, &quiz.slug, Edit::Slug) }
                    { meta_field("language", words::LANGUAGE, &quiz.meta.language, Edit::Language) }
                </div>
                { meta_field("title", words::TITLE, &quiz.meta.title, Edit::Title) }
                { meta_field("article-title", words::ARTICLE_TITLE, &quiz.meta.article_title, Edit::ArticleTitle) }
                <div class="aq-editor-row">
                    { meta_field("publication", words::PUBLICATION, &quiz.meta.publication, Edit::Publication) }
                    { meta_field("authors", words::AUTHORS, &quiz.meta.authors.join(", "), Edit::Authors) }
                </div>
                { meta_field("address", words::ADDRESS, &quiz.meta.canonical_url, Edit::CanonicalUrl) }
                { topics }
            </section>
            <div class="aq-editor-columns">
                <section class="aq-editor-source" aria-labelledby="aq-ed-source-heading">
                    <h2 id="aq-ed-source-heading" class="aq-teacher-heading">{ words::SOURCE_HEADING }</h2>
                    <label for={SOURCE_ID} class="aq-hint">{ words::SOURCE_LABEL }</label>
                    // Not `readonly`, which moves no caret in Chromium: every change is refused
                    // instead (`platform::refuse_edits`), so the text stays the article's.
                    <textarea id={SOURCE_ID} class="aq-text-input aq-editor-source-text" aria-readonly="true" rows="24"
                        value={source_text} />
                </section>
                <section class="aq-teacher-section aq-editor-questions" aria-labelledby="aq-ed-questions-heading">
                    <h2 id="aq-ed-questions-heading" class="aq-teacher-heading">{ words::QUESTIONS_HEADING }</h2>
                    <p class="aq-hint" aria-live="polite">{ words::summary(count, problems.len()) }</p>
                    if count == 0 {
                        <p>{ words::NO_QUESTIONS }</p>
                    }
                    { for questions }
                    <div class="aq-actions">
                        <label for="aq-ed-kind">{ words::ADD_KIND }</label>
                        <select id="aq-ed-kind" class="aq-text-input" onchange={kind_choice}>
                            { for KindName::ALL.into_iter().map(|k| html! {
                                <option value={k.key()} selected={k == *add_kind}>{ teacher::kind(k) }</option>
                            }) }
                        </select>
                        <button type="button" class="aq-button aq-button--primary" onclick={add}>{ words::ADD_QUESTION }</button>
                    </div>
                </section>
            </div>
            <section class="aq-card aq-teacher-section" aria-labelledby="aq-ed-publish-heading">
                <h2 id="aq-ed-publish-heading" class="aq-teacher-heading">{ words::PUBLISH_HEADING }</h2>
                { publish }
                if !warnings.is_empty() {
                    <h3 class="aq-teacher-subheading">{ words::WARNINGS }</h3>
                    <ul>{ for warnings.iter().map(|w| html! { <li>{ words::warning(w) }</li> }) }</ul>
                }
            </section>
            <section class="aq-teacher-section" aria-labelledby="aq-ed-preview-heading">
                <h2 id="aq-ed-preview-heading" class="aq-teacher-heading">{ words::PREVIEW_HEADING }</h2>
                <div class="aq-field">
                    <label for="aq-ed-preview-of">{ words::PREVIEW_OF }</label>
                    <select id="aq-ed-preview-of" class="aq-text-input" onchange={choose_preview}>
                        <option value="" selected={preview_of.is_none()}>{ words::WHOLE_QUIZ }</option>
                        { for quiz.questions.iter().enumerate().map(|(n, q)| html! {
                            <option value={n.to_string()} selected={*preview_of == Some(n)}>
                                { words::question_heading(n + 1, teacher::kind(q.kind.name())) }
                            </option>
                        }) }
                    </select>
                </div>
                { preview }
            </section>
            <section class="aq-card aq-teacher-section" aria-labelledby="aq-ed-open-heading">
                <h2 id="aq-ed-open-heading" class="aq-teacher-heading">{ words::OPEN_HEADING }</h2>
                <div class="aq-field">
                    <label for="aq-ed-open">{ words::OPEN_LABEL }</label>
                    <input type="file" id="aq-ed-open" multiple=true accept=".aqz,.toml,.txt" onchange={on_files} />
                </div>
                if let [why] = state.not_opened.as_slice() {
                    <div class="aq-notice" role="alert"><p>{ words::not_opened(why) }</p></div>
                } else if !state.not_opened.is_empty() {
                    <div class="aq-notice" role="alert">
                        <p>{ words::NOT_OPENED_FOR }</p>
                        <ul>{ for state.not_opened.iter().map(|why| html! { <li>{ why }</li> }) }</ul>
                    </div>
                }
                if let Some((open, what)) = &state.pending {
                    <div class="aq-notice" role="alert">
                        <p>{ match open {
                            Open::Quiz(..) => words::replace_ask(what, state.draft.quiz.questions.len()),
                            Open::Article(_) => words::article_ask(what),
                        } }</p>
                        <button type="button" class="aq-button aq-button--primary" onclick={confirm_open(true)}>
                            { words::YES_OPEN }
                        </button>
                        <button type="button" class="aq-button" onclick={confirm_open(false)}>{ words::KEEP_DRAFT }</button>
                    </div>
                }
                if state.confirm_reset {
                    <div class="aq-notice" role="alert">
                        <p>{ words::START_OVER_ASK }</p>
                        <button type="button" class="aq-button aq-button--primary" onclick={reset}>{ words::YES_START_OVER }</button>
                        <button type="button" class="aq-button" onclick={ask_reset(false)}>{ words::CANCEL }</button>
                    </div>
                } else {
                    <button type="button" class="aq-button" onclick={ask_reset(true)}>{ words::START_OVER }</button>
                }
            </section>
        </div>
    }
}

/// Mounts the editor into the element with id [`words::PAGE_ROOT`], with the draft kept
/// in this browser. Used by the editor binary's `main`.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    crate::ui::pages::widget::mount_page::<Editor>(words::PAGE_ROOT, || {
        Ok(EditorProps {
            stored: platform::load(DRAFT_KEY).map(Into::into),
            widget: platform::address_of("../").into(),
        })
    });
}
