// End-to-end: an editor writes the fixture quiz (one question of each kind) in the
// editor page, acting by role and name: pastes the article, fills the form, chooses
// every excerpt by selecting the article's text (the first with the keyboard alone),
// sees a validator error appear and clears it, reloads mid-way and keeps the draft,
// previews, and exports. The exported files pass quiz-check and are the fixture quiz;
// the exported bundle is the fixture's, byte for byte, and is taken to its end from
// `?quiz=` with the score the core computes. The shipped quiz's files, opened and
// exported again, give the same bundle bytes.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { launch } from "./browser.mjs";
import { PLAN, QUIZ_DIR, answerWithMouse, axeViolations, bundle, button, coreScore, currentQuestion, newPage, quizData, shownScore } from "./helpers.mjs";
import { serve } from "./server.mjs";

const RIVERTON = "tests/fixtures/riverton";
const fixture = quizData(RIVERTON);
// A second quiz, for an article of short paragraphs, with its own topics and a passage
// that runs on into the next paragraph.
const HARBOR = "tests/fixtures/harbor-school";
const harbor = quizData(HARBOR);
const KIND = { Single: "single", Multiple: "multiple", TrueFalse: "true_false", Order: "order", Numeric: "numeric", Evidence: "evidence" };
const env = {};
const out = mkdtempSync(join(tmpdir(), "aq-editor-"));

before(async () => {
  env.widget = await serve("dist");
  env.files = await serve(out, { headers: { "access-control-allow-origin": "*" } });
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.widget?.close();
  await env.files?.close();
});

const SOURCE = /^Select a passage here/;
const regionOf = (page, n, kind) => page.getByRole("region", { name: new RegExp(`^Q${n} · ${kind}`) });

/** Selects `excerpt` in the read-only copy of the article, as a mouse drag would. */
async function selectInSource(page, excerpt) {
  const source = page.getByRole("textbox", { name: SOURCE });
  await source.evaluate((area, text) => {
    const at = area.value.indexOf(text);
    if (at < 0) throw new Error(`not in the article: ${text}`);
    area.focus();
    area.setSelectionRange(at, at + text.length);
  }, excerpt);
}

/** Selects `excerpt` with the keyboard alone: from the top, arrows, then Shift and arrows. */
async function selectWithKeyboard(page, excerpt) {
  const source = page.getByRole("textbox", { name: SOURCE });
  const at = (await source.inputValue()).indexOf(excerpt);
  await source.focus();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < at; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < [...excerpt].length; i++) await page.keyboard.press("Shift+ArrowRight");
}

async function fillMeta(page, fx = fixture, dir = RIVERTON) {
  const m = fx.meta;
  await page.getByRole("textbox", { name: "The article’s text, one paragraph a line" }).fill(readFileSync(`${dir}/article.txt`, "utf8"));
  await page.getByRole("combobox", { name: "The article proper ends after paragraph" }).selectOption(String(fx.article.body_paragraphs));
  await page.getByRole("textbox", { name: "The quiz’s name in addresses (lower case and hyphens)" }).fill(fx.slug);
  await page.getByRole("textbox", { name: "The quiz’s heading" }).fill(m.title);
  await page.getByRole("textbox", { name: "The article’s title" }).fill(m.article_title);
  await page.getByRole("textbox", { name: "Publication" }).fill(m.publication);
  await page.getByRole("textbox", { name: "Authors, separated by commas" }).fill(m.authors.join(", "));
  await page.getByRole("textbox", { name: "Language (a tag such as en or es)" }).fill(m.language);
  // The quiz's topics: a new draft has one, to rename; the rest are added.
  for (const [i, topic] of fx.topics.entries()) {
    if (i > 0) await button(page, "Add a topic").click();
    await page.getByRole("textbox", { name: `Topic ${i + 1}: label`, exact: true }).fill(topic.label);
    await page.getByRole("textbox", { name: `Topic ${i + 1}: id`, exact: true }).fill(topic.id);
  }
}

