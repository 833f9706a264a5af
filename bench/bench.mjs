// The widget beside the peer quiz widgets (../shared/peers), measured in one run in
// headless Chromium on 127.0.0.1 (scripts/bench). For the widget standalone, in an
// iframe and by script embed, and for each peer, it prints one table:
//
// - bytes before the first question is readable, and until it is usable, gzip -9 and
//   brotli 11 of every file the quiz's own origin sent by then (the host page of an
//   embed is the news site's, not counted), on a slow mobile network (1.6 Mbit/s down,
//   150 ms round trips: on 127.0.0.1 everything arrives before anything is painted);
// - first question readable (its text painted) and usable (the live widget, or the
//   peer's script run) at 1× and 4× CPU throttling, from navigation;
// - check → feedback painted at 4× (the widget: "Check answer" after a choice; the floor
//   and React: the click on "901"; quizdown and SurveyJS show no feedback on a click);
// - JS heap + wasm memory after load;
//
// with ratios to the hand-written floor and to React, and then Lighthouse's scores for
// the standalone page. Medians of RUNS (5) runs. Numbers, not assertions: times vary
// from run to run and machine to machine; compare only within one run.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, statSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

import { CHROMIUM, launch } from "../tests/e2e/browser.mjs";
import { serve } from "../tests/e2e/server.mjs";

const RUNS = Number(process.env.RUNS ?? 5);
const PEERS = process.env.PEERS ?? new URL("../../shared/peers/site", import.meta.url).pathname;
const WIDGET_QUESTION = "When the Islamic Republic marked its 46th anniversary in February, where does the article say protests erupted?";
const PEER_QUESTION = "How many people were executed in Iran last year, according to the article?";

