//! Article extraction: from the page model to the article (title, byline, site, publication
//! date, body blocks), with a map from every byte of the article text back to the page's text
//! nodes so results can be highlighted in the live page.

use crate::page::PageModel;
use serde::Serialize;

pub mod blocks;
pub mod dateline;
pub mod dates;
pub mod hints;
pub mod labels;
pub mod metadata;
pub mod select;

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

/// Fewer words than this in the chosen body is not a story: a home page, a video page, an index.
const MIN_WORDS: usize = 40;

/// Finds the article in a page.
pub fn extract(page: &PageModel) -> Result<Article, NotAnArticle> {
    let no = |reason: &str| NotAnArticle {
        reason: reason.to_string(),
    };
    if page.nodes.is_empty() {
        return Err(no("the page is empty"));
    }
    let kids = page.children();
    let roles = hints::roles(page);
    let facts = metadata::gather(page, &kids, &roles);
    let body_root = page.nodes.iter().position(|n| n.tag == "body").unwrap_or(0) as u32;
    let raw = blocks::build(page, &kids, body_root, &roles);
    if raw.is_empty() {
        return Err(no("the page has no visible text"));
    }
    let sel = select::select(page, &kids, &raw, body_root, &roles);

    let url = metadata::url(&facts, page.url.as_deref());
    let site = metadata::site(&facts, url);
    let title = metadata::title(&facts, site.as_deref());
    let title_n = title.as_deref().map(norm);

    let mut article = Article {
        byline: metadata::byline(&facts, site.as_deref()),
        lang: metadata::lang(&facts),
        ..Article::default()
    };
    for &k in &sel.body {
        let b = &raw[k];
        // The headline is the title, not body text.
        if b.kind == BlockKind::Heading && title_n.as_deref() == Some(norm(&b.text).as_str()) {
            continue;
        }
        if !article.text.is_empty() {
            article.text.push_str("\n\n");
        }
        let start = article.text.len();
        article.text.push_str(&b.text);
        article.segments.extend(b.segments.iter().map(|s| Segment {
            start: s.start + start,
            ..*s
        }));
        article.blocks.push(Block {
            kind: b.kind,
            start,
            end: article.text.len(),
        });
    }
    article.captions = sel
        .captions
        .iter()
        .map(|&k| Caption {
            text: raw[k].text.clone(),
            segments: raw[k].segments.clone(),
        })
        .collect();

    let words = word_count(&article.text);
    if words < MIN_WORDS {
        let video = facts.videos > 0 || facts.ld.kinds.iter().any(|k| k == "VideoObject");
        let (all, linked) = raw
            .iter()
            .fold((0, 0), |(a, l), b| (a + b.text.len(), l + b.link_bytes));
        return Err(no(if video {
            "this is a video page with little or no text"
        } else if linked * 2 > all {
            "this page is mostly links and headlines (a home page or a list of stories), not an article"
        } else {
            "no article text found on this page"
        }));
    }
    if is_listing(page, &facts, url) && sel.total_prose < 1500.0 {
        return Err(no(
            "this page is a list of stories or search results, not an article",
        ));
    }

    article.dateline = dateline::find(
        article
            .blocks
            .first()
            .and_then(|b| article.text.get(b.start..b.end))
            .unwrap_or(""),
    );
    article.published = publication_date(url, &facts, &raw, &sel, &article, title_n.as_deref());
    article.partial = metadata::paywalled(&facts) && words < 400;
    article.title = title;
    article.site = site;
    Ok(article)
}

/// Words in a text; scripts written without spaces (Chinese, Japanese) count one word per two
/// characters, about what a reader takes in per word.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .map(|w| {
            let dense = w.chars().filter(|&c| is_dense_script(c)).count();
            if dense == 0 {
                1
            } else {
                dense.div_ceil(2)
            }
        })
        .sum()
}

