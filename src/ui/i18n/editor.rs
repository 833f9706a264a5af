//! The editor's page (editor/), in English (the tools pages speak one language).

pub const PAGE_ROOT: &str = "article-quiz-editor";
pub const KICKER: &str = "For newsrooms and teachers";
pub const HEADING: &str = "Write a quiz for an article";
pub const INTRO: &str = "Paste the article, write the questions, and quote the article by selecting its text. \
    The quiz is checked as you type, as quiz-check checks it; when nothing is wrong you can download its files \
    and its bundle. Nothing leaves this browser: the draft is kept here as you work.";
pub const DISMISS: &str = "Dismiss";

pub const ARTICLE_HEADING: &str = "1. The article";
pub const ARTICLE_LABEL: &str = "The article’s text, one paragraph a line";
pub const ARTICLE_HINT: &str = "Paste it as published. Blank lines are ignored.";
pub const BODY_LABEL: &str = "The article proper ends after paragraph";
pub const BODY_HINT: &str = "What follows (the authors’ note, credits) is kept but may not be quoted.";
pub const SLUG: &str = "The quiz’s name in addresses (lower case and hyphens)";
pub const TITLE: &str = "The quiz’s heading";
pub const ARTICLE_TITLE: &str = "The article’s title";
pub const PUBLICATION: &str = "Publication";
pub const AUTHORS: &str = "Authors, separated by commas";
pub const ADDRESS: &str = "The article’s address (optional)";
pub const LANGUAGE: &str = "Language (a tag such as en or es)";

pub const SOURCE_HEADING: &str = "The article, to quote from";
pub const SOURCE_LABEL: &str = "Select a passage here, with the mouse or with Shift and the arrow keys, then press \
    “Add the selection as an excerpt” on a question. A selection over a paragraph’s end becomes an excerpt from \
    each paragraph.";

pub const QUESTIONS_HEADING: &str = "2. Questions";
pub const ADD_KIND: &str = "Kind of question";
pub const ADD_QUESTION: &str = "Add a question";
pub const ID: &str = "Id (lower case and hyphens; links refer to it)";
pub const TOPIC: &str = "Topic";
pub const TOPICS: &str = "Topics: what the questions are about";
pub const TOPICS_HINT: &str = "Teachers choose questions by topic. Name up to 8 for this article; each question is \
    about one. The id is used in the quiz’s files (lower case and hyphens).";
pub const ADD_TOPIC: &str = "Add a topic";
pub const REMOVE_TOPIC: &str = "Remove this topic";
pub const PASSAGE_FROM_SELECTION: &str = "Use the selection as the passage";
pub const POINTS: &str = "Points";
pub const PROMPT: &str = "Question";
pub const EXPLANATION: &str = "Why the answer is right";
pub const OPTIONS: &str = "Options";
pub const OPTION_TEXT: &str = "Option";
pub const ADD_OPTION: &str = "Add an option";
pub const REMOVE_OPTION: &str = "Remove this option";
pub const STATEMENT_IS: &str = "The statement is";
pub const FEEDBACK_TRUE: &str = "Feedback for “True” (optional)";
pub const FEEDBACK_FALSE: &str = "Feedback for “False” (optional)";
pub const ITEMS: &str = "Items in their right order, one a line";
pub const ANSWER: &str = "The answer";
pub const TOLERANCE: &str = "Tolerance (0 for exact)";
pub const UNIT: &str = "Unit (optional)";
pub const PASSAGE: &str =
    "The passage: consecutive sentences of the article, one a line (it may run on into the next paragraph)";
pub const SENTENCE: &str = "The sentence that supports the claim (it is added as an excerpt)";
pub const EXCERPTS: &str = "Excerpts: the article’s words that support the answer";
pub const EXCERPT: &str = "Excerpt";
pub const REMOVE_EXCERPT: &str = "Remove this excerpt";
pub const ADD_SELECTION: &str = "Add the selection as an excerpt";
pub const NOTHING_SELECTED: &str = "Select a passage in “The article, to quote from” first.";
pub const ADD_TYPED: &str = "Add an empty excerpt to type";
pub const MOVE_UP: &str = "Move up";
pub const MOVE_DOWN: &str = "Move down";
pub const REMOVE_QUESTION: &str = "Remove this question";
pub const NO_QUESTIONS: &str = "No question yet: choose a kind and add one.";

pub const PUBLISH_HEADING: &str = "3. Check and publish";
pub const SOUND: &str = "Nothing is wrong: the quiz can be published.";
pub const WARNINGS: &str = "Item-writing warnings (publishing is allowed; see “Writing good questions”)";
pub const BLOCKED: &str = "Publishing waits until every problem is fixed.";
pub const DOWNLOAD_FILES: &str = "Download the quiz folder’s files";
pub const DOWNLOAD_BUNDLE: &str = "Download the bundle";
pub const SERVED_AT: &str = "Where the bundle will be served (its address)";
pub const SNIPPET: &str = "The embed snippet";

