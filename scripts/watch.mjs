// Runs the results server (built by scripts/serve), which serves dist/ and its API at
// http://127.0.0.1:8080, and runs scripts/build again, with the same options, when a
// source changes: one build at a time, the last change always built. The server reads
// dist/ from disk, so a rebuilt page is there at the next reload.
import { spawn } from "node:child_process";
import { watch } from "node:fs";

const SOURCES = ["src", "crates", "styles", "quizzes", "embed", "index.html", "teacher.html", "embed-code.html", "editor.html"];
const options = process.argv.slice(2);
const url = "http://127.0.0.1:8080";
const binary = process.env.ARTICLE_QUIZ_SERVER_BIN ?? "target/release/article-quiz-server";
const server = spawn(binary, ["--listen", "127.0.0.1:8080", "--dist", "dist"], { stdio: "inherit" });
server.on("exit", (code) => process.exit(code ?? 1));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
console.log(`serving the quiz at ${url}/ (the teacher's page at /teacher/, the embed code at /embed-code/, the editor at /editor/; results kept in data/); Ctrl-C to stop`);

let building = false;
let again = false;
const build = () => {
  if (building) {
    again = true;
    return;
  }
  building = true;
  spawn("scripts/build", options, { stdio: "inherit" }).on("exit", (code) => {
    building = false;
    console.log(code === 0 ? "rebuilt; reload the page" : "the build failed (above); fix it and save again");
    if (again) {
      again = false;
      build();
    }
  });
};
let timer;
for (const source of SOURCES) {
  watch(source, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(build, 300);
  });
}
