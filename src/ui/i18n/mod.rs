//! Every string the widget shows or announces, in one place, in each language the widget
//! speaks: English ([`EN`]) and Spanish ([`ES`]).
//!
//! Components never write user-facing text of their own; they take the [`Text`] of the
//! reader's language ([`use_text`]) and use its fields and methods. A language is one more
//! `static` [`Text`] and one more arm in each method. The quiz's own words (questions,
//! article, feedback) are the quiz's, in its language; the validator's messages, written
//! for a quiz's authors, and the tools pages are in English.

use crate::quiz::scoring::NumberStyle;
use crate::quiz::{Mode, Points, Verdict};
use crate::ui::platform::{FETCH_TIMEOUT_MS, RemoteQuizError};

/// A language of the widget's own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The language of a tag such as `es` or `es-MX`, if the widget speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag.trim().split(['-', '_']).next()?.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// How the language writes numbers.
    pub fn number_style(self) -> NumberStyle {
        match self {
            Lang::En => NumberStyle::DecimalPoint,
            Lang::Es => NumberStyle::DecimalComma,
        }
    }

    /// Its tag, for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language `asked` for (an embed's `lang` option) if the widget speaks it, else
    /// the quiz's own if it does, else English.
    pub fn choose(asked: Option<&str>, quiz_language: &str) -> Lang {
        asked.and_then(Lang::from_tag).or_else(|| Lang::from_tag(quiz_language)).unwrap_or_default()
    }

    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &EN,
            Lang::Es => &ES,
        }
    }

    /// Why a quiz from an address cannot be shown, in one or two sentences. A method of
    /// the language rather than of its [`Text`], so that the validator module, which says
    /// this, carries no more of the catalogue than it needs.
    pub fn load_error(self, failure: &RemoteQuizError) -> String {
        let seconds = FETCH_TIMEOUT_MS / 1000;
        let kilobytes = crate::quiz::bundle::MAX_BYTES / 1024;
        match (self, failure) {
            (_, RemoteQuizError::NoValidator) => self.text().no_validator.into(),
            (_, RemoteQuizError::Reported(sentences)) => sentences.first().cloned().unwrap_or_default(),
            (Lang::En, RemoteQuizError::NotWebAddress) => {
                "Its address is not a web address: give one that starts with https://, or one relative to this page."
                    .into()
            }
            (Lang::En, RemoteQuizError::Unreachable) => {
                "The quiz file could not be fetched. The site that has it may be \
                down, or may not allow this page to read it."
                    .into()
            }
            (Lang::En, RemoteQuizError::TimedOut) => {
                format!("The site that has the quiz file did not answer within {seconds} seconds.")
            }
            (Lang::En, RemoteQuizError::Status(404)) => {
                "There is no quiz file at its address (the site answered 404, not found).".into()
            }
            (Lang::En, RemoteQuizError::Status(status)) => {
                format!("The site that has the quiz file answered with an error ({status}).")
            }
            (Lang::En, RemoteQuizError::TooLarge) => {
                format!("The quiz file is larger than {kilobytes} KB, more than any quiz needs.")
            }
            (Lang::En, RemoteQuizError::Unsound(problems)) => format!(
                "The quiz file did not pass the checks ({}). If you made it, run quiz-check on its folder.",
                if problems.len() == 1 { "1 problem".to_owned() } else { format!("{} problems", problems.len()) }
            ),
            (Lang::Es, RemoteQuizError::NotWebAddress) => {
                "Su dirección no es una dirección web: indica una que empiece \
                por https://, o una relativa a esta página."
                    .into()
            }
            (Lang::Es, RemoteQuizError::Unreachable) => {
                "No se ha podido descargar el archivo del cuestionario. Puede que \
                el sitio que lo tiene no funcione o no permita que esta página lo lea."
                    .into()
            }
            (Lang::Es, RemoteQuizError::TimedOut) => {
                format!("El sitio que tiene el archivo del cuestionario no ha respondido en {seconds} segundos.")
            }
            (Lang::Es, RemoteQuizError::Status(404)) => {
                "No hay ningún archivo de cuestionario en esa dirección (el sitio respondió 404, no encontrado).".into()
            }
            (Lang::Es, RemoteQuizError::Status(status)) => {
                format!("El sitio que tiene el archivo del cuestionario respondió con un error ({status}).")
            }
            (Lang::Es, RemoteQuizError::TooLarge) => {
                format!(
                    "El archivo del cuestionario ocupa más de {kilobytes} KB, más de lo que necesita cualquier cuestionario."
                )
            }
            (Lang::Es, RemoteQuizError::Unsound(problems)) => format!(
                "El archivo del cuestionario no ha superado las comprobaciones ({}). Si lo has hecho tú, ejecuta \
                 quiz-check en su carpeta.",
                if problems.len() == 1 { "1 problema".to_owned() } else { format!("{} problemas", problems.len()) }
            ),
        }
    }
}

