//! SCORM packages of a teacher's assignment, in SCORM 1.2 or SCORM 2004 4th edition: a
//! zip that a learning platform (Moodle, Canvas, Blackboard, Schoology…) takes as an
//! activity whose score goes to its gradebook.
//!
//! The package holds `imsmanifest.xml`, the launch page (`index.html`), the assignment as
//! data (`assignment.js`: the link's code, the pass mark, and each asked question's
//! interaction type and correct pattern in the version's own format), the adapter
//! (`scorm.js`, [`ADAPTER`]), the quiz's bundle (`quiz.aqz`) and the widget's files for
//! the script embed, as a built site has them ([`widget_files`] names them). The widget is
//! unchanged: the adapter mounts it as `<article-quiz>` with the bundle, the link, the learning platform's copy of the progress
//! (`progress`) and no hand-in or sharing (`handin="off"`, `share="off"`), and reports
//! what the widget's events say to the platform's API. Outside a platform it mounts the
//! plain widget with the link.
//!
//! Must not import anything from a browser or UI crate.

use std::io::Write;

use serde_json::json;
use thiserror::Error;

use super::xml;
use crate::link::{self, LinkError};
use crate::model::{Kind, Question, Quiz};
use crate::result;

/// The adapter the launch page runs beside the widget.
pub const ADAPTER: &str = include_str!("scorm.js");

/// The instance name the launch page gives the widget: outside a learning platform its
/// progress in this browser is kept apart from the quiz's other copies.
pub const INSTANCE: &str = "scorm";

/// Which SCORM.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    Scorm12,
    Scorm2004,
}

impl Version {
    pub const ALL: [Version; 2] = [Version::Scorm12, Version::Scorm2004];

    /// Its name on the command line and on the teacher's page (`1.2`, `2004`).
    pub fn key(self) -> &'static str {
        match self {
            Version::Scorm12 => "1.2",
            Version::Scorm2004 => "2004",
        }
    }

    pub fn from_key(key: &str) -> Option<Version> {
        Version::ALL.into_iter().find(|v| v.key() == key.trim())
    }

    /// What a person calls it.
    pub fn label(self) -> &'static str {
        match self {
            Version::Scorm12 => "SCORM 1.2",
            Version::Scorm2004 => "SCORM 2004 4th edition",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ScormError {
    #[error("the assignment link cannot be opened: {0}")]
    Link(#[from] LinkError),
    #[error("a pass mark is a percentage from 1 to 100")]
    PassMark,
    #[error("the built site has no {0}: build it first (scripts/build)")]
    MissingFile(String),
    #[error("the zip could not be written: {0}")]
    Zip(String),
}

/// The files of the widget a package needs, beside the script embed's loader
/// (`article-quiz.js`), which names the others: every file a JavaScript file of them loads
/// by a relative path (`"./…"`), followed from one to the next, the validator module
/// included (the package's quiz is a bundle beside the widget, which the widget checks as
/// any quiz from an address), the results module not (the learning platform is the
/// hand-in). `read` gives a file of the built site by its path there; the loader comes first.
pub fn widget_files(read: &mut dyn FnMut(&str) -> Option<Vec<u8>>) -> Result<Vec<(String, Vec<u8>)>, ScormError> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut waiting = vec![LOADER.to_owned()];
    while let Some(name) = waiting.pop() {
        if files.iter().any(|(f, _)| *f == name) {
            continue;
        }
        let bytes = read(&name).ok_or_else(|| ScormError::MissingFile(name.clone()))?;
        if name.ends_with(".js") {
            let text = String::from_utf8_lossy(&bytes);
            for next in referenced(&name, &text).into_iter().rev() {
                waiting.push(next);
            }
        }
        files.push((name, bytes));
    }
    Ok(files)
}

/// The quiz's bundle in a package: the widget loads it from beside the launch page, so a
/// package holds any quiz, not only the one the site has built in.
pub const BUNDLE: &str = "quiz.aqz";

/// The loader of the script embed, at the root of a built site.
pub const LOADER: &str = "article-quiz.js";

/// The files the JavaScript file `name` loads by a relative path (`from "./x.js"`,
/// `import("./x.js")`, `new URL("./x.wasm", …)`), as paths from the site's root, without the
/// results module, which a package leaves out.
pub fn referenced(name: &str, text: &str) -> Vec<String> {
    let folder = name.rsplit_once('/').map_or("", |(folder, _)| folder);
    let mut found: Vec<String> = Vec::new();
    for quote in ['"', '\'', '`'] {
        let opening = format!("{quote}./");
        for (at, _) in text.match_indices(&opening) {
            let before = text[..at].trim_end();
            if !(before.ends_with("from") || before.ends_with("import(") || before.ends_with("URL(")) {
                continue;
            }
            let rest = &text[at + opening.len()..];
            let Some(end) = rest.find(quote) else { continue };
            let path = &rest[..end];
            let full = if folder.is_empty() { path.to_owned() } else { format!("{folder}/{path}") };
            let plain = path.chars().all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c)) && !path.contains("..");
            let skipped = full == "results.js";
            if plain && !path.is_empty() && !skipped && !found.contains(&full) {
                found.push(full);
            }
        }
    }
    found
}

