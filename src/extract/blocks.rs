//! The page's visible body text cut into blocks, the way a reader sees paragraphs: every
//! block-level element (and every `<br>`) ends one block and starts the next, inline elements
//! (links, emphasis, spans) flow inside it. Whitespace is collapsed as a browser renders it,
//! except in `<pre>`. Each block remembers which runs of its text were copied verbatim from which
//! text node (`Segment`), so the extension can highlight any result in the live page.

use super::{BlockKind, Segment};
use crate::page::PageModel;

/// A block before content selection. `segments[..].start` are offsets in `text`.
#[derive(Debug, Clone)]
pub struct RawBlock {
    pub kind: BlockKind,
    /// The innermost block-level element holding the text.
    pub owner: u32,
    pub text: String,
    pub segments: Vec<Segment>,
    /// Bytes of the text that sit inside links: navigation is mostly links, prose is not.
    pub link_bytes: usize,
}

/// Elements that start and end a block. Everything else flows inline.
pub fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
            | "br"
            | "title"
            | "head"
            | "html"
            | "legend"
            | "label"
            | "video"
            | "audio"
            | "picture"
            | "img"
    )
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c)
}

/// Whether an element's class or id names a caption or an image credit. The role word must
/// end the name ("image-caption", "wp-caption-text", "photo-credit"): names like
/// "f_caption_muted_videos_on" on `<body>` are feature flags, not roles.
fn caption_like(node: &crate::page::Node) -> (bool, bool) {
    let mut caption = false;
    let mut credit = false;
    if matches!(node.tag.as_str(), "html" | "body" | "main" | "article") {
        return (false, false);
    }
    for v in [node.attr("class"), node.attr("id"), node.attr("itemprop")]
        .into_iter()
        .flatten()
    {
        for name in v.split_ascii_whitespace().take(16) {
            let t = super::hints::tokens(name);
            // the joined form comes last when there are several parts; skip it
            let parts = if t.len() > 1 {
                &t[..t.len() - 1]
            } else {
                &t[..]
            };
            let Some(pos) = parts.iter().rposition(|w| {
                matches!(
                    w.as_str(),
                    "caption" | "captions" | "figcaption" | "credit" | "credits" | "copyright"
                )
            }) else {
                continue;
            };
            let tail_ok = parts[pos + 1..].iter().all(|w| {
                matches!(
                    w.as_str(),
                    "text" | "content" | "wrapper" | "wrap" | "inner" | "container" | "body"
                )
            });
            if !tail_ok {
                continue;
            }
            match parts[pos].as_str() {
                "credit" | "credits" | "copyright" => credit = true,
                _ => caption = true,
            }
        }
    }
    (caption, credit)
}

#[derive(Default)]
struct Context {
    heading: u32,
    pre: u32,
    quote: u32,
    item: u32,
    cell: u32,
    caption: u32,
    credit: u32,
    link: u32,
}

struct Builder<'a> {
    page: &'a PageModel,
    blocks: Vec<RawBlock>,
    text: String,
    segments: Vec<Segment>,
    link_bytes: usize,
    pending_space: bool,
    ctx: Context,
    owners: Vec<u32>,
}

