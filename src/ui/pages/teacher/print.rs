//! Sheets to print for a class, on the teacher's page: the worksheet for an assignment's
//! questions in its order, its answer key, and the article with numbered paragraphs.
//! Each is a page of its own (`?print=worksheet#a=CODE`, `?print=key#a=CODE`,
//! `?print=article`) laid out for paper by `styles/teacher.css`: A4 or Letter, no
//! interface chrome, no question split across pages, black on white.
//!
//! The worksheet and the key show what a student of the link would see: the questions in
//! the link's order, each choice question's options in the order its seed gives them, and
//! lettered alike on both, so that a key's "B" is the worksheet's "B".

use yew::prelude::*;

use crate::quiz::link::{self, Assignment};
use crate::quiz::{Kind, Points, Question, Quiz, Session};

use crate::ui::QuizRef;
use crate::ui::components::describe;
use crate::ui::components::header::source_line;
use crate::ui::i18n::{ContentLang, EN, Lang, Languages, teacher as words};
use crate::ui::platform;

/// Which sheet a page prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    Worksheet,
    Key,
    Article,
}

impl Sheet {
    pub const PARAM: &'static str = "print";

    /// The sheet a `print` parameter names.
    pub fn from_param(value: &str) -> Option<Sheet> {
        match value {
            "worksheet" => Some(Sheet::Worksheet),
            "key" => Some(Sheet::Key),
            "article" => Some(Sheet::Article),
            _ => None,
        }
    }

    fn param(self) -> &'static str {
        match self {
            Sheet::Worksheet => "worksheet",
            Sheet::Key => "key",
            Sheet::Article => "article",
        }
    }

    /// The sheet's address from the teacher's page: for an assignment's `code`, or the
    /// article alone; of the results server's quiz `served_quiz`, if the page is about one.
    pub fn address(self, code: Option<&str>, served_quiz: Option<&str>) -> String {
        let fragment = code.map(|code| format!("#a={code}")).unwrap_or_default();
        let quiz = served_quiz
            .map(|slug| format!("&quiz={}", form_urlencoded::byte_serialize(slug.as_bytes()).collect::<String>()))
            .unwrap_or_default();
        format!("?{}={}{quiz}{fragment}", Self::PARAM, self.param())
    }
}

#[derive(Properties, PartialEq)]
pub struct PrintProps {
    pub quiz: QuizRef,
    pub sheet: Sheet,
    /// The assignment's code (the worksheet and the key need one).
    #[prop_or_default]
    pub code: Option<AttrValue>,
}

/// `A`, `B`, … for the n-th option as printed.
fn letter(n: usize) -> char {
    char::from(b'A' + (n % 26) as u8)
}

/// `¶ 4` for the body paragraph holding `text`, if it is there.
fn paragraph_of(quiz: &Quiz, text: &str) -> Option<String> {
    quiz.article.locate(text).map(|at| words::paragraph(at.paragraph + 1))
}

/// One question as the worksheet prints it: blank controls and room to write.
fn blank(quiz: &Quiz, session: &Session, index: usize, question: &Question) -> Html {
    let control = match &question.kind {
        Kind::Single { options, .. } | Kind::Multiple { options, .. } => {
            let multiple = matches!(question.kind, Kind::Multiple { .. });
            let mark = if multiple { "☐" } else { "◯" };
            let rows = session.option_order(quiz, index).into_iter().enumerate().map(|(n, i)| {
                html! { <li><span class="aq-sheet-mark" aria-hidden="true">{ mark }</span>{ format!("{}. {}", letter(n), options[i].text) }</li> }
            });
            html! {
                <>
                    <p class="aq-sheet-how">{ if multiple { words::SHEET_CHOOSE_ALL } else { words::SHEET_CHOOSE_ONE } }</p>
                    <ul class="aq-sheet-options">{ for rows }</ul>
                </>
            }
        }
        Kind::TrueFalse { .. } => html! {
            <ul class="aq-sheet-options aq-sheet-options--inline">
                <li><span class="aq-sheet-mark" aria-hidden="true">{ "◯" }</span>{ EN.true_label }</li>
                <li><span class="aq-sheet-mark" aria-hidden="true">{ "◯" }</span>{ EN.false_label }</li>
            </ul>
        },
        Kind::Numeric { unit, .. } => html! {
            <p class="aq-sheet-number">{ words::SHEET_NUMBER }<span class="aq-sheet-blank"></span>{ unit }</p>
        },
        Kind::Order { items } => {
            let rows = session.initial_order(quiz, index).into_iter().map(|i| {
                html! { <li><span class="aq-sheet-blank aq-sheet-blank--short" aria-hidden="true"></span>{ &items[i] }</li> }
            });
            html! {
                <>
                    <p class="aq-sheet-how">{ words::sheet_order(items.len()) }</p>
                    <ul class="aq-sheet-options">{ for rows }</ul>
                </>
            }
        }
        Kind::Evidence { passage, .. } => {
            let from = quiz.article.locate_passage(passage).map(|(a, b)| words::paragraphs(a + 1, b + 1));
            let sentences = passage.iter().enumerate().map(|(n, sentence)| {
                html! { <li><span class="aq-sheet-mark" aria-hidden="true">{ "◯" }</span>{ format!("({}) {sentence}", n + 1) }</li> }
            });
            html! {
                <>
                    <p class="aq-sheet-how">{ words::sheet_evidence(from.as_deref()) }</p>
                    <ul class="aq-sheet-options">{ for sentences }</ul>
                </>
            }
        }
    };
    html! {
        <>
            { control }
            <div class="aq-sheet-write">
                <p>{ words::SHEET_WRITE }</p>
                <span class="aq-sheet-line"></span>
                <span class="aq-sheet-line"></span>
            </div>
        </>
    }
}

