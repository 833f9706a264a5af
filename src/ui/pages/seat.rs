//! Seats: the Yew apps that show script embeds' quizzes, kept and reused.
//!
//! Yew never removes the event listeners an app registers on its root element (its
//! registry is meant to live as long as the page: see `HostHandlers` in yew's
//! `dom_bundle/subtree_root.rs`), so destroying an app leaves its root, three listeners
//! and their closures behind. On a single-page news site that mounts and unmounts quizzes
//! as its pages come and go, that would grow without end. Instead, each script embed sits
//! in a seat: a root element with an app that shows whatever it is given. Unmounting a
//! quiz empties its seat (the quiz's own components are destroyed, their effects end
//! their listeners and observers) and sets the seat aside; the next quiz mounted takes
//! it. The page holds as many seats as it ever showed quizzes at once.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::ui::app::{App, AppProps};
use crate::ui::components::loading::{Loading, LoadingProps};

/// What a seat shows.
#[derive(Clone, Default)]
pub enum Content {
    #[default]
    Empty,
    Loading(LoadingProps),
    Quiz(AppProps),
}

/// A root element with its app, which shows [`Content`].
pub struct Seat {
    root: web_sys::Element,
    state: SeatState,
    /// Which quiz sits here now: each [`Seat::show`] of another quiz counts one up, so that
    /// a quiz that finishes loading after it was unmounted shows nothing.
    turn: Cell<u32>,
}

#[derive(Clone, Default)]
struct SeatState {
    content: Rc<RefCell<(u32, Content)>>,
    rerender: Rc<RefCell<Option<UseForceUpdateHandle>>>,
}

impl PartialEq for SeatState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.content, &other.content)
    }
}

#[derive(Properties, PartialEq)]
struct SeatProps {
    state: SeatState,
}

#[function_component]
fn SeatApp(props: &SeatProps) -> Html {
    let force = use_force_update();
    *props.state.rerender.borrow_mut() = Some(force);
    let (turn, content) = props.state.content.borrow().clone();
    // Keyed by turn: the next quiz in this seat starts from scratch.
    match content {
        Content::Empty => html! {},
        Content::Loading(props) => html! { <Loading key={turn} ..props /> },
        Content::Quiz(props) => html! { <App key={turn} ..props /> },
    }
}

thread_local! {
    /// Seats no quiz sits in now.
    static FREE: RefCell<Vec<Rc<Seat>>> = const { RefCell::new(Vec::new()) };
}

impl Seat {
    /// A free seat, or a new one (its root element made by `new_root`).
    pub fn take(new_root: impl FnOnce() -> Option<web_sys::Element>) -> Option<Rc<Seat>> {
        if let Some(seat) = FREE.with(|free| free.borrow_mut().pop()) {
            seat.turn.set(seat.turn.get().wrapping_add(1));
            return Some(seat);
        }
        let root = new_root()?;
        let state = SeatState::default();
        yew::Renderer::<SeatApp>::with_root_and_props(root.clone(), SeatProps { state: state.clone() }).render();
        Some(Rc::new(Seat { root, state, turn: Cell::new(0) }))
    }

    /// The seat's root element, to put where the quiz goes.
    pub fn root(&self) -> &web_sys::Element {
        &self.root
    }

    /// The seat's current turn, for [`Seat::show`].
    pub fn turn(&self) -> u32 {
        self.turn.get()
    }

    /// Shows `content`, if the quiz of `turn` still sits here.
    pub fn show(&self, turn: u32, content: Content) {
        if turn != self.turn.get() {
            return;
        }
        *self.state.content.borrow_mut() = (turn, content);
        if let Some(rerender) = self.state.rerender.borrow().as_ref() {
            rerender.force_update();
        }
    }

    /// Empties the seat, takes its root off the page and sets it aside for the next quiz.
    pub fn free(self: Rc<Self>) {
        self.show(self.turn.get(), Content::Empty);
        self.turn.set(self.turn.get().wrapping_add(1));
        self.root.remove();
        FREE.with(|free| free.borrow_mut().push(self));
    }
}
