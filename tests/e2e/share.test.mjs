// End-to-end: the end screen's offer to share a result. The card holds the quiz's title,
// the score, a mark per question in the order asked and a link back, and nothing of any
// question (checked against the quiz's data); it goes through the Web Share API where
// the browser has it (stubbed here to record the call) and to the clipboard otherwise.
// A teacher's test and a host that says `share=off` get no offer.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";

import { QUIZ_DIR, answerWithMouse, button, currentQuestion, newPage, quizData, withQuizServer } from "./helpers.mjs";

const env = withQuizServer();
const quiz = quizData();
const PLAN = ["right", "wrong", "right"];
const ids = quiz.questions.filter((q) => ["Single", "TrueFalse", "Evidence"].includes(Object.keys(q.kind)[0])).slice(0, 3).map((q) => q.id);
const link = (...flags) =>
  execFileSync("cargo", ["run", "--quiet", "--bin", "quiz-check", "--", "--link", QUIZ_DIR, ...flags, "--questions", ids.join(",")], {
    encoding: "utf8",
  }).trim();

/** Takes a practice assignment of three questions to its end screen. */
async function finish(page, address) {
  await page.goto(address);
  for (let n = 0; n < PLAN.length; n++) {
    await page.getByRole("heading", { name: `Question ${n + 1} of ${PLAN.length}` }).waitFor();
    await answerWithMouse(page, await currentQuestion(page, quiz), PLAN[n]);
    await button(page, "Check answer").click();
    await button(page, n === PLAN.length - 1 ? "See your score" : "Next question").click();
  }
  await page.getByRole("heading", { name: "Your score" }).waitFor();
}

/** Every text of the quiz that would give a question away. */
const secrets = () =>
  quiz.questions.flatMap((q) => {
    const [kind, data] = Object.entries(q.kind)[0];
    const texts = [q.prompt, q.explanation, ...q.excerpts];
    if (kind === "Single" || kind === "Multiple") texts.push(...data.options.flatMap((o) => [o.text, o.feedback ?? ""]));
    if (kind === "Order") texts.push(...data.items);
    if (kind === "Evidence") texts.push(...data.passage);
    return texts.filter((t) => t.length >= 12);
  });

function assertCard(card, score, page) {
  const lines = card.split("\n");
  assert.equal(lines[0], `Quiz: ${quiz.meta.article_title}`);
  assert.equal(lines[1], score);
  assert.equal(lines[2], "✓✗✓", "a mark per question, in the order asked");
  assert.equal(lines[3], `${page}/`, "back to the quiz's page, without the assignment");
  for (const secret of secrets()) assert.ok(!card.includes(secret), `the card gives away: ${secret}`);
}

test("a finished quiz shares a spoiler-free card by Web Share, and says so", async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.addInitScript(() => {
    window.shared = [];
    navigator.share = (data) => (window.shared.push(data), Promise.resolve());
  });
  await finish(page, `${env.server.url}/#a=${link()}`);
  const score = `${await page.locator(".aq-score-points").textContent()} (${await page.locator(".aq-score-percent").textContent()})`;
  await page.getByRole("heading", { name: "Share your result" }).waitFor();
  await button(page, "Share").click();
  await page.getByText("Shared.", { exact: true }).waitFor();
  const [data] = await page.evaluate(() => window.shared);
  assert.equal(data.title, `Quiz: ${quiz.meta.article_title}`);
  assertCard(data.text, score, env.server.url);
  // What is shown is what is sent; a screen reader hears the marks as verdicts.
  assert.equal(await page.locator(".aq-share-card [aria-hidden=true]").textContent(), data.text);
  assert.match(await page.locator(".aq-share-card .aq-visually-hidden").textContent(), /In order: 1 Correct, 2 Not quite, 3 Correct\./);
  assert.deepEqual(errors, []);
  await context.close();
});

test("without Web Share, the card goes to the clipboard", async () => {
  const { context, page, errors } = await newPage(env.browser, { clipboard: true });
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
    delete navigator.share;
  });
  await finish(page, `${env.server.url}/#a=${link()}`);
  const score = `${await page.locator(".aq-score-points").textContent()} (${await page.locator(".aq-score-percent").textContent()})`;
  await button(page, "Share").click();
  await page.getByText("Copied. Paste it anywhere.").waitFor();
  assertCard(await page.evaluate(() => navigator.clipboard.readText()), score, env.server.url);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a teacher's test and a host's share=off offer no sharing", async () => {
  for (const address of [`/#a=${link("--test")}`, `/?share=off#a=${link()}`]) {
    const { context, page } = await newPage(env.browser);
    await page.goto(env.server.url + address);
    const count = PLAN.length;
    for (let n = 0; n < count; n++) {
      await page.getByRole("heading", { name: `Question ${n + 1} of ${count}` }).waitFor();
      await answerWithMouse(page, await currentQuestion(page, quiz), "right");
      const test = address.includes("share=off") === false;
      if (test) await button(page, n === count - 1 ? "Finish test" : "Next question").click();
      else {
        await button(page, "Check answer").click();
        await button(page, n === count - 1 ? "See your score" : "Next question").click();
      }
    }
    await page.getByRole("heading", { name: "Your score" }).waitFor();
    assert.equal(await page.getByRole("heading", { name: "Share your result" }).count(), 0, address);
    assert.equal(await button(page, "Share").count(), 0, address);
    await context.close();
  }
});
