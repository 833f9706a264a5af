//! Assignment links: they round-trip, stay short, read the same forever (golden), and
//! every damaged or foreign link is an error that says what is wrong, never a panic.

use article_quiz_core::codec::{self, crc16, short_name};
use article_quiz_core::link::{self, Assignment, LinkError};
use article_quiz_core::validate::{Issue, validate};
use article_quiz_core::{Mode, Quiz, Session};
use proptest::prelude::*;

use crate::common;
use common::article_quiz;

fn class_assignment(quiz: &Quiz) -> Assignment {
    Assignment {
        mode: Mode::Test,
        questions: Some(quiz.questions.iter().rev().take(20).map(|q| q.id.clone()).collect()),
        shuffle_questions: true,
        shuffle_options: true,
        seed: 20_261_126,
        retries: false,
        title: String::new(),
        instructions: String::new(),
    }
}

#[test]
fn crc16_is_the_standard_ccitt_false() {
    assert_eq!(crc16(b"123456789"), 0x29B1);
}

#[test]
fn a_twenty_question_assignment_fits_in_a_short_link() {
    let quiz = article_quiz();
    let text = link::encode(&class_assignment(&quiz), &quiz).unwrap();
    assert_eq!(text.len(), 68, "{text}");
    let url = format!("https://news.example/quiz/#a={text}");
    assert!(url.len() <= 200, "{} characters", url.len());
    assert_eq!(link::decode(&text, &quiz), Ok(class_assignment(&quiz)));
}

/// A link made by this release must open the same assignment in every later one.
#[test]
fn golden_links() {
    let quiz = article_quiz();
    let all_practice = Assignment {
        mode: Mode::Practice,
        questions: None,
        shuffle_questions: false,
        shuffle_options: true,
        seed: 7,
        retries: true,
        title: String::new(),
        instructions: String::new(),
    };
    let class = Assignment {
        questions: Some(GOLDEN_CLASS_QUESTIONS.iter().map(|&id| id.to_owned()).collect()),
        ..class_assignment(&quiz)
    };
    let golden = [
        (all_practice.clone(), GOLDEN_ALL),
        (class, GOLDEN_CLASS),
        (
            Assignment {
                title: "Period 3 — Iran op-ed".into(),
                instructions: "Read the op-ed first. “Test” mode: no hints!".into(),
                questions: Some(vec!["amini-age".into(), "dehdasht-protest".into()]),
                ..all_practice
            },
            GOLDEN_TITLED,
        ),
    ];
    for (assignment, text) in golden {
        assert_eq!(link::encode(&assignment, &quiz).unwrap(), text);
        assert_eq!(link::decode(text, &quiz), Ok(assignment));
    }
}

// Checked by hand against the layout in crates/quiz/src/link.rs when first pinned: format 1,
// flags, the slug's short name fae1, the seed, the question names, the texts, the CRC.
const GOLDEN_ALL: &str = "AQD64QAAAAeA6Q";
const GOLDEN_CLASS: &str = "ARv64QE1KQYUe0bZ0tq6PND9TtKUC3Wj3hTlF42NlwJi12iTftq1WzkHWJF7KUJ2cloE";
const GOLDEN_CLASS_QUESTIONS: [&str; 20] = [
    "iranians-prevail",
    "abandonment-risk",
    "first-term-quote",
    "allies-goodwill",
    "rights-as-bedrock",
    "rapporteur-leverage",
    "soviet-differences",
    "human-rights-factor",
    "cold-war-timeline",
    "gorbachev-evidence",
    "reagan-rights-policy",
    "carter-reagan-views",
    "carter-mixed-results",
    "cold-war-diplomacy",
    "presidents-rights-security",
    "families-reprisals",
    "minorities-evidence",
    "executions-record",
    "executions-last-year",
    "hijab-death-penalty",
];

