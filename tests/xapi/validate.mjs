// Checks xAPI statements with Learning Locker's validator (xapi-validation, from npm), an
// independent reading of the xAPI specification: a JSON array of statements on standard
// input; every problem of every statement on standard error, and exit status 1 if any.
// The results server's LRS test (crates/server/tests/api.rs) runs it on the statements it
// reads back from the learning record store.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const validate = require("xapi-validation").default;

let input = "";
for await (const chunk of process.stdin) input += chunk;
const statements = JSON.parse(input);
if (!Array.isArray(statements) || statements.length === 0) {
  console.error("expected a non-empty JSON array of statements");
  process.exit(1);
}
let problems = 0;
statements.forEach((statement, i) => {
  for (const warning of validate(statement)) {
    problems++;
    console.error(`statement ${i}: ${warning.message ?? JSON.stringify(warning)} at ${JSON.stringify(warning.path ?? [])}`);
  }
});
console.log(`${statements.length} statements, ${problems} problems`);
process.exit(problems ? 1 : 0);
