//! The article inside the widget, with one excerpt highlighted and scrolled into view.
//! Escape or the close button returns to where the student was.

use yew::prelude::*;

use crate::ui::i18n::ContentLang;

use crate::ui::QuizRef;
use crate::ui::components::ids;
use crate::ui::i18n::Text;

pub struct ArticlePanelProps {
    pub quiz: QuizRef,
    /// The passage to highlight.
    pub excerpt: AttrValue,
    pub on_close: Callback<()>,
}

pub fn article_panel(props: ArticlePanelProps, t: &'static Text, quiz_lang: ContentLang) -> Html {
    let quiz = &props.quiz.quiz;
    let location = quiz.article.locate(&props.excerpt);
    let paragraphs = quiz.article.body().iter().enumerate().map(|(n, paragraph)| {
        // Before, within and after the excerpt; `get` rather than indexing, so that no
        // panic path (and its formatting code) is compiled in.
        let parts = location.filter(|at| at.paragraph == n).and_then(|at| {
            Some((paragraph.get(..at.start)?, paragraph.get(at.start..at.end)?, paragraph.get(at.end..)?))
        });
        match parts {
            Some((before, excerpt, after)) => html! {
                <p key={n}>
                    { before }
                    <mark class="aq-mark" id={ids::EXCERPT_MARK} tabindex="-1">{ excerpt }</mark>
                    { after }
                </p>
            },
            None => html! { <p key={n}>{ paragraph.clone() }</p> },
        }
    });
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.prevent_default();
                on_close.emit(());
            }
        })
    };
    html! {
        <section class="aq-article" aria-labelledby={ids::ARTICLE_HEADING} {onkeydown}>
            <div class="aq-article-bar">
                <h3 class="aq-article-label" id={ids::ARTICLE_HEADING}>{ t.the_article }</h3>
                <button type="button" class="aq-button" onclick={props.on_close.reform(|_: MouseEvent| ())}>
                    { t.close_article }
                </button>
            </div>
            <div class="aq-article-body" lang={quiz_lang.lang} dir={quiz_lang.dir} tabindex="0" role="region" aria-label={quiz.meta.article_title.clone()}>
                <h4 class="aq-article-title">{ quiz.meta.article_title.clone() }</h4>
                <p class="aq-byline">
                    { t.article_byline(&quiz.meta.authors, &quiz.meta.publication) }
                </p>
                { for paragraphs }
            </div>
        </section>
    }
}
