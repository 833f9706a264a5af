//! The widget's words in Spanish.

use crate::quiz::bundle::{MAX_BYTES, ReadError};
use crate::quiz::link::LinkError;
use crate::quiz::saved::LoadError;
use crate::quiz::session::SessionError;
use crate::quiz::{Mode, Points, Verdict};
use crate::ui::platform::{FETCH_TIMEOUT_MS, RemoteQuizError};

use super::{Lang, Sentences, Text, listed};

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
    passage_changed: "El artículo de esta página ha cambiado desde que se escribió esta pregunta: el pasaje que cita ya no está.",
    not_saved: "Este navegador no deja que el cuestionario guarde nada en este dispositivo: si recargas la página, perderás las respuestas que lleves. Todo lo demás funciona.",
    name_not_remembered: "Este navegador no deja que el cuestionario lo recuerde.",
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
    hand_in_to_class: "Al entregar, tu nombre si lo escribes, tus respuestas, tu puntuación y el tiempo que has tardado van a la clase de tu profesor en el servidor de este cuestionario. El código de abajo contiene lo mismo: también puedes copiarlo y dárselo a tu profesor.",
    share_heading: "Comparte tu resultado",
    share_hint: "Tu puntuación y una marca por pregunta, sin ninguna pregunta ni respuesta.",
    share_button: "Compartir",
    shared: "Compartido.",
    share_copied: "Copiado. Pégalo donde quieras.",
    not_shared: "No se ha compartido. Puedes seleccionar el texto de arriba y copiarlo tú.",
    share_marks: "En orden:",
    loading: "Cargando el cuestionario…",
    unavailable: "No se puede mostrar este cuestionario.",
    quiz_file: "Archivo del cuestionario:",
    no_validator: "No se ha podido comprobar el cuestionario, así que no se muestra. Recarga la página para intentarlo de nuevo.",
};

pub struct Spanish;

impl Sentences for Spanish {
    fn question_count(n: usize) -> String {
        if n == 1 { "1 pregunta".into() } else { format!("{n} preguntas") }
    }

    fn byline(authors: &[String]) -> String {
        format!("por {}", listed(authors, "y"))
    }

    fn article_byline(authors: &[String], publication: &str) -> String {
        format!("Por {} · {publication}", listed(authors, "y"))
    }

    fn about_article() -> (&'static str, &'static str) {
        ("Sobre «", "»")
    }

    fn position(at: usize, of: usize) -> String {
        format!("Pregunta {at} de {of}")
    }

    fn points(p: Points) -> String {
        if p == Points(100) { "1 punto".into() } else { format!("{} puntos", ES.number(p)) }
    }

