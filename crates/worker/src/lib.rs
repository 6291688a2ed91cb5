//! The background service worker.
