//! The validator rejects each kind of broken quiz with a message that names the
//! question and the problem, and passes a sound one.
//!
//! Each case copies the small, sound quiz in `tests/fixtures/riverton`, breaks it in one
//! way, and checks what `quiz-check` would say.

use std::fs;

use article_quiz_core::source::{Failure, check_dir};

use crate::common;

const FIXTURE: &str = "tests/fixtures/riverton";

/// A copy of the fixture's folder ([`common::copy_quiz`]).
fn copy_fixture() -> (tempfile::TempDir, std::path::PathBuf) {
    common::copy_quiz(FIXTURE)
}

/// What the validator says of the fixture broken one way ([`common::break_quiz`]).
fn break_fixture(file: &str, find: &str, replace: &str) -> String {
    common::break_quiz(FIXTURE, file, find, replace)
}

#[test]
fn the_sound_fixture_passes() {
    let quiz = check_dir(&common::at(FIXTURE)).expect("fixture is sound");
    assert_eq!(quiz.questions.len(), 6);
    assert_eq!(quiz.slug, "riverton");
}

#[test]
fn each_broken_quiz_is_rejected_with_a_message_naming_question_and_problem() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            // An excerpt that is not in the article: the closest passage is shown.
            "quiz.toml",
            "excerpts = [\"It voted 7 to 2",
            "excerpts = [\"It voted 8 to 1",
            "question “vote” (quiz.toml line 4): excerpt 1 is not word for word in the article. \
             The closest passage in the article is “It voted 7 to 2 to build a new library — the first in forty years.”",
        ),
        (
            // The most common slip: straight quotes where the article has curly ones.
            "quiz.toml",
            "would “open doors” for",
            "would \\\"open doors\\\" for",
            "question “views” (quiz.toml line 17): excerpt 1 is not word for word in the article: \
             it differs only in quote marks, dashes or spacing. The article has “Supporters said the library would “open doors” for children.”",
        ),
        (
            // A hyphen typed for the article's dash.
            "quiz.toml",
            "new library — the first",
            "new library - the first",
            "question “vote” (quiz.toml line 4): excerpt 1 is not word for word in the article: \
             it differs only in quote marks, dashes or spacing. The article has “It voted 7 to 2 to build a new library — the first in forty years.”",
        ),
        (
            "quiz.toml",
            "id = \"museum\"",
            "id = \"views\"",
            "question “views” (quiz.toml line 32): its id is used by another question too",
        ),
        (
            "quiz.toml",
            "answer = \"a\"",
            "answer = \"c\"",
            "question “vote” (quiz.toml line 4): its answer key names “c”, which is not one of its options",
        ),
        (
            "quiz.toml",
            "answer = [\"a\", \"b\"]",
            "answer = []",
            "question “views” (quiz.toml line 17): no option is marked correct",
        ),
        (
            "quiz.toml",
            "answer = [\"a\", \"b\"]",
            "answer = [\"a\", \"b\", \"c\"]",
            "question “views” (quiz.toml line 17): every option is marked correct",
        ),
        (
            "quiz.toml",
            "\"Work begins\", \"Work ends\"",
            "\"Work begins\", \"Work begins\"",
            "question “schedule” (quiz.toml line 41): the item “Work begins” appears twice",
        ),
        (
            "quiz.toml",
            "\"The mayor promised a vote on the budget in March.\",",
            "\"The mayor promised a vote in March.\",",
            "question “evidence” (quiz.toml line 62): its passage is not consecutive sentences of the article",
        ),
        (
            "quiz.toml",
            "answer = \"Nobody objected to that part.\"",
            "answer = \"Nobody objected.\"",
            "question “evidence” (quiz.toml line 62): its answer “Nobody objected.” is not one of the sentences of its passage",
        ),
        (
            "quiz.toml",
            "prompt = \"How did the council vote?\"",
            "prompt = \"  \"",
            "question “vote” (quiz.toml line 4): its prompt is empty",
        ),
        (
            "quiz.toml",
            "{ id = \"b\", text = \"2 to 7 against\", feedback = \"It passed.\" }",
            "{ id = \"b\", text = \"\", feedback = \"It passed.\" }",
            "question “vote” (quiz.toml line 4): its option text is empty",
        ),
        (
            "quiz.toml",
            "explanation = \"So the article says.\"",
            "explanation = \"\"",
            "question “museum” (quiz.toml line 32): its explanation is empty",
        ),
        (
            "quiz.toml",
            "answer = 12000000",
            "answer = 13000000",
            "question “cost” (quiz.toml line 51): none of its excerpts contains the answer 13000000",
        ),
        (
            // Quoting the publisher's boilerplate after the article's body.
            "quiz.toml",
            "excerpts = [\"The old building would become a museum.\"]",
            "excerpts = [\"Letters to the editor: write to us\"]",
            "question “museum” (quiz.toml line 32): excerpt 1 is from paragraph 4, which is not part of the article's body",
        ),
        (
            "quiz.toml",
            "answer = true",
            "answer = \"true\"",
            "question “museum” (quiz.toml line 32): its answer must be true or false, without quotes",
        ),
        (
            "quiz.toml",
            "items = [",
            "answer = [\"a\"]\nitems = [",
            "question “schedule” (quiz.toml line 41): its answer must be absent",
        ),
        ("quiz.toml", "id = \"vote\"", "id = \"Vote 1\"", "question “Vote 1” (quiz.toml line 4): its id must be"),
    ];
    let mut failures = Vec::new();
    for (file, find, replace, expected) in cases {
        let said = break_fixture(file, find, replace);
        if !said.contains(expected) {
            failures
                .push(format!("after replacing {find:?} with {replace:?}\n  expected: {expected}\n  said:     {said}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_malformed_file_is_reported_with_file_line_and_field() {
    let cases: &[(&str, &str, &str, &str)] = &[
        // Bad syntax: an unclosed string.
        ("quiz.toml", "prompt = \"How did the council vote?\"", "prompt = \"How did the council vote?", "quiz.toml:8:"),
        // A missing field.
        ("quiz.toml", "explanation = \"It voted 7 to 2.\"\n", "", "missing field `explanation`"),
        // A misspelt field.
        (
            "quiz.toml",
            "explanation = \"It voted 7 to 2.\"",
            "explanaton = \"It voted 7 to 2.\"",
            "unknown field `explanaton`",
        ),
        // A wrong type, named by its key.
        ("quiz.toml", "points = 2\nprompt = \"What", "points = \"two\"\nprompt = \"What", "(in `questions.points`)"),
        (
            "meta.toml",
            "body_paragraphs = 3",
            "body_paragraphs = \"3\"",
            "meta.toml:9:19: invalid type: string \"3\", expected usize (in `article.body_paragraphs`)",
        ),
        // An unknown kind.
        ("quiz.toml", "kind = \"single\"", "kind = \"singel\"", "unknown variant `singel`, expected one of"),
    ];
    for (file, find, replace, expected) in cases {
        let said = break_fixture(file, find, replace);
        assert!(said.contains(expected), "after replacing {find:?}: expected {expected:?} in {said:?}");
        assert!(said.contains(file), "the message names the file: {said}");
    }
}

#[test]
fn a_missing_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let quiz_dir = dir.path().join("empty");
    fs::create_dir(&quiz_dir).unwrap();
    let Err(Failure::Source(error)) = check_dir(&quiz_dir) else { panic!("an empty folder is not a quiz") };
    assert!(error.to_string().ends_with("meta.toml: the file is missing"), "{error}");
}

#[test]
fn every_problem_is_listed_not_only_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let quiz_dir = dir.path().join("riverton");
    fs::create_dir(&quiz_dir).unwrap();
    for name in ["article.txt", "meta.toml"] {
        fs::copy(common::at(FIXTURE).join(name), quiz_dir.join(name)).unwrap();
    }
    let text = fs::read_to_string(common::at(FIXTURE).join("quiz.toml"))
        .unwrap()
        .replacen("answer = \"a\"", "answer = \"z\"", 1)
        .replacen("It voted 7 to 2 to build", "It voted 9 to 0 to build", 1)
        .replacen("answer = 12000000", "answer = 1", 1);
    fs::write(quiz_dir.join("quiz.toml"), text).unwrap();
    let Err(Failure::Problems(problems)) = check_dir(&quiz_dir) else { panic!("three problems expected") };
    let ids: Vec<_> = problems.iter().map(|p| p.question.as_deref().unwrap_or("-")).collect();
    // The question with a bad key still has its excerpt checked.
    assert_eq!(ids, ["vote", "vote", "cost"], "{problems:#?}");
}

#[test]
fn numbers_are_written_as_prose_writes_them() {
    use article_quiz_core::validate::{format_number, group_thousands};
    let written: Vec<String> = [22.0, 901.0, 2.5, -3.0, 0.125, 1.0 / 3.0, 60_000.0, -0.0].map(format_number).into();
    assert_eq!(written, ["22", "901", "2.5", "-3", "0.125", "0.333333", "60000", "0"]);
    assert_eq!(group_thousands("60000"), "60,000");
    assert_eq!(group_thousands("1234567.5"), "1,234,567.5");
    assert_eq!(group_thousands("-999"), "-999");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Whatever a quiz file holds, the validator answers with a message, never a panic.
    #[test]
    fn any_quiz_file_gets_an_answer_not_a_panic(
        cut in 0usize..4000,
        noise in "[\\[\\]{}=\"'#\\n a-z0-9,.“”—]{0,80}",
    ) {
        let dir = tempfile::tempdir().unwrap();
        let quiz_dir = dir.path().join("riverton");
        fs::create_dir(&quiz_dir).unwrap();
        for name in ["article.txt", "meta.toml"] {
            fs::copy(common::at(FIXTURE).join(name), quiz_dir.join(name)).unwrap();
        }
        let sound = fs::read_to_string(common::at(FIXTURE).join("quiz.toml")).unwrap();
        let mut at = cut.min(sound.len());
        while !sound.is_char_boundary(at) {
            at -= 1;
        }
        fs::write(quiz_dir.join("quiz.toml"), format!("{}{noise}{}", &sound[..at], &sound[at..])).unwrap();
        if let Err(failure) = check_dir(&quiz_dir) {
            proptest::prop_assert!(!failure.to_string().trim().is_empty());
        }
    }
}

#[test]
fn a_hostile_bundle_is_judged_in_full_with_a_bounded_search_for_hints() {
    use article_quiz_core::bundle;
    use article_quiz_core::validate::{Hints, MAX_QUESTIONS};
    // The most questions a bundle may have, each with eight quotes that are not in the
    // article: every problem is reported, but only the first few are searched for the
    // closest passage, which costs a pass over the article each (the browser runs this).
    let mut quiz = check_dir(&common::at(FIXTURE)).expect("fixture is sound");
    let model = quiz.questions[0].clone();
    quiz.questions = (0..MAX_QUESTIONS)
        .map(|i| {
            let mut question = model.clone();
            question.id = format!("q{i}");
            question.excerpts = (0..8).map(|j| format!("It voted {i} to {j} to build a new library.")).collect();
            question
        })
        .collect();
    let problems = bundle::check(&bundle::encode(&quiz));
    // (Among 200 made-up ids, two also share a short name in links, which is reported too.)
    let not_quoted = problems.iter().filter(|p| p.contains("is not word for word in the article")).count();
    assert_eq!(not_quoted, MAX_QUESTIONS * 8);
    let hinted = problems.iter().filter(|p| p.contains("The closest passage in the article is")).count();
    assert_eq!(hinted, Hints::MAX);
    assert!(problems[0].ends_with("is “It voted 7 to 2 to build a new library”."), "{}", problems[0]);
}

/// The riverton quiz with `retired` ids and its first question renamed to `id`: what the
/// validator says of it.
fn with_retired(retired: &str, id: &str) -> Result<article_quiz_core::Quiz, String> {
    let first = "[[questions]]\nid = \"vote\"";
    edited(first, &format!("retired = {retired}\n\n[[questions]]\nid = \"{id}\""))
}

#[test]
fn retired_ids_are_data_and_are_never_used_again() {
    use article_quiz_core::codec::short_name;

    let quiz = with_retired("[\"old-vote\", \"poll\"]", "vote").expect("retiring ids is sound");
    assert_eq!(quiz.retired, ["old-vote", "poll"]);

    // A retired id used again.
    assert_eq!(
        with_retired("[\"old-vote\", \"poll\"]", "poll").unwrap_err(),
        "question “poll” (quiz.toml line 6): its id was retired (the quiz lists it in `retired`), and a retired id \
         is never used again; give the question a new id.\n"
    );
    // A new id whose short name in links is a retired one's: an old link naming the
    // retired question would open the new one.
    let clash = (0..).map(|n| format!("ballot-{n}")).find(|id| short_name(id) == short_name("old-vote")).unwrap();
    assert_eq!(
        with_retired("[\"old-vote\", \"poll\"]", &clash).unwrap_err(),
        format!(
            "question “{clash}” (quiz.toml line 6): its id has the same short name in links as the retired id \
             “old-vote”, so an old link naming that question would open this one; choose another id.\n"
        )
    );
    // The near twin: another new id is fine.
    assert!(with_retired("[\"old-vote\", \"poll\"]", "ballot").is_ok());
    assert_eq!(
        with_retired("[\"poll\", \"poll\"]", "vote").unwrap_err(),
        "quiz: the retired id “poll” appears twice.\n"
    );
}

#[test]
fn retired_ids_travel_in_bundles_and_files() {
    use article_quiz_core::{bundle, files};

    let quiz = with_retired("[\"old-vote\", \"poll\"]", "vote").unwrap();
    assert_eq!(bundle::decode(&bundle::encode(&quiz)).unwrap().quiz, quiz);
    let written = files::write(&quiz).unwrap();
    assert!(written.quiz.contains("\nretired = [\"old-vote\", \"poll\"]\n"), "{}", written.quiz);
}

/// A bundle published before quizzes had retired ids (format 1, written by that
/// version's `quiz-check --bundle` from the riverton fixture) still opens, as the same
/// quiz retiring nothing; a format newer than this version's is named as such.
#[test]
fn a_bundle_from_before_retired_ids_still_opens() {
    use article_quiz_core::bundle::{self, BundleError, ReadError};

    let old = fs::read(common::at("tests/fixtures/riverton-format1.aqz")).unwrap();
    assert_eq!(old[4], 1, "the fixture is a format 1 bundle");
    let loaded = bundle::decode(&old).expect("a format 1 bundle is read and sound");
    assert_eq!(loaded.quiz, check_dir(&common::at(FIXTURE)).unwrap());
    assert!(loaded.quiz.retired.is_empty());
    // Written again, a quiz that retires nothing keeps format 1, byte for byte: saved
    // progress (keyed by the bytes) and widgets of that time are untouched.
    assert_eq!(bundle::encode(&loaded.quiz), fs::read(common::at("tests/fixtures/riverton-format1.aqz")).unwrap());
    let retiring = with_retired("[\"old-vote\"]", "vote").unwrap();
    assert_eq!(bundle::encode(&retiring)[4], 2, "retired ids, and nothing of format 3");

    let mut newer = old.clone();
    newer[4] = bundle::FORMAT + 1;
    assert_eq!(bundle::decode(&newer), Err(BundleError::Read(ReadError::NewerFormat(bundle::FORMAT + 1))));
    let mut cut = old;
    cut.truncate(cut.len() - 1);
    assert_eq!(bundle::decode(&cut), Err(BundleError::Read(ReadError::Damaged)));
}

/// The quiz's name in addresses is checked as question ids are, and meta.toml keeps it,
/// so that files opened anywhere (the editor has no folder) name the quiz as before.
#[test]
fn the_quiz_name_is_checked_and_kept_in_meta_toml() {
    use article_quiz_core::files;
    use article_quiz_core::source::{Texts, read_texts};
    use article_quiz_core::validate::{Issue, validate};

    let mut quiz = check_dir(&common::at(FIXTURE)).unwrap();
    quiz.slug = "Refugee Learning Center!".into();
    let problems = validate(&quiz);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        problems[0].to_string(),
        "quiz: its name in addresses, “Refugee Learning Center!”, must be 1 to 40 lower-case letters, digits and \
         hyphens, such as “iranian-people”."
    );
    assert_eq!(problems[0].issue, Issue::BadName("Refugee Learning Center!".into()));
    quiz.slug = "refugee-learning-center".into();
    assert_eq!(validate(&quiz), Vec::new());

    // Written into meta.toml, and read back from it whatever the files are called.
    let written = files::write(&quiz).unwrap();
    assert!(written.meta.contains("\nname = \"refugee-learning-center\"\n"), "{}", written.meta);
    let texts = Texts { slug: "quiz", meta: &written.meta, quiz: &written.quiz, article: &written.article };
    assert_eq!(read_texts(&texts).unwrap().quiz, quiz);
    // Files from before the name was written there take the name they are given.
    let old_meta = written.meta.replace("name = \"refugee-learning-center\"\n", "");
    let texts = Texts { meta: &old_meta, ..texts };
    assert_eq!(read_texts(&texts).unwrap().quiz.slug, "quiz");

    // In a folder of quizzes/, meta.toml may repeat the folder's name, never contradict it.
    let said = break_fixture("meta.toml", "title = ", "name = \"library-vote\"\ntitle = ");
    assert!(said.contains("meta.toml: it names the quiz “library-vote”, but its folder is “riverton”"), "{said}");
}

