//! The grammar of time expressions: hand-written recursive descent over the tokens of one
//! sentence. At each token every rule is tried and the longest match wins; the scan then goes on
//! after it, so the whole sentence is read once with bounded look-ahead.
//!
//! The grammar only says what the words mean ("last month", "Friday", "two days later"); turning
//! that into a calendar value against the anchor is `resolve`'s job.

use super::lexicon::{self as lex, Unit};
use crate::sentences::TokenKind;
use crate::words;

/// Which year a partial date belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearSpec {
    Given(i32),
    /// Relative to the anchor's year ("last year's third quarter": -1).
    Shift(i32),
    /// Decided by tense and closeness to the anchor ("June 7", "the third quarter").
    Infer,
    /// The instance before the anchor's ("last May", "last Thanksgiving").
    Last,
    /// The instance after the anchor's ("next May").
    Next,
    /// The latest instance before the anchor ("this past January").
    Past,
    /// A season with no determiner ("more breaks occur in winter"): generic unless a tense
    /// ties it to one instance ("will open in spring").
    Bare,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feast {
    Fixed(u32, u32),
    /// Days after Easter Sunday.
    Easter(i64),
    /// The `n`th weekday of a month (n = -1: the last).
    Nth {
        month: u32,
        wd: u32,
        n: i32,
    },
    /// US Election Day: the Tuesday after the first Monday of November.
    Election,
    /// Days after US Thanksgiving (the fourth Thursday of November): the shopping days
    /// "Black Friday" (1) and "Cyber Monday" (4), which are no bare weekdays.
    AfterThanksgiving(i64),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Cal {
        year: YearSpec,
        month: Option<u32>,
        day: Option<u32>,
        day_end: Option<u32>,
    },
    /// A weekday placed by tense; `shift` -1 "last", 1 "next", 0 bare or "this"; -2 "the
    /// previous" and 2 "the following" count from the day under discussion.
    Weekday {
        wd: u32,
        shift: i32,
    },
    /// Days from the anchor: today 0, yesterday -1, tomorrow 1.
    Days(i64),
    /// The unit holding the anchor, shifted: "last month" (-1), "this year" (0), "next week" (1).
    Shift {
        unit: Unit,
        n: i64,
    },
    /// The unit holding the reference time (the last date mentioned), shifted: "that year" (0),
    /// "the following day" (1), "the previous month" (-1).
    RefShift {
        unit: Unit,
        n: i64,
    },
    /// A count of units before (-1) or after (1) the anchor: "two years ago". `None` is vague.
    Ago {
        unit: Unit,
        n: Option<i64>,
        sign: i64,
    },
    /// A count of units before or after the reference time: "two days later", "a year earlier".
    Offset {
        unit: Unit,
        n: Option<i64>,
        sign: i64,
    },
    /// "three days later", "an hour later": a span of time TimeML writes as a duration
    /// ("three days", `dur`), which places its event that far after the reference time.
    Later {
        unit: Unit,
        n: Option<i64>,
        dur: String,
    },
    /// "The year-earlier period": the reference period, one year back.
    YearAgoPeriod,
    Season {
        s: &'static str,
        year: YearSpec,
        shift: i32,
    },
    /// A quarter; `None` is "the quarter" (the one under discussion).
    Quarter {
        q: Option<u32>,
        year: YearSpec,
    },
    Half {
        h: u32,
        year: YearSpec,
    },
    /// A span of years in one token: "the 1998-2002 term", "the war of 1914-18".
    Years {
        from: i32,
        to: i32,
    },
    /// "the 1990s" → 199.
    Decade(i32),
    /// "the 20th century" → 19.
    Century(i32),
    Feast {
        feast: Feast,
        year: YearSpec,
        offset: i64,
    },
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    Ref(&'static str),
    /// A finished TIMEX3 duration value ("P3D").
    Duration(String),
    /// A finished TIMEX3 set value ("P1W", "XXXX-WXX-1").
    Set(String),
    /// A clock time, on the day of `day` when given ("10 p.m. Wednesday").
    Time {
        h: u32,
        m: u32,
        day: Option<Box<Expr>>,
        /// The zone named after the clock ("edt" in "3:30 p.m. EDT"), lower case.
        zone: Option<&'static str>,
    },
    /// The week holding a day: "the week of March 6".
    WeekOf(Box<Expr>),
    /// A part of a day ("Friday morning", "last night").
    Part {
        day: Box<Expr>,
        part: &'static str,
    },
    /// "the end of the month", "the start of the week": the month or week the story is at,
    /// a told day's in a past clause ("closed on March 3 ... back by the end of the month"),
    /// else the anchor's.
    UnitAtHand(Unit),
}

impl Expr {
    pub fn is_duration(&self) -> bool {
        matches!(self, Expr::Duration(_))
    }
}

/// A match: token indices inside the sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
}

/// The tokens of one sentence, as the grammar reads them.
pub struct Words<'a> {
    pub raw: Vec<&'a str>,
    pub low: Vec<String>,
    pub kind: Vec<TokenKind>,
}

impl<'a> Words<'a> {
    pub fn new(raw: Vec<&'a str>, kind: Vec<TokenKind>) -> Self {
        let low = raw.iter().map(|w| w.to_lowercase()).collect();
        Words { raw, low, kind }
    }
    fn len(&self) -> usize {
        self.raw.len()
    }
    /// The lower-cased word at `k`, "" past the end; a final "'s" is dropped ("Friday's").
    fn w(&self, k: usize) -> &str {
        let s = self.low.get(k).map_or("", |s| s.as_str());
        if !s.ends_with('s') {
            return s;
        }
        s.strip_suffix("'s")
            .or_else(|| s.strip_suffix("\u{2019}s"))
            .unwrap_or(s)
    }
    fn raw(&self, k: usize) -> &str {
        self.raw.get(k).copied().unwrap_or("")
    }
    fn is_number(&self, k: usize) -> bool {
        self.kind.get(k) == Some(&TokenKind::Number)
    }
    fn capitalized(&self, k: usize) -> bool {
        self.raw(k).chars().next().is_some_and(|c| c.is_uppercase())
    }
}

type Core = (usize, Expr, bool);

/// Every time expression of the sentence, left to right, longest first.
pub fn scan(w: &Words) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    // "scoring 24 points in the third quarter": a sentence about a game, whose quarters and
    // halves are periods of play
    let game = (0..w.len()).any(|j| lex::game_word(w.w(j)));
    while i < w.len() {
        match best_at(w, i) {
            Some(f)
                if rate(w, &f)
                    || fraction(w, &f)
                    || quoted_title(w, &f)
                    || subtitled_year(w, &f)
                    || kind_of_year(w, &f)
                    || vote_count(w, &f)
                    || count_of_rate(w, &f)
                    || (game && matches!(f.expr, Expr::Quarter { .. } | Expr::Half { .. })) =>
            {
                i = f.end.max(i + 1)
            }
            Some(f) => {
                i = f.end.max(i + 1);
                let list = list_continuation(w, &f);
                out.push(f);
                if let Some(g) = list {
                    i = g.end;
                    out.push(g);
                }
            }
            None => i += 1,
        }
    }
    out
}

/// "$1.76 a year", "358,000 a month", "700 seats a week": "a <unit>" after an amount divides
/// it into a rate, and names no time of its own. "Twice a week" and "three times a year" say
/// how often, and stay sets.
fn rate(w: &Words, f: &Found) -> bool {
    if f.end != f.start + 2
        || !matches!(w.w(f.start), "a" | "an" | "per")
        || !matches!(f.expr, Expr::Duration(_) | Expr::Set(_))
        || f.start == 0
    {
        return false;
    }
    let p = f.start - 1;
    let amount = |k: usize| {
        w.is_number(k)
            || matches!(
                w.w(k),
                "million" | "billion" | "trillion" | "thousand" | "hundred" | "cents" | "dollars"
            )
    };
    if let Some(fills) = rate_of_count(w, f.start) {
        return fills;
    }
    let counted = p > 0
        && amount(p - 1)
        && w.raw(p).chars().all(|c| c.is_ascii_lowercase())
        && !matches!(w.w(p), "times" | "time" | "or" | "and" | "to");
    amount(p) || counted
}

/// "three days a week", "24 hours a day": the count before a rate says how often, which
/// TimeML puts in the `freq` of the SET "a week" (P1W), as it does "twice" in "twice a week";
/// it is no duration of its own. Only days counted in a week, month or year and counts that
/// fill the period qualify: in "8 hours a day" each day still holds 8 hours, a duration.
fn count_of_rate(w: &Words, f: &Found) -> bool {
    f.end == f.start + 2 && matches!(f.expr, Expr::Duration(_)) && rate_of_count(w, f.end).is_some()
}

/// Whether the "a"/"per" at `k` makes a rate of the count and unit before it that says how
/// often (see `count_of_rate`): `Some(false)` for a share of the period ("three days a week",
/// a SET), `Some(true)` for a count that fills it ("24 hours a day", "7 days a week",
/// "365 days a year"), which says "always" and which TempEval-3 annotators left unmarked, so
/// that the period is no SET either.
fn rate_of_count(w: &Words, k: usize) -> Option<bool> {
    if k < 2 || !matches!(w.w(k), "a" | "per") {
        return None;
    }
    let (per, false) = lex::unit(w.w(k + 1))? else {
        return None;
    };
    let (unit, true) = lex::unit(w.w(k - 1))? else {
        return None;
    };
    let n: Option<i64> = if w.is_number(k - 2) {
        w.raw(k - 2).parse().ok()
    } else {
        word_number(w.w(k - 2))
    };
    let n = n?;
    let fills = match (unit, per) {
        (Unit::Day, Unit::Week) => n == 7,
        (Unit::Day, Unit::Year) => n == 365 || n == 366,
        (Unit::Hour, Unit::Day) => n == 24,
        (Unit::Hour, Unit::Week) => n == 168,
        (Unit::Minute, Unit::Hour) | (Unit::Second, Unit::Minute) => n == 60,
        (Unit::Week, Unit::Year) => n == 52,
        (Unit::Month, Unit::Year) => n == 12,
        _ => false,
    };
    let share = match (unit, per) {
        (Unit::Day, Unit::Week) => (1..7).contains(&n),
        (Unit::Day, Unit::Month) => (1..=31).contains(&n),
        (Unit::Day, Unit::Year) => (1..365).contains(&n),
        _ => false,
    };
    (fills || share).then_some(fills)
}

/// "The measure passed 2021 to 1999", "the vote was 1998-2002", "a 2010-2008 tally": two
/// year-like numbers joined by "to" or a dash near a word of voting are a count of votes. "From
/// 2010 to 2014", "in 2016 to 2020" stay years whatever is near.
fn vote_count(w: &Words, f: &Found) -> bool {
    const REACH: usize = 4;
    let year_like = |k: usize| {
        let s = w.raw(k);
        s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())
    };
    let joiner = |k: usize| matches!(w.w(k), "to" | "-" | "\u{2013}");
    // the tokens of the pair: one token ("1998-2002"), or two around a joiner
    let (a, b) = match f.expr {
        Expr::Years { .. } if f.end == f.start + 1 => (f.start, f.start),
        Expr::Cal {
            year: YearSpec::Given(_),
            month: None,
            day: None,
            ..
        } if f.end == f.start + 1 => {
            if joiner(f.end) && year_like(f.end + 1) {
                (f.start, f.end + 1)
            } else if f.start >= 2 && joiner(f.start - 1) && year_like(f.start - 2) {
                (f.start - 2, f.start)
            } else {
                return false;
            }
        }
        _ => return false,
    };
    // "voted in 2016 to 2020 elections": a preposition of time makes them years
    if a > 0
        && matches!(
            w.w(a - 1),
            "from" | "between" | "in" | "since" | "during" | "until" | "through" | "after"
        )
    {
        return false;
    }
    let vote_word = |s: &str| {
        matches!(
            s,
            "vote"
                | "votes"
                | "voted"
                | "voting"
                | "ballot"
                | "ballots"
                | "passed"
                | "approved"
                | "rejected"
                | "tally"
                | "tallied"
                | "margin"
                | "count"
        )
    };
    (a.saturating_sub(REACH)..a).any(|k| vote_word(w.w(k)))
        || matches!(w.w(b + 1), "vote" | "votes" | "tally" | "margin")
}

