//! The item-writing lint: each rule trips on a quiz that breaks it, with a message that
//! names the question (or the questions) and the rule, and stays quiet on a near twin
//! that does not (`quiz-check --strict`, in its own crate's tests, refuses what it finds).
//!
//! Each case copies the small, sound quiz in `tests/fixtures/riverton` (which breaks no
//! rule), edits or extends its quiz.toml, and reads what the lint says.

use std::fs;
use std::path::PathBuf;

use article_quiz_core::lint::{Rule, Warning};
use article_quiz_core::source::check_and_lint_dir;

use crate::common;

const FIXTURE: &str = "tests/fixtures/riverton";

/// The riverton quiz with each `(find, replace)` applied to quiz.toml and `more`
/// appended to it, in a temporary folder that lives as long as the returned guard.
fn fixture(edits: &[(&str, &str)], more: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let quiz_dir = dir.path().join("riverton");
    fs::create_dir(&quiz_dir).unwrap();
    for name in ["article.txt", "meta.toml", "quiz.toml"] {
        fs::copy(common::at(FIXTURE).join(name), quiz_dir.join(name)).unwrap();
    }
    let path = quiz_dir.join("quiz.toml");
    let mut text = fs::read_to_string(&path).unwrap();
    for (find, replace) in edits {
        assert!(text.contains(find), "the fixture's quiz.toml no longer contains {find:?}; update this test");
        text = text.replacen(find, replace, 1);
    }
    fs::write(&path, text + more).unwrap();
    (dir, quiz_dir)
}

/// What the lint says of the edited fixture, which must still be a sound quiz.
fn warnings(edits: &[(&str, &str)], more: &str) -> Vec<Warning> {
    let (_guard, dir) = fixture(edits, more);
    match check_and_lint_dir(&dir) {
        Ok((_, warnings)) => warnings,
        Err(failure) => panic!("the edited fixture is not sound, so the case tests nothing:\n{failure}"),
    }
}

fn rules(warnings: &[Warning]) -> Vec<Rule> {
    warnings.iter().map(Warning::rule).collect()
}

fn true_false(id: &str, statement: &str, answer: bool, excerpt: &str) -> String {
    format!(
        "\n[[questions]]\nid = \"{id}\"\nkind = \"true_false\"\ntopic = \"events\"\n\
         prompt = \"True or false: {statement}\"\nanswer = {answer}\nexplanation = \"See the excerpt.\"\n\
         excerpts = [\"{excerpt}\"]\n"
    )
}

/// A choice question: `options` in the order written, `keys` the ids of the right ones.
fn choice(id: &str, kind: &str, prompt: &str, options: &[&str], keys: &[&str], excerpt: &str) -> String {
    let options: String = options
        .iter()
        .zip('a'..)
        .map(|(text, letter)| format!("  {{ id = \"{letter}\", text = \"{text}\" }},\n"))
        .collect();
    let answer = match kind {
        "single" => format!("\"{}\"", keys[0]),
        _ => format!("[{}]", keys.iter().map(|k| format!("\"{k}\"")).collect::<Vec<_>>().join(", ")),
    };
    format!(
        "\n[[questions]]\nid = \"{id}\"\nkind = \"{kind}\"\ntopic = \"events\"\nprompt = \"{prompt}\"\n\
         options = [\n{options}]\nanswer = {answer}\nexplanation = \"See the excerpt.\"\nexcerpts = [\"{excerpt}\"]\n"
    )
}

const MONDAY: &str = "The council met on Monday in Riverton.";
const VOTE: &str = "It voted 7 to 2 to build a new library — the first in forty years.";
const COST: &str = "Critics said the cost, 12,000,000 dollars, was too high.";
const MARCH: &str = "The mayor promised a vote on the budget in March.";

#[test]
fn the_sound_fixture_breaks_no_rule() {
    assert_eq!(warnings(&[], ""), Vec::new());
}

#[test]
fn true_false_balance() {
    // With the fixture's one true statement: four false of five.
    let four_false = [
        true_false("day", "the council met on a Friday.", false, MONDAY),
        true_false("place", "the council met in a town other than Riverton.", false, MONDAY),
        true_false("first", "the library would be the first in ten years.", false, VOTE),
        true_false("month", "the mayor promised a budget vote in May.", false, MARCH),
    ]
    .concat();
    let said = warnings(&[], &four_false);
    assert_eq!(rules(&said), [Rule::TrueFalseBalance]);
    assert_eq!(
        said[0].to_string(),
        "quiz: 4 of its 5 true/false statements are false (day, place, first, month), so answering “false” to \
         every one scores 4 of 5; keep between 40 % and 60 % of them true [true-false-balance]"
    );
    // Two of them true instead: three of five true, within the band.
    let balanced = [
        true_false("day", "the council met on a Friday.", false, MONDAY),
        true_false("place", "the council met in Riverton.", true, MONDAY),
        true_false("first", "the library would be the first in forty years.", true, VOTE),
        true_false("month", "the mayor promised a budget vote in May.", false, MARCH),
    ]
    .concat();
    assert_eq!(warnings(&[], &balanced), Vec::new());
}

