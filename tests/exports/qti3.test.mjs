// The QTI 3.0 export (`quiz-check --export qti3`, a content package) played by a
// third-party QTI 3.0 player, @citolab/qti-components 7.27.4 (npm), in headless Chromium,
// the package served on 127.0.0.1: every item of the shipped quiz and of the riverton
// fixture renders its interaction, and scores, answered with the key, wrongly, and partly
// right where the kind has partial credit (multiple select, order) or a range (numeric),
// what the core gives the same answer (`quiz-check --score`, never our own writer's view).
// The package is unpacked by Python's zipfile, another reader of the zip.
// Run: node --test tests/exports/   (needs /usr/bin/chromium)

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch } from "../e2e/browser.mjs";
import { serve } from "../e2e/server.mjs";
import { kindOf, quizCheck, withRiverton } from "./common.mjs";

const PLAYER = "node_modules/@citolab/qti-components/cdn/index.js";

const C = (i) => `C${i + 1}`;

/// The answers each question is played with: the key, a wrong one, and for kinds with
/// partial credit or a range, the partly right ones. Each case: the core's response and
/// the same answer as a QTI response value.
function cases(q) {
  const data = q.kind[kindOf(q)];
  switch (kindOf(q)) {
    case "Single": {
      const wrong = data.correct === 0 ? 1 : 0;
      return [
        ["key", { Single: data.correct }, C(data.correct)],
        ["wrong", { Single: wrong }, C(wrong)],
      ];
    }
    case "TrueFalse":
      return [
        ["key", { TrueFalse: data.correct }, C(data.correct ? 0 : 1)],
        ["wrong", { TrueFalse: !data.correct }, C(data.correct ? 1 : 0)],
      ];
    case "Evidence": {
      const wrong = data.correct === 0 ? 1 : 0;
      return [
        ["key", { Evidence: data.correct }, C(data.correct)],
        ["wrong", { Evidence: wrong }, C(wrong)],
      ];
    }
    case "Multiple": {
      const all = data.options.map((_, i) => i);
      const right = [...data.correct].sort((a, b) => a - b);
      const wrongs = all.filter((i) => !right.includes(i));
      const out = [
        ["key", { Multiple: right }, right.map(C)],
        ["wrong", { Multiple: wrongs }, wrongs.map(C)],
        ["everything", { Multiple: all }, all.map(C)],
      ];
      if (right.length > 1) out.push(["one right", { Multiple: [right[0]] }, [C(right[0])]]);
      if (right.length > 1 && wrongs.length > 0) {
        const picked = [right[0], right[1], wrongs[0]].sort((a, b) => a - b);
        out.push(["two right, one wrong", { Multiple: picked }, picked.map(C)]);
      }
      return out;
    }
    case "Order": {
      const n = data.items.length;
      const key = [...Array(n).keys()];
      const reversed = [...key].reverse();
      const swapped = [...key.slice(0, n - 2), n - 1, n - 2];
      const rotated = [...key.slice(1), 0];
      return [
        ["key", { Order: key }, key.map(C)],
        ["reversed", { Order: reversed }, reversed.map(C)],
        ["last two swapped", { Order: swapped }, swapped.map(C)],
        ["first moved last", { Order: rotated }, rotated.map(C)],
      ];
    }
    case "Numeric": {
      const out = [
        ["key", { Numeric: data.answer }, String(data.answer)],
        ["wrong", { Numeric: data.answer + data.tolerance + 1 }, String(data.answer + data.tolerance + 1)],
      ];
      if (data.tolerance > 0) {
        out.push(["top of the range", { Numeric: data.answer + data.tolerance }, String(data.answer + data.tolerance)]);
        out.push(["below the range", { Numeric: data.answer - data.tolerance - 0.5 }, String(data.answer - data.tolerance - 0.5)]);
      }
      return out;
    }
  }
  throw new Error(`no cases for ${q.id}`);
}

