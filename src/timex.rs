//! Time expressions (TIMEX3): found in one pass and normalised against an anchor date.
//!
//! `scan` reads each sentence once with a hand-written grammar over a word-class lexicon;
//! `resolve` turns what the words mean into a TIMEX3 value against the anchor (the publication
//! date), the tense around the words (`tense`) and the last date the text mentioned. `days`
//! does the day-number arithmetic; the month and weekday words come from `crate::calendar`.

mod dateline;
mod days;
mod generic;
mod lexicon;
mod resolve;
mod scan;
mod tense;
mod zone;

pub use dateline::{dateline, dateline_anchor, Dateline};

pub use days::{civil_from_days, days_from_civil};

use crate::sentences::Doc;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum TimexType {
    #[serde(rename = "DATE")]
    Date,
    #[serde(rename = "TIME")]
    Time,
    #[serde(rename = "DURATION")]
    Duration,
    #[serde(rename = "SET")]
    Set,
}

/// The date relative expressions are resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Anchor {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    /// True when this is the publication date; false when it is today's date for lack of one.
    pub published: bool,
    /// True when, for lack of a publication date, this is the date of the story's dateline
    /// ("WASHINGTON, Aug. 11 (Xinhua) --"): when the story was filed.
    pub dateline: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timex {
    /// Bytes in the article text.
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    /// TIMEX3 value: "2021-05-07", "2021-04", "P3D", "PRESENT_REF", "XXXX-WXX-1"...
    pub value: String,
    /// For ranges ("June 7-8"): the value of the end, so the timeline can write "START/END".
    pub range_end: Option<String>,
    /// The value depends on the anchor ("last month", "Wednesday").
    pub relative: bool,
    pub sentence: usize,
    /// The end of a range whose start carries `range_end` ("2014" in "from 2010 to 2014"):
    /// a time expression of its own, but not a timeline entry of its own.
    pub closes_range: bool,
    /// An open range starting here ("since January").
    pub open_range: bool,
    /// Days since 1970-01-01 of the first day of the value, when it is a calendar point.
    pub first_day: Option<i64>,
    /// Known only to a month, a season, a year or vaguer.
    pub fuzzy: bool,
    /// Named outright but for the year, which was guessed around the anchor ("June 7-8"):
    /// right for a publication date, a guess when the anchor is today.
    pub year_inferred: bool,
    /// The UTC offset of a clock time whose zone was named ("3:30 p.m. EDT" → "-04:00",
    /// "15:30 GMT" → "Z"). Kept out of `value`, which TimeML writes as local time.
    pub zone: Option<&'static str>,
    /// For a duration that places an event ("three days later" → "three days", P3D): the
    /// date it points at, which the timeline shows.
    pub points_at: Option<String>,
    /// A quarter named with its closing date ("the fiscal first quarter ended Sept. 30"): the
    /// first day of the three months it really covered. The value names the quarter by its
    /// number, as TimeML does; the timeline places it by when it happened.
    pub period_start: Option<i64>,
}

/// Finds and normalises the time expressions of the document.
pub fn find(doc: &Doc, anchor: Option<Anchor>) -> Vec<Timex> {
    let anchor_day = anchor
        .filter(|a| days::valid(a.year, a.month, a.day))
        .map(|a| days::days_from_civil(a.year, a.month, a.day));
    let mut ctx = resolve::Context::new(anchor_day);
    let mut out = Vec::new();
    let models = car_models(doc);
    for (si, s) in doc.sentences.iter().enumerate() {
        let Some(tokens) = doc.tokens.get(s.first_token..s.end_token) else {
            continue;
        };
        ctx.sentence(si);
        let raw: Vec<&str> = tokens
            .iter()
            .map(|t| doc.text.get(t.start..t.end).unwrap_or(""))
            .collect();
        let words = scan::Words::new(raw, tokens.iter().map(|t| t.kind).collect());
        let low: Vec<&str> = words.low.iter().map(String::as_str).collect();
        let mut found = scan::scan(&words);
        shared_years(&mut found, &low);
        let clause_of = tense::clauses(&words.raw);
        let first = out.len();
        let mut points = Vec::with_capacity(found.len());
        let mut at_hand = Vec::with_capacity(found.len());
        let mut zones = Vec::with_capacity(found.len());
        // The quarter a following "ended July 31" closes, kept as the period under discussion
        // until that date has been read.
        let mut period: Option<(usize, resolve::Point)> = None;
        for fi in 0..found.len() {
            let f = found[fi].clone();
            ctx.clause(clause_of.get(f.start).copied().unwrap_or(0));
            let (Some(a), Some(b)) = (tokens.get(f.start), tokens.get(f.end.saturating_sub(1)))
            else {
                continue;
            };
            if anchor_day.is_some_and(|a| model_number(&words.raw, &low, &f, a)) {
                continue;
            }
            if model_year(&words.raw, &low, &f, &models) {
                continue;
            }
            let mut tense = tense::around(&words.raw, f.start, f.end);
            // "the year ended March 31": the period is over, whatever the verb of the clause.
            if f.start > 0 && low.get(f.start - 1) == Some(&"ended") {
                tense = tense::Tense::Past;
            }
            // "the quarter ended Sept. 30": the day that closes the quarter named
            let closing = match f.expr {
                scan::Expr::Quarter { .. } => quarter_ended(&found, fi, &low, &ctx, &words.raw),
                _ => None,
            };
            if matches!(f.expr, scan::Expr::Quarter { q: None, .. }) {
                period = closing
                    .map(|d| {
                        ctx.fiscal_quarter_ending(d)
                            .unwrap_or_else(|| resolve::quarter_ending(d))
                    })
                    .map(|p| (fi + 1, p));
                if let Some((_, p)) = period {
                    ctx.set_period(p);
                }
            }
            // A numbered quarter with its closing date is of that date's year: a fiscal first
            // quarter ended Sept. 30 is named for the year of Sept. 30, whatever calendar
            // quarter the publication date would make it.
            let expr = match (&f.expr, closing) {
                (
                    scan::Expr::Quarter {
                        q: Some(q),
                        year: scan::YearSpec::Infer,
                    },
                    Some(d),
                ) => scan::Expr::Quarter {
                    q: Some(*q),
                    year: scan::YearSpec::Given(days::civil_from_days(d).0),
                },
                (e, _) => e.clone(),
            };
            // "orchards usually flower in March": a month of every year, of none in particular.
            // A past read from a reporting clause after it ("..., growers said") does not stop
            // it; any other past does ("have risen since March", "last year hit 40C in July").
            // Looked at only for a bare month, and only so far: a reporting clause that far
            // past its month reports another clause, and a stopless "sentence" of thousands
            // of months must not be read to its end for each of them.
            let reported = || {
                (f.end..low.len().min(f.end + REPORT_REACH))
                    .take_while(|&k| !matches!(low[k], "." | ";" | ":" | "but" | "while"))
                    .any(|k| tense::reporting_after(&words.raw, k))
            };
            let expr = match expr {
                scan::Expr::Cal {
                    year: scan::YearSpec::Infer,
                    month: Some(m),
                    day: None,
                    day_end: None,
                } if ((tense == tense::Tense::Unknown
                    || (tense == tense::Tense::Past && reported()))
                    && generic::recurring_clause(&words.raw, &low, &clause_of, f.start))
                    || generic::month_of_its_kind(&words.raw, &low, f.end) =>
                {
                    scan::Expr::Cal {
                        year: scan::YearSpec::Bare,
                        month: Some(m),
                        day: None,
                        day_end: None,
                    }
                }
                e => e,
            };
            let bare = matches!(
                expr,
                scan::Expr::Cal {
                    year: scan::YearSpec::Bare,
                    ..
                }
            );
            let expr = match anchor_day {
                Some(a) if !bare => settle_year(expr, &low, f.start, tense, a, &ctx),
                _ => expr,
            };
            let expr = match anchor_day {
                Some(a)
                    if !bare
                        && tense != tense::Tense::Future
                        && (tense::clearly_past(&words.raw, f.start, f.end)
                            || tense::state_as_of(&words.raw, f.start)) =>
                {
                    settle_past(expr, a, tense, &ctx)
                }
                _ => expr,
            };
            let mut r = ctx.resolve(&expr, tense);
            // "Tour 2020 dates:", a year heading what follows, dates the list after it
            if let scan::Expr::Cal {
                year: scan::YearSpec::Given(y),
                month: None,
                day: None,
                ..
            } = f.expr
            {
                // the colon makes it a heading; a year closing a sentence ("born in
                // 1950.") dates nothing after it
                let heading = (f.end..(f.end + 3).min(low.len())).any(|j| low[j] == ":");
                if heading {
                    ctx.state_heading_year(y);
                }
            }
            if matches!(f.expr, scan::Expr::YearAgoPeriod) {
                apposition(&mut found, fi, (&low, &words.raw), &ctx, &mut r);
            }
            if matches!(f.expr, scan::Expr::Quarter { q: Some(_), .. }) {
                let fiscal = low
                    .get(f.start..f.end)
                    .is_some_and(|s| s.iter().any(|w| w.starts_with("fiscal")));
                ctx.note_numbered_quarter(r.point, fiscal, tense);
                // "the fourth quarter ended Aug. 26": the quarter named, not the calendar
                // quarter the date closes, is what "a year ago" compares with.
                if closing.is_some() {
                    period = r.point.map(|p| (fi + 1, p));
                }
            }
            if let Some((at, p)) = period {
                if at == fi {
                    // The closing date moved the reference to itself; the quarter it ends
                    // is what "a year earlier" compares with.
                    ctx.set_period(p);
                    period = None;
                }
            }
            let open = f.start > 0
                && matches!(low.get(f.start - 1).copied(), Some("since"))
                && r.point.is_some();
            let fuzzy = !matches!(r.point, Some(resolve::Point::Day(_)));
            // The possessive is not part of the expression: "Friday's meeting" → "Friday".
            let last = doc.text.get(b.start..b.end).unwrap_or("");
            let cut = possessive_len(last);
            let end = if b.end - cut > a.start {
                b.end - cut
            } else {
                b.end
            };
            out.push(Timex {
                start: a.start,
                end,
                kind: r.kind,
                value: r.value,
                range_end: r.range_end,
                relative: r.relative,
                sentence: si,
                closes_range: false,
                open_range: open,
                first_day: r.point.map(resolve::Point::first_day),
                fuzzy,
                year_inferred: year_inferred(&f.expr),
                zone: None,
                points_at: match (&f.expr, r.point) {
                    (scan::Expr::Later { .. }, Some(p)) => Some(p.value()),
                    _ => None,
                },
                period_start: closing
                    .filter(|_| matches!(r.point, Some(resolve::Point::Quarter(..))))
                    .map(quarter_start),
            });
            points.push((f.start, f.end, r.point, r.needs_day));
            at_hand.push(match f.expr {
                scan::Expr::UnitAtHand(u) => Some(u),
                _ => None,
            });
            zones.push(match &f.expr {
                scan::Expr::Time { zone, .. } => *zone,
                _ => None,
            });
        }
        unit_in_apposition(&mut out[first..], &points, &at_hand, &low);
        day_for_times(&mut out[first..], &points);
        // After `day_for_times`: "ET" is -04:00 or -05:00 by the day the time fell on.
        for (t, z) in out[first..].iter_mut().zip(&zones) {
            t.zone = z.and_then(|z| zone::offset(z, t.first_day));
        }
        link_ranges(&mut out[first..], &points, &low);
    }
    out
}