    fn verdict(v: Verdict) -> &'static str {
        match v {
            Verdict::Correct => "Correcto",
            Verdict::Partial => "En parte",
            Verdict::Wrong => "No exactamente",
            Verdict::Unanswered => "Sin responder",
        }
    }

    fn earned(earned: Points, max: Points, partial: bool) -> String {
        let (earned, max) = (ES.number(earned), Self::points(max));
        if partial {
            format!("Has obtenido {earned} de {max} (puntuación parcial).")
        } else {
            format!("Has obtenido {earned} de {max}.")
        }
    }

    fn score_line(earned: Points, max: Points) -> String {
        format!("{} de {}", ES.number(earned), Self::points(max))
    }

    fn percent(p: u32) -> String {
        format!("{p} %")
    }

    fn tally(right: usize, partial: usize, wrong: usize) -> String {
        if partial > 0 {
            format!("{right} bien · {partial} en parte · {wrong} falladas")
        } else {
            format!("{right} bien · {wrong} falladas")
        }
    }

    fn announce_finish(earned: Points, max: Points, percent: u32) -> String {
        let (earned, max) = (ES.number(earned), Self::points(max));
        format!("Cuestionario terminado. Tu puntuación: {earned} de {max}, {percent} por ciento.")
    }

    fn retry_missed(n: usize) -> String {
        if n == 1 { "Repetir la pregunta fallada".into() } else { format!("Repetir las {n} preguntas falladas") }
    }

    fn answered(n: usize, of: usize) -> String {
        format!("{n} de {of} respondidas")
    }

    fn unanswered_warning(n: usize) -> String {
        if n == 1 {
            "1 pregunta aún no tiene respuesta; contará como fallada.".into()
        } else {
            format!("{n} preguntas aún no tienen respuesta; contarán como falladas.")
        }
    }

    fn left_out(n: usize) -> String {
        if n == 1 {
            "Se ha omitido 1 pregunta porque el pasaje que cita ha cambiado.".into()
        } else {
            format!("Se han omitido {n} preguntas porque el pasaje que citan ha cambiado.")
        }
    }

    fn moved(item: &str, to: usize, of: usize) -> String {
        format!("«{item}», ahora en la posición {to} de {of}.")
    }

    fn quote_of(n: usize, total: usize) -> String {
        format!(" (cita {n} de {total})")
    }

    fn paragraph(n: usize) -> String {
        format!("párrafo {n}")
    }

    fn mode_started(mode: Mode) -> String {
        match mode {
            Mode::Practice => format!("Modo práctica: {}.", ES.practice_hint),
            Mode::Test => format!("Modo examen: {}.", ES.test_hint),
        }
    }

    fn page_heading(title: &str) -> String {
        format!("Cuestionario: «{title}»")
    }

    fn more_problems(n: usize) -> String {
        if n == 1 { "…y 1 problema más.".into() } else { format!("…y {n} problemas más.") }
    }

    fn broken_link(reason: &str) -> String {
        format!("No se ha podido abrir este enlace del cuestionario: {reason}. Aquí tienes el cuestionario completo.")
    }

    fn set_by_teacher(mode: Mode) -> String {
        match mode {
            Mode::Practice => "Modo práctica, elegido por tu profesor.".into(),
            Mode::Test => "Modo examen, elegido por tu profesor.".into(),
        }
    }

    fn restored_notice(reason: &str) -> String {
        format!("No se ha podido recuperar tu progreso guardado ({reason}), así que el cuestionario empieza de cero.")
    }

    fn load_error(failure: &RemoteQuizError) -> String {
        match failure {
            RemoteQuizError::NoValidator => ES.no_validator.into(),
            RemoteQuizError::Reported(sentences) => sentences.first().cloned().unwrap_or_default(),
            RemoteQuizError::NotWebAddress => "Su dirección no es una dirección web: indica una que empiece \
                por https://, o una relativa a esta página."
                .into(),
            RemoteQuizError::Unreachable => "No se ha podido descargar el archivo del cuestionario. Puede que \
                el sitio que lo tiene no funcione o no permita que esta página lo lea."
                .into(),
            RemoteQuizError::TimedOut => format!(
                "El sitio que tiene el archivo del cuestionario no ha respondido en {} segundos.",
                FETCH_TIMEOUT_MS / 1000
            ),
            RemoteQuizError::Status(404) => {
                "No hay ningún archivo de cuestionario en esa dirección (el sitio respondió 404, no encontrado).".into()
            }
            RemoteQuizError::Status(status) => {
                format!("El sitio que tiene el archivo del cuestionario respondió con un error ({status}).")
            }
            RemoteQuizError::TooLarge => format!(
                "El archivo del cuestionario ocupa más de {} KB, más de lo que necesita cualquier cuestionario.",
                MAX_BYTES / 1024
            ),
            RemoteQuizError::Unsound(problems) => format!(
                "El archivo del cuestionario no ha superado las comprobaciones ({}). Si lo has hecho tú, ejecuta \
                 quiz-check en su carpeta.",
                if problems.len() == 1 { "1 problema".to_owned() } else { format!("{} problemas", problems.len()) }
            ),
            RemoteQuizError::NewerFormat(format) => format!(
                "Este cuestionario se hizo con una versión de Article Quiz más reciente (formato {format}) que la de \
                 esta página. El sitio que lo muestra tiene que actualizar Article Quiz."
            ),
        }
    }

    fn link_problem(why: &LinkError) -> String {
        match why {
            LinkError::Empty => "el enlace del cuestionario está vacío".into(),
            LinkError::Truncated => "el enlace del cuestionario está cortado; copia de nuevo el enlace completo".into(),
            LinkError::Mistyped => "el enlace del cuestionario está incompleto o tiene un carácter mal escrito; copia \
                de nuevo el enlace completo"
                .into(),
            LinkError::NewerFormat => {
                "el enlace se hizo con una versión más reciente del cuestionario; pide un enlace nuevo".into()
            }
            LinkError::OtherQuiz => "el enlace es de otro cuestionario".into(),
            LinkError::UnknownQuestions(1) => "el enlace pide 1 pregunta que este cuestionario ya no tiene".into(),
            LinkError::UnknownQuestions(n) => format!("el enlace pide {n} preguntas que este cuestionario ya no tiene"),
            LinkError::TooLong => "el título o las instrucciones son demasiado largos para un enlace".into(),
            LinkError::RepeatedQuestion => "el enlace pide dos veces la misma pregunta".into(),
        }
    }

    fn save_problem(why: &LoadError) -> String {
        match why {
            LoadError::Foreign => "el progreso guardado no lo guardó este cuestionario".into(),
            LoadError::NewerFormat => {
                "el progreso guardado se hizo con una versión más reciente del cuestionario".into()
            }
            LoadError::Damaged => "el progreso guardado está dañado".into(),
            LoadError::Session(why) => Self::session_problem(why),
        }
    }

    fn session_problem(why: &SessionError) -> String {
        match why {
            SessionError::UnknownQuestion(id) => format!("el cuestionario no tiene ninguna pregunta «{id}»"),
            SessionError::RepeatedQuestion(id) => format!("la pregunta «{id}» aparece dos veces"),
            SessionError::NoQuestions => "no se ha elegido ninguna pregunta".into(),
            SessionError::OtherQuiz => {
                "el progreso guardado es de otro cuestionario o de una edición anterior de este".into()
            }
            // The detail is for the quiz's developers, in English; the reader needs the gist.
            SessionError::Damaged(_) => "el progreso guardado está dañado".into(),
        }
    }

    fn read_problem(why: &ReadError) -> String {
        match why {
            ReadError::NotABundle => "este archivo no es un cuestionario de Article Quiz".into(),
            ReadError::NewerFormat(format) => {
                format!("este cuestionario se hizo con una versión más reciente de Article Quiz (formato {format})")
            }
            ReadError::TooLarge => format!("este archivo de cuestionario ocupa más de {} KB", MAX_BYTES / 1024),
            ReadError::Damaged => "este archivo de cuestionario está dañado y no se puede leer".into(),
        }
    }
}
