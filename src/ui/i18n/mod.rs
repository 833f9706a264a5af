//! Every string the widget shows or announces, in one place, in each language the widget
//! speaks: English ([`EN`]) and Spanish ([`ES`]).
//!
//! Components never write user-facing text of their own; they take the [`Text`] of the
//! reader's language ([`use_text`]) and use its fields and methods. A language is one more
//! file with a `static` [`Text`] (`en.rs`, `es.rs`), one more [`Lang`] (`lang.rs`) and one
//! more arm in each method below. The quiz's own words (questions,
//! article, feedback) are the quiz's, in its language; the validator's messages, written
//! for a quiz's authors, and the tools pages are in English.

use crate::quiz::{Mode, Points, Verdict};

pub mod editor;
pub mod embed_code;
mod en;
mod es;
mod lang;
pub mod teacher;

pub use en::EN;
pub use es::ES;
pub use lang::{Lang, Languages, use_content_lang, use_text};

/// The widget's words in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Text {
    pub lang: Lang,
    pub quiz: &'static str,
    pub practice: &'static str,
    pub practice_hint: &'static str,
    pub test: &'static str,
    pub test_hint: &'static str,
    pub mode_legend: &'static str,
    pub mode_locked: &'static str,
    pub start_over: &'static str,
    pub check: &'static str,
    pub next: &'static str,
    pub previous: &'static str,
    pub skip: &'static str,
    pub in_place: &'static str,
    pub out_of_place: &'static str,
    pub see_score: &'static str,
    pub finish_test: &'static str,
    pub show_in_article: &'static str,
    pub close_article: &'static str,
    pub shown_on_page: &'static str,
    pub the_article: &'static str,
    pub excerpt_from_article: &'static str,
    pub explanation: &'static str,
    pub your_answer: &'static str,
    pub correct_answer: &'static str,
    pub no_answer: &'static str,
    pub your_score: &'static str,
    pub retry_all: &'static str,
    pub review: &'static str,
    pub true_label: &'static str,
    pub false_label: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub order_hint: &'static str,
    pub evidence_hint: &'static str,
    pub multiple_hint: &'static str,
    pub number_label: &'static str,
    pub number_invalid: &'static str,
    pub dismiss: &'static str,
    /// Said once when the browser will not keep progress on this device.
    pub not_saved: &'static str,
    /// Beside a question asked although the host's article no longer quotes it.
    pub passage_changed: &'static str,
    /// Under the name field, when the browser will not keep the name.
    pub name_not_remembered: &'static str,
    pub progress: &'static str,
    /// After an option, for screen readers.
    pub picked: &'static str,
    /// After an option, for screen readers.
    pub is_correct: &'static str,
    /// Shown in place of the widget if it ever panics.
    pub crashed: &'static str,
    /// Shown in place of the prerendered first screen if the widget cannot start
    /// (its wasm does not arrive or does not run).
    pub did_not_start: &'static str,
    pub hand_in: &'static str,
    /// What a result code holds, before the student copies it.
    pub hand_in_explained: &'static str,
    pub your_name: &'static str,
    pub name_remembered: &'static str,
    pub result_code: &'static str,
    pub copy_code: &'static str,
    pub copied: &'static str,
    pub not_copied: &'static str,
    /// The end screen's offer to share the result, and how it went.
    pub share_heading: &'static str,
    pub share_hint: &'static str,
    pub share_button: &'static str,
    pub shared: &'static str,
    pub share_copied: &'static str,
    pub not_shared: &'static str,
    /// What the card's marks say, for a screen reader: before the list of verdicts.
    pub share_marks: &'static str,
    pub loading: &'static str,
    pub unavailable: &'static str,
    pub quiz_file: &'static str,
    pub no_validator: &'static str,
}

impl Text {
    /// A number written the English way (`0.5`, `60,000`) as this language writes it
    /// (`0,5`, `60.000` in Spanish).
    pub fn number(&self, english: impl std::fmt::Display) -> String {
        self.lang.number_style().write(&english.to_string())
    }

    /// A number as a reader of this language types it; `None` if it is not one, or
    /// could be read two ways.
    pub fn read_number(&self, typed: &str) -> Option<f64> {
        self.lang.number_style().read(typed)
    }

    pub fn question_count(&self, n: usize) -> String {
        match (self.lang, n) {
            (Lang::En, 1) => "1 question".into(),
            (Lang::En, n) => format!("{n} questions"),
            (Lang::Es, 1) => "1 pregunta".into(),
            (Lang::Es, n) => format!("{n} preguntas"),
        }
    }

    /// "by A, B and C"
    pub fn byline(&self, authors: &[String]) -> String {
        match self.lang {
            Lang::En => format!("by {}", self.by_authors(authors)),
            Lang::Es => format!("por {}", self.by_authors(authors)),
        }
    }

