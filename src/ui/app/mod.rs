//! The widget's root: owns the one reducer, hands children plain data and callbacks,
//! and runs the effects (saving progress, moving focus) at the edge.

mod hooks;
pub mod state;

use yew::prelude::*;

use crate::quiz::bundle::Loaded;
use crate::quiz::launch::Launch;
use crate::quiz::link::{self, Assignment};
use crate::quiz::result::{self, ResultRecord};
use crate::quiz::session::{SessionError, Settings};
use crate::quiz::{Mode, Session, Step};
use crate::quiz::{corrections, saved};

use crate::quiz::host::{self, Embed};
use crate::ui::QuizRef;
use crate::ui::app::state::{ArticleView, Notice, QuizState, UiAction};
use crate::ui::components::article_panel::{ArticlePanelProps, article_panel};
use crate::ui::components::hand_in::HandIn;
use crate::ui::components::header::{HeaderProps, header};
use crate::ui::components::ids;
use crate::ui::components::question_card::{QuestionCardProps, question_card};
use crate::ui::components::results::Results;
use crate::ui::i18n::{self, Lang, Languages};
use crate::ui::platform;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub quiz: QuizRef,
    /// Progress saved by an earlier visit, as [`saved::encode`] wrote it.
    #[prop_or_default]
    pub saved: Option<AttrValue>,
    /// A teacher's set-up from the link the student followed; `None` for the whole quiz.
    #[prop_or_default]
    pub assignment: Option<Assignment>,
    /// The assignment's identity ([`crate::quiz::result::assignment_id`] of its link);
    /// 0 for the whole quiz.
    #[prop_or_default]
    pub assignment_id: u32,
    /// Something to tell the student first, such as why a link could not be opened.
    #[prop_or_default]
    pub notice: Option<Notice>,
    /// How to talk to the page that embeds the widget; `None` standalone.
    #[prop_or_default]
    pub embed: Option<Embed>,
    /// The language of the widget's own words ([`Lang::choose`]).
    #[prop_or_default]
    pub lang: Lang,
    /// The mode a fresh session starts in, unless an assignment sets it.
    #[prop_or(Mode::Practice)]
    pub mode: Mode,
    /// Whether the end screen offers to share the result (the host may turn it off).
    #[prop_or(true)]
    pub share: bool,
    /// Whether an assignment's end screen offers the hand-in (the result code); a
    /// learning platform's launch page turns it off.
    #[prop_or(true)]
    pub hand_in: bool,
    /// Seed and clock for a fresh session; the caller reads them from the browser.
    pub seed: u64,
    pub now_ms: u64,
    /// Whether the results module offers to hand in to a class (a student link of a
    /// class on the page's results server).
    #[prop_or_default]
    pub to_class: bool,
    /// Where this page's readers' answers go, on a news page that names a results server.
    #[prop_or_default]
    pub readers: Option<platform::Readers>,
}

/// What start-up knows besides the quiz and the launch: the world the app starts in.
pub struct Start {
    /// How to talk to the page that embeds the widget; `None` standalone.
    pub embed: Option<Embed>,
    /// The seed of the prerendered first screen the page showed, if it showed one.
    pub first_screen: Option<u64>,
    /// A fresh random seed, for a fresh session with no other seed to keep.
    pub random_seed: u64,
    pub now_ms: u64,
}

impl AppProps {
    /// The app's props for `loaded`, as `launch` asks: the teacher's assignment if its
    /// code opens (a broken one is explained, and the whole quiz offered instead), the
    /// progress that `stored` finds under the assignment's storage key, the language and
    /// the mode. A fresh start from the prerendered screen keeps that screen's seed, so
    /// that it looks the same. The page's start-up (`ui::show`), the prerendered first
    /// screen and the component tests all build the app's props here.
    pub fn new(loaded: Loaded, launch: &Launch, stored: impl Fn(&str) -> Option<String>, start: Start) -> Self {
        // The language it speaks: English, should the chosen one's words not have been read.
        let lang = Lang::choose(launch.lang.as_deref(), &loaded.quiz.meta.language).text().lang;
        let code = launch.assignment_code.as_deref();
        let (assignment, assignment_id, notice) = match code.map(|code| (code, link::decode(code, &loaded.quiz))) {
            Some((code, Ok(assignment))) => (Some(assignment), result::assignment_id(code), None),
            Some((_, Err(why))) => (None, 0, Some(Notice::BrokenLink(why))),
            None => (None, 0, None),
        };
        // An embed's own progress, or else what was kept before embeds had their own.
        let instance = start.embed.as_ref().map_or("", |embed| embed.instance.as_str());
        let slug = &loaded.quiz.slug;
        // Progress the page gives (a learning platform's copy) wins over this browser's.
        let saved: Option<AttrValue> = (launch.progress.clone())
            .or_else(|| stored(&saved::storage_key(slug, assignment_id, instance)))
            .or_else(|| (!instance.is_empty()).then(|| stored(&saved::shared_key(slug, assignment_id))).flatten())
            .map(Into::into);
        let seed = start.first_screen.filter(|_| saved.is_none() && code.is_none()).unwrap_or(start.random_seed);
        AppProps {
            quiz: QuizRef(std::rc::Rc::new(loaded)),
            saved,
            assignment,
            assignment_id,
            notice,
            embed: start.embed,
            lang,
            mode: launch.mode,
            share: !launch.share_off,
            hand_in: !launch.hand_in_off,
            seed,
            now_ms: start.now_ms,
            to_class: false,
            readers: None,
        }
    }

