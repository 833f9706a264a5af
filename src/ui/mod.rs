//! The Yew front end: a thin layer over [`crate::quiz`], in folders by role.
//!
//! - [`app`]: the widget's root, which owns the one reducer ([`app::state`]) and runs the
//!   effects as hooks (saving progress, focus, the host bridge).
//! - [`components`]: one part of a screen per file, named after it, taking plain data
//!   and callbacks: a Yew component where it keeps state, else a plain function.
//! - [`pages`]: what each page mounts: the widget's start-up ([`pages::widget`]), the
//!   prerendered first screen, the teacher's page and the embed-code page.
//! - [`platform`]: all browser interop, with a native stand-in for tests and build tools.
//! - [`i18n`]: every user-facing string, per language, and the language choice.

pub mod app;
pub mod components;
pub mod i18n;
pub mod pages;
pub mod platform;

use std::ops::Deref;
use std::rc::Rc;

use crate::quiz::bundle::Loaded;

/// A loaded quiz shared by every component. Props compare it by identity: the quiz
/// never changes while the widget runs, and comparing it by value on every render
/// would cost more than the render.
#[derive(Clone, Debug)]
pub struct QuizRef(pub Rc<Loaded>);

impl PartialEq for QuizRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for QuizRef {
    type Target = Loaded;
    fn deref(&self) -> &Loaded {
        &self.0
    }
}
