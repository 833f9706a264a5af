// WCAG 2.2 criteria axe cannot check, on every screen of the student's widget, at 320
// and 1280 CSS px, in each language it speaks: target size (2.5.8), focus not obscured
// (2.4.11), reflow (1.4.10), label in name (2.5.3) and text spacing (1.4.12); text
// resized to 200 % (1.4.4); the non-drag path of the order question (2.5.7), and a
// mistyped number identified with a suggestion (3.3.1, 3.3.3).
// ACCESSIBILITY.md names these tests.
import assert from "node:assert/strict";
import { test } from "node:test";

import { UI, answerWithMouse, button, currentQuestion, everyScreen, kindOf, newPage, quizData, verdictText, withQuizServer } from "./helpers.mjs";

const env = withQuizServer();
const quiz = quizData();

/**
 * 2.5.8: the visible controls smaller than 24 × 24 CSS px whose 24 px circle, centred on
 * them, meets another control's box (the criterion's spacing exception fails then).
 * A radio or checkbox counts with its label, which is its click target. Links inside a
 * sentence are the criterion's inline exception and are left out.
 */
function smallTargets(page) {
  return page.evaluate(() => {
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.display !== "none";
    };
    const inline = (a) => {
      const block = a.closest("p, li, td, dd, blockquote");
      return block && block.textContent.trim().length > a.textContent.trim().length + 10;
    };
    const targets = [];
    for (const el of document.querySelectorAll("button, a[href], input, select, textarea, summary, [role=button], [tabindex='0']")) {
      if (!visible(el) && !(el.matches("input[type=radio], input[type=checkbox]") && el.labels?.length)) continue;
      if (el.matches("a") && inline(el)) continue;
      // A radio or checkbox hands its clicks to its label: the larger of the two counts.
      const boxes = [el.getBoundingClientRect(), ...[...(el.labels ?? [])].map((l) => l.getBoundingClientRect())];
      const box = boxes.reduce((a, b) => (a.width * a.height >= b.width * b.height ? a : b));
      if (box.width === 0 || box.height === 0) continue;
      targets.push({ el, box, name: `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") || el.textContent || el.value || "").trim().slice(0, 40)}"` });
    }
    const small = (t) => t.box.width < 23.5 || t.box.height < 23.5;
    const centre = (t) => [t.box.left + t.box.width / 2, t.box.top + t.box.height / 2];
    const bad = [];
    for (const t of targets) {
      if (!small(t)) continue;
      // The spacing exception: a 24 px circle on its centre meets no other target, nor
      // the circle of another undersized target.
      const [cx, cy] = centre(t);
      const near = targets.some((o) => {
        if (o === t) return false;
        const dx = Math.max(o.box.left - cx, 0, cx - o.box.right);
        const dy = Math.max(o.box.top - cy, 0, cy - o.box.bottom);
        if (Math.hypot(dx, dy) < 12) return true;
        const [ox, oy] = centre(o);
        return small(o) && Math.hypot(ox - cx, oy - cy) < 24;
      });
      if (near) bad.push(`${t.name}: ${t.box.width.toFixed(1)} × ${t.box.height.toFixed(1)}`);
    }
    return bad;
  });
}

/**
 * 2.4.11: tabs through every control on the screen; returns those that, focused, are
 * off screen or entirely covered by other content (no point of their box, corners
 * inset by 2 px and centre, shows the element or its descendants on top).
 */
