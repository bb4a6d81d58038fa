//! Finding place spans in the sentences: capitalised chunks, gazetteer names inside them, and
//! the chunk around a name deciding whether it is a place, part of a person's name or part of
//! an organisation's. One pass over the tokens; every look-up is a hash probe.

use super::cues::{self, is};
use crate::gazetteer::{self, Hit, PlaceKind, Via};
use crate::sentences::{Doc, TokenKind};
use std::collections::HashSet;

/// A place span of the article text (bytes).
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    /// Gazetteer candidates for the span; empty for a place the gazetteer does not know
    /// ("Naqsh-e Jahan Square").
    pub hits: Vec<Hit>,
    /// The gazetteer says so with little doubt (a country, a state, a big city, a curated
    /// name): strong enough to overrule another stage's PERSON/ORG label.
    pub strong: bool,
}

/// The longest gazetteer name tried, in tokens.
const MAX_NAME_TOKENS: usize = 6;

/// Population from which a city name alone, with no cue around it, is taken as the city.
const PROMINENT_CITY: u64 = 100_000;

struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    /// Folded single words that are surnames or first names in this story ("Harris" after
    /// "Kamala Harris"): a city of that name alone is the person.
    person_words: HashSet<String>,
}

/// The place spans of the document, in text order, not overlapping.
pub fn find(doc: &Doc) -> Vec<Found> {
    let mut ctx = Ctx {
        doc,
        person_words: HashSet::new(),
    };
    let mut chunks = Vec::new();
    for s in 0..doc.sentences.len() {
        chunks.extend(chunks_of(doc, s));
    }
    for c in &chunks {
        ctx.note_person(c);
    }
    let mut out = Vec::new();
    for c in &chunks {
        ctx.places_in(c, &mut out);
    }
    out.sort_by_key(|f| (f.start, f.end));
    out.dedup_by(|b, a| b.start < a.end);
    out
}

/// A maximal run of capitalised words (with inner connectors) inside one sentence: token
/// indexes `start..=end`, and the sentence's token range.
#[derive(Debug, Clone, Copy)]
struct Chunk {
    start: usize,
    end: usize,
    sentence_start: usize,
    sentence_end: usize,
}

fn word<'a>(doc: &Doc<'a>, i: usize) -> &'a str {
    doc.tokens
        .get(i)
        .and_then(|t| doc.text.get(t.start..t.end))
        .unwrap_or("")
}

/// The token without a possessive ending ("Mexico's" → "Mexico"): byte end.
fn stem_end(doc: &Doc, i: usize) -> usize {
    let Some(t) = doc.tokens.get(i) else { return 0 };
    let w = word(doc, i);
    for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if w.len() > suffix.len() + 1 && w.ends_with(suffix) {
            return t.end - suffix.len();
        }
    }
    t.end
}

fn stem<'a>(doc: &Doc<'a>, i: usize) -> &'a str {
    let Some(t) = doc.tokens.get(i) else {
        return "";
    };
    doc.text.get(t.start..stem_end(doc, i)).unwrap_or("")
}

fn folded(doc: &Doc, i: usize) -> String {
    gazetteer::fold(stem(doc, i))
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

fn is_name_word(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    t.kind == TokenKind::Word
        && is_capitalised(word(doc, i))
        && !is(cues::NOT_NAMES, &folded(doc, i))
}

fn has_possessive(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| stem_end(doc, i) < t.end)
}

