//! Assignment links: any text is a link or a reason, never a panic; what decodes
//! encodes back to a link that decodes the same.
#![no_main]
use article_quiz_core::link;
use article_quiz_fuzz::quiz;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let quiz = quiz();
    if let Ok(assignment) = link::decode(text, quiz) {
        let again = link::encode(&assignment, quiz).expect("a decoded assignment encodes");
        assert_eq!(link::decode(&again, quiz), Ok(assignment));
    }
});
