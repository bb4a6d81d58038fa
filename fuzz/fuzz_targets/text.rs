//! The text entry point (`analyze_text`, as `newslens analyze --text`, `batch` with "text" and
//! the wasm `analyzeText` call it): any UTF-8 must give an analysis whose spans all fit the text.
//! Bytes that are not UTF-8 are read lossily, as the command line's batch does.
#![no_main]

#[path = "../../tests/support/mod.rs"]
mod support;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = newslens::analyze_text(&text, &support::options());
    if let Err(e) = support::check_all(&a, None) {
        panic!("broken promise: {e}");
    }
    if text.len() <= newslens::insight::MAX_TEXT_BYTES {
        assert_eq!(a.article.text, text, "text input must be analysed exactly as given");
    }
});
