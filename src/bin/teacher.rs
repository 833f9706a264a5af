//! The teacher's page: assignment links and a class's results (see teacher.html).

fn main() {
    #[cfg(target_arch = "wasm32")]
    article_quiz::ui::teacher::mount();
}
