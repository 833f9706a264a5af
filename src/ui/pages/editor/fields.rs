//! The form's fields: labelled text fields and number fields that never keep what they
//! cannot take.

use yew::prelude::*;

use crate::ui::i18n::editor as words;

pub(super) fn input_value(event: &InputEvent) -> String {
    if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
        return input.value();
    }
    event.target_dyn_into::<web_sys::HtmlTextAreaElement>().map(|area| area.value()).unwrap_or_default()
}

pub(super) fn select_value(event: &Event) -> String {
    event.target_dyn_into::<web_sys::HtmlSelectElement>().map(|s| s.value()).unwrap_or_default()
}

/// A labelled text field; `area` for several lines.
pub(super) fn field(id: String, label: &str, value: &str, area: bool, on: Callback<String>) -> Html {
    let oninput = on.reform(|event: InputEvent| input_value(&event));
    html! {
        <div class="aq-field">
            <label for={id.clone()}>{ label }</label>
            if area {
                <textarea {id} class="aq-text-input" dir="auto" rows="3" value={value.to_owned()} {oninput} />
            } else {
                <input type="text" {id} class="aq-text-input" dir="auto" value={value.to_owned()} {oninput} />
            }
        </div>
    }
}

/// What a number field takes.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Takes {
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

pub(super) fn number_field(id: String, label: &str, value: String, takes: Takes, on: Callback<f64>) -> Html {
    html! { <NumberField id={id} label={label.to_owned()} value={value} {takes} {on} /> }
}
