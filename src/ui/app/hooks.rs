//! The app's effects at the edge, as hooks: saving progress, moving focus, the bridge
//! to an embedding page, and the display name remembered on this device. Each talks to
//! the browser only through [`crate::ui::platform`].

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::quiz::bundle::Loaded;
use crate::quiz::host::{self, Command, Embed};
use crate::quiz::{Action, Session, corrections, saved};
use crate::ui::app::state::{Focus, QuizState, UiAction};
use crate::ui::components::ids;
use crate::ui::platform;

/// Saves progress under `key` whenever the session changes; each assignment keeps its own.
/// When the browser refuses, the app is told ([`UiAction::NotSaved`]) and goes on, unless
/// the page keeps the progress itself (`kept_by_host`: a learning platform's launch page).
#[hook]
pub fn use_saved_progress(
    key: String,
    session: Session,
    kept_by_host: bool,
    dispatcher: UseReducerDispatcher<QuizState>,
) {
    use_effect_with(session, move |session| {
        if !platform::store(&key, &saved::encode(session)) && !kept_by_host {
            dispatcher.dispatch(UiAction::NotSaved);
        }
    });
}

/// Moves focus where the last action asked (`focus`, requested for the `seq`th time),
/// within this quiz's `root` only; never on first load, where the host page owns it.
#[hook]
pub fn use_focus(root: NodeRef, focus: Option<Focus>, seq: u32) {
    use_effect_with(seq, move |seq| {
        if *seq == 0 {
            return;
        }
        match focus {
            Some(Focus::Question) => platform::focus(&root, ids::QUESTION_HEADING),
            Some(Focus::AfterCheck) => platform::focus(&root, ids::PRIMARY),
            Some(Focus::Results) => platform::focus(&root, ids::RESULTS_HEADING),
            Some(Focus::Excerpt) => platform::focus_and_center(&root, ids::EXCERPT_MARK),
            Some(Focus::Return(id)) => platform::focus(&root, &id),
            None => {}
        }
    });
}

/// Embedded (iframe or script): tells the host page what happens, as the session
/// changes, and takes its commands while the widget is on the page. Does nothing
/// standalone.
#[hook]
pub fn use_host_bridge(
    embed: Option<Embed>,
    readers: Option<platform::Readers>,
    loaded: Rc<Loaded>,
    dispatcher: UseReducerDispatcher<QuizState>,
    fixed_seed: Option<u64>,
    session: Session,
) {
    let previous = use_mut_ref(|| None::<Session>);
    {
        let (embed, loaded, latest) = (embed.clone(), loaded.clone(), previous.clone());
        use_effect_with((), move |_| {
            let subscriptions = embed.map(|embed| on_embed(&embed, loaded, dispatcher, fixed_seed, latest));
            // Unmounted: the listeners and the observer go with the widget.
            move || {
                let _ended = subscriptions;
            }
        });
    }
    use_effect_with(session, move |session| {
        // What happens goes to the embedding page, and to the results server where the
        // page counts its readers' answers.
        if embed.is_none() && readers.is_none() {
            return;
        }
        let before = previous.replace(Some(session.clone()));
        let quiz = &loaded.quiz;
        let events = match &before {
            Some(before) => host::events(quiz, before, session),
            None => vec![host::Event::Ready { questions: session.asked().len(), mode: session.mode() }],
        };
        for event in &events {
            if let Some(embed) = &embed {
                tell(embed, quiz, event);
            }
            if let Some(readers) = &readers {
                tell_readers(readers, quiz, session, event);
            }
        }
        // A host that keeps the progress itself (it hid the hand-in) is told it after each change.
        if let Some(embed) = embed.as_ref().filter(|embed| embed.keeps_progress) {
            tell(embed, quiz, &host::Event::Progress { saved: saved::encode(session) });
        }
    });
}

