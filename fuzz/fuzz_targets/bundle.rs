//! Quiz bundles fetched from an address: any bytes are a sound quiz or a reason (the
//! validator included); a sound quiz encodes back to a bundle of the same quiz.
#![no_main]
use article_quiz_core::bundle;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = bundle::check(bytes);
    if let Ok(loaded) = bundle::decode(bytes) {
        let again = bundle::decode(&bundle::encode(&loaded.quiz)).expect("an encoded sound quiz decodes");
        assert_eq!(again.quiz, loaded.quiz);
    }
});
