// Article Quiz script embed: defines <article-quiz> and mounts a quiz in each
// <article-quiz> and each <div data-article-quiz> of this page, inside a shadow root,
// when the reader is about to see it; unmounts it when its element leaves the page. See
// the README, "Embedding". scripts/finish.mjs writes it into dist/ as article-quiz.js,
// and scripts/package.mjs into the npm package as index.js, each naming the widget's
// files as they are called there (scripts/loader.mjs).
// The widget's files, beside this module, each named by a literal path in a plain
// `import("./…")` or `new URL("./…", import.meta.url)`: what a bundler (Vite, webpack,
// Rollup, esbuild) follows to ship them with a site's own code. The build writes their
// hashed names in place of these paths (scripts/loader.mjs).
const glue = () => import("./article-quiz.js");
const hostScript = () => import("./embed.js");
const validator = () => import("./validator/load.js");
// Loaded only for a quiz whose page names a results server (data-results, results).
const results = () => import("./results.js");
const wasm = new URL("./article-quiz_bg.wasm", import.meta.url).href;
const css = new URL("./article-quiz.css", import.meta.url).href;
const MOUNTED = "data-article-quiz-mounted";
const SELECTOR = "div[data-article-quiz], article-quiz";

// The widget, loaded once, when the first quiz is about to be seen: the wasm is
// requested at once, beside the two modules, not after them.
let widget = null;
const load = () =>
  (widget ??= (async () => {
    const response = fetch(wasm, { credentials: "same-origin" });
    // The host script: shows excerpts in the page's article for embeds that opt in.
    const [, module] = await Promise.all([hostScript(), glue()]);
    await module.default({ module_or_path: response });
    return module;
  })());

const quizzes = new Map(); // element → its mounted quiz
const watched = new Set(); // elements waiting to be seen
const mount = async (host) => {
  const module = await load();
  if (!host.isConnected || quizzes.has(host)) return;
  const element = host.localName === "article-quiz";
  const quiz = (element ? module.mount_element : module.mount_in)(host, css, validator, results);
  if (!quiz) return;
  quizzes.set(host, quiz);
  if (!element) host.setAttribute(MOUNTED, "");
};
const unmount = (host) => {
  near.unobserve(host);
  watched.delete(host);
  const quiz = quizzes.get(host);
  if (!quiz) return;
  quizzes.delete(host);
  host.removeAttribute(MOUNTED);
  quiz.unmount();
};
// A screen's height ahead: the quiz is ready by the time the reader reaches it, and a
// reader who never scrolls that far never downloads it.
const near = new IntersectionObserver(
  (entries) => {
    for (const { target, isIntersecting } of entries) {
      if (!isIntersecting) continue;
      near.unobserve(target);
      watched.delete(target);
      mount(target);
    }
  },
  { rootMargin: "100% 0px" },
);
const watch = (host) => {
  if (quizzes.has(host) || watched.has(host)) return;
  watched.add(host);
  near.observe(host);
};
const watchAll = () => document.querySelectorAll(SELECTOR).forEach(watch);
// Elements taken off the page (a single-page site moving on): their quizzes end, with
// every listener and observer of theirs; put back, they start afresh.
const sweep = () => {
  for (const host of [...watched, ...quizzes.keys()]) if (!host.isConnected) unmount(host);
};

// <article-quiz quiz lang mode link theme instance results>: the same quiz as a custom
// element.
// A change of its options mounts it again with the new ones.
class ArticleQuizElement extends HTMLElement {
  static observedAttributes = ["quiz", "lang", "mode", "link", "theme", "share", "instance", "results"];
  connectedCallback() {
    watch(this);
  }
  disconnectedCallback() {
    // Moved within the page, it is connected again by the time this runs.
    queueMicrotask(() => this.isConnected || unmount(this));
  }
  attributeChangedCallback(_, before, after) {
    if (before === after || !quizzes.has(this)) return;
    unmount(this);
    mount(this);
  }
}
/** Asks the quiz on `element` to start over ({ type: "reset" }), go to a question
 * ({ type: "goto", question: 3 }, 1-based) or compare its excerpts with the article as
 * it reads now ({ type: "article", text }); see the README, "Events and commands". */
export function command(element, { type, question, text }) {
  const detail = { source: "article-quiz-host", version: 1, type };
  if (question !== undefined) detail.question = question;
  if (text !== undefined) detail.text = text;
  element.dispatchEvent(new CustomEvent("article-quiz-command", { detail }));
}

/** Defines <article-quiz> (done when this module loads; calling it again is harmless). */
export function define() {
  if (!customElements.get("article-quiz")) customElements.define("article-quiz", ArticleQuizElement);
}
define();

watchAll();
// News pages change often (ads, live blogs): look again only when elements came or went.
const elements = (nodes) => [...nodes].some((n) => n.nodeType === 1);
new MutationObserver((records) => {
  if (records.some((r) => elements(r.removedNodes))) sweep();
  if (records.some((r) => elements(r.addedNodes))) watchAll();
}).observe(document.documentElement, { childList: true, subtree: true });
