// End-to-end: a teacher prints a worksheet, its answer key and the article for the
// questions and order chosen on the teacher's page. Chromium prints each to PDF, on A4
// and on Letter, and PDF.js reads the text back: the worksheet holds every chosen
// question in order and no answer, the key every answer, explanation and excerpt, the
// article every paragraph numbered; no question is split across two pages.
import assert from "node:assert/strict";
import { after, test } from "node:test";

import { axeViolations, button, newPage, quizData, withQuizServer } from "./helpers.mjs";
import { pdfReader } from "./pdf.mjs";

const env = withQuizServer();
const quiz = quizData();
// Opened by the first test that reads a PDF (the browser starts in withQuizServer's hook).
let reading = null;
const reader = () => (reading ??= pdfReader(env.browser));
after(async () => (await reading)?.close());

// Compared without white space: PDF text breaks lines anywhere (after a hyphen too).
const compact = (text) => text.replace(/\s+/g, "");
const KINDS = ["Single", "Multiple", "TrueFalse", "Order", "Numeric", "Evidence"];
const kindOf = (q) => Object.keys(q.kind)[0];
// Two questions of each kind, in the quiz's order.
const chosen = quiz.questions.filter((q, i, all) => all.filter((o) => kindOf(o) === kindOf(q)).indexOf(q) < 2);
const number = (q) => quiz.questions.indexOf(q) + 1;

/** What a student would see of a question on paper (prompt, options, items, passage). */
const shown = (q) => {
  const [kind, data] = Object.entries(q.kind)[0];
  if (kind === "Single" || kind === "Multiple") return data.options.map((o) => o.text);
  if (kind === "Order") return data.items;
  if (kind === "Evidence") return data.passage;
  return [];
};

/** The answer as the key prints it (without the option's letter). */
const answers = (q) => {
  const [kind, data] = Object.entries(q.kind)[0];
  if (kind === "Single") return [data.options[data.correct].text];
  if (kind === "Multiple") return data.correct.map((i) => data.options[i].text);
  if (kind === "TrueFalse") return [`Answer ${data.correct ? "True" : "False"}`];
  if (kind === "Order") return data.items.map((item, i) => `${i + 1}. ${item}`);
  if (kind === "Numeric") return [`${data.answer.toLocaleString("en-US")} ${data.unit}`.trim()];
  return [`(${data.correct + 1}) ${data.passage[data.correct]}`];
};

