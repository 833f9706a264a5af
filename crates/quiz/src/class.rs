//! A class's results: the result codes a teacher pastes, read line by line, merged when
//! repeated, grouped by the assignment they answer, and summarised per question.
//!
//! Scores are recomputed from the answers against the quiz, so a code whose score field
//! was edited by hand shows what its answers are worth (and is reported).
//!
//! Must not import anything from a browser or UI crate.

use super::model::Quiz;
use super::result::{self, ResultError, ResultRecord};
use super::scoring::{Points, Response, Verdict, score};

/// The shortest text a result code can be (14 bytes in base64); shorter words on a line
/// that holds a code, such as a student's name typed beside it, are not codes.
const SHORTEST_CODE: usize = 19;

/// What a teacher pasted, read.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pasted {
    /// Each distinct result, in the order first pasted.
    pub results: Vec<Entry>,
    /// Lines that hold no readable result, with the reason.
    pub bad: Vec<BadLine>,
    /// Results pasted again: counted once.
    pub repeats: Vec<Repeat>,
}

/// One student's result as pasted.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// 1-based line of the pasted text.
    pub line: usize,
    pub record: ResultRecord,
    /// Points the answers are worth, recomputed from the quiz.
    pub earned: Points,
    pub max: Points,
    /// The code's own score field disagrees with its answers.
    pub score_mismatch: bool,
}

impl Entry {
    pub fn percent(&self) -> u32 {
        self.earned.percent_of(self.max)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    pub line: usize,
    pub error: LineError,
}

/// Why a pasted line gave no result.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LineError {
    #[error("there is no result code on this line")]
    NoCode,
    #[error(transparent)]
    Code(#[from] ResultError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Repeat {
    pub line: usize,
    /// The line where the same result was first pasted.
    pub first: usize,
}

/// The result code in one word of a pasted line: a bare code, or a link whose address
/// carries it as `r=CODE`. Quotes and punctuation around it are dropped.
fn code_in(word: &str) -> &str {
    let code = match word.rfind("r=") {
        Some(at) if word[..at].ends_with(['#', '&', '?']) => &word[at + 2..],
        _ => word,
    };
    let code = code.split('&').next().unwrap_or(code);
    code.trim_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
}

/// Reads pasted text: any number of codes or result links, one per line or several on a
/// line, with blank lines and short words (names, labels) beside a code ignored.
pub fn read(text: &str, quiz: &Quiz) -> Pasted {
    let mut pasted = Pasted::default();
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        let words: Vec<&str> = line.split_whitespace().map(code_in).filter(|w| !w.is_empty()).collect();
        let mut found = false;
        for word in &words {
            match result::decode(word, quiz) {
                Ok(record) => {
                    found = true;
                    add(&mut pasted, line_no, record, quiz);
                }
                Err(error) if word.len() >= SHORTEST_CODE => {
                    pasted.bad.push(BadLine { line: line_no, error: error.into() });
                }
                Err(_) => {}
            }
        }
        // A line of nothing but short words is one bad line, not silence.
        let reported = pasted.bad.last().is_some_and(|bad| bad.line == line_no);
        if !found && !reported && !words.is_empty() {
            pasted.bad.push(BadLine { line: line_no, error: LineError::NoCode });
        }
    }
    pasted
}

fn add(pasted: &mut Pasted, line: usize, record: ResultRecord, quiz: &Quiz) {
    if let Some(first) = pasted.results.iter().find(|e| e.record == record) {
        pasted.repeats.push(Repeat { line, first: first.line });
        return;
    }
    let (earned, max) = worth(&record, quiz);
    let score_mismatch = (earned, max) != (record.earned, record.max);
    pasted.results.push(Entry { line, record, earned, max, score_mismatch });
}

/// What a record's answers are worth against the quiz.
fn worth(record: &ResultRecord, quiz: &Quiz) -> (Points, Points) {
    let mut earned = Points(0);
    let mut max = Points(0);
    for (id, answer) in &record.answers {
        if let Some((_, question)) = quiz.question(id) {
            let outcome = score(question, answer.as_ref());
            earned = Points(earned.0 + outcome.earned.0);
            max = Points(max.0 + outcome.max.0);
        }
    }
    (earned, max)
}

/// The results that answer one assignment.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// [`result::assignment_id`] of the link; 0 for the whole quiz without a link.
    pub assignment: u32,
    /// Indices into [`Pasted::results`], in pasted order.
    pub entries: Vec<usize>,
}