/// A bare month or month-day takes the year that the words right after it state, rather than
/// a year guessed from the anchor:
/// - "April of next year", "July 4th of last year", "in June in 1975": the year named;
/// - "from April to September 1999", "February 3 - May 9 2004", "between March and May in
///   1962": the start of a range shares the year of its end, or the year before when it
///   crosses the year end ("from November to February 2012").
///
/// Walked from the right, so a range end settled by the first rule passes its year on.
fn shared_years(found: &mut [scan::Found], low: &[&str]) {
    use scan::{Expr, YearSpec};
    for i in (0..found.len().saturating_sub(1)).rev() {
        let Expr::Cal {
            year: YearSpec::Infer,
            month: Some(m),
            day,
            day_end,
        } = found[i].expr
        else {
            continue;
        };
        let next = &found[i + 1];
        let between = low.get(found[i].end..next.start).unwrap_or(&[]);
        let year = match (&next.expr, between) {
            // "April of next year", "May 3 last year"
            (
                Expr::Shift {
                    unit: lexicon::Unit::Year,
                    n,
                },
                [] | ["of"],
            ) => Some(YearSpec::Shift(*n as i32)),
            // "June in 1975", "December of 1998"
            (
                Expr::Cal {
                    year: YearSpec::Given(y),
                    month: None,
                    day: None,
                    ..
                },
                ["of"] | ["in"],
            ) => Some(YearSpec::Given(*y)),
            (
                Expr::Cal {
                    year: y @ (YearSpec::Given(_) | YearSpec::Shift(_)),
                    month: Some(m2),
                    day: d2,
                    ..
                },
                conn,
            ) => {
                // read only for a range's "to" or "and"
                let before = || {
                    found[i]
                        .start
                        .checked_sub(1)
                        .and_then(|k| low.get(k))
                        .copied()
                };
                let range = match conn {
                    ["to"] | ["until"] | ["till"] => before() == Some("from"),
                    ["and"] => before() == Some("between"),
                    ["through"] | ["-"] | ["\u{2013}"] => true,
                    _ => false,
                };
                // across the year end the start lies in the year before
                let back = i32::from((m, day.unwrap_or(1)) > (*m2, d2.unwrap_or(31)));
                match *y {
                    YearSpec::Given(y) if range => Some(YearSpec::Given(y - back)),
                    YearSpec::Shift(n) if range => Some(YearSpec::Shift(n - back)),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(year) = year {
            found[i].expr = Expr::Cal {
                year,
                month: Some(m),
                day,
                day_end,
            };
        }
    }
}

/// "the quarter ended July 31": the closing day named by the date after "ended"/"ending",
/// which follows expression `fi` directly. Unless a fiscal quarter was named, the quarter is
/// the calendar quarter holding most of the three months it closes: a quarter ending July 31
/// runs May to July, the second calendar quarter, as TimeML writes it.
fn quarter_ended(
    found: &[scan::Found],
    fi: usize,
    low: &[&str],
    ctx: &resolve::Context,
    raw: &[&str],
) -> Option<i64> {
    let f = found.get(fi)?;
    let next = found.get(fi + 1)?;
    if !matches!(low.get(f.end), Some(&"ended" | &"ending")) || next.start != f.end + 1 {
        return None;
    }
    if !matches!(
        next.expr,
        scan::Expr::Cal {
            month: Some(_),
            day: Some(_),
            ..
        }
    ) {
        return None;
    }
    let tense = if low[f.end] == "ended" {
        tense::Tense::Past
    } else {
        tense::around(raw, next.start, next.end)
    };
    match ctx.peek(&next.expr, tense).point? {
        resolve::Point::Day(d) => Some(d),
        _ => None,
    }
}

/// How many days a month may lie behind the anchor and still be what a future tense is about:
/// tenses are read from a few words and err by weeks, as for month-days (`resolve`).
const TENSE_SLACK: i64 = 60;

/// Words past a bare month searched for a reporting clause (", growers said") that would
/// make the clause's past a report rather than a telling.
const REPORT_REACH: usize = 40;

/// The year of a month or month-day named without one, where the words around settle it
/// better than nearness to the anchor `a`:
/// - "will start in May" said in November is the coming May: a future verb close before a
///   month long gone;
/// - "Friday, Dec. 6": the year, within one of the anchor's, whose Dec. 6 is a Friday, if
///   the tense allows it.
fn settle_year(
    expr: scan::Expr,
    low: &[&str],
    start: usize,
    tense: tense::Tense,
    a: i64,
    ctx: &resolve::Context,
) -> scan::Expr {
    use scan::{Expr, YearSpec};
    let Expr::Cal {
        year: YearSpec::Infer,
        month: Some(m),
        day,
        day_end,
    } = expr
    else {
        return expr;
    };
    let given = |y: i32| Expr::Cal {
        year: YearSpec::Given(y),
        month: Some(m),
        day,
        day_end,
    };
    match (day, ctx.peek(&expr, tense).point) {
        (None, Some(resolve::Point::Month(y, _))) => {
            let last = days::days_from_civil(y, m, days::month_len(y, m));
            // "will retire in March", "is expected to finish by March" said in May: a month
            // over before the anchor's began is not what a close future verb with "in" or
            // "by" is about ("will report sales for March" may well be)
            let toward = start
                .checked_sub(1)
                .and_then(|j| low.get(j))
                .is_some_and(|p| matches!(*p, "in" | "by" | "until" | "till" | "before"));
            let slack = if toward { 0 } else { TENSE_SLACK };
            if tense == tense::Tense::Future && last < a - slack && coming(low, start) {
                return given(y + 1);
            }
        }
        (Some(d), Some(resolve::Point::Day(x))) => {
            let named = low
                .get(start..start + 2)
                .and_then(|s| s.iter().find_map(|w| lexicon::weekday(w)));
            let Some(wd) = named.filter(|&wd| wd != days::weekday(x)) else {
                return expr;
            };
            let ay = days::civil_from_days(a).0;
            // within what the tense allows, as for a month
            let fits = (ay - 1..=ay + 1).find(|&y| {
                let x = days::days_from_civil(y, m, d);
                days::valid(y, m, d)
                    && days::weekday(x) == wd
                    && match tense {
                        tense::Tense::Past => x <= a + TENSE_SLACK,
                        tense::Tense::Future => x >= a - TENSE_SLACK,
                        tense::Tense::Unknown => true,
                    }
            });
            if let Some(y) = fits {
                return given(y);
            }
        }
        _ => {}
    }
    expr
}

/// A bare month or month-day that a clear past verb governs ("Sales rose in August", "as of
/// March 20" in a state report) is the one before the anchor `a`, even where the one ahead
/// is nearer: a story does not report what is still to happen in the simple past. The month
/// of the anchor itself stays.
const PAST_SLACK: i64 = 7;

fn settle_past(
    expr: scan::Expr,
    a: i64,
    tense: tense::Tense,
    ctx: &resolve::Context,
) -> scan::Expr {
    use scan::{Expr, YearSpec};
    let Expr::Cal {
        year: YearSpec::Infer,
        month: Some(m),
        day,
        day_end,
    } = expr
    else {
        return expr;
    };
    let back = |y: i32| Expr::Cal {
        year: YearSpec::Given(y - 1),
        month: Some(m),
        day,
        day_end,
    };
    match ctx.peek(&expr, tense).point {
        Some(resolve::Point::Month(y, _)) if days::days_from_civil(y, m, 1) > a => back(y),
        // a few days ahead is rather a publication date a little off than a year back
        Some(resolve::Point::Day(x)) if x > a + PAST_SLACK => back(days::civil_from_days(x).0),
        _ => expr,
    }
}

/// A verb of the future close before `start`, in the same clause: "will start production in",
/// "plans to open a store in". A future further off ("will offer the lander that the company
/// unveiled in May") is another verb's.
fn coming(low: &[&str], start: usize) -> bool {
    const REACH: usize = 6;
    for k in (start.saturating_sub(REACH)..start).rev() {
        let w = low[k];
        if matches!(
            w,
            "," | ";" | ":" | "that" | "which" | "who" | "when" | "after"
        ) || w.ends_with("ed") && !matches!(w, "expected" | "scheduled")
        {
            return false;
        }
        let to = low.get(k + 1) == Some(&"to");
        // "a decision is expected in February", "due by March": a schedule for the month
        // itself, as close as a modal
        let scheduled_for = matches!(w, "expected" | "scheduled" | "due" | "slated")
            && low
                .get(k + 1)
                .is_some_and(|n| matches!(*n, "in" | "by" | "for" | "until" | "before"));
        // "the season that opens next Saturday and closes in April": a date still to come in
        // the same clause (but "the next day" tells a story)
        let next_date = w == "next"
            && k.checked_sub(1).and_then(|j| low.get(j)) != Some(&"the")
            && low
                .get(k + 1)
                .is_some_and(|n| lexicon::weekday(n).is_some() || lexicon::month(n).is_some());
        if next_date
            || scheduled_for
            || matches!(w, "will" | "shall" | "wo" | "won't")
            || w.ends_with("'ll")
            || w.ends_with("\u{2019}ll")
            || to
                && matches!(
                    w,
                    "going"
                        | "plans"
                        | "plan"
                        | "planning"
                        | "expected"
                        | "expects"
                        | "aims"
                        | "set"
                        | "scheduled"
                        | "due"
                )
        {
            return true;
        }
    }
    false
}

/// "the RTX 2060 card": a year-like number right after a model's letters (capitals, or
/// letters with digits) is a model number when, as a year, it would lie more than a decade
/// past the anchor `a`. A goal ("the EU 2050 target") is a year still.
fn model_number(raw: &[&str], low: &[&str], f: &scan::Found, a: i64) -> bool {
    use scan::{Expr, YearSpec};
    let Expr::Cal {
        year: YearSpec::Given(y),
        month: None,
        day: None,
        ..
    } = f.expr
    else {
        return false;
    };
    if f.end != f.start + 1 || f.start == 0 || y <= days::civil_from_days(a).0 + 10 {
        return false;
    }
    let p = raw[f.start - 1];
    let letters = p.chars().filter(|c| c.is_ascii_alphabetic()).count();
    let model = p.starts_with(|c: char| c.is_ascii_uppercase())
        && p.chars().all(|c| c.is_ascii_alphanumeric())
        && (letters >= 2 && !p.chars().any(|c| c.is_ascii_lowercase())
            || p.chars().any(|c| c.is_ascii_digit()));
    let goal = low.get(f.end..(f.end + 2).min(low.len())).is_some_and(|s| {
        s.iter().any(|w| {
            matches!(
                *w,
                "target"
                    | "targets"
                    | "goal"
                    | "goals"
                    | "agenda"
                    | "deadline"
                    | "plan"
                    | "strategy"
                    | "pledge"
                    | "vision"
                    | "commitment"
                    | "ambition"
                    | "objective"
                    | "objectives"
            )
        })
    });
    model && !goal
}

/// The names the document gives car models: the capitalised word after a make ("Nissan
/// Sentra") or the one shortly before a kind of car ("the Sentra compact sedan", "its RAV4
/// small SUV"). A year before one of them is a model year ("The 2020 Sentra"), as one before
/// a make is (`scan`), wherever in the story it stands. One pass over the tokens.
fn car_models<'a>(doc: &Doc<'a>) -> std::collections::HashSet<&'a str> {
    let text = |i: usize| {
        doc.tokens
            .get(i)
            .and_then(|t| doc.text.get(t.start..t.end))
            .unwrap_or("")
    };
    let name = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphanumeric() || c == '-')
            && !matches!(
                w,
                "Motor" | "Motors" | "Corp" | "Group" | "The" | "A" | "An"
            )
            && !lexicon::car_make(&w.to_lowercase())
    };
    let mut models = std::collections::HashSet::new();
    for i in 0..doc.tokens.len() {
        // Both lists are lower case: only a word with a capital needs a lowered copy, so the
        // pass over every token of the story allocates for few of them.
        let lowered;
        let w = if text(i).bytes().any(|b| b.is_ascii_uppercase()) {
            lowered = text(i).to_lowercase();
            lowered.as_str()
        } else {
            text(i)
        };
        if lexicon::car_make(w) && name(text(i + 1)) {
            models.insert(text(i + 1));
        }
        let kind = matches!(
            w,
            "sedan"
                | "sedans"
                | "suv"
                | "hatchback"
                | "coupe"
                | "crossover"
                | "minivan"
                | "pickup"
                | "wagon"
                | "roadster"
                | "convertible"
        );
        if kind {
            // back over up to three words ("compact", "small", "new") to the name
            let named = (i.saturating_sub(3)..i)
                .rev()
                .take_while(|&j| text(j).chars().any(char::is_alphanumeric))
                .find(|&j| name(text(j)));
            if let Some(j) = named {
                models.insert(text(j));
            }
        }
    }
    models
}

