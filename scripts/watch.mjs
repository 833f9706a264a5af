// Serves dist/ at http://127.0.0.1:8080 (scripts/serve) and runs scripts/build again,
// with the same options, when a source changes: one build at a time, the last change
// always built.
import { spawn } from "node:child_process";
import { watch } from "node:fs";

import { serve } from "../tests/e2e/server.mjs";

const SOURCES = ["src", "crates", "styles", "quizzes", "embed", "index.html", "teacher.html", "embed-code.html", "editor.html"];
const options = process.argv.slice(2);
const { url } = await serve("dist", { port: 8080 });
console.log(`serving the quiz at ${url}/ (the teacher's page at /teacher/, the embed code at /embed-code/); Ctrl-C to stop`);

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
