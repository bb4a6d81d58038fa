//! The page model's flat form: how it crosses from JavaScript into wasm in bulk.
//!
//! Read property by property (serde-wasm-bindgen), the object form costs one boundary call per
//! node, tag, attribute and text; the flat form is one string and two typed arrays, which
//! wasm-bindgen copies in whole and postMessage clones cheaply:
//! - `nodes`: three `u32` per node, in document order: parent + 1 (0 for the root), tag (0 for a
//!   text node, k for the k-th name of `tags`), and the flags: bit i (i < 21) says the element
//!   has `KEPT_ATTRIBUTES[i]`, bit 31 that the node is hidden;
//! - `tags`: the element names used, separated by single spaces (names never contain one);
//! - `text`: every string of the model, concatenated in the order they are read: a text node's
//!   text, an element's attribute values in `KEPT_ATTRIBUTES` order;
//! - `lens`: the length of each of those strings in UTF-16 code units (JavaScript's `length`).
//!
//! extension/reader.js builds it (`NewslensReader.flatten`); `decode` turns it into the model
//! in one pass, refusing anything inconsistent instead of panicking.

use super::{Node, PageModel, KEPT_ATTRIBUTES, TEXT};

/// Bit of the flags word that marks a hidden node.
pub const HIDDEN: u32 = 1 << 31;
/// The flags' bits that name attributes, one per `KEPT_ATTRIBUTES` entry.
const ATTRIBUTE_BITS: u32 = (1 << KEPT_ATTRIBUTES.len()) - 1;
const _: () = assert!(
    KEPT_ATTRIBUTES.len() < 31,
    "the flags word holds at most 31 attributes"
);

/// The flat form, borrowed from wherever it was received.
pub struct Flat<'a> {
    pub url: Option<String>,
    pub tags: &'a str,
    pub nodes: &'a [u32],
    pub text: &'a str,
    pub lens: &'a [u32],
}

/// Cuts `text` into pieces of the given UTF-16 lengths, in one pass. When the text is ASCII the
/// byte offsets are the code-unit offsets and no character is looked at.
struct Pieces<'a> {
    text: &'a str,
    pos: usize,
    ascii: bool,
    lens: std::slice::Iter<'a, u32>,
}

impl<'a> Pieces<'a> {
    fn next(&mut self) -> Result<&'a str, String> {
        let &len = self
            .lens
            .next()
            .ok_or("flat model: fewer strings than nodes need")?;
        let len = len as usize;
        let rest = &self.text[self.pos..];
        // Most strings are ASCII even on pages that are not: then bytes are code units, and
        // `is_ascii` checks a word at a time.
        let end = if self.ascii || rest.as_bytes().get(..len).is_some_and(<[u8]>::is_ascii) {
            if len > rest.len() {
                return Err("flat model: string lengths overrun the text".into());
            }
            len
        } else {
            let mut units = 0;
            let mut end = 0;
            let mut chars = rest.char_indices();
            while units < len {
                let Some((i, c)) = chars.next() else {
                    return Err("flat model: string lengths overrun the text".into());
                };
                units += c.len_utf16();
                end = i + c.len_utf8();
            }
            if units != len {
                return Err("flat model: a string length splits a character".into());
            }
            end
        };
        self.pos += end;
        Ok(&rest[..end])
    }
}

/// Decodes the flat form into the page model. Structural checks beyond the form itself (parents
/// before children) stay with `PageModel::validate`, as for the object form.
#[inline(never)]
pub fn decode(flat: Flat) -> Result<PageModel, String> {
    if flat.nodes.len() % 3 != 0 {
        return Err("flat model: nodes must hold three numbers per node".into());
    }
    let tags: Vec<&str> = if flat.tags.is_empty() {
        Vec::new()
    } else {
        flat.tags.split(' ').collect()
    };
    let total: u64 = flat.lens.iter().map(|&l| u64::from(l)).sum();
    let mut pieces = Pieces {
        text: flat.text,
        pos: 0,
        ascii: total == flat.text.len() as u64,
        lens: flat.lens.iter(),
    };
    let mut nodes = Vec::with_capacity(flat.nodes.len() / 3);
    for rec in flat.nodes.chunks_exact(3) {
        let (parent, tag, flags) = (rec[0], rec[1], rec[2]);
        let parent = parent.checked_sub(1);
        let hidden = flags & HIDDEN != 0;
        if flags & !HIDDEN & !ATTRIBUTE_BITS != 0 {
            return Err(format!("node {} flags an unknown attribute", nodes.len()));
        }
        let node = if tag == 0 {
            if flags & ATTRIBUTE_BITS != 0 {
                return Err(format!("text node {} has attributes", nodes.len()));
            }
            Node {
                parent,
                tag: TEXT.into(),
                text: pieces.next()?.into(),
                attrs: Vec::new(),
                hidden,
            }
        } else {
            let name = tags.get(tag as usize - 1).ok_or_else(|| {
                format!("node {} names tag {tag}, which is not listed", nodes.len())
            })?;
            let mut attrs = Vec::with_capacity((flags & !HIDDEN).count_ones() as usize);
            for (i, key) in KEPT_ATTRIBUTES.iter().enumerate() {
                if flags & (1 << i) != 0 {
                    attrs.push((key.to_string(), pieces.next()?.to_string()));
                }
            }
            Node {
                parent,
                tag: name.to_string(),
                text: String::new(),
                attrs,
                hidden,
            }
        };
        nodes.push(node);
    }
    if pieces.lens.len() != 0 || pieces.pos != flat.text.len() {
        return Err("flat model: text left over after the last node".into());
    }
    Ok(PageModel {
        url: flat.url,
        nodes,
    })
}