/// A quiz with no article yet (an editor's fresh draft) is told so, not that its 0
/// paragraphs do not match a body of 0; an empty name says "name in addresses", as the
/// editor's form does.
#[test]
fn an_empty_article_and_name_are_told_in_the_form_s_words() {
    use article_quiz_core::Article;
    use article_quiz_core::validate::validate;

    let mut quiz = check_dir(&common::at(FIXTURE)).unwrap();
    quiz.article = Article::from_text("", 0);
    quiz.slug = String::new();
    let said: Vec<String> = validate(&quiz).iter().map(ToString::to_string).collect();
    assert!(said.contains(&"quiz: it has no article yet: the article’s text is empty.".to_owned()), "{said:?}");
    assert!(said.contains(&"quiz: its name in addresses is empty.".to_owned()), "{said:?}");
    assert!(!said.iter().any(|s| s.contains("0 paragraphs")), "{said:?}");
}

/// The shipped quiz's bundle as the version before topics were a quiz's own published it
/// (format 2, kept in the fuzz corpus): it opens as the quiz in quizzes/, with the five
/// topics it always had, and is written again byte for byte, so readers' saved progress
/// (keyed by the bytes) and widgets of that version are untouched.
#[test]
fn the_published_bundle_from_before_topics_opens_and_is_written_the_same() {
    use article_quiz_core::{Topic, bundle};

    let old = fs::read(common::at("tests/fixtures/iranian-people-format2.aqz")).unwrap();
    assert_eq!(old[4], 2, "the fixture is a format 2 bundle");
    let loaded = bundle::decode(&old).expect("a format 2 bundle is read and sound");
    assert_eq!(loaded.quiz.topics, Topic::first_quiz());
    assert_eq!(loaded.quiz, check_dir(&common::at("quizzes/iranian-people")).unwrap());
    assert_eq!(bundle::encode(&loaded.quiz), old);
}