fn is_dense_script(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Home pages and search results: the page declares itself a website (not an article) and its
/// address is the site's root or a search.
fn is_listing(page: &PageModel, facts: &metadata::Facts, url: Option<&str>) -> bool {
    let _ = page;
    let declared_article = facts
        .ld
        .kinds
        .iter()
        .any(|k| k.ends_with("Article") || k.ends_with("Posting"))
        || facts
            .meta(&["og:type"])
            .is_some_and(|t| t.eq_ignore_ascii_case("article"));
    if declared_article {
        return false;
    }
    let Some(u) = url else { return false };
    let path = u
        .split("://")
        .nth(1)
        .map(|r| r.find('/').and_then(|k| r.get(k..)).unwrap_or("/"))
        .unwrap_or(u);
    let path_only = path.split(['?', '#']).next().unwrap_or("");
    path_only.is_empty()
        || path_only == "/"
        || path_only.contains("/search")
        || path.contains("?q=")
        || path.contains("&q=")
}

/// The publication date, from the most trustworthy place that has one.
fn publication_date(
    url: Option<&str>,
    facts: &metadata::Facts,
    raw: &[blocks::RawBlock],
    sel: &select::Selection,
    article: &Article,
    title: Option<&str>,
) -> Option<Published> {
    let make = |s: dates::Stamp, source: &'static str| Published {
        date: s.date(),
        time: s.time.clone(),
        tz: s.tz.clone(),
        source,
    };
    if let Some(f) = metadata::published(facts) {
        return Some(make(f.stamp, f.source));
    }
    if let Some(s) = url.and_then(dates::from_url) {
        return Some(make(s, "url"));
    }
    if let Some(f) = metadata::created(facts) {
        return Some(make(f.stamp, f.source));
    }
    // A <time> near the story (its byline), before any in sidebars further down.
    let near = sel.container as usize;
    if let Some(s) = facts
        .times
        .iter()
        .filter(|(i, _, _)| *i as usize >= near.saturating_sub(200))
        .find_map(|(_, dt, _)| dates::parse_iso(dt))
    {
        return Some(make(s, "time"));
    }
    // The text: the lines between the headline and the story (byline and date), its first
    // paragraphs, captions. Lines above the headline are the site's (today's date in a
    // masthead), not the story's.
    let first_body = sel.body.first().copied().unwrap_or(0);
    let headline = title.and_then(|t| {
        raw.get(..first_body)?
            .iter()
            .rposition(|b| b.kind == BlockKind::Heading && norm(&b.text) == t)
    });
    let from = headline
        .unwrap_or(first_body.saturating_sub(8))
        .max(first_body.saturating_sub(60));
    let above = raw
        .get(from..first_body)
        .unwrap_or(&[])
        .iter()
        .map(|b| b.text.as_str());
    let lead = article
        .blocks
        .iter()
        .take(3)
        .filter_map(|b| article.text.get(b.start..b.end));
    let caps = article.captions.iter().map(|c| c.text.as_str());
    if let Some((s, _, _)) = above.chain(lead).chain(caps).find_map(dates::find_in_text) {
        return Some(make(s, "text"));
    }
    metadata::modified(facts).map(|f| make(f.stamp, f.source))
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

#[cfg(all(test, feature = "html"))]
mod page_tests {
    use super::*;
    use crate::page::html;

    const VOA: &str = include_str!("../fixtures/voa-harris-lopez-obrador.html");
    const VOA_NOMETA: &str = include_str!("../fixtures/voa-harris-lopez-obrador-nometa.html");

    /// Every segment is a verbatim copy of its text node: what the extension highlights.
    fn assert_segments_exact(page: &PageModel, a: &Article) {
        let mut covered = 0;
        let mut last_end = 0;
        for s in &a.segments {
            assert!(s.start >= last_end, "segments overlap or are unsorted");
            last_end = s.start + s.len;
            let node = &page.nodes[s.node as usize];
            assert!(node.is_text());
            assert_eq!(
                &a.text[s.start..s.start + s.len],
                &node.text[s.node_start..s.node_start + s.len]
            );
            covered += s.len;
        }
        // Everything but the separators (single spaces and blank lines) comes from the page.
        let separators = a.text.bytes().filter(|&b| b == b' ' || b == b'\n').count();
        assert!(covered + separators >= a.text.len(), "uncovered page text");
    }

    #[test]
    fn voa_sample() {
        let page = html::parse(VOA, Some("https://www.voanews.com/a/usa_us-vice-president"));
        let a = extract(&page).unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("US Vice President Calls for Immigration Effort With Mexico")
        );
        let p = a.published.as_ref().unwrap();
        assert_eq!((p.date.as_str(), p.source), ("2021-05-07", "json-ld"));
        let kinds: Vec<BlockKind> = a.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds.iter().filter(|&&k| k == BlockKind::Paragraph).count(),
            15
        );
        assert_eq!(
            kinds.iter().filter(|&&k| k == BlockKind::Heading).count(),
            2
        );
        assert_eq!(a.blocks.len(), 17);
        assert!(a
            .text
            .starts_with("U.S. Vice President Kamala Harris said Friday"));
        assert!(a.text.ends_with("Lopez Obrador said ahead of the talks."));
        assert!(!a.text.contains("Share this page") && !a.text.contains("Accessibility"));
        assert_eq!(a.captions.len(), 1);
        assert!(a.captions[0].text.contains("May 7, 2021"));
        assert!(!a.text.contains("Eisenhower"));
        assert_eq!(a.site.as_deref(), Some("Voice of America"));
        assert_eq!(a.lang.as_deref(), Some("en"));
        assert_eq!(a.byline, None); // "VOA News" is a desk, not a person
        assert!(!a.partial);
        assert_segments_exact(&page, &a);
        for b in &a.blocks {
            assert_eq!(&a.text[b.start..b.end], a.text[b.start..b.end].trim());
        }
    }

    #[test]
    fn voa_without_metadata_dates_from_the_text() {
        let page = html::parse(VOA_NOMETA, None);
        let a = extract(&page).unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("US Vice President Calls for Immigration Effort With Mexico")
        );
        let p = a.published.as_ref().unwrap();
        assert_eq!((p.date.as_str(), p.source), ("2021-05-07", "text"));
        assert_eq!(a.blocks.len(), 17);
        assert_segments_exact(&page, &a);
    }

    #[test]
    fn not_articles_say_why() {
        let nav = format!(
            "<html><head><title>Home</title></head><body><ul>{}</ul></body></html>",
            "<li><a href=/x>A story headline that is here</a></li>".repeat(40)
        );
        let e = extract(&html::parse(&nav, Some("https://example.com/"))).unwrap_err();
        assert!(e.reason.contains("links"), "{}", e.reason);
        let e = extract(&html::parse("", None)).unwrap_err();
        assert!(!e.reason.is_empty());
        let e = extract(&html::parse(
            "<body><video src=a.mp4></video><p>Watch.</p></body>",
            None,
        ))
        .unwrap_err();
        assert!(e.reason.contains("video"), "{}", e.reason);
    }

    #[test]
    fn boilerplate_and_hidden_text_stay_out() {
        let para = "This is a sentence of the story that goes on for a while, as stories do. ";
        let h = format!(
            "<body><nav><a href=/>Home</a></nav><article><h1>Headline of the story</h1>\
             <p>{p}</p><div class=share-bar>Share on Facebook</div><p>{p}{p}</p>\
             <p hidden>Secret text that is hidden from readers of the page entirely.</p>\
             <div class=newsletter><p>Sign up for our newsletter to get stories like this one daily.</p></div>\
             <p>{p}</p></article><section class=comments><p>{p}{p}{p}{p}</p></section></body>",
            p = para
        );
        let page = html::parse(&h, None);
        let a = extract(&page).unwrap();
        assert_eq!(a.blocks.len(), 3);
        assert!(
            !a.text.contains("Share") && !a.text.contains("Secret") && !a.text.contains("Sign up")
        );
        assert_eq!(a.title.as_deref(), Some("Headline of the story"));
        assert_segments_exact(&page, &a);
    }

    #[test]
    fn story_split_over_containers_stays_whole() {
        let p = "Words of the story continue here with more detail and a full stop at the end. ";
        let h = format!(
            "<body><div class=wrap><div class=part><p>{p}{p}</p><p>{p}</p></div>\
             <div class=ad-slot>Advertisement</div><div class=part><p>{p}{p}</p><p>{p}</p></div></div>\
             <aside><ul><li><a href=/1>Other story one</a></li><li><a href=/2>Other story two</a></li></ul></aside></body>"
        );
        let a = extract(&html::parse(&h, None)).unwrap();
        assert_eq!(a.blocks.len(), 4);
        assert!(!a.text.contains("Advertisement") && !a.text.contains("Other story"));
    }

    #[test]
    fn paywall_teaser_is_partial_and_dateline_and_url_date_are_read() {
        let p = "Kenya's president said the vote would go ahead as planned, despite the protests \
                 that have filled the streets of the capital for a week.";
        let h = format!(
            "<html><head><script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\
             \"isAccessibleForFree\":false}}</script></head><body><article>\
             <p>NAIROBI, Kenya (AP) \u{2014} {p}</p><p>{p}</p><p>{p}</p>\
             <div class=paywall>Subscribe to continue reading.</div></article></body></html>"
        );
        let page = html::parse(&h, Some("https://news.example/world/2015/03/18/kenya-vote"));
        let a = extract(&page).unwrap();
        assert!(a.partial);
        assert_eq!(a.dateline.as_deref(), Some("NAIROBI, Kenya (AP)"));
        let d = a.published.unwrap();
        assert_eq!((d.date.as_str(), d.source), ("2015-03-18", "url"));
        assert!(!a.text.contains("Subscribe"));
    }

    #[test]
    fn hostile_inputs_finish() {
        let deep =
            "<div>".repeat(10_000) + &"<p>Some words of a paragraph that ends.</p>".repeat(20);
        let _ = extract(&html::parse(&deep, None));
        let tiny = "<p>a b c d e.</p>".repeat(100_000);
        let _ = extract(&html::parse(&tiny, None));
    }
}

