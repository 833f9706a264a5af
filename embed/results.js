/*! Article Quiz's results module: talks to a results server for the widget. */
// Loaded by the widget only when its page names a results server (README, "The results
// server"); a page that names none never loads it and sends nothing anywhere. It does the
// network and the waiting, and shows what it does in the places the widget leaves it, so
// that the widget's own download stays as it was.
//
// Readers (`readers`, `tell`): on a news page that names the server, the widget tells
// what its reader does (a view, a start, each answer made final, the finish); they go to
// the server under a random id made here for this page alone, forgotten when it closes
// (so a request sent twice counts once, and nothing ties two visits together). The
// server's stats for the quiz, read once, fill the places the widget leaves (READERS):
// after an answer, how many readers got the question right and their most common wrong
// answer; at the end, how the reader's score stands among others'.
//
// Hand-ins (`handIns`): on a student link of a class, the widget leaves an empty element
// of class SLOT above the result code. Here it gets a button, "Hand in to your teacher",
// that sends the code shown beside it to the class with a key made once per class and
// code, so a hand-in sent again (a lost answer, a reload) is kept once by the server.
// Until the server acknowledges it, it waits in this device's storage (PENDING) and is
// sent again every RETRY_MS (or after the longer wait a busy server asks for) while a
// page of the quiz is open, and when one is opened again. Where storage is blocked it
// waits only while the page is open.

const SLOT = "aq-server-hand-in";
const READERS = "aq-readers";
const CODE = "aq-result-code";
const PENDING = "article-quiz:hand-ins";
const RETRY_MS = 15000;
const TIMEOUT_MS = 20000;
/** Before sending again after `response` (a 429, a 503 or another reply worth trying
 * again), the wait its Retry-After asks for in seconds, if longer than RETRY_MS (up to an
 * hour); RETRY_MS if it asks for none, or gives a date. */
const later = (response) => Math.min(3600e3, Math.max(RETRY_MS, Number(response.headers.get("retry-after")) * 1000 || 0));
/** How long a hand-in the server acknowledged is remembered (by a digest of its code,
 * not the code), to say so on a reload. */
const KEEP_SENT_MS = 120 * 24 * 3600 * 1000;

/** The words in English. Another language the widget speaks has its own in
 * `i18n/results.TAG.js` beside this module (from embed/i18n/), imported when a widget
 * speaks it. In a sentence, `{}` is a number or an answer; a language that writes numbers
 * with its own digits gives them as `digits`, 0 to 9. */
export const EN = {
  send: "Hand in to your teacher",
  sending: "Handing in…",
  sent: "Handed in. Your teacher can see it now.",
  waiting: "Not handed in yet: the server cannot take it now. This device keeps it and sends it when the server answers, while this quiz is open or the next time you open it. Or copy the code.",
  "waiting-here": "Not handed in yet: the server cannot take it now, and this browser keeps nothing. Keep this page open to send it when the server answers, or copy the code.",
  gone: "This class was deleted or has expired, so nothing was sent. Copy the code and give it to your teacher.",
  closed: "This class was deleted or has expired: nothing can be handed in to it. You can still take the quiz; at the end, copy your code and give it to your teacher.",
  refused: "The server did not take it. Copy the code and give it to your teacher.",
  right: "{} % of readers got this right.",
  wrong: "The most common wrong answer: “{}”.",
  higher: "You scored higher than {} % of readers.",
};

/** Each language's words, as they are read, by tag, with that tag (`tag`). */
const languages = new Map([["en", Promise.resolve({ ...EN, tag: "en" })]]);

/** The words in the language tagged `lang`: English if it has no file here, or its file
 * cannot be had (the next widget asks again, though a browser may keep a module's
 * failure for the page's life). `tag` says which they are. (An
 * import with the file's name as a pattern, which bundlers that take in the npm package
 * follow to include the files.) */
