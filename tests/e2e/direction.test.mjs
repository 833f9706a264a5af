// Direction: the widget sets its own `dir`, so that on a right-to-left news page (the demo
// page served as Persian, `<html lang="fa" dir="rtl">`) an English widget in a script
// embed, which lives in the page's document, stays left to right: measured on screen, a
// choice's control sits to the left of its text and the buttons start at the left, while
// the page's own text runs right to left around it.
import assert from "node:assert/strict";
import { test } from "node:test";

import { openDemo, withDemoServer } from "./demo.mjs";
import { newPage, quizData } from "./helpers.mjs";

const quiz = quizData();
const env = withDemoServer(quiz, { '<html lang="en">': '<html lang="fa" dir="rtl">' });

test("an English widget in a script embed on a right-to-left page stays left to right", async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1000, height: 900 } });
  await openDemo(page, env.demo.url);
  // The page is right to left: its paragraphs start at the right.
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), "rtl");

  const host = page.locator("[data-id=quiz-3]");
  await host.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  await host.scrollIntoViewIfNeeded();
  const placed = await host.evaluate((el) => {
    const scope = el.shadowRoot;
    const section = scope.querySelector("section.aq");
    const choice = scope.querySelector(".aq-choice");
    const box = (node) => node.getBoundingClientRect();
    const control = box(choice.querySelector("input"));
    const text = box(choice.querySelector(".aq-choice-text"));
    const frame = box(section);
    return {
      // What the widget would inherit without a `dir` of its own.
      hostDirection: getComputedStyle(el).direction,
      dir: section.getAttribute("dir"),
      direction: getComputedStyle(section).direction,
      controlBeforeText: control.right <= text.left,
      // The control sits near the section's left edge, not its right one.
      controlAtLeft: control.left - frame.left < frame.right - control.right,
    };
  });
  assert.deepEqual(placed, { hostDirection: "rtl", dir: "ltr", direction: "ltr", controlBeforeText: true, controlAtLeft: true });
  assert.deepEqual(errors, []);
  await context.close();
});
