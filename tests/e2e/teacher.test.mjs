// End-to-end: a teacher makes an assignment link on the teacher's page, three students
// take it and hand in their codes, and the teacher reads the class's results.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { button, newPage, points, quizData, takeAssignment, withQuizServer } from "./helpers.mjs";

const env = withQuizServer();
const quiz = quizData();

const teacherPage = (clipboard = true) => newPage(env.browser, { clipboard });

const student = (link, name, plan) => takeAssignment(env.browser, quiz, link, { name, plan, count: 8 });

test("a teacher makes an 8-question test link, three students hand in, the class results add up", async () => {
  const teacher = await teacherPage();
  const page = teacher.page;
  await page.goto(`${env.server.url}/teacher/`);
  await page.getByRole("heading", { name: "1. Make a link for your class" }).waitFor();

  // Eight questions, one of each kind among them, in test mode, shuffled, titled.
  const chosen = [0, 3, 6, 9, 12, 15, 18, 21].map((i) => quiz.questions[i]);
  // The quiz's own topics filter the questions: "Only The argument" chooses those, and only those.
  const argument = quiz.topics.findIndex((t) => t.id === "argument");
  const aboutArgument = quiz.questions.filter((q) => q.topic === argument);
  const pointsOf = (qs) => qs.reduce((sum, q) => sum + q.points, 0);
  await button(page, `Only ${quiz.topics[argument].label} (${aboutArgument.length})`).click();
  await page.getByText(`${aboutArgument.length} of ${quiz.questions.length} chosen, ${pointsOf(aboutArgument)} points`).waitFor();
  for (const [i, q] of quiz.questions.entries()) {
    const box = page.getByRole("checkbox", { name: new RegExp(`^Q${i + 1} `) });
    assert.equal(await box.isChecked(), q.topic === argument, `Q${i + 1} chosen by its topic`);
  }
  assert.match(await page.getByRole("checkbox", { name: /^Q1 / }).locator("xpath=..").textContent(), new RegExp(quiz.topics[quiz.questions[0].topic].label));
  await button(page, "Choose none").click();
  await page.getByText("Choose at least one question.").waitFor();
  for (const question of chosen) {
    await page.getByRole("checkbox", { name: new RegExp(`^Q${quiz.questions.indexOf(question) + 1} `) }).check();
  }
  const total = chosen.reduce((sum, q) => sum + q.points, 0);
  await page.getByText(`8 of ${quiz.questions.length} chosen, ${total} points`).waitFor();
  await page.getByRole("radio", { name: /^Test/ }).check();
  await page.getByRole("radio", { name: /^Shuffled/ }).check();
  await page.getByRole("textbox", { name: "Order number" }).fill("4242");
  await page.getByRole("textbox", { name: "Title for the class (optional)" }).fill("Period 3");
  const link = await page.getByRole("textbox", { name: "Link for your class" }).inputValue();
  assert.match(link, new RegExp(`^${env.server.url}/#a=[A-Za-z0-9_-]+$`));
  assert.ok(link.length <= 200, `the link is ${link.length} characters`);
  await page.getByText(`${link.length} characters`).waitFor();
  console.log(`8-question link: ${link.length} characters`);
  await button(page, "Copy the link").click();
  await page.getByText("Link copied.").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.equal(await page.getByRole("img", { name: "QR code of the link" }).count(), 1);

  // Three students: all right; all wrong; right, wrong, partly right in turn.
  const students = [
    await student(link, "Ana", () => "right"),
    await student(link, "Ben", () => "wrong"),
    await student(link, "Cy", (n) => ["right", "wrong", "partial"][n % 3]),
  ];
  for (const s of students) {
    assert.deepEqual(s.asked, students[0].asked, "one order for the class");
    assert.equal(s.record.shown, `${points(s.core.earned)} of ${points(s.core.max)}`);
    assert.equal(s.record.mode, "Test");
  }
  assert.deepEqual(new Set(students[0].asked), new Set(chosen.map((q) => q.id)));

  // The teacher pastes the codes, and one that was damaged in copying.
  const damaged = students[0].code.slice(0, 12) + (students[0].code[12] === "x" ? "y" : "x") + students[0].code.slice(13);
  const codes = page.getByRole("textbox", { name: "Result codes" });
  await codes.fill([students[0].code, students[1].code, students[2].code, damaged].join("\n"));
  await page.getByText("3 results read; 1 line could not be read.").waitFor();
  const bad = await page.locator(".aq-bad-lines li").allTextContents();
  assert.deepEqual(bad, ["Line 4: the result code is incomplete or has a mistyped character; copy it again."]);
  await page.getByRole("heading", { name: "Assignment “Period 3”" }).waitFor();

  // The table: a row per student with the core's score.
  const rows = await page.locator(".aq-class-table tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => cell.textContent.trim())),
  );
  assert.deepEqual(
    rows.map((r) => r.slice(0, 2)),
    students.map((s) => [s.name, `${points(s.core.earned)} / ${points(s.core.max)} (${s.core.percent} %)`]),
  );

  // A bar per question, in the order asked, with the count of right answers.
  const counts = await page.locator(".aq-bar-count").allTextContents();
  const expected = students[0].asked.map((id) => {
    const verdicts = students.map((s) => s.core.questions[id].verdict);
    const right = verdicts.filter((v) => v === "Correct").length;
    const partly = verdicts.filter((v) => v === "Partial").length;
    return `${right} of 3 right` + (partly ? `, ${partly} partly` : "");
  });
  assert.deepEqual(counts, expected);

  // The most common wrong answer, in one pair of quote marks, also when the option is a
  // quotation itself (Q4's slogans; Ben picks the first wrong option).
  const wrongs = await page.locator(".aq-bar-wrong").allTextContents();
  assert.ok(wrongs.length > 0);
  for (const line of wrongs) assert.match(line, /^Most common wrong answer: “[^“](.*[^”])?” \(\d students?\)$/);
  assert.ok(
    wrongs.some((line) => /^Most common wrong answer: “Women, Life, Freedom” \([12] students?\)$/.test(line)),
    wrongs.join("\n"),
  );

  // Each student's answers on demand.
  await button(page, "Show the answers of Ben").click();
  assert.equal(await page.locator(".aq-student-answer").count(), 8);
  assert.equal(await page.locator(".aq-student-answer.aq-is-correct").count(), 0);
  await button(page, "Hide the answers of Ben").click();

  // The CSV export holds the same table.
  const [download] = await Promise.all([page.waitForEvent("download"), button(page, "Download as CSV").click()]);
  assert.match(download.suggestedFilename(), /^iranian-people-results-[0-9a-f]{8}\.csv$/);
  const csv = readFileSync(await download.path(), "utf8");
  const header = ["Name", "Points", "Out of", "Percent", "Seconds"].concat(
    students[0].asked.map((id) => `Q${quiz.questions.findIndex((q) => q.id === id) + 1} ${id}`),
  );
  const lines = [header.join(",")].concat(
    students.map((s) =>
      [s.name, points(s.core.earned), points(s.core.max), s.core.percent, s.record.seconds]
        .concat(s.asked.map((id) => points(s.core.questions[id].earned)))
        .join(","),
    ),
  );
  assert.equal(csv, lines.join("\r\n") + "\r\n");

  // The codes stay in this browser until the teacher clears them.
  await page.reload();
  await page.getByText("3 results read; 1 line could not be read.").waitFor();
  await button(page, "Clear the codes").click();
  await page.getByText("The codes were cleared from this browser.").waitFor();
  // The button is gone with the codes; focus waits in the emptied field.
  assert.equal(await page.evaluate(() => document.activeElement.id), "aq-codes");
  await page.reload();
  await page.getByRole("heading", { name: "2. Read your class’s results" }).waitFor();
  assert.equal(await codes.inputValue(), "");
  assert.deepEqual(teacher.errors, []);
  await teacher.context.close();
});

