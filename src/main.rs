//! The student widget as a web app: mounts the quiz into `#article-quiz` (see index.html).

fn main() {
    #[cfg(target_arch = "wasm32")]
    article_quiz::ui::mount();
}
