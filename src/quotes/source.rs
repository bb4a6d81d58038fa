//! The words that name who speaks, next to a speech verb: a name ("Harris said"), a pronoun
//! ("he said"), a description ("the vice president said", "officials said"), on either side of
//! the verb ("said Harris"), or past an apposition ("Reeves, a senior fellow at X, said").

use crate::entities::{lexicon, lower, Mention};
use crate::sentences::{Doc, TokenKind};

/// Words between a subject and its speech verb that do not change who speaks.
fn is_skippable(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "later"
            | "then"
            | "has"
            | "have"
            | "had"
            | "would"
            | "will"
            | "previously"
            | "earlier"
            | "further"
            | "again"
            | "once"
            | "recently"
            | "repeatedly"
            | "separately"
            | "only"
            | "just"
            | "publicly"
            | "privately"
            | "reportedly"
            | "did"
            | "does"
            | "do"
            | "is"
            | "was"
            | "were"
            | "are"
            | "not"
            | "never"
            | "often"
            | "frequently"
            | "first"
            | "last"
            | "yesterday"
            | "today"
            | "tonight"
            | "now"
            | "already"
            | "subsequently"
            | "quickly"
            | "simply"
            | "flatly"
            | "bluntly"
            | "openly"
            | "since"
            | "still"
            | "may"
            | "might"
            | "could"
            | "should"
            | "must"
            | "can"
            | "even"
            | "immediately"
            | "finally"
            | "ultimately"
            | "initially"
            | "originally"
            | "angrily"
            | "candidly"
            | "frankly"
    )
}

pub fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "i" | "we" | "it" | "you")
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "another"
            | "one"
            | "two"
            | "three"
            | "several"
            | "some"
            | "many"
            | "most"
            | "other"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "this"
            | "that"
            | "these"
            | "those"
            | "both"
            | "few"
            | "four"
            | "five"
            | "dozens"
            | "numerous"
    )
}

/// Words that end a noun phrase on its left: a verb or clause word before the subject.
fn breaks_phrase(w: &str) -> bool {
    lexicon::is_stop(w) && !is_determiner(w)
        || crate::quotes::cues::is_speech_verb(w)
        || matches!(
            w,
            "that" | "which" | "who" | "because" | "but" | "and" | "or"
        )
}

fn word(doc: &Doc, i: usize) -> String {
    lower(doc.tok(i))
}

/// The mention ending at token `i` (or covering it), if any.
fn mention_ending_at<'m>(doc: &Doc, mentions: &'m [Mention], i: usize) -> Option<&'m Mention> {
    let t = doc.tokens.get(i)?;
    mentions
        .iter()
        .find(|m| m.start < t.end && m.end > t.start && m.end <= t.end)
}

fn mention_starting_at<'m>(doc: &Doc, mentions: &'m [Mention], i: usize) -> Option<&'m Mention> {
    let t = doc.tokens.get(i)?;
    mentions.iter().find(|m| m.start == t.start)
}

/// The source on the left of the speech verb at token `v`, within tokens `lo..v`.
pub fn left_of(doc: &Doc, mentions: &[Mention], lo: usize, v: usize) -> Option<(usize, usize)> {
    let mut k = v;
    loop {
        if k <= lo {
            return None;
        }
        k -= 1;
        let w = word(doc, k);
        if is_skippable(&w) {
            continue;
        }
        // "Harris on Friday said"
        if is_weekday(&w) {
            if k > lo && word(doc, k - 1) == "on" {
                k -= 1;
            }
            continue;
        }
        break;
    }
    // A parenthesis after a name: "Gov. Pat McCrory (R) said".
    if doc.tok(k) == ")" {
        let stop = lo.max(k.saturating_sub(8));
        let mut j = k;
        while j > stop && doc.tok(j) != "(" {
            j -= 1;
        }
        if doc.tok(j) == "(" && j > lo {
            k = j - 1;
        }
    }
    subject_ending_at(doc, mentions, lo, k)
}

/// "this week said" is never a source: time nouns end phrases that are not subjects.
fn is_time_noun(w: &str) -> bool {
    is_weekday(w)
        || matches!(
            w,
            "week"
                | "weeks"
                | "month"
                | "months"
                | "year"
                | "years"
                | "day"
                | "days"
                | "time"
                | "times"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "weekend"
                | "hour"
                | "hours"
                | "minutes"
                | "ago"
                | "moment"
                | "point"
        )
}

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// A subject noun phrase whose last token is `k`.
fn subject_ending_at(
    doc: &Doc,
    mentions: &[Mention],
    lo: usize,
    k: usize,
) -> Option<(usize, usize)> {
    let w = word(doc, k);
    if let Some(m) = mention_ending_at(doc, mentions, k) {
        return Some((m.start, m.end));
    }
    if is_pronoun(&w) {
        let t = doc.tokens[k];
        return Some((t.start, t.end));
    }
    if w == "who" && k > lo {
        let mut j = k - 1;
        if doc.tok(j) == "," && j > lo {
            j -= 1;
        }
        return subject_ending_at(doc, mentions, lo, j);
    }
    // An apposition: "Reeves, a senior fellow at the institute, said".
    if w == "," && k > lo {
        let mut j = k - 1;
        let stop = lo.max(k.saturating_sub(20));
        while j > stop && doc.tok(j) != "," {
            j -= 1;
        }
        if doc.tok(j) == "," && j > lo {
            if let Some(m) = mention_ending_at(doc, mentions, j - 1) {
                return Some((m.start, m.end));
            }
        }
        return None;
    }
    description_ending_at(doc, lo, k)
}

