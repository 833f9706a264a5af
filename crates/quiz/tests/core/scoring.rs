//! Scoring: the partial-credit rules of the README, case by case, and properties that
//! hold for any answer.

use article_quiz_core::scoring::{Credit, NumberStyle, Points, parse_number, parse_number_decimal_comma, score};
use article_quiz_core::{Choice, Kind, Question, Response, Verdict};
use proptest::prelude::*;

fn question(points: u32, kind: Kind) -> Question {
    Question {
        id: "q".into(),
        topic: 0,
        prompt: "?".into(),
        points,
        explanation: "because".into(),
        excerpts: vec!["x".into()],
        kind,
    }
}

fn options(n: usize) -> Vec<Choice> {
    (0..n).map(|i| Choice { text: format!("option {i}"), feedback: None }).collect()
}

fn multiple(correct: &[usize], of: usize) -> Question {
    question(3, Kind::Multiple { options: options(of), correct: correct.to_vec() })
}

fn order(n: usize) -> Question {
    question(2, Kind::Order { items: (0..n).map(|i| format!("item {i}")).collect() })
}

#[test]
fn all_or_nothing_kinds() {
    let single = question(1, Kind::Single { options: options(3), correct: 2 });
    assert_eq!(score(&single, Some(&Response::Single(2))).verdict, Verdict::Correct);
    assert_eq!(score(&single, Some(&Response::Single(0))).verdict, Verdict::Wrong);
    assert_eq!(score(&single, None).verdict, Verdict::Unanswered);

    let tf = question(1, Kind::TrueFalse { correct: false, feedback_true: None, feedback_false: None });
    assert_eq!(score(&tf, Some(&Response::TrueFalse(false))).earned, Points(100));
    assert_eq!(score(&tf, Some(&Response::TrueFalse(true))).earned, Points(0));

    let evidence = question(2, Kind::Evidence { passage: vec!["a".into(), "b".into(), "c".into()], correct: 1 });
    assert_eq!(score(&evidence, Some(&Response::Evidence(1))).earned, Points(200));
    assert_eq!(score(&evidence, Some(&Response::Evidence(2))).earned, Points(0));
}

#[test]
fn numeric_answers_count_within_the_tolerance() {
    let exact = question(1, Kind::Numeric { answer: 901.0, tolerance: 0.0, unit: "people".into() });
    assert_eq!(score(&exact, Some(&Response::Numeric(901.0))).verdict, Verdict::Correct);
    assert_eq!(score(&exact, Some(&Response::Numeric(900.0))).verdict, Verdict::Wrong);
    let loose = question(1, Kind::Numeric { answer: 60_000.0, tolerance: 5_000.0, unit: String::new() });
    assert_eq!(score(&loose, Some(&Response::Numeric(55_000.0))).verdict, Verdict::Correct);
    assert_eq!(score(&loose, Some(&Response::Numeric(64_999.5))).verdict, Verdict::Correct);
    assert_eq!(score(&loose, Some(&Response::Numeric(65_001.0))).verdict, Verdict::Wrong);
    let decimal = question(1, Kind::Numeric { answer: 0.3, tolerance: 0.0, unit: String::new() });
    assert_eq!(score(&decimal, Some(&Response::Numeric(0.1 + 0.2))).verdict, Verdict::Correct);
    assert_eq!(score(&exact, Some(&Response::Numeric(f64::NAN))).verdict, Verdict::Wrong);
}

#[test]
fn multiple_select_earns_a_share_per_right_pick_minus_a_share_per_wrong_pick() {
    // Three correct options (0, 1, 2) of five; the question is worth 3 points.
    let q = multiple(&[0, 1, 2], 5);
    let cases: &[(&[usize], Verdict, u32)] = &[
        (&[0, 1, 2], Verdict::Correct, 300),
        (&[0, 1], Verdict::Partial, 200),
        (&[0], Verdict::Partial, 100),
        (&[0, 1, 2, 3], Verdict::Partial, 200),
        (&[0, 3], Verdict::Wrong, 0),
        (&[0, 1, 2, 3, 4], Verdict::Partial, 100),
        (&[3, 4], Verdict::Wrong, 0),
        (&[], Verdict::Wrong, 0),
    ];
    for (picked, verdict, hundredths) in cases {
        let outcome = score(&q, Some(&Response::multiple(picked.iter().copied())));
        assert_eq!((outcome.verdict, outcome.earned), (*verdict, Points(*hundredths)), "picked {picked:?}");
    }
    // A share of an odd number of options rounds half up to hundredths.
    let third = score(
        &question(1, Kind::Multiple { options: options(4), correct: vec![0, 1, 2] }),
        Some(&Response::multiple([0])),
    );
    assert_eq!(third.earned, Points(33));
    assert_eq!(third.credit, Credit { num: 1, den: 3 });
}

