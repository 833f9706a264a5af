//! QTI 3.0 (1EdTech's Question and Test Interoperability), as a content package: a zip with
//! `imsmanifest.xml`, one `qti-assessment-item` per question (`items/ID.xml`) and an
//! assessment test that lists them in the quiz's order (`test.xml`).
//!
//! Every kind is held, each scored as the core scores it (`SCORE` out of `MAXSCORE`, the
//! question's points):
//! - single choice: a `qti-choice-interaction` with one choice, all or nothing;
//! - multiple select: a choice interaction with as many choices as there are options; a
//!   `qti-map-response` gives +1 for each right option picked and −1 for each wrong one,
//!   never below 0, and `SCORE` is that over the number of right options, times the points
//!   (the core's +1/n, −1/n);
//! - true/false: a choice interaction with the two choices `True` and `False`;
//! - order: a `qti-order-interaction` whose `SCORE` counts, position by position, the
//!   neighbouring pairs in the article's order (item B directly after item A), over the
//!   number of pairs, times the points: the core's partial credit;
//! - numeric: a `qti-text-entry-interaction` of base type float, right from `answer −
//!   tolerance` to `answer + tolerance`, both included (the unit follows the box);
//! - find the evidence: a `qti-hottext-interaction` over the passage, each sentence a
//!   hottext, one to pick.
//!
//! Each item's modal feedback holds the explanation with its excerpts verbatim
//! ([`super::explanation`]) and the article's title and source; an option's or a
//! true/false answer's own feedback is inline feedback shown when it was picked. Options
//! stay in the author's order (`shuffle="false"`): an option may refer to the ones above it.

use super::{Export, ExportError, explanation, number, source_line, xml};
use crate::model::{Kind, Question, Quiz};

/// Writes `questions` (of `quiz`, in that order) as a QTI 3.0 content package.
pub fn write(quiz: &Quiz, questions: &[&Question]) -> Result<Export, ExportError> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut refs = Vec::new();
    for question in questions {
        let path = format!("items/{}.xml", super::plain_id(&question.id));
        refs.push((identifier(&question.id), path.clone()));
        files.push((path, item(quiz, question).into_bytes()));
    }
    let test = test(quiz, &refs);
    let manifest = manifest(quiz, &refs);
    let mut all =
        vec![("imsmanifest.xml".to_owned(), manifest.into_bytes()), ("test.xml".to_owned(), test.into_bytes())];
    all.extend(files);
    Ok(Export { bytes: super::zip(&all)?, left_out: Vec::new() })
}

const ITEM_NS: &str = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
const SCHEMA: &str = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";

/// A question's identifier as an XML name: its id (lower-case letters, digits and
/// hyphens, which the validator checks) after `Q-`, anything else dropped.
pub fn identifier(id: &str) -> String {
    format!("Q-{}", super::plain_id(id))
}

/// The identifier of option `i` (0-based) of a choice question, of item `i` of an order
/// question and of sentence `i` of a passage: `C1`, `C2`…
pub fn choice(i: usize) -> String {
    format!("C{}", i + 1)
}

/// A number as QTI writes a float (plain decimal digits; never not a number).
fn float(x: f64) -> String {
    number(x).unwrap_or_else(|| "0".to_owned())
}

