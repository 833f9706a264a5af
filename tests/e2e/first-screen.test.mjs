// End-to-end: the widget page's first question, prerendered into index.html, shows
// while the widget's wasm is on its way (at the top level and in an iframe embed, with
// the host's style), keeps what the reader does there for the live widget, and is
// replaced by the live widget with the very same screen; where the widget would start on
// another screen (an option in the address, saved progress) the page shows nothing early.
//
// Each test holds the wasm back until it has looked at the page, so what it sees is the
// page before the widget starts, however fast this machine is.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { LIVE_HEADING, button, newPage, quizData, withQuizServer } from "./helpers.mjs";

const env = withQuizServer();
const TOTAL = quizData().questions.length;
const WASM = /\/article-quiz-\w+_bg\.wasm$/;
const PRERENDERED = ".aq-first-screen";

/** Holds back `page`'s requests for the widget's wasm until the returned function is called. */
async function hold(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(WASM, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** A page of its own, its console errors collected, its wasm held back. */
async function heldPage(width = 1280) {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width, height: 900 } });
  return { context, page, errors, release: await hold(page) };
}

/** Waits until the page is parsed: its scripts have run and the wasm is still held. */
const parsed = (target) => target.waitForFunction(() => document.readyState !== "loading");

/** The controls Chromium's accessibility tree offers assistive technology: roles and names.
 * (Chromium's own tree, not Playwright's role queries, which do not follow `inert`.) */
async function controls(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && ["radio", "checkbox", "button", "textbox"].includes(n.role?.value))
    .map((n) => `${n.role.value} ${n.name?.value ?? ""}`);
}

/** The widget's text as a reader sees it. */
const shownText = (target) => target.locator("#article-quiz").innerText();

