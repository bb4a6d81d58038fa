//! What every analysis must satisfy whatever the input: shared by tests/pathological.rs,
//! tests/properties.rs and the fuzz targets (which include this file by path), so a fuzzer finding
//! and a failing test mean the same broken promise.
//!
//! The checks return a description of the first broken promise instead of panicking, so proptest
//! can shrink on it and the fuzz targets can abort with a readable message.

#![allow(dead_code)] // each test binary uses a different part

use newslens::insight::{Analysis, Error, MAX_TEXT_BYTES};
use newslens::offsets::{self, Unit};
use newslens::output::{self, View};
use newslens::page::PageModel;
use newslens::Options;

/// Options that make every run reproducible: relative dates need an anchor, and the system
/// clock must not leak into a comparison of two runs.
pub fn options() -> Options {
    Options {
        published: None,
        today: Some("2021-05-07".to_string()),
    }
}

/// A byte span must lie inside `text` and start and end on char boundaries, or slicing it in a
/// later stage (or in the panel) panics.
fn byte_span(text: &str, what: &str, s: usize, e: usize) -> Result<(), String> {
    if s > e || e > text.len() {
        return Err(format!(
            "{what}: span {s}..{e} outside text of {} bytes",
            text.len()
        ));
    }
    if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
        return Err(format!("{what}: span {s}..{e} splits a character"));
    }
    Ok(())
}

/// Checks the core's promises on an analysis: byte spans inside the article text on char
/// boundaries, segments that copy page text verbatim, and the size cap.
pub fn check_analysis(a: &Analysis, page: Option<&PageModel>) -> Result<(), String> {
    let text = a.article.text.as_str();
    if text.len() > MAX_TEXT_BYTES {
        return Err(format!(
            "article text of {} bytes exceeds MAX_TEXT_BYTES",
            text.len()
        ));
    }
    if let Some(cut) = a.truncated {
        if cut != text.len() {
            return Err(format!(
                "truncated at {cut} but text has {} bytes",
                text.len()
            ));
        }
    }
    for b in &a.article.blocks {
        byte_span(text, "block", b.start, b.end)?;
    }
    for (i, &(s, e)) in a.sentences.iter().enumerate() {
        byte_span(text, &format!("sentence {i}"), s, e)?;
    }
    for m in &a.mentions {
        byte_span(text, "mention", m.start, m.end)?;
        if m.start == m.end {
            return Err(format!("empty mention at {}", m.start));
        }
    }
    for t in &a.timex {
        byte_span(text, "timex", t.start, t.end)?;
    }
    for q in &a.quotes {
        byte_span(text, "quote", q.start, q.end)?;
        if let Some((s, e)) = q.cue {
            byte_span(text, "quote cue", s, e)?;
        }
        if let Some((s, e)) = q.source {
            byte_span(text, "quote source", s, e)?;
        }
    }
    for sp in a.cast.speakers.iter().chain(&a.cast.mentioned) {
        for &(s, e) in &sp.mentions {
            byte_span(text, &format!("mention of {}", sp.name), s, e)?;
        }
        if let Some(&q) = sp.quotes.iter().find(|&&q| q >= a.quotes.len()) {
            return Err(format!("{} has quote {q} of {}", sp.name, a.quotes.len()));
        }
    }
    for p in &a.places {
        for &(s, e) in &p.mentions {
            byte_span(text, &format!("place {}", p.name), s, e)?;
        }
        for (v, lim, what) in [(p.lat, 90.0, "lat"), (p.lon, 180.0, "lon")] {
            // Written so that NaN fails too, which `v.abs() > lim` would let through.
            #[allow(clippy::neg_cmp_op_on_partial_ord)]
            if v.is_some_and(|v| !(v.abs() <= lim)) {
                return Err(format!("place {} has {what} {v:?}", p.name));
            }
        }
    }
    for t in &a.timeline {
        byte_span(text, "timeline entry", t.start, t.end)?;
        byte_span(text, "timeline sentence", t.sentence.0, t.sentence.1)?;
    }
    let mut last = 0;
    for s in &a.article.segments {
        if s.start < last {
            return Err(format!("segments out of order at {}", s.start));
        }
        last = s.start + s.len;
        byte_span(text, "segment", s.start, s.start + s.len)?;
        if let Some(page) = page {
            let node = page
                .nodes
                .get(s.node as usize)
                .ok_or_else(|| format!("segment names node {} of {}", s.node, page.nodes.len()))?;
            let copied = node.text.get(s.node_start..s.node_start + s.len);
            if copied != text.get(s.start..s.start + s.len) {
                return Err(format!(
                    "segment at {} is not a verbatim copy of node {} at {}",
                    s.start, s.node, s.node_start
                ));
            }
        }
    }
    Ok(())
}

/// The text in `unit`, indexed once so checking many spans stays linear.
enum Units {
    Chars(Vec<char>),
    Utf16(Vec<u16>),
}

impl Units {
    fn new(text: &str, unit: Unit) -> Units {
        match unit {
            Unit::CodePoint => Units::Chars(text.chars().collect()),
            Unit::Utf16 => Units::Utf16(text.encode_utf16().collect()),
        }
    }

    fn len(&self) -> usize {
        match self {
            Units::Chars(c) => c.len(),
            Units::Utf16(u) => u.len(),
        }
    }