export function wordsIn(lang) {
  const tag = String(lang).split("-")[0].toLowerCase();
  if (!languages.has(tag)) {
    const read = /^[a-z]{2,3}$/.test(tag) ? import(`./i18n/results.${tag}.js`) : Promise.reject();
    const english = () => (languages.delete(tag), languages.get("en"));
    languages.set(tag, read.then((file) => ({ ...EN, ...file.default, tag }), english));
  }
  return languages.get(tag);
}

/** The sentence `key` of `words` with its `{}` filled by `value`: a number written in the
 * language's digits, or an answer (the quiz's words, perhaps in the other direction)
 * isolated, so that the sentence's punctuation keeps its side. */
function say(words, key, value) {
  const digits = words.digits || "0123456789";
  const filled = typeof value === "number" ? String(value).replace(/[0-9]/g, (d) => digits[d]) : `\u2068${value}\u2069`;
  return words[key].replace("{}", () => filled);
}

/** The results server's base address (ending in `/`): `named` by the widget's options,
 * or by the `<meta>` the server writes into the pages it serves; an http(s) address
 * only, never a data: or other address a link could forge. */
function serverOf(named) {
  try {
    const url = new URL(named || document.querySelector('meta[name="article-quiz-server"]').content, document.baseURI);
    if (/^https?:$/.test(url.protocol)) return url.href;
  } catch {}
  return null;
}

/** What each widget's root has here: the calls to make when it changes, its observer,
 * the notice put above it. */
const roots = new WeakMap();
/** What was started last for each widget's root: a start that waited for its words goes
 * on only if it is still the last. */
const started = new WeakMap();

/** Calls `then` now and whenever the widget under `root` changes (in the page, or in a
 * script embed's shadow root, which an observer of the page does not see). */
function watch(root, then) {
  let state = roots.get(root);
  if (!state) {
    state = { calls: [], observer: null, notice: null };
    roots.set(root, state);
    const options = { childList: true, subtree: true, attributes: true, attributeFilter: ["data-question", "data-score"] };
    state.observer = new MutationObserver(() => state.calls.forEach((c) => c()));
    state.observer.observe(root, options);
  }
  state.calls.push(then);
  then();
}

/** Forgets what was done for an earlier widget under `root`: a script embed's root takes
 * the next quiz mounted on its element, which starts here afresh (`readers` or
 * `handIns`), so no call of the earlier one acts on the new one. */
function reset(root) {
  started.set(root, {});
  const state = roots.get(root);
  if (state) {
    state.observer.disconnect();
    state.notice?.remove();
    roots.delete(root);
  }
  pages.delete(root);
  for (const entry of [...slots]) if (root.contains(entry.slot)) slots.delete(entry);
}

/** Hand-ins waiting for a retry in this page, each with its own timer, and those on their
 * way, by id. */
const waiting = new Map();
const sending = new Set();
/** Hand-ins this page holds because storage would not, by id. */
const pageOnly = new Map();
/** What each hand-in did last in this page, by id. */
const states = new Map();
/** The slots filled, each with how to show a hand-in's state. */
const slots = new Set();
/** The classes the server said are gone (deleted or expired), by server and id. */
const closed = new Set();
/** A short digest of a result code (FNV-1a, 53 bits): what is kept of a hand-in once the
 * server has it, so that the device no longer holds the student's name and answers. */
function digestOf(code) {
  let high = 0x811c;
  let low = 0x9dc5;
  for (let i = 0; i < code.length; i++) {
    low ^= code.charCodeAt(i);
    const l = low * 0x193;
    const h = high * 0x193 + (low >>> 16) * 0x100 + (l >>> 16);
    low = l & 0xffff;
    high = h & 0x1fffff;
  }
  return `${high.toString(16)}-${low.toString(16)}`;
}

/** Whether `item` (waiting, with its code; or sent, with its digest) is the hand-in of `code`. */
const same = (item, { server, class: cls, code }) =>
  item.server === server && item.class === cls && (item.code === code || (item.digest !== undefined && item.digest === digestOf(code)));
const idOf = (item) => `${item.server} ${item.class} ${item.code}`;