impl Builder<'_> {
    fn flush(&mut self) {
        self.pending_space = false;
        if self.text.is_empty() {
            self.segments.clear();
            self.link_bytes = 0;
            return;
        }
        let (text, segments) = trim(
            std::mem::take(&mut self.text),
            std::mem::take(&mut self.segments),
        );
        let link_bytes = std::mem::take(&mut self.link_bytes).min(text.len());
        if text.is_empty() {
            return;
        }
        let c = &self.ctx;
        // The most specific role wins: a heading inside a list item is still a heading.
        let kind = if c.caption > 0 {
            BlockKind::Caption
        } else if c.heading > 0 {
            BlockKind::Heading
        } else if c.pre > 0 {
            BlockKind::Preformatted
        } else if c.quote > 0 {
            BlockKind::Quote
        } else if c.item > 0 {
            BlockKind::ListItem
        } else if c.cell > 0 {
            BlockKind::Table
        } else {
            BlockKind::Paragraph
        };
        self.blocks.push(RawBlock {
            kind,
            owner: self.owners.last().copied().unwrap_or(0),
            text,
            segments,
            link_bytes,
        });
    }

    fn add_text(&mut self, node: u32, t: &str) {
        // Image credits ("Photo: AP", "© Getty") are never article text, not even in a caption.
        if self.ctx.credit > 0 {
            return;
        }
        let in_link = self.ctx.link > 0;
        if self.ctx.pre > 0 {
            if !t.is_empty() {
                self.segments.push(Segment {
                    start: self.text.len(),
                    len: t.len(),
                    node,
                    node_start: 0,
                });
                self.text.push_str(t);
                if in_link {
                    self.link_bytes += t.len();
                }
            }
            return;
        }
        let b = t.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if is_ws(b[i]) {
                while i < b.len() && is_ws(b[i]) {
                    i += 1;
                }
                self.pending_space = true;
                continue;
            }
            // A run of words separated by single spaces is copied as one segment: it is verbatim.
            let start = i;
            loop {
                while i < b.len() && !is_ws(b[i]) {
                    i += 1;
                }
                if i + 1 < b.len() && b[i] == b' ' && !is_ws(b[i + 1]) {
                    i += 1;
                } else {
                    break;
                }
            }
            if self.pending_space && !self.text.is_empty() {
                self.text.push(' ');
            }
            self.pending_space = false;
            // `start` and `i` sit next to ASCII whitespace or the ends: char boundaries.
            let Some(run) = t.get(start..i) else { break };
            self.segments.push(Segment {
                start: self.text.len(),
                len: run.len(),
                node,
                node_start: start,
            });
            self.text.push_str(run);
            if in_link {
                self.link_bytes += run.len();
            }
        }
    }

    fn enter(&mut self, i: u32, tag: &str) {
        let Some(n) = self.page.nodes.get(i as usize) else {
            return;
        };
        match tag {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => self.ctx.heading += 1,
            "pre" => self.ctx.pre += 1,
            "blockquote" => self.ctx.quote += 1,
            "li" | "dd" | "dt" => self.ctx.item += 1,
            "td" | "th" => self.ctx.cell += 1,
            "figcaption" => self.ctx.caption += 1,
            "a" => self.ctx.link += 1,
            _ => {}
        }
        let (caption, credit) = caption_like(n);
        if caption && tag != "figcaption" {
            self.ctx.caption += 1;
        }
        if credit {
            self.ctx.credit += 1;
        }
    }

    fn exit(&mut self, i: u32, tag: &str) {
        let Some(n) = self.page.nodes.get(i as usize) else {
            return;
        };
        let dec = |c: &mut u32| *c = c.saturating_sub(1);
        match tag {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => dec(&mut self.ctx.heading),
            "pre" => dec(&mut self.ctx.pre),
            "blockquote" => dec(&mut self.ctx.quote),
            "li" | "dd" | "dt" => dec(&mut self.ctx.item),
            "td" | "th" => dec(&mut self.ctx.cell),
            "figcaption" => dec(&mut self.ctx.caption),
            "a" => dec(&mut self.ctx.link),
            _ => {}
        }
        let (caption, credit) = caption_like(n);
        if caption && tag != "figcaption" {
            dec(&mut self.ctx.caption);
        }
        if credit {
            dec(&mut self.ctx.credit);
        }
    }
}

/// Removes leading and trailing whitespace (only `<pre>` text can have it), keeping the
/// segments exact.
fn trim(text: String, segments: Vec<Segment>) -> (String, Vec<Segment>) {
    let lead = text.len() - text.trim_start().len();
    let end = text.trim_end().len();
    if lead == 0 && end == text.len() {
        return (text, segments);
    }
    if lead >= end {
        return (String::new(), Vec::new());
    }
    let out = text.get(lead..end).unwrap_or("").to_string();
    let segs = segments
        .into_iter()
        .filter_map(|s| {
            let s0 = s.start.max(lead);
            let s1 = (s.start + s.len).min(end);
            (s1 > s0).then(|| Segment {
                start: s0 - lead,
                len: s1 - s0,
                node: s.node,
                node_start: s.node_start + (s0 - s.start),
            })
        })
        .collect();
    (out, segs)
}