/// The riverton quiz with `find` replaced by `replace` in quiz.toml: the quiz, or what
/// the validator says of it.
fn edited(find: &str, replace: &str) -> Result<article_quiz_core::Quiz, String> {
    let text = fs::read_to_string(common::at(FIXTURE).join("quiz.toml")).unwrap();
    assert!(text.contains(find), "the fixture's quiz.toml no longer contains {find:?}; update this test");
    with_quiz_toml(&text.replacen(find, replace, 1))
}

/// The riverton quiz with `quiz_toml` as its quiz.toml: the quiz, or what the validator
/// says of it.
fn with_quiz_toml(quiz_toml: &str) -> Result<article_quiz_core::Quiz, String> {
    let (_dir, quiz_dir) = copy_fixture();
    fs::write(quiz_dir.join("quiz.toml"), quiz_toml).unwrap();
    check_dir(&quiz_dir).map_err(|failure| failure.to_string())
}

const RIVERTON_TOPICS: &str = "[[topics]]\nid = \"events\"\nlabel = \"Events\"\n[[topics]]\nid = \"iran\"\nlabel = \"Iran\"\n\
    [[topics]]\nid = \"history\"\nlabel = \"History\"\n[[topics]]\nid = \"recommendations\"\nlabel = \"Recommendations\"\n\
    [[topics]]\nid = \"argument\"\nlabel = \"The argument\"\n";