function load() {
  try {
    const items = JSON.parse(localStorage.getItem(PENDING) || "[]");
    if (!Array.isArray(items)) return [];
    const fresh = Date.now() - KEEP_SENT_MS;
    const waitingItem = (i) => typeof i.code === "string" && typeof i.key === "string" && !i.sent;
    const sentItem = (i) => typeof i.digest === "string" && typeof i.sent === "number" && i.sent >= fresh;
    return items.filter((i) => i && typeof i.server === "string" && typeof i.class === "string" && (waitingItem(i) || sentItem(i)));
  } catch {
    // Blocked, or damaged: nothing is waiting here.
    return [];
  }
}

function save(items) {
  try {
    localStorage.setItem(PENDING, JSON.stringify(items));
    return true;
  } catch {
    return false;
  }
}

function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Records how the hand-in `item` goes, and shows it wherever its code is shown. */
function report(item, state) {
  states.set(idOf(item), state);
  for (const slot of slots) slot.show();
}

async function send(item) {
  const id = idOf(item);
  if (sending.has(id)) return;
  sending.add(id);
  clearTimeout(waiting.get(id));
  waiting.delete(id);
  report(item, "sending");
  const done = () => sending.delete(id);
  let response;
  try {
    // Not AbortSignal.timeout, which older Safari lacks.
    const abort = new AbortController();
    setTimeout(() => abort.abort(), TIMEOUT_MS);
    response = await fetch(`${item.server}api/v1/classes/${encodeURIComponent(item.class)}/hand-ins`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ key: item.key, code: item.code }),
      credentials: "omit",
      signal: abort.signal,
    });
  } catch {
    done();
    return wait(item);
  }
  done();
  if (response.ok) {
    // Kept: the device keeps only a digest of the code, to say so on a reload.
    save(load().map((i) => (same(i, item) ? { server: i.server, class: i.class, digest: digestOf(item.code), sent: Date.now() } : i)));
    pageOnly.delete(id);
    return report(item, "sent");
  }
  // The API's refusals are JSON; anything else (a proxy's page) is not final.
  const why = await response.json().then((body) => (typeof body?.error === "string" ? body.error : null), () => null);
  // A server that is busy, or a proxy in front of one that is down: try again later.
  if (why === null || response.status >= 500 || response.status === 408 || response.status === 429) return wait(item, later(response));
  // Any other refusal is final: the hand-in is dropped, and the student told (the
  // server's reason, in English, goes to the console: the student has the code).
  console.warn(`article-quiz: the results server refused the hand-in: ${why}`);
  save(load().filter((i) => !same(i, item)));
  pageOnly.delete(id);
  report(item, response.status === 404 ? "gone" : "refused");
}

function wait(item, ms = RETRY_MS) {
  const id = idOf(item);
  clearTimeout(waiting.get(id));
  waiting.set(id, setTimeout(() => resend(id), ms));
  report(item, load().some((i) => same(i, item)) ? "waiting" : "waiting-here");
}

function resend(id) {
  const item = load().find((i) => idOf(i) === id) || pageOnly.get(id);
  if (item) return send(item);
  clearTimeout(waiting.get(id));
  waiting.delete(id);
}

addEventListener("online", () => {
  for (const id of [...waiting.keys()]) resend(id);
});

/** Hands in `code` to the class `cls` of `server`: once per class and code. */
function handIn(server, cls, code) {
  const item = { server, class: cls, code, key: newKey() };
  const items = load();
  const known = items.find((i) => same(i, item)) || pageOnly.get(idOf(item));
  if (known && known.sent) return report(item, "sent");
  if (known) return send(known);
  items.push(item);
  if (!save(items)) pageOnly.set(idOf(item), item);
  send(item);
}

