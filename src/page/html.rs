//! HTML → page model, natively (the command line and tests). The browser builds the same model
//! from the live DOM in the content script, and `wasm::dom` from a DOMParser document.
//!
//! html5ever runs the standard tree-construction algorithm, which moves nodes after creating them
//! (foster parenting of table text, the adoption agency for misnested formatting tags), so the
//! sink keeps a small arena tree and the flat model is written in one iterative pre-order walk
//! at the end, applying the reader rules of `page` exactly as `wasm::dom::read` does. Nothing
//! recurses: a page nested 100,000 deep costs memory, not stack.

use super::{Node, PageModel, KEPT_ATTRIBUTES, SKIPPED_ELEMENTS, TEXT};
use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{parse_document, Attribute, ParseOpts, QualName};
use std::borrow::Cow;
use std::cell::{Ref, RefCell};

/// The same cap as the DOM reader (`wasm::dom::MAX_NODES`): a larger page is cut, identically
/// on both sides.
pub const MAX_NODES: usize = 400_000;

/// Parses an HTML document into the page model.
pub fn parse(html: &str, url: Option<&str>) -> PageModel {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            // The extension parses the page's HTML with DOMParser, where scripting is off; the
            // same setting gives the same tree (it decides how <noscript> in <head> is read).
            scripting_enabled: false,
            ..TreeBuilderOpts::default()
        },
        ..ParseOpts::default()
    };
    let arena = parse_document(Arena::new(), opts).one(StrTendril::from_slice(html));
    arena.into_model(url)
}

enum Kind {
    Document,
    Element {
        attrs: Vec<(String, String)>,
    },
    Text(String),
    /// Comments, processing instructions, template contents: never part of the model.
    Other,
}

struct ANode {
    parent: Option<usize>,
    children: Vec<usize>,
    name: QualName,
    kind: Kind,
}

/// The tree under construction. html5ever's sink API takes `&self`, hence the RefCell.
struct Arena {
    nodes: RefCell<Vec<ANode>>,
}

fn empty_name() -> QualName {
    QualName::new(None, html5ever::ns!(), html5ever::local_name!(""))
}

/// Keeps the attributes the stages read, under their lower-case names, first occurrence only
/// (as `getAttribute` answers).
fn kept_attrs(attrs: &[Attribute]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for a in attrs {
        // A namespaced attribute (xlink:href, xml:lang) is not what getAttribute("href") finds.
        if a.name.prefix.is_some() {
            continue;
        }
        let name = a.name.local.to_string().to_ascii_lowercase();
        if KEPT_ATTRIBUTES.contains(&name.as_str()) && !out.iter().any(|(k, _)| *k == name) {
            out.push((name, a.value.to_string()));
        }
    }
    out
}

impl Arena {
    fn new() -> Arena {
        Arena {
            nodes: RefCell::new(vec![ANode {
                parent: None,
                children: Vec::new(),
                name: empty_name(),
                kind: Kind::Document,
            }]),
        }
    }

