//! The launch: what a page asks of the widget, read from an address or a host element's
//! attributes and written back as either, with every option named once.

use article_quiz_core::Mode;
use article_quiz_core::launch::{Field, Launch, MAX_INSTANCE, Scheme};
use proptest::prelude::*;

use crate::common;

fn full() -> Launch {
    Launch {
        assignment_code: Some("ARL64QAAAAcD0F_bJSlCWzk".into()),
        mode: Mode::Test,
        lang: Some("es".into()),
        quiz: Some("https://news.example/q/city budget.aqz".into()),
        scheme: Some(Scheme::Dark),
        style: vec![("accent", "#b00020".into()), ("font", "Georgia, serif".into())],
        host_origin: Some("https://news.example".into()),
        instance: "quiz 2".into(),
        share_off: true,
        class: None,
        results: None,
        progress: Some("aq-progress/1:AAEC".into()),
        hand_in_off: true,
    }
}

#[test]
fn an_address_is_written_in_one_documented_order() {
    assert_eq!(
        full().address("https://quiz.example/"),
        "https://quiz.example/?quiz=https%3A%2F%2Fnews.example%2Fq%2Fcity+budget.aqz&host=https%3A%2F%2Fnews.example\
         &id=quiz+2&mode=test&lang=es&theme=dark&share=off\
         &progress=aq-progress%2F1%3AAAEC&handin=off&accent=%23b00020&font=Georgia%2C+serif#a=ARL64QAAAAcD0F_bJSlCWzk"
    );
    assert_eq!(Launch::default().address("https://quiz.example/"), "https://quiz.example/");
    assert_eq!(Launch::assignment("CODE").address("/quiz/"), "/quiz/#a=CODE");
}

#[test]
fn a_script_embed_gets_the_same_options_as_attributes() {
    let attributes: Vec<(&str, String)> = full().attributes();
    assert_eq!(
        attributes,
        [
            ("data-quiz", "https://news.example/q/city budget.aqz".to_owned()),
            ("data-id", "quiz 2".to_owned()),
            ("data-mode", "test".to_owned()),
            ("data-lang", "es".to_owned()),
            ("data-theme", "dark".to_owned()),
            ("data-share", "off".to_owned()),
            ("data-link", "ARL64QAAAAcD0F_bJSlCWzk".to_owned()),
            ("data-progress", "aq-progress/1:AAEC".to_owned()),
            ("data-handin", "off".to_owned()),
        ],
        "no host origin (an iframe's alone) and no style values (CSS styles a script embed)"
    );
    let read = Launch::from_element(&|name| attributes.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone()));
    assert_eq!(read, Launch { host_origin: None, style: Vec::new(), ..full() });
}

#[test]
fn an_article_quiz_element_gets_the_same_options_by_its_own_attribute_names() {
    let attributes = [
        ("quiz", "https://news.example/q/city budget.aqz"),
        ("instance", "quiz 2"),
        ("mode", "test"),
        ("lang", "es"),
        ("theme", "dark"),
        ("share", "off"),
        ("link", "ARL64QAAAAcD0F_bJSlCWzk"),
        ("progress", "aq-progress/1:AAEC"),
        ("handin", "off"),
        // The div embed's names mean nothing on the element.
        ("data-mode", "practice"),
    ];
    let read =
        Launch::from_custom_element(&|name| attributes.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned()));
    assert_eq!(read, Launch { host_origin: None, style: Vec::new(), ..full() });
    let names: Vec<_> = Field::ALL.iter().filter_map(|f| f.element_attribute()).collect();
    assert_eq!(names, ["quiz", "instance", "mode", "lang", "theme", "share", "link", "results", "progress", "handin"]);
}

#[test]
fn an_address_is_read_as_the_widget_reads_it() {
    // The fragment before the query; blank values are no values; the mode is test or not.
    let launch = Launch::parse("https://q.example/?lang=en&mode=practice&quiz=%20#lang=es&theme=sepia&utm_source=x");
    assert_eq!(launch, Launch { lang: Some("es".into()), ..Launch::default() });
    // Style values that could smuggle CSS in are dropped; the others kept.
    let launch = Launch::parse("/?accent=red;background:url(x)&radius=4px&font=Georgia%7D");
    assert_eq!(launch.style, [("radius", "4px".to_owned())]);
    // An instance name is cut to its limit.
    let long = "x".repeat(300);
    assert_eq!(Launch::parse(&format!("/?id={long}")).instance.len(), MAX_INSTANCE);
    // An assignment code is kept as given, even empty: the widget then says why it cannot open it.
    assert_eq!(Launch::parse("/#a=").assignment_code.as_deref(), Some(""));
}

