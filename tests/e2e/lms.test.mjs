// The teacher's page into a learning platform: "Share to Google Classroom" is a plain link
// to Classroom's share page (the student link and the title in it), opened in a new window
// with no script from Google on the page; "Download for your LMS" makes the SCORM package
// in the browser, the same bytes quiz-check --scorm makes from the built site for that
// assignment, which Python's zipfile reads.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { QUIZ_DIR, button, newPage, quizData, withQuizServer } from "./helpers.mjs";

const env = withQuizServer();
const quiz = quizData();
const QUIZ_CHECK = ["run", "--quiet", "--bin", "quiz-check", "--"];

async function teacherWithLink(title) {
  const teacher = await newPage(env.browser);
  const { page } = teacher;
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${env.server.url}/teacher/`);
  await page.getByRole("heading", { name: "1. Make a link for your class" }).waitFor();
  await button(page, "Choose none").click();
  for (const n of [1, 4, 7]) await page.getByRole("checkbox", { name: new RegExp(`^Q${n} `) }).check();
  await page.getByRole("textbox", { name: "Title for the class (optional)" }).fill(title);
  const link = await page.getByRole("textbox", { name: "Link for your class" }).inputValue();
  return { ...teacher, link, requests };
}

test("Share to Google Classroom opens Classroom's share page with the link and title, in a new window", async () => {
  const { context, page, link, requests, errors } = await teacherWithLink("Period 3 & 4");
  const share = page.getByRole("link", { name: "Share to Google Classroom" });
  const href = new URL(await share.getAttribute("href"));
  assert.equal(href.origin + href.pathname, "https://classroom.google.com/share");
  assert.equal(href.searchParams.get("url"), link);
  assert.equal(href.searchParams.get("title"), "Period 3 & 4");
  assert.equal(await share.getAttribute("target"), "_blank");
  assert.match(await share.getAttribute("rel"), /noopener/);
  // Classroom is not reachable from the tests: its page is answered here.
  await context.route("https://classroom.google.com/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>Classroom</title>" }),
  );
  const [popup] = await Promise.all([context.waitForEvent("page"), share.click()]);
  await popup.waitForLoadState();
  assert.equal(new URL(popup.url()).searchParams.get("url"), link);
  assert.equal(await popup.evaluate(() => window.opener), null, "opened without a way back to the teacher's page");
  // Nothing from Google was loaded by the teacher's page itself.
  assert.deepEqual(requests.filter((url) => !url.startsWith(env.server.url)), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("Download for your LMS gives the SCORM package quiz-check makes for the same assignment", async () => {
  const { context, page, link, errors } = await teacherWithLink("Period 5");
  const code = new URL(link).hash.replace(/^#a=/, "");
  await page.getByRole("radio", { name: "SCORM 2004 4th edition" }).check();
  const pass = page.getByRole("textbox", { name: "Pass mark in percent (optional)" });
  await pass.fill("101");
  await page.getByText("A pass mark is a whole number from 1 to 100.").waitFor();
  assert.equal(await button(page, "Download for your LMS").isDisabled(), true);
  await pass.fill("70");
  const [download] = await Promise.all([page.waitForEvent("download"), button(page, "Download for your LMS").click()]);
  assert.equal(download.suggestedFilename(), `${quiz.slug}-scorm2004.zip`);
  const dir = mkdtempSync(join(tmpdir(), "aq-lms-"));
  const fromPage = join(dir, "page.zip");
  await download.saveAs(fromPage);
  await page.getByText(/^Downloaded: a SCORM 2004 4th edition package, \d+ KB\.$/).waitFor();
  const fromTools = join(dir, "tools.zip");
  execFileSync("cargo", [...QUIZ_CHECK, "--scorm", "2004", QUIZ_DIR, "dist", fromTools, "--assignment", code, "--pass-mark", "70"]);
  assert.ok(readFileSync(fromPage).equals(readFileSync(fromTools)), "the same bytes as quiz-check's");
  execFileSync("python3", ["-m", "zipfile", "-e", fromPage, join(dir, "unpacked")]);
  const manifest = readFileSync(join(dir, "unpacked", "imsmanifest.xml"), "utf8");
  assert.match(manifest, /<title>Period 5<\/title>/);
  assert.match(manifest, /<imsss:minNormalizedMeasure>0\.7<\/imsss:minNormalizedMeasure>/);
  assert.match(readFileSync(join(dir, "unpacked", "assignment.js"), "utf8"), new RegExp(`"code":"${code}"`));
  assert.deepEqual(errors, []);
  await context.close();
});

test("Questions for your question bank: GIFT, QTI 3.0 and Canvas, the assignment's or the whole quiz's, quiz-check's bytes", async () => {
  const { context, page, link, errors } = await teacherWithLink("Period 6");
  const code = new URL(link).hash.replace(/^#a=/, "");
  await page.getByRole("heading", { name: "Questions for your question bank" }).waitFor();
  const dir = mkdtempSync(join(tmpdir(), "aq-bank-"));
  const status = page.locator(".aq-bank-status");
  const leftOutWhole = quiz.questions.filter((q) => ["Order", "Evidence"].includes(Object.keys(q.kind)[0]));
  const formats = [
    ["GIFT (Moodle)", "gift", "GIFT"],
    ["QTI 3.0", "qti3", "QTI 3.0"],
    ["Canvas (QTI 1.2)", "canvas", "Canvas (QTI 1.2)"],
  ];
  for (const scope of ["This assignment's questions, in its order", "The whole quiz"]) {
    const whole = scope === "The whole quiz";
    await page.getByRole("radio", { name: scope }).check();
    for (const [label, key, shown] of formats) {
      const [download] = await Promise.all([page.waitForEvent("download"), button(page, label).click()]);
      const name = download.suggestedFilename();
      const ext = key === "gift" ? "gift" : "zip";
      assert.match(name, whole ? new RegExp(`^${quiz.slug}(-${key})?\\.${ext}$`) : new RegExp(`^${quiz.slug}-[0-9a-f]{8}(-${key})?\\.${ext}$`));
      const fromPage = join(dir, `page-${name}`);
      await download.saveAs(fromPage);
      const fromTools = join(dir, `tools-${name}`);
      const assignment = whole ? [] : ["--assignment", code];
      execFileSync("cargo", [...QUIZ_CHECK, "--export", key, QUIZ_DIR, fromTools, ...assignment], { stdio: "pipe" });
      assert.ok(readFileSync(fromPage).equals(readFileSync(fromTools)), `${scope}, ${label}: the same bytes as quiz-check's`);
      const asked = whole ? quiz.questions.length : 3;
      const left = whole && key !== "qti3" ? leftOutWhole : [];
      const text = await status.innerText();
      assert.match(text, new RegExp(`^Downloaded: ${name.replace(/\./g, "\\.")} \\(${shown.replace(/[().]/g, "\\$&")}\\), ${asked - left.length} of ${asked} questions\\.`));
      for (const q of left) assert.ok(text.includes(`${q.id} (${Object.keys(q.kind)[0].toLowerCase()})`), `${label}: ${q.id} named`);
      if (left.length === 0) assert.ok(!text.includes("Left out"), `${scope}, ${label}: nothing left out`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});
