//! One student's pass through a quiz: the state machine behind every screen.
//!
//! A [`Session`] holds which questions are asked and in what order, where the student
//! is, their answers, and which answers have been checked. It changes only through
//! [`Session::apply`], which either performs an [`Action`] or says why it cannot, and
//! never panics. Time comes in with the actions that need it; randomness comes in as the
//! seed in [`Settings`]. Feedback follows the [`Mode`]: in practice the student checks
//! each answer and sees the explanation at once; in a test nothing is shown until the end.
//!
//! Must not import anything from a browser or UI crate.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::model::{Kind, Quiz};
use super::scoring::{self, Outcome, Points, Response, Verdict};
use super::shuffle;

/// When the student sees feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Mode {
    /// Immediate: each answer is checked on its own and explained at once.
    #[default]
    Practice,
    /// Deferred: answers can be changed until the end; all feedback comes then.
    Test,
}

/// How a session is set up: by the student's choice of mode, or by a teacher's link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub mode: Mode,
    /// Seeds every shuffle of this session.
    pub seed: u64,
    pub shuffle_questions: bool,
    pub shuffle_options: bool,
    /// The questions to ask, by id, in this order; `None` asks all in the author's order.
    pub questions: Option<Vec<String>>,
    /// Whether "retry all" and "retry missed" are offered at the end.
    pub retries: bool,
}

impl Settings {
    pub fn new(mode: Mode, seed: u64) -> Self {
        Settings { mode, seed, shuffle_questions: false, shuffle_options: true, questions: None, retries: true }
    }
}

/// Something the student does.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Sets (or replaces) the answer to the current question.
    Answer(Response),
    /// Removes the answer to the current question (the student emptied a number field).
    Clear,
    /// Practice mode: locks the current answer and reveals its feedback.
    Check,
    Next,
    Previous,
    /// Jumps to a position in the current round.
    GoTo(usize),
    /// Ends the round and shows the results. `now_ms` is a Unix time in milliseconds.
    Finish {
        now_ms: u64,
    },
    /// Starts again with every question of the assignment.
    RetryAll {
        now_ms: u64,
    },
    /// Starts a round with only the questions not answered fully right; the others keep
    /// their answers and their points, and the clock keeps running from the first start.
    RetryMissed,
}

/// What a student does on a question's screen or the end screen. A screen knows no clock:
/// the app turns a step into an [`Action`] with [`Step::at`], adding the time where one is
/// needed.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Gives an answer, or takes it back (`None`: the student emptied a number field).
    Answer(Option<Response>),
    Check,
    Next,
    Previous,
    Finish,
    /// On the end screen: every question again, or only those not fully right.
    RetryAll,
    RetryMissed,
}

impl Step {
    /// The action this step is at `now_ms` (a Unix time in milliseconds).
    pub fn at(self, now_ms: u64) -> Action {
        match self {
            Step::Answer(Some(response)) => Action::Answer(response),
            Step::Answer(None) => Action::Clear,
            Step::Check => Action::Check,
            Step::Next => Action::Next,
            Step::Previous => Action::Previous,
            Step::Finish => Action::Finish { now_ms },
            Step::RetryAll => Action::RetryAll { now_ms },
            Step::RetryMissed => Action::RetryMissed,
        }
    }
}

/// The current question as its screen shows it: everything the screen needs to know of
/// the session, so that it needs nothing else but the quiz.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionView {
    /// The question (its index in the quiz).
    pub index: usize,
    /// Its 0-based position in the round, and the round's length.
    pub position: usize,
    pub round_len: usize,
    pub mode: Mode,
    pub response: Option<Response>,
    /// Checked in practice mode: its answer is locked.
    pub checked: bool,
    /// Its score, once the student may see it.
    pub feedback: Option<Outcome>,
    /// The order a choice question shows its options in (author's indices).
    pub option_order: Vec<usize>,
    /// The arrangement an ordering question starts in.
    pub initial_order: Vec<usize>,
    /// How many questions of the round have no answer yet.
    pub unanswered: usize,
}

impl QuestionView {
    /// Whether it is the round's last question.
    pub fn is_last(&self) -> bool {
        self.position + 1 == self.round_len
    }

    /// The answer a check locks in: the student's, or for an ordering question left as it
    /// started, that starting arrangement (an arrangement is always an answer).
    pub fn answer_to_check(&self, kind: &Kind) -> Option<Response> {
        match (kind, &self.response) {
            (_, Some(response)) => Some(response.clone()),
            (Kind::Order { .. }, None) => Some(Response::Order(self.initial_order.clone())),
            _ => None,
        }
    }
}

/// The end screen as it shows the session: the scores, each answer, and whether the
/// student may try again.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultsView {
    pub scores: Results,
    /// The student's answer to each question of the assignment, in display order.
    pub responses: Vec<Option<Response>>,
    pub retries: bool,
}

