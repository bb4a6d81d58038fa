//! Numbers as the rules read them: counts in digits or words ("twenty-four", "a few"), years
//! said in words ("nineteen ninety-six"), days of the month ("7th", "seventh") and four-digit
//! years, with the house numbers and model years ("a 1990 Ford") that only look like them.
//!
//! Apart because every family counts with them; they build no expression of their own.

use super::Words;
use crate::timex::lexicon as lex;

/// A count: digits, number words ("twenty-four", "a", "a few"), `None` when vague.
pub(super) fn count(w: &Words, k: usize) -> Option<(usize, Option<i64>)> {
    let a = w.w(k);
    let b = w.w(k + 1);
    let c = w.w(k + 2);
    // "1-2 hours" as one token, valued as the range below
    if let Some((lo, hi)) = a.split_once('-') {
        let lo: Option<i64> = lo.parse().ok();
        let hi: Option<i64> = hi.parse().ok();
        if let (Some(lo), Some(hi)) = (lo, hi) {
            if lo < hi && hi <= 1_000_000 {
                return Some((k + 1, Some(lo)));
            }
        }
    }
    if w.is_number(k) {
        let n: i64 = w.raw(k).replace(',', "").parse().ok()?;
        // Counts beyond a million units are not times and would overflow the calendar.
        if n > 1_000_000 {
            return None;
        }
        // "12 to 18 months", "two or three weeks": the first figure, as TIMEX3 annotators did.
        if matches!(b, "to" | "or") && (w.is_number(k + 2) || lex::cardinal(c).is_some()) {
            return Some((k + 3, Some(n)));
        }
        // "60-90 minutes", "every 2 - 3 hours": a range with a dash is one expression too,
        // valued by its first figure like "two to three weeks" (P2W in TempEval-3); the upper
        // figure alone would claim more than the text does. A falling pair is a score ("won
        // 3-1"), not a range.
        if matches!(b, "-" | "\u{2013}") && w.is_number(k + 2) {
            let m: Option<i64> = w.raw(k + 2).parse().ok();
            if m.is_some_and(|m| n < m && m <= 1_000_000) {
                return Some((k + 3, Some(n)));
            }
        }
        return Some((k + 1, Some(n)));
    }
    match a {
        "a" | "an" if b == "few" => return Some((k + 2, None)),
        "a" if b == "couple" && c == "of" => return Some((k + 3, Some(2))),
        // "a couple months ago": the "of" is often dropped before a unit
        "a" if b == "couple" && lex::unit(c).is_some() => return Some((k + 2, Some(2))),
        "couple" if b == "of" => return Some((k + 2, Some(2))),
        "a" | "an" | "one" => {
            if b == "dozen" {
                return Some((k + 2, Some(12)));
            }
            if b == "hundred" || b == "thousand" {
                return Some((k + 2, lex::cardinal(b)));
            }
            return Some((k + 1, Some(1)));
        }
        "few" | "several" | "many" | "some" => return Some((k + 1, None)),
        "dozens" | "hundreds" | "thousands" if b == "of" => return Some((k + 2, None)),
        _ => {}
    }
    let n = word_number(a)?;
    // "twenty four", "two hundred"
    if let Some(m) = lex::cardinal(b) {
        if m < 10 && n >= 20 && n % 10 == 0 {
            return Some((k + 2, Some(n + m)));
        }
        if m == 100 || m == 1000 {
            return Some((k + 2, Some(n * m)));
        }
    }
    if matches!(b, "to" | "or") && (w.is_number(k + 2) || word_number(c).is_some()) {
        return Some((k + 3, Some(n)));
    }
    Some((k + 1, Some(n)))
}

/// "four", "twenty-four".
pub(super) fn word_number(s: &str) -> Option<i64> {
    if let Some(n) = lex::cardinal(s) {
        return Some(n);
    }
    let (t, u) = s.split_once('-')?;
    let (t, u) = (lex::cardinal(t)?, lex::cardinal(u)?);
    (t >= 20 && t % 10 == 0 && u < 10).then_some(t + u)
}

/// A year said in words, as broadcast transcripts write it: "nineteen ninety-six", "nineteen
/// seventy nine" and, where a year is expected (`year_slot`: after "the year", "June of"),
/// "two thousand" and "two thousand one" too, which elsewhere count things.
pub(super) fn spoken_year(w: &Words, k: usize, year_slot: bool) -> Option<(usize, i32)> {
    let c = lex::cardinal(w.w(k))?;
    if c == 2 && year_slot && w.w(k + 1) == "thousand" {
        let at = if w.w(k + 2) == "and" { k + 3 } else { k + 2 };
        return Some(match word_number(w.w(at)) {
            Some(n) if (1..100).contains(&n) => (at + 1, 2000 + n as i32),
            _ => (k + 2, 2000),
        });
    }
    if !matches!(c, 19 | 20) {
        return None;
    }
    let n = word_number(w.w(k + 1))?;
    let (n, end) = match lex::cardinal(w.w(k + 2)) {
        Some(u) if u < 10 && n % 10 == 0 && n >= 20 => (n + u, k + 3),
        _ => (n, k + 2),
    };
    (10..100)
        .contains(&n)
        .then_some((end, (c * 100 + n) as i32))
}