#[test]
fn ordering_earns_a_share_per_neighbouring_pair_in_the_right_order() {
    let q = order(5); // 4 pairs, 2 points: each pair is worth half a point.
    let cases: &[(&[usize], Verdict, u32)] = &[
        (&[0, 1, 2, 3, 4], Verdict::Correct, 200),
        (&[1, 2, 3, 4, 0], Verdict::Partial, 150), // one item moved from first to last
        (&[0, 1, 3, 2, 4], Verdict::Partial, 50),  // one swap in the middle keeps only 0→1
        (&[4, 3, 2, 1, 0], Verdict::Wrong, 0),
        (&[2, 3, 4, 0, 1], Verdict::Partial, 150),
    ];
    for (arranged, verdict, hundredths) in cases {
        let outcome = score(&q, Some(&Response::Order(arranged.to_vec())));
        assert_eq!((outcome.verdict, outcome.earned), (*verdict, Points(*hundredths)), "arranged {arranged:?}");
    }
}

#[test]
fn answers_of_the_wrong_shape_score_nothing_and_do_not_panic() {
    let q = order(3);
    for bad in [
        Response::Order(vec![0, 1]),
        Response::Order(vec![0, 0, 1]),
        Response::Order(vec![0, 1, 7]),
        Response::Single(0),
        Response::Numeric(1.0),
    ] {
        assert_eq!(score(&q, Some(&bad)).verdict, Verdict::Wrong, "{bad:?}");
    }
    let single = question(1, Kind::Single { options: options(2), correct: 1 });
    assert_eq!(score(&single, Some(&Response::Single(usize::MAX))).verdict, Verdict::Wrong);
    assert_eq!(score(&multiple(&[0], 2), Some(&Response::Multiple(vec![1, 0]))).verdict, Verdict::Wrong);
}

#[test]
fn points_display_in_their_shortest_form() {
    let shown: Vec<String> = [0, 100, 250, 233, 1205, 3500].map(|h| Points(h).to_string()).into();
    assert_eq!(shown, ["0", "1", "2.5", "2.33", "12.05", "35"]);
    assert_eq!(Points(2333).percent_of(Points(3500)), 67);
    assert_eq!(Points(0).percent_of(Points(0)), 0);
}

#[test]
fn numbers_are_read_as_people_type_them() {
    let read = [
        ("60000", Some(60_000.0)),
        ("60,000", Some(60_000.0)),
        ("60 000", Some(60_000.0)),
        (" 22 ", Some(22.0)),
        ("1,234,567.5", Some(1_234_567.5)),
        ("-3.5", Some(-3.5)),
        (".5", Some(0.5)),
        ("1,5", None),
        ("60,00", None),
        (",000", None),
        ("abc", None),
        ("", None),
        ("1e309", None),
        ("12a", None),
        ("-", None),
        (".", None),
    ];
    for (input, expected) in read {
        assert_eq!(parse_number(input), expected, "{input:?}");
    }
}

#[test]
fn with_a_decimal_comma_numbers_are_read_the_other_way_round() {
    // How a Spanish reader types them; what reads two ways is refused.
    let read = [
        ("60000", Some(60_000.0)),
        ("60.000", Some(60_000.0)),
        ("60 000", Some(60_000.0)),
        ("1.234.567,5", Some(1_234_567.5)),
        ("0,5", Some(0.5)),
        ("1,5", Some(1.5)),
        ("-3,25", Some(-3.25)),
        ("0,125", Some(0.125)),
        ("60,000", None),
        ("-1,250", None),
        ("60.00", None),
        ("abc", None),
        ("", None),
    ];
    for (input, expected) in read {
        assert_eq!(parse_number_decimal_comma(input), expected, "{input:?}");
    }
}