/// One question as the key prints it: the answer, why, the evidence and where it is.
fn answered(quiz: &Quiz, session: &Session, index: usize, question: &Question) -> Html {
    let answer = match &question.kind {
        Kind::Single { options, correct } => {
            let order = session.option_order(quiz, index);
            let n = order.iter().position(|i| i == correct).unwrap_or(0);
            vec![format!("{}. {}", letter(n), options.get(*correct).map_or("", |o| o.text.as_str()))]
        }
        Kind::Multiple { options, correct } => {
            let order = session.option_order(quiz, index);
            let mut picked: Vec<(usize, usize)> =
                correct.iter().filter_map(|i| Some((order.iter().position(|o| o == i)?, *i))).collect();
            picked.sort_unstable();
            picked.into_iter().map(|(n, i)| format!("{}. {}", letter(n), options[i].text)).collect()
        }
        Kind::Numeric { tolerance, .. } if *tolerance > 0.0 => {
            let exact = describe::correct(&EN, question);
            vec![format!("{} {}", exact.join(""), words::within(&describe::group(&EN, *tolerance)))]
        }
        Kind::Order { items } => items.iter().enumerate().map(|(n, item)| format!("{}. {item}", n + 1)).collect(),
        Kind::Evidence { passage, correct } => {
            let sentence = passage.get(*correct).map_or("", String::as_str);
            // The paragraph it is in within the passage, not an earlier one saying the same.
            let body = quiz.article.body();
            let at = quiz
                .article
                .locate_passage(passage)
                .and_then(|(first, last)| (first..=last).find(|&p| body.get(p).is_some_and(|t| t.contains(sentence))))
                .map(|p| format!(" ({})", words::paragraph(p + 1)))
                .unwrap_or_default();
            vec![format!("({}) {sentence}{at}", correct + 1)]
        }
        Kind::TrueFalse { .. } | Kind::Numeric { .. } => describe::correct(&EN, question),
    };
    let excerpts = question.excerpts.iter().map(|excerpt| {
        let at = paragraph_of(quiz, excerpt).map(|p| format!(" ({p})")).unwrap_or_default();
        html! { <li><q class="aq-sheet-quote" lang={quiz.meta.language.clone()}>{ excerpt }</q>{ at }</li> }
    });
    html! {
        <dl class="aq-sheet-key">
            <dt>{ words::KEY_ANSWER }</dt>
            <dd><ul class="aq-sheet-answer">{ for answer.into_iter().map(|a| html! { <li>{ a }</li> }) }</ul></dd>
            <dt>{ words::KEY_WHY }</dt>
            <dd>{ &question.explanation }</dd>
            <dt>{ words::KEY_EVIDENCE }</dt>
            <dd><ul class="aq-sheet-excerpts">{ for excerpts }</ul></dd>
        </dl>
    }
}

