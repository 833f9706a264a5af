//! A quiz folder's three files (meta.toml, quiz.toml, article.txt, split at 0xFF bytes),
//! through the reader, the validator and the lint: a sound quiz or every problem, never
//! a panic.
#![no_main]
use article_quiz_core::source::{Texts, check_and_lint_texts};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let mut parts = bytes.splitn(3, |&b| b == 0xFF).map(String::from_utf8_lossy);
    let (meta, quiz, article) =
        (parts.next().unwrap_or_default(), parts.next().unwrap_or_default(), parts.next().unwrap_or_default());
    let _ = check_and_lint_texts(&Texts { slug: "fuzzed", meta: &meta, quiz: &quiz, article: &article });
});
