// The script embed's loader, embed/article-quiz.js, made for where it goes: scripts/finish.mjs
// writes it into dist/ as article-quiz.js, scripts/package.mjs into the npm package as
// index.js.
import { readFileSync } from "node:fs";

/** The script embed's loader (embed/article-quiz.js) naming `files`: the glue, the wasm,
 * the stylesheet and the validator module, relative to the loader. */
export const loaderWith = (files) => {
  const source = readFileSync(new URL("../embed/article-quiz.js", import.meta.url), "utf8");
  const marked = /\/\* FILES \*\/ \[[^\]]*\]/;
  if (!marked.test(source)) throw new Error("embed/article-quiz.js has no /* FILES */ list");
  return source.replace(marked, () => JSON.stringify(files));
};
