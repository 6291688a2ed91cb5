//! The one door to the browser.
