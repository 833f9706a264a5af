// End-to-end: a student takes the quiz in real headless Chromium, against the release
// build in dist/ served on 127.0.0.1. Run with `node --test tests/e2e/` after
// `scripts/build` (scripts/test does both).
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  LIVE_HEADING,
  PLAN,
  UI,
  announcement,
  answerWithMouse,
  button,
  coreScore,
  currentQuestion,
  eachKind,
  kindOf,
  newPage,
  quizData,
  readResult,
  withQuizServer,
  shownScore,
  verdictText,
} from "./helpers.mjs";

const VERDICT = { right: "Correct", wrong: "Not quite", partial: "Partly right" };
const env = withQuizServer();
const quiz = quizData();

async function open({ colorScheme = "light", width = 1280, lang = "en" } = {}) {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width, height: 900 }, colorScheme });
  await page.goto(lang === "en" ? env.server.url : `${env.server.url}/?lang=${lang}`);
  await page.getByRole("heading", { name: UI[lang].position(1, quiz.questions.length) }).waitFor();
  // The live widget, which reads and writes saved progress (a test that changes storage
  // must not race it starting).
  await page.locator(LIVE_HEADING).waitFor();
  return { page, context, errors };
}

/** Waits until keyboard focus is on the element with `id` (focus moves a frame later). */
function focusReaches(page, id) {
  return page.waitForFunction((id) => document.activeElement?.id === id, id, { timeout: 2000 });
}

/** What a plan does with question `i`: a mix of right, wrong and partly right. */
function planFor(question, i) {
  const how = PLAN[i % 3];
  const partialKinds = ["Multiple", "Order"];
  return how === "partial" && !partialKinds.includes(kindOf(question)) ? "right" : how;
}

test("a student completes the quiz in practice mode and sees the score the core computes", async () => {
  const { page, context, errors } = await open();
  const answers = {};
  for (let i = 0; i < quiz.questions.length; i++) {
    await page.getByRole("heading", { name: `Question ${i + 1} of ${quiz.questions.length}` }).waitFor();
    const question = await currentQuestion(page, quiz);
    const how = planFor(question, i);
    answers[question.id] = await answerWithMouse(page, question, how);
    await button(page, "Check answer").click();
    assert.equal(await verdictText(page), VERDICT[how], `${question.id} (${how})`);
    assert.match(await announcement(page), new RegExp(`^${VERDICT[how]}\\. You earned`));
    // Every answer is explained with its excerpt, verbatim.
    const quotes = await page.locator("blockquote.aq-quote").allTextContents();
    assert.deepEqual(quotes, question.excerpts);
    const last = i + 1 === quiz.questions.length;
    await button(page, last ? "See your score" : "Next question").click();
  }
  const expected = coreScore(answers);
  assert.equal(await shownScore(page), `${expected.shown} points`);
  assert.match(await page.locator(".aq-score-percent").textContent(), new RegExp(`^${expected.percent}%$`));
  assert.match(await announcement(page), new RegExp(`Your score: ${expected.shown.replace(/\./g, "\\.")}`));
  assert.deepEqual(errors, []);
  await context.close();
});

