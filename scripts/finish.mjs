// Finishes a page Trunk has built, by what it is; scripts/build runs it after each page:
//
//   node scripts/finish.mjs ROLE DIR BASE
//
// ROLE is one of:
// - `validator` (dist/validator/, a build target only): keeps a module that loads the
//   validator's wasm and exports its `load`, and drops the page;
// - `widget` (dist/): writes the validator module's address into the page (a `<meta>`),
//   its first screen, prerendered, with the script that shows it
//   (src/ui/pages/first_screen.rs), a loader that fetches the glue only once that screen
//   is painted (`afterFirstPaint`, below), and `article-quiz.js`, the script embed's loader, at
//   a stable address: it loads the widget's (hashed) glue and wasm from beside itself and
//   mounts a quiz in each `<div data-article-quiz>` of the host page (README,
//   "Embedding"). The validator must be finished first;
// - `tools` (dist/teacher/): the tools binary serves two pages, so Trunk builds and binds
//   it once, for the teacher's page; this also writes the embed-code page into
//   ../embed-code/ from embed-code.html's title and body and the teacher page's built head
//   (the same glue, wasm and stylesheets, at their absolute addresses);
// - `editor` (dist/editor/): the editor's page, with nothing more to do.
//
// Every page: the loader Trunk writes inline into the page (`<script type=module>import
// init …</script>`) moves into a file of its own, so that the pages run under a
// Content-Security-Policy without 'unsafe-inline' (README, "Content Security Policy").
// Trunk has no option for this yet. DIR is the page's folder, BASE its public address.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

import * as esbuild from "esbuild";

import { loaderWith } from "./loader.mjs";