/// "The 2020 Sentra", "a 2021 RAV4": a year after a determiner or owner and before a model the
/// story names (`car_models`) is the model's year, no time of the story.
fn model_year(
    raw: &[&str],
    low: &[&str],
    f: &scan::Found,
    models: &std::collections::HashSet<&str>,
) -> bool {
    use scan::{Expr, YearSpec};
    if !matches!(
        f.expr,
        Expr::Cal {
            year: YearSpec::Given(_),
            month: None,
            day: None,
            ..
        }
    ) || f.end != f.start + 1
        || f.start == 0
    {
        return false;
    }
    let p = raw[f.start - 1];
    let owner = crate::entities::lexicon::is_determiner(low[f.start - 1])
        || p.ends_with("'s")
        || p.ends_with("\u{2019}s");
    owner && raw.get(f.end).is_some_and(|w| models.contains(w))
}

/// The first day of the three months a quarter closing on `day` covered: from the first of the
/// month two before when it closes a month ("ended Sept. 30": July 1), else 13 weeks back
/// ("ended Aug. 26", a 52-week fiscal year: May 28).
fn quarter_start(day: i64) -> i64 {
    let (y, m, d) = days::civil_from_days(day);
    if d == days::month_len(y, m) {
        let (y0, m0) = days::add_months(y, m, -2);
        days::days_from_civil(y0, m0, 1)
    } else {
        day - 90
    }
}

/// "the end of the month, on April 29": a date in apposition says which month (or week) it
/// is, rather than the one the anchor or the story is at.
fn unit_in_apposition(
    out: &mut [Timex],
    points: &[Found],
    at_hand: &[Option<lexicon::Unit>],
    low: &[&str],
) {
    for i in 0..out.len().saturating_sub(1) {
        let (Some(Some(unit)), Some(&(_, end, ..)), Some(&(next, _, point, _))) =
            (at_hand.get(i), points.get(i), points.get(i + 1))
        else {
            continue;
        };
        let between = low.get(end..next).unwrap_or(&[]);
        if !matches!(between, [] | [","] | ["on"] | [",", "on"]) {
            continue;
        }
        let Some(resolve::Point::Day(d)) = point else {
            continue;
        };
        let Some(p) = resolve::unit_point(d, *unit, 0) else {
            continue;
        };
        let relative = out[i + 1].relative;
        let t = &mut out[i];
        t.value = p.value();
        t.first_day = Some(p.first_day());
        t.relative = relative;
    }
}

/// "the comparable year-ago quarter, the second quarter ended Oct. 31": the numbered quarter
/// in apposition names the year-ago period (`r`, expression `fi`), and it and its closing date
/// are of that earlier year, not of the year inferred around publication.
fn apposition(
    found: &mut [scan::Found],
    fi: usize,
    (low, raw): (&[&str], &[&str]),
    ctx: &resolve::Context,
    r: &mut resolve::Resolved,
) {
    use scan::{Expr, YearSpec};
    let (Some(f), Some(next)) = (found.get(fi), found.get(fi + 1)) else {
        return;
    };
    let between = low.get(f.end..next.start).unwrap_or(&[]);
    if !matches!(between, [","] | [",", "the"]) {
        return;
    }
    let Expr::Quarter {
        q: Some(q),
        year: YearSpec::Infer,
    } = next.expr
    else {
        return;
    };
    let year_of = |p: resolve::Point| days::civil_from_days(p.first_day()).0;
    let (Some(y), Some(inferred)) = (
        r.point.map(year_of),
        ctx.peek(&next.expr, tense::Tense::Past).point.map(year_of),
    ) else {
        return;
    };
    let p = resolve::Point::Quarter(y, q);
    r.value = p.value();
    r.point = Some(p);
    found[fi + 1].expr = Expr::Quarter {
        q: Some(q),
        year: YearSpec::Given(y),
    };
    // the closing date moves by as many years as the quarter did
    let closes = quarter_ended(found, fi + 1, low, ctx, raw).is_some();
    if let (true, Some(d)) = (closes, found.get(fi + 2)) {
        if let Expr::Cal {
            year: YearSpec::Infer,
            month,
            day,
            day_end,
        } = d.expr
        {
            if let Some(dy) = ctx.peek(&d.expr, tense::Tense::Past).point.map(year_of) {
                found[fi + 2].expr = Expr::Cal {
                    year: YearSpec::Given(dy + y - inferred),
                    month,
                    day,
                    day_end,
                };
            }
        }
    }
}

