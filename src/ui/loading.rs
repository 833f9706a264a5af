//! What the widget shows while it fetches a quiz from an address (`quiz=…`), and why it
//! cannot show one that failed: the validator's own sentences, each naming its question.
//! Everything the file says is shown as text.

use yew::prelude::*;

use super::text;

/// At most this many of the validator's problems are listed; the rest are counted.
const LISTED: usize = 8;

#[derive(Properties, PartialEq)]
pub struct LoadingProps {
    /// The quiz's address as given.
    pub address: AttrValue,
    /// Why it failed, the reason first and then each of the quiz's problems (see
    /// [`super::browser::LoadError::sentences`]); `None` while it loads.
    #[prop_or_default]
    pub failure: Option<Vec<String>>,
}

#[function_component]
pub fn Loading(props: &LoadingProps) -> Html {
    let Some((why, problems)) = props.failure.as_deref().and_then(<[String]>::split_first) else {
        return html! { <section class="aq"><p class="aq-loading" role="status">{ text::LOADING }</p></section> };
    };
    let more = problems.len().saturating_sub(LISTED);
    html! {
        <section class="aq">
            <div class="aq-unavailable" role="alert">
                <p class="aq-unavailable-title">{ text::UNAVAILABLE }</p>
                <p>{ why.clone() }</p>
                if !problems.is_empty() {
                    <ul class="aq-problems">
                        { for problems.iter().take(LISTED).map(|p| html! { <li>{ text::sentence(p) }</li> }) }
                    </ul>
                    if more > 0 {
                        <p>{ text::more_problems(more) }</p>
                    }
                }
                <p class="aq-unavailable-address">
                    { text::QUIZ_FILE }{ " " }<code>{ props.address.clone() }</code>
                </p>
            </div>
        </section>
    }
}
