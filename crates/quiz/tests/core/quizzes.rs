//! Every quiz in the repository is sound, the shipped bundle reads back as the default quiz,
//! and the article quiz meets its editorial brief.

use std::path::PathBuf;

use article_quiz_core::bundle::{self, BundleError, ReadError};
use article_quiz_core::lint::lint;
use article_quiz_core::validate::summarize;
use article_quiz_core::{Kind, KindName, Topic, source};
use proptest::prelude::*;

use crate::common;
use common::article_quiz;

fn quiz_folders() -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(common::at("quizzes"))
        .expect("quizzes/ exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.join("quiz.toml").is_file())
        .collect();
    folders.sort();
    folders
}

#[test]
fn every_quiz_in_the_repository_is_sound() {
    let folders = quiz_folders();
    assert!(!folders.is_empty());
    for folder in folders {
        if let Err(failure) = source::check_dir(&folder) {
            panic!("{} is rejected:\n{failure}", folder.display());
        }
    }
}

#[test]
fn the_shipped_bundle_reads_back_as_the_default_quiz() {
    // The widget crate's tests check that the bundle it compiles in is these bytes.
    let shipped = common::shipped_bundle();
    let loaded = bundle::decode(&shipped).expect("the default bundle is sound");
    assert_eq!(loaded.quiz, article_quiz());
    assert_eq!(shipped, bundle::encode(&loaded.quiz));
}

#[test]
fn the_article_text_is_kept_exactly_as_published() {
    let quiz = article_quiz();
    let text = std::fs::read_to_string(common::at("quizzes/iranian-people/article.txt")).unwrap();
    assert_eq!(quiz.article.paragraphs.join("\n"), text.trim_end());
    assert_eq!(quiz.article.paragraphs.len(), 18);
    assert!(quiz.article.body().last().unwrap().starts_with("In the negotiations, the Trump administration must"));
    assert!(text.contains("Trump’s first-term agenda") && text.contains(" — "), "curly quotes and em dashes kept");
}

#[test]
fn the_article_quiz_meets_its_brief() {
    let quiz = article_quiz();
    let summary = summarize(&quiz);
    assert!(quiz.questions.len() >= 20, "at least 20 questions");
    assert!(summary.by_kind.len() >= 5, "at least five kinds: {:?}", summary.by_kind);
    assert_eq!(quiz.topics, Topic::first_quiz(), "the five topics it always had, so its bundle keeps its format");
    let argument = summary.by_topic.iter().find(|(id, _)| id == "argument").map_or(0, |(_, n)| *n);
    assert!(argument * 4 >= quiz.questions.len(), "a quarter on the argument, found {argument}");
    assert!(summary.uncovered.is_empty(), "paragraphs not quoted: {:?}", summary.uncovered);
    for (topic, n) in &summary.by_topic {
        assert!(*n > 0, "no question on {topic}");
    }
    // The history the article draws on is all asked about.
    let asked: String = quiz.questions.iter().map(|q| format!("{} {}", q.prompt, q.explanation)).collect();
    for name in ["Carter", "Reagan", "Gorbachev", "Solidarity", "Helsinki", "Intermediate-Range Nuclear Forces"] {
        let everywhere =
            asked.clone() + &quiz.questions.iter().flat_map(|q| q.excerpts.iter().cloned()).collect::<String>();
        assert!(everywhere.contains(name), "nothing about {name}");
    }
}

