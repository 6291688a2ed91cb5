//! Shared by the integration tests (included with `#[path]`, so Cargo does not build it alone).

use proptest::test_runner::Config;

/// A proptest config running `default_cases` cases, or `PROPTEST_CASES` when it is set, so a
/// longer fuzz pass is one environment variable away (`with_cases` alone would ignore it).
pub fn proptest_config(default_cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default_cases);
    Config { cases, ..Config::default() }
}
