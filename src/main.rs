//! The student widget as a web app: mounts the quiz into `#article-quiz` (see index.html).
//! For the script embed it also exports `mount_in`, which the loader `article-quiz.js`
//! calls for each `<div data-article-quiz>` of a host page.

include!("embed_api.rs");

fn main() {
    #[cfg(target_arch = "wasm32")]
    article_quiz::ui::pages::widget::mount();
}
