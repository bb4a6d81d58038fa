//! The page-model entry point (`analyze_page`, which the extension calls with the model its
//! content script reads from the live DOM): any model, well-formed or not, must give an analysis
//! that keeps every promise or an error value, never a panic.
//!
//! The model is built from structured fuzz input rather than parsed from bytes, so the fuzzer
//! spends its time on the stages instead of on JSON syntax. Parents are drawn mostly from earlier
//! nodes (the shape a DOM walk produces) and sometimes from anywhere (the shape a buggy or hostile
//! script could send), and tags from the ones the stages treat specially.
#![no_main]

#[path = "../../tests/support/mod.rs"]
mod support;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use newslens::page::{Node, PageModel, TEXT};

/// Tags the stages look at, and a few they should ignore.
const TAGS: &[&str] = &[
    TEXT, TEXT, TEXT, TEXT, "html", "head", "body", "title", "meta", "script", "article", "main",
    "div", "section", "p", "p", "p", "h1", "h2", "span", "a", "b", "em", "br", "blockquote", "q",
    "ul", "ol", "li", "table", "tr", "td", "th", "figure", "figcaption", "img", "time", "header",
    "footer", "nav", "aside", "pre", "address", "cite", "", "x-custom",
];

const ATTRS: &[&str] = &[
    "id", "class", "role", "itemprop", "itemtype", "property", "name", "content", "datetime",
    "rel", "href", "type", "lang", "aria-hidden", "hidden", "style",
];

#[derive(Debug, Arbitrary)]
struct FuzzNode {
    /// Parent as a distance back from this node (0 = none); past the start when large.
    parent_back: u16,
    /// Now and then a parent index taken as is, possibly after the node or out of range.
    raw_parent: Option<u32>,
    tag: u8,
    text: String,
    attrs: Vec<(u8, String)>,
    hidden: bool,
}

#[derive(Debug, Arbitrary)]
struct FuzzPage {
    url: Option<String>,
    nodes: Vec<FuzzNode>,
}

fn model(f: FuzzPage) -> PageModel {
    let nodes = f
        .nodes
        .into_iter()
        .take(4096)
        .enumerate()
        .map(|(i, n)| {
            let parent = match (i, n.raw_parent) {
                (_, Some(p)) if n.parent_back % 17 == 0 => Some(p),
                (0, _) => None,
                _ => Some(i.saturating_sub(1 + n.parent_back as usize % i) as u32),
            };
            let tag = TAGS[n.tag as usize % TAGS.len()].to_string();
            let is_text = tag == TEXT;
            Node {
                parent,
                tag,
                text: n.text,
                attrs: if is_text && n.parent_back % 5 != 0 {
                    Vec::new()
                } else {
                    n.attrs
                        .into_iter()
                        .map(|(k, v)| (ATTRS[k as usize % ATTRS.len()].to_string(), v))
                        .collect()
                },
                hidden: n.hidden,
            }
        })
        .collect();
    PageModel { url: f.url, nodes }
}

fuzz_target!(|f: FuzzPage| {
    let page = model(f);
    let r = newslens::analyze_page(&page, &support::options());
    if page.validate().is_err() && r.is_ok() {
        panic!("an invalid model was analysed");
    }
    if let Err(e) = support::check_page_result(&r, &page) {
        panic!("broken promise: {e}");
    }
});
