//! The analysis as the outside world sees it: the JSON contract of the command line (offsets in
//! code points, see ../shared/eval/README.md) and the object handed to JavaScript (UTF-16).
//! One `View` type serves both; only the offset unit differs.

use crate::extract::Article;
use crate::insight::Analysis;
use crate::offsets::{OffsetMap, Unit};
use crate::page::PageModel;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct View {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub article: ArticleView,
    pub mentions: Vec<MentionView>,
    pub timex: Vec<TimexView>,
    pub speakers: Vec<SpeakerView>,
    /// People and organisations mentioned but never quoted.
    pub people: Vec<SpeakerView>,
    pub places: Vec<PlaceView>,
    pub timeline: Vec<EntryView>,
    /// The date relative dates were resolved against, and whether it is the publication date.
    pub anchor: Option<AnchorView>,
    /// Things the reader should know: "partial article", "too large: analysed the first N characters".
    pub warnings: Vec<String>,
    /// Article text → page text nodes, for highlighting (JavaScript view only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<SegmentView>>,
}

#[derive(Debug, Serialize)]
pub struct ArticleView {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site: Option<String>,
    pub published: Option<String>,
    pub published_time: Option<String>,
    pub published_tz: Option<String>,
    pub published_source: Option<&'static str>,
    pub dateline: Option<String>,
    pub lang: Option<String>,
    pub partial: bool,
    pub words: usize,
    pub text: String,
    pub blocks: Vec<BlockView>,
    pub captions: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct BlockView {
    pub kind: crate::extract::BlockKind,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Serialize)]
