// End-to-end: the quiz embedded in a news page (tests/demo) served from another origin,
// both under a strict Content-Security-Policy. The frame follows the widget's height, the
// host hears every event in the documented shape, forged messages do nothing, and the
// host's CSS and the widget's stay apart.
import assert from "node:assert/strict";
import { test } from "node:test";

import { openDemo as scrollThroughDemo, withDemoServer } from "./demo.mjs";
import { answerWithMouse, axeViolations, button, newPage, quizData, scrollSettled } from "./helpers.mjs";

const quiz = quizData();
const env = withDemoServer(quiz);

/** Opens the demo page; collects console errors (CSP violations are reported there). */
async function openDemo(options = {}) {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1000, height: 900 }, ...options });
  await scrollThroughDemo(page, env.demo.url);
  return { context, page, errors };
}

/** Asserts the field's value, giving the page up to 5 s to render after an input. */
async function assertValue(field, expected) {
  for (let waited = 0; waited < 5000 && (await field.inputValue()) !== expected; waited += 50) {
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.equal(await field.inputValue(), expected);
}

const squash = (text) => text.replace(/\s+/g, " ").trim();
/** The text the page's ::highlight(article-quiz) covers. */
const highlighted = (page) =>
  page.evaluate(() => [...CSS.highlights.get("article-quiz")].map((r) => r.toString().replace(/\s+/g, " ").trim()).join("|"));

const events = (page, type, on) =>
  page.evaluate(([type, on]) => window.quizEvents.filter((e) => e.type === type && (!on || e.on === on)), [type, on]);

/** The frame's height and what its document measures inside. */
async function measure(page, id) {
  const frame = page.frameLocator(`#${id}`);
  const inner = await frame.locator("html").evaluate((html) => ({
    scroll: html.scrollHeight,
    client: html.clientHeight,
    body: Math.ceil(document.body.getBoundingClientRect().height),
  }));
  const outer = await page.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height);
  return { inner, outer };
}