/// The flat form of a model, owned: what the reader builds, made here for tests and benches.
pub struct Encoded {
    pub tags: String,
    pub nodes: Vec<u32>,
    pub text: String,
    pub lens: Vec<u32>,
}

pub fn encode(model: &PageModel) -> Encoded {
    let mut e = Encoded {
        tags: String::new(),
        nodes: Vec::with_capacity(model.nodes.len() * 3),
        text: String::new(),
        lens: Vec::new(),
    };
    let mut names: Vec<&str> = Vec::new();
    let push = |e: &mut Encoded, s: &str| {
        e.text.push_str(s);
        e.lens.push(s.encode_utf16().count() as u32);
    };
    for n in &model.nodes {
        let mut flags = if n.hidden { HIDDEN } else { 0 };
        let tag = if n.is_text() {
            push(&mut e, &n.text);
            0
        } else {
            let k = match names.iter().position(|t| *t == n.tag) {
                Some(k) => k,
                None => {
                    names.push(&n.tag);
                    names.len() - 1
                }
            };
            for (i, key) in KEPT_ATTRIBUTES.iter().enumerate() {
                if let Some(v) = n.attr(key) {
                    flags |= 1 << i;
                    push(&mut e, v);
                }
            }
            k as u32 + 1
        };
        e.nodes.extend([n.parent.map_or(0, |p| p + 1), tag, flags]);
    }
    e.tags = names.join(" ");
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(m: &PageModel) -> PageModel {
        let e = encode(m);
        decode(Flat {
            url: m.url.clone(),
            tags: &e.tags,
            nodes: &e.nodes,
            text: &e.text,
            lens: &e.lens,
        })
        .unwrap()
    }

    fn sample() -> PageModel {
        let mut m = PageModel::from_text("Zoë said “hi” 😀 in Paris.");
        m.url = Some("https://example.org/a".into());
        m.nodes[2].attrs = vec![
            ("id".into(), "x".into()),
            ("class".into(), "story body".into()),
            ("data-testid".into(), "é".into()),
        ];
        m.nodes[1].hidden = true;
        m.nodes.push(Node {
            parent: Some(1),
            tag: TEXT.into(),
            text: "ascii".into(),
            attrs: Vec::new(),
            hidden: true,
        });
        m
    }

    #[test]
    fn flat_form_round_trips() {
        let m = sample();
        assert_eq!(round_trip(&m), m);
        let ascii = PageModel::from_text("plain text");
        assert_eq!(round_trip(&ascii), ascii);
        assert_eq!(round_trip(&PageModel::default()), PageModel::default());
    }

    #[test]
    fn inconsistent_flat_forms_are_refused() {
        let m = sample();
        let e = encode(&m);
        let flat = |nodes: &[u32], text: &str, lens: &[u32]| {
            decode(Flat {
                url: None,
                tags: &e.tags,
                nodes,
                text,
                lens,
            })
        };
        assert!(flat(&e.nodes[..4], &e.text, &e.lens).is_err());
        assert!(flat(&e.nodes, &e.text[..e.text.len() - 1], &e.lens).is_err());
        assert!(flat(&e.nodes, &format!("{}x", e.text), &e.lens).is_err());
        let mut lens = e.lens.clone();
        lens[0] += 1;
        assert!(flat(&e.nodes, &e.text, &lens).is_err());
        let mut nodes = e.nodes.clone();
        nodes[1] = 99;
        assert!(flat(&nodes, &e.text, &e.lens).is_err());
        nodes = e.nodes.clone();
        nodes[2 * 3 + 2] |= 1 << 25;
        assert!(flat(&nodes, &e.text, &e.lens).is_err());
        // a length that ends inside a surrogate pair (😀 is two code units)
        let t = PageModel::from_text("😀");
        let e = encode(&t);
        assert!(decode(Flat {
            url: None,
            tags: &e.tags,
            nodes: &e.nodes,
            text: &e.text,
            lens: &[1],
        })
        .is_err());
    }
}
