// End-to-end: each page of the site loads, starts its wasm and settles with nothing in
// the browser's console: no error, no warning, no log. A newsroom's developer opens the
// console on their article page; what the widget prints there is ours to answer for.
// Chromium warns at once of an attribute it ignores (it once warned, at every load of
// the widget, of the `integrity` on the wasm's preload), and a few seconds after the
// load event of a preload the page did not use: each page is given that long.
import assert from "node:assert/strict";
import { test } from "node:test";

import { LIVE_HEADING, newPage, withQuizServer } from "./helpers.mjs";

const env = withQuizServer();
/** Chromium reports a preload left unused 3 s after the load event. */
const SETTLE_MS = 3500;

const PAGES = [
  ["the widget", "/", (page) => page.locator(LIVE_HEADING).waitFor()],
  ["the widget in Persian", "/?lang=fa", (page) => page.locator(`${LIVE_HEADING}:lang(fa)`).waitFor()],
  ["the teacher's page", "/teacher/", (page) => page.getByRole("heading", { name: "1. Make a link for your class" }).waitFor()],
  [
    "the embed-code page, with its preview",
    "/embed-code/",
    (page) => page.frameLocator("iframe").first().locator(LIVE_HEADING).waitFor(),
  ],
  ["the editor", "/editor/", (page) => page.getByRole("heading", { name: "Write a quiz for an article" }).waitFor()],
];

test("every page of the site loads and starts with nothing in the console", async () => {
  const printed = await Promise.all(
    PAGES.map(async ([name, path, started]) => {
      const { context, page, errors } = await newPage(env.browser);
      const messages = [];
      page.on("console", (m) => messages.push(`${name}: ${m.type()}: ${m.text()}`));
      await page.goto(`${env.server.url}${path}`, { waitUntil: "load" });
      await started(page);
      await page.waitForTimeout(SETTLE_MS);
      await context.close();
      return [...messages, ...errors.map((e) => `${name}: uncaught: ${e}`)];
    }),
  );
  assert.deepEqual(printed.flat(), []);
});
