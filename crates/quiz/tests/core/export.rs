//! The question-bank exports (`quiz::export`): GIFT's escaping, the keys and weights it
//! writes for the riverton fixture, the questions it leaves out, and input it must survive.
//! The round trip through a third-party GIFT parser is tests/exports/gift.test.mjs.

use article_quiz_core::export::{self, Format, gift, scorm};
use article_quiz_core::{Kind, KindName};

use crate::common::{article_quiz, riverton};

#[test]
fn gift_escapes_its_special_characters_and_line_breaks() {
    assert_eq!(gift::escape(r"a~b=c#d{e}f:g\h"), r"a\~b\=c\#d\{e\}f\:g\\h");
    assert_eq!(gift::escape("one\ntwo\r\nthree\rfour"), r"one\ntwo\nthree\nfour");
    assert_eq!(gift::escape("<>&\"' ]]> -> %50% “quoted”"), "<>&\"' ]]> -> %50% “quoted”");
}

#[test]
fn shares_are_written_to_moodles_precision() {
    assert_eq!(export::percent_share(1, false), "100");
    assert_eq!(export::percent_share(2, true), "-50");
    assert_eq!(export::percent_share(3, false), "33.33333");
    assert_eq!(export::percent_share(6, false), "16.66667");
    assert_eq!(export::percent_share(7, true), "-14.28571");
    assert_eq!(export::percent_share(0, false), "100");
}

#[test]
fn riverton_as_gift_has_its_keys_and_leaves_out_order_and_evidence() {
    let quiz = riverton();
    let written = export::export(&quiz, Format::Gift).unwrap();
    let text = written.text().unwrap();
    // Single choice: the first option is right.
    assert!(text.contains("{\n=7 to 2 in favour\n~2 to 7 against#It passed.\n####"), "{text}");
    // Multiple select: a and b right, c wrong, each a half.
    assert!(text.contains("~%50%It would open doors for children.\n~%50%It cost too much.\n~%-50%It was too small.\n"));
    // True/false: true, no feedback.
    assert!(text.contains("museum.{\nTRUE\n####So the article says."));
    // Numeric: 12,000,000 exactly.
    assert!(text.contains("{\n#12000000:0\n####Twelve million dollars."));
    // The general feedback: explanation, the article and the excerpt.
    assert!(text.contains(
        "####It voted 7 to 2.\\nFrom “Riverton Votes for a Library” (The Riverton Courier)\\:\\n“It voted 7 to 2 to build a new library — the first in forty years.”\n}"
    ));
    assert!(text.starts_with("// “Riverton’s new library”: questions about an article"));
    assert!(text.contains("// Source: The Riverton Courier; by A. Reporter\n"));
    assert!(text.contains("// [id:views] 2 points\n::views::[plain]What did people say?"));
    let left: Vec<_> = written.left_out.iter().map(|l| (l.id.as_str(), l.kind)).collect();
    assert_eq!(left, [("schedule", KindName::Order), ("evidence", KindName::Evidence)]);
    assert!(text.contains("//   schedule (order): GIFT has no ordering question\n"));
    assert_eq!(text.matches("\n::").count(), 4);
}

#[test]
fn true_false_feedback_is_written_wrong_answer_first() {
    let mut quiz = riverton();
    let (i, _) = quiz.question("museum").unwrap();
    quiz.questions[i].kind =
        Kind::TrueFalse { correct: false, feedback_true: Some("No: it would.".into()), feedback_false: None };
    let text = gift_text(&quiz);
    // False is right; "true" is the wrong answer, so its feedback comes first.
    assert!(text.contains("museum.{\nFALSE#No\\: it would.\n####"), "{text}");
    quiz.questions[i].kind =
        Kind::TrueFalse { correct: true, feedback_true: Some("Yes.".into()), feedback_false: None };
    let text = gift_text(&quiz);
    assert!(text.contains("museum.{\nTRUE##Yes.\n####"), "{text}");
}

