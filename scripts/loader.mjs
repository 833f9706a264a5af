// The script embed's loader, embed/article-quiz.js, made for where it goes: scripts/finish.mjs
// writes it into dist/ as article-quiz.js, scripts/package.mjs into the npm package as
// index.js.
import { readFileSync } from "node:fs";

/** The script embed's loader (embed/article-quiz.js) naming `files`, relative to the
 * loader: `glue`, `wasm`, `css` (the widget's stylesheet), `validator` (the validator
 * module's loader), `results` (the results module) and `host` (the host script). Each replaces the one literal path the
 * source names it by, so that bundlers still see plain `import("./…")` and
 * `new URL("./…", import.meta.url)`. */
export const loaderWith = ({ glue, wasm, css, validator, results, host }) => {
  let source = readFileSync(new URL("../embed/article-quiz.js", import.meta.url), "utf8");
  const paths = {
    "./article-quiz.js": glue,
    "./article-quiz_bg.wasm": wasm,
    "./article-quiz.css": css,
    "./validator/load.js": validator,
    "./results.js": results,
    "./embed.js": host,
  };
  for (const [path, file] of Object.entries(paths)) {
    if (!/^\.\/[\w./-]+$/.test(file)) throw new Error(`${file}: not a relative path beside the loader`);
    const quoted = JSON.stringify(path);
    const count = source.split(quoted).length - 1;
    if (count !== 1) throw new Error(`embed/article-quiz.js names ${quoted} ${count} times, not once`);
    source = source.replace(quoted, () => JSON.stringify(file));
  }
  return source;
};
