//! Component tests: the widget's screens rendered natively with Yew's server-side
//! renderer, checked as a reader would see them (text, roles, names, states).
//!
//! Each screen is reached the way a student reaches it: a session is driven through the
//! core, saved, and handed to the app as saved progress, which also exercises resuming.

#![cfg(feature = "ui")]

use article_quiz::DEFAULT_BUNDLE;
use article_quiz::quiz::bundle::{self, Loaded};
use article_quiz::quiz::launch::Launch;
use article_quiz::quiz::link::{self, Assignment};
use article_quiz::quiz::session::Settings;
use article_quiz::quiz::{Action, Kind, Mode, Response, Session, saved};
use article_quiz::ui::app::{App, AppProps, Start};
use article_quiz::ui::i18n::{EN, ES, FA, Lang};

/// The answer worth full marks.
fn right(question: &article_quiz::quiz::Question) -> Response {
    Response::key(&question.kind)
}

fn loaded() -> Loaded {
    bundle::decode(DEFAULT_BUNDLE).expect("default bundle")
}

/// The app's props as a page builds them ([`AppProps::new`]) for the launch `address`
/// asks for (`""`, `"?mode=test&lang=es"`, `"#a=CODE"`), with `saved` progress under
/// whichever storage key the launch reads.
fn props(quiz: Loaded, address: &str, saved: Option<String>) -> AppProps {
    let start = Start { embed: None, first_screen: None, random_seed: 42, now_ms: 1_000 };
    AppProps::new(quiz, &Launch::parse(address), |_| saved.clone(), start)
}

/// Renders the app with these props to HTML.
async fn render_props(props: AppProps) -> String {
    yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await
}

/// Renders the app with `saved` progress (or none) and no options to HTML.
async fn render(saved: Option<String>) -> String {
    render_props(props(loaded(), "", saved)).await
}

/// The address of an assignment link to the widget.
fn link_to(assignment: &Assignment) -> String {
    format!("#a={}", link::encode(assignment, &loaded().quiz).unwrap())
}

/// A test-mode assignment of the first `count` questions, options shuffled, no retries.
fn assignment_of_first(quiz: &article_quiz::quiz::Quiz, count: usize) -> Assignment {
    Assignment {
        mode: Mode::Test,
        questions: Some(quiz.questions.iter().take(count).map(|q| q.id.clone()).collect()),
        shuffle_questions: false,
        shuffle_options: true,
        seed: 4,
        retries: false,
        title: String::new(),
        instructions: String::new(),
    }
}

/// A session on the default quiz, driven by `actions`, as saved text.
fn after(mode: Mode, actions: &[Action]) -> (Loaded, Session) {
    let loaded = loaded();
    let mut session = Session::new(&loaded.quiz, loaded.fingerprint, Settings::new(mode, 42), 1_000).unwrap();
    for action in actions {
        session.apply(&loaded.quiz, action.clone()).unwrap_or_else(|e| panic!("{action:?}: {e}"));
    }
    (loaded, session)
}

/// Text as the renderer escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The rendered page, queried by CSS selector as a reader's tools would see it.
struct Page(scraper::Html);

impl Page {
    fn new(html: &str) -> Self {
        Page(scraper::Html::parse_fragment(html))
    }

    fn all(&self, selector: &str) -> Vec<scraper::ElementRef<'_>> {
        let selector = scraper::Selector::parse(selector).unwrap_or_else(|e| panic!("{selector}: {e:?}"));
        self.0.select(&selector).collect()
    }

    fn one(&self, selector: &str) -> scraper::ElementRef<'_> {
        let found = self.all(selector);
        assert_eq!(found.len(), 1, "expected one {selector}, found {}", found.len());
        found[0]
    }

    fn count(&self, selector: &str) -> usize {
        self.all(selector).len()
    }

    fn text(&self, selector: &str) -> String {
        self.one(selector).text().collect::<String>()
    }
}

/// The bundle the build script compiles in is the default quiz's folder, as the core
/// writes it (the core's own tests check that bundle further).
#[test]
fn the_compiled_in_bundle_is_the_default_quiz() {
    assert_eq!(
        DEFAULT_BUNDLE,
        bundle::encode(&article_quiz::quiz::source::check_dir(std::path::Path::new("quizzes/iranian-people")).unwrap())
            .as_slice()
    );
}

#[tokio::test]
async fn an_embed_can_start_a_fresh_quiz_in_test_mode() {
    let html = scraper::Html::parse_document(&render_props(props(loaded(), "?mode=test", None)).await);
    let checked = scraper::Selector::parse("input[name=aq-mode][checked]").unwrap();
    let ids: Vec<&str> = html.select(&checked).filter_map(|e| e.value().attr("id")).collect();
    assert_eq!(ids, ["aq-mode-test"]);
    assert!(!html.html().contains("Check answer"), "test mode: no check before the end");
}

