// The demo page's own script: records every event the quiz tells the page, in order, for
// the browser tests (window.quizEvents), and shows the last one in the title bar.
window.quizEvents = [];
for (const type of ["ready", "started", "answered", "completed", "resized", "excerpts-missing"]) {
  document.addEventListener(`article-quiz:${type}`, (event) => {
    window.quizEvents.push({ on: event.target.id || event.target.dataset.id || "", ...event.detail });
  });
}