/// Why an action was not performed. The state is unchanged when one is returned.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Rejected {
    #[error("the quiz is finished; retry to answer again")]
    Finished,
    #[error("the quiz is not finished yet")]
    NotFinished,
    #[error("this answer has been checked and can no longer change")]
    AlreadyChecked,
    #[error("there is no answer to check yet")]
    NothingToCheck,
    #[error("answers are checked only at the end of a test")]
    NoCheckInTest,
    #[error("that answer does not fit this question")]
    AnswerDoesNotFit,
    #[error("there is no question at that position")]
    NoSuchPosition,
    #[error("every question was answered correctly; there is nothing to retry")]
    NothingMissed,
    #[error("this assignment does not allow retries")]
    RetriesNotAllowed,
}

/// Why a session could not be made, or a saved one could not be taken back.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SessionError {
    #[error("the quiz has no question with id “{0}”")]
    UnknownQuestion(String),
    #[error("question “{0}” is listed twice")]
    RepeatedQuestion(String),
    #[error("no questions were chosen")]
    NoQuestions,
    #[error("the saved progress belongs to another quiz or an older edition of this one")]
    OtherQuiz,
    #[error("the saved progress is damaged: {0}")]
    Damaged(&'static str),
}

/// The quiz a session belongs to: its slug and the fingerprint of its exact content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizStamp {
    pub slug: String,
    pub fingerprint: u64,
}

/// The state of one student's pass through a quiz.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    stamp: QuizStamp,
    settings: Settings,
    /// Every question asked (indices into `quiz.questions`), in display order.
    asked: Vec<usize>,
    /// The questions of the current round, a subsequence of `asked`.
    round: Vec<usize>,
    /// 1 for the first round; each retry adds one.
    round_number: u32,
    /// Index into `round`.
    position: usize,
    /// By question index in the quiz.
    answers: Vec<Option<Response>>,
    /// By question index in the quiz: checked in practice mode (locked, feedback shown).
    checked: Vec<bool>,
    finished: bool,
    started_ms: u64,
    finished_ms: Option<u64>,
}

impl Session {
    /// A fresh session at the first question.
    pub fn new(quiz: &Quiz, fingerprint: u64, settings: Settings, now_ms: u64) -> Result<Self, SessionError> {
        let mut asked = match &settings.questions {
            None => (0..quiz.questions.len()).collect::<Vec<_>>(),
            Some(ids) => {
                let mut picked = Vec::with_capacity(ids.len());
                for id in ids {
                    let (index, _) = quiz.question(id).ok_or_else(|| SessionError::UnknownQuestion(id.clone()))?;
                    if picked.contains(&index) {
                        return Err(SessionError::RepeatedQuestion(id.clone()));
                    }
                    picked.push(index);
                }
                picked
            }
        };
        if asked.is_empty() {
            return Err(SessionError::NoQuestions);
        }
        if settings.shuffle_questions {
            shuffle::shuffle(&mut asked, &mut shuffle::SplitMix64::new(settings.seed));
        }
        let count = quiz.questions.len();
        Ok(Session {
            stamp: QuizStamp { slug: quiz.slug.clone(), fingerprint },
            settings,
            round: asked.clone(),
            asked,
            round_number: 1,
            position: 0,
            answers: vec![None; count],
            checked: vec![false; count],
            finished: false,
            started_ms: now_ms,
            finished_ms: None,
        })
    }

    /// Takes back a session that was saved earlier, after proving that it belongs to
    /// this exact quiz and that every index and answer in it is in range. Anything that
    /// came from storage or a link goes through here before it is used.
    pub fn restore(saved: Session, quiz: &Quiz, fingerprint: u64) -> Result<Self, SessionError> {
        if saved.stamp.slug != quiz.slug || saved.stamp.fingerprint != fingerprint {
            return Err(SessionError::OtherQuiz);
        }
        let count = quiz.questions.len();
        if saved.answers.len() != count || saved.checked.len() != count {
            return Err(SessionError::Damaged("its answers do not match the questions"));
        }
        if saved.asked.is_empty() || saved.asked.iter().any(|&i| i >= count) {
            return Err(SessionError::Damaged("it lists questions that do not exist"));
        }
        let mut seen = vec![false; count];
        if saved.asked.iter().any(|&i| std::mem::replace(&mut seen[i], true)) {
            return Err(SessionError::Damaged("it lists a question twice"));
        }
        let mut rest = saved.asked.iter();
        if saved.round.is_empty() || !saved.round.iter().all(|i| rest.any(|a| a == i)) {
            return Err(SessionError::Damaged("its current round is not part of the quiz"));
        }
        if saved.position >= saved.round.len() {
            return Err(SessionError::Damaged("it points past the last question"));
        }
        let fits = saved
            .answers
            .iter()
            .zip(&quiz.questions)
            .all(|(answer, q)| answer.as_ref().is_none_or(|a| a.fits(&q.kind)));
        if !fits {
            return Err(SessionError::Damaged("an answer does not fit its question"));
        }
        if saved.checked.iter().zip(&saved.answers).any(|(checked, answer)| *checked && answer.is_none()) {
            return Err(SessionError::Damaged("a checked question has no answer"));
        }
        if saved.settings.questions.is_none() && saved.asked.len() != count {
            return Err(SessionError::Damaged("its question list disagrees with its settings"));
        }
        if let Some(ids) = &saved.settings.questions {
            let same = ids.len() == saved.asked.len()
                && ids.iter().all(|id| saved.asked.iter().any(|&i| quiz.questions[i].id == *id));
            if !same {
                return Err(SessionError::Damaged("its question list disagrees with its settings"));
            }
        }
        Ok(saved)
    }

