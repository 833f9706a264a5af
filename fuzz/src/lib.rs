//! What the fuzz targets share: the article quiz, read once from its folder, against
//! which links, result codes, saved progress and pasted codes are decoded.

use std::path::Path;
use std::sync::LazyLock;

use article_quiz_core::{Quiz, source};

static QUIZ: LazyLock<Quiz> = LazyLock::new(|| {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../quizzes/iranian-people");
    source::check_dir(&folder).unwrap_or_else(|failure| panic!("the article quiz is not sound: {failure}"))
});

/// The article quiz.
pub fn quiz() -> &'static Quiz {
    &QUIZ
}

/// The fingerprint saved progress is checked against.
pub const FINGERPRINT: u64 = 0xF022;
