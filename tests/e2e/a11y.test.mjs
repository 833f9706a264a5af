// Accessibility: axe-core finds no violation on any screen, in light and dark themes.
import assert from "node:assert/strict";
import { test } from "node:test";

import { UI, axeViolations, button, eachKind, partlyOrWrong, quizData, takeAssignment, withQuizServer } from "./helpers.mjs";

const env = withQuizServer();
const quiz = quizData();

const violations = axeViolations;

for (const [lang, words] of Object.entries(UI)) {
  for (const colorScheme of ["light", "dark"]) {
    test(`every screen passes axe in the ${colorScheme} theme, lang=${lang}`, async () => {
      // axe works only on a page of a new context (TOOLCHAIN.md).
      // Reduced motion: no colour transitions half-way through when axe samples contrast.
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, reducedMotion: "reduce" });
      const page = await context.newPage();
      await page.goto(`${env.server.url}/?lang=${lang}`);
      await page.getByRole("heading", { name: words.position(1, quiz.questions.length) }).waitFor();
      assert.equal(await page.locator("section.aq").getAttribute("lang"), lang);
      const found = {};
      const scan = async (screen) => {
        await page.mouse.move(0, 0); // no hover styles
        found[screen] = await violations(page);
      };

      // A question of each kind, unanswered; then answered and checked.
      assert.equal(await eachKind(page, quiz, scan, partlyOrWrong, words), 6, "every kind was scanned");

      // The article view with a highlighted excerpt.
      await button(page, words.previous).click();
      await page.getByRole("button", { name: words.showInArticle }).first().click();
      await page.locator("mark.aq-mark").waitFor();
      await scan("article view");
      await button(page, words.backToQuiz).click();

      // The end screen with its review.
      while (!(await button(page, words.seeScore).count())) await button(page, words.next).or(button(page, words.skip)).first().click();
      await button(page, words.seeScore).first().click();
      await page.getByRole("heading", { name: words.yourScore }).waitFor();
      await scan("results");

      // Test mode, mid-test.
      await button(page, words.startOver).click();
      await page.getByRole("radio", { name: words.testMode }).check();
      await scan("test mode");

      // An assignment: the teacher's mode line, then the hand-in panel at the end.
      const LINK = "ARv64QE1KQYUe0bZ0tq6PND9TtKUC3Wj3hTlF42NlwJi12iTftq1WzkHWJF7KUJ2cloE";
      await page.goto(`${env.server.url}/?lang=${lang}#a=${LINK}`);
      await page.reload();
      await page.getByRole("heading", { name: words.position(1, 20) }).waitFor();
      await scan("assignment question");
      for (let i = 0; i < 19; i++) await button(page, words.next).click();
      await button(page, words.finishTest).click();
      await page.getByRole("heading", { name: words.handIn }).waitFor();
      await scan("hand in");

      const failing = Object.entries(found).filter(([, v]) => v.length);
      assert.deepEqual(failing, [], JSON.stringify(failing, null, 2));
      assert.ok(Object.keys(found).length >= 15);
      await context.close();
    });
  }
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

