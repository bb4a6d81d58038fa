//! Quotes: direct speech between quotation marks and reported speech ("X said that ..."), each
//! with its cue ("said") and the words that name its source ("Harris", "he", "the statement").
//! Who the source is gets decided in `speakers`.
//!
//! Direct quotes come from the marks (`marks`); their cue is the speech verb nearest to them in
//! the text around the marks of their sentences. Reported speech is a clause governed by a
//! speech verb with a subject: "X said (that) CLAUSE", "CLAUSE, X said", "according to X,
//! CLAUSE". Headlines are never quote sources.

pub mod cues;
pub mod marks;
pub mod source;

use crate::entities::{lower, Mention};
use crate::extract::{Article, BlockKind};
use crate::sentences::{Doc, TokenKind};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The quoted words (bytes in the article text), without the quotation marks.
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    /// A direct quote inside reported speech: agreed to "establish a strategic partnership".
    pub partial: bool,
    /// The speech verb or phrase ("said", "told reporters", "according to").
    pub cue: Option<(usize, usize)>,
    /// The words naming the source, as written ("Harris", "he", "the statement").
    pub source: Option<(usize, usize)>,
    /// Index of the sentence where the quote starts.
    pub sentence: usize,
}

/// Finds the quotes of the article body.
pub fn find(doc: &Doc, article: &Article, mentions: &[Mention]) -> Vec<Quote> {
    let mut spans = Vec::new();
    let blocks = &article.blocks;
    for (bi, b) in blocks.iter().enumerate() {
        if matches!(b.kind, BlockKind::Heading | BlockKind::Caption) {
            continue;
        }
        let next_opens = blocks
            .get(bi + 1)
            .is_some_and(|n| marks::opens_with_quote(doc.text, n.start, n.end));
        spans.extend(marks::scan(doc.text, b.start, b.end, next_opens));
    }
    let mut quotes = Vec::new();
    // Whether each token is a speech verb, worked out once: the windows around quotes overlap.
    let verbs = vec![std::cell::Cell::new(0u8); doc.tokens.len()];
    for sp in &spans {
        if let Some(q) = direct(doc, mentions, &spans, &verbs, sp) {
            quotes.push(q);
        }
    }
    for s in 0..doc.sentences.len() {
        let heading = blocks
            .get(doc.sentences[s].block)
            .is_some_and(|b| matches!(b.kind, BlockKind::Heading | BlockKind::Caption));
        if !heading && !is_headline(doc, s) {
            reported(doc, mentions, &spans, s, &mut quotes);
        }
    }
    listed(doc, mentions, article, &mut quotes);
    quotes.sort_by_key(|q| (q.start, q.end));
    quotes.dedup_by(|a, b| a.start == b.start && a.end == b.end);
    stop_reports_at_quotes(doc.text, &mut quotes);
    share_split_sources(doc.text, &mut quotes);
    quotes
}

/// The longest attribution between the halves of a split quote, in bytes.
const SPLIT_GAP: usize = 120;

/// `“A,” she said. “B.”`: the attribution between the halves names the source of both, so the
/// second half carries it too (not only the speaker inherited from the first). The halves sit in
/// one paragraph with only the attribution, which holds no other quote, between them.
fn share_split_sources(text: &str, quotes: &mut [Quote]) {
    let mut prev: Option<usize> = None;
    for i in 0..quotes.len() {
        if quotes[i].kind != QuoteKind::Direct {
            continue;
        }
        if let Some(p) = prev {
            let (a, q) = (&quotes[p], &quotes[i]);
            let between =
                |s: Option<(usize, usize)>| s.is_some_and(|(x, y)| a.end <= x && y <= q.start);
            let gap = text.get(a.end..q.start).unwrap_or("\n");
            let split = q.source.is_none()
                && !q.partial
                && between(a.source)
                && between(a.cue)
                && q.start - a.end <= SPLIT_GAP
                && !gap.contains('\n')
                && gap
                    .chars()
                    .filter(|&c| is_quote_mark(c) && c != '\'' && c != '\u{2019}')
                    .count()
                    <= 2;
            if split {
                quotes[i].source = quotes[p].source;
            }
        }
        prev = Some(i);
    }
}

/// Reported speech ends where a direct quote of its own begins: in `X said Trump is reduced to
/// "taunts". "You could dismiss ...," she said.` the report is not the quote that follows. The
/// quotes are sorted by start, so the direct quotes inside a report come right after it.
fn stop_reports_at_quotes(text: &str, quotes: &mut [Quote]) {
    for i in 0..quotes.len() {
        if quotes[i].kind != QuoteKind::Indirect {
            continue;
        }
        let (start, end) = (quotes[i].start, quotes[i].end);
        let cut = quotes[i + 1..]
            .iter()
            .take_while(|q| q.start < end)
            .find(|q| q.kind == QuoteKind::Direct && !q.partial && q.start > start)
            .map(|q| q.start);
        let Some(cut) = cut else { continue };
        let head = text.get(start..cut).unwrap_or("");
        let kept = head
            .trim_end_matches(|c: char| c.is_whitespace() || is_quote_mark(c))
            .trim_end_matches(['.', ',', ';', ':'])
            .trim_end();
        if !kept.is_empty() {
            quotes[i].end = start + kept.len();
        }
    }
}

fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}' | '\u{ab}' | '\u{bb}'
    )
}

/// How many tokens around a quote its attribution may be.
const WINDOW: usize = 60;

/// The longest reported clause, in tokens: a sentence that never ends (a page without
/// punctuation) must not make every speech verb report the rest of the article.
const CLAUSE: usize = 80;

/// A title-case line ("Clinton Was Headed to ER"): a headline, not a quote source.
pub(crate) fn is_headline(doc: &Doc, s: usize) -> bool {
    if !alone_in_block(doc, s) || doc.sentence_tokens(s).len() > 40 {
        return false;
    }
    let (mut long, mut caps) = (0, 0);
    for i in doc.sentence_tokens(s) {
        let w = doc.tok(i);
        if doc.tokens[i].kind == TokenKind::Word && w.chars().count() > 3 {
            long += 1;
            if crate::entities::is_capitalised(w) {
                caps += 1;
            }
        }
    }
    long >= 3 && caps * 10 >= long * 7
}

/// A headline stands alone in its block; a title-case sentence inside a paragraph is a
/// sentence full of names ("Rep. Gwen Moore (D-Wis.) said Friday").
fn alone_in_block(doc: &Doc, s: usize) -> bool {
    let b = doc.sentences[s].block;
    let prev = s > 0 && doc.sentences[s - 1].block == b;
    let next = doc.sentences.get(s + 1).is_some_and(|n| n.block == b);
    !prev && !next
}

/// A title-case line, judged on the words outside quotation marks: a quote of capitalised
/// words ("It’s ‘Showtime at the Apollo.’") does not make its sentence a headline.
fn is_headline_outside(doc: &Doc, spans: &[marks::Span], s: usize) -> bool {
    if !alone_in_block(doc, s) || doc.sentence_tokens(s).len() > 60 {
        return false;
    }
    let (mut long, mut caps, mut verb) = (0, 0, false);
    for i in doc.sentence_tokens(s) {
        let t = doc.tokens[i];
        let w = doc.tok(i);
        if t.kind == TokenKind::Word && w.chars().count() > 3 && !inside(spans, t.start) {
            long += 1;
            if crate::entities::is_capitalised(w) {
                caps += 1;
            } else if cues::is_speech_verb(w) {
                verb = true;
            }
        }
    }
    // "“It was the least bad outcome,” Mr. Morgan of the Sierra Club said." is full of names,
    // but a lower-case speech verb and a final stop make it a sentence: headlines have neither.
    let sent = &doc.sentences[s];
    let ends = doc
        .text
        .get(sent.start..sent.end)
        .unwrap_or("")
        .trim_end_matches(|c: char| is_quote_mark(c) || c == ')')
        .ends_with(['.', '!', '?']);
    long >= 3 && caps * 10 >= long * 7 && !(verb && ends)
}

/// Whether byte `at` lies within a quote's marks. Spans come in text order and do not
/// overlap, so a binary search finds the only candidate.
fn inside(spans: &[marks::Span], at: usize) -> bool {
    let i = spans.partition_point(|s| s.open <= at);
    i > 0 && at < spans[i - 1].close_end.max(spans[i - 1].end)
}