#[test]
fn correct_count() {
    // The fixture's “views” has two right options of three; two more with two each.
    let opinions = ["Too costly", "Too slow", "A gift to children", "Late"];
    let speakers = ["The mayor’s rivals", "Its supporters", "Its critics"];
    let same = [
        choice("costs", "multiple", "What did critics say?", &opinions, &["a", "c"], COST),
        choice("speakers", "multiple", "Who spoke about the library?", &speakers, &["b", "c"], COST),
    ];
    let said = warnings(&[], &same.concat());
    assert_eq!(rules(&said), [Rule::CorrectCount]);
    assert_eq!(
        said[0].to_string(),
        "quiz: all 3 multiple-select questions have exactly 2 correct options, so a student can count instead of \
         read; vary how many are correct [correct-count]"
    );
    // One with three right options instead.
    let varied = [
        same[0].clone(),
        choice(
            "speakers",
            "multiple",
            "Who spoke about the library?",
            &["The mayor’s rivals", "Its supporters", "Its critics", "Its readers"],
            &["b", "c", "d"],
            COST,
        ),
    ];
    assert_eq!(warnings(&[], &varied.concat()), Vec::new());
}

#[test]
fn longest_option() {
    // “vote”'s right answer is its longest option; one more where it is, one where not.
    let long_right = [
        choice("day", "single", "When did the council meet?", &["Friday", "On Monday"], &["b"], MONDAY),
        choice(
            "promise",
            "single",
            "Who promised a budget vote?",
            &["The library’s critics", "The council", "The mayor"],
            &["c"],
            MARCH,
        ),
    ];
    let said = warnings(&[], &long_right.concat());
    assert_eq!(rules(&said), [Rule::LongestOption]);
    assert_eq!(
        said[0].to_string(),
        "quiz: in 2 of its 3 single-choice questions the correct option is the longest (vote, day); keep that to \
         a third of them at most [longest-option]"
    );
    // The same with a longer wrong option in “day”: 1 of 3.
    let one = [long_right[0].replace("\"Friday\"", "\"On a Friday\""), long_right[1].clone()];
    assert_eq!(warnings(&[], &one.concat()), Vec::new());
}

#[test]
fn long_answer() {
    let long = [(
        "{ id = \"a\", text = \"7 to 2 in favour\" }",
        "{ id = \"a\", text = \"7 to 2 in favour, the first in forty years\" }",
    )];
    let said = warnings(&long, "");
    assert_eq!(rules(&said), [Rule::LongAnswer]);
    assert_eq!(
        said[0].to_string(),
        "question “vote” (quiz.toml line 4): its correct option has 42 characters, more than 1.5 times its \
         longest wrong option (14); a conspicuously long option gives the answer away [long-answer]"
    );
    // 21 characters against 14 is exactly 1.5 times: allowed.
    let fair = [("{ id = \"a\", text = \"7 to 2 in favour\" }", "{ id = \"a\", text = \"7 to 2, in favour now\" }")];
    assert_eq!(warnings(&fair, ""), Vec::new());
}

