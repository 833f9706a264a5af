// Shows the widget's prerendered first question while the widget loads (see
// src/ui/first_screen.rs; scripts/post-build.mjs puts this file in the page, right after
// the <template> that holds the screen). Only when the widget will start on exactly that
// screen: the page is not in a frame, its address has no options, and there is no saved
// progress. The screen is inert; the widget replaces it with the live one.
(() => {
  const template = document.getElementById("aq-first-screen");
  const root = document.getElementById("article-quiz");
  if (!template?.content.firstElementChild || !root || location.search || location.hash || window.top !== window) return;
  try {
    if (localStorage.getItem(template.dataset.progressKey) !== null) return;
  } catch {
    // Storage refused: the widget cannot resume anything either, so it starts fresh.
  }
  root.append(template.content.cloneNode(true));
})();
