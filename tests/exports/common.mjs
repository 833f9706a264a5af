// What the export tests share: `quiz-check` run as a newsroom runs it, a question's kind
// as the core names it (`quiz-check --json`), and a copy of the riverton fixture with
// some of its words swapped.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Runs `quiz-check ARGS`, asserting it exits with `status`; returns the finished run. */
export function quizCheck(args, status = 0) {
  const run = spawnSync("cargo", ["run", "--quiet", "-p", "quiz-check", "--bin", "quiz-check", "--", ...args], {
    encoding: "utf8",
  });
  assert.equal(run.status, status, `quiz-check ${args.join(" ")} exited ${run.status}:\n${run.stderr}`);
  return run;
}

export const kindOf = (question) => Object.keys(question.kind)[0];

/** A string as a TOML basic string (a JSON string is one). */
export const toml = (s) => JSON.stringify(s);

/**
 * Runs `check(folder)` on a copy of the riverton fixture with each `[from, to]` of
 * `quiz` swapped into its quiz.toml and each of `meta` into its meta.toml (a `from`, a
 * string or a regular expression, must be there), then removes the copy. Returns what
 * `check` returns.
 */
export async function withRiverton({ quiz = [], meta = [] }, check) {
  const dir = mkdtempSync(join(tmpdir(), "riverton-"));
  try {
    const folder = join(dir, "riverton");
    cpSync("tests/fixtures/riverton", folder, { recursive: true });
    for (const [file, swaps] of [["quiz.toml", quiz], ["meta.toml", meta]]) {
      let text = readFileSync(join(folder, file), "utf8");
      for (const [from, to] of swaps) {
        assert.ok(typeof from === "string" ? text.includes(from) : from.test(text), `${file} has no ${from}`);
        text = text.replace(from, to);
      }
      writeFileSync(join(folder, file), text);
    }
    return await check(folder);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
