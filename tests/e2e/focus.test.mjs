// End-to-end: with several quizzes on one page, each moves focus only within itself.
// Two script embeds (their elements carry the same ids, each in its shadow root) and two
// iframes; the host sends `goto` to one of each while the reader is in another, and
// focus lands on the commanded quiz's question heading, never in the quiz the reader
// was in.
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

test("a host command to one of several quizzes moves focus in that quiz only", async () => {
  const { page, errors } = await newPage(env.browser);
  await page.goto(`${env.demo.url}/many.html`);
  await page.evaluate(addQuizzes, [env.widget.url, encodeURIComponent(env.demo.url), 2]);
  await page.waitForFunction(() => window.quizEvents.filter((e) => e.type === "ready").length >= 4, null, { timeout: 60_000 });

  // Script embeds: the reader is in s0 (on its first option); the page sends s1 to question 3.
  const s0 = page.locator('[data-id="s0"]');
  const s1 = page.locator('[data-id="s1"]');
  await s0.getByRole("radio").first().focus();
  assert.equal((await page.evaluate(whereFocus)).quiz, "s0");
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
  await page.waitForFunction(() => document.activeElement?.dataset?.id !== "s0" || document.activeElement.shadowRoot.activeElement?.id === "aq-question-heading");
  const afterScript = await page.evaluate(whereFocus);
  assert.deepEqual([afterScript.quiz, afterScript.inner], ["s1", "aq-question-heading"], JSON.stringify(afterScript));
  assert.match(afterScript.text, /^Question 3 of/);
  // s0 stayed where the reader left it.
  assert.equal(await s0.getByRole("heading", { name: /^Question 1 of/ }).count(), 1);

  // Iframes: the reader is in f0; the page sends f1 to question 2.
  const f0 = page.frameLocator("#f0");
  const f1 = page.frameLocator("#f1");
  await f0.getByRole("radio").first().focus();
  await page.evaluate(() => window.ArticleQuiz.send(document.getElementById("f1"), { type: "goto", question: 2 }));
  await f1.getByRole("heading", { name: /^Question 2 of/ }).waitFor();
  const inFrame = (id) =>
    page.frame({ url: new RegExp(`id=${id}`) }).evaluate(() => ({ inner: document.activeElement?.id || document.activeElement?.tagName }));
  await f1.locator("#aq-question-heading:focus").waitFor();
  assert.equal((await inFrame("f1")).inner, "aq-question-heading");
  // f0 kept the reader's option focused and its first question.
  assert.equal((await inFrame("f0")).inner !== "aq-question-heading", true);
  assert.equal(await f0.getByRole("heading", { name: /^Question 1 of/ }).count(), 1);

  assert.deepEqual(errors, []);
});
