// What a student does, as functions the browser tests read like sentences: answer a
// question right or wrong, check it, move on. Controls are found by role and name.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";

import AxeBuilder from "@axe-core/playwright";

import { launch } from "./browser.mjs";
import { serve } from "./server.mjs";

export const QUIZ_DIR = "quizzes/iranian-people";
const QUIZ_CHECK = ["run", "--quiet", "--bin", "quiz-check", "--"];

/** The quiz in `dir` as the core sees it (from `quiz-check --json`). */
export function quizData(dir = QUIZ_DIR) {
  return JSON.parse(execFileSync("cargo", [...QUIZ_CHECK, "--json", dir], { encoding: "utf8" }));
}

/** The points the core gives these answers to the quiz in `dir` (from `quiz-check --score`). */
export function coreScore(answers, dir = QUIZ_DIR) {
  const file = join(mkdtempSync(join(tmpdir(), "aq-answers-")), "answers.json");
  writeFileSync(file, JSON.stringify(answers));
  return JSON.parse(execFileSync("cargo", [...QUIZ_CHECK, "--score", dir, file], { encoding: "utf8" }));
}

/** Writes the bundle of the quiz in `dir` to `file` (`quiz-check --bundle`). */
export function bundle(dir, file) {
  execFileSync("cargo", [...QUIZ_CHECK, dir, "--bundle", file], { encoding: "utf8" });
}

/** What a result code holds (from `quiz-check --read-result`). */
export function readResult(code) {
  return JSON.parse(execFileSync("cargo", [...QUIZ_CHECK, "--read-result", QUIZ_DIR, code], { encoding: "utf8" }));
}

export const kindOf = (question) => Object.keys(question.kind)[0];

/**
 * Collects what goes wrong on `page`: every uncaught error and, unless `console` is
 * false (a page that is expected to log failed loads), every console error (CSP
 * violations are reported there). Tests assert the returned list stays empty.
 */
export function collectErrors(page, { console = true } = {}) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  if (console) page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return errors;
}

/**
 * A page in a browser context of its own, 1280 × 900 unless `options` (the context's:
 * viewport, colorScheme, reducedMotion, …) say otherwise, with the clipboard allowed when
 * `clipboard` is set, and its errors collected (see `collectErrors`).
 */