fn item(quiz: &Quiz, question: &Question) -> String {
    let lang = xml(&quiz.meta.language);
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<qti-assessment-item xmlns=\"{ITEM_NS}\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"{ITEM_NS} {SCHEMA}\" \
         identifier=\"{}\" title=\"{}\" adaptive=\"false\" time-dependent=\"false\" xml:lang=\"{lang}\">\n",
        identifier(&question.id),
        xml(&question.id),
    );
    let points = float(f64::from(question.points));
    let (declaration, body, processing) = match &question.kind {
        Kind::Single { options, correct } => (
            response("single", "identifier", &[choice(*correct)], ""),
            choices(&question.prompt, options.iter().map(|o| (o.text.as_str(), o.feedback.as_deref())), 1),
            all_or_nothing(),
        ),
        Kind::Multiple { options, correct } => {
            let entries: String = (0..options.len())
                .map(|i| {
                    let value = if correct.contains(&i) { "1" } else { "-1" };
                    format!("      <qti-map-entry map-key=\"{}\" mapped-value=\"{value}\"/>\n", choice(i))
                })
                .collect();
            let mapping = format!(
                "    <qti-mapping default-value=\"0\" lower-bound=\"0\" upper-bound=\"{}\">\n{entries}    </qti-mapping>\n",
                correct.len()
            );
            let key: Vec<String> = correct.iter().map(|i| choice(*i)).collect();
            (
                response("multiple", "identifier", &key, &mapping),
                choices(
                    &question.prompt,
                    options.iter().map(|o| (o.text.as_str(), o.feedback.as_deref())),
                    options.len(),
                ),
                format!(
                    "    <qti-set-outcome-value identifier=\"SCORE\">\n      <qti-product>\n        \
                     <qti-variable identifier=\"MAXSCORE\"/>\n        <qti-divide>\n          \
                     <qti-map-response identifier=\"RESPONSE\"/>\n          \
                     <qti-base-value base-type=\"float\">{}</qti-base-value>\n        </qti-divide>\n      \
                     </qti-product>\n    </qti-set-outcome-value>\n",
                    correct.len().max(1)
                ),
            )
        }
        Kind::TrueFalse { correct, feedback_true, feedback_false } => (
            response("single", "identifier", &[choice(if *correct { 0 } else { 1 })], ""),
            choices(
                &question.prompt,
                [("True", feedback_true.as_deref()), ("False", feedback_false.as_deref())].into_iter(),
                1,
            ),
            all_or_nothing(),
        ),
        Kind::Order { items } => {
            let key: Vec<String> = (0..items.len()).map(choice).collect();
            let list: String = items
                .iter()
                .enumerate()
                .map(|(i, text)| {
                    format!("      <qti-simple-choice identifier=\"{}\">{}</qti-simple-choice>\n", choice(i), xml(text))
                })
                .collect();
            let body = format!(
                "    <qti-order-interaction response-identifier=\"RESPONSE\" shuffle=\"true\">\n      \
                 <qti-prompt>{}</qti-prompt>\n{list}    </qti-order-interaction>\n",
                xml(&question.prompt)
            );
            let declaration = response("ordered", "identifier", &key, "") + &outcome("PAIRS", "0");
            (declaration, body, order_processing(items.len()))
        }
        Kind::Numeric { answer, tolerance, unit } => {
            let (low, high) = super::range(*answer, *tolerance);
            let unit = if unit.trim().is_empty() { String::new() } else { format!(" {}", xml(unit.trim())) };
            let body = format!(
                "    <p>{}</p>\n    <p><qti-text-entry-interaction response-identifier=\"RESPONSE\" expected-length=\"12\"/>{unit}</p>\n",
                xml(&question.prompt)
            );
            let processing = format!(
                "    <qti-response-condition>\n      <qti-response-if>\n        <qti-and>\n          \
                 <qti-gte><qti-variable identifier=\"RESPONSE\"/><qti-base-value base-type=\"float\">{low}</qti-base-value></qti-gte>\n          \
                 <qti-lte><qti-variable identifier=\"RESPONSE\"/><qti-base-value base-type=\"float\">{high}</qti-base-value></qti-lte>\n        \
                 </qti-and>\n        <qti-set-outcome-value identifier=\"SCORE\"><qti-variable identifier=\"MAXSCORE\"/></qti-set-outcome-value>\n      \
                 </qti-response-if>\n    </qti-response-condition>\n"
            );
            (response("single", "float", &[float(*answer)], ""), body, processing)
        }
        Kind::Evidence { passage, correct } => {
            let sentences: Vec<String> = passage
                .iter()
                .enumerate()
                .map(|(i, s)| format!("<qti-hottext identifier=\"{}\">{}</qti-hottext>", choice(i), xml(s)))
                .collect();
            let body = format!(
                "    <qti-hottext-interaction response-identifier=\"RESPONSE\" max-choices=\"1\">\n      \
                 <qti-prompt>{}</qti-prompt>\n      <p>{}</p>\n    </qti-hottext-interaction>\n",
                xml(&question.prompt),
                sentences.join(" ")
            );
            (response("single", "identifier", &[choice(*correct)], ""), body, all_or_nothing())
        }
    };
    out.push_str(&declaration);
    out.push_str(&outcome("SCORE", "0"));
    out.push_str(&outcome("MAXSCORE", &points));
    out.push_str(
        "  <qti-outcome-declaration identifier=\"FEEDBACK\" cardinality=\"multiple\" base-type=\"identifier\"/>\n",
    );
    out.push_str("  <qti-item-body>\n");
    out.push_str(&body);
    out.push_str("  </qti-item-body>\n  <qti-response-processing>\n");
    // From nothing at each processing, whatever a player keeps from an earlier answer.
    for reset in ["SCORE", "PAIRS"] {
        if reset == "SCORE" || matches!(question.kind, Kind::Order { .. }) {
            out.push_str(&format!(
                "    <qti-set-outcome-value identifier=\"{reset}\"><qti-base-value base-type=\"float\">0</qti-base-value></qti-set-outcome-value>\n"
            ));
        }
    }
    out.push_str(&processing);
    // The explanation always, and for a choice the picked options' own feedback.
    let picked = matches!(question.kind, Kind::Single { .. } | Kind::Multiple { .. } | Kind::TrueFalse { .. });
    out.push_str(&format!(
        "    <qti-set-outcome-value identifier=\"FEEDBACK\">\n      <qti-multiple>\n        \
         <qti-base-value base-type=\"identifier\">EXPLANATION</qti-base-value>\n{}      </qti-multiple>\n    \
         </qti-set-outcome-value>\n",
        if picked { "        <qti-variable identifier=\"RESPONSE\"/>\n" } else { "" }
    ));
    out.push_str("  </qti-response-processing>\n");
    out.push_str(&format!(
        "  <qti-modal-feedback outcome-identifier=\"FEEDBACK\" identifier=\"EXPLANATION\" show-hide=\"show\" title=\"Explanation\">\n    \
         <qti-content-body>\n{}      <p>Article: “{}”. Source: {}.</p>\n    </qti-content-body>\n  </qti-modal-feedback>\n",
        paragraphs(&explanation(quiz, question), "      "),
        xml(&quiz.meta.article_title),
        xml(&source_line(quiz)),
    ));
    out.push_str("</qti-assessment-item>\n");
    out
}

