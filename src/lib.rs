//! Newslens: who is quoted, where the story happens and what happened when, from a news page.
//!
//! The core is plain Rust and knows nothing of browsers. It is a pipeline of stages with plain
//! data between them (see `insight`):
//!
//! page model (`page`) → article (`extract`) → sentences and tokens (`sentences`) → mentions
//! (`entities`, `quotes`, `timex`) → resolution (`speakers`, `places` with `gazetteer`) → insight
//! (`timeline`, `insight`).
//!
//! `calendar` holds the month and weekday words that several stages read; `words` the plain
//! English closed-class words (modals, pronouns, determiners, number words) they share.
//!
//! Offsets are bytes of the article text inside the core; `output` converts them at the edges
//! (code points for the command line, UTF-16 for JavaScript). `wasm` is the thin browser adapter.

pub mod calendar;
pub mod entities;
pub mod extract;
pub mod gazetteer;
pub mod insight;
pub mod offsets;
pub mod output;
pub mod page;
pub mod places;
pub mod quotes;
pub mod sentences;
pub mod speakers;
pub mod timeline;
pub mod timex;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use insight::{analyze_page, analyze_text, Analysis, Error, Options};
pub use page::PageModel;
