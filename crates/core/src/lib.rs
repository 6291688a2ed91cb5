//! The functional core of the desk-exercise New Tab.
//!
//! Nothing here touches the browser: every function takes the current time or today's date as an
//! argument, and state machines return the effects for the page or the worker to carry out.

pub mod catalog;
pub mod checkin;
pub mod clock;
#[cfg(feature = "markdown")]
pub mod content_rules;
pub mod custom_routine;
pub mod day_summary;
pub mod figure;
pub mod health_notice;
pub mod heatmap;
pub mod l10n;
#[cfg(feature = "markdown")]
pub mod l10n_format;
#[cfg(feature = "markdown")]
pub mod l10n_ftl;
pub mod pack;
#[cfg(feature = "markdown")]
pub mod pack_format;
pub mod player;
pub mod quick;
pub mod record;
pub mod settings;
pub mod store;
#[cfg(test)]
mod store_model_tests;
pub mod streak;
pub mod suggest;
pub mod text;
pub mod tracker;
pub mod transfer;
pub mod week;
pub mod worker_step;
