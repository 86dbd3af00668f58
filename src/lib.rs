//! c2chat: annotate redacted corpora of children's messages for sexualised, coercive,
//! victim-blaming and protective language, and compute the statistics, reports, teaching packs
//! and exports researchers use.
//!
//! Start at [`pipeline`]: [`pipeline::Pipeline`] runs ingest → PII gate → annotate → a
//! [`pipeline::Sink`] with the built-in lexicon and model ([`defaults`]). Errors are
//! [`Error`]. The command line (`src/cmd/`, in the binary) is a thin layer over this library.
#![warn(missing_docs)]

pub mod agree;
pub mod agree_ci;
pub mod annotate;
pub mod classify;
pub mod defaults;
pub mod episode;
pub mod episode_eval;
pub mod error;
pub mod evaluate;
pub mod export;
pub mod frame;
pub mod html;
pub mod ingest;
pub mod io;
pub mod lang;
pub mod lexicon;
pub mod matcher;
mod memo;
pub mod metrics;
pub mod model;
pub mod normalise;
pub mod output;
mod pages;
pub mod pipeline;
pub mod prepass;
pub mod redact;
pub mod report;
pub mod review;
pub mod review_apply;
pub mod rng;
pub mod rules;
pub mod scores;
pub mod spill;
pub mod stats;
pub mod suggest;
pub mod synth;
pub mod teach;
#[cfg(test)]
mod test_corpora;
pub mod ui;

pub use error::{Error, Result};
