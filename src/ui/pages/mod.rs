//! What each page mounts: the widget's start-up, its prerendered first screen, and the
//! tools pages (the teacher's and the embed-code page, in a binary of their own).

pub mod editor;
pub mod embed_code;
pub mod first_screen;
pub mod newsroom;
#[cfg(target_arch = "wasm32")]
pub mod seat;
pub mod teacher;
pub mod widget;
