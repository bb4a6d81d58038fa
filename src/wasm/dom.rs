//! Reads a DOM document into the page model, following the rules in `page`. In a rendered
//! document it asks the browser for computed visibility; in an inert one (DOMParser) only the
//! markup can tell, as in the native HTML parser.

use crate::page::{Node, PageModel, KEPT_ATTRIBUTES, SKIPPED_ELEMENTS, TEXT};
use wasm_bindgen::JsCast;

/// Nodes beyond this many are not read: a page larger than this is cut, never hung on.
pub const MAX_NODES: usize = 400_000;

pub fn read(document: &web_sys::Document, url: Option<String>) -> PageModel {
    let mut model = PageModel {
        url,
        nodes: Vec::new(),
    };
    let Some(root) = document.document_element() else {
        return model;
    };
    let window = document.default_view();
    // Iterative walk: pages nest deeper than the wasm stack allows for recursion.
    let mut stack: Vec<(web_sys::Node, Option<u32>, bool, bool)> =
        vec![(root.into(), None, false, false)];
    while let Some((node, parent, parent_hidden, in_body)) = stack.pop() {
        if model.nodes.len() >= MAX_NODES {
            break;
        }
        let index = model.nodes.len() as u32;
        match node.node_type() {
            web_sys::Node::TEXT_NODE | web_sys::Node::CDATA_SECTION_NODE => {
                if parent.is_none() {
                    continue;
                }
                model.nodes.push(Node {
                    parent,
                    tag: TEXT.into(),
                    text: node.node_value().unwrap_or_default(),
                    attrs: Vec::new(),
                    hidden: parent_hidden,
                });
            }
            web_sys::Node::ELEMENT_NODE => {
                let el: web_sys::Element = node.clone().unchecked_into();
                let tag = el.local_name().to_ascii_lowercase();
                if SKIPPED_ELEMENTS.contains(&tag.as_str()) {
                    continue;
                }
                if tag == "script"
                    && !el
                        .get_attribute("type")
                        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
                {
                    continue;
                }
                let in_body = in_body || tag == "body";
                let attrs: Vec<(String, String)> = KEPT_ATTRIBUTES
                    .iter()
                    .filter_map(|&k| el.get_attribute(k).map(|v| (k.to_string(), v)))
                    .collect();
                let hidden = in_body && (parent_hidden || is_hidden(&el, &attrs, window.as_ref()));
                model.nodes.push(Node {
                    parent,
                    tag,
                    text: String::new(),
                    attrs,
                    hidden,
                });
                let kids = el.child_nodes();
                for i in (0..kids.length()).rev() {
                    if let Some(k) = kids.item(i) {
                        stack.push((k, Some(index), hidden, in_body));
                    }
                }
            }
            _ => {}
        }
    }
    model
}

fn is_hidden(
    el: &web_sys::Element,
    attrs: &[(String, String)],
    window: Option<&web_sys::Window>,
) -> bool {
    if crate::page::hidden_by_markup(attrs) {
        return true;
    }
    // Computed style only means something in a rendered document.
    if let Some(w) = window {
        if let Ok(Some(cs)) = w.get_computed_style(el) {
            let display = cs.get_property_value("display").unwrap_or_default();
            let visibility = cs.get_property_value("visibility").unwrap_or_default();
            if display == "none" || visibility == "hidden" || visibility == "collapse" {
                return true;
            }
        }
    }
    false
}
