//! The npm package's wasm: the script embed's API (`mount_in`, `mount_element`, `Quiz`),
//! exactly as the widget's own wasm exports it. See scripts/package and npm/README.md.

include!("../../src/embed_api.rs");
