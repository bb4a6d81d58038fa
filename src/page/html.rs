//! HTML → page model, natively (the command line and tests). The browser builds the same model
//! from the live DOM in the content script.

use super::PageModel;

/// Parses an HTML document into the page model.
pub fn parse(html: &str, url: Option<&str>) -> PageModel {
    let _ = html;
    PageModel {
        url: url.map(str::to_string),
        nodes: Vec::new(),
    }
}
