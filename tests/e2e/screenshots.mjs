// Screenshots of a question, its feedback and the end screen at phone, tablet and
// desktop widths, in light and dark themes, the teacher's page (and its question-bank
// downloads), the demo news page, and
// the Persian fixture quiz: `scripts/screenshots` (after a release build).
// Written to test-results/screenshots/.
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { launch } from "./browser.mjs";
import { openDemo, serveDemo } from "./demo.mjs";
import { UI, answerWithMouse, bundle, button, currentQuestion, quizData, takeAssignment } from "./helpers.mjs";
import { serve } from "./server.mjs";

const OUT = "test-results/screenshots";
mkdirSync(OUT, { recursive: true });
const quiz = quizData();
const server = await serve("dist");
const browser = await launch();
const written = [];

// The student's screens in English at three widths and two themes, and in Spanish and
// Persian (the interface right to left, its numbers in Persian digits) at phone and
// desktop widths.
const studentScreens = [
  ...["light", "dark"].flatMap((colorScheme) => [320, 768, 1280].map((width) => ({ lang: "en", colorScheme, width }))),
  ...["es", "fa"].flatMap((lang) => [320, 1280].map((width) => ({ lang, colorScheme: "light", width }))),
];
for (const { lang, colorScheme, width } of studentScreens) {
  const words = UI[lang];
  const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
  const page = await context.newPage();
  await page.goto(`${server.url}/?lang=${lang}`);
  await page.getByRole("heading", { name: words.position(1, quiz.questions.length) }).waitFor();
  const shot = async (name, fullPage = true) => {
    const path = `${OUT}/${name}-${width}-${lang === "en" ? colorScheme : lang}.png`;
    await page.screenshot({ path, fullPage });
    written.push(path);
  };
  // A multiple-select question: skip to the first one.
  while ((await currentQuestion(page, quiz)).kind.Multiple === undefined) await button(page, words.skip).click();
  await shot("question");
  await answerWithMouse(page, await currentQuestion(page, quiz), "partial", words);
  await button(page, words.check).click();
  await shot("feedback");
  await button(page, words.next).click();
  for (;;) {
    const question = await currentQuestion(page, quiz);
    await answerWithMouse(page, question, question.id.length % 3 ? "right" : "wrong", words);
    await button(page, words.check).click();
    if (await button(page, words.seeScore).count()) break;
    await button(page, words.next).click();
  }
  await button(page, words.seeScore).click();
  await page.getByRole("heading", { name: words.yourScore }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot("results", false); // the top: the score and the first of the review
  await context.close();
}
// The teacher's page: the form with its link, and a class of three in the results view.
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/teacher/`);
  await button(page, "Choose none").click();
  for (const n of [1, 4, 7, 10, 13, 16, 19, 22]) await page.getByRole("checkbox", { name: new RegExp(`^Q${n} `) }).check();
  await page.getByRole("textbox", { name: "Title for the class (optional)" }).fill("Period 3");
  const link = await page.getByRole("textbox", { name: "Link for your class" }).inputValue();
  await context.close();
  const plans = [() => "right", (n) => (n % 2 ? "wrong" : "right"), (n) => ["right", "wrong", "partial"][n % 3]];
  const codes = [];
  for (const [i, name] of ["Ana", "Ben", "Cy"].entries()) {
    codes.push((await takeAssignment(browser, quiz, link, { name, plan: plans[i], count: 8 })).code);
  }
  codes.push(codes[1].slice(0, 20) + "x" + codes[1].slice(21));
  for (const colorScheme of ["light", "dark"]) {
    for (const width of [320, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${server.url}/teacher/`);
      await page.getByRole("textbox", { name: "Result codes" }).fill(codes.join("\n"));
      await button(page, "Show the answers of Cy").click();
      const path = `${OUT}/teacher-${width}-${colorScheme}.png`;
      await page.screenshot({ path, fullPage: true });
      written.push(path);
      await context.close();
    }
  }
}
// The teacher's page's question-bank downloads, after the whole quiz's GIFT: what it left
// out, named under the buttons.
for (const width of [320, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/teacher/`);
  const heading = page.getByRole("heading", { name: "Questions for your question bank" });
  await heading.waitFor();
  await page.getByRole("radio", { name: "The whole quiz" }).check();
  await Promise.all([page.waitForEvent("download"), button(page, "GIFT (Moodle)").click()]);
  await page.getByText(/^Downloaded: /).waitFor();
  await heading.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -80));
  const path = `${OUT}/teacher-bank-${width}.png`;
  await page.screenshot({ path });
  written.push(path);
  await context.close();
}
// The demo news page with the quiz embedded both ways, and the embed-code page.
{
  const sites = await serveDemo(quiz);
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await openDemo(page, sites.demo.url);
    await page.frameLocator("#quiz-1").getByRole("heading", { name: /^Question 1 of/ }).waitFor();
    await page.locator("[data-id=quiz-3]").getByRole("heading", { name: /^Question 1 of/ }).waitFor();
    const first = quiz.questions[0];
    const frame = page.frameLocator("#quiz-1");
    await frame.getByRole("radio", { name: first.kind.Single.options[first.kind.Single.correct].text, exact: true }).check();
    await frame.getByRole("button", { name: "Check answer", exact: true }).click();
    await frame.getByRole("button", { name: /^Show in article/ }).first().click();
    await page.waitForFunction(() => CSS.highlights.has("article-quiz"));
    await page.waitForTimeout(500); // the smooth scroll to the passage
    const shot = async (name, locator) => {
      const path = `${OUT}/${name}-${width}.png`;
      if (locator) {
        await locator.scrollIntoViewIfNeeded();
        await page.waitForTimeout(300); // frames out of view are not painted until shown
        await locator.screenshot({ path });
      } else {
        await page.screenshot({ path });
      }
      written.push(path);
    };
    await shot("demo-highlight"); // the passage highlighted in the page's own article
    await shot("demo-iframe", page.locator(".quiz-slot").nth(0));
    await shot("demo-iframe-dark", page.locator(".quiz-slot").nth(1));
    await shot("demo-script", page.locator(".quiz-slot").nth(2));
    await page.goto(`${sites.widget.url}/embed-code/`);
    await page.getByRole("textbox", { name: "Accent colour (optional)" }).fill("#b00020");
    await page.frameLocator("iframe.aq-preview").getByRole("heading", { name: /^Question 1 of/ }).waitFor();
    const path = `${OUT}/embed-code-${width}.png`;
    await page.screenshot({ path, fullPage: true });
    written.push(path);
    await context.close();
  }
  await sites.close();
}
// A quiz written in Persian (tests/fixtures/bidestan), from an address: in the English
// widget, its words right to left inside the widget's left-to-right sentences; in the
// Persian one, all right to left.
{
  const files = mkdtempSync(join(tmpdir(), "aq-shots-"));
  bundle("tests/fixtures/bidestan", join(files, "bidestan.aqz"));
  const quizzes = await serve(files, { headers: { "access-control-allow-origin": "*" } });
  const persian = quizData("tests/fixtures/bidestan");
  for (const lang of ["en", "fa"]) {
    const words = UI[lang];
    for (const width of [320, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/?lang=${lang}&quiz=${encodeURIComponent(`${quizzes.url}/bidestan.aqz`)}`);
      await page.getByRole("heading", { name: words.position(1, persian.questions.length) }).waitFor();
      const shot = async (name) => {
        const path = `${OUT}/${name}-${width}${lang === "en" ? "" : `-${lang}`}.png`;
        await page.screenshot({ path, fullPage: true });
        written.push(path);
      };
      // The multiple-select question, then its feedback.
      while ((await currentQuestion(page, persian)).kind.Multiple === undefined) await button(page, words.skip).click();
      await shot("persian-quiz-question");
      await answerWithMouse(page, await currentQuestion(page, persian), "partial", words);
      await button(page, words.check).click();
      await shot("persian-quiz-feedback");
      await context.close();
    }
  }
  await quizzes.close();
}
await browser.close();
await server.close();
console.log(written.join("\n"));
