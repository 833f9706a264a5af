//! The browser, through web-sys: one file per concern.

mod address;
mod fetch;
mod files;
mod focus;
mod host;
mod page;
mod results;
mod server;
mod storage;

pub use address::*;
pub use fetch::*;
pub use files::*;
pub use focus::*;
pub use host::*;
pub use page::*;
pub use results::*;
pub use server::*;
pub use storage::*;