export async function newPage(browser, { clipboard = false, console = true, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  if (clipboard) await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  return { context, page, errors: collectErrors(page, { console }) };
}

/** The axe rule tags every scan runs: WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * axe-core's violations on `page` (a page of a `browser.newContext()`, TOOLCHAIN.md) under
 * WCAG 2.2 AA and best practices: the `wcag22aa` tag turns on `target-size` (2.5.8), which
 * axe leaves off by default. Each violation is one line: rule, impact, help and the nodes.
 */
export async function axeViolations(page) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * For a test file: serves dist/ and starts Chromium before its tests, and stops both
 * after. The returned object fills in with { server, browser }.
 */
export function withQuizServer() {
  const env = {};
  before(async () => {
    env.server = await serve("dist");
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** The question whose prompt is on screen now. */
export async function currentQuestion(page, quiz) {
  const prompt = (await page.locator("legend.aq-prompt").textContent()).trim();
  const question = quiz.questions.find((q) => q.prompt === prompt);
  if (!question) throw new Error(`no question with prompt ${prompt}`);
  return question;
}

/**
 * Walks the quiz on screen to the first question of each kind, skipping the others: on
 * each, calls `check("question: KIND")`, answers it with the mouse (`how(kind)`, wrong by
 * default), checks the answer, calls `check("feedback: KIND")` and goes on to the next
 * question. Returns how many kinds it saw. `words`: the interface's ([`UI`]).
 */
export async function eachKind(page, quiz, check, how = () => "wrong", words = UI.en) {
  const seen = new Set();
  for (let i = 0; i < quiz.questions.length && seen.size < 6; i++) {
    const question = await currentQuestion(page, quiz);
    const kind = kindOf(question);
    if (seen.has(kind)) {
      await button(page, words.skip).click();
      continue;
    }
    seen.add(kind);
    await check(`question: ${kind}`);
    await answerWithMouse(page, question, how(kind), words);
    await button(page, words.check).click();
    await check(`feedback: ${kind}`);
    await button(page, words.next).click();
  }
  return seen.size;
}

/**
 * Walks every screen of the widget served at `url`, in the language `lang`, calling
 * `check(screen)` on each: a question of each kind and its feedback (answered partly
 * right or wrong, `eachKind`), the article view with a highlighted excerpt, the results,
 * test mode mid-test, and an assignment's first question and its hand-in panel.
 */
export async function everyScreen(page, url, quiz, check, lang = "en") {
  const words = UI[lang];
  await page.goto(`${url}/?lang=${lang}`);
  await page.getByRole("heading", { name: words.position(1, quiz.questions.length) }).waitFor();
  if ((await eachKind(page, quiz, check, partlyOrWrong, words)) !== 6) throw new Error("a kind of question was not walked");
  await button(page, words.previous).click();
  await page.getByRole("button", { name: words.showInArticle }).first().click();
  await page.locator("mark.aq-mark").waitFor();
  await check("article view");
  await button(page, words.backToQuiz).click();
  while (!(await button(page, words.seeScore).count())) await button(page, words.next).or(button(page, words.skip)).first().click();
  await button(page, words.seeScore).click();
  await page.getByRole("heading", { name: words.yourScore }).waitFor();
  await check("results");
  await button(page, words.startOver).click();
  await page.getByRole("radio", { name: words.testMode }).check();
  await check("test mode");
  const LINK = "ARv64QE1KQYUe0bZ0tq6PND9TtKUC3Wj3hTlF42NlwJi12iTftq1WzkHWJF7KUJ2cloE";
  await page.goto(`${url}/?lang=${lang}#a=${LINK}`);
  await page.reload();
  await page.getByRole("heading", { name: words.position(1, 20) }).waitFor();
  await check("assignment question");
  for (let i = 0; i < 19; i++) await button(page, words.next).click();
  await button(page, words.finishTest).click();
  await page.getByRole("heading", { name: words.handIn }).waitFor();
  await check("hand in");
}

/** A partly right answer where the kind allows one (multiple select, order), else a wrong one. */
export const partlyOrWrong = (kind) => (kind === "Multiple" || kind === "Order" ? "partial" : "wrong");

/** A number in Persian digits, as the Persian interface writes it. */
export const persian = (n) => n.toLocaleString("fa");

/**
 * The widget's words that the tests click and wait for, in each language it speaks (the
 * catalogues are src/ui/i18n/): buttons, the question heading, the answers' controls, and
 * how a reader types a number (`format`).
 */
export const UI = {
  en: {
    check: "Check answer",
    next: "Next question",
    skip: "Skip",
    previous: "Previous",
    seeScore: "See your score",
    finishTest: "Finish test",
    startOver: "Start over",
    showInArticle: /^Show in article/,
    backToQuiz: "Back to the quiz",
    yourScore: "Your score",
    handIn: "Hand in your result",
    testMode: /^Test/,
    position: (at, of) => `Question ${at} of ${of}`,
    correct: "Correct",
    score: (shown) => `${shown} points`,
    true: "True",
    false: "False",
    number: "Your answer",
    moveUp: "Move up",
    format: (n) => n.toLocaleString("en-US"),
  },
  es: {
    check: "Comprobar respuesta",
    next: "Siguiente pregunta",
    skip: "Saltar",
    previous: "Anterior",
    seeScore: "Ver tu puntuación",
    finishTest: "Terminar el examen",
    startOver: "Empezar de nuevo",
    showInArticle: /^Ver en el artículo/,
    backToQuiz: "Volver al cuestionario",
    yourScore: "Tu puntuación",
    handIn: "Entrega tu resultado",
    testMode: /^Examen/,
    position: (at, of) => `Pregunta ${at} de ${of}`,
    correct: "Correcto",
    score: (shown) => `${shown.replaceAll(".", ",").replace(" of ", " de ")} puntos`,
    true: "Verdadero",
    false: "Falso",
    number: "Tu respuesta",
    moveUp: "Subir",
    format: (n) => n.toLocaleString("es"),
  },
  fa: {
    check: "بررسی پاسخ",
    next: "پرسش بعدی",
    skip: "رد شدن",
    previous: "قبلی",
    seeScore: "دیدن امتیاز",
    finishTest: "پایان آزمون",
    startOver: "شروع دوباره",
    showInArticle: /^دیدن در مقاله/,
    backToQuiz: "بازگشت به آزمونک",
    yourScore: "امتیاز شما",
    handIn: "تحویل نتیجه",
    testMode: /^آزمون /,
    position: (at, of) => `پرسش ${persian(at)} از ${persian(of)}`,
    correct: "درست",
    score: (shown) => `${shown.split(" of ").map((n) => persian(Number(n))).join(" از ")} امتیاز`,
    true: "درست",
    false: "نادرست",
    number: "پاسخ شما",
    moveUp: "بالا بردن",
    format: persian,
  },
};

const ANSWER_WORDS = UI.en;

/**
 * Answers the question on screen with the mouse. `how` is "right", "wrong" or
 * "partial" (multiple select and ordering); `words`, the widget's words for the
 * controls, in another language than English. Returns the answer in the core's form.
 */
export async function answerWithMouse(page, question, how, words = ANSWER_WORDS) {
  const [kind, data] = Object.entries(question.kind)[0];
  switch (kind) {
    case "Single": {
      const index = how === "right" ? data.correct : firstOther(data.options.length, [data.correct]);
      await page.getByRole("radio", { name: data.options[index].text, exact: true }).check();
      return { Single: index };
    }
    case "TrueFalse": {
      const value = how === "right" ? data.correct : !data.correct;
      await page.getByRole("radio", { name: value ? words.true : words.false, exact: true }).check();
      return { TrueFalse: value };
    }
    case "Evidence": {
      const index = how === "right" ? data.correct : firstOther(data.passage.length, [data.correct]);
      await page.getByRole("radio", { name: data.passage[index], exact: true }).check();
      return { Evidence: index };
    }
    case "Multiple": {
      const wrong = data.options.map((_, i) => i).filter((i) => !data.correct.includes(i));
      const picks = how === "right" ? data.correct : how === "partial" ? [data.correct[0]] : [wrong[0]];
      for (const i of picks) await page.getByRole("checkbox", { name: data.options[i].text, exact: true }).check();
      return { Multiple: [...picks].sort((a, b) => a - b) };
    }
    case "Numeric": {
      const value = how === "right" ? data.answer : data.answer + 1;
      await page.getByRole("textbox", { name: words.number }).fill(words.format(value));
      return { Numeric: value };
    }
    case "Order": {
      // Right: sort. Partial: sort, then swap the last two. Wrong: reverse (no item
      // directly follows the one it should).
      const goal = how === "wrong" ? [...data.items].reverse() : data.items;
      for (let target = 0; target < goal.length; target++) await moveTo(page, goal[target], target, words.moveUp);
      if (how === "partial") await page.getByRole("button", { name: `${words.moveUp}: ${data.items.at(-1)}` }).click();
      const shown = await page.locator("ol.aq-order .aq-order-text").allTextContents();
      return { Order: shown.map((text) => data.items.indexOf(text)) };
    }
    default:
      throw new Error(`unknown kind ${kind}`);
  }
}

function firstOther(count, not) {
  return [...Array(count).keys()].find((i) => !not.includes(i));
}

async function moveTo(page, item, target, moveUp) {
  for (;;) {
    const shown = await page.locator("ol.aq-order .aq-order-text").allTextContents();
    const at = shown.indexOf(item);
    if (at <= target) return;
    await page.getByRole("button", { name: `${moveUp}: ${item}` }).click();
  }
}

/** Waits until the page has stopped scrolling: the same scroll position for 10 frames in
 * a row (a smooth scroll, or a focus move a frame after a change, has run its course). */
export async function scrollSettled(page) {
  await page.evaluate(
    () =>
      new Promise((done) => {
        let [last, still] = [-1, 0];
        const frame = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 10) done();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/** The live widget's question heading, not the prerendered first screen's (which the
 * page shows until the wasm has started, and which stores nothing). */
export const LIVE_HEADING = "#aq-question-heading:not(.aq-first-screen *)";

export const button = (page, name) => page.getByRole("button", { name, exact: true });

/** The verdict shown after a check. */
export async function verdictText(page) {
  return (await page.locator(".aq-verdict strong").textContent()).trim();
}

/** What the polite live region says now. */
export async function announcement(page) {
  return (await page.locator('[aria-live="polite"]').textContent()).trim();
}

/** The score line on the results screen. */
export async function shownScore(page, words = UI.en) {
  await page.getByRole("heading", { name: words.yourScore }).waitFor();
  return (await page.locator(".aq-score-points").textContent()).trim();
}

export const PLAN = ["right", "wrong", "partial"];

/** Points in hundredths as the widget prints them: 1, 0.5, 0.33. */
export function points(hundredths) {
  const whole = Math.floor(hundredths / 100);
  const cents = hundredths % 100;
  if (cents === 0) return String(whole);
  return cents % 10 === 0 ? `${whole}.${cents / 10}` : `${whole}.${String(cents).padStart(2, "0")}`;
}

/**
 * A student takes the test assignment of `quiz` at `link` (`count` questions) in a new context,
 * answering the n-th question asked as plan(n), gives `name` and copies the result code.
 * Returns the code, the answers, the order asked, what the core makes of the answers
 * (over the questions asked) and what the code holds.
 */
export async function takeAssignment(browser, quiz, link, { name, plan, count }) {
  const { context, page, errors } = await newPage(browser, { clipboard: true, console: false });
  await page.goto(link);
  const answers = {};
  const asked = [];
  for (let n = 0; n < count; n++) {
    await page.getByRole("heading", { name: `Question ${n + 1} of ${count}` }).waitFor();
    const question = await currentQuestion(page, quiz);
    asked.push(question.id);
    answers[question.id] = await answerWithMouse(page, question, plan(n));
    await button(page, n === count - 1 ? "Finish test" : "Next question").click();
  }
  await page.getByRole("heading", { name: "Hand in your result" }).waitFor();
  await page.getByRole("textbox", { name: "Your name (optional)" }).fill(name);
  await button(page, "Copy the code").click();
  await page.getByText("Copied. Paste it where your teacher asked.").waitFor();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  await context.close();
  if (errors.length) throw new Error(`errors in the student's page: ${errors.join("; ")}`);
  const scored = coreScore(answers).questions;
  const earned = asked.reduce((sum, id) => sum + scored[id].earned, 0);
  const max = asked.reduce((sum, id) => sum + scored[id].max, 0);
  const core = { earned, max, percent: Math.floor((200 * earned + max) / (2 * max)), questions: scored };
  return { name, code, answers, asked, core, record: readResult(code) };
}