    /// Whether `s..e` fits and does not split a surrogate pair.
    fn fits(&self, s: usize, e: usize) -> bool {
        let low = |u: &[u16], i: usize| u.get(i).is_some_and(|&c| (0xDC00..0xE000).contains(&c));
        s <= e
            && e <= self.len()
            && match self {
                Units::Chars(_) => true,
                Units::Utf16(u) => !low(u, s) && !low(u, e),
            }
    }

    /// The text of `s..e`, or `None` when the span does not fit.
    fn slice(&self, s: usize, e: usize) -> Option<String> {
        if !self.fits(s, e) {
            return None;
        }
        match self {
            Units::Chars(c) => c.get(s..e).map(|c| c.iter().collect()),
            Units::Utf16(u) => u.get(s..e).and_then(|u| String::from_utf16(u).ok()),
        }
    }
}

/// Checks a view in `unit`: every span fits the text, and every `text` field the view carries
/// equals the text its offsets point at (so the panel highlights what it lists, and the eval's
/// code-point offsets line up). A UTF-16 span that splits a surrogate pair fails here.
pub fn check_view(v: &View, unit: Unit) -> Result<(), String> {
    let units = Units::new(&v.article.text, unit);
    let fits = |what: &str, s: usize, e: usize| -> Result<(), String> {
        if units.fits(s, e) {
            Ok(())
        } else {
            Err(format!(
                "{what}: {unit:?} span {s}..{e} outside text of {} or splitting a character",
                units.len()
            ))
        }
    };
    let same = |what: &str, s: usize, e: usize, shown: &str| -> Result<(), String> {
        fits(what, s, e)?;
        match units.slice(s, e) {
            Some(t) if t == shown => Ok(()),
            t => Err(format!(
                "{what}: {unit:?} {s}..{e} is {t:?}, shown as {shown:?}"
            )),
        }
    };
    for b in &v.article.blocks {
        fits("block", b.start, b.end)?;
    }
    for m in &v.mentions {
        same("mention", m.start, m.end, &m.text)?;
    }
    for t in &v.timex {
        same("timex", t.start, t.end, &t.text)?;
    }
    for sp in v.speakers.iter().chain(&v.people) {
        for q in &sp.quotes {
            same("quote", q.start, q.end, &q.text)?;
            fits("quote sentence", q.sentence.start, q.sentence.end)?;
        }
        for m in &sp.mentions {
            fits("speaker mention", m.start, m.end)?;
        }
    }
    for p in &v.places {
        for m in &p.mentions {
            fits("place mention", m.start, m.end)?;
        }
    }
    for e in &v.timeline {
        same("timeline", e.start, e.end, &e.expression)?;
        fits("timeline sentence", e.sentence.start, e.sentence.end)?;
    }
    if let Some(segs) = &v.segments {
        for s in segs {
            fits("segment", s.start, s.end)?;
        }
    }
    Ok(())
}

/// Checks an analysis and both of its views (code points for the CLI, UTF-16 for JavaScript).
pub fn check_all(a: &Analysis, page: Option<&PageModel>) -> Result<(), String> {
    check_analysis(a, page)?;
    check_view(&output::view(a, Unit::CodePoint), Unit::CodePoint)?;
    let mut js = output::view(a, Unit::Utf16);
    if let Some(p) = page {
        js.segments = Some(output::segments_utf16(&a.article, p));
    }
    check_view(&js, Unit::Utf16)?;
    // the view must serialise: the CLI prints it, the JS boundary hands it over
    serde_json::to_string(&js).map_err(|e| format!("view does not serialise: {e}"))?;
    Ok(())
}

/// An error must say what went wrong in words the panel can show.
pub fn check_error(e: &Error) -> Result<(), String> {
    let msg = e.to_string();
    if msg.trim().is_empty() {
        return Err("error without a message".into());
    }
    Ok(())
}

/// Checks a page analysis result, whichever way it went.
pub fn check_page_result(r: &Result<Analysis, Error>, page: &PageModel) -> Result<(), String> {
    match r {
        Ok(a) => check_all(a, Some(page)),
        Err(e) => check_error(e),
    }
}

/// The direct count `OffsetMap` must agree with: the width in `unit` of the text before the
/// char boundary at or below `byte`.
pub fn direct_count(text: &str, byte: usize, unit: Unit) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    match unit {
        Unit::CodePoint => text[..b].chars().count(),
        Unit::Utf16 => text[..b].encode_utf16().count(),
    }
}

/// Checks `OffsetMap` against a running count at every char boundary, and the one-off
/// `offsets::convert` at a sample of them (it counts from the start each time).
pub fn check_offsets(text: &str) -> Result<(), String> {
    for unit in [Unit::CodePoint, Unit::Utf16] {
        let map = offsets::OffsetMap::new(text, unit);
        let mut want = 0;
        let ends = text
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()));
        for (k, b) in ends.enumerate() {
            let got_map = map.convert(b);
            // every boundary of a short text, a spread of boundaries of a long one
            let got_one =
                (text.len() < 4096 || k % 97 == 0).then(|| offsets::convert(text, b, unit));
            if got_map != want || got_one.is_some_and(|g| g != want) {
                return Err(format!(
                    "{unit:?} at byte {b}: map {got_map}, convert {got_one:?}, direct {want}"
                ));
            }
            if let Some(c) = text.get(b..).and_then(|r| r.chars().next()) {
                want += match unit {
                    Unit::CodePoint => 1,
                    Unit::Utf16 => c.len_utf16(),
                };
            }
        }
    }
    Ok(())
}