/** Fills `slot`, under the hand-in heading of the widget, with the button and its status. */
function fill(slot, server, cls, words) {
  const section = slot.closest(".aq-hand-in") || slot.parentElement;
  const code = () => section.querySelector(`#${CODE}`)?.value || "";
  const actions = document.createElement("div");
  actions.className = "aq-actions";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "aq-button aq-button--primary";
  button.textContent = words.send;
  const status = document.createElement("p");
  status.className = "aq-copy-status";
  status.setAttribute("role", "status");
  actions.append(button, status);
  slot.append(actions);
  const entry = {
    slot,
    // The state of the code shown now: a new name is a new code, not handed in yet.
    show() {
      const now = { server, class: cls, code: code() };
      let state = states.get(idOf(now)) || "";
      if (!state && load().some((i) => i.sent && same(i, now))) state = "sent";
      if (!state && closed.has(`${server} ${cls}`)) state = "gone";
      const text = state ? words[state] || "" : "";
      if (status.textContent !== text) status.textContent = text;
      // aria-disabled, not disabled: the button keeps keyboard focus.
      const off = state === "sending" || state === "sent";
      if (button.getAttribute("aria-disabled") !== String(off)) button.setAttribute("aria-disabled", String(off));
    },
  };
  slots.add(entry);
  button.addEventListener("click", () => {
    if (button.getAttribute("aria-disabled") !== "true") handIn(server, cls, code());
  });
  // The widget writes the new code after the event: look once it has.
  section.addEventListener("input", () => setTimeout(() => entry.show(), 0));
  entry.show();
}

/**
 * On a student link of the class `cls` of the results server the page names: sends
 * every hand-in still waiting on this device for that server, of any class, and fills
 * each place the widget under `root` leaves for a hand-in (now and as the widget shows
 * new ones) in the language tagged `lang`.
 */
export async function handIns(root, named, cls, lang) {
  reset(root);
  const server = serverOf(named);
  if (!server) return;
  for (const item of load()) {
    if (item.server === server && !item.sent) send(item);
  }
  const start = started.get(root);
  const words = await wordsIn(lang);
  if (started.get(root) !== start) return;
  const fillNew = () => {
    for (const entry of [...slots]) if (!entry.slot.isConnected) slots.delete(entry);
    for (const slot of root.getElementsByClassName(SLOT)) {
      if (!slot.childElementCount) fill(slot, server, cls, words);
    }
  };
  watch(root, fillNew);
  const mine = roots.get(root);
  // A class deleted or expired is said at once, not only at the end: the student can
  // still take the quiz and give the code. Only the API's own 404 (JSON) says so.
  fetch(`${server}api/v1/classes/${encodeURIComponent(cls)}`, { credentials: "omit" })
    .then(async (response) => {
      if (response.status !== 404 || typeof (await response.json())?.error !== "string") return;
      // Not for a widget that has since left this root.
      if (roots.get(root) !== mine) return;
      closed.add(`${server} ${cls}`);
      const notice = document.createElement("p");
      notice.className = "aq-notice";
      notice.setAttribute("role", "status");
      // Above the widget, which sets its own direction: the notice takes its words'.
      notice.lang = words.tag;
      notice.dir = "auto";
      notice.textContent = words.closed;
      root.prepend(notice);
      mine.notice = notice;
      for (const entry of slots) entry.show();
    })
    .catch(() => {});
}

/** The readers this page counts: one per widget, quiz and server. */
const pages = new WeakMap();
const pageOf = (root, quiz) => pages.get(root)?.get(quiz);

/** `part` of `whole` in whole percent, rounded half up, but never 0 or 100 unless it is:
 * 199 of 200 is 99 %, not 100 % beside a most common wrong answer. */
function percent(part, whole) {
  if (!whole) return 0;
  const rounded = Math.floor((200 * part + whole) / (2 * whole));
  return part > 0 && part < whole ? Math.min(99, Math.max(1, rounded)) : rounded;
}