pub const PREVIEW_HEADING: &str = "4. Preview";
pub const PREVIEW_WAITS: &str = "The preview appears when the quiz has no problem.";
pub const PREVIEW_QUESTION_WAITS: &str = "The preview appears when this question has no problem.";
pub const PREVIEW_OF: &str = "Preview";
pub const WHOLE_QUIZ: &str = "The whole quiz";

pub const OPEN_HEADING: &str = "Open a quiz, or start over";
pub const OPEN_LABEL: &str =
    "Open a bundle (.aqz), a quiz folder’s three files (article.txt, meta.toml, quiz.toml), or an article.txt alone";
pub const START_OVER: &str = "Start over";
pub const START_OVER_ASK: &str = "Start over with an empty quiz? The draft in this browser is replaced.";
pub const YES_START_OVER: &str = "Yes, start over";
pub const CANCEL: &str = "Cancel";

pub fn topic_label(n: usize) -> String {
    format!("Topic {n}: label")
}

pub fn topic_id(n: usize) -> String {
    format!("Topic {n}: id")
}

pub fn remove_topic(n: usize) -> String {
    format!("Remove topic {n}")
}

pub fn topic_users(n: usize) -> String {
    match n {
        0 => "No question is about it yet.".to_owned(),
        1 => "1 question is about it, so it stays.".to_owned(),
        n => format!("{n} questions are about it, so it stays."),
    }
}

/// A topic as the question form's list names it: its label, or its id until it has one.
pub fn topic_name(label: &str, id: &str) -> String {
    if label.trim().is_empty() { format!("({id})") } else { label.to_owned() }
}

/// An item-writing warning as the form numbers questions: “Q3 (vote): …”.
pub fn warning(warning: &crate::quiz::lint::Warning) -> String {
    let rule = warning.rule().key();
    match (warning.index, &warning.question) {
        (Some(n), Some(id)) => format!("Q{} ({id}): {} [{rule}]", n + 1, warning.finding),
        _ => format!("The quiz: {} [{rule}]", warning.finding),
    }
}

pub fn option_feedback(n: usize) -> String {
    format!("Feedback when option {n} is chosen (optional)")
}

pub fn option_right(n: usize) -> String {
    format!("Option {n} is right")
}

pub fn paragraphs(n: usize) -> String {
    format!("{n} paragraphs")
}

pub fn question_heading(n: usize, kind: &str) -> String {
    format!("Q{n} · {kind}")
}

pub fn summary(questions: usize, problems: usize) -> String {
    let problems = match problems {
        0 => "no problem".to_owned(),
        1 => "1 problem".to_owned(),
        n => format!("{n} problems"),
    };
    let questions = if questions == 1 { "1 question".to_owned() } else { format!("{questions} questions") };
    format!("{questions}, {problems}")
}

pub fn damaged_draft(why: &str) -> String {
    let mut chars = why.chars();
    let why: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
    format!(
        "{why}, so the editor starts afresh. Its text is kept in this browser under “article-quiz:editor:damaged-draft”."
    )
}

pub fn opened(what: &str, questions: usize) -> String {
    format!("Opened {what}: {questions} questions.")
}

pub fn not_opened(why: &str) -> String {
    format!("Not opened: {why}. The draft is unchanged.")
}

pub const NOT_OPENED_FOR: &str = "Not opened, for these reasons. The draft is unchanged.";
pub const FOLDER_FILES: &str = "the quiz folder’s files";
pub const YES_OPEN: &str = "Yes, open";
pub const KEEP_DRAFT: &str = "Keep my draft";

pub fn not_a_number(typed: &str, kept: &str) -> String {
    format!("“{}” is not a number, so the field keeps {kept}. Write digits, such as 18 or 2.5.", typed.trim())
}

pub fn points_range(typed: &str, kept: &str) -> String {
    format!("Points are a whole number from 1 to 100, so the field keeps {kept}, not {}.", typed.trim())
}

pub fn not_negative(typed: &str, kept: &str) -> String {
    format!("A tolerance cannot be negative, so the field keeps {kept}, not {}.", typed.trim())
}

pub fn named(file: &str) -> String {
    format!("“{file}”")
}

pub fn article_named(file: &str) -> String {
    format!("“{file}” as the article")
}

pub fn one_of_three(file: &str) -> String {
    format!(
        "{file} alone is not a quiz but one of a quiz folder’s three files; choose all three (article.txt, meta.toml \
         and quiz.toml) from the same folder, holding Ctrl, or ⌘ on a Mac, to choose several"
    )
}

pub fn replace_ask(what: &str, questions: usize) -> String {
    let questions = match questions {
        0 => String::new(),
        1 => " (1 question)".to_owned(),
        n => format!(" ({n} questions)"),
    };
    format!("Open {what}? It replaces the quiz you are writing{questions}, which is kept nowhere else.")
}

pub fn article_ask(what: &str) -> String {
    format!(
        "Open {what}? Its text replaces the article you are writing from; excerpts no longer in it are marked as problems."
    )
}

pub fn quiz_problem(issue: &str) -> String {
    format!("The quiz: {issue}.")
}

pub const NEED_THREE_FILES: &str = "choose a bundle (.aqz), all three files of a quiz folder, or an article.txt";
pub const TOO_LARGE: &str = "a file is larger than 4 MB";
