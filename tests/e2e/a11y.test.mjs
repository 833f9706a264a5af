// Accessibility: axe-core finds no violation on any screen, in light and dark themes.
import assert from "node:assert/strict";
import { test } from "node:test";

import { UI, axeViolations, button, everyScreen, quizData, takeAssignment, withQuizServer } from "./helpers.mjs";

const env = withQuizServer();
const quiz = quizData();

const violations = axeViolations;

for (const lang of Object.keys(UI)) {
  for (const colorScheme of ["light", "dark"]) {
    test(`every screen passes axe in the ${colorScheme} theme, lang=${lang}`, async () => {
      // axe works only on a page of a new context (TOOLCHAIN.md).
      // Reduced motion: no colour transitions half-way through when axe samples contrast.
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, reducedMotion: "reduce" });
      const page = await context.newPage();
      const found = {};
      await everyScreen(page, env.server.url, quiz, async (screen) => {
        await page.mouse.move(0, 0); // no hover styles
        found[screen] = await violations(page);
      }, lang);

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