#[test]
fn key_position() {
    // Single choice: with “vote” (key a), two more keyed a.
    let first = [
        choice("day", "single", "When did the council meet?", &["Monday", "Friday", "Sunday"], &["a"], MONDAY),
        choice(
            "promise",
            "single",
            "Who promised a budget vote?",
            &["The mayor", "The critics", "The council"],
            &["a"],
            MARCH,
        ),
    ];
    let said = warnings(&[], &first.concat());
    assert_eq!(rules(&said), [Rule::KeyPosition]);
    assert_eq!(
        said[0].to_string(),
        "quiz: the correct option is written first in 3 of its 3 single-choice questions (vote, day, promise), so \
         with shuffling off, picking it every time scores 3 of 3; spread the keys over the positions [key-position]"
    );
    let spread = [
        choice("day", "single", "When did the council meet?", &["Friday", "Monday", "Sunday"], &["b"], MONDAY),
        choice(
            "promise",
            "single",
            "Who promised a budget vote?",
            &["The critics", "The council", "The mayor"],
            &["c"],
            MARCH,
        ),
    ];
    assert_eq!(warnings(&[], &spread.concat()), Vec::new());

    // Multiple select: with “views” (a, b), two more whose right options come first.
    let leading = [
        choice("costs", "multiple", "What did critics say?", &["Too costly", "Too slow", "Late"], &["a"], COST),
        choice(
            "plans",
            "multiple",
            "What was planned?",
            &["A library built", "A museum in the old building", "A budget vote", "A new town hall"],
            &["a", "b", "c"],
            &format!("{VOTE}\", \"{MARCH}"),
        ),
    ];
    let said = warnings(&[], &leading.concat());
    assert_eq!(rules(&said), [Rule::KeyPosition]);
    assert_eq!(
        said[0].to_string(),
        "quiz: in 3 of its 3 multiple-select questions the correct options are the first ones written (views, \
         costs, plans); mix them among the wrong ones [key-position]"
    );
    let mixed = [
        choice("costs", "multiple", "What did critics say?", &["Too slow", "Too costly", "Late"], &["b"], COST),
        choice(
            "plans",
            "multiple",
            "What was planned?",
            &["A new town hall", "A library built", "A museum in the old building", "A budget vote"],
            &["b", "c", "d"],
            &format!("{VOTE}\", \"{MARCH}"),
        ),
    ];
    assert_eq!(warnings(&[], &mixed.concat()), Vec::new());
}

#[test]
fn absolute_word() {
    let said = warnings(&[], &true_false("day", "the council always meets on a Friday.", false, MONDAY));
    assert_eq!(rules(&said), [Rule::AbsoluteWord]);
    assert_eq!(
        said[0].to_string(),
        "question “day” (quiz.toml line 95): its statement is false and says “always”, an absolute word that gives \
         false statements away; make it false by what it claims instead [absolute-word]"
    );
    // Made false by what it claims; and a true statement may say “only”.
    assert_eq!(warnings(&[], &true_false("day", "the council met on a Friday.", false, MONDAY)), Vec::new());
    let only = true_false("dissent", "only two members voted against the library.", true, VOTE);
    assert_eq!(warnings(&[], &only), Vec::new());
    // Whole words only: “allowed” is not “all”, “Nonetheless” is not “none”.
    let inside = true_false("day", "nonetheless, members were allowed to meet on a Friday.", false, MONDAY);
    assert_eq!(warnings(&[], &inside), Vec::new());
}

#[test]
fn repeats_prompt() {
    let prompt = (
        "prompt = \"How did the council vote?\"",
        "prompt = \"By how much did the council vote to build a new library?\"",
    );
    let echo = [prompt, ("text = \"2 to 7 against\"", "text = \"They voted not to build a new library\"")];
    let said = warnings(&echo, "");
    assert_eq!(rules(&said), [Rule::RepeatsPrompt]);
    assert_eq!(
        said[0].to_string(),
        "question “vote” (quiz.toml line 4): option 2 repeats the prompt’s words “to build a new”, which points to \
         it; reword the option [repeats-prompt]"
    );
    // Three words in a row are not an echo.
    let fair = [prompt, ("text = \"2 to 7 against\"", "text = \"2 to 7, not to build\"")];
    assert_eq!(warnings(&fair, ""), Vec::new());
}

#[test]
fn quoted_distractor() {
    let quoted = [("text = \"2 to 7 against\"", "text = \"The first in forty years.\"")];
    let said = warnings(&quoted, "");
    assert_eq!(rules(&said), [Rule::QuotedDistractor]);
    assert_eq!(
        said[0].to_string(),
        "question “vote” (quiz.toml line 4): wrong option 2 (“The first in forty years.”) is quoted word for word \
         in its excerpts, so the quote seems to support it; write a distractor the article does not state \
         [quoted-distractor]"
    );
    // The right option may be quoted; a wrong one the excerpt does not state is fine.
    let fair = [("text = \"2 to 7 against\"", "text = \"The first in fifty years\"")];
    assert_eq!(warnings(&fair, ""), Vec::new());
}

#[test]
fn gives_away() {
    // A wrong option of one question states another question's answer, the cost.
    let leak = [("text = \"It was too small.\"", "text = \"It would cost 12,000,000 dollars in all.\"")];
    let said = warnings(&leak, "");
    assert_eq!(rules(&said), [Rule::GivesAway]);
    assert_eq!(
        said[0].to_string(),
        "question “cost” (quiz.toml line 51): its answer’s “12000000” is written in question “views” (option 3), so \
         a student can read it there before answering; reword one of them [gives-away]"
    );
    // A name works the same way, and the leak is reported at the question whose answer
    // it gives away.
    let named = [
        ("text = \"2 to 7 against\"", "text = \"2 to 7, against Riverton’s wishes\""),
        ("text = \"It would open doors for children.\"", "text = \"It would open doors for children in Riverton.\""),
    ];
    let said = warnings(&named, "");
    assert_eq!(rules(&said), [Rule::GivesAway]);
    assert!(
        said[0].to_string().starts_with(
            "question “views” (quiz.toml line 17): its answer’s “Riverton” is written in question “vote” (option 2)"
        ),
        "{}",
        said[0]
    );

    // The near twin: the same distractor without the figure gives nothing away.
    let fair = [("text = \"It was too small.\"", "text = \"It would cost more than the town has.\"")];
    assert_eq!(warnings(&fair, ""), Vec::new());
}

