// Finishes a page Trunk has built, by what it is; scripts/build runs it after each page:
//
//   node scripts/finish.mjs ROLE DIR BASE [FIRST_SCREEN_FILE]
//
// ROLE is one of:
// - `validator` (dist/validator/, a build target only): keeps a module that loads the
//   validator's wasm and exports its `load`, and drops the page;
// - `widget` (dist/): writes the validator module's address into the page (a `<meta>`),
//   its first screen, prerendered (FIRST_SCREEN_FILE, which the `first-screen` binary
//   wrote: src/ui/pages/first_screen.rs) with the script that shows it, a loader that
//   fetches the glue only once that screen is painted (`afterFirstPaint`, below), and
//   `article-quiz.js`, the script embed's loader, at a stable address: it loads the
//   widget's (hashed) glue and wasm from beside itself and mounts a quiz in each
//   `<div data-article-quiz>` of the host page (README, "Embedding"). The validator must
//   be finished first;
// - `tools` (dist/teacher/): the tools binary serves two pages, so Trunk builds and binds
//   it once, for the teacher's page; this also writes the embed-code page into
//   ../embed-code/ from embed-code.html's title and body and the teacher page's built head
//   (the same glue, wasm and stylesheets, at their absolute addresses);
// - `editor` (dist/editor/): the editor's page, with nothing more to do.
//
// Every page: Trunk writes its loader inline into the page (`<script type=module>`); this
// takes it out and loads the app from a file of its own instead, so that the pages run
// under a Content-Security-Policy without 'unsafe-inline' (README, "Content Security
// Policy"). Pages are read and written with an HTML parser (node-html-parser), never
// edited as text. What Trunk built (the glue, its snippets and the wasm, with their
// integrity values) is read from the preload links Trunk writes beside its loader, never
// from the loader's code, which this does not read. DIR is the page's folder, BASE its
// public address.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";

import * as esbuild from "esbuild";
import { parse } from "node-html-parser";

import { loaderWith } from "./loader.mjs";

const [role, stage, publicUrl, firstScreenFile] = process.argv.slice(2);
if (!["validator", "widget", "tools", "editor"].includes(role) || !stage || !publicUrl || (role === "widget") !== !!firstScreenFile) {
  throw new Error("usage: node scripts/finish.mjs validator|widget|tools|editor DIR BASE [FIRST_SCREEN_FILE, for the widget]");
}
const base = publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`;
const hash = (algorithm, bytes) => createHash(algorithm).update(bytes);
const integrity = (bytes) => `sha384-${hash("sha384", bytes).digest("base64")}`;
const minified = (code) => esbuild.transformSync(code, { minify: true, format: "esm" }).code;
const parseHtml = (text) => parse(text, { comment: true });

/** Writes `bytes` into the page's folder as `prefix-<hash>.js`; returns its name. */
const hashedFile = (prefix, bytes) => {
  const name = `${prefix}-${hash("sha256", bytes).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(stage, name), bytes);
  return name;
};
/** A `<script>` element for a file of this page, with its integrity. */
const scriptTag = (name, bytes, module) =>
  `<script${module ? " type=module" : ""} src="${base}${name}" integrity="${integrity(bytes)}"></script>`;

/** The page Trunk wrote into DIR, parsed, with what Trunk built for it: the glue and the
 * glue's snippets (its `modulepreload` links) and the wasm (its `preload` link), each as
 * `{ href, integrity, link }`, and Trunk's inline loader, which the caller replaces. */
const trunkPage = () => {
  const path = join(stage, "index.html");
  const doc = parseHtml(readFileSync(path, "utf8"));
  const found = (link) => ({ href: link.getAttribute("href"), integrity: link.getAttribute("integrity"), link });
  const modules = doc.querySelectorAll('link[rel="modulepreload"]').map(found);
  const glue = modules.filter(({ href }) => !href.includes("/snippets/"));
  const wasm = doc.querySelectorAll('link[rel="preload"]').map(found).filter(({ href }) => href.endsWith("_bg.wasm"));
  const inline = doc.querySelectorAll('script[type="module"]').filter((script) => !script.hasAttribute("src"));
  if (glue.length !== 1 || wasm.length !== 1 || inline.length !== 1 || [...modules, ...wasm].some((m) => !m.integrity)) {
    throw new Error(`${path}: expected Trunk's loader with one glue and one wasm preloaded, each with its integrity; has Trunk changed its output?`);
  }
  // Chromium ignores `integrity` on a preload of destination `fetch`, and says so in the
  // console at every load (the wasm is fetched by the glue, which checks no integrity);
  // where a browser did honour it, the glue's fetch, which has none, would not match
  // the preload and would fetch the wasm again. The glue and its snippets keep theirs.
  wasm[0].link.removeAttribute("integrity");
  return { path, doc, glue: glue[0], wasm: wasm[0], snippets: modules.filter((m) => m !== glue[0]), loader: inline[0] };
};