fn possessive_len(word: &str) -> usize {
    if word.ends_with("'s") {
        2
    } else if word.ends_with("\u{2019}s") {
        "\u{2019}s".len()
    } else {
        0
    }
}

/// A clock time that named no day ("10:35 a.m.") happened on the day the sentence names.
/// A date named but for its year: "June 7", "the third quarter", "Easter", "in the spring".
fn year_inferred(e: &scan::Expr) -> bool {
    use scan::{Expr, YearSpec};
    match e {
        Expr::Cal { year, .. }
        | Expr::Season { year, .. }
        | Expr::Quarter { year, .. }
        | Expr::Half { year, .. }
        | Expr::Feast { year, .. } => matches!(year, YearSpec::Infer | YearSpec::Bare),
        Expr::Time { day: Some(d), .. } | Expr::Part { day: d, .. } | Expr::WeekOf(d) => {
            year_inferred(d)
        }
        _ => false,
    }
}

/// What `find` keeps of each expression of a sentence: its token span, its calendar point and,
/// for a clock time that named no day, the hour and minute.
type Found = (usize, usize, Option<resolve::Point>, Option<(u32, u32)>);

fn day_for_times(timexes: &mut [Timex], points: &[Found]) {
    let day = points.iter().find_map(|p| match p.2 {
        Some(resolve::Point::Day(d)) if p.3.is_none() => Some(d),
        _ => None,
    });
    let Some(day) = day else { return };
    for (t, p) in timexes.iter_mut().zip(points) {
        if let Some((h, m)) = p.3 {
            t.value = format!("{}T{h:02}:{m:02}", days::fmt_day(day));
            t.first_day = Some(day);
        }
    }
}

/// "from 2010 to 2014", "between Monday and Wednesday", "June 7 - June 8": two expressions
/// joined by a range word become one range, whose end the first expression carries.
/// A verb that moves a date ("postponed", "rescheduled", "pushed back", "moved"): its "from X
/// to Y" names the old day and the new one.
fn moves_a_date(w: &str) -> bool {
    matches!(
        w,
        "postponed"
            | "postpone"
            | "postpones"
            | "postponing"
            | "rescheduled"
            | "reschedule"
            | "delayed"
            | "moved"
            | "move"
            | "moves"
            | "pushed"
            | "shifted"
            | "bumped"
    )
}

