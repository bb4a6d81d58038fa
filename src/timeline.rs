//! The timeline: dated events in order, each with a short event phrase from its clause.

mod event;

use crate::extract::{Article, BlockKind};
use crate::sentences::Doc;
use crate::timex::{Timex, TimexType};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// "2021-05-07", "2021-04", or a range "2021-06-07/2021-06-08".
    pub value: String,
    /// The time expression's span (bytes in the article text).
    pub start: usize,
    pub end: usize,
    /// A short phrase for the event, from the clause the expression belongs to.
    pub event: String,
    /// The sentence the entry comes from (bytes), to link to.
    pub sentence: (usize, usize),
    /// Resolved against the anchor date ("last month"), not stated outright.
    pub relative: bool,
    /// Stated but for its year, guessed around the anchor ("June 7-8"); with today as the
    /// anchor the year is a guess worth flagging.
    pub year_inferred: bool,
    /// Only known to a month, season, year or vaguer.
    pub fuzzy: bool,
    /// Position on the time axis: days since 1970-01-01 of the start.
    pub sort_day: i64,
}

/// A dateline's place as a reader writes it: wire capitals in title case ("NAIROBI, Kenya" →
/// "Nairobi, Kenya"); abbreviations with dots ("D.C.") stay.
fn place_case(place: &str) -> String {
    let mut out = String::with_capacity(place.len());
    for (i, word) in place.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let shout = letters >= 2 && !word.contains('.') && !word.chars().any(char::is_lowercase);
        if shout {
            let mut first = true;
            for c in word.chars() {
                if c.is_alphabetic() && !first {
                    out.extend(c.to_lowercase());
                } else {
                    out.push(c);
                }
                // a letter after a hyphen or apostrophe keeps its capital ("WINSTON-SALEM")
                first = !c.is_alphabetic() && c != '\'';
            }
        } else {
            out.push_str(word);
        }
    }
    out
}

/// Tokens on each side of a date that its event phrase is read from, in a sentence too long
/// to read whole for every date (see [`build`]).
const PHRASE_WINDOW: usize = 150;

/// The tokens an event phrase is read from, as words, lowercased words, and whether each
/// touches the one before ("$" "200": shown without a space). `span` is their first offset and
/// count, which tell them apart.
struct Read<'a> {
    span: (usize, usize),
    words: Vec<&'a str>,
    low: Vec<String>,
    glued: Vec<bool>,
}

impl<'a> Read<'a> {
    fn new(text: &'a str, tokens: &[crate::sentences::Token], span: (usize, usize)) -> Self {
        let words: Vec<&str> = tokens
            .iter()
            .map(|k| text.get(k.start..k.end).unwrap_or(""))
            .collect();
        Read {
            span,
            low: words.iter().map(|w| w.to_lowercase()).collect(),
            words,
            glued: tokens
                .iter()
                .enumerate()
                .map(|(i, k)| i > 0 && tokens[i - 1].end == k.start)
                .collect(),
        }
    }
}