/// A day of the month: "7", "7th", "seventh".
pub(super) fn day_number(w: &Words, k: usize) -> Option<u32> {
    let s = w.w(k);
    let d: u32 = if w.is_number(k) {
        if s.len() > 2 {
            return None;
        }
        s.parse().ok()?
    } else {
        lex::ordinal(s)?
    };
    (1..=31).contains(&d).then_some(d)
}

/// "of 1909 Elm Drive", "1119 Eighth St.": a number before a capitalised name that ends in
/// a street word is a house number. The street word comes after at least one name word, so
/// "in 2010 Dr. Smith" stays a year.
fn house_number(w: &Words, k: usize) -> bool {
    // "1972's Toulouse Street" is the year of an album
    if w.possessive(k) {
        return false;
    }
    (k + 1..=k + 3)
        .take_while(|&j| w.capitalized(j))
        .any(|j| j >= k + 2 && lex::street_word(w.w(j).trim_end_matches('.')))
}

/// A four-digit year, when the context does not make it a count, a price or an identifier.
pub(super) fn year_number(w: &Words, k: usize) -> Option<i32> {
    let s = w.raw(k);
    let s = s
        .strip_suffix("'s")
        .or_else(|| s.strip_suffix("\u{2019}s"))
        .unwrap_or(s);
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = s.parse().ok()?;
    let prev = if k > 0 { w.w(k - 1) } else { "" };
    if lex::identifier_noun(prev) || lex::count_noun(w.w(k + 1)) || house_number(w, k) {
        return None;
    }
    // "Kopp's 1987 Chevrolet", "a 1990 Ford Taurus": a model year
    let owner = k > 0
        && (w.possessive(k - 1)
            || matches!(
                prev,
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "my"
            ));
    if owner && w.capitalized(k + 1) && lex::car_make(w.w(k + 1)) {
        return None;
    }
    // "on May 30, 2000 protesters marched": after a month and its day, which already make
    // the date, a round figure before a plural noun counts it, as an old one does in
    // `date_year`. Counts are round and years mostly not: "On Sept. 11, 2001 hijackers
    // struck" keeps its year. A word in -s with a determiner or "to" after it is rather the
    // verb of the year ("June 4, 2000 marks the end", "Jan. 1, 2000 seems to").
    let verb = crate::words::is_determiner(w.w(k + 2)) || w.w(k + 2) == "to";
    if y % 100 == 0 && after_month_day(w, k) && plural_after(w, k + 1) && !verb {
        return None;
    }
    // "1,998"-like neighbours: part of a list of figures or a score. A later year after a
    // spaced hyphen is a span of years, as "1998-2002" is ("the 1998 - 2002 term"); a count
    // of votes so written is left to `vote_count`.
    let later_year = w.raw(k + 2).len() == 4
        && w.raw(k + 2)
            .parse::<i32>()
            .is_ok_and(|z| z > y && z - y <= 100 && (1000..=2099).contains(&z));
    let span = w.w(k + 1) == "-" && later_year;
    if matches!(w.w(k + 1), "-" | ":" | "/" | ".") && w.is_number(k + 2) && !span {
        return None;
    }
    if (1900..=2099).contains(&y) {
        return Some(y);
    }
    let yearish_prev = matches!(
        prev,
        "in" | "since"
            | "by"
            | "from"
            | "until"
            | "of"
            | "before"
            | "after"
            | "around"
            | "during"
            | "circa"
            | "year"
            | "fiscal"
            | "early"
            | "late"
            | "mid"
            | "to"
            | "through"
    );
    ((1000..=2199).contains(&y) && yearish_prev).then_some(y)
}

/// The year after a month, with or without its day ("30 May 1832", "May 30, 1832", "November
/// 1780"): there any four-digit figure from 1000 to 2099 completes the date, not only a modern
/// one, unless a plural noun or "of" after it makes it plainly a count ("on May 30, 1832
/// people ...", "in May, 1500 of them").
pub(super) fn date_year(w: &Words, k: usize) -> Option<i32> {
    if let Some(y) = year_number(w, k) {
        return Some(y);
    }
    let s = w.raw(k);
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = s.parse().ok()?;
    // `year_number` turned down a modern year for a reason (a count noun, a list of figures):
    // only the older ones it never considers are taken here.
    if !(1000..1900).contains(&y) || plural_after(w, k + 1) || w.w(k + 1) == "of" {
        return None;
    }
    if matches!(w.w(k + 1), "-" | ":" | "/" | ".") && w.is_number(k + 2) {
        return None;
    }
    Some(y)
}

