//! Calendar dates: month names with their day and year ("June 7-8", "Sept. 27, 1989", "7 June",
//! "the 7th of June"), numeric dates ("10/23/1998", "05.03.2018", "2021-05-07"), years ("1998",
//! "fiscal 1989", "1998-2002", "post-1959"), decades and centuries ("the 1990s", "the 1800s").
//!
//! Apart because they give an absolute date (or a year for tense to place), where the other
//! families give a shift from the anchor.

use super::numbers::{date_year, day_number, spoken_year, year_number};
use super::periods::{ordinal_period, with_year};
use super::{Core, Expr, Words, YearSpec};
use crate::timex::lexicon as lex;

/// A month name that is really a month here: "May" and "March" are verbs too, and bare
/// abbreviations without a dot are words ("Jan" the name).
pub(super) fn month_at(w: &Words, k: usize, standalone: bool) -> Option<u32> {
    let m = lex::month(w.w(k))?;
    if !w.capitalized(k) {
        return None;
    }
    let bare = w.raw(k);
    // "Jun" and "Jul" are abbreviations like "Jan" ("Costume Design_Lee Ho Jun" is a
    // name); "May", "June" and "July" are the full names.
    let full = matches!(w.w(k), "may" | "june" | "july");
    let abbreviated_without_dot = bare.len() <= 4 && !bare.ends_with('.') && !full;
    if standalone {
        if abbreviated_without_dot {
            return None;
        }
        if matches!(m, 3 | 5) {
            let prev = if k > 0 { w.w(k - 1) } else { "" };
            let time_prev = matches!(
                prev,
                "in" | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "of"
                    | "during"
                    | "from"
                    | "through"
                    | "before"
                    | "after"
                    | "between"
                    | "and"
                    | "to"
                    | "or"
                    | "that"
                    | "mid-"
                    | "each"
                    | "every"
            );
            // "the March accession", "a May meeting": a month before a noun, after a
            // determiner, is no verb.
            let determiner = matches!(prev, "the" | "a" | "its" | "their" | "his" | "her" | "our");
            let next = w.w(k + 1);
            let noun_next = next.len() > 2
                && next.chars().all(|c| c.is_ascii_lowercase())
                && !matches!(
                    next,
                    "and"
                        | "or"
                        | "on"
                        | "of"
                        | "to"
                        | "for"
                        | "in"
                        | "at"
                        | "from"
                        | "into"
                        | "through"
                        | "with"
                        | "against"
                        | "across"
                        | "along"
                        | "around"
                        | "toward"
                        | "towards"
                        | "past"
                        | "that"
                        | "which"
                        // "the May government": a prime minister's name
                        | "government"
                        | "administration"
                        | "cabinet"
                        | "ministry"
                        | "era"
                        | "premiership"
                        | "was"
                        | "is"
                        | "will"
                        | "has"
                        | "had"
                        | "have"
                );
            if !(time_prev || (determiner && noun_next)) {
                return None;
            }
        }
    }
    Some(m)
}

/// "June 7", "June 7-8", "Sept. 27, 1989", "June 1998", "June of 1998", "January", "last May",
/// "July last year", "January this year", "March eighth".
pub(super) fn month_expr(w: &Words, k: usize) -> Option<Core> {
    let (shift, at) = match w.w(k) {
        "last" | "past" => (Some(-1), k + 1),
        "next" | "coming" => (Some(1), k + 1),
        "this" if w.w(k + 1) == "past" => (Some(-2), k + 2),
        "this" if w.w(k + 1) == "coming" => (Some(1), k + 2),
        "this" => (Some(0), k + 1),
        _ => (None, k),
    };
    let head = w.w(at);
    // "mid-November", "late-November" in one token.
    let inner = head
        .strip_prefix("mid-")
        .or_else(|| head.strip_prefix("early-"))
        .or_else(|| head.strip_prefix("late-"));
    if let Some(rest) = inner {
        if let Some(m) = lex::month(rest) {
            return Some((at + 1, cal(YearSpec::Infer, Some(m), None), false));
        }
        // "mid-1990s", "late-1980s": `prefixed_year`
        return None;
    }
    let followed_by_number =
        w.is_number(at + 1) || lex::ordinal(w.w(at + 1)).is_some_and(|d| d > 0);
    let m = month_at(w, at, !followed_by_number || shift.is_some())?;
    // day, day range
    if let Some((mut end, day, day_end)) = day_after_month(w, at + 1) {
        let mut year = YearSpec::Infer;
        let c = if w.w(end) == "," { end + 1 } else { end };
        if let Some(y) = date_year(w, c) {
            year = YearSpec::Given(y);
            end = c + 1;
        }
        return Some((
            end,
            Expr::Cal {
                year,
                month: Some(m),
                day: Some(day),
                day_end,
            },
            false,
        ));
    }
    if at > k {
        let year = match shift {
            Some(-2) => YearSpec::Past,
            Some(s) if s < 0 => YearSpec::Last,
            Some(s) if s > 0 => YearSpec::Next,
            _ => YearSpec::Shift(0),
        };
        return Some((at + 1, cal(year, Some(m), None), false));
    }
    // "June 1998", "June of 1998", "June, 1998", "November 1780"
    let of = if matches!(w.w(at + 1), "of" | ",") {
        at + 2
    } else {
        at + 1
    };
    if let Some(y) = date_year(w, of) {
        return Some((of + 1, cal(YearSpec::Given(y), Some(m), None), false));
    }
    // "In January, two thousand people marched": after a comma only a year-like "nineteen
    // ninety-seven" is one.
    if let Some((end, y)) = spoken_year(w, of, w.w(at + 1) != ",") {
        return Some((end, cal(YearSpec::Given(y), Some(m), None), false));
    }
    // "July last year", "January this year", "June next year"
    let s = match (w.w(at + 1), w.w(at + 2)) {
        ("last", "year") => Some(-1),
        ("this", "year") => Some(0),
        ("next", "year") => Some(1),
        _ => None,
    };
    if let Some(s) = s {
        return Some((at + 3, cal(YearSpec::Shift(s), Some(m), None), false));
    }
    Some((at + 1, cal(YearSpec::Infer, Some(m), None), false))
}

