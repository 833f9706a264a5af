//! A number typed as people write it: `60,000`, `60000` or `60 000` all count.

use yew::prelude::*;

use crate::ui::i18n;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub name: AttrValue,
    /// What the student typed last time, for a resumed session.
    pub initial: AttrValue,
    pub unit: AttrValue,
    pub locked: bool,
    /// A valid number, or `None` when the field is emptied.
    pub on_number: Callback<Option<f64>>,
}

#[function_component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let t = i18n::use_text();
    let typed = use_state(|| props.initial.to_string());
    let invalid = !typed.trim().is_empty() && t.read_number(&typed).is_none();
    let oninput = {
        let (typed, on_number) = (typed.clone(), props.on_number.clone());
        Callback::from(move |event: InputEvent| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let value = input.value();
            if value.trim().is_empty() {
                on_number.emit(None);
            } else if let Some(number) = t.read_number(&value) {
                on_number.emit(Some(number));
            }
            typed.set(value);
        })
    };
    let id = format!("{}-input", props.name);
    let hint_id = format!("{}-hint", props.name);
    html! {
        <div class="aq-number">
            <label for={id.clone()}>{ t.number_label }</label>
            <span class="aq-number-row">
                <input type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                    id={id} class="aq-number-input"
                    value={(*typed).clone()}
                    disabled={props.locked}
                    aria-invalid={invalid.then_some("true")}
                    aria-describedby={invalid.then(|| hint_id.clone())}
                    {oninput} />
                if !props.unit.is_empty() {
                    <span class="aq-number-unit">{ props.unit.clone() }</span>
                }
            </span>
            if invalid {
                <p class="aq-field-error" id={hint_id}>{ t.number_invalid }</p>
            }
        </div>
    }
}