for (const lang of ["en", "es", "fa"]) {
  test(`the whole quiz can be taken with the keyboard alone, lang=${lang}`, async () => {
    const words = UI[lang];
    const { page, context } = await open({ lang });
    const answers = {};
    const press = (key) => page.keyboard.press(key);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        const label = el.labels?.[0]?.textContent ?? "";
        return {
          id: el.id,
          tag: el.tagName,
          type: el.type ?? "",
          group: el.getAttribute("name") ?? "",
          name: el.getAttribute("aria-label") ?? (label || el.textContent),
        };
      });
    /** Presses Tab until the focused element satisfies `wanted` (at most 40 times). */
    const tabTo = async (wanted, what) => {
      for (let n = 0; n < 40; n++) {
        if (wanted(await focused())) return;
        await press("Tab");
      }
      throw new Error(`Tab never reached ${what}`);
    };
    for (let i = 0; i < quiz.questions.length; i++) {
      // Focus starts on the question's heading (after "Next"); on the first, Tab in.
      const question = await currentQuestion(page, quiz);
      const [kind, data] = Object.entries(question.kind)[0];
      if (kind === "Single" || kind === "Evidence" || kind === "TrueFalse") {
        const labels = kind === "Single" ? data.options.map((o) => o.text) : kind === "Evidence" ? data.passage : [words.true, words.false];
        const want = kind === "TrueFalse" ? (data.correct ? words.true : words.false) : labels[data.correct];
        await tabTo((f) => f.type === "radio" && f.group === `aq-q-${question.id}`, "the options");
        // Arrow keys move through a radio group and pick as they go.
        for (let n = 0; n < labels.length + 1 && (await focused()).name.trim() !== want; n++) await press("ArrowDown");
        await press("Space");
        answers[question.id] = kind === "TrueFalse" ? { TrueFalse: data.correct } : { [kind]: data.correct };
      } else if (kind === "Multiple") {
        for (const c of data.correct) {
          await tabTo((f) => f.type === "checkbox" && f.name.trim() === data.options[c].text, data.options[c].text);
          await press("Space");
        }
        answers[question.id] = { Multiple: [...data.correct].sort((a, b) => a - b) };
      } else if (kind === "Numeric") {
        await tabTo((f) => f.tag === "INPUT" && f.type === "text", "the number field");
        await page.keyboard.type(words.format(data.answer));
        answers[question.id] = { Numeric: data.answer };
      } else if (kind === "Order") {
        for (let target = 0; target < data.items.length; target++) {
          const item = data.items[target];
          let shown = await page.locator("ol.aq-order .aq-order-text").allTextContents();
          if (shown.indexOf(item) === target) continue;
          await tabTo((f) => f.name === `${words.moveUp}: ${item}`, `${words.moveUp}: ${item}`);
          for (let n = 0; shown.indexOf(item) > target; n++) {
            assert.ok(n < data.items.length, `focus stayed on “${words.moveUp}: ${item}” while it moved`);
            assert.equal((await focused()).name, `${words.moveUp}: ${item}`);
            await press("Enter");
            shown = await page.locator("ol.aq-order .aq-order-text").allTextContents();
          }
        }
        answers[question.id] = { Order: data.items.map((_, k) => k) };
      }
      await tabTo((f) => f.id === "aq-primary", "Check answer");
      await press("Enter");
      assert.equal(await verdictText(page), words.correct, question.id);
      // Focus moved to the next step; Enter takes it.
      await focusReaches(page, "aq-primary");
      await press("Enter");
      if (i + 1 < quiz.questions.length) {
        await page.getByRole("heading", { name: words.position(i + 2, quiz.questions.length) }).waitFor();
        await focusReaches(page, "aq-question-heading"); // the new question's heading
      }
    }
    const expected = coreScore(answers);
    assert.equal(expected.earned, expected.max);
    assert.equal(await shownScore(page, words), words.score(expected.shown));
    await focusReaches(page, "aq-results-heading");
    await context.close();
  });
}

test("test mode shows no feedback until the end, then shows it all", async () => {
  const { page, context } = await open();
  await page.getByRole("radio", { name: /Test/ }).check();
  await page.getByText("Test mode: feedback at the end.").waitFor({ state: "attached" });
  const answers = {};
  for (let i = 0; i < quiz.questions.length; i++) {
    const question = await currentQuestion(page, quiz);
    if (i < 4) answers[question.id] = await answerWithMouse(page, question, i % 2 ? "wrong" : "right");
    assert.equal(await button(page, "Check answer").count(), 0, "no check in a test");
    assert.equal(await page.locator(".aq-feedback").count(), 0, "no feedback in a test");
    const last = i + 1 === quiz.questions.length;
    const unanswered = new RegExp(`${quiz.questions.length - 4} questions have no answer yet`);
    if (last) assert.match(await page.locator(".aq-warning").textContent(), unanswered);
    await button(page, last ? "Finish test" : "Next question").click();
  }
  const expected = coreScore(answers);
  assert.equal(await shownScore(page), `${expected.shown} points`);
  assert.equal(await page.locator(".aq-review-item").count(), quiz.questions.length);
  assert.equal(await page.locator(".aq-review-item .aq-feedback").count(), quiz.questions.length);
  await context.close();
});

