// The Persian interface (lang=fa) mirrors: measured on screen, not read from attributes.
// A choice's control sits to the right of its text, the progress bar fills from the
// right, the order list's move-up arrow points up and moves its item up, and the
// interface's numbers are Persian digits while the English quiz's words stay left to right.
import assert from "node:assert/strict";
import { test } from "node:test";

import { UI, answerWithMouse, button, currentQuestion, newPage, quizData, withQuizServer } from "./helpers.mjs";

const env = withQuizServer();
const quiz = quizData();
const words = UI.fa;

async function open(lang, width = 1000) {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width, height: 900 }, reducedMotion: "reduce" });
  await page.goto(`${env.server.url}/?lang=${lang}`);
  await page.getByRole("heading", { name: UI[lang].position(1, quiz.questions.length) }).waitFor();
  return { context, page, errors };
}

/** Where a choice's control sits against its text and the widget's edges. */
function choicePlacement(page) {
  return page.locator(".aq-choice").first().evaluate((choice) => {
    const box = (node) => node.getBoundingClientRect();
    const [control, text, frame] = [box(choice.querySelector("input")), box(choice.querySelector(".aq-choice-text")), box(choice.closest("section.aq"))];
    return {
      controlRightOfText: control.left >= text.right,
      controlAtRight: frame.right - control.right < control.left - frame.left,
    };
  });
}

/**
 * Which end of the progress bar is filled: a screenshot of the bar, read in the page,
 * compares a pixel near each end with the track's colour (taken where the bar is empty).
 */
async function filledEnd(page) {
  const bar = page.locator(".aq-progress progress");
  const png = (await bar.screenshot()).toString("base64");
  return page.evaluate(async (png) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = Object.assign(document.createElement("canvas"), { width: image.width, height: image.height });
    const g = canvas.getContext("2d");
    g.drawImage(image, 0, 0);
    const y = Math.floor(image.height / 2);
    const at = (x) => [...g.getImageData(x, y, 1, 1).data.slice(0, 3)];
    const middle = at(Math.floor(image.width / 2)); // under half filled: the track
    const differs = (p) => p.some((c, i) => Math.abs(c - middle[i]) > 40);
    const [left, right] = [differs(at(3)), differs(at(image.width - 4))];
    return left && !right ? "left" : right && !left ? "right" : `unclear (${left}, ${right})`;
  }, png);
}

test("in Persian the widget mirrors: controls at the right, progress from the right", async () => {
  for (const lang of ["en", "fa"]) {
    const { context, page, errors } = await open(lang);
    const section = await page.locator("section.aq").evaluate((s) => [s.lang, s.dir, getComputedStyle(s).direction]);
    assert.deepEqual(section, [lang, lang === "fa" ? "rtl" : "ltr", lang === "fa" ? "rtl" : "ltr"]);
    // The first question has options: the control's side, measured.
    const placed = await choicePlacement(page);
    assert.deepEqual(placed, { controlRightOfText: lang === "fa", controlAtRight: lang === "fa" }, lang);
    // The English quiz's words stay English, left to right, inside the Persian interface.
    const prompt = await page.locator("legend.aq-prompt").evaluate((e) => [e.closest("[lang]").lang, getComputedStyle(e).direction]);
    assert.deepEqual(prompt, ["en", "ltr"], lang);
    // Three questions answered: the bar fills from the start of a line in the language.
    for (let i = 0; i < 3; i++) {
      await answerWithMouse(page, await currentQuestion(page, quiz), "right", UI[lang]);
      await button(page, UI[lang].check).click();
      await button(page, UI[lang].next).click();
    }
    assert.equal(await filledEnd(page), lang === "fa" ? "right" : "left", lang);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("in Persian the interface's numbers are Persian digits and the order list's up arrow moves its item up", async () => {
  const { context, page, errors } = await open("fa", 400);
  const total = quiz.questions.length;
  const heading = (await page.locator("#aq-question-heading:not(.aq-first-screen *)").textContent()).trim();
  assert.equal(heading, `پرسش ۱ از ${words.format(total)}`);
  assert.doesNotMatch(await page.locator(".aq-kicker").textContent(), /[0-9]/);
  // To the first order question.
  while (!(await currentQuestion(page, quiz)).kind.Order) await button(page, words.skip).click();
  const items = page.locator("ol.aq-order .aq-order-text");
  const second = (await items.allTextContents())[1];
  const top = async (text) => (await items.filter({ hasText: text }).first().boundingBox()).y;
  const before = await top(second);
  const up = page.getByRole("button", { name: `${words.moveUp}: ${second}`, exact: true });
  assert.equal((await up.textContent()).trim(), "↑");
  await up.click();
  assert.equal((await items.allTextContents())[0], second);
  assert.ok((await top(second)) < before, "the item moved up on screen");
  // Checked wrong or partly right, the feedback's points are in Persian digits, and the
  // excerpt's source is a Persian phrase, with the Persian comma.
  await button(page, words.check).click();
  assert.doesNotMatch(await page.locator(".aq-verdict").textContent(), /[0-9]/);
  assert.match(await page.locator(".aq-excerpt-caption > span").first().textContent(), /^از مقاله، بند [۰-۹]+$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("if the Persian words cannot be fetched, or are not Persian's, the widget speaks English", async () => {
  const total = quiz.questions.length;
  for (const answer of [(route) => route.abort(), (route) => route.fulfill({ status: 200, body: "fa\nnot the words" })]) {
    const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1000, height: 900 } });
    await page.route("**/i18n/fa.txt", answer);
    await page.goto(`${env.server.url}/?lang=fa`);
    await page.getByRole("heading", { name: UI.en.position(1, total) }).waitFor();
    assert.deepEqual(await page.locator("section.aq").evaluate((s) => [s.lang, s.dir]), ["en", "ltr"]);
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ["en", "ltr"]);
    // A failed fetch is the console's, not the widget's, error.
    assert.deepEqual(errors.filter((e) => !/i18n\/fa\.txt|Failed to load resource|net::ERR_FAILED/.test(e)), []);
    await context.close();
  }
});

test("in a browser without AbortSignal.timeout (Safari before 16) the widget still speaks Persian", async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1000, height: 900 } });
  await page.addInitScript(() => delete AbortSignal.timeout);
  await page.goto(`${env.server.url}/?lang=fa`);
  await page.getByRole("heading", { name: words.position(1, quiz.questions.length) }).waitFor();
  assert.deepEqual(await page.locator("section.aq").evaluate((s) => [s.lang, s.dir]), ["fa", "rtl"]);
  assert.deepEqual(errors, []);
  await context.close();
});