pub(super) fn cal(year: YearSpec, month: Option<u32>, day: Option<u32>) -> Expr {
    Expr::Cal {
        year,
        month,
        day,
        day_end: None,
    }
}

/// The day (or day range "7-8") after a month name, with its end index.
fn day_after_month(w: &Words, k: usize) -> Option<(usize, u32, Option<u32>)> {
    if w.is_number(k) {
        let s = w.w(k);
        if let Some((a, b)) = s.split_once('-') {
            let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
            return ((1..=31).contains(&a) && (a..=31).contains(&b)).then_some((k + 1, a, Some(b)));
        }
        if s.contains([':', '.', ',', '/']) {
            return None;
        }
    }
    let d = day_number(w, k)?;
    // A time or unit after the figure makes it something else ("May 5 percent").
    if lex::count_noun(w.w(k + 1)) || lex::unit(w.w(k + 1)).is_some() {
        return None;
    }
    // "June 7 - 8", "June 7 to 8" keep to the first day here; ranges are linked afterwards.
    if matches!(w.w(k + 1), "-" | "\u{2013}") {
        if let Some(e) = day_number(w, k + 2) {
            if e > d && !w.is_number(k + 3) {
                return Some((k + 3, d, Some(e)));
            }
        }
    }
    Some((k + 1, d, None))
}

/// "7 June", "7 June 2021", "the 7th of June".
pub(super) fn day_month(w: &Words, k: usize) -> Option<Core> {
    let (d, at) = if w.w(k) == "the" {
        let d = lex::ordinal(w.w(k + 1)).filter(|d| (1..=31).contains(d))?;
        if w.w(k + 2) != "of" {
            return None;
        }
        (d, k + 3)
    } else {
        (day_number(w, k)?, k + 1)
    };
    let m = month_at(w, at, false)?;
    let mut end = at + 1;
    let mut year = YearSpec::Infer;
    let c = if w.w(end) == "," { end + 1 } else { end };
    if let Some(y) = date_year(w, c) {
        year = YearSpec::Given(y);
        end = c + 1;
    }
    Some((end, cal(year, Some(m), Some(d)), false))
}

/// "10/23/1998", "2021-05-07".
pub(super) fn numeric_date(w: &Words, k: usize) -> Option<Core> {
    if !w.is_number(k) {
        return None;
    }
    let s = w.w(k);
    // "9/11": the attacks of September 11, 2001, a date as well known by that name as a feast.
    if s == "9/11" {
        return Some((k + 1, cal(YearSpec::Given(2001), Some(9), Some(11)), false));
    }
    let parts: Vec<&str> = s.split(['/', '-', '.']).collect();
    if parts.len() != 3 {
        return None;
    }
    let nums: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    if nums.len() != 3 {
        return None;
    }
    // Day and month of one or two figures, so that a version ("2.10.3") or an outline
    // number stays out.
    let short = parts[0].len() <= 2 && parts[1].len() <= 2;
    let (y, m, d) = if parts[0].len() == 4 && s.contains('-') {
        (nums[0] as i32, nums[1], nums[2])
    } else if parts[2].len() == 4 && s.contains('.') && short {
        // "22.10.2010": the dotted form is written day first wherever it is used
        (nums[2] as i32, nums[1], nums[0])
    } else if parts[2].len() == 4 && s.contains('/') && short && nums[0] > 12 && nums[1] <= 12 {
        // "22/10/2010": there is no month 22, so the day comes first
        (nums[2] as i32, nums[1], nums[0])
    } else if parts[2].len() == 4 && s.contains('/') {
        (nums[2] as i32, nums[0], nums[1])
    } else {
        return None;
    };
    crate::timex::days::valid(y, m, d).then_some((
        k + 1,
        cal(YearSpec::Given(y), Some(m), Some(d)),
        false,
    ))
}

