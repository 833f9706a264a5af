// Exports of an assignment's questions alone (`quiz-check --export FORMAT QUIZ OUT
// --assignment CODE`): in each format, read back by its third-party reader (gift-pegjs,
// qti2latex, Python's zipfile for the QTI 3.0 package), the asked questions come back in
// the assignment's order, those the format cannot hold named as left out; a code that is
// not an assignment of the quiz is an error.
// Run: node --test tests/exports/   (the Canvas reader needs ensure_qti2latex)

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "gift-pegjs";
import { quizCheck } from "./common.mjs";

const PYTHON = process.env.ARTICLE_QUIZ_QTI2LATEX_PYTHON ?? "target/venvs/qti2latex/bin/python";
const FOLDER = "tests/fixtures/riverton";

// Out of the author's order, an order question among them.
const ASKED = ["cost", "schedule", "views", "vote"];

test("an assignment's questions alone, in its order, in every format", () => {
  const code = quizCheck(["--link", FOLDER, "--questions", ASKED.join(",")]).stdout.trim();
  const dir = mkdtempSync(join(tmpdir(), "assignment-"));
  try {
    // GIFT
    const gift = join(dir, "a.gift");
    const giftRun = quizCheck(["--export", "gift", FOLDER, gift, "--assignment", code]);
    const titles = parse(readFileSync(gift, "utf8"))
      .filter((q) => q.type !== "Category")
      .map((q) => q.title);
    assert.deepEqual(titles, ["cost", "views", "vote"]);
    assert.match(giftRun.stderr, /3 of 4 questions exported as GIFT/);
    assert.match(giftRun.stderr, /schedule \(order\)/);

    // Canvas
    const canvas = join(dir, "a-canvas.zip");
    const canvasRun = quizCheck(["--export", "canvas", FOLDER, canvas, "--assignment", code]);
    const read = JSON.parse(execFileSync(PYTHON, ["tests/exports/canvas_read.py", canvas], { encoding: "utf8" }));
    assert.deepEqual(read.items.map((i) => i.ident), ["cost", "views", "vote"]);
    assert.match(canvasRun.stderr, /3 of 4 questions exported as CANVAS/);

    // QTI 3.0: every asked question, the test in the assignment's order.
    const qti = join(dir, "a-qti.zip");
    const qtiRun = quizCheck(["--export", "qti3", FOLDER, qti, "--assignment", code]);
    execFileSync("python3", ["-m", "zipfile", "-e", qti, join(dir, "qti")]);
    const testXml = readFileSync(join(dir, "qti", "test.xml"), "utf8");
    const refs = [...testXml.matchAll(/<qti-assessment-item-ref identifier="Q-([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(refs, ASKED);
    const files = execFileSync("python3", ["-m", "zipfile", "-l", qti], { encoding: "utf8" });
    assert.ok(!files.includes("items/museum.xml") && !files.includes("items/evidence.xml"), files);
    assert.match(qtiRun.stderr, /4 of 4 questions exported as QTI3/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a code that is not an assignment of the quiz is an error", () => {
  const run = quizCheck(["--export", "gift", FOLDER, "--assignment", "not-a-code"], 1);
  assert.match(run.stderr, /the assignment link cannot be opened/);
  assert.equal(run.stdout, "");
});
