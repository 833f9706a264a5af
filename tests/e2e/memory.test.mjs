// End-to-end: a single-page news site that puts ten script embeds and ten iframes on a
// page, takes readers through a question, removes them all and adds them back, fifty
// times. Nothing may be left behind: no listener, no growth of the JS heap or of the
// widget's wasm memory past the first cycle's, no console error.
import assert from "node:assert/strict";
import { test } from "node:test";

import { addQuizzes, withDemoServer } from "./demo.mjs";
import { answerWithMouse, newPage, quizData } from "./helpers.mjs";

const quiz = quizData();
const env = withDemoServer(quiz);
const CYCLES = 50;
const EACH = 10;

/** Records every wasm memory the page's own window instantiates (the script embed's). */
const recordMemories = () => {
  window.wasmMemories = [];
  const keep = (result) => {
    const instance = result.instance ?? result;
    if (instance.exports?.memory) window.wasmMemories.push(instance.exports.memory);
    return result;
  };
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
  }
};

async function measure(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const { jsEventListeners, nodes, documents } = await cdp.send("Memory.getDOMCounters");
  const wasm = await page.evaluate(() => window.wasmMemories.reduce((sum, m) => sum + m.buffer.byteLength, 0));
  return { heap: usedSize, wasm, listeners: jsEventListeners, nodes, documents };
}

test("fifty cycles of ten script embeds and ten iframes leave nothing behind", { timeout: 15 * 60_000 }, async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.addInitScript(recordMemories);
  const cdp = await context.newCDPSession(page);
  await page.goto(`${env.demo.url}/many.html`);
  const host = encodeURIComponent(env.demo.url);
  const samples = [];
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    await page.evaluate(() => (window.quizEvents.length = 0));
    await page.evaluate(addQuizzes, [env.widget.url, host, EACH]);
    await page.waitForFunction((n) => window.quizEvents.filter((e) => e.type === "ready").length >= n, 2 * EACH, {
      timeout: 60_000,
    });
    // A reader takes one quiz of each kind through two questions.
    const scopes = [page.locator('[data-id="s0"]'), page.frameLocator("#f0").locator("body")];
    for (const scope of scopes) {
      for (const step of [1, 2]) {
        const prompt = (await scope.locator("legend.aq-prompt").textContent()).trim();
        await answerWithMouse(scope, quiz.questions.find((q) => q.prompt === prompt), "right");
        await scope.getByRole("button", { name: "Check answer", exact: true }).click();
        if (step === 1) await scope.getByRole("button", { name: "Next question", exact: true }).click();
      }
    }
    await page.waitForFunction(() => window.quizEvents.filter((e) => e.type === "answered").length >= 4);
    // Every quiz of the page shares its saved progress: forget it, so that the next
    // cycle starts afresh instead of resuming.
    await page.evaluate(() => localStorage.clear());
    await page.frameLocator("#f0").locator("body").evaluate(() => localStorage.clear());
    await page.evaluate(() => document.getElementById("quizzes").replaceChildren());
    // Unmounting happens when the page's mutation observer runs; let it.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
    samples.push(await measure(page, cdp));
  }
  const [first, last] = [samples[0], samples.at(-1)];
  const mb = (n) => `${(n / 1048576).toFixed(2)} MB`;
  console.log(
    `after cycle 1: heap ${mb(first.heap)}, wasm ${mb(first.wasm)}, listeners ${first.listeners}, nodes ${first.nodes}, documents ${first.documents}`,
  );
  console.log(
    `after cycle ${CYCLES}: heap ${mb(last.heap)}, wasm ${mb(last.wasm)}, listeners ${last.listeners}, nodes ${last.nodes}, documents ${last.documents}`,
  );
  assert.ok(last.heap + last.wasm <= 1.1 * (first.heap + first.wasm), `memory grew: ${mb(first.heap + first.wasm)} → ${mb(last.heap + last.wasm)}`);
  // A script embed's seat (src/ui/pages/seat.rs) adds the delegated listener of an event
  // kind the first time a quiz in it uses that kind; from the second cycle on, the same
  // seats serve the same quizzes, so the count must not move.
  assert.ok(last.listeners <= samples[1].listeners, `listeners left behind: ${samples[1].listeners} → ${last.listeners}`);
  assert.ok(last.nodes <= first.nodes, `nodes left behind: ${first.nodes} → ${last.nodes}`);
  assert.deepEqual(errors, []);
  await context.close();
});
