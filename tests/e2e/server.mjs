// A small static file server for the browser tests, the benchmark and scripts/serve:
// serves a folder on 127.0.0.1 compressed (as any real host would), with correct types
// and no caching by the browser. A file the build compressed ahead (FILE.br, FILE.gz
// beside FILE: scripts/compress.mjs) is sent as it is, brotli first when the browser
// takes it; any other is gzipped once and kept, as a CDN keeps it, so that compressing
// does not count in the benchmark's timings.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".aqz": "application/octet-stream",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/**
 * Serves `root` on 127.0.0.1 at `port` (0: any free port), adding `headers` to every
 * response and, in HTML files, replacing each key of `replace` by its value (the demo
 * news page names the widget's address this way). Resolves to { url, close }.
 */
export async function serve(root, { port = 0, headers = {}, replace = {} } = {}) {
  const base = resolve(root);
  const compressed = new Map(); // path → { mtime, body }
  const gzipped = async (file, body) => {
    const { mtimeMs } = await stat(file);
    const hit = compressed.get(file);
    if (hit?.mtime === mtimeMs) return hit.body;
    const out = gzipSync(body, { level: 9 });
    compressed.set(file, { mtime: mtimeMs, body: out });
    return out;
  };
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      if (extname(file) === ".html" && Object.keys(replace).length) {
        let text = body.toString("utf8");
        for (const [key, value] of Object.entries(replace)) text = text.replaceAll(key, value);
        body = Buffer.from(text, "utf8");
      }
      const accepts = (coding) => new RegExp(`\\b${coding}\\b`).test(req.headers["accept-encoding"] ?? "");
      const replaced = extname(file) === ".html" && Object.keys(replace).length > 0;
      const ready = async (suffix) => !replaced && (await readFile(file + suffix).catch(() => null));
      let encoding = null;
      let out = body;
      for (const [coding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
        const precompressed = accepts(coding) && (await ready(suffix));
        if (precompressed) {
          [encoding, out] = [coding, precompressed];
          break;
        }
      }
      if (!encoding && accepts("gzip")) [encoding, out] = ["gzip", await gzipped(file, body)];
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        vary: "accept-encoding",
        ...(encoding ? { "content-encoding": encoding } : {}),
        ...headers,
      });
      res.end(out);
    } catch {
      res.writeHead(404, { "content-type": "text/plain", ...headers }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

// `node tests/e2e/server.mjs dist 8081` serves a folder by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = "dist", port = "8081"] = process.argv.slice(2);
  const { url } = await serve(root, { port: Number(port) });
  console.log(`serving ${root} at ${url}`);
}