/// Builds the ordered timeline from the time expressions. `filed` is the story's dated
/// dateline ([`crate::timex::dateline`]), which the caller has already found for the anchor.
pub fn build(
    doc: &Doc,
    article: &Article,
    timexes: &[Timex],
    filed: Option<&crate::timex::Dateline>,
) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    // The timexes of each sentence, and the (value, event) of each entry so far: looked up,
    // not scanned for every timex.
    let mut of_sentence: std::collections::HashMap<usize, Vec<&Timex>> = Default::default();
    for o in timexes {
        of_sentence.entry(o.sentence).or_default().push(o);
    }
    let mut seen: std::collections::HashSet<(String, String)> = Default::default();
    // The tokens last read for an event phrase, made into words once for all the dates of
    // their sentence.
    let mut read: Option<Read> = None;
    for t in timexes {
        let dated = matches!(t.kind, TimexType::Date | TimexType::Time) || t.points_at.is_some();
        if !dated || t.closes_range {
            continue;
        }
        // a fiscal quarter sits where it happened, not at the calendar quarter of its number
        let Some(sort_day) = t.period_start.or(t.first_day) else {
            continue;
        };
        let Some(value) = calendar_value(t, doc.text) else {
            continue;
        };
        let Some(sentence) = doc.sentences.get(t.sentence) else {
            continue;
        };
        // Captions repeat the story's date and a photo's moment, not its events.
        let caption = article
            .blocks
            .get(sentence.block)
            .is_some_and(|b| b.kind == BlockKind::Caption);
        if caption {
            continue;
        }
        let Some(all) = doc.tokens.get(sentence.first_token..sentence.end_token) else {
            continue;
        };
        // A "sentence" of thousands of words (a list of dates without stops, a page of
        // text with no punctuation) would make each of its dates read the whole of it: the
        // phrase comes from the words around the date, so a window of them is enough, and
        // the cost stays linear in the text. Real sentences fit in the window whole.
        let at = all.partition_point(|k| k.end <= t.start);
        let from = at.saturating_sub(PHRASE_WINDOW);
        let to = (at + PHRASE_WINDOW).min(all.len());
        let tokens = if all.len() > 2 * PHRASE_WINDOW {
            &all[from..to]
        } else {
            all
        };
        // The words of a sentence read whole serve each of its dates: made once, not per date.
        let span = (tokens.first().map_or(0, |k| k.start), tokens.len());
        let cur = match read.take() {
            Some(r) if r.span == span => read.insert(r),
            _ => read.insert(Read::new(doc.text, tokens, span)),
        };
        let first = tokens.partition_point(|k| k.end <= t.start);
        let last = tokens.partition_point(|k| k.start < t.end);
        let (lo, hi) = match (tokens.first(), tokens.last()) {
            (Some(a), Some(b)) => (a.start, b.end),
            _ => continue,
        };
        // The sentence's timexes are in text order: only those inside the window count.
        let same = &of_sentence[&t.sentence];
        let skip = same.partition_point(|o| o.end <= lo);
        let others: Vec<(usize, usize)> = same[skip..]
            .iter()
            .take_while(|o| o.start < hi)
            .filter(|o| o.start != t.start)
            .map(|o| {
                let a = tokens.partition_point(|k| k.end <= o.start);
                let b = tokens.partition_point(|k| k.start < o.end);
                (a, b.max(a + 1))
            })
            .collect();
        let event = match filed {
            Some(d) if d.date == (t.start, t.end) => {
                format!("Story filed in {}", place_case(&d.place))
            }
            _ => event::phrase(
                &cur.words,
                &cur.low,
                &cur.glued,
                first,
                last.max(first + 1),
                &others,
            ),
        };
        let entry = Entry {
            value,
            start: t.start,
            end: t.end,
            event,
            sentence: (sentence.start, sentence.end),
            relative: t.relative,
            year_inferred: t.year_inferred,
            fuzzy: t.fuzzy,
            sort_day,
        };
        // The same event told twice (same date, same words) is one entry.
        let dup = !seen.insert((entry.value.clone(), entry.event.to_lowercase()));
        if !dup {
            out.push(entry);
        }
    }
    // Stable: entries of the same day keep the order of the story.
    out.sort_by_key(|e| e.sort_day);
    out
}

/// The value an entry shows: the calendar part of the TIMEX3 value (a time of day or a part
/// of the day is finer than the axis), a range as "START/END", seasons and centuries as the
/// months or years they span. `None` when there is no calendar value.
fn calendar_value(t: &Timex, text: &str) -> Option<String> {
    let day_part = |v: &str| v.split('T').next().unwrap_or(v).to_string();
    let v = day_part(t.points_at.as_deref().unwrap_or(&t.value));
    if !v.starts_with(|c: char| c.is_ascii_digit()) || v.contains("X") && !is_decade(&v) {
        return None;
    }
    if let Some(end) = &t.range_end {
        // "between 8 AM and 9 PM Wednesday" is one day on the axis.
        let end = day_part(end);
        if end != v {
            return Some(format!("{v}/{end}"));
        }
    }
    // "2014-FA" → "2014-09/2014-12": a season spans from the month it starts in to the month
    // the next one starts in.
    if let Some((y, s)) = v.split_once('-') {
        let months = match s {
            "SP" => Some((3, 6)),
            "SU" => Some((6, 9)),
            "FA" => Some((9, 12)),
            "WI" => Some((12, 15)),
            _ => None,
        };
        if let Some((a, b)) = months {
            let y: i32 = y.parse().ok()?;
            let (by, bm) = if b > 12 { (y + 1, b - 12) } else { (y, b) };
            return Some(format!("{y}-{a:02}/{by}-{bm:02}"));
        }
    }
    // "the late 1800s" → "1870/1899": a century's years, narrowed by early/mid/late.
    if v.len() == 2 {
        let c: i32 = v.parse().ok()?;
        let words = text.get(t.start..t.end).unwrap_or("").to_lowercase();
        let (a, b) = if words.contains("early") {
            (0, 29)
        } else if words.contains("mid") {
            (30, 69)
        } else if words.contains("late") {
            (70, 99)
        } else {
            (0, 99)
        };
        return Some(format!("{}/{}", c * 100 + a, c * 100 + b));
    }
    Some(v)
}

