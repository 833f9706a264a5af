/*! Article Quiz host script, protocol 1. See the README, "Embedding". */
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

  var HIGHLIGHT = "article-quiz";

  // The element a selector names, or null (for no selector, or one that is not valid).
  function article(selector) {
    try {
      return (selector && document.querySelector(selector)) || null;
    } catch (e) {
      return null;
    }
  }

  // Finds `text` in the element `selector` names (whitespace runs match any whitespace),
  // scrolls it into view and highlights it. Returns whether it was found.
  function show(selector, text) {
    var within = article(selector);
    if (!within || typeof text !== "string" || !text) return false;
    var walker = document.createTreeWalker(within, NodeFilter.SHOW_TEXT);
    var nodes = [];
    var flat = "";
    for (var node; (node = walker.nextNode()); ) {
      nodes.push([node, flat.length]);
      flat += node.data;
    }
    var words = text.trim().split(/\s+/).map(function (w) {
      return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    });
    var found = new RegExp(words.join("\\s+")).exec(flat);
    if (!found) return false;
    var range = document.createRange();
    // The text node holding an offset (an end offset: a node starting before it).
    var place = function (offset, end) {
      for (var i = nodes.length - 1; i > 0 && (end ? nodes[i][1] >= offset : nodes[i][1] > offset); i--);
      return [nodes[i][0], offset - nodes[i][1]];
    };
    var start = place(found.index, false);
    var stop = place(found.index + found[0].length, true);
    range.setStart(start[0], start[1]);
    range.setEnd(stop[0], stop[1]);
    if (window.CSS && CSS.highlights && window.Highlight) {
      CSS.highlights.set(HIGHLIGHT, new Highlight(range));
    } else {
      var selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
    var quiet = matchMedia("(prefers-reduced-motion: reduce)").matches;
    start[0].parentElement.scrollIntoView({ block: "center", behavior: quiet ? "auto" : "smooth" });
    return true;
  }

  // A default look; the page's own ::highlight(article-quiz) rule with !important wins.
  try {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync("::highlight(" + HIGHLIGHT + "){background:#ffe27a;color:#1a1a1a}");
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat(sheet);
  } catch (e) {}

  // The opted-in article's text as it reads now, for a quiz to compare its excerpts with
  // (a corrected passage sets aside the questions quoting it); null for none.
  function articleCommand(selector) {
    var within = article(selector);
    return within && { type: "article", text: within.innerText };
  }

  // Script embeds ask with a cancelable event; cancelling it says "shown".
  document.addEventListener("article-quiz:show-excerpt", function (event) {
    var embed = event.target;
    var text = event.detail && event.detail.detail && event.detail.detail.text;
    if (show(embed.getAttribute("data-article-quiz-highlight"), text)) event.preventDefault();
  });

  // A script embed that opted in is sent its article when it is ready.
  document.addEventListener("article-quiz:ready", function (event) {
    var embed = event.target;
    if (!embed.getAttribute || embed.localName === "iframe") return;
    var command = articleCommand(embed.getAttribute("data-article-quiz-highlight"));
    if (!command) return;
    command.source = "article-quiz-host";
    command.version = 1;
    embed.dispatchEvent(new CustomEvent("article-quiz-command", { detail: command }));
  });

  function send(frame, message) {
    var to = origin(frame);
    if (!to || !frame.contentWindow) return;
    message.source = "article-quiz-host";
    message.version = 1;
    frame.contentWindow.postMessage(message, to);
  }

  // Tells a frame this script listens (and, if it shows excerpts here, the article's
  // text); sent at start and in answer to "ready", as either page may load first.
  function hello(frame) {
    send(frame, { type: "hello", highlight: frame.hasAttribute("data-article-quiz-highlight") });
    var command = articleCommand(frame.getAttribute("data-article-quiz-highlight"));
    if (command) send(frame, command);
  }
  var ready = new WeakSet();
  document.querySelectorAll("iframe[data-article-quiz]").forEach(function (frame) {
    frame.addEventListener("load", function () {
      ready.delete(frame);
    });
    hello(frame);
  });

  window.addEventListener("message", function (event) {
    var message = event.data;
    if (!message || message.source !== "article-quiz" || message.version !== 1) return;
    var frame = frameOf(event);
    if (!frame) return;
    var detail = message.detail || {};
    var selector = frame.getAttribute("data-article-quiz-highlight");
    if (message.type === "resized" && detail.height > 0) {
      // The content's height, even where the page's CSS sizes boxes by their border.
      frame.style.boxSizing = "content-box";
      frame.style.height = Math.ceil(detail.height) + "px";
    }
    if (message.type === "ready") {
      // Each widget's ready is told to the page once (the answer to hello repeats it).
      if (ready.has(frame)) return;
      ready.add(frame);
      hello(frame);
    }
    if (message.type === "show-excerpt") send(frame, { type: "excerpt-shown", found: show(selector, detail.text) });
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
      var message = { type: command.type };
      if (command.question !== undefined) message.question = command.question;
      if (command.text !== undefined) message.text = command.text;
      send(frame, message);
    },
  };
})();