    /// How a fresh session is set up: by the teacher's link, or in the mode asked for.
    fn settings(&self) -> Settings {
        match &self.assignment {
            Some(assignment) => assignment.settings(),
            None => Settings::new(self.mode, self.seed),
        }
    }
}

/// Resumes saved progress, or starts afresh with a notice saying why it could not.
fn initial_state(props: &AppProps) -> Result<QuizState, SessionError> {
    let loaded = props.quiz.0.clone();
    let (quiz, fingerprint) = (&loaded.quiz, loaded.fingerprint);
    let resumed = props.saved.as_ref().map(|text| saved::decode(text, quiz, fingerprint));
    let (session, restore_notice) = match resumed {
        Some(Ok(session)) => (session, None),
        Some(Err(why)) => {
            let fresh = Session::new(quiz, fingerprint, props.settings(), props.now_ms)?;
            (fresh, Some(Notice::NotRestored(why)))
        }
        None => (Session::new(quiz, fingerprint, props.settings(), props.now_ms)?, None),
    };
    Ok(QuizState::new(loaded, session, props.notice.clone().or(restore_notice)))
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    match initial_state(props) {
        Ok(state) => html! {
            <ContextProvider<Languages> context={Languages::new(props.lang, &props.quiz.quiz.meta.language)}>
            <Widget initial={InitialState(std::rc::Rc::new(state))}
                assignment={props.assignment.clone()}
                assignment_id={props.assignment_id}
                to_class={props.to_class}
                share={props.share}
                hand_in={props.hand_in}
                embed={props.embed.clone()}
                readers={props.readers.clone()}
                fixed_seed={props.assignment.as_ref().map(|a| u64::from(a.seed))} />
            </ContextProvider<Languages>>
        },
        Err(why) => {
            let t = props.lang.text();
            html! { <p class="aq-crash" role="alert">{ i18n::reason(&t.session_problem(&why)) }</p> }
        }
    }
}

/// The starting state, compared by identity so the reducer is seeded once.
#[derive(Clone)]
pub struct InitialState(std::rc::Rc<QuizState>);