async function obscuredWhenFocused(page) {
  const found = [];
  await page.evaluate(() => document.activeElement?.blur());
  await page.locator("body").focus();
  const seen = new Set();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const r = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const b = el.getBoundingClientRect();
      const key = `${el.tagName}#${el.id}.${el.className}:${(el.textContent || "").trim().slice(0, 30)}:${Math.round(b.top + scrollY)}`;
      const pts = [
        [b.left + b.width / 2, b.top + b.height / 2],
        [b.left + 2, b.top + 2],
        [b.right - 2, b.top + 2],
        [b.left + 2, b.bottom - 2],
        [b.right - 2, b.bottom - 2],
      ];
      const onScreen = pts.filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
      const shows = onScreen.some(([x, y]) => {
        const top = document.elementsFromPoint(x, y)[0];
        return top && (top === el || el.contains(top) || top.contains(el) || (el.labels && [...el.labels].some((l) => l.contains(top))));
      });
      return { key, ok: shows, name: `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 40)}"` };
    });
    if (!r) continue;
    if (seen.has(r.key)) break; // round the page once
    seen.add(r.key);
    if (!r.ok) found.push(r.name);
  }
  if (seen.size === 0) found.push("no control took focus");
  return found;
}

/** 1.4.10: sideways scroll of the page, in CSS px (0 when the page reflows). */
const sidewaysScroll = (page) =>
  page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth);

/** 1.4.12: the text-spacing bookmarklet's styles. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

/** Elements inside the widget whose text overflows a box that clips it. */
const clipped = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll(".aq-root *")]
      // Text hidden for screen readers only is clipped on purpose.
      .filter((el) => !el.closest(".aq-visually-hidden"))
      .filter((el) => {
        const s = getComputedStyle(el);
        const clips = /hidden|clip/.test(s.overflowX + s.overflowY);
        return clips && el.textContent.trim() && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) && el.clientWidth > 0;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );

/**
 * 2.5.3: the controls whose visible words are not in their accessible name (an
 * `aria-label` or `aria-labelledby` that replaces them). Icons (✓ ↑) and words hidden
 * from screen readers are not a label's text.
 */
const labelsNotInName = (page) =>
  page.evaluate(() => {
    const squash = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    return [...document.querySelectorAll(".aq-root [aria-label], .aq-root [aria-labelledby]")]
      .filter((el) => el.getClientRects().length && el.matches("button, a, input, select, textarea, summary, [role=button], [role=radio], [role=checkbox]"))
      .flatMap((el) => {
        const shown = el.cloneNode(true);
        shown.querySelectorAll("[aria-hidden=true], .aq-visually-hidden").forEach((n) => n.remove());
        const words = squash(shown.textContent);
        const name = el.getAttribute("aria-label") ?? el.getAttribute("aria-labelledby").split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
        return words && !squash(name).includes(words) ? [`${el.tagName.toLowerCase()} shows “${words}”, named “${name}”`] : [];
      });
  });

/**
 * Walks every screen at `width` px in `lang` (`everyScreen`), after `prepare(context,
 * page)`, and asserts that `problemsOn(screen)` finds nothing on any, and that the page
 * threw no error.
 */
async function nothingOnEveryScreen({ width, lang = "en", prepare = async () => {} }, problemsOn) {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width, height: 800 }, reducedMotion: "reduce" });
  await prepare(context, page);
  const found = {};
  await everyScreen(
    page,
    env.server.url,
    quiz,
    async (screen) => {
      const problems = await problemsOn(page);
      if (problems.length) found[screen] = problems;
    },
    lang,
  );
  assert.deepEqual(found, {}, JSON.stringify(found, null, 2));
  assert.deepEqual(errors, []);
  await context.close();
}

/** 1.4.10, and with text spaced or enlarged: sideways scroll of the page, and text clipped. */
async function scrollAndClipping(page) {
  const problems = (await clipped(page)).map((s) => `clipped ${s}`);
  const scroll = await sidewaysScroll(page);
  if (scroll > 0) problems.push(`sideways scroll of ${scroll} px`);
  return problems;
}

