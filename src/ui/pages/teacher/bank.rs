//! Questions for a learning platform's question bank: the whole quiz or the assignment
//! being made, as GIFT, QTI 3.0 or Canvas's QTI 1.2, made in the page with the core's
//! writers (`quiz::export`: the same bytes as `quiz-check --export`), downloaded, and the
//! questions the format leaves out named on screen. Nothing is sent anywhere.

use yew::prelude::*;

use super::radio_row;
use crate::quiz::export::{self, Format, LeftOut};
use crate::quiz::result;
use crate::ui::QuizRef;
use crate::ui::i18n::teacher as words;
use crate::ui::platform;

#[derive(Properties, PartialEq)]
pub struct BankProps {
    pub quiz: QuizRef,
    /// The assignment's code.
    pub code: AttrValue,
}

/// Which questions go into the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Assignment,
    Quiz,
}

/// The file's name: the quiz's slug, the assignment's id for an assignment's questions, and
/// the format (`iranian-people.gift`, `iranian-people-1a2b3c4d-qti3.zip`).
pub fn file_name(slug: &str, assignment: Option<&str>, format: Format) -> String {
    let mut name = slug.to_owned();
    if let Some(code) = assignment {
        name.push_str(&format!("-{:08x}", result::assignment_id(code)));
    }
    if format.is_zip() {
        name.push_str(&format!("-{}", format.key()));
    }
    format!("{name}.{}", format.extension())
}

/// What was downloaded last: its file, how many questions it holds of how many, and those
/// left out.
#[derive(Clone, PartialEq)]
struct Made {
    format: Format,
    file: String,
    held: usize,
    asked: usize,
    left_out: Vec<LeftOut>,
}

#[function_component]
pub fn Bank(props: &BankProps) -> Html {
    let scope = use_state(|| Scope::Assignment);
    let made = use_state(|| None::<Result<Made, String>>);
    let pick = |s: Scope| {
        let scope = scope.clone();
        Callback::from(move |_: Event| scope.set(s))
    };
    let download = |format: Format| {
        let (made, quiz, code, scope) = (made.clone(), props.quiz.clone(), props.code.to_string(), *scope);
        Callback::from(move |_: MouseEvent| {
            let quiz = &quiz.quiz;
            let questions = match scope {
                Scope::Quiz => Ok(quiz.questions.iter().collect()),
                Scope::Assignment => export::assignment_questions(quiz, &code),
            };
            let written = questions.and_then(|qs| export::export_questions(quiz, &qs, format).map(|w| (qs.len(), w)));
            match written {
                Ok((asked, written)) => {
                    let file = file_name(&quiz.slug, (scope == Scope::Assignment).then_some(code.as_str()), format);
                    platform::download_bytes(&file, &written.bytes);
                    let held = asked - written.left_out.len();
                    made.set(Some(Ok(Made { format, file, held, asked, left_out: written.left_out })));
                }
                Err(why) => made.set(Some(Err(words::bank_failed(&why.to_string())))),
            }
        })
    };
    let result = match &*made {
        None => html! {},
        Some(Err(why)) => html! { <p>{ why.clone() }</p> },
        Some(Ok(made)) => html! {
            <>
                <p>{ words::bank_made(made.format.label(), &made.file, made.held, made.asked) }</p>
                if !made.left_out.is_empty() {
                    <p>{ words::bank_left_out(made.format.label()) }</p>
                    <ul class="aq-bank-left-out">
                        { for made.left_out.iter().map(|l| html! { <li>{ words::bank_left_out_item(&l.id, l.kind.key(), l.why) }</li> }) }
                    </ul>
                }
            </>
        },
    };
    html! {
        <>
            <h3 class="aq-teacher-subheading">{ words::BANK_HEADING }</h3>
            <p class="aq-hint">{ words::BANK_INTRO }</p>
            <fieldset class="aq-fieldset">
                <legend class="aq-legend">{ words::BANK_SCOPE }</legend>
                { radio_row("aq-bank-scope", "aq-bank-assignment", *scope == Scope::Assignment, pick(Scope::Assignment), words::BANK_ASSIGNMENT) }
                { radio_row("aq-bank-scope", "aq-bank-quiz", *scope == Scope::Quiz, pick(Scope::Quiz), words::BANK_QUIZ) }
            </fieldset>
            <div class="aq-actions">
                <button type="button" class="aq-button" onclick={download(Format::Gift)}>{ words::BANK_GIFT }</button>
                <button type="button" class="aq-button" onclick={download(Format::Qti3)}>{ words::BANK_QTI3 }</button>
                <button type="button" class="aq-button" onclick={download(Format::Canvas)}>{ words::BANK_CANVAS }</button>
            </div>
            <div class="aq-copy-status aq-bank-status" role="status">{ result }</div>
        </>
    }
}