test("the iframe follows the widget's height and the host hears each event in the documented shape", async () => {
  const { context, page, errors } = await openDemo();
  const ready = await events(page, "ready", "quiz-1");
  assert.deepEqual(ready[0], {
    on: "quiz-1",
    source: "article-quiz",
    version: 1,
    type: "ready",
    quiz: "iranian-people",
    instance: "quiz-1",
    detail: { questions: quiz.questions.length, mode: "practice" },
  });

  // At load the frame takes the widget's height: no inner scroll bar.
  await page.waitForFunction(() => window.quizEvents.some((e) => e.type === "resized" && e.on === "quiz-1"));
  let size = await measure(page, "quiz-1");
  assert.ok(size.inner.scroll <= size.inner.client, `nothing scrolls inside: ${JSON.stringify(size)}`);
  assert.equal(Math.round(size.outer), size.inner.body);

  // Answer and check: started, answered, and the frame grows with the feedback.
  const frame = page.frameLocator("#quiz-1");
  const first = quiz.questions[0];
  const before = size.outer;
  await frame.getByRole("radio", { name: first.kind.Single.options[first.kind.Single.correct].text, exact: true }).check();
  await frame.getByRole("button", { name: "Check answer", exact: true }).click();
  await page.waitForFunction(() => window.quizEvents.some((e) => e.type === "answered"));
  assert.deepEqual((await events(page, "started", "quiz-1")).map((e) => e.detail), [{ mode: "practice" }]);
  const [answered] = await events(page, "answered", "quiz-1");
  assert.deepEqual(
    { question: answered.detail.question, correct: answered.detail.correct, verdict: answered.detail.verdict, points: answered.detail.points, max: answered.detail.max },
    { question: first.id, correct: true, verdict: "correct", points: first.points, max: first.points },
  );
  assert.equal(answered.detail.xapi.verb.id, "http://adlnet.gov/expapi/verbs/answered");
  assert.match(answered.detail.xapi.object.id, new RegExp(`#iranian-people/${first.id}$`));
  assert.deepEqual(answered.detail.xapi.result, { success: true, score: { raw: 1, min: 0, max: 1, scaled: 1 } });
  await page.waitForFunction((h) => document.getElementById("quiz-1").getBoundingClientRect().height > h + 50, before);

  // "Show in article" highlights the passage in the page's own article (opted in).
  await frame.getByRole("button", { name: /^Show in article/ }).first().click();
  await page.waitForFunction(() => CSS.highlights.has("article-quiz"));
  assert.equal(await highlighted(page), squash(first.excerpts[0]));
  await frame.getByText("Highlighted in the article on this page.").waitFor();
  assert.equal(await frame.getByRole("button", { name: "Back to the quiz" }).count(), 0, "the widget stays on the question");
  size = await measure(page, "quiz-1");
  assert.ok(size.inner.scroll <= size.inner.client, `nothing scrolls inside after feedback: ${JSON.stringify(size)}`);

  // The short assignment in the second frame, to its end: completed, with an xAPI form.
  const second = page.frameLocator("#quiz-2");
  for (let n = 0; n < 2; n++) {
    const prompt = (await second.locator("legend.aq-prompt").textContent()).trim();
    const question = quiz.questions.find((q) => q.prompt === prompt);
    await answerWithMouse(second, question, "right");
    await second.getByRole("button", { name: n === 1 ? "Finish test" : "Next question", exact: true }).click();
  }
  await page.waitForFunction(() => window.quizEvents.some((e) => e.type === "completed"));
  const [completed] = await events(page, "completed", "quiz-2");
  const max = quiz.questions[0].points + quiz.questions[4].points;
  assert.deepEqual(
    { points: completed.detail.points, max: completed.detail.max, percent: completed.detail.percent },
    { points: max, max, percent: 100 },
  );
  assert.equal(typeof completed.detail.seconds, "number");
  assert.equal(completed.detail.xapi.verb.id, "http://adlnet.gov/expapi/verbs/completed");
  assert.equal(completed.detail.xapi.result.duration, `PT${completed.detail.seconds}S`);
  assert.equal((await events(page, "answered", "quiz-2")).length, 2, "a test's answers are told at its end");
  // This frame did not opt in: its excerpts show in its own article view.
  await second.locator(".aq-review summary").first().click(); // right answers' reviews start closed
  await second.getByRole("button", { name: /^Show in article/ }).first().click();
  await second.getByRole("button", { name: "Back to the quiz" }).waitFor();

  // Theme from the address: dark, with the host's accent.
  const accent = await second.locator(".aq-root").evaluate((root) => getComputedStyle(root).getPropertyValue("--aq-accent").trim());
  assert.equal(accent, "#ffb3c0");
  assert.equal(await second.locator(".aq-root").evaluate((root) => getComputedStyle(root).colorScheme), "dark");

  assert.deepEqual(errors, [], "no CSP violation or error on the page or in the frames");
  await context.close();
});

