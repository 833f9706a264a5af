// Accessibility: axe-core finds no violation on any screen, in light and dark themes.
import assert from "node:assert/strict";
import { test } from "node:test";

import { axeViolations, button, eachKind, partlyOrWrong, quizData, takeAssignment, withQuizServer } from "./helpers.mjs";

const env = withQuizServer();
const quiz = quizData();

const violations = axeViolations;

for (const colorScheme of ["light", "dark"]) {
  test(`every screen passes axe in the ${colorScheme} theme`, async () => {
    // axe works only on a page of a new context (TOOLCHAIN.md).
    // Reduced motion: no colour transitions half-way through when axe samples contrast.
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
    const found = {};
    const scan = async (screen) => {
      await page.mouse.move(0, 0); // no hover styles
      found[screen] = await violations(page);
    };

    // A question of each kind, unanswered; then answered and checked.
    assert.equal(await eachKind(page, quiz, scan, partlyOrWrong), 6, "every kind was scanned");

    // The article view with a highlighted excerpt.
    await button(page, "Previous").click();
    await page.getByRole("button", { name: /^Show in article/ }).first().click();
    await page.locator("mark.aq-mark").waitFor();
    await scan("article view");
    await button(page, "Back to the quiz").click();

    // The end screen with its review.
    while (!(await button(page, "See your score").count())) {
      await page.getByRole("button", { name: /^(Skip|Next question)$/ }).click();
    }
    await button(page, "See your score").first().click();
    await page.getByRole("heading", { name: "Your score" }).waitFor();
    await scan("results");

    // Test mode, mid-test.
    await button(page, "Start over").click();
    await page.getByRole("radio", { name: /Test/ }).check();
    await scan("test mode");

    // An assignment: the teacher's mode line, then the hand-in panel at the end.
    const LINK = "ARv64QE1KQYUe0bZ0tq6PND9TtKUC3Wj3hTlF42NlwJi12iTftq1WzkHWJF7KUJ2cloE";
    await page.goto(`${env.server.url}/#a=${LINK}`);
    await page.reload();
    await page.getByRole("heading", { name: "Question 1 of 20" }).waitFor();
    await scan("assignment question");
    for (let i = 0; i < 19; i++) await button(page, "Next question").click();
    await button(page, "Finish test").click();
    await page.getByRole("heading", { name: "Hand in your result" }).waitFor();
    await scan("hand in");

    const failing = Object.entries(found).filter(([, v]) => v.length);
    assert.deepEqual(failing, [], JSON.stringify(failing, null, 2));
    assert.ok(Object.keys(found).length >= 15);
    await context.close();
  });
}

test("the teacher's page passes axe in both themes, with a class's results shown", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/teacher/`);
  await button(page, "Choose none").click();
  for (const n of [1, 2, 3]) await page.getByRole("checkbox", { name: new RegExp(`^Q${n} `) }).check();
  await page.getByRole("radio", { name: /^Shuffled/ }).check();
  const link = await page.getByRole("textbox", { name: "Link for your class" }).inputValue();
  const plan = (n) => ["right", "wrong", "partial"][n % 3];
  const { code } = await takeAssignment(env.browser, quiz, link, { name: "Ana", plan, count: 3 });
  await page.getByRole("textbox", { name: "Result codes" }).fill(`${code}\nnot a code at all, this line\n${code}`);
  await button(page, "Show the answers of Ana").click();
  const found = {};
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    await page.mouse.move(0, 0);
    found[colorScheme] = await violations(page);
  }
  await button(page, "Choose none").click(); // the form's error state
  found["no questions"] = await violations(page);
  const failing = Object.entries(found).filter(([, v]) => v.length);
  assert.deepEqual(failing, [], JSON.stringify(failing, null, 2));
  await context.close();
});

for (const colorScheme of ["light", "dark"]) {
  test(`in Spanish (lang=es), a question and its feedback pass axe in the ${colorScheme} theme`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/?lang=es`);
    await page.getByRole("heading", { name: /^Pregunta 1 de/ }).waitFor();
    const found = {};
    await page.mouse.move(0, 0);
    found.question = await violations(page);
    await page.locator(".aq-choice input, .aq-sentence input").first().check(); // question 1 is chosen from options
    await page.getByRole("button", { name: "Comprobar respuesta", exact: true }).click();
    await page.locator(".aq-verdict").waitFor();
    await page.mouse.move(0, 0);
    found.feedback = await violations(page);
    const failing = Object.entries(found).filter(([, v]) => v.length);
    assert.deepEqual(failing, [], JSON.stringify(failing, null, 2));
    await context.close();
  });
}
