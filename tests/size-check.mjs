// The download budget: every file the widget's page loads, gzipped at level 9, summed.
// Sizes are deterministic, so this runs in the test command; times are measured by
// bench/bench.mjs instead.
//
// TARGET is the product's budget. CEILING is what this check enforces today: the
// measured size when it was last lowered plus a little headroom, so that growth is
// caught while the widget is brought down to TARGET (see README, "Budgets").
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const TARGET = 90 * 1024;
const CEILING = 140 * 1024;
const DIST = process.argv[2] ?? "dist";

const files = readdirSync(DIST).filter((f) => /\.(html|js|wasm|css)$/.test(f));
let total = 0;
for (const file of files.sort()) {
  const raw = readFileSync(join(DIST, file));
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  console.log(`${file.padEnd(48)} ${String(raw.length).padStart(8)} raw ${String(gz).padStart(8)} gzip`);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`total ${kb(total)} gzipped; ceiling ${kb(CEILING)}; target ${kb(TARGET)}${total > TARGET ? " (not met yet)" : " (met)"}`);
if (total > CEILING) {
  console.error(`The widget's download grew past its ceiling: ${kb(total)} > ${kb(CEILING)}.`);
  process.exit(1);
}