    fn push(&self, name: QualName, kind: Kind) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(ANode {
            parent: None,
            children: Vec::new(),
            name,
            kind,
        });
        nodes.len() - 1
    }

    fn detach(nodes: &mut [ANode], child: usize) {
        if let Some(p) = nodes.get(child).and_then(|n| n.parent) {
            if let Some(pn) = nodes.get_mut(p) {
                pn.children.retain(|&c| c != child);
            }
        }
        if let Some(n) = nodes.get_mut(child) {
            n.parent = None;
        }
    }

    /// Inserts `child` into `parent` at `pos` (its children index), merging text with a text
    /// node just before, as the DOM's parser does.
    fn insert(&self, parent: usize, pos: Option<usize>, child: NodeOrText<usize>) {
        let mut nodes = self.nodes.borrow_mut();
        let Some(len) = nodes.get(parent).map(|n| n.children.len()) else {
            return;
        };
        let at = pos.unwrap_or(len).min(len);
        match child {
            NodeOrText::AppendText(t) => {
                let prev = at
                    .checked_sub(1)
                    .and_then(|i| nodes.get(parent).and_then(|n| n.children.get(i)).copied());
                if let Some(prev) = prev {
                    if let Some(ANode {
                        kind: Kind::Text(s),
                        ..
                    }) = nodes.get_mut(prev)
                    {
                        s.push_str(&t);
                        return;
                    }
                }
                nodes.push(ANode {
                    parent: Some(parent),
                    children: Vec::new(),
                    name: empty_name(),
                    kind: Kind::Text(t.to_string()),
                });
                let id = nodes.len() - 1;
                if let Some(p) = nodes.get_mut(parent) {
                    p.children.insert(at, id);
                }
            }
            NodeOrText::AppendNode(id) => {
                Self::detach(&mut nodes, id);
                // Detaching may have shifted the insertion point when moving within one parent.
                let Some(len) = nodes.get(parent).map(|n| n.children.len()) else {
                    return;
                };
                let at = at.min(len);
                if let Some(n) = nodes.get_mut(id) {
                    n.parent = Some(parent);
                }
                if let Some(p) = nodes.get_mut(parent) {
                    p.children.insert(at, id);
                }
            }
        }
    }

    fn into_model(self, url: Option<&str>) -> PageModel {
        let nodes = self.nodes.into_inner();
        let mut model = PageModel {
            url: url.map(str::to_string),
            nodes: Vec::new(),
        };
        let root = nodes.first().and_then(|d| {
            d.children
                .iter()
                .copied()
                .find(|&c| matches!(nodes.get(c).map(|n| &n.kind), Some(Kind::Element { .. })))
        });
        let Some(root) = root else {
            return model;
        };
        // (arena node, parent in the model, parent hidden, inside body)
        let mut stack: Vec<(usize, Option<u32>, bool, bool)> = vec![(root, None, false, false)];
        while let Some((i, parent, parent_hidden, in_body)) = stack.pop() {
            if model.nodes.len() >= MAX_NODES {
                break;
            }
            let Some(n) = nodes.get(i) else { continue };
            let index = model.nodes.len() as u32;
            match &n.kind {
                Kind::Text(t) => {
                    if parent.is_none() {
                        continue;
                    }
                    model.nodes.push(Node {
                        parent,
                        tag: TEXT.into(),
                        text: t.clone(),
                        attrs: Vec::new(),
                        hidden: parent_hidden,
                    });
                }
                Kind::Element { attrs } => {
                    let tag = n.name.local.to_string().to_ascii_lowercase();
                    if SKIPPED_ELEMENTS.contains(&tag.as_str()) {
                        continue;
                    }
                    let attr = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v);
                    if tag == "script"
                        && !attr("type")
                            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
                    {
                        continue;
                    }
                    let in_body = in_body || tag == "body";
                    // The DOM reader asks for attributes in KEPT_ATTRIBUTES order; so do we.
                    let attrs: Vec<(String, String)> = KEPT_ATTRIBUTES
                        .iter()
                        .filter_map(|&k| attr(k).map(|v| (k.to_string(), v.clone())))
                        .collect();
                    let hidden = in_body && (parent_hidden || is_hidden(&attrs));
                    model.nodes.push(Node {
                        parent,
                        tag,
                        text: String::new(),
                        attrs,
                        hidden,
                    });
                    for &k in n.children.iter().rev() {
                        stack.push((k, Some(index), hidden, in_body));
                    }
                }
                Kind::Document | Kind::Other => {}
            }
        }
        model
    }
}

