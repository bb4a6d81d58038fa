//! The pipeline: page model → article → sentences → mentions → resolution → insight.
//!
//! Each stage is a function of plain data; this module only runs them in order and gathers the
//! results into an `Analysis`, whose offsets are bytes of `article.text`.

use crate::entities::{self, Mention};
use crate::extract::{self, Article, NotAnArticle};
use crate::page::PageModel;
use crate::places::{self, Place};
use crate::quotes::{self, Quote};
use crate::sentences;
use crate::speakers::{self, Cast};
use crate::timeline::{self, Entry};
use crate::timex::{self, Anchor, Timex};
use serde::Serialize;

/// Article text beyond this many bytes is not analysed: the panel says so.
pub const MAX_TEXT_BYTES: usize = 2 << 20;

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Overrides the publication date found in the page ("YYYY-MM-DD").
    pub published: Option<String>,
    /// Today's date ("YYYY-MM-DD"), the anchor when there is no publication date.
    pub today: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    pub article: Article,
    pub mentions: Vec<Mention>,
    pub timex: Vec<Timex>,
    pub quotes: Vec<Quote>,
    pub cast: Cast,
    pub places: Vec<Place>,
    pub timeline: Vec<Entry>,
    /// Sentence spans (bytes), indexed like the `sentence` fields of mentions, quotes and timexes.
    pub sentences: Vec<(usize, usize)>,
    /// What the dates are relative to.
    pub anchor: Option<Anchor>,
    /// Set when the article was cut to `MAX_TEXT_BYTES`: how many bytes were analysed.
    pub truncated: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    NotAnArticle(NotAnArticle),
    BadInput(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::NotAnArticle(n) => n.fmt(f),
            Error::BadInput(m) => write!(f, "bad input: {m}"),
        }
    }
}

impl std::error::Error for Error {}

/// Analyses a page model (from the live DOM or from parsed HTML).
pub fn analyze_page(page: &PageModel, options: &Options) -> Result<Analysis, Error> {
    page.validate().map_err(Error::BadInput)?;
    let article = extract::extract(page).map_err(Error::NotAnArticle)?;
    Ok(analyze_article(article, options))
}

/// Analyses plain text: the text is the article, exactly as given.
pub fn analyze_text(text: &str, options: &Options) -> Analysis {
    analyze_article(extract::from_text(text), options)
}

/// Parses a `YYYY-MM-DD` date (a longer ISO timestamp is cut to its date).
pub fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let s = s.trim();
    let d = s.get(..10)?;
    let b = d.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i32 = d[..4].parse().ok()?;
    let m: u32 = d[5..7].parse().ok()?;
    let day: u32 = d[8..10].parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&day)).then_some((y, m, day))
}

pub fn analyze_article(mut article: Article, options: &Options) -> Analysis {
    let truncated = truncate(&mut article);
    if let Some(p) = options
        .published
        .as_deref()
        .and_then(|p| parse_date(p).map(|_| p))
    {
        article.published = Some(extract::Published {
            date: p[..10].to_string(),
            time: None,
            tz: None,
            source: "given",
        });
    }
    let anchor = article
        .published
        .as_ref()
        .and_then(|p| parse_date(&p.date))
        .map(|(year, month, day)| Anchor {
            year,
            month,
            day,
            published: true,
            dateline: false,
        })
        .or_else(|| {
            options
                .today
                .as_deref()
                .and_then(parse_date)
                .map(|(year, month, day)| Anchor {
                    year,
                    month,
                    day,
                    published: false,
                    dateline: false,
                })
        });
    let doc = sentences::split(&article.text, &article.blocks);
    // With no publication date, a wire story's dateline still says when it was filed.
    // Found once: the anchor and the timeline's filing entry both read it.
    let filed = timex::dateline(&doc);
    let anchor = timex::dateline_anchor(filed.as_ref(), anchor).or(anchor);
    let mut mentions = entities::recognize(&doc, &article);
    places::refine(&doc, &article, &mut mentions);
    mentions.sort_by_key(|m| (m.start, m.end));
    let quotes = quotes::find(&doc, &article, &mentions);
    let cast = speakers::resolve(&doc, &article, &mentions, &quotes);
    let places = places::resolve(&doc, &article, &mentions);
    let timex = timex::find(&doc, anchor);
    let timeline = timeline::build(&doc, &article, &timex, filed.as_ref());
    let sentences = doc.sentences.iter().map(|s| (s.start, s.end)).collect();
    Analysis {
        mentions,
        timex,
        quotes,
        cast,
        places,
        timeline,
        sentences,
        anchor,
        truncated,
        article,
    }
}

/// Cuts an over-long article at a block boundary (or a char boundary inside the first block),
/// so every stage stays within its time budget.
fn truncate(article: &mut Article) -> Option<usize> {
    if article.text.len() <= MAX_TEXT_BYTES {
        return None;
    }
    let mut cut = article
        .blocks
        .iter()
        .take_while(|b| b.end <= MAX_TEXT_BYTES)
        .last()
        .map_or(0, |b| b.end);
    if cut == 0 {
        cut = MAX_TEXT_BYTES;
        while !article.text.is_char_boundary(cut) {
            cut -= 1;
        }
    }
    article.text.truncate(cut);
    article.blocks.retain(|b| b.start < cut);
    for b in &mut article.blocks {
        b.end = b.end.min(cut);
    }
    article.segments.retain(|s| s.start < cut);
    for s in &mut article.segments {
        s.len = s.len.min(cut - s.start);
    }
    Some(cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_and_reject() {
        assert_eq!(parse_date("2021-05-07T19:32:00Z"), Some((2021, 5, 7)));
        assert_eq!(parse_date("2021-13-07"), None);
        assert_eq!(parse_date("May 7"), None);
    }

    #[test]
    fn a_dateline_anchors_a_story_without_a_publication_date() {
        let text =
            "WASHINGTON, Aug. 11 (Xinhua) --\n\nThe envoy said on Tuesday that talks went well.";
        let today = Options {
            today: Some("1998-09-20".into()),
            ..Options::default()
        };
        let a = analyze_text(text, &today).anchor.unwrap();
        assert_eq!(
            (a.year, a.month, a.day, a.published, a.dateline),
            (1998, 8, 11, false, true)
        );
        // a publication date, given or found, wins over the dateline
        let given = Options {
            published: Some("1998-08-12".into()),
            ..today.clone()
        };
        let a = analyze_text(text, &given).anchor.unwrap();
        assert_eq!((a.day, a.published, a.dateline), (12, true, false));
        // no dateline: today
        let a = analyze_text("The envoy said on Tuesday that talks went well.", &today);
        let a = a.anchor.unwrap();
        assert_eq!((a.day, a.published, a.dateline), (20, false, false));
    }

    #[test]
    fn huge_text_is_cut_on_a_char_boundary() {
        let text = "é".repeat(MAX_TEXT_BYTES); // one block, 2 bytes a char
        let a = analyze_text(&text, &Options::default());
        let cut = a.truncated.unwrap();
        assert!(cut <= MAX_TEXT_BYTES && a.article.text.len() == cut);
    }
}