/** Writes question `n` (0-based) of quiz `fx` as a person would. */
async function writeQuestion(page, n, { keyboard = false, fx = fixture } = {}) {
  const q = fx.questions[n];
  const [kind, data] = Object.entries(q.kind)[0];
  await page.getByRole("combobox", { name: "Kind of question" }).selectOption(KIND[kind]);
  await button(page, "Add a question").click();
  const region = regionOf(page, n + 1, "");
  await region.waitFor();
  const text = (name) => region.getByRole("textbox", { name, exact: true });
  // A new question is not sound: the validator says what it lacks, beside it.
  await region.getByText("it quotes no excerpt from the article; add at least one that supports the answer.").waitFor();
  await text("Id (lower case and hyphens; links refer to it)").fill(q.id);
  await region.getByRole("combobox", { name: "Topic" }).selectOption({ label: fx.topics[q.topic].label });
  await text("Points").fill(String(q.points));
  await text("Points").press("Tab");
  await text("Question").fill(q.prompt);
  await text("Why the answer is right").fill(q.explanation);
  if (kind === "Single" || kind === "Multiple") {
    for (let i = kind === "Single" ? 2 : 3; i < data.options.length; i++) await button(region, "Add an option").click();
    for (const [i, option] of data.options.entries()) {
      await text(`Option ${i + 1}`).fill(option.text);
      await text(`Feedback when option ${i + 1} is chosen (optional)`).fill(option.feedback ?? "");
      const right = region.getByRole(kind === "Single" ? "radio" : "checkbox", { name: `Option ${i + 1} is right`, exact: true });
      const wanted = kind === "Single" ? data.correct === i : data.correct.includes(i);
      if ((await right.isChecked()) !== wanted) await right.click();
    }
  } else if (kind === "TrueFalse") {
    await region.getByRole("radio", { name: data.correct ? "True" : "False", exact: true }).check();
    await text("Feedback for “True” (optional)").fill(data.feedback_true ?? "");
    await text("Feedback for “False” (optional)").fill(data.feedback_false ?? "");
  } else if (kind === "Order") {
    await text("Items in their right order, one a line").fill(data.items.join("\n"));
  } else if (kind === "Numeric") {
    await text("The answer").fill(String(data.answer));
    await text("The answer").press("Tab");
    await text("Tolerance (0 for exact)").fill(String(data.tolerance));
    await text("Tolerance (0 for exact)").press("Tab");
    await text("Unit (optional)").fill(data.unit);
  } else if (kind === "Evidence") {
    const passage = region.getByRole("textbox", { name: /^The passage: consecutive sentences of the article, one a line/ });
    const source = await page.getByRole("textbox", { name: SOURCE }).inputValue();
    const selected = selectionOf(source, data.passage);
    if (selected) {
      // Chosen by selecting it in the article, over a paragraph's end.
      await selectInSource(page, selected);
      await button(region, "Use the selection as the passage").click();
      assert.equal(await passage.inputValue(), data.passage.join("\n"), "the selection, a sentence a line");
    } else {
      await passage.fill(data.passage.join("\n"));
    }
    await region.getByRole("combobox", { name: /^The sentence that supports the claim/ }).selectOption(String(data.correct));
    // The supporting sentence comes with it, as an excerpt.
    assert.equal(await region.getByRole("textbox", { name: "Excerpt 1", exact: true }).inputValue(), data.passage[data.correct]);
  }
  const source = await page.getByRole("textbox", { name: SOURCE }).inputValue();
  for (let i = 0; i < q.excerpts.length; i++) {
    // Excerpts either side of a paragraph's end are selected in one go.
    const across = i + 1 < q.excerpts.length && selectionOf(source, q.excerpts.slice(i, i + 2));
    const selected = across || q.excerpts[i];
    await (keyboard ? selectWithKeyboard(page, selected) : selectInSource(page, selected));
    await button(region, "Add the selection as an excerpt").click();
    if (across) i++;
  }
  await region.getByRole("textbox", { name: "Excerpt 1", exact: true }).waitFor();
  assert.equal(await region.getByRole("textbox", { name: "Excerpt 1", exact: true }).inputValue(), q.excerpts[0]);
  assert.equal(await region.locator(".aq-field-error").count(), 0, `Q${n + 1} is sound: ${await region.locator(".aq-field-error").allTextContents()}`);
}

/** The text of the article's copy that holds `sentences` running on over a paragraph's
 * end, if they do: what a reader selects to take them all. */
function selectionOf(source, sentences) {
  for (let k = 1; k < sentences.length; k++) {
    const text = `${sentences.slice(0, k).join(" ")}\n\n${sentences.slice(k).join(" ")}`;
    if (source.includes(text)) return text;
  }
  return null;
}