/// The [`Text`] of the language the widget was given (a [`Languages`] context),
/// English without one.
#[yew::hook]
pub fn use_text() -> &'static Text {
    yew::use_context::<Languages>().unwrap_or_default().widget.text()
}

/// The languages of a widget, given to its components as one context: its own words'
/// and, when it is another, the quiz's, so that the quiz's words are marked with it
/// (`lang="…"`) for screen readers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Languages {
    pub widget: Lang,
    pub quiz: Option<yew::AttrValue>,
}

impl Languages {
    pub fn new(widget: Lang, quiz_language: &str) -> Self {
        let quiz = (Lang::from_tag(quiz_language) != Some(widget)).then(|| quiz_language.to_owned().into());
        Languages { widget, quiz }
    }
}

/// The `lang` attribute for the quiz's own words: `None` when they are in the widget's
/// language.
#[yew::hook]
pub fn use_content_lang() -> Option<yew::AttrValue> {
    yew::use_context::<Languages>().unwrap_or_default().quiz
}

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
    pub loading: &'static str,
    pub unavailable: &'static str,
    pub quiz_file: &'static str,
    pub no_validator: &'static str,
}

pub static EN: Text = Text {
    lang: Lang::En,
    quiz: "Quiz",
    practice: "Practice",
    practice_hint: "feedback after each answer",
    test: "Test",
    test_hint: "feedback at the end",
    mode_legend: "Mode",
    mode_locked: "To change the mode, start over.",
    start_over: "Start over",
    check: "Check answer",
    next: "Next question",
    previous: "Previous",
    skip: "Skip",
    in_place: "✓ in place",
    out_of_place: "✗ out of place",
    see_score: "See your score",
    finish_test: "Finish test",
    show_in_article: "Show in article",
    close_article: "Back to the quiz",
    shown_on_page: "Highlighted in the article on this page.",
    the_article: "The article",
    excerpt_from_article: "From the article",
    explanation: "Why",
    your_answer: "Your answer",
    correct_answer: "Correct answer",
    no_answer: "No answer",
    your_score: "Your score",
    retry_all: "Retry all questions",
    review: "Review your answers",
    true_label: "True",
    false_label: "False",
    move_up: "Move up",
    move_down: "Move down",
    order_hint: "Use the buttons to move each item. The first item is the earliest.",
    evidence_hint: "Pick the sentence that supports the claim.",
    multiple_hint: "Select all that apply.",
    number_label: "Your answer",
    number_invalid: "Type a number, such as 60,000.",
    dismiss: "Dismiss",
    progress: "Progress",
    picked: "your choice",
    is_correct: "correct answer",
    crashed: "Sorry, the quiz stopped working. Reload the page to continue; your answers so far are saved.",
    did_not_start: "Sorry, the quiz could not start. Check your connection and reload the page.",
    hand_in: "Hand in your result",
    hand_in_explained: "The code below holds your name if you give one, which assignment this is, your answers, your score and the time you took. Nothing is sent anywhere: copy the code and give it to your teacher.",
    your_name: "Your name (optional)",
    name_remembered: "Remembered on this device for next time.",
    result_code: "Your result code",
    copy_code: "Copy the code",
    copied: "Copied. Paste it where your teacher asked.",
    not_copied: "Could not copy; select the code and copy it yourself.",
    loading: "Loading the quiz…",
    unavailable: "This quiz cannot be shown.",
    quiz_file: "Quiz file:",
    no_validator: "The quiz could not be checked, so it is not shown. Reload the page to try again.",
};

