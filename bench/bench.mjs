// The widget's speed and size, measured in headless Chromium on 127.0.0.1 (scripts/bench).
// Prints a table: bytes by file (raw and gzipped), time from navigation to the first
// question painted (prerendered) and usable (the live widget painted) at 1x and 4x CPU
// throttling, time from "Check answer" to the feedback painted (and, for comparison, the
// same feedback painted with no script work: the browser's floor), JS heap plus wasm
// memory after load; then Lighthouse's scores.
// Numbers, not assertions: times vary from machine to machine.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";

import { launch, CHROMIUM } from "../tests/e2e/browser.mjs";
import { serve } from "../tests/e2e/server.mjs";

const RUNS = Number(process.env.RUNS ?? 5);
const server = await serve("dist");
const browser = await launch();

// Stamps, in the page, the moments the benchmark needs.
const probe = () => {
  window.__aq = {};
  addEventListener("TrunkApplicationStarted", (e) => (window.__aq.wasm = e.detail?.wasm));
  // Painted: the frame after the heading is in the DOM. First the prerendered (inert)
  // first screen's, then the live widget's, which the reader can use.
  const paintedAs = (key) => requestAnimationFrame(() => setTimeout(() => (window.__aq[key] = performance.now())));
  let seen = false;
  new MutationObserver((_, observer) => {
    const heading = document.getElementById("aq-question-heading");
    if (heading && !seen) {
      seen = true;
      paintedAs("firstQuestion");
    }
    if (heading && !heading.closest("[inert]")) {
      observer.disconnect();
      paintedAs("usable");
    }
  }).observe(document, { childList: true, subtree: true });
};

async function run(throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.addInitScript(probe);
  await page.goto(server.url);
  await page.waitForFunction(() => window.__aq.usable);
  const { firstQuestion, usable } = await page.evaluate(() => window.__aq);
  const bytes = await page.evaluate(() =>
    [performance.getEntriesByType("navigation")[0], ...performance.getEntriesByType("resource")].map((e) => ({
      name: new URL(e.name).pathname.split("/").pop() || "index.html",
      gzip: e.encodedBodySize,
      raw: e.decodedBodySize,
    })),
  );
  // Check an answer: from the click to the feedback painted.
  await page.getByRole("radio").nth(2).check();
  // The feedback's DOM is in place (script work done), then painted (the frame after).
  const { checkToFeedback, checkToDom } = await page.evaluate(
    () =>
      new Promise((done) => {
        const start = performance.now();
        new MutationObserver((_, observer) => {
          if (document.querySelector(".aq-feedback")) {
            observer.disconnect();
            const dom = performance.now() - start;
            requestAnimationFrame(() =>
              setTimeout(() => done({ checkToDom: dom, checkToFeedback: performance.now() - start })),
            );
          }
        }).observe(document.body, { childList: true, subtree: true });
        document.getElementById("aq-primary").click();
      }),
  );
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const wasmMemory = await page.evaluate(() => window.__aq.wasm?.memory?.buffer.byteLength ?? 0);
  // The browser's own share, for comparison: the same feedback taken out, then put back
  // by one plain DOM call (no Yew, no script work, fonts already loaded), painted the same
  // way. A floor that "check → feedback painted" cannot go below on this machine.
  const feedbackFloor = await page.evaluate(async () => {
    const frame = () => new Promise((next) => requestAnimationFrame(() => setTimeout(next)));
    const feedback = document.querySelector(".aq-feedback");
    const [parent, after] = [feedback.parentNode, feedback.nextSibling];
    feedback.remove();
    await frame();
    const start = performance.now();
    parent.insertBefore(feedback, after);
    await frame();
    return performance.now() - start;
  });
  await context.close();
  return { firstQuestion, usable, checkToFeedback, checkToDom, feedbackFloor, heap: usedSize, wasmMemory, bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(0)} ms`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const results = {};
for (const throttle of [1, 4]) {
  results[throttle] = [];
  for (let i = 0; i < RUNS; i++) results[throttle].push(await run(throttle));
}

console.log(`Article Quiz benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0].model.trim()}`);
console.log(`Chromium: ${execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" }).trim()}; ${RUNS} runs each, median (min–max)\n`);
console.log("| file | raw | gzip |\n|---|---:|---:|");
let raw = 0;
let gzip = 0;
for (const { name, raw: r, gzip: g } of results[1][0].bytes) {
  raw += r;
  gzip += g;
  console.log(`| ${name} | ${kb(r)} | ${kb(g)} |`);
}
console.log(`| **all** | **${kb(raw)}** | **${kb(gzip)}** |\n`);
console.log("| measure | 1× CPU | 4× CPU throttling | target |\n|---|---:|---:|---|");
const row = (label, key, show, target) => {
  const cell = (t) => {
    const xs = results[t].map((r) => r[key]);
    return `${show(median(xs))} (${show(Math.min(...xs))}–${show(Math.max(...xs))})`;
  };
  console.log(`| ${label} | ${cell(1)} | ${cell(4)} | ${target} |`);
};
row("navigation → first question painted", "firstQuestion", fmt, "≤ 400 ms at 4×");
row("navigation → first question usable (the live widget painted)", "usable", fmt, "");
row("check → feedback in the DOM", "checkToDom", fmt, "");
row("check → feedback painted", "checkToFeedback", fmt, "≤ 16 ms at 4×");
row("the same feedback put back by plain DOM, painted (the browser's floor)", "feedbackFloor", fmt, "");
row("JS heap after load", "heap", kb, "");
row("wasm memory after load", "wasmMemory", kb, "");
const total = results[1].map((r) => r.heap + r.wasmMemory);
console.log(`| JS heap + wasm memory | ${kb(median(total))} | | ≤ 4 MB |\n`);

// Lighthouse, offline against the same server.
// Asynchronously: the server answering Lighthouse runs in this same process.
const reportPath = join(mkdtempSync(join(tmpdir(), "aq-lighthouse-")), "report.json");
await promisify(execFile)(
  "node_modules/.bin/lighthouse",
  [
    server.url,
    "--output=json",
    `--output-path=${reportPath}`,
    "--quiet",
    "--only-categories=performance,accessibility,best-practices",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
  ],
  { cwd: "bench", env: { ...process.env, CHROME_PATH: CHROMIUM } },
);
const report = JSON.parse(readFileSync(reportPath, "utf8"));
const score = (c) => Math.round(report.categories[c].score * 100);
console.log("| Lighthouse | score | target |\n|---|---:|---|");
console.log(`| performance | ${score("performance")} | ≥ 95 |`);
console.log(`| accessibility | ${score("accessibility")} | 100 |`);
console.log(`| best practices | ${score("best-practices")} | 100 |`);
const failed = Object.values(report.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary");
if (failed.length) console.log(`\nLighthouse audits not passed: ${failed.map((a) => a.id).join(", ")}`);

await browser.close();
await server.close();