/// Each quiz names its own topics; the bundle then takes format 3, which this version
/// reads and the version before would call newer rather than unsound.
#[test]
fn a_quiz_names_its_own_topics() {
    use article_quiz_core::{Topic, bundle, files, validate::summarize};

    let own = "[[topics]]\nid = \"council\"\nlabel = \"The council’s vote\"\n[[topics]]\nid = \"argument\"\nlabel = \"The debate\"\n";
    let said = edited(RIVERTON_TOPICS, own).unwrap_err();
    // Questions about "events" now name a topic the quiz does not have.
    assert!(
        said.contains("question “vote” (quiz.toml line 4): its topic “events” is not one of the quiz’s topics (“council”, “argument”)."),
        "{said}"
    );
    let text = fs::read_to_string(common::at(FIXTURE).join("quiz.toml"))
        .unwrap()
        .replace("topic = \"events\"", "topic = \"council\"");
    let quiz = with_quiz_toml(&text.replace(RIVERTON_TOPICS, own)).expect("sound with its own topics");
    assert_eq!(quiz.topics, vec![Topic::new("council", "The council’s vote"), Topic::new("argument", "The debate")]);
    assert_eq!(quiz.topic_label(&quiz.questions[0]), "The council’s vote");
    assert_eq!(summarize(&quiz).by_topic, vec![("council".to_owned(), 4), ("argument".to_owned(), 2)]);

    let bytes = bundle::encode(&quiz);
    assert_eq!(bytes[4], 3, "its own topics need format 3");
    assert_eq!(bundle::decode(&bytes).unwrap().quiz, quiz);
    let written = files::write(&quiz).unwrap();
    assert!(
        written.quiz.contains("[[topics]]\nid = \"council\"\nlabel = \"The council’s vote\"\n"),
        "{}",
        written.quiz
    );
    let texts = article_quiz_core::source::Texts {
        slug: "riverton",
        meta: &written.meta,
        quiz: &written.quiz,
        article: &written.article,
    };
    assert_eq!(article_quiz_core::source::read_texts(&texts).unwrap().quiz, quiz);
}