fn chunks_of(doc: &Doc, s: usize) -> Vec<Chunk> {
    let range = doc.sentence_tokens(s);
    let (first, end) = (range.start, range.end);
    let mut out = Vec::new();
    let mut i = first;
    while i < end {
        if !is_name_word(doc, i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut last = i;
        let mut j = i + 1;
        while j < end && !has_possessive(doc, last) {
            if is_name_word(doc, j) {
                last = j;
                j += 1;
            } else if is(cues::NAME_CONNECTORS, &folded(doc, j))
                && word(doc, j).chars().all(|c| c.is_lowercase())
                && j + 1 < end
                && is_name_word(doc, j + 1)
                && folded(doc, j) != "and"
            {
                j += 1;
            } else {
                break;
            }
        }
        out.push(Chunk {
            start,
            end: last,
            sentence_start: first,
            sentence_end: end,
        });
        i = last + 1;
    }
    out
}

enum Verdict {
    /// The gazetteer name alone is the place.
    Name,
    /// The whole chunk is a place ("North Oakland", "Fort Lee Historic Park").
    Chunk,
    /// Part of a person's or an organisation's name.
    No,
}

impl Ctx<'_, '_> {
    /// Remembers the words of a chunk that looks like a person's full name: two or three
    /// capitalised words, none of them a place, a title or a place word.
    fn note_person(&mut self, c: &Chunk) {
        let n = c.end + 1 - c.start;
        if !(2..=3).contains(&n) {
            return;
        }
        let doc = self.doc;
        let words: Vec<String> = (c.start..=c.end).map(|i| folded(doc, i)).collect();
        let placeish = |w: &String| {
            is(cues::TITLES, w)
                || is(cues::PLACE_HEADS, w)
                || is(cues::PLACE_PREFIXES, w)
                || is(cues::DIRECTIONS, w)
                || is(cues::ORG_WORDS, w)
                || is(cues::NAME_CONNECTORS, w)
                || w.contains('.')
                || w.chars().count() < 2
        };
        if words.iter().any(placeish) {
            return;
        }
        let whole = doc
            .text
            .get(doc.tokens[c.start].start..stem_end(doc, c.end))
            .unwrap_or("");
        if !gazetteer::find(whole).is_empty() {
            return;
        }
        // A first name is rarely a country or a state; a surname often is a town ("Harris").
        let first = gazetteer::find(&words[0]);
        if first.first().is_some_and(|h| strong_kind(h.index)) {
            return;
        }
        if let Some(last) = words.last() {
            self.person_words.insert(last.clone());
        }
    }

    fn places_in(&self, c: &Chunk, out: &mut Vec<Found>) {
        let doc = self.doc;
        let mut p = c.start;
        let mut matched = false;
        while p <= c.end {
            if !is_name_word(doc, p) {
                p += 1;
                continue;
            }
            let Some((q, hits)) = self.longest_name(p, c.end) else {
                self.hyphen_parts(p, out);
                p += 1;
                continue;
            };
            matched = true;
            match self.verdict(c, p, q) {
                Verdict::Name => {
                    if self.accept_name(c, p, q, &hits) {
                        let strong = strong_hits(&hits, doc, p, q);
                        out.push(Found {
                            start: doc.tokens[p].start,
                            end: stem_end(doc, q),
                            hits,
                            strong,
                        });
                    }
                }
                Verdict::Chunk => {
                    let start = self.chunk_start(c);
                    out.push(Found {
                        start: doc.tokens[start].start,
                        end: stem_end(doc, c.end),
                        hits: Vec::new(),
                        strong: false,
                    });
                    return;
                }
                Verdict::No => {}
            }
            p = q + 1;
        }
        if !matched {
            if let Some(f) = self.unknown_place(c) {
                out.push(f);
            }
        }
    }

    /// The longest gazetteer name starting at token `p` and ending at or before `end`.
    fn longest_name(&self, p: usize, end: usize) -> Option<(usize, Vec<Hit>)> {
        let doc = self.doc;
        let last = end.min(p + MAX_NAME_TOKENS - 1);
        for q in (p..=last).rev() {
            if !is_name_word(doc, q) && !is_short_code(word(doc, q)) {
                continue;
            }
            if q > p && has_possessive(doc, p) {
                continue;
            }
            let key = doc.text.get(doc.tokens[p].start..stem_end(doc, q))?;
            if q == p && !plausible_single(key) {
                continue;
            }
            let hits = gazetteer::find(key);
            if !hits.is_empty() {
                return Some((q, hits));
            }
        }
        None
    }

    /// What the chunk around the name `p..=q` makes of it.
    fn verdict(&self, c: &Chunk, p: usize, q: usize) -> Verdict {
        let doc = self.doc;
        if q < c.end {
            let next = folded(doc, q + 1);
            let last = folded(doc, c.end);
            if is(cues::TITLES, &next) {
                // "U.S. President Joe Biden": the place modifies the title.
            } else if is(cues::PLACE_HEADS, &last) && !is(cues::ORG_WORDS, &next) {
                return Verdict::Chunk;
            } else {
                return Verdict::No;
            }
        }
        if p > c.start {
            let left: Vec<String> = (c.start..p).map(|i| folded(doc, i)).collect();
            if left.iter().all(|w| is(cues::DIRECTIONS, w)) {
                return Verdict::Chunk;
            }
            let before = left.last().map(String::as_str).unwrap_or("");
            if before == "of" {
                let head = left
                    .len()
                    .checked_sub(2)
                    .and_then(|i| left.get(i))
                    .map(String::as_str)
                    .unwrap_or("");
                if is(cues::PLACE_OF_HEADS, head) && !is(cues::ORG_WORDS, &left[0]) {
                    return Verdict::Chunk;
                }
                if is(cues::TITLES, head) {
                    return Verdict::Name;
                }
                return Verdict::No;
            }
            if left.len() == 1 && is(cues::PLACE_PREFIXES, before) {
                return Verdict::Chunk;
            }
            return Verdict::No;
        }
        Verdict::Name
    }

    /// Whether a name standing alone (or before a title) is taken as a place: prominent
    /// places always, small or word-like towns only with a cue that a place is meant.
    fn accept_name(&self, c: &Chunk, p: usize, q: usize, hits: &[Hit]) -> bool {
        let doc = self.doc;
        let Some(top) = hits.first() else {
            return false;
        };
        let key = gazetteer::fold(
            doc.text
                .get(doc.tokens[p].start..stem_end(doc, q))
                .unwrap_or(""),
        );
        let kind = gazetteer::kind(top.index);
        let locative = self.locative_before(p);
        let qualified = self.qualified_after(q);
        if p == q && self.person_words.contains(&key) && !strong_kind(top.index) && !qualified {
            return false;
        }
        if kind != Some(PlaceKind::City) {
            return true;
        }
        let flags = gazetteer::flags(top.index);
        let pop = gazetteer::population(top.index);
        let subject = self.subject_after(q, c);
        if top.via == Via::Alias {
            return true;
        }
        if flags & gazetteer::FLAG_COMMON_WORD != 0 {
            return (locative && p > c.sentence_start + 1) || qualified;
        }
        if subject && flags & gazetteer::FLAG_CAPITAL == 0 && pop < 1_000_000 && !locative {
            return false;
        }
        locative
            || qualified
            || flags & gazetteer::FLAG_CAPITAL != 0
            || pop >= PROMINENT_CITY
            || self.dateline_like(c, q)
    }

    fn locative_before(&self, p: usize) -> bool {
        let doc = self.doc;
        let mut i = p;
        while i > 0 {
            i -= 1;
            let w = folded(doc, i);
            if w == "the" {
                continue;
            }
            return is(cues::LOCATIVES, &w);
        }
        false
    }

    /// "Paris, Texas", "Ziguinchor, Senegal": a country or state after a comma.
    fn qualified_after(&self, q: usize) -> bool {
        let doc = self.doc;
        if word(doc, q + 1) != "," {
            return false;
        }
        let next = stem(doc, q + 2);
        gazetteer::find(next).iter().take(3).any(|h| {
            matches!(
                gazetteer::kind(h.index),
                Some(PlaceKind::Country | PlaceKind::Admin)
            )
        })
    }

    fn subject_after(&self, q: usize, c: &Chunk) -> bool {
        q + 1 < c.sentence_end && is(cues::SUBJECT_VERBS, &folded(self.doc, q + 1))
    }

    /// A name opening its sentence and followed by a dash or a comma: a dateline.
    fn dateline_like(&self, c: &Chunk, q: usize) -> bool {
        c.start == c.sentence_start
            && matches!(word(self.doc, q + 1), "\u{2014}" | "\u{2013}" | "-" | ",")
            && word(self.doc, c.start).chars().all(|ch| !ch.is_lowercase())
    }

    /// The chunk's first token, past a leading article or direction word that belongs to it.
    fn chunk_start(&self, c: &Chunk) -> usize {
        c.start
    }

    /// "U.S.-Mexico": a hyphenated token whose parts are all places.
    fn hyphen_parts(&self, p: usize, out: &mut Vec<Found>) {
        let doc = self.doc;
        let Some(t) = doc.tokens.get(p) else { return };
        let w = stem(doc, p);
        if !w.contains('-') {
            return;
        }
        let mut parts = Vec::new();
        let mut at = t.start;
        for part in w.split('-') {
            let hits = gazetteer::find(part);
            let ok = is_capitalised(part)
                && plausible_single(part)
                && hits.first().is_some_and(|h| {
                    strong_kind(h.index)
                        || gazetteer::population(h.index) >= 1_000_000
                        || h.via == Via::Alias
                });
            if !ok {
                return;
            }
            parts.push(Found {
                start: at,
                end: at + part.len(),
                hits,
                strong: true,
            });
            at += part.len() + 1;
        }
        if parts.len() >= 2 {
            out.extend(parts);
        }
    }

    /// A chunk the gazetteer does not know that is still plainly a place: "Harris County",
    /// "Lake Tahoe", "Museum of Flight", or "Ziguinchor, Senegal" after "in".
    fn unknown_place(&self, c: &Chunk) -> Option<Found> {
        let doc = self.doc;
        let words: Vec<String> = (c.start..=c.end).map(|i| folded(doc, i)).collect();
        let first = words.first()?;
        let last = words.last()?;
        if words
            .iter()
            .any(|w| is(cues::ORG_WORDS, w) || is(cues::TITLES, w))
        {
            return None;
        }
        let n = words.len();
        let place = (n >= 2 && is(cues::PLACE_HEADS, last))
            || (n >= 2 && is(cues::PLACE_PREFIXES, first) && first != "saint" && first != "st.")
            || (n >= 3
                && words.get(1).is_some_and(|w| w == "of")
                && is(cues::PLACE_OF_HEADS, first))
            || (n <= 3 && self.locative_before(c.start) && self.qualified_after(c.end));
        place.then(|| Found {
            start: doc.tokens[c.start].start,
            end: stem_end(doc, c.end),
            hits: Vec::new(),
            strong: false,
        })
    }
}

/// Short all-capital codes and dotted abbreviations ("UK", "U.S.", "D.C.") count as names.
fn is_short_code(w: &str) -> bool {
    w.len() <= 6
        && w.chars().any(|c| c.is_uppercase())
        && w.chars().all(|c| c.is_uppercase() || c == '.')
}

/// A one-word name of three letters or fewer must be written as a code ("US", not "Us").
fn plausible_single(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && (letters > 3 || w.chars().all(|c| !c.is_lowercase()))
}

fn strong_kind(index: u16) -> bool {
    matches!(
        gazetteer::kind(index),
        Some(PlaceKind::Country | PlaceKind::Admin | PlaceKind::Region)
    )
}

/// Strong evidence for a place: a country, state or region, a curated name, or a city of a
/// million people, named as such.
fn strong_hits(hits: &[Hit], doc: &Doc, p: usize, q: usize) -> bool {
    let _ = (doc, p, q);
    hits.first().is_some_and(|h| {
        strong_kind(h.index)
            || h.via == Via::Alias
            || gazetteer::population(h.index) >= 1_000_000
            || matches!(
                gazetteer::kind(h.index),
                Some(PlaceKind::Landmark | PlaceKind::Other)
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::from_text;
    use crate::sentences::split;

    fn places(text: &str) -> Vec<&str> {
        let a = from_text(text);
        let doc = split(text, &a.blocks);
        find(&doc)
            .into_iter()
            .map(|f| &text[f.start..f.end])
            .collect()
    }

    #[test]
    fn countries_regions_and_abbreviations() {
        assert_eq!(
            places("Harris flew to Guatemala and Mexico, the Northern Triangle and Central America. The U.S. and the UK agreed."),
            vec!["Guatemala", "Mexico", "Northern Triangle", "Central America", "U.S.", "UK"]
        );
    }

    #[test]
    fn possessives_and_titles_leave_the_place() {
        assert_eq!(
            places("Mexico's president met U.S. President Joe Biden."),
            vec!["Mexico", "U.S."]
        );
    }

    #[test]
    fn places_inside_organisations_and_names_are_not_places() {
        assert!(
            places("She studied at the University of Chicago and the Bank of England.").is_empty()
        );
        assert!(places("Paris Hilton read the Washington Post.").is_empty());
    }

    #[test]
    fn surnames_that_are_towns_are_people() {
        let found = places("Kamala Harris spoke. Later Harris flew to Houston.");
        assert_eq!(found, vec!["Houston"]);
    }

    #[test]
    fn demonyms_are_not_places() {
        assert!(places("The Mexican and Israeli delegations met.").is_empty());
    }

    #[test]
    fn unknown_places_with_a_place_word() {
        assert_eq!(
            places("They walked along Main Street to Harris County in Ziguinchor, Senegal."),
            vec!["Main Street", "Harris County", "Ziguinchor", "Senegal"]
        );
    }

    #[test]
    fn directions_join_the_place() {
        assert_eq!(places("They live in North Oakland."), vec!["North Oakland"]);
    }

    #[test]
    fn hyphenated_pairs_of_places() {
        assert_eq!(
            places("The U.S.-Mexico border is long."),
            vec!["U.S.", "Mexico"]
        );
    }

    #[test]
    fn small_towns_need_a_cue() {
        // "Mobile" is a city and a word; "Reading" too.
        assert!(places("Mobile phones are everywhere.").is_empty());
        assert_eq!(
            places("She grew up in Mobile, Alabama."),
            vec!["Mobile", "Alabama"]
        );
    }
}
