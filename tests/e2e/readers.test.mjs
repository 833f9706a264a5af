// End-to-end, against the real results server on a fresh SQLite file: a news page
// (news.test) embeds the quiz from the server (quiz.test) in an iframe. With 24 readers'
// answers seeded through the API, the 25th reader sees how many readers got the first
// question right, with the exact share and the most common wrong answer; a question with
// fewer than K answers says nothing; the newsroom's report counts the reader's view,
// start and answers under the news site's host name. A news page with the script embed
// (another quiz the server serves, in Spanish) is counted under its own host name, and
// its reader sees the share and, at the end, how the score stands. A news page whose
// quiz names no server sends nothing anywhere. Events a busy server answered 503 are sent
// again after the wait its Retry-After asks for, and counted once.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { launch } from "./browser.mjs";
import { QUIZ_DIR, answerWithMouse, bundle, button, currentQuestion, quizData } from "./helpers.mjs";
import { startResultsServer } from "./results-server.mjs";
import { serve } from "./server.mjs";

const quiz = quizData();
const RIVERTON = "tests/fixtures/riverton";
const riverton = quizData(RIVERTON);
const TOKEN = "newsroom-test-token-0123456789";
const [first, second] = quiz.questions;
const correct = first.kind.Single.correct;
const [wrong, otherWrong] = first.kind.Single.options.map((_, i) => i).filter((i) => i !== correct);

let browser;
let server;
let news;

before(async () => {
  // The server takes results for the shipped quiz and for the riverton fixture.
  const quizzes = mkdtempSync(join(tmpdir(), "aq-quizzes-"));
  cpSync(QUIZ_DIR, join(quizzes, "iranian-people"), { recursive: true });
  cpSync(RIVERTON, join(quizzes, "riverton"), { recursive: true });
  server = await startResultsServer({ quizzes, flags: ["--min-answers", "20", "--admin-token", TOKEN] });
  browser = await launch({ hosts: ["quiz.test", "news.test"] });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await news?.files.close();
});

/** A news page on its own server whose article embeds the quiz at `quiz` in an iframe,
 * which it tells its address under the host name `site`. */
async function newsPage(quizAddress, site = "news.test") {
  const folder = mkdtempSync(join(tmpdir(), "aq-news-"));
  const page = (host) =>
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>An op-ed</title><h1>An op-ed</h1><p>The article…</p>` +
    `<iframe title="Quiz about the article" style="inline-size: 100%; block-size: 1400px; border: 0" src="${quizAddress}?host=${encodeURIComponent(host)}"></iframe>`;
  const files = await serve(folder);
  writeFileSync(join(folder, "index.html"), page(`http://${site}:${new URL(files.url).port}`));
  return { files, url: `http://news.test:${new URL(files.url).port}/` };
}

/** Seeds `n` readers' answers to `question` through the API: `pick(i)` is reader i's;
 * `finish(i)`, if given, reader i's finish. */
