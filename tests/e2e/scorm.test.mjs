// A teacher's assignment as a SCORM package (quiz-check --scorm, from the built site; the
// shipped quiz and the riverton fixture, each carried as a bundle)
// taken inside a learning platform, played by scorm-again (npm), a real SCORM 1.2 and 2004
// runtime: the host page provides its API, the package's launch page runs in a frame, and
// a student takes the quiz there. The test reads what scorm-again recorded: the score,
// the statuses, the session time, the suspend data and one interaction per question
// (its type, the student's response and the correct pattern in each version's format,
// the result, partly right ones included). A second launch, in a browser with nothing
// stored, resumes from the platform's suspend data alone. Outside a platform the package
// is the plain widget, with its hand-in.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { launch } from "./browser.mjs";
import { QUIZ_DIR, answerWithMouse, button, coreScore, currentQuestion, kindOf, quizData } from "./helpers.mjs";
import { serve } from "./server.mjs";

const QUIZ_CHECK = ["run", "--quiet", "--bin", "quiz-check", "--"];
// One question of each kind, in this order of kinds.
const KINDS = ["Single", "Multiple", "TrueFalse", "Order", "Numeric", "Evidence"];
const root = mkdtempSync(join(tmpdir(), "aq-scorm-"));

/** The shipped quiz or the riverton fixture: an assignment of one question of each kind,
 * and its package in each version (1.2 with a pass mark of 50 %, 2004 without), unpacked
 * by Python's zipfile (another reader of the zip) into `<slug>/p<version>/`. */
function prepare(dir) {
  const quiz = quizData(dir);
  const asked = KINDS.map((kind) => quiz.questions.find((q) => kindOf(q) === kind));
  const code = execFileSync("cargo", [...QUIZ_CHECK, "--link", dir, "--questions", asked.map((q) => q.id).join(",")], {
    encoding: "utf8",
  }).trim();
  for (const [version, pass] of [
    ["1.2", "50"],
    ["2004", null],
  ]) {
    const zip = join(root, `${quiz.slug}-${version}.zip`);
    const passMark = pass ? ["--pass-mark", pass] : [];
    execFileSync("cargo", [...QUIZ_CHECK, "--scorm", version, dir, "dist", zip, "--assignment", code, ...passMark]);
    execFileSync("python3", ["-m", "zipfile", "-e", zip, join(root, quiz.slug, `p${version}`)]);
  }
  return { dir, quiz, asked };
}
const QUIZZES = [prepare(QUIZ_DIR), prepare("tests/fixtures/riverton")];
copyFileSync("node_modules/scorm-again/dist/scorm-again.min.js", join(root, "scorm-again.min.js"));
// The platform's page: scorm-again's API, and a frame for the package. With `?via=ORIGIN`
// the package's frame sits inside a frame of another origin, whose window the adapter
// cannot look into on its way up to the API.
writeFileSync(
  join(root, "lms.html"),
  `<!doctype html><meta charset="utf-8"><title>LMS</title><script src="/scorm-again.min.js"></script>
<iframe id="sco" style="width:100%;height:900px"></iframe>`,
);
writeFileSync(
  join(root, "middle.html"),
  `<!doctype html><meta charset="utf-8"><title>middle</title>
<iframe id="sco" style="width:100%;height:900px"></iframe>
<script src="/middle.js"></script>`,
);
writeFileSync(join(root, "middle.js"), `document.getElementById("sco").src = new URLSearchParams(location.search).get("to");`);
mkdirSync(join(root, "empty"), { recursive: true });