pub static ES: Text = Text {
    lang: Lang::Es,
    quiz: "Cuestionario",
    practice: "Práctica",
    practice_hint: "corrección tras cada respuesta",
    test: "Examen",
    test_hint: "corrección al final",
    mode_legend: "Modo",
    mode_locked: "Para cambiar de modo, empieza de nuevo.",
    start_over: "Empezar de nuevo",
    check: "Comprobar respuesta",
    next: "Siguiente pregunta",
    previous: "Anterior",
    skip: "Saltar",
    in_place: "✓ en su sitio",
    out_of_place: "✗ fuera de sitio",
    see_score: "Ver tu puntuación",
    finish_test: "Terminar el examen",
    show_in_article: "Ver en el artículo",
    close_article: "Volver al cuestionario",
    shown_on_page: "Resaltado en el artículo de esta página.",
    the_article: "El artículo",
    excerpt_from_article: "Del artículo",
    explanation: "Por qué",
    your_answer: "Tu respuesta",
    correct_answer: "Respuesta correcta",
    no_answer: "Sin respuesta",
    your_score: "Tu puntuación",
    retry_all: "Repetir todas las preguntas",
    review: "Repasa tus respuestas",
    true_label: "Verdadero",
    false_label: "Falso",
    move_up: "Subir",
    move_down: "Bajar",
    order_hint: "Usa los botones para mover cada elemento. El primero es el más antiguo.",
    evidence_hint: "Elige la frase que respalda la afirmación.",
    multiple_hint: "Selecciona todas las que correspondan.",
    number_label: "Tu respuesta",
    number_invalid: "Escribe un número, como 60000.",
    dismiss: "Cerrar",
    progress: "Progreso",
    picked: "tu elección",
    is_correct: "respuesta correcta",
    crashed: "Lo sentimos, el cuestionario ha dejado de funcionar. Recarga la página para seguir; tus respuestas hasta ahora están guardadas.",
    did_not_start: "Lo sentimos, el cuestionario no ha podido empezar. Comprueba tu conexión y recarga la página.",
    hand_in: "Entrega tu resultado",
    hand_in_explained: "El código de abajo contiene tu nombre si lo escribes, qué tarea es, tus respuestas, tu puntuación y el tiempo que has tardado. No se envía nada a ninguna parte: copia el código y dáselo a tu profesor.",
    your_name: "Tu nombre (opcional)",
    name_remembered: "Se recordará en este dispositivo para la próxima vez.",
    result_code: "Tu código de resultado",
    copy_code: "Copiar el código",
    copied: "Copiado. Pégalo donde te haya pedido tu profesor.",
    not_copied: "No se ha podido copiar; selecciona el código y cópialo tú.",
    loading: "Cargando el cuestionario…",
    unavailable: "No se puede mostrar este cuestionario.",
    quiz_file: "Archivo del cuestionario:",
    no_validator: "No se ha podido comprobar el cuestionario, así que no se muestra. Recarga la página para intentarlo de nuevo.",
};

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

/// The teacher's page.
pub mod teacher {
    use crate::quiz::{KindName, Points, Topic};

    pub const PAGE_ROOT: &str = "article-quiz-teacher";
    pub const KICKER: &str = "For teachers";
    pub const INTRO: &str = "Make a link that sets the quiz up for your class, send it, and read the result codes \
        your students send back. There are no accounts: everything travels in the link and the codes, and what \
        you paste here stays in this browser.";

    pub const MAKE_HEADING: &str = "1. Make a link for your class";
    pub const QUESTIONS: &str = "Questions";
    pub const CHOOSE_ALL: &str = "Choose all";
    pub const CHOOSE_NONE: &str = "Choose none";
    pub const ORDER: &str = "Order of the questions";
    pub const IN_QUIZ_ORDER: &str = "As in the quiz";
    pub const SHUFFLED: &str = "Shuffled, the same order for every student";
    pub const ORDER_NUMBER: &str = "Order number";
    pub const ORDER_NUMBER_HINT: &str = "The same number gives the same order.";
    pub const ANOTHER_ORDER: &str = "Another order";
    pub const SHUFFLE_OPTIONS: &str = "Shuffle the answer options";
    pub const FEEDBACK: &str = "Feedback";
    pub const RETRIES: &str = "Let students retry questions after they finish";
    pub const TITLE: &str = "Title for the class (optional)";
    pub const INSTRUCTIONS: &str = "Instructions (optional)";
    pub const YOUR_LINK: &str = "Your link";
    pub const LINK_LABEL: &str = "Link for your class";
    pub const COPY_LINK: &str = "Copy the link";
    pub const COPIED_LINK: &str = "Link copied.";
    pub const NOT_COPIED_LINK: &str = "Could not copy; select the link and copy it yourself.";
    pub const OPEN_LINK: &str = "Open the quiz as a student";
    pub const QR_LABEL: &str = "QR code of the link";
    pub const QR_CAPTION: &str = "Students can scan this code to open the link.";
    pub const NO_QUESTIONS: &str = "Choose at least one question.";