/** Puts the app's loader, `code`, into a file and the page's `<script>` for it where
 * Trunk's inline loader was. */
const loadFromFile = (page, code) => {
  const bytes = Buffer.from(code, "utf8");
  page.loader.replaceWith(scriptTag(hashedFile("start", bytes), bytes, true));
};
/** The loader Trunk would write, without the globals it sets, which nothing here reads. */
const plainLoader = ({ glue, wasm }) =>
  `import init from ${JSON.stringify(glue.href)};\nawait init({ module_or_path: ${JSON.stringify(wasm.href)} });\n`;

if (role === "validator") {
  const { path, glue, wasm } = trunkPage();
  const [glueName, wasmName] = [basename(glue.href), basename(wasm.href)];
  const bytes = Buffer.from(
    `// The validator module (src/bin/validator.rs, written by scripts/finish.mjs): the
// widget imports it to fetch and check a quiz from an address.
// (Its wasm starts at once; \`load\` waits for it, so that no bundler drops the start as
// a call whose result is unused.)
import init, { load as check } from "./${glueName}";
const ready = init({ module_or_path: new URL("./${wasmName}", import.meta.url) });
export const load = async (address, lang) => (await ready, check(address, lang));
`,
    "utf8",
  );
  hashedFile("load", bytes);
  // The glue's fallback address of its wasm still has wasm-bindgen's name for it, not
  // Trunk's: a bundler that follows `new URL(…, import.meta.url)` (webpack, in the npm
  // package) would look for a file that is not there. (This edits generated JavaScript,
  // by its one expected expression, checked.)
  const gluePath = join(stage, glueName);
  const glueText = readFileSync(gluePath, "utf8");
  const fallback = /new URL\(\s*(["'])validator_bg\.wasm\1\s*,\s*import\.meta\.url\s*\)/g;
  if (glueText.match(fallback)?.length !== 1) throw new Error(`${gluePath}: expected one fallback address of validator_bg.wasm`);
  writeFileSync(gluePath, glueText.replace(fallback, () => `new URL("./${wasmName}", import.meta.url)`));
  rmSync(path);
  // Trunk copies all the crate's JS snippets; the validator's glue imports only some
  // (its fetch's time limit). Only those stay, and the npm package copies what stays.
  const snippets = join(stage, "snippets");
  const imported = new Set([...glueText.matchAll(/["']\.\/snippets\/([^"']+)["']/g)].map((m) => m[1]));
  if (existsSync(snippets)) {
    for (const entry of readdirSync(snippets, { recursive: true, withFileTypes: true })) {
      const file = relative(snippets, join(entry.parentPath, entry.name)).split(sep).join("/");
      if (entry.isFile() && !imported.has(file)) rmSync(join(snippets, file));
    }
    if (imported.size === 0) rmSync(snippets, { recursive: true });
  }
  process.exit(0);
}

if (role === "editor") {
  const page = trunkPage();
  loadFromFile(page, plainLoader(page));
  writeFileSync(page.path, page.doc.toString());
  process.exit(0);
}

if (role === "tools") {
  const page = trunkPage();
  loadFromFile(page, plainLoader(page));
  const teacher = page.doc.toString();
  writeFileSync(page.path, teacher);
  // The embed-code page: the teacher page's head, with embed-code.html's title and body.
  const source = parseHtml(readFileSync(new URL("../embed-code.html", import.meta.url), "utf8"));
  const embedCode = parseHtml(teacher);
  for (const part of ["title", "body"]) {
    const [mine, theirs] = [embedCode.querySelector(part), source.querySelector(part)];
    if (!mine || !theirs) throw new Error(`embed-code.html or the teacher page has no <${part}>`);
    mine.replaceWith(theirs.toString());
  }
  const sibling = join(stage, "..", "embed-code");
  mkdirSync(sibling, { recursive: true });
  writeFileSync(join(sibling, "index.html"), embedCode.toString());
  process.exit(0);
}

// The widget. Its page is painted from its HTML and CSS alone: its glue and the glue's
// snippets are fetched only once the first screen is on screen (or after 250 ms, where
// a browser paints nothing: a frame out of view, a tab in the background), so that
// neither their bytes nor running them come before the first question is shown. They
// keep their integrity: the loader adds Trunk's `modulepreload` links, hashes and all,
// and imports the glue once they have loaded. The wasm is still preloaded from the head,
// at low priority: it is the long download, and waits for nothing; on a slow network
// the stylesheet does not share the line with it.
const page = trunkPage();
const deferred = [page.glue, ...page.snippets];
for (const { link } of deferred) link.remove();
page.wasm.link.setAttribute("fetchpriority", "low");
const afterFirstPaint = `await new Promise((painted) => {
  requestAnimationFrame(() => setTimeout(painted));
  setTimeout(painted, 250);
});
await Promise.all(
  ${JSON.stringify(deferred.map(({ href, integrity }) => [href, integrity]))}.map(
    ([href, integrity]) =>
      new Promise((loaded, failed) => {
        const link = Object.assign(document.createElement("link"), { rel: "modulepreload", href, integrity, crossOrigin: "anonymous" });
        link.onload = loaded;
        link.onerror = () => failed(new Error(\`\${href} did not load\`));
        document.head.append(link);
      }),
  ),
);
const { default: init } = await import(${JSON.stringify(page.glue.href)});
await init({ module_or_path: ${JSON.stringify(page.wasm.href)} });
`;
loadFromFile(page, minified(afterFirstPaint));

const css = page.doc
  .querySelectorAll('link[rel="stylesheet"]')
  .map((link) => link.getAttribute("href"))
  .find((href) => basename(href).startsWith("quiz-"));
if (!css) throw new Error(`${page.path}: no stylesheet quiz-<hash>.css`);
const check = readdirSync(join(stage, "validator")).find((f) => f.startsWith("load-") && f.endsWith(".js"));
if (!check) throw new Error(`no validator module in ${stage}/validator/; finish the validator first`);
// In the head, after the wasm's preload (a minified page has no <head> tag to find).
page.wasm.link.insertAdjacentHTML("afterend", `<meta name="article-quiz-validator" content="${base}validator/${check}">`);
// The results module's address: the widget imports it only on a page that also names a
// results server (the server writes that <meta> into the pages it serves).
page.wasm.link.insertAdjacentHTML("afterend", `<meta name="article-quiz-results" content="${base}results.js">`);

// The first question, prerendered, in place of the page's empty template, and the script
// that shows it (scripts/first-screen.js, its comment lines dropped).
const empty = page.doc.querySelector("template#aq-first-screen");
if (!empty || empty.childNodes.length) throw new Error(`${page.path}: no empty <template id=aq-first-screen> for the first screen`);
const shows = Buffer.from(
  readFileSync(new URL("first-screen.js", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n"),
);
empty.replaceWith(readFileSync(firstScreenFile, "utf8").trim() + scriptTag(hashedFile("first-screen", shows), shows, false));
writeFileSync(page.path, page.doc.toString());

// The two scripts a host page loads from stable addresses, minified (esbuild keeps the
// `/*!` notice): the script embed's loader, from embed/article-quiz.js with the widget's
// files, and the host script Trunk copied from embed/embed.js.
// The loader sits at the site's base, beside the files it names.
const beside = (file) => `./${file.startsWith(base) ? file.slice(base.length) : file}`;
const loaderFiles = { glue: beside(page.glue.href), wasm: beside(page.wasm.href), css: beside(css), validator: `./validator/${check}`, results: "./results.js", host: "./embed.js" };
writeFileSync(join(stage, "article-quiz.js"), minified(loaderWith(loaderFiles)));
for (const copied of ["embed.js", "results.js"]) {
  const file = join(stage, copied);
  writeFileSync(file, esbuild.transformSync(readFileSync(file, "utf8"), { minify: true }).code);
}
// The results module's words in each language but English, which it imports from beside
// it (embed/i18n/results.TAG.js -> i18n/), minified.
const words = new URL("../embed/i18n/", import.meta.url);
mkdirSync(join(stage, "i18n"), { recursive: true });
for (const file of readdirSync(words)) {
  writeFileSync(join(stage, "i18n", file), esbuild.transformSync(readFileSync(new URL(file, words), "utf8"), { minify: true, charset: "utf8" }).code);
}