/// The addresses of `tests/fixtures/contract/addresses.json`, which the first screen's
/// script is tested against too (tests/e2e/first-screen.test.mjs): the core reads each
/// as the list says, and the first screen shows only where the launch is plain.
#[test]
fn only_the_screen_options_keep_the_prerendered_screen_away() {
    assert_eq!(Field::SCREEN.map(Field::param), ["a", "mode", "lang", "quiz"]);
    let text = std::fs::read_to_string(common::at("tests/fixtures/contract/addresses.json")).unwrap();
    let vectors: serde_json::Value = serde_json::from_str(&text).unwrap();
    for vector in vectors["vectors"].as_array().unwrap() {
        let (address, plain, first_screen) =
            (vector[0].as_str().unwrap(), vector[1].as_bool().unwrap(), vector[2].as_bool().unwrap());
        assert_eq!(Launch::parse(address).is_plain(), plain, "{address}");
        assert!(
            plain || !first_screen,
            "{address}: the first screen would show a question the widget does not start on"
        );
    }
}

fn text() -> impl Strategy<Value = String> {
    // Any characters, not blank (a blank value is no value), none at either end.
    "\\PC{1,40}".prop_filter_map("blank", |s| Some(s.trim().to_owned()).filter(|s| !s.is_empty()))
}

fn launch() -> impl Strategy<Value = Launch> {
    let style = proptest::sample::subsequence(
        vec![("accent", "#0a7"), ("text", "navy"), ("font", "Georgia, serif"), ("radius", "0.5rem")],
        0..=4,
    );
    (
        // Any code, not only the codec's URL-safe ones: the address must encode it.
        proptest::option::of("\\PC{1,60}"),
        any::<bool>(),
        proptest::option::of(text()),
        proptest::option::of(text()),
        proptest::option::of(prop_oneof![Just(Scheme::Light), Just(Scheme::Dark)]),
        style,
        proptest::option::of(text()),
        "\\PC{0,100}",
        any::<bool>(),
        proptest::option::of("[A-Za-z0-9_-]{1,64}"),
        proptest::option::of(text()),
        (proptest::option::of(text()), any::<bool>()),
    )
        .prop_map(
            |(
                assignment_code,
                test,
                lang,
                quiz,
                scheme,
                style,
                host_origin,
                instance,
                share_off,
                class,
                results,
                (progress, hand_in_off),
            )| {
                Launch {
                    assignment_code,
                    mode: if test { Mode::Test } else { Mode::Practice },
                    lang,
                    quiz,
                    scheme,
                    style: style.into_iter().map(|(name, value)| (name, value.to_owned())).collect(),
                    host_origin,
                    instance,
                    share_off,
                    class,
                    results,
                    progress,
                    hand_in_off,
                }
            },
        )
}

/// A case proptest once shrank a failure to: an assignment code that is a lone `&` must
/// survive the address's fragment (kept as a plain test, so it runs wherever the regression
/// files are looked for).
#[test]
fn an_assignment_code_of_one_ampersand_reads_back() {
    let launch = Launch { assignment_code: Some("&".into()), ..Launch::default() };
    assert_eq!(Launch::parse(&launch.address("https://quiz.example/embed/")), launch);
}

proptest! {
    #[test]
    fn what_a_page_writes_the_widget_reads_back(launch in launch()) {
        // The style is written in the widget's own order of style parameters.
        prop_assert_eq!(Launch::parse(&launch.address("https://quiz.example/embed/")), launch);
    }

    #[test]
    fn any_address_reads_without_panicking(address in "\\PC{0,200}") {
        let _ = Launch::parse(&address);
    }
}

/// A student link of a class on the results server: the class beside the assignment
/// code, in the fragment, read back as written; an id with other characters is no class.
#[test]
fn a_class_rides_in_the_fragment_beside_the_assignment() {
    let launch =
        Launch { class: Some("Zx3vQ9kLm2Pw7RtY_a-b1c".into()), ..Launch::assignment("ARL64QAAAAcD0F_bJSlCWzk") };
    let address = launch.address("https://school.example/quiz/");
    assert_eq!(address, "https://school.example/quiz/#a=ARL64QAAAAcD0F_bJSlCWzk&class=Zx3vQ9kLm2Pw7RtY_a-b1c");
    assert_eq!(Launch::parse(&address), launch);
    assert_eq!(Launch::parse("/#a=X&class=%3Cscript%3E").class, None);
    assert_eq!(Launch::parse(&format!("/#class={}", "a".repeat(65))).class, None);
    // A script embed's element carries no class.
    assert!(launch.attributes().iter().all(|(name, _)| !name.contains("class")));
}
