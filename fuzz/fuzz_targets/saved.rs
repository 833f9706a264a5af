//! Saved progress read back from storage: any text is a sound session or a reason; a
//! session saves to text that reads back the same.
#![no_main]
use article_quiz_core::saved;
use article_quiz_fuzz::{FINGERPRINT, quiz};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let quiz = quiz();
    if let Ok(session) = saved::decode(text, quiz, FINGERPRINT) {
        let again = saved::encode(&session);
        assert_eq!(saved::decode(&again, quiz, FINGERPRINT), Ok(session));
    }
});