/** Clicks `name` and saves what it downloads into `dir`, under its own name. */
async function download(page, name, dir) {
  const [file] = await Promise.all([page.waitForEvent("download"), button(page, name).click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

test("an editor writes a quiz of every kind by selecting excerpts, previews it and exports files that pass quiz-check", async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.widget.url}/editor/`);
  await page.getByRole("heading", { name: "Write a quiz for an article" }).waitFor();
  await fillMeta(page);
  // The copy to quote from cannot be changed: a key typed there changes nothing.
  const source = page.getByRole("textbox", { name: SOURCE });
  const article = await source.inputValue();
  await source.press("End");
  await page.keyboard.type("x");
  await page.keyboard.press("Backspace");
  assert.equal(await source.inputValue(), article);
  // Nothing selected yet: the editor says what to do, and adds nothing.
  await page.getByRole("combobox", { name: "Kind of question" }).selectOption("single");
  await writeQuestion(page, 0, { keyboard: true });

  // An excerpt typed by hand that is not in the article: the error appears, then goes.
  const first = regionOf(page, 1, "");
  await button(first, "Add an empty excerpt to type").click();
  await first.getByRole("textbox", { name: "Excerpt 2", exact: true }).fill("It voted 8 to 1 to build a new library.");
  await first.getByText(/excerpt 2 is not word for word in the article/).waitFor();
  await button(first, "Remove this excerpt 2").click();
  await page.getByText("1 question, no problem").waitFor();

  // The question written so far, previewed alone in the real widget.
  await page.getByRole("combobox", { name: "Preview", exact: true }).selectOption({ label: "Q1 · Single choice" });
  const alone = page.locator(".aq-editor-preview");
  await alone.getByRole("heading", { name: "Question 1 of 1" }).waitFor();
  await alone.getByRole("radio", { name: fixture.questions[0].kind.Single.options[fixture.questions[0].kind.Single.correct].text }).check();
  await button(alone, "Check answer").click();
  await alone.getByText("Correct", { exact: true }).waitFor();
  await page.getByRole("combobox", { name: "Preview", exact: true }).selectOption({ label: "The whole quiz" });
  await writeQuestion(page, 1);
  await writeQuestion(page, 2);
  // Reloaded mid-way, the draft is all there.
  await page.reload();
  await regionOf(page, 3, "").waitFor();
  assert.equal(await regionOf(page, 2, "").getByRole("textbox", { name: "Question", exact: true }).inputValue(), fixture.questions[1].prompt);
  assert.equal(await page.getByRole("textbox", { name: "The quiz’s heading" }).inputValue(), fixture.meta.title);
  for (let n = 3; n < fixture.questions.length; n++) await writeQuestion(page, n);
  await page.getByText(`${fixture.questions.length} questions, no problem`).waitFor();

  // The preview is the real widget, with this quiz.
  const preview = page.locator(".aq-editor-preview");
  await preview.getByRole("heading", { name: `Question 1 of ${fixture.questions.length}` }).waitFor();
  assert.equal((await preview.locator("legend.aq-prompt").textContent()).trim(), fixture.questions[0].prompt);

  // Export: the three files pass quiz-check and are the fixture quiz; the bundle is the fixture's.
  await page.getByText("Nothing is wrong: the quiz can be published.").waitFor();
  const folder = join(out, "riverton");
  mkdirSync(folder, { recursive: true });
  for (const name of ["article.txt", "meta.toml", "quiz.toml"]) await download(page, name, folder);
  const exported = await download(page, "Download the bundle (riverton.aqz)", out);
  const check = (args) => execFileSync("cargo", ["run", "--quiet", "--bin", "quiz-check", "--", ...args], { encoding: "utf8" });
  check([folder]);
  assert.deepEqual(JSON.parse(check(["--json", folder])), fixture, "the exported files are the fixture quiz");
  bundle(RIVERTON, join(out, "fixture.aqz"));
  assert.ok(readFileSync(exported).equals(readFileSync(join(out, "fixture.aqz"))), "the same bundle bytes");
  await page.getByRole("textbox", { name: "Where the bundle will be served (its address)" }).fill(`${env.files.url}/riverton.aqz`);
  assert.match(await page.getByRole("textbox", { name: "The embed snippet" }).inputValue(), new RegExp(`data-quiz="${env.files.url}/riverton.aqz"`));
  assert.deepEqual(errors, []);
  await context.close();

  // The exported bundle, from `?quiz=`, taken to its end.
  const student = await newPage(env.browser);
  await student.page.goto(`${env.widget.url}/?quiz=${encodeURIComponent(`${env.files.url}/riverton.aqz`)}`);
  const answers = {};
  const total = fixture.questions.length;
  for (let i = 0; i < total; i++) {
    await student.page.getByRole("heading", { name: `Question ${i + 1} of ${total}` }).waitFor();
    const question = await currentQuestion(student.page, fixture);
    answers[question.id] = await answerWithMouse(student.page, question, PLAN[i % PLAN.length]);
    await button(student.page, "Check answer").click();
    await button(student.page, i + 1 === total ? "See your score" : "Next question").click();
  }
  assert.equal(await shownScore(student.page), `${coreScore(answers, RIVERTON).shown} points`);
  assert.deepEqual(student.errors, []);
  await student.context.close();
});

test("a second quiz, for an article of short paragraphs, is written in the editor with its own topics and a passage over a paragraph's end, passes quiz-check --strict and is taken from its bundle", async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.widget.url}/editor/`);
  await page.getByRole("heading", { name: "Write a quiz for an article" }).waitFor();
  await fillMeta(page, harbor, HARBOR);
  for (let n = 0; n < harbor.questions.length; n++) await writeQuestion(page, n, { fx: harbor });
  await page.getByText(`${harbor.questions.length} questions, no problem`).waitFor();
  // Each question's topic list is the quiz's own, and a topic in use cannot be removed.
  const topics = await regionOf(page, 1, "").getByRole("combobox", { name: "Topic" }).locator("option").allTextContents();
  assert.deepEqual(topics, harbor.topics.map((t) => t.label));
  assert.ok(await page.getByRole("button", { name: "Remove topic 1" }).isDisabled());
  assert.equal(await page.getByText("4 questions are about it, so it stays.").count(), 1);
  // An item-writing warning names its question as the form numbers it, then goes.
  const fees = regionOf(page, 5, "").getByRole("textbox", { name: "Question", exact: true });
  await fees.fill("Families always pay a small fee for each class.");
  await page.getByText(/^Q5 \(fees\): its statement is false and says “always”.* \[absolute-word\]$/).waitFor();
  await fees.fill(harbor.questions[4].prompt);
  assert.equal(await page.getByRole("heading", { name: /^Item-writing warnings/ }).count(), 0, "no item-writing warning");

  const folder = join(out, "harbor-school");
  mkdirSync(folder, { recursive: true });
  for (const name of ["article.txt", "meta.toml", "quiz.toml"]) await download(page, name, folder);
  const exported = await download(page, "Download the bundle (harbor-school.aqz)", out);
  const check = (args) => execFileSync("cargo", ["run", "--quiet", "--bin", "quiz-check", "--", ...args], { encoding: "utf8" });
  check(["--strict", folder]);
  assert.deepEqual(JSON.parse(check(["--json", folder])), harbor, "the exported files are the fixture quiz");
  bundle(HARBOR, join(out, "harbor-fixture.aqz"));
  const bytes = readFileSync(exported);
  assert.ok(bytes.equals(readFileSync(join(out, "harbor-fixture.aqz"))), "the same bundle bytes");
  assert.equal(bytes[4], 3, "its own topics and its passage over paragraphs make a format 3 bundle");
  assert.deepEqual(errors, []);
  await context.close();

  // Taken from `?quiz=`, every question in turn, to the score the core computes.
  const student = await newPage(env.browser);
  await student.page.goto(`${env.widget.url}/?quiz=${encodeURIComponent(`${env.files.url}/harbor-school.aqz`)}`);
  const answers = {};
  const total = harbor.questions.length;
  for (let i = 0; i < total; i++) {
    await student.page.getByRole("heading", { name: `Question ${i + 1} of ${total}` }).waitFor();
    const question = await currentQuestion(student.page, harbor);
    answers[question.id] = await answerWithMouse(student.page, question, PLAN[i % PLAN.length]);
    await button(student.page, "Check answer").click();
    await button(student.page, i + 1 === total ? "See your score" : "Next question").click();
  }
  assert.equal(await shownScore(student.page), `${coreScore(answers, HARBOR).shown} points`);

  // A bundle of a format newer than this widget's is named as such, not as unsound.
  const newer = Buffer.from(bytes);
  newer[4] = 9;
  writeFileSync(join(out, "newer.aqz"), newer);
  await student.page.goto(`${env.widget.url}/?quiz=${encodeURIComponent(`${env.files.url}/newer.aqz`)}`);
  await student.page.getByText("This quiz was made by a newer version of Article Quiz (bundle format 9) than this page has. The site that shows it needs to update Article Quiz.").waitFor();
  assert.equal(await student.page.getByText(/did not pass the checks/).count(), 0, "not called unsound");
  assert.deepEqual(student.errors, []);
  await student.context.close();
});