/// Tools for looking at what extraction decided on a page:
/// `NEWSLENS_PAGE=page.html cargo test --release --lib extract::inspect -- --ignored --nocapture`
/// (its speed over many pages: `examples/extract_speed.rs`)
#[cfg(all(test, feature = "html"))]
mod inspect {
    use super::*;

    #[test]
    #[ignore]
    fn inspect() {
        let Ok(path) = std::env::var("NEWSLENS_PAGE") else {
            return;
        };
        let raw_bytes = std::fs::read(&path).unwrap();
        let html = String::from_utf8_lossy(&raw_bytes);
        let page = crate::page::html::parse(&html, std::env::var("NEWSLENS_URL").ok().as_deref());
        let kids = page.children();
        let body = page.nodes.iter().position(|n| n.tag == "body").unwrap_or(0) as u32;
        let roles = hints::roles(&page);
        let raw = blocks::build(&page, &kids, body, &roles);
        let sel = select::select(&page, &kids, &raw, body, &roles);
        let path_of = |mut i: u32| {
            let mut p = Vec::new();
            while let Some(n) = page.nodes.get(i as usize) {
                let mut s = n.tag.clone();
                if let Some(c) = n.attr("class") {
                    s.push('.');
                    s.push_str(&c.split_whitespace().collect::<Vec<_>>().join("."));
                }
                if let Some(c) = n.attr("id") {
                    s.push('#');
                    s.push_str(c);
                }
                p.push(s);
                match n.parent {
                    Some(q) => i = q,
                    None => break,
                }
            }
            p.reverse();
            p.join(" > ")
        };
        println!("container: {} {}", sel.container, path_of(sel.container));
        for (k, b) in raw.iter().enumerate() {
            let mark = if sel.body.contains(&k) {
                "+"
            } else if sel.captions.contains(&k) {
                "c"
            } else {
                " "
            };
            let t: String = b.text.chars().take(90).collect();
            println!(
                "{mark} {:>5.0} ld{:.2} {:?} [{}] {t}",
                select::prose_weight(b),
                select::link_density(b),
                b.kind,
                path_of(b.owner)
                    .chars()
                    .rev()
                    .take(110)
                    .collect::<String>()
                    .chars()
                    .rev()
                    .collect::<String>()
            );
        }
        println!(
            "{:?}",
            extract(&page).map(|a| (a.title, a.byline, a.published, a.dateline))
        );
    }
}

#[cfg(all(test, feature = "html"))]
mod hostile_tests {
    use super::*;
    use crate::page::html;

    /// Shapes that make quadratic code crawl: deep nesting with roles on every level, a huge
    /// flat page, and a 5 MB page. Each must finish without a panic (a quadratic step would
    /// keep this test running for hours).
    #[test]
    fn hostile_shapes_finish() {
        let p = "<p>Words of a paragraph, with a comma, that ends here.</p>";
        let deep = "<div class='byline story'><h1>x</h1>".repeat(5_000) + &p.repeat(50);
        let wide = "<div class=story>".to_string()
            + &"<div class=story><p>One, two.</p></div>".repeat(30_000);
        let big = format!("<article>{}</article>", p.repeat(5_000_000 / p.len()));
        for h in [&deep, &wide, &big] {
            let page = html::parse(h, None);
            assert!(page.validate().is_ok());
            let a = extract(&page).unwrap();
            assert!(a.text.len() <= h.len());
        }
    }
}
