//! What the widget shows while it fetches a quiz from an address (`quiz=…`), and why it
//! cannot show one that failed: the validator's own sentences, each naming its question.
//! Everything the file says is shown as text.

use yew::prelude::*;

use crate::quiz::host::{self, Command, Embed};
use crate::ui::i18n::{self, Lang};
use crate::ui::platform;

/// At most this many of the validator's problems are listed; the rest are counted.
const LISTED: usize = 8;

#[derive(Properties, PartialEq, Clone)]
pub struct LoadingProps {
    /// The quiz's address as given.
    pub address: AttrValue,
    /// Why it failed, the reason first and then each of the quiz's problems (see
    /// [`crate::ui::platform::RemoteQuizError::sentences`]); `None` while it loads.
    #[prop_or_default]
    pub failure: Option<Vec<String>>,
    /// The language of the widget's own words.
    #[prop_or_default]
    pub lang: Lang,
    /// How to talk to the page that embeds the widget; `None` standalone.
    #[prop_or_default]
    pub embed: Option<Embed>,
}

#[function_component]
pub fn Loading(props: &LoadingProps) -> Html {
    let t = props.lang.text();
    // Embedded, the reason is told in the host's page: the frame must fit it.
    use_effect_with(props.failure.is_some().then(|| props.embed.clone()).flatten(), |embed| {
        let subscriptions = embed.as_ref().map(report_height);
        move || {
            let _ended = subscriptions;
        }
    });
    let Some((why, problems)) = props.failure.as_deref().and_then(<[String]>::split_first) else {
        return html! { <section class="aq" lang={t.lang.tag()} dir={t.lang.dir()}><p class="aq-loading" role="status">{ t.loading }</p></section> };
    };
    let more = problems.len().saturating_sub(LISTED);
    html! {
        <section class="aq" lang={t.lang.tag()} dir={t.lang.dir()}>
            <div class="aq-unavailable" role="alert">
                <p class="aq-unavailable-title">{ t.unavailable }</p>
                <p>{ why.clone() }</p>
                if !problems.is_empty() {
                    <ul class="aq-problems">
                        { for problems.iter().take(LISTED).map(|p| html! { <li>{ i18n::sentence(p) }</li> }) }
                    </ul>
                    if more > 0 {
                        <p>{ t.more_problems(more) }</p>
                    }
                }
                <p class="aq-unavailable-address">
                    { t.quiz_file }{ " " }<code>{ props.address.clone() }</code>
                </p>
            </div>
        </section>
    }
}

/// Tells the host the failure screen's height, now, as it changes, and again when the
/// host script greets the widget late (it only listens from then on); until the
/// subscriptions are dropped.
fn report_height(embed: &Embed) -> [platform::Subscription; 2] {
    let told = embed.clone();
    let height = platform::watch_height(embed, move |height| {
        platform::tell_host(&host::resized(height, "", &told.instance), &told)
    });
    let told = embed.clone();
    let hello = platform::listen_to_host(embed, move |command| {
        if let Command::Hello { .. } = command {
            let height = platform::content_height(&told);
            platform::tell_host(&host::resized(height, "", &told.instance), &told);
        }
    });
    [height, hello]
}
