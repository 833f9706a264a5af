// The GIFT export (`quiz-check --export gift`) read back by a third-party parser, gift-pegjs
// from npm: for the shipped quiz and the riverton fixture, every question GIFT can hold
// comes back with its kind, prompt, options, key, weights, feedback and explanation, the
// others are named as left out, and a quiz whose texts are full of GIFT's and XML's
// special characters comes back verbatim. The quiz itself is read with `quiz-check --json`,
// the core's own view of the folder, never with anything the export wrote.
// Run: node --test tests/exports/

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "gift-pegjs";
import { kindOf, quizCheck, toml, withRiverton } from "./common.mjs";

const HELD = new Set(["Single", "Multiple", "TrueFalse", "Numeric"]);

/// Exports `folder` to a file and to standard output (the same text), parses it, and checks
/// every question against the quiz as the core reads it. Returns what it parsed.
function exportAndCheck(folder) {
  const quiz = JSON.parse(quizCheck(["--json", folder]).stdout);
  const dir = mkdtempSync(join(tmpdir(), "gift-"));
  try {
    const file = join(dir, "quiz.gift");
    const toFile = quizCheck(["--export", "gift", folder, file]);
    const text = readFileSync(file, "utf8");
    assert.equal(quizCheck(["--export", "gift", folder]).stdout, text, "standard output and the file differ");

    const parsed = parse(text);
    const category = parsed.filter((q) => q.type === "Category");
    assert.deepEqual(category.map((c) => c.title), [quiz.slug]);
    const questions = parsed.filter((q) => q.type !== "Category");
    const held = quiz.questions.filter((q) => HELD.has(kindOf(q)));
    assert.deepEqual(questions.map((q) => q.title), held.map((q) => q.id), "the questions GIFT holds, in order");

    // The questions left out: named in the file's comments and on standard error.
    const left = quiz.questions.filter((q) => !HELD.has(kindOf(q)));
    const kindKey = { Order: "order", Evidence: "evidence" };
    for (const q of left) {
      const named = `${q.id} (${kindKey[kindOf(q)]})`;
      assert.ok(text.split("\n").some((line) => line.startsWith("//") && line.includes(named)), `${named} not in the comments`);
      assert.ok(toFile.stderr.includes(named), `${named} not on standard error`);
    }
    assert.match(toFile.stderr, new RegExp(`${held.length} of ${quiz.questions.length} questions exported as GIFT`));

    // The article's title and source.
    const head = text.split("\n").filter((line) => line.startsWith("//")).join("\n");
    assert.ok(head.includes(quiz.meta.article_title.replace(/[\r\n]/g, " ")), "the article's title");
    assert.ok(head.includes(quiz.meta.publication.replace(/[\r\n]/g, " ")), "the publication");

    for (const [i, q] of held.entries()) {
      const got = questions[i];
      const kind = kindOf(q);
      const data = q.kind[kind];
      const where = `${folder} ${q.id}`;
      assert.equal(got.stem.format, "plain", where);
      assert.equal(got.id, q.id, `${where}: the [id:] comment`);
      // Explanation and excerpts, verbatim, with the article they come from.
      const general = got.globalFeedback?.text ?? "";
      assert.ok(general.startsWith(q.explanation), `${where}: explanation in «${general}»`);
      for (const excerpt of q.excerpts) assert.ok(general.includes(`“${excerpt}”`), `${where}: excerpt ${excerpt}`);
      assert.ok(general.includes(quiz.meta.article_title) && general.includes(quiz.meta.publication), where);

      if (kind === "Single" || kind === "Multiple") {
        assert.equal(got.type, "MC", where);
        assert.equal(got.stem.text, q.prompt, where);
        // The author's order, but for a right first option holding `->`, written second
        // (first, `=A -> B` would read as a matching pair).
        const order = data.options.map((_, j) => j);
        if (kind === "Single" && data.correct === 0 && data.options[0].text.includes("->")) [order[0], order[1]] = [1, 0];
        const options = order.map((j) => data.options[j]);
        assert.deepEqual(got.choices.map((c) => c.text.text), options.map((o) => o.text), `${where}: options`);
        assert.deepEqual(got.choices.map((c) => c.feedback?.text ?? null), options.map((o) => o.feedback), `${where}: feedback`);
        if (kind === "Single") {
          assert.deepEqual(got.choices.map((c) => c.isCorrect), order.map((j) => j === data.correct), `${where}: key`);
          assert.ok(got.choices.every((c) => c.weight === null), where);
        } else {
          const share = 100 / data.correct.length;
          got.choices.forEach((c, j) => {
            const want = data.correct.includes(j) ? share : -share;
            assert.ok(Math.abs(c.weight - want) < 1e-4, `${where}: option ${j} weighs ${c.weight}, not ${want}`);
            assert.equal(c.isCorrect, false, where);
          });
          const positive = got.choices.filter((c) => c.weight > 0).map((_, j) => j);
          assert.equal(positive.length, data.correct.length, `${where}: key`);
        }
      } else if (kind === "TrueFalse") {
        assert.equal(got.type, "TF", where);
        assert.equal(got.stem.text, q.prompt, where);
        assert.equal(got.isTrue, data.correct, `${where}: key`);
        // GIFT's order (Moodle's reader): the feedback for a wrong answer, then for a right one.
        const [wrong, right] = data.correct ? [data.feedback_false, data.feedback_true] : [data.feedback_true, data.feedback_false];
        assert.equal(got.trueFeedback?.text ?? null, wrong, `${where}: feedback for a wrong answer`);
        assert.equal(got.falseFeedback?.text ?? null, right, `${where}: feedback for a right answer`);
      } else {
        assert.equal(got.type, "Numerical", where);
        assert.equal(got.stem.text, data.unit ? `${q.prompt} [${data.unit}]` : q.prompt, where);
        assert.deepEqual(got.choices, { type: "range", number: data.answer, range: data.tolerance }, `${where}: key`);
      }
    }
    return { quiz, questions, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the shipped quiz's GIFT export reads back with every key, weight and feedback", () => {
  const { quiz, questions } = exportAndCheck("quizzes/iranian-people");
  assert.equal(quiz.questions.length, 35);
  assert.equal(questions.length, quiz.questions.filter((q) => HELD.has(kindOf(q))).length);
  assert.ok(questions.some((q) => q.type === "MC" && q.choices.some((c) => c.weight < 0)), "a multiple select");
  assert.ok(questions.some((q) => q.type === "TF") && questions.some((q) => q.type === "Numerical"));
});

test("the riverton fixture's GIFT export reads back, its order and evidence questions left out", () => {
  const { questions } = exportAndCheck("tests/fixtures/riverton");
  assert.deepEqual(questions.map((q) => q.title), ["vote", "views", "museum", "cost"]);
  // The key, spelled out: 7 to 2 in favour; doors and cost, not too small; true; 12,000,000.
  assert.deepEqual(questions[0].choices.map((c) => c.isCorrect), [true, false]);
  assert.deepEqual(questions[1].choices.map((c) => c.weight), [50, 50, -50]);
  assert.equal(questions[2].isTrue, true);
  assert.deepEqual(questions[3].choices, { type: "range", number: 12000000, range: 0 });
});

test("texts full of GIFT's and XML's special characters come back verbatim", async () => {
  const hostile = String.raw`A ~=#{}:<>&"' ]]> \ \n // -> %50% end`;
  const quiz = [
    [`"7 to 2 in favour"`, toml(`[html]%100% ${hostile}`)],
    [`"It passed."`, toml(`#${hostile}`)],
    [`"It was too small."`, toml(hostile)],
    [`"How did the council vote?"`, toml(`${hostile}?`)],
    [`"It voted 7 to 2."`, toml(`${hostile} :: {=}`)],
    [`answer = true\n`, `answer = true\nfeedback_false = ${toml(`~${hostile}`)}\n`],
  ];
  const meta = [[`"Riverton Votes for a Library"`, toml(`Riverton {Votes} #1: ${hostile}`)]];
  await withRiverton({ quiz, meta }, (folder) => {
    const { questions } = exportAndCheck(folder);
    assert.equal(questions[0].stem.text, `${hostile}?`);
    // The right option holds `->`: written second.
    assert.equal(questions[0].choices[1].text.text, `[html]%100% ${hostile}`);
    assert.deepEqual(questions[0].choices.map((c) => c.isCorrect), [false, true]);
    assert.equal(questions[0].choices[0].feedback.text, `#${hostile}`);
    assert.equal(questions[1].choices[2].text.text, hostile);
    assert.equal(questions[1].choices[2].weight, -50);
    assert.ok(questions[0].globalFeedback.text.startsWith(`${hostile} :: {=}\nFrom “Riverton {Votes} #1: ${hostile}”`));
    assert.equal(questions[2].trueFeedback.text, `~${hostile}`);
  });
});

test("an unknown format is a usage error", () => {
  const run = quizCheck(["--export", "gif", "tests/fixtures/riverton"], 2);
  assert.match(run.stderr, /no format “gif”/);
});
