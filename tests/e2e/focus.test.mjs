// End-to-end: with several quizzes on one page, each moves focus only within itself,
// and a host's command never pulls the reader out of where they are. Two script embeds
// (their elements carry the same ids, each in its shadow root) and two iframes; the host
// sends `goto` to one of each while the reader is in another quiz or in the page's own
// field: the commanded quiz changes question and focus stays with the reader. With focus
// nowhere, it lands on the commanded quiz's heading, never in another quiz.
import assert from "node:assert/strict";
import { test } from "node:test";

import { addQuizzes, withDemoServer } from "./demo.mjs";
import { newPage, quizData } from "./helpers.mjs";

const quiz = quizData();
const env = withDemoServer(quiz);

/** Where focus is: the quiz element or frame that holds it, and the element inside. */
const whereFocus = () => {
  const outer = document.activeElement;
  const inner = outer?.shadowRoot?.activeElement ?? outer?.contentDocument?.activeElement ?? outer;
  return { quiz: outer?.dataset?.id || outer?.id || outer?.tagName, inner: inner?.id || inner?.tagName, text: inner?.textContent };
};

test("a host command to one of several quizzes changes that quiz only, and never takes the reader's focus", async () => {
  const { page, errors } = await newPage(env.browser);
  await page.goto(`${env.demo.url}/many.html`);
  await page.evaluate(addQuizzes, [env.widget.url, encodeURIComponent(env.demo.url), 2]);
  await page.waitForFunction(() => window.quizEvents.filter((e) => e.type === "ready").length >= 4, null, { timeout: 60_000 });

  // Script embeds: the reader is in s0 (on its first option); the page sends s1 to question 3.
  const s0 = page.locator('[data-id="s0"]');
  const s1 = page.locator('[data-id="s1"]');
  await s0.getByRole("radio").first().focus();
  const before = await page.evaluate(whereFocus);
  assert.equal(before.quiz, "s0");
  const goto = (id, question) =>
    page.evaluate(
      ([id, question]) =>
        document.querySelector(`[data-id="${id}"]`).dispatchEvent(
          new CustomEvent("article-quiz-command", { detail: { source: "article-quiz-host", version: 1, type: "goto", question } }),
        ),
      [id, question],
    );
  await goto("s1", 3);
  await s1.getByRole("heading", { name: /^Question 3 of/ }).waitFor();
  // A frame for the widget to have moved focus, had it meant to.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  // Focus is exactly where the reader left it: s0's first option.
  assert.deepEqual(await page.evaluate(whereFocus), before);
  // s0 stayed where the reader left it.
  assert.equal(await s0.getByRole("heading", { name: /^Question 1 of/ }).count(), 1);

  // The reader types in the page's own field: a command leaves them there.
  await page.evaluate(() => document.body.insertAdjacentHTML("afterbegin", '<input id="host-search" aria-label="Search">'));
  await page.locator("#host-search").focus();
  await goto("s1", 4);
  await s1.getByRole("heading", { name: /^Question 4 of/ }).waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal((await page.evaluate(whereFocus)).quiz, "host-search");

  // Focus nowhere (on the page's body): it lands on the commanded quiz's heading, not s0's.
  await page.evaluate(() => document.activeElement.blur());
  await goto("s1", 2);
  await page.waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.id === "aq-question-heading");
  const afterScript = await page.evaluate(whereFocus);
  assert.deepEqual([afterScript.quiz, afterScript.inner], ["s1", "aq-question-heading"], JSON.stringify(afterScript));
  assert.match(afterScript.text, /^Question 2 of/);

  // Iframes: the reader is in f0; the page sends f1 to question 2.
  const f0 = page.frameLocator("#f0");
  const f1 = page.frameLocator("#f1");
  const inFrame = (id) =>
    page.frame({ url: new RegExp(`id=${id}`) }).evaluate(() => ({ inner: document.activeElement?.id || document.activeElement?.tagName }));
  await f0.getByRole("radio").first().focus();
  const f0Before = await inFrame("f0");
  await page.evaluate(() => window.ArticleQuiz.send(document.getElementById("f1"), { type: "goto", question: 2 }));
  await f1.getByRole("heading", { name: /^Question 2 of/ }).waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  // f1's page has no focus, so it takes none; f0 kept the reader's option and its first question.
  assert.notEqual((await inFrame("f1")).inner, "aq-question-heading");
  assert.deepEqual(await inFrame("f0"), f0Before);
  assert.equal((await page.evaluate(whereFocus)).quiz, "f0");
  assert.equal(await f0.getByRole("heading", { name: /^Question 1 of/ }).count(), 1);

  // The reader in f1 itself: its own command's focus goes to its heading.
  await f1.getByRole("radio").first().focus();
  await page.evaluate(() => window.ArticleQuiz.send(document.getElementById("f1"), { type: "goto", question: 3 }));
  await f1.getByRole("heading", { name: /^Question 3 of/ }).waitFor();
  await f1.locator("#aq-question-heading:focus").waitFor();

  assert.deepEqual(errors, []);
});