test("results from another assignment are shown apart, and a repeated code counts once", async () => {
  const { context, page, errors } = await teacherPage();
  await page.goto(`${env.server.url}/teacher/`);
  const makeLink = async (title, indices) => {
    await button(page, "Choose none").click();
    for (const i of indices) await page.getByRole("checkbox", { name: new RegExp(`^Q${i + 1} `) }).check();
    await page.getByRole("textbox", { name: "Title for the class (optional)" }).fill(title);
    await button(page, "Copy the link").click(); // copying names the assignment in this browser
    return page.getByRole("textbox", { name: "Link for your class" }).inputValue();
  };
  const third = await makeLink("Period 3", [0, 1, 2, 3, 4, 5, 6, 7]);
  const fifth = await makeLink("Period 5", [8, 9, 10, 11, 12, 13, 14, 15]);
  const [ana, ben, cy] = [
    await student(third, "Ana", () => "right"),
    await student(third, "Ben", () => "wrong"),
    await student(fifth, "Cy", () => "right"),
  ];
  await page.getByRole("textbox", { name: "Result codes" }).fill(`${cy.code}\n${ana.code}\nBen: ${ben.code}\n${ana.code}`);
  await page.getByText("3 results read.").waitFor();
  assert.deepEqual(await page.locator(".aq-repeats li").allTextContents(), ["Line 4 repeats line 2; counted once."]);
  const headings = await page.locator(".aq-class-group h3").allTextContents();
  assert.deepEqual(headings, ["Assignment “Period 3”", "Assignment “Period 5”"]);
  await page.getByRole("heading", { name: "Results from other assignments" }).waitFor();
  const names = await page.locator(".aq-class-table tbody th").allTextContents();
  assert.deepEqual(names, ["Ana", "Ben", "Cy"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a teacher asks for the students' language: the link opens the quiz in Spanish", async () => {
  const { context, page, errors } = await teacherPage(false);
  await page.goto(`${env.server.url}/teacher/`);
  await button(page, "Choose none").click();
  for (const n of [1, 2, 3]) await page.getByRole("checkbox", { name: new RegExp(`^Q${n} `) }).check();
  const link = () => page.getByRole("textbox", { name: "Link for your class" }).inputValue();
  assert.doesNotMatch(await link(), /lang=/, "the quiz's own language by default");
  await page.getByRole("combobox", { name: "Language of the quiz’s buttons and messages" }).selectOption("es");
  const spanish = await link();
  assert.match(spanish, /\?lang=es#a=/);

  const student = await newPage(env.browser);
  await student.page.goto(spanish);
  await student.page.getByRole("heading", { name: "Pregunta 1 de 3" }).waitFor();
  assert.equal(await student.page.locator("section.aq").getAttribute("lang"), "es");
  assert.deepEqual(student.errors, []);
  await student.context.close();

  await page.getByRole("combobox", { name: "Language of the quiz’s buttons and messages" }).selectOption("");
  assert.doesNotMatch(await link(), /lang=/);
  assert.deepEqual(errors, []);
  await context.close();
});