    /// "By A and B · Publication", above the article's text.
    pub fn article_byline(&self, authors: &[String], publication: &str) -> String {
        match self.lang {
            Lang::En => format!("By {} · {publication}", self.by_authors(authors)),
            Lang::Es => format!("Por {} · {publication}", self.by_authors(authors)),
        }
    }

    pub fn by_authors(&self, authors: &[String]) -> String {
        let and = match self.lang {
            Lang::En => "and",
            Lang::Es => "y",
        };
        match authors {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
        }
    }

    /// What goes before and after an article's title: "On “" and "”", so that the title
    /// can carry the quiz's language.
    pub fn about_article(&self) -> (&'static str, &'static str) {
        match self.lang {
            Lang::En => ("On “", "”"),
            Lang::Es => ("Sobre «", "»"),
        }
    }

    pub fn position(&self, at: usize, of: usize) -> String {
        match self.lang {
            Lang::En => format!("Question {at} of {of}"),
            Lang::Es => format!("Pregunta {at} de {of}"),
        }
    }

    pub fn points(&self, p: Points) -> String {
        match (self.lang, p == Points(100)) {
            (Lang::En, true) => "1 point".into(),
            (Lang::En, false) => format!("{p} points"),
            (Lang::Es, true) => "1 punto".into(),
            (Lang::Es, false) => format!("{} puntos", self.number(p)),
        }
    }

