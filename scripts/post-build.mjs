// A Trunk post_build hook, for each page Trunk builds (the widget and the teacher's page):
//
// 1. Moves the loader that Trunk writes inline into the page (`<script type=module>import
//    init …</script>`) into a file of its own, so that the pages run under a
//    Content-Security-Policy without 'unsafe-inline' (README, "Content Security Policy").
//    Trunk has no option for this yet.
// 2. For the widget, writes `article-quiz.js`, the script embed's loader, at a stable
//    address: it loads the widget's (hashed) glue and wasm from beside itself and mounts
//    a quiz in each `<div data-article-quiz>` of the host page (README, "Embedding").
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error("run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)");
const base = (process.env.TRUNK_PUBLIC_URL ?? "/").replace(/\/?$/, "/");
const INLINE = /<script type=["']?module["']?>([\s\S]*?)<\/script>/g;
const hash = (algorithm, bytes) => createHash(algorithm).update(bytes);

for (const page of readdirSync(stage).filter((f) => f.endsWith(".html"))) {
  const path = join(stage, page);
  const html = readFileSync(path, "utf8");
  let loader = null;
  const out = html.replace(INLINE, (_, code) => {
    loader = code;
    const bytes = Buffer.from(code, "utf8");
    const name = `start-${hash("sha256", bytes).digest("hex").slice(0, 16)}.js`;
    writeFileSync(join(stage, name), bytes);
    return `<script type=module src="${base}${name}" integrity="sha384-${hash("sha384", bytes).digest("base64")}"></script>`;
  });
  if (loader === null) throw new Error(`${page}: no inline loader found; has Trunk changed its output?`);
  writeFileSync(path, out);

  const glue = loader.match(/from\s*["'`]([^"'`]*article-quiz-[\w]+\.js)["'`]/)?.[1];
  if (!glue) continue; // not the widget's page
  const wasm = loader.match(/["'`]([^"'`]*article-quiz-[\w]+_bg\.wasm)["'`]/)?.[1];
  const css = html.match(/href=["']?([^"' >]*quiz-[\w]+\.css)/)?.[1];
  if (!wasm || !css) throw new Error(`${page}: cannot find the widget's wasm or stylesheet`);
  writeFileSync(
    join(stage, "article-quiz.js"),
    `// Article Quiz script embed (written by scripts/post-build.mjs): mounts a quiz in each
// <div data-article-quiz> of this page, inside a shadow root. See the README, "Embedding".
const at = (path) => new URL(path, import.meta.url).href;
// The host script: shows excerpts in the page's article for embeds that opt in.
await import(at("embed.js"));
const widget = await import(at(${JSON.stringify(glue)}));
await widget.default({ module_or_path: at(${JSON.stringify(wasm)}) });
const mountAll = () => {
  for (const host of document.querySelectorAll("div[data-article-quiz]:not([data-article-quiz-mounted])")) {
    host.setAttribute("data-article-quiz-mounted", "");
    widget.mount_in(host, at(${JSON.stringify(css)}));
  }
};
mountAll();
// Quizzes added to the page later (an article loaded by the page's own script). News
// pages change often (ads, live blogs): look again only when elements were added.
new MutationObserver((records) => {
  if (records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1))) mountAll();
}).observe(document.documentElement, { childList: true, subtree: true });
`,
  );
}
