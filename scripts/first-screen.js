// Shows the widget's prerendered first question while the widget loads (see
// src/ui/pages/first_screen.rs; scripts/finish.mjs puts this file in the page, right after
// the <template> that holds the screen). Only when the widget will start on exactly that
// screen: the page is not in a frame, its address holds none of the widget's options
// (other parameters, such as a newsletter's tracking, and anchors are fine), and there is
// no saved progress. The screen is inert; the widget replaces it with the live one. If
// the widget cannot start (its files fail to load or to run), the screen gives way to a
// message, so that no one is left clicking on a quiz that does nothing.
(() => {
  const template = document.getElementById("aq-first-screen");
  const root = document.getElementById("article-quiz");
  if (!template?.content.firstElementChild || !root || typeof WebAssembly !== "object") return;
  const asked = [location.search, location.hash].map((part) => new URLSearchParams(part.replace(/^[?#]/, "")));
  if (window.top !== window || template.dataset.options.split(" ").some((name) => asked.some((p) => p.has(name)))) return;
  try {
    if (localStorage.getItem(template.dataset.progressKey) !== null) return;
  } catch {
    // Storage refused: the widget cannot resume anything either, so it starts fresh.
  }
  root.append(template.content.cloneNode(true));
  const failed = () => {
    const screen = root.querySelector("[data-aq-first-screen]");
    if (!screen) return; // the widget has started
    const message = document.createElement("p");
    message.className = "aq-crash";
    message.setAttribute("role", "alert");
    message.textContent = template.dataset.failed;
    // Marked as the screen was: should the widget start after all, it removes this too.
    message.setAttribute("data-aq-first-screen", "");
    screen.replaceWith(message);
  };
  // A file that does not load (captured: such errors do not bubble), a script error, a
  // rejected start (the loader awaits the wasm).
  addEventListener("error", failed, true);
  addEventListener("unhandledrejection", failed);
})();
