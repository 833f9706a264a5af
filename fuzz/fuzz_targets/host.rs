//! Messages from a host page, field by field as the browser layer reads them, and the
//! style values an address may carry: no panic, and no accepted value can carry CSS.
#![no_main]
use arbitrary::Arbitrary;
use article_quiz_core::host::{self, Fields};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    source: Option<String>,
    version: Option<f64>,
    kind: Option<String>,
    question: Option<f64>,
    found: Option<bool>,
    highlight: Option<bool>,
    text: Option<String>,
    style_name: String,
    style_value: String,
}

fuzz_target!(|input: Input| {
    let fields = Fields {
        source: input.source.as_deref(),
        version: input.version,
        kind: input.kind.as_deref(),
        question: input.question,
        found: input.found,
        highlight: input.highlight,
        text: input.text.as_deref(),
    };
    let _ = host::command(&fields);
    if let Some(kept) = host::style_value(&input.style_name, &input.style_value) {
        assert!(!kept.contains([';', '{', '}', ':', '(', ')', '<', '>', '\\', '\n']), "{kept:?}");
    }
});
