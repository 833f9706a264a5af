// A Trunk post_build hook: moves the loader that Trunk writes inline into each page
// (`<script type=module>import init … </script>`) into a file of its own, so that the
// pages run under a Content-Security-Policy without 'unsafe-inline' (see the README,
// "Content Security Policy"). Trunk has no option for this yet.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error("run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)");
const base = (process.env.TRUNK_PUBLIC_URL ?? "/").replace(/\/?$/, "/");
const INLINE = /<script type=["']?module["']?>([\s\S]*?)<\/script>/g;

for (const page of readdirSync(stage).filter((f) => f.endsWith(".html"))) {
  const path = join(stage, page);
  const html = readFileSync(path, "utf8");
  let moved = 0;
  const out = html.replace(INLINE, (_, code) => {
    const bytes = Buffer.from(code, "utf8");
    const name = `start-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}.js`;
    writeFileSync(join(stage, name), bytes);
    const integrity = `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
    moved += 1;
    return `<script type=module src="${base}${name}" integrity="${integrity}"></script>`;
  });
  if (moved === 0) throw new Error(`${page}: no inline loader found; has Trunk changed its output?`);
  writeFileSync(path, out);
}