/// Whether token `i`, lower-cased, is a speech verb; cached in `verbs` (0 not yet known, 1 no,
/// 2 yes).
fn is_verb_at(doc: &Doc, verbs: &[std::cell::Cell<u8>], i: usize) -> bool {
    match verbs.get(i).map(|c| c.get()) {
        Some(1) => false,
        Some(2) => true,
        _ => {
            let w = lower(doc.tok(i));
            // "the article read", "the letter reads": a document's words; a person who
            // reads ("He read “The Old Man and the Sea”") reads a title
            let v = if matches!(w.as_str(), "read" | "reads") {
                i > 0 && cues::is_document_noun(&lower(doc.tok(i - 1)))
            } else {
                cues::is_speech_verb(&w)
            };
            if let Some(c) = verbs.get(i) {
                c.set(1 + u8::from(v));
            }
            v
        }
    }
}

fn words_in(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The direct quote of a span of marks, with its cue and source; `None` for scare quotes and
/// titles.
fn direct(
    doc: &Doc,
    mentions: &[Mention],
    spans: &[marks::Span],
    verbs: &[std::cell::Cell<u8>],
    sp: &marks::Span,
) -> Option<Quote> {
    let text = doc.text.get(sp.start..sp.end)?;
    let s0 = doc
        .sentence_at(sp.open)
        .or_else(|| doc.sentence_at(sp.start))?;
    if is_headline_outside(doc, spans, s0) && words_in(text) < 12 {
        return None;
    }
    let s1 = doc
        .sentence_at(sp.end.saturating_sub(1))
        .unwrap_or(s0)
        .max(s0);
    // The attribution sits near the quote: a window of tokens around it keeps the search
    // linear even in a block without sentence ends.
    let lo = doc.sentences[s0]
        .first_token
        .max(doc.token_at(sp.open).saturating_sub(WINDOW));
    let mut hi = doc.sentences[s1].end_token;
    // “Why not?” Vitter demanded. — the splitter ends a sentence after "?”"; a short next
    // sentence of the same block that carries the speech verb still belongs to the quote.
    if let Some(next) = doc.sentences.get(s1 + 1) {
        // the attribution heads that sentence, however long the manner phrase after it
        // (“Who would have believed it?” Trump said, looking out on the crowd.)
        let head = next.end_token.min(next.first_token + 6);
        let short = next.end_token - next.first_token <= 8
            || ((next.first_token..head).any(|i| is_verb_at(doc, verbs, i))
                && doc
                    .text
                    .get(next.start..next.end)
                    .is_some_and(|t| !t.contains(['"', '\u{201c}', '\u{201d}'])));
        let same_block = next.block == doc.sentences[s1].block;
        let ends_quote = doc
            .text
            .get(sp.close_end..next.start)
            .is_some_and(|g| g.trim().is_empty());
        let has_verb = (next.first_token..next.end_token).any(|i| is_verb_at(doc, verbs, i));
        let has_mark =
            (next.first_token..next.end_token).any(|i| inside(spans, doc.tokens[i].start));
        if short && same_block && ends_quote && has_verb && !has_mark {
            hi = next.end_token;
        }
    }
    // A quote that follows a word mid-sentence is part of the writer's sentence.
    let before = doc.text.get(..sp.open).unwrap_or("").trim_end();
    let partial =
        before.chars().last().is_some_and(|c| c.is_alphanumeric()) && !before.ends_with(':');
    let n = words_in(text);
    let hi = hi.min(doc.token_at(sp.close_end) + WINDOW);
    let cue = if partial {
        what_called(doc, mentions, lo, sp)
    } else {
        None
    }
    .or_else(|| nearest_cue(doc, mentions, spans, verbs, lo, hi, sp));
    // A few quoted words with no speech verb are scare quotes ("so-called “experts”"),
    // unless the sentence's subject is a named person or a pronoun, whose words they then are
    // ("Trump called the senator a “nasty guy”", "PolitiFact rated it “true”").
    if partial
        && n < 4
        && cue.is_none()
        && source::active_subject(doc, mentions, lo, doc.token_at(sp.open)).is_none()
    {
        return None;
    }
    if n <= 6 && is_title_cased(text) && cue.is_none() {
        return None; // a title: "The Art of the Deal"
    }
    if n <= 8
        && (named_by_verb(doc.text.get(..sp.open).unwrap_or(""))
            || in_title_list(doc.text, spans, sp))
    {
        return None;
    }
    let signed = dash_signature(doc, mentions, sp).or_else(|| transcript_speaker(doc, sp));
    let (cue_span, source) = match cue {
        // “...” ― Carlos Raúl: a dash and a name after the closing mark sign the quote.
        _ if signed.is_some() => (None, signed),
        Some(v) if lower(doc.tok(v)) == "according" => {
            let t = doc.tokens[v];
            (
                Some((t.start, t.end)),
                source::right_of(doc, mentions, v + 1, hi),
            )
        }
        // "..., saying “...”": a participle's subject is the clause's subject.
        Some(v) if doc.tok(v).ends_with("ing") && v > lo => {
            let t = doc.tokens[v];
            let outside = |s: &(usize, usize)| !inside(spans, s.0);
            // “...,” Chaffetz said in a statement, adding that ... “like candy.”: the subject
            // of the speech verb before, outside the quote, adds; the quote's own words
            // ("the FBI") are no subject.
            let before = (v > lo + 1 && doc.tok(v - 1) == ",")
                .then(|| {
                    (lo..v - 1).rev().find(|&j| {
                        doc.tokens[j].kind == TokenKind::Word
                            && !inside(spans, doc.tokens[j].start)
                            && is_verb_at(doc, verbs, j)
                    })
                })
                .flatten()
                .and_then(|j| source::left_of(doc, mentions, lo, j).filter(outside));
            (
                Some((t.start, t.end)),
                before
                    .or_else(|| opening_participle(doc, mentions, s0, v, sp, hi).filter(outside))
                    .or_else(|| source::sentence_subject(doc, mentions, lo, v).filter(outside))
                    .or_else(|| source::left_of(doc, mentions, lo, v)),
            )
        }
        Some(v) => {
            let src = source::left_of(doc, mentions, lo, v)
                .filter(|&(a, _)| !inside(spans, a))
                .map(|src| what_pronoun_subject(doc, mentions, lo, src).unwrap_or(src))
                .or_else(|| source::right_of(doc, mentions, v, hi));
            let t = doc.tokens[v];
            (Some((t.start, t.end)), src)
        }
        None => match introduced(doc, mentions, verbs, s0, sp)
            .or_else(|| led_in(doc, mentions, spans, verbs, s0, sp))
        {
            Some((v, src)) => {
                let t = doc.tokens[v];
                (Some((t.start, t.end)), Some(src))
            }
            None => (
                None,
                source::sentence_subject(doc, mentions, lo, doc.token_at(sp.open))
                    .filter(|_| partial),
            ),
        },
    };
    let source = source.map(|src| issuer(doc, mentions, lo, spans, src).unwrap_or(src));
    Some(Quote {
        start: sp.start,
        end: sp.end,
        kind: QuoteKind::Direct,
        partial,
        cue: cue_span,
        source,
        sentence: s0,
    })
}

/// "After saying her foot was “so swollen ...,” she was rushed to hospital": a participle
/// opening the sentence has the subject of the main clause, after the quote and its comma.
fn opening_participle(
    doc: &Doc,
    mentions: &[Mention],
    s0: usize,
    v: usize,
    sp: &marks::Span,
    hi: usize,
) -> Option<(usize, usize)> {
    let first = doc.sentences.get(s0)?.first_token;
    let opens = v == first
        || (v == first + 1
            && matches!(
                lower(doc.tok(first)).as_str(),
                "after" | "before" | "while" | "when" | "since"
            ));
    if !opens {
        return None;
    }
    let mut k = doc.token_at(sp.close_end);
    while k < hi && (doc.tok(k) == "," || doc.tok(k).chars().all(is_quote_mark)) {
        k += 1;
    }
    (k < hi).then(|| source::sentence_subject(doc, mentions, k, hi))?
}

/// "the Security Council issued a statement calling the test “a clear violation”": a document
/// that someone issued speaks for them, and the issuer is the source the reader wants.
fn issuer(
    doc: &Doc,
    mentions: &[Mention],
    lo: usize,
    spans: &[marks::Span],
    src: (usize, usize),
) -> Option<(usize, usize)> {
    let first = doc.token_at(src.0);
    let last = doc.token_at(src.1.saturating_sub(1));
    if first <= lo || !cues::is_document_noun(&lower(doc.tok(last))) {
        return None;
    }
    let det = lower(doc.tok(first));
    if !matches!(det.as_str(), "a" | "an" | "the") {
        return None;
    }
    let v = first - 1;
    if !matches!(
        lower(doc.tok(v)).as_str(),
        "issued" | "released" | "published" | "sent" | "posted" | "filed"
    ) {
        return None;
    }
    source::left_of(doc, mentions, lo, v).filter(|s| !inside(spans, s.0))
}

/// "The New York Times reports:" ending the paragraph before a quote that opens its own:
/// the speech verb and its subject introduce the block quote.
fn introduced(
    doc: &Doc,
    mentions: &[Mention],
    verbs: &[std::cell::Cell<u8>],
    s0: usize,
    sp: &marks::Span,
) -> Option<(usize, (usize, usize))> {
    let cur = doc.sentences.get(s0)?;
    let prev = doc.sentences.get(s0.checked_sub(1)?)?;
    if prev.block == cur.block || cur.start != sp.open || prev.end_token == prev.first_token {
        return None;
    }
    if !doc
        .text
        .get(prev.start..prev.end)?
        .trim_end()
        .ends_with(':')
    {
        return None;
    }
    let lo = prev.first_token.max(prev.end_token.saturating_sub(WINDOW));
    let verb = last_cue_with_source(doc, mentions, &[], verbs, lo, prev.end_token);
    // "On July 6, 2015, Bernie Sanders made the following comment:": the subject who acts.
    verb.or_else(|| {
        let src = source::active_subject(doc, mentions, lo, prev.end_token)?;
        Some((doc.token_at(src.0), src))
    })
}

/// "His partner, Ann Lee, called him a master at deals. “He showed it again and again.”": a
/// quotation that is a sentence of its own, with no speech verb, has the speaker of the
/// sentence before it in the paragraph.
fn led_in(
    doc: &Doc,
    mentions: &[Mention],
    spans: &[marks::Span],
    verbs: &[std::cell::Cell<u8>],
    s0: usize,
    sp: &marks::Span,
) -> Option<(usize, (usize, usize))> {
    let cur = doc.sentences.get(s0)?;
    let prev = doc.sentences.get(s0.checked_sub(1)?)?;
    if prev.block != cur.block || cur.start != sp.open {
        return None;
    }
    let lo = prev.first_token.max(prev.end_token.saturating_sub(WINDOW));
    last_cue_with_source(doc, mentions, spans, verbs, lo, prev.end_token)
}

/// The last speech verb of tokens `lo..end` that has a source on its left, with that source.
/// A verb or a source inside one of `quoted` is passed over (the words of a quotation are
/// no one's cue).
fn last_cue_with_source(
    doc: &Doc,
    mentions: &[Mention],
    quoted: &[marks::Span],
    verbs: &[std::cell::Cell<u8>],
    lo: usize,
    end: usize,
) -> Option<(usize, (usize, usize))> {
    (lo..end).rev().find_map(|i| {
        if doc.tokens[i].kind != TokenKind::Word
            || inside(quoted, doc.tokens[i].start)
            || crate::entities::is_capitalised(doc.tok(i))
            || !is_verb_at(doc, verbs, i)
        {
            return None;
        }
        let src = source::left_of(doc, mentions, lo, i).filter(|s| !inside(quoted, s.0))?;
        Some((i, src))
    })
}

/// "what she called a “rant”", "what it calls “the biggest attack”": the words are the
/// subject's, whatever verb governs the sentence.
fn what_called(doc: &Doc, mentions: &[Mention], lo: usize, sp: &marks::Span) -> Option<usize> {
    let o = doc.token_at(sp.open);
    let stop = lo.max(o.saturating_sub(6));
    let v = (stop..o).rev().find(|&i| {
        matches!(
            lower(doc.tok(i)).as_str(),
            "called" | "calls" | "call" | "dubbed" | "dubs" | "termed" | "terms"
        )
    })?;
    let src = source::left_of(doc, mentions, lo, v)?;
    let s = doc.token_at(src.0);
    (s > lo && lower(doc.tok(s - 1)) == "what").then_some(v)
}

/// "Ban Ki-moon condemned what he called a “brazen breach”": the pronoun after "what" is the
/// sentence's named subject, nearer than any person the pronoun resolver would pick.
fn what_pronoun_subject(
    doc: &Doc,
    mentions: &[Mention],
    lo: usize,
    src: (usize, usize),
) -> Option<(usize, usize)> {
    let p = doc.token_at(src.0);
    if p <= lo || lower(doc.tok(p - 1)) != "what" || !source::is_pronoun(&lower(doc.tok(p))) {
        return None;
    }
    let subj = source::active_subject(doc, mentions, lo, p - 1)?;
    crate::entities::mention_starting(mentions, subj.0)
        .is_some_and(|i| mentions[i].label == crate::entities::Label::Person)
        .then_some(subj)
}

/// "PENCE: Well, look, ..." — a transcript line names its speaker in capitals before a colon.
fn transcript_speaker(doc: &Doc, sp: &marks::Span) -> Option<(usize, usize)> {
    let text = doc.text.get(sp.start..sp.end)?;
    let colon = text.find(':')?;
    let name = &text[..colon];
    let words = name.split_whitespace().count();
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let caps = name
        .chars()
        .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\'');
    (caps && (1..=3).contains(&words) && letters >= 2)
        .then(|| (sp.start, sp.start + name.trim_end().len()))
}