test("retry missed offers exactly the missed questions", async () => {
  const { page, context } = await open();
  const missed = [];
  for (let i = 0; i < quiz.questions.length; i++) {
    const question = await currentQuestion(page, quiz);
    const last = i + 1 === quiz.questions.length;
    if (i % 4 === 0) {
      await answerWithMouse(page, question, "right");
      await button(page, "Check answer").click();
      await button(page, last ? "See your score" : "Next question").click();
    } else {
      if (i % 4 === 1) {
        await answerWithMouse(page, question, "wrong");
        await button(page, "Check answer").click();
        await button(page, last ? "See your score" : "Next question").click();
      } else {
        await button(page, last ? "See your score" : "Skip").click();
      }
      missed.push(question.prompt);
    }
  }
  await button(page, `Retry the ${missed.length} missed questions`).click();
  const asked = [];
  for (let i = 0; i < missed.length; i++) {
    await page.getByRole("heading", { name: `Question ${i + 1} of ${missed.length}` }).waitFor();
    asked.push((await page.locator("legend.aq-prompt").textContent()).trim());
    if (i + 1 < missed.length) await button(page, "Skip").click();
  }
  assert.deepEqual(asked, missed);
  await context.close();
});

test("a reload mid-quiz resumes at the same question with the same answers", async () => {
  const { page, context } = await open();
  const first = await currentQuestion(page, quiz);
  await answerWithMouse(page, first, "right");
  await button(page, "Check answer").click();
  await button(page, "Next question").click();
  const second = await currentQuestion(page, quiz);
  const given = await answerWithMouse(page, second, "wrong");
  await page.reload();
  await page.getByRole("heading", { name: `Question 2 of ${quiz.questions.length}` }).waitFor();
  assert.equal((await currentQuestion(page, quiz)).id, second.id);
  // The answer given before the reload is there again.
  if (given.Numeric !== undefined) {
    assert.equal(await page.getByRole("textbox", { name: "Your answer" }).inputValue(), given.Numeric.toLocaleString("en-US"));
  } else {
    const data = second.kind.Single ?? second.kind.Evidence;
    const label = second.kind.Single ? data.options[given.Single].text : data.passage[given.Evidence];
    assert.equal(await page.getByRole("radio", { name: label, exact: true }).isChecked(), true);
  }
  await button(page, "Previous").click();
  assert.equal(await verdictText(page), "Correct", "the checked first answer keeps its feedback");
  await context.close();
});

