// End-to-end, against the real results server (crates/server) on a fresh SQLite file:
// a teacher makes a class from the teacher's page that the server serves, three students
// hand in from three browsers and appear in the teacher's view without pasting, a fourth
// hands in while the server is stopped and the hand-in arrives once when the page is
// opened again, and a deleted class's links say so. A class of another quiz the server
// serves works the same. Pages are served under a host name (school.test), as a
// school's are. A page that names no server sends nothing. A hand-in the server refused
// for now (429) is sent again after the wait its Retry-After asks for.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { launch } from "./browser.mjs";
import { QUIZ_DIR, answerWithMouse, button, currentQuestion, newPage, quizData } from "./helpers.mjs";
import { startResultsServer } from "./results-server.mjs";
import { serve } from "./server.mjs";

const HOST = "school.test";
const EN_CLOSED = "This class was deleted or has expired: nothing can be handed in to it. You can still take the quiz; at the end, copy your code and give it to your teacher.";
const quiz = quizData();
const COUNT = 3;
const HANDED_IN = "Handed in. Your teacher can see it now.";

let browser;
let server;
const at = (path) => `http://${HOST}:${server.port}${path}`;

before(async () => {
  server = await startResultsServer();
  browser = await launch({ hosts: [HOST] });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** On the teacher's page: a link of the first three questions, as a test, titled. */
async function makeLink(page, title) {
  await page.getByRole("heading", { name: "1. Make a link for your class" }).waitFor();
  await button(page, "Choose none").click();
  for (const i of [0, 1, 2]) await page.getByRole("checkbox", { name: new RegExp(`^Q${i + 1} `) }).check();
  await page.getByRole("radio", { name: /^Test/ }).check();
  await page.getByRole("textbox", { name: "Title for the class (optional)" }).fill(title);
  return page.getByRole("textbox", { name: "Link for your class" }).inputValue();
}

/** A class made on the server, titled `title`: its student link. */
async function newClass(title) {
  const teacher = await newPage(browser);
  await teacher.page.goto(at("/teacher/"));
  await makeLink(teacher.page, title);
  await button(teacher.page, "Make a class on this server").click();
  await teacher.page.getByText("Class made. It is kept for 120 days.").waitFor();
  const studentLink = await teacher.page.getByRole("textbox", { name: "Student link: send this one to your class" }).inputValue();
  await teacher.context.close();
  return studentLink;
}

/** A student's browser: takes the assignment of `of` (a quiz) at `link` and reaches the hand-in. */
async function finish(page, link, name, of = quiz) {
  await page.goto(link);
  for (let n = 0; n < COUNT; n++) {
    await page.getByRole("heading", { name: new RegExp(`^Question ${n + 1} of ${COUNT}\\b`) }).waitFor();
    await answerWithMouse(page, await currentQuestion(page, of), n % 2 ? "wrong" : "right");
    await button(page, n === COUNT - 1 ? "Finish test" : "Next question").click();
  }
  await page.getByRole("heading", { name: "Hand in your result" }).waitFor();
  await page.getByRole("textbox", { name: "Your name (optional)" }).fill(name);
}

/** The teacher's view of the class: the names in its results table. */
async function namesShown(page) {
  return page.locator(".aq-hand-ins li").allTextContents();
}

test("a class collects hand-ins by itself, keeps one sent while the server was down, and says when it is deleted", async () => {
  const teacher = await newPage(browser, { clipboard: true });
  await teacher.page.goto(at("/teacher/"));
  await makeLink(teacher.page, "Period 5");
  await teacher.page.getByRole("heading", { name: "Collect hand-ins on this server" }).waitFor();
  await button(teacher.page, "Make a class on this server").click();
  await teacher.page.getByText("Class made. It is kept for 120 days.").waitFor();
  const studentLink = await teacher.page.getByRole("textbox", { name: "Student link: send this one to your class" }).inputValue();
  const teacherLink = await teacher.page.getByRole("textbox", { name: "Teacher link: keep it to yourself" }).inputValue();
  assert.match(studentLink, new RegExp(`^http://${HOST}:${server.port}/#a=[A-Za-z0-9_-]+&class=[A-Za-z0-9_-]{22}$`));
  assert.match(teacherLink, new RegExp(`^http://${HOST}:${server.port}/teacher/#class=[A-Za-z0-9_-]{22}&secret=[A-Za-z0-9_-]{43}$`));

  // The teacher opens the class (the link pasted into the same tab): nothing yet.
  await teacher.page.goto(teacherLink);
  await teacher.page.getByText("“Period 5”: no hand-ins yet. They appear here as students hand in.").waitFor();

  // Three students in three browsers hand in with one button each.
  for (const name of ["Ana", "Ben", "Chloé"]) {
    const student = await newPage(browser);
    await finish(student.page, studentLink, name);
    await button(student.page, "Hand in to your teacher").click();
    await student.page.getByText(HANDED_IN).waitFor();
    assert.equal(await button(student.page, "Hand in to your teacher").getAttribute("aria-disabled"), "true", "handed in once");
    assert.deepEqual(student.errors, []);
    await student.context.close();
  }
  // They arrive in the teacher's view by themselves (it asks every few seconds), and in
  // the class's results table, named by the class's title.
  await teacher.page.getByText("“Period 5”: 3 hand-ins. New ones appear here as they arrive.").waitFor({ timeout: 15_000 });
  const shown = await namesShown(teacher.page);
  assert.deepEqual(shown.map((line) => line.split(",")[0]), ["Ana", "Ben", "Chloé"]);
  for (const name of ["Ana", "Ben", "Chloé"]) {
    await teacher.page.getByRole("table").getByText(name, { exact: true }).first().waitFor();
  }

  // A fourth student hands in while the server is down: kept on the device.
  const dee = await newPage(browser, { console: false });
  await finish(dee.page, studentLink, "Dee");
  await server.stop();
  await button(dee.page, "Hand in to your teacher").click();
  await dee.page.getByText(/^Not handed in yet: the server cannot take it now\. This device keeps it/).waitFor();
  await dee.page.close();
  // The server comes back on its file; Dee opens the link again, and the hand-in goes.
  server = await startResultsServer({ port: server.port, folder: server.folder });
  const again = await dee.context.newPage();
  await again.goto(studentLink);
  await again.getByText(HANDED_IN).waitFor({ timeout: 15_000 });
  await dee.context.close();
  await teacher.page.getByText("“Period 5”: 4 hand-ins. New ones appear here as they arrive.").waitFor({ timeout: 15_000 });
  const names = (await namesShown(teacher.page)).map((line) => line.split(",")[0]);
  assert.deepEqual(names, ["Ana", "Ben", "Chloé", "Dee"], "Dee's hand-in arrived once");

  assert.deepEqual(teacher.errors, []);
  // The teacher deletes one hand-in, then the class (from here on, the browser logs the
  // server's 404s for it).
  await teacher.page.getByRole("button", { name: "Delete the hand-in of Ben" }).click();
  await teacher.page.getByText("“Period 5”: 3 hand-ins. New ones appear here as they arrive.").waitFor();
  await button(teacher.page, "Delete this class").click();
  await button(teacher.page, "Delete the class and every hand-in for good").click();
  await teacher.page.getByText("The class was deleted. Its links now say so.").waitFor();
  // Its links say so: the teacher link, and a student's hand-in.
  await teacher.page.reload();
  await teacher.page.getByText("This class was deleted or has expired: nothing of it is kept on the server.").waitFor();
  const late = await newPage(browser, { console: false });
  await finish(late.page, studentLink, "Eve");
  // Said from the start, above the quiz.
  await late.page.getByText("This class was deleted or has expired: nothing can be handed in to it. You can still take the quiz;", { exact: false }).waitFor();
  await button(late.page, "Hand in to your teacher").click();
  await late.page.getByText("This class was deleted or has expired, so nothing was sent. Copy the code and give it to your teacher.").waitFor();
  await late.context.close();
  // A Persian student is told in Persian, right to left; should the module's Persian words
  // not come, in English, marked as English and left to right.
  const { default: persian } = await import("../../embed/i18n/results.fa.js");
  for (const [words, expected] of [[null, ["fa", "rtl", persian.closed]], [(route) => route.abort(), ["en", "ltr", EN_CLOSED]]]) {
    const fa = await newPage(browser, { console: false });
    if (words) await fa.page.route("**/i18n/results.fa.js", words);
    await fa.page.goto(`${studentLink}&lang=fa`);
    const notice = fa.page.locator(".aq-notice[role=status]");
    await notice.waitFor();
    assert.deepEqual(await notice.evaluate((n) => [n.lang, getComputedStyle(n).direction, n.textContent]), expected);
    await fa.context.close();
  }
  await teacher.context.close();
  // Nothing of the class is left on the server.
  const response = await fetch(`${server.url}${new URL(teacherLink).hash.replace("#class=", "/api/v1/classes/").replace(/&secret=.*/, "")}`);
  assert.equal(response.status, 404);
});

test("a class of another quiz the server serves: the teacher picks it, its students take it, its hand-ins arrive", async () => {
  const RIVERTON = "tests/fixtures/riverton";
  const riverton = quizData(RIVERTON);
  const quizzes = mkdtempSync(join(tmpdir(), "aq-quizzes-"));
  cpSync(QUIZ_DIR, join(quizzes, "iranian-people"), { recursive: true });
  cpSync(RIVERTON, join(quizzes, "riverton"), { recursive: true });
  const two = await startResultsServer({ quizzes });
  const on = (path) => `http://${HOST}:${two.port}${path}`;
  try {
    const teacher = await newPage(browser);
    await teacher.page.goto(on("/teacher/"));
    // The server's quizzes, each a link to its teacher's page.
    const served = teacher.page.getByRole("navigation", { name: "Quizzes on this server" });
    await served.getByRole("link", { name: "Trump Shouldn’t Forget the Iranian People" }).waitFor();
    assert.equal(await served.getByRole("link", { name: "Trump Shouldn’t Forget the Iranian People" }).getAttribute("aria-current"), "page");
    await served.getByRole("link", { name: "Riverton Votes for a Library" }).click();
    await teacher.page.waitForURL(on("/teacher/?quiz=riverton"));
    await teacher.page.getByRole("heading", { level: 1, name: "Riverton’s new library" }).waitFor();
    await makeLink(teacher.page, "Period 7");
    assert.equal(
      await teacher.page.getByRole("link", { name: "Print worksheet" }).getAttribute("href"),
      `?print=worksheet&quiz=riverton#a=${new URL(await teacher.page.getByRole("textbox", { name: "Link for your class" }).inputValue()).hash.slice(3)}`,
    );
    await button(teacher.page, "Make a class on this server").click();
    const studentLink = await teacher.page.getByRole("textbox", { name: "Student link: send this one to your class" }).inputValue();
    const teacherLink = await teacher.page.getByRole("textbox", { name: "Teacher link: keep it to yourself" }).inputValue();
    // The student widget is given the server's bundle of the quiz.
    const bundle = encodeURIComponent(on("/api/v1/quizzes/riverton/bundle"));
    assert.match(studentLink, new RegExp(`^${on("/").replace(/\./g, "\\.")}\\?quiz=${bundle}#a=[A-Za-z0-9_-]+&class=[A-Za-z0-9_-]{22}$`));
    assert.match(teacherLink, new RegExp(`/teacher/\\?quiz=riverton#class=`));

    const student = await newPage(browser);
    await finish(student.page, studentLink, "Farah", riverton);
    await button(student.page, "Hand in to your teacher").click();
    await student.page.getByText(HANDED_IN).waitFor();
    assert.deepEqual(student.errors, []);
    await student.context.close();

    // A teacher link without the quiz (as an older page made it) opens the class's quiz.
    await teacher.page.goto(teacherLink.replace("?quiz=riverton", ""));
    await teacher.page.waitForURL(teacherLink);
    await teacher.page.getByText("“Period 7”: 1 hand-in. New ones appear here as they arrive.").waitFor();
    await teacher.page.getByRole("table").getByText("Farah", { exact: true }).first().waitFor();
    assert.deepEqual(teacher.errors, []);
    await teacher.context.close();
  } finally {
    await two.close();
  }
});

test("the results module speaks the widget's languages, every word translated", async () => {
  // The module listens for the network coming back when it loads: give it a window to.
  globalThis.addEventListener ??= () => {};
  const { EN } = await import("../../embed/results.js");
  // Each language but English has its words in embed/i18n/results.TAG.js, which the
  // module imports from beside it (dist/i18n/) when the widget speaks that language.
  const files = readdirSync("embed/i18n").filter((f) => f.startsWith("results."));
  assert.deepEqual(files, ["results.es.js", "results.fa.js"], "the languages of src/ui/i18n");
  for (const file of files) {
    const { default: words } = await import(`../../embed/i18n/${file}`);
    const { digits, ...sentences } = words;
    assert.deepEqual(Object.keys(sentences), Object.keys(EN), file);
    for (const [key, theirs] of Object.entries(sentences)) {
      assert.ok(theirs.trim(), `${file} ${key}`);
      assert.notEqual(theirs, EN[key], `${file} ${key} untranslated`);
      assert.equal(theirs.split("{}").length, EN[key].split("{}").length, `${file} ${key}: its {}`);
    }
    if (file === "results.fa.js") {
      // Persian writes its own digits, 0 to 9.
      assert.equal(digits, "۰۱۲۳۴۵۶۷۸۹");
      assert.doesNotMatch(Object.values(sentences).join(""), /[0-9]/);
    }
  }
});

test("a student link on a host that names no results server sends nothing anywhere", async () => {
  const files = await serve("dist");
  try {
    const page = await browser.newPage();
    const requests = [];
    page.on("request", (request) => requests.push(request.url()));
    const teacherPage = await browser.newPage();
    await teacherPage.goto(`${files.url}/teacher/`);
    const link = await makeLink(teacherPage, "Period 6");
    assert.equal(await teacherPage.getByRole("heading", { name: "Collect hand-ins on this server" }).count(), 0, "no class to make");
    await teacherPage.close();
    // Even a link that names a class: with no server named, the code is the only way.
    await finish(page, `${link}&class=Zx3vQ9kLm2Pw7RtY_a-b1c`, "Ana");
    await page.getByRole("button", { name: "Copy the code" }).waitFor();
    assert.equal(await page.getByRole("button", { name: "Hand in to your teacher" }).count(), 0);
    const elsewhere = requests.filter((url) => !url.startsWith(`${files.url}/`) && !url.startsWith("data:"));
    assert.deepEqual(elsewhere, [], "every request went to the page's own host");
    assert.ok(!requests.some((url) => url.includes("/api/") || url.includes("results.js")), "no results module, no API");
    await page.close();
  } finally {
    await files.close();
  }
});

test("a hand-in refused for now (429) is sent again after the wait the server's Retry-After asks for", async () => {
  const studentLink = await newClass("Period 6");

  // A clock of the test's own, which it moves forward by the minute; the first hand-in is
  // refused with the server's own words and a wait of 90 s, the next passes.
  const student = await newPage(browser, { console: false });
  await student.context.clock.install();
  let tries = 0;
  await student.page.route("**/api/v1/classes/*/hand-ins", async (route) => {
    if (++tries > 1) return route.continue();
    await route.fulfill({
      status: 429,
      headers: { "content-type": "application/json", "retry-after": "90" },
      body: JSON.stringify({ error: "too many requests from your address; try again in 90 s" }),
    });
  });
  await finish(student.page, studentLink, "Fay");
  await button(student.page, "Hand in to your teacher").click();
  const waiting = student.page.getByText(/^Not handed in yet: the server cannot take it now\. This device keeps it/);
  await waiting.waitFor();
  assert.equal(tries, 1);
  // On a phone, where the button takes the whole width, its status is still under it.
  await student.page.setViewportSize({ width: 320, height: 800 });
  const [sendBox, waitingBox] = [await button(student.page, "Hand in to your teacher").boundingBox(), await waiting.boundingBox()];
  assert.ok(waitingBox.y >= sendBox.y + sendBox.height, `the status at ${waitingBox.y} px is above the button's end at ${sendBox.y + sendBox.height} px`);
  // Not sent again before the wait asked for (RETRY_MS, 15 s, would have), then sent.
  await student.page.clock.fastForward(60_000);
  await student.page.waitForTimeout(1500);
  assert.equal(tries, 1, "sent again before its Retry-After");
  await student.page.clock.fastForward(31_000);
  await student.page.getByText(HANDED_IN).waitFor();
  assert.equal(tries, 2);
  await student.context.close();
});

test("two hand-ins waiting in one page each keep their own wait, as each 429's Retry-After asks", async () => {
  const studentLink = await newClass("Period 7");

  // Each code's tries: Fay's first is refused with a wait of 40 s, Gus's with 120 s; every
  // later try passes. (The fake clock also runs on by itself: 40 s leaves a slow machine
  // time to hand Gus's in before Fay's is due.)
  const student = await newPage(browser, { console: false });
  await student.context.clock.install();
  const code = () => student.page.getByRole("textbox", { name: "Your result code" }).inputValue();
  const tries = new Map();
  await student.page.route("**/api/v1/classes/*/hand-ins", async (route) => {
    const { code: sent } = JSON.parse(route.request().postData());
    tries.set(sent, (tries.get(sent) ?? 0) + 1);
    if (tries.get(sent) > 1) return route.continue();
    const wait = tries.size === 1 ? 40 : 120;
    await route.fulfill({
      status: 429,
      headers: { "content-type": "application/json", "retry-after": String(wait) },
      body: JSON.stringify({ error: `too many requests from your address; try again in ${wait} s` }),
    });
  });
  const waiting = student.page.getByText(/^Not handed in yet: /);
  await finish(student.page, studentLink, "Fay");
  const fay = await code();
  await button(student.page, "Hand in to your teacher").click();
  await waiting.waitFor();
  // A new name is a new code, handed in on its own.
  await student.page.getByRole("textbox", { name: "Your name (optional)" }).fill("Gus");
  await student.page.waitForFunction((old) => document.querySelector("#aq-result-code").value !== old, fay);
  const gus = await code();
  await button(student.page, "Hand in to your teacher").click();
  await student.page.waitForFunction(() => /^Not handed in yet: /.test(document.querySelector(".aq-hand-in [role=status]")?.textContent));
  assert.deepEqual([tries.get(fay), tries.get(gus)], [1, 1]);
  // At +41 s Fay's is sent again and kept; Gus's, asked to wait 120 s, is not sent.
  await student.page.clock.fastForward(41_000);
  await student.page.waitForFunction(() => JSON.parse(localStorage.getItem("article-quiz:hand-ins")).some((i) => i.sent));
  await student.page.waitForTimeout(1500);
  assert.deepEqual([tries.get(fay), tries.get(gus)], [2, 1], "Gus's hand-in was sent again before its Retry-After");
  await student.page.clock.fastForward(80_000);
  await student.page.getByText(HANDED_IN).waitFor();
  assert.deepEqual([tries.get(fay), tries.get(gus)], [2, 2]);
  await student.context.close();
});
