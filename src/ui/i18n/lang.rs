//! The languages the widget speaks, how one is chosen, and how components get it.

use crate::quiz::scoring::NumberStyle;
use crate::ui::platform::{FETCH_TIMEOUT_MS, RemoteQuizError};

use super::{EN, ES, Text};

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
            (Lang::En, RemoteQuizError::NewerFormat(format)) => format!(
                "This quiz was made by a newer version of Article Quiz (bundle format {format}) than this page has. \
                 The site that shows it needs to update Article Quiz."
            ),
            (Lang::Es, RemoteQuizError::NewerFormat(format)) => format!(
                "Este cuestionario se hizo con una versión de Article Quiz más reciente (formato {format}) que la de \
                 esta página. El sitio que lo muestra tiene que actualizar Article Quiz."
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