    pub const READ_HEADING: &str = "2. Read your class’s results";
    pub const READ_INTRO: &str = "At the end of the quiz each student can copy a result code. Paste the codes (or \
        result links) here, one per line or all at once. They stay in this browser and are not sent anywhere.";
    pub const CODES_LABEL: &str = "Result codes";
    pub const CLEAR: &str = "Clear the codes";
    pub const CLEARED: &str = "The codes were cleared from this browser.";
    pub const BAD_LINES: &str = "Lines that could not be read";
    pub const STUDENT: &str = "Student";
    pub const SCORE: &str = "Score";
    pub const TIME: &str = "Time";
    pub const ANSWERS: &str = "Answers";
    pub const SHOW: &str = "Show";
    pub const HIDE: &str = "Hide";
    pub const BY_QUESTION: &str = "Question by question";
    pub const DOWNLOAD_CSV: &str = "Download as CSV";
    pub const UNNAMED: &str = "No name";
    pub const OTHER_ASSIGNMENTS: &str = "Results from other assignments";
    pub const OTHER_ASSIGNMENTS_HINT: &str = "These codes answer a different link, so they are not counted with \
        the class above.";
    pub const SCORE_EDITED: &str = "This code’s score does not match its answers; the score shown is what the \
        answers are worth.";
    pub const CSV_HEADER: [&str; 5] = ["Name", "Points", "Out of", "Percent", "Seconds"];

    pub fn kind(kind: KindName) -> &'static str {
        match kind {
            KindName::Single => "Single choice",
            KindName::Multiple => "Multiple select",
            KindName::TrueFalse => "True or false",
            KindName::Order => "Put in order",
            KindName::Numeric => "Number",
            KindName::Evidence => "Find the evidence",
        }
    }

    pub fn topic(topic: Topic) -> &'static str {
        match topic {
            Topic::Events => "Events",
            Topic::Iran => "Iran",
            Topic::History => "History",
            Topic::Recommendations => "Recommendations",
            Topic::Argument => "The argument",
        }
    }

    pub fn chosen(n: usize, of: usize, points: Points) -> String {
        format!("{n} of {of} chosen, {}", super::EN.points(points))
    }

    pub fn link_length(chars: usize) -> String {
        format!("{chars} characters")
    }

    pub fn question_number(n: usize) -> String {
        format!("Q{n}")
    }

    /// The name of a group's table of students, which scrolls sideways on a phone.
    pub fn students_of(heading: &str) -> String {
        format!("Students: {heading}")
    }

    /// After "Show" or "Hide", for screen readers: whose answers.
    pub fn answers_of(name: &str) -> String {
        format!("the answers of {name}")
    }

    pub fn unnamed(line: usize) -> String {
        format!("{UNNAMED} (line {line})")
    }

    pub fn bad_line(line: usize, reason: &str) -> String {
        format!("Line {line}: {reason}.")
    }

    pub fn repeat(line: usize, first: usize) -> String {
        format!("Line {line} repeats line {first}; counted once.")
    }

    pub fn read_summary(results: usize, bad: usize) -> String {
        let students = if results == 1 { "1 result".to_owned() } else { format!("{results} results") };
        match bad {
            0 => format!("{students} read."),
            1 => format!("{students} read; 1 line could not be read."),
            n => format!("{students} read; {n} lines could not be read."),
        }
    }

    /// A group's heading: the title its link was made with, when this browser made it.
    pub fn assignment(id: u32, title: Option<&str>) -> String {
        match (id, title) {
            (0, _) => "The whole quiz, without an assignment link".to_owned(),
            (_, Some("")) => format!("Untitled assignment {id:08x}"),
            (_, Some(title)) => format!("Assignment “{title}”"),
            (_, None) => format!("Assignment {id:08x}"),
        }
    }

    pub fn class_summary(students: usize, average_percent: u32) -> String {
        let who = if students == 1 { "1 student".to_owned() } else { format!("{students} students") };
        format!("{who}, average {average_percent} %")
    }

    pub fn score(earned: Points, max: Points, percent: u32) -> String {
        format!("{earned} / {max} ({percent} %)")
    }

    pub fn duration(seconds: u32) -> String {
        let (minutes, seconds) = (seconds / 60, seconds % 60);
        if minutes == 0 { format!("{seconds} s") } else { format!("{minutes} min {seconds:02} s") }
    }

    pub fn right_count(right: usize, partial: usize, asked: usize) -> String {
        let base = format!("{right} of {asked} right");
        if partial == 0 { base } else { format!("{base}, {partial} partly") }
    }

    pub fn common_wrong(answer: &str, students: usize) -> String {
        let who = if students == 1 { "1 student".to_owned() } else { format!("{students} students") };
        format!("Most common wrong answer: {answer} ({who})")
    }

    pub fn csv_file(slug: &str, id: u32) -> String {
        if id == 0 { format!("{slug}-results.csv") } else { format!("{slug}-results-{id:08x}.csv") }
    }
}