/// "1998", "fiscal 1989", "the 1990s", "the '80s", "1990 and beyond".
pub(super) fn year_expr(w: &Words, k: usize) -> Option<Core> {
    let (at, fiscal) = if w.w(k) == "fiscal" {
        (k + 1, true)
    } else {
        (k, false)
    };
    if let Some(y) = year_number(w, at) {
        // "the 1988 period", "the 1988 third quarter", "1990's first half": a year that
        // qualifies a period noun.
        if let Some((e, q)) = ordinal_period(w, at + 1) {
            return Some((e, with_year(q, YearSpec::Given(y)), true));
        }
        // "(2019, November 18)": a citation's date, year first, is one date
        if !fiscal && at > 0 && w.w(at - 1) == "(" && w.w(at + 1) == "," {
            let m = month_at(w, at + 2, false);
            let d = day_after_month(w, at + 3);
            if let (Some(m), Some((end, day, None))) = (m, d) {
                if w.w(end) == ")" {
                    return Some((end, cal(YearSpec::Given(y), Some(m), Some(day)), false));
                }
            }
        }
        if matches!(w.w(at + 1), "period" | "quarter") && !fiscal {
            return Some((
                at + 2,
                Expr::Quarter {
                    q: None,
                    year: YearSpec::Given(y),
                },
                true,
            ));
        }
        return Some((at + 1, cal(YearSpec::Given(y), None, None), fiscal));
    }
    if let Some((from, to)) = year_span(w, at) {
        return Some((at + 1, Expr::Years { from, to }, fiscal));
    }
    if fiscal {
        return None;
    }
    if let Some((end, y)) = spoken_year(w, k, false) {
        return Some((end, cal(YearSpec::Given(y), None, None), false));
    }
    // "the year two thousand", "the year 2000": the noun belongs to the extent.
    if w.w(k) == "year" {
        let y = year_number(w, k + 1)
            .map(|y| (k + 2, y))
            .or_else(|| spoken_year(w, k + 1, true));
        if let Some((end, y)) = y {
            return Some((end, cal(YearSpec::Given(y), None, None), true));
        }
    }
    if let Some(c) = prefixed_year(w, k) {
        return Some(c);
    }
    // decades
    let raw = w.w(k);
    if let Some(d) = decade_word(raw) {
        return Some((k + 1, decade_or_century(d), true));
    }
    if matches!(raw, "'" | "\u{2019}") {
        let next = w.w(k + 1);
        if let Some(two) = next.strip_suffix('s') {
            if two.len() == 2 && two.ends_with('0') {
                let n: i32 = two.parse().ok()?;
                return Some((k + 2, Expr::Decade(190 + n / 10), true));
            }
        }
    }
    // "the twentieth century", "the 20th century"
    if let Some(n) = lex::ordinal(raw) {
        if n > 0 && w.w(k + 1) == "century" {
            return Some((k + 2, Expr::Century(n as i32 - 1), true));
        }
    }
    // "the nineties"
    let d = match raw {
        "twenties" => 192,
        "thirties" => 193,
        "forties" => 194,
        "fifties" => 195,
        "sixties" => 196,
        "seventies" => 197,
        "eighties" => 198,
        "nineties" => 199,
        _ => return None,
    };
    (k > 0 && w.w(k - 1) == "the").then_some((k + 1, Expr::Decade(d), true))
}

/// "1998-2002", "1914-18", "2020-21" in one token: a span of years, forward in time and
/// under a century. A short end is of the same century and past 12 or the next year, so that
/// "2021-05" (a month written ISO-style) is no span.
fn year_span(w: &Words, k: usize) -> Option<(i32, i32)> {
    if !w.is_number(k) || k > 0 && lex::identifier_noun(w.w(k - 1)) {
        return None;
    }
    let (a, b) = w.raw(k).split_once('-')?;
    let digits = |s: &str| s.bytes().all(|c| c.is_ascii_digit());
    if a.len() != 4 || !digits(a) || !digits(b) {
        return None;
    }
    let from: i32 = a.parse().ok()?;
    let to = match b.len() {
        4 => b.parse().ok()?,
        2 => {
            let short: i32 = b.parse().ok()?;
            let to = from / 100 * 100 + short;
            if short <= 12 && to != from + 1 {
                return None;
            }
            to
        }
        _ => return None,
    };
    ((1800..=2099).contains(&from) && to > from && to - from < 100).then_some((from, to))
}

