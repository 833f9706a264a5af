//! Options to pick from: radio buttons for single choice and true/false, checkboxes for
//! multiple select. Once feedback shows, each option says whether it was the student's
//! choice and whether it is correct, in words as well as colour.

use yew::prelude::*;

use crate::ui::i18n::{ContentLang, Text};

pub struct ChoiceListProps {
    /// Unique among the page's controls; ids of the inputs derive from it.
    pub name: AttrValue,
    pub multiple: bool,
    /// Author's index and text, in the order to show them.
    pub choices: Vec<(usize, AttrValue)>,
    pub picked: Vec<usize>,
    pub locked: bool,
    /// The correct indices, once feedback may be shown.
    pub reveal: Option<Vec<usize>>,
    /// The new set of picked indices.
    pub on_pick: Callback<Vec<usize>>,
    /// How the choices' texts are marked: the quiz's language and direction for its
    /// options, nothing for the widget's own words (true, false).
    pub text_lang: ContentLang,
}

pub fn choice_list(props: ChoiceListProps, t: &'static Text) -> Html {
    let items = props.choices.iter().map(|(index, label)| {
        let index = *index;
        let id = format!("{}-{index}", props.name);
        let picked = props.picked.contains(&index);
        let onchange = {
            let (on_pick, current, multiple) = (props.on_pick.clone(), props.picked.clone(), props.multiple);
            Callback::from(move |_: Event| {
                let next = if !multiple {
                    vec![index]
                } else if current.contains(&index) {
                    current.iter().copied().filter(|&i| i != index).collect()
                } else {
                    let mut next = current.clone();
                    next.push(index);
                    next
                };
                on_pick.emit(next);
            })
        };
        let correct = props.reveal.as_ref().map(|r| r.contains(&index));
        let class = classes!(
            "aq-choice",
            picked.then_some("aq-choice--picked"),
            (correct == Some(true)).then_some("aq-choice--correct"),
            (correct == Some(false) && picked).then_some("aq-choice--wrong"),
        );
        let marks: Vec<&str> = match correct {
            None => Vec::new(),
            Some(is_correct) => {
                let mut marks = Vec::new();
                if is_correct {
                    marks.push(t.is_correct);
                }
                if picked {
                    marks.push(t.picked);
                }
                marks
            }
        };
        let icon = match (correct, picked) {
            (Some(true), _) => "✓",
            (Some(false), true) => "✗",
            _ => "",
        };
        html! {
            <li {class} key={index}>
                <input
                    type={if props.multiple { "checkbox" } else { "radio" }}
                    id={id.clone()}
                    name={props.name.clone()}
                    checked={picked}
                    disabled={props.locked}
                    {onchange}
                />
                <label for={id}>
                    <span class="aq-choice-text" lang={props.text_lang.lang.clone()} dir={props.text_lang.dir}>{ label.clone() }</span>
                    if !marks.is_empty() {
                        <span class="aq-choice-mark">
                            <span aria-hidden="true">{ icon }</span>
                            { format!(" {}", t.comma_list(&marks)) }
                        </span>
                    }
                </label>
            </li>
        }
    });
    html! { <ul class="aq-choices" role="list">{ for items }</ul> }
}