#[test]
fn topics_are_checked() {
    // Files from before quizzes named their own topics have the first quiz's five.
    let old = edited(RIVERTON_TOPICS, "").unwrap();
    assert_eq!(old, check_dir(&common::at(FIXTURE)).unwrap());
    assert_eq!(old.topics, article_quiz_core::Topic::first_quiz());
    let none = fs::read_to_string(common::at(FIXTURE).join("quiz.toml")).unwrap().replace(RIVERTON_TOPICS, "");
    let said = with_quiz_toml(&format!("topics = []\n{none}")).unwrap_err();
    assert!(said.contains("quiz: it has no topics; name at least one, with an id and a label"), "{said}");
    let said = edited("id = \"iran\"\nlabel = \"Iran\"", "id = \"Iran!\"\nlabel = \"\"").unwrap_err();
    assert!(said.contains("quiz: its topic id “Iran!” must be 1 to 40 lower-case letters"), "{said}");
    assert!(said.contains("quiz: its label of topic 2 is empty."), "{said}");
    let said = edited("id = \"iran\"", "id = \"events\"").unwrap_err();
    assert!(said.contains("quiz: the topic id “events” appears twice."), "{said}");
    let nine: String = (1..=9).map(|n| format!("[[topics]]\nid = \"t{n}\"\nlabel = \"T{n}\"\n")).collect();
    let said = edited(RIVERTON_TOPICS, &format!("{RIVERTON_TOPICS}{nine}")).unwrap_err();
    assert!(said.contains("quiz: it has more than 8 topics."), "{said}");
}