    pub fn verdict(&self, v: Verdict) -> &'static str {
        match (self.lang, v) {
            (Lang::En, Verdict::Correct) => "Correct",
            (Lang::En, Verdict::Partial) => "Partly right",
            (Lang::En, Verdict::Wrong) => "Not quite",
            (Lang::En, Verdict::Unanswered) => "Not answered",
            (Lang::Es, Verdict::Correct) => "Correcto",
            (Lang::Es, Verdict::Partial) => "En parte",
            (Lang::Es, Verdict::Wrong) => "No exactamente",
            (Lang::Es, Verdict::Unanswered) => "Sin responder",
        }
    }

    /// An icon that repeats the verdict for sighted readers; never the only signal.
    pub fn verdict_icon(&self, v: Verdict) -> &'static str {
        match v {
            Verdict::Correct => "✓",
            Verdict::Partial => "◐",
            Verdict::Wrong => "✗",
            Verdict::Unanswered => "–",
        }
    }

    pub fn earned(&self, earned: Points, max: Points, partial: bool) -> String {
        let (earned, max) = (self.number(earned), self.points(max));
        match (self.lang, partial) {
            (Lang::En, false) => format!("You earned {earned} of {max}."),
            (Lang::En, true) => format!("You earned {earned} of {max} (partial credit)."),
            (Lang::Es, false) => format!("Has obtenido {earned} de {max}."),
            (Lang::Es, true) => format!("Has obtenido {earned} de {max} (puntuación parcial)."),
        }
    }

    pub fn announce_check(&self, v: Verdict, earned_points: Points, max: Points) -> String {
        format!("{}. {}", self.verdict(v), self.earned(earned_points, max, v == Verdict::Partial))
    }

    pub fn score_line(&self, earned: Points, max: Points) -> String {
        match self.lang {
            Lang::En => format!("{earned} of {}", self.points(max)),
            Lang::Es => format!("{} de {}", self.number(earned), self.points(max)),
        }
    }

    pub fn percent(&self, p: u32) -> String {
        match self.lang {
            Lang::En => format!("{p}%"),
            Lang::Es => format!("{p} %"),
        }
    }

    pub fn tally(&self, right: usize, partial: usize, wrong: usize) -> String {
        let (right, partly, missed) = match self.lang {
            Lang::En => (format!("{right} right"), format!("{partial} partly right"), format!("{wrong} missed")),
            Lang::Es => (format!("{right} bien"), format!("{partial} en parte"), format!("{wrong} falladas")),
        };
        if partial > 0 { format!("{right} · {partly} · {missed}") } else { format!("{right} · {missed}") }
    }

    pub fn announce_finish(&self, earned: Points, max: Points, percent: u32) -> String {
        let (earned, max) = (self.number(earned), self.points(max));
        match self.lang {
            Lang::En => format!("Quiz finished. Your score: {earned} of {max}, {percent} percent."),
            Lang::Es => format!("Cuestionario terminado. Tu puntuación: {earned} de {max}, {percent} por ciento."),
        }
    }

    pub fn retry_missed(&self, n: usize) -> String {
        match (self.lang, n) {
            (Lang::En, 1) => "Retry the missed question".into(),
            (Lang::En, n) => format!("Retry the {n} missed questions"),
            (Lang::Es, 1) => "Repetir la pregunta fallada".into(),
            (Lang::Es, n) => format!("Repetir las {n} preguntas falladas"),
        }
    }

    pub fn answered(&self, n: usize, of: usize) -> String {
        match self.lang {
            Lang::En => format!("{n} of {of} answered"),
            Lang::Es => format!("{n} de {of} respondidas"),
        }
    }

    pub fn unanswered_warning(&self, n: usize) -> String {
        match (self.lang, n) {
            (Lang::En, 1) => "1 question has no answer yet; it will count as missed.".into(),
            (Lang::En, n) => format!("{n} questions have no answer yet; they will count as missed."),
            (Lang::Es, 1) => "1 pregunta aún no tiene respuesta; contará como fallada.".into(),
            (Lang::Es, n) => format!("{n} preguntas aún no tienen respuesta; contarán como falladas."),
        }
    }

    /// Above the quiz, when the host's article no longer holds what `n` questions quote.
    pub fn left_out(&self, n: usize) -> String {
        match (self.lang, n) {
            (Lang::En, 1) => "1 question was left out because the passage it quotes has changed.".into(),
            (Lang::En, n) => format!("{n} questions were left out because the passage they quote has changed."),
            (Lang::Es, 1) => "Se ha omitido 1 pregunta porque el pasaje que cita ha cambiado.".into(),
            (Lang::Es, n) => format!("Se han omitido {n} preguntas porque el pasaje que citan ha cambiado."),
        }
    }

    pub fn moved(&self, item: &str, to: usize, of: usize) -> String {
        match self.lang {
            Lang::En => format!("“{item}” moved to position {to} of {of}."),
            Lang::Es => format!("«{item}», ahora en la posición {to} de {of}."),
        }
    }

    pub fn move_item(&self, direction: &str, item: &str) -> String {
        format!("{direction}: {item}")
    }

    pub fn quote_of(&self, n: usize, total: usize) -> String {
        match self.lang {
            Lang::En => format!(" (quote {n} of {total})"),
            Lang::Es => format!(" (cita {n} de {total})"),
        }
    }

    pub fn paragraph(&self, n: usize) -> String {
        match self.lang {
            Lang::En => format!("paragraph {n}"),
            Lang::Es => format!("párrafo {n}"),
        }
    }

    pub fn mode_name(&self, mode: Mode) -> &'static str {
        match mode {
            Mode::Practice => self.practice,
            Mode::Test => self.test,
        }
    }

    pub fn mode_started(&self, mode: Mode) -> String {
        match (self.lang, mode) {
            (Lang::En, _) => format!("{} mode: {}.", self.mode_name(mode), self.mode_hint(mode)),
            (Lang::Es, Mode::Practice) => format!("Modo práctica: {}.", self.practice_hint),
            (Lang::Es, Mode::Test) => format!("Modo examen: {}.", self.test_hint),
        }
    }

    fn mode_hint(&self, mode: Mode) -> &'static str {
        match mode {
            Mode::Practice => self.practice_hint,
            Mode::Test => self.test_hint,
        }
    }

    /// The standalone page's title and heading for a quiz on the article `title`.
    pub fn page_title(&self, title: &str) -> String {
        format!("{}: {title}", self.quiz)
    }

    pub fn page_heading(&self, title: &str) -> String {
        match self.lang {
            Lang::En => format!("Quiz: “{title}”"),
            Lang::Es => format!("Cuestionario: «{title}»"),
        }
    }

    pub fn more_problems(&self, n: usize) -> String {
        match (self.lang, n) {
            (Lang::En, 1) => "…and 1 more problem.".into(),
            (Lang::En, n) => format!("…and {n} more problems."),
            (Lang::Es, 1) => "…y 1 problema más.".into(),
            (Lang::Es, n) => format!("…y {n} problemas más."),
        }
    }

    pub fn broken_link(&self, reason: &str) -> String {
        match self.lang {
            Lang::En => format!("This quiz link could not be opened: {reason}. Here is the whole quiz instead."),
            Lang::Es => format!(
                "No se ha podido abrir este enlace del cuestionario: {reason}. Aquí tienes el cuestionario completo."
            ),
        }
    }

    pub fn set_by_teacher(&self, mode: Mode) -> String {
        match (self.lang, mode) {
            (Lang::En, _) => format!("{} mode, set by your teacher.", self.mode_name(mode)),
            (Lang::Es, Mode::Practice) => "Modo práctica, elegido por tu profesor.".into(),
            (Lang::Es, Mode::Test) => "Modo examen, elegido por tu profesor.".into(),
        }
    }

    pub fn restored_notice(&self, reason: &str) -> String {
        match self.lang {
            Lang::En => format!("Your saved progress could not be restored ({reason}), so the quiz starts afresh."),
            Lang::Es => format!(
                "No se ha podido recuperar tu progreso guardado ({reason}), así que el cuestionario empieza de cero."
            ),
        }
    }

    pub fn number_with_unit(&self, value: &str, unit: &str) -> String {
        if unit.is_empty() { value.to_owned() } else { format!("{value} {unit}") }
    }
}

/// `text` with a capital first letter (if it is an ASCII one, as the validator's
/// sentences start), as a sentence of its own.
pub fn sentence(text: &str) -> String {
    let mut sentence = text.to_owned();
    if let Some(first) = sentence.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    sentence
}