test("the host's commands work from its own origin only; forged messages do nothing", async () => {
  const { context, page, errors } = await openDemo();
  const frame = page.frameLocator("#quiz-1");
  await frame.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  const send = (command) => page.evaluate((c) => window.ArticleQuiz.send(document.getElementById("quiz-1"), c), command);

  await send({ type: "goto", question: 3 });
  await frame.getByRole("heading", { name: /^Question 3 of/ }).waitFor();

  // Every question the frame shows from here on is recorded, to see that no forged
  // command moved it, even for a moment.
  const inside = page.frame({ url: /id=quiz-1/ });
  await inside.evaluate(() => {
    window.shown = [];
    new MutationObserver(() => window.shown.push(document.getElementById("aq-question-heading")?.textContent)).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });

  // Wrong version, unknown type, out of range: ignored.
  await page.evaluate(() => {
    const target = document.getElementById("quiz-1");
    const to = new URL(target.src).origin;
    target.contentWindow.postMessage({ source: "article-quiz-host", version: 2, type: "goto", question: 1 }, to);
    target.contentWindow.postMessage({ source: "article-quiz-host", version: 1, type: "explode" }, to);
    target.contentWindow.postMessage({ source: "article-quiz-host", version: 1, type: "goto", question: 0 }, to);
  });
  // From another origin (the second frame, served by the widget's origin, not the host's).
  await page.frame({ url: /id=quiz-2/ }).evaluate(() => {
    parent.frames[0].postMessage({ source: "article-quiz-host", version: 1, type: "goto", question: 1 }, "*");
  });
  // A forged event posted by the page to itself is not taken for the widget's.
  await page.evaluate(() =>
    window.postMessage({ source: "article-quiz", version: 1, type: "completed", quiz: "iranian-people", instance: "quiz-1", detail: {} }, "*"),
  );
  await send({ type: "goto", question: 2 }); // a real one after them, to know they were all handled
  await frame.getByRole("heading", { name: /^Question 2 of/ }).waitFor();
  const shown = await inside.evaluate(() => window.shown);
  assert.ok(shown.length > 0 && shown.every((h) => /^Question [23] of/.test(h)), `shown: ${shown}`);
  assert.equal((await events(page, "completed")).length, 0);

  // Reset starts over: the answer given is gone.
  const answer = frame.getByRole("textbox", { name: "Your answer" }); // question 2 asks for a number
  await answer.fill("22");
  await frame.getByRole("button", { name: "Start over", exact: true }).waitFor();
  await send({ type: "reset" });
  await frame.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  assert.equal(await frame.getByRole("button", { name: "Start over", exact: true }).count(), 0);
  await send({ type: "goto", question: 2 });
  await frame.getByRole("heading", { name: /^Question 2 of/ }).waitFor();
  assert.equal(await answer.inputValue(), "");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the demo page passes axe, and its own styles are untouched by the widget", async () => {
  const { context, page } = await openDemo();
  const story = await page.locator("#story p").first().evaluate((p) => {
    const s = getComputedStyle(p);
    return [s.fontFamily, s.fontSize, s.color, s.boxSizing];
  });
  assert.deepEqual(story, ['"Comic Sans MS", Chalkboard, cursive', "21px", "rgb(59, 31, 43)", "content-box"]);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("the script embed mounts in a shadow root: it looks as it does standalone, and talks through DOM events", async () => {
  const { context, page, errors } = await openDemo();
  const host = page.locator("[data-id=quiz-3]");
  await host.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  assert.equal(await host.evaluate((el) => el.shadowRoot?.mode), "open");

  // The same elements, standalone and in the rude host page, computed alike.
  const looks = (root) =>
    root.evaluate((root) => {
      const scope = root.shadowRoot ?? root;
      const pick = (selector, props) => {
        const el = scope.querySelector(selector);
        const style = getComputedStyle(el);
        return Object.fromEntries(props.map((p) => [`${selector} ${p}`, style.getPropertyValue(p)]));
      };
      const text = ["font-family", "font-size", "line-height", "color", "letter-spacing", "text-transform", "box-sizing"];
      return {
        ...pick(".aq-question-heading", text),
        ...pick("legend.aq-prompt", text),
        ...pick(".aq-choice", [...text, "padding-top", "border-top-width", "border-top-left-radius"]),
        ...pick(".aq-button--primary", [...text, "padding-left", "background-color", "min-height"]),
      };
    });
  const embedded = await looks(host);
  const standalone = await context.newPage();
  await standalone.goto(env.widget.url);
  await standalone.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  assert.deepEqual(embedded, await looks(standalone.locator("#article-quiz")));

  // Events on the element, with the documented payloads.
  const first = quiz.questions[0];
  await host.getByRole("radio", { name: first.kind.Single.options[(first.kind.Single.correct + 1) % 3].text, exact: true }).check();
  await host.getByRole("button", { name: "Check answer", exact: true }).click();
  await page.waitForFunction(() => window.quizEvents.some((e) => e.type === "answered" && e.on === "quiz-3"));
  const [answered] = await events(page, "answered", "quiz-3");
  assert.deepEqual(
    { instance: answered.instance, question: answered.detail.question, correct: answered.detail.correct, points: answered.detail.points },
    { instance: "quiz-3", question: first.id, correct: false, points: 0 },
  );
  // Focus moves inside the shadow root as it does standalone.
  await page.waitForFunction(() => document.querySelector("[data-id=quiz-3]").shadowRoot.activeElement?.id === "aq-primary");

  // "Show in article" asks the page, which highlights the passage in its article.
  await page.evaluate(() => CSS.highlights.clear());
  await host.getByRole("button", { name: /^Show in article/ }).first().click();
  await page.waitForFunction(() => CSS.highlights.has("article-quiz"));
  assert.equal(await highlighted(page), squash(first.excerpts[0]));
  await host.getByText("Highlighted in the article on this page.").waitFor();

  // Commands as DOM events on the element.
  await host.evaluate((el) =>
    el.dispatchEvent(new CustomEvent("article-quiz-command", { detail: { source: "article-quiz-host", version: 1, type: "goto", question: 4 } })),
  );
  await host.getByRole("heading", { name: /^Question 4 of/ }).waitFor();
  // Going to a question moves focus to its heading a frame later, which scrolls the page
  // back to this quiz; let that happen before the reader scrolls on.
  await page.waitForFunction(() => document.querySelector("[data-id=quiz-3]").shadowRoot.activeElement?.id === "aq-question-heading");
  await scrollSettled(page);

  // A quiz the page adds later (its own script loading more of the article) mounts too.
  await page.evaluate(() => {
    const later = document.createElement("div");
    later.setAttribute("data-article-quiz", "");
    later.dataset.id = "quiz-4";
    document.querySelector("main").append(later);
    // It mounts as the reader nears it: "Show in article" scrolled the page up to the
    // passage, so come back down to it.
    later.scrollIntoView();
  });
  // A copy named apart keeps its own progress: it starts at the beginning, while quiz-3
  // stays at question 4.
  await page.locator("[data-id=quiz-4]").getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  await host.getByRole("heading", { name: /^Question 4 of/ }).waitFor();
  assert.equal((await events(page, "ready", "quiz-4")).length, 1);

  // The host's own styles are as its CSS says, with the widget's stylesheet on the page.
  const slotHeading = await page.locator(".quiz-slot h2").first().evaluate((h) => {
    const s = getComputedStyle(h);
    return [s.textTransform, s.letterSpacing, s.display];
  });
  assert.deepEqual(slotHeading, ["uppercase", "4.2px", "block"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the embed-code page makes either snippet from the options, with a live preview", async () => {
  const { context, page, errors } = await newPage(env.browser, { clipboard: true });
  await page.goto(`${env.widget.url}/embed-code/`);
  const snippet = page.getByRole("textbox", { name: "Paste this into your page" });
  const widget = `${env.widget.url}/`;
  await assertValue(snippet,
    `<iframe data-article-quiz title="Quiz on this article" width="100%" height="640" loading="lazy"\n  src="${widget}?id=quiz-1"></iframe>\n` +
      `<script src="${widget}embed.js" async></script>`,
  );

  await page.getByRole("textbox", { name: "Your site’s origin (optional)" }).fill("https://news.example");
  await page.getByRole("textbox", { name: "Accent colour (optional)" }).fill("#b00020");
  await page.getByRole("textbox", { name: "Your article’s element (optional)" }).fill("#story");
  await page.getByLabel("Colours").selectOption("dark");
  // Dark red on the dark background is hard to read: the page says so.
  await page.getByText("On the dark background this accent has a contrast of 2.4:1; text in it needs 4.5:1 (WCAG AA).").waitFor();
  await page.getByLabel("Colours").selectOption("light");
  assert.equal(await page.getByText(/this accent has a contrast/).count(), 0);
  await page.getByRole("checkbox", { name: /^Start in test mode/ }).check();
  const address = `${widget}?host=https%3A%2F%2Fnews.example&amp;id=quiz-1&amp;mode=test&amp;theme=light&amp;accent=%23b00020`;
  await assertValue(snippet,
    `<iframe data-article-quiz title="Quiz on this article" width="100%" height="640" loading="lazy" data-article-quiz-highlight="#story"\n  src="${address}"></iframe>\n` +
      `<script src="${widget}embed.js" async></script>`,
  );

  // The preview is the quiz with those options, sized to its content. It leaves out the
  // site's origin: it is embedded here, and must be able to tell this page its height.
  const preview = page.frameLocator("iframe.aq-preview");
  await preview.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  assert.equal(await preview.locator(".aq-root").evaluate((r) => getComputedStyle(r).getPropertyValue("--aq-accent").trim()), "#b00020");
  // It counts nothing on a results server (results=off): an editor is not a reader.
  assert.equal(await page.locator("iframe.aq-preview").getAttribute("src"), `${widget}?id=quiz-1&mode=test&theme=light&results=off&accent=%23b00020`);
  await page.waitForFunction(() => document.querySelector("iframe.aq-preview").style.height !== "");
  // Sized by this preview, not left from an earlier one: its document fits it exactly.
  await page.locator("iframe.aq-preview").scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const html = document.querySelector("iframe.aq-preview").contentDocument?.documentElement;
    return html?.querySelector("#aq-question-heading") && html.scrollHeight === html.clientHeight;
  });

  await page.getByRole("radio", { name: /^A script/ }).check();
  await assertValue(snippet,
    `<div data-article-quiz data-id="quiz-1" data-mode="test" data-theme="light" data-article-quiz-highlight="#story"></div>\n` +
      `<script type="module" src="${widget}article-quiz.js"></script>\n` +
      `<!-- Style: add this rule to your stylesheet -->\n<!-- [data-article-quiz] { --article-quiz-accent: #b00020; } -->`,
  );
  await page.getByRole("button", { name: "Copy the snippet" }).click();
  await page.getByText("Snippet copied.").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippet.inputValue());

  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("quizzes below the article download nothing until the reader nears them, then work", async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1000, height: 900 } });
  const requests = [];
  page.on("request", (r) => requests.push({ url: r.url(), main: r.frame() === page.mainFrame(), at: performance.now() }));
  const finished = new Map();
  page.on("requestfinished", (r) => finished.set(r.url(), performance.now()));
  await page.goto(env.demo.url);
  await page.waitForLoadState("load");
  await page.waitForTimeout(1000);
  const wasm = () => requests.filter((r) => r.url.endsWith("_bg.wasm"));
  assert.deepEqual(wasm(), [], "no wasm before the reader scrolls");
  assert.equal((await events(page, "ready")).length, 0);

  // Near the script embed: it loads and starts, and can be answered.
  await page.locator('[data-id="quiz-3"]').scrollIntoViewIfNeeded();
  const script = page.locator('[data-id="quiz-3"]');
  await script.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  const fetched = wasm().filter((r) => r.main);
  assert.equal(fetched.length, 1, "the page fetched the widget's wasm once");
  const prompt = (await script.locator("legend.aq-prompt").textContent()).trim();
  await answerWithMouse(script, quiz.questions.find((q) => q.prompt === prompt), "right");
  await button(script, "Check answer").click();
  await script.locator(".aq-feedback").waitFor();

  // No waterfall: the wasm was requested before the glue module had arrived.
  const glue = requests.find((r) => r.main && /\/article-quiz-\w+\.js$/.test(r.url));
  assert.ok(glue, "the glue was fetched");
  assert.ok(fetched[0].at < finished.get(glue.url), "the wasm request started before the glue finished loading");
  assert.deepEqual(errors, []);
  await context.close();
});
