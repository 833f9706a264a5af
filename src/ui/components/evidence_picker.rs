//! Find the evidence: the sentences of a passage, one of which the student picks.

use yew::prelude::*;

use crate::ui::i18n::ContentLang;

use crate::ui::i18n::Text;

pub struct EvidencePickerProps {
    pub name: AttrValue,
    pub sentences: Vec<AttrValue>,
    pub picked: Option<usize>,
    pub locked: bool,
    /// The supporting sentence, once feedback may be shown.
    pub reveal: Option<usize>,
    pub on_pick: Callback<usize>,
}

pub fn evidence_picker(props: EvidencePickerProps, t: &'static Text, quiz_lang: ContentLang) -> Html {
    let sentences = props.sentences.iter().enumerate().map(|(index, sentence)| {
        let id = format!("{}-{index}", props.name);
        let picked = props.picked == Some(index);
        let supporting = props.reveal.map(|r| r == index);
        let onchange = props.on_pick.reform(move |_: Event| index);
        let class = classes!(
            "aq-sentence",
            picked.then_some("aq-sentence--picked"),
            (supporting == Some(true)).then_some("aq-sentence--correct"),
            (supporting == Some(false) && picked).then_some("aq-sentence--wrong"),
        );
        let mark = match (supporting, picked) {
            (Some(true), true) => Some(format!("✓ {}, {}", t.is_correct, t.picked)),
            (Some(true), false) => Some(format!("✓ {}", t.is_correct)),
            (Some(false), true) => Some(format!("✗ {}", t.picked)),
            _ => None,
        };
        html! {
            <li {class} key={index}>
                <input type="radio" id={id.clone()} name={props.name.clone()}
                    checked={picked} disabled={props.locked} {onchange} />
                <label for={id}>
                    { sentence.clone() }
                    if let Some(mark) = mark {
                        <span class="aq-choice-mark">{ format!(" {mark}") }</span>
                    }
                </label>
            </li>
        }
    });
    html! {
        <>
            <p class="aq-hint">{ t.evidence_hint }</p>
            <ol class="aq-passage" lang={quiz_lang.lang} dir={quiz_lang.dir}>{ for sentences }</ol>
        </>
    }
}