    /// Performs `action`, or says why not and leaves the state as it was.
    pub fn apply(&mut self, quiz: &Quiz, action: Action) -> Result<(), Rejected> {
        match action {
            Action::Answer(response) => {
                self.ensure_open()?;
                let index = self.current();
                if self.checked[index] {
                    return Err(Rejected::AlreadyChecked);
                }
                let question = quiz.questions.get(index).ok_or(Rejected::NoSuchPosition)?;
                if !response.fits(&question.kind) {
                    return Err(Rejected::AnswerDoesNotFit);
                }
                self.answers[index] = Some(response);
            }
            Action::Clear => {
                self.ensure_open()?;
                let index = self.current();
                if self.checked[index] {
                    return Err(Rejected::AlreadyChecked);
                }
                self.answers[index] = None;
            }
            Action::Check => {
                self.ensure_open()?;
                if self.settings.mode == Mode::Test {
                    return Err(Rejected::NoCheckInTest);
                }
                let index = self.current();
                if self.checked[index] {
                    return Err(Rejected::AlreadyChecked);
                }
                if self.answers[index].is_none() {
                    return Err(Rejected::NothingToCheck);
                }
                self.checked[index] = true;
            }
            Action::Next => return self.go_to(self.position + 1),
            Action::Previous => return self.go_to(self.position.checked_sub(1).ok_or(Rejected::NoSuchPosition)?),
            Action::GoTo(position) => return self.go_to(position),
            Action::Finish { now_ms } => {
                self.ensure_open()?;
                self.finished = true;
                self.finished_ms = Some(now_ms.max(self.started_ms));
            }
            Action::RetryAll { now_ms } => {
                self.ensure_can_retry()?;
                for &index in &self.asked {
                    self.answers[index] = None;
                    self.checked[index] = false;
                }
                self.start_round(self.asked.clone());
                self.started_ms = now_ms;
            }
            Action::RetryMissed => {
                self.ensure_can_retry()?;
                let missed = self.missed(quiz);
                if missed.is_empty() {
                    return Err(Rejected::NothingMissed);
                }
                for &index in &missed {
                    self.answers[index] = None;
                    self.checked[index] = false;
                }
                self.start_round(missed);
            }
        }
        Ok(())
    }

    fn ensure_open(&self) -> Result<(), Rejected> {
        if self.finished { Err(Rejected::Finished) } else { Ok(()) }
    }

    fn ensure_can_retry(&self) -> Result<(), Rejected> {
        if !self.finished {
            return Err(Rejected::NotFinished);
        }
        if !self.settings.retries {
            return Err(Rejected::RetriesNotAllowed);
        }
        Ok(())
    }

    fn go_to(&mut self, position: usize) -> Result<(), Rejected> {
        self.ensure_open()?;
        if position >= self.round.len() {
            return Err(Rejected::NoSuchPosition);
        }
        self.position = position;
        Ok(())
    }

    fn start_round(&mut self, round: Vec<usize>) {
        self.round = round;
        self.round_number = self.round_number.saturating_add(1);
        self.position = 0;
        self.finished = false;
        self.finished_ms = None;
    }

    /// The questions of the assignment that are not fully right, in display order.
    pub fn missed(&self, quiz: &Quiz) -> Vec<usize> {
        self.asked.iter().copied().filter(|&i| self.outcome(quiz, i).verdict != Verdict::Correct).collect()
    }

    /// The question index (into `quiz.questions`) at the current position.
    pub fn current(&self) -> usize {
        self.round[self.position]
    }

    pub fn position(&self) -> usize {
        self.position
    }

    pub fn round(&self) -> &[usize] {
        &self.round
    }

    pub fn round_number(&self) -> u32 {
        self.round_number
    }