impl PartialEq for InitialState {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
struct WidgetProps {
    initial: InitialState,
    assignment: Option<Assignment>,
    /// Identity of the assignment in storage keys and result codes; 0 for none.
    assignment_id: u32,
    to_class: bool,
    share: bool,
    hand_in: bool,
    embed: Option<Embed>,
    readers: Option<platform::Readers>,
    fixed_seed: Option<u64>,
}

#[function_component]
fn Widget(props: &WidgetProps) -> Html {
    let t = i18n::use_text();
    let quiz_lang = i18n::use_content_lang();
    let state = {
        let initial = props.initial.0.clone();
        use_reducer(move || (*initial).clone())
    };
    // The state holds the quiz; components share it by identity.
    let quiz_ref = QuizRef(state.loaded.clone());
    let quiz = &quiz_ref.quiz;
    let session = &state.session;

    let instance = props.embed.as_ref().map_or("", |embed| embed.instance.as_str());
    let progress_key = saved::storage_key(&quiz.slug, props.assignment_id, instance);
    let kept_by_host = props.embed.as_ref().is_some_and(|embed| embed.keeps_progress);
    hooks::use_saved_progress(progress_key, session.clone(), kept_by_host, state.dispatcher());
    hooks::use_focus(state.root.clone(), state.focus.clone(), state.focus_seq);
    hooks::use_host_bridge(
        props.embed.clone(),
        props.readers.clone(),
        state.loaded.clone(),
        state.dispatcher(),
        props.fixed_seed,
        session.clone(),
    );

    // A callback that sends what `make` builds when it is called (the clock is read then).
    let emit = |make: fn() -> UiAction| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(make()))
    };
    // An assignment keeps its seed, so the class keeps one order; otherwise a new one.
    let restart = {
        let (state, fixed_seed) = (state.clone(), props.fixed_seed);
        Callback::from(move |mode: Mode| {
            let seed = fixed_seed.unwrap_or_else(platform::random_seed);
            state.dispatch(UiAction::Restart { mode: Some(mode), seed, now_ms: platform::now_ms() })
        })
    };
    // "Show in article": in the host page's own article when it can show it there (a
    // script embed always asks; an iframe embed once the host said it can), else here.
    let open_article = {
        let (state, embed) = (state.clone(), props.embed.clone());
        Callback::from(move |(question, excerpt, opener): (usize, usize, String)| {
            let view = ArticleView { question, excerpt, opener };
            let asking = embed.as_ref().filter(|e| e.element.is_some() || state.host_shows_excerpts);
            let quiz = &state.loaded.quiz;
            let text = quiz.questions.get(question).and_then(|q| q.excerpts.get(excerpt));
            let (Some(embed), Some(text)) = (asking, text) else {
                return state.dispatch(UiAction::OpenArticle(view));
            };
            let origin = host::Origin { quiz, instance: &embed.instance, activity: &embed.activity };
            let ask = host::message(&host::Event::ShowExcerpt { text: text.clone() }, &origin);
            state.dispatch(UiAction::AskedHost(view));
            if let Some(found) = platform::ask_host_to_show(&ask, embed) {
                state.dispatch(UiAction::HostShowed(found));
            }
        })
    };

    let name = hooks::use_display_name();
    let left_out = corrections::left_out(session, &state.changed, props.assignment.is_some());

    let round = session.round();
    let answered = session.answered_in_round();
    // What a screen does, as the core's action at the time it happens.
    let on_step = {
        let state = state.clone();
        Callback::from(move |step: Step| state.dispatch(UiAction::Quiz(step.at(platform::now_ms()))))
    };
    let body = if let Some(view) = &state.article {
        let quote = quiz.questions.get(view.question).and_then(|q| q.excerpts.get(view.excerpt)).cloned();
        let on_close = emit(|| UiAction::CloseArticle);
        let props = ArticlePanelProps { quiz: quiz_ref.clone(), excerpt: quote.unwrap_or_default().into(), on_close };
        article_panel(props, t, quiz_lang.clone())
    } else if session.is_finished() {
        // An assigned quiz is handed in with a result code.
        let code = (props.assignment_id != 0 && props.hand_in).then(|| {
            let record = ResultRecord::of(session, quiz, props.assignment_id, within_bytes(&name, result::MAX_NAME));
            result::encode(&record, quiz).unwrap_or_default()
        });
        let on_name = {
            let name = name.clone();
            Callback::from(move |value: String| name.set(value))
        };
        html! {
            // A teacher's test is not for sharing.
            <Results quiz={quiz_ref.clone()} view={session.results_view(quiz)} {on_step}
                share={props.share && !(props.assignment.is_some() && session.mode() == Mode::Test)}
                on_show_excerpt={open_article.clone()}>
                if let Some(code) = code {
                    <HandIn code={code} name={(*name).clone()} remembered={!state.not_saved} {on_name}
                        to_class={props.to_class} />
                }
            </Results>
        }
    } else {
        let index = session.current();
        let on_show_excerpt = open_article.reform(move |(e, opener): (usize, String)| (index, e, opener));
        let passage_changed = state.changed.contains(&index);
        let view = session.question_view(quiz);
        let props = QuestionCardProps {
            quiz: quiz_ref.clone(),
            view,
            on_step,
            on_show_excerpt,
            passage_changed,
            root: state.root.clone(),
        };
        question_card(props, t, quiz_lang.clone())
    };

    html! {
        // Standalone, the quiz is a region of its page; embedded, the host's page gives it its
        // place, and a named region per quiz would repeat.
        <section class="aq" ref={state.root.clone()} aria-labelledby={props.embed.is_none().then_some(ids::TITLE)}
            lang={t.lang.tag()} dir={t.lang.dir()}>
            { header(&HeaderProps {
                quiz: quiz_ref.clone(),
                mode: session.mode(),
                mode_locked: session.has_answers() || props.assignment.is_some(),
                assignment: props.assignment.clone(),
                show_start_over: session.has_answers() || session.is_finished(),
                question_count: session.asked().len(),
                answered,
                round_len: round.len(),
                on_mode: restart.clone(),
                on_start_over: { let mode = session.mode(); restart.reform(move |()| mode) },
            }, t, quiz_lang.clone()) }
            if let Some(notice) = &state.notice {
                <div class="aq-notice" role="status">
                    <p>{ notice.words(t) }</p>
                    <button type="button" class="aq-button aq-button--quiet"
                        onclick={emit(|| UiAction::DismissNotice).reform(|_: MouseEvent| ())}>
                        { t.dismiss }
                    </button>
                </div>
            }
            if state.not_saved && !state.not_saved_dismissed {
                <div class="aq-notice aq-notice--not-saved" role="status">
                    <p>{ t.not_saved }</p>
                    <button type="button" class="aq-button aq-button--quiet"
                        onclick={emit(|| UiAction::DismissNotSaved).reform(|_: MouseEvent| ())}>
                        { t.dismiss }
                    </button>
                </div>
            }
            if left_out > 0 {
                <div class="aq-notice" role="status"><p>{ t.left_out(left_out) }</p></div>
            }
            { body }
            <p class="aq-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                { state.announcement.map(|said| said.words(t)) }
            </p>
        </section>
    }
}

/// The longest start of `text` that fits in `max` bytes without splitting a character.
fn within_bytes(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