const env = {};
before(async () => {
  env.server = await serve(root);
  env.browser = await launch({ hosts: ["frames.test"] });
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

const letters = "abcdefghijklmnopqrstuvwxyz";

/**
 * Opens the platform's page with a fresh scorm-again API of `version` (holding `saved`, the
 * platform's record from an earlier attempt), in a browser context of its own (nothing in
 * its storage), and the package's launch page in its frame. Returns the page, the frame
 * and the errors seen.
 */
async function openInLms(quiz, version, { saved = null, via = false } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.server.url}/lms.html`);
  const launchPage = `${env.server.url}/${quiz.slug}/p${version}/index.html`;
  const port = new URL(env.server.url).port;
  const src = via ? `http://frames.test:${port}/middle.html?to=${encodeURIComponent(launchPage)}` : launchPage;
  await page.evaluate(
    ({ version, saved, src }) => {
      const api = version === "1.2" ? new window.Scorm12API({ logLevel: 5 }) : new window.Scorm2004API({ logLevel: 5 });
      if (saved) api.loadFromJSON(saved);
      window[version === "1.2" ? "API" : "API_1484_11"] = api;
      window.recorded = () => JSON.parse(JSON.stringify(api.cmi));
      document.getElementById("sco").src = src;
    },
    { version, saved, src },
  );
  let frame = page.frameLocator("#sco");
  if (via) frame = frame.frameLocator("#sco");
  return { context, page, frame, errors };
}

const recorded = (page) => page.evaluate(() => window.recorded());

/** Answers the question on screen as `how`, checks it and goes on (practice mode). */
async function answer({ quiz, asked }, frame, n, how) {
  await frame.getByRole("heading", { name: `Question ${n + 1} of ${asked.length}` }).waitFor();
  const question = await currentQuestion(frame, quiz);
  const response = await answerWithMouse(frame, question, how);
  await button(frame, "Check answer").click();
  await button(frame, n + 1 === asked.length ? "See your score" : "Next question").click();
  return [question, response];
}

/** The page goes away as when the student leaves the activity: the adapter finishes. */
async function leave(page, version) {
  await page.evaluate(() => {
    document.getElementById("sco").src = "about:blank";
  });
  const name = version === "1.2" ? "API" : "API_1484_11";
  await page.waitForFunction((name) => window[name].isTerminated(), name);
}

/** The expected pattern of `question` answered with `response` in `version`'s format. */
function responsePattern(version, response) {
  const join = (list) => list.map((i) => letters[i]).join(version === "1.2" ? "," : "[,]");
  const [kind, value] = Object.entries(response)[0];
  if (kind === "Multiple" || kind === "Order") return join(value);
  if (kind === "TrueFalse") return version === "1.2" ? (value ? "t" : "f") : String(value);
  if (kind === "Numeric") return String(value);
  return letters[value];
}

function correctPattern(version, question) {
  const [kind, data] = Object.entries(question.kind)[0];
  const v12 = version === "1.2";
  const join = (list) => list.map((i) => letters[i]).join(v12 ? "," : "[,]");
  switch (kind) {
    case "Single":
    case "Evidence":
      return letters[data.correct];
    case "Multiple":
      return join(data.correct);
    case "TrueFalse":
      return v12 ? (data.correct ? "t" : "f") : String(data.correct);
    case "Order":
      return join(data.items.map((_, i) => i));
    case "Numeric":
      return v12 ? String(data.answer) : `${data.answer - data.tolerance}[:]${data.answer + data.tolerance}`;
  }
}

const TYPES = { Single: "choice", Multiple: "choice", Evidence: "choice", TrueFalse: "true-false", Order: "sequencing", Numeric: "numeric" };

/** Takes the assignment in two launches (three questions, leave, three more) and checks
 * what the platform recorded. */
async function takeTwice(set, version, plan, { via = false } = {}) {
  const { quiz, asked } = set;
  const answers = {};
  const first = await openInLms(quiz, version, { via });
  for (let n = 0; n < 3; n++) {
    const [question, response] = await answer(set, first.frame, n, plan[kindOf(asked[n])]);
    answers[question.id] = response;
  }
  // The platform keeps the progress: no word that this browser keeps nothing (a frame of
  // another site is refused storage here, in the 2004 run).
  assert.equal(await first.frame.getByText(/not letting the quiz keep anything/).count(), 0);
  await leave(first.page, version);
  const midway = await recorded(first.page);
  assert.deepEqual(first.errors, []);
  await first.context.close();
  assert.match(midway.suspend_data, /^aq-progress\/1:/, "the widget's progress is the suspend data");
  if (version === "1.2") {
    assert.ok(midway.suspend_data.length <= 4096);
    assert.equal(midway.core.lesson_status, "incomplete");
    assert.equal(midway.core.exit, "suspend");
  } else {
    assert.equal(midway.completion_status, "incomplete");
    assert.equal(midway.exit, "suspend");
  }

  // The second launch: a fresh browser, only the platform's copy: the quiz goes on at the
  // fourth question.
  const saved = { suspend_data: midway.suspend_data, interactions: midway.interactions };
  const second = await openInLms(quiz, version, { saved, via });
  for (let n = 3; n < asked.length; n++) {
    const [question, response] = await answer(set, second.frame, n, plan[kindOf(asked[n])]);
    answers[question.id] = response;
  }
  await second.frame.getByRole("heading", { name: "Your score" }).waitFor();
  assert.equal(await second.frame.getByRole("heading", { name: "Hand in your result" }).count(), 0, "no hand-in");
  assert.equal(await button(second.frame, "Share").count(), 0, "no sharing");
  await leave(second.page, version);
  const final = await recorded(second.page);
  assert.deepEqual(second.errors, []);
  await second.context.close();
  return { answers, final };
}

/** What the core makes of `answers` over the questions asked. */
function expectedScore({ dir, asked }, answers) {
  const { questions } = coreScore(answers, dir);
  const earned = asked.reduce((sum, q) => sum + questions[q.id].earned, 0);
  const max = asked.reduce((sum, q) => sum + questions[q.id].max, 0);
  return { earned, max, percent: Math.floor((200 * earned + max) / (2 * max)), questions };
}

function checkInteractions(set, version, interactions, answers) {
  const { asked } = set;
  const scored = expectedScore(set, answers).questions;
  const list = Object.values(interactions);
  assert.equal(list.length, asked.length, "one interaction per question");
  const kindsPartly = [];
  for (const question of asked) {
    const entry = list.find((i) => i.id === question.id);
    assert.ok(entry, `an interaction for ${question.id}`);
    const kind = kindOf(question);
    assert.equal(entry.type, TYPES[kind], question.id);
    assert.equal(entry.correct_responses["0"].pattern, correctPattern(version, question), question.id);
    const learner = version === "1.2" ? entry.student_response : entry.learner_response;
    assert.equal(learner, responsePattern(version, answers[question.id]), question.id);
    assert.equal(Number(entry.weighting), question.points, question.id);
    const { verdict, earned } = scored[question.id];
    const expected =
      verdict === "Correct" ? "correct" : verdict === "Partial" ? String(earned / 100) : version === "1.2" ? "wrong" : "incorrect";
    assert.equal(entry.result, expected, `${question.id}: ${verdict}`);
    if (verdict === "Partial") kindsPartly.push(kind);
    assert.ok(entry[version === "1.2" ? "time" : "timestamp"], "a time");
  }
  return kindsPartly;
}

for (const set of QUIZZES) {
  test(`SCORM 1.2 (${set.quiz.slug}): an attempt in two launches reaches the platform: score, pass, interactions`, async () => {
    // Right, wrong and partly right answers; the pass mark is 50 %.
    const plan = { Single: "right", Multiple: "partial", TrueFalse: "wrong", Order: "partial", Numeric: "right", Evidence: "right" };
    const { answers, final } = await takeTwice(set, "1.2", plan);
    const expected = expectedScore(set, answers);
    assert.equal(Number(final.core.score.raw), expected.earned / 100);
    assert.equal(Number(final.core.score.max), expected.max / 100);
    assert.equal(Number(final.core.score.min), 0);
    assert.equal(final.core.lesson_status, expected.percent >= 50 ? "passed" : "failed");
    assert.equal(final.core.exit, "");
    assert.match(final.core.session_time, /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    const partly = checkInteractions(set, "1.2", final.interactions, answers);
    assert.deepEqual(partly.sort(), ["Multiple", "Order"], "a partly right answer of each kind that has them");
  });

  test(`SCORM 2004 (${set.quiz.slug}): found through a frame of another origin; completion, no pass mark, interactions`, async () => {
    const plan = { Single: "wrong", Multiple: "partial", TrueFalse: "right", Order: "partial", Numeric: "wrong", Evidence: "wrong" };
    const { answers, final } = await takeTwice(set, "2004", plan, { via: true });
    const expected = expectedScore(set, answers);
    assert.equal(Number(final.score.raw), expected.earned / 100);
    assert.equal(Number(final.score.max), expected.max / 100);
    assert.equal(Number(final.score.min), 0);
    assert.ok(Math.abs(Number(final.score.scaled) - expected.earned / expected.max) < 0.0001);
    assert.equal(final.completion_status, "completed");
    assert.equal(final.success_status, "unknown", "no pass mark: no success status");
    assert.equal(final.exit, "normal");
    assert.match(final.session_time, /^PT[\d.]+S$/);
    const partly = checkInteractions(set, "2004", final.interactions, answers);
    assert.deepEqual(partly.sort(), ["Multiple", "Order"]);
  });
}

test("outside a learning platform the package is the plain widget, with its hand-in", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const [set] = QUIZZES;
  await page.goto(`${env.server.url}/${set.quiz.slug}/p1.2/index.html`);
  await page.getByText(`A quiz on “${set.quiz.meta.article_title}”`).waitFor();
  for (let n = 0; n < set.asked.length; n++) await answer(set, page, n, "right");
  await page.getByRole("heading", { name: "Hand in your result" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("the package's manifest names every file it holds and the launch page", () => {
  for (const version of ["1.2", "2004"]) {
    const folder = join(root, QUIZZES[1].quiz.slug, `p${version}`);
    const manifest = readFileSync(join(folder, "imsmanifest.xml"), "utf8");
    assert.match(manifest, version === "1.2" ? /<schemaversion>1\.2<\/schemaversion>/ : /<schemaversion>2004 4th Edition<\/schemaversion>/);
    assert.match(manifest, /href="index\.html"/);
    for (const [, file] of manifest.matchAll(/<file href="([^"]+)"/g)) {
      assert.ok(readFileSync(join(folder, file)).length > 0, file);
    }
    if (version === "1.2") assert.match(manifest, /<adlcp:masteryscore>50<\/adlcp:masteryscore>/);
  }
});
