// End-to-end: the npm package as a newsroom's front end uses it. The packed tarball
// (scripts/package, target/npm/) is installed into a small host app (tests/host-app),
// which tsc type-checks against the package's declarations (a wrong event field fails)
// and esbuild bundles; served on 127.0.0.1, it mounts two <article-quiz> elements, hears
// their typed events, commands one, removes the other and adds it back. The same app is
// also built by Vite and by webpack 5, and served by Vite's dev server, with no settings
// for the package: each must ship the widget's files itself, the validator module for a
// quiz from an address included, and the results module for a quiz that names a results
// server (the real one, which counts the reader).
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";

import { launch } from "./browser.mjs";
import { answerWithMouse, bundle, newPage, quizData } from "./helpers.mjs";
import { startResultsServer } from "./results-server.mjs";
import { serve } from "./server.mjs";

const quiz = quizData();
const riverton = quizData("tests/fixtures/riverton");
const bin = (name) => resolve("node_modules/.bin", name);
const env = {};

before(async () => {
  const tarball = readdirSync("target/npm").find((f) => /^article-quiz-.*\.tgz$/.test(f));
  if (!tarball) throw new Error("no target/npm/article-quiz-*.tgz: run scripts/package first (scripts/test does)");
  const app = mkdtempSync(join(tmpdir(), "aq-host-app-"));
  cpSync("tests/host-app", app, { recursive: true });
  writeFileSync(join(app, "package.json"), '{ "private": true, "type": "module" }\n');
  // The tarball, as a newsroom would install a release: no path into this source tree.
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", resolve("target/npm", tarball)], { cwd: app });
  env.app = app;
  const out = join(app, "out");
  execFileSync(bin("esbuild"), ["src/main.ts", "--bundle", "--format=esm", "--target=es2022", `--outfile=${join(out, "main.js")}`, "--log-level=warning"], { cwd: app });
  // esbuild leaves the package's `new URL(…, import.meta.url)` files alone: they go
  // beside the bundle, the validator's wasm too (esbuild puts the validator's code in the
  // bundle), as the package's README says.
  const pkg = join(app, "node_modules", "article-quiz");
  for (const entry of readdirSync(pkg)) {
    if (!["package.json", "README.md", "index.js", "index.d.ts"].includes(entry)) cpSync(join(pkg, entry), join(out, entry), { recursive: true });
  }
  for (const wasm of readdirSync(join(pkg, "validator")).filter((f) => f.endsWith("_bg.wasm"))) cpSync(join(pkg, "validator", wasm), join(out, wasm));
  cpSync(join(app, "index.html"), join(out, "index.html"));
  // A quiz from an address, for the validator module: beside each build's page (Vite
  // serves and copies public/).
  mkdirSync(join(app, "public"));
  bundle("tests/fixtures/riverton", join(app, "public", "riverton.aqz"));
  cpSync(join(app, "public", "riverton.aqz"), join(out, "riverton.aqz"));
  env.server = await serve(out);
  env.browser = await launch();
  env.results = await startResultsServer();

  // Vite, as `npm create vite` sets an app up: index.html at the root names the
  // TypeScript entry. No configuration.
  writeFileSync(join(app, "index.html"), readFileSync(join(app, "index.html"), "utf8").replace("./main.js", "/src/main.ts"));
  const vite = await import("vite");
  await vite.build({ root: app, configFile: false, logLevel: "warn", build: { outDir: join(app, "vite-out") } });
  env.vite = await serve(join(app, "vite-out"));
  env.viteDev = await vite.createServer({ root: app, configFile: false, logLevel: "warn", server: { host: "127.0.0.1", port: 0 } });
  await env.viteDev.listen();

  // webpack 5 with its defaults, on the entry with its types stripped.
  execFileSync(bin("esbuild"), ["src/main.ts", "--format=esm", "--target=es2022", "--outfile=plain/main.js", "--log-level=warning"], { cwd: app });
  const { default: webpack } = await import("webpack");
  const webpackOut = join(app, "webpack-out");
  const stats = await new Promise((done, fail) =>
    webpack({ mode: "production", context: app, entry: "./plain/main.js", output: { path: webpackOut, filename: "main.js" } }).run((error, stats) =>
      error ? fail(error) : done(stats),
    ),
  );
  assert.ok(!stats.hasErrors(), stats.toString("errors-only"));
  cpSync(join(out, "index.html"), join(webpackOut, "index.html"));
  cpSync(join(app, "public", "riverton.aqz"), join(webpackOut, "riverton.aqz"));
  env.webpack = await serve(webpackOut);
});

after(async () => {
  await env.browser?.close();
  await env.server?.close();
  await env.vite?.close();
  await env.viteDev?.close();
  await env.webpack?.close();
  await env.results?.close();
});