/// The worksheet or the key for the assignment `code` opens.
fn questions_sheet(quiz: &Quiz, sheet: Sheet, assignment: &Assignment) -> Html {
    let Ok(session) = Session::new(quiz, 0, assignment.settings(), 0) else {
        return html! { <p class="aq-field-error" role="alert">{ words::PRINT_NO_QUESTIONS }</p> };
    };
    let key = sheet == Sheet::Key;
    let total: Points = session.asked().iter().map(|&i| Points::whole(quiz.questions[i].points)).sum();
    let title = if assignment.title.is_empty() { quiz.meta.title.as_str() } else { assignment.title.as_str() };
    let items = session.asked().iter().enumerate().map(|(n, &index)| {
        let question = &quiz.questions[index];
        html! {
            <li class="aq-sheet-question">
                <h2 class="aq-sheet-question-heading">
                    { words::question_number(n + 1) }
                    <span class="aq-sheet-points">{ format!(" · {}", EN.points(Points::whole(question.points))) }</span>
                </h2>
                <p class="aq-sheet-prompt" lang={quiz.meta.language.clone()}>{ &question.prompt }</p>
                if key { { answered(quiz, &session, index, question) } } else { { blank(quiz, &session, index, question) } }
            </li>
        }
    });
    html! {
        <>
            <header class="aq-sheet-header">
                <p class="aq-kicker">{ if key { words::KEY_KICKER } else { words::WORKSHEET_KICKER } }</p>
                <h1 class="aq-title">{ title }</h1>
                { source_line(&EN, &quiz.meta, ContentLang { lang: Some(quiz.meta.language.clone().into()), ..Languages::new(Lang::En, &quiz.meta.language).quiz }) }
                if key {
                    <p>{ words::key_total(session.asked().len(), total) }</p>
                } else {
                    <p class="aq-sheet-name">
                        <span>{ words::SHEET_NAME }<span class="aq-sheet-blank"></span></span>
                        <span>{ words::SHEET_DATE }<span class="aq-sheet-blank aq-sheet-blank--short"></span></span>
                    </p>
                    if !assignment.instructions.is_empty() {
                        <p class="aq-sheet-instructions">{ &assignment.instructions }</p>
                    }
                    <p class="aq-sheet-instructions">{ words::SHEET_INSTRUCTIONS }</p>
                }
            </header>
            <ol class="aq-sheet-questions">{ for items }</ol>
        </>
    }
}

/// The article, its body paragraphs numbered as the sheets refer to them.
fn article_sheet(quiz: &Quiz) -> Html {
    let meta = &quiz.meta;
    let body = quiz.article.body().iter().enumerate().map(|(n, p)| {
        html! {
            <li><span class="aq-sheet-paragraph" lang="en">{ words::paragraph(n + 1) }</span><p>{ p }</p></li>
        }
    });
    let rest = quiz.article.paragraphs.iter().skip(quiz.article.body().len()).map(|p| html! { <p>{ p }</p> });
    html! {
        <article lang={meta.language.clone()}>
            <header class="aq-sheet-header">
                <p class="aq-kicker" lang="en">{ words::ARTICLE_KICKER }</p>
                <h1 class="aq-title">{ &meta.article_title }</h1>
                <p class="aq-source" lang="en">{ EN.article_byline(&meta.authors, &meta.publication) }</p>
            </header>
            <ol class="aq-sheet-article">{ for body }</ol>
            <div class="aq-sheet-after">{ for rest }</div>
        </article>
    }
}

#[function_component]
pub fn Print(props: &PrintProps) -> Html {
    let quiz = &props.quiz.quiz;
    let opened = match (props.sheet, props.code.as_deref()) {
        (Sheet::Article, _) => None,
        (_, Some(code)) => Some(link::decode(code, quiz).map_err(|why| why.to_string())),
        (_, None) => Some(Err(words::PRINT_NO_LINK.to_owned())),
    };
    let body = match &opened {
        None => article_sheet(quiz),
        Some(Ok(assignment)) => questions_sheet(quiz, props.sheet, assignment),
        Some(Err(why)) => html! { <p class="aq-field-error" role="alert">{ words::print_broken(why) }</p> },
    };
    let print = Callback::from(|_: MouseEvent| platform::print_page());
    html! {
        <div class="aq aq-teacher aq-sheet">
            <nav class="aq-sheet-toolbar" aria-label={words::PRINT_TOOLBAR}>
                <a class="aq-button" href="./">{ words::BACK_TO_TEACHER }</a>
                if matches!(opened, None | Some(Ok(_))) {
                    <button type="button" class="aq-button aq-button--primary" onclick={print}>{ words::PRINT }</button>
                }
                <p class="aq-hint">{ words::PRINT_HINT }</p>
            </nav>
            <div class="aq-sheet-body">{ body }</div>
        </div>
    }
}

/// The page's title for a sheet, as the printed file is named by it.
pub fn page_title(sheet: Sheet, quiz: &Quiz) -> String {
    let what = match sheet {
        Sheet::Worksheet => words::WORKSHEET_KICKER,
        Sheet::Key => words::KEY_KICKER,
        Sheet::Article => words::ARTICLE_KICKER,
    };
    format!("{what}: {}", quiz.meta.article_title)
}