#[test]
fn a_passage_that_holds_an_answer_is_mapped_but_not_a_warning() {
    // The schedule's years (its excerpt's 2027 and 2029) stand in the evidence
    // question's passage: that is the article's own text, so the lint is quiet (the
    // sound fixture breaks no rule) and the leak map lists it apart.
    let (_guard, dir) = fixture(&[], "");
    let (quiz, _) = check_and_lint_dir(&dir).unwrap();
    let report = article_quiz_core::leaks::report(&quiz);
    assert!(
        report.contains("Q4 schedule:\n  in the article's words: “2027”, “2029” in Q6 evidence, passage, sentence 2\n"),
        "{report}"
    );
    assert!(report.contains("Q1 vote: nowhere else\n"), "{report}");
}

#[test]
fn evidence_overlap() {
    let prompt = "prompt = \"Claim: the museum plan was not controversial. Which sentence supports it?\"";
    // The claim in the supporting sentence's own words: matching them finds it.
    let echo = [(prompt, "prompt = \"Claim: nobody objected to that part of the plan. Which sentence supports it?\"")];
    let said = warnings(&echo, "");
    assert_eq!(rules(&said), [Rule::EvidenceOverlap]);
    assert_eq!(
        said[0].to_string(),
        "question “evidence” (quiz.toml line 62): its supporting sentence shares 3 of the claim’s content words, and \
         no other sentence of the passage more than 0, so matching words finds it without reading; word the claim \
         differently [evidence-overlap]"
    );
    // The near twin: another sentence shares as many words, so only reading decides.
    let fair = [(
        prompt,
        "prompt = \"Claim: nobody objected to turning the old building into a museum. Which sentence supports it?\"",
    )];
    assert_eq!(warnings(&fair, ""), Vec::new());
}

#[test]
fn self_dating_order() {
    let dated = [("\"The budget vote\"", "\"The vote promised for March\"")];
    let said = warnings(&dated, "");
    assert_eq!(rules(&said), [Rule::SelfDatingOrder]);
    assert_eq!(
        said[0].to_string(),
        "question “schedule” (quiz.toml line 41): item 2 states its own date (“march”), so the order can be read off \
         the items; name the events without their dates [self-dating-order]"
    );
    let years = [("\"Work begins\"", "\"Work begins in 2027\"")];
    assert_eq!(rules(&warnings(&years, "")), [Rule::SelfDatingOrder]);
    // The near twin: the same event named without its date.
    let fair = [("\"The budget vote\"", "\"The vote the mayor promised\"")];
    assert_eq!(warnings(&fair, ""), Vec::new());
}

#[test]
fn prompt_excludes_option() {
    let differ = |option: &str| {
        choice(
            "sides",
            "single",
            "How did the library’s supporters and its critics differ?",
            &["Supporters praised it; critics, its price", option, "Critics wanted a museum instead"],
            &["a"],
            COST,
        )
    };
    let said = warnings(&[], &differ("Both called the price too high"));
    assert_eq!(rules(&said), [Rule::PromptExcludesOption]);
    assert_eq!(
        said[0].to_string(),
        "question “sides” (quiz.toml line 95): option 2 begins “both”, which its prompt rules out by asking how they \
         differ; write a wrong difference instead [prompt-excludes-option]"
    );
    // The near twin: a wrong difference.
    assert_eq!(warnings(&[], &differ("Supporters called the price too high")), Vec::new());
}

#[test]
fn every_rule_has_a_case_here() {
    // Keep this file in step with the rules: a new rule needs its own test above.
    let covered = [
        Rule::TrueFalseBalance,
        Rule::CorrectCount,
        Rule::LongestOption,
        Rule::LongAnswer,
        Rule::KeyPosition,
        Rule::AbsoluteWord,
        Rule::RepeatsPrompt,
        Rule::QuotedDistractor,
        Rule::GivesAway,
        Rule::EvidenceOverlap,
        Rule::SelfDatingOrder,
        Rule::PromptExcludesOption,
    ];
    assert_eq!(covered, Rule::ALL);
}