/// The response declaration, with its correct response and, for a mapped response, its
/// mapping.
fn response(cardinality: &str, base_type: &str, key: &[String], mapping: &str) -> String {
    let values: String = key.iter().map(|v| format!("      <qti-value>{}</qti-value>\n", xml(v))).collect();
    format!(
        "  <qti-response-declaration identifier=\"RESPONSE\" cardinality=\"{cardinality}\" base-type=\"{base_type}\">\n    \
         <qti-correct-response>\n{values}    </qti-correct-response>\n{mapping}  </qti-response-declaration>\n"
    )
}

fn outcome(identifier: &str, default: &str) -> String {
    format!(
        "  <qti-outcome-declaration identifier=\"{identifier}\" cardinality=\"single\" base-type=\"float\">\n    \
         <qti-default-value><qti-value>{default}</qti-value></qti-default-value>\n  </qti-outcome-declaration>\n"
    )
}

/// A choice interaction over `options` (text and own feedback), at most `max` picked.
fn choices<'a>(prompt: &str, options: impl Iterator<Item = (&'a str, Option<&'a str>)>, max: usize) -> String {
    let list: String = options
        .enumerate()
        .map(|(i, (text, feedback))| {
            let feedback = feedback
                .map(|f| {
                    format!(
                        " <qti-feedback-inline outcome-identifier=\"FEEDBACK\" identifier=\"{}\" show-hide=\"show\">{}</qti-feedback-inline>",
                        choice(i),
                        xml(f)
                    )
                })
                .unwrap_or_default();
            format!("      <qti-simple-choice identifier=\"{}\">{}{feedback}</qti-simple-choice>\n", choice(i), xml(text))
        })
        .collect();
    format!(
        "    <qti-choice-interaction response-identifier=\"RESPONSE\" max-choices=\"{max}\" shuffle=\"false\">\n      \
         <qti-prompt>{}</qti-prompt>\n{list}    </qti-choice-interaction>\n",
        xml(prompt)
    )
}

/// Full points when the response is the correct one, else none.
fn all_or_nothing() -> String {
    "    <qti-response-condition>\n      <qti-response-if>\n        <qti-match>\n          \
     <qti-variable identifier=\"RESPONSE\"/>\n          <qti-correct identifier=\"RESPONSE\"/>\n        \
     </qti-match>\n        <qti-set-outcome-value identifier=\"SCORE\"><qti-variable identifier=\"MAXSCORE\"/></qti-set-outcome-value>\n      \
     </qti-response-if>\n    </qti-response-condition>\n"
        .to_owned()
}

