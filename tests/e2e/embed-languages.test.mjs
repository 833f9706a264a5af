// The embeds in another language and theme: the demo news page with its first iframe
// embed asked for Spanish or Persian (`lang=es`, `lang=fa`) and its script embed for the
// same language in the dark theme (`data-lang="es" data-theme="dark"`). Each speaks the
// language, Persian right to left, and the page passes axe (which scans the iframes and
// the script embed's shadow root) on a question and its feedback.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { openDemo, withDemoServer } from "./demo.mjs";
import { UI, axeViolations, button, newPage, quizData } from "./helpers.mjs";

const quiz = quizData();
for (const [lang, dir, name] of [
  ["es", "ltr", "Spanish"],
  ["fa", "rtl", "Persian"],
]) {
  // A suite each, so that each language's demo server and browser run only for its test.
  describe(name, () => {
    const env = withDemoServer(quiz, {
      '&amp;id=quiz-1"': `&amp;id=quiz-1&amp;lang=${lang}"`,
      '<div data-article-quiz data-id="quiz-3"': `<div data-article-quiz data-id="quiz-3" data-lang="${lang}" data-theme="dark"`,
    });
    const words = UI[lang];

    test(`the iframe and script embeds in ${name}, the script embed dark, pass axe on a question and its feedback`, async () => {
      // Uncaught errors only: axe sets inline styles while it scans, which the demo page's
      // content security policy refuses (and logs).
      const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1000, height: 900 }, reducedMotion: "reduce", console: false });
      await openDemo(page, env.demo.url);
      const frame = page.frameLocator("#quiz-1");
      const script = page.locator("[data-id=quiz-3]");
      const first = words.position(1, quiz.questions.length);
      for (const embed of [frame, script]) await embed.getByRole("heading", { name: first }).waitFor();
      const shown = (section) => [section.lang, getComputedStyle(section).direction, getComputedStyle(section).colorScheme];
      assert.deepEqual(await script.locator("section.aq").evaluate(shown), [lang, dir, "dark"]);
      assert.deepEqual((await frame.locator("section.aq").evaluate(shown)).slice(0, 2), [lang, dir]);

      const found = {};
      await page.mouse.move(0, 0);
      found.question = await axeViolations(page);
      for (const embed of [frame, script]) {
        await embed.locator(".aq-choice input, .aq-sentence input").first().check();
        await button(embed, words.check).click();
        await embed.locator(".aq-verdict").waitFor();
      }
      await page.mouse.move(0, 0);
      found.feedback = await axeViolations(page);
      const failing = Object.entries(found).filter(([, v]) => v.length);
      assert.deepEqual(failing, [], JSON.stringify(failing, null, 2));
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}