fn is_decade(v: &str) -> bool {
    v.len() == 4 && v.ends_with('X') && v[..3].bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::from_text;
    use crate::sentences::split;
    use crate::timex::{find, Anchor};

    fn timeline(text: &str) -> Vec<Entry> {
        let a = from_text(text);
        let doc = split(text, &a.blocks);
        let anchor = Anchor {
            year: 2021,
            month: 5,
            day: 7,
            published: true,
            dateline: false,
        };
        let tx = find(&doc, Some(anchor));
        build(&doc, &a, &tx, crate::timex::dateline(&doc).as_ref())
    }

    #[test]
    fn voa_like_story_orders_its_dates() {
        let text = "U.S. Vice President Kamala Harris said Friday that the United States and Mexico must collaborate.\n\nMore than 20,000 children have entered the U.S. since January.\n\nThe president first mentioned the proposal at a climate summit last month.\n\nHarris said Wednesday that she would visit Mexico and Guatemala on June 7-8 to search for solutions.";
        let t = timeline(text);
        let values: Vec<&str> = t.iter().map(|e| e.value.as_str()).collect();
        assert_eq!(
            values,
            vec![
                "2021-01",
                "2021-04",
                "2021-05-05",
                "2021-05-07",
                "2021-06-07/2021-06-08"
            ]
        );
        assert_eq!(t[4].event, "Harris to visit Mexico and Guatemala");
        // "since January" and "June 7-8" name their dates, only the year is inferred;
        // "last month" and "Wednesday" count from the publication date
        assert!(t[0].fuzzy && !t[0].relative && t[0].year_inferred);
        assert!(t[1].relative && !t[1].year_inferred);
        assert!(t[2].relative);
        assert!(!t[4].relative && t[4].year_inferred);
    }

    #[test]
    fn a_dateline_date_is_when_the_story_was_filed() {
        let t = timeline(
            "WASHINGTON, May 6 (Xinhua) --\n\nThe envoy said on Wednesday that talks went well.",
        );
        assert_eq!(t[0].value, "2021-05-05");
        assert_eq!(t[1].value, "2021-05-06");
        assert_eq!(t[1].event, "Story filed in Washington");
        assert_eq!(place_case("NAIROBI, Kenya"), "Nairobi, Kenya");
        assert_eq!(place_case("WINSTON-SALEM, N.C."), "Winston-Salem, N.C.");
    }

    #[test]
    fn a_span_later_places_its_event() {
        let t = timeline("The talks began on May 3. Three days later, the deal was signed.");
        let values: Vec<&str> = t.iter().map(|e| e.value.as_str()).collect();
        assert_eq!(values, vec!["2021-05-03", "2021-05-06"]);
    }

    #[test]
    fn weeks_later_than_a_day_is_a_day() {
        let t = timeline("The bakery opened on March 3, 2015. Two weeks later, it closed.");
        let values: Vec<&str> = t.iter().map(|e| e.value.as_str()).collect();
        assert_eq!(values, vec!["2015-03-03", "2015-03-17"]);
        // after a week, weeks later stays a week
        let t = timeline("The fair ran last week. Two weeks later, it closed.");
        assert!(t.iter().all(|e| e.value.contains("-W")), "{t:?}");
    }

    #[test]
    fn a_fiscal_quarter_sits_where_it_happened() {
        let t = timeline(
            "Sales rose in August 2020. The fiscal first quarter ended Sept. 30. Sales fell in June 2020.",
        );
        let values: Vec<&str> = t.iter().map(|e| e.value.as_str()).collect();
        // the value stays the quarter's name; its place is July to September 2020
        assert_eq!(values, vec!["2020-06", "2020-Q1", "2020-08", "2020-09-30"]);
    }

    #[test]
    fn durations_and_references_are_not_entries() {
        let t = timeline("Talks lasted two weeks and go on now, every Monday.");
        assert!(t.is_empty());
    }

    #[test]
    fn seasons_and_centuries_span_months_and_years() {
        let t =
            timeline("Voters chose a president last fall. Pipes were buried in the late 1800s.");
        let values: Vec<&str> = t.iter().map(|e| e.value.as_str()).collect();
        assert_eq!(values, vec!["1870/1899", "2020-09/2020-12"]);
    }

    #[test]
    fn an_event_keeps_the_spacing_of_the_source() {
        let t = timeline("The bakery chain bought a 12-inch oven maker for $200 million in 2017.");
        assert_eq!(
            t[0].event,
            "The bakery chain bought a 12-inch oven maker for $200 million"
        );
        // a run of glued tokens (a URL) is one word, but not one without end
        let long = format!("The shop left on Monday for {}", "a.b/".repeat(200));
        assert_eq!(timeline(&long)[0].event, "The shop left");
    }
}
