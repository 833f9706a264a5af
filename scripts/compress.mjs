// Writes, beside every text and wasm file of a built site, its gzip (level 9) and brotli
// (quality 11) forms: FILE.gz and FILE.br. A host that serves precompressed files sends
// these as they are (README, "Deploying"); scripts/serve and the tests do. Compressing
// at the highest levels once, at build time, beats what a server does on the fly.
//
//   node scripts/compress.mjs DIR
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = new Set([".html", ".js", ".css", ".wasm", ".json", ".svg", ".txt", ".aqz"]);
const [dir] = process.argv.slice(2);
if (!dir) throw new Error("usage: node scripts/compress.mjs DIR");

let files = 0;
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !COMPRESSIBLE.has(extname(entry.name))) continue;
  const path = join(entry.parentPath, entry.name);
  const raw = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        [constants.BROTLI_PARAM_MODE]: extname(path) === ".wasm" ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    }),
  );
  files++;
}
console.log(`compressed ${files} files in ${dir} (.gz and .br beside each)`);
