//! The quiz package Canvas imports ("QTI .zip file" in a course's Settings, Import Course
//! Content): a zip with `imsmanifest.xml` and one assessment in QTI 1.2 (`ID/ID.xml`),
//! each item marked with Canvas's own `question_type` and `points_possible`, as Canvas's
//! own exports are.
//!
//! What it holds, and how:
//! - single choice: `multiple_choice_question`, the right option's condition sets `SCORE`
//!   to 100 (Canvas scales that to the question's points);
//! - multiple select: `multiple_answers_question`, one condition that all the right options
//!   and none of the wrong ones are picked; Canvas's default partial credit for it (each
//!   right option 1/n of the points, each wrong one minus that, never below 0) is the core's;
//! - true/false: `true_false_question`, the choices `True` and `False`; the feedback for
//!   the wrong answer is Canvas's "incorrect" feedback, for the right one its "correct";
//! - numeric: `numerical_question`, the exact answer, or with a tolerance the answer or the
//!   range `answer ∓ tolerance` (both ends included), as Canvas writes "exact answer with
//!   margin"; the unit goes after the prompt in brackets.
//!
//! Order and find-the-evidence questions are left out: Canvas's classic quizzes have no
//! ordering question and none that picks a sentence of a passage. Each question's general
//! feedback holds its explanation with the excerpts verbatim ([`super::explanation`]) and
//! the article's title and source. An option's own feedback (which Canvas keeps as a
//! condition on that option) is added to the general feedback, naming the option, so that
//! no condition but the scoring one names an option.

use super::{Export, ExportError, LeftOut, explanation, number, source_line, xml};
use crate::model::{Kind, Question, Quiz};

/// Writes `questions` (of `quiz`, in that order) as a Canvas QTI 1.2 package.
pub fn write(quiz: &Quiz, questions: &[&Question]) -> Result<Export, ExportError> {
    let mut left_out = Vec::new();
    let mut items = String::new();
    for question in questions {
        match item(quiz, question) {
            Ok(text) => items.push_str(&text),
            Err(why) => left_out.push(LeftOut { id: question.id.clone(), kind: question.kind.name(), why }),
        }
    }
    let id = super::plain_id(&format!("quiz-{}", quiz.slug));
    let assessment = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<questestinterop xmlns=\"http://www.imsglobal.org/xsd/ims_qtiasiv1p2\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.imsglobal.org/xsd/ims_qtiasiv1p2 \
         http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd\">\n  <assessment ident=\"{id}\" title=\"{}\">\n    \
         <qtimetadata>\n      <qtimetadatafield>\n        <fieldlabel>cc_maxattempts</fieldlabel>\n        \
         <fieldentry>1</fieldentry>\n      </qtimetadatafield>\n    </qtimetadata>\n    \
         <section ident=\"root_section\">\n{items}    </section>\n  </assessment>\n</questestinterop>\n",
        xml(&quiz.meta.title)
    );
    let meta = assessment_meta(quiz, &id, questions, &left_out);
    let manifest = manifest(quiz, &id);
    let files = vec![
        ("imsmanifest.xml".to_owned(), manifest.into_bytes()),
        (format!("{id}/{id}.xml"), assessment.into_bytes()),
        (format!("{id}/assessment_meta.xml"), meta.into_bytes()),
    ];
    Ok(Export { bytes: super::zip(&files)?, left_out })
}

/// The identifier of option `i` (0-based) of question `id`.
pub fn answer_ident(id: &str, i: usize) -> String {
    format!("{}-{}", super::plain_id(id), i + 1)
}

/// Text for a `mattext` of type `text/html`: escaped as HTML, then (by the writer) as XML.
fn html(text: &str) -> String {
    let lines: Vec<String> = text.lines().map(xml).collect();
    lines.join("<br>")
}

