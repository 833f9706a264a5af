//! Handing in an assigned quiz: the student may give a name, sees exactly what the
//! result code holds, and copies the code for the teacher. Nothing is sent anywhere,
//! except on a student link of a class on a results server: there the results module
//! (`platform::start_hand_ins`) offers to send the code, in the place left for it.

use yew::prelude::*;

use crate::ui::components::ids;
use crate::ui::i18n;
use crate::ui::platform;

#[derive(Properties, PartialEq)]
pub struct HandInProps {
    /// The result code for the name as it stands.
    pub code: AttrValue,
    pub name: AttrValue,
    /// Whether this device keeps the name for next time.
    pub remembered: bool,
    pub on_name: Callback<String>,
    /// Whether the results module offers to hand in to a class.
    #[prop_or_default]
    pub to_class: bool,
}

#[function_component]
pub fn HandIn(props: &HandInProps) -> Html {
    let t = i18n::use_text();
    let status = use_state(String::new);
    let oninput = props.on_name.reform(|event: InputEvent| {
        event.target_dyn_into::<web_sys::HtmlInputElement>().map(|input| input.value()).unwrap_or_default()
    });
    let copy = {
        let (code, status) = (props.code.to_string(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            platform::copy_text(&code, move |ok| status.set(if ok { t.copied } else { t.not_copied }.to_owned()));
        })
    };
    html! {
        <section class="aq-hand-in" aria-labelledby="aq-hand-in-heading">
            <h4 id="aq-hand-in-heading">{ t.hand_in }</h4>
            <p>{ if props.to_class { t.hand_in_to_class } else { t.hand_in_explained } }</p>
            <div class="aq-field">
                <label for="aq-name">{ t.your_name }</label>
                <input type="text" id="aq-name" class="aq-text-input" autocomplete="name" maxlength="60"
                    value={props.name.clone()} {oninput} aria-describedby="aq-name-hint" />
                <p class="aq-hint" id="aq-name-hint">{ if props.remembered { t.name_remembered } else { t.name_not_remembered } }</p>
            </div>
            if props.to_class {
                <div class={ids::SERVER_HAND_IN}></div>
            }
            <div class="aq-field">
                <label for={ids::RESULT_CODE}>{ t.result_code }</label>
                <textarea id={ids::RESULT_CODE} class="aq-code" readonly=true rows="3" value={props.code.clone()} />
            </div>
            <div class="aq-actions">
                <button type="button" class="aq-button aq-button--primary" onclick={copy}>{ t.copy_code }</button>
                <p class="aq-copy-status" role="status">{ (*status).clone() }</p>
            </div>
        </section>
    }
}
