// End-to-end: the npm package as a newsroom's front end uses it. The packed tarball
// (scripts/package, target/npm/) is installed into a small host app (tests/host-app),
// which tsc type-checks against the package's declarations (a wrong event field fails)
// and esbuild bundles; served on 127.0.0.1, it mounts two <article-quiz> elements, hears
// their typed events, commands one, removes the other and adds it back.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";

import { launch } from "./browser.mjs";
import { answerWithMouse, newPage, quizData } from "./helpers.mjs";
import { serve } from "./server.mjs";

const quiz = quizData();
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
  // beside the bundle, as the package's README says.
  const pkg = join(app, "node_modules", "article-quiz");
  for (const entry of readdirSync(pkg)) {
    if (!["package.json", "README.md", "index.js", "index.d.ts"].includes(entry)) cpSync(join(pkg, entry), join(out, entry), { recursive: true });
  }
  cpSync(join(app, "index.html"), join(out, "index.html"));
  env.server = await serve(out);
  env.browser = await launch();
});

after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

const tsc = (file) =>
  spawnSync(
    bin("tsc"),
    ["--noEmit", "--strict", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler", "--lib", "es2022,dom", file],
    { cwd: env.app, encoding: "utf8" },
  );

test("the host app type-checks against the package's declarations, and a wrong event field does not", () => {
  const good = tsc("src/main.ts");
  assert.equal(good.status, 0, good.stdout + good.stderr);
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
