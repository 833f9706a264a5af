//! The address a widget is started from: any text reads as a launch, and a launch
//! written back as an address reads the same.
#![no_main]
use article_quiz_core::launch::Launch;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let launch = Launch::parse(text);
    // An empty assignment code is kept as given (the widget says why it cannot open it), and writing
    // leaves it out.
    let written = Launch { assignment_code: launch.assignment_code.clone().filter(|code| !code.is_empty()), ..launch };
    assert_eq!(Launch::parse(&written.address("https://quiz.example/")), written);
});