test("a corrupted saved state gives a notice and a fresh start", async () => {
  const { page, context, errors } = await open();
  await page.evaluate(() => localStorage.setItem("article-quiz:iranian-people:progress", "aq-progress/1:%%%broken"));
  await page.reload();
  await page.getByRole("heading", { name: `Question 1 of ${quiz.questions.length}` }).waitFor();
  const notice = page.getByRole("status").filter({ hasText: "could not be restored" });
  assert.match(await notice.textContent(), /Your saved progress could not be restored \(the saved progress is damaged\), so the quiz starts afresh\./);
  await button(page, "Dismiss").click();
  assert.equal(await notice.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("show in article highlights the excerpt in the article, and closing returns focus", async () => {
  const { page, context } = await open({ width: 390 });
  const question = await currentQuestion(page, quiz);
  await answerWithMouse(page, question, "right");
  await button(page, "Check answer").click();
  await button(page, "Show in article").click();
  const mark = page.locator("mark.aq-mark");
  assert.equal(await mark.textContent(), question.excerpts[0]);
  await page.waitForFunction(() => document.activeElement?.matches("mark.aq-mark")); // focus is on the passage
  await page.waitForFunction(() => {
    const mark = document.querySelector("mark.aq-mark").getBoundingClientRect();
    const box = document.querySelector(".aq-article-body").getBoundingClientRect();
    return mark.top >= box.top && mark.bottom <= box.bottom;
  });
  await page.keyboard.press("Escape");
  assert.equal(await mark.count(), 0);
  // Focus returns to the button that opened the article.
  await focusReaches(page, "aq-feedback-show-0");
  await context.close();
});

for (const lang of ["en", "es", "fa"]) {
  test(`at 320 px (or 200 % zoom on a small laptop) nothing scrolls sideways, lang=${lang}`, async () => {
    const words = UI[lang];
    const { page, context } = await open({ width: 320, lang });
    // Sideways scroll either way: to the right, or (right to left) to the left.
    const overflow = () =>
      page.evaluate(() => [document.documentElement.scrollWidth - document.documentElement.clientWidth, document.scrollingElement.scrollLeft]);
    const noOverflow = async (screen) => assert.deepEqual(await overflow(), [0, 0], screen);
    assert.equal(await eachKind(page, quiz, noOverflow, undefined, words), 6);
    while (!(await button(page, words.seeScore).count())) await button(page, words.next).or(button(page, words.skip)).first().click();
    await button(page, words.seeScore).click();
    await page.getByRole("heading", { name: words.yourScore }).waitFor();
    await noOverflow("results");
    await context.close();
  });
}

test("each mode's hint sits right under its name, whether or not the other's wraps", async () => {
  // From about 360 to 440 px one hint takes two lines and the other one; the two
  // options are as tall as each other, and the short one must not push its hint down.
  for (const width of [320, 360, 390, 430, 480, 768, 1280]) {
    const { page, context } = await open({ width });
    const gaps = await page.locator(".aq-mode-option label").evaluateAll((labels) =>
      labels.map((label) => {
        // Where the words are, not their boxes (a box may be stretched to its row).
        const words = (selector) => {
          const range = document.createRange();
          range.selectNodeContents(label.querySelector(selector));
          return range.getBoundingClientRect();
        };
        return words(".aq-mode-hint").top - words(".aq-mode-name").bottom;
      }),
    );
    assert.equal(gaps.length, 2);
    assert.ok(Math.abs(gaps[0] - gaps[1]) <= 1, `at ${width} px, name to hint: ${gaps.map((g) => g.toFixed(1)).join(" px and ")} px`);
    await context.close();
  }
});

test("an assignment link opens exactly that set-up; a broken one says so and offers the whole quiz", async () => {
  // The 20-question test assignment pinned in crates/quiz/tests/core/link.rs (no retries, shuffled).
  const LINK = "ARv64QE1KQYUe0bZ0tq6PND9TtKUC3Wj3hTlF42NlwJi12iTftq1WzkHWJF7KUJ2cloE";
  const { page, context, errors } = await open();
  await page.goto(`${env.server.url}/#a=${LINK}`);
  await page.reload(); // a new fragment alone does not reload the page
  await page.getByRole("heading", { name: "Question 1 of 20" }).waitFor();
  assert.equal(await page.getByText("Test mode, set by your teacher.").count(), 1);
  assert.equal(await page.getByRole("radio", { name: /^Test/ }).count(), 0, "the mode cannot be changed");
  const first = await currentQuestion(page, quiz);
  // Every student of the class sees the same first question.
  const second = await context.newPage();
  await second.goto(`${env.server.url}/#a=${LINK}`);
  await second.getByRole("heading", { name: "Question 1 of 20" }).waitFor();
  assert.equal((await currentQuestion(second, quiz)).id, first.id);

  // One character changed.
  const broken = LINK.slice(0, 30) + (LINK[30] === "A" ? "B" : "A") + LINK.slice(31);
  await page.goto(`${env.server.url}/#a=${broken}`);
  await page.reload();
  await page.getByRole("heading", { name: `Question 1 of ${quiz.questions.length}` }).waitFor();
  const notice = await page.locator(".aq-notice p").textContent();
  assert.equal(
    notice,
    "This quiz link could not be opened: the quiz link is incomplete or has a mistyped character; copy the whole link again. Here is the whole quiz instead.",
  );

  // A link made before the question bank was revised names ten questions it retired since.
  const OLD = "ARv64QE1KQYUmKXaupsz0pT2IxQiFOUXjRJbRQIMQ_aiB1gpQojpbYC3AgChZTXb9mzx";
  await page.goto(`${env.server.url}/#a=${OLD}`);
  await page.reload();
  await page.getByRole("heading", { name: `Question 1 of ${quiz.questions.length}` }).waitFor();
  assert.equal(
    await page.locator(".aq-notice p").textContent(),
    "This quiz link could not be opened: the quiz link asks for 10 question(s) this quiz no longer has. Here is the whole quiz instead.",
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test("a student hands in an assigned quiz with a result code that holds name, answers and score", async () => {
  const LINK = "ARv64QE1KQYUe0bZ0tq6PND9TtKUC3Wj3hTlF42NlwJi12iTftq1WzkHWJF7KUJ2cloE";
  const { page, context } = await open();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`${env.server.url}/#a=${LINK}`);
  await page.reload();
  const answers = {};
  for (let i = 0; i < 20; i++) {
    await page.getByRole("heading", { name: `Question ${i + 1} of 20` }).waitFor();
    const question = await currentQuestion(page, quiz);
    if (i < 5) answers[question.id] = await answerWithMouse(page, question, "right");
    await button(page, i === 19 ? "Finish test" : "Next question").click();
  }
  const shown = await shownScore(page);
  await page.getByRole("heading", { name: "Hand in your result" }).waitFor();
  assert.equal(await button(page, "Retry all questions").count(), 0, "this assignment allows no retries");
  await page.getByRole("textbox", { name: "Your name (optional)" }).fill("Mina R.");
  await button(page, "Copy the code").click();
  await page.getByText("Copied. Paste it where your teacher asked.").waitFor();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(code, await page.getByRole("textbox", { name: "Your result code" }).inputValue());
  const record = readResult(code);
  assert.equal(record.name, "Mina R.");
  assert.equal(record.mode, "Test");
  assert.equal(`${record.shown} points`, shown);
  assert.equal(Object.keys(record.answers).length, 20);
  for (const [id, answer] of Object.entries(answers)) assert.deepEqual(record.answers[id], answer, id);
  // The name is remembered on this device.
  await page.reload();
  await page.getByRole("heading", { name: "Hand in your result" }).waitFor();
  assert.equal(await page.getByRole("textbox", { name: "Your name (optional)" }).inputValue(), "Mina R.");
  await context.close();
});

test("lang=es: the widget's own words in Spanish, the quiz's marked as English", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/?lang=es`);
  const total = quiz.questions.length;
  await page.getByRole("heading", { name: `Pregunta 1 de ${total}` }).waitFor();
  assert.equal(await page.locator("section.aq").getAttribute("lang"), "es");
  // The standalone page is named in Spanish too.
  assert.equal(await page.title(), "Cuestionario: Trump Shouldn’t Forget the Iranian People");
  assert.equal(await page.locator("html").getAttribute("lang"), "es");
  const question = await currentQuestion(page, quiz);
  assert.equal(await page.locator("legend.aq-prompt").getAttribute("lang"), "en");
  await answerWithMouse(page, question, "wrong");
  await button(page, "Comprobar respuesta").click();
  assert.equal(await verdictText(page), "No exactamente");
  assert.match(await announcement(page), /^No exactamente\. Has obtenido 0 de 1 punto\.$/);
  assert.equal(await page.locator("blockquote.aq-quote").first().getAttribute("lang"), "en");
  await button(page, "Siguiente pregunta").click();
  await page.getByRole("heading", { name: `Pregunta 2 de ${total}` }).waitFor();
  await context.close();
});

test("if the wasm traps (a release build aborts at a panic), the reader is told in words", async () => {
  // A release build has no panic hook to run (`panic = "immediate-abort"`): a panic traps,
  // and the trap reaches the page as an uncaught WebAssembly.RuntimeError. No input can
  // make the widget panic, so the trap is raised as the browser would report it.
  for (const how of ["error", "unhandledrejection"]) {
    const { context, page } = await newPage(env.browser, { console: false });
    await page.goto(env.server.url);
    await page.locator("#aq-question-heading:not(.aq-first-screen *)").waitFor();
    await page.evaluate((how) => {
      const trap = new WebAssembly.RuntimeError("unreachable");
      if (how === "error") window.dispatchEvent(new ErrorEvent("error", { error: trap, message: trap.message }));
      else window.dispatchEvent(new PromiseRejectionEvent("unhandledrejection", { promise: Promise.resolve(), reason: trap }));
    }, how);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.equal(
      await alert.textContent(),
      "Sorry, the quiz stopped working. Reload the page to continue; your answers so far are saved.",
      how,
    );
    assert.equal(await page.locator("#article-quiz .aq-card").count(), 0, "no dead quiz is left");
    await context.close();
  }
  // Any other error on the page (the host's own script, say) leaves the quiz alone.
  const { context, page } = await newPage(env.browser, { console: false });
  await page.goto(env.server.url);
  await page.locator("#aq-question-heading:not(.aq-first-screen *)").waitFor();
  await page.evaluate(() => window.dispatchEvent(new ErrorEvent("error", { error: new TypeError("not ours") })));
  await page.waitForTimeout(100);
  assert.equal(await page.getByRole("alert").count(), 0);
  await context.close();
});