/// A letter naming the `i`th option, item or sentence (in the author's order) in SCORM's
/// patterns: `a`…`z`, then `0`…`9` (SCORM 1.2's choice and sequencing patterns take one
/// character each).
fn letter(i: usize) -> char {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    LETTERS.get(i).map_or('?', |b| char::from(*b))
}

fn number(x: f64) -> String {
    super::number(x).unwrap_or_default()
}

/// A question's interaction type and correct pattern in `version`'s format.
fn interaction(question: &Question, version: Version) -> (&'static str, String) {
    let v12 = version == Version::Scorm12;
    let join = |letters: Vec<char>| {
        let parts: Vec<String> = letters.into_iter().map(String::from).collect();
        parts.join(if v12 { "," } else { "[,]" })
    };
    match &question.kind {
        Kind::Single { correct, .. } => ("choice", letter(*correct).to_string()),
        Kind::Multiple { correct, .. } => ("choice", join(correct.iter().map(|&i| letter(i)).collect())),
        Kind::TrueFalse { correct, .. } => (
            "true-false",
            match (v12, correct) {
                (true, true) => "t",
                (true, false) => "f",
                (false, true) => "true",
                (false, false) => "false",
            }
            .to_owned(),
        ),
        Kind::Order { items } => ("sequencing", join((0..items.len()).map(letter).collect())),
        Kind::Numeric { answer, tolerance, .. } => (
            "numeric",
            if v12 {
                number(*answer)
            } else {
                let (low, high) = super::range(*answer, *tolerance);
                format!("{low}[:]{high}")
            },
        ),
        Kind::Evidence { correct, .. } => ("choice", letter(*correct).to_string()),
    }
}

/// The package of the assignment `code` of `quiz`, as the bytes of a zip. `pass_percent`:
/// the pass mark (none: the platform records completion only). `widget`: the widget's
/// files ([`widget_files`]) with their bytes, as the built site has them.
pub fn package(
    quiz: &Quiz,
    code: &str,
    version: Version,
    pass_percent: Option<u32>,
    widget: &[(String, Vec<u8>)],
) -> Result<Vec<u8>, ScormError> {
    let code = code.trim();
    let assignment = link::decode(code, quiz)?;
    if pass_percent.is_some_and(|p| !(1..=100).contains(&p)) {
        return Err(ScormError::PassMark);
    }
    if !widget.iter().any(|(name, _)| name == LOADER) {
        return Err(ScormError::MissingFile(LOADER.into()));
    }
    let id = result::assignment_id(code);
    let title = if assignment.title.trim().is_empty() { quiz.meta.title.clone() } else { assignment.title.clone() };
    let asked: Vec<&Question> = match &assignment.questions {
        Some(ids) => ids.iter().filter_map(|id| quiz.questions.iter().find(|q| &q.id == id)).collect(),
        None => quiz.questions.iter().collect(),
    };
    let questions: serde_json::Map<String, serde_json::Value> = asked
        .iter()
        .map(|q| {
            let (kind, pattern) = interaction(q, version);
            (q.id.clone(), json!({ "type": kind, "correct": pattern, "points": q.points }))
        })
        .collect();
    let data = json!({
        "version": version.key(),
        "code": code,
        "instance": INSTANCE,
        "pass": pass_percent,
        "quiz": quiz.slug,
        "bundle": BUNDLE,
        "title": title,
        "article": { "title": quiz.meta.article_title, "source": super::source_line(quiz) },
        "questions": questions,
    });
    let own = [
        ("index.html".to_owned(), launch_page(quiz, &title).into_bytes()),
        ("assignment.js".to_owned(), format!("globalThis.articleQuizScorm = {data};\n").into_bytes()),
        ("scorm.js".to_owned(), ADAPTER.as_bytes().to_vec()),
        (BUNDLE.to_owned(), crate::bundle::encode(quiz)),
    ];
    let mut files: Vec<(String, Vec<u8>)> = own.into_iter().chain(widget.iter().cloned()).collect();
    let names: Vec<String> = files.iter().map(|(name, _)| name.clone()).collect();
    let identifier = format!("article-quiz-{}-{id:08x}", quiz.slug);
    files.insert(
        0,
        ("imsmanifest.xml".to_owned(), manifest(&identifier, &title, version, pass_percent, &names).into_bytes()),
    );
    zip(&files)
}

