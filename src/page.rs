//! The page model: the part of a web page the pipeline reads.
//!
//! It is the same whether it comes from the live DOM (the extension's content script builds it in
//! JavaScript, with computed visibility) or from HTML parsed natively (`page::html`, used by the
//! command line). Nodes are stored flat, in document (pre-)order, each pointing at its parent, so
//! the model crosses the JavaScript boundary as one plain array and every result can point back to
//! a text node by its index.

use serde::{Deserialize, Serialize};

pub mod flat;
#[cfg(feature = "html")]
pub mod html;

/// Tag name of a text node, as in the DOM's `nodeName`.
pub const TEXT: &str = "#text";

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PageModel {
    /// The page's address, when known: used for dates in URL paths and the site name.
    #[serde(default)]
    pub url: Option<String>,
    /// Nodes in document order. `nodes[0]` is the root element (`html`) when the model is not empty.
    pub nodes: Vec<Node>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Node {
    /// Index of the parent node, `None` for the root. Always smaller than the node's own index.
    #[serde(default)]
    pub parent: Option<u32>,
    /// Lower-case tag name, or `#text` for a text node.
    pub tag: String,
    /// The text of a text node (empty for elements). For `<script type="application/ld+json">`
    /// and `<title>` the text is kept as a child text node like any other.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// The attributes the stages use (id, class, role, itemprop, itemtype, property, name,
    /// content, datetime, rel, href, type, lang, aria-hidden, hidden, style), in the order of
    /// `KEPT_ATTRIBUTES` so every reader produces the same model.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attrs: Vec<(String, String)>,
    /// Not rendered: display:none, visibility:hidden, `hidden`, aria-hidden, zero size. The
    /// content script knows computed visibility; the HTML parser can only read the markup.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
}

/// Attributes worth carrying across the boundary; everything else is dropped to keep the model small.
pub const KEPT_ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "role",
    "itemprop",
    "itemtype",
    "itemscope",
    "property",
    "name",
    "content",
    "datetime",
    "rel",
    "href",
    "type",
    "lang",
    "aria-hidden",
    "aria-label",
    "hidden",
    "style",
    "charset",
    "http-equiv",
    "data-testid",
];

/// How a reader builds the model (the content script in JavaScript, `page::html` natively and
/// the wasm DOM reader follow the same rules):
/// - every element and text node in document order, except comments, `SKIPPED_ELEMENTS` with
///   their content, and `script` elements other than `type="application/ld+json"`;
/// - only `KEPT_ATTRIBUTES`, names lower-cased, in the order of `KEPT_ATTRIBUTES`;
/// - `hidden` on a body element when it is not rendered (computed display:none or
///   visibility:hidden, the `hidden` attribute, aria-hidden="true", no box at all), and on every
///   node below a hidden element; head nodes are never hidden.
///
/// Elements whose content is never page text.
pub const SKIPPED_ELEMENTS: &[&str] = &[
    "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
    "select", "option", "textarea", "input", "button",
];

/// What the markup alone says about visibility: the `hidden` attribute, aria-hidden="true", or
/// an inline display:none / visibility:hidden. An inert document (the native parser, DOMParser)
/// can tell no more; a rendered one adds computed style on top (`wasm::dom`, the content script).
pub fn hidden_by_markup(attrs: &[(String, String)]) -> bool {
    let attr = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    if attr("hidden").is_some()
        || attr("aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    attr("style").is_some_and(|style| {
        let s: String = style.to_ascii_lowercase().split_whitespace().collect();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

impl Node {
    pub fn is_text(&self) -> bool {
        self.tag == TEXT
    }

    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

impl PageModel {
    /// Builds the model of a plain-text document: one `pre` element holding the text, so text
    /// input goes through the same pipeline with offsets equal to the input's.
    pub fn from_text(text: &str) -> PageModel {
        PageModel {
            url: None,
            nodes: vec![
                Node {
                    parent: None,
                    tag: "html".into(),
                    ..Node::default()
                },
                Node {
                    parent: Some(0),
                    tag: "body".into(),
                    ..Node::default()
                },
                Node {
                    parent: Some(1),
                    tag: "pre".into(),
                    ..Node::default()
                },
                Node {
                    parent: Some(2),
                    tag: TEXT.into(),
                    text: text.into(),
                    ..Node::default()
                },
            ],
        }
    }

    /// Checks the structural promises the stages rely on (parents precede children), so a
    /// malformed model from JavaScript gets an error instead of a panic deeper down.
    pub fn validate(&self) -> Result<(), String> {
        for (i, n) in self.nodes.iter().enumerate() {
            match n.parent {
                None if i != 0 => return Err(format!("node {i} has no parent; only the root may")),
                Some(p) if p as usize >= i => {
                    return Err(format!(
                        "node {i} names parent {p}, which does not come before it"
                    ))
                }
                _ => {}
            }
            if n.is_text() && !n.attrs.is_empty() {
                return Err(format!("text node {i} has attributes"));
            }
        }
        Ok(())
    }

    /// Children lists, computed once: the flat order makes this a single pass.
    pub fn children(&self) -> Vec<Vec<u32>> {
        let mut kids = vec![Vec::new(); self.nodes.len()];
        for (i, n) in self.nodes.iter().enumerate() {
            if let Some(p) = n.parent {
                kids[p as usize].push(i as u32);
            }
        }
        kids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_model_is_valid_and_keeps_text() {
        let m = PageModel::from_text("Hello.\n\nWorld.");
        assert!(m.validate().is_ok());
        assert_eq!(m.nodes[3].text, "Hello.\n\nWorld.");
        assert_eq!(m.children()[2], vec![3]);
    }

    #[test]
    fn markup_hides_what_a_reader_would_not_see() {
        let a = |k: &str, v: &str| vec![(k.to_string(), v.to_string())];
        assert!(hidden_by_markup(&a("hidden", "")));
        assert!(hidden_by_markup(&a("aria-hidden", "TRUE")));
        assert!(hidden_by_markup(&a("style", "color: red; DISPLAY : none")));
        assert!(!hidden_by_markup(&a("aria-hidden", "false")));
        assert!(!hidden_by_markup(&a("style", "display: block")));
    }

    #[test]
    fn parent_after_child_is_rejected() {
        let mut m = PageModel::from_text("x");
        m.nodes[1].parent = Some(3);
        assert!(m.validate().unwrap_err().contains("node 1"));
    }
}
