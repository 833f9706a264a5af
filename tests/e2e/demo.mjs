// The demo news page (tests/demo) and the widget, served from two origins on 127.0.0.1,
// each under a strict Content-Security-Policy: what the embed tests and the screenshots
// look at.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { after, before } from "node:test";

import { launch } from "./browser.mjs";

import { QUIZ_DIR } from "./helpers.mjs";
import { serve } from "./server.mjs";

// The widget's own policy: no inline script, no eval, framing only by the demo page and
// its own embed-code page's preview.
const widgetPolicy = (host) =>
  `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; frame-ancestors 'self' ${host}`;

/** The article's body paragraphs as HTML, for the demo page. */
function articleHtml() {
  const escape = (s) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  // One paragraph a line; the first 13 are the article proper (meta.toml's body_paragraphs).
  const lines = readFileSync(`${QUIZ_DIR}/article.txt`, "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
  return lines.slice(0, 13).map((p) => `<p>${escape(p)}</p>`).join("\n");
}

/**
 * Serves the demo page and dist/. The page's second quiz is a two-question test
 * assignment of `quiz`'s questions 1 and 5. `edits` replaces each key by its value in
 * the page as served (a corrected paragraph, an attribute). Resolves to
 * { demo, widget, close }.
 */
export async function serveDemo(quiz, edits = {}) {
  const args = ["run", "--quiet", "--bin", "quiz-check", "--", "--link", QUIZ_DIR, "--test", "--questions"];
  const short = execFileSync("cargo", [...args, `${quiz.questions[0].id},${quiz.questions[4].id}`], { encoding: "utf8" });
  const replace = { "{{ARTICLE}}": articleHtml(), "{{SHORT}}": short.trim() };
  const demo = await serve("tests/demo", { replace });
  // Any site may load the script embed's modules and wasm (they are fetched with CORS).
  const headers = { "content-security-policy": widgetPolicy(demo.url), "access-control-allow-origin": "*" };
  const widget = await serve("dist", { headers });
  Object.assign(replace, { "{{WIDGET}}": widget.url, "{{HOST}}": encodeURIComponent(demo.url) }, edits);
  return { demo, widget, close: async () => (await widget.close(), await demo.close()) };
}

/**
 * Opens the demo page at `url` on `page` as a reader who scrolls past each quiz (every
 * quiz loads only as it nears the view: the iframes are `loading="lazy"`, the script
 * embed waits to be seen), then back to the top; resolves once all three have said
 * `ready`.
 */
export async function openDemo(page, url) {
  await page.goto(url);
  for (const slot of await page.locator(".quiz-slot").all()) await slot.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.quizEvents.filter((e) => e.type === "ready").length >= 3);
  await page.evaluate(() => scrollTo(0, 0));
}

/**
 * For a test file: serves the demo page (with `edits`) and the widget (`serveDemo`) and starts Chromium
 * before its tests, and stops them after. The returned object fills in with
 * { demo, widget, browser }.
 */
export function withDemoServer(quiz, edits = {}) {
  const env = {};
  before(async () => {
    Object.assign(env, await serveDemo(quiz, edits));
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.close?.();
  });
  return env;
}

/**
 * Puts `each` script embeds (data-id s0, s1, …) and `each` iframes (id f0, f1, …) on
 * `many.html`, all near the reader's view; run in the page with [widget, host, each].
 */
export const addQuizzes = ([widget, host, each]) => {
  const main = document.getElementById("quizzes");
  const grid = (kind) => {
    const row = document.createElement("div");
    row.style.cssText = "display:grid;grid-template-columns:repeat(5,1fr);gap:4px";
    row.dataset.kind = kind;
    main.append(row);
    return row;
  };
  const scripts = grid("script");
  const frames = grid("frame");
  for (let i = 0; i < each; i++) {
    const div = document.createElement("div");
    div.setAttribute("data-article-quiz", "");
    div.dataset.id = `s${i}`;
    scripts.append(div);
    const frame = document.createElement("iframe");
    frame.setAttribute("data-article-quiz", "");
    frame.id = `f${i}`;
    frame.title = `Quiz ${i}`;
    frame.height = "600";
    frame.src = `${widget}/?host=${host}&id=f${i}`;
    frames.append(frame);
  }
};
