// End-to-end: a browser that will not keep anything. Storage full (every write throws) or
// blocked (even reading `localStorage` throws, as in a partitioned or sandboxed frame):
// the quiz says so once, in the reader's language, keeps working, and loses nothing it
// holds; a hand-in does not promise to remember the name, and the teacher's page says
// the pasted codes will not be kept.
import assert from "node:assert/strict";
import { test } from "node:test";

import { openDemo, withDemoServer } from "./demo.mjs";
import { button, newPage, quizData } from "./helpers.mjs";

const quiz = quizData();
const env = withDemoServer(quiz);

const NOT_SAVED =
  "This browser is not letting the quiz keep anything on this device, so if you reload the page your answers so far will be lost. Everything else works.";

/** Every write to storage fails, as when it is full. */
const full = () => {
  Storage.prototype.setItem = function () {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  };
};
/** Storage cannot even be reached, as when the browser blocks it. */
const blocked = () => {
  Object.defineProperty(window, "localStorage", {
    get() {
      throw new DOMException("The operation is insecure.", "SecurityError");
    },
  });
};

async function pageWith(refuse, options) {
  const opened = await newPage(env.browser, options);
  await opened.context.addInitScript(refuse);
  return opened;
}

test("with storage full, the standalone quiz says so once and is taken to the end", async () => {
  const { context, page, errors } = await pageWith(full);
  await page.goto(env.widget.url);
  const notice = page.locator(".aq-notice--not-saved");
  await notice.waitFor();
  assert.equal(await notice.locator("p").textContent(), NOT_SAVED);
  // Answering and checking changes the session (and fails to save it) again: still one.
  const { options, correct } = quiz.questions[0].kind.Single;
  await page.getByRole("radio", { name: options[correct].text }).check();
  await button(page, "Check answer").click();
  await page.getByText("Correct", { exact: true }).first().waitFor();
  assert.equal(await notice.count(), 1);
  await button(notice, "Dismiss").click();
  assert.equal(await notice.count(), 0, "dismissed, and not said again");
  await button(page, "Next question").click();
  for (let n = 2; n < quiz.questions.length; n++) await button(page, "Skip").click();
  await button(page, "See your score").click();
  await page.getByRole("heading", { name: "Your score" }).waitFor();
  assert.equal(await page.locator(".aq-score-points").textContent(), "1 of 45 points", "the first answer was kept");
  assert.equal(await notice.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("in Spanish, the notice is in Spanish", async () => {
  const { context, page } = await pageWith(blocked);
  await page.goto(`${env.widget.url}/?lang=es`);
  await page.locator(".aq-notice--not-saved").waitFor();
  assert.match(await page.locator(".aq-notice--not-saved p").textContent(), /^Este navegador no deja que el cuestionario guarde nada/);
  await context.close();
});

test("with storage blocked, both embeds say so, and an assignment is handed in without promising to remember the name", async () => {
  const { context, page, errors } = await pageWith(blocked, { viewport: { width: 1000, height: 900 } });
  await openDemo(page, env.demo.url);
  // The iframe embeds (storage blocked in their frames) and the script embed (in the page).
  for (const frame of ["#quiz-1", "#quiz-2"]) {
    const notice = page.frameLocator(frame).locator(".aq-notice--not-saved p");
    await notice.waitFor();
    assert.equal(await notice.textContent(), NOT_SAVED, frame);
  }
  const script = page.locator('div[data-id="quiz-3"] .aq-notice--not-saved p');
  await script.waitFor();
  assert.equal(await script.textContent(), NOT_SAVED);
  // The second frame is a two-question test assignment: take it and hand it in.
  const short = page.frameLocator("#quiz-2");
  await short.getByRole("heading", { name: "Question 1 of 2" }).waitFor();
  await button(short, "Next question").click();
  await button(short, "Finish test").click();
  await short.getByRole("heading", { name: "Hand in your result" }).waitFor();
  assert.equal(await short.locator("#aq-name-hint").textContent(), "This browser will not let the quiz remember it.");
  await short.getByRole("textbox", { name: "Your name (optional)" }).fill("Mina");
  assert.match(await short.getByRole("textbox", { name: "Your result code" }).inputValue(), /^[A-Za-z0-9_-]{20,}$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("with storage full, the teacher's page says the pasted codes will not be kept", async () => {
  const { context, page, errors } = await pageWith(full);
  await page.goto(`${env.widget.url}/teacher/`);
  const codes = page.getByRole("textbox", { name: /codes/i });
  await codes.fill("not a code");
  await page
    .getByText("This browser is not letting the page keep the codes, so they will be gone if you reload it. Everything else works.")
    .waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("where the browser keeps things, nothing is said about storage", async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.widget.url);
  const { options, correct } = quiz.questions[0].kind.Single;
  await page.getByRole("radio", { name: options[correct].text }).check();
  await button(page, "Check answer").click();
  await button(page, "Next question").click();
  assert.equal(await page.locator(".aq-notice--not-saved").count(), 0);
  assert.equal(await page.locator("#aq-question-heading").textContent(), `Question 2 of ${quiz.questions.length}`);
  await context.close();
});
