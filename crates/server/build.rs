//! `sqlx::migrate!` embeds the migrations when the crate is compiled: a new or changed
//! migration must rebuild it.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
