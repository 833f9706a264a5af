//! Element ids the widget's focus management and tests rely on. All carry the `aq-`
//! prefix so that they do not collide with the host page's.

pub const ROOT: &str = "article-quiz";
pub const QUESTION: &str = "aq-q";
pub const QUESTION_HEADING: &str = "aq-question-heading";
pub const PRIMARY: &str = "aq-primary";
pub const FEEDBACK: &str = "aq-feedback";
pub const RESULTS_HEADING: &str = "aq-results-heading";
pub const SHARE_HEADING: &str = "aq-share-heading";
pub const REVIEW: &str = "aq-review";
pub const EXCERPT_MARK: &str = "aq-excerpt-mark";
pub const ARTICLE_HEADING: &str = "aq-article-heading";
pub const TITLE: &str = "aq-title";
