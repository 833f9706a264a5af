//! A passage quoted from the article, as a real quotation, with a way to see it in
//! context.

use yew::prelude::*;

use crate::ui::i18n::ContentLang;

use crate::ui::i18n::Text;

pub struct ExcerptProps {
    pub quote: AttrValue,
    /// 1-based paragraph number in the article.
    pub paragraph: usize,
    /// Unique id of the "show in article" button, so focus can return to it.
    pub button_id: AttrValue,
    /// Which quote of how many, when a question has several (told to screen readers so
    /// that the buttons are not all alike).
    pub of: Option<(usize, usize)>,
    pub on_show: Callback<String>,
}

pub fn excerpt(props: ExcerptProps, t: &'static Text, quiz_lang: ContentLang) -> Html {
    let onclick = {
        let (on_show, id) = (props.on_show.clone(), props.button_id.to_string());
        Callback::from(move |_: MouseEvent| on_show.emit(id.clone()))
    };
    html! {
        <figure class="aq-excerpt">
            <blockquote class="aq-quote" lang={quiz_lang.lang} dir={quiz_lang.dir}><p>{ props.quote.clone() }</p></blockquote>
            <figcaption class="aq-excerpt-caption">
                <span>{ format!("{}{}{}", t.excerpt_from_article, t.comma(), t.paragraph(props.paragraph)) }</span>
                <button type="button" class="aq-link-button" id={props.button_id.clone()} {onclick}>
                    { t.show_in_article }
                    if let Some((n, total)) = props.of {
                        <span class="aq-visually-hidden">{ t.quote_of(n, total) }</span>
                    }
                </button>
            </figcaption>
        </figure>
    }
}
