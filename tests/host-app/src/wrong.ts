// Must not type-check: `percentage` is no field of a completed event's detail (it is
// `percent`). tests/e2e/npm.test.mjs expects tsc to name it.
import "article-quiz";

const element = document.createElement("article-quiz");
element.addEventListener("article-quiz:completed", (event) => {
  const share: number = event.detail.detail.percentage;
  console.log(share);
});