/** Sends `page`'s queued events in one request (a test's answers come together). */
function flush(page) {
  const events = page.queue.splice(0, 64);
  page.queued = false;
  if (!events.length) return;
  const body = JSON.stringify({ reader: page.reader, site: page.site, events });
  const post = () =>
    fetch(`${page.server}api/v1/quizzes/${encodeURIComponent(page.quiz)}/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      credentials: "omit",
      // Sent even as the page closes (a finish often comes just before).
      keepalive: true,
    });
  // Counted at most once, whatever arrives twice: one more try after a network error, or
  // after the wait a server that refused them (429) or was busy (503) asks for.
  const again = (ms) => setTimeout(() => post().catch(() => {}), ms);
  post().then(
    (response) => (response.status === 429 || response.status === 503) && again(later(response)),
    () => again(RETRY_MS),
  );
  if (page.queue.length) queue(page);
}

function queue(page, event) {
  if (event) page.queue.push(event);
  if (!page.queued) {
    page.queued = true;
    queueMicrotask(() => flush(page));
  }
}

/** What the places the widget leaves say, from the stats read for `page`. */
function showReaders(page) {
  const stats = page.stats;
  if (!stats) return;
  for (const slot of page.root.getElementsByClassName(READERS)) {
    let text = "";
    const { question, score } = slot.dataset;
    if (question !== undefined) {
      const seen = stats.questions.find((q) => q.question === question);
      if (seen) {
        text = say(page.words, "right", percent(seen.right, seen.answers));
        if (seen.common_wrong_text) text += ` ${say(page.words, "wrong", seen.common_wrong_text)}`;
      }
    } else if (score !== undefined && stats.scores.length === 101) {
      const total = stats.scores.reduce((a, b) => a + b, 0);
      const lower = stats.scores.slice(0, Math.min(101, Math.max(0, Number(score)))).reduce((a, b) => a + b, 0);
      // Higher than nobody is not worth a sentence.
      if (lower > 0) text = say(page.words, "higher", percent(lower, total));
    }
    if (slot.textContent !== text) slot.textContent = text;
  }
}

/**
 * On a news page that names a results server (`named`, or the page's `<meta>`): counts
 * this view of `quiz` from the embedding page (`host`: its origin, where a framed widget
 * knows it; else this page, if it is not framed), reads how readers answered, and says
 * it in the places the widget under `root` leaves, in the language tagged `lang`. All the
 * server is told of the page is its host name.
 */
export function readers(root, named, quiz, lang, host) {
  // Called once a widget: a root seen before holds a new one.
  reset(root);
  const server = serverOf(named);
  if (!server) return;
  let site = "";
  try {
    // The script embed, or the quiz's own page: the site is this page's.
    site = host ? new URL(host).hostname : window === top ? location.hostname : "";
  } catch {}
  const page = { root, server, quiz, site, reader: newKey(), words: EN, queue: [], queued: false, stats: null };
  if (!pages.has(root)) pages.set(root, new Map());
  pages.get(root).set(quiz, page);
  queue(page, { kind: "view" });
  const stats = fetch(`${server}api/v1/quizzes/${encodeURIComponent(quiz)}/stats`, { credentials: "omit" });
  Promise.all([stats.then((response) => (response.ok ? response.json() : null)), wordsIn(lang)])
    .then(([stats, words]) => {
      // Not for a widget that has since left this root.
      if (pages.get(root)?.get(quiz) !== page) return;
      if (stats && Array.isArray(stats.questions) && Array.isArray(stats.scores)) {
        page.words = words;
        page.stats = stats;
        watch(root, () => showReaders(page));
      }
    })
    .catch(() => {});
}

/**
 * What the reader of `quiz` in the widget under `root` did: `what` is "start", "answer"
 * (`detail`: the question's id, a line break, the answer as JSON) or "finish" (the
 * points earned and the most, in hundredths, on two lines).
 */
export function tell(root, quiz, what, detail) {
  const page = pageOf(root, quiz);
  if (!page) return;
  const [a, b] = String(detail).split("\n");
  if (what === "start") queue(page, { kind: "start" });
  else if (what === "answer") queue(page, { kind: "answer", question: a, response: JSON.parse(b) });
  else if (what === "finish") queue(page, { kind: "finish", earned: Number(a), max: Number(b) });
}