#[test]
fn answer_keys_are_the_ones_the_editors_checked() {
    // A second, independent record of the answer key. A change to quiz.toml that moves
    // an answer must change this list too, on purpose.
    let expected: &[(&str, &str)] = &[
        ("dehdasht-protest", "In a remote city in the country’s southwest"),
        ("amini-age", "22"),
        ("uprising-continues", "rooftops | daily defiance | sporadic, smaller protests"),
        ("protest-slogan", "From Dehdasht to Tehran, unity, unity"),
        ("talks-in-oman", "Iran’s nuclear program, in Oman"),
        ("pressure-policy-aims", "false"),
        ("first-term-departure", "The first term condemned violations in Iran; so far"),
        ("benefits-of-pressing", "right side of history | U.S. credibility | negotiating position"),
        ("agreement-lifeline", "a lifeline thrown to a regime"),
        ("instability-evidence", "these waves will almost certainly cause instability"),
        ("protests-2017", "true"),
        ("uprising-toll", "551 protesters and bystanders killed | 60,000 people arrested"),
        ("mission-finding", "crimes against humanity, with 68 children among the dead"),
        ("gender-apartheid", "Gender apartheid"),
        ("hijab-law-enforced", "true"),
        ("hijab-death-penalty", "true"),
        ("executions-last-year", "901"),
        ("executions-record", "The most in a decade in Iran, and the most per capita"),
        ("minorities-evidence", "to instill fear, particularly among minority groups"),
        ("families-reprisals", "They face state harassment and prison sentences"),
        ("presidents-rights-security", "true"),
        ("cold-war-diplomacy", "arms control | Iron Curtain | most dangerous eras"),
        ("carter-mixed-results", "false"),
        ("carter-reagan-views", "Carter saw them as an end in themselves"),
        ("reagan-rights-policy", "emboldened dissidents | authoritarian regimes | Soviet compliance | global pressure"),
        ("gorbachev-evidence", "improving their human-rights record was necessary"),
        ("cold-war-timeline", "Helsinki | Solidarity movement | Gorbachev | Intermediate-Range | topples | collapse"),
        ("human-rights-factor", "false"),
        ("soviet-differences", "differ in ideology"),
        ("rapporteur-leverage", "political prisoners | hijab-related | moratorium"),
        ("rights-as-bedrock", "true"),
        ("allies-goodwill", "true"),
        ("first-term-quote", "first Trump administration"),
        ("abandonment-risk", "Alienating Iranians"),
        ("iranians-prevail", "false"),
    ];
    let quiz = article_quiz();
    assert_eq!(quiz.questions.len(), expected.len(), "a question was added or removed: update this list");
    for (question, (id, key)) in quiz.questions.iter().zip(expected) {
        assert_eq!(&question.id, id);
        let correct: Vec<String> = match &question.kind {
            Kind::Single { options, correct } => vec![options[*correct].text.clone()],
            Kind::Multiple { options, correct } => correct.iter().map(|&i| options[i].text.clone()).collect(),
            Kind::TrueFalse { correct, .. } => vec![correct.to_string()],
            Kind::Order { items } => items.clone(),
            Kind::Numeric { answer, .. } => vec![answer.to_string()],
            Kind::Evidence { passage, correct } => vec![passage[*correct].clone()],
        };
        let parts: Vec<&str> = key.split(" | ").collect();
        assert_eq!(correct.len(), parts.len(), "{id}: {correct:?}");
        for (answer, part) in correct.iter().zip(parts) {
            assert!(answer.contains(part), "{id}: the key says {answer:?}, the editors expected {part:?}");
        }
    }
}

#[test]
fn the_article_quiz_cannot_be_gamed() {
    let quiz = article_quiz();
    // What `quiz-check --strict` refuses: no item-writing warning at all.
    assert_eq!(lint(&quiz), Vec::new());
    // And what the lint leaves to the editors: multiple-select questions with 2 and with
    // 4 right options, true/false keys near half and half, and every key of a choice
    // question placed somewhere other than first at least once.
    let counts: Vec<usize> = quiz
        .questions
        .iter()
        .filter_map(|q| match &q.kind {
            Kind::Multiple { correct, .. } => Some(correct.len()),
            _ => None,
        })
        .collect();
    assert!(counts.contains(&2) && counts.contains(&4), "{counts:?}");
    let truths: Vec<bool> = quiz
        .questions
        .iter()
        .filter_map(|q| match q.kind {
            Kind::TrueFalse { correct, .. } => Some(correct),
            _ => None,
        })
        .collect();
    let trues = truths.iter().filter(|&&t| t).count();
    assert!((40..=60).contains(&(trues * 100 / truths.len())), "{trues} of {} true", truths.len());
    let positions: std::collections::BTreeSet<usize> = quiz
        .questions
        .iter()
        .filter_map(|q| match q.kind {
            Kind::Single { correct, .. } => Some(correct),
            _ => None,
        })
        .collect();
    assert!(positions.len() >= 4, "single-choice keys stand in positions {positions:?}");
}

#[test]
fn every_wrong_answer_of_the_article_quiz_says_why() {
    // A student who picks a wrong option, or the wrong one of true and false, is told why
    // it is wrong in the author's words, beside the explanation of the right answer.
    let quiz = article_quiz();
    for q in &quiz.questions {
        let silent: Vec<String> = match &q.kind {
            Kind::Single { options, correct } => (0..options.len())
                .filter(|i| i != correct && options[*i].feedback.as_deref().is_none_or(|f| f.trim().is_empty()))
                .map(|i| format!("option {}", i + 1))
                .collect(),
            Kind::Multiple { options, correct } => (0..options.len())
                .filter(|i| !correct.contains(i) && options[*i].feedback.as_deref().is_none_or(|f| f.trim().is_empty()))
                .map(|i| format!("option {}", i + 1))
                .collect(),
            Kind::TrueFalse { correct: true, feedback_false, .. } if feedback_false.is_none() => vec!["“false”".into()],
            Kind::TrueFalse { correct: false, feedback_true, .. } if feedback_true.is_none() => vec!["“true”".into()],
            _ => Vec::new(),
        };
        assert!(silent.is_empty(), "{}: no feedback for {}", q.id, silent.join(", "));
    }
}

