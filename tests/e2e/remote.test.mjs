// A quiz from an address (`?quiz=…`, `data-quiz="…"`): the widget has the validator
// module fetch a bundle that `quiz-check --bundle` wrote, check it with the validator,
// and shows it, or says why not. The bundles are served from another origin than the
// widget, with CORS, as a newsroom's file host would.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { launch } from "./browser.mjs";
import {
  PLAN,
  UI,
  answerWithMouse,
  axeViolations,
  bundle,
  button,
  coreScore,
  currentQuestion,
  newPage,
  quizData,
  shownScore,
  verdictText,
} from "./helpers.mjs";
import { serve } from "./server.mjs";

const RIVERTON = "tests/fixtures/riverton";
const riverton = quizData(RIVERTON);
const BIDESTAN = "tests/fixtures/bidestan";
const bidestan = quizData(BIDESTAN);
const env = {};

before(async () => {
  const files = mkdtempSync(join(tmpdir(), "aq-quizzes-"));
  bundle(RIVERTON, join(files, "riverton.aqz"));
  bundle(BIDESTAN, join(files, "bidestan.aqz"));
  // One excerpt no longer word for word: "forty" becomes "fifty" in the question's copy
  // (the last one in the bundle; the article's own comes first).
  const unsound = readFileSync(join(files, "riverton.aqz"));
  const at = unsound.lastIndexOf("the first in forty years.");
  assert.ok(at > unsound.indexOf("the first in forty years."), "the excerpt follows the article in the bundle");
  unsound.write("fifty", at + "the first in ".length);
  writeFileSync(join(files, "unsound.aqz"), unsound);
  writeFileSync(join(files, "page.aqz"), "<!doctype html><title>Not found</title>");
  // 2 MB of zeros: a few kilobytes gzipped, so only the widget's count of what it has
  // read, not the declared length, can refuse it.
  writeFileSync(join(files, "huge.aqz"), Buffer.alloc(2 << 20));
  // A title that tries to be HTML.
  const hostile = join(files, "hostile");
  cpSync(RIVERTON, hostile, { recursive: true });
  const meta = readFileSync(join(hostile, "meta.toml"), "utf8");
  writeFileSync(join(hostile, "meta.toml"), meta.replace(/^title = .*$/m, `title = '<img src=x onerror="window.pwned=1"> <b>Riverton</b>'`));
  bundle(hostile, join(files, "hostile.aqz"));

  env.quizzes = await serve(files, { headers: { "access-control-allow-origin": "*" } });
  env.closed = await serve(files); // a site that does not let other pages read its files
  const policy = [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${env.quizzes.url} ${env.closed.url}`,
  ].join("; ");
  env.widget = await serve("dist", { headers: { "content-security-policy": policy, "access-control-allow-origin": "*" } });
  env.browser = await launch();
});

after(async () => {
  await env.browser?.close();
  for (const server of [env.widget, env.quizzes, env.closed]) await server?.close();
});

async function open(address, { colorScheme = "light", lang, words } = {}) {
  // Failed loads are what some of these tests are about: only uncaught errors count.
  const { context, page, errors } = await newPage(env.browser, { colorScheme, reducedMotion: "reduce", console: false });
  if (words) await page.route("**/i18n/*.txt", words);
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${env.widget.url}/?quiz=${encodeURIComponent(address)}${lang ? `&lang=${lang}` : ""}`);
  return { page, context, errors, requests };
}

test("a quiz at another site's address is fetched, checked by the validator and taken", async () => {
  const { page, context, errors, requests } = await open(`${env.quizzes.url}/riverton.aqz`);
  const total = riverton.questions.length;
  await page.getByRole("heading", { name: `Question 1 of ${total}` }).waitFor();
  assert.equal(await page.title(), "Quiz: Riverton Votes for a Library");
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Quiz: “Riverton Votes for a Library”");
  assert.ok(requests.some((url) => /\/validator\/load-\w+\.js$/.test(url)), "the validator module was loaded");

  const answers = {};
  for (let i = 0; i < total; i++) {
    await page.getByRole("heading", { name: `Question ${i + 1} of ${total}` }).waitFor();
    const question = await currentQuestion(page, riverton);
    answers[question.id] = await answerWithMouse(page, question, PLAN[i % 2]);
    await button(page, "Check answer").click();
    assert.deepEqual(await page.locator("blockquote.aq-quote").allTextContents(), question.excerpts);
    if (i === 0) {
      // The excerpt in this quiz's own article.
      await button(page, "Show in article").click();
      assert.equal(await page.locator("mark.aq-mark").textContent(), question.excerpts[0]);
      await button(page, "Back to the quiz").click();
    }
    await button(page, i + 1 === total ? "See your score" : "Next question").click();
  }
  assert.equal(await shownScore(page), `${coreScore(answers, RIVERTON).shown} points`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a quiz written in Persian is shown right to left inside the English widget, and a number typed in Persian digits scores", async () => {
  // Asked to speak English (a Persian quiz is otherwise shown in the Persian interface).
  const { page, context, errors } = await open(`${env.quizzes.url}/bidestan.aqz`, { lang: "en" });
  const total = bidestan.questions.length;
  await page.getByRole("heading", { name: `Question 1 of ${total}` }).waitFor();
  // The widget stays left to right; the quiz's words carry their language and direction,
  // which isolates them.
  assert.deepEqual(
    await page.locator("section.aq").evaluate((s) => [s.lang, s.dir, getComputedStyle(s).direction]),
    ["en", "ltr", "ltr"],
  );
  for (const selector of ["legend.aq-prompt", "h2.aq-title", ".aq-source-title span"]) {
    const marked = await page.locator(selector).first().evaluate((e) => [e.lang, e.dir, getComputedStyle(e).direction]);
    assert.deepEqual(marked, ["fa", "rtl", "rtl"], selector);
  }
  // Every answer right, the number typed as a Persian reader types it: ۴۵.
  const persianDigits = { ...UI.en, format: (n) => n.toLocaleString("fa-IR") };
  const answers = {};
  for (let i = 0; i < total; i++) {
    await page.getByRole("heading", { name: `Question ${i + 1} of ${total}` }).waitFor();
    const question = await currentQuestion(page, bidestan);
    answers[question.id] = await answerWithMouse(page, question, "right", persianDigits);
    if (question.kind.Numeric) {
      assert.equal(await page.getByRole("textbox", { name: "Your answer" }).inputValue(), "۴۵");
    }
    await button(page, "Check answer").click();
    assert.equal(await verdictText(page), "Correct", question.id);
    assert.deepEqual(await page.locator("blockquote.aq-quote").allTextContents(), question.excerpts);
    await button(page, i + 1 === total ? "See your score" : "Next question").click();
  }
  assert.equal(await shownScore(page), `${coreScore(answers, BIDESTAN).shown} points`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a Persian quiz asked for in Persian, whose interface words cannot be fetched, is shown right to left in an English widget", async () => {
  const { page, context, errors } = await open(`${env.quizzes.url}/bidestan.aqz`, { lang: "fa", words: (route) => route.abort() });
  await page.getByRole("heading", { name: `Question 1 of ${bidestan.questions.length}` }).waitFor();
  // The page and the widget say what they speak (English), not what was asked for, and
  // the quiz's own words still carry Persian and its direction.
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ["en", "ltr"]);
  assert.deepEqual(await page.locator("section.aq").evaluate((s) => [s.lang, s.dir]), ["en", "ltr"]);
  assert.equal(await page.title(), `Quiz: ${bidestan.meta.article_title}`);
  const prompt = await page.locator("legend.aq-prompt").evaluate((e) => [e.closest("[lang]").lang, getComputedStyle(e).direction]);
  assert.deepEqual(prompt, ["fa", "rtl"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("without AbortSignal.timeout (Safari before 16) a quiz from an address loads, and one that never answers is said to have timed out", async () => {
  const { page, context, errors } = await open(`${env.quizzes.url}/riverton.aqz`);
  await page.addInitScript(() => delete AbortSignal.timeout);
  await page.reload();
  await page.getByRole("heading", { name: `Question 1 of ${riverton.questions.length}` }).waitFor();
  // A file that never comes: the widget gives up after 20 s (on the page's clock, moved
  // by the test) and says so.
  await page.clock.install();
  await page.route("**/silent.aqz", () => {});
  await page.goto(`${env.widget.url}/?quiz=${encodeURIComponent(`${env.quizzes.url}/silent.aqz`)}`);
  await page.waitForTimeout(500);
  await page.clock.fastForward(21_000);
  await page.getByText("The site that has the quiz file did not answer within 20 seconds.").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("the built-in quiz never loads the validator", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(env.widget.url);
  await page.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  assert.deepEqual(requests.filter((url) => url.includes("/validator/")), []);
  await context.close();
});

const UNAVAILABLE = "This quiz cannot be shown.";
const CHECKS_FAILED = "The quiz file did not pass the checks (1 problem). If you made it, run quiz-check on its folder.";

test("a quiz that fails the checks, or cannot be had, is explained instead of shown", async () => {
  const cases = [
    {
      address: `${env.quizzes.url}/unsound.aqz`,
      why: CHECKS_FAILED,
      problems: [
        "Question “vote”: excerpt 1 is not word for word in the article. The closest passage in the article is " +
          "“It voted 7 to 2 to build a new library — the first in forty years.”.",
      ],
    },
    { address: `${env.quizzes.url}/page.aqz`, why: CHECKS_FAILED, problems: ["This file is not an Article Quiz bundle"] },
    { address: `${env.quizzes.url}/huge.aqz`, why: "The quiz file is larger than 1024 KB, more than any quiz needs." },
    {
      address: `${env.quizzes.url}/missing.aqz`,
      why: "There is no quiz file at its address (the site answered 404, not found).",
    },
    {
      address: `${env.closed.url}/riverton.aqz`,
      why: "The quiz file could not be fetched. The site that has it may be down, or may not allow this page to read it.",
    },
    {
      address: "javascript:alert(1)",
      why: "Its address is not a web address: give one that starts with https://, or one relative to this page.",
    },
  ];
  for (const { address, why, problems = [] } of cases) {
    const { page, context } = await open(address);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const paragraphs = (await alert.locator("p").allTextContents()).map((t) => t.trim());
    assert.deepEqual(paragraphs, [UNAVAILABLE, why, `Quiz file: ${address}`], address);
    assert.deepEqual(await alert.getByRole("listitem").allTextContents(), problems, address);
    // The page no longer names the built-in quiz, and shows none of it.
    assert.equal(await page.title(), "Quiz");
    assert.equal(await page.getByRole("heading", { name: /^Question/ }).count(), 0);
    await context.close();
  }
});

test("a quiz's text is shown as text, never as HTML", async () => {
  const { page, context } = await open(`${env.quizzes.url}/hostile.aqz`);
  await page.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  await assert.doesNotReject(page.getByText('<img src=x onerror="window.pwned=1"> <b>Riverton</b>', { exact: true }).waitFor());
  assert.equal(await page.locator(".aq img, .aq b").count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await context.close();
});

test("the embeds take a quiz's address (data-quiz, quiz=) and language (data-lang)", async () => {
  const host = mkdtempSync(join(tmpdir(), "aq-host-"));
  const served = await serve(host);
  const unsound = encodeURIComponent(`${env.quizzes.url}/unsound.aqz`);
  writeFileSync(
    join(host, "index.html"),
    `<!doctype html><html lang="en"><title>Host</title>
<script type="module" src="${env.widget.url}/article-quiz.js"></script>
<script src="${env.widget.url}/embed.js" async></script>
<h1>Host page</h1>
<div data-article-quiz data-quiz="${env.quizzes.url}/riverton.aqz" id="good"></div>
<div data-article-quiz data-quiz="${env.quizzes.url}/unsound.aqz" data-lang="es" id="bad"></div>
<iframe data-article-quiz title="Quiz" width="320" height="80"
  src="${env.widget.url}/?quiz=${unsound}&host=${encodeURIComponent(served.url)}"></iframe>`,
  );
  const page = await env.browser.newPage();
  await page.goto(served.url);
  await page.locator("#good").getByRole("heading", { name: `Question 1 of ${riverton.questions.length}` }).waitFor();
  assert.equal(await page.locator("#good legend.aq-prompt").textContent(), riverton.questions[0].prompt);
  const alert = page.locator("#bad").getByRole("alert");
  await alert.waitFor();
  // The widget's words in Spanish; the validator's, written for the quiz's authors, as quiz-check says them.
  assert.deepEqual((await alert.locator("p").allTextContents()).slice(0, 2), [
    "No se puede mostrar este cuestionario.",
    "El archivo del cuestionario no ha superado las comprobaciones (1 problema). Si lo has hecho tú, ejecuta quiz-check en su carpeta.",
  ]);
  assert.match(await alert.getByRole("listitem").textContent(), /^Question “vote”: excerpt 1 is not word for word/);
  // The iframe grows to fit the failure's message (the widget says its height even
  // without a quiz), so nothing in it is cut off.
  // (Chromium does not lay out a cross-origin frame out of view, so it is scrolled to.)
  await page.locator("iframe").scrollIntoViewIfNeeded();
  const frame = page.frameLocator("iframe");
  await frame.getByRole("alert").waitFor();
  await page.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height > 200);
  const inner = await frame.locator("html").evaluate((html) => [html.scrollHeight, html.clientHeight]);
  assert.equal(inner[0], inner[1], "the frame's document neither scrolls nor leaves a gap");
  // The host page keeps its own title and heading.
  assert.equal(await page.title(), "Host");
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Host page");
  await page.close();
  await served.close();
});

for (const colorScheme of ["light", "dark"]) {
  test(`the loading failure passes axe in the ${colorScheme} theme`, async () => {
    const { page, context } = await open(`${env.quizzes.url}/unsound.aqz`, { colorScheme });
    await page.getByRole("alert").waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}