/// "tweets", "reports", "claims": a verb form that is also a plural noun is the noun unless a
/// name or a pronoun stands before it ("Trump tweets", not "his early-morning tweets").
fn is_noun_use(doc: &Doc, mentions: &[Mention], lo: usize, i: usize) -> bool {
    let w = lower(doc.tok(i));
    if !cues::is_plural_noun_too(&w) {
        return false;
    }
    // "Obama's remarks"
    if i > lo {
        let p = doc.tok(i - 1);
        if p.ends_with("'s") || p.ends_with('\u{2019}') || p.ends_with("\u{2019}s") {
            return true;
        }
    }
    match source::left_of(doc, mentions, lo, i) {
        None => true,
        Some((a, b)) => {
            let src = doc.text.get(a..b).unwrap_or("");
            let named = crate::entities::mention_starting(mentions, a)
                .is_some_and(|i| mentions[i].end == b);
            !named && !source::is_pronoun(&lower(src))
        }
    }
}

/// The name after a dash that follows the closing mark: “...” ― Carlos Raúl.
fn dash_signature(doc: &Doc, mentions: &[Mention], sp: &marks::Span) -> Option<(usize, usize)> {
    if sp.unclosed {
        return None;
    }
    let k = doc.token_at(sp.close_end);
    if k + 1 >= doc.tokens.len()
        || !matches!(doc.tok(k), "\u{2015}" | "\u{2014}" | "\u{2013}" | "-")
        || doc
            .text
            .get(sp.close_end..doc.tokens[k].start)
            .is_none_or(|g| g.contains('\n'))
    {
        return None;
    }
    let t = doc.tokens[k + 1];
    if let Some(m) = crate::entities::mention_starting(mentions, t.start).map(|i| &mentions[i]) {
        return Some((m.start, m.end));
    }
    // An unknown name: the capitalised words after the dash.
    let mut e = k + 1;
    while e < doc.tokens.len() && crate::entities::is_capitalised(doc.tok(e)) && e - k <= 4 {
        e += 1;
    }
    (e > k + 1).then(|| (t.start, doc.tokens[e - 1].end))
}

