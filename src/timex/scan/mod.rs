//! The grammar of time expressions: hand-written recursive descent over the tokens of one
//! sentence. At each token every rule is tried and the longest match wins; the scan then goes on
//! after it, so the whole sentence is read once with bounded look-ahead.
//!
//! The grammar only says what the words mean ("last month", "Friday", "two days later"); turning
//! that into a calendar value against the anchor is `resolve`'s job.
//!
//! This module holds the shared types and the driver: `scan` walks the sentence, `best_at` tries
//! the modifiers ("about", "early", "the end of") and `core` every rule, and the guards drop
//! what is no time after all. The rules live by family: `dates` (calendar and numeric dates,
//! years, decades), `days` (weekdays, "today", parts of a day), `clock`, `periods` (quarters,
//! halves, seasons), `relative` (shifted units: "last month"), `counts` (durations and offsets),
//! `refs` (vague references and sets), `feasts`; `numbers` reads the figures they all count with,
//! `guards` the not-a-time cases.

use super::lexicon::{self as lex, Unit};
use crate::sentences::TokenKind;

use clock::clock_time;
use counts::count_expr;
use dates::{day_month, month_expr, numeric_date, year_expr};
use days::{named_day, part_of_day_under_discussion, weekday_expr};
use feasts::feast_expr;
use guards::{
    count_of_rate, fraction, kind_of_year, quoted_title, rate, subtitled_year, vote_count,
};
use numbers::day_number;
use periods::{quarter_expr, season_expr, week_of};
use refs::{reference_word, set_expr};
use relative::relative_unit;

mod clock;
mod counts;
mod dates;
mod days;
mod feasts;
mod guards;
mod numbers;
mod periods;
mod refs;
mod relative;

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
    /// Whether the word at `k` ends in a possessive "'s", with either apostrophe, as
    /// written (`w()` drops it).
    fn possessive(&self, k: usize) -> bool {
        let s = self.raw(k);
        s.ends_with("'s") || s.ends_with("\u{2019}s")
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentences::tokenize;

    pub(super) fn found(text: &str) -> Vec<(String, Expr)> {
        let toks = tokenize(text);
        let raw: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        let w = Words::new(raw.clone(), toks.iter().map(|t| t.kind).collect());
        scan(&w)
            .into_iter()
            .map(|f| (raw[f.start..f.end].join(" "), f.expr))
            .collect()
    }

    pub(super) fn spans(text: &str) -> Vec<String> {
        found(text).into_iter().map(|(s, _)| s).collect()
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
}