proptest! {
    #[test]
    fn earned_points_never_exceed_the_maximum(picked in proptest::collection::vec(0usize..6, 0..8), points in 1u32..100) {
        let q = question(points, Kind::Multiple { options: options(6), correct: vec![1, 3, 4] });
        let outcome = score(&q, Some(&Response::multiple(picked)));
        prop_assert!(outcome.earned <= outcome.max);
        prop_assert_eq!(outcome.max, Points(points * 100));
    }

    #[test]
    fn any_arrangement_of_an_order_question_scores_within_bounds(seed: u64, len in 3usize..8) {
        let arranged = article_quiz_core::shuffle::permutation(len, seed);
        let q = order(len);
        let outcome = score(&q, Some(&Response::Order(arranged.clone())));
        prop_assert!(outcome.earned <= outcome.max);
        let sorted = arranged.windows(2).all(|w| w[0] < w[1]);
        prop_assert_eq!(outcome.verdict == Verdict::Correct, sorted);
    }

    #[test]
    fn parse_number_never_panics_and_round_trips_integers(n in 0u64..10_000_000_000, text in ".{0,50}") {
        let _ = parse_number(&text);
        prop_assert_eq!(parse_number(&n.to_string()), Some(n as f64));
        // Grouped in thousands, as newspapers print it.
        let digits = n.to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 { grouped.push(','); }
            grouped.push(c);
        }
        prop_assert_eq!(parse_number(&grouped), Some(n as f64));
    }

    #[test]
    fn a_number_typed_in_persian_or_arabic_indic_digits_reads_as_the_latin_one(
        whole in 0u64..10_000_000_000, hundredths in 0u64..100, text in ".{0,30}",
    ) {
        let english = format!("{whole}.{hundredths:02}");
        let latin = whole as f64 + hundredths as f64 / 100.0;
        for (zero, decimal) in [('\u{06F0}', '\u{066B}'), ('\u{0660}', '\u{066B}')] {
            let eastern: String = english
                .chars()
                .map(|c| match c {
                    '.' => decimal,
                    d => char::from_u32(zero as u32 + d.to_digit(10).unwrap()).unwrap(),
                })
                .collect();
            for style in [NumberStyle::DecimalPoint, NumberStyle::DecimalComma, NumberStyle::Persian] {
                prop_assert_eq!(style.read(&eastern), Some(latin), "{}", eastern);
                let _ = style.read(&text);
            }
        }
    }
}

#[test]
fn persian_digits_with_either_style_mark_read_as_the_style_reads_latin_ones() {
    // ۶۰٬۰۰۰ is sixty thousand in Persian; ۶۰,۰۰۰ is sixty thousand to an English reader and
    // refused as ambiguous to a Spanish one, as 60,000 is.
    assert_eq!(NumberStyle::DecimalPoint.read("۶۰٬۰۰۰"), Some(60_000.0));
    assert_eq!(NumberStyle::DecimalComma.read("۶۰٬۰۰۰"), Some(60_000.0));
    assert_eq!(NumberStyle::DecimalPoint.read("۶۰,۰۰۰"), Some(60_000.0));
    assert_eq!(NumberStyle::DecimalComma.read("۶۰,۰۰۰"), None);
    assert_eq!(NumberStyle::DecimalPoint.read(" ۲۲ "), Some(22.0));
    assert_eq!(NumberStyle::DecimalPoint.read("٣٫٥"), Some(3.5));
    assert_eq!(NumberStyle::DecimalPoint.read("-۱۲"), Some(-12.0));
    assert_eq!(NumberStyle::DecimalPoint.read("۱۲a"), None);
}

proptest! {
    /// What the Persian style writes, a Persian reader's typing reads back: any number the
    /// English way, grouped or not, becomes Persian digits and marks and nothing Latin.
    #[test]
    fn a_number_written_in_persian_reads_back_as_itself(whole in 0u64..10_000_000_000, hundredths in 0u64..100, grouped in any::<bool>()) {
        // Grouped in thousands the English way (60,000), or not.
        let digits = whole.to_string();
        let whole_part = if grouped {
            let groups: Vec<&str> = digits.as_bytes().rchunks(3).rev().map(|group| std::str::from_utf8(group).unwrap()).collect();
            groups.join(",")
        } else {
            digits
        };
        let english = format!("{whole_part}.{hundredths:02}");
        let written = NumberStyle::Persian.write(&english);
        prop_assert!(!written.chars().any(|c| c.is_ascii_digit() || c == '.' || c == ','), "{}", written);
        prop_assert_eq!(NumberStyle::Persian.read(&written), Some(whole as f64 + hundredths as f64 / 100.0));
        // Latin typing, as on a keyboard set to English, reads the English way.
        prop_assert_eq!(NumberStyle::Persian.read(&english), parse_number(&english));
    }
}

#[test]
fn the_persian_style_writes_persian_digits_and_separators() {
    assert_eq!(NumberStyle::Persian.write("60,000"), "۶۰٬۰۰۰");
    assert_eq!(NumberStyle::Persian.write("0.5"), "۰٫۵");
    assert_eq!(NumberStyle::Persian.write("1405"), "۱۴۰۵");
    assert_eq!(NumberStyle::Persian.read("۶۰٬۰۰۰"), Some(60_000.0));
    assert_eq!(NumberStyle::Persian.read("60,000"), Some(60_000.0));
    assert_eq!(NumberStyle::Persian.read("۲٫۵"), Some(2.5));
    assert_eq!(NumberStyle::Persian.read("۲.۵"), Some(2.5));
}