/// "a poem called “Winter Solstice”", "a set in what is dubbed the “Master Series”": a quote
/// right after a verb of naming, with no object between, is the name of a thing, not anyone's
/// speech. "called it “a disaster”" keeps its object and stays speech, and "what she called
/// “a rant”" is the subject's words (`what_called`).
fn named_by_verb(before: &str) -> bool {
    let mut ws = before.split_whitespace().rev().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    let mut w = ws.next().unwrap_or_default();
    if w == "the" {
        w = ws.next().unwrap_or_default();
    }
    let naming = matches!(
        w.as_str(),
        "called" | "dubbed" | "named" | "titled" | "entitled" | "nicknamed"
    );
    // "what she called “...”", "what multiple lawmakers called “...”", "she called “...”": the
    // words of a speaker before the verb
    let prev: Vec<String> = ws.take(4).collect();
    naming
        && prev
            .first()
            .is_some_and(|p| !p.is_empty() && !source::is_pronoun(p))
        && !prev.iter().any(|p| p == "what")
}

/// “Listen To The Music,” “Black Water,” and “China Grove”: three or more quotes in a list,
/// each a few capitalised words, are titles, whatever verb introduces the list.
fn in_title_list(text: &str, spans: &[marks::Span], sp: &marks::Span) -> bool {
    let titled = |s: &marks::Span| {
        text.get(s.start..s.end).is_some_and(|t| {
            let t = t.trim_end_matches([',', '.', ';']);
            words_in(t) <= 8 && is_title_cased(t)
        })
    };
    // only commas, spaces and a conjunction between two quotes
    let joined = |a: &marks::Span, b: &marks::Span| {
        a.close_end <= b.open
            && text.get(a.close_end..b.open).is_some_and(|g| {
                g.split_whitespace()
                    .all(|w| matches!(w.trim_matches(','), "" | "and" | "or"))
                    && !g.contains('\n')
            })
    };
    // spans are in the order of their opening marks (as `inside` reads them), one per mark:
    // a binary search finds this one, where a scan per quote is quadratic in the page's quotes
    let i = spans.partition_point(|s| s.open < sp.open);
    if spans.get(i) != Some(sp) {
        return false;
    }
    if !titled(sp) {
        return false;
    }
    // Two names may be someone's words ("called her “Miss Piggy” and “Miss Housekeeping”");
    // a list of three or more is a list of titles.
    let mut n = 1;
    let mut j = i;
    while j > 0 && n < 3 && joined(&spans[j - 1], &spans[j]) && titled(&spans[j - 1]) {
        j -= 1;
        n += 1;
    }
    let mut k = i;
    while k + 1 < spans.len() && n < 3 && joined(&spans[k], &spans[k + 1]) && titled(&spans[k + 1])
    {
        k += 1;
        n += 1;
    }
    n >= 3
}

fn is_title_cased(text: &str) -> bool {
    let ws: Vec<&str> = text.split_whitespace().collect();
    !ws.is_empty()
        && ws
            .iter()
            .filter(|w| w.chars().count() > 3)
            .all(|w| crate::entities::is_capitalised(w))
        && !text.trim_end().ends_with(['.', ',', '!', '?'])
}

/// The speech verb outside any quote in tokens `lo..hi` nearest to the quote `sp`.
fn nearest_cue(
    doc: &Doc,
    mentions: &[Mention],
    spans: &[marks::Span],
    verbs: &[std::cell::Cell<u8>],
    lo: usize,
    hi: usize,
    sp: &marks::Span,
) -> Option<usize> {
    // The nearest verb that has a subject wins; the nearest one at all otherwise.
    let mut best: Option<(bool, usize, usize)> = None;
    for i in lo..hi {
        let t = doc.tokens[i];
        if t.kind != TokenKind::Word || inside(spans, t.start) {
            continue;
        }
        // Most tokens are neither a speech verb nor "according": skip them before lowering.
        if !is_verb_at(doc, verbs, i) && !doc.tok(i).eq_ignore_ascii_case("according") {
            continue;
        }
        let w = lower(doc.tok(i));
        let according = w == "according" && i + 1 < hi && lower(doc.tok(i + 1)) == "to";
        if i > lo && crate::entities::is_capitalised(doc.tok(i)) {
            continue;
        }
        if !cues::is_speech_verb(&w) && !according {
            continue;
        }
        // "as a memo put it"
        if let Some(p) = cues::speech_stem(&w).and_then(cues::needs_particle) {
            if i + 1 >= hi || lower(doc.tok(i + 1)) != p {
                continue;
            }
        }
        // "cannot explain why the “reset” failed": a denied verb attributes no quote.
        if is_noun_use(doc, mentions, lo, i) || denied(doc, lo, i) {
            continue;
        }
        let d = if t.start >= sp.close_end {
            t.start - sp.close_end
        } else {
            sp.open.saturating_sub(t.end)
        };
        let sourced = according
            || source::left_of(doc, mentions, lo, i).is_some()
            || source::right_of(doc, mentions, i, hi).is_some();
        if best
            .is_none_or(|(bs, bd, _)| (sourced, std::cmp::Reverse(d)) > (bs, std::cmp::Reverse(bd)))
        {
            best = Some((sourced, d, i));
        }
    }
    best.map(|(_, _, i)| i)
}

/// Reported speech in sentence `s`.
fn reported(
    doc: &Doc,
    mentions: &[Mention],
    spans: &[marks::Span],
    s: usize,
    out: &mut Vec<Quote>,
) {
    let r = doc.sentence_tokens(s);
    let (lo, hi) = (r.start, r.end);
    // The sentence's end, before its final punctuation.
    let mut last = hi;
    while last > lo && doc.tokens[last - 1].kind == TokenKind::Punct {
        last -= 1;
    }
    if last <= lo {
        return;
    }
    let end_byte = doc.tokens[last - 1].end;
    for v in lo..hi {
        let t = doc.tokens[v];
        if t.kind != TokenKind::Word || inside(spans, t.start) {
            continue;
        }
        let w = lower(doc.tok(v));
        // "according to X, CLAUSE" and "CLAUSE, according to X"
        if w == "according" && v + 1 < hi && lower(doc.tok(v + 1)) == "to" {
            according(doc, mentions, spans, s, v, lo, last, out);
            continue;
        }
        // "United States would": a capitalised cue is a name, unless it opens the sentence.
        if v > lo && crate::entities::is_capitalised(doc.tok(v)) {
            continue;
        }
        let Some(stem) = cues::speech_stem(&w) else {
            continue;
        };
        if is_noun_use(doc, mentions, lo, v) {
            continue;
        }
        // Verbs of naming and asking attribute quotation marks ("called it “a mistake”"),
        // but what follows them is not a reported clause.
        if matches!(
            stem,
            "ask"
                | "describe"
                | "accuse"
                | "criticize"
                | "post"
                | "continue"
                | "call"
                | "urge"
                | "read"
                | "mock"
                | "put"
                | "dub"
                | "label"
                | "brand"
        ) || w.ends_with("ing")
            || (v > lo
                && matches!(
                    lower(doc.tok(v - 1)).as_str(),
                    "to" | "be" | "been" | "being" | "was" | "were" | "is"
                ))
        {
            continue;
        }
        if let Some(p) = cues::needs_particle(stem) {
            if v + 1 >= hi || lower(doc.tok(v + 1)) != p {
                continue;
            }
        }
        if denied(doc, lo, v) {
            continue;
        }
        let cue = Some((t.start, t.end));
        // "CLAUSE, X said." — the verb closes the sentence.
        if let Some(src) = source::left_of(doc, mentions, lo, v) {
            let src_tok = doc.token_at(src.0);
            let tail_short = last.saturating_sub(v) <= 8;
            // "In her book, Smith noted the clot": a verb with an object is no "CLAUSE, X
            // said"; what stands before the comma is an adverbial, not her words.
            let object = stem != "tell"
                && stem != "warn"
                && v + 1 < last
                && crate::entities::lexicon::is_determiner(&lower(doc.tok(v + 1)));
            if src_tok > lo + 2 && doc.tok(src_tok - 1) == "," && tail_short && !object {
                let a = doc.tokens[lo.max(src_tok.saturating_sub(CLAUSE))].start;
                let b = doc.tokens[src_tok - 1].start;
                push_clause(doc, spans, a, b, cue, Some(src), s, out);
                continue;
            }
            // "X said (on Friday) (that) CLAUSE"
            if let Some(a) = complement_start(doc, stem, v, last) {
                let b = if last > v + CLAUSE {
                    doc.tokens[v + CLAUSE].end
                } else {
                    end_byte
                };
                let b = contrast_before(doc, a, b).unwrap_or(b);
                push_clause(doc, spans, a, b, cue, Some(src), s, out);
            }
            continue;
        }
        // "CLAUSE, said X."
        if v > lo + 2 && doc.tok(v - 1) == "," {
            if let Some(src) = source::right_of(doc, mentions, v, hi) {
                let a = doc.tokens[lo.max(v.saturating_sub(CLAUSE))].start;
                let b = doc.tokens[v - 1].start;
                push_clause(doc, spans, a, b, cue, Some(src), s, out);
            }
        }
    }
}

