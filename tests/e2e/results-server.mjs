// The results server (crates/server) for the browser tests: the real binary, which
// scripts/test builds, on a SQLite file in a folder of the test's, serving dist/ on a
// port of 127.0.0.1 that it picks. Stopped with SIGTERM as an operator stops it, or
// killed; started again on the same folder and port.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BINARY = join(process.env.CARGO_TARGET_DIR ?? "target", "debug", "article-quiz-server");

/**
 * Starts the server on `port` (0: any free one) with a database in `folder` (a new one
 * if none), the quizzes of the folder `quizzes` and the extra `flags`. Resolves to { url, port, folder, stop(), log() } once
 * it listens.
 */
export async function startResultsServer({ port = 0, folder, flags = [], quizzes = "quizzes", dist = process.env.AQ_RESULTS_DIST ?? "dist" } = {}) {
  folder ??= mkdtempSync(join(tmpdir(), "aq-results-"));
  const args = ["--listen", `127.0.0.1:${port}`, "--dist", dist, "--quizzes", quizzes, "--database", join(folder, "data", "quiz.sqlite3"), ...flags];
  const child = spawn(BINARY, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, RUST_LOG: "info", NO_COLOR: "1" } });
  let output = "";
  const listening = new Promise((resolve, reject) => {
    const read = (chunk) => {
      output += chunk;
      const found = output.match(/at http:\/\/127\.0\.0\.1:(\d+)\//);
      if (found) resolve(Number(found[1]));
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => reject(new Error(`the results server exited (${code}) before listening:\n${output}`)));
  });
  const bound = await listening;
  const exited = new Promise((resolve) => child.on("exit", resolve));
  return {
    port: bound,
    url: `http://127.0.0.1:${bound}`,
    folder,
    log: () => output,
    /** Stops it as an operator does (SIGTERM); the folder stays. */
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
    /** Stops it and deletes its folder. */
    async close() {
      if (child.exitCode === null) await this.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
