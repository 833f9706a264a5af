// A newsroom's front end that installs the packed `article-quiz` package and bundles it
// (tests/e2e/npm.test.mjs builds it with esbuild and type-checks it with tsc): two
// quizzes, their typed events, one removed and added back.
import { command, type AnsweredMessage, type ArticleQuizElement } from "article-quiz";

interface Seen {
  instance: string;
  type: string;
  questions?: number;
  mode?: "practice" | "test";
  verdict?: AnsweredMessage["detail"]["verdict"];
  points?: number;
}

declare global {
  interface Window {
    seen: Seen[];
    host: { remove(): void; addBack(): void; goto(question: number): void };
  }
}

window.seen = [];

function quiz(instance: string): ArticleQuizElement {
  const element = document.createElement("article-quiz");
  element.setAttribute("instance", instance);
  element.addEventListener("article-quiz:ready", (event) => {
    const { detail } = event.detail;
    window.seen.push({ instance: event.detail.instance, type: event.detail.type, questions: detail.questions, mode: detail.mode });
  });
  element.addEventListener("article-quiz:answered", (event) => {
    const { verdict, points } = event.detail.detail;
    window.seen.push({ instance: event.detail.instance, type: "answered", verdict, points });
  });
  return element;
}

const slot = document.getElementById("quizzes") as HTMLElement;
const first = quiz("first");
const second = quiz("second");
slot.append(first, second);

window.host = {
  remove: () => second.remove(),
  addBack: () => slot.append(second),
  goto: (question) => command(first, { type: "goto", question }),
};
