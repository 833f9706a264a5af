//! A class's pasted result codes: any text is read into results and reasons per line,
//! grouped and exported, never a panic.
#![no_main]
use article_quiz_core::class;
use article_quiz_fuzz::quiz;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let pasted = class::read(text, quiz());
    let _ = class::groups(&pasted);
});
