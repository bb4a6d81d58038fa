//! HTML → page model, natively (the command line and tests). The browser builds the same model
//! from the live DOM in the content script, and `wasm::dom` from a DOMParser document.
//!
//! html5ever runs the standard tree-construction algorithm, which moves nodes after creating them
//! (foster parenting of table text, the adoption agency for misnested formatting tags), so the
//! sink keeps a small arena tree and the flat model is written in one iterative pre-order walk
//! at the end, applying the reader rules of `page` exactly as `wasm::dom::read` does. Nothing
//! recurses: a page nested 100,000 deep costs memory, not stack.

mod prescan;

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
    let stripped = prescan::strip(html);
    parse_exactly(stripped.as_deref().unwrap_or(html), url)
}

/// Parses without the pre-scan (tests compare both).
fn parse_exactly(html: &str, url: Option<&str>) -> PageModel {
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

const NONE: usize = usize::MAX;

/// A node of the arena, linked to its relatives (no per-node child vectors: moving nodes
/// around, as the tree builder does, is a few index writes).
struct ANode {
    parent: usize,
    first: usize,
    last: usize,
    prev: usize,
    next: usize,
    name: QualName,
    kind: Kind,
}

/// The tree under construction. html5ever's sink API takes `&self`, hence the RefCell.
struct Arena {
    nodes: RefCell<Vec<ANode>>,
    empty: QualName,
}

fn empty_name() -> QualName {
    QualName::new(None, html5ever::ns!(), html5ever::local_name!(""))
}

/// Keeps the attributes the stages read, first occurrence only (as `getAttribute` answers).
/// The tokenizer has already lower-cased HTML attribute names.
fn kept_attrs(attrs: Vec<Attribute>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for a in attrs {
        // A namespaced attribute (xlink:href, xml:lang) is not what getAttribute("href") finds.
        if a.name.prefix.is_some() {
            continue;
        }
        let name: &str = &a.name.local;
        if KEPT_ATTRIBUTES.contains(&name) && !out.iter().any(|(k, _)| k == name) {
            out.push((name.to_ascii_lowercase(), String::from(a.value)));
        }
    }
    out
}

impl Arena {
    fn new() -> Arena {
        Arena {
            nodes: RefCell::new(vec![ANode {
                parent: NONE,
                first: NONE,
                last: NONE,
                prev: NONE,
                next: NONE,
                name: empty_name(),
                kind: Kind::Document,
            }]),
            empty: empty_name(),
        }
    }

    fn push(&self, name: QualName, kind: Kind) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(ANode {
            parent: NONE,
            first: NONE,
            last: NONE,
            prev: NONE,
            next: NONE,
            name,
            kind,
        });
        nodes.len() - 1
    }

    fn detach(nodes: &mut [ANode], child: usize) {
        let Some(c) = nodes.get(child) else { return };
        let (parent, prev, next) = (c.parent, c.prev, c.next);
        if parent == NONE {
            return;
        }
        match nodes.get_mut(prev) {
            Some(p) => p.next = next,
            None => {
                if let Some(p) = nodes.get_mut(parent) {
                    p.first = next;
                }
            }
        }
        match nodes.get_mut(next) {
            Some(n) => n.prev = prev,
            None => {
                if let Some(p) = nodes.get_mut(parent) {
                    p.last = prev;
                }
            }
        }
        if let Some(c) = nodes.get_mut(child) {
            c.parent = NONE;
            c.prev = NONE;
            c.next = NONE;
        }
    }

    /// Inserts `child` into `parent` before `before` (or at the end), merging text with a text
    /// node just before, as the DOM's parser does.
    fn insert(&self, parent: usize, before: usize, child: NodeOrText<usize>) {
        let mut nodes = self.nodes.borrow_mut();
        if parent >= nodes.len() {
            return;
        }
        let prev = if before == NONE {
            nodes[parent].last
        } else {
            nodes.get(before).map_or(NONE, |b| b.prev)
        };
        let id = match child {
            NodeOrText::AppendText(t) => {
                if let Some(ANode {
                    kind: Kind::Text(s),
                    ..
                }) = nodes.get_mut(prev)
                {
                    s.push_str(&t);
                    return;
                }
                nodes.push(ANode {
                    parent: NONE,
                    first: NONE,
                    last: NONE,
                    prev: NONE,
                    next: NONE,
                    name: self.empty.clone(),
                    kind: Kind::Text(String::from(t)),
                });
                nodes.len() - 1
            }
            NodeOrText::AppendNode(id) => {
                if id >= nodes.len() || id == parent {
                    return;
                }
                Self::detach(&mut nodes, id);
                id
            }
        };
        // Detaching may have changed the neighbours: read them again.
        let prev = if before == NONE {
            nodes[parent].last
        } else {
            nodes.get(before).map_or(NONE, |b| b.prev)
        };
        nodes[id].parent = parent;
        nodes[id].prev = prev;
        nodes[id].next = before;
        match nodes.get_mut(prev) {
            Some(p) => p.next = id,
            None => nodes[parent].first = id,
        }
        match nodes.get_mut(before) {
            Some(b) => b.prev = id,
            None => nodes[parent].last = id,
        }
    }

    fn into_model(self, url: Option<&str>) -> PageModel {
        let mut nodes = self.nodes.into_inner();
        let mut model = PageModel {
            url: url.map(str::to_string),
            nodes: Vec::new(),
        };
        let mut root = nodes.first().map_or(NONE, |d| d.first);
        while let Some(n) = nodes.get(root) {
            if matches!(n.kind, Kind::Element { .. }) {
                break;
            }
            root = n.next;
        }
        if root >= nodes.len() {
            return model;
        }
        model.nodes.reserve(nodes.len().min(MAX_NODES));
        // (arena node, parent in the model, parent hidden, inside body)
        let mut stack: Vec<(usize, Option<u32>, bool, bool)> = vec![(root, None, false, false)];
        let mut kids: Vec<usize> = Vec::new();
        while let Some((i, parent, parent_hidden, in_body)) = stack.pop() {
            if model.nodes.len() >= MAX_NODES {
                break;
            }
            let Some(n) = nodes.get_mut(i) else { continue };
            let index = model.nodes.len() as u32;
            match &mut n.kind {
                Kind::Text(t) => {
                    if parent.is_none() {
                        continue;
                    }
                    model.nodes.push(Node {
                        parent,
                        tag: TEXT.into(),
                        text: std::mem::take(t),
                        attrs: Vec::new(),
                        hidden: parent_hidden,
                    });
                }
                Kind::Element { attrs } => {
                    let tag = (*n.name.local).to_ascii_lowercase();
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
                    let mut taken = std::mem::take(attrs);
                    let mut ordered: Vec<(String, String)> = Vec::with_capacity(taken.len());
                    for k in KEPT_ATTRIBUTES {
                        if let Some(pos) = taken.iter().position(|(n, _)| n == k) {
                            ordered.push(taken.swap_remove(pos));
                        }
                    }
                    let hidden = in_body && (parent_hidden || super::hidden_by_markup(&ordered));
                    model.nodes.push(Node {
                        parent,
                        tag,
                        text: String::new(),
                        attrs: ordered,
                        hidden,
                    });
                    kids.clear();
                    let mut c = n.first;
                    while let Some(k) = nodes.get(c) {
                        kids.push(c);
                        c = k.next;
                    }
                    for &k in kids.iter().rev() {
                        stack.push((k, Some(index), hidden, in_body));
                    }
                }
                Kind::Document | Kind::Other => {}
            }
        }
        model
    }
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
        // The builder only asks about elements it created; the document node (always there)
        // stands in for anything else.
        Ref::map(self.nodes.borrow(), |n| {
            &n.get(*target).unwrap_or(&n[0]).name
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> usize {
        let attrs = kept_attrs(attrs);
        self.push(name, Kind::Element { attrs })
    }

    fn create_comment(&self, _text: StrTendril) -> usize {
        self.push(self.empty.clone(), Kind::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> usize {
        self.push(self.empty.clone(), Kind::Other)
    }

    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        self.insert(*parent, NONE, child);
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
            .is_some_and(|n| n.parent != NONE);
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, _target: &usize) -> usize {
        // Template contents live outside the tree (and templates are skipped anyway).
        self.push(self.empty.clone(), Kind::Other)
    }

    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &usize, new_node: NodeOrText<usize>) {
        let parent = self.nodes.borrow().get(*sibling).map_or(NONE, |n| n.parent);
        if parent == NONE || new_node_is(&new_node, *sibling) {
            return;
        }
        self.insert(parent, *sibling, new_node);
    }

    fn add_attrs_if_missing(&self, target: &usize, attrs: Vec<Attribute>) {
        let extra = kept_attrs(attrs);
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
        let mut c = self.nodes.borrow().get(*node).map_or(NONE, |n| n.first);
        while c != NONE {
            let next = self.nodes.borrow().get(c).map_or(NONE, |n| n.next);
            self.insert(*new_parent, NONE, NodeOrText::AppendNode(c));
            c = next;
        }
    }
}

fn new_node_is(n: &NodeOrText<usize>, id: usize) -> bool {
    matches!(n, NodeOrText::AppendNode(x) if *x == id)
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

    /// The pre-scan changes nothing in the model but script and style text:
    /// `NEWSLENS_PAGES=dir cargo test --release --lib prescan_keeps -- --ignored`
    #[test]
    #[ignore]
    fn prescan_keeps_models() {
        let Ok(dir) = std::env::var("NEWSLENS_PAGES") else {
            return;
        };
        let pages: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| String::from_utf8_lossy(&std::fs::read(e.path()).unwrap()).into_owned())
            .collect();
        let t = std::time::Instant::now();
        for h in &pages {
            let _ = std::hint::black_box(prescan::strip(h));
        }
        let per = t.elapsed().as_secs_f64() * 1e3 / pages.len().max(1) as f64;
        println!("prescan {per:.2} ms/page");
        for e in std::fs::read_dir(std::env::var("NEWSLENS_PAGES").unwrap())
            .unwrap()
            .filter_map(|e| e.ok())
        {
            let h = String::from_utf8_lossy(&std::fs::read(e.path()).unwrap()).into_owned();
            let a = parse(&h, None);
            let b = parse_exactly(&h, None);
            assert_eq!(a, b, "{:?}", e.path());
        }
    }

    #[test]
    fn empty_and_garbage_input() {
        assert!(parse("", None).validate().is_ok());
        assert!(parse("\u{0}<<>>&#xFFFFFF;</p></p>", None)
            .validate()
            .is_ok());
    }
}