#[test]
fn a_first_right_option_with_an_arrow_goes_second_still_right() {
    let mut quiz = riverton();
    if let Kind::Single { options, .. } = &mut quiz.questions[0].kind {
        options[0].text = "Yes -> 7 to 2".into();
    }
    let text = gift_text(&quiz);
    assert!(text.contains("{\n~2 to 7 against#It passed.\n=Yes -> 7 to 2\n####"), "{text}");
}

#[test]
fn line_breaks_in_the_metadata_stay_inside_comments_and_odd_numbers_are_left_out() {
    let mut quiz = riverton();
    quiz.meta.article_title = "Two\nlines ::{x}".into();
    quiz.meta.title = "A\r\n$CATEGORY: evil".into();
    let (i, _) = quiz.question("cost").unwrap();
    quiz.questions[i].kind = Kind::Numeric { answer: f64::NAN, tolerance: 0.0, unit: String::new() };
    let written = export::export(&quiz, Format::Gift).unwrap();
    for line in written.text().unwrap().lines() {
        assert!(
            line.is_empty()
                || line.starts_with("//")
                || line.starts_with("::")
                || line.starts_with(['=', '~', '#', '}', 'T', '$']),
            "a stray line: {line}"
        );
    }
    assert_eq!(written.text().unwrap().lines().filter(|line| line.starts_with("$CATEGORY")).count(), 1);
    assert!(written.left_out.iter().any(|l| l.id == "cost"));
}

#[test]
fn the_shipped_quiz_as_gift_holds_every_question_of_its_kinds() {
    let quiz = article_quiz();
    let written = export::export(&quiz, Format::Gift).unwrap();
    let held = quiz.questions.iter().filter(|q| !matches!(q.kind.name(), KindName::Order | KindName::Evidence)).count();
    assert_eq!(written.text().unwrap().matches("\n::").count(), held);
    assert_eq!(written.left_out.len(), quiz.questions.len() - held);
    assert!(Format::from_key("GIFT") == Some(Format::Gift) && Format::from_key("qti").is_none());
}

/// A SCORM package's files, read back with the zip crate's reader.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes).unwrap();
            (file.name().to_owned(), bytes)
        })
        .collect()
}

fn assignment_of(quiz: &article_quiz_core::Quiz, ids: &[&str]) -> String {
    let assignment = article_quiz_core::link::Assignment {
        mode: article_quiz_core::Mode::Test,
        questions: Some(ids.iter().map(|id| (*id).to_owned()).collect()),
        shuffle_questions: false,
        shuffle_options: true,
        seed: 7,
        retries: false,
        title: "Period 3 & <friends>".into(),
        instructions: String::new(),
    };
    article_quiz_core::link::encode(&assignment, quiz).unwrap()
}

#[test]
fn a_scorm_package_follows_the_loaders_imports_and_leaves_out_the_results_module() {
    let site = [
        (
            "article-quiz.js",
            "const g=()=>import(\"./glue-1.js\"),v=()=>import(\"./validator/load.js\"),r=()=>import(\"./results.js\"),w=new URL(\"./w_bg.wasm\",import.meta.url);",
        ),
        ("glue-1.js", "import{a}from\"./snippets/x/inline0.js\";const m={\"./w_bg.js\":{}};"),
        ("snippets/x/inline0.js", "export const a=1;"),
        ("w_bg.wasm", "\0asm"),
        ("validator/load.js", "import{v}from \"./v.js\";"),
        ("validator/v.js", "const w=new URL('./v_bg.wasm',import.meta.url);"),
        ("validator/v_bg.wasm", "\0asm"),
    ];
    let mut read = |name: &str| site.iter().find(|(n, _)| *n == name).map(|(_, text)| text.as_bytes().to_vec());
    let files = scorm::widget_files(&mut read).unwrap();
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "article-quiz.js",
            "glue-1.js",
            "snippets/x/inline0.js",
            "validator/load.js",
            "validator/v.js",
            "validator/v_bg.wasm",
            "w_bg.wasm"
        ]
    );
    let mut none = |_: &str| None;
    assert_eq!(scorm::widget_files(&mut none), Err(scorm::ScormError::MissingFile("article-quiz.js".into())));
}