fn item(quiz: &Quiz, question: &Question) -> Result<String, &'static str> {
    let id = super::plain_id(&question.id);
    let mut prompt = question.prompt.clone();
    let mut extra_feedback: Vec<String> = Vec::new();
    let (kind, presentation, scoring, feedback_right, feedback_wrong) = match &question.kind {
        Kind::Single { options, correct } => {
            for option in options {
                if let Some(f) = &option.feedback {
                    extra_feedback.push(format!("“{}”: {f}", option.text));
                }
            }
            let labels: Vec<String> = options.iter().map(|o| o.text.clone()).collect();
            let condition =
                format!("<varequal respident=\"response1\">{}</varequal>", answer_ident(&question.id, *correct));
            ("multiple_choice_question", lid(&question.id, "Single", &labels), condition, None, None)
        }
        Kind::Multiple { options, correct } => {
            for option in options {
                if let Some(f) = &option.feedback {
                    extra_feedback.push(format!("“{}”: {f}", option.text));
                }
            }
            let labels: Vec<String> = options.iter().map(|o| o.text.clone()).collect();
            let parts: String = (0..options.len())
                .map(|i| {
                    let equal =
                        format!("<varequal respident=\"response1\">{}</varequal>", answer_ident(&question.id, i));
                    if correct.contains(&i) {
                        format!("\n              {equal}")
                    } else {
                        format!("\n              <not>{equal}</not>")
                    }
                })
                .collect();
            let condition = format!("<and>{parts}\n            </and>");
            ("multiple_answers_question", lid(&question.id, "Multiple", &labels), condition, None, None)
        }
        Kind::TrueFalse { correct, feedback_true, feedback_false } => {
            let labels = vec!["True".to_owned(), "False".to_owned()];
            let condition = format!(
                "<varequal respident=\"response1\">{}</varequal>",
                answer_ident(&question.id, if *correct { 0 } else { 1 })
            );
            let (right, wrong) =
                if *correct { (feedback_true, feedback_false) } else { (feedback_false, feedback_true) };
            ("true_false_question", lid(&question.id, "Single", &labels), condition, right.clone(), wrong.clone())
        }
        Kind::Numeric { answer, tolerance, unit } => {
            let (Some(exact), Some(_)) = (number(*answer), number(tolerance.abs())) else {
                return Err("its answer or tolerance is not a finite number");
            };
            if !unit.trim().is_empty() {
                prompt.push_str(&format!(" [{}]", unit.trim()));
            }
            let equal = format!("<varequal respident=\"response1\">{exact}</varequal>");
            let condition = if *tolerance == 0.0 {
                equal
            } else {
                let (low, high) = super::range(*answer, *tolerance);
                format!(
                    "<or>\n              {equal}\n              <and>\n                \
                     <vargte respident=\"response1\">{low}</vargte>\n                \
                     <varlte respident=\"response1\">{high}</varlte>\n              </and>\n            </or>"
                )
            };
            let presentation = "        <response_str ident=\"response1\" rcardinality=\"Single\">\n          \
                                <render_fib fibtype=\"Decimal\">\n            <response_label ident=\"answer1\"/>\n          \
                                </render_fib>\n        </response_str>\n"
                .to_owned();
            ("numerical_question", presentation, condition, None, None)
        }
        Kind::Order { .. } => return Err("Canvas has no ordering question"),
        Kind::Evidence { .. } => return Err("Canvas has no question that picks a sentence in a passage"),
    };
    let mut general = explanation(quiz, question);
    for extra in &extra_feedback {
        general.push('\n');
        general.push_str(extra);
    }
    general.push_str(&format!("\nArticle: “{}”. Source: {}.", quiz.meta.article_title, source_line(quiz)));

    let field = |label: &str, entry: &str| {
        format!(
            "          <qtimetadatafield>\n            <fieldlabel>{label}</fieldlabel>\n            \
             <fieldentry>{}</fieldentry>\n          </qtimetadatafield>\n",
            xml(entry)
        )
    };
    let mut out = format!(
        "      <item ident=\"{id}\" title=\"{}\">\n        <itemmetadata>\n          <qtimetadata>\n",
        xml(&question.id)
    );
    out.push_str(&field("question_type", kind));
    out.push_str(&field("points_possible", &format!("{}.0", question.points)));
    out.push_str(
        "          </qtimetadata>\n        </itemmetadata>\n        <presentation>\n          <material>\n            ",
    );
    out.push_str(&format!(
        "<mattext texttype=\"text/html\">{}</mattext>\n",
        xml(&format!("<div><p>{}</p></div>", html(&prompt)))
    ));
    out.push_str("          </material>\n");
    out.push_str(&presentation);
    out.push_str("        </presentation>\n        <resprocessing>\n          <outcomes>\n            ");
    out.push_str(
        "<decvar maxvalue=\"100\" minvalue=\"0\" varname=\"SCORE\" vartype=\"Decimal\"/>\n          </outcomes>\n",
    );
    out.push_str(
        "          <respcondition continue=\"Yes\">\n            <conditionvar>\n              <other/>\n            \
         </conditionvar>\n            <displayfeedback feedbacktype=\"Response\" linkrefid=\"general_fb\"/>\n          </respcondition>\n",
    );
    let right_link = if feedback_right.is_some() {
        "\n            <displayfeedback feedbacktype=\"Response\" linkrefid=\"correct_fb\"/>"
    } else {
        ""
    };
    out.push_str(&format!(
        "          <respcondition continue=\"No\">\n            <conditionvar>\n            {scoring}\n            </conditionvar>\n            \
         <setvar action=\"Set\" varname=\"SCORE\">100</setvar>{right_link}\n          </respcondition>\n"
    ));
    if feedback_wrong.is_some() {
        out.push_str(
            "          <respcondition continue=\"Yes\">\n            <conditionvar>\n              <other/>\n            \
             </conditionvar>\n            <displayfeedback feedbacktype=\"Response\" linkrefid=\"general_incorrect_fb\"/>\n          </respcondition>\n",
        );
    }
    out.push_str("        </resprocessing>\n");
    let feedback = |ident: &str, text: &str| {
        format!(
            "        <itemfeedback ident=\"{ident}\">\n          <flow_mat>\n            <material>\n              \
             <mattext texttype=\"text/html\">{}</mattext>\n            </material>\n          </flow_mat>\n        </itemfeedback>\n",
            xml(&format!("<p>{}</p>", html(text)))
        )
    };
    out.push_str(&feedback("general_fb", &general));
    if let Some(text) = &feedback_right {
        out.push_str(&feedback("correct_fb", text));
    }
    if let Some(text) = &feedback_wrong {
        out.push_str(&feedback("general_incorrect_fb", text));
    }
    out.push_str("      </item>\n");
    Ok(out)
}

