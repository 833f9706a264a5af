// The Canvas export (`quiz-check --export canvas`, a QTI 1.2 zip) read back by a
// third-party reader, qti2latex from PyPI (tests/exports/canvas_read.py, in the venv that
// scripts/tools.sh's ensure_qti2latex makes): for the shipped quiz and the riverton
// fixture, every question Canvas can hold comes back with Canvas's question type, its
// points, prompt, options, key (a numeric question's range too) and feedback, the others
// are named as left out, and texts full of XML's special characters come back verbatim.
// The quiz itself is read with `quiz-check --json`, the core's own view of the folder,
// never with anything the export wrote.
// Run: node --test tests/exports/   (after ensure_qti2latex)

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kindOf, quizCheck, toml, withRiverton } from "./common.mjs";

const PYTHON = process.env.ARTICLE_QUIZ_QTI2LATEX_PYTHON ?? "target/venvs/qti2latex/bin/python";

/// What qti2latex reads in the package `zip`.
function readPackage(zip) {
  const run = spawnSync(PYTHON, ["tests/exports/canvas_read.py", zip], { encoding: "utf8" });
  assert.equal(run.status, 0, `canvas_read.py failed (is the venv there? scripts/tools.sh ensure_qti2latex):\n${run.stderr}`);
  return JSON.parse(run.stdout);
}

const TYPE = {
  Single: "multiple_choice_question",
  Multiple: "multiple_answers_question",
  TrueFalse: "true_false_question",
  Numeric: "numerical_question",
};

/// Exports `folder` as a Canvas package, reads it back with qti2latex, and checks every
/// question against the quiz as the core reads it. Returns what was read.
function exportAndCheck(folder) {
  const quiz = JSON.parse(quizCheck(["--json", folder]).stdout);
  const dir = mkdtempSync(join(tmpdir(), "canvas-"));
  try {
    const zip = join(dir, "quiz.zip");
    const run = quizCheck(["--export", "canvas", folder, zip]);
    const read = readPackage(zip);
    assert.ok(read.files.includes("imsmanifest.xml"), "the manifest");
    assert.equal(read.title, quiz.meta.title);

    const held = quiz.questions.filter((q) => TYPE[kindOf(q)]);
    assert.deepEqual(read.items.map((i) => i.ident), held.map((q) => q.id), "the questions Canvas holds, in order");
    const left = quiz.questions.filter((q) => !TYPE[kindOf(q)]);
    for (const q of left) {
      const named = `${q.id} (${kindOf(q) === "Order" ? "order" : "evidence"})`;
      assert.ok(run.stderr.includes(named), `${named} not on standard error`);
    }
    assert.match(run.stderr, new RegExp(`${held.length} of ${quiz.questions.length} questions exported as CANVAS`));

    for (const [i, q] of held.entries()) {
      const got = read.items[i];
      const kind = kindOf(q);
      const data = q.kind[kind];
      const where = `${folder} ${q.id}`;
      assert.equal(got.type, TYPE[kind], `${where}: type`);
      assert.equal(Number(got.points), q.points, `${where}: points`);
      // The general feedback: explanation, excerpts verbatim, the article and its source.
      const general = got.feedback.general_fb ?? "";
      assert.ok(general.startsWith(q.explanation.trim()), `${where}: explanation in «${general}»`);
      for (const excerpt of q.excerpts) assert.ok(general.includes(`“${excerpt}”`), `${where}: excerpt ${excerpt}`);
      assert.ok(general.includes(quiz.meta.article_title) && general.includes(quiz.meta.publication), `${where}: source`);
      // The key, as positions in the reader's own list of choices.
      const picked = got.correct.map((ident) => got.choices.findIndex(([id]) => id === ident));

      if (kind === "Single" || kind === "Multiple") {
        assert.equal(got.stem, q.prompt, where);
        assert.deepEqual(got.choices.map(([, text]) => text), data.options.map((o) => o.text), `${where}: options`);
        const key = kind === "Single" ? [data.correct] : [...data.correct].sort((a, b) => a - b);
        assert.deepEqual(picked.sort((a, b) => a - b), key, `${where}: key`);
        for (const o of data.options.filter((o) => o.feedback)) {
          assert.ok(general.includes(`“${o.text}”: ${o.feedback}`), `${where}: the feedback of «${o.text}»`);
        }
      } else if (kind === "TrueFalse") {
        assert.equal(got.stem, q.prompt, where);
        assert.deepEqual(got.choices.map(([, text]) => text), ["True", "False"], where);
        assert.deepEqual(picked, [data.correct ? 0 : 1], `${where}: key`);
        const [right, wrong] = data.correct ? [data.feedback_true, data.feedback_false] : [data.feedback_false, data.feedback_true];
        assert.equal(got.feedback.correct_fb ?? null, right, `${where}: feedback for a right answer`);
        assert.equal(got.feedback.general_incorrect_fb ?? null, wrong, `${where}: feedback for a wrong answer`);
      } else {
        assert.equal(got.stem, data.unit ? `${q.prompt} [${data.unit}]` : q.prompt, where);
        assert.deepEqual(got.choices, [], where);
        assert.deepEqual(got.correct.map(Number), [data.answer], `${where}: key`);
        if (data.tolerance === 0) {
          assert.deepEqual(got.ranges, [], where);
        } else {
          assert.equal(got.ranges.length, 1, where);
          const [low, high] = got.ranges[0].map(Number);
          assert.ok(Math.abs(low - (data.answer - data.tolerance)) < 1e-9, `${where}: from ${low}`);
          assert.ok(Math.abs(high - (data.answer + data.tolerance)) < 1e-9, `${where}: to ${high}`);
        }
      }
    }
    return { quiz, read };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the shipped quiz's Canvas export reads back with every kind, key and feedback", () => {
  const { quiz, read } = exportAndCheck("quizzes/iranian-people");
  const kinds = new Set(read.items.map((i) => i.type));
  assert.deepEqual([...kinds].sort(), Object.values(TYPE).sort(), "every kind Canvas holds is there");
  assert.equal(read.items.length, quiz.questions.filter((q) => TYPE[kindOf(q)]).length);
});

