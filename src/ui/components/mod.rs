//! The widget's screens and their parts: one per file, named after it, each taking plain
//! data and callbacks; none touches the reducer or the browser but through
//! [`crate::ui::platform`].
//!
//! A part that keeps no state of its own is a plain function of its props and the words
//! it shows (`header`, `question_card`, `choice_list`, `evidence_picker`, `feedback`,
//! `excerpt`, `article_panel`), called inside its parent's `html!`. Each Yew component
//! type costs the widget its own lifecycle, props comparison and scheduling code: as
//! components, these seven were 4.5 KB of the wasm gzipped. The parts with state of their
//! own (`number_field`, `order_list`, `hand_in`, `results`, `loading`) stay components.

pub mod article_panel;
pub mod choice_list;
pub mod describe;
pub mod evidence_picker;
pub mod excerpt;
pub mod feedback;
pub mod hand_in;
pub mod header;
pub mod ids;
pub mod loading;
pub mod number_field;
pub mod order_list;
pub mod question_card;
pub mod results;