#[tokio::test]
async fn the_first_question_shows_at_once_in_practice_mode() {
    let html = render(None).await;
    let quiz = loaded().quiz;
    assert!(html.contains(&escaped(&quiz.meta.title)), "quiz title");
    assert!(html.contains("Trump Shouldn’t Forget the Iranian People"), "article title");
    assert!(
        html.contains(
            "\u{2068}Holly Dagres\u{2069}, \u{2068}Azadeh Pourzand\u{2069} and \u{2068}Kelly J. Shannon\u{2069}"
        ),
        "authors, each isolated"
    );
    let total = quiz.questions.len();
    assert!(html.contains(&format!("Quiz · {total} questions")));
    assert!(html.contains(&format!("Question 1 of {total}")));
    assert!(html.contains(&escaped(&quiz.questions[0].prompt)), "first prompt");
    assert!(html.contains(&format!("0 of {total} answered")));
    // Practice is the default, and the mode can still change.
    let page = Page::new(&html);
    assert_eq!(page.count("#aq-mode-practice[checked]:not([disabled])"), 1);
    assert_eq!(page.count("#aq-mode-test:not([checked]):not([disabled])"), 1);
    // Every option of the first question is a labelled radio button.
    let Kind::Single { options, .. } = &quiz.questions[0].kind else { panic!("first question is single choice") };
    for (i, option) in options.iter().enumerate() {
        assert!(html.contains(&format!(r#"type="radio" id="aq-q-dehdasht-protest-{i}""#)), "radio {i}");
        assert!(html.contains(&format!(r#"<label for="aq-q-dehdasht-protest-{i}">"#)));
        assert!(html.contains(&escaped(&option.text)));
    }
    // Check waits for an answer; nothing is judged yet.
    assert_eq!(page.text("button#aq-primary[type=submit][disabled]"), "Check answer");
    assert!(!html.contains("aq-feedback"));
    assert!(html.contains(r#"role="status" aria-live="polite""#), "a live region for announcements");
}

#[tokio::test]
async fn a_checked_answer_shows_verdict_points_explanation_and_excerpt() {
    let quiz = loaded().quiz;
    let wrong = Response::Single(1);
    let (_, session) = after(Mode::Practice, &[Action::Answer(wrong), Action::Check]);
    let html = render(Some(saved::encode(&session))).await;
    let q = &quiz.questions[0];
    assert!(html.contains("Not quite"), "verdict in words");
    let page = Page::new(&html);
    assert_eq!(page.text(".aq-verdict-icon[aria-hidden=true]"), "✗", "an icon too, hidden from screen readers");
    assert!(html.contains("You earned 0 of 1 point."));
    assert!(
        html.contains(&escaped(
            "Tehran is named on the protesters’ signs, but the protest the article opens with erupted in Dehdasht"
        )),
        "the chosen option's own feedback"
    );
    assert!(html.contains("Correct answer"));
    assert!(html.contains(&escaped(&q.explanation)));
    // The excerpt, verbatim, as a quotation, with its place in the article.
    assert_eq!(page.text("figure.aq-excerpt blockquote.aq-quote > p"), q.excerpts[0]);
    assert!(html.contains("From the article, paragraph 1"));
    assert!(html.contains(">Show in article</button>"));
    // The answer is locked, marked in words, and the next step is offered.
    let Kind::Single { options, .. } = &q.kind else { panic!("first question is single choice") };
    assert_eq!(page.count(".aq-choices input[type=radio][disabled]"), options.len());
    assert_eq!(page.text(".aq-choice--wrong .aq-choice-mark"), "✗ your choice");
    assert_eq!(page.text(".aq-choice--correct .aq-choice-mark"), "✓ correct answer");
    assert_eq!(page.text("button#aq-primary"), "Next question");
    assert_eq!(page.count("#aq-mode-practice[checked][disabled]"), 1, "the mode is locked once answering began");
}

#[tokio::test]
async fn partial_credit_is_shown_as_such() {
    let quiz = loaded().quiz;
    let position = quiz.questions.iter().position(|q| q.id == "benefits-of-pressing").unwrap();
    let (_, session) =
        after(Mode::Practice, &[Action::GoTo(position), Action::Answer(Response::multiple([0, 1])), Action::Check]);
    let html = render(Some(saved::encode(&session))).await;
    assert!(html.contains("Partly right"));
    assert!(html.contains("You earned 1.33 of 2 points (partial credit)."), "{html}");
}

#[tokio::test]
async fn a_test_shows_no_feedback_until_the_end() {
    let quiz = loaded().quiz;
    let mut actions = Vec::new();
    for q in &quiz.questions[..3] {
        actions.push(Action::Answer(right(q)));
        actions.push(Action::Next);
    }
    let (_, session) = after(Mode::Test, &actions);
    let html = render(Some(saved::encode(&session))).await;
    let total = quiz.questions.len();
    assert!(html.contains(&format!("Question 4 of {total}")));
    assert!(html.contains(&format!("3 of {total} answered")));
    assert_eq!(Page::new(&html).count("#aq-mode-test[checked][disabled]"), 1);
    for word in ["Correct", "Not quite", "You earned", "aq-feedback", "Check answer"] {
        assert!(!html.contains(word), "a test shows no {word:?} before the end");
    }
    assert!(html.contains(">Next question</button>"));
}

#[tokio::test]
async fn the_end_screen_shows_the_score_the_core_computes_and_a_review() {
    let quiz = loaded().quiz;
    // Right on even questions, nothing on odd ones.
    let mut actions = Vec::new();
    for (i, q) in quiz.questions.iter().enumerate() {
        if i % 2 == 0 {
            actions.push(Action::Answer(right(q)));
        }
        if i + 1 < quiz.questions.len() {
            actions.push(Action::Next);
        }
    }
    actions.push(Action::Finish { now_ms: 90_000 });
    let (loaded, session) = after(Mode::Test, &actions);
    let results = session.results(&loaded.quiz);
    let html = render(Some(saved::encode(&session))).await;
    assert!(html.contains("Your score"));
    let page = Page::new(&html);
    assert_eq!(page.text(".aq-score-points"), format!("{} of {} points", results.earned, results.max.0 / 100));
    assert!(html.contains(&format!("{}%", results.percent())));
    assert!(html.contains(&format!("Retry the {} missed questions", quiz.questions.len() / 2)));
    assert!(html.contains("Retry all questions"));
    // Each question is reviewed, the missed ones opened, with the student's answer.
    assert_eq!(page.count("ol.aq-review > li.aq-review-item"), quiz.questions.len());
    assert_eq!(page.count(".aq-review-item details[open]"), quiz.questions.len() / 2);
    assert!(html.contains("Your answer") && html.contains("No answer"));
    let buttons: Vec<String> =
        page.all(".aq-review button.aq-link-button").iter().map(|b| b.text().collect::<String>()).collect();
    assert_eq!(buttons.len(), quiz.questions.iter().map(|q| q.excerpts.len()).sum::<usize>());
    // Where a question quotes several passages, each button says which.
    assert!(buttons.contains(&"Show in article (quote 2 of 6)".to_owned()), "{buttons:?}");
    // In Spanish, each reviewed question's verdict and number are the widget's words; only
    // its prompt is the quiz's, marked English.
    let spanish = Page::new(&render_props(props(crate::loaded(), "?lang=es", Some(saved::encode(&session)))).await);
    assert_eq!(spanish.count(".aq-review-title > span[lang=en]"), quiz.questions.len());
    assert_eq!(spanish.count(".aq-review-title[lang], .aq-review-title [lang] .aq-visually-hidden"), 0);
    let verdict: String = spanish.all(".aq-review-title .aq-visually-hidden")[0].text().collect();
    assert_eq!(verdict, "Correcto: ");
}

#[tokio::test]
async fn damaged_saved_progress_gives_a_notice_and_a_fresh_start() {
    let html = render(Some("aq-progress/1:garbage".into())).await;
    assert!(html.contains(
        "Your saved progress could not be restored (the saved progress is damaged), so the quiz starts afresh."
    ));
    assert!(html.contains(&format!("Question 1 of {}", loaded().quiz.questions.len())));
    let foreign = render(Some("{\"score\": 3}".into())).await;
    assert!(foreign.contains("is not from this quiz widget"));
}

#[tokio::test]
async fn each_kind_has_its_own_labelled_control() {
    let quiz = loaded().quiz;
    let find = |id: &str| quiz.questions.iter().position(|q| q.id == id).unwrap();
    let show = |id: &str| {
        let (_, session) = after(Mode::Practice, &[Action::GoTo(find(id))]);
        render(Some(saved::encode(&session)))
    };

    let multiple = show("uprising-toll").await;
    assert_eq!(Page::new(&multiple).count("input[type=checkbox]"), 5);
    assert!(multiple.contains("Select all that apply."));

    let truth = show("pressure-policy-aims").await;
    assert!(truth.contains(">True</span>") && truth.contains(">False</span>"));
    assert_eq!(Page::new(&truth).count(r#"input[type=radio][name="aq-q-pressure-policy-aims"]"#), 2);

    let order = show("cold-war-timeline").await;
    let page = Page::new(&order);
    assert_eq!(page.count(r#"button[aria-label^="Move up: "]"#), 6);
    assert_eq!(page.count(r#"button[aria-label^="Move down: "]"#), 6);
    assert_eq!(page.count(r#"button[aria-label="Move up: The Helsinki Final Act"]"#), 1);
    // The first item cannot go up, nor the last down.
    assert_eq!(page.count("ol.aq-order > li:first-child button[aria-label^='Move up'][disabled]"), 1);
    assert_eq!(page.count("ol.aq-order > li:last-child button[aria-label^='Move down'][disabled]"), 1);
    assert_eq!(page.text("button#aq-primary:not([disabled])"), "Check answer", "an arrangement is always an answer");

    let number = show("executions-last-year").await;
    let page = Page::new(&number);
    assert_eq!(page.text(r#"label[for="aq-q-executions-last-year-input"]"#), "Your answer");
    assert_eq!(page.count(r#"input#aq-q-executions-last-year-input[inputmode=decimal]"#), 1);
    assert!(number.contains(">people</span>"));

    let evidence = show("gorbachev-evidence").await;
    assert_eq!(Page::new(&evidence).count(r#"ol.aq-passage input[type=radio][name="aq-q-gorbachev-evidence"]"#), 5);
    assert!(evidence.contains("Pick the sentence that supports the claim."));
}

#[tokio::test]
async fn a_resumed_session_shows_the_same_question_and_answers() {
    let quiz = loaded().quiz;
    let position = quiz.questions.iter().position(|q| q.id == "executions-last-year").unwrap();
    let (_, session) = after(Mode::Practice, &[Action::GoTo(position), Action::Answer(Response::Numeric(60_000.0))]);
    let html = render(Some(saved::encode(&session))).await;
    assert!(html.contains(&format!("Question {} of {}", position + 1, quiz.questions.len())));
    assert_eq!(
        Page::new(&html).one("input.aq-number-input").value().attr("value"),
        Some("60,000"),
        "the typed number is back, as the article prints numbers"
    );
}

#[tokio::test]
async fn quiz_text_is_rendered_as_text_never_as_html() {
    let mut loaded = loaded();
    loaded.quiz.questions[0].prompt = "<img src=x onerror=alert(1)> & <script>alert(2)</script>".into();
    loaded.quiz.meta.title = "<b>bold</b>".into();
    let html = render_props(props(loaded, "", None)).await;
    assert!(!html.contains("<img") && !html.contains("<script") && !html.contains("<b>"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;alert(2)&lt;/script&gt;"));
}

#[tokio::test]
async fn an_assignment_link_sets_questions_mode_title_and_instructions() {
    let assignment = Assignment {
        title: "Period 3 <b>quiz</b>".into(),
        instructions: "Answer alone. “Test” mode.".into(),
        ..assignment_of_first(&loaded().quiz, 8)
    };
    let html = render_props(props(loaded(), &link_to(&assignment), None)).await;
    let page = Page::new(&html);
    assert_eq!(page.text(".aq-question-heading"), "Question 1 of 8");
    assert_eq!(page.text(".aq-kicker"), "Quiz · 8 questions");
    assert_eq!(page.text(".aq-assignment-title"), "Period 3 <b>quiz</b>", "as text, not HTML");
    assert_eq!(page.text(".aq-instructions"), "Answer alone. “Test” mode.");
    assert_eq!(page.text(".aq-mode-fixed"), "Test mode, set by your teacher.");
    assert_eq!(page.count("input[name=aq-mode]"), 0, "the student cannot change the mode");
    assert_eq!(page.text("button#aq-primary"), "Next question", "no check in a test");
}

#[tokio::test]
async fn an_assigned_quiz_ends_with_a_result_code_to_hand_in() {
    use article_quiz::quiz::result::{self, ResultRecord};
    let Loaded { quiz, fingerprint } = loaded();
    let assignment = assignment_of_first(&quiz, 3);
    let mut session = Session::new(&quiz, fingerprint, assignment.settings(), 1_000).unwrap();
    session.apply(&quiz, Action::Answer(right(&quiz.questions[0]))).unwrap();
    session.apply(&quiz, Action::Finish { now_ms: 61_000 }).unwrap();
    let address = link_to(&assignment);
    let expected = ResultRecord::of(&session, &quiz, result::assignment_id(&address[3..]), "");
    let saved_text = saved::encode(&session);
    let html = render_props(props(loaded(), &address, Some(saved_text.clone()))).await;
    let page = Page::new(&html);
    assert_eq!(page.text("#aq-hand-in-heading"), "Hand in your result");
    assert!(page.text(".aq-hand-in > p").contains("Nothing is sent anywhere"));
    assert_eq!(page.text(r#"label[for="aq-name"]"#), "Your name (optional)");
    let code = page.text("textarea#aq-result-code[readonly]");
    assert_eq!(result::decode(&code, &quiz), Ok(expected));
    assert_eq!(page.text(".aq-hand-in button"), "Copy the code");
    // Without an assignment there is nothing to hand in.
    let plain = render_props(props(loaded(), "", Some(saved_text))).await;
    assert_eq!(Page::new(&plain).count(".aq-hand-in"), 0);
}

/// Renders the view of a quiz from `address` while it loads (`failure` is `None`) or
/// after it failed.
async fn render_loading(address: &str, failure: Option<Vec<String>>) -> String {
    use article_quiz::ui::components::loading::{Loading, LoadingProps};
    let address = address.to_owned();
    yew::ServerRenderer::<Loading>::with_props(move || LoadingProps {
        address: address.into(),
        failure,
        lang: Lang::En,
        embed: None,
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn a_quiz_from_an_address_says_it_is_loading_then_why_it_cannot_be_shown() {
    let loading = Page::new(&render_loading("quizzes/x.aqz", None).await);
    assert_eq!(loading.text("[role=status]"), "Loading the quiz…");
    assert_eq!(loading.count("[role=alert]"), 0);

    // The validator's sentences, one of them hostile: all shown as text, the ninth and
    // later counted rather than listed.
    let mut sentences = vec!["The quiz file did not pass the checks (10 problems).".to_owned()];
    sentences.push("question “a”: its prompt is empty.".to_owned());
    sentences.push("question “<b>x</b>”: its id must be 1 to 40 lower-case letters.".to_owned());
    sentences.extend((3..=10).map(|n| format!("question “q{n}”: it quotes no excerpt from the article.")));
    let address = "https://news.example/q.aqz?<script>";
    let failed = Page::new(&render_loading(address, Some(sentences)).await);
    let paragraphs: Vec<String> = failed.all("[role=alert] p").iter().map(|p| p.text().collect()).collect();
    assert_eq!(
        paragraphs,
        [
            "This quiz cannot be shown.",
            "The quiz file did not pass the checks (10 problems).",
            "…and 2 more problems.",
            "Quiz file: https://news.example/q.aqz?<script>",
        ]
    );
    let items: Vec<String> = failed.all("[role=alert] li").iter().map(|li| li.text().collect()).collect();
    assert_eq!(items.len(), 8);
    assert_eq!(items[0], "Question “a”: its prompt is empty.");
    assert_eq!(items[1], "Question “<b>x</b>”: its id must be 1 to 40 lower-case letters.");
    assert_eq!(failed.count("b, script"), 0, "no text became markup");
}

#[test]
fn each_way_a_quiz_cannot_be_had_has_its_own_reason() {
    use article_quiz::ui::platform::RemoteQuizError;
    let reasons = [
        RemoteQuizError::NotWebAddress,
        RemoteQuizError::Unreachable,
        RemoteQuizError::TimedOut,
        RemoteQuizError::Status(404),
        RemoteQuizError::Status(500),
        RemoteQuizError::TooLarge,
        RemoteQuizError::NoValidator,
        RemoteQuizError::Unsound(vec!["question “a”: its prompt is empty.".into()]),
    ]
    .map(|failure| failure.sentences(Lang::En));
    assert!(reasons.iter().all(|r| !r[0].is_empty() && r[0].ends_with('.')), "{reasons:#?}");
    let firsts: std::collections::BTreeSet<&str> = reasons.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(firsts.len(), reasons.len(), "every reason differs");
    assert_eq!(reasons[4][0], "The site that has the quiz file answered with an error (500).");
    assert_eq!(
        reasons[7],
        [
            "The quiz file did not pass the checks (1 problem). If you made it, run quiz-check on its folder.",
            "question “a”: its prompt is empty.",
        ]
    );
    // What the module hands the widget comes through unchanged.
    let reported = RemoteQuizError::Reported(reasons[7].clone()).sentences(Lang::En);
    assert_eq!(reported, reasons[7]);
}

#[tokio::test]
async fn the_widget_speaks_spanish_when_asked_and_marks_the_quiz_words_as_english() {
    let quiz = loaded();
    let first = quiz.quiz.questions[0].prompt.clone();
    let total = quiz.quiz.questions.len();
    let page = Page::new(&render_props(props(quiz, "?lang=es", None)).await);
    assert_eq!(page.one("section.aq").value().attr("lang"), Some("es"));
    assert_eq!(page.text(".aq-question-heading"), format!("Pregunta 1 de {total}"));
    assert!(page.0.html().contains(&format!("0 de {total} respondidas")));
    let buttons: Vec<String> =
        page.all("button").iter().map(|b| b.text().collect::<String>().trim().to_owned()).collect();
    assert!(buttons.contains(&"Comprobar respuesta".to_owned()), "{buttons:?}");
    // The quiz itself is in English: its words say so.
    let prompt = page.one("legend.aq-prompt");
    assert_eq!(prompt.value().attr("lang"), Some("en"));
    assert_eq!(prompt.text().collect::<String>(), first);
    assert_eq!(page.one("h2.aq-title").value().attr("lang"), Some("en"));
    let source = page.one(".aq-source-title");
    assert_eq!(source.text().collect::<String>(), "Sobre «Trump Shouldn’t Forget the Iranian People»");
    assert_eq!(page.text(".aq-source-title [lang=en]"), "Trump Shouldn’t Forget the Iranian People");
}

#[tokio::test]
async fn in_the_quiz_language_nothing_is_marked_twice() {
    let page = Page::new(&render(None).await);
    assert_eq!(page.one("section.aq").value().attr("lang"), Some("en"));
    assert_eq!(page.count(".aq [lang]"), 0, "no element repeats the section's language");
}

#[tokio::test]
async fn the_widget_sets_its_own_direction_and_marks_a_right_to_left_quiz_as_such() {
    // Always its own `dir`, so that on a right-to-left page an English widget does not
    // take the page's direction.
    let page = Page::new(&render(None).await);
    assert_eq!(page.one("section.aq").value().attr("dir"), Some("ltr"));
    assert_eq!(page.count(".aq [dir]"), 0, "an English quiz in an English widget needs no other");
    // A quiz written in Persian inside the English interface: its words carry their
    // language and direction (which also isolates them inside an interface sentence).
    let mut quiz = loaded();
    quiz.quiz.meta.language = "fa".into();
    let page = Page::new(&render_props(props(quiz, "?lang=en", None)).await);
    assert_eq!(page.one("section.aq").value().attr("dir"), Some("ltr"));
    for selector in ["legend.aq-prompt", "h2.aq-title", ".aq-source-title span", ".aq-source-pub", ".aq-choice-text"] {
        let element = page.all(selector)[0];
        assert_eq!(
            (element.value().attr("lang"), element.value().attr("dir")),
            (Some("fa"), Some("rtl")),
            "{selector}"
        );
    }
    // The Persian interface on the English quiz: the widget right to left, its numbers in
    // Persian digits, and the quiz's words marked English and left to right.
    let page = Page::new(&render_props(props(loaded(), "?lang=fa", None)).await);
    let section = page.one("section.aq");
    assert_eq!((section.value().attr("lang"), section.value().attr("dir")), (Some("fa"), Some("rtl")));
    let kicker = page.text(".aq-kicker");
    assert!(kicker.starts_with("آزمونک · ۳") && kicker.ends_with(" پرسش"), "{kicker}");
    assert!(!kicker.contains(|c: char| c.is_ascii_digit()), "{kicker}");
    for selector in ["legend.aq-prompt", "h2.aq-title", ".aq-source-title span", ".aq-choice-text"] {
        let element = page.all(selector)[0];
        assert_eq!(
            (element.value().attr("lang"), element.value().attr("dir")),
            (Some("en"), Some("ltr")),
            "{selector}"
        );
    }
}

#[test]
fn the_language_is_the_one_asked_for_else_the_quiz_own_else_english() {
    assert_eq!(Lang::choose(Some("es"), "en"), Lang::Es);
    assert_eq!(Lang::choose(Some("es-MX"), "en"), Lang::Es);
    assert_eq!(Lang::choose(Some("ES_es"), "en"), Lang::Es);
    assert_eq!(Lang::choose(None, "es"), Lang::Es);
    assert_eq!(Lang::choose(Some("fr"), "es-AR"), Lang::Es, "an unknown language falls back to the quiz's");
    assert_eq!(Lang::choose(Some("fr"), "fr"), Lang::En);
    assert_eq!(Lang::choose(Some("<script>"), ""), Lang::En);
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        assert_eq!(lang.text().lang, lang);
    }
}

#[test]
fn every_language_has_every_string() {
    use article_quiz::ui::i18n::Table;
    // Each language's strings are a table of the same shape as English's: none may be
    // empty, and a translation that is the English word for word is most likely a
    // forgotten one (a string with no letters, such as ", ", may be the same). A string holds no line break (its language's file is a line each).
    assert_eq!(EN.words.lines().len(), 116, "the English catalogue's strings");
    assert!(EN.reasons.is_none(), "English says the core's own reasons");
    for lang in Lang::ALL {
        let text = lang.text();
        let reasons = text.reasons.as_ref().map_or(&[][..], Table::lines);
        for line in text.words.lines().iter().chain(reasons) {
            assert!(!line.trim().is_empty() && !line.contains(['\n', '\r']), "{lang:?}: {line:?}");
        }
        if lang == Lang::En {
            continue;
        }
        // Every language but English has the core's reasons in its own words
        // (every_reason_from_the_core_is_said_in_each_language).
        assert_eq!(reasons.len(), 20, "{lang:?}: the reasons' strings");
        let same: Vec<&&str> = EN
            .words
            .lines()
            .iter()
            .zip(text.words.lines())
            .filter(|(a, b)| a == b && a.contains(char::is_alphabetic))
            .map(|(a, _)| a)
            .collect();
        assert_eq!(same, Vec::<&&str>::new(), "{lang:?}: untranslated");
    }
    // Persian writes its own digits, in its fixed strings as in its sentences.
    for line in FA.words.lines().iter().chain(FA.reasons.as_ref().map_or(&[][..], Table::lines)) {
        assert!(!line.contains(|c: char| c.is_ascii_digit()), "{line}");
    }
    assert_eq!(FA.tally(3, 1, 12), "۳ درست · ۱ تا اندازه‌ای درست · ۱۲ نادرست");
    assert_eq!(FA.position(2, 31), "پرسش ۲ از ۳۱");
    assert_eq!(FA.percent(45), "۴۵٪");
    // The formatted ones, by example.
    assert_eq!(ES.tally(3, 1, 2), "3 bien · 1 en parte · 2 falladas");
    assert_eq!(ES.retry_missed(2), "Repetir las 2 preguntas falladas");
    // Each name isolated, so that one written right to left keeps its order.
    assert_eq!(
        ES.byline(&["A".into(), "B".into(), "C".into()]),
        "por \u{2068}A\u{2069}, \u{2068}B\u{2069} y \u{2068}C\u{2069}"
    );
    assert_eq!(
        FA.byline(&["A".into(), "B".into(), "C".into()]),
        "نوشتهٔ \u{2068}A\u{2069}، \u{2068}B\u{2069} و \u{2068}C\u{2069}"
    );
    assert_eq!(
        EN.byline(&["A".into(), "B".into(), "C".into()]),
        "by \u{2068}A\u{2069}, \u{2068}B\u{2069} and \u{2068}C\u{2069}"
    );
}

#[test]
fn each_language_s_words_file_reads_back_as_its_words_and_a_damaged_one_is_refused() {
    // The widget on the web has English compiled in and reads another language's words
    // from the file the build writes (src/bin/words.rs).
    use article_quiz::ui::i18n::Text;
    let leak = |file: String| -> &'static str { Box::leak(file.into_boxed_str()) };
    for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::En) {
        let file = lang.words_file();
        assert_eq!(Text::from_words_file(leak(file.clone())).as_ref(), Some(lang.text()), "{lang:?}");
        assert_eq!(Text::from_words_file(leak(format!("{file}\n"))).as_ref(), Some(lang.text()), "a final newline");
        let lines: Vec<&str> = file.split('\n').collect();
        assert_eq!(Text::from_words_file(leak(lines[..lines.len() - 1].join("\n"))), None, "a line short");
        assert_eq!(Text::from_words_file(leak(format!("{file}\nmore"))), None, "a line too many");
        // As many lines, written for tables of another shape (an older build's file).
        let (first, rest) = file.split_once('\n').unwrap();
        assert_eq!(first, format!("{} {:08x}", lang.tag(), Text::SHAPE));
        let other = format!("{} {:08x}\n{rest}", lang.tag(), Text::SHAPE ^ 1);
        assert_eq!(Text::from_words_file(leak(other)), None, "another shape");
        assert_eq!(Text::from_words_file(leak(format!("{}\n{rest}", lang.tag()))), None, "no shape");
    }
    assert!(!Lang::Es.load(Lang::Fa.words_file()), "another language's file");
    assert!(!Lang::Es.load("<html>not found</html>".into()));
    assert!(Lang::Es.load(Lang::Es.words_file()));
}

#[test]
fn every_reason_from_the_core_is_said_in_each_language() {
    // The reasons the core gives for a broken link, a damaged or foreign save, a session
    // that cannot be made and a quiz file that cannot be read reach the reader inside the
    // widget's sentences: each language says every one of them, none as the English.
    use article_quiz::quiz::bundle::ReadError;
    use article_quiz::quiz::link::LinkError;
    use article_quiz::quiz::saved::LoadError;
    use article_quiz::quiz::session::SessionError;
    let sessions = || {
        [
            SessionError::UnknownQuestion("q1".into()),
            SessionError::RepeatedQuestion("q1".into()),
            SessionError::NoQuestions,
            SessionError::OtherQuiz,
            SessionError::Damaged("its answers are out of range"),
        ]
    };
    let links = [
        LinkError::Empty,
        LinkError::Truncated,
        LinkError::Mistyped,
        LinkError::NewerFormat,
        LinkError::OtherQuiz,
        LinkError::UnknownQuestions(1),
        LinkError::UnknownQuestions(3),
        LinkError::TooLong,
        LinkError::RepeatedQuestion,
    ];
    let saves = [LoadError::Foreign, LoadError::NewerFormat, LoadError::Damaged];
    let reads = [ReadError::NotABundle, ReadError::NewerFormat(9), ReadError::TooLarge, ReadError::Damaged];
    let said = |t: &article_quiz::ui::i18n::Text| -> Vec<String> {
        links
            .iter()
            .map(|why| t.link_problem(why))
            .chain(saves.iter().map(|why| t.save_problem(why)))
            .chain(sessions().iter().map(|why| t.session_problem(why)))
            .chain(reads.iter().map(|why| t.read_problem(why)))
            .collect()
    };
    let english = said(&EN);
    // English says the core's own words.
    assert_eq!(english[0], LinkError::Empty.to_string());
    for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::En) {
        let words = said(lang.text());
        for (theirs, ours) in words.iter().zip(&english) {
            assert!(!theirs.trim().is_empty(), "{lang:?}: an empty reason for “{ours}”");
            assert_ne!(theirs, ours, "{lang:?}: untranslated");
        }
        let distinct: std::collections::BTreeSet<&String> = words.iter().collect();
        // The two damaged saves (the core's and the session's) are one reason to a reader.
        assert_eq!(distinct.len(), words.len() - 1, "{lang:?}: {words:#?}");
        // A save that holds a session the quiz cannot take back says the session's reason.
        for why in sessions() {
            assert_eq!(lang.text().save_problem(&LoadError::Session(why.clone())), lang.text().session_problem(&why));
        }
    }
    assert_eq!(
        ES.link_problem(&LinkError::UnknownQuestions(3)),
        "el enlace pide 3 preguntas que este cuestionario ya no tiene"
    );
}

#[tokio::test]
async fn a_broken_link_and_a_damaged_save_are_explained_in_spanish() {
    let page = render_props(props(loaded(), "?lang=es#a=AAAA", None)).await;
    assert!(page.contains("No se ha podido abrir este enlace del cuestionario: el enlace"), "{page}");
    let damaged = render_props(props(loaded(), "?lang=es", Some("aq-progress/1:garbage".into()))).await;
    assert!(damaged.contains(
        "No se ha podido recuperar tu progreso guardado (el progreso guardado está dañado), así que el cuestionario empieza de cero."
    ), "{damaged}");
}

proptest::proptest! {
    #[test]
    fn a_number_shown_to_a_reader_reads_back_as_the_same_number(whole in 0u64..10_000_000_000, hundredths in 0u64..100) {
        // The feedback shows the answer, and a resumed field shows what was typed, in the
        // reader's language; typed back, it must be the same number (60.000 in Spanish
        // is sixty thousand, not sixty).
        let x = whole as f64 + hundredths as f64 / 100.0;
        for lang in Lang::ALL {
            let t = lang.text();
            let shown = article_quiz::ui::components::describe::group(t, x);
            let back = t.read_number(&shown);
            proptest::prop_assert!(back.is_some_and(|y| (y - x).abs() < 1e-6), "{lang:?}: {x} shown as {shown}, read as {back:?}");
        }
    }
}

#[test]
fn points_are_written_as_the_language_writes_numbers() {
    use article_quiz::quiz::scoring::Points;
    assert_eq!(EN.earned(Points(50), Points(100), true), "You earned 0.5 of 1 point (partial credit).");
    assert_eq!(ES.earned(Points(50), Points(200), true), "Has obtenido 0,5 de 2 puntos (puntuación parcial).");
    assert_eq!(ES.score_line(Points(1_250), Points(2_500)), "12,5 de 25 puntos");
    assert_eq!(FA.earned(Points(50), Points(200), true), "۰٫۵ از ۲ امتیاز را به دست آوردید (امتیاز بخشی).");
    assert_eq!(FA.score_line(Points(1_250), Points(2_500)), "۱۲٫۵ از ۲۵ امتیاز");
}

#[tokio::test]
async fn the_prerendered_first_screen_is_the_fresh_first_question_with_its_seed() {
    use article_quiz::ui::pages::first_screen::{self, SEED};
    let template = first_screen::template(loaded()).await;
    let page = Page::new(&template);
    let outer = page.one("template");
    assert_eq!(outer.value().attr("id"), Some("aq-first-screen"));
    assert_eq!(outer.value().attr("data-progress-key"), Some("article-quiz:iranian-people:progress"));
    assert_eq!(outer.value().attr("data-failed"), Some(EN.did_not_start));
    assert_eq!(outer.value().attr("data-options"), Some("a mode lang quiz"));
    assert_eq!(outer.value().attr("data-loading"), Some(EN.loading));
    // Every style parameter, with the property it sets, for a screen shown in a frame.
    let style: Vec<(&str, &str)> =
        outer.value().attr("data-style-params").unwrap().split(' ').filter_map(|pair| pair.split_once('=')).collect();
    assert_eq!(style, article_quiz::quiz::host::STYLE_PARAMS);
    // The screen itself, usable (the page's script keeps what the reader does there for
    // the live widget), with the seed the live widget then starts from.
    let screen = page.one("[data-aq-first-screen]");
    assert_eq!(screen.value().attr("data-aq-first-screen"), Some(SEED.to_string().as_str()));
    assert_eq!(screen.value().attr("inert"), None);
    let text = screen.text().collect::<String>();
    let total = loaded().quiz.questions.len();
    assert!(
        text.contains(&format!("Question 1 of {total}")) && text.contains(&format!("0 of {total} answered")),
        "{text}"
    );
    assert!(!template.contains("<script"), "markup only: the page's script shows it");
    // Exactly what the page's start-up renders live on a standalone page whose address
    // carries no option of the widget's (tracking parameters and an anchor are fine),
    // with no saved progress, after the screen was shown with that seed: a fresh
    // practice session, in English, at question 1. Built from the address, not from
    // `first_screen::props`, so that either drifting from the other fails here.
    let plain = "https://news.example/quiz/?utm_source=newsletter#comments";
    assert!(Launch::parse(plain).is_plain());
    let live = render_started(plain, SEED).await;
    assert!(template.contains(&live));
    let live = Page::new(&live);
    assert_eq!(live.count("#aq-mode-practice[checked]:not([disabled])"), 1, "a fresh practice session");
    assert_eq!(live.one("section.aq").value().attr("lang"), Some("en"));
    assert_ne!(render_started(plain, SEED + 1).await, render_started(plain, SEED).await, "the seed orders the options");
    // An option that changes the first screen is one the page's script looks for, and
    // the widget then starts elsewhere than the prerendered screen.
    let options: Vec<&str> = outer.value().attr("data-options").unwrap().split(' ').collect();
    for address in ["?mode=test", "?lang=es", "?quiz=quiz.aqz", "#a=ARv64"] {
        let name = address[1..].split('=').next().unwrap();
        assert!(options.contains(&name), "{name}");
        assert!(!Launch::parse(address).is_plain(), "{address}");
        // (A quiz from an address starts on its loading screen, before any of this.)
        if name != "quiz" {
            assert!(!template.contains(&render_started(address, SEED).await), "{address} starts elsewhere");
        }
    }

    // A quiz folder's name ends up in the storage key; it stays inside its attribute.
    let mut hostile = loaded();
    hostile.quiz.slug = "x\"><img src=x onerror=alert(1)>".into();
    let template = first_screen::template(hostile).await;
    assert!(
        template.contains("data-progress-key=\"article-quiz:x&quot;&gt;&lt;img src=x onerror=alert(1)&gt;:progress\"")
    );
    assert!(!template.contains("<img"));
}

/// What the page's start-up renders for the widget at `address` with no saved progress,
/// when the page showed the prerendered screen seeded with `seed`.
async fn render_started(address: &str, seed: u64) -> String {
    let start = Start { embed: None, first_screen: Some(seed), random_seed: 7, now_ms: 1_000 };
    let props = AppProps::new(loaded(), &Launch::parse(address), |_| None, start);
    yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await
}

#[test]
fn a_browser_that_keeps_nothing_is_told_once() {
    use article_quiz::ui::app::state::{QuizState, UiAction};
    use std::rc::Rc;
    use yew::Reducible;
    let loaded = loaded();
    let session = Session::new(&loaded.quiz, loaded.fingerprint, Settings::new(Mode::Practice, 1), 0).unwrap();
    let state = Rc::new(QuizState::new(Rc::new(loaded), session, None));
    assert!(!state.not_saved);
    let told = state.reduce(UiAction::NotSaved);
    assert!(told.not_saved && !told.not_saved_dismissed);
    // A second refusal is the same state: nothing re-renders, nothing is said again.
    let again = told.clone().reduce(UiAction::NotSaved);
    assert!(Rc::ptr_eq(&told, &again));
    let dismissed = again.reduce(UiAction::DismissNotSaved);
    assert!(dismissed.not_saved && dismissed.not_saved_dismissed);
    assert!(Rc::ptr_eq(&dismissed, &dismissed.clone().reduce(UiAction::NotSaved)), "and stays dismissed");
}

#[test]
fn the_state_keeps_what_happened_and_the_view_says_it_in_the_readers_language() {
    use article_quiz::quiz::link::LinkError;
    use article_quiz::ui::app::state::{Announcement, Notice, QuizState, UiAction};
    use std::rc::Rc;
    use yew::Reducible;
    let loaded = loaded();
    let session = Session::new(&loaded.quiz, loaded.fingerprint, Settings::new(Mode::Practice, 1), 0).unwrap();
    let state = Rc::new(QuizState::new(Rc::new(loaded), session, None));
    let restarted = state.reduce(UiAction::Restart { mode: Some(Mode::Test), seed: 2, now_ms: 0 });
    let said = restarted.announcement.expect("a fresh session is announced");
    assert_eq!(said, Announcement::ModeStarted(Mode::Test));
    assert_eq!(said.words(&EN), "Test mode: feedback at the end.");
    assert_eq!(said.words(&ES), "Modo examen: corrección al final.");
    let notice = Notice::BrokenLink(LinkError::OtherQuiz);
    assert!(notice.words(&ES).starts_with("No se ha podido abrir este enlace del cuestionario: "));
    assert!(notice.words(&EN).starts_with("This quiz link could not be opened: "));
}

#[test]
fn a_named_embed_keeps_its_own_progress_and_first_reads_the_shared_one() {
    use article_quiz::quiz::host::Embed;
    use article_quiz::quiz::saved;
    assert_eq!(saved::storage_key("q", 0, ""), "article-quiz:q:progress");
    assert_eq!(saved::storage_key("q", 0, "left"), "article-quiz:q:progress:left");
    assert_eq!(saved::storage_key("q", 0xab, "left"), "article-quiz:q:000000ab:progress:left");
    let loaded = || bundle::decode(DEFAULT_BUNDLE).unwrap();
    let slug = loaded().quiz.slug;
    let embed = |instance: &str| Embed {
        target: "*".into(),
        host_origin: None,
        instance: instance.into(),
        activity: String::new(),
        element: Some(0),
        keeps_progress: false,
    };
    let start = |instance: &str| Start { embed: Some(embed(instance)), first_screen: None, random_seed: 1, now_ms: 0 };
    let (own, shared) = (saved::storage_key(&slug, 0, "left"), saved::shared_key(&slug, 0));
    let both =
        |key: &str| (key == own).then(|| "own".to_owned()).or_else(|| (key == shared).then(|| "shared".to_owned()));
    let only_shared = |key: &str| (key == shared).then(|| "shared".to_owned());
    let read = |stored: &dyn Fn(&str) -> Option<String>, instance: &str| {
        AppProps::new(loaded(), &Launch::default(), stored, start(instance)).saved.map(|s| s.to_string())
    };
    assert_eq!(read(&both, "left").as_deref(), Some("own"));
    assert_eq!(read(&only_shared, "left").as_deref(), Some("shared"), "what was kept before, once");
    assert_eq!(read(&both, "").as_deref(), Some("shared"), "an unnamed embed keeps the shared key");
}

/// The JavaScript beside the wasm writes the page's names as the Rust does: the first
/// screen's script (which runs before any wasm, so it cannot share the code) and the
/// script embed's loader. Each name the Rust defines is written where the script uses it,
/// and every id, class or attribute the scripts name is one the Rust defines, so a name
/// changed on either side fails here. (The address and style rules the first screen
/// shares with the core are tested against shared vectors: tests/fixtures/contract/.)
#[tokio::test]
async fn the_pages_scripts_use_the_names_the_rust_defines() {
    use article_quiz::quiz::launch::{Field, MAX_INSTANCE, Scheme};
    use article_quiz::ui::components::ids;
    use article_quiz::ui::pages::first_screen;
    let read =
        |path: &str| std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/").to_owned() + path).unwrap();
    let (screen, embed) = (read("scripts/first-screen.js"), read("embed/article-quiz.js"));

    let expected_in_screen = [
        format!("document.getElementById(\"{}\")", ids::FIRST_SCREEN_TEMPLATE),
        format!("document.getElementById(\"{}\")", ids::ROOT),
        format!("querySelector(\"[{}]\")", ids::FIRST_SCREEN),
        format!("setAttribute(\"{}\", \"\")", ids::FIRST_SCREEN),
        format!("querySelector(\"#{}\")", ids::PRIMARY),
        format!("querySelector(\"#{}\")", ids::QUESTION_HEADING),
        format!("name?.startsWith(\"{}\")", ids::MODE),
        format!("className = \"{}\"", ids::CRASH),
        format!("classList.add(\"{}\")", ids::EMBEDDED),
        format!("setAttribute(\"{}\", scheme)", ids::SCHEME),
        format!("param(\"{}\")", Field::Instance.param()),
        format!("param(\"{}\")", Field::Scheme.param()),
        format!(".slice(0, {MAX_INSTANCE})"),
        format!("scheme === \"{}\" || scheme === \"{}\"", Scheme::Light.key(), Scheme::Dark.key()),
    ];
    for expected in &expected_in_screen {
        assert!(screen.contains(expected.as_str()), "scripts/first-screen.js does not write {expected}");
    }
    let expected_in_embed = [
        format!("const MOUNTED = \"{}\";", ids::EMBED_MOUNTED),
        format!("const SELECTOR = \"div[{}], {}\";", ids::EMBED, ids::ROOT),
    ];
    for expected in &expected_in_embed {
        assert!(embed.contains(expected.as_str()), "embed/article-quiz.js does not write {expected}");
    }
    let results = read("embed/results.js");
    for expected in
        [format!("const SLOT = \"{}\";", ids::SERVER_HAND_IN), format!("const CODE = \"{}\";", ids::RESULT_CODE)]
    {
        assert!(results.contains(expected.as_str()), "embed/results.js does not write {expected}");
    }
    // Its words, in every language the widget speaks: English's in it, the others' beside it
    // (tests/e2e/classes.test.mjs checks each is translated).
    assert!(results.contains("export const EN = {"), "embed/results.js has no words in English");
    for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::En) {
        let words = format!("embed/i18n/results.{}.js", lang.tag());
        assert!(std::path::Path::new(&words).is_file(), "the results module has no words in {}: {words}", lang.tag());
    }

    // Every `aq-…` or `data-…` name quoted in the scripts is one of the Rust's.
    let known = [
        ids::FIRST_SCREEN_TEMPLATE,
        ids::FIRST_SCREEN,
        ids::PRIMARY,
        ids::QUESTION_HEADING,
        ids::MODE,
        ids::CRASH,
        ids::SCHEME,
        ids::EMBED,
        ids::EMBED_MOUNTED,
    ];
    for (file, text) in [("scripts/first-screen.js", &screen), ("embed/article-quiz.js", &embed)] {
        let code: String =
            text.lines().filter(|line| !line.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        for quoted in code.split('"').skip(1).step_by(2) {
            for name in quoted.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')) {
                if name.starts_with("aq-") || name.starts_with("data-") {
                    assert!(
                        known.contains(&name),
                        "{file} names {name:?}, which the Rust does not define (src/ui/components/ids.rs)"
                    );
                }
            }
        }
    }

    // What the script reads from the template's data (`template.dataset.…`), the template
    // the Rust prerenders carries.
    let template = first_screen::template(loaded()).await;
    let outer = Page::new(&template);
    let outer = outer.one("template");
    let reads: Vec<&str> = screen
        .split("template.dataset.")
        .skip(1)
        .map(|rest| rest.split(|c: char| !c.is_ascii_alphanumeric()).next().unwrap())
        .collect();
    assert!(reads.len() >= 4, "{reads:?}");
    for property in reads {
        let attribute: String = property
            .chars()
            .flat_map(|c| if c.is_ascii_uppercase() { vec!['-', c.to_ascii_lowercase()] } else { vec![c] })
            .collect();
        assert!(
            outer.value().attr(&format!("data-{attribute}")).is_some(),
            "scripts/first-screen.js reads template.dataset.{property}, which the prerendered template lacks"
        );
    }
}