/// The launch page: the article's title and source above the widget's place, the
/// assignment's data, and the adapter, which mounts the widget.
fn launch_page(quiz: &Quiz, title: &str) -> String {
    let lang = xml(&quiz.meta.language);
    let (article, source) = (xml(&quiz.meta.article_title), xml(&super::source_line(quiz)));
    let title = xml(title);
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n\
         <link rel=\"icon\" href=\"data:,\">\n<script src=\"assignment.js\"></script>\n\
         <script src=\"scorm.js\" defer></script>\n</head>\n<body style=\"margin:0 auto;max-width:48rem;padding:0.5rem\">\n\
         <p>A quiz on “{article}” ({source}).</p>\n<div id=\"article-quiz-scorm\"></div>\n\
         <noscript>This quiz needs JavaScript.</noscript>\n</body>\n</html>\n"
    )
}

fn manifest(identifier: &str, title: &str, version: Version, pass: Option<u32>, files: &[String]) -> String {
    let title = xml(title);
    let file_list: String = files.iter().map(|f| format!("      <file href=\"{}\"/>\n", xml(f))).collect();
    match version {
        Version::Scorm12 => {
            let mastery =
                pass.map_or(String::new(), |p| format!("        <adlcp:masteryscore>{p}</adlcp:masteryscore>\n"));
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
                 <manifest identifier=\"{identifier}\" version=\"1\"\n  \
                 xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n  \
                 xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"\n  \
                 xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n  \
                 xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd \
                 http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\">\n  \
                 <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>1.2</schemaversion>\n  </metadata>\n  \
                 <organizations default=\"org\">\n    <organization identifier=\"org\">\n      <title>{title}</title>\n      \
                 <item identifier=\"item\" identifierref=\"sco\">\n        <title>{title}</title>\n{mastery}      </item>\n    \
                 </organization>\n  </organizations>\n  <resources>\n    \
                 <resource identifier=\"sco\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"index.html\">\n\
                 {file_list}    </resource>\n  </resources>\n</manifest>\n"
            )
        }
        Version::Scorm2004 => {
            let sequencing = pass.map_or(String::new(), |p| {
                format!(
                    "        <imsss:sequencing>\n          <imsss:objectives>\n            \
                     <imsss:primaryObjective objectiveID=\"pass\" satisfiedByMeasure=\"true\">\n              \
                     <imsss:minNormalizedMeasure>{}</imsss:minNormalizedMeasure>\n            \
                     </imsss:primaryObjective>\n          </imsss:objectives>\n        </imsss:sequencing>\n",
                    number(f64::from(p) / 100.0)
                )
            });
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
                 <manifest identifier=\"{identifier}\" version=\"1\"\n  \
                 xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"\n  \
                 xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\"\n  \
                 xmlns:adlseq=\"http://www.adlnet.org/xsd/adlseq_v1p3\"\n  \
                 xmlns:adlnav=\"http://www.adlnet.org/xsd/adlnav_v1p3\"\n  \
                 xmlns:imsss=\"http://www.imsglobal.org/xsd/imsss\"\n  \
                 xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n  \
                 xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd \
                 http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd \
                 http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd \
                 http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd \
                 http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd\">\n  \
                 <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>2004 4th Edition</schemaversion>\n  </metadata>\n  \
                 <organizations default=\"org\">\n    <organization identifier=\"org\">\n      <title>{title}</title>\n      \
                 <item identifier=\"item\" identifierref=\"sco\">\n        <title>{title}</title>\n{sequencing}      </item>\n    \
                 </organization>\n  </organizations>\n  <resources>\n    \
                 <resource identifier=\"sco\" type=\"webcontent\" adlcp:scormType=\"sco\" href=\"index.html\">\n\
                 {file_list}    </resource>\n  </resources>\n</manifest>\n"
            )
        }
    }
}

/// The files as a zip, each deflated.
pub fn zip(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, ScormError> {
    let failed = |e: zip::result::ZipError| ScormError::Zip(e.to_string());
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in files {
        writer.start_file(name.as_str(), options).map_err(failed)?;
        writer.write_all(bytes).map_err(|e| ScormError::Zip(e.to_string()))?;
    }
    Ok(writer.finish().map_err(failed)?.into_inner())
}
