//! The languages the widget speaks, how one is chosen, and how components get it.

use crate::quiz::scoring::NumberStyle;

use super::{EN, Text};

/// A language of the widget's own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
    /// Persian, written right to left.
    Fa,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Fa];

    /// The language of a tag such as `es` or `es-MX`, if the widget speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag.trim().split(['-', '_']).next()?.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "fa" => Some(Lang::Fa),
            _ => None,
        }
    }

    /// How the language writes numbers.
    pub fn number_style(self) -> NumberStyle {
        match self {
            Lang::En => NumberStyle::DecimalPoint,
            Lang::Es => NumberStyle::DecimalComma,
            Lang::Fa => NumberStyle::Persian,
        }
    }

    /// Its direction, for the widget's `dir` attribute: set always, so that a widget on a
    /// page of the other direction does not take the page's.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En | Lang::Es => "ltr",
            Lang::Fa => "rtl",
        }
    }

    /// Its tag, for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fa => "fa",
        }
    }

    /// The language `asked` for (an embed's `lang` option) if the widget speaks it, else
    /// the quiz's own if it does, else English.
    pub fn choose(asked: Option<&str>, quiz_language: &str) -> Lang {
        asked.and_then(Lang::from_tag).or_else(|| Lang::from_tag(quiz_language)).unwrap_or_default()
    }

    /// Its words. In the widget on the web only English is compiled in: another
    /// language's are there once [`Lang::load`] has read them, and until then (or if its
    /// file cannot be had) the widget speaks English.
    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &EN,
            #[cfg(all_languages)]
            Lang::Es => &super::ES,
            #[cfg(all_languages)]
            Lang::Fa => &super::FA,
            #[cfg(not(all_languages))]
            _ => LOADED[self as usize].get().copied().unwrap_or(&EN),
        }
    }

    /// Whether its words have yet to be loaded ([`Lang::load`]) before the widget can
    /// speak it.
    pub fn needs_words(self) -> bool {
        cfg!(not(all_languages)) && self != Lang::En && LOADED[self as usize].get().is_none()
    }

    /// Reads its words from the text of its file (`i18n/TAG.txt` beside the widget, which
    /// the build writes from [`Lang::words_file`]) and keeps them for the page's lifetime.
    /// False, and nothing kept, if the text is not this language's words.
    pub fn load(self, file: String) -> bool {
        let file: &'static str = Box::leak(file.into_boxed_str());
        match Text::from_words_file(file) {
            Some(text) if text.lang == self => {
                let _ = LOADED[self as usize].set(Box::leak(Box::new(text)));
                true
            }
            _ => false,
        }
    }

    /// Its words as its file holds them ([`Text::words_file`]).
    pub fn words_file(self) -> String {
        self.text().words_file()
    }
}

/// The words of each language read from its file, by [`Lang`] (only English is compiled
/// into the widget on the web).
static LOADED: [std::sync::OnceLock<&'static Text>; Lang::ALL.len()] =
    [const { std::sync::OnceLock::new() }; Lang::ALL.len()];

/// The [`Text`] of the language the widget was given (a [`Languages`] context),
/// English without one.
#[yew::hook]
pub fn use_text() -> &'static Text {
    yew::use_context::<Languages>().unwrap_or_default().widget.text()
}

/// The languages of a widget, given to its components as one context: its own words'
/// and, when it is another, the quiz's, so that the quiz's words are marked with it
/// (`lang="…"`) for screen readers, and with their direction (`dir`) where it is not the
/// widget's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Languages {
    pub widget: Lang,
    pub quiz: ContentLang,
}

/// How the quiz's own words are marked inside the widget: their language where it is not
/// the widget's, and their direction where that is not the widget's (a `dir` also isolates
/// them from the interface sentence around them, so that punctuation keeps its side).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContentLang {
    pub lang: Option<yew::AttrValue>,
    pub dir: Option<&'static str>,
}

impl Languages {
    pub fn new(widget: Lang, quiz_language: &str) -> Self {
        let lang = (Lang::from_tag(quiz_language) != Some(widget)).then(|| quiz_language.to_owned().into());
        let dir = if crate::quiz::model::right_to_left(quiz_language) { "rtl" } else { "ltr" };
        Languages { widget, quiz: ContentLang { lang, dir: (dir != widget.dir()).then_some(dir) } }
    }
}

/// How to mark the quiz's own words ([`ContentLang`]).
#[yew::hook]
pub fn use_content_lang() -> ContentLang {
    yew::use_context::<Languages>().unwrap_or_default().quiz
}