/// The embed-code page.
pub mod embed_code {
    pub const PAGE_ROOT: &str = "article-quiz-embed-code";
    pub const KICKER: &str = "For editors";
    pub const HEADING: &str = "Embed the quiz in your page";
    pub const INTRO: &str = "Choose how the quiz should appear, copy the snippet into your page under the \
        article, and check the preview. The README’s “Embedding” section explains every option.";
    pub const OPTIONS: &str = "1. Options";
    pub const WAY: &str = "How to embed";
    pub const IFRAME: &str = "An iframe and a small host script (the quiz runs apart from your page)";
    pub const SCRIPT: &str = "A script that mounts the quiz in an element of your page (in a shadow root)";
    pub const QUIZ: &str = "Quiz file (optional)";
    pub const QUIZ_HINT: &str = "The address of a quiz bundle made with quiz-check --bundle; empty for the \
        built-in quiz. It is checked in the reader’s browser before it is shown.";
    pub const TEST_MODE: &str = "Start in test mode (feedback at the end)";
    pub const LANGUAGE: &str = "Language of the quiz’s buttons and messages";
    pub const LANGUAGE_QUIZ: &str = "The quiz’s own language (English if the quiz’s is not offered)";
    pub const THEME: &str = "Colours";
    pub const THEME_READER: &str = "The reader’s choice (light or dark)";
    pub const THEME_LIGHT: &str = "Always light";
    pub const THEME_DARK: &str = "Always dark";
    pub const ACCENT: &str = "Accent colour (optional)";
    pub const ACCENT_HINT: &str = "A colour such as #b00020 or a colour name; buttons, links and focus use it.";
    pub const FONT: &str = "Font (optional)";
    pub const FONT_HINT: &str = "A font list such as Georgia, serif.";
    pub const RADIUS: &str = "Corner radius (optional)";
    pub const RADIUS_HINT: &str = "Such as 0, 4px or 0.5rem.";
    pub const ID: &str = "Name of this quiz in events";
    pub const ID_HINT: &str = "Tells quizzes apart when a page has several.";
    pub const HOST: &str = "Your site’s origin (optional)";
    pub const HOST_HINT: &str = "Such as https://news.example. Events then go only to your site, and the quiz \
        takes commands from it.";
    pub const HIGHLIGHT: &str = "Your article’s element (optional)";
    pub const HIGHLIGHT_HINT: &str = "A CSS selector such as #story. “Show in article” then highlights the passage \
        in your page’s own article.";
    pub const ASSIGNMENT: &str = "Assignment link (optional)";
    pub const ASSIGNMENT_HINT: &str = "A link from the teacher’s page, to embed that set-up.";
    pub const SNIPPET: &str = "2. The snippet";
    pub const SNIPPET_LABEL: &str = "Paste this into your page";
    pub const COPY: &str = "Copy the snippet";
    pub const COPIED: &str = "Snippet copied.";
    pub const NOT_COPIED: &str = "Could not copy; select the snippet and copy it yourself.";
    pub const PREVIEW: &str = "Preview";
    pub const PREVIEW_HINT: &str = "The quiz as your readers will see it (the script embed looks the same).";
    pub const FRAME_TITLE: &str = "Quiz on this article";
    pub const IN_YOUR_STYLESHEET: &str = "Theme: add this rule to your stylesheet";

    /// A language by its own name.
    pub fn language(lang: super::Lang) -> &'static str {
        match lang {
            super::Lang::En => "English",
            super::Lang::Es => "Español",
        }
    }

    /// The accent's contrast on a scheme's background is under WCAG AA.
    pub fn weak_accent(scheme: &str, ratio: f64) -> String {
        let tenths = (ratio * 10.0).round() as u32;
        format!(
            "On the {scheme} background this accent has a contrast of {}.{}:1; text in it needs 4.5:1 (WCAG AA).",
            tenths / 10,
            tenths % 10
        )
    }
}