/// Cuts the visible part of `page` below `root` into blocks, in document order.
pub fn build(page: &PageModel, kids: &[Vec<u32>], root: u32) -> Vec<RawBlock> {
    let mut b = Builder {
        page,
        blocks: Vec::new(),
        text: String::new(),
        segments: Vec::new(),
        link_bytes: 0,
        pending_space: false,
        ctx: Context::default(),
        owners: Vec::new(),
    };
    // (node, entering?) — an explicit stack: pages nest deeper than the call stack allows.
    let mut stack: Vec<(u32, bool)> = vec![(root, true)];
    while let Some((i, entering)) = stack.pop() {
        let Some(n) = page.nodes.get(i as usize) else {
            continue;
        };
        if n.is_text() {
            if !n.hidden {
                b.add_text(i, &n.text);
            }
            continue;
        }
        let tag = n.tag.as_str();
        let block = is_block_tag(tag);
        if entering {
            // Not rendered, or never reading text (the JSON-LD script, the head's title).
            if n.hidden || matches!(tag, "script" | "head" | "title") {
                continue;
            }
            if block {
                b.flush();
            }
            if tag == "br" || tag == "hr" {
                continue;
            }
            b.enter(i, tag);
            if block {
                b.owners.push(i);
            }
            stack.push((i, false));
            if let Some(k) = kids.get(i as usize) {
                for &c in k.iter().rev() {
                    stack.push((c, true));
                }
            }
        } else {
            if block {
                b.flush();
                b.owners.pop();
            }
            b.exit(i, tag);
        }
    }
    b.flush();
    b.blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::html;

    fn blocks(h: &str) -> (PageModel, Vec<RawBlock>) {
        let m = html::parse(h, None);
        let kids = m.children();
        let b = build(&m, &kids, 0);
        (m, b)
    }

    #[test]
    fn collapses_whitespace_and_keeps_segments_exact() {
        let (m, b) =
            blocks("<p>  Hello,\n   <b>big</b>  world. </p><p>Two  <a href=x>links</a></p>");
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["Hello, big world.", "Two links"]);
        for blk in &b {
            for s in &blk.segments {
                let node = &m.nodes[s.node as usize].text;
                assert_eq!(
                    &blk.text[s.start..s.start + s.len],
                    &node[s.node_start..s.node_start + s.len]
                );
            }
        }
        assert_eq!(b[1].link_bytes, 5);
    }

    #[test]
    fn kinds_follow_the_markup() {
        let (_, b) = blocks(
            "<h2>Head</h2><ul><li>Item</li></ul><blockquote><p>Said</p></blockquote>\
             <pre>  a\n  b </pre><table><tr><td>c</td></tr></table>\
             <figure><figcaption>Cap <span class=credit>Photo: X</span></figcaption></figure>",
        );
        let k: Vec<(BlockKind, &str)> = b.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            k,
            vec![
                (BlockKind::Heading, "Head"),
                (BlockKind::ListItem, "Item"),
                (BlockKind::Quote, "Said"),
                (BlockKind::Preformatted, "a\n  b"),
                (BlockKind::Table, "c"),
                (BlockKind::Caption, "Cap"),
            ]
        );
    }

    #[test]
    fn br_splits_and_hidden_is_skipped() {
        let (_, b) = blocks(
            "<div>One<br><br>Two<span hidden>secret</span></div><p style='display:none'>x</p>",
        );
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["One", "Two"]);
    }

    #[test]
    fn many_tiny_paragraphs_stay_linear() {
        let h = "<p>a</p>".repeat(100_000);
        let (_, b) = blocks(&h);
        assert_eq!(b.len(), 100_000);
    }
}