pub struct MentionView {
    pub start: usize,
    pub end: usize,
    pub label: crate::entities::Label,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct TimexView {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: crate::timex::TimexType,
    pub value: String,
    pub text: String,
    pub relative: bool,
    /// Named but for the year, which was guessed around the anchor ("June 7-8").
    pub year_inferred: bool,
    /// The UTC offset of a named zone ("3:30 p.m. EDT" → "-04:00"), kept out of `value`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct QuoteView {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: crate::quotes::QuoteKind,
    pub partial: bool,
    /// The sentence the quote is in, for context.
    pub sentence: SpanView,
    /// The words naming who said it, as `[start, end]` pairs ("he", "the statement").
    pub speaker_mentions: Vec<(usize, usize)>,
}

#[derive(Debug, Serialize)]
pub struct SpeakerView {
    pub name: String,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    pub kind: crate::speakers::SpeakerKind,
    pub quotes: Vec<QuoteView>,
    pub mentions: Vec<SpanView>,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct SpanView {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Serialize)]
pub struct PlaceView {
    pub name: String,
    pub kind: crate::gazetteer::PlaceKind,
    pub id: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub population: Option<u64>,
    pub confidence: f32,
    pub mentions: Vec<SpanView>,
}

#[derive(Debug, Serialize)]
pub struct EntryView {
    pub value: String,
    pub expression: String,
    pub event: String,
    pub start: usize,
    pub end: usize,
    pub sentence: SpanView,
    pub relative: bool,
    pub year_inferred: bool,
    pub fuzzy: bool,
    pub sort_day: i64,
}

#[derive(Debug, Serialize)]
pub struct AnchorView {
    pub date: String,
    pub published: bool,
    /// The date is the dateline's, for lack of a publication date.
    pub dateline: bool,
}

/// One run of article text copied from a page text node, in UTF-16 units.
#[derive(Debug, Serialize)]
pub struct SegmentView {
    pub start: usize,
    pub end: usize,
    pub node: u32,
    pub node_start: usize,
}

/// Builds the view of an analysis with offsets in `unit`.
pub fn view(a: &Analysis, unit: Unit) -> View {
    let text = &a.article.text;
    let map = OffsetMap::new(text, unit);
    let c = |b: usize| map.convert(b);
    let span = |s: usize, e: usize| SpanView {
        start: c(s),
        end: c(e),
    };
    let slice = |s: usize, e: usize| text.get(s..e).unwrap_or("").to_string();
    let quote_view = |i: usize| {
        let q = &a.quotes[i];
        let (ss, se) = sentence_bounds(a, q.sentence, q.start, q.end);
        QuoteView {
            start: c(q.start),
            end: c(q.end),
            text: slice(q.start, q.end),
            kind: q.kind,
            partial: q.partial,
            sentence: span(ss, se),
            speaker_mentions: q.source.iter().map(|&(s, e)| (c(s), c(e))).collect(),
        }
    };
    let speaker_view = |s: &crate::speakers::Speaker| SpeakerView {
        name: s.name.clone(),
        role: s.role.clone(),
        aliases: s.aliases.clone(),
        kind: s.kind,
        quotes: s
            .quotes
            .iter()
            .filter(|&&i| i < a.quotes.len())
            .map(|&i| quote_view(i))
            .collect(),
        mentions: s.mentions.iter().map(|&(s, e)| span(s, e)).collect(),
    };
    let mut warnings = Vec::new();
    if a.article.partial {
        warnings.push("partial article: only part of the story is on the page".to_string());
    }
    if let Some(n) = a.truncated {
        warnings.push(format!("too large: analysed the first {} characters", c(n)));
    }
    if a.article.published.is_none() {
        warnings.push(match a.anchor {
            Some(x) if x.dateline => {
                "no publication date: dates are relative to the dateline".to_string()
            }
            Some(_) => "no publication date: dates are relative to today".to_string(),
            None => "no publication date: relative dates are not resolved".to_string(),
        });
    }
    View {
        id: None,
        article: article_view(&a.article, &c),
        mentions: a
            .mentions
            .iter()
            .map(|m| MentionView {
                start: c(m.start),
                end: c(m.end),
                label: m.label,
                text: slice(m.start, m.end),
            })
            .collect(),
        timex: a
            .timex
            .iter()
            .map(|t| TimexView {
                start: c(t.start),
                end: c(t.end),
                kind: t.kind,
                value: t.value.clone(),
                text: slice(t.start, t.end),
                relative: t.relative,
                year_inferred: t.year_inferred,
                zone: t.zone,
            })
            .collect(),
        speakers: a.cast.speakers.iter().map(speaker_view).collect(),
        people: a.cast.mentioned.iter().map(speaker_view).collect(),
        places: a
            .places
            .iter()
            .map(|p| PlaceView {
                name: p.name.clone(),
                kind: p.kind,
                id: p.id.clone(),
                country: p.country.clone(),
                lat: p.lat,
                lon: p.lon,
                population: p.population,
                confidence: p.confidence,
                mentions: p.mentions.iter().map(|&(s, e)| span(s, e)).collect(),
            })
            .collect(),
        timeline: a
            .timeline
            .iter()
            .map(|e| EntryView {
                value: e.value.clone(),
                expression: slice(e.start, e.end),
                event: e.event.clone(),
                start: c(e.start),
                end: c(e.end),
                sentence: span(e.sentence.0, e.sentence.1),
                relative: e.relative,
                year_inferred: e.year_inferred,
                fuzzy: e.fuzzy,
                sort_day: e.sort_day,
            })
            .collect(),
        anchor: a.anchor.map(|x| AnchorView {
            date: format!("{:04}-{:02}-{:02}", x.year, x.month, x.day),
            published: x.published,
            dateline: x.dateline,
        }),
        warnings,
        segments: None,
    }
}

/// The byte span of the sentence a quote starts in, falling back to the quote itself.
fn sentence_bounds(a: &Analysis, sentence: usize, start: usize, end: usize) -> (usize, usize) {
    a.sentences.get(sentence).copied().unwrap_or((start, end))
}

fn article_view(a: &Article, c: &dyn Fn(usize) -> usize) -> ArticleView {
    ArticleView {
        title: a.title.clone(),
        byline: a.byline.clone(),
        site: a.site.clone(),
        published: a.published.as_ref().map(|p| p.date.clone()),
        published_time: a.published.as_ref().and_then(|p| p.time.clone()),
        published_tz: a.published.as_ref().and_then(|p| p.tz.clone()),
        published_source: a.published.as_ref().map(|p| p.source),
        dateline: a.dateline.clone(),
        lang: a.lang.clone(),
        partial: a.partial,
        words: a.text.split_whitespace().count(),
        text: a.text.clone(),
        blocks: a
            .blocks
            .iter()
            .map(|b| BlockView {
                kind: b.kind,
                start: c(b.start),
                end: c(b.end),
            })
            .collect(),
        captions: a.captions.iter().map(|k| k.text.clone()).collect(),
    }
}

/// The segments in UTF-16 units, for the JavaScript side to map article offsets to text nodes.
pub fn segments_utf16(a: &Article, page: &PageModel) -> Vec<SegmentView> {
    let map = OffsetMap::new(&a.text, Unit::Utf16);
    // Consecutive segments often come from one long text node (white space collapsed inside
    // it): one offset map per node, not a scan from the node's start for every segment.
    let mut node_map: Option<(u32, OffsetMap)> = None;
    a.segments
        .iter()
        .filter_map(|s| {
            let node = page.nodes.get(s.node as usize)?;
            if node_map.as_ref().is_none_or(|(n, _)| *n != s.node) {
                node_map = Some((s.node, OffsetMap::new(&node.text, Unit::Utf16)));
            }
            let node_start = node_map.as_ref()?.1.convert(s.node_start);
            Some(SegmentView {
                start: map.convert(s.start),
                end: map.convert(s.start + s.len),
                node: s.node,
                node_start,
            })
        })
        .collect()
}