/// "experts cannot explain why", "she did not say whether", "he never said": speech that is
/// denied or impossible reports nothing, so the clause after the verb is no one's words.
/// Looks back at most three words and stops at punctuation or a clause boundary, so "X, who
/// did not attend, said" still reports.
fn denied(doc: &Doc, lo: usize, v: usize) -> bool {
    let mut k = v;
    let mut words = 0;
    while k > lo && words < 3 {
        k -= 1;
        if doc.tokens[k].kind != TokenKind::Word {
            return false;
        }
        let w = lower(doc.tok(k));
        if matches!(w.as_str(), "not" | "never" | "cannot" | "no")
            || w.ends_with("n't")
            || w.ends_with("n\u{2019}t")
        {
            return true;
        }
        if matches!(
            w.as_str(),
            "and" | "but" | "or" | "who" | "which" | "that" | "while" | "as"
        ) {
            return false;
        }
        words += 1;
    }
    false
}

/// "President Obama also said:" followed by a list: each item is reported speech.
fn listed(doc: &Doc, mentions: &[Mention], article: &Article, out: &mut Vec<Quote>) {
    let blocks = &article.blocks;
    for (bi, b) in blocks.iter().enumerate() {
        if !doc
            .text
            .get(b.start..b.end)
            .is_some_and(|t| t.trim_end().ends_with(':'))
        {
            continue;
        }
        let Some(s) = doc.sentence_at(b.end.saturating_sub(1)) else {
            continue;
        };
        let r = doc.sentence_tokens(s);
        // the colon, then the verb before it
        if r.end < r.start + 3 || doc.tok(r.end - 1) != ":" {
            continue;
        }
        let v = r.end - 2;
        if !cues::is_speech_verb(&lower(doc.tok(v))) {
            continue;
        }
        let Some(src) = source::left_of(doc, mentions, r.start, v) else {
            continue;
        };
        let t = doc.tokens[v];
        for item in blocks[bi + 1..]
            .iter()
            .take_while(|x| x.kind == BlockKind::ListItem)
        {
            let Some(text) = doc.text.get(item.start..item.end) else {
                continue;
            };
            let e = item.start + text.trim_end_matches(['.', ' ', '\n', ';']).len();
            if words_in(text) >= 3 {
                out.push(Quote {
                    start: item.start,
                    end: e,
                    kind: QuoteKind::Indirect,
                    partial: false,
                    cue: Some((t.start, t.end)),
                    source: Some(src),
                    sentence: doc.sentence_at(item.start).unwrap_or(s),
                });
            }
        }
    }
}

/// Where the reported clause starts after the speech verb `v`: past "that", past time words
/// and "in a statement", past the hearer of "told".
fn complement_start(doc: &Doc, stem: &str, v: usize, last: usize) -> Option<usize> {
    // "that" within a few words, before any other clause marker, opens the complement.
    let mut i = v + 1;
    while i < last && i - v <= 14 {
        let w = lower(doc.tok(i));
        if w == "that" {
            return (i + 1 < last).then(|| doc.tokens[i + 1].start);
        }
        if matches!(w.as_str(), "," | ":" | "\"" | "\u{201c}" | "\u{2018}")
            || (cues::is_speech_verb(&w) && i > v)
        {
            break;
        }
        i += 1;
    }
    let mut k = v + 1;
    if stem == "tell" {
        // the hearer: "told reporters", "told Lopez Obrador", "told the AP", "told him"
        let mut n = 0;
        if k < last
            && matches!(
                lower(doc.tok(k)).as_str(),
                "the" | "a" | "an" | "his" | "her" | "their"
            )
        {
            k += 1;
        }
        while k < last && crate::entities::is_capitalised(doc.tok(k)) {
            k += 1;
            n += 1;
        }
        // "sources tell TMZ ... the dress was taken": an ellipsis after the hearer.
        while k < last && matches!(doc.tok(k), "." | "\u{2026}") {
            k += 1;
        }
        if n == 0 && k < last {
            let lw = lower(doc.tok(k));
            if lw.chars().all(|c| c.is_lowercase()) && !source::is_pronoun(&lw) {
                k += 1;
                n += 1;
            }
        }
        if n == 0 {
            return None;
        }
    } else {
        // time words after the verb: "said Friday", "said on Wednesday"
        while k < last {
            let lw = lower(doc.tok(k));
            if crate::calendar::weekday_name(&lw).is_some()
                || matches!(
                    lw.as_str(),
                    "on" | "yesterday"
                        | "today"
                        | "tonight"
                        | "earlier"
                        | "later"
                        | "recently"
                        | "repeatedly"
                        | "previously"
                        | "again"
                        | "also"
                )
            {
                k += 1;
                continue;
            }
            break;
        }
    }
    let comma = k < last && doc.tok(k) == ",";
    if comma {
        k += 1;
    }
    // The word that opens the clause (the sentence's last when it ends here).
    let raw = doc.tok(k.min(last.saturating_sub(1)));
    // "Trump said, looking out on the crowd": a gerund after the comma is how it was said, not
    // what was said.
    if comma && ing_form(raw) && raw.chars().all(|c| c.is_lowercase()) && !cues::is_speech_verb(raw)
    {
        return None;
    }
    // The clause must begin like a clause: not a quotation mark (that is a direct quote), not
    // a preposition ("said in an interview" without "that").
    let w = lower(raw);
    if k >= last
        || matches!(
            w.as_str(),
            "\"" | "\u{201c}"
                | "\u{2018}"
                | "'"
                | "in"
                | "at"
                | "to"
                | "of"
                | "for"
                | "with"
                | "by"
                | "about"
                | "ahead"
                | "while"
                | "when"
                | "as"
                | "from"
                | "through"
                | "via"
                | "during"
                | "after"
                | "before"
                | "and"
                | "."
                | "?"
                | "!"
                | "it."
                | "so"
                | "no"
                | "yes"
        )
    {
        return None;
    }
    // "reported using meth", "admitted taking bribes": after these verbs a gerund is the
    // object, an experience or act, not the start of a reported clause, which it can be after
    // "said" ("said returning to the moon was necessary").
    // (`k < last` here, so `raw` is the word at `k`.)
    if matches!(stem, "report" | "admit" | "deny" | "recall" | "suggest")
        && k == v + 1
        && ing_form(raw)
        && !crate::entities::is_capitalised(raw)
    {
        return None;
    }
    // "McClatchy reported a loss of $300 million", "Audi revealed the second model", "He
    // wrote handbooks for games": without "that", these verbs take an object as often as a
    // clause; what follows is a clause only when a verb of its own shows.
    if !comma
        && matches!(
            stem,
            "report"
                | "announce"
                | "reveal"
                | "add"
                | "observe"
                | "write"
                | "conclude"
                | "disclose"
        )
        && !has_own_verb(doc, k, last)
    {
        return None;
    }
    Some(doc.tokens[k].start)
}

