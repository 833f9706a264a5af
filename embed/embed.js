/*! Article Quiz host script, protocol version 1. No dependencies.
 *
 * For each <iframe data-article-quiz> on the page: sizes the frame to the widget's
 * height as it changes, and re-dispatches the widget's messages as DOM events on the
 * iframe ("article-quiz:ready", "…:started", "…:answered", "…:completed", "…:resized"),
 * with the message's `detail`. Messages are taken only from the frame's own window and
 * origin. `ArticleQuiz.send(iframe, { type: "reset" })` or `{ type: "goto", question: 3 }`
 * sends a command (the widget obeys only if its address names this page's origin as
 * `host`). See the README, "Embedding".
 */
(function () {
  "use strict";
  if (window.ArticleQuiz) return;

  function origin(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (e) {
      return null;
    }
  }

  function frameOf(event) {
    var frames = document.querySelectorAll("iframe[data-article-quiz]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && origin(frames[i]) === event.origin) return frames[i];
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    var message = event.data;
    if (!message || message.source !== "article-quiz" || message.version !== 1) return;
    var frame = frameOf(event);
    if (!frame) return;
    var detail = message.detail || {};
    if (message.type === "resized" && detail.height > 0) {
      frame.style.height = Math.ceil(detail.height) + "px";
    }
    frame.dispatchEvent(
      new CustomEvent("article-quiz:" + message.type, {
        bubbles: true,
        detail: message,
      })
    );
  });

  window.ArticleQuiz = {
    version: 1,
    send: function (frame, command) {
      var to = origin(frame);
      if (!to || !frame.contentWindow) return;
      var message = { source: "article-quiz-host", version: 1, type: command.type };
      if (command.question !== undefined) message.question = command.question;
      frame.contentWindow.postMessage(message, to);
    },
  };
})();