for (const lang of Object.keys(UI)) {
  for (const width of [320, 1280]) {
    test(`2.5.8, 2.4.11, 1.4.10, 2.5.3: targets of 24 × 24 px, focus in sight, no sideways scroll and labels in names on every screen at ${width} px, lang=${lang}`, async () => {
      await nothingOnEveryScreen({ width, lang }, async (page) => {
        const problems = [
          ...(await smallTargets(page)).map((s) => `2.5.8 small target ${s}`),
          ...(await obscuredWhenFocused(page)).map((s) => `2.4.11 obscured ${s}`),
          ...(await labelsNotInName(page)).map((s) => `2.5.3 ${s}`),
        ];
        const scroll = await sidewaysScroll(page);
        if (width === 320 && scroll > 0) problems.push(`1.4.10 sideways scroll of ${scroll} px`);
        return problems;
      });
    });
  }

  test(`1.4.12: with the text-spacing bookmarklet's styles at 320 px, no sideways scroll and nothing clipped on any screen, lang=${lang}`, async () => {
    await nothingOnEveryScreen({ width: 320, lang }, async (page) => {
      const style = await page.addStyleTag({ content: TEXT_SPACING });
      const problems = await scrollAndClipping(page);
      await style.evaluate((s) => s.remove());
      return problems;
    });
  });
}

test("1.4.4: with the browser's text size doubled (a default font of 32 px), the widget's text doubles, and nothing is clipped or scrolls sideways on any screen", async () => {
  // A small laptop's 1280 px at 200 % text: Chromium's default font size, as a reader
  // sets it in the browser's settings (text-only zoom), set through the DevTools protocol.
  const prepare = async (context, page) => {
    const devtools = await context.newCDPSession(page);
    await devtools.send("Page.setFontSizes", { fontSizes: { standard: 32, fixed: 26 } });
  };
  await nothingOnEveryScreen({ width: 1280, prepare }, async (page) => {
    const size = await page.locator("section.aq").first().evaluate((s) => parseFloat(getComputedStyle(s).fontSize));
    return [...(size < 32 ? [`text at ${size} px`] : []), ...(await scrollAndClipping(page))];
  });
});

test("2.5.7: the order question is answered fully with its move buttons, no dragging, and scored right", async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 320, height: 800 } });
  await page.goto(env.server.url);
  await page.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  let ordered = false;
  for (let i = 0; i < quiz.questions.length; i++) {
    const question = await currentQuestion(page, quiz);
    if (kindOf(question) === "Order") {
      assert.equal(await page.locator("ol.aq-order [draggable=true]").count(), 0, "nothing to drag");
      // answerWithMouse orders the items with the "Move up" buttons alone.
      const answer = await answerWithMouse(page, question, "right");
      assert.deepEqual(answer, { Order: question.kind.Order.items.map((_, i) => i) });
      await button(page, "Check answer").click();
      assert.equal(await verdictText(page), "Correct");
      ordered = true;
      break;
    }
    await button(page, "Skip").click();
  }
  assert.ok(ordered, "the quiz has an order question");
  assert.deepEqual(errors, []);
  await context.close();
});

test("3.3.1, 3.3.3: a number that is not one is marked invalid, said in words with an example, and the answer cannot be checked", async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 320, height: 800 } });
  await page.goto(env.server.url);
  await page.getByRole("heading", { name: /^Question 1 of/ }).waitFor();
  while (kindOf(await currentQuestion(page, quiz)) !== "Numeric") await button(page, "Skip").click();
  const field = page.getByRole("textbox", { name: "Your answer" });
  await field.fill("sixty thousand");
  assert.equal(await field.getAttribute("aria-invalid"), "true");
  // The message names the problem and how to fix it, and the field is described by it.
  const hint = page.locator(`#${await field.getAttribute("aria-describedby")}`);
  assert.equal((await hint.textContent()).trim(), "Type a number, such as 60,000.");
  assert.ok(await button(page, "Check answer").isDisabled(), "nothing to check yet");
  await field.fill("60,000");
  assert.equal(await field.getAttribute("aria-invalid"), null);
  assert.ok(await button(page, "Check answer").isEnabled());
  assert.deepEqual(errors, []);
  await context.close();
});
