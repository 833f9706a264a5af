// Written by crates/quiz/tests/core/host.rs (BLESS=1 cargo test -p article-quiz-core writes it
// again): one message of each type as the core sends it. tsc checks each against the
// package's declared type (tests/e2e/npm.test.mjs), so the two cannot disagree.
import type { ArticleQuizEventMap, ReadyMessage, StartedMessage, AnsweredMessage, CompletedMessage, ResizedMessage, ShowExcerptMessage, ExcerptsMissingMessage, ProgressMessage } from "article-quiz";

export const ready = {
  "detail": {
    "mode": "practice",
    "questions": 35.0
  },
  "instance": "quiz-1",
  "quiz": "riverton",
  "source": "article-quiz",
  "type": "ready",
  "version": 1.0
} satisfies ReadyMessage;

export const started = {
  "detail": {
    "mode": "test"
  },
  "instance": "quiz-1",
  "quiz": "riverton",
  "source": "article-quiz",
  "type": "started",
  "version": 1.0
} satisfies StartedMessage;

export const answered = {
  "detail": {
    "correct": false,
    "max": 1.0,
    "points": 0.5,
    "question": "vote",
    "response": {
      "Single": 1.0
    },
    "verdict": "partial",
    "xapi": {
      "object": {
        "definition": {
          "name": {
            "en-US": "How did the council vote?"
          },
          "type": "http://adlnet.gov/expapi/activities/cmi.interaction"
        },
        "id": "https://quiz.example/#riverton/vote",
        "objectType": "Activity"
      },
      "result": {
        "score": {
          "max": 1.0,
          "min": 0.0,
          "raw": 0.5,
          "scaled": 0.5
        },
        "success": false
      },
      "verb": {
        "display": {
          "en-US": "answered"
        },
        "id": "http://adlnet.gov/expapi/verbs/answered"
      }
    }
  },
  "instance": "quiz-1",
  "quiz": "riverton",
  "source": "article-quiz",
  "type": "answered",
  "version": 1.0
} satisfies AnsweredMessage;

export const completed = {
  "detail": {
    "max": 1.0,
    "percent": 50.0,
    "points": 0.5,
    "seconds": 754.0,
    "xapi": {
      "object": {
        "definition": {
          "name": {
            "en-US": "Riverton’s new library"
          },
          "type": "http://adlnet.gov/expapi/activities/assessment"
        },
        "id": "https://quiz.example/#riverton",
        "objectType": "Activity"
      },
      "result": {
        "completion": true,
        "duration": "PT754S",
        "score": {
          "max": 1.0,
          "min": 0.0,
          "raw": 0.5,
          "scaled": 0.5
        }
      },
      "verb": {
        "display": {
          "en-US": "completed"
        },
        "id": "http://adlnet.gov/expapi/verbs/completed"
      }
    }
  },
  "instance": "quiz-1",
  "quiz": "riverton",
  "source": "article-quiz",
  "type": "completed",
  "version": 1.0
} satisfies CompletedMessage;

export const resized = {
  "detail": {
    "height": 812.0
  },
  "instance": "quiz-1",
  "quiz": "riverton",
  "source": "article-quiz",
  "type": "resized",
  "version": 1.0
} satisfies ResizedMessage;

export const showExcerpt = {
  "detail": {
    "text": "Human rights, of course, are"
  },
  "instance": "quiz-1",
  "quiz": "riverton",
  "source": "article-quiz",
  "type": "show-excerpt",
  "version": 1.0
} satisfies ShowExcerptMessage;

export const excerptsMissing = {
  "detail": {
    "asked": true,
    "questions": [
      "museum",
      "vote"
    ]
  },
  "instance": "quiz-1",
  "quiz": "riverton",
  "source": "article-quiz",
  "type": "excerpts-missing",
  "version": 1.0
} satisfies ExcerptsMissingMessage;

export const progress = {
  "detail": {
    "saved": "aq-progress/1:AAEC"
  },
  "instance": "quiz-1",
  "quiz": "riverton",
  "source": "article-quiz",
  "type": "progress",
  "version": 1.0
} satisfies ProgressMessage;

export const all: { [K in keyof ArticleQuizEventMap]: ArticleQuizEventMap[K]["detail"] } = {
  "article-quiz:ready": ready,
  "article-quiz:started": started,
  "article-quiz:answered": answered,
  "article-quiz:completed": completed,
  "article-quiz:resized": resized,
  "article-quiz:show-excerpt": showExcerpt,
  "article-quiz:excerpts-missing": excerptsMissing,
  "article-quiz:progress": progress,
};
