// Article Quiz in a SCORM package: the launch page's adapter (crates/quiz/src/export/scorm.rs
// writes it into each package, beside assignment.js, which sets globalThis.articleQuizScorm).
// It finds the learning platform's API (SCORM 1.2 `API`, SCORM 2004 `API_1484_11`) in the
// windows above this one and their openers, as the standards say, starts the attempt, and
// mounts the widget as <article-quiz> with the teacher's link and the platform's copy of the
// progress (cmi.suspend_data, which wins over this browser's). From the widget's events it
// reports each answer as an interaction, then the score (the widget's own points), the
// completion and, with a pass mark, the success; it commits at each, and finishes when the
// page goes away. Outside a platform it mounts the plain widget with the link.
(() => {
  "use strict";
  const data = globalThis.articleQuizScorm;
  if (!data) return;
  const v12 = data.version === "1.2";
  const started = Date.now();

  // The API: in this window or one above it, then in the opener's chain. A window of
  // another origin refuses to be looked into; that is caught, and the walk goes on up.
  const name = v12 ? "API" : "API_1484_11";
  const look = (win) => {
    for (let depth = 0; win && depth < 500; depth++) {
      try {
        if (win[name]) return win[name];
      } catch (_) {
        // another origin: keep walking up
      }
      let parent = null;
      try {
        parent = win.parent;
      } catch (_) {
        return null;
      }
      if (!parent || parent === win) return null;
      win = parent;
    }
    return null;
  };
  let api = look(window);
  if (!api) {
    try {
      api = window.opener ? look(window.opener) : null;
    } catch (_) {
      api = null;
    }
  }

  const call = (method, ...args) => {
    try {
      return String(api[method](...args));
    } catch (_) {
      return "";
    }
  };
  const m = v12
    ? { init: "LMSInitialize", get: "LMSGetValue", set: "LMSSetValue", commit: "LMSCommit", end: "LMSFinish" }
    : { init: "Initialize", get: "GetValue", set: "SetValue", commit: "Commit", end: "Terminate" };
  const get = (key) => call(m.get, key);
  const set = (key, value) => call(m.set, key, String(value));
  const commit = () => call(m.commit, "");

  const live = api && call(m.init, "") === "true";
  let progress = "";
  let count = 0; // interactions written so far (this attempt's go on after the last one)
  const written = new Map(); // question id → its interaction's index
  if (live) {
    progress = get("cmi.suspend_data");
    count = Number(get("cmi.interactions._count")) || 0;
    if (!v12) {
      // SCORM 2004 lets an interaction be read back: an answer changed later is written
      // over its own entry.
      for (let n = 0; n < count; n++) written.set(get(`cmi.interactions.${n}.id`), n);
    }
    const status = get(v12 ? "cmi.core.lesson_status" : "cmi.completion_status");
    if (v12 && (status === "not attempted" || status === "")) set("cmi.core.lesson_status", "incomplete");
    if (!v12 && (status === "not attempted" || status === "unknown" || status === "")) {
      set("cmi.completion_status", "incomplete");
    }
    commit();
  }

  // The widget's progress, which it tells after every change (its `progress` event, as the
  // hand-in is off): what goes into cmi.suspend_data, so that it does not depend on this
  // browser's storage (which a frame of another site may not have). SCORM 1.2 holds 4,096
  // characters; the progress of even a long quiz is a few hundred.
  let saved = "";
  const keep = () => {
    if (saved && (!v12 || saved.length <= 4096)) set("cmi.suspend_data", saved);
  };

  const letters = "abcdefghijklmnopqrstuvwxyz0123456789";
  const join = (list) => list.map((i) => letters[i]).join(v12 ? "," : "[,]");
  // The learner's answer in the version's own pattern format (indices in the author's
  // order, as the correct patterns in assignment.js are written).
  const response = (answer) => {
    if ("Single" in answer) return letters[answer.Single];
    if ("Multiple" in answer) return join(answer.Multiple);
    if ("TrueFalse" in answer) return v12 ? (answer.TrueFalse ? "t" : "f") : String(answer.TrueFalse);
    if ("Order" in answer) return join(answer.Order);
    if ("Numeric" in answer) return String(answer.Numeric);
    if ("Evidence" in answer) return letters[answer.Evidence];
    return "";
  };
  const decimal = (x) => String(Math.round(x * 100) / 100);
  const stamp = () => {
    const now = new Date();
    if (!v12) return now.toISOString().slice(0, 19);
    return now.toTimeString().slice(0, 8);
  };
  const elapsed = () => {
    const seconds = Math.max(0, Math.round((Date.now() - started) / 100) / 10);
    if (!v12) return `PT${seconds}S`;
    const whole = Math.floor(seconds);
    const pad = (n, width = 2) => String(n).padStart(width, "0");
    const hours = Math.floor(whole / 3600);
    const rest = `${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}.${pad(Math.round((seconds - whole) * 100))}`;
    return `${pad(hours, 4)}:${rest}`;
  };

  const answered = ({ question, verdict, points, max, response: answer }) => {
    const item = data.questions[question];
    if (!item) return;
    const n = written.has(question) ? written.get(question) : count++;
    written.set(question, n);
    const at = `cmi.interactions.${n}.`;
    set(`${at}id`, question);
    set(`${at}type`, item.type);
    set(`${at}correct_responses.0.pattern`, item.correct);
    set(`${at}weighting`, decimal(max));
    set(`${at}${v12 ? "student_response" : "learner_response"}`, response(answer));
    // A partly right answer's result is the points it earned.
    const result = verdict === "correct" ? "correct" : verdict === "partial" ? decimal(points) : v12 ? "wrong" : "incorrect";
    set(`${at}result`, result);
    set(`${at}${v12 ? "time" : "timestamp"}`, stamp());
  };

  const completed = ({ points, max, percent }) => {
    // SCORM 1.2's score is from 0 to 100: a quiz worth more is reported as its percentage.
    const scale = v12 && max > 100 ? 100 / max : 1;
    const score = v12 ? "cmi.core.score." : "cmi.score.";
    set(`${score}min`, "0");
    set(`${score}max`, decimal(max * scale));
    set(`${score}raw`, decimal(points * scale));
    if (!v12) set("cmi.score.scaled", String(max > 0 ? Math.round((points / max) * 10000) / 10000 : 0));
    const passed = data.pass == null ? null : percent >= data.pass;
    if (v12) {
      set("cmi.core.lesson_status", passed == null ? "completed" : passed ? "passed" : "failed");
    } else {
      set("cmi.completion_status", "completed");
      set("cmi.success_status", passed == null ? "unknown" : passed ? "passed" : "failed");
    }
  };

  let finished = false;
  const finish = () => {
    if (!live || finished) return;
    finished = true;
    keep();
    const done = get(v12 ? "cmi.core.lesson_status" : "cmi.completion_status");
    const over = ["completed", "passed", "failed"].includes(done);
    set(v12 ? "cmi.core.session_time" : "cmi.session_time", elapsed());
    set(v12 ? "cmi.core.exit" : "cmi.exit", over ? (v12 ? "" : "normal") : "suspend");
    commit();
    call(m.end, "");
  };

  const quiz = document.createElement("article-quiz");
  quiz.setAttribute("quiz", data.bundle);
  quiz.setAttribute("link", data.code);
  quiz.setAttribute("instance", data.instance);
  if (live) {
    // The platform is the hand-in, and a graded attempt is not for sharing.
    quiz.setAttribute("handin", "off");
    quiz.setAttribute("share", "off");
    if (progress.startsWith("aq-progress/")) quiz.setAttribute("progress", progress);
    quiz.addEventListener("article-quiz:answered", (event) => {
      answered(event.detail.detail);
      keep();
      commit();
    });
    quiz.addEventListener("article-quiz:completed", (event) => {
      completed(event.detail.detail);
      keep();
      commit();
    });
    quiz.addEventListener("article-quiz:progress", (event) => {
      saved = event.detail.detail.saved;
      keep();
    });
    quiz.addEventListener("article-quiz:started", () => commit());
    window.addEventListener("pagehide", finish);
    window.addEventListener("beforeunload", finish);
  }
  document.getElementById("article-quiz-scorm").append(quiz);
  import("./article-quiz.js");
})();
