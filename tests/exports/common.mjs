// What the export tests share: `quiz-check` run as a newsroom runs it, and a question's
// kind as the core names it (`quiz-check --json`).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";

/** Runs `quiz-check ARGS`, asserting it exits with `status`; returns the finished run. */
export function quizCheck(args, status = 0) {
  const run = spawnSync("cargo", ["run", "--quiet", "-p", "quiz-check", "--bin", "quiz-check", "--", ...args], {
    encoding: "utf8",
  });
  assert.equal(run.status, status, `quiz-check ${args.join(" ")} exited ${run.status}:\n${run.stderr}`);
  return run;
}

export const kindOf = (question) => Object.keys(question.kind)[0];