#[test]
fn a_scorm_package_holds_the_manifest_launch_page_and_each_questions_pattern_in_its_versions_format() {
    let quiz = article_quiz();
    let kinds = [
        KindName::Single,
        KindName::Multiple,
        KindName::TrueFalse,
        KindName::Order,
        KindName::Numeric,
        KindName::Evidence,
    ];
    let picked: Vec<&article_quiz_core::Question> =
        kinds.iter().map(|k| quiz.questions.iter().find(|q| q.kind.name() == *k).unwrap()).collect();
    let ids: Vec<&str> = picked.iter().map(|q| q.id.as_str()).collect();
    let code = assignment_of(&quiz, &ids);
    let widget = vec![("article-quiz.js".to_owned(), b"// loader".to_vec())];
    for version in scorm::Version::ALL {
        let zip = scorm::package(&quiz, &code, version, Some(70), &widget).unwrap();
        let files = unzip(&zip);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["imsmanifest.xml", "index.html", "assignment.js", "scorm.js", "quiz.aqz", "article-quiz.js"]
        );
        let bundle = &files.iter().find(|(n, _)| n == "quiz.aqz").unwrap().1;
        assert_eq!(article_quiz_core::bundle::decode(bundle).unwrap().quiz, quiz, "the quiz itself, as a bundle");
        let text = |name: &str| String::from_utf8(files.iter().find(|(n, _)| n == name).unwrap().1.clone()).unwrap();
        let manifest = text("imsmanifest.xml");
        assert!(manifest.contains("<title>Period 3 &amp; &lt;friends&gt;</title>"), "{manifest}");
        match version {
            scorm::Version::Scorm12 => {
                assert!(manifest.contains("<schemaversion>1.2</schemaversion>"));
                assert!(manifest.contains("<adlcp:masteryscore>70</adlcp:masteryscore>"));
                assert!(manifest.contains("adlcp:scormtype=\"sco\" href=\"index.html\""));
            }
            scorm::Version::Scorm2004 => {
                assert!(manifest.contains("<schemaversion>2004 4th Edition</schemaversion>"));
                assert!(manifest.contains("<imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>"));
                assert!(manifest.contains("adlcp:scormType=\"sco\" href=\"index.html\""));
            }
        }
        for name in &names[1..] {
            assert!(manifest.contains(&format!("<file href=\"{name}\"/>")), "{name}");
        }
        let page = text("index.html");
        assert!(page.contains(&format!("A quiz on “{}”", quiz.meta.article_title)));
        let data = text("assignment.js");
        let json = data.trim().strip_prefix("globalThis.articleQuizScorm = ").unwrap().strip_suffix(';').unwrap();
        let data: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(data["code"], code.as_str());
        assert_eq!(data["bundle"], "quiz.aqz");
        assert_eq!(data["pass"], 70);
        assert_eq!(data["version"], version.key());
        assert_eq!(data["questions"].as_object().unwrap().len(), 6);
        let v12 = version == scorm::Version::Scorm12;
        for question in &picked {
            let entry = &data["questions"][question.id.as_str()];
            let (kind, pattern) = match &question.kind {
                Kind::Single { correct, .. } | Kind::Evidence { correct, .. } => {
                    ("choice", ((b'a' + *correct as u8) as char).to_string())
                }
                Kind::Multiple { correct, .. } => (
                    "choice",
                    correct.iter().map(|i| ((b'a' + *i as u8) as char).to_string()).collect::<Vec<_>>().join(if v12 {
                        ","
                    } else {
                        "[,]"
                    }),
                ),
                Kind::TrueFalse { correct, .. } => {
                    ("true-false", if v12 { if *correct { "t" } else { "f" }.into() } else { correct.to_string() })
                }
                Kind::Order { items } => (
                    "sequencing",
                    (0..items.len()).map(|i| ((b'a' + i as u8) as char).to_string()).collect::<Vec<_>>().join(if v12 {
                        ","
                    } else {
                        "[,]"
                    }),
                ),
                Kind::Numeric { answer, tolerance, .. } => (
                    "numeric",
                    if v12 { format!("{answer}") } else { format!("{}[:]{}", answer - tolerance, answer + tolerance) },
                ),
            };
            assert_eq!(entry["type"], kind, "{}", question.id);
            assert_eq!(entry["correct"], pattern.as_str(), "{}", question.id);
            assert_eq!(entry["points"], question.points, "{}", question.id);
        }
    }
}