/// "changed from a fiscal year to a calendar year": a way of counting years, no span of one.
fn kind_of_year(w: &Words, f: &Found) -> bool {
    f.end == f.start + 3
        && matches!(w.w(f.start), "a" | "an")
        && matches!(w.w(f.start + 1), "fiscal" | "calendar")
        && matches!(w.w(f.start + 2), "year" | "quarter")
        && f.expr.is_duration()
}

/// "movies from 2001: A Space Odyssey to Alien": mid-sentence, a year with a colon and a
/// Title Case subtitle after it is the title of a work. A heading ("2020: The Year in
/// Review") opens its line and is left alone.
fn subtitled_year(w: &Words, f: &Found) -> bool {
    let year = matches!(
        f.expr,
        Expr::Cal {
            year: YearSpec::Given(_),
            month: None,
            ..
        }
    );
    let mid = f.start > 0
        && w.raw(f.start - 1)
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase());
    year && mid
        && f.end == f.start + 1
        && w.raw(f.end) == ":"
        && matches!(w.raw(f.end + 1), "A" | "An" | "The")
        && w.capitalized(f.end + 2)
}

/// A quote mark token: `` '' " and the curly ones.
fn quote_mark(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| matches!(c, '"' | '`' | '\'' | '\u{201c}' | '\u{201d}'))
}

/// ABC's "This Week", CBS's ''60 Minutes'', the film ``High Noon'': an expression inside a
/// short quoted stretch of capitalised words is the title of a work, not a time.
fn quoted_title(w: &Words, f: &Found) -> bool {
    const MAX: usize = 6;
    let title_word = |k: usize| w.capitalized(k) || w.is_number(k);
    if !(f.start..f.end).all(title_word) {
        return false;
    }
    // back to the opening mark over capitalised words
    let mut a = f.start;
    while a > 0 && f.start - a < MAX && !quote_mark(w.raw(a - 1)) && title_word(a - 1) {
        a -= 1;
    }
    // `` may be two tokens
    if a == 0 || !quote_mark(w.raw(a - 1)) {
        return false;
    }
    // on to the closing mark over capitalised words, a final comma or stop allowed
    let mut b = f.end;
    while b < w.len() && b - f.end < MAX && !quote_mark(w.raw(b)) && title_word(b) {
        b += 1;
    }
    let end = b;
    if matches!(w.raw(b), "," | ".") {
        b += 1;
    }
    // Title Case beyond the first word, which a quoted sentence capitalises anyway, and
    // beyond names always written so: "Next Monday," he said, is no title.
    let title_case = (a + 1..end).any(|j| {
        w.capitalized(j) && lex::weekday(w.w(j)).is_none() && lex::month(w.w(j)).is_none()
    }) || (a..end).any(|j| w.is_number(j));
    title_case && b < w.len() && quote_mark(w.raw(b)) && b - a <= MAX + 1
}

/// "a quarter of the market", "three quarters of its shares": a share of something, not three
/// months. "A quarter of a century" and "a quarter of the year" stay times.
fn fraction(w: &Words, f: &Found) -> bool {
    let last = w.w(f.end.saturating_sub(1));
    // "a quarter cup", "three quarters mile": a measure
    if matches!(f.expr, Expr::Duration(_))
        && matches!(last, "quarter" | "quarters")
        && lex::measure_noun(w.w(f.end))
    {
        return true;
    }
    if !matches!(f.expr, Expr::Duration(_))
        || !matches!(last, "quarter" | "quarters")
        || w.w(f.end) != "of"
        // "several quarters of losses" are months; "a quarter of" and "three quarters of" share out
        || f.end < 2
        || !matches!(
            (w.w(f.end - 2), last),
            ("a" | "one", "quarter") | ("three", "quarters")
        )
    {
        return false;
    }
    let mut k = f.end + 1;
    if matches!(
        w.w(k),
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "all" | "this" | "that"
    ) {
        k += 1;
    }
    // "the entire market": a modifier or two may stand before the noun
    let timely = (k..k + 3).any(|j| lex::unit(w.w(j)).is_some() || w.is_number(j));
    !timely
}

/// Modifiers kept inside the extent, as TIMEX3 does ("about two years", "early next year").
#[derive(Clone, Copy, PartialEq)]
enum Prefix {
    /// "about", "nearly", "more than": any expression.
    Approx,
    /// "over", "within", "for" style words: durations only.
    DurationOnly,
    /// "early", "late", "mid", "the end of": dates only.
    Point,
    /// "the": expressions whose head is a time noun.
    The,
}

fn prefix_at(w: &Words, k: usize) -> Option<(usize, Prefix)> {
    let a = w.w(k);
    let b = w.w(k + 1);
    let c = w.w(k + 2);
    Some(match a {
        // "about" and "just" stay outside the extent, as TIMEX3 annotators mostly left them
        // ("about five hours" → "five hours"); "nearly", "almost", "around" stay inside.
        "around" | "approximately" | "roughly" | "nearly" | "almost" => (1, Prefix::Approx),
        "more" | "less" | "fewer" if b == "than" => (2, Prefix::Approx),
        "at" if matches!(b, "least" | "most") => (2, Prefix::Approx),
        "up" if b == "to" => (2, Prefix::DurationOnly),
        "no" if matches!(b, "more" | "less") && c == "than" => (3, Prefix::Approx),
        // "over a week", but "over the past two months" leaves "over" out, as annotators did.
        "over" | "some" | "under" if !matches!(b, "the" | "past" | "last" | "next") => {
            (1, Prefix::DurationOnly)
        }
        "early" | "late" | "mid" | "mid-" | "earlier" | "later" => (1, Prefix::Point),
        "the" if matches!(b, "end" | "beginning" | "middle" | "start") && c == "of" => {
            (3, Prefix::Point)
        }
        "the" => (1, Prefix::The),
        _ => return None,
    })
}

fn best_at(w: &Words, i: usize) -> Option<Found> {
    let mut best: Option<Found> = None;
    let mut consider = |end: usize, expr: Expr| {
        if best.as_ref().is_none_or(|b| end > b.end) {
            best = Some(Found {
                start: i,
                end,
                expr,
            });
        }
    };
    if let Some((end, expr, _)) = core(w, i) {
        consider(end, expr);
    }
    // Up to three stacked modifiers: "about the past two months", "early next year".
    let mut k = i;
    let mut kinds = Vec::new();
    for _ in 0..3 {
        let Some((len, p)) = prefix_at(w, k) else {
            break;
        };
        k += len;
        kinds.push(p);
        if let Some((end, expr, noun)) = core(w, k) {
            let ok = kinds.iter().all(|p| match p {
                Prefix::Approx => !matches!(expr, Expr::Set(_) | Expr::Ref(_)),
                Prefix::DurationOnly => expr.is_duration(),
                Prefix::Point => !matches!(expr, Expr::Duration(_) | Expr::Set(_) | Expr::Ref(_)),
                Prefix::The => noun,
            });
            // "earlier"/"later" modify only "this/next/last ...", "that day" and named days.
            let relative_ok = !kinds.contains(&Prefix::Point)
                || !matches!(w.w(i), "earlier" | "later")
                || matches!(
                    expr,
                    Expr::Shift { .. }
                        | Expr::RefShift { .. }
                        | Expr::Days(_)
                        | Expr::Weekday { .. }
                        | Expr::Part { .. }
                );
            if ok && relative_ok {
                consider(end, expr);
            }
        }
    }
    best
}

/// "May 5 and 7", "June 7 or 8": the second day of a list is an expression of its own.
fn list_continuation(w: &Words, f: &Found) -> Option<Found> {
    let Expr::Cal {
        year,
        month: Some(m),
        day: Some(_),
        day_end: None,
    } = f.expr
    else {
        return None;
    };
    if !matches!(w.w(f.end), "and" | "or" | "&") {
        return None;
    }
    let k = f.end + 1;
    let d = day_number(w, k)?;
    // "May 5 and 7 percent": a number that a unit or another month claims is not a day.
    if lex::count_noun(w.w(k + 1))
        || lex::month(w.w(k + 1)).is_some()
        || lex::unit(w.w(k + 1)).is_some()
    {
        return None;
    }
    Some(Found {
        start: k,
        end: k + 1,
        expr: Expr::Cal {
            year,
            month: Some(m),
            day: Some(d),
            day_end: None,
        },
    })
}

/// All core rules at `k`; the longest wins.
fn core(w: &Words, k: usize) -> Option<Core> {
    let rules: [fn(&Words, usize) -> Option<Core>; 16] = [
        clock_time,
        weekday_expr,
        month_expr,
        day_month,
        numeric_date,
        year_expr,
        named_day,
        relative_unit,
        count_expr,
        quarter_expr,
        season_expr,
        reference_word,
        set_expr,
        feast_expr,
        week_of,
        part_of_day_under_discussion,
    ];
    let mut best: Option<Core> = None;
    for rule in rules {
        if let Some(c) = rule(w, k) {
            if c.0 > k && best.as_ref().is_none_or(|b| c.0 > b.0) {
                best = Some(c);
            }
        }
    }
    best
}

// ---------------------------------------------------------------- numbers

