// Finishes the npm package wasm-pack wrote (scripts/package):
//
//   node scripts/package.mjs PKG
//
// - the wasm optimised for size by the npm package binaryen's wasm-opt (wasm-pack's own
//   would download binaryen; crates/npm/Cargo.toml turns it off);
// - index.js, the entry point: the script embed's loader (embed/article-quiz.js) naming
//   the package's own files, so `import "article-quiz"` defines <article-quiz>;
// - the stylesheet, the validator module (for a quiz from an address), the results module
//   (for a page that names a results server) with its words in i18n/, and embed.js (for
//   excerpts shown in the host's article), from dist/;
// - index.d.ts and README.md from npm/, and package.json with what bundlers read.
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { loaderWith } from "./loader.mjs";

const [pkg] = process.argv.slice(2);
if (!pkg) throw new Error("usage: node scripts/package.mjs PKG");
const dist = "dist";
const one = (dir, pattern) => {
  const found = readdirSync(dir).filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`expected one ${pattern} in ${dir}, found ${found.join(", ") || "none"}`);
  return found[0];
};

const wasm = join(pkg, "article-quiz_bg.wasm");
execFileSync("wasm-opt", ["-Oz", "--low-memory-unused", "--enable-reference-types", "--enable-bulk-memory", wasm, "-o", wasm], { stdio: "inherit" });

copyFileSync(join(dist, one(dist, /^quiz-\w+\.css$/)), join(pkg, "article-quiz.css"));
for (const file of ["embed.js", "results.js"]) copyFileSync(join(dist, file), join(pkg, file));
// The results module's words in each language but English, which it imports from beside
// it (the widget's own words are all in the package's wasm).
mkdirSync(join(pkg, "i18n"), { recursive: true });
for (const file of readdirSync(join(dist, "i18n")).filter((f) => /^results\.\w+\.js$/.test(f))) {
  copyFileSync(join(dist, "i18n", file), join(pkg, "i18n", file));
}
mkdirSync(join(pkg, "validator"), { recursive: true });
const validatorFiles = [/^load-\w+\.js$/, /^validator-\w+\.js$/, /^validator-\w+_bg\.wasm$/].map((p) => one(join(dist, "validator"), p));
for (const file of validatorFiles) copyFileSync(join(dist, "validator", file), join(pkg, "validator", file));
// The snippets its glue imports (scripts/finish.mjs keeps only those), without the
// compressed copies beside them.
if (existsSync(join(dist, "validator", "snippets"))) {
  cpSync(join(dist, "validator", "snippets"), join(pkg, "validator", "snippets"), {
    recursive: true,
    filter: (source) => !/\.(br|gz)$/.test(source),
  });
}

writeFileSync(
  join(pkg, "index.js"),
  loaderWith({
    glue: "./article-quiz.js",
    wasm: "./article-quiz_bg.wasm",
    css: "./article-quiz.css",
    validator: `./validator/${validatorFiles[0]}`,
    results: "./results.js",
    host: "./embed.js",
  }),
);
for (const file of ["index.d.ts", "README.md"]) copyFileSync(join("npm", file), join(pkg, file));
rmSync(join(pkg, ".gitignore"), { force: true });

const version = readFileSync("crates/npm/Cargo.toml", "utf8").match(/^version = "([^"]+)"/m)[1];
const manifest = {
  name: "article-quiz",
  version,
  description: "A quiz about a news article, embedded under it: the <article-quiz> custom element (Rust, Yew, WebAssembly)",
  license: "MIT OR Apache-2.0",
  type: "module",
  main: "./index.js",
  module: "./index.js",
  types: "./index.d.ts",
  exports: {
    ".": { types: "./index.d.ts", import: "./index.js", default: "./index.js" },
    "./article-quiz.css": "./article-quiz.css",
    "./package.json": "./package.json",
  },
  // Importing the package defines <article-quiz>: keep it, even unused.
  sideEffects: ["./index.js"],
  files: [
    "index.js",
    "index.d.ts",
    "article-quiz.js",
    "article-quiz_bg.wasm",
    "article-quiz.css",
    "embed.js",
    "results.js",
    "i18n/",
    "snippets/",
    "validator/",
    "README.md",
  ],
};
writeFileSync(join(pkg, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`finished ${pkg}: article-quiz ${version}`);