test("the shipped quiz's files, opened in the editor and exported, give the same bundle bytes", async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(`${env.widget.url}/editor/`);
  await page.getByRole("textbox", { name: "The quiz’s name in addresses (lower case and hyphens)" }).fill("iranian-people");
  await page.getByLabel(/^Open a bundle/).setInputFiles(["article.txt", "meta.toml", "quiz.toml"].map((f) => join(QUIZ_DIR, f)));
  const quiz = quizData();
  await page.getByText(`Opened the quiz folder’s files: ${quiz.questions.length} questions.`).waitFor();
  const dir = mkdtempSync(join(tmpdir(), "aq-shipped-"));
  const exported = await download(page, "Download the bundle (iranian-people.aqz)", dir);
  bundle(QUIZ_DIR, join(dir, "shipped.aqz"));
  assert.ok(readFileSync(exported).equals(readFileSync(join(dir, "shipped.aqz"))), "the same bundle bytes");
  // A damaged file is told, and the draft stays.
  await page.getByLabel(/^Open a bundle/).setInputFiles({ name: "broken.aqz", mimeType: "application/octet-stream", buffer: Buffer.from("not a quiz") });
  await page.getByText(/^Not opened: .*The draft is unchanged\.$/).waitFor();
  await page.getByText(`${quiz.questions.length} questions, no problem`).waitFor();
  // Start over asks first.
  await button(page, "Start over").click();
  await button(page, "Cancel").click();
  await page.getByText(`${quiz.questions.length} questions, no problem`).waitFor();
  await button(page, "Start over").click();
  await button(page, "Yes, start over").click();
  await page.getByText("No question yet: choose a kind and add one.").waitFor();
  // An article.txt alone becomes the article's text.
  await page.getByLabel(/^Open a bundle/).setInputFiles(join(RIVERTON, "article.txt"));
  await page.getByText("Blank lines are ignored. 4 paragraphs").waitFor();
  assert.equal(await page.getByRole("textbox", { name: SOURCE }).inputValue(), fixture.article.paragraphs.slice(0, 4).join("\n\n"));
  // A damaged draft in storage is told, put aside, and the editor starts afresh.
  await page.evaluate(() => localStorage.setItem("article-quiz:editor:draft", "aq-draft/damaged"));
  await page.reload();
  await page.getByText(/^The draft kept in this browser is damaged, so the editor starts afresh/).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem("article-quiz:editor:damaged-draft")), "aq-draft/damaged");
  assert.deepEqual(errors, []);
  await context.close();
});