const tsc = (file) =>
  spawnSync(
    bin("tsc"),
    ["--noEmit", "--strict", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler", "--lib", "es2022,dom", file],
    { cwd: env.app, encoding: "utf8" },
  );

test("the host app and every message the core sends type-check against the package's declarations, and a wrong event field does not", () => {
  const good = tsc("src/main.ts");
  assert.equal(good.status, 0, good.stdout + good.stderr);
  // One message of each type as the core sends it (written by the core's tests): the
  // declarations name every field it has and no other, and every event it sends.
  const sent = tsc("src/messages.ts");
  assert.equal(sent.status, 0, sent.stdout + sent.stderr);
  const wrong = tsc("src/wrong.ts");
  assert.notEqual(wrong.status, 0);
  assert.match(wrong.stdout, /Property 'percentage' does not exist/);
});

test("the bundled host app mounts two quizzes, hears their typed events, and removes and adds one back", async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}/`);
  await page.waitForFunction(() => window.seen.filter((e) => e.type === "ready").length === 2);
  const ready = await page.evaluate(() => window.seen.filter((e) => e.type === "ready"));
  assert.deepEqual(ready.map((e) => e.instance).sort(), ["first", "second"]);
  assert.ok(ready.every((e) => e.questions === quiz.questions.length && e.mode === "practice"));

  // An answer in the first: the host hears it, typed.
  const first = page.locator('article-quiz[instance="first"]');
  const prompt = (await first.locator("legend.aq-prompt").textContent()).trim();
  await answerWithMouse(first, quiz.questions.find((q) => q.prompt === prompt), "right");
  await first.getByRole("button", { name: "Check answer", exact: true }).click();
  await page.waitForFunction(() => window.seen.some((e) => e.type === "answered"));
  assert.deepEqual(await page.evaluate(() => window.seen.find((e) => e.type === "answered")), {
    instance: "first",
    type: "answered",
    verdict: "correct",
    points: 1,
  });
  // A command through the package's own helper.
  await page.evaluate(() => window.host.goto(3));
  await first.getByRole("heading", { name: /^Question 3 of/ }).waitFor();

  // The second removed (its quiz unmounted, its shadow root emptied) and added back.
  await page.evaluate(() => window.host.remove());
  await page.waitForFunction(() => document.querySelectorAll("article-quiz").length === 1);
  await page.evaluate(() => window.host.addBack());
  await page.waitForFunction(() => window.seen.filter((e) => e.type === "ready" && e.instance === "second").length === 2);
  // (Both quizzes keep one saved progress: the second resumes where the first is.)
  await page.locator('article-quiz[instance="second"]').getByRole("heading", { name: /^Question \d+ of/ }).waitFor();
  assert.equal(await page.locator('article-quiz[instance="second"] section.aq').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The host app at `url` mounts its two quizzes and answers in the first; a quiz from an
 * address, added to the page, is fetched and checked by the validator module and shown;
 * a quiz that names the results server sends it its reader's view through the results
 * module. Nothing fails to load. */
async function theBuiltAppWorks(url) {
  const { context, page, errors } = await newPage(env.browser);
  const failed = [];
  const wasm = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    if (new URL(response.url()).pathname.endsWith(".wasm")) wasm.push(response.headers()["content-type"]);
  });
  await page.goto(`${url}/`);
  await page.waitForFunction(() => window.seen.filter((e) => e.type === "ready").length === 2);
  const first = page.locator('article-quiz[instance="first"]');
  const prompt = (await first.locator("legend.aq-prompt").textContent()).trim();
  await answerWithMouse(first, quiz.questions.find((q) => q.prompt === prompt), "right");
  await first.getByRole("button", { name: "Check answer", exact: true }).click();
  await page.waitForFunction(() => window.seen.some((e) => e.type === "answered" && e.verdict === "correct"));

  await page.evaluate(() => {
    const remote = document.createElement("article-quiz");
    remote.setAttribute("instance", "remote");
    remote.setAttribute("quiz", "/riverton.aqz");
    document.body.append(remote);
  });
  const remote = page.locator('article-quiz[instance="remote"]');
  await remote.getByRole("heading", { name: `Question 1 of ${riverton.questions.length}` }).waitFor();
  assert.equal((await remote.locator("legend.aq-prompt").textContent()).trim(), riverton.questions[0].prompt);

  const counted = page.waitForResponse((r) => r.url() === `${env.results.url}/api/v1/quizzes/${quiz.slug}/events` && r.status() === 204);
  await page.evaluate((server) => {
    const element = document.createElement("article-quiz");
    element.setAttribute("instance", "counted");
    element.setAttribute("results", server);
    document.body.append(element);
    // Mounted as it nears the view.
    element.scrollIntoView();
  }, `${env.results.url}/`);
  await counted;
  assert.deepEqual(failed, []);
  // The widget's wasm and the validator's, each served as WebAssembly.
  assert.deepEqual(wasm, ["application/wasm", "application/wasm"]);
  assert.deepEqual(errors, []);
  await context.close();
}


test("esbuild's bundle, with the files its README says to copy, takes a question and a quiz from an address", async () => {
  await theBuiltAppWorks(env.server.url);
});

test("Vite's production build ships the widget's files with no settings", async () => {
  await theBuiltAppWorks(env.vite.url);
});

test("Vite's dev server serves the widget's files with no settings", async () => {
  await theBuiltAppWorks(env.viteDev.resolvedUrls.local[0].replace(/\/$/, ""));
});

test("webpack 5 ships the widget's files with its defaults", async () => {
  await theBuiltAppWorks(env.webpack.url);
});