/// "post-1959", "pre-1990", "mid-1990s" in one token: the span takes the prefix, the value
/// is the year or the decade. Before a noun ("the post-1959 politics") the article belongs to
/// the noun; alone ("by the mid-1990s") to the expression.
fn prefixed_year(w: &Words, k: usize) -> Option<Core> {
    let (p, rest) = w.w(k).split_once('-')?;
    if !matches!(p, "pre" | "post" | "mid" | "early" | "late") {
        return None;
    }
    let next = w.w(k + 1);
    let before_noun = !next.is_empty()
        && next.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(
            next,
            "and"
                | "or"
                | "to"
                | "when"
                | "in"
                | "of"
                | "on"
                | "at"
                | "for"
                | "with"
                | "as"
                | "but"
                | "that"
                | "through"
                | "until"
                | "from"
                | "by"
                | "after"
                | "before"
        );
    if rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = rest.parse().ok()?;
        return (1000..2100)
            .contains(&y)
            .then(|| (k + 1, cal(YearSpec::Given(y), None, None), !before_noun));
    }
    let d = decade_word(rest)?;
    Some((k + 1, decade_or_century(d), !before_noun))
}

/// "the 1990s" is a decade, "the 1800s" a century (the 2000s stay a decade, as people use it).
fn decade_or_century(d: i32) -> Expr {
    if d % 10 == 0 && d < 200 {
        Expr::Century(d / 10)
    } else {
        Expr::Decade(d)
    }
}

/// "1990s" or "1990's" → 199.
fn decade_word(s: &str) -> Option<i32> {
    let digits = s
        .strip_suffix("'s")
        .or_else(|| s.strip_suffix("\u{2019}s"))
        .or_else(|| s.strip_suffix('s'))?;
    if digits.len() == 4 && digits.ends_with('0') && digits.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = digits.parse().ok()?;
        return (1000..2100).contains(&y).then_some(y / 10);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tests::{found, spans};
    use super::*;

    #[test]
    fn a_hyphen_prefix_belongs_to_the_year() {
        let f = found("The post-1959 politics changed by the mid-1990s and pre-1990 rules.");
        let got: Vec<(&str, &Expr)> = f.iter().map(|(s, e)| (s.as_str(), e)).collect();
        assert_eq!(
            got,
            [
                ("post-1959", &cal(YearSpec::Given(1959), None, None)),
                ("the mid-1990s", &Expr::Decade(199)),
                ("pre-1990", &cal(YearSpec::Given(1990), None, None)),
            ]
        );
    }

    #[test]
    fn a_month_before_a_noun_is_no_verb() {
        assert_eq!(spans("The March accession will help."), ["March"]);
        assert_eq!(spans("They held a May meeting."), ["May"]);
        assert!(spans("The March on Washington. They may march. The march ended.").is_empty());
        assert!(spans("The May government fell.").is_empty());
    }

    #[test]
    fn an_abbreviated_month_alone_is_no_month() {
        assert!(spans("Set design by Kim Jun, lighting by Park Jul and Lee Min.").is_empty());
        assert_eq!(spans("They met in June and July."), ["June", "July"]);
        assert_eq!(spans("It opens Jun. 5."), ["Jun. 5"]);
    }

    #[test]
    fn a_citation_date_year_first_is_one_date() {
        assert_eq!(
            spans("Smith, Hibernation (2019, November 18) retrieved it."),
            ["2019 , November 18"]
        );
        // not without the parentheses: two dates in a list
        assert_eq!(
            spans("In 2019, November 18 was cold."),
            ["2019", "November 18"]
        );
    }

    #[test]
    fn dotted_and_day_first_numeric_dates() {
        let day = |s: &str| match &found(s)[..] {
            [(
                _,
                Expr::Cal {
                    year: YearSpec::Given(y),
                    month: Some(m),
                    day: Some(d),
                    ..
                },
            )] => Some((*y, *m, *d)),
            _ => None,
        };
        assert_eq!(day("The fair opened on 05.03.2018."), Some((2018, 3, 5)));
        assert_eq!(day("The fair opened on 23/04/2017."), Some((2017, 4, 23)));
        // slashes keep the US order when the first figure can be a month
        assert_eq!(day("The fair opened on 04/05/2017."), Some((2017, 4, 5)));
        assert!(spans("Install version 3.12.2 at a rate of 1.5 per cent.").is_empty());
    }
}
