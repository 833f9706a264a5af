//! A quiz folder's three files (meta.toml, quiz.toml, article.txt, split at 0xFF bytes),
//! through the reader, the validator and the lint: a sound quiz or every problem, never
//! a panic. A sound quiz written back as files (`files::write`) reads back the same.
#![no_main]
use article_quiz_core::files;
use article_quiz_core::source::{Texts, check_and_lint_texts, read_texts};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let mut parts = bytes.splitn(3, |&b| b == 0xFF).map(String::from_utf8_lossy);
    let (meta, quiz, article) =
        (parts.next().unwrap_or_default(), parts.next().unwrap_or_default(), parts.next().unwrap_or_default());
    let Ok((sound, _)) = check_and_lint_texts(&Texts { slug: "fuzzed", meta: &meta, quiz: &quiz, article: &article })
    else {
        return;
    };
    let written = files::write(&sound).expect("a sound quiz read from files can be written as files");
    let texts = Texts { slug: "fuzzed", meta: &written.meta, quiz: &written.quiz, article: &written.article };
    let again = read_texts(&texts).expect("the written files read back");
    assert_eq!(again.quiz, sound);
});
