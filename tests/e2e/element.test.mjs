// End-to-end: the <article-quiz> custom element that article-quiz.js defines, on the
// demo site's bare page (tests/demo/many.html, another origin, a strict CSP): its
// attributes are the quiz's options, a change of one mounts it again with the new
// options, it tells the page what happens with events on itself, and it leaves nothing
// behind when taken off the page.
import assert from "node:assert/strict";
import { test } from "node:test";

import { withDemoServer } from "./demo.mjs";
import { newPage, quizData } from "./helpers.mjs";

const quiz = quizData();
const env = withDemoServer(quiz);

test("<article-quiz> takes its options as attributes, follows their changes and unmounts when removed", async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(`${env.demo.url}/many.html`);
  // Its own events, on the element itself.
  await page.evaluate(() => {
    const element = document.createElement("article-quiz");
    element.id = "e1";
    element.setAttribute("instance", "quiz-e1");
    element.setAttribute("lang", "es");
    element.setAttribute("mode", "test");
    window.elementEvents = [];
    for (const type of ["ready", "answered"]) {
      element.addEventListener(`article-quiz:${type}`, (e) => window.elementEvents.push([type, e.detail.instance, e.detail.detail?.mode ?? null]));
    }
    document.getElementById("quizzes").append(element);
  });
  const quizElement = page.locator("#e1");
  await quizElement.getByRole("heading", { name: /^Pregunta 1 de/ }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.elementEvents[0]), ["ready", "quiz-e1", "test"]);
  // Test mode, in Spanish.
  assert.equal(await quizElement.getByRole("radio", { name: /^Examen/ }).isChecked(), true);

  // A new language: the quiz is mounted again, in English.
  await page.evaluate(() => document.getElementById("e1").setAttribute("lang", "en"));
  await quizElement.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  assert.equal(await quizElement.locator("section.aq").count(), 1, "one quiz, not two");
  assert.equal(await quizElement.getByRole("radio", { name: /^Test/ }).isChecked(), true, "still in test mode");

  // Taken off the page: its quiz is unmounted and its shadow root emptied.
  const removed = await page.evaluateHandle(() => {
    const element = document.getElementById("e1");
    element.remove();
    return element;
  });
  await page.waitForFunction((el) => el.shadowRoot.childElementCount === 0, removed);
  assert.deepEqual(errors, []);
  await context.close();
});

test("<article-quiz> removed and put back, or moved, keeps working; its old quiz is gone", async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(`${env.demo.url}/many.html`);
  const element = await page.evaluateHandle(() => {
    const element = document.createElement("article-quiz");
    element.id = "e2";
    document.getElementById("quizzes").append(element);
    return element;
  });
  const quizElement = page.locator("#e2");
  await quizElement.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  // Moved within the page (detached and attached in one task): the same quiz stays.
  await page.evaluate((el) => {
    const other = document.createElement("section");
    document.body.append(other);
    other.append(el);
  }, element);
  await page.waitForTimeout(100);
  assert.equal(await quizElement.locator("section.aq").count(), 1);
  // Removed: the shadow root is emptied at once. Put back: a fresh quiz.
  await page.evaluate((el) => el.remove(), element);
  await page.waitForFunction((el) => el.shadowRoot.childElementCount === 0, element);
  await page.evaluate((el) => document.getElementById("quizzes").append(el), element);
  await quizElement.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  assert.equal(await quizElement.locator("section.aq").count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("two copies of the quiz on one page, named apart, each keep their own progress", async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(`${env.demo.url}/many.html`);
  // Progress kept before embeds had their own keys: each named copy starts from it once.
  await page.evaluate(() => localStorage.clear());
  const place = () =>
    page.evaluate(() => {
      for (const id of ["left", "right"]) {
        const div = document.createElement("div");
        div.dataset.articleQuiz = "";
        div.dataset.id = id;
        document.getElementById("quizzes").append(div);
      }
    });
  await place();
  const left = page.locator("[data-id=left]");
  const right = page.locator("[data-id=right]");
  await left.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  await right.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  const first = quiz.questions[0];
  await left.getByRole("radio", { name: first.kind.Single.options[first.kind.Single.correct].text, exact: true }).check();
  await left.getByRole("button", { name: "Check answer", exact: true }).click();
  await left.getByRole("button", { name: "Next question", exact: true }).waitFor();
  // The right-hand copy, answered after, must not have written over the left's.
  await right.getByRole("radio", { name: first.kind.Single.options[(first.kind.Single.correct + 1) % 4].text, exact: true }).check();
  assert.deepEqual(
    (await page.evaluate(() => Object.keys(localStorage))).filter((k) => k.includes(":progress")).sort(),
    ["article-quiz:iranian-people:progress:left", "article-quiz:iranian-people:progress:right"],
  );
  await page.reload();
  await place();
  await left.getByRole("button", { name: "Next question", exact: true }).waitFor();
  assert.equal(await left.locator(".aq-verdict").count(), 1, "the left copy resumes checked");
  await right.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  assert.equal(await right.locator(".aq-verdict").count(), 0, "the right copy resumes unchecked");
  assert.ok(await right.getByRole("radio", { name: first.kind.Single.options[(first.kind.Single.correct + 1) % 4].text, exact: true }).isChecked());
  assert.deepEqual(errors, []);
  await context.close();
});