/// Tells the results module what a reader did: a start, an answer made final (checked,
/// or at a test's end), a finish. The server scores the answer itself and counts only a
/// reader's first of each.
fn tell_readers(readers: &platform::Readers, quiz: &crate::quiz::Quiz, session: &Session, event: &host::Event) {
    match event {
        host::Event::Started { .. } => readers.tell(&quiz.slug, "start", "", ""),
        host::Event::Answered { question, .. } => {
            if let (Some(q), Some(answer)) = (quiz.questions.get(*question), session.answer(*question)) {
                readers.tell(&quiz.slug, "answer", &q.id, &answer.to_json());
            }
        }
        host::Event::Completed { earned, max, .. } => {
            readers.tell(&quiz.slug, "finish", &earned.0.to_string(), &max.0.to_string());
        }
        _ => {}
    }
}

/// The display name a student gives for result codes, remembered on this device.
#[hook]
pub fn use_display_name() -> UseStateHandle<String> {
    let name = use_state(|| platform::load(platform::NAME_KEY).unwrap_or_default());
    use_effect_with((*name).clone(), |name| {
        if !name.is_empty() || platform::load(platform::NAME_KEY).is_some() {
            // A refusal is shown under the name field (`QuizState::not_saved`).
            let _ = platform::store(platform::NAME_KEY, name);
        }
    });
    name
}

/// Tells the embedding page `event`, in the documented message shape.
fn tell(embed: &Embed, quiz: &crate::quiz::Quiz, event: &host::Event) {
    let origin = host::Origin { quiz, instance: &embed.instance, activity: &embed.activity };
    platform::tell_host(&host::message(event, &origin), embed);
}

/// While an embedded widget is on the page: report its height as it changes, and
/// accept the host's commands (for an iframe, only if the embed names the host's origin).
fn on_embed(
    embed: &Embed,
    loaded: Rc<Loaded>,
    dispatcher: UseReducerDispatcher<QuizState>,
    fixed_seed: Option<u64>,
    latest: Rc<RefCell<Option<Session>>>,
) -> [platform::Subscription; 2] {
    let (resized, loaded_for_resize) = (embed.clone(), loaded.clone());
    let height = platform::watch_height(embed, move |height| {
        tell(&resized, &loaded_for_resize.quiz, &host::Event::Resized { height });
    });
    let told = embed.clone();
    let reported = RefCell::new(Vec::new());
    let commands = platform::listen_to_host(embed, move |command| match command {
        Command::Reset => dispatcher.dispatch(UiAction::Restart {
            mode: None,
            seed: fixed_seed.unwrap_or_else(platform::random_seed),
            now_ms: platform::now_ms(),
        }),
        Command::GoTo(n) => dispatcher.dispatch(UiAction::Quiz(Action::GoTo(n - 1))),
        Command::Hello { highlight } => {
            if highlight {
                dispatcher.dispatch(UiAction::HostShowsExcerpts);
            }
            // The host script may have started after the widget's first messages: say
            // them again (it tells the page of one ready per widget).
            if let Some(session) = latest.borrow().as_ref() {
                let ready = host::Event::Ready { questions: session.asked().len(), mode: session.mode() };
                tell(&told, &loaded.quiz, &ready);
            }
            tell(&told, &loaded.quiz, &host::Event::Resized { height: platform::content_height(&told) });
        }
        Command::ExcerptShown(found) => dispatcher.dispatch(UiAction::HostShowed(found)),
        Command::Article(text) => {
            let Some(session) = latest.borrow().clone() else { return };
            // Only an assignment fixes the seed.
            let assigned = fixed_seed.is_some();
            let Some(correction) = corrections::correct(&loaded.quiz, &session, assigned, &text) else { return };
            // The host says hello (and sends its article) more than once: told once.
            if !correction.changed.is_empty() && *reported.borrow() != correction.changed {
                reported.replace(correction.changed.clone());
                let asked = correction.asks_changed(&loaded.quiz, &session);
                tell(
                    &told,
                    &loaded.quiz,
                    &host::Event::ExcerptsMissing { questions: correction.changed.clone(), asked },
                );
            }
            dispatcher.dispatch(UiAction::PassagesChanged { correction, now_ms: platform::now_ms() });
        }
    });
    [height, commands]
}