/// Results grouped by assignment: the largest group first (the class), then the others,
/// by where they were first pasted.
pub fn groups(pasted: &Pasted) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for (i, entry) in pasted.results.iter().enumerate() {
        match groups.iter_mut().find(|g| g.assignment == entry.record.assignment) {
            Some(group) => group.entries.push(i),
            None => groups.push(Group { assignment: entry.record.assignment, entries: vec![i] }),
        }
    }
    // Stable: equal sizes keep their pasted order.
    groups.sort_by_key(|g| std::cmp::Reverse(g.entries.len()));
    groups
}

/// How a class did on one question.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionTally {
    /// Index of the question in the quiz.
    pub question: usize,
    /// Students who were asked it.
    pub asked: usize,
    pub right: usize,
    pub partial: usize,
    pub wrong: usize,
    pub unanswered: usize,
    /// The answer given most often among those not fully right, and by how many; the
    /// first given wins a tie.
    pub common_wrong: Option<(Response, usize)>,
}

/// Per-question counts for a group's results, questions in the order they were asked
/// (the first result's order, then any others').
pub fn tally(quiz: &Quiz, pasted: &Pasted, group: &Group) -> Vec<QuestionTally> {
    let records = || group.entries.iter().filter_map(|&i| pasted.results.get(i)).map(|e| &e.record);
    let mut order: Vec<usize> = Vec::new();
    for record in records() {
        for (id, _) in &record.answers {
            if let Some(index) = quiz.questions.iter().position(|q| &q.id == id)
                && !order.contains(&index)
            {
                order.push(index);
            }
        }
    }
    order
        .into_iter()
        .map(|index| {
            let question = &quiz.questions[index];
            let mut tally = QuestionTally {
                question: index,
                asked: 0,
                right: 0,
                partial: 0,
                wrong: 0,
                unanswered: 0,
                common_wrong: None,
            };
            let mut wrong_answers: Vec<(Response, usize)> = Vec::new();
            for record in records() {
                let Some((_, answer)) = record.answers.iter().find(|(id, _)| *id == question.id) else { continue };
                tally.asked += 1;
                match score(question, answer.as_ref()).verdict {
                    Verdict::Correct => tally.right += 1,
                    Verdict::Partial => tally.partial += 1,
                    Verdict::Wrong => tally.wrong += 1,
                    Verdict::Unanswered => tally.unanswered += 1,
                }
                if let Some(answer) = answer
                    && score(question, Some(answer)).verdict != Verdict::Correct
                {
                    match wrong_answers.iter_mut().find(|(a, _)| a == answer) {
                        Some((_, n)) => *n += 1,
                        None => wrong_answers.push((answer.clone(), 1)),
                    }
                }
            }
            tally.common_wrong = wrong_answers.into_iter().fold(None, |best, (answer, n)| match best {
                Some((_, most)) if most >= n => best,
                _ => Some((answer, n)),
            });
            tally
        })
        .collect()
}

/// A spreadsheet cell that begins like a formula is prefixed with an apostrophe, so that a
/// name such as `=HYPERLINK(…)` stays text when the file is opened.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() }
}

/// A group as CSV (RFC 4180): one row per student with name, points, maximum, percent,
/// seconds taken, then the points earned on each question in `questions` (empty when
/// not answered, a dash when not asked). `header` names the fixed columns.
pub fn csv(quiz: &Quiz, pasted: &Pasted, group: &Group, header: [&str; 5], unnamed: &str) -> String {
    let questions: Vec<usize> = tally(quiz, pasted, group).iter().map(|t| t.question).collect();
    let mut out = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    let mut row: Vec<String> = header.iter().map(|h| (*h).to_owned()).collect();
    row.extend(questions.iter().map(|&i| format!("Q{} {}", i + 1, quiz.questions[i].id)));
    let mut rows = vec![row];
    for entry in group.entries.iter().filter_map(|&i| pasted.results.get(i)) {
        let record = &entry.record;
        let name = if record.name.is_empty() { format!("{unnamed} (line {})", entry.line) } else { cell(&record.name) };
        let mut row = vec![
            name,
            entry.earned.to_string(),
            entry.max.to_string(),
            entry.percent().to_string(),
            record.seconds.to_string(),
        ];
        row.extend(questions.iter().map(|&i| {
            let question = &quiz.questions[i];
            match record.answers.iter().find(|(id, _)| *id == question.id) {
                None => "-".to_owned(),
                Some((_, None)) => String::new(),
                Some((_, Some(answer))) => score(question, Some(answer)).earned.to_string(),
            }
        }));
        rows.push(row);
    }
    for row in rows {
        // Writing to a Vec cannot fail.
        let _ = out.write_record(&row);
    }
    out.into_inner().map(|bytes| String::from_utf8_lossy(&bytes).into_owned()).unwrap_or_default()
}