/// What the markup alone says about visibility (the inert-document half of `wasm::dom`).
fn is_hidden(attrs: &[(String, String)]) -> bool {
    let attr = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    if attr("hidden").is_some()
        || attr("aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if let Some(style) = attr("style") {
        let s: String = style.to_ascii_lowercase().split_whitespace().collect();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

impl TreeSink for Arena {
    type Handle = usize;
    type Output = Arena;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Arena {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> usize {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a usize) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |n| {
            // The builder only asks about elements it created; index 0 is a safe fallback.
            &n.get(*target).unwrap_or(&n[0]).name
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> usize {
        let attrs = kept_attrs(&attrs);
        self.push(name, Kind::Element { attrs })
    }

    fn create_comment(&self, _text: StrTendril) -> usize {
        self.push(empty_name(), Kind::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> usize {
        self.push(empty_name(), Kind::Other)
    }

    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        self.insert(*parent, None, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &usize,
        prev_element: &usize,
        child: NodeOrText<usize>,
    ) {
        let has_parent = self
            .nodes
            .borrow()
            .get(*element)
            .is_some_and(|n| n.parent.is_some());
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, _target: &usize) -> usize {
        // Template contents live outside the tree (and templates are skipped anyway).
        self.push(empty_name(), Kind::Other)
    }

    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &usize, new_node: NodeOrText<usize>) {
        let (parent, pos) = {
            let nodes = self.nodes.borrow();
            let Some(parent) = nodes.get(*sibling).and_then(|n| n.parent) else {
                return;
            };
            let pos = nodes
                .get(parent)
                .and_then(|p| p.children.iter().position(|c| c == sibling));
            (parent, pos)
        };
        let Some(pos) = pos else { return };
        if let NodeOrText::AppendNode(id) = &new_node {
            // Moving a node that sits before the sibling in the same parent shifts the position.
            let nodes = self.nodes.borrow();
            let before = nodes.get(*id).and_then(|n| n.parent) == Some(parent)
                && nodes
                    .get(parent)
                    .and_then(|p| p.children.iter().position(|c| c == id))
                    .is_some_and(|q| q < pos);
            drop(nodes);
            if before {
                self.insert(parent, Some(pos - 1), new_node);
                return;
            }
        }
        self.insert(parent, Some(pos), new_node);
    }

    fn add_attrs_if_missing(&self, target: &usize, attrs: Vec<Attribute>) {
        let extra = kept_attrs(&attrs);
        if let Some(ANode {
            kind: Kind::Element { attrs },
            ..
        }) = self.nodes.borrow_mut().get_mut(*target)
        {
            for (k, v) in extra {
                if !attrs.iter().any(|(n, _)| *n == k) {
                    attrs.push((k, v));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &usize) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &usize, new_parent: &usize) {
        let mut nodes = self.nodes.borrow_mut();
        let kids = match nodes.get_mut(*node) {
            Some(n) => std::mem::take(&mut n.children),
            None => return,
        };
        for &k in &kids {
            if let Some(n) = nodes.get_mut(k) {
                n.parent = Some(*new_parent);
            }
        }
        if let Some(p) = nodes.get_mut(*new_parent) {
            p.children.extend(kids);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(m: &PageModel) -> Vec<&str> {
        m.nodes
            .iter()
            .map(|n| {
                if n.is_text() {
                    n.text.as_str()
                } else {
                    n.tag.as_str()
                }
            })
            .collect()
    }

    #[test]
    fn flat_model_in_document_order() {
        let m = parse(
            "<html><head><title>T</title></head><body><p class=x ID=y onclick=z>Hi <b>you</b></p></body></html>",
            Some("https://e.com/a"),
        );
        assert!(m.validate().is_ok());
        assert_eq!(
            tags(&m),
            vec!["html", "head", "title", "T", "body", "p", "Hi ", "b", "you"]
        );
        // Kept attributes only, in KEPT_ATTRIBUTES order.
        assert_eq!(
            m.nodes[5].attrs,
            vec![("id".into(), "y".into()), ("class".into(), "x".into())]
        );
        assert_eq!(m.url.as_deref(), Some("https://e.com/a"));
    }

    #[test]
    fn skips_scripts_styles_comments_but_keeps_json_ld() {
        let m = parse(
            "<head><script>var a;</script><script type=' application/LD+JSON'>{\"a\":1}</script>\
             <style>p{}</style></head><body><!-- c --><svg><text>x</text></svg><button>b</button>t</body>",
            None,
        );
        assert_eq!(
            tags(&m),
            vec!["html", "head", "script", "{\"a\":1}", "body", "t"]
        );
    }

    #[test]
    fn hidden_marks_descendants_but_never_head() {
        let m = parse(
            "<head><title hidden>T</title></head><body><div style='DISPLAY: none'><p>a</p></div>\
             <p aria-hidden=true>b</p><p hidden>c</p><p>d</p></body>",
            None,
        );
        let hidden: Vec<(&str, bool)> = m
            .nodes
            .iter()
            .filter(|n| n.is_text())
            .map(|n| (n.text.as_str(), n.hidden))
            .collect();
        assert_eq!(
            hidden,
            vec![
                ("T", false),
                ("a", true),
                ("b", true),
                ("c", true),
                ("d", false)
            ]
        );
    }

    #[test]
    fn misnested_tags_and_foster_parenting_stay_valid() {
        let m = parse(
            "<body><b>1<p>2</b>3</p><table>x<tr><td>y</td></tr></table><a><a>z</a></a></body>",
            None,
        );
        assert!(m.validate().is_ok());
        let text: String = m.nodes.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(text, "123xyz");
        // Foster-parented "x" sits before the table, as in a browser.
        let x = m.nodes.iter().position(|n| n.text == "x").unwrap();
        let table = m.nodes.iter().position(|n| n.tag == "table").unwrap();
        assert!(x < table);
    }

    #[test]
    fn adjacent_text_is_merged() {
        let m = parse("<p>a&amp;b<!--x-->c</p>", None);
        let t: Vec<&str> = m
            .nodes
            .iter()
            .filter(|n| n.is_text())
            .map(|n| n.text.as_str())
            .collect();
        assert_eq!(t, vec!["a&b", "c"]);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(10_000) + "deep";
        let m = parse(&html, None);
        assert!(m.validate().is_ok());
        assert_eq!(m.nodes.last().map(|n| n.text.as_str()), Some("deep"));
    }

    #[test]
    fn empty_and_garbage_input() {
        assert!(parse("", None).validate().is_ok());
        assert!(parse("\u{0}<<>>&#xFFFFFF;</p></p>", None)
            .validate()
            .is_ok());
    }
}