async function seed(question, n, pick, site = "seed.example", { slug = quiz.slug, finish } = {}) {
  for (let i = 0; i < n; i++) {
    const events = [{ kind: "view" }, { kind: "start" }, { kind: "answer", question: question.id, response: pick(i) }];
    if (finish) events.push({ kind: "finish", ...finish(i) });
    const body = { reader: `seeded-reader-${question.id}-${i}`.slice(0, 64), site, events };
    const response = await fetch(`${server.url}/api/v1/quizzes/${slug}/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    assert.equal(response.status, 204, await response.text());
  }
}

test("the 25th reader sees how the 24 before answered, once a question has K answers", async () => {
  // 24 readers of the first question: 15 right, 6 with one wrong answer, 3 with another;
  // 19 of the second, one short of K.
  await seed(first, 24, (i) => ({ Single: i < 15 ? correct : i < 21 ? wrong : otherWrong }));
  await seed(second, 19, () => ({ Numeric: 1 }), "other.example");

  news = await newsPage(`http://quiz.test:${server.port}/`);
  const page = await browser.newPage();
  await page.goto(news.url);
  const widget = page.frameLocator("iframe");
  await widget.getByRole("heading", { name: /^Question 1 of / }).waitFor();
  // The reader answers the first question right and checks.
  const frame = page.frames().find((f) => f.url().includes("quiz.test"));
  assert.equal((await currentQuestion(frame, quiz)).id, first.id);
  await answerWithMouse(frame, first, "right");
  await button(frame, "Check answer").click();
  // 15 of 24, rounded half up: 63 %. The answer, the quiz's words, is isolated (FSI … PDI)
  // so that one written right to left keeps the quote marks in their places.
  const said = `63 % of readers got this right. The most common wrong answer: “\u2068${first.kind.Single.options[wrong].text}\u2069”.`;
  await widget.getByText(said).waitFor();
  // The second question has 19 answers: nothing is said of it.
  await button(frame, "Next question").click();
  assert.equal((await currentQuestion(frame, quiz)).id, second.id);
  await answerWithMouse(frame, second, "wrong");
  // The answer goes to the server a moment after the check; the report below is read once it is there.
  const sent = page.waitForResponse(
    (r) => r.url().endsWith("/events") && r.request().method() === "POST" && (r.request().postData() ?? "").includes(second.id),
  );
  await button(frame, "Check answer").click();
  await frame.locator(".aq-verdict").getByText("Not quite").waitFor();
  assert.equal(await frame.locator(".aq-readers:not(:empty)").count(), 0, "below K, no share is shown");
  assert.equal((await sent).status(), 204);
  await page.close();

  // The newsroom's report: the reader's view, start and two answers, under news.test.
  const report = await (await fetch(`${server.url}/api/v1/quizzes/${quiz.slug}/report`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
  const site = report.by_site.find((s) => s.site === "news.test");
  assert.deepEqual(site, { site: "news.test", views: 1, starts: 1, finishes: 0 });
  assert.deepEqual(report.total, { views: 24 + 19 + 1, starts: 24 + 19 + 1, finishes: 0 });
  const answers = Object.fromEntries(report.questions.map((q) => [q.question, q.answers]));
  assert.equal(answers[first.id], 25);
  assert.equal(answers[second.id], 20);

  // The newsroom sees the same on the embed-code page the server serves, with its token.
  const newsroom = await browser.newPage();
  await newsroom.goto(`http://quiz.test:${server.port}/embed-code/`);
  await newsroom.getByRole("heading", { name: "3. Your readers’ results" }).waitFor();
  const token = newsroom.getByLabel("Admin token");
  await token.fill("a-wrong-admin-token-000");
  await newsroom.getByRole("button", { name: "Show readers’ results" }).click();
  await newsroom.getByText("The server refused this admin token.").waitFor();
  await token.fill(TOKEN);
  await newsroom.getByRole("button", { name: "Show readers’ results" }).click();
  const row = (caption, label) =>
    newsroom.getByRole("table", { name: caption }).getByRole("row", { name: new RegExp(`^${label.replace(".", "\\.")} `) });
  assert.deepEqual(await row("By site", "news.test").locator("td").allTextContents(), ["1", "1", "0"]);
  assert.deepEqual(await row("Views, starts and finishes", "In all").locator("td").allTextContents(), ["44", "44", "0"]);
  const escaped = first.prompt.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const firstRow = newsroom.getByRole("table", { name: "Questions (first answers)" }).getByRole("row", { name: new RegExp(`^${escaped} `) });
  assert.deepEqual(await firstRow.locator("td").allTextContents(), ["25", "16 of 25 (64 %)"]);
  // What readers answered, most often first, in the quiz's words, the right answer marked.
  await newsroom.getByRole("heading", { name: "What readers answered" }).waitFor();
  const given = newsroom.locator(".aq-distributions > li").filter({ has: newsroom.getByText(first.prompt, { exact: true }) }).locator(".aq-distribution li");
  const options = first.kind.Single.options;
  assert.deepEqual(await given.allTextContents(), [
    `${options[correct].text} ✓ right16 readers (64 %)`,
    `${options[wrong].text}6 readers (24 %)`,
    `${options[otherWrong].text}3 readers (12 %)`,
  ]);
  await newsroom.close();
});

test("the script embed counts readers of another quiz the server serves, under the page's host name, in Spanish", async () => {
  // 20 readers of riverton: 12 answered "vote" right; they scored 0, 5, …, 95 %.
  const vote = riverton.questions.find((q) => q.id === "vote");
  const { correct: right, options } = vote.kind.Single;
  const most = riverton.questions.reduce((sum, q) => sum + q.points, 0); // whole points
  await seed(vote, 20, (i) => ({ Single: i < 12 ? right : 1 - right }), "seed.example", {
    slug: riverton.slug,
    finish: (i) => ({ earned: i * 5 * most, max: most * 100 }),
  });

  // A news page with the script embed from the server, naming it and a quiz it serves.
  const folder = mkdtempSync(join(tmpdir(), "aq-news-"));
  bundle(RIVERTON, join(folder, "riverton.aqz"));
  const files = await serve(folder, { headers: { "access-control-allow-origin": "*" } });
  const port = new URL(files.url).port;
  const quizServer = `http://quiz.test:${server.port}/`;
  writeFileSync(
    join(folder, "index.html"),
    `<!doctype html><html lang="es"><meta charset="utf-8"><title>Un artículo</title><h1>Un artículo</h1><p>El artículo…</p>` +
      `<div data-article-quiz data-lang="es" data-quiz="http://news.test:${port}/riverton.aqz" data-results="${quizServer}"></div>` +
      `<script type="module" src="${quizServer}article-quiz.js"></script>`,
  );
  try {
    const page = await browser.newPage();
    await page.goto(`http://news.test:${port}/`);
    const widget = page.locator("[data-article-quiz]");
    // The finish goes to the server a moment after the score is shown; the report below is read once it is there.
    const finished = page.waitForResponse(
      (r) => r.url().endsWith("/events") && r.request().method() === "POST" && (r.request().postData() ?? "").includes('"finish"'),
    );
    const words = { true: "Verdadero", false: "Falso", number: "Tu respuesta", moveUp: "Subir", format: (n) => n.toLocaleString("es-ES") };
    for (let n = 1; n <= riverton.questions.length; n++) {
      await widget.getByRole("heading", { name: new RegExp(`^Pregunta ${n} de `) }).waitFor();
      const question = await currentQuestion(widget, riverton);
      // All right but "vote": 7 of 8 points, 88 %.
      await answerWithMouse(widget, question, question.id === "vote" ? "wrong" : "right", words);
      await button(widget, "Comprobar respuesta").click();
      if (question.id === "vote") {
        // 12 of 20, and the one wrong answer, in the module's Spanish.
        await widget.getByText(`El 60 % de los lectores acertó. La respuesta equivocada más común: «\u2068${options[1 - right].text}\u2069».`).waitFor();
      }
      await button(widget, n === riverton.questions.length ? "Ver tu puntuación" : "Siguiente pregunta").click();
    }
    // 18 of the 20 scored under 88 %.
    await widget.getByText("Has sacado más nota que el 90 % de los lectores.").waitFor();
    assert.equal((await finished).status(), 204);
    await page.close();
    const report = await (await fetch(`${server.url}/api/v1/quizzes/${riverton.slug}/report`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
    assert.deepEqual(
      report.by_site.find((s) => s.site === "news.test"),
      { site: "news.test", views: 1, starts: 1, finishes: 1 },
    );
    assert.equal(report.questions.find((q) => q.question === "vote").answers, 21);
  } finally {
    await files.close();
  }
});

test("a news page whose quiz names no results server sends nothing anywhere", async () => {
  const files = await serve("dist");
  const quizPort = new URL(files.url).port;
  const plain = await newsPage(`http://quiz.test:${quizPort}/`);
  try {
    const page = await browser.newPage();
    const requests = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(plain.url);
    const frame = page.frameLocator("iframe");
    await frame.getByRole("heading", { name: /^Question 1 of / }).waitFor();
    const widget = page.frames().find((f) => f.url().includes("quiz.test"));
    await answerWithMouse(widget, first, "right");
    await button(widget, "Check answer").click();
    await frame.locator(".aq-verdict").getByText("Correct", { exact: true }).waitFor();
    const hosts = new Set(requests.filter((url) => !url.startsWith("data:")).map((url) => new URL(url).host));
    assert.deepEqual([...hosts].sort(), [`news.test:${new URL(plain.url).port}`, `quiz.test:${quizPort}`]);
    assert.ok(!requests.some((url) => url.includes("/api/") || url.includes("results.js")), "no results module, no API");
    await page.close();
  } finally {
    await plain.files.close();
    await files.close();
  }
});

test("a reader's events that a busy server answered 503 are sent again after its Retry-After, and counted once", async () => {
  const busy = await newsPage(`http://quiz.test:${server.port}/`, "busy.test");
  // A clock of the test's own, which it moves forward by the minute.
  const context = await browser.newContext();
  await context.clock.install();
  const page = await context.newPage();
  // The first request of events reaches the server (sent from here, to its address:
  // quiz.test is a name only the browser resolves), but the page is told the server was
  // busy, to try again in 40 s; the others pass.
  const sent = [];
  await page.route("**/api/v1/quizzes/*/events", async (route) => {
    const request = route.request();
    sent.push(request.postData());
    if (sent.length > 1) return route.continue();
    const { host: _, ...headers } = await request.allHeaders();
    const path = new URL(request.url()).pathname;
    const response = await fetch(`${server.url}${path}`, { method: "POST", headers, body: request.postData() });
    assert.equal(response.status, 204, await response.text());
    await route.fulfill({
      status: 503,
      headers: { "content-type": "application/json", "retry-after": "40" },
      body: JSON.stringify({ error: "the server's database is not answering; try again in a few seconds" }),
    });
  });
  const times = () => sent.filter((body) => body === sent[0]).length;
  const settle = () => page.waitForTimeout(500);
  try {
    // Waited for from before the page opens, so that it cannot come unseen.
    const busyAnswered = page.waitForResponse((response) => response.url().endsWith("/events") && response.status() === 503);
    await page.goto(busy.url);
    await page.frameLocator("iframe").getByRole("heading", { name: /^Question 1 of / }).waitFor();
    // The page has the 503 (and set its wait) before the clock moves.
    await busyAnswered;
    await settle();
    assert.match(sent[0], /"kind":"view"/);
    // Not sent again before the wait asked for (RETRY_MS, 15 s, would have), then sent.
    await page.clock.fastForward(30_000);
    await settle();
    assert.equal(times(), 1, "sent again before its Retry-After");
    await page.clock.fastForward(11_000);
    for (let tries = 0; times() < 2 && tries < 40; tries++) await settle();
    assert.equal(times(), 2, "not sent again after its Retry-After");
    // The server had the first already: the view is counted once.
    const report = await (await fetch(`${server.url}/api/v1/quizzes/${quiz.slug}/report`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
    assert.deepEqual(report.by_site.find((s) => s.site === "busy.test"), { site: "busy.test", views: 1, starts: 0, finishes: 0 });
  } finally {
    await context.close();
    await busy.files.close();
  }
});
