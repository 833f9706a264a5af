// Shows the widget's prerendered first question while the widget loads (see
// src/ui/pages/first_screen.rs; scripts/finish.mjs puts this file in the page, right after
// the <template> that holds the screen). Only when the widget will start on exactly that
// screen: its address holds none of the widget's screen options (other parameters, such
// as a newsletter's tracking or an iframe embed's host, id and theme, and anchors are
// fine), and there is no saved progress.
//
// In a frame, the page is laid out as the widget lays it out there (src/ui/platform/
// web/host.rs, `embed_page`): no page heading, the host's style on the quiz, each value
// checked as the widget checks it (`style_value` in crates/quiz/src/host.rs), so that the
// live widget replaces the screen without a visible change.
//
// The screen works before the widget does: a choice shows as chosen at once, and what
// the reader did there (choices, a typed answer, a button pressed) is done again on the
// live widget as soon as it is there, focus included. Until then a screen reader is told
// the quiz is loading. If the widget cannot start (its files fail to load or to run),
// the screen gives way to a message, so that no one is left using a quiz that does
// nothing.
(() => {
  const template = document.getElementById("aq-first-screen");
  const root = document.getElementById("article-quiz");
  if (!template?.content.firstElementChild || !root || typeof WebAssembly !== "object") return;
  // The widget reads a parameter from its fragment, then from its query.
  const parts = [location.hash, location.search].map((part) => new URLSearchParams(part.replace(/^[?#]/, "")));
  const param = (name) => parts.find((p) => p.has(name))?.get(name) ?? null;
  if (template.dataset.options.split(" ").some((name) => param(name) !== null)) return;
  const framed = window.top !== window;
  // An iframe the page names (`id`) keeps its own progress, and reads the shared key
  // when it has none yet, as the widget does (saved::storage_key, at most 100 characters).
  const id = framed ? [...(param("id") ?? "")].slice(0, 100).join("") : "";
  const keys = [template.dataset.progressKey, ...(id ? [`${template.dataset.progressKey}:${id}`] : [])];
  try {
    if (keys.some((key) => localStorage.getItem(key) !== null)) return;
  } catch {
    // Storage refused: the widget cannot resume anything either, so it starts fresh.
  }
  if (framed) {
    document.documentElement.classList.add("embedded");
    const main = root.closest("main");
    if (main) {
      document.body.append(root);
      main.remove();
    }
    const colour = /^(#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|[a-z]{1,20})$/i;
    const checks = {
      accent: colour,
      "accent-text": colour,
      background: colour,
      text: colour,
      font: /^[a-z0-9 ,"'-]{1,120}$/i,
      "font-quote": /^[a-z0-9 ,"'-]{1,120}$/i,
      radius: /^(0|[0-9.]{1,4}(px|rem|em))$/,
    };
    for (const pair of template.dataset.styleParams.split(" ")) {
      const [name, property] = pair.split("=");
      const value = param(name)?.trim();
      if (value && checks[name]?.test(value)) root.style.setProperty(property, value);
    }
    const scheme = param("theme");
    if (scheme === "light" || scheme === "dark") root.setAttribute("data-theme", scheme);
  }
  root.append(template.content.cloneNode(true));
  const screen = root.querySelector("[data-aq-first-screen]");
  // Named by the host page's own heading in a frame, as the live widget is.
  if (framed) screen.querySelector("section[aria-labelledby]")?.removeAttribute("aria-labelledby");

  // What the reader does before the widget is live, to do again once it is.
  const done = [];
  let focused = null;
  const status = screen.querySelector("[role=status]");
  const loading = () => {
    if (status && !status.textContent) status.textContent = template.dataset.loading;
  };
  screen.addEventListener("focusin", (event) => {
    focused = event.target.id || null;
    loading();
  });
  screen.addEventListener("change", (event) => {
    const input = event.target;
    if (!input.id) return;
    done.push({ id: input.id, value: input.type === "radio" || input.type === "checkbox" ? null : input.value });
    // The widget enables its button once a question has an answer; so does the screen.
    const primary = screen.querySelector("#aq-primary");
    if (primary && !input.name?.startsWith("aq-mode")) primary.disabled = false;
  });
  screen.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    event.preventDefault();
    // By id, or else by what it says (the live widget may have more buttons by then).
    done.push(button.id ? { id: button.id, value: null } : { text: button.textContent });
    loading();
  });
  screen.addEventListener("submit", (event) => event.preventDefault());

  const replay = async () => {
    const frame = () => new Promise((next) => setTimeout(next));
    for (const act of done) {
      const live = act.id
        ? root.querySelector(`#${CSS.escape(act.id)}`)
        : [...root.querySelectorAll("button")].find((b) => b.textContent === act.text);
      if (!live) continue;
      if (typeof act.value === "string") {
        live.value = act.value;
        live.dispatchEvent(new Event("input", { bubbles: true }));
      } else if (!(live.type === "radio" && live.checked)) {
        live.click();
      }
      // The widget renders each act before the next (a button it enables, a screen it opens).
      await frame();
    }
    if (focused) root.querySelector(`#${CSS.escape(focused)}`)?.focus();
  };
  // The widget removes the screen when it starts, and renders the same one live.
  new MutationObserver((_, observer) => {
    if (screen.isConnected || !root.querySelector("#aq-question-heading")) return;
    observer.disconnect();
    replay();
  }).observe(root, { childList: true, subtree: true });

  const failed = () => {
    const shown = root.querySelector("[data-aq-first-screen]");
    if (!shown) return; // the widget has started
    const message = document.createElement("p");
    message.className = "aq-crash";
    message.setAttribute("role", "alert");
    message.textContent = template.dataset.failed;
    // Marked as the screen was: should the widget start after all, it removes this too.
    message.setAttribute("data-aq-first-screen", "");
    shown.replaceWith(message);
  };
  // A file that does not load (captured: such errors do not bubble), a script error, a
  // rejected start (the loader awaits the wasm).
  addEventListener("error", failed, true);
  addEventListener("unhandledrejection", failed);
})();