/// Links made before the December 2026 revision of the question bank, which retired ten
/// questions whose key or option order changed (quiz.toml lists them). A link naming a
/// retired question is refused with the count of what is gone, never opened with other
/// questions in their place; one naming only kept questions opens as it always did.
#[test]
fn links_made_before_questions_were_retired_say_what_changed() {
    let quiz = article_quiz();
    // The old class link: the last 20 questions of the first bank, nine of them retired
    // then and one more (`iran-timeline`) in the second revision.
    const OLD_CLASS: &str = "ARv64QE1KQYUmKXaupsz0pT2IxQiFOUXjRJbRQIMQ_aiB1gpQojpbYC3AgChZTXb9mzx";
    assert_eq!(link::decode(OLD_CLASS, &quiz), Err(LinkError::UnknownQuestions(10)));
    // `quiz-check --link … --test --questions hijab-law,amini-age,cold-war-causes --title "Period 3"`
    const OLD_THREE: &str = "ATH64QAAAAEDiOnbJRQiCFBlcmlvZCAz_Ng";
    let refused = link::decode(OLD_THREE, &quiz);
    assert_eq!(refused, Err(LinkError::UnknownQuestions(2)));
    assert_eq!(refused.unwrap_err().to_string(), "the quiz link asks for 2 question(s) this quiz no longer has");
    // `quiz-check --link … --questions dehdasht-protest,amini-age,executions-last-year --shuffle 7`
    const OLD_KEPT: &str = "ARL64QAAAAcD0F_bJSlCWzk";
    let kept = link::decode(OLD_KEPT, &quiz).expect("a link to kept questions still opens");
    assert_eq!(
        kept.questions,
        Some(vec!["dehdasht-protest".to_owned(), "amini-age".to_owned(), "executions-last-year".to_owned()])
    );
    assert!(kept.shuffle_questions && kept.seed == 7);
}
/// Links made before the second revision (issue 23: no question gives another away),
/// which retired `iran-timeline`, `rights-omitted` and `reagan-human-rights`.
#[test]
fn links_made_before_the_second_revision_say_what_changed() {
    let quiz = article_quiz();
    // The golden class link of the previous release: its 20 questions include
    // `iran-timeline` and `reagan-human-rights`.
    const PREVIOUS_CLASS: &str = "ARv64QE1KQYU2dLaujzQ_U7SlAt1o94U5ReNL7kCYtdok372ols5B1gpQrsKbYA-AOwS";
    assert_eq!(link::decode(PREVIOUS_CLASS, &quiz), Err(LinkError::UnknownQuestions(2)));
    // A test of rights-omitted, amini-age and reagan-human-rights, titled "Period 3",
    // made by the previous release.
    const PREVIOUS_THREE: &str = "ATn64QAAAAcDTqLbJS-5CFBlcmlvZCAzzb0";
    let refused = link::decode(PREVIOUS_THREE, &quiz);
    assert_eq!(
        refused.clone().unwrap_err().to_string(),
        "the quiz link asks for 2 question(s) this quiz no longer has"
    );
    assert_eq!(refused, Err(LinkError::UnknownQuestions(2)));
    // One of dehdasht-protest, cold-war-timeline and agreement-lifeline, which were
    // reworded but kept their ids, keys and option order: it opens as before.
    const PREVIOUS_KEPT: &str = "ATn64QAAAAcD0F8U5X6XCFBlcmlvZCAz_MY";
    let kept = link::decode(PREVIOUS_KEPT, &quiz).expect("a link to kept questions still opens");
    assert_eq!(
        kept.questions,
        Some(vec!["dehdasht-protest".to_owned(), "cold-war-timeline".to_owned(), "agreement-lifeline".to_owned()])
    );
    assert_eq!((kept.mode, kept.title.as_str()), (Mode::Test, "Period 3"));
}
const GOLDEN_TITLED: &str = "AXD64QAAAAcC2yXQXxdQZXJpb2QgMyDigJQgSXJhbiBvcC1lZAAwUmVhZCB0aGUgb3AtZWQgZmlyc3QuIOKAnFRlc3TigJ0gbW9kZTogbm8gaGludHMhifw";

#[test]
fn the_same_link_gives_every_student_the_same_questions_in_the_same_order() {
    let quiz = article_quiz();
    let text = link::encode(&class_assignment(&quiz), &quiz).unwrap();
    let settings = link::decode(&text, &quiz).unwrap().settings();
    let a = Session::new(&quiz, 1, settings.clone(), 0).unwrap();
    let b = Session::new(&quiz, 1, settings, 99).unwrap();
    assert_eq!(a.round(), b.round());
    assert_eq!(a.round().len(), 20);
    assert_eq!(a.mode(), Mode::Test);
    assert_eq!(
        (0..quiz.questions.len()).map(|i| a.option_order(&quiz, i)).collect::<Vec<_>>(),
        (0..quiz.questions.len()).map(|i| b.option_order(&quiz, i)).collect::<Vec<_>>()
    );
}

#[test]
fn broken_links_say_what_is_wrong() {
    let quiz = article_quiz();
    let text = link::encode(&class_assignment(&quiz), &quiz).unwrap();
    let open = |t: &str| link::decode(t, &quiz);
    assert_eq!(open(""), Err(LinkError::Empty));
    assert_eq!(open(&text[..text.len() - 6]), Err(LinkError::Mistyped), "a cut link fails its check");
    assert_eq!(open(&text[..2]), Err(LinkError::Mistyped));
    assert_eq!(open(&reencode(vec![1, 0, 0])), Err(LinkError::Truncated), "checksum right, fields missing");
    assert_eq!(open("not a link!"), Err(LinkError::Mistyped));
    // A newer format.
    let mut newer = base64_bytes(&text);
    newer[0] = 2;
    assert_eq!(open(&reencode(newer)), Err(LinkError::NewerFormat));
    // Another quiz.
    let mut other = quiz.clone();
    other.slug = "city-budget".into();
    assert_eq!(link::decode(&text, &other), Err(LinkError::OtherQuiz));
    // A question that was removed since.
    let mut edited = quiz.clone();
    let last = edited.questions.pop().unwrap();
    assert!(class_assignment(&quiz).questions.unwrap().contains(&last.id));
    assert_eq!(link::decode(&text, &edited), Err(LinkError::UnknownQuestions(1)));
    // Messages a student can act on.
    assert_eq!(
        LinkError::Mistyped.to_string(),
        "the quiz link is incomplete or has a mistyped character; copy the whole link again"
    );
    // Too long to make.
    let long = Assignment { instructions: "x".repeat(1001), ..class_assignment(&quiz) };
    assert_eq!(link::encode(&long, &quiz), Err(LinkError::TooLong));
}

