// Type declarations of the npm package `article-quiz` (scripts/package copies this file
// into it). The event shapes are protocol version 1 (the README's "Events and commands";
// crates/quiz/src/host.rs writes them).

/** Defines `<article-quiz>`; importing the package does it already, and again is harmless. */
export function define(): void;

export type QuizMode = "practice" | "test";
export type Verdict = "correct" | "partial" | "wrong";

/** An event as an xAPI statement without its actor. */
export interface XapiStatement {
  verb: { id: string; display: Record<string, string> };
  object: { id: string; objectType: "Activity"; definition: Record<string, unknown> };
  result: {
    success?: boolean;
    completion?: boolean;
    duration?: string;
    score?: { raw: number; min: number; max: number; scaled: number };
  };
}

/** What the quiz tells the page, as the `detail` of an `article-quiz:<type>` event. */
export interface QuizMessage<Type extends string, Detail> {
  source: "article-quiz";
  version: 1;
  type: Type;
  /** The quiz's slug ("iranian-people"); empty when a quiz from an address could not be shown. */
  quiz: string;
  /** The element's `instance` attribute. */
  instance: string;
  detail: Detail;
}

export type ReadyMessage = QuizMessage<"ready", { questions: number; mode: QuizMode }>;
export type StartedMessage = QuizMessage<"started", { mode: QuizMode }>;
/** The answer given, indices in the order the quiz's author wrote its options, items or sentences. */
export type AnswerResponse =
  | { Single: number }
  | { Multiple: number[] }
  | { TrueFalse: boolean }
  | { Order: number[] }
  | { Numeric: number }
  | { Evidence: number };
export type AnsweredMessage = QuizMessage<
  "answered",
  {
    question: string;
    correct: boolean;
    verdict: Verdict;
    points: number;
    max: number;
    response: AnswerResponse;
    xapi: XapiStatement;
  }
>;
export type CompletedMessage = QuizMessage<
  "completed",
  { points: number; max: number; percent: number; seconds: number; xapi: XapiStatement }
>;
export type ResizedMessage = QuizMessage<"resized", { height: number }>;
/** Asked only when the element has `data-article-quiz-highlight`; cancel it to say the page showed the passage. */
export type ShowExcerptMessage = QuizMessage<"show-excerpt", { text: string }>;
/** The page's article no longer holds these questions' excerpts (ids); `asked`: asked anyway, with a note. */
export type ExcerptsMissingMessage = QuizMessage<"excerpts-missing", { questions: string[]; asked: boolean }>;
/** Sent after every change only by a quiz whose hand-in the page hid (`handin="off"`): its progress, to give back as `progress`. */
export type ProgressMessage = QuizMessage<"progress", { saved: string }>;

export interface ArticleQuizEventMap {
  "article-quiz:ready": CustomEvent<ReadyMessage>;
  "article-quiz:started": CustomEvent<StartedMessage>;
  "article-quiz:answered": CustomEvent<AnsweredMessage>;
  "article-quiz:completed": CustomEvent<CompletedMessage>;
  "article-quiz:resized": CustomEvent<ResizedMessage>;
  "article-quiz:show-excerpt": CustomEvent<ShowExcerptMessage>;
  "article-quiz:excerpts-missing": CustomEvent<ExcerptsMissingMessage>;
  "article-quiz:progress": CustomEvent<ProgressMessage>;
}

/** What the page can ask of a quiz (`command(element, …)`). */
export type ArticleQuizCommand =
  | { type: "reset" }
  | { type: "goto"; /** 1-based, in the current round */ question: number }
  | { type: "article"; /** the article's text as it reads now; questions it no longer quotes are set aside */ text: string };

/** Asks the quiz on `element` to start over or go to a question. */
export function command(element: HTMLElement, command: ArticleQuizCommand): void;

/** The `<article-quiz>` element. Its attributes are its options. */
export interface ArticleQuizElement extends HTMLElement {
  addEventListener<K extends keyof ArticleQuizEventMap>(
    type: K,
    listener: (this: ArticleQuizElement, event: ArticleQuizEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ArticleQuizEventMap>(
    type: K,
    listener: (this: ArticleQuizElement, event: ArticleQuizEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "article-quiz": ArticleQuizElement;
  }
}