/// A reader's answer goes to a results server as JSON written by hand: serde reads it
/// back as the same answer, whatever the answer.
mod response_json {
    use article_quiz_core::Response;
    use proptest::prelude::*;

    fn response() -> impl Strategy<Value = Response> {
        prop_oneof![
            (0usize..10).prop_map(Response::Single),
            proptest::collection::btree_set(0usize..10, 0..5).prop_map(|s| Response::Multiple(s.into_iter().collect())),
            any::<bool>().prop_map(Response::TrueFalse),
            Just(vec![2usize, 0, 1]).prop_shuffle().prop_map(Response::Order),
            // Answers as readers type them: to the millionth, within ±9 × 10^9.
            (-9_000_000_000_000_000i64..9_000_000_000_000_000).prop_map(|n| Response::Numeric(n as f64 / 1e6)),
            (-1_000_000i64..1_000_000).prop_map(|n| Response::Numeric(n as f64)),
            (0usize..40).prop_map(Response::Evidence),
        ]
    }

    #[test]
    fn each_kind_is_written_as_serde_writes_it() {
        assert_eq!(Response::Single(2).to_json(), r#"{"Single":2}"#);
        assert_eq!(Response::Multiple(vec![0, 3]).to_json(), r#"{"Multiple":[0,3]}"#);
        assert_eq!(Response::Multiple(vec![]).to_json(), r#"{"Multiple":[]}"#);
        assert_eq!(Response::TrueFalse(false).to_json(), r#"{"TrueFalse":false}"#);
        assert_eq!(Response::Order(vec![2, 0, 1]).to_json(), r#"{"Order":[2,0,1]}"#);
        assert_eq!(Response::Numeric(1979.0).to_json(), r#"{"Numeric":1979}"#);
        assert_eq!(Response::Numeric(-2.5).to_json(), r#"{"Numeric":-2.5}"#);
        assert_eq!(Response::Numeric(0.000_001).to_json(), r#"{"Numeric":0.000001}"#);
        assert_eq!(Response::Numeric(-0.0).to_json(), r#"{"Numeric":0}"#);
        assert_eq!(Response::Numeric(f64::NAN).to_json(), r#"{"Numeric":0}"#);
        assert_eq!(Response::Numeric(1e300).to_json(), r#"{"Numeric":9000000000000000}"#);
        assert_eq!(Response::Evidence(4).to_json(), r#"{"Evidence":4}"#);
    }

    proptest! {
        #[test]
        fn serde_reads_back_the_same_answer(response in response()) {
            let read: Response = serde_json::from_str(&response.to_json()).unwrap();
            match (&read, &response) {
                // Written to the millionth: read back within half of one, plus what the
                // number's own precision loses in scaling by a million.
                (Response::Numeric(a), Response::Numeric(b)) => {
                    prop_assert!((a - b).abs() <= 5e-7 + b.abs() * 4.0 * f64::EPSILON, "{} read as {}", b, a)
                }
                _ => prop_assert_eq!(read, response),
            }
        }

        #[test]
        fn any_number_is_written_as_json(x in proptest::num::f64::ANY) {
            let read: Result<Response, _> = serde_json::from_str(&Response::Numeric(x).to_json());
            prop_assert!(read.is_ok());
        }
    }
}

/// Each answer of the riverton fixture's questions in the quiz's words, as a report
/// shows it; an answer that does not fit its question has none.
#[test]
fn an_answer_reads_in_the_quiz_words() {
    let quiz = crate::common::riverton();
    let by_id = |id: &str| &quiz.questions.iter().find(|q| q.id == id).unwrap().kind;
    assert_eq!(Response::Single(1).text(by_id("vote")).as_deref(), Some("2 to 7 against"));
    assert_eq!(
        Response::Multiple(vec![0, 2]).text(by_id("views")).as_deref(),
        Some("It would open doors for children.; It was too small.")
    );
    assert_eq!(Response::TrueFalse(false).text(by_id("museum")).as_deref(), Some("False"));
    assert_eq!(
        Response::Order(vec![1, 0, 2, 3]).text(by_id("schedule")).as_deref(),
        Some("The budget vote → The council votes → Work begins → Work ends")
    );
    assert_eq!(Response::Numeric(12_000_000.5).text(by_id("cost")).as_deref(), Some("12000000.5 dollars"));
    assert_eq!(
        Response::Evidence(2).text(by_id("evidence")).as_deref(),
        Some("The old building would become a museum.")
    );
    assert_eq!(Response::Single(2).text(by_id("vote")), None, "no third option");
    assert_eq!(Response::Order(vec![0, 0, 1, 2]).text(by_id("schedule")), None, "not an order");
    assert_eq!(Response::TrueFalse(true).text(by_id("vote")), None, "another kind");
}