// Any site may load the script embed's modules and wasm (fetched with CORS).
// DIST=another/build measures another build the same way (a before and after).
const DIST = process.env.DIST ?? "dist";
const widget = await serve(DIST, { headers: { "access-control-allow-origin": "*" } });
const peers = existsSync(PEERS) ? await serve(PEERS) : null;
if (!peers) console.log(`(no peers at ${PEERS}: the widget alone)`);
// The news site's pages for the two embeds, each with the quiz in view at load.
const hostDir = mkdtempSync(join(tmpdir(), "aq-bench-host-"));
const hostPage = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>News</title><link rel="icon" href="data:,"></head><body><h1>A news article</h1>${body}</body></html>`;
writeFileSync(
  join(hostDir, "frame.html"),
  hostPage(`<iframe data-article-quiz title="Quiz" width="100%" height="640" loading="lazy" style="border:0" src="${widget.url}/?id=q1"></iframe><script src="${widget.url}/embed.js" async></script>`),
);
writeFileSync(
  join(hostDir, "script.html"),
  hostPage(`<div data-article-quiz data-id="q1"></div><script type="module" src="${widget.url}/article-quiz.js"></script>`),
);
const host = await serve(hostDir);

const SUBJECTS = [
  { name: "widget, standalone", url: `${widget.url}/`, widget: true },
  { name: "widget, in an iframe", url: `${host.url}/frame.html`, widget: true },
  { name: "widget, script embed", url: `${host.url}/script.html`, widget: true },
  ...(peers
    ? [
        { name: "hand-written (the floor)", key: "floor", url: `${peers.url}/vanilla/`, click: "901", feedback: "Correct!" },
        { name: "react-quiz-component", key: "react", url: `${peers.url}/react-quiz-component/`, click: "901", feedback: "Correct!" },
        { name: "quizdown (Svelte)", url: `${peers.url}/quizdown/` },
        { name: "SurveyJS", url: `${peers.url}/surveyjs/` },
      ]
    : []),
];

// In every frame: stamps, on the page's clock (epoch ms), when the first question's text
// is painted, and when the live widget's is (not the prerendered screen's). Looks into
// open shadow roots (the script embed) on each animation frame.
const probe = ([widgetQuestion, peerQuestion]) => {
  window.__aq = {};
  const now = () => performance.timeOrigin + performance.now();
  const painted = (key) => requestAnimationFrame(() => setTimeout(() => (window.__aq[key] ??= now())));
  const roots = () => [document, ...[...document.querySelectorAll("[data-article-quiz], .quizdown")].map((h) => h.shadowRoot).filter(Boolean)];
  const find = () => {
    for (const root of roots()) {
      for (const el of root.querySelectorAll("legend, h2, h3, h4, h5, span, div, p")) {
        const text = el.textContent.trim();
        if (el.childElementCount === 0 && (text === widgetQuestion || (text.includes(peerQuestion) && text.length < peerQuestion.length + 20))) return el;
      }
    }
    return null;
  };
  window.__aq.memories = [];
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) =>
      original.apply(WebAssembly, args).then((r) => (window.__aq.memories.push((r.instance ?? r).exports.memory), r));
  }
  const look = () => {
    const el = document.documentElement && find();
    if (el && !window.__aq.readableSeen) {
      window.__aq.readableSeen = true;
      painted("readable");
    }
    if (el && !el.closest(".aq-first-screen")) return painted("live");
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

/** gzip -9 and brotli-11 sizes of a file, by its address on one of the servers. */
const sizes = new Map();
function compressed(url) {
  if (sizes.has(url)) return sizes.get(url);
  const { origin, pathname } = new URL(url);
  const root = origin === widget.url ? DIST : origin === peers?.url ? PEERS : null;
  let file = root && join(root, decodeURIComponent(pathname));
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  const raw = file && existsSync(file) ? readFileSync(file) : null;
  const out = raw
    ? {
        gzip: gzipSync(raw, { level: 9 }).length,
        brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      }
    : { gzip: 0, brotli: 0 };
  sizes.set(url, out);
  return out;
}

const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

async function run(subject, throttle, { slowNetwork = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  if (slowNetwork) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", SLOW_NETWORK);
    // The frame of an iframe embed is a target of its own: the same network for it.
    await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: true });
  }
  await page.addInitScript(probe, [WIDGET_QUESTION, PEER_QUESTION]);
  await page.goto(subject.url);
  const start = await page.evaluate(() => performance.timeOrigin);
  // The frame the quiz lives in (the iframe embed's own page, or the page).
  const quizFrame = async () => {
    for (let waited = 0; waited < 60_000; waited += 20) {
      for (const frame of page.frames()) {
        if (await frame.evaluate(() => window.__aq?.live).catch(() => null)) return frame;
      }
      await page.waitForTimeout(20);
    }
    throw new Error(`${subject.name}: the first question never showed at ${subject.url}`);
  };
  const frame = await quizFrame();
  const stamps = await frame.evaluate(() => ({ readable: window.__aq.readable, live: window.__aq.live }));
  const dcl = await page.evaluate(() => performance.timeOrigin + performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd);
  // Every file each frame received, and when (epoch ms), from the browser's own record.
  const fetched = [];
  for (const f of page.frames()) {
    const entries = await f
      .evaluate(() =>
        [performance.getEntriesByType("navigation")[0], ...performance.getEntriesByType("resource")].map((e) => [
          e.name,
          performance.timeOrigin + e.responseEnd,
        ]),
      )
      .catch(() => []);
    fetched.push(...entries);
  }
  const readable = stamps.readable - start;
  const usable = (subject.widget ? stamps.live : Math.max(stamps.live, dcl)) - start;
  const bytesBy = (ms) =>
    fetched
      .filter(([url, at]) => at - start <= ms + 1 && new URL(url).origin !== host.url)
      .reduce((sum, [url]) => ({ gzip: sum.gzip + compressed(url).gzip, brotli: sum.brotli + compressed(url).brotli }), { gzip: 0, brotli: 0 });

  // Check → feedback painted, in the frame (or shadow root) the quiz lives in.
  let feedback = null;
  if (subject.widget || subject.click) {
    feedback = await frame.evaluate(
      ([isWidget, click, expected]) =>
        new Promise((done) => {
          const host = document.querySelector("div[data-article-quiz]");
          const root = host?.shadowRoot ?? document;
          let target;
          let shown;
          if (isWidget) {
            root.querySelectorAll("input[type=radio][name^=aq-q-]")[2].click();
            target = root.getElementById("aq-primary");
            shown = () => root.querySelector(".aq-feedback");
          } else {
            target = [...root.querySelectorAll("button, label")].find((b) => b.textContent.trim() === click);
            shown = () => [...root.querySelectorAll("*")].some((e) => e.childElementCount === 0 && e.textContent.trim() === expected);
          }
          let begin;
          const observer = new MutationObserver(() => {
            if (!shown()) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => done(performance.now() - begin)));
          });
          observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
          // Timed from the click, not from the choice: the widget enables its button a
          // render after the choice.
          setTimeout(() => {
            begin = performance.now();
            target.click();
          }, 100);
        }),
      [Boolean(subject.widget), subject.click ?? null, subject.feedback ?? null],
    );
  }
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  let wasm = 0;
  for (const f of page.frames()) wasm += await f.evaluate(() => (window.__aq?.memories ?? []).reduce((s, m) => s + m.buffer.byteLength, 0)).catch(() => 0);
  const result = { readable, usable, feedback, memory: usedSize + wasm, bytesReadable: bytesBy(readable), bytesUsable: bytesBy(usable) };
  await context.close();
  return result;
}

const browser = await launch();
const results = new Map();
for (const subject of SUBJECTS) {
  const runs = { 1: [], 4: [], net: [await run(subject, 1, { slowNetwork: true })] };
  for (let i = 0; i < RUNS; i++) {
    // Alternate the speeds, so that a slow spell of the machine hits both alike.
    for (const throttle of [1, 4]) runs[throttle].push(await run(subject, throttle));
    process.stderr.write(".");
  }
  results.set(subject, runs);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const of = (subject, throttle, pick) => {
  const xs = results.get(subject)[throttle].map(pick).filter((x) => x !== null && x !== undefined);
  return xs.length ? median(xs) : null;
};
const ms = (x) => (x === null ? "—" : `${x.toFixed(0)} ms`);
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
const floor = SUBJECTS.find((s) => s.key === "floor");
const react = SUBJECTS.find((s) => s.key === "react");
const ratio = (x, base) => (x === null || base === null || base === undefined ? "—" : `${(x / base).toFixed(2)} ×`);

console.log(`Article Quiz beside its peers, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0].model.trim()}`);
console.log(`Chromium: ${execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" }).trim()}; medians of ${RUNS} runs`);
console.log("The peers load a 5-question quiz; the widget its whole quiz (31 questions) and the article.\n");
console.log("| quiz | bytes before readable, gzip / br | bytes until usable, gzip / br | readable 1× | readable 4× | usable 1× | usable 4× | check → feedback 4× | JS heap + wasm |");
console.log("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
for (const s of SUBJECTS) {
  const b = (key, enc) => of(s, "net", (r) => r[key][enc]);
  console.log(
    `| ${s.name} | ${kb(b("bytesReadable", "gzip"))} / ${kb(b("bytesReadable", "brotli"))} | ${kb(b("bytesUsable", "gzip"))} / ${kb(b("bytesUsable", "brotli"))} | ${ms(of(s, 1, (r) => r.readable))} | ${ms(of(s, 4, (r) => r.readable))} | ${ms(of(s, 1, (r) => r.usable))} | ${ms(of(s, 4, (r) => r.usable))} | ${ms(of(s, 4, (r) => r.feedback))} | ${(of(s, 1, (r) => r.memory) / 1048576).toFixed(1)} MB |`,
  );
}
if (floor && react) {
  console.log("\nRatios at 4× CPU (the widget ÷ the floor, the widget ÷ React):\n");
  console.log("| quiz | readable ÷ floor | readable ÷ React | usable ÷ floor | usable ÷ React | feedback ÷ floor | feedback ÷ React | bytes until usable (gzip) ÷ React |");
  console.log("|---|--:|--:|--:|--:|--:|--:|--:|");
  for (const s of SUBJECTS) {
    const at4 = (subject, key) => of(subject, 4, (r) => r[key]);
    const bytes = (subject) => of(subject, "net", (r) => r.bytesUsable.gzip);
    console.log(
      `| ${s.name} | ${ratio(at4(s, "readable"), at4(floor, "readable"))} | ${ratio(at4(s, "readable"), at4(react, "readable"))} | ${ratio(at4(s, "usable"), at4(floor, "usable"))} | ${ratio(at4(s, "usable"), at4(react, "usable"))} | ${ratio(at4(s, "feedback"), at4(floor, "feedback"))} | ${ratio(at4(s, "feedback"), at4(react, "feedback"))} | ${ratio(bytes(s), bytes(react))} |`,
    );
  }
}

if (process.env.LIGHTHOUSE !== "0") {
  // Lighthouse, offline against the standalone page. Asynchronously: the server
  // answering Lighthouse runs in this same process.
  const reportPath = join(mkdtempSync(join(tmpdir(), "aq-lighthouse-")), "report.json");
  await promisify(execFile)(
    "node_modules/.bin/lighthouse",
    [
      `${widget.url}/`,
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
  console.log(`\nLighthouse (standalone): performance ${score("performance")}, accessibility ${score("accessibility")}, best practices ${score("best-practices")}`);
}

await browser.close();
for (const server of [widget, host, peers]) await server?.close();