/// A count: digits, number words ("twenty-four", "a", "a few"), `None` when vague.
fn count(w: &Words, k: usize) -> Option<(usize, Option<i64>)> {
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
fn word_number(s: &str) -> Option<i64> {
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
fn spoken_year(w: &Words, k: usize, year_slot: bool) -> Option<(usize, i32)> {
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
fn day_number(w: &Words, k: usize) -> Option<u32> {
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
    let raw = w.raw(k);
    if raw.ends_with("'s") || raw.ends_with("\u{2019}s") {
        return false;
    }
    (k + 1..=k + 3)
        .take_while(|&j| w.capitalized(j))
        .any(|j| j >= k + 2 && lex::street_word(w.w(j).trim_end_matches('.')))
}

/// A four-digit year, when the context does not make it a count, a price or an identifier.
fn year_number(w: &Words, k: usize) -> Option<i32> {
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
    let owner = k > 0 && {
        let p = w.raw(k - 1);
        p.ends_with("'s")
            || p.ends_with("\u{2019}s")
            || matches!(
                prev,
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "my"
            )
    };
    if owner && w.capitalized(k + 1) && lex::car_make(w.w(k + 1)) {
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
fn date_year(w: &Words, k: usize) -> Option<i32> {
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

// ---------------------------------------------------------------- clock times

fn clock_time(w: &Words, k: usize) -> Option<Core> {
    let (mut end, h, m) = clock(w, k)?;
    let zone = lex::zone_abbr(w.w(end));
    if zone.is_some() {
        end += 1;
    }
    // "10 p.m. Wednesday", "noon Saturday", "5 p.m. EST, Nov. 6": the day joins the time.
    let after_comma = if w.w(end) == "," { end + 1 } else { end };
    let day = [weekday_expr, month_expr, named_day]
        .iter()
        .filter_map(|r| r(w, after_comma))
        .max_by_key(|c| c.0);
    if let Some((e, d, _)) = day {
        if matches!(
            d,
            Expr::Weekday { .. } | Expr::Cal { day: Some(_), .. } | Expr::Days(_)
        ) {
            return Some((
                e,
                Expr::Time {
                    h,
                    m,
                    day: Some(Box::new(d)),
                    zone,
                },
                false,
            ));
        }
    }
    Some((
        end,
        Expr::Time {
            h,
            m,
            day: None,
            zone,
        },
        false,
    ))
}

fn clock(w: &Words, k: usize) -> Option<(usize, u32, u32)> {
    let a = w.w(k);
    match a {
        "noon" | "midday" => return Some((k + 1, 12, 0)),
        "midnight" => return Some((k + 1, 24, 0)),
        _ => {}
    }
    if !w.is_number(k) {
        return None;
    }
    let (h, m) = match a.split_once(':') {
        Some((h, m)) => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        None if a.len() <= 2 => (a.parse::<u32>().ok()?, 0),
        None => return None,
    };
    if h > 24 || m > 59 {
        return None;
    }
    let suffix = w.w(k + 1);
    let meridiem = match suffix {
        "a.m." | "a.m" | "am" => Some(false),
        "p.m." | "p.m" | "pm" => Some(true),
        _ => None,
    };
    match meridiem {
        Some(pm) if (1..=12).contains(&h) => {
            let h24 = match (pm, h) {
                (false, 12) => 0,
                (false, h) => h,
                (true, 12) => 12,
                (true, h) => h + 12,
            };
            Some((k + 2, h24, m))
        }
        Some(_) => None,
        None if a.contains(':') && !w.is_number(k + 1) => {
            // "10:35 GMT", "at 14:30": a bare colon time needs a zone or an "at".
            let at = k > 0 && w.w(k - 1) == "at";
            (lex::time_zone(suffix) || at || w.w(k + 1) == "o'clock").then_some((k + 1, h, m))
        }
        None if w.w(k + 1) == "o'clock" && (1..=12).contains(&h) => Some((k + 2, h, 0)),
        None if matches!(w.w(k + 1), "in") && w.w(k + 2) == "the" => {
            // "4 in the morning"
            let pm = match w.w(k + 3) {
                "morning" => false,
                "afternoon" | "evening" => true,
                _ => return None,
            };
            Some((k + 4, if pm && h < 12 { h + 12 } else { h }, 0))
        }
        None => None,
    }
}

// ---------------------------------------------------------------- weekdays and days

/// "Wednesday", "last Friday", "Friday morning", "Friday, Oct. 13", "Tuesdays".
fn weekday_expr(w: &Words, k: usize) -> Option<Core> {
    let after_the = k > 0 && w.w(k - 1) == "the";
    let (shift, at) = match w.w(k) {
        // "the previous Friday", "the following Monday": counted from the day under
        // discussion, not from publication (shift ±2, see `resolve`).
        "previous" | "preceding" if after_the => (-2, k + 1),
        "following" if after_the => (2, k + 1),
        "last" | "past" | "previous" => (-1, k + 1),
        "next" | "coming" => (1, k + 1),
        "this" if w.w(k + 1) == "coming" => (1, k + 2),
        "this" if w.w(k + 1) == "past" => (-1, k + 2),
        "this" => (0, k + 1),
        _ => (0, k),
    };
    let word = w.w(at);
    if let Some(wd) = lex::weekday_plural(word) {
        if at == k && w.capitalized(at) {
            let part = lex::part_of_day(w.w(at + 1));
            let (end, tail) = match part {
                Some(p) => (at + 2, format!("T{p}")),
                None => (at + 1, String::new()),
            };
            return Some((end, Expr::Set(format!("XXXX-WXX-{wd}{tail}")), false));
        }
        return None;
    }
    let wd = lex::weekday(word)?;
    if !w.capitalized(at) {
        return None;
    }
    // "the Sunday Metropolitan section", "a Sunday Times columnist": part of a name
    let article = k > 0 && matches!(w.w(k - 1), "the" | "a");
    if at == k && article && w.capitalized(at + 1) && month_at(w, at + 1, false).is_none() {
        return None;
    }
    // "end Saturday publication", "the Sunday paper": a kind of issue, no day; "Friday's
    // edition" is that day's.
    let possessive = w.raw(at).ends_with("'s") || w.raw(at).ends_with("\u{2019}s");
    if lex::issue_noun(w.w(at + 1)) && !possessive {
        return None;
    }
    // "Tuesday nights" is a set.
    if let Some(p) = w.w(at + 1).strip_suffix('s').and_then(lex::part_of_day) {
        return Some((at + 2, Expr::Set(format!("XXXX-WXX-{wd}T{p}")), false));
    }
    // An explicit date after the weekday wins: "Friday, Oct. 13", "Saturday, April 25".
    let after = if w.w(at + 1) == "," { at + 2 } else { at + 1 };
    if let Some((e, cal @ Expr::Cal { day: Some(_), .. }, _)) = month_expr(w, after) {
        return Some((e, cal, false));
    }
    if let Some((e, cal @ Expr::Cal { day: Some(_), .. }, _)) = day_month(w, after) {
        return Some((e, cal, false));
    }
    let day = Expr::Weekday { wd, shift };
    if let Some(p) = lex::part_of_day(w.w(at + 1)) {
        return Some((
            at + 2,
            Expr::Part {
                day: Box::new(day),
                part: p,
            },
            false,
        ));
    }
    Some((at + 1, day, false))
}

/// "USA Today" and "VOA Today" are titles; "today's world", "today's youth" and "the people of
/// tomorrow" name an age, not a day.
fn named_day_is_a_date(w: &Words, k: usize) -> bool {
    let title = k > 0
        && w.capitalized(k)
        && w.capitalized(k - 1)
        && w.raw(k - 1).chars().all(|c| c.is_alphabetic() || c == '.');
    let possessive = w
        .low
        .get(k)
        .is_some_and(|s| s.ends_with("'s") || s.ends_with("\u{2019}s"));
    let age = possessive
        && matches!(
            w.w(k + 1),
            "world"
                | "youth"
                | "society"
                | "generation"
                | "children"
                | "kids"
                | "teenagers"
                | "young"
                | "standards"
                | "technology"
                | "culture"
                | "economy"
                | "personal"
                | "modern"
        );
    let of_tomorrow = w.w(k) == "tomorrow" && k > 0 && w.w(k - 1) == "of";
    !(title || age || of_tomorrow)
}

/// "today", "yesterday", "tomorrow", "tonight", "last night", "this morning", with parts of
/// the day ("yesterday morning") and "the day before yesterday".
fn named_day(w: &Words, k: usize) -> Option<Core> {
    let a = w.w(k);
    let b = w.w(k + 1);
    if matches!(a, "today" | "tomorrow") && !named_day_is_a_date(w, k) {
        return None;
    }
    let (end, n) = match a {
        "today" => (k + 1, 0),
        "yesterday" => (k + 1, -1),
        "tomorrow" => (k + 1, 1),
        "tonight" => return Some((k + 1, Expr::Days(0), false)),
        "overnight" => {
            return Some((
                k + 1,
                Expr::Part {
                    day: Box::new(Expr::Days(0)),
                    part: "NI",
                },
                false,
            ))
        }
        "last" if b == "night" => {
            return Some((
                k + 2,
                Expr::Part {
                    day: Box::new(Expr::Days(-1)),
                    part: "NI",
                },
                false,
            ))
        }
        "this" => {
            let p = lex::part_of_day(b)?;
            return Some((
                k + 2,
                Expr::Part {
                    day: Box::new(Expr::Days(0)),
                    part: p,
                },
                false,
            ));
        }
        "the" if b == "day" && matches!(w.w(k + 2), "before" | "after") => {
            let sign = if w.w(k + 2) == "before" { -1 } else { 1 };
            match w.w(k + 3) {
                "yesterday" => return Some((k + 4, Expr::Days(-1 + sign), true)),
                "tomorrow" => return Some((k + 4, Expr::Days(1 + sign), true)),
                _ => return None,
            }
        }
        _ => return None,
    };
    let day = Expr::Days(n);
    if let Some(p) = lex::part_of_day(w.w(end)) {
        return Some((
            end + 1,
            Expr::Part {
                day: Box::new(day),
                part: p,
            },
            false,
        ));
    }
    Some((end, day, false))
}

/// "the next morning", "the following evening", "the previous night": a part of the day after
/// (or before) the one under discussion, as "the next day" is that day.
fn part_of_next_day(w: &Words, k: usize) -> Option<Core> {
    if k == 0 || w.w(k - 1) != "the" {
        return None;
    }
    let n = match w.w(k) {
        "next" | "following" => 1,
        "previous" | "preceding" => -1,
        _ => return None,
    };
    let part = lex::part_of_day(w.w(k + 1))?;
    // "the next morning's paper" names a thing
    if w.raw(k + 1).ends_with("'s") || w.raw(k + 1).ends_with("\u{2019}s") {
        return None;
    }
    let day = Box::new(Expr::RefShift { unit: Unit::Day, n });
    Some((k + 2, Expr::Part { day, part }, true))
}

/// "in the morning", "that evening", "by mid afternoon", "mid-morning": a part of the day
/// under discussion ("were dashed Friday. Dealers placed orders in the morning" is Friday's).
/// "in the morning paper", "the evening news" name things, not times.
fn part_of_day_under_discussion(w: &Words, k: usize) -> Option<Core> {
    if let Some(c) = part_of_next_day(w, k) {
        return Some(c);
    }
    let (at, ok) = match w.w(k) {
        "mid" => (k + 1, true),
        "that" => (k + 1, true),
        "the" => (
            k + 1,
            k > 0 && matches!(w.w(k - 1), "in" | "during" | "through"),
        ),
        "mid-morning" | "mid-afternoon" | "mid-evening" => (k, true),
        _ => return None,
    };
    if !ok {
        return None;
    }
    let word = w.w(at);
    let part = lex::part_of_day(word.strip_prefix("mid-").unwrap_or(word))?;
    // the night has its own words ("last night", "overnight"); "in the night" is vague
    if part == "NI" && w.w(k) != "that" {
        return None;
    }
    let next = w.w(at + 1);
    let names_a_thing = next.chars().next().is_some_and(|c| c.is_alphabetic())
        && !matches!(
            next,
            "and"
                | "or"
                | "but"
                | "when"
                | "before"
                | "after"
                | "as"
                | "to"
                | "of"
                | "in"
                | "on"
                | "at"
                | "by"
                | "for"
                | "with"
                | "while"
                | "until"
                | "hours"
                | "that"
                | "than"
                | "the"
                | "a"
                | "an"
                | "he"
                | "she"
                | "they"
                | "it"
                | "we"
                | "i"
                | "local"
                | "time"
                | "yesterday"
                | "today"
                | "tomorrow"
        )
        && !w.capitalized(at + 1);
    if names_a_thing {
        return None;
    }
    // "mid-afternoon yesterday", "late in the morning Friday": the day named after.
    let named = match next {
        "yesterday" => Some(Expr::Days(-1)),
        "today" => Some(Expr::Days(0)),
        "tomorrow" => Some(Expr::Days(1)),
        _ => lex::weekday(next)
            .filter(|_| w.capitalized(at + 1))
            .map(|wd| Expr::Weekday { wd, shift: 0 }),
    };
    if let Some(d) = named {
        let day = Box::new(d);
        return Some((at + 2, Expr::Part { day, part }, false));
    }
    let day = Box::new(Expr::RefShift {
        unit: Unit::Day,
        n: 0,
    });
    Some((at + 1, Expr::Part { day, part }, false))
}

// ---------------------------------------------------------------- calendar dates

/// A month name that is really a month here: "May" and "March" are verbs too, and bare
/// abbreviations without a dot are words ("Jan" the name).
fn month_at(w: &Words, k: usize, standalone: bool) -> Option<u32> {
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
fn month_expr(w: &Words, k: usize) -> Option<Core> {
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

fn cal(year: YearSpec, month: Option<u32>, day: Option<u32>) -> Expr {
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
fn day_month(w: &Words, k: usize) -> Option<Core> {
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
fn numeric_date(w: &Words, k: usize) -> Option<Core> {
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
    super::days::valid(y, m, d).then_some((k + 1, cal(YearSpec::Given(y), Some(m), Some(d)), false))
}

/// "1998", "fiscal 1989", "the 1990s", "the '80s", "1990 and beyond".
fn year_expr(w: &Words, k: usize) -> Option<Core> {
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

// ---------------------------------------------------------------- quarters and halves

/// "the last half of the '80s", "the first half of the 1990s": one expression, a part of the
/// decade, whose value is the decade (a half of a decade has no TimeML unit of its own).
/// Without this the half was read as one of the current year ("the last half" = 1989-H2).
fn half_of_decade(w: &Words, k: usize) -> Option<Core> {
    if !matches!(w.w(k), "first" | "second" | "last" | "latter") || w.w(k + 1) != "half" {
        return None;
    }
    if w.w(k + 2) != "of" || w.w(k + 3) != "the" {
        return None;
    }
    match year_expr(w, k + 4)? {
        (end, Expr::Decade(d), _) => Some((end, Expr::Decade(d), true)),
        _ => None,
    }
}

/// "the first two quarters of 1990" is that year's first half, "the last two quarters of
/// 1989" its second: a named year makes them a date (TimeML `1990-H1`), where "the first two
/// quarters" alone stays a span of six months.
fn two_quarters_of_year(w: &Words, k: usize) -> Option<Core> {
    let h = match w.w(k) {
        "first" => 1,
        "last" | "final" | "latter" => 2,
        _ => return None,
    };
    if w.w(k + 1) != "two" || w.w(k + 2) != "quarters" || w.w(k + 3) != "of" {
        return None;
    }
    let y = year_number(w, k + 4)?;
    Some((
        k + 5,
        Expr::Half {
            h,
            year: YearSpec::Given(y),
        },
        true,
    ))
}

/// "third quarter", "fiscal second quarter", "first half", "third-quarter", "Q3".
fn ordinal_period(w: &Words, k: usize) -> Option<(usize, Expr)> {
    let mut at = k;
    if matches!(w.w(at), "fiscal" | "fiscal-first" | "calendar") && w.w(at) != "fiscal-first" {
        at += 1;
    }
    let word = w.w(at);
    if let Some((a, b)) = word.split_once('-') {
        // "third-quarter", "fiscal-first"
        if a == "fiscal" {
            if let Some(n) = lex::ordinal(b) {
                if w.w(at + 1) == "quarter" && (1..=4).contains(&n) {
                    return Some((
                        at + 2,
                        Expr::Quarter {
                            q: Some(n),
                            year: YearSpec::Infer,
                        },
                    ));
                }
            }
        }
        let n = lex::ordinal(a)?;
        return match b {
            "quarter" if (1..=4).contains(&n) => Some((
                at + 1,
                Expr::Quarter {
                    q: Some(n),
                    year: YearSpec::Infer,
                },
            )),
            "half" if (1..=2).contains(&n) => Some((
                at + 1,
                Expr::Half {
                    h: n,
                    year: YearSpec::Infer,
                },
            )),
            _ => None,
        };
    }
    if word.len() == 2 && word.starts_with('q') {
        let n: u32 = word[1..].parse().ok()?;
        return (1..=4).contains(&n).then_some((
            at + 1,
            Expr::Quarter {
                q: Some(n),
                year: YearSpec::Infer,
            },
        ));
    }
    let n = lex::ordinal(word)?;
    let mut u = at + 1;
    if w.w(u) == "fiscal" {
        u += 1;
    }
    match w.w(u) {
        "quarter" => {
            let q = match n {
                0 => 4,
                1..=4 => n,
                _ => return None,
            };
            Some((
                u + 1,
                Expr::Quarter {
                    q: Some(q),
                    year: YearSpec::Infer,
                },
            ))
        }
        "half" => {
            let h = match n {
                0 => 2,
                1..=2 => n,
                _ => return None,
            };
            Some((
                u + 1,
                Expr::Half {
                    h,
                    year: YearSpec::Infer,
                },
            ))
        }
        _ => None,
    }
}

fn with_year(e: Expr, year: YearSpec) -> Expr {
    match e {
        Expr::Quarter { q, .. } => Expr::Quarter { q, year },
        Expr::Half { h, .. } => Expr::Half { h, year },
        other => other,
    }
}

/// Quarters and halves with their year: "the third quarter of 1990", "this year's third
/// quarter", "last year's quarter", "the quarter", "the current quarter", "the year-ago
/// period", "year-earlier".
fn quarter_expr(w: &Words, k: usize) -> Option<Core> {
    if let Some(c) = two_quarters_of_year(w, k) {
        return Some(c);
    }
    if let Some(c) = half_of_decade(w, k) {
        return Some(c);
    }
    let a = w.w(k);
    let b = w.w(k + 1);
    // "this year's third quarter", "next year's first quarter", "last year's quarter"
    let owner = match (a, b) {
        ("this", "year") | ("the", "current") => Some(0),
        ("last", "year") => Some(-1),
        ("next", "year") => Some(1),
        _ => None,
    };
    if let Some(s) = owner {
        if w.raw(k + 1).ends_with("'s") || w.raw(k + 1).ends_with("\u{2019}s") {
            if let Some((e, q)) = ordinal_period(w, k + 2) {
                return Some((e, with_year(q, YearSpec::Shift(s)), true));
            }
            // "last year's quarter": the quarter reported, a year back
            if w.w(k + 2) == "quarter" {
                return Some((
                    k + 3,
                    Expr::Quarter {
                        q: None,
                        year: YearSpec::Shift(s),
                    },
                    true,
                ));
            }
        }
    }
    // "year-earlier", "year-ago", "the year-earlier period", "the comparable year-ago quarter"
    let mut at = k;
    if matches!(a, "comparable" | "corresponding" | "same") {
        at += 1;
    }
    if matches!(
        w.w(at),
        "year-earlier" | "year-ago" | "year-before" | "prior-year"
    ) {
        let mut end = at + 1;
        if let Some((e, q)) = ordinal_period(w, end) {
            // "the year-earlier third quarter"
            if let Expr::Quarter { q: Some(q), .. } = q {
                return Some((
                    e,
                    Expr::Quarter {
                        q: Some(q),
                        year: YearSpec::Shift(-1),
                    },
                    true,
                ));
            }
            end = e;
        } else if matches!(w.w(end), "period" | "quarter") {
            end += 1;
        } else if matches!(w.w(end), "nine" | "six" | "three") && w.w(end + 1) == "months" {
            let n = lex::cardinal(w.w(end)).unwrap_or(0);
            return Some((end + 2, Expr::Duration(format!("P{n}M")), true));
        }
        return Some((end, Expr::YearAgoPeriod, true));
    }
    // "the corresponding period last year", "the quarter a year ago"
    if matches!(a, "corresponding" | "comparable" | "same") && matches!(b, "period" | "quarter") {
        if w.w(k + 2) == "last" && w.w(k + 3) == "year" {
            return Some((k + 4, Expr::YearAgoPeriod, true));
        }
        if w.w(k + 2) == "a" && w.w(k + 3) == "year" && matches!(w.w(k + 4), "ago" | "earlier") {
            return Some((k + 5, Expr::YearAgoPeriod, true));
        }
    }
    if a == "quarter" && b == "a" && w.w(k + 2) == "year" && matches!(w.w(k + 3), "ago" | "earlier")
    {
        return Some((k + 4, Expr::YearAgoPeriod, true));
    }
    // "third quarter", "first half" with an optional year: "of 1990", "1990"
    if let Some((e, q)) = ordinal_period(w, k) {
        let of = if w.w(e) == "of" { e + 1 } else { e };
        if let Some(y) = year_number(w, of) {
            return Some((of + 1, with_year(q, YearSpec::Given(y)), true));
        }
        // "the first two quarters of 1990" is handled by the duration rule; "the first half
        // of this year"
        if of > e && w.w(of) == "this" && w.w(of + 1) == "year" {
            return Some((of + 2, with_year(q, YearSpec::Shift(0)), true));
        }
        if w.w(e) == "of" && w.w(e + 1) == "last" && w.w(e + 2) == "year" {
            return Some((e + 3, with_year(q, YearSpec::Shift(-1)), true));
        }
        // "the third-quarter loss": the article goes with the noun, not the adjective.
        let adjective = w.w(e.saturating_sub(1)).contains('-');
        return Some((e, q, !adjective));
    }
    // "the quarter", "the latest quarter", "the current quarter", "this quarter"
    match (a, b) {
        ("quarter", _) if k > 0 && w.w(k - 1) == "the" => Some((
            k + 1,
            Expr::Quarter {
                q: None,
                year: YearSpec::Infer,
            },
            true,
        )),
        ("latest" | "most", _) => {
            let at = if a == "most" && b == "recent" {
                k + 2
            } else {
                k + 1
            };
            if a == "most" && b != "recent" {
                return None;
            }
            // the latest quarter is one reported, hence over: `Past`
            match w.w(at) {
                "quarter" | "period" => Some((
                    at + 1,
                    Expr::Quarter {
                        q: None,
                        year: YearSpec::Past,
                    },
                    true,
                )),
                _ => None,
            }
        }
        // "This quarter's loss includes charges": results are of a quarter reported, so
        // over, like "the latest quarter".
        ("current" | "this", "quarter")
            if (w.raw(k + 1).ends_with("'s") || w.raw(k + 1).ends_with("\u{2019}s"))
                && results_noun(w.w(k + 2)) =>
        {
            Some((
                k + 2,
                Expr::Quarter {
                    q: None,
                    year: YearSpec::Past,
                },
                true,
            ))
        }
        ("current" | "this", "quarter") => Some((
            k + 2,
            Expr::Shift {
                unit: Unit::Quarter,
                n: 0,
            },
            true,
        )),
        _ => None,
    }
}

/// Words for a period's reported results: "this quarter's loss".
fn results_noun(w: &str) -> bool {
    matches!(
        w,
        "loss"
            | "losses"
            | "profit"
            | "profits"
            | "earnings"
            | "net"
            | "results"
            | "income"
            | "sales"
            | "revenue"
            | "revenues"
    )
}

/// "the week of March 6": the week, named by one of its days.
fn week_of(w: &Words, k: usize) -> Option<Core> {
    if w.w(k) != "week" || w.w(k + 1) != "of" {
        return None;
    }
    let (end, day, _) = month_expr(w, k + 2).or_else(|| day_month(w, k + 2))?;
    matches!(
        day,
        Expr::Cal {
            day: Some(_),
            day_end: None,
            ..
        }
    )
    .then(|| (end, Expr::WeekOf(Box::new(day)), true))
}

// ---------------------------------------------------------------- seasons

fn season_expr(w: &Words, k: usize) -> Option<Core> {
    let (shift, at) = match w.w(k) {
        "last" | "past" => (-1, k + 1),
        "next" | "coming" => (1, k + 1),
        "this" if w.w(k + 1) == "past" => (-2, k + 2),
        "this" if w.w(k + 1) == "coming" => (1, k + 2),
        "this" => (0, k + 1),
        _ => (0, k),
    };
    let s = lex::season(w.w(at))?;
    // "fall" the verb: a bare season needs "the", "in" or a year around it.
    let prev = if k > 0 { w.w(k - 1) } else { "" };
    let of = if w.w(at + 1) == "of" { at + 2 } else { at + 1 };
    let given = year_number(w, of)
        .map(|y| (of + 1, y))
        .or_else(|| spoken_year(w, of, true));
    if let Some((end, y)) = given {
        return Some((
            end,
            Expr::Season {
                s,
                year: YearSpec::Given(y),
                shift: 0,
            },
            true,
        ));
    }
    if at == k
        && !matches!(
            prev,
            "the"
                | "in"
                | "this"
                | "last"
                | "next"
                | "early"
                | "late"
                | "during"
                | "by"
                | "until"
                | "since"
                | "mid"
        )
    {
        return None;
    }
    let (year, shift) = match shift {
        -2 => (YearSpec::Shift(0), 0),
        0 if at > k => (YearSpec::Shift(0), 0),
        0 if prev != "the" => (YearSpec::Bare, 0),
        // "Construction during the winter isn't always a good idea": as generic as "in
        // winter" when no tense ties it to one winter
        0 if k >= 2 && matches!(w.w(k - 2), "during" | "in" | "through") => (YearSpec::Bare, 0),
        s => (YearSpec::Infer, s),
    };
    Some((at + 1, Expr::Season { s, year, shift }, true))
}

// ---------------------------------------------------------------- relative units

/// "the end of the month", "the middle of the week": the month or week holding the anchor, as
/// "the end of the year" is the year's. Only after "end/beginning/middle/start of", where the
/// article points at the current unit; "the month" alone is too often generic to tag.
fn part_of_month_or_week(w: &Words, k: usize) -> Option<Core> {
    if k < 2 || w.w(k) != "the" || w.w(k - 1) != "of" {
        return None;
    }
    if !matches!(w.w(k - 2), "end" | "beginning" | "middle" | "start") {
        return None;
    }
    let unit = match w.w(k + 1) {
        "month" => Unit::Month,
        "week" => Unit::Week,
        _ => return None,
    };
    // "the end of the month's rally", "the start of the week ended Friday": another noun's.
    let owner = w.raw(k + 1).ends_with("'s") || w.raw(k + 1).ends_with("\u{2019}s");
    if owner || matches!(w.w(k + 2), "ended" | "ending" | "of") {
        return None;
    }
    Some((k + 2, Expr::UnitAtHand(unit), true))
}

/// "the weeks ahead", "the months to come": the vague span still to come, written as "the
/// coming weeks" is (PXW).
fn units_ahead(w: &Words, k: usize) -> Option<Core> {
    if k == 0 || w.w(k - 1) != "the" {
        return None;
    }
    let (unit, true) = lex::unit(w.w(k))? else {
        return None;
    };
    if !matches!(
        unit,
        Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Decade
    ) {
        return None;
    }
    let end = match (w.w(k + 1), w.w(k + 2)) {
        ("ahead", _) => k + 2,
        ("to", "come") => k + 3,
        _ => return None,
    };
    Some((end, Expr::Duration(duration(unit, None)), true))
}

/// "the latest fiscal year", "the most recent year": the last one complete, read as "the last
/// fiscal year" is (the year before the anchor's). Years only: "the latest quarter" is the
/// quarter reported (`quarter_expr`), and "the latest month" is whichever month the figures
/// reached.
fn latest_year(w: &Words, k: usize) -> Option<Core> {
    if k == 0 || w.w(k - 1) != "the" {
        return None;
    }
    let mut u = match (w.w(k), w.w(k + 1)) {
        ("latest", _) => k + 1,
        ("most", "recent") => k + 2,
        _ => return None,
    };
    if w.w(u) == "fiscal" {
        u += 1;
    }
    // "the latest year's results" is still the year; "the latest years" is no single one.
    if w.w(u) != "year" {
        return None;
    }
    Some((
        u + 1,
        Expr::Shift {
            unit: Unit::Year,
            n: -1,
        },
        true,
    ))
}

/// "this week", "last month", "next year", "the past year", "the following day", "that year",
/// "the weekend", "year-end", "the current year", "the year".
fn relative_unit(w: &Words, k: usize) -> Option<Core> {
    let a = w.w(k);
    let b = w.w(k + 1);
    if matches!(a, "year-end" | "yearend") || (a == "year" && matches!(b, "end")) {
        let end = if a == "year" { k + 2 } else { k + 1 };
        return Some((
            end,
            Expr::Shift {
                unit: Unit::Year,
                n: 0,
            },
            true,
        ));
    }
    if a == "year" && w.raw(k).ends_with("'s") && b == "end" {
        return Some((
            k + 2,
            Expr::Shift {
                unit: Unit::Year,
                n: 0,
            },
            true,
        ));
    }
    if let Some(c) = part_of_month_or_week(w, k) {
        return Some(c);
    }
    if let Some(c) = latest_year(w, k) {
        return Some(c);
    }
    if let Some(c) = units_ahead(w, k) {
        return Some(c);
    }
    // "the year", "the fiscal year": a span of a year when it ends on a date ("the year ended
    // June 30"), else the year itself ("a high for the year", "the end of the year").
    if a == "the" && (b == "year" || (b == "fiscal" && w.w(k + 2) == "year")) {
        let end = if b == "year" { k + 2 } else { k + 3 };
        let of_end = k >= 2
            && w.w(k - 1) == "of"
            && matches!(
                w.w(k - 2),
                "end" | "beginning" | "middle" | "start" | "rest"
            );
        if of_end {
            return Some((
                end,
                Expr::Shift {
                    unit: Unit::Year,
                    n: 0,
                },
                true,
            ));
        }
        if !w.raw(end - 1).ends_with("'s")
            && w.w(end) != "ago"
            && !w.is_number(end)
            && lex::cardinal(w.w(end)).is_none()
        {
            // "the year ended Sept. 30" is a span of a year; "for the year" alone is the
            // current year.
            if matches!(w.w(end), "ended" | "ending" | "ends" | "to") {
                return Some((end, Expr::Duration("P1Y".into()), false));
            }
            return Some((
                end,
                Expr::Shift {
                    unit: Unit::Year,
                    n: 0,
                },
                false,
            ));
        }
    }
    let (anchored, n, at) = match a {
        "this" | "current" => (true, 0, k + 1),
        "last" | "past" => (true, -1, k + 1),
        // "The next year, the Taliban released videos": after "the", the year after the one
        // under discussion, like "the following year"; "next year" alone counts from now, and
        // so does "in/over/within the next year", the time still to come.
        "next"
            if k > 0
                && w.w(k - 1) == "the"
                && !(k > 1 && matches!(w.w(k - 2), "in" | "over" | "within" | "during")) =>
        {
            (false, 1, k + 1)
        }
        "next" | "coming" => (true, 1, k + 1),
        // "that same day"
        "that" if b == "same" => (false, 0, k + 2),
        "that" | "same" => (false, 0, k + 1),
        "following" => (false, 1, k + 1),
        "previous" | "preceding" | "prior" => (false, -1, k + 1),
        "full" | "calendar" if b == "year" => (true, 0, k + 1),
        "weekend" => (true, 0, k),
        _ => return None,
    };
    let mut u = at;
    if w.w(u) == "fiscal" {
        u += 1;
    }
    let (unit, plural) = lex::unit(w.w(u))?;
    if plural {
        return None;
    }
    if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
        return None;
    }
    // "this quarter's loss" is the quarter reported (`quarter_expr`)
    if unit == Unit::Quarter
        && matches!(a, "this" | "current")
        && (w.raw(u).ends_with("'s") || w.raw(u).ends_with("\u{2019}s"))
        && results_noun(w.w(u + 1))
    {
        return None;
    }
    // "the last weekend of the festival", "the last day of school": the end of something
    // else, not the one before now.
    let of_thing = u >= 2
        && w.w(u - 1) == "last"
        && w.w(u - 2) == "the"
        && w.w(u + 1) == "of"
        && lex::month(w.w(u + 2)).is_none()
        && year_number(w, u + 2).is_none();
    if of_thing {
        return None;
    }
    // "that day" needs a date before it to mean anything; "this week" etc. are fine.
    let expr = if unit == Unit::Weekend {
        Expr::Shift {
            unit,
            n: if at == k { 0 } else { n },
        }
    } else if anchored {
        Expr::Shift { unit, n }
    } else {
        Expr::RefShift { unit, n }
    };
    // "the fiscal year" and "the year" alone read as a span of a year: handled by the duration
    // rule; here "past"/"last" with "the" before stay dates ("the past year" = the last year).
    Some((u + 1, expr, true))
}

// ---------------------------------------------------------------- counts of units

/// "They are going to win one day", "she hopes to lead it one day": "one day" (at `k`) closing
/// a clause whose verb is still to come is some day in the future. A span before it ("will
/// last one day", "will be done in one day") keeps it a span.
fn one_day_to_come(w: &Words, k: usize) -> bool {
    const REACH: usize = 8;
    if k == 0
        || matches!(
            w.w(k - 1),
            "for"
                | "in"
                | "within"
                | "last"
                | "lasts"
                | "take"
                | "takes"
                | "spend"
                | "stay"
                | "only"
                | "just"
                | "than"
                | "about"
                | "over"
                | "of"
                | "another"
        )
    {
        return false;
    }
    for j in (k.saturating_sub(REACH)..k).rev() {
        let v = w.w(j);
        if matches!(v, "," | ";" | ":" | "." | "--") || quote_mark(w.raw(j)) {
            return false;
        }
        let to = w.w(j + 1) == "to";
        if matches!(v, "will" | "shall" | "would" | "wo")
            || v.ends_with("'ll")
            || v.ends_with("\u{2019}ll")
            || to
                && matches!(
                    v,
                    "going"
                        | "hope"
                        | "hopes"
                        | "hoping"
                        | "want"
                        | "wants"
                        | "dream"
                        | "dreams"
                        | "plan"
                        | "plans"
                        | "aims"
                        | "aim"
                )
        {
            return true;
        }
    }
    false
}

/// Durations and offsets: "two weeks", "the past two months", "the first nine months",
/// "16-hour", "two-year", "a year ago", "two days later", "for years", "recent years".
fn count_expr(w: &Words, k: usize) -> Option<Core> {
    let a = w.w(k);
    // "Islam will one day be...", "he hoped he one day would...": some day to come, no span
    // of a day.
    if a == "one" && w.w(k + 1) == "day" && k > 0 {
        let b = w.w(k - 1);
        // not "it": "made it one day" is its object
        let before = words::is_modal(b) || (words::is_subject_pronoun(b) && b != "it");
        let anchored = matches!(
            w.w(k + 2),
            "after" | "before" | "later" | "earlier" | "ago" | "a" | "per" | "each" | "longer"
        );
        if (before || one_day_to_come(w, k)) && !anchored {
            return Some((k + 2, Expr::Ref("FUTURE_REF"), false));
        }
    }
    // "a quarter century", "a quarter-century": 25 years, not a quarter of a year
    if matches!(a, "a" | "one") {
        match (w.w(k + 1), w.w(k + 2)) {
            ("quarter", "century") => return Some((k + 3, Expr::Duration("P25Y".into()), false)),
            ("quarter-century", _) => return Some((k + 2, Expr::Duration("P25Y".into()), false)),
            _ => {}
        }
    }
    // "half a century", "a half-century", "half an hour": half the unit, not a whole one
    // ("a century", P100Y, it was), in the next smaller unit that holds it whole.
    let half = match (a, w.w(k + 1), w.w(k + 2)) {
        ("half", "a" | "an", u) => lex::unit(u).map(|(u, _)| (k + 3, u)),
        ("a", "half", u) => lex::unit(u).map(|(u, _)| (k + 3, u)),
        ("a", h, _) => h
            .strip_prefix("half-")
            .and_then(lex::unit)
            .map(|(u, _)| (k + 2, u)),
        _ => None,
    };
    let half = half.and_then(|(end, u)| {
        let (unit, n) = match u {
            Unit::Century => (Unit::Year, 50),
            Unit::Decade => (Unit::Year, 5),
            Unit::Year => (Unit::Month, 6),
            Unit::Day => (Unit::Hour, 12),
            Unit::Hour => (Unit::Minute, 30),
            Unit::Minute => (Unit::Second, 30),
            _ => return None,
        };
        Some((end, unit, n))
    });
    if let Some((end, unit, n)) = half {
        if w.w(end) == "ago" {
            let ago = Expr::Ago {
                unit,
                n: Some(n),
                sign: -1,
            };
            return Some((end + 1, ago, false));
        }
        return Some((end, Expr::Duration(duration(unit, Some(n))), false));
    }
    // The direction word before the count changes nothing in the value of a duration but is
    // part of its extent: "the past two months", "the next 14 months", "the first nine months".
    // After a modal or "to", "last" is the verb: "will last one day", "expected to last weeks".
    let verb = k > 0
        && (words::is_modal(w.w(k - 1))
            || matches!(
                w.w(k - 1),
                "to" | "did" | "does" | "do" | "not" | "wo" | "n't"
            ));
    let at = match a {
        "last" if verb => k,
        "past" | "last" | "previous" | "recent" | "preceding" | "next" | "coming" | "following"
        | "upcoming" | "first" | "final" | "latest" | "remaining" | "initial" | "early" => k + 1,
        _ => k,
    };
    // "recent years", "coming weeks", "the past few weeks", "the next several days"
    if at > k {
        if let Some((unit, true)) = lex::unit(w.w(at)) {
            let plural_end = at + 1;
            if a == "recent" && unit == Unit::Year {
                return Some((plural_end, Expr::Ref("PAST_REF"), true));
            }
            return Some((plural_end, Expr::Duration(duration(unit, None)), true));
        }
    }
    // hyphenated adjectives: "two-year", "16-hour", "day-long", "decades-long", "52-week"
    if let Some(c) = hyphen_duration(w, at) {
        return Some(c);
    }
    // bare vague plurals after a preposition: "for years", "in weeks"
    if at == k {
        if let Some((unit, true)) = lex::unit(a) {
            let prev = if k > 0 { w.w(k - 1) } else { "" };
            if matches!(
                unit,
                Unit::Second | Unit::Minute | Unit::Hour | Unit::Quarter | Unit::Weekend
            ) {
                return None;
            }
            if w.w(k + 1) == "ago" {
                return Some((k + 2, Expr::Ref("PAST_REF"), false));
            }
            // "in years past" is the past, not a span: said as "years ago"
            if w.w(k + 1) == "past" && prev == "in" {
                return Some((k + 2, Expr::Ref("PAST_REF"), false));
            }
            if matches!(
                prev,
                "for"
                    | "in"
                    | "within"
                    | "over"
                    | "after"
                    | "took"
                    | "take"
                    | "takes"
                    | "taking"
                    | "lasted"
                    | "last"
                    // a verb of time passing takes its span bare: "waited weeks", "spent years"
                    | "waited"
                    | "wait"
                    | "waiting"
                    | "spent"
                    | "spend"
                    | "spending"
            ) && w.w(k + 1) != "of"
            {
                return Some((k + 1, Expr::Duration(duration(unit, None)), false));
            }
            return None;
        }
    }
    let (mut e, n) = count(w, at)?;
    // "the first nine months": a bare "a" only counts when the unit follows directly
    let mut half = false;
    if w.raw(e) == "1/2" {
        half = true;
        e += 1;
    }
    if matches!(
        w.w(e),
        "more"
            | "additional"
            | "full"
            | "straight"
            | "consecutive"
            | "trading"
            | "business"
            | "working"
            | "calendar"
            | "fiscal"
    ) {
        e += 1;
    }
    let (unit, plural) = lex::unit(w.w(e))?;
    // "a second betrayal", "A second group": the ordinal before a noun is no time
    let after = w.w(e + 1);
    if unit == Unit::Second
        && !plural
        && matches!(w.w(at), "a" | "an")
        && after.starts_with(|c: char| c.is_ascii_alphabetic())
        && !matches!(
            after,
            "later" | "earlier" | "ago" | "or" | "and" | "before" | "after" | "to" | "of"
        )
    {
        return None;
    }
    // "If you've done 80 Day Obsession": a figure with a singular, capitalised unit and a
    // capitalised word after it, in running lower-case text, is a programme's or a work's name
    let prev = if at > 0 { w.raw(at - 1) } else { "" };
    if !plural
        && n.is_some_and(|n| n > 1)
        && w.capitalized(e)
        && w.raw(e + 1)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
        && w.raw(e + 1).chars().all(|c| c.is_alphabetic())
        && prev.chars().next().is_some_and(|c| c.is_lowercase())
        && prev.chars().all(|c| c.is_alphabetic() || c == '\'')
    {
        return None;
    }
    // "one minute" is fine, "two minute" too ("a two minute warning"), but "a years" is not
    if plural && n == Some(1) && matches!(w.w(at), "a" | "an") {
        return None;
    }
    let mut end = e + 1;
    // ages are not durations: "40 years old", "aged 40 years"
    if matches!(w.w(end), "old" | "of") && w.w(end) == "old" {
        return None;
    }
    let before = |i: usize| if at >= i { w.w(at - i) } else { "" };
    if before(1) == "aged" || (before(1) == "of" && matches!(before(2), "age" | "ages")) {
        return None; // "a viewing age of 48 months", "children aged 18 months"
    }
    if matches!(w.w(end), "and") && w.w(end + 1) == "a" && w.w(end + 2) == "half" {
        end += 3;
        half = true;
    }
    // "two years ago", "a year earlier", "two days later", "a week or so ago"
    let mut dir_end = end;
    if w.w(dir_end) == "or" && w.w(dir_end + 1) == "so" {
        dir_end += 2;
    }
    // "three days later", "a minute and a half later": TimeML marks the span ("three days")
    // and leaves "later" to the event; a year or a month later stays a date like "a year
    // earlier".
    let small = matches!(
        unit,
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day | Unit::Week
    );
    if w.w(dir_end) == "later" && at == k && small {
        let dur = if half {
            duration_half(unit, n)
        } else {
            duration(unit, n)
        };
        return Some((end, Expr::Later { unit, n, dur }, false));
    }
    match w.w(dir_end) {
        "ago" if at == k => return Some((dir_end + 1, Expr::Ago { unit, n, sign: -1 }, false)),
        "earlier" | "before"
            if at == k && (w.w(dir_end) != "before" || is_clause_end(w, dir_end + 1)) =>
        {
            return Some((dir_end + 1, Expr::Offset { unit, n, sign: -1 }, false))
        }
        "later" | "after"
            if at == k && (w.w(dir_end) != "after" || is_clause_end(w, dir_end + 1)) =>
        {
            return Some((dir_end + 1, Expr::Offset { unit, n, sign: 1 }, false))
        }
        "from" if w.w(dir_end + 1) == "now" && at == k => {
            return Some((dir_end + 2, Expr::Ago { unit, n, sign: 1 }, false))
        }
        _ => {}
    }
    if w.w(end) == "or" && w.w(end + 1) == "so" {
        end += 2;
    }
    // "a three-year period"
    let value = if half {
        duration_half(unit, n)
    } else {
        duration(unit, n)
    };
    // the singular with "a"/"one" right after a figure or price is a rate: "$5 million a year"
    if n == Some(1) && at == k && matches!(a, "a" | "per") && k > 0 {
        let prev = w.w(k - 1);
        if rate_of_count(w, k) == Some(false)
            || w.is_number(k - 1)
            || matches!(
                prev,
                "million"
                    | "billion"
                    | "trillion"
                    | "thousand"
                    | "percent"
                    | "%"
                    | "times"
                    | "twice"
                    | "once"
                    | "dollars"
            )
        {
            return Some((end, Expr::Set(duration(unit, Some(1))), false));
        }
    }
    Some((end, Expr::Duration(value), true))
}

/// True when nothing that could be the object of "before"/"after" follows.
fn is_clause_end(w: &Words, k: usize) -> bool {
    let next = w.w(k);
    next.is_empty()
        || matches!(
            next,
            "," | "."
                | ";"
                | ":"
                | "and"
                | "but"
                | "\u{2014}"
                | "-"
                | ")"
                | "\""
                | "\u{201d}"
                | "''"
        )
}

fn hyphen_duration(w: &Words, k: usize) -> Option<Core> {
    let word = w.w(k);
    // "16 - hour" as three tokens (the tokenizer splits a figure from a following word)
    if w.is_number(k) && w.raw(k + 1) == "-" {
        let n: i64 = w.raw(k).parse().ok()?;
        // "the 53-day-long festival" is 53 days, not the 'day-long' of its tail
        let word = w.w(k + 2);
        let word = word.strip_suffix("-long").unwrap_or(word);
        let (unit, false) = lex::unit(word)? else {
            return None;
        };
        if w.raw(k + 3) == "-" {
            return None; // "8-year-old"
        }
        return Some((k + 3, Expr::Duration(duration(unit, Some(n))), false));
    }
    let (a, b) = word.split_once('-')?;
    // "a three-year-long war" is three years, as "a three-year war" is
    let b = match b.strip_suffix("-long") {
        Some(unit) if word_number(a).is_some() => unit,
        _ => b,
    };
    if b.contains('-') {
        return None; // "two-year-old"
    }
    let value = if let Some((unit, plural)) = lex::unit(a) {
        if b != "long" {
            return None;
        }
        duration(unit, if plural { None } else { Some(1) })
    } else {
        let n = word_number(a).or_else(|| (a == "several").then_some(-1))?;
        let (unit, false) = lex::unit(b)? else {
            return None;
        };
        duration(unit, (n > 0).then_some(n))
    };
    // A hyphenated adjective leaves its article and noun out: "the 14-day (strike)".
    Some((k + 1, Expr::Duration(value), false))
}

/// A TIMEX3 duration: P3D, PT2H, PXY; decades and centuries in years.
pub fn duration(unit: Unit, n: Option<i64>) -> String {
    let (n, unit) = match (unit, n) {
        (Unit::Decade, Some(n)) => (Some(n * 10), Unit::Year),
        (Unit::Decade, None) => (None, Unit::Decade),
        (Unit::Century, Some(n)) => (Some(n * 100), Unit::Year),
        (Unit::Millennium, Some(n)) => (Some(n * 1000), Unit::Year),
        (Unit::Weekend, _) => (Some(2 * n.unwrap_or(1)), Unit::Day),
        (u, n) => (n, u),
    };
    let (letter, time) = unit.letter();
    let letter = match unit {
        Unit::Decade => "E",
        Unit::Century => "C",
        Unit::Millennium => "L",
        _ => letter,
    };
    let count = n.map_or("X".to_string(), |n| n.to_string());
    if time {
        format!("PT{count}{letter}")
    } else {
        format!("P{count}{letter}")
    }
}

/// "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M.
fn duration_half(unit: Unit, n: Option<i64>) -> String {
    let n = n.unwrap_or(0);
    match unit {
        Unit::Year => format!("P{n}Y6M"),
        Unit::Day => format!("P{n}DT12H"),
        Unit::Hour => format!("PT{n}H30M"),
        Unit::Minute => format!("PT{n}M30S"),
        Unit::Month => format!("P{n}M2W"),
        _ => duration(unit, Some(n)),
    }
}

// ---------------------------------------------------------------- references and sets

fn reference_word(w: &Words, k: usize) -> Option<Core> {
    let a = w.w(k);
    let b = w.w(k + 1);
    match (a, b) {
        ("right", "now") => return Some((k + 2, Expr::Ref("PRESENT_REF"), false)),
        ("these", "days") => return Some((k + 2, Expr::Ref("PRESENT_REF"), false)),
        // "the then current price": the present of a past time
        ("then", "current") => return Some((k + 2, Expr::Ref("PAST_REF"), false)),
        ("the", "past") | ("the", "future")
            if !matches!(w.w(k + 2), "few" | "several")
                && lex::unit(w.w(k + 2)).is_none()
                && word_number(w.w(k + 2)).is_none()
                && !w.is_number(k + 2)
                && lex::season(w.w(k + 2)).is_none() =>
        {
            let r = if b == "past" {
                "PAST_REF"
            } else {
                "FUTURE_REF"
            };
            return Some((k + 2, Expr::Ref(r), true));
        }
        ("near" | "distant", "future") => return Some((k + 2, Expr::Ref("FUTURE_REF"), true)),
        ("near" | "short" | "long", "term") if k > 0 && w.w(k - 1) == "the" => {
            return Some((k + 2, Expr::Ref("FUTURE_REF"), true))
        }
        ("as", "soon") if w.w(k + 2) == "as" && w.w(k + 3) == "possible" => {
            return Some((k + 4, Expr::Ref("FUTURE_REF"), false))
        }
        // "in future"; the bare adjective ("future growth") is rarely a time expression.
        ("future", _) if k > 0 && w.w(k - 1) == "in" => {
            return Some((k + 1, Expr::Ref("FUTURE_REF"), true));
        }
        _ => {}
    }
    if a == "soon" {
        return soon(w, k);
    }
    // "Now, ..." opening a sentence is a discourse marker, not the present moment.
    if a == "now" && b == "," && opens_sentence(w, k) {
        return None;
    }
    // "Sony Now", "Radio Now Live": a capitalised "Now" right after a name word is part of
    // the name (a service, a brand), not the present moment. After a capitalised function
    // word ("And Now", "Right Now", "Until Now") it stays a time, as in a headline.
    if a == "now" && w.capitalized(k) && k > 0 && name_word(w.raw(k - 1)) {
        return None;
    }
    // "current" only as an adjective of time ("current levels"), not "current account"/"the
    // current": kept when it stands alone before a noun.
    let r = lex::reference(a)?;
    if a == "current" && (b.is_empty() || lex::unit(b).is_some()) {
        return None;
    }
    Some((k + 1, Expr::Ref(r), false))
}

/// A capitalised word that can stand in a name: not a function word or adverb that a
/// title-case headline capitalises before "Now".
fn name_word(raw: &str) -> bool {
    raw.chars().next().is_some_and(|c| c.is_uppercase())
        && raw.chars().all(|c| c.is_alphanumeric() || c == '+')
        && !matches!(
            raw.to_lowercase().as_str(),
            "and"
                | "but"
                | "or"
                | "so"
                | "right"
                | "until"
                | "till"
                | "up"
                | "by"
                | "for"
                | "from"
                | "even"
                | "just"
                | "only"
                | "then"
                | "is"
                | "are"
                | "was"
                | "it"
                | "we"
                | "you"
                | "they"
                | "i"
                | "buy"
                | "shop"
                | "available"
                | "live"
                | "open"
                | "out"
                | "here"
        )
}

/// Whether `k` starts the sentence, after any opening quotation marks.
fn opens_sentence(w: &Words, k: usize) -> bool {
    (0..k).all(|j| {
        matches!(
            w.w(j),
            "\"" | "'" | "``" | "`" | "\u{2018}" | "\u{201c}" | "(" | "-" | "_"
        )
    })
}

/// "soon" as FUTURE_REF, when it points ahead from the time of speaking: "it will soon begin",
/// "may soon seek". Not "as soon as Tuesday" (the date is the expression), "soon after the
/// vote" (anchored on an event) or a narrated past ("he was soon released").
fn soon(w: &Words, k: usize) -> Option<Core> {
    let prev = if k > 0 { w.w(k - 1) } else { "" };
    let next = w.w(k + 1);
    if prev == "as"
        || matches!(
            next,
            "as" | "after" | "afterward" | "afterwards" | "thereafter" | "before"
        )
    {
        return None;
    }
    if super::tense::around(&w.raw, k, k + 1) == super::tense::Tense::Past {
        return None;
    }
    Some((k + 1, Expr::Ref("FUTURE_REF"), false))
}

/// "every Monday", "each year", "daily", "annually", "every two weeks".
fn set_expr(w: &Words, k: usize) -> Option<Core> {
    let a = w.w(k);
    // "quarterly" and "annually" mostly qualify reports and rates ("quarterly dividend",
    // "annually adjusted") rather than say how often something happens.
    let simple = match a {
        "daily" => Some("P1D"),
        "weekly" => Some("P1W"),
        "monthly" => Some("P1M"),
        "yearly" => Some("P1Y"),
        "hourly" => Some("PT1H"),
        _ => None,
    };
    if let Some(v) = simple {
        // "Monthly Notices of ...", "the Daily Mail", "The Weekly Standard": capitalised and
        // followed by a capitalised word it names a paper, not how often
        let next = w.raw(k + 1);
        if w.capitalized(k)
            && next.chars().next().is_some_and(|c| c.is_uppercase())
            && next.chars().all(|c| c.is_alphabetic())
        {
            return None;
        }
        return Some((k + 1, Expr::Set(v.to_string()), false));
    }
    if !matches!(a, "every" | "each") {
        return None;
    }
    let b = w.w(k + 1);
    if let Some(wd) = lex::weekday(b) {
        return Some((k + 2, Expr::Set(format!("XXXX-WXX-{wd}")), false));
    }
    if let Some(m) = lex::month(b) {
        if w.capitalized(k + 1) {
            return Some((k + 2, Expr::Set(format!("XXXX-{m:02}")), false));
        }
    }
    if let Some(s) = lex::season(b) {
        return Some((k + 2, Expr::Set(format!("XXXX-{s}")), false));
    }
    if let Some((unit, false)) = lex::unit(b) {
        return Some((k + 2, Expr::Set(duration(unit, Some(1))), false));
    }
    let (e, n) = count(w, k + 1)?;
    let (unit, _) = lex::unit(w.w(e))?;
    Some((e + 1, Expr::Set(duration(unit, n)), false))
}

// ---------------------------------------------------------------- feasts

fn feast_word(w: &Words, k: usize) -> Option<(usize, Feast)> {
    let a = w.w(k);
    let b = w.w(k + 1);
    let c = w.w(k + 2);
    if !w.capitalized(k) {
        return None;
    }
    let day_word = |e: usize| if matches!(w.w(e), "day") { e + 1 } else { e };
    Some(match a {
        "christmas" if b == "eve" => (k + 2, Feast::Fixed(12, 24)),
        "christmas" => (day_word(k + 1), Feast::Fixed(12, 25)),
        "new" if w.raw(k + 1).to_lowercase().starts_with("year") && matches!(c, "eve") => {
            (k + 3, Feast::Fixed(12, 31))
        }
        "new" if w.raw(k + 1).to_lowercase().starts_with("year") && matches!(c, "day") => {
            (k + 3, Feast::Fixed(1, 1))
        }
        "easter" if b == "monday" => (k + 2, Feast::Easter(1)),
        "easter" => (if b == "sunday" { k + 2 } else { k + 1 }, Feast::Easter(0)),
        "good" if b == "friday" => (k + 2, Feast::Easter(-2)),
        "holy" if b == "thursday" || b == "saturday" => {
            (k + 2, Feast::Easter(if b == "thursday" { -3 } else { -1 }))
        }
        "maundy" if b == "thursday" => (k + 2, Feast::Easter(-3)),
        "palm" if b == "sunday" => (k + 2, Feast::Easter(-7)),
        "ash" if b == "wednesday" => (k + 2, Feast::Easter(-46)),
        "pentecost" | "whitsun" => (k + 1, Feast::Easter(49)),
        "ascension" if b == "day" => (k + 2, Feast::Easter(39)),
        "thanksgiving" => (
            day_word(k + 1),
            Feast::Nth {
                month: 11,
                wd: 4,
                n: 4,
            },
        ),
        "black" if b == "friday" => (k + 2, Feast::AfterThanksgiving(1)),
        "cyber" if b == "monday" => (k + 2, Feast::AfterThanksgiving(4)),
        "halloween" => (k + 1, Feast::Fixed(10, 31)),
        "independence" if b == "day" => (k + 2, Feast::Fixed(7, 4)),
        "valentine" if b == "day" => (k + 2, Feast::Fixed(2, 14)),
        "memorial" if b == "day" => (
            k + 2,
            Feast::Nth {
                month: 5,
                wd: 1,
                n: -1,
            },
        ),
        "labor" | "labour" if b == "day" => (
            k + 2,
            Feast::Nth {
                month: 9,
                wd: 1,
                n: 1,
            },
        ),
        "election" if b == "day" => (k + 2, Feast::Election),
        "veterans" | "veteran" if b == "day" => (k + 2, Feast::Fixed(11, 11)),
        "mother" if b == "day" => (
            k + 2,
            Feast::Nth {
                month: 5,
                wd: 7,
                n: 2,
            },
        ),
        "father" if b == "day" => (
            k + 2,
            Feast::Nth {
                month: 6,
                wd: 7,
                n: 3,
            },
        ),
        "boxing" if b == "day" => (k + 2, Feast::Fixed(12, 26)),
        "columbus" if b == "day" => (
            k + 2,
            Feast::Nth {
                month: 10,
                wd: 1,
                n: 2,
            },
        ),
        "presidents" | "president" if b == "day" => (
            k + 2,
            Feast::Nth {
                month: 2,
                wd: 1,
                n: 3,
            },
        ),
        _ => return None,
    })
}

/// "Christmas", "Easter 2021", "the day after Easter", "last Thanksgiving".
fn feast_expr(w: &Words, k: usize) -> Option<Core> {
    let mut at = k;
    let mut offset = 0;
    let mut shift = 0;
    if w.w(k) == "the" && w.w(k + 1) == "day" && matches!(w.w(k + 2), "before" | "after") {
        offset = if w.w(k + 2) == "before" { -1 } else { 1 };
        at = k + 3;
    }
    match w.w(at) {
        "last" => {
            shift = -1;
            at += 1;
        }
        "next" => {
            shift = 1;
            at += 1;
        }
        "this" => at += 1,
        _ => {}
    }
    let (mut end, feast) = feast_word(w, at)?;
    // "Easter week", "Thanksgiving week": the week holding the feast.
    if w.w(end) == "week" && offset == 0 {
        let year = match shift {
            0 => YearSpec::Infer,
            s if s < 0 => YearSpec::Last,
            _ => YearSpec::Next,
        };
        let day = Expr::Feast {
            feast,
            year,
            offset: 0,
        };
        return Some((end + 1, Expr::WeekOf(Box::new(day)), true));
    }
    // "his Christmas cards", "Halloween costumes": a thing of the feast, no day.
    if lex::feast_thing(w.w(end)) {
        return None;
    }
    let mut year = match shift {
        0 => YearSpec::Infer,
        s if s < 0 => YearSpec::Last,
        _ => YearSpec::Next,
    };
    if let Some(y) = year_number(w, end) {
        year = YearSpec::Given(y);
        end += 1;
    }
    Some((
        end,
        Expr::Feast {
            feast,
            year,
            offset,
        },
        offset != 0,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentences::tokenize;

    fn found(text: &str) -> Vec<(String, Expr)> {
        let toks = tokenize(text);
        let raw: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        let w = Words::new(raw.clone(), toks.iter().map(|t| t.kind).collect());
        scan(&w)
            .into_iter()
            .map(|f| (raw[f.start..f.end].join(" "), f.expr))
            .collect()
    }

    fn spans(text: &str) -> Vec<String> {
        found(text).into_iter().map(|(s, _)| s).collect()
    }

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
    fn one_day_to_come_is_no_span() {
        let f = found("Islam will one day be the second religion. He hopes he one day flies.");
        assert!(
            f.iter().all(|(_, e)| *e == Expr::Ref("FUTURE_REF")),
            "{f:?}"
        );
        assert_eq!(f.len(), 2);
        assert!(matches!(
            found("It lasted one day.")[0].1,
            Expr::Duration(_)
        ));
        // a future verb earlier in the clause
        for t in [
            "They are going to win the cup one day.",
            "She hopes to run the firm one day.",
        ] {
            assert_eq!(found(t)[0].1, Expr::Ref("FUTURE_REF"), "{t}");
        }
        // a span still, or a day of another clause
        for t in [
            "The strike will be over in one day.",
            "The shop will open one day a week.",
            "The strike will last one day.",
            "He will say so, and one day passed.",
        ] {
            assert!(matches!(found(t)[0].1, Expr::Duration(_)), "{t}");
        }
    }

    #[test]
    fn a_kind_of_year_is_no_span() {
        assert!(spans("It changed from a fiscal year to a calendar year.").is_empty());
    }

    #[test]
    fn a_model_year_is_no_time() {
        assert!(spans("Kopp's 1987 Chevrolet was found. He drove a 1990 Ford.").is_empty());
        assert_eq!(spans("In 1987 Ford cut jobs."), ["1987"]);
        assert!(spans("She unveiled the 2031 Kia Sorrento and a 2030 Audi wagon.").is_empty());
    }

    #[test]
    fn titles_in_quotes_are_no_times() {
        let text = "Baker said on ABC's \"This Week,\" that he met CBS's ''60 Minutes.'' \
                    She saw the film ``High Noon.'' He said: ``This week we will win.''";
        assert_eq!(spans(text), ["This week"]);
        assert_eq!(
            spans("\"Next Monday,\" he said. She answered: \"Friday.\""),
            ["Next Monday", "Friday"]
        );
    }

    #[test]
    fn extents_follow_timex3() {
        assert_eq!(
            spans("Harris said Wednesday she will go June 7-8."),
            vec!["Wednesday", "June 7-8"]
        );
        assert_eq!(
            spans("profit in the third quarter rose"),
            vec!["the third quarter"]
        );
        assert_eq!(
            spans("over the past two months"),
            vec!["the past two months"]
        );
        assert_eq!(spans("nearly two years ago"), vec!["nearly two years ago"]);
        assert_eq!(spans("about two years ago"), vec!["two years ago"]);
        assert_eq!(spans("early next year"), vec!["early next year"]);
        assert_eq!(spans("at 10:35 a.m. Friday"), vec!["10:35 a.m. Friday"]);
    }

    #[test]
    fn earlier_and_later_modify_the_day_under_discussion() {
        assert_eq!(
            spans("Earlier that day, the family sent a fax. Later that year it closed."),
            ["Earlier that day", "Later that year"]
        );
    }

    #[test]
    fn a_weekday_in_a_name_is_no_date() {
        assert!(spans("He writes a column in the Sunday Metropolitan section.").is_empty());
        assert!(spans("a Sunday Times reporter").is_empty());
        assert_eq!(
            spans("The vote is on the Sunday after Easter."),
            ["Sunday", "Easter"]
        );
        assert_eq!(spans("the Friday, Oct. 13 meeting"), ["Friday , Oct. 13"]);
    }

    #[test]
    fn an_abbreviated_month_alone_is_no_month() {
        assert!(spans("Set design by Kim Jun, lighting by Park Jul and Lee Min.").is_empty());
        assert_eq!(spans("They met in June and July."), ["June", "July"]);
        assert_eq!(spans("It opens Jun. 5."), ["Jun. 5"]);
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
    fn not_dates() {
        assert!(spans("We may go. May I ask? They march on.").is_empty());
        assert!(spans("Now, the court said, it has new powers.").is_empty());
        assert!(spans("\u{201c}Now, we wait,\u{201d} he said.").is_empty());
        assert!(spans("They will leave as soon as possible").len() == 1);
        assert!(spans("He was soon released. It happened soon after the vote.").is_empty());
        assert!(spans("It cost $1998 and 2000 people came; call No. 2001.").is_empty());
        assert!(spans("a 45-year-old man").is_empty());
    }

    #[test]
    fn a_year_with_a_title_case_subtitle_is_a_title() {
        assert!(spans("In films from 2001: A Space Odyssey to Alien, crews sleep.").is_empty());
        // a heading, or a year and a sentence after its colon, stay years
        assert_eq!(spans("2020: The Year in Review")[0], "2020");
        assert_eq!(
            spans("It began in 2001: the year of the attacks."),
            ["2001", "the year"]
        );
    }

    #[test]
    fn half_a_unit_is_half_of_it() {
        let got = |t: &str| -> Vec<Expr> { found(t).into_iter().map(|(_, e)| e).collect() };
        assert_eq!(
            got("It took half a century."),
            [Expr::Duration("P50Y".into())]
        );
        assert_eq!(
            got("It took a half-century."),
            [Expr::Duration("P50Y".into())]
        );
        assert_eq!(
            got("It took a half hour."),
            [Expr::Duration("PT30M".into())]
        );
        assert_eq!(got("It took half a year."), [Expr::Duration("P6M".into())]);
        assert_eq!(
            spans("It closed half a century ago."),
            ["half a century ago"]
        );
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
    fn a_count_of_units_long_is_a_duration() {
        let f = found("They waged a three-year-long war, not a two-year-old one.");
        let got: Vec<(&str, &Expr)> = f.iter().map(|(s, e)| (s.as_str(), e)).collect();
        assert_eq!(got, [("three-year-long", &Expr::Duration("P3Y".into()))]);
    }

    #[test]
    fn a_bare_plural_after_a_verb_of_time_passing_is_a_span() {
        let f = found("Families waited weeks for news; he spent years abroad.");
        let got: Vec<_> = f.iter().map(|(t, e)| (t.as_str(), e)).collect();
        assert_eq!(
            got,
            [
                ("weeks", &Expr::Duration("PXW".into())),
                ("years", &Expr::Duration("PXY".into()))
            ]
        );
        assert!(spans("She spent weeks of savings.").is_empty());
    }

    #[test]
    fn an_age_is_no_span() {
        assert!(spans("Children aged 18 months may attend.").is_empty());
        assert!(spans("A minimum age of 48 months applies.").is_empty());
        assert_eq!(spans("It took 18 months."), ["18 months"]);
    }

    #[test]
    fn a_title_case_count_of_a_singular_unit_is_a_name() {
        assert!(spans("If you have done 80 Day Obsession, start here.").is_empty());
        assert!(spans("Use the figure from 21 Day Fix instead.").is_empty());
        assert_eq!(spans("Offer: 30 Day Trial for members"), ["30 Day"]);
        assert_eq!(spans("It lasts a 90 day period."), ["90 day"]);
    }

    #[test]
    fn in_years_past_is_the_past() {
        let f = found("It was a strong group this year and in years past.");
        let got: Vec<_> = f.iter().map(|(t, e)| (t.as_str(), e)).collect();
        assert_eq!(got[1], ("years past", &Expr::Ref("PAST_REF")));
        assert_eq!(spans("It grew in years of drought."), Vec::<String>::new());
    }

    #[test]
    fn a_paper_named_for_its_frequency_is_no_set() {
        assert!(spans("It appears in Monthly Notices of the society.").is_empty());
        assert!(spans("She told the Daily Mail about it.").is_empty());
        assert_eq!(spans("Fees are charged monthly."), ["monthly"]);
        assert_eq!(spans("Daily, the ferry leaves at noon."), ["Daily", "noon"]);
    }

    #[test]
    fn a_figure_with_a_long_unit_is_that_many_units() {
        let f = found("The 53-day-long festival opens in spring.");
        let got: Vec<_> = f.iter().map(|(t, e)| (t.as_str(), e)).collect();
        assert_eq!(got[0], ("53 - day-long", &Expr::Duration("P53D".into())));
    }

    #[test]
    fn vote_counts_are_not_years() {
        assert!(spans("The measure passed 2021 to 1999.").is_empty());
        assert!(spans("In the end the vote was 1998-2002.").is_empty());
        assert!(spans("It survived a 2010-2008 tally.").is_empty());
        assert!(spans("Members backed it 2012 to 1990 votes.").is_empty());
        assert!(spans("It was approved by a margin of 2003 to 1998.").is_empty());
        // a span of years stays one, vote or not
        assert_eq!(spans("Prices grew from 2010 to 2014."), ["2010", "2014"]);
        assert_eq!(spans("The tally from 2010 to 2014 rose."), ["2010", "2014"]);
        assert_eq!(spans("He voted in 2016 to 2020 polls."), ["2016", "2020"]);
        // spaced, the hyphen still joins two years; a vote so written is still a count
        assert_eq!(spans("The 1998 - 2002 term was hard."), ["1998", "2002"]);
        assert!(spans("In the end the vote was 1998 - 2002.").is_empty());
        assert_eq!(spans("The code 2002 - 1998 failed."), ["1998"]);
        match &found("She served the 1998-2002 term.")[..] {
            [(
                s,
                Expr::Years {
                    from: 1998,
                    to: 2002,
                },
            )] if s == "1998-2002" => {}
            other => panic!("{other:?}"),
        }
        match &found("the war of 1914-18")[..] {
            [(
                _,
                Expr::Years {
                    from: 1914,
                    to: 1918,
                },
            )] => {}
            other => panic!("{other:?}"),
        }
        // a month written ISO-style is no span of years
        assert!(spans("Data for 2021-05 are out.").is_empty());
    }

    #[test]
    fn soon_and_now_point_at_the_present_and_future() {
        let refs = |t: &str| -> Vec<(String, Expr)> { found(t) };
        let f = refs("The company will soon begin selling boxes.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].1, Expr::Ref("FUTURE_REF"));
        let f = refs("Prosecutors may soon seek an indictment.");
        assert_eq!(f[0].1, Expr::Ref("FUTURE_REF"));
        let f = refs("The embassy is now operating from a hotel.");
        assert_eq!(f[0].1, Expr::Ref("PRESENT_REF"));
        let f = refs("shares at the then current market price");
        assert_eq!(f[0].0, "then current");
        assert_eq!(f[0].1, Expr::Ref("PAST_REF"));
        let f = refs("Now officials are investigating.");
        assert_eq!(f[0].1, Expr::Ref("PRESENT_REF"));
    }

    #[test]
    fn rates_are_not_times() {
        assert!(spans("a dividend rate of $1.76 a year").is_empty());
        assert!(spans("It saves $500 million a year.").is_empty());
        assert!(spans("jobs at a rate of 358,000 a month").is_empty());
        assert!(spans("nearly 700 seats a week").is_empty());
        assert_eq!(spans("They meet twice a week."), vec!["a week"]);
        assert_eq!(spans("It met three times a year."), vec!["a year"]);
        assert_eq!(spans("Sales rose 5% from a year ago."), vec!["a year ago"]);
        assert!(spans("more than a quarter of the entire high-yield market").is_empty());
        assert!(spans("three quarters of its shares").is_empty());
        assert!(spans("Stir in a quarter cup of salsa.").is_empty());
        assert!(spans("The Fed cut rates by a quarter point.").is_empty());
        // quarters and halves of a game
        assert!(
            spans("They led 14-7 at halftime before scoring 24 points in the third quarter.")
                .is_empty()
        );
        assert_eq!(
            spans("Profit rose in the third quarter."),
            ["the third quarter"]
        );
        // still times (as two expressions, for now)
        assert_eq!(spans("a quarter of a century").len(), 2);
        assert_eq!(
            spans("the first time in nearly a quarter century"),
            vec!["nearly a quarter century"]
        );
        assert_eq!(
            spans("after a quarter-century of rule"),
            vec!["a quarter-century"]
        );
        assert_eq!(spans("after several quarters of losses").len(), 1);
    }

    #[test]
    fn a_count_of_days_in_a_week_is_a_frequency_not_a_duration() {
        // filling the period says "always": nothing of time is left to mark
        assert!(spans("The pharmacy is open 7 days a week and 24 hours a day.").is_empty());
        assert!(spans("Ferries sail 365 days a year.").is_empty());
        // a share of the period is how often: the SET, its count in `freq`
        let f = found("Volunteers staff the desk three days a week.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].0, "a week");
        assert!(matches!(&f[0].1, Expr::Set(v) if v == "P1W"));
        // each day holding 8 hours is still a duration
        assert_eq!(spans("Nurses sleep 5 hours a day."), ["5 hours"]);
    }

    #[test]
    fn a_range_of_one_unit_is_one_expression_valued_by_its_first_figure() {
        let f =
            found("Rest 45\u{2013}75 minutes after lunch and feed the puppy every 3 - 4 hours.");
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].0, "45 \u{2013} 75 minutes");
        assert!(matches!(&f[0].1, Expr::Duration(v) if v == "PT45M"));
        assert_eq!(f[1].0, "every 3 - 4 hours");
        assert!(matches!(&f[1].1, Expr::Set(v) if v == "PT3H"));
        let f = found("The repair took 2-4 weeks.");
        assert_eq!(f[0].0, "2-4 weeks");
        assert!(matches!(&f[0].1, Expr::Duration(v) if v == "P2W"));
        // a falling pair is a score, and only its second figure counts the unit
        assert_eq!(spans("They won 5-2 after 90 minutes."), ["90 minutes"]);
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

    #[test]
    fn now_in_a_name_is_no_present() {
        assert!(spans("The Acme Now app launched songs.").is_empty());
        assert_eq!(spans("Now we wait."), ["Now"]);
        assert_eq!(spans("Tickets Are Now On Sale."), ["Now"]);
    }

    #[test]
    fn lists_and_ranges() {
        let f = found("talks on May 5 and 7");
        assert_eq!(f.len(), 2);
        assert_eq!(f[1].0, "7");
        match &found("June 7-8")[0].1 {
            Expr::Cal {
                day: Some(7),
                day_end: Some(8),
                ..
            } => {}
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn durations_have_values() {
        let v = |t: &str| match &found(t)[0].1 {
            Expr::Duration(v) | Expr::Set(v) => v.clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(v("a 16-hour day"), "PT16H");
        assert_eq!(v("a two-year term"), "P2Y");
        assert_eq!(v("for several years"), "PXY");
        assert_eq!(v("the first nine months"), "P9M");
        assert_eq!(v("every Monday"), "XXXX-WXX-1");
        assert_eq!(v("net income for the year ended June 30"), "P1Y");
        assert!(matches!(
            found("a high for the year")[0].1,
            Expr::Shift {
                unit: Unit::Year,
                n: 0
            }
        ));
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
}