/// Whether the words `k..last` after a verb hold a finite verb of their own: a pronoun
/// subject, an auxiliary or a form of "be", a common past tense, or a word in "-ed" right
/// after a name, a pronoun or a plural noun ("the firm said profits doubled"). A word in
/// "-ed" after "that" or "which" belongs to a relative clause of an object ("earnings that
/// topped estimates"), after a singular noun it is a participle ("the quarter ended Sept. 29").
fn has_own_verb(doc: &Doc, k: usize, last: usize) -> bool {
    let stop = last.min(k + 40);
    (k..stop).any(|i| {
        let raw = doc.tok(i);
        let w = lower(raw);
        if i == k && source::is_pronoun(&w) {
            return true;
        }
        // "May 2017" is a month
        if i > k && w == "may" && crate::entities::is_capitalised(raw) {
            return false;
        }
        // an auxiliary or a modal opens a predicate; "be", "been" and the common irregular
        // past tenses are finite verbs too
        if source::opens_predicate(&w)
            || matches!(
                w.as_str(),
                "be" | "been"
                    | "came"
                    | "went"
                    | "made"
                    | "took"
                    | "found"
                    | "gave"
                    | "got"
                    | "became"
                    | "left"
                    | "saw"
                    | "knew"
                    | "began"
                    | "rose"
                    | "fell"
                    | "grew"
                    | "won"
                    | "lost"
                    | "paid"
                    | "sold"
                    | "held"
                    | "kept"
                    | "met"
            )
            || contracted_verb(&w)
        {
            return true;
        }
        if i > k && w.len() > 4 && w.ends_with("ed") && !crate::entities::is_capitalised(raw) {
            let p = doc.tok(i - 1);
            let lp = lower(p);
            return source::is_pronoun(&lp)
                || (crate::entities::is_capitalised(p) && i - 1 > k)
                || (lp.ends_with('s') && !lp.ends_with("ss") && lp.len() > 3);
        }
        false
    })
}

/// "it's", "they're", "won't", "we'll": a verb in a contraction. "the firm's" is a possessive.
fn contracted_verb(w: &str) -> bool {
    // either apostrophe, found in place: no copy of the word per token read
    let Some((base, end)) = w.split_once(['\'', '\u{2019}']) else {
        return false;
    };
    match end {
        "re" | "ll" | "ve" | "d" | "m" => true,
        "t" => base.ends_with('n'),
        "s" => matches!(
            base,
            "it" | "he" | "she" | "that" | "there" | "here" | "what" | "who" | "where"
        ),
        _ => false,
    }
}

/// A word in "-ing" long enough to be a verb's form ("using", not "king").
fn ing_form(w: &str) -> bool {
    w.len() >= 5 && w.ends_with("ing")
}

#[allow(clippy::too_many_arguments)]
fn according(
    doc: &Doc,
    mentions: &[Mention],
    spans: &[marks::Span],
    s: usize,
    v: usize,
    lo: usize,
    last: usize,
    out: &mut Vec<Quote>,
) {
    let src = source::right_of(doc, mentions, v + 1, last);
    let Some(src) = src else { return };
    let cue = Some((doc.tokens[v].start, doc.tokens[v + 1].end));
    if v == lo || (v > lo && matches!(doc.tok(v - 1), "\"" | "\u{201c}")) {
        // "According to X, CLAUSE."
        let mut k = doc.token_at(src.1);
        let stop = last.min(v + CLAUSE);
        while k < stop && doc.tok(k) != "," {
            k += 1;
        }
        if k + 1 < stop {
            let a = doc.tokens[k + 1].start;
            let b = doc.tokens[last.min(k + 1 + CLAUSE) - 1].end;
            push_clause(doc, spans, a, b, cue, Some(src), s, out);
        }
    } else if v > lo + 2 && doc.tok(v - 1) == "," {
        let a = doc.tokens[lo.max(v.saturating_sub(CLAUSE))].start;
        let b = doc.tokens[v - 1].start;
        push_clause(doc, spans, a, b, cue, Some(src), s, out);
    }
}

/// "X said A, while the police deny B": a clause of contrast after a comma, or what follows
/// a semicolon, is the writer's, so the reported clause between bytes `a` and `b` ends there.
fn contrast_before(doc: &Doc, a: usize, b: usize) -> Option<usize> {
    let from = doc.token_at(a);
    (from..doc.tokens.len())
        .take_while(|&i| doc.tokens[i].end <= b)
        .find(|&i| {
            doc.tok(i) == ";"
                || (doc.tok(i) == ","
                    && i + 1 < doc.tokens.len()
                    && matches!(lower(doc.tok(i + 1)).as_str(), "while" | "whereas"))
        })
        .map(|i| doc.tokens[i].start)
}

