//! The widget's components: one per file, named after it, each taking plain data and
//! callbacks; none touches the reducer or the browser but through [`crate::ui::platform`].

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