    /// Every question asked in this session (indices into `quiz.questions`), in display
    /// order: all of the quiz, or those a teacher's assignment chose.
    pub fn asked(&self) -> &[usize] {
        &self.asked
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn mode(&self) -> Mode {
        self.settings.mode
    }

    pub fn stamp(&self) -> &QuizStamp {
        &self.stamp
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    pub fn is_last(&self) -> bool {
        self.position + 1 == self.round.len()
    }

    pub fn answer(&self, index: usize) -> Option<&Response> {
        self.answers.get(index).and_then(Option::as_ref)
    }

    pub fn is_checked(&self, index: usize) -> bool {
        self.checked.get(index).copied().unwrap_or(false)
    }

    /// Whether the feedback for a question may be shown now: after its check in
    /// practice, and for every question once the round is finished.
    pub fn feedback_visible(&self, index: usize) -> bool {
        self.finished || (self.settings.mode == Mode::Practice && self.is_checked(index))
    }

    /// The current question as its screen shows it.
    pub fn question_view(&self, quiz: &Quiz) -> QuestionView {
        let index = self.current();
        QuestionView {
            index,
            position: self.position(),
            round_len: self.round.len(),
            mode: self.mode(),
            response: self.answer(index).cloned(),
            checked: self.is_checked(index),
            feedback: self.feedback_visible(index).then(|| self.outcome(quiz, index)),
            option_order: self.option_order(quiz, index),
            initial_order: self.initial_order(quiz, index),
            unanswered: self.round.len() - self.answered_in_round(),
        }
    }

    /// The end screen as it shows the session.
    pub fn results_view(&self, quiz: &Quiz) -> ResultsView {
        ResultsView {
            scores: self.results(quiz),
            responses: self.asked.iter().map(|&i| self.answers[i].clone()).collect(),
            retries: self.settings.retries,
        }
    }

    /// How many questions of the current round have an answer.
    pub fn answered_in_round(&self) -> usize {
        self.round.iter().filter(|&&i| self.answers[i].is_some()).count()
    }

    /// Milliseconds from the start of the session to its finish, once finished.
    pub fn time_taken_ms(&self) -> Option<u64> {
        self.finished_ms.map(|end| end.saturating_sub(self.started_ms))
    }

    /// Whole seconds from the start of the session to its finish; 0 until finished.
    pub fn seconds_taken(&self) -> u32 {
        self.time_taken_ms().map_or(0, |ms| u32::try_from(ms / 1000).unwrap_or(u32::MAX))
    }

    /// Whether any question of the session has an answer.
    pub fn has_answers(&self) -> bool {
        self.asked.iter().any(|&i| self.answers[i].is_some())
    }

    /// The score of one question as things stand.
    pub fn outcome(&self, quiz: &Quiz, index: usize) -> Outcome {
        match quiz.questions.get(index) {
            Some(question) => scoring::score(question, self.answer(index)),
            None => Outcome {
                verdict: Verdict::Unanswered,
                credit: scoring::Credit::NONE,
                earned: Points(0),
                max: Points(0),
            },
        }
    }

    /// The score over every question of the assignment.
    pub fn results(&self, quiz: &Quiz) -> Results {
        let outcomes: Vec<(usize, Outcome)> = self.asked.iter().map(|&i| (i, self.outcome(quiz, i))).collect();
        let earned = outcomes.iter().map(|(_, o)| o.earned).sum();
        let max = outcomes.iter().map(|(_, o)| o.max).sum();
        Results { outcomes, earned, max }
    }

    /// The order in which a choice question shows its options (author's indices).
    pub fn option_order(&self, quiz: &Quiz, index: usize) -> Vec<usize> {
        let Some(question) = quiz.questions.get(index) else { return Vec::new() };
        let len = question.kind.options().map_or(0, <[_]>::len);
        if self.settings.shuffle_options {
            shuffle::permutation(len, shuffle::question_seed(self.settings.seed, &question.id))
        } else {
            (0..len).collect()
        }
    }

    /// The arrangement an ordering question starts from, before the student moves
    /// anything: shuffled and never already correct.
    pub fn initial_order(&self, quiz: &Quiz, index: usize) -> Vec<usize> {
        match quiz.questions.get(index).map(|q| (&q.kind, &q.id)) {
            Some((Kind::Order { items }, id)) => {
                shuffle::scrambled(items.len(), shuffle::question_seed(self.settings.seed, id))
            }
            _ => Vec::new(),
        }
    }
}

/// Scores for a whole assignment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    /// Question index and its outcome, in display order.
    pub outcomes: Vec<(usize, Outcome)>,
    pub earned: Points,
    pub max: Points,
}

impl Results {
    pub fn percent(&self) -> u32 {
        self.earned.percent_of(self.max)
    }

    pub fn count(&self, verdict: Verdict) -> usize {
        self.outcomes.iter().filter(|(_, o)| o.verdict == verdict).count()
    }
}