#[allow(clippy::too_many_arguments)]
fn push_clause(
    doc: &Doc,
    spans: &[marks::Span],
    a: usize,
    b: usize,
    cue: Option<(usize, usize)>,
    source: Option<(usize, usize)>,
    s: usize,
    out: &mut Vec<Quote>,
) {
    let Some(text) = doc.text.get(a..b) else {
        return;
    };
    let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let b = a + trimmed.len();
    if words_in(trimmed) < 3 {
        return;
    }
    // A clause that is itself one direct quote is already listed as that quote.
    let i = spans.partition_point(|sp| sp.open <= a + 3);
    if i > 0 && spans[i - 1].close_end + 3 >= b {
        return;
    }
    out.push(Quote {
        start: a,
        end: b,
        kind: QuoteKind::Indirect,
        partial: false,
        cue,
        source,
        sentence: s,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::from_text;
    use crate::sentences::split;

    fn run(text: &str) -> Vec<(String, QuoteKind, Option<String>)> {
        let a = from_text(text);
        let d = split(text, &a.blocks);
        let mut m = crate::entities::recognize(&d, &a);
        m.sort_by_key(|m| m.start);
        find(&d, &a, &m)
            .into_iter()
            .map(|q| {
                (
                    text[q.start..q.end].to_string(),
                    q.kind,
                    q.source.map(|(s, e)| text[s..e].to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn a_clause_after_says_is_no_inverted_source() {
        let q = run("The German automaker, which has focused on electric cars, says the wagon will be able to go 300 miles on a single charge.");
        assert!(
            q.iter().all(|x| x.2.as_deref() != Some("the wagon")),
            "{q:?}"
        );
    }

    #[test]
    fn an_object_after_the_verb_is_no_inverted_source() {
        let q = run("The institute estimated that 964,000 people, about 0.4 percent of the population, reported a methamphetamine use disorder in 2017. The plan is fine, said a spokesman.");
        assert!(
            q.iter()
                .all(|x| !x.2.as_deref().unwrap_or("").contains("disorder")),
            "{q:?}"
        );
        assert!(
            q.iter().any(|x| x.2.as_deref() == Some("a spokesman")),
            "{q:?}"
        );
    }

    #[test]
    fn and_inside_a_name_after_the_verb_keeps_the_name_whole() {
        let q = run("Tourism makes up 15 percent of its economy, according to the World Travel and Tourism Council.");
        assert_eq!(
            q.first().and_then(|x| x.2.as_deref()),
            Some("the World Travel and Tourism Council"),
            "{q:?}"
        );
    }

    #[test]
    fn a_gerund_after_the_verb_is_no_reported_clause() {
        let q = run(
            "The share of young people in the state who have reported using meth was 3.8 percent.",
        );
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn a_gerund_after_said_can_open_the_clause() {
        let q = run(
            "In May, NASA Administrator Jim Bridenstine said returning to the moon was necessary.",
        );
        assert_eq!(
            q.first().and_then(|x| x.2.as_deref()),
            Some("Jim Bridenstine"),
            "{q:?}"
        );
    }

    #[test]
    fn that_before_a_plural_is_no_determiner_of_the_source() {
        let q = run("Dozens of new models will come during the next two years that industry analysts say will boost sales.");
        assert!(
            q.iter()
                .all(|x| !x.2.as_deref().unwrap_or("").starts_with("that")),
            "{q:?}"
        );
    }

    #[test]
    fn a_report_stops_where_the_next_direct_quote_begins() {
        let q = run("Communication director Jennifer Palmieri said Trump is reduced to \"taunts and insults\" because he cannot defend his record. \"You could dismiss these actions as schoolyard behavior, but this man is running to be president,\" she said.");
        let report = q
            .iter()
            .find(|x| x.1 == QuoteKind::Indirect)
            .expect("report");
        assert_eq!(
            report.0,
            "Trump is reduced to \"taunts and insults\" because he cannot defend his record"
        );
    }

    #[test]
    fn the_second_half_of_a_split_quote_shares_the_source() {
        let t = "“Here he is, babe,” she said. “Donald’s here, babe.”";
        let q = run(t);
        let direct: Vec<_> = q.iter().filter(|q| q.1 == QuoteKind::Direct).collect();
        assert_eq!(direct.len(), 2, "{q:?}");
        assert_eq!(direct[0].2.as_deref(), Some("she"));
        assert_eq!(direct[1].2.as_deref(), Some("she"));
    }

    #[test]
    fn a_quote_in_the_next_paragraph_keeps_no_source_of_its_own() {
        let t = "“Here he is,” she said.\n\n“Donald’s here.”";
        let q = run(t);
        let last = q.iter().rfind(|q| q.1 == QuoteKind::Direct).unwrap();
        assert_eq!(last.2, None, "{q:?}");
    }

    #[test]
    fn a_long_manner_phrase_keeps_the_attribution_after_a_question() {
        let t = "Trump ended his speech.\n\n“Who would have believed it?” Trump said, looking out on the crowd of supporters.";
        let q = run(t);
        assert!(
            q.iter()
                .any(|q| q.0 == "Who would have believed it?" && q.2.as_deref() == Some("Trump")),
            "{q:?}"
        );
        // how it was said is no report of what was said
        assert!(q.iter().all(|q| !q.0.starts_with("looking")), "{q:?}");
    }

    #[test]
    fn a_description_may_end_in_an_of_phrase() {
        for (t, src) in [
            ("Pressed on why, the mother of three replied, \"It is meant to benefit everyone.\"", "the mother of three"),
            ("Pressed on why, the 34-year-old mother of three replied, \"It is meant to benefit everyone.\"", "the 34-year-old mother of three"),
        ] {
            let q = run(t);
            let d = q.iter().find(|q| q.1 == QuoteKind::Direct).unwrap();
            assert_eq!(d.2.as_deref(), Some(src), "{q:?}");
        }
    }

    #[test]
    fn a_participle_after_a_comma_takes_the_subject_of_the_verb_before() {
        let t = "“Deals should not be a requirement for cooperating with the FBI,” Chairman Jason Chaffetz said in a statement, adding that the agreements were handed out “like candy.”";
        let q = run(t);
        let candy = q.iter().find(|q| q.0.starts_with("like candy")).unwrap();
        assert_eq!(candy.2.as_deref(), Some("Jason Chaffetz"), "{q:?}");
    }

    #[test]
    fn the_pronoun_after_what_is_the_named_subject() {
        let t = "Ayrault said the test was a provocation.\n\nSecretary General Ban Ki-moon condemned what he called a “brazen breach” of U.N. resolutions.";
        let q = run(t);
        let b = q.iter().find(|q| q.0.starts_with("brazen")).unwrap();
        assert!(
            b.2.as_deref().is_some_and(|s| s.contains("Ban Ki-moon")),
            "{q:?}"
        );
    }

    #[test]
    fn an_issued_document_speaks_for_its_issuer() {
        let t = "After a meeting, the Security Council issued a statement calling the test “a clear violation and in flagrant disregard” of five resolutions.";
        let q = run(t);
        let d = q.iter().find(|q| q.1 == QuoteKind::Direct).unwrap();
        assert!(
            d.2.as_deref()
                .is_some_and(|s| s.contains("Security Council")),
            "{q:?}"
        );
    }

    #[test]
    fn a_document_reads() {
        let q =
            run("“Business leaders honored him for the comeback of the decade,” the article read.");
        assert_eq!(q[0].2.as_deref(), Some("the article"), "{q:?}");
    }

    #[test]
    fn an_opening_participle_has_the_subject_after_the_quote() {
        let q = run("After saying her right foot was “so swollen I could barely get my shoe on,” she was rushed to a hospital.");
        let d = q.iter().find(|q| q.1 == QuoteKind::Direct).unwrap();
        assert_eq!(d.2.as_deref(), Some("she"), "{q:?}");
    }

    #[test]
    fn direct_with_sources_on_both_sides() {
        let q = run("“Together, we must fight,” Harris said. “It is ours.”\n\nLopez Obrador said, “It is in our interest.”\n\n“No,” said the minister.");
        assert_eq!(
            q[0],
            (
                "Together, we must fight,".into(),
                QuoteKind::Direct,
                Some("Harris".into())
            )
        );
        // the second half of the split quote shares the attribution between the halves
        assert_eq!(q[1].2.as_deref(), Some("Harris"));
        assert_eq!(q[2].2.as_deref(), Some("Lopez Obrador"));
        assert_eq!(q[3].2.as_deref(), Some("the minister"));
    }

    #[test]
    fn sentences_full_of_names_are_not_headlines() {
        let q = run("Groups worried.\n\n“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.\n\n\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said.");
        assert_eq!(q[0].2.as_deref(), Some("Mitch McConnell"));
        assert_eq!(q[1].2.as_deref(), Some("Morgan"));
    }

    #[test]
    fn a_paragraph_ending_in_a_colon_introduces_the_quote() {
        let q = run("The New York Times reports:\n\n\"Just 24 percent of the contributors have given $200 or less.\"\n\nIt is true.");
        assert_eq!(q[0].2.as_deref(), Some("New York Times"));
        let q = run("On July 6, 2015, Bernie Sanders made the following comment:\n\n“If they are white, the rate is 33 percent.”\n\nIt is true.");
        assert_eq!(q[0].2.as_deref(), Some("Bernie Sanders"));
    }

    #[test]
    fn what_someone_called_is_theirs() {
        let q = run("She was hospitalized after what she called a “rant,” a series of postings. The campaign is denouncing what it calls “the single-biggest coordinated media attack in history.”");
        assert_eq!(q[0].2.as_deref(), Some("she"));
        assert_eq!(q[1].2.as_deref(), Some("it"));
    }

    #[test]
    fn a_fronted_phrase_before_a_verb_with_an_object_is_no_reported_clause() {
        let q = run("In a radio interview last week, Maria Lopez defended her record.");
        assert!(
            !q.iter().any(|(t, _, _)| t.starts_with("In a radio")),
            "{q:?}"
        );
        let q = run("The plan will fail, Maria Lopez told the council.");
        assert!(q.iter().any(|(t, _, _)| t == "The plan will fail"), "{q:?}");
    }

    #[test]
    fn a_place_inside_a_long_apposition_is_not_the_speaker() {
        let q = run(
            "\"The model works,\" Ana Ruiz, a researcher at the Institute of Optics in Lyon, \
             France, and an author of the paper, said in a statement.",
        );
        let first = q
            .iter()
            .find(|(t, _, _)| t.starts_with("The model"))
            .unwrap();
        assert_eq!(first.2.as_deref(), Some("Ana Ruiz"), "{q:?}");
        // A country that speaks keeps its words.
        let q = run("\"We will not sign,\" China, the largest emitter, said on Monday.");
        assert_eq!(q[0].2.as_deref(), Some("China"), "{q:?}");
    }

    #[test]
    fn a_quote_alone_after_a_speech_verb_has_its_speaker() {
        let q = run(
            "\"We will build it,\" Tom Reed said. His old partner, Ann Kerr, called him a \
             master of deals. \"He always finds a way.\"",
        );
        let last = q
            .iter()
            .find(|(t, _, _)| t.starts_with("He always"))
            .unwrap();
        assert_eq!(last.2.as_deref(), Some("Ann Kerr"), "{q:?}");
    }

    #[test]
    fn reported_speech_patterns() {
        let q = run("U.S. Vice President Kamala Harris said Friday that the two countries must work together.\n\nHarris told Lopez Obrador it was in the interest of both.\n\nThe plan will fail, officials said.\n\nAccording to the report, prices rose sharply last year.\n\nShe thinks the plan is good.");
        let ind: Vec<(&str, Option<&str>)> = q
            .iter()
            .filter(|x| x.1 == QuoteKind::Indirect)
            .map(|x| (x.0.as_str(), x.2.as_deref()))
            .collect();
        assert_eq!(
            ind,
            vec![
                (
                    "the two countries must work together",
                    Some("Kamala Harris")
                ),
                ("it was in the interest of both", Some("Harris")),
                ("The plan will fail", Some("officials")),
                ("prices rose sharply last year", Some("the report")),
            ]
        );
    }

    #[test]
    fn signatures_and_transcripts() {
        let q = run(
            "“Maybe we can build a wall around him.” ― Steve Quinlan\n\n\
“PENCE: Well, look, this is serious business.”",
        );
        assert_eq!(q[0].2.as_deref(), Some("Steve Quinlan"));
        assert_eq!(q[1].2.as_deref(), Some("PENCE"));
    }

    #[test]
    fn a_quote_over_paragraphs_and_an_unclosed_one_stay_bounded() {
        let t = "“It was a sad day,” Tusk said. “People are worried.\n\n“They want control back.”\n\nHe said “this never closes.\n\nNext block is plain.";
        let q = run(t);
        let texts: Vec<&str> = q.iter().map(|x| x.0.as_str()).collect();
        assert!(texts.contains(&"People are worried."), "{texts:?}");
        assert!(texts.contains(&"They want control back."), "{texts:?}");
        assert!(texts.iter().all(|x| !x.contains("Next block")));
    }

    #[test]
    fn no_panic_on_odd_input() {
        for t in [
            "",
            "“",
            "”“”“",
            "said said said",
            "\"\"\"",
            "‘’‘’ ' ' '",
            "According to",
            "X said:",
            "é“ü”ß said Zoë, “",
            ", said the",
            "Mr. said that",
            "PENCE:",
            "“A” ―",
        ] {
            let _ = run(t);
        }
    }

    #[test]
    fn a_list_of_titles_is_not_speech() {
        let q = run("According to the magazine, the band will play its hits, including “Rain On The Roof,” “Old Yellow Car,” and “Northern Light.” The singer said: “We love them all.”");
        assert!(
            q.iter()
                .filter(|x| x.1 == QuoteKind::Direct)
                .all(|x| !x.0.contains("Roof")
                    && !x.0.contains("Yellow")
                    && !x.0.contains("Northern")),
            "{q:?}"
        );
        assert!(q.iter().any(|x| x.0 == "We love them all."), "{q:?}");
    }

    #[test]
    fn a_quote_right_after_a_naming_verb_is_a_name() {
        let q = run("Every winter he mailed friends a poem called “Snow Over the Harbor,” and she hosted a podcast named “ask the vet.” The mayor called it “a fine tradition.”");
        assert!(
            q.iter()
                .filter(|x| x.1 == QuoteKind::Direct)
                .all(|x| !x.0.contains("Harbor") && !x.0.contains("vet")),
            "{q:?}"
        );
        assert!(q.iter().any(|x| x.0 == "a fine tradition."), "{q:?}");
        let q = run("The fee hit what several tenants called “theft” last year.");
        assert!(q.iter().any(|x| x.0 == "theft"), "{q:?}");
    }

    #[test]
    fn a_possessive_name_before_a_role_is_no_speaker() {
        let q = run("Zedland’s ambassador to Britain warned that the government “will not sit on our hands”. Zedland’s foreign ministry said it viewed the move as dangerous. The Kingdom's ambassador to Zedland, however, accused them of meddling and said the talks were over.");
        assert!(
            q.iter().all(|x| !matches!(
                x.2.as_deref(),
                Some("Britain" | "Zedland" | "Zedland’s" | "Kingdom")
            )),
            "{q:?}"
        );
        assert!(
            q.iter()
                .any(|x| x.2.as_deref() == Some("Zedland’s foreign ministry")),
            "{q:?}"
        );
    }

    #[test]
    fn a_name_closing_a_description_after_the_first_name_is_no_speaker() {
        let q = run("Lara Smith, the younger sister of the heir to the firm, Charles, has told friends that the interview was a success. Her brother, Tom Reed, said the talks had gone badly.");
        assert!(
            q.iter()
                .any(|x| x.0.starts_with("the interview") && x.2.as_deref() == Some("Lara Smith")),
            "{q:?}"
        );
        assert!(
            q.iter()
                .any(|x| x.0 == "the talks had gone badly" && x.2.as_deref() == Some("Tom Reed")),
            "{q:?}"
        );
    }

    #[test]
    fn an_organisation_split_at_on_is_one_source() {
        let q = run(
            "The National Institute on Drug Abuse has also estimated that 900,000 people use it.",
        );
        assert!(
            q.iter().all(|x| x.2.as_deref() != Some("Drug Abuse")),
            "{q:?}"
        );
    }

    #[test]
    fn an_object_after_report_or_announce_is_no_reported_clause() {
        let q = run("Acme Corp reported a loss of $30 million in the quarter ended June 30. The firm also announced a new line of boats from February through May 2027. Nova Ltd reported profits doubled in the year. Acme Corp announced it would close two plants. He wrote handbooks for several games.");
        let said: Vec<&str> = q.iter().map(|x| x.0.as_str()).collect();
        assert!(
            !said.iter().any(|t| t.starts_with("a loss")
                || t.starts_with("a new line")
                || t.starts_with("handbooks")),
            "{q:?}"
        );
        assert!(
            said.iter().any(|t| t.starts_with("profits doubled")),
            "{q:?}"
        );
        assert!(
            said.iter().any(|t| t.starts_with("it would close")),
            "{q:?}"
        );
    }

    #[test]
    fn an_adverb_or_a_modal_before_the_verb_is_no_source() {
        let q = run("That is why I always tell my clients: “an open face is a happy face!” Our experts somehow cannot explain why the plan failed.");
        assert!(
            q.iter().all(|x| !matches!(
                x.2.as_deref(),
                Some("always" | "our experts somehow cannot")
            )),
            "{q:?}"
        );
    }

    #[test]
    fn and_say_shares_the_subject_of_its_own_clause() {
        let q = run("Ruritania said it was ready to talk, while the city's police deny any abuse and say they act with restraint.");
        let x = q
            .iter()
            .find(|x| x.0.contains("act with restraint"))
            .expect("reported");
        assert!(
            x.2.as_deref().is_some_and(|s| s.contains("police")),
            "{q:?}"
        );
        let q = run("Mayor Ann Lee visited the site and said the repairs would finish soon.");
        let x = q
            .iter()
            .find(|x| x.0.contains("repairs"))
            .expect("reported");
        assert_eq!(x.2.as_deref(), Some("Ann Lee"), "{q:?}");
    }

    #[test]
    fn it_after_which_is_the_subject_of_the_sentence() {
        let q = run("A convoy was attacked near the Zedland border on Monday. The Northern Rebels, however, claimed the attack on the convoy, which they said carried weapons for the army.");
        let x = q
            .iter()
            .find(|x| x.0.starts_with("carried weapons"))
            .expect("reported");
        assert_eq!(x.2.as_deref(), Some("Northern Rebels"), "{q:?}");
    }

    #[test]
    fn denied_speech_reports_nothing() {
        let q = run("The engineers cannot explain why the bridge swayed. The mayor did not say whether the road would reopen. Officials never said the “tunnel” was safe. Ann Lee, who did not attend, said the vote was fair.");
        let said: Vec<&str> = q.iter().map(|x| x.0.as_str()).collect();
        assert!(
            said.iter()
                .all(|t| !t.contains("bridge") && !t.contains("road") && !t.contains("tunnel")),
            "{q:?}"
        );
        assert!(said.iter().any(|t| t.contains("vote was fair")), "{q:?}");
    }

    #[test]
    fn an_organisation_named_after_its_description_speaks() {
        let q = run(
            "The firm that builds the ferries, Tall Harbor, says the route will reopen in May.",
        );
        assert!(
            q.iter().any(|x| x.2.as_deref() == Some("Tall Harbor")),
            "{q:?}"
        );
    }

    #[test]
    fn a_name_before_a_title_with_commas_speaks() {
        let q = run("Tom Reed, Senior Vice President of Sales for Brightco, Inc., says: “Alarm management continues to be a focus.”");
        assert!(
            q.iter().any(|x| x.2.as_deref() == Some("Tom Reed")),
            "{q:?}"
        );
    }

    #[test]
    fn two_quoted_names_may_be_speech() {
        let q = run(
            "Reports say the coach called the rookie “Slow Joe” and “Mister Late” in practice.",
        );
        assert!(q.iter().any(|x| x.0 == "Slow Joe"), "{q:?}");
    }

    #[test]
    fn scare_quotes_and_titles_are_not_speech() {
        let q = run("The so-called “experts” disagreed. He read “The Old Man and the Sea” twice.");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn partial_quote_in_reported_speech() {
        let q = run("Sanders said in a statement that the leaders agreed to “establish a strategic partnership” to address migration.");
        assert!(q.iter().any(|x| x.0 == "establish a strategic partnership"
            && x.1 == QuoteKind::Direct
            && x.2.as_deref() == Some("Sanders")));
    }
}
