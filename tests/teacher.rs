//! The teacher's page: its QR code scans back to the exact link, and its form, rendered
//! natively with Yew's server-side renderer, offers every question with its kind and
//! topic and makes a link that opens the set-up it shows.

#![cfg(feature = "ui")]

use std::rc::Rc;

use article_quiz::DEFAULT_BUNDLE;
use article_quiz::quiz::{Kind, Mode, bundle, link};
use article_quiz::ui::QuizRef;
use article_quiz::ui::pages::teacher::print;
use article_quiz::ui::pages::teacher::qr::{self, QUIET_ZONE};
use article_quiz::ui::pages::teacher::{Teacher, TeacherProps, parse_titles};
use proptest::prelude::*;
use scraper::{Html, Selector};

/// Draws the SVG path that the page shows (`M x y h n v1 h-n z` runs) into pixels, `scale`
/// pixels a module, white around it, and reads it back as a phone's scanner would.
fn scan(text: &str) -> String {
    let (width, modules) = qr::modules(text).expect("the text fits a QR code");
    let d = qr::path(width, &modules);
    let side = width + 2 * QUIET_ZONE;
    let scale = 4;
    let mut dark = vec![false; side * side];
    for run in d.split('M').filter(|r| !r.is_empty()) {
        let numbers: Vec<usize> = run
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .map(|n| n.parse().expect("a number"))
            .collect();
        let [x, y, n, ..] = numbers[..] else { panic!("a run: {run}") };
        for dx in 0..n {
            dark[y * side + x + dx] = true;
        }
    }
    let pixels = side * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(pixels, pixels, |x, y| {
        if dark[(y / scale) * side + x / scale] { 0 } else { 255 }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the picture");
    grids[0].decode().expect("the code decodes").1
}

#[test]
fn the_qr_code_scans_to_the_exact_link() {
    let quiz = bundle::decode(DEFAULT_BUNDLE).unwrap().quiz;
    let assignment = link::Assignment {
        mode: Mode::Test,
        questions: Some(quiz.questions.iter().take(20).map(|q| q.id.clone()).collect()),
        shuffle_questions: true,
        shuffle_options: true,
        seed: 123_456,
        retries: false,
        title: "Period 3 — “Iran”".into(),
        instructions: String::new(),
    };
    let address = format!("https://news.example/quiz/#a={}", link::encode(&assignment, &quiz).unwrap());
    assert!(address.len() <= 200, "{} characters", address.len());
    assert_eq!(scan(&address), address);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn any_link_scans_back(code in "[A-Za-z0-9_-]{1,180}") {
        let address = format!("https://news.example/quiz/#a={code}");
        prop_assert_eq!(scan(&address), address);
    }

    #[test]
    fn stored_titles_never_break_the_page(stored in "\\PC{0,200}") {
        let _ = parse_titles(&stored);
    }
}

async fn render_teacher() -> String {
    render_teacher_of(bundle::decode(DEFAULT_BUNDLE).unwrap()).await
}

async fn render_teacher_of(loaded: bundle::Loaded) -> String {
    yew::ServerRenderer::<Teacher>::with_props(move || TeacherProps {
        quiz: QuizRef(Rc::new(loaded)),
        widget: "https://news.example/quiz/".into(),
        seed: 4242,
        titles: vec![(7, "Period 3".into())],
        server: None,
        class_link: None,
        served_quiz: None,
    })
    .hydratable(false)
    .render()
    .await
}

fn texts(html: &Html, selector: &str) -> Vec<String> {
    let selector = Selector::parse(selector).unwrap();
    html.select(&selector).map(|e| e.text().collect::<String>().trim().to_owned()).collect()
}

#[tokio::test]
async fn a_right_to_left_quiz_is_shown_right_to_left_on_the_english_teacher_page() {
    // The Persian fixture, as the teacher's page gets it from a bundle.
    let quiz = article_quiz::quiz::source::check_dir(std::path::Path::new("tests/fixtures/bidestan")).unwrap();
    let loaded = bundle::decode(&bundle::encode(&quiz)).unwrap();
    let html = Html::parse_document(&render_teacher_of(loaded).await);
    for selector in ["h1.aq-title", ".aq-source-title span", ".aq-pick-prompt"] {
        let element = html.select(&Selector::parse(selector).unwrap()).next().expect(selector);
        assert_eq!((element.attr("lang"), element.attr("dir")), (Some("fa"), Some("rtl")), "{selector}");
    }
    assert_eq!(texts(&html, ".aq-pick-prompt").len(), 6);
}

#[tokio::test]
async fn the_form_offers_every_question_and_a_link_to_that_set_up() {
    let quiz = bundle::decode(DEFAULT_BUNDLE).unwrap().quiz;
    let html = Html::parse_document(&render_teacher().await);
    assert_eq!(texts(&html, "h2"), ["1. Make a link for your class", "2. Read your class’s results"]);

    // Every question, chosen, with its kind, topic and points.
    let picks = texts(&html, ".aq-pick label");
    assert_eq!(picks.len(), quiz.questions.len());
    assert!(picks[0].starts_with(&format!("Q1 {}", quiz.questions[0].prompt)), "{}", picks[0]);
    assert!(picks[0].ends_with("Single choice · Events · 1 point"), "{}", picks[0]);
    assert!(picks[1].ends_with("Number · Events · 1 point"), "{}", picks[1]);
    let checked = Selector::parse(".aq-pick input[checked]").unwrap();
    assert_eq!(html.select(&checked).count(), quiz.questions.len());
    let total = quiz.questions.len();
    assert_eq!(texts(&html, "#aq-chosen"), [format!("{total} of {total} chosen, {} points", quiz.max_points())]);

    // Every label names a control.
    let labels = Selector::parse("label[for]").unwrap();
    for label in html.select(&labels) {
        let id = label.value().attr("for").unwrap();
        let control = Selector::parse(&format!("#{id}")).unwrap();
        assert_eq!(html.select(&control).count(), 1, "label for {id}");
    }

    // The link opens the default set-up: all questions in order, test mode, retries.
    let link_area = Selector::parse("textarea#aq-link").unwrap();
    let address = html.select(&link_area).next().expect("a link").text().collect::<String>();
    let code = address.strip_prefix("https://news.example/quiz/#a=").expect("the widget's address");
    let opened = link::decode(code, &quiz).unwrap();
    assert_eq!(opened.mode, Mode::Test);
    assert_eq!(opened.questions, Some(quiz.questions.iter().map(|q| q.id.clone()).collect()));
    assert!(!opened.shuffle_questions && opened.shuffle_options && opened.retries);
    assert_eq!(opened.seed, 4242);
    assert_eq!(texts(&html, "#aq-link-length"), [format!("{} characters", address.chars().count())]);
    let qr = Selector::parse("svg[role=img][aria-label='QR code of the link'] path").unwrap();
    assert_eq!(html.select(&qr).count(), 1);

    // No codes pasted yet: no results, no errors.
    assert!(texts(&html, ".aq-class-group").is_empty());
    assert!(texts(&html, ".aq-bad-lines").is_empty());
}

#[test]
fn titles_round_trip_through_storage_text() {
    assert_eq!(
        parse_titles("0000000a\tPeriod 3\nzz\tbad\n00000001\t\n"),
        [(10, "Period 3".into()), (1, String::new())]
    );
}

async fn render_sheet(sheet: print::Sheet, code: Option<String>) -> Html {
    render_sheet_of(bundle::decode(DEFAULT_BUNDLE).unwrap(), sheet, code).await
}

async fn render_sheet_of(loaded: bundle::Loaded, sheet: print::Sheet, code: Option<String>) -> Html {
    let html = yew::ServerRenderer::<print::Print>::with_props(move || print::PrintProps {
        quiz: QuizRef(Rc::new(loaded)),
        sheet,
        code: code.map(Into::into),
    })
    .hydratable(false)
    .render()
    .await;
    Html::parse_fragment(&html)
}

#[tokio::test]
async fn the_key_letters_each_answer_as_the_worksheet_prints_it() {
    let quiz = bundle::decode(DEFAULT_BUNDLE).unwrap().quiz;
    let choice = |q: &&article_quiz::quiz::Question| q.kind.options().is_some();
    let ids: Vec<String> = quiz.questions.iter().filter(choice).map(|q| q.id.clone()).collect();
    let assignment = link::Assignment {
        mode: Mode::Test,
        questions: Some(ids.clone()),
        shuffle_questions: true,
        shuffle_options: true,
        seed: 77,
        retries: false,
        title: "Period 3".into(),
        instructions: "Work alone.".into(),
    };
    let code = link::encode(&assignment, &quiz).unwrap();
    let worksheet = render_sheet(print::Sheet::Worksheet, Some(code.clone())).await;
    let key = render_sheet(print::Sheet::Key, Some(code)).await;
    assert_eq!(texts(&worksheet, "h1"), ["Period 3"]);
    assert!(texts(&worksheet, ".aq-sheet-instructions").contains(&"Work alone.".to_owned()));

    let prompts = texts(&worksheet, ".aq-sheet-prompt");
    assert_eq!(prompts, texts(&key, ".aq-sheet-prompt"), "the same questions in the same order");
    assert_ne!(
        prompts,
        ids.iter().map(|id| quiz.question(id).unwrap().1.prompt.clone()).collect::<Vec<_>>(),
        "shuffled"
    );
    let question = Selector::parse(".aq-sheet-question").unwrap();
    let (sheets, keys) = (worksheet.select(&question).collect::<Vec<_>>(), key.select(&question).collect::<Vec<_>>());
    assert_eq!(sheets.len(), ids.len());
    for ((on_sheet, in_key), prompt) in sheets.iter().zip(&keys).zip(&prompts) {
        let q = quiz.questions.iter().find(|q| &q.prompt == prompt).unwrap();
        let options: Vec<String> = on_sheet
            .select(&Selector::parse(".aq-sheet-options li").unwrap())
            .map(|li| li.text().skip(1).collect::<String>())
            .collect();
        let answers: Vec<String> =
            in_key.select(&Selector::parse(".aq-sheet-answer li").unwrap()).map(|li| li.text().collect()).collect();
        let correct: Vec<usize> = match &q.kind {
            Kind::Single { correct, .. } => vec![*correct],
            Kind::Multiple { correct, .. } => correct.clone(),
            _ => unreachable!(),
        };
        let texts = q.kind.options().unwrap();
        let mut expected: Vec<&String> =
            options.iter().filter(|o| correct.iter().any(|&i| o[3..] == texts[i].text)).collect();
        expected.sort();
        assert_eq!(answers.iter().collect::<Vec<_>>(), expected, "{}: the key's letters are the worksheet's", q.id);
        // The worksheet gives nothing away.
        assert!(!on_sheet.text().collect::<String>().contains(&q.explanation));
    }
}

#[tokio::test]
async fn the_article_sheet_numbers_the_body_and_a_broken_link_says_so() {
    let quiz = bundle::decode(DEFAULT_BUNDLE).unwrap().quiz;
    let article = render_sheet(print::Sheet::Article, None).await;
    let numbers = texts(&article, ".aq-sheet-paragraph");
    assert_eq!(numbers.len(), quiz.article.body_paragraphs);
    assert_eq!(numbers[0], "¶ 1");
    let broken = render_sheet(print::Sheet::Key, Some("not-a-code".into())).await;
    assert!(texts(&broken, "[role=alert]")[0].starts_with("This print link cannot be opened"));
    assert!(texts(&broken, "button").is_empty(), "nothing to print");
    assert_eq!(print::Sheet::Key.address(Some("abc"), None), "?print=key#a=abc");
    assert_eq!(print::Sheet::Worksheet.address(Some("abc"), Some("riverton")), "?print=worksheet&quiz=riverton#a=abc");
    assert_eq!(print::Sheet::from_param("worksheet"), Some(print::Sheet::Worksheet));
    assert_eq!(print::Sheet::from_param("<script>"), None);
}

#[test]
fn an_answer_that_is_a_quotation_is_not_quoted_twice() {
    use article_quiz::ui::i18n::teacher::{assignment, common_wrong};
    assert_eq!(
        common_wrong("“Women, Life, Freedom”", 2),
        "Most common wrong answer: “Women, Life, Freedom” (2 students)"
    );
    assert_eq!(common_wrong("“A”; “B”", 1), "Most common wrong answer: “A”; “B” (1 student)");
    assert_eq!(
        common_wrong("Crimes against humanity", 1),
        "Most common wrong answer: “Crimes against humanity” (1 student)"
    );
    assert_eq!(common_wrong("“", 1), "Most common wrong answer: ““” (1 student)");
    assert_eq!(assignment(7, Some("“Iran” week")), "Assignment ““Iran” week”");
    assert_eq!(assignment(7, Some("Period 3")), "Assignment “Period 3”");
}

/// A find-the-evidence passage that runs on into the next paragraph: the worksheet names
/// both paragraphs, the key the one its answer is in.
#[tokio::test]
async fn a_passage_over_two_paragraphs_is_named_by_both() {
    let quiz = article_quiz::quiz::source::check_dir(std::path::Path::new("tests/fixtures/harbor-school")).unwrap();
    let assignment = link::Assignment {
        mode: Mode::Test,
        questions: Some(vec!["grant-future".into()]),
        shuffle_questions: false,
        shuffle_options: false,
        seed: 1,
        retries: false,
        title: String::new(),
        instructions: String::new(),
    };
    let code = link::encode(&assignment, &quiz).unwrap();
    let loaded = bundle::decode(&bundle::encode(&quiz)).unwrap();
    let worksheet = render_sheet_of(loaded.clone(), print::Sheet::Worksheet, Some(code.clone())).await;
    let key = render_sheet_of(loaded, print::Sheet::Key, Some(code)).await;
    assert_eq!(
        texts(&worksheet, ".aq-sheet-how"),
        ["The passage (¶ 7–8), sentence by sentence. Fill in the circle of one sentence."]
    );
    assert_eq!(
        texts(&key, ".aq-sheet-answer li"),
        ["(4) City officials have not said whether it will be renewed. (¶ 8)"]
    );
}
