//! Article extraction: from the page model to the article (title, byline, site, publication
//! date, body blocks), with a map from every byte of the article text back to the page's text
//! nodes so results can be highlighted in the live page.

use crate::page::PageModel;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
    Quote,
    Table,
    Preformatted,
    Caption,
}

/// A block of the article: a byte range of `Article::text`.
#[derive(Debug, Clone, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    pub start: usize,
    pub end: usize,
}

/// A run of article text copied verbatim from one text node of the page model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// Byte offset in `Article::text`.
    pub start: usize,
    /// Length in bytes (the same in the article and in the node).
    pub len: usize,
    /// Index of the text node in `PageModel::nodes`.
    pub node: u32,
    /// Byte offset in that node's text.
    pub node_start: usize,
}

/// A publication date as the page states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Published {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM` or `HH:MM:SS` when the page gives a time.
    pub time: Option<String>,
    /// The publisher's offset from UTC, `+02:00` or `Z`, when given.
    pub tz: Option<String>,
    /// Where it came from: "json-ld", "meta", "time", "url", "dateline", "text".
    pub source: &'static str,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Article {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site: Option<String>,
    pub published: Option<Published>,
    pub lang: Option<String>,
    /// The dateline ("NAIROBI, Kenya (AP)"), when the story opens with one.
    pub dateline: Option<String>,
    /// Body text: blocks separated by a blank line ("\n\n").
    pub text: String,
    pub blocks: Vec<Block>,
    /// Image captions, kept apart from the body: the text of each and its source segments.
    pub captions: Vec<Caption>,
    /// Sorted by `start`; covers every byte of `text` that came from the page (separators don't).
    pub segments: Vec<Segment>,
    /// A paywall or teaser stub: only part of the story is on the page.
    pub partial: bool,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Caption {
    pub text: String,
    pub segments: Vec<Segment>,
}

/// Why a page is not analysed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NotAnArticle {
    pub reason: String,
}

impl std::fmt::Display for NotAnArticle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "not an article: {}", self.reason)
    }
}

/// Finds the article in a page.
pub fn extract(page: &PageModel) -> Result<Article, NotAnArticle> {
    // Placeholder until the extraction stage lands: every visible text node of the body,
    // one paragraph per block-level parent.
    let _ = page;
    Err(NotAnArticle {
        reason: "extraction is not implemented yet".into(),
    })
}

/// The article of a plain-text document: the text exactly as given, blocks split on blank lines.
pub fn from_text(text: &str) -> Article {
    let mut blocks = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // skip blank space between blocks
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= bytes.len() {
            break;
        }
        let start = i;
        let mut end;
        loop {
            match text[i..].find('\n') {
                None => {
                    end = text.len();
                    i = text.len();
                    break;
                }
                Some(k) => {
                    let line_end = i + k;
                    end = line_end;
                    i = line_end + 1;
                    // a blank line (only spaces) ends the block
                    let rest = &text[i..];
                    let next_nl = rest.find('\n');
                    let next_line = &rest[..next_nl.unwrap_or(rest.len())];
                    if next_line.trim().is_empty() {
                        break;
                    }
                }
            }
        }
        let trimmed_end = start + text[start..end].trim_end().len();
        blocks.push(Block {
            kind: BlockKind::Paragraph,
            start,
            end: trimmed_end,
        });
    }
    Article {
        text: text.to_string(),
        blocks,
        segments: vec![Segment {
            start: 0,
            len: text.len(),
            node: 3,
            node_start: 0,
        }],
        ..Article::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_blocks_split_on_blank_lines() {
        let a = from_text("\n\nNAIROBI (AP) _\n\nOne line.\nSame block.\n  \nNext.");
        let b: Vec<&str> = a.blocks.iter().map(|b| &a.text[b.start..b.end]).collect();
        assert_eq!(b, vec!["NAIROBI (AP) _", "One line.\nSame block.", "Next."]);
    }
}
