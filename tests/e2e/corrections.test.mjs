// End-to-end: the demo news page with one paragraph of its article corrected after the
// quiz was written. Each quiz that shows excerpts in the page's article leaves out
// exactly the questions quoting that paragraph, says so, scores out of the rest, and
// tells the page which they were; a teacher's assignment keeps its questions, with a
// note beside each affected one.
import assert from "node:assert/strict";
import { test } from "node:test";

import { openDemo, withDemoServer } from "./demo.mjs";
import { answerWithMouse, button, currentQuestion, newPage, quizData } from "./helpers.mjs";

const quiz = quizData();
const escape = (s) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const paragraphs = quiz.article.paragraphs.slice(0, quiz.article.body_paragraphs);
// The paragraph the first question quotes (the demo's assignment asks questions 1 and 5).
const edited = paragraphs.findIndex((p) => quiz.questions[0].excerpts.some((e) => p.includes(e)));
// Exactly the questions with an excerpt in it, found from the quiz's data.
const affected = quiz.questions.filter((q) => q.excerpts.some((e) => paragraphs[edited].includes(e)));
const kept = quiz.questions.filter((q) => !affected.includes(q));

// Served twice: as published, and with paragraph `edited` corrected (every sentence of
// it) and the assignment opted in to showing excerpts too.
const published = withDemoServer(quiz);
const corrected = withDemoServer(quiz, {
  [`<p>${escape(paragraphs[edited])}</p>`]: `<p>${escape(paragraphs[edited].replaceAll(" ", " [corrected] "))}</p>`,
  'id="quiz-2"': 'id="quiz-2" data-article-quiz-highlight="#story"',
});

async function openCorrected(page) {
  await openDemo(page, `${corrected.demo.url}/`);
  const shown = await page.locator("#story").innerText();
  assert.ok(shown.includes("[corrected]") && !shown.includes(paragraphs[edited]), "the page shows the corrected paragraph");
}

const missing = (page, on) =>
  page.evaluate((on) => window.quizEvents.filter((e) => e.type === "excerpts-missing" && e.on === on).map((e) => e.detail), on);

test("a corrected paragraph leaves out exactly the questions quoting it, and the rest are scored", async () => {
  assert.ok(affected.length > 0 && kept.length > 0, `paragraph ${edited + 1} is quoted by some questions, not all`);
  const { context, page, errors } = await newPage(corrected.browser, { viewport: { width: 1000, height: 900 } });
  await openCorrected(page);
  const note = `${affected.length} question${affected.length === 1 ? " was" : "s were"} left out because the passage ${affected.length === 1 ? "it quotes" : "they quote"} has changed.`;
  const ids = affected.map((q) => q.id);

  // The iframe and the script embed: told, shortened, and the page hears which.
  for (const [on, frame] of [["quiz-1", page.frameLocator("#quiz-1")], ["quiz-3", page.locator("[data-id=quiz-3]")]]) {
    await frame.getByRole("status").filter({ hasText: note }).waitFor();
    await frame.getByText(`Quiz · ${kept.length} questions`).waitFor();
    await page.waitForFunction((on) => window.quizEvents.some((e) => e.type === "excerpts-missing" && e.on === on), on);
    assert.deepEqual(await missing(page, on), [{ questions: ids, asked: false }], `${on}: told once, naming them`);
  }

  // Quiz 1 to its end, as a test (the set-aside questions stay out after a restart).
  const frame = page.frameLocator("#quiz-1");
  await frame.getByRole("radio", { name: /^Test/ }).check();
  const asked = [];
  for (let n = 0; n < kept.length; n++) {
    await frame.getByRole("heading", { name: `Question ${n + 1} of ${kept.length}` }).waitFor();
    const question = await currentQuestion(frame, quiz);
    asked.push(question.id);
    await answerWithMouse(frame, question, "right");
    await button(frame, n === kept.length - 1 ? "Finish test" : "Next question").click();
  }
  assert.deepEqual(asked.sort(), kept.map((q) => q.id).sort(), "every other question is asked");
  await page.waitForFunction(() => window.quizEvents.some((e) => e.type === "completed" && e.on === "quiz-1"));
  const completed = await page.evaluate(() => window.quizEvents.find((e) => e.type === "completed" && e.on === "quiz-1").detail);
  const max = kept.reduce((sum, q) => sum + q.points, 0);
  assert.deepEqual({ points: completed.points, max: completed.max, percent: completed.percent }, { points: max, max, percent: 100 });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a teacher's assignment keeps its questions and notes each one whose passage changed", async () => {
  const { context, page, errors } = await newPage(corrected.browser, { viewport: { width: 1000, height: 900 } });
  await openCorrected(page);
  const frame = page.frameLocator("#quiz-2");
  await page.waitForFunction(() => window.quizEvents.some((e) => e.type === "excerpts-missing" && e.on === "quiz-2"));
  assert.deepEqual(await missing(page, "quiz-2"), [{ questions: affected.map((q) => q.id), asked: true }]);
  const note = "The article on this page has changed since this question was written: the passage it quotes is no longer there.";
  let noted = 0;
  for (const n of [1, 2]) {
    await frame.getByRole("heading", { name: `Question ${n} of 2` }).waitFor();
    const shown = await frame.getByText(note).count();
    assert.equal(shown, affected.includes(await currentQuestion(frame, quiz)) ? 1 : 0, `question ${n}`);
    noted += shown;
    if (n === 1) await button(frame, "Next question").click();
  }
  const assigned = [quiz.questions[0], quiz.questions[4]];
  assert.equal(noted, assigned.filter((q) => affected.includes(q)).length, "a note beside each affected question");
  assert.ok(noted > 0);
  assert.equal(await frame.getByText(/left out because/).count(), 0, "nothing is left out of an assignment");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the page as published sets nothing aside", async () => {
  const { context, page, errors } = await newPage(published.browser, { viewport: { width: 1000, height: 900 } });
  await openDemo(page, `${published.demo.url}/`);
  // The frame has compared its excerpts once the page has answered a later message: the
  // page sends the article with its hello, and messages arrive in the order sent. (The
  // script embed is sent its article as it says ready.)
  const frame = page.frameLocator("#quiz-1");
  const first = quiz.questions[0];
  await frame.getByRole("radio", { name: first.kind.Single.options[first.kind.Single.correct].text, exact: true }).check();
  await frame.getByRole("button", { name: "Check answer", exact: true }).click();
  await frame.getByRole("button", { name: /^Show in article/ }).first().click();
  await frame.getByText("Highlighted in the article on this page.").waitFor();
  await frame.getByText(`Quiz · ${quiz.questions.length} questions`).waitFor();
  await page.locator("[data-id=quiz-3]").getByText(`Quiz · ${quiz.questions.length} questions`).waitFor();
  assert.equal(await frame.getByText(/left out because/).count(), 0);
  assert.equal(await page.evaluate(() => window.quizEvents.filter((e) => e.type === "excerpts-missing").length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