#[test]
fn the_validator_refuses_ids_whose_link_names_clash() {
    let mut quiz = article_quiz();
    let taken = short_name(&quiz.questions[0].id);
    let clash = (0..).map(|n| format!("q-{n}")).find(|id| short_name(id) == taken).unwrap();
    quiz.questions[1].id = clash.clone();
    let problems = validate(&quiz);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].question.as_deref(), Some(clash.as_str()));
    assert_eq!(problems[0].issue, Issue::LinkNameClash(quiz.questions[0].id.clone()));
}

fn base64_bytes(text: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(text).unwrap()
}

fn reencode(mut bytes: Vec<u8>) -> String {
    use base64::Engine;
    let body = bytes.len() - 2;
    let crc = crc16(&bytes[..body]).to_be_bytes();
    bytes[body..].copy_from_slice(&crc);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn any_assignment(ids: Vec<String>) -> impl Strategy<Value = Assignment> {
    (
        any::<bool>(),
        proptest::option::of(proptest::sample::subsequence(ids.clone(), 1..=ids.len()).prop_shuffle()),
        any::<(bool, bool, bool)>(),
        any::<u32>(),
        "\\PC{0,30}",
        "\\PC{0,200}",
    )
        .prop_map(|(test, questions, (shuffle_questions, shuffle_options, retries), seed, title, instructions)| {
            let shuffled = shuffle_questions || shuffle_options;
            Assignment {
                mode: if test { Mode::Test } else { Mode::Practice },
                questions,
                shuffle_questions,
                shuffle_options,
                seed: if shuffled { seed } else { 0 },
                retries,
                title,
                instructions,
            }
        })
}

proptest! {
    #[test]
    fn every_assignment_round_trips(assignment in any_assignment(article_quiz().questions.iter().map(|q| q.id.clone()).collect())) {
        let quiz = article_quiz();
        let text = link::encode(&assignment, &quiz).unwrap();
        prop_assert!(text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "URL-safe: {}", text);
        prop_assert_eq!(link::decode(&text, &quiz), Ok(assignment));
    }

    #[test]
    fn any_single_character_edit_is_caught(at in 0usize..68, with in "[A-Za-z0-9_-]") {
        let quiz = article_quiz();
        let text = link::encode(&class_assignment(&quiz), &quiz).unwrap();
        let at = at % text.len();
        prop_assume!(text[at..=at] != with);
        let edited = format!("{}{with}{}", &text[..at], &text[at + 1..]);
        prop_assert!(link::decode(&edited, &quiz).is_err(), "{} was accepted", edited);
    }

    // The codes' base64 is RustCrypto's base64ct (the smaller in the widget); the other
    // common crate, as an oracle, writes the same text and accepts exactly the same text
    // (no padding, no stray trailing bits), so every code written before the swap opens.
    #[test]
    fn codes_are_the_same_base64_the_other_common_crate_writes_and_reads(
        bytes in proptest::collection::vec(any::<u8>(), 0..40),
        text in "[A-Za-z0-9_=+/-]{0,40}",
    ) {
        use base64::Engine;
        use base64ct::{Base64UrlUnpadded, Encoding};
        let standard = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        prop_assert_eq!(Base64UrlUnpadded::encode_string(&bytes), standard.encode(&bytes));
        prop_assert_eq!(Base64UrlUnpadded::decode_vec(&text).ok(), standard.decode(&text).ok(), "{}", text);
        let mut sealed = [&[1u8][..], &bytes].concat();
        let written = codec::seal(sealed.clone());
        sealed.extend(crc16(&sealed).to_be_bytes());
        prop_assert_eq!(&written, &standard.encode(&sealed));
        prop_assert_eq!(codec::open(&written, 1, 100), Ok(bytes));
    }

    #[test]
    fn arbitrary_text_and_truncations_never_panic(text in "\\PC{0,300}", cut in 0usize..68) {
        let quiz = article_quiz();
        let _ = link::decode(&text, &quiz);
        let good = link::encode(&class_assignment(&quiz), &quiz).unwrap();
        prop_assert!(link::decode(&good[..cut.min(good.len())], &quiz).is_err());
    }
}