/// A choice list (`response_lid`) of `labels`, plain text, in the author's order.
fn lid(id: &str, cardinality: &str, labels: &[String]) -> String {
    let list: String = labels
        .iter()
        .enumerate()
        .map(|(i, text)| {
            format!(
                "            <response_label ident=\"{}\">\n              <material>\n                \
                 <mattext texttype=\"text/plain\">{}</mattext>\n              </material>\n            </response_label>\n",
                answer_ident(id, i),
                xml(text)
            )
        })
        .collect();
    format!(
        "        <response_lid ident=\"response1\" rcardinality=\"{cardinality}\">\n          \
         <render_choice>\n{list}          </render_choice>\n        </response_lid>\n"
    )
}

/// Canvas's own description of the quiz (its title, the article, what was left out).
fn assessment_meta(quiz: &Quiz, id: &str, questions: &[&Question], left_out: &[LeftOut]) -> String {
    let points: u32 = questions.iter().filter(|q| !left_out.iter().any(|l| l.id == q.id)).map(|q| q.points).sum();
    let mut description = format!(
        "<p>Questions about “{}” ({}), exported from Article Quiz.</p>",
        xml(&quiz.meta.article_title),
        xml(&source_line(quiz))
    );
    if !left_out.is_empty() {
        let names: Vec<String> = left_out.iter().map(|l| xml(&l.to_string())).collect();
        description.push_str(&format!("<p>Left out (Canvas cannot hold them): {}.</p>", names.join("; ")));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz identifier=\"{id}\" xmlns=\"http://canvas.instructure.com/xsd/cccv1p0\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://canvas.instructure.com/xsd/cccv1p0 \
         https://canvas.instructure.com/xsd/cccv1p0.xsd\">\n  <title>{}</title>\n  <description>{}</description>\n  \
         <shuffle_answers>false</shuffle_answers>\n  <scoring_policy>keep_highest</scoring_policy>\n  \
         <quiz_type>assignment</quiz_type>\n  <points_possible>{points}.0</points_possible>\n  \
         <allowed_attempts>1</allowed_attempts>\n</quiz>\n",
        xml(&quiz.meta.title),
        xml(&description)
    )
}

fn manifest(quiz: &Quiz, id: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest identifier=\"{}\" xmlns=\"http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1\" \
         xmlns:lom=\"http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource\" xmlns:imsmd=\"http://www.imsglobal.org/xsd/imsmd_v1p2\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n  <metadata>\n    <schema>IMS Content</schema>\n    \
         <schemaversion>1.1.3</schemaversion>\n    <imsmd:lom>\n      <imsmd:general>\n        <imsmd:title>\n          \
         <imsmd:string>{}</imsmd:string>\n        </imsmd:title>\n      </imsmd:general>\n    </imsmd:lom>\n  </metadata>\n  \
         <organizations/>\n  <resources>\n    <resource identifier=\"{id}\" type=\"imsqti_xmlv1p2\">\n      \
         <file href=\"{id}/{id}.xml\"/>\n      <dependency identifierref=\"{id}-meta\"/>\n    </resource>\n    \
         <resource identifier=\"{id}-meta\" type=\"associatedcontent/imscc_xmlv1p1/learning-application-resource\" \
         href=\"{id}/assessment_meta.xml\">\n      <file href=\"{id}/assessment_meta.xml\"/>\n    </resource>\n  </resources>\n</manifest>\n",
        xml(&format!("manifest-{id}")),
        xml(&quiz.meta.title)
    )
}