#[test]
fn a_decimal_tolerance_is_written_as_the_author_wrote_it_in_a_scorm_2004_pattern() {
    // 0.3 ∓ 0.1 in floating point is 0.19999999999999998 to 0.4: the pattern says 0.2[:]0.4.
    let mut quiz = article_quiz();
    let numeric = quiz.questions.iter_mut().find(|q| q.kind.name() == KindName::Numeric).unwrap();
    numeric.kind = Kind::Numeric { answer: 0.3, tolerance: 0.1, unit: String::new() };
    let id = numeric.id.clone();
    let code = assignment_of(&quiz, &[id.as_str()]);
    let widget = vec![("article-quiz.js".to_owned(), Vec::new())];
    let files = unzip(&scorm::package(&quiz, &code, scorm::Version::Scorm2004, None, &widget).unwrap());
    let data = String::from_utf8(files.iter().find(|(n, _)| n == "assignment.js").unwrap().1.clone()).unwrap();
    assert!(data.contains(r#""correct":"0.2[:]0.4""#), "{data}");
}

#[test]
fn a_scorm_package_refuses_a_broken_link_a_pass_mark_out_of_range_and_a_site_without_the_widget() {
    let quiz = article_quiz();
    let code = assignment_of(&quiz, &[quiz.questions[0].id.as_str()]);
    let widget = vec![("article-quiz.js".to_owned(), Vec::new())];
    let v = scorm::Version::Scorm12;
    assert!(matches!(scorm::package(&quiz, "nonsense", v, None, &widget), Err(scorm::ScormError::Link(_))));
    assert_eq!(scorm::package(&quiz, &code, v, Some(0), &widget), Err(scorm::ScormError::PassMark));
    assert_eq!(scorm::package(&quiz, &code, v, Some(101), &widget), Err(scorm::ScormError::PassMark));
    assert_eq!(
        scorm::package(&quiz, &code, v, None, &[]),
        Err(scorm::ScormError::MissingFile("article-quiz.js".into()))
    );
    assert!(scorm::package(&quiz, &code, v, Some(100), &widget).is_ok());
    assert_eq!(scorm::Version::from_key("2004"), Some(scorm::Version::Scorm2004));
    assert_eq!(scorm::Version::from_key("1.3"), None);
}

/// The GIFT export of `quiz` as text.
fn gift_text(quiz: &article_quiz_core::Quiz) -> String {
    export::export(quiz, Format::Gift).unwrap().text().unwrap().to_owned()
}

#[test]
fn the_formats_are_named_on_the_command_line_in_any_case() {
    assert_eq!(Format::from_key("qti3"), Some(Format::Qti3));
    assert_eq!(Format::from_key("Canvas"), Some(Format::Canvas));
    assert!(Format::ALL.iter().all(|f| Format::from_key(f.key()) == Some(*f)));
    assert!(Format::Qti3.is_zip() && Format::Canvas.is_zip() && !Format::Gift.is_zip());
}

#[test]
fn riverton_as_qti3_is_a_package_of_every_question_and_the_same_bytes_each_time() {
    let quiz = riverton();
    let written = export::export(&quiz, Format::Qti3).unwrap();
    assert!(written.left_out.is_empty());
    assert_eq!(written, export::export(&quiz, Format::Qti3).unwrap(), "an export is deterministic");
    let files = unzip(&written.bytes);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    let mut want = vec!["imsmanifest.xml".to_owned(), "test.xml".to_owned()];
    want.extend(quiz.questions.iter().map(|q| format!("items/{}.xml", q.id)));
    assert_eq!(names, want);
    let item = |id: &str| {
        let (_, bytes) = files.iter().find(|(n, _)| *n == format!("items/{id}.xml")).unwrap();
        String::from_utf8(bytes.clone()).unwrap()
    };
    // The keys, spelled out: the first option; a and b; true; 12,000,000 exactly.
    assert!(
        item("vote").contains("<qti-correct-response>\n      <qti-value>C1</qti-value>\n    </qti-correct-response>")
    );
    assert!(item("views").contains("<qti-map-entry map-key=\"C3\" mapped-value=\"-1\"/>"));
    assert!(item("museum").contains("<qti-value>C1</qti-value>"));
    assert!(item("cost").contains("float\">12000000</qti-base-value></qti-gte>"));
    assert!(item("schedule").contains("<qti-order-interaction"));
    assert!(item("evidence").contains("<qti-hottext identifier=\"C1\">"));
}

#[test]
fn riverton_for_canvas_leaves_out_order_and_evidence() {
    let quiz = riverton();
    let written = export::export(&quiz, Format::Canvas).unwrap();
    let left: Vec<(&str, KindName)> = written.left_out.iter().map(|l| (l.id.as_str(), l.kind)).collect();
    assert_eq!(left, [("schedule", KindName::Order), ("evidence", KindName::Evidence)]);
    let files = unzip(&written.bytes);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["imsmanifest.xml", "quiz-riverton/quiz-riverton.xml", "quiz-riverton/assessment_meta.xml"]);
}

#[test]
fn a_numeric_range_has_the_decimals_of_its_answer_and_tolerance() {
    assert_eq!(export::range(0.3, 0.1), ("0.2".to_owned(), "0.4".to_owned()));
    assert_eq!(export::range(22.0, 0.0), ("22".to_owned(), "22".to_owned()));
    assert_eq!(export::range(12_000_000.0, 500_000.0), ("11500000".to_owned(), "12500000".to_owned()));
    assert_eq!(export::range(0.5, 0.5), ("0.0".to_owned(), "1.0".to_owned()));
    assert_eq!(export::range(0.1, 0.1), ("0.0".to_owned(), "0.2".to_owned()));
    assert_eq!(export::range(-1.25, 0.25), ("-1.50".to_owned(), "-1.00".to_owned()));
}

#[test]
fn xml_text_is_escaped_and_loses_what_xml_cannot_hold() {
    assert_eq!(export::xml("a<b>&\"c\" 'd'"), "a&lt;b&gt;&amp;&quot;c&quot; 'd'");
    assert_eq!(export::xml("tab\there\u{0}\u{1b}\nline"), "tab\there\nline");
}

#[test]
fn an_assignments_export_holds_its_questions_alone_in_its_order() {
    let quiz = riverton();
    let code = assignment_of(&quiz, &["cost", "schedule", "vote"]);
    let asked = export::assignment_questions(&quiz, &code).unwrap();
    assert_eq!(asked.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(), ["cost", "schedule", "vote"]);
    let gift = export::export_questions(&quiz, &asked, Format::Gift).unwrap();
    let text = gift.text().unwrap();
    assert!(text.find("::cost::").unwrap() < text.find("::vote::").unwrap());
    assert!(!text.contains("::views::") && text.contains("Left out, 1 of 3 questions"));
    let all: Vec<_> = quiz.questions.iter().collect();
    assert_eq!(export::export_questions(&quiz, &all, Format::Gift), export::export(&quiz, Format::Gift));
    assert!(export::assignment_questions(&quiz, "not-a-code").is_err());
}