/// The order question's partial credit: for each position `k` of the answer, one pair kept
/// (`PAIRS` + 1) when the item there and the one after it are neighbours in the key (`C(j)`
/// then `C(j+1)`); `SCORE` is the pairs kept over the pairs there are, times the points.
fn order_processing(items: usize) -> String {
    if items < 2 {
        return all_or_nothing();
    }
    let mut out = String::new();
    for k in 1..items {
        let pairs: String = (0..items - 1)
            .map(|j| {
                format!(
                    "          <qti-and>\n            \
                     <qti-match><qti-index n=\"{k}\"><qti-variable identifier=\"RESPONSE\"/></qti-index><qti-base-value base-type=\"identifier\">{}</qti-base-value></qti-match>\n            \
                     <qti-match><qti-index n=\"{}\"><qti-variable identifier=\"RESPONSE\"/></qti-index><qti-base-value base-type=\"identifier\">{}</qti-base-value></qti-match>\n          \
                     </qti-and>\n",
                    choice(j),
                    k + 1,
                    choice(j + 1)
                )
            })
            .collect();
        out.push_str(&format!(
            "    <qti-response-condition>\n      <qti-response-if>\n        <qti-or>\n{pairs}        </qti-or>\n        \
             <qti-set-outcome-value identifier=\"PAIRS\"><qti-sum><qti-variable identifier=\"PAIRS\"/><qti-base-value base-type=\"float\">1</qti-base-value></qti-sum></qti-set-outcome-value>\n      \
             </qti-response-if>\n    </qti-response-condition>\n"
        ));
    }
    out.push_str(&format!(
        "    <qti-set-outcome-value identifier=\"SCORE\">\n      <qti-product>\n        <qti-variable identifier=\"MAXSCORE\"/>\n        \
         <qti-divide><qti-variable identifier=\"PAIRS\"/><qti-base-value base-type=\"float\">{}</qti-base-value></qti-divide>\n      \
         </qti-product>\n    </qti-set-outcome-value>\n",
        items - 1
    ));
    out
}

/// Text as paragraphs, one per line.
fn paragraphs(text: &str, indent: &str) -> String {
    text.lines().filter(|l| !l.trim().is_empty()).map(|l| format!("{indent}<p>{}</p>\n", xml(l))).collect()
}

fn test(quiz: &Quiz, refs: &[(String, String)]) -> String {
    let items: String = refs
        .iter()
        .map(|(id, path)| format!("        <qti-assessment-item-ref identifier=\"{id}\" href=\"{path}\"/>\n"))
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<qti-assessment-test xmlns=\"{ITEM_NS}\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"{ITEM_NS} {SCHEMA}\" \
         identifier=\"{}\" title=\"{}\">\n  <qti-outcome-declaration identifier=\"SCORE\" cardinality=\"single\" base-type=\"float\"/>\n  \
         <qti-test-part identifier=\"part\" navigation-mode=\"nonlinear\" submission-mode=\"individual\">\n    \
         <qti-assessment-section identifier=\"questions\" title=\"{}\" visible=\"true\">\n{items}    </qti-assessment-section>\n  \
         </qti-test-part>\n  <qti-outcome-processing>\n    <qti-set-outcome-value identifier=\"SCORE\">\n      \
         <qti-sum><qti-test-variables variable-identifier=\"SCORE\"/></qti-sum>\n    </qti-set-outcome-value>\n  \
         </qti-outcome-processing>\n</qti-assessment-test>\n",
        xml(&format!("T-{}", super::plain_id(&quiz.slug))),
        xml(&quiz.meta.title),
        xml(&quiz.meta.article_title),
    )
}

fn manifest(quiz: &Quiz, refs: &[(String, String)]) -> String {
    let items: String = refs
        .iter()
        .map(|(id, path)| {
            format!(
                "    <resource identifier=\"{id}\" type=\"imsqti_item_xmlv3p0\" href=\"{path}\">\n      <file href=\"{path}\"/>\n    </resource>\n"
            )
        })
        .collect();
    let depends: String = refs.iter().map(|(id, _)| format!("      <dependency identifierref=\"{id}\"/>\n")).collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest xmlns=\"http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"{}\">\n  <metadata>\n    \
         <schema>QTI Package</schema>\n    <schemaversion>3.0.0</schemaversion>\n  </metadata>\n  <organizations/>\n  \
         <resources>\n    <resource identifier=\"test\" type=\"imsqti_test_xmlv3p0\" href=\"test.xml\">\n      \
         <file href=\"test.xml\"/>\n{depends}    </resource>\n{items}  </resources>\n</manifest>\n",
        xml(&format!("M-{}", super::plain_id(&quiz.slug))),
    )
}
