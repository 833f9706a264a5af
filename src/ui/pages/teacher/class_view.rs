//! Reading a class's results: the teacher pastes result codes, and sees a table of
//! students, a bar per question, the most common wrong answers, each student's answers
//! on demand, the lines that could not be read, and a CSV export. The pasted text is
//! kept in this browser's storage until the teacher clears it.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::quiz::class::{self, Group, Pasted};
use crate::quiz::{Verdict, scoring};

use crate::ui::QuizRef;
use crate::ui::components::describe;
use crate::ui::i18n::{self, teacher as words};
use crate::ui::platform;

/// Where the pasted codes are kept in this browser.
pub const CODES_KEY: &str = "article-quiz:teacher:codes";

#[derive(Properties, PartialEq)]
pub struct ClassViewProps {
    pub quiz: QuizRef,
    /// Titles of the assignments this browser made links for, by assignment id.
    pub titles: Rc<Vec<(u32, String)>>,
    /// Result codes handed in to a class on the results server, read beside the pasted ones.
    #[prop_or_default]
    pub received: Rc<Vec<String>>,
}

#[function_component]
pub fn ClassView(props: &ClassViewProps) -> Html {
    let codes = use_state(|| platform::load(CODES_KEY).unwrap_or_default());
    let status = use_state(String::new);
    let section = use_node_ref();
    let quiz = props.quiz.clone();
    // The pasted lines first, so that a line's number is its number in the box; then
    // the hand-ins, one a line.
    let pasted_lines = codes.lines().count();
    let pasted = use_memo(((*codes).clone(), props.received.clone()), move |(text, received)| {
        let mut all = text.clone();
        for code in received.iter() {
            all.push('\n');
            all.push_str(code);
        }
        class::read(&all, &quiz.quiz)
    });
    let oninput = {
        let (codes, status) = (codes.clone(), status.clone());
        Callback::from(move |event: InputEvent| {
            let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() else { return };
            let kept = platform::store(CODES_KEY, &area.value());
            codes.set(area.value());
            status.set(if kept { String::new() } else { words::CODES_NOT_KEPT.to_owned() });
        })
    };
    let clear = {
        let (codes, status, section) = (codes.clone(), status.clone(), section.clone());
        Callback::from(move |_: MouseEvent| {
            let _ = platform::store(CODES_KEY, "");
            codes.set(String::new());
            status.set(words::CLEARED.to_owned());
            platform::focus_now(&section, "aq-codes");
        })
    };

    let groups = class::groups(&pasted);
    let title = |id: u32| props.titles.iter().rev().find(|(known, _)| *known == id).map(|(_, title)| title.as_str());
    let group_view = |group: &Group| {
        html! {
            <GroupView quiz={props.quiz.clone()} pasted={pasted.clone()} group={group.clone()}
                heading={words::assignment(group.assignment, title(group.assignment))} />
        }
    };
    let bad = pasted.bad.iter().map(|bad| html! { <li>{ words::bad_line(bad.line, &bad.error.to_string()) }</li> });
    // A code pasted and also handed in is one result: nothing to say of it.
    let repeats = pasted
        .repeats
        .iter()
        .filter(|r| r.line <= pasted_lines)
        .map(|r| html! { <li>{ words::repeat(r.line, r.first) }</li> });

    html! {
        <section class="aq-card aq-teacher-section" ref={section} aria-labelledby="aq-read-heading">
            <h2 id="aq-read-heading" class="aq-teacher-heading">{ words::READ_HEADING }</h2>
            <p class="aq-lead">{ words::READ_INTRO }</p>
            <div class="aq-field">
                <label for="aq-codes">{ words::CODES_LABEL }</label>
                <textarea id="aq-codes" class="aq-code" rows="6" spellcheck="false" value={(*codes).clone()} {oninput} />
            </div>
            <div class="aq-actions">
                <button type="button" class="aq-button" onclick={clear} disabled={codes.is_empty()}>{ words::CLEAR }</button>
                <p class="aq-copy-status" role="status">{ (*status).clone() }</p>
            </div>
            if !codes.trim().is_empty() {
                <p class="aq-read-summary" role="status">{ words::read_summary(pasted.results.len(), pasted.bad.len()) }</p>
            }
            if !pasted.bad.is_empty() {
                <div class="aq-notice aq-bad-lines">
                    <h3 class="aq-teacher-subheading">{ words::BAD_LINES }</h3>
                    <ul>{ for bad }</ul>
                </div>
            }
            if pasted.repeats.iter().any(|r| r.line <= pasted_lines) {
                <ul class="aq-repeats">{ for repeats }</ul>
            }
            if let Some((class, others)) = groups.split_first() {
                { group_view(class) }
                if !others.is_empty() {
                    <h3 class="aq-teacher-subheading">{ words::OTHER_ASSIGNMENTS }</h3>
                    <p class="aq-hint">{ words::OTHER_ASSIGNMENTS_HINT }</p>
                    { for others.iter().map(group_view) }
                }
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct GroupViewProps {
    quiz: QuizRef,
    pasted: Rc<Pasted>,
    group: Group,
    heading: String,
}

/// An answer in words on one line: an arrangement with arrows, a set with commas.
fn answer_text(question: &crate::quiz::Question, answer: Option<&crate::quiz::Response>) -> String {
    let parts = describe::response(&i18n::EN, question, answer);
    parts.join(if describe::is_sequence(question) { " → " } else { "; " })
}

#[function_component]
fn GroupView(props: &GroupViewProps) -> Html {
    let open = use_state(BTreeSet::<usize>::new);
    let quiz = &props.quiz.quiz;
    let pasted = &props.pasted;
    let entries: Vec<&class::Entry> = props.group.entries.iter().filter_map(|&i| pasted.results.get(i)).collect();
    let tallies = class::tally(quiz, pasted, &props.group);
    let average = if entries.is_empty() {
        0
    } else {
        (entries.iter().map(|e| e.percent()).sum::<u32>() + entries.len() as u32 / 2) / entries.len() as u32
    };
    let base = format!("aq-group-{:08x}", props.group.assignment);
    // The quiz's own words in its language and direction, inside the English page.
    let content = i18n::Languages::new(i18n::Lang::En, &quiz.meta.language).quiz;

    let rows = entries.iter().enumerate().map(|(n, entry)| {
        let record = &entry.record;
        let name = if record.name.is_empty() { words::unnamed(entry.line) } else { record.name.clone() };
        let is_open = open.contains(&n);
        let answers_id = format!("{base}-answers-{n}");
        let toggle = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| {
                let mut now = (*open).clone();
                if !now.remove(&n) {
                    now.insert(n);
                }
                open.set(now);
            })
        };
        let answers = record.answers.iter().filter_map(|(id, answer)| {
            let (index, question) = quiz.question(id)?;
            let verdict = scoring::score(question, answer.as_ref()).verdict;
            Some(html! {
                <li class={classes!("aq-student-answer", verdict_class(verdict))}>
                    <span class="aq-pick-number">{ words::question_number(index + 1) }</span>{ " " }
                    <span class="aq-student-prompt" lang={content.lang.clone()} dir={content.dir}>{ &question.prompt }</span>
                    <span class="aq-student-given">
                        <span aria-hidden="true">{ i18n::EN.verdict_icon(verdict) }{ " " }</span>
                        { format!("{}: {}", i18n::EN.verdict(verdict), answer_text(question, answer.as_ref())) }
                    </span>
                </li>
            })
        });
        html! {
            <>
                <tr>
                    <th scope="row">
                        { name.clone() }
                        if entry.score_mismatch {
                            <span class="aq-edited">{ " ⚠ " }{ words::SCORE_EDITED }</span>
                        }
                    </th>
                    <td>{ words::score(entry.earned, entry.max, entry.percent()) }</td>
                    <td>{ words::duration(record.seconds) }</td>
                    <td>
                        <button type="button" class="aq-link-button" aria-expanded={is_open.to_string()}
                            aria-controls={answers_id.clone()} onclick={toggle}>
                            { if is_open { words::HIDE } else { words::SHOW } }
                            <span class="aq-visually-hidden">
                                { " " }{ words::answers_of(&name) }
                            </span>
                        </button>
                    </td>
                </tr>
                if is_open {
                    <tr id={answers_id} class="aq-answers-row">
                        <td colspan="4"><ol class="aq-student-answers">{ for answers }</ol></td>
                    </tr>
                }
            </>
        }
    });

    let bars = tallies.iter().map(|tally| {
        let question = &quiz.questions[tally.question];
        let asked = tally.asked.max(1);
        let right = tally.right * 100 / asked;
        let partial = tally.partial * 100 / asked;
        html! {
            <li class="aq-bar-item">
                <p class="aq-bar-label">
                    <span class="aq-pick-number">{ words::question_number(tally.question + 1) }</span>{ " " }
                    <span lang={content.lang.clone()} dir={content.dir}>{ &question.prompt }</span>
                </p>
                <div class="aq-bar-row">
                    <svg class="aq-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                        <rect class="aq-bar-track" width="100" height="10" />
                        <rect class="aq-bar-right" width={right.to_string()} height="10" />
                        <rect class="aq-bar-partial" x={right.to_string()} width={partial.to_string()} height="10" />
                    </svg>
                    <span class="aq-bar-count">{ words::right_count(tally.right, tally.partial, tally.asked) }</span>
                </div>
                if let Some((answer, n)) = &tally.common_wrong {
                    <p class="aq-bar-wrong">
                        { words::common_wrong(&answer_text(question, Some(answer)), *n) }
                    </p>
                }
            </li>
        }
    });

    let download = {
        let (quiz, pasted, group) = (props.quiz.clone(), props.pasted.clone(), props.group.clone());
        Callback::from(move |_: MouseEvent| {
            let csv = class::csv(&quiz.quiz, &pasted, &group, words::CSV_HEADER, words::UNNAMED);
            platform::download(&words::csv_file(&quiz.quiz.slug, group.assignment), "text/csv;charset=utf-8", &csv);
        })
    };

    html! {
        <section class="aq-class-group" aria-labelledby={format!("{base}-heading")}>
            <h3 id={format!("{base}-heading")} class="aq-teacher-subheading">{ &props.heading }</h3>
            <p class="aq-hint">{ words::class_summary(entries.len(), average) }</p>
            <div class="aq-table-scroll" role="region" tabindex="0"
                aria-label={words::students_of(&props.heading)}>
                <table class="aq-class-table">
                    <thead>
                        <tr>
                            <th scope="col">{ words::STUDENT }</th>
                            <th scope="col">{ words::SCORE }</th>
                            <th scope="col">{ words::TIME }</th>
                            <th scope="col">{ words::ANSWERS }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <h4 class="aq-teacher-minor">{ words::BY_QUESTION }</h4>
            <ol class="aq-bars">{ for bars }</ol>
            <div class="aq-actions">
                <button type="button" class="aq-button" onclick={download}>{ words::DOWNLOAD_CSV }</button>
            </div>
        </section>
    }
}

fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Correct => "aq-is-correct",
        Verdict::Partial => "aq-is-partial",
        Verdict::Wrong | Verdict::Unanswered => "aq-is-wrong",
    }
}