test("the first question shows before the widget starts, and the live widget shows the same", async () => {
  const { context, page, errors, release } = await heldPage(390);
  await page.goto(env.server.url, { waitUntil: "commit" });
  const early = page.locator(`${PRERENDERED} #aq-question-heading`);
  await early.waitFor();
  assert.equal(await early.textContent(), `Question 1 of ${TOTAL}`);
  const before = await shownText(page);
  const looked = await page.screenshot();
  assert.match(before, /What did you take from this op-ed\?/);
  assert.match(before, /where does the article say protests erupted\?/);
  assert.ok((await controls(page)).includes("radio In a remote city in the country’s southwest"));

  release();
  await page.locator(LIVE_HEADING).waitFor();
  assert.equal(await page.locator(PRERENDERED).count(), 0, "the prerendered screen is gone");
  assert.equal(await page.locator("#article-quiz section.aq").count(), 1);
  assert.equal(await shownText(page), before, "the live first screen reads exactly as the prerendered one");
  assert.ok((await page.screenshot()).equals(looked), "and looks the same, to the pixel: nothing moves");

  // And the live one works.
  const dehdasht = page.getByRole("radio", { name: "In a remote city in the country’s southwest" });
  await dehdasht.check();
  await button(page, "Check answer").click();
  await page.getByText("Correct", { exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a choice made before the widget is live shows at once and is applied once it is", async () => {
  const { context, page, errors, release } = await heldPage(390);
  await page.goto(env.server.url, { waitUntil: "commit" });
  await page.locator(`${PRERENDERED} #aq-question-heading`).waitFor();
  // The reader chooses, with the mouse, and presses Check answer: the choice shows at
  // once, and a screen reader hears that the quiz is loading.
  const option = page.locator(`${PRERENDERED} label`, { hasText: "In a remote city" });
  await option.click();
  assert.ok(await page.locator(`${PRERENDERED} #${await option.getAttribute("for")}`).isChecked(), "chosen at once");
  await page.locator(`${PRERENDERED} #aq-primary`).click();
  assert.equal(await page.locator(`${PRERENDERED} [role=status]`).textContent(), "Loading the quiz…");
  assert.equal(await page.locator(`${PRERENDERED}`).count(), 1, "still the prerendered screen");

  release();
  // The live widget takes the choice and the check: the feedback is there.
  await page.getByText("Correct", { exact: true }).waitFor();
  assert.ok(await page.getByRole("radio", { name: "In a remote city in the country’s southwest" }).isChecked());
  assert.deepEqual(errors, []);
  await context.close();

  // By keyboard: focus goes back where the reader left it.
  {
    const { context, page, release } = await heldPage(1280);
    await page.goto(env.server.url, { waitUntil: "commit" });
    await page.locator(`${PRERENDERED} #aq-question-heading`).waitFor();
    await page.locator(`${PRERENDERED} input[name^="aq-q-"]`).first().focus();
    await page.keyboard.press("ArrowDown");
    const chosen = await page.evaluate(() => document.activeElement.id);
    release();
    await page.locator(LIVE_HEADING).waitFor();
    await page.waitForFunction((id) => document.activeElement?.id === id && document.activeElement.checked, chosen);
    assert.equal(await page.locator("#aq-primary").isDisabled(), false, "the live widget has the answer");
    await context.close();
  }
});

test("in an iframe embed, the first question shows with the host's style, and the live one looks the same", async () => {
  const { context, page, errors, release } = await heldPage(800);
  // A dark scheme, an accent, a font and a radius; a background the widget refuses.
  const options = "theme=dark&accent=%23ffb3c0&font=Georgia%2C%20serif&radius=0&background=url(x)";
  // A host page (a frame under about:blank would get no storage at all).
  await page.route(`${env.server.url}/host.html`, (route) =>
    route.fulfill({ contentType: "text/html", body: `<iframe title="Quiz" src="${env.server.url}/?host=${encodeURIComponent(env.server.url)}&id=q1&${options}" width="760" height="900" style="border:0"></iframe>` }),
  );
  await page.goto(`${env.server.url}/host.html`);
  const frame = await (await page.waitForSelector("iframe")).contentFrame();
  await frame.locator(`${PRERENDERED} #aq-question-heading`).waitFor();
  const style = (target) =>
    target.locator("#article-quiz").evaluate((root) => ({
      theme: root.dataset.theme,
      style: root.getAttribute("style"),
      heading: document.querySelector("h1")?.textContent ?? null,
      embedded: document.documentElement.classList.contains("embedded"),
    }));
  const early = await style(frame);
  assert.deepEqual(early, {
    theme: "dark",
    style: "--article-quiz-accent: #ffb3c0; --article-quiz-font: Georgia, serif; --article-quiz-radius: 0;",
    heading: null,
    embedded: true,
  });
  const iframe = page.locator("iframe");
  const looked = await iframe.screenshot();
  release();
  await frame.locator(LIVE_HEADING).waitFor();
  assert.deepEqual(await style(frame), early, "the live widget sets the same theme");
  assert.ok((await iframe.screenshot()).equals(looked), "the same to the pixel");
  assert.deepEqual(errors, []);
  await context.close();
});

test("other parameters in the address (a newsletter's tracking) and an anchor keep the first screen", async () => {
  for (const address of ["?utm_source=newsletter&utm_medium=email", "#comments"]) {
    const { context, page, errors, release } = await heldPage();
    await page.goto(env.server.url + address, { waitUntil: "commit" });
    await page.locator(`${PRERENDERED} #aq-question-heading`).waitFor();
    const before = await shownText(page);
    release();
    await page.locator(LIVE_HEADING).waitFor();
    assert.equal(await shownText(page), before, address);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("if the widget cannot start, the prerendered screen gives way to a message", async () => {
  for (const failure of ["wasm", "glue"]) {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    const file = failure === "wasm" ? WASM : /\/article-quiz-\w+\.js$/;
    let refuse;
    const refused = new Promise((resolve) => (refuse = resolve));
    await page.route(file, async (route) => {
      await refused;
      await route.abort();
    });
    await page.goto(env.server.url, { waitUntil: "commit" });
    await page.locator(`${PRERENDERED} #aq-question-heading`).waitFor();
    refuse();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.equal(await alert.textContent(), "Sorry, the quiz could not start. Check your connection and reload the page.");
    assert.equal(await page.locator(PRERENDERED).count(), 0, `no dead quiz is left (${failure})`);
    await context.close();
  }
});

test("the page is painted before any of the widget's code is fetched, and that code keeps its integrity", async () => {
  const GLUE = /\/article-quiz-\w+\.js$/;
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  // Counts the frames rendered with the first screen on the page (a frame's
  // animation callbacks run before it is painted).
  await page.addInitScript(() => {
    window.framesWithScreen = 0;
    const tick = () => {
      if (document.querySelector(".aq-first-screen")) window.framesWithScreen++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const seenAtRequest = [];
  await page.route(GLUE, async (route) => {
    seenAtRequest.push(await page.evaluate(() => window.framesWithScreen));
    await route.continue();
  });
  await page.goto(env.server.url);
  await page.locator(LIVE_HEADING).waitFor();
  assert.equal(seenAtRequest.length, 1, "the glue is fetched once");
  assert.ok(seenAtRequest[0] >= 1, `the glue was requested after ${seenAtRequest[0]} frames with the first screen`);
  assert.deepEqual(errors, []);
  await context.close();

  // The glue as the page names it, hash and all: a changed byte is refused, and said.
  const tampered = await env.browser.newContext({ viewport: { width: 390, height: 900 } });
  const other = await tampered.newPage();
  await other.route(GLUE, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n;globalThis.tampered = true;` });
  });
  await other.goto(env.server.url);
  await other.getByRole("alert").waitFor();
  assert.equal(await other.getByRole("alert").textContent(), "Sorry, the quiz could not start. Check your connection and reload the page.");
  assert.equal(await other.evaluate(() => globalThis.tampered ?? false), false, "the changed glue never ran");
  assert.equal(await other.locator(LIVE_HEADING).count(), 0);
  await tampered.close();
});

test("a stray load error before the widget starts does not leave its message behind a live widget", async () => {
  // Any failed load while the screen is up gives the message (it may be the widget's own
  // file); should the widget start after all, the message goes and the quiz is whole.
  const { context, page, release } = await heldPage();
  await page.goto(env.server.url, { waitUntil: "commit" });
  await page.locator(`${PRERENDERED} #aq-question-heading`).waitFor();
  await page.evaluate(() => document.head.append(Object.assign(document.createElement("link"), { rel: "stylesheet", href: "/missing.css" })));
  await page.getByRole("alert").waitFor();
  release();
  await page.locator(LIVE_HEADING).waitFor();
  assert.equal(await page.getByRole("alert").count(), 0, "no failure message beside the live quiz");
  assert.equal(await page.locator("#article-quiz > :not(noscript)").count(), 1, "the quiz's section only");
  await page.getByRole("radio", { name: "In a remote city in the country’s southwest" }).check();
  await context.close();
});

test("a page that will start elsewhere shows nothing early: an option, saved progress", async () => {
  // The widget's options in the address: a mode, a language, a quiz, a teacher's link
  // (in the fragment, and among other parameters).
  for (const address of ["?mode=test", "?lang=es", "?quiz=/nowhere.aqz", "#a=not-a-code", "?utm_source=x&a=not-a-code"]) {
    const { context, page, release } = await heldPage();
    await page.goto(env.server.url + address, { waitUntil: "commit" });
    await parsed(page);
    assert.equal(await page.locator("#article-quiz section").count(), 0, address);
    release();
    // Then the widget starts as asked: a question, or why the quiz cannot be shown.
    await page.locator(address.startsWith("?quiz=") ? ".aq-unavailable" : LIVE_HEADING).waitFor();
    await context.close();
  }

  // Saved progress: the widget resumes at question 2, so question 1 must not flash first.
  {
    const { context, page, release } = await heldPage();
    release();
    await page.goto(env.server.url);
    await button(page, "Skip").click();
    await page.getByRole("heading", { name: `Question 2 of ${TOTAL}` }).waitFor();
    const again = await context.newPage();
    const releaseAgain = await hold(again);
    await again.goto(env.server.url, { waitUntil: "commit" });
    await parsed(again);
    assert.equal(await again.locator("#article-quiz section").count(), 0, "saved progress");
    releaseAgain();
    await again.getByRole("heading", { name: `Question 2 of ${TOTAL}` }).waitFor();
    await context.close();
  }
});

test("the first screen accepts and refuses the style values the core does (the shared vectors)", async () => {
  // tests/fixtures/contract/style-values.json: the core's style_value is tested against
  // the same list (crates/quiz/tests/core/host.rs).
  const { vectors } = JSON.parse(readFileSync("tests/fixtures/contract/style-values.json", "utf8"));
  const { context, page, errors } = await heldPage(800);
  try {
    const frames = vectors
      .map(([name, value], n) => {
        const src = `${env.server.url}/?host=${encodeURIComponent(env.server.url)}&id=v${n}&${name}=${encodeURIComponent(value)}`;
        return `<iframe title="Quiz ${n}" src="${src.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}" width="300" height="200"></iframe>`;
      })
      .join("");
    await page.route(`${env.server.url}/host.html`, (route) => route.fulfill({ contentType: "text/html", body: frames }));
    await page.goto(`${env.server.url}/host.html`);
    const applied = [];
    for (const [n, [name]] of vectors.entries()) {
      const frame = await (await page.waitForSelector(`iframe[title="Quiz ${n}"]`)).contentFrame();
      await frame.locator(`${PRERENDERED} #aq-question-heading`).waitFor();
      applied.push(
        // Each style parameter sets its custom property (STYLE_PARAMS in crates/quiz/src/host.rs).
        await frame.locator("#article-quiz").evaluate((root, name) => root.style.getPropertyValue(`--article-quiz-${name}`) || null, name),
      );
    }
    assert.deepEqual(
      applied.map((value, n) => [...vectors[n].slice(0, 2), value]),
      vectors,
    );
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the first screen shows at exactly the addresses the shared vectors say", async () => {
  // tests/fixtures/contract/addresses.json: the core reads the same addresses
  // (crates/quiz/tests/core/launch.rs), and shows the screen only where its launch is plain.
  const { vectors } = JSON.parse(readFileSync("tests/fixtures/contract/addresses.json", "utf8"));
  const { context, page, errors } = await heldPage();
  try {
    const shown = [];
    for (const [address] of vectors) {
      await page.goto("about:blank"); // a load of its own, even where only the fragment differs
      await page.goto(`${env.server.url}${address}`);
      await parsed(page);
      shown.push(await page.locator(PRERENDERED).count() > 0);
    }
    assert.deepEqual(
      vectors.map(([address], n) => [address, shown[n]]),
      vectors.map(([address, , firstScreen]) => [address, firstScreen]),
    );
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