/// A figure right after a month and its day ("May 30, 2000", "30 May 2000"), with or
/// without a comma, in a date that modifies no noun: "the September 11, 2001 attacks" keeps
/// its year whatever follows.
fn after_month_day(w: &Words, k: usize) -> bool {
    let j = if k > 0 && w.w(k - 1) == "," { k - 1 } else { k };
    let month_day = j >= 2
        && ((lex::month(w.w(j - 2)).is_some() && day_number(w, j - 1).is_some())
            || (day_number(w, j - 2).is_some() && lex::month(w.w(j - 1)).is_some()));
    month_day && !(j >= 3 && crate::words::is_determiner(w.w(j - 3)))
}

/// A lower-case plural noun, as a count has after it ("1832 people", "1500 troops"): the
/// known count nouns, or a word in -s that is not one of the common function words or verbs
/// so spelled ("1832 was", "1832 as").
fn plural_after(w: &Words, k: usize) -> bool {
    let s = w.w(k);
    if lex::count_noun(s) {
        return true;
    }
    let raw = w.raw(k);
    raw.len() > 2
        && raw.bytes().all(|b| b.is_ascii_lowercase())
        && raw.ends_with('s')
        && !raw.ends_with("ss")
        && !raw.ends_with("us")
        && !raw.ends_with("is")
        && !matches!(
            raw,
            "was"
                | "has"
                | "its"
                | "does"
                | "thus"
                | "always"
                | "perhaps"
                | "whereas"
                | "besides"
                | "unless"
                | "towards"
                | "afterwards"
                | "sometimes"
                | "yes"
        )
}

#[cfg(test)]
mod tests {
    use super::super::dates::cal;
    use super::super::tests::{found, spans};
    use super::super::{Expr, YearSpec};

    #[test]
    fn a_model_year_is_no_time() {
        assert!(spans("Kopp's 1987 Chevrolet was found. He drove a 1990 Ford.").is_empty());
        assert_eq!(spans("In 1987 Ford cut jobs."), ["1987"]);
        assert!(spans("She unveiled the 2031 Kia Sorrento and a 2030 Audi wagon.").is_empty());
    }

    #[test]
    fn years_in_words() {
        let f = found(
            "January nineteen ninety-seven. In the winter of nineteen ninety-four it snowed. \
             The approach of the year two thousand has them in a frenzy.",
        );
        let got: Vec<(&str, &Expr)> = f.iter().map(|(s, e)| (s.as_str(), e)).collect();
        assert_eq!(
            got,
            vec![
                (
                    "January nineteen ninety-seven",
                    &cal(YearSpec::Given(1997), Some(1), None)
                ),
                (
                    "the winter of nineteen ninety-four",
                    &Expr::Season {
                        s: "WI",
                        year: YearSpec::Given(1994),
                        shift: 0
                    }
                ),
                (
                    "the year two thousand",
                    &cal(YearSpec::Given(2000), None, None)
                ),
            ]
        );
        // Outside a year slot "two thousand" counts things.
        assert_eq!(
            spans("In January, two thousand people marched; two thousand more came."),
            vec!["January"]
        );
    }

    #[test]
    fn an_old_year_after_a_day_and_month_is_the_dates() {
        let date = |d| cal(YearSpec::Given(1832), Some(5), Some(d));
        let got = found("The mill opened on 30 May 1832 and shut on May 31, 1832 for a week.");
        let got: Vec<(&str, &Expr)> = got.iter().map(|(s, e)| (s.as_str(), e)).collect();
        assert_eq!(
            got,
            [("30 May 1832", &date(30)), ("May 31 , 1832", &date(31))]
        );
        assert_eq!(spans("A ferry sank on June 2 1711."), ["June 2 1711"]);
        // a plural noun after the figure makes it a count, not the year
        assert_eq!(spans("On May 30, 1832 people voted."), ["May 30"]);
        assert_eq!(spans("On 3 June 1500 troops landed."), ["3 June"]);
        assert_eq!(
            found("He sailed in November 1780 and again in March, 1781.")[1].1,
            cal(YearSpec::Given(1781), Some(3), None)
        );
        assert_eq!(spans("He sailed in November 1780."), ["November 1780"]);
        assert_eq!(spans("In May, 1500 of them left."), ["May"]);
    }

    #[test]
    fn a_modern_figure_after_a_day_and_month_counts_a_plural() {
        assert_eq!(
            spans("On June 4, 2000 farmers blocked the road."),
            ["June 4"]
        );
        assert_eq!(spans("By 12 March 1900 volunteers had come."), ["12 March"]);
        // a verb in -s after the year, a figure that is not round, a date before its noun
        // and a month without its day keep the year
        assert_eq!(
            spans("June 4, 2000 marks the end of the lease."),
            ["June 4 , 2000"]
        );
        assert_eq!(spans("On June 4, 2031 farmers left."), ["June 4 , 2031"]);
        assert_eq!(
            spans("He recalled the June 4, 2000 floods."),
            ["June 4 , 2000"]
        );
        assert_eq!(spans("In June 2000 farmers blocked roads."), ["June 2000"]);
        assert_eq!(spans("On June 4, 2000, farmers left."), ["June 4 , 2000"]);
    }
}