/** Chooses the questions on the teacher's page; resolves to the page and its links. */
async function chooseOnTeacherPage() {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}/teacher/`);
  await button(page, "Choose none").click();
  for (const q of chosen) await page.getByRole("checkbox", { name: new RegExp(`^Q${number(q)} `) }).check();
  await page.getByRole("heading", { name: "Print for your class" }).waitFor();
  return { context, page, errors };
}

/** Opens the sheet the teacher's link names in the tab it opens, and prints it. */
async function printFrom(page, name) {
  const [sheet] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name }).click()]);
  await sheet.locator(".aq-sheet-body h1").waitFor();
  const pdfs = {};
  for (const format of ["A4", "Letter"]) pdfs[format] = await (await reader()).read(await sheet.pdf({ format }));
  return { sheet, pdfs };
}

/**
 * Each printed question's text, from its heading ("Q3 · 2 points") to the next, and
 * whether it lies on one page: `pages` as PDF.js read them, `count` questions.
 */
function questionsIn(pages, count) {
  const texts = pages.map(compact);
  const all = texts.join("");
  const starts = [];
  let from = 0;
  for (let n = 1; n <= count; n++) {
    const at = all.indexOf(`Q${n}·`, from);
    assert.ok(at >= 0, `Q${n} is printed, after Q${n - 1}`);
    starts.push((from = at));
  }
  const pageAt = (offset) => {
    for (let page = 0, end = 0; page < texts.length; page++) if (offset < (end += texts[page].length)) return page;
    return texts.length - 1;
  };
  // The last question ends where the sheet does.
  return starts.map((start, n) => {
    const end = n + 1 < count ? starts[n + 1] : all.length;
    return { text: all.slice(start, end), onePage: pageAt(start) === pageAt(end - 1) };
  });
}

test("the worksheet holds every chosen question in order, blank, none split across pages", async () => {
  assert.deepEqual([...new Set(chosen.map(kindOf))].sort(), [...KINDS].sort(), "every kind is printed");
  const { context, page, errors } = await chooseOnTeacherPage();
  const { sheet, pdfs } = await printFrom(page, "Print worksheet");
  // What the worksheet shows of the chosen questions themselves.
  const visible = chosen.flatMap((q) => [q.prompt, ...shown(q)]);
  for (const [format, pages] of Object.entries(pdfs)) {
    const all = compact(pages.join(""));
    questionsIn(pages, chosen.length).forEach(({ text, onePage }, n) => {
      const q = chosen[n];
      for (const part of [q.prompt, ...shown(q)]) assert.ok(text.includes(compact(part)), `${format} Q${n + 1}: ${part}`);
      assert.ok(onePage, `${format}: Q${n + 1} is on one page`);
    });
    // No answer: no explanation, no excerpt (but what the questions show), no key.
    for (const q of quiz.questions) {
      assert.ok(!all.includes(compact(q.explanation)), `${format}: the worksheet explains ${q.id}`);
      for (const excerpt of q.excerpts) {
        const shownAnyway = visible.some((t) => t.includes(excerpt));
        assert.ok(shownAnyway || !all.includes(compact(excerpt)), `${format}: the worksheet quotes ${q.id}'s evidence`);
      }
    }
    assert.ok(!/answerkey|inthearticle/i.test(all), `${format}: no key`);
    assert.ok(all.includes("Name") && all.includes("Date"));
  }
  assert.ok(pdfs.Letter.length >= 2 && pdfs.A4.length >= 2, "several pages");
  assert.deepEqual(errors, []);
  await sheet.close();
  await context.close();
});

test("the answer key holds every answer, explanation, excerpt and point", async () => {
  const { context, page, errors } = await chooseOnTeacherPage();
  const { sheet, pdfs } = await printFrom(page, "Print answer key");
  const total = chosen.reduce((sum, q) => sum + q.points, 0);
  for (const [format, pages] of Object.entries(pdfs)) {
    assert.ok(compact(pages.join("")).includes(compact(`${chosen.length} questions · ${total} points in all`)), `${format}: the total`);
    questionsIn(pages, chosen.length).forEach(({ text, onePage }, n) => {
      const q = chosen[n];
      const points = `Q${n + 1} · ${q.points} point${q.points === 1 ? "" : "s"}`;
      for (const part of [points, q.prompt, ...answers(q), q.explanation, ...q.excerpts]) {
        assert.ok(text.includes(compact(part)), `${format} Q${n + 1}: ${part}`);
      }
      assert.ok(onePage, `${format}: Q${n + 1} is on one page`);
    });
  }
  assert.deepEqual(errors, []);
  await sheet.close();
  await context.close();
});

test("the article prints with its body paragraphs numbered, and the sheets pass axe", async () => {
  const { context, page, errors } = await chooseOnTeacherPage();
  const { sheet, pdfs } = await printFrom(page, "Print the article");
  const body = quiz.article.paragraphs.slice(0, quiz.article.body_paragraphs);
  for (const [format, pages] of Object.entries(pdfs)) {
    const all = compact(pages.join(""));
    body.forEach((p, n) => assert.ok(all.includes(compact(`¶ ${n + 1} ${p}`)), `${format}: ¶ ${n + 1}`));
    assert.ok(!all.includes(`¶${body.length + 1}`), `${format}: only the body is numbered`);
    assert.ok(!all.includes("Backtotheteacher"), `${format}: no interface on paper`);
  }
  assert.deepEqual(await axeViolations(sheet), []);
  assert.deepEqual(errors, []);
  await sheet.close();
  await context.close();
});

test("a broken print link says so and prints nothing", async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}/teacher/?print=worksheet#a=broken`);
  await page.getByRole("alert").filter({ hasText: "This print link cannot be opened" }).waitFor();
  assert.equal(await button(page, "Print").count(), 0);
  await page.goto(`${env.server.url}/teacher/?print=key`);
  await page.getByRole("alert").filter({ hasText: "names none" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
