//! The catalog compiled in from `content/` by `build.rs`.
