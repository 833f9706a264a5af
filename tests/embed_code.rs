//! The embed-code page's snippets: exact for each way, values escaped, only the style
//! values the widget accepts, and a warning for an accent too faint to read.

#![cfg(feature = "ui")]

use article_quiz::ui::pages::embed_code::{Options, Way, contrast, frame_address, snippet, weak_accent};

const WIDGET: &str = "https://quiz.example/";

#[test]
fn the_default_is_an_iframe_and_the_host_script() {
    let options = Options { instance: "quiz-1".into(), ..Options::default() };
    assert_eq!(
        snippet(&options, WIDGET),
        "<iframe data-article-quiz title=\"Quiz on this article\" width=\"100%\" height=\"640\" loading=\"lazy\"\n  \
         src=\"https://quiz.example/?id=quiz-1\"></iframe>\n<script src=\"https://quiz.example/embed.js\" async></script>"
    );
}

#[test]
fn options_become_parameters_or_attributes() {
    let options = Options {
        way: Some(Way::Iframe),
        quiz: "https://files.news.example/quizzes/vote.aqz".into(),
        test: true,
        lang: "es".into(),
        scheme: "dark".into(),
        accent: "#ffb3c0".into(),
        font: "Georgia, serif".into(),
        radius: "0".into(),
        instance: "quiz 1".into(),
        host_origin: "https://news.example".into(),
        highlight: "#story".into(),
        assignment: "https://quiz.example/#a=ARv64QE1KQ".into(),
    };
    assert_eq!(
        frame_address(&options, WIDGET),
        "https://quiz.example/?quiz=https%3A%2F%2Ffiles.news.example%2Fquizzes%2Fvote.aqz\
         &host=https%3A%2F%2Fnews.example&id=quiz+1&mode=test&lang=es&theme=dark&accent=%23ffb3c0\
         &font=Georgia%2C+serif&radius=0#a=ARv64QE1KQ"
    );
    let script = snippet(&Options { way: Some(Way::Script), ..options }, WIDGET);
    assert_eq!(
        script,
        "<div data-article-quiz data-quiz=\"https://files.news.example/quizzes/vote.aqz\" data-id=\"quiz 1\" data-mode=\"test\" data-lang=\"es\" data-theme=\"dark\" data-link=\"ARv64QE1KQ\" \
         data-article-quiz-highlight=\"#story\"></div>\n\
         <script type=\"module\" src=\"https://quiz.example/article-quiz.js\"></script>\n\
         <!-- Style: add this rule to your stylesheet -->\n\
         <!-- [data-article-quiz] { --article-quiz-accent: #ffb3c0; --article-quiz-font: Georgia, serif; \
         --article-quiz-radius: 0; } -->"
    );
}

#[test]
fn hostile_values_are_escaped_or_dropped() {
    let options = Options {
        way: Some(Way::Script),
        instance: "\"><script>alert(1)</script>".into(),
        highlight: "#a\" onload=\"x".into(),
        accent: "red;background:url(x)".into(),
        assignment: "not a code <b>".into(),
        quiz: "x.aqz\"><img src=x onerror=alert(1)>".into(),
        ..Options::default()
    };
    let code = snippet(&options, WIDGET);
    assert!(!code.contains("<script>alert"), "{code}");
    assert!(code.contains("data-id=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""), "{code}");
    assert!(code.contains("data-article-quiz-highlight=\"#a&quot; onload=&quot;x\""), "{code}");
    assert!(!code.contains("red;") && !code.contains("data-link"), "{code}");
    assert!(code.contains("data-quiz=\"x.aqz&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\""), "{code}");
    assert!(!code.contains("<img"), "{code}");
}

#[test]
fn a_faint_accent_is_named_with_its_contrast() {
    assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
    let dark_red = Options { accent: "#b00020".into(), ..Options::default() };
    let weak = weak_accent(&dark_red);
    assert_eq!(weak.iter().map(|(scheme, _)| *scheme).collect::<Vec<_>>(), ["dark"]);
    assert!((weak[0].1 - 2.43).abs() < 0.01, "{weak:?}");
    assert!(weak_accent(&Options { scheme: "light".into(), ..dark_red.clone() }).is_empty());
    assert!(
        weak_accent(&Options { accent: "#1d4f91".into(), scheme: "light".into(), ..Options::default() }).is_empty()
    );
    assert!(weak_accent(&Options { accent: "red".into(), ..Options::default() }).is_empty(), "names are not judged");
}