test("the riverton fixture's Canvas export reads back, its order and evidence questions left out", () => {
  const { read } = exportAndCheck("tests/fixtures/riverton");
  assert.deepEqual(read.items.map((i) => i.ident), ["vote", "views", "museum", "cost"]);
  // The key, spelled out: 7 to 2 in favour; doors and cost, not too small; true; 12,000,000.
  const texts = (item) => item.correct.map((id) => item.choices.find(([c]) => c === id)[1]);
  assert.deepEqual(texts(read.items[0]), ["7 to 2 in favour"]);
  assert.deepEqual(texts(read.items[1]).sort(), ["It cost too much.", "It would open doors for children."]);
  assert.deepEqual(texts(read.items[2]), ["True"]);
  assert.deepEqual(read.items[3].correct, ["12000000"]);
});

test("a numeric tolerance comes back as Canvas's range, and XML's special characters verbatim", async () => {
  const hostile = String.raw`A <b>&amp;</b> "x" 'y' ]]> \ & < > end`;
  const quiz = [
    [`"7 to 2 in favour"`, toml(`${hostile} 1`)],
    [`"It was too small."`, toml(`${hostile} 2`)],
    [`"How did the council vote?"`, toml(`${hostile}?`)],
    [`"It voted 7 to 2."`, toml(`${hostile} :: {=}`)],
    [`answer = true\n`, `answer = true\nfeedback_false = ${toml(`~${hostile}`)}\n`],
    [/tolerance = 0(\.0)?\n/, "tolerance = 500000\n"],
  ];
  const meta = [[`"Riverton Votes for a Library"`, toml(`Riverton {Votes} #1: ${hostile}`)]];
  await withRiverton({ quiz, meta }, (folder) => {
    const { read } = exportAndCheck(folder);
    assert.equal(read.items[0].stem, `${hostile}?`);
    assert.equal(read.items[0].choices[0][1], `${hostile} 1`);
    assert.equal(read.items[1].choices[2][1], `${hostile} 2`);
    assert.equal(read.items[2].feedback.general_incorrect_fb, `~${hostile}`);
    assert.deepEqual(read.items[3].ranges, [["11500000", "12500000"]]);
  });
});
