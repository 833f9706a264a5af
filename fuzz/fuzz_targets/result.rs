//! Result codes a student pastes: any text is a record or a reason; a record encodes
//! back to a code that decodes the same.
#![no_main]
use article_quiz_core::result;
use article_quiz_fuzz::quiz;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let quiz = quiz();
    if let Ok(record) = result::decode(text, quiz) {
        let again = result::encode(&record, quiz).expect("a decoded record encodes");
        assert_eq!(result::decode(&again, quiz), Ok(record));
    }
});
