//! The HTML entry point (`page::html::parse` then `analyze_page`, as `newslens analyze` and
//! `batch` with "html" run them): any bytes must give a valid page model, then an analysis that
//! keeps every promise or a refusal with a message.
#![no_main]

#[path = "../../tests/support/mod.rs"]
mod support;

use libfuzzer_sys::fuzz_target;
use newslens::page::html;

fuzz_target!(|data: &[u8]| {
    let markup = String::from_utf8_lossy(data);
    let page = html::parse(&markup, Some("https://news.example/2021/05/07/story"));
    if let Err(e) = page.validate() {
        panic!("the parser built an invalid model: {e}");
    }
    let r = newslens::analyze_page(&page, &support::options());
    if let Err(e) = support::check_page_result(&r, &page) {
        panic!("broken promise: {e}");
    }
});
