//! Wire datelines that carry a date ("WASHINGTON, Aug. 11 (Xinhua) --"): the day a story was
//! filed. A story with no publication date is anchored on it rather than on today's date, and
//! the timeline names its entry for the filing, not for the words around it.

use super::{days, resolve, scan, tense, Anchor};
use crate::sentences::Doc;

/// The anchor a story without a publication date takes from its dateline ("WASHINGTON,
/// Aug. 11 (Xinhua) --"): the date it was filed, a better anchor than today's date. A missing
/// year is the one that puts the date nearest `today`. `None` when there is a publication date
/// or no dated dateline. The date stays a time expression of the text, as TimeML annotators
/// mostly marked it (11 of 14 on the dev set). `filed` is the story's [`dateline`], found
/// once per analysis and shared with the timeline.
pub fn dateline_anchor(filed: Option<&Dateline>, today: Option<Anchor>) -> Option<Anchor> {
    if today.is_some_and(|a| a.published) {
        return None;
    }
    let today_day = today
        .filter(|a| days::valid(a.year, a.month, a.day))
        .map(|a| days::days_from_civil(a.year, a.month, a.day));
    let (year, month, day) = days::civil_from_days(dateline_date(filed?, today_day)?);
    Some(Anchor {
        year,
        month,
        day,
        published: false,
        dateline: true,
    })
}

/// A dated dateline opening the text: a place in capitals (", State" may follow), a comma, a
/// month and day, then the agency in parentheses and a dash, or the end of the line.
pub struct Dateline {
    /// The place as written ("WASHINGTON", "NAIROBI, Kenya"), without the comma before the date.
    pub place: String,
    /// Bytes of the date ("Aug. 11") in the text.
    pub date: (usize, usize),
    expr: scan::Expr,
}

/// The dateline that opens the text, if it carries a date.
pub fn dateline(doc: &Doc) -> Option<Dateline> {
    let s = doc.sentences.first()?;
    let tokens = doc.tokens.get(s.first_token..s.end_token)?;
    // the place: capitalised words and commas, the first in capitals
    let lead = doc.text.get(..s.start)?;
    if !lead.trim().is_empty() {
        return None;
    }
    let first = doc.text.get(tokens.first()?.start..tokens.first()?.end)?;
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || first.chars().any(|c| c.is_lowercase()) {
        return None;
    }
    let raw: Vec<&str> = tokens
        .iter()
        .map(|t| doc.text.get(t.start..t.end).unwrap_or(""))
        .collect();
    let words = scan::Words::new(raw, tokens.iter().map(|t| t.kind).collect());
    let raw = &words.raw;
    let f = scan::scan(&words).into_iter().next()?;
    if !matches!(
        f.expr,
        scan::Expr::Cal {
            month: Some(_),
            day: Some(_),
            ..
        }
    ) || f.start < 2
        || f.start > 6
        || raw[f.start - 1] != ","
    {
        return None;
    }
    let place_like = raw[..f.start]
        .iter()
        .all(|w| *w == "," || w.starts_with(|c: char| c.is_uppercase()));
    if !place_like {
        return None;
    }
    let b = tokens[f.end - 1];
    // after the date: "(Agency)" and a dash, or the end of the line
    let mut rest = doc.text.get(b.end..)?.trim_start_matches([' ', '\t']);
    if rest.starts_with('(') {
        let close = rest.find(')').filter(|&k| k <= 30)?;
        rest = rest[close + 1..].trim_start_matches([' ', '\t']);
    }
    let closed = rest.is_empty()
        || rest.starts_with(['\n', '\r'])
        || ["--", "\u{2014}", "\u{2013}", "- ", "_ "]
            .iter()
            .any(|d| rest.starts_with(d));
    if !closed {
        return None;
    }
    let place_end = tokens[f.start - 2].end;
    Some(Dateline {
        place: doc.text.get(s.start..place_end)?.to_string(),
        date: (tokens[f.start].start, b.end),
        expr: f.expr,
    })
}

/// The day of the dateline, resolved against `anchor` (today's date will do for the year).
fn dateline_date(d: &Dateline, anchor: Option<i64>) -> Option<i64> {
    let ctx = resolve::Context::new(anchor);
    match ctx.peek(&d.expr, tense::Tense::Past).point? {
        resolve::Point::Day(d) => Some(d),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::from_text;
    use crate::sentences::split;
    use crate::timex::find;

    const WIRE: &str =
        "WASHINGTON, Aug. 11 (Xinhua) --\n\nThe envoy said on Tuesday that talks went well.";

    fn anchor(year: i32, month: u32, day: u32, published: bool) -> Anchor {
        Anchor {
            year,
            month,
            day,
            published,
            dateline: false,
        }
    }

    #[test]
    fn a_dateline_date_is_the_filing_date() {
        let a = from_text(WIRE);
        let doc = split(WIRE, &a.blocks);
        let d = dateline(&doc).expect("a dated dateline");
        assert_eq!(d.place, "WASHINGTON");
        assert_eq!(&WIRE[d.date.0..d.date.1], "Aug. 11");
        // published: the dateline's date is a time expression like any other
        let values: Vec<String> = find(&doc, Some(anchor(1998, 8, 11, true)))
            .into_iter()
            .map(|t| t.value)
            .collect();
        assert_eq!(values, ["1998-08-11", "1998-08-11"]);
        // no publication date: the dateline anchors "Tuesday"
        let today = anchor(1998, 9, 20, false);
        let filed =
            dateline_anchor(dateline(&doc).as_ref(), Some(today)).expect("a dated dateline");
        assert_eq!((filed.year, filed.month, filed.day), (1998, 8, 11));
        assert!(filed.dateline && !filed.published);
        assert_eq!(
            dateline_anchor(dateline(&doc).as_ref(), Some(anchor(1998, 9, 20, true))),
            None
        );
        let t = find(&doc, Some(filed));
        assert_eq!(t.len(), 2);
        assert_eq!(t[1].value, "1998-08-11");
    }

    #[test]
    fn a_sentence_that_opens_with_a_date_is_no_dateline() {
        for text in [
            "On Aug. 11, the envoy left.",
            "Aug. 11 was the day the envoy left.",
        ] {
            let a = from_text(text);
            assert!(dateline(&split(text, &a.blocks)).is_none(), "{text}");
        }
    }
}