/// "the vice president", "a senior official", "officials", "Tsvangirai's spokesman".
fn description_ending_at(doc: &Doc, lo: usize, k: usize) -> Option<(usize, usize)> {
    let head = doc.tok(k);
    let lw = lower(head);
    if doc.tokens[k].kind != TokenKind::Word
        || breaks_phrase(&lw)
        || is_time_noun(&lw)
        || lw.ends_with("ly")
        || is_determiner(&lw)
    {
        return None;
    }
    let mut j = k;
    let mut det = false;
    while j > lo && k - j < 6 {
        let p = j - 1;
        if doc.tokens[p].kind != TokenKind::Word {
            break;
        }
        let pw = lower(doc.tok(p));
        if is_determiner(&pw) {
            j = p;
            det = true;
            break;
        }
        if breaks_phrase(&pw) || pw.ends_with("ed") && !lexicon::is_title(&pw) {
            break;
        }
        j = p;
    }
    // Without a determiner only a plural ("officials", "sources") or a word after a possessive
    // ("Tsvangirai's spokesman") is a whole noun phrase.
    let plural = lw.ends_with('s') && !lw.ends_with("ss");
    let possessive = doc.tok(j).ends_with("'s") || doc.tok(j).ends_with("\u{2019}s");
    // Collective nouns speak without a determiner too: "Police said".
    if !det && !plural && !possessive && !lexicon::is_title(&lw) && !lexicon::is_org_head(&lw) {
        return None;
    }
    Some((doc.tokens[j].start, doc.tokens[k].end))
}

/// The subject of the sentence whose tokens start at `lo`, when a quote in it has no speech
/// verb: "Trump called the senator a “nasty guy”" still quotes Trump. An opening phrase up to
/// a comma ("On Friday, ...") is skipped.
pub fn sentence_subject(
    doc: &Doc,
    mentions: &[Mention],
    lo: usize,
    before: usize,
) -> Option<(usize, usize)> {
    let mut k = lo;
    let limit = before.min(doc.tokens.len());
    if let Some(c) = (lo..limit.min(lo + 8)).find(|&i| doc.tok(i) == ",") {
        k = c + 1;
    }
    while k < limit && {
        let w = word(doc, k);
        lexicon::is_title(&w) || lexicon::is_demonym(&w) || w == "but" || w == "and"
    } {
        k += 1;
    }
    if k >= limit {
        return None;
    }
    if let Some(m) = mention_starting_at(doc, mentions, k) {
        return (m.end <= doc.tokens[limit.saturating_sub(1)].end).then_some((m.start, m.end));
    }
    let w = word(doc, k);
    if matches!(w.as_str(), "he" | "she" | "they") {
        let t = doc.tokens[k];
        return Some((t.start, t.end));
    }
    None
}

/// The source on the right of the speech verb at `v` ("said Harris", "said the statement").
pub fn right_of(doc: &Doc, mentions: &[Mention], v: usize, hi: usize) -> Option<(usize, usize)> {
    let k = v + 1;
    if k >= hi {
        return None;
    }
    // "added Rep. Jim Clyburn": titles stand before the name's mention.
    let mut t = k;
    while t < hi && t - k < 4 && {
        let w = word(doc, t);
        lexicon::is_title(&w) || lexicon::is_demonym(&w)
    } {
        t += 1;
    }
    if let Some(m) = mention_starting_at(doc, mentions, t) {
        return Some((m.start, m.end));
    }
    let w = word(doc, k);
    if matches!(w.as_str(), "he" | "she" | "they") {
        let t = doc.tokens[k];
        return Some((t.start, t.end));
    }
    if is_determiner(&w) {
        let mut e = k + 1;
        while e < hi && e - k < 6 && doc.tokens[e].kind == TokenKind::Word {
            let ew = word(doc, e);
            if breaks_phrase(&ew) || matches!(ew.as_str(), "in" | "on" | "at") {
                break;
            }
            e += 1;
        }
        if e > k + 1 {
            return Some((doc.tokens[k].start, doc.tokens[e - 1].end));
        }
    }
    None
}