/// The interaction each kind's item must render.
const INTERACTION = {
  Single: "qti-choice-interaction",
  Multiple: "qti-choice-interaction",
  TrueFalse: "qti-choice-interaction",
  Order: "qti-order-interaction",
  Numeric: "qti-text-entry-interaction",
  Evidence: "qti-hottext-interaction",
};

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/// Exports `folder`, plays every item with every case, and compares each score with the
/// core's. Returns the number of plays checked.
async function playAll(folder) {
  const quiz = JSON.parse(quizCheck(["--json", folder]).stdout);
  const root = mkdtempSync(join(tmpdir(), "qti3-"));
  const server = await serve(root);
  try {
    const zip = join(root, "quiz.zip");
    quizCheck(["--export", "qti3", folder, zip]);
    execFileSync("python3", ["-m", "zipfile", "-e", zip, join(root, "pkg")]);
    copyFileSync(PLAYER, join(root, "qti.js"));
    writeFileSync(
      join(root, "index.html"),
      `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="qti.js"></script></head>` +
        `<body><qti-item><item-container id="box"></item-container></qti-item></body></html>`,
    );

    // The package: the manifest names the test and every item; the test lists the items
    // in the quiz's order.
    const manifest = readFileSync(join(root, "pkg", "imsmanifest.xml"), "utf8");
    const testXml = readFileSync(join(root, "pkg", "test.xml"), "utf8");
    const refs = [...testXml.matchAll(/<qti-assessment-item-ref identifier="([^"]+)" href="([^"]+)"/g)];
    assert.deepEqual(refs.map((m) => m[1]), quiz.questions.map((q) => `Q-${q.id}`), "the test's items, in order");
    assert.match(manifest, /type="imsqti_test_xmlv3p0" href="test.xml"/);
    for (const [, , href] of refs) assert.ok(manifest.includes(`type="imsqti_item_xmlv3p0" href="${href}"`), href);

    // The core's points for each case, round by round (one answer per question a round).
    const plays = quiz.questions.map((q) => cases(q));
    const rounds = Math.max(...plays.map((p) => p.length));
    const core = [];
    for (let r = 0; r < rounds; r++) {
      const answers = Object.fromEntries(quiz.questions.flatMap((q, i) => (plays[i][r] ? [[q.id, plays[i][r][1]]] : [])));
      const file = join(root, `answers-${r}.json`);
      writeFileSync(file, JSON.stringify(answers));
      core.push(JSON.parse(quizCheck(["--score", folder, file]).stdout).questions);
    }

    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => customElements.get("qti-assessment-item") && customElements.get("item-container"));
    let checked = 0;
    for (const [i, q] of quiz.questions.entries()) {
      const kind = kindOf(q);
      const href = refs[i][2];
      await page.evaluate((url) => {
        document.querySelector("#box").setAttribute("item-url", url);
      }, `pkg/${href}`);
      const handle = await page.waitForFunction(
        (id) => {
          const box = document.querySelector("#box");
          const item = (box.shadowRoot ?? box).querySelector("qti-assessment-item") ?? box.querySelector("qti-assessment-item");
          return item && item.getAttribute("identifier") === id ? item : null;
        },
        `Q-${q.id}`,
        { timeout: 10000 },
      );
      const where = `${folder} ${q.id} (${kind})`;
      const rendered = await handle.evaluate((item, tag) => !!item.querySelector(tag), INTERACTION[kind]);
      assert.ok(rendered, `${where}: no ${INTERACTION[kind]}`);
      const max = await handle.evaluate((item) => Number(item.getOutcome("MAXSCORE").value));
      assert.equal(max, q.points, `${where}: MAXSCORE`);
      for (const [r, [name, , value]] of plays[i].entries()) {
        const score = await handle.evaluate((item, v) => {
          item.updateResponseVariable("RESPONSE", v);
          item.processResponse();
          return Number(item.getOutcome("SCORE").value);
        }, value);
        const want = core[r][q.id].earned / 100; // the core's points, in hundredths
        assert.ok(Math.abs(score - want) < 0.006, `${where}, ${name}: the player scores ${score}, the core ${want}`);
        if (name === "key") assert.equal(score, q.points, `${where}: full marks for the key`);
        checked++;
      }
      // The explanation, as the modal feedback shows it after an answer.
      const feedback = await handle.evaluate((item) => item.querySelector("qti-modal-feedback")?.textContent ?? "");
      assert.ok(feedback.includes(q.explanation.split("\n")[0]), `${where}: explanation`);
      for (const excerpt of q.excerpts) assert.ok(feedback.includes(`“${excerpt}”`), `${where}: excerpt`);
      assert.ok(feedback.includes(quiz.meta.article_title) && feedback.includes(quiz.meta.publication), `${where}: source`);
    }
    assert.deepEqual(errors, [], "errors in the page");
    await page.close();
    return { quiz, checked };
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

test("the shipped quiz's QTI 3.0 items score in qti-components as in the core", async () => {
  const { quiz, checked } = await playAll("quizzes/iranian-people");
  const kinds = new Set(quiz.questions.map(kindOf));
  assert.equal(kinds.size, 6, "every kind");
  assert.ok(checked >= 2 * quiz.questions.length, `${checked} plays`);
});

test("the riverton fixture's QTI 3.0 items score in qti-components as in the core", async () => {
  const { quiz, checked } = await playAll("tests/fixtures/riverton");
  assert.equal(quiz.questions.length, 6);
  assert.ok(checked >= 2 * quiz.questions.length, `${checked} plays`);
});

test("a numeric tolerance is a range the player accepts from end to end, and no further", async () => {
  await withRiverton({ quiz: [[/^tolerance = 0$/m, "tolerance = 500000"]] }, async (folder) => {
    const { quiz: read } = await playAll(folder);
    assert.equal(read.questions.find((q) => q.id === "cost").kind.Numeric.tolerance, 500000);
  });
});