const [role, stage, publicUrl] = process.argv.slice(2);
if (!["validator", "widget", "tools", "editor"].includes(role) || !stage || !publicUrl) {
  throw new Error("usage: node scripts/finish.mjs validator|widget|tools|editor DIR BASE");
}
const base = publicUrl.replace(/\/?$/, "/");
const INLINE = /<script type=["']?module["']?>([\s\S]*?)<\/script>/g;
const hash = (algorithm, bytes) => createHash(algorithm).update(bytes);

const hashedName = (prefix, bytes) => `${prefix}-${hash("sha256", bytes).digest("hex").slice(0, 16)}.js`;
/** The address in Trunk's loader of the file `name-<hash>.js` or `name-<hash>_bg.wasm`. */
const built = (loader, name, ending) =>
  loader.match(new RegExp(`["'\`]([^"'\`]*${name}-\\w+${ending.replace(".", "\\.")})["'\`]`))?.[1];

/** A script of this folder as a file of the page: its comment lines dropped, its name hashed. */
const script = (source, prefix) => {
  const bytes = Buffer.from(readFileSync(new URL(source, import.meta.url), "utf8").replace(/^\s*\/\/.*\n/gm, ""));
  const name = hashedName(prefix, bytes);
  writeFileSync(join(stage, name), bytes);
  return `<script src="${base}${name}" integrity="sha384-${hash("sha384", bytes).digest("base64")}"></script>`;
};

/** The widget's page with its first screen prerendered (the `first-screen` binary,
 * src/ui/pages/first_screen.rs) in the page's empty template, and the script that shows it. */
const withFirstScreen = (page, html) => {
  const empty = /<template id=["']?aq-first-screen["']?><\/template>/;
  if (!empty.test(html)) throw new Error(`${page}: no empty <template id=aq-first-screen> for the first screen`);
  const template = execFileSync("cargo", ["run", "--quiet", "--bin", "first-screen"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  }).trim();
  return html.replace(empty, () => template + script("first-screen.js", "first-screen"));
};

const page = "index.html";
const path = join(stage, page);
const html = readFileSync(path, "utf8");

if (role === "validator") {
  const validator = html.match(INLINE)?.[0];
  const validatorGlue = validator && built(validator, "validator", ".js");
  const wasm = validator && built(validator, "validator", "_bg.wasm");
  if (!validatorGlue || !wasm) throw new Error(`${stage}: no validator glue or wasm in Trunk's loader`);
  const bytes = Buffer.from(
    `// The validator module (src/bin/validator.rs, written by scripts/finish.mjs): the
// widget imports it to fetch and check a quiz from an address.
// (Its wasm starts at once; \`load\` waits for it, so that no bundler drops the start as
// a call whose result is unused.)
import init, { load as check } from "./${basename(validatorGlue)}";
const ready = init({ module_or_path: new URL("./${basename(wasm)}", import.meta.url) });
export const load = async (address, lang) => (await ready, check(address, lang));
`,
    "utf8",
  );
  writeFileSync(join(stage, hashedName("load", bytes)), bytes);
  // The glue's fallback address of its wasm still has wasm-bindgen's name for it, not
  // Trunk's: a bundler that follows `new URL(…, import.meta.url)` (webpack, in the npm
  // package) would look for a file that is not there.
  const gluePath = join(stage, basename(validatorGlue));
  const fallback = /new URL\(\s*(["'])validator_bg\.wasm\1\s*,\s*import\.meta\.url\s*\)/g;
  const glueText = readFileSync(gluePath, "utf8");
  if (glueText.match(fallback)?.length !== 1) throw new Error(`${gluePath}: expected one fallback address of validator_bg.wasm`);
  writeFileSync(gluePath, glueText.replace(fallback, () => `new URL("./${basename(wasm)}", import.meta.url)`));
  rmSync(path);
  // Trunk copies the crate's JS snippets; the validator's glue imports none of them.
  if (!readFileSync(join(stage, basename(validatorGlue)), "utf8").includes("snippets/")) {
    rmSync(join(stage, "snippets"), { recursive: true, force: true });
  }
  process.exit(0);
}

// The widget's page is painted from its HTML and CSS alone: its glue and the glue's
// snippets are fetched only once the first screen is on screen (or after 250 ms, where
// a browser paints nothing: a frame out of view, a tab in the background), so that
// neither their bytes nor running them come before the first question is shown. They
// keep their integrity: the loader adds Trunk's `modulepreload` links, hashes and all,
// and imports the glue once they have loaded. The wasm is still preloaded from the head,
// at low priority: it is the long download, and waits for nothing.
const MODULEPRELOAD = /<link\b[^>]*\brel=["']?modulepreload\b[^>]*>/g;
const attribute = (tag, name) => tag.match(new RegExp(`\\b${name}=["']?([^"' >]+)`))?.[1];
const afterFirstPaint = (code, links) => {
  const TRUNK_IMPORT = /^\s*import init\s*,\s*\*\s*as bindings from\s*["']([^"']+)["'];?/;
  const glue = code.match(TRUNK_IMPORT)?.[1];
  if (!glue || !links.some(([href]) => href === glue)) throw new Error("the widget's loader does not import its preloaded glue as expected; has Trunk changed its output?");
  return `await new Promise((painted) => {
  requestAnimationFrame(() => setTimeout(painted));
  setTimeout(painted, 250);
});
await Promise.all(
  ${JSON.stringify(links)}.map(
    ([href, integrity]) =>
      new Promise((loaded, failed) => {
        const link = Object.assign(document.createElement("link"), { rel: "modulepreload", href, integrity, crossOrigin: "anonymous" });
        link.onload = loaded;
        link.onerror = () => failed(new Error(\`\${href} did not load\`));
        document.head.append(link);
      }),
  ),
);
const bindings = await import(${JSON.stringify(glue)}), init = bindings.default;
${code.replace(TRUNK_IMPORT, "").trim()}
`;
};
const deferred = role === "widget" ? [...html.matchAll(MODULEPRELOAD)].map(([tag]) => [attribute(tag, "href"), attribute(tag, "integrity")]) : [];
if (deferred.some(([href, integrity]) => !href || !integrity)) throw new Error(`${stage}: a modulepreload link without href or integrity`);

let loader = null;
const out = (role === "widget" ? html.replace(MODULEPRELOAD, "") : html).replace(INLINE, (_, trunk) => {
  loader = trunk;
  const code = role === "widget" ? esbuild.transformSync(afterFirstPaint(trunk, deferred), { minify: true, format: "esm" }).code : trunk;
  const bytes = Buffer.from(code, "utf8");
  const name = hashedName("start", bytes);
  writeFileSync(join(stage, name), bytes);
  return `<script type=module src="${base}${name}" integrity="sha384-${hash("sha384", bytes).digest("base64")}"></script>`;
});
if (loader === null) throw new Error(`${stage}: no inline loader found; has Trunk changed its output?`);

if (role === "editor") {
  writeFileSync(path, out);
  process.exit(0);
}

if (role === "tools") {
  writeFileSync(path, out);
  const source = readFileSync(new URL("../embed-code.html", import.meta.url), "utf8");
  const part = (html, tag) => html.match(new RegExp(`<${tag}>[\\s\\S]*?</${tag}>`))?.[0];
  const [title, body] = [part(source, "title"), part(source, "body")];
  if (!title || !body || !part(out, "title")) throw new Error("embed-code.html or the teacher page has no <title> or <body>");
  const sibling = join(stage, "..", "embed-code");
  mkdirSync(sibling, { recursive: true });
  writeFileSync(join(sibling, "index.html"), out.replace(part(out, "title"), title).replace(part(out, "body"), body));
  process.exit(0);
}

const glue = built(loader, "article-quiz", ".js");
const wasm = built(loader, "article-quiz", "_bg.wasm");
const css = html.match(/href=["']?([^"' >]*quiz-[\w]+\.css)/)?.[1];
if (!glue || !wasm || !css) throw new Error(`${stage}: cannot find the widget's glue, wasm or stylesheet`);
const check = readdirSync(join(stage, "validator")).find((f) => /^load-\w+\.js$/.test(f));
if (!check) throw new Error(`no validator module in ${stage}/validator/; finish the validator first`);
const meta = `<meta name="article-quiz-validator" content="${base}validator/${check}">`;
// The widget's wasm is preloaded at low priority: the first question, drawn from the
// page's HTML and CSS, is painted first, and on a slow network the stylesheet does not
// share the line with the wasm. (The glue's preloads left the head above.)
const preloads = out.replace(/<link\b[^>]*\brel=["']?preload\b[^>]*>/g, (link) =>
  link.replace(/\s*\/?>$/, " fetchpriority=low>"),
);
writeFileSync(path, withFirstScreen(page, preloads.replace("</head>", `${meta}</head>`)));
// The two scripts a host page loads from stable addresses, minified (esbuild keeps the
// `/*!` notice): the script embed's loader, from embed/article-quiz.js with the widget's
// files, and the host script Trunk copied from embed/embed.js.
const minified = (code) => esbuild.transformSync(code, { minify: true, format: "esm" }).code;
// The loader sits at the site's base, beside the files it names.
const beside = (file) => `./${file.startsWith(base) ? file.slice(base.length) : file}`;
const loaderFiles = { glue: beside(glue), wasm: beside(wasm), css: beside(css), validator: `./validator/${check}`, host: "./embed.js" };
writeFileSync(join(stage, "article-quiz.js"), minified(loaderWith(loaderFiles)));
const host = join(stage, "embed.js");
writeFileSync(host, esbuild.transformSync(readFileSync(host, "utf8"), { minify: true }).code);