/// A find-the-evidence passage may run on from the end of one paragraph into the next
/// (news paragraphs hold one to three sentences), the paragraphs between held whole;
/// anything else is still refused.
#[test]
fn an_evidence_passage_may_span_consecutive_paragraphs() {
    use article_quiz_core::{Kind, bundle};

    let passage = |sentences: &[&str]| {
        let lines: String = sentences.iter().map(|s| format!("  \"{s}\",\n")).collect();
        let old = "passage = [\n  \"The mayor promised a vote on the budget in March.\",\n  \"Work would begin in 2027 and end in 2029.\",\n  \"The old building would become a museum.\",\n  \"Nobody objected to that part.\",\n]\nanswer = \"Nobody objected to that part.\"\nexplanation = \"Nobody objected.\"\nexcerpts = [\"Nobody objected to that part.\"]";
        let new = format!(
            "passage = [\n{lines}]\nanswer = \"Critics said the cost, 12,000,000 dollars, was too high.\"\nexplanation = \"Critics objected.\"\nexcerpts = [\"Critics said the cost, 12,000,000 dollars, was too high.\"]"
        );
        edited(old, &new)
    };
    const VOTED: &str = "It voted 7 to 2 to build a new library — the first in forty years.";
    const SUPPORTERS: &str = "Supporters said the library would “open doors” for children.";
    const CRITICS: &str = "Critics said the cost, 12,000,000 dollars, was too high.";
    const MAYOR: &str = "The mayor promised a vote on the budget in March.";
    const WORK: &str = "Work would begin in 2027 and end in 2029.";

    // Paragraph 2's end into paragraph 3.
    let quiz = passage(&[SUPPORTERS, CRITICS, MAYOR, WORK]).expect("2 into 3");
    let Kind::Evidence { passage: sentences, .. } = &quiz.questions[5].kind else { panic!("evidence") };
    assert_eq!(quiz.article.locate_passage(sentences), Some((1, 2)));
    assert_eq!(bundle::encode(&quiz)[4], 3, "a passage over paragraphs needs format 3");
    assert_eq!(bundle::decode(&bundle::encode(&quiz)).unwrap().quiz, quiz);
    // Over three paragraphs, the middle one whole.
    let quiz = passage(&[VOTED, SUPPORTERS, CRITICS, MAYOR]).expect("1 to 3");
    let Kind::Evidence { passage: sentences, .. } = &quiz.questions[5].kind else { panic!("evidence") };
    assert_eq!(quiz.article.locate_passage(sentences), Some((0, 2)));

    // A sentence left out between them, or the middle paragraph only in part: refused.
    for broken in [&[VOTED, CRITICS, MAYOR][..], &[VOTED, CRITICS, MAYOR, WORK], &[CRITICS, WORK, MAYOR]] {
        let said = passage(broken).unwrap_err();
        assert!(said.contains("its passage is not consecutive sentences of the article’s body, one a line (it may run on from the end of one paragraph into the next)"), "{said}");
    }
}