#[test]
fn every_claim_of_the_article_is_asked_not_only_quoted() {
    // Claims that were once only quoted in feedback or in a wrong sentence of a passage:
    // each is now in a prompt or a right answer.
    let quiz = article_quiz();
    let asked: String = quiz
        .questions
        .iter()
        .map(|q| {
            let keyed: Vec<&str> = match &q.kind {
                Kind::Single { options, correct } => vec![options[*correct].text.as_str()],
                Kind::Multiple { options, correct } => correct.iter().map(|&i| options[i].text.as_str()).collect(),
                _ => Vec::new(),
            };
            format!("{} {} ", q.prompt, keyed.join(" "))
        })
        .collect();
    for claim in [
        "rooftops",
        "daily defiance of the regime’s hijab law",
        "From Dehdasht to Tehran, unity, unity",
        "lifeline",
        "America’s allies in the region",
        "families of victims of protest crackdowns",
        "state harassment and prison sentences",
        // Asked since the second revision (issue 23).
        "maximum pressure policy",
        "crimes against humanity, with 68 children",
        "penalties of the hijab and chastity bill",
        "most in a decade in Iran, and the most per capita",
        "tied human rights to national security",
        "emboldened dissidents in the Eastern bloc",
        "increased global pressure on the Soviet Union",
        "the one cause of the end of the Cold War",
        "lose their struggle against the Islamic republic",
    ] {
        assert!(asked.contains(claim), "no question asks about {claim:?}");
    }
}

#[test]
fn the_article_quiz_uses_six_kinds() {
    let summary = summarize(&article_quiz());
    let kinds: Vec<KindName> = summary.by_kind.iter().map(|(k, _)| *k).collect();
    assert_eq!(kinds, KindName::ALL);
}

#[test]
fn bad_bundles_are_refused_with_a_reason() {
    let shipped = common::shipped_bundle();
    assert_eq!(bundle::decode(b"<html>not found</html>"), Err(BundleError::Read(ReadError::NotABundle)));
    assert_eq!(bundle::decode(b"AQZB\x09rest"), Err(BundleError::Read(ReadError::NewerFormat(9))));
    assert_eq!(bundle::decode(&shipped[..shipped.len() - 10]), Err(BundleError::Read(ReadError::Damaged)));
    assert_eq!(bundle::decode(&vec![b'A'; bundle::MAX_BYTES + 1]), Err(BundleError::Read(ReadError::TooLarge)));
    let mut quiz = article_quiz();
    let (at, _) = quiz.question("pressure-policy-aims").unwrap();
    quiz.questions[at].excerpts[0] = "Human rights were never mentioned.".into();
    let Err(BundleError::Invalid(problems)) = bundle::decode(&bundle::encode(&quiz)) else { panic!("accepted") };
    assert_eq!(problems[0].question.as_deref(), Some("pressure-policy-aims"));
}

#[test]
fn the_browser_is_told_each_problem_of_a_bundle_in_a_sentence() {
    // What the validator module hands the widget for a quiz from an address.
    assert_eq!(bundle::check(&common::shipped_bundle()), Vec::<String>::new());
    assert_eq!(bundle::check(b"<html>not found</html>"), ["this file is not an Article Quiz bundle"]);
    let mut quiz = article_quiz();
    let (at, _) = quiz.question("pressure-policy-aims").unwrap();
    quiz.questions[at].excerpts[0] = "Human rights were never mentioned.".into();
    quiz.questions[at + 2].points = 0;
    assert_eq!(
        bundle::check(&bundle::encode(&quiz)),
        [
            "question “pressure-policy-aims”: excerpt 1 is not word for word in the article. \
             The closest passage in the article is “Human rights, of course, are”.",
            &format!("question “{}”: it gives 0 points; give it between 1 and 100.", quiz.questions[at + 2].id),
        ]
    );
}

proptest! {
    #[test]
    fn corrupting_a_bundle_never_panics(at in 0usize..20_000, byte: u8, cut in 0usize..20_000) {
        let mut bytes = common::shipped_bundle();
        let at = at % bytes.len();
        bytes[at] = byte;
        let _ = bundle::decode(&bytes);
        let _ = bundle::decode(&bytes[..cut.min(bytes.len())]);
    }
}