fn link_ranges(timexes: &mut [Timex], points: &[Found], low: &[&str]) {
    for i in 1..timexes.len().min(points.len()) {
        let (a, b) = (&points[i - 1], &points[i]);
        let (Some(_), Some(_)) = (a.2, b.2) else {
            continue;
        };
        let between: Vec<&str> = low.get(a.1..b.0).map(|s| s.to_vec()).unwrap_or_default();
        let before =
            a.0.checked_sub(1)
                .and_then(|k| low.get(k))
                .copied()
                .unwrap_or("");
        // "in 2011 to 2013": years after "in" or "during" run from one to the other, as
        // after "from"; a month or a day there is more often a change ("rose in May to 5%").
        let years = matches!(
            (a.2, b.2),
            (Some(resolve::Point::Year(x)), Some(resolve::Point::Year(y))) if y > x
        );
        // "postponed from Tuesday to Friday", "moved the vote from May 3 to May 10": a date
        // changed, two days, not a span between them.
        let moved = before == "from"
            && a.0 >= 2
            && low[a.0.saturating_sub(6)..a.0 - 1]
                .iter()
                .any(|w| moves_a_date(w));
        let linked = match between.as_slice() {
            ["to"] if years && matches!(before, "in" | "during") => true,
            ["to"] if moved => false,
            ["to"] | ["until"] | ["till"] => before == "from",
            ["and"] => before == "between",
            ["through"] | ["-"] | ["\u{2013}"] | ["to", "the", "end", "of"] => true,
            _ => false,
        };
        if linked && timexes[i - 1].range_end.is_none() {
            let end = timexes[i].value.clone();
            timexes[i - 1].range_end = Some(end);
            timexes[i].closes_range = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::from_text;
    use crate::sentences::split;

    /// The time expressions of `text`, published on `date` (year, month, day) if given.
    fn timexes(text: &str, date: Option<(i32, u32, u32)>) -> Vec<Timex> {
        let a = from_text(text);
        let doc = split(text, &a.blocks);
        let anchor = date.map(|(year, month, day)| Anchor {
            year,
            month,
            day,
            published: true,
            dateline: false,
        });
        find(&doc, anchor)
    }

    fn run(text: &str, anchor: Option<(i32, u32, u32)>) -> Vec<(String, String, Option<String>)> {
        timexes(text, anchor)
            .into_iter()
            .map(|t| (text[t.start..t.end].to_string(), t.value, t.range_end))
            .collect()
    }

    fn values(text: &str) -> Vec<String> {
        run(text, Some((2021, 5, 7)))
            .into_iter()
            .map(|t| t.1)
            .collect()
    }

    #[test]
    fn a_month_of_what_recurs_every_year_has_no_year() {
        let v = |s: &str| {
            run(s, Some((2021, 5, 7)))
                .into_iter()
                .map(|t| t.1)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            v("In the valley, orchards usually flower in March."),
            ["XXXX-03"]
        );
        assert_eq!(
            v("The wet season brings storms from November to February."),
            ["XXXX-11", "XXXX-02"]
        );
        // one July: past, future, or no sign of a rule
        assert_eq!(v("Temperatures reached 41C in July."), ["2020-07"]);
        assert_eq!(v("Temperatures will peak in July."), ["2021-07"]);
        assert_eq!(v("Sales peak in July."), ["2021-07"]);
        // a habit reported by a past verb is still a habit
        assert_eq!(v("Prices usually dip in May, traders said."), ["XXXX-05"]);
        assert_eq!(
            v("Temperatures have risen sharply since March."),
            ["2021-03"]
        );
        assert!(!v("Global temperatures last year hit a record in July.")[1].starts_with("XXXX"));
        // a past verb anywhere in the clause tells of one January
        let w = v("In a cold snap in late January, for example, temperatures in the town plunged.");
        assert!(!w[0].starts_with("XXXX"), "{w:?}");
    }

    #[test]
    fn two_quarters_of_a_named_year_are_its_half() {
        assert_eq!(
            run(
                "Sales may stay weak through the first two quarters of 2022.",
                Some((2021, 5, 7))
            )
            .into_iter()
            .map(|t| (t.0, t.1))
            .collect::<Vec<_>>(),
            [(
                "the first two quarters of 2022".to_string(),
                "2022-H1".to_string()
            )]
        );
        assert_eq!(
            values("Costs fell in the last two quarters of 2020."),
            vec!["2020-H2"]
        );
        // without a year it is still a span of two quarters
        assert_eq!(
            values("It lost money in the first two quarters."),
            vec!["P2Q"]
        );
    }

    #[test]
    fn the_end_of_the_month_is_the_current_month() {
        let r = run(
            "The plant should reopen by the end of the month.",
            Some((2021, 5, 7)),
        );
        assert_eq!(r.len(), 1);
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str()),
            ("the end of the month", "2021-05")
        );
        assert_eq!(
            values("Talks resume at the start of the week."),
            vec!["2021-W18"]
        );
        // "the month" alone is no date
        assert!(values("The month was cold everywhere.").is_empty());
        // in a past clause after a told day, that day's month
        assert_eq!(
            values("The plant shut on March 3. By the end of the month all staff had left."),
            vec!["2021-03-03", "2021-03"]
        );
        assert_eq!(
            values("The plant shut on March 3. It hopes to reopen by the end of the month."),
            vec!["2021-03-03", "2021-05"]
        );
    }

    #[test]
    fn the_latest_fiscal_year_is_the_last_one() {
        let r = run(
            "The unit made 12% of sales in the latest fiscal year.",
            Some((2021, 5, 7)),
        );
        assert_eq!(r.len(), 1);
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str()),
            ("the latest fiscal year", "2020")
        );
        assert_eq!(
            values("Exports grew in the most recent year."),
            vec!["2020"]
        );
        // "the latest years" is a vague span, no one year
        assert!(!values("He wrote about the latest years abroad.").contains(&"2020".to_string()));
    }

    #[test]
    fn the_next_morning_follows_the_day_told() {
        let r = run(
            "Police stopped the van on Tuesday. The driver was charged the next morning.",
            Some((2021, 5, 7)),
        );
        let got: Vec<(&str, &str)> = r.iter().map(|t| (t.0.as_str(), t.1.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Tuesday", "2021-05-04"),
                ("the next morning", "2021-05-05TMO")
            ]
        );
        let r = run(
            "The vote was on May 3. Talks had failed the previous night.",
            Some((2021, 5, 7)),
        );
        assert_eq!(r[1].1, "2021-05-02TNI");
        // after a month only, the day is unknown, not the anchor's
        let r = run(
            "The summit was in March. He flew home the following morning.",
            Some((2021, 5, 7)),
        );
        assert_eq!(r[1].1, "XXXX-XX-XXTMO");
    }

    #[test]
    fn a_half_of_a_decade_is_one_expression() {
        let r = run(
            "Rents stayed flat through the last half of the '70s.",
            Some((2021, 5, 7)),
        );
        let got: Vec<(&str, &str)> = r.iter().map(|t| (t.0.as_str(), t.1.as_str())).collect();
        assert_eq!(got, [("the last half of the '70s", "197X")]);
        assert_eq!(
            values("Growth returned in the first half of the 2000s."),
            vec!["200X"]
        );
        // a half of a year stays a half
        assert_eq!(
            values("Sales rose in the first half of 2020."),
            vec!["2020-H1"]
        );
    }

    #[test]
    fn the_weeks_ahead_is_a_vague_span_to_come() {
        let r = run("Rates could climb in the weeks ahead.", Some((2021, 5, 7)));
        let got: Vec<(&str, &str)> = r.iter().map(|t| (t.0.as_str(), t.1.as_str())).collect();
        assert_eq!(got, [("the weeks ahead", "PXW")]);
        assert_eq!(
            values("Rates could climb in the months to come."),
            vec!["PXM"]
        );
        // "the day ahead" is one day, not a vague span
        assert!(!values("She planned the day ahead.").contains(&"PXD".to_string()));
    }

    #[test]
    fn a_bare_month_takes_the_year_stated_right_after_it() {
        let v = |s: &str| {
            run(s, Some((2021, 10, 12)))
                .into_iter()
                .map(|t| t.1)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            v("The board will vote on it by April of next year.")[0],
            "2022-04"
        );
        assert_eq!(
            v("The plant opened on July 4th of last year.")[0],
            "2020-07-04"
        );
        assert_eq!(v("The fair runs through May 2 this year.")[0], "2021-05-02");
        assert_eq!(v("She lived in Lisbon in June in 1975.")[0], "1975-06");
        // the start of a range shares the year of its end, the year before across its end
        assert_eq!(v("Trams ran from April to September 1999.")[0], "1999-04");
        assert_eq!(v("The show ran February 3 - May 9 2004.")[0], "2004-02-03");
        assert_eq!(
            v("The exhibit was shown between March and May in 1962.")[..2],
            ["1962-03", "1962-05"]
        );
        assert_eq!(
            v("The strike lasted from November to February 2012.")[0],
            "2011-11"
        );
        // "to" without "from" is a change, no range
        assert_eq!(v("Rents rose in May to a record in 2008.")[0], "2021-05");
    }

    #[test]
    fn a_list_of_bare_months_runs_on_in_order() {
        // published 28 November 2021: April alone would be the April gone, seven months back
        let v = run(
            "My tour: Oslo in December, Rome in January, Cairo in March and Lima in April.",
            Some((2021, 11, 28)),
        );
        let months: Vec<&str> = v.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(months, ["2021-12", "2022-01", "2022-03", "2022-04"]);
        // another sentence starts afresh
        let v = run(
            "Oslo was in March. Lima was in April.",
            Some((2021, 11, 28)),
        );
        assert_eq!(v[1].1, "2021-04");
    }

    #[test]
    fn a_close_future_toward_a_month_already_over_is_next_years() {
        // published 12 May 2021: March and April are over
        let v = |s: &str| run(s, Some((2021, 5, 12)))[0].1.clone();
        assert_eq!(v("The coach will step down in March."), "2022-03");
        assert_eq!(v("The canal is expected to reopen by April."), "2022-04");
        assert_eq!(v("A ruling is expected in February."), "2022-02");
        assert_eq!(v("Snow is expected in December."), "2021-12");
        assert_eq!(v("The ruling was expected in February."), "2021-02");
        // without "in" or "by" the month may be one gone that the future is about
        assert_eq!(
            v("The club will publish April attendance figures."),
            "2021-04"
        );
    }

    #[test]
    fn a_coming_date_in_the_clause_sends_a_long_gone_month_ahead() {
        // published Tuesday 12 October 2021: the season that starts next Saturday ends in
        // the April after, not the April gone
        let v = run(
            "The league said the season that opens next Saturday and closes in April will be shorter.",
            Some((2021, 10, 12)),
        );
        assert_eq!(v[1].1, "2022-04");
        // "the next day" tells a story, which may well be of the April gone
        let v = run(
            "The next day the league said the season had closed in April.",
            Some((2021, 10, 12)),
        );
        assert_eq!(v.last().unwrap().1, "2021-04");
    }

    #[test]
    fn a_clear_past_verb_sends_a_bare_month_back() {
        // published 7 May 2021: the August ahead is nearer than the August before
        let v = |s: &str| values(s);
        assert_eq!(v("Sales of bicycles rose in August."), vec!["2020-08"]);
        assert_eq!(v("The bakery opened on July 14."), vec!["2020-07-14"]);
        assert_eq!(
            v("In September, the council cut its budget."),
            vec!["2020-09"]
        );
        assert_eq!(
            v("The charity had 300 members as of June 30."),
            vec!["2020-06-30"]
        );
        // a plan, a modal, a noun's date or a rule to come keep the nearest
        assert_eq!(
            v("The bakery said it will open in August."),
            vec!["2021-08"]
        );
        assert_eq!(
            v("They launched a plan to build it in August."),
            vec!["2021-08"]
        );
        assert_eq!(
            v("She set no date for the June 30 vote."),
            vec!["2021-06-30"]
        );
        assert_eq!(
            v("The chain announced a store opening in August."),
            vec!["2021-08"]
        );
        assert_eq!(
            v("As of June 30, shops must close at eight."),
            vec!["2021-06-30"]
        );
        // the month of publication stays
        assert_eq!(v("Sales rose in May."), vec!["2021-05"]);
    }

    #[test]
    fn a_year_before_a_car_model_the_story_names_is_a_model_year() {
        let text = "The new Zephyr compact sedan is cheaper. The 2020 Zephyr costs less \
                    still. Fenwick Motors said the Zephyr sold well in 2019.";
        assert_eq!(values(text), vec!["2019"]);
        // a year before a name that is no car's stays a year
        assert_eq!(
            values("The Zephyr sedan sold well. The 2020 Olympics were put off."),
            vec!["2020"]
        );
    }

    #[test]
    fn anchoring_on_a_friday() {
        assert_eq!(
            values("Harris said Wednesday she would go."),
            vec!["2021-05-05"]
        );
        assert_eq!(values("She will visit on Wednesday."), vec!["2021-05-12"]);
        assert_eq!(values("Friday's meeting was short."), vec!["2021-05-07"]);
        let r = run("Friday\u{2019}s meeting was short.", Some((2021, 5, 7)));
        assert_eq!(r[0].0, "Friday");
        assert_eq!(
            values("Migration has risen since January."),
            vec!["2021-01"]
        );
        assert_eq!(
            values("They spoke last month and will talk next spring."),
            vec!["2021-04", "2022-SP"]
        );
        assert_eq!(
            values("Earlier this week and a decade ago."),
            vec!["2021-W18", "2011"]
        );
        assert_eq!(values("This year and the 1990s."), vec!["2021", "199X"]);
    }

    #[test]
    fn a_couple_without_of_counts_two() {
        let r = run("The pad debuted a couple months ago.", Some((2021, 5, 7)));
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str()),
            ("a couple months ago", "2021-03")
        );
        let r = run("It lasted a couple weeks.", Some((2021, 5, 7)));
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str()),
            ("a couple weeks", "P2W")
        );
    }

    #[test]
    fn ranges_and_lists() {
        let r = run("Harris will travel June 7-8.", Some((2021, 5, 7)));
        assert_eq!(r[0].1, "2021-06-07");
        assert_eq!(r[0].2.as_deref(), Some("2021-06-08"));
        let r = run("It grew from 2010 to 2014.", Some((2021, 5, 7)));
        assert_eq!(r[0].2.as_deref(), Some("2014"));
        let r = run(
            "The meeting was postponed from Tuesday to Friday.",
            Some((2021, 5, 7)),
        );
        assert_eq!(r[0].2, None);
        let r = run(
            "They moved the vote from May 3 to May 10.",
            Some((2021, 5, 7)),
        );
        assert_eq!(r[0].2, None);
        let r = run("The fair runs from Tuesday to Friday.", Some((2021, 5, 7)));
        assert!(r[0].2.is_some());
        let r = run("He served in 2011 to 2013 as mayor.", Some((2021, 5, 7)));
        assert_eq!(r[0].2.as_deref(), Some("2013"));
        let r = run("The 1998 - 2002 term was hard.", Some((2021, 5, 7)));
        assert_eq!(r[0].2.as_deref(), Some("2002"));
        // not backwards, and not a month: "rose in May to June levels" is no range
        let r = run("It fell in 2013 to 2011 levels.", Some((2021, 5, 7)));
        assert_eq!(r[0].2, None);
        let r = run("Talks on May 5 and 7 ended.", Some((2021, 5, 7)));
        assert_eq!(
            r.iter().map(|t| t.1.as_str()).collect::<Vec<_>>(),
            vec!["2021-05-05", "2021-05-07"]
        );
    }

    #[test]
    fn a_span_of_years_in_one_word_is_a_range() {
        let r = run("She served the 1998-2002 term.", Some((2021, 5, 7)));
        assert_eq!(r[0].1, "1998");
        assert_eq!(r[0].2.as_deref(), Some("2002"));
    }

    #[test]
    fn words_around_settle_a_missing_year() {
        let v = |text: &str, anchor: (i32, u32, u32)| -> Vec<String> {
            run(text, Some(anchor)).into_iter().map(|t| t.1).collect()
        };
        // a future verb close before a month long gone: the coming one
        assert_eq!(
            v("The mill will reopen its doors in April.", (2021, 11, 10)),
            ["2022-04"]
        );
        assert_eq!(
            v("The mill will reopen in December.", (2021, 11, 10)),
            ["2021-12"]
        );
        // the future belongs to another verb: the month stays the nearest
        assert_eq!(
            v(
                "The firm will sell the mill that it reopened in April.",
                (2021, 11, 10)
            ),
            ["2021-04"]
        );
        // the weekday picks the year whose Dec. 4 is a Wednesday (2020's is a Friday)
        assert_eq!(
            v("Fair day: Wednesday, Dec. 4.", (2020, 9, 1)),
            ["2019-12-04"]
        );
        // ... if the tense allows it
        assert_eq!(
            v("The fair opens on Wednesday, Dec. 4.", (2020, 9, 1)),
            ["2020-12-04"]
        );
        // none near fits: the choice stays
        assert_eq!(
            v("Fair day: Wednesday, Dec. 4.", (2021, 5, 7)),
            ["2020-12-04"]
        );
    }

    #[test]
    fn a_model_number_is_no_year() {
        let v = |text: &str| -> Vec<String> {
            run(text, Some((2019, 11, 18)))
                .into_iter()
                .map(|t| t.0)
                .collect()
        };
        assert!(v("The laptop has a GPX 2070 chip.").is_empty());
        assert!(v("It beats the Z9 2080 model.").is_empty());
        // a goal, a near year, a year after a sentence's first word stay
        assert_eq!(v("The EU 2050 target holds."), ["2050"]);
        assert_eq!(v("The LED 2018 model sold out."), ["2018"]);
        assert_eq!(v("By 2060 the debt doubles."), ["2060"]);
    }

    fn zones(text: &str, anchor: (i32, u32, u32)) -> Vec<(String, Option<&'static str>)> {
        timexes(text, Some(anchor))
            .into_iter()
            .map(|t| (t.value, t.zone))
            .collect()
    }

    #[test]
    fn named_zones_travel_beside_the_local_value() {
        assert_eq!(
            zones("The vote closed at 3:30 p.m. EDT Friday.", (2021, 5, 8)),
            vec![("2021-05-07T15:30".to_string(), Some("-04:00"))]
        );
        assert_eq!(
            zones("Markets shut at 15:30 GMT.", (2021, 5, 7)),
            vec![("2021-05-07T15:30".to_string(), Some("Z"))]
        );
        // "ET" takes the offset of the day the time fell on
        assert_eq!(
            zones("The offer ends at 5 p.m. ET on Jan. 6.", (2021, 5, 7))[0].1,
            Some("-05:00")
        );
        assert_eq!(
            zones("The offer ends at 5 p.m. ET on July 6.", (2021, 5, 7))[0].1,
            Some("-04:00")
        );
        assert_eq!(
            zones("He left at 10:35 a.m. on Friday.", (2021, 5, 8))[0].1,
            None
        );
    }

    #[test]
    fn the_previous_weekday_counts_from_the_day_under_discussion() {
        let v = |text: &str| -> Vec<String> {
            run(text, Some((1989, 10, 30)))
                .into_iter()
                .map(|t| t.1)
                .collect()
        };
        assert_eq!(
            v("The index fell on Friday, Oct. 27. It was down from the previous Friday."),
            vec!["1989-10-27", "1989-10-20"]
        );
        assert_eq!(
            v("The strike began on June 2. Talks resumed the following Monday."),
            vec!["1989-06-02", "1989-06-05"]
        );
        // with no day under discussion, publication is the day
        assert_eq!(
            v("Prices are down from the previous Friday."),
            vec!["1989-10-27"]
        );
    }

    #[test]
    fn times_take_the_day_of_their_sentence() {
        let r = run(
            "The blast came at 10:35 a.m. (0735 GMT) Friday.",
            Some((1998, 8, 8)),
        );
        assert_eq!(r[0].1, "1998-08-07T10:35");
        assert_eq!(r[1].1, "1998-08-07");
    }

    #[test]
    fn bare_clock_times_take_the_day_under_discussion() {
        let r = run(
            "The doctor was shot on Oct. 23. He died at 10 p.m. in his kitchen.",
            Some((1999, 4, 19)),
        );
        assert_eq!(r[1].1, "1998-10-23T22:00");
    }

    #[test]
    fn a_quote_keeps_its_own_tense() {
        // Thursday is ahead although "said" follows the quote
        let r = run(
            "\u{201c}He will leave at 4 a.m. Thursday,\u{201d} Castro said.",
            Some((2000, 4, 5)),
        );
        assert_eq!(r[0].1, "2000-04-06T04:00");
    }

    #[test]
    fn two_days_later_counts_from_the_sentence_date() {
        // TimeML marks the span ("two days", P2D); the date it points at is kept apart for
        // the timeline.
        let text = "The fire began on March 3, 2019, and ended two days later.";
        let t = timexes(text, Some((2021, 5, 7)));
        let got: Vec<(&str, &str, Option<&str>)> = t
            .iter()
            .map(|t| {
                (
                    &text[t.start..t.end],
                    t.value.as_str(),
                    t.points_at.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("March 3, 2019", "2019-03-03", None),
                ("two days", "P2D", Some("2019-03-05"))
            ]
        );
        // a year later is a date, as "a year earlier" is
        assert_eq!(
            values("The plant opened on March 3, 2019, and closed a year later."),
            ["2019-03-03", "2020-03-03"]
        );
    }

    /// (words, value, points_at) of each expression, published 2021-05-07.
    fn pointed(text: &str) -> Vec<(String, String, Option<String>)> {
        timexes(text, Some((2021, 5, 7)))
            .into_iter()
            .map(|t| (text[t.start..t.end].to_string(), t.value, t.points_at))
            .collect()
    }

    #[test]
    fn a_span_later_counts_from_its_own_sentence_at_its_own_grain() {
        // "a decade ago" names 2011 without moving the reference time (an earnings story's
        // quarter); "two days later" in its sentence follows it, and two days after some
        // day of 2011 is no day in particular, not January 3.
        let r = pointed(
            "Since January, sales have risen. The fiscal first quarter ended Sept. 30. \
             A decade ago the mill closed; two days later it reopened.",
        );
        let later = r.iter().find(|t| t.0 == "two days").unwrap();
        assert_eq!((later.1.as_str(), later.2.as_deref()), ("P2D", None));
        // a year later than that decade-ago year is a year
        let r = pointed("A decade ago the mill closed; a year later it was sold.");
        assert_eq!(r[1].1, "2012");
        // a week after a month is no day either; after a day stated, weeks on are a day
        let r = pointed("The dam broke in March 2019. Two weeks later the town was empty.");
        assert_eq!(r[1].2, None);
        let r = pointed("The dam broke on March 3, 2019. Two weeks later the town was empty.");
        assert_eq!(r[1].2.as_deref(), Some("2019-03-17"));
    }

    #[test]
    fn a_quarter_with_its_closing_date_is_of_that_dates_year() {
        // published in May, the fiscal first quarter that ended last September is the
        // fiscal year's first quarter of 2020, named as TimeML names it; it happened from July
        let text = "Sales rose in the fiscal first quarter ended Sept. 30.";
        let t = timexes(text, Some((2021, 5, 7)));
        assert_eq!(t[0].value, "2020-Q1");
        assert_eq!(t[1].value, "2020-09-30");
        assert_eq!(t[0].period_start, Some(days_from_civil(2020, 7, 1)));
        // a calendar quarter says the same with or without its date
        assert_eq!(
            values("Sales rose in the fourth quarter ended Dec. 31."),
            ["2020-Q4", "2020-12-31"]
        );
        // a 52-week year closes on no month end: 13 weeks back
        let t = timexes(
            "Profit fell in the fourth quarter ended Aug. 26.",
            Some((2021, 5, 7)),
        );
        assert_eq!(t[0].value, "2020-Q4");
        assert_eq!(t[0].period_start, Some(days_from_civil(2020, 5, 28)));
    }

    #[test]
    fn no_anchor_leaves_unknown_parts() {
        let r = run("He said Wednesday that talks last month failed.", None);
        assert_eq!(r[0].1, "XXXX-WXX-3");
        assert_eq!(r[1].1, "XXXX-XX");
    }

    #[test]
    fn feasts_and_ranges_of_weekdays() {
        assert_eq!(values("They met the day after Easter."), vec!["2021-04-05"]);
        let r = run(
            "Talks ran between Monday and Wednesday.",
            Some((2021, 5, 7)),
        );
        assert_eq!(r[0].1, "2021-05-03");
        assert_eq!(r[0].2.as_deref(), Some("2021-05-05"));
        assert_eq!(
            values("Profit rose in the fiscal third quarter."),
            vec!["2020-Q3"]
        );
        assert_eq!(
            values("She will travel there next spring."),
            vec!["2022-SP"]
        );
    }

    #[test]
    fn shopping_days_after_thanksgiving_are_no_bare_weekdays() {
        let v = |text: &str| -> Vec<String> {
            run(text, Some((2019, 11, 18)))
                .into_iter()
                .map(|t| t.1)
                .collect()
        };
        assert_eq!(
            v("Skip the Black Friday rush. Cyber Monday deals follow."),
            vec!["2019-11-29", "2019-12-02"]
        );
        // weeks ahead, the coming one even in the past tense
        assert_eq!(
            v("Walmart's Black Friday ad went up last night."),
            vec!["2019-11-29", "2019-11-17TNI"]
        );
        // a black friday in lower case is no name
        assert_eq!(
            v("It was a black Friday for the markets."),
            vec!["2019-11-15"]
        );
    }

    #[test]
    fn the_same_day_of_a_month_is_no_day_in_particular() {
        let r = run(
            "He died in August. On the same day, she left.",
            Some((2019, 11, 18)),
        );
        let values: Vec<&str> = r.iter().map(|t| t.1.as_str()).collect();
        // a day of that month, as TIMEX3 writes what is known of it
        assert_eq!(values, vec!["2019-08", "2019-08-XX"]);
        let r = run(
            "He was shot last October. His name was crossed out that same day.",
            Some((2019, 11, 18)),
        );
        assert_eq!(r[1].0, "that same day");
        assert_eq!(r[1].1, "2018-10-XX");
        // a count back from publication came between: the month is no longer the one meant
        let r = run(
            "The firm closed in March. He recalled a trip 20 years ago on the same day it burned.",
            Some((2019, 11, 18)),
        );
        assert_eq!(r[1].1, "1999");
        assert_eq!(r[2].1, "XXXX-XX-XX");
        let r = run(
            "The strike began on June 2. On the same day, talks failed.",
            Some((2019, 11, 18)),
        );
        assert_eq!(r[1].1, "2019-06-02");
    }

    #[test]
    fn that_day_with_no_day_told_before_is_no_day_in_particular() {
        let r = run(
            "He fainted in the line. Since that day he carries water.",
            Some((2019, 11, 18)),
        );
        assert_eq!(r[0].0, "that day");
        assert_eq!(r[0].1, "XXXX-XX-XX");
        // with a day told before, that day is the one
        let r = run(
            "The strike began on June 2. Since that day, talks failed.",
            Some((2019, 11, 18)),
        );
        assert_eq!(r[1].1, "2019-06-02");
    }

    #[test]
    fn the_next_year_follows_the_year_under_discussion() {
        let v = |text: &str| -> Vec<String> {
            run(text, Some((2019, 11, 19)))
                .into_iter()
                .map(|t| t.1)
                .collect()
        };
        assert_eq!(
            v("They were seized in August 2016. The next year, videos were released."),
            vec!["2016-08", "2017"]
        );
        assert_eq!(
            v("It hired staff in 2016. It will hire more in the next year."),
            vec!["2016", "2020"]
        );
    }

    #[test]
    fn things_of_a_feast_or_a_weekday_are_no_days() {
        let text = "His prized writings were his Christmas cards. The chain will end Saturday \
                    publication of its papers and sell the Sunday paper online.";
        assert!(
            run(text, Some((2019, 11, 20))).is_empty(),
            "{:?}",
            run(text, Some((2019, 11, 20)))
        );
        assert_eq!(values("They met on Christmas Day."), vec!["2020-12-25"]);
        assert_eq!(
            values("It ran in Wednesday's edition of the paper."),
            vec!["2021-05-05"]
        );
    }

    #[test]
    fn the_last_unit_of_something_else_is_not_the_last_one() {
        let text = "A prize goes to the winner in the last weekend of the festival.";
        assert!(
            run(text, Some((2018, 9, 15))).is_empty(),
            "{:?}",
            run(text, Some((2018, 9, 15)))
        );
        assert_eq!(values("Sales rose in the last week."), vec!["2021-W17"]);
    }

    #[test]
    fn house_numbers_are_not_years() {
        let text = "She lives at 1119 Eighth St. and he was arrested at 1909 Jolinda Drive.";
        assert!(run(text, Some((2019, 11, 20))).is_empty());
        assert_eq!(
            values("The band played 1972\u{2019}s Toulouse Street."),
            vec!["1972"]
        );
        assert_eq!(
            values("In 2010 Dr. Smith moved to Main Street."),
            vec!["2010"]
        );
    }

    #[test]
    fn figures_that_are_not_times() {
        let text = "The vote was 52-47. Version 2.1 shipped. Call 555-2021. Section 2020 applies. \
                    He is 45 years old. Prices rose 5% to $2,019 and 2000 people came. We may march. \
                    It is a second betrayal. A second group formed. This is VOA Today. \
                    He told USA Today. It is for today's youth and the people of tomorrow.";
        assert!(
            run(text, Some((2021, 5, 7))).is_empty(),
            "{:?}",
            run(text, Some((2021, 5, 7)))
        );
    }

    /// Prints the time per article; run with `cargo test --release -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn speed_per_article() {
        let paragraph = "U.S. Vice President Kamala Harris said Friday that the United States and \
            Mexico must collaborate. More than 20,000 children have entered the U.S. since January. \
            The president first mentioned the proposal at a climate summit last month, to the \
            surprise of some. Harris said Wednesday that she would visit Mexico and Guatemala on \
            June 7-8 to search for solutions. Profit in the third quarter rose 5% from a year \
            earlier, and the company expects growth over the next two years.\n\n";
        let text = paragraph.repeat(8); // about 800 words, a long news story
        let a = from_text(&text);
        let doc = split(&text, &a.blocks);
        let anchor = Some(Anchor {
            year: 2021,
            month: 5,
            day: 7,
            published: true,
            dateline: false,
        });
        // CPU time of this thread (Linux), since wall time on a shared machine counts the
        // other processes too.
        let cpu_ns = || -> Option<u64> {
            let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
            s.split_whitespace().next()?.parse().ok()
        };
        let runs = 200;
        let c0 = cpu_ns();
        let t0 = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..runs {
            let tx = find(&doc, anchor);
            n += crate::timeline::build(&doc, &a, &tx, dateline(&doc).as_ref()).len();
        }
        let per = t0.elapsed() / runs;
        let cpu = c0
            .zip(cpu_ns())
            .map(|(a, b)| std::time::Duration::from_nanos((b - a) / u64::from(runs)));
        let t1 = std::time::Instant::now();
        for _ in 0..runs {
            n += find(&doc, anchor).len();
        }
        let find_only = t1.elapsed() / runs;
        println!(
            "timex + timeline: {per:?} wall, {cpu:?} CPU per article of {} bytes \
             (timex alone {find_only:?} wall; {n})",
            text.len()
        );
    }

    #[test]
    fn the_quarter_a_closing_date_ends() {
        let v = |t: &str| {
            run(t, Some((1989, 10, 30)))
                .into_iter()
                .map(|t| (t.0, t.1))
                .collect::<Vec<_>>()
        };
        // A fiscal quarter ending July 31 runs May to July; what follows compares with it.
        assert_eq!(
            v("In the quarter ended July 31, Jayark earned $1 million, up from $2 million a year earlier."),
            [
                ("the quarter".into(), "1989-Q2".into()),
                ("July 31".into(), "1989-07-31".into()),
                ("a year earlier".into(), "1988-Q2".into())
            ]
        );
        // The date after "ended" is over: the March before, not the one ahead.
        assert_eq!(
            v("Revenue was 980 million in the year ended March 31."),
            [
                ("the year".into(), "P1Y".into()),
                ("March 31".into(), "1989-03-31".into())
            ]
        );
        // A numbered quarter keeps its number: fiscal quarters are written as such.
        assert_eq!(
            v("It earned $3 million for the fourth quarter ended Aug. 26.")[0].1,
            "1989-Q4"
        );
    }

    #[test]
    fn comparisons_are_with_the_quarter_reported() {
        let last = |t: &str| run(t, Some((1989, 10, 26))).pop().map(|t| t.1);
        // A forecast moved the reference time ahead; the comparison is still with the
        // quarter the story reports.
        assert_eq!(
            last(
                "Bethlehem's third-quarter net fell. He expects losses through the third \
                 quarter of 1990. In the year-ago period, Bethlehem earned $101 million."
            )
            .as_deref(),
            Some("1988-Q3")
        );
        // "last year" moved it to a year; "the 1988 quarter" is still the third.
        assert_eq!(
            last(
                "Its third-quarter earnings will be lower than the 16 cents it reported last \
                 year. Kirschner earned $376,000 in the 1988 quarter."
            )
            .as_deref(),
            Some("1988-Q3")
        );
        // "the latest quarter" is reported, so over: not the one a forecast named...
        let all = |t: &str| -> Vec<String> {
            run(t, Some((1989, 11, 2)))
                .into_iter()
                .map(|t| t.1)
                .collect()
        };
        assert_eq!(
            all(
                "Third-quarter net rose. The quake will result in a fourth-quarter charge. \
                 Earnings fell in the latest quarter from a year ago."
            ),
            ["1989-Q3", "1989-Q4", "1989-Q3", "1988-Q3"]
        );
        // ...but a fiscal quarter reported is.
        assert_eq!(
            all("Ralston reported a decline in fourth-quarter earnings. Sales in the latest period rose.")
                [1],
            "1989-Q4"
        );
        // After "the nine months" a comparison is between years.
        assert_eq!(
            last(
                "Third-quarter net rose. In the first nine months, net was $306 million, \
                 compared with a loss in the 1988 period."
            )
            .as_deref(),
            Some("1988")
        );
        assert_eq!(
            last(
                "Third-quarter net rose. For the nine months, net was $81 million. In the \
                 year-earlier period, the company had net of $77 million."
            )
            .as_deref(),
            Some("1988")
        );
    }

    #[test]
    fn a_fiscal_quarter_named_is_the_quarter_reported() {
        let all = |t: &str, a: (i32, u32, u32)| -> Vec<String> {
            run(t, Some(a)).into_iter().map(|t| t.1).collect()
        };
        // the fiscal number, not the calendar quarter the closing date ends
        assert_eq!(
            all(
                "Acme earned $5 million in the fiscal second quarter. Sales for the quarter \
                 ended Dec. 31 rose from a year earlier.",
                (1990, 1, 20)
            ),
            ["1989-Q2", "1989-Q2", "1989-12-31", "1988-Q2"]
        );
        // a numbered quarter with its closing date stays the period compared with
        assert_eq!(
            all(
                "It earned $1 million for the fourth quarter ended Aug. 31, up from a year earlier.",
                (1990, 10, 10)
            ),
            ["1990-Q4", "1990-08-31", "1989-Q4"]
        );
        // the results of "this quarter" are of the quarter reported; the quarter itself is
        // the current one
        assert_eq!(
            all(
                "Widget Corp. lost money in the third quarter. This quarter's loss includes \
                 charges. This quarter will be hard too.",
                (1990, 11, 1)
            ),
            ["1990-Q3", "1990-Q3", "1990-Q4"]
        );
        // "last year's quarter" is the quarter reported, a year back, even after "last year"
        assert_eq!(
            all(
                "Sales for this year's third quarter fell from last year. Sales for last \
                 year's quarter were $3 million.",
                (1990, 11, 1)
            ),
            ["1990-Q3", "1989", "1989-Q3"]
        );
        // a numbered quarter in apposition names the year-ago period, and "that quarter"
        // is it
        assert_eq!(
            all(
                "Acme expects a profit for the third quarter. In the comparable year-ago \
                 quarter, the second quarter ended Oct. 31, it lost money. Results for that \
                 quarter included a charge.",
                (1990, 10, 27)
            ),
            ["1990-Q3", "1989-Q2", "1989-Q2", "1989-10-31", "1989-Q2"]
        );
        // a quarter named in passing before the reported one is not the comparison
        assert_eq!(
            all(
                "Profit rose in the third quarter. After a weak second quarter, costs fell \
                 from the year-earlier period.",
                (1990, 11, 5)
            ),
            ["1990-Q3", "1990-Q2", "1989-Q3"]
        );
    }

    #[test]
    fn a_part_of_the_day_under_discussion() {
        let r = run(
            "Prices were dashed Friday. Dealers placed orders in the morning, read the \
             morning paper and read it in the morning paper too. That evening they met.",
            Some((1989, 10, 30)),
        );
        let got: Vec<(&str, &str)> = r.iter().map(|t| (t.0.as_str(), t.1.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Friday", "1989-10-27"),
                ("the morning", "1989-10-27TMO"),
                ("That evening", "1989-10-27TEV")
            ]
        );
        assert_eq!(
            values("In London at mid-afternoon yesterday, shares were up."),
            ["2021-05-06TAF"]
        );
        // No day under discussion: the anchor's.
        assert_eq!(
            values("By mid afternoon, officials said the operation was over."),
            ["2021-05-07TAF"]
        );
    }

    #[test]
    fn a_bare_season_is_generic_unless_a_tense_ties_it() {
        assert_eq!(
            values(
                "The majority of breaks occur in winter. Surfaces are affected by winter \
                 weather, too: last year it snowed. The plant will open in spring."
            ),
            ["XXXX-WI", "XXXX-WI", "2020", "2021-SP"]
        );
        assert_eq!(
            values("Construction during the winter isn't always a good idea."),
            ["XXXX-WI"]
        );
        // with a determiner or a shift it is one winter
        assert_eq!(values("Prices rose last winter."), ["2020-WI"]);
    }

    #[test]
    fn this_century_is_a_century() {
        assert_eq!(
            values("The disasters of this century and the last century."),
            ["20", "19"]
        );
    }

    #[test]
    fn a_feast_week_is_the_week_of_the_feast() {
        // Easter 2021 fell on Sunday, April 4: the last day of ISO week 13
        let r = run("Crowds gathered as Easter week began.", Some((2021, 3, 29)));
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str()),
            ("Easter week", "2021-W13")
        );
        assert_eq!(values("Shops will close in Christmas week."), ["2021-W51"]);
    }

    #[test]
    fn the_week_a_day_names() {
        let r = run(
            "A court hearing the week of March 6 may settle it.",
            Some((2000, 2, 24)),
        );
        assert_eq!(r[0].0, "the week of March 6");
        assert_eq!(r[0].1, "2000-W10");
    }

    #[test]
    fn a_date_named_again_is_the_same_day() {
        // the modal after the second mention would send it a year ahead on its own
        assert_eq!(
            values("Lawmakers read the Feb. 2 memo. She feared at the time of the Feb. 2 memo how voters would react."),
            vec!["2021-02-02", "2021-02-02"]
        );
        // an anniversary of a date given with its year is this year's
        assert_eq!(
            values("The towers fell on Sept. 11, 2001. A service is held on Sept. 11."),
            vec!["2001-09-11", "2021-09-11"]
        );
    }

    #[test]
    fn a_list_of_dates_runs_on_from_the_date_stated_before_it() {
        assert_eq!(
            values("The choir's 2022 season dates:\n\nSept. 4 -- Leeds\n\nNov. 20 -- York\n\nJan. 8 -- Hull"),
            vec!["2022", "2022-09-04", "2022-11-20", "2023-01-08"]
        );
        // a year names no list two sentences on, and a day around publication is no list
        assert_eq!(
            values("Its 1978 album sold well. The band later split up. Then Sept. 4 in Leeds."),
            vec!["1978", "2021-09-04"]
        );
        assert_eq!(
            values("The 2022 tour was announced while closing out their May 5 concert."),
            vec!["2022", "2021-05-05"]
        );
        // a day gone starts no list
        assert_eq!(
            values("The bill passed on Aug. 3, 2020. Then Oct. 1 -- talks."),
            vec!["2020-08-03", "2021-10-01"]
        );
        // a year closing a sentence heads no list either
        assert_eq!(
            values("He was born in 1950. Services were Nov. 30."),
            vec!["1950", "2020-11-30"]
        );
        // a year before a noun heads no list: "the 2022 race" is an attribute
        assert_eq!(
            values("She looks to the 2022 race. Aides planned the Sept. 4 rally."),
            vec!["2022", "2021-09-04"]
        );
        // a day of the week of publication starts no list
        assert_eq!(
            values("The hearings ended on Tuesday. Aides described the Jan. 12 call."),
            vec!["2021-05-04", "2021-01-12"]
        );
    }

    #[test]
    fn a_bare_month_follows_the_story_told_from_a_stated_month() {
        // the December after the stated November, not the one of publication
        let r = run(
            "He fell ill in November 2016. His doctor saw him often. By December, he was worse.",
            Some((2019, 11, 18)),
        );
        assert_eq!(r[1].1, "2016-12");
        // a month gone is of no story of what is to come, and a far month is its own
        let r = run(
            "The plant will open in September 2020. Work began in October.",
            Some((2019, 11, 18)),
        );
        assert_eq!(r[1].1, "2019-10");
        let r = run(
            "He fled in March 2018. He came back in October.",
            Some((2019, 11, 18)),
        );
        assert_eq!(r[1].1, "2019-10");
    }

    #[test]
    fn a_feast_takes_the_year_its_sentence_states() {
        assert_eq!(
            values("Before the 2016 race, both camps courted voters until Election Day."),
            vec!["2016", "2016-11-08"]
        );
        // a year of another sentence does not carry over
        assert_eq!(
            values("The 2016 race was close. Shops open late on Christmas Eve."),
            vec!["2016", "2021-12-24"]
        );
        // nor one of another clause, or of the words before a quotation the splitter
        // left in the same sentence
        let late = |t: &str| run(t, Some((2016, 9, 26)))[1].1.clone();
        assert_eq!(
            late("She ran in 2015 but lost; on Election Day, I will vote for her."),
            "2016-11-08"
        );
        assert_eq!(
            late("She lost in 2015, but on Election Day, I will vote for her."),
            "2016-11-08"
        );
        assert_eq!(
            late("He ran in 2015 and lost. \"On Election Day, I will vote,\" she said."),
            "2016-11-08"
        );
        // an aside between dashes, with a scare-quoted word, is still the year's clause
        assert_eq!(
            late("Aid came before the 2012 vote \u{2014} with \u{201c}calm\u{201d} kept in the run-up to Election Day."),
            "2012-11-06"
        );
    }

    #[test]
    fn a_date_in_apposition_names_the_month_at_hand() {
        assert_eq!(
            values("The lease runs out at the end of the month, on June 30."),
            vec!["2021-06", "2021-06-30"]
        );
        assert_eq!(
            values("Tenants must leave by the end of the month on June 30."),
            vec!["2021-06", "2021-06-30"]
        );
        // a date further on is no apposition
        assert_eq!(
            values("Rents rise at the end of the month and again on June 30."),
            vec!["2021-05", "2021-06-30"]
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "",
            "May",
            "'",
            "the the the",
            "Q9 1/2 - -",
            "June 99-1",
            "31/31/2021",
            "é May 5 and",
            "at 25:99 p.m.",
        ] {
            let _ = run(t, Some((2021, 5, 7)));
            let _ = run(t, None);
        }
    }
}