/// A closest passage that opens or closes a quotation is given in single quote marks, so
/// that the message never doubles them (““…””).
#[test]
fn the_closest_passage_hint_never_doubles_quote_marks() {
    use article_quiz_core::{Article, validate::Hints};

    let article = Article::from_text("“We could not wait for someone to help us,” she said. Then she left.", 1);
    let mut hints = Hints::new(&article);
    let closest = hints.closest("\"We could not wait for someone to help us,\" she said.").unwrap();
    assert!(closest.starts_with('“'), "{closest}");
    let issue = article_quiz_core::validate::Issue::ExcerptNotVerbatim {
        number: 1,
        closest: Some(closest),
        slight: Some(article_quiz_core::validate::Slight::Marks),
    };
    let said = issue.to_string();
    assert!(said.ends_with("The article has ‘“We could not wait for someone to help us,” she said.’"), "{said}");
    assert!(!said.contains("““") && !said.contains("””"), "{said}");
}

/// A hostile bundle's passage of thousands of sentences over an article of thousands of
/// paragraphs, each the same: refused for its length without searching where it runs
/// (the search backtracks, so its length is bounded before it starts).
#[test]
fn a_hostile_passage_is_refused_without_a_long_search() {
    use article_quiz_core::{Article, Kind, validate::validate};

    let mut quiz = check_dir(&common::at(FIXTURE)).unwrap();
    let n = 5000;
    quiz.article = Article::from_text(&"a\n".repeat(n), n);
    let mut passage = vec!["a".to_owned(); n];
    passage.push("b".into());
    assert_eq!(quiz.article.locate_passage(&passage), None);
    quiz.questions[5].kind = Kind::Evidence { passage, correct: 0 };
    let problems: Vec<String> =
        validate(&quiz).iter().filter(|p| p.index == Some(5)).map(ToString::to_string).collect();
    assert!(problems.iter().any(|p| p.contains("it needs at least") || p.contains("it has more than")), "{problems:?}");
}