test("opening files never loses or silently changes work: it asks over a draft, refuses a damaged folder whole, names a lone quiz.toml, keeps the quiz's name, and never keeps a number it cannot take", async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(`${env.widget.url}/editor/`);
  const openControl = page.getByLabel(/^Open a bundle/);
  const openRegion = page.getByRole("region", { name: "Open a quiz, or start over" });
  const shipped = quizData();
  // Into an empty draft, the shipped quiz's files open at once, with the name their
  // meta.toml gives (no folder comes with files chosen in a browser).
  await openControl.setInputFiles(["article.txt", "meta.toml", "quiz.toml"].map((f) => join(QUIZ_DIR, f)));
  await page.getByText(`${shipped.questions.length} questions, no problem`).waitFor();
  const name = page.getByRole("textbox", { name: "The quiz’s name in addresses (lower case and hyphens)" });
  assert.equal(await name.inputValue(), "iranian-people");
  // A name that is not one is a problem, and publishing waits for it.
  await name.fill("Refugee Learning Center!");
  await page.getByText("The quiz: its name in addresses, “Refugee Learning Center!”, must be 1 to 40 lower-case letters, digits and hyphens, such as “iranian-people”.").waitFor();
  await page.getByText("Publishing waits until every problem is fixed.").waitFor();
  assert.equal(await page.getByRole("button", { name: /^Download the bundle/ }).count(), 0);
  await name.fill("iranian-people");
  await page.getByText(`${shipped.questions.length} questions, no problem`).waitFor();

  // A bundle over it: asked first, beside the Open control; "Keep my draft" keeps it.
  const dir = mkdtempSync(join(tmpdir(), "aq-open-"));
  bundle(RIVERTON, join(dir, "riverton.aqz"));
  await openControl.setInputFiles(join(dir, "riverton.aqz"));
  const ask = openRegion.getByRole("alert");
  assert.equal(
    await ask.locator("p").textContent(),
    `Open “riverton.aqz”? It replaces the quiz you are writing (${shipped.questions.length} questions), which is kept nowhere else.`,
  );
  await button(page, "Keep my draft").click();
  assert.equal(await ask.count(), 0);
  await page.getByText(`${shipped.questions.length} questions, no problem`).waitFor();
  // The same file again, and yes: it opens.
  await openControl.setInputFiles(join(dir, "riverton.aqz"));
  await button(page, "Yes, open").click();
  await page.getByText(`Opened riverton.aqz: ${fixture.questions.length} questions.`).waitFor();
  await page.getByText(`${fixture.questions.length} questions, no problem`).waitFor();

  // A folder whose one question cannot be read is refused whole, every reason beside
  // the Open control, before anything is asked; the draft stays as it was.
  const folder = join(dir, "damaged");
  mkdirSync(folder);
  for (const f of ["article.txt", "meta.toml"]) writeFileSync(join(folder, f), readFileSync(join(RIVERTON, f)));
  const toml = readFileSync(join(RIVERTON, "quiz.toml"), "utf8");
  assert.ok(toml.includes("answer = 12000000"));
  writeFileSync(join(folder, "quiz.toml"), toml.replace("answer = 12000000", 'answer = "eighteen"'));
  await openControl.setInputFiles(["article.txt", "meta.toml", "quiz.toml"].map((f) => join(folder, f)));
  const refused = openRegion.getByRole("alert");
  await refused.waitFor();
  const said = await refused.textContent();
  assert.match(said, /^Not opened: .*“cost”.*The draft is unchanged\.$/);
  assert.equal(await page.getByText("Nothing is wrong: the quiz can be published.").count(), 1, "the draft as it was");
  await page.getByText(`${fixture.questions.length} questions, no problem`).waitFor();

  // quiz.toml alone is told for what it is.
  await openControl.setInputFiles(join(RIVERTON, "quiz.toml"));
  await openRegion.getByText(/^Not opened: quiz\.toml alone is not a quiz but one of a quiz folder’s three files; choose all three/).waitFor();
  await page.getByText(`${fixture.questions.length} questions, no problem`).waitFor();

  // A number field never keeps what it cannot take: it shows the number the draft
  // holds and says why beside it.
  const cost = regionOf(page, fixture.questions.findIndex((q) => q.id === "cost") + 1, "");
  const answer = cost.getByRole("textbox", { name: "The answer", exact: true });
  await answer.fill("eighteen");
  await answer.press("Tab");
  await cost.getByText("“eighteen” is not a number, so the field keeps 12000000. Write digits, such as 18 or 2.5.").waitFor();
  assert.equal(await answer.inputValue(), "12000000");
  assert.equal(await answer.getAttribute("aria-invalid"), "true");
  const tolerance = cost.getByRole("textbox", { name: "Tolerance (0 for exact)", exact: true });
  await tolerance.fill("-1");
  await tolerance.press("Tab");
  await cost.getByText("A tolerance cannot be negative, so the field keeps 0, not -1.").waitFor();
  const points = cost.getByRole("textbox", { name: "Points", exact: true });
  await points.fill("2.5");
  await points.press("Tab");
  await cost.getByText(/^Points are a whole number from 1 to 100, so the field keeps \d+, not 2\.5\.$/).waitFor();
  await points.fill("3");
  await points.press("Tab");
  assert.equal(await cost.getByText(/^Points are a whole number/).count(), 0, "a number it takes clears the message");
  await page.getByText(`${fixture.questions.length} questions, no problem`).waitFor();

  // An article over a draft with work is asked about too.
  await openControl.setInputFiles(join(RIVERTON, "article.txt"));
  assert.match(await openRegion.getByRole("alert").textContent(), /^Open “article\.txt” as the article\? Its text replaces the article/);
  await button(page, "Keep my draft").click();
  assert.deepEqual(errors, []);
  await context.close();
});

for (const colorScheme of ["light", "dark"]) {
  test(`the editor passes axe in the ${colorScheme} theme, with a question and its problems`, async () => {
    const context = await env.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${env.widget.url}/editor/`);
    await fillMeta(page);
    await page.getByRole("combobox", { name: "Kind of question" }).selectOption("multiple");
    await button(page, "Add a question").click();
    await regionOf(page, 1, "").waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}
